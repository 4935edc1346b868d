"""Round 36 (zeros36): stated zeros, in every language, from one table (core/data/stated_zeros.tsv) read by one
module (core.extract.stated_zeros) for the English pipeline and the multilingual one. Sentences of our own.
Each row gives the headline killed and wounded figure ('-' for none).

- A report that says no one was hurt (or killed) gives that harm 0: a small fire, a derailment, a scare with no
  other figure of that harm.
- The zero is the headline only when the text gives no other figure of that harm for its own event: a toll told
  before "no deaths were reported in the second blast" stays the toll, "no one else was hurt" after the dead and
  survivors is wounded 0 beside the dead.
- A negation of one grade ("no hubo heridos graves", "niemand wurde schwer verletzt") counts nothing.
- A zero told of another, past incident is not the article's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.extract.stated_zeros import phrases
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleFacts, ArticleInput
from tests.core.test_events_join31 import report
from tests.core.test_events_join43 import _holders
from tests.core.world_kit import figure


def _heads(text: str, language: str, title: str | None = None) -> tuple[str, str]:
    article = ArticleInput(text=text, title=title, language=language, published_at=datetime(2024, 5, 3, tzinfo=UTC))
    main = main_incident_claims(extract(article).claims)
    return figure(pick_headline(main, "killed")), figure(pick_headline(main, "wounded"))


# A small incident whose report says no one was hurt, or no one died: that harm is 0, in each language
_NO_ONE_HARMED = [
    (
        "en",
        "A transformer caught fire behind the bakery on Friday. No injuries were reported, firefighters said.",
        "-",
        "0",
    ),
    ("en", "Flash floods swamped two villages in the hills overnight. No deaths were reported.", "0", "-"),
    ("en", "A tremor shook the coastal towns at dawn, but no deaths had been reported by noon.", "0", "-"),
    ("en", "The ferry ran aground near the pier on Sunday. There were no injuries, the coast guard said.", "-", "0"),
    ("es", "Un camión cisterna volcó en la autopista el martes. No hubo heridos.", "-", "0"),
    ("es", "Se incendió un autobús en la avenida central. No se reportaron lesionados.", "-", "0"),
    ("es", "Una bomba fue desactivada junto a la vía del tren; nadie resultó herido.", "-", "0"),
    ("pt", "Um incêndio destruiu um armazém no porto, mas não houve feridos.", "-", "0"),
    ("fr", "Deux vedettes se sont heurtées dans la rade. Aucun blessé n'a été signalé.", "-", "0"),
    ("fr", "Un entrepôt a brûlé dans la nuit, sans faire de victimes.", "0", "0"),
    ("it", "Un treno merci è deragliato alla periferia della città: nessun ferito.", "-", "0"),
    ("de", "Ein Güterzug ist am Mittwoch bei Celle entgleist. Verletzt wurde dabei niemand.", "-", "0"),
    ("de", "In der Lagerhalle brach ein Feuer aus. Es gab keine Verletzten.", "-", "0"),
    ("nl", "Bij een brand in een loods raakte niemand gewond.", "-", "0"),
    ("pl", "Pociąg towarowy wykoleił się pod miastem. Nikt nie został ranny.", "-", "0"),
    ("cs", "Nákladní vlak vykolejil u nádraží, nikdo nebyl zraněn.", "-", "0"),
    ("ru", "В здании торгового центра вспыхнул пожар. Пострадавших нет.", "-", "0"),
    ("uk", "На складі спалахнула пожежа, ніхто не постраждав.", "-", "0"),
    ("bg", "Пожар избухна в склад край града. Няма пострадали.", "-", "0"),
    ("hr", "Teretni vlak iskliznuo je iz tračnica, nitko nije ozlijeđen.", "-", "0"),
    ("ro", "Un incendiu a izbucnit la un depozit, nimeni nu a fost rănit.", "-", "0"),
    ("hu", "Tűz ütött ki egy raktárban, senki sem sérült meg.", "-", "0"),
    ("el", "Φωτιά ξέσπασε σε αποθήκη, κανείς δεν τραυματίστηκε.", "-", "0"),
    ("sv", "En brand bröt ut i ett lager i natt. Ingen skadades.", "-", "0"),
    ("no", "Det brant i en lagerhall i natt. Ingen ble skadd.", "-", "0"),
    ("da", "Der opstod brand i et lager i nat. Ingen kom til skade.", "-", "0"),
    ("fi", "Varastossa syttyi tulipalo yöllä. Kukaan ei loukkaantunut.", "-", "0"),
    ("tr", "Depoda çıkan yangında yaralanan olmadı.", "-", "0"),
    ("id", "Kebakaran melanda gudang di pelabuhan, tidak ada korban jiwa.", "0", "-"),
    ("tl", "Nasunog ang isang bodega sa pantalan. Walang naiulat na nasaktan.", "-", "0"),
    ("vi", "Đám cháy bùng phát tại nhà kho, không có thương vong.", "0", "0"),
    ("ar", "اندلع حريق في مستودع بالميناء ولم تقع إصابات.", "-", "0"),
    ("fa", "آتش سوزی در یک انبار رخ داد و کسی آسیب ندید.", "-", "0"),
    ("he", "שריפה פרצה במחסן בנמל. אין נפגעים.", "0", "0"),
    ("hi", "गोदाम में आग लग गई, लेकिन कोई घायल नहीं हुआ।", "-", "0"),
    ("zh", "港口一仓库昨晚起火，无人受伤。", "-", "0"),
    ("ja", "倉庫で火事があったが、けが人はいなかった。", "-", "0"),
    ("ko", "항구 창고에서 불이 났지만 다친 사람은 없었다.", "-", "0"),
    ("th", "เกิดเหตุไฟไหม้โกดังสินค้า ไม่มีผู้ได้รับบาดเจ็บ", "-", "0"),
    ("ca", "Un incendi ha cremat un magatzem, però no hi ha hagut ferits.", "-", "0"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NO_ONE_HARMED)
def test_a_report_that_no_one_was_harmed_gives_zero(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


# The zero beside figures of the report's own event: a figure of the same harm stays the headline; a zero of the
# other harm is that harm's
_BESIDE_A_TOLL = [
    (
        "en",
        "Seven people were shot dead in the chapel. Two in the back pew survived, and no one else was hurt.",
        "7",
        "0",
    ),
    ("en", "The first blast killed 14 people. No deaths were reported in the second blast an hour later.", "14", "-"),
    ("en", "Twenty-two people were taken to hospital after the gas leak. No deaths were reported.", "0", "22"),
    ("es", "El derrumbe dejó tres heridos. No hubo víctimas mortales.", "0", "3"),
    ("es", "Murieron cuatro personas en el choque. No hubo heridos en el segundo vehículo.", "4", "0"),
    ("de", "Zwölf Menschen wurden verletzt. Tote gab es nicht.", "0", "12"),
    ("fr", "Cinq personnes ont été blessées dans l'explosion. Aucun mort n'est à déplorer.", "0", "5"),
    ("ru", "Три человека погибли при пожаре, пострадавших нет.", "3", "0"),
    ("pl", "Nikt nie zginął, ale sześć osób zostało rannych.", "0", "6"),
    ("zh", "事故造成3人受伤，无人死亡。", "0", "3"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _BESIDE_A_TOLL)
def test_a_zero_is_the_headline_only_without_another_figure(
    language: str, text: str, killed: str, wounded: str
) -> None:
    assert _heads(text, language) == (killed, wounded)


# A negation of one grade of harm: those hurt may be many, told lightly hurt, and no count of them is given
_ONE_GRADE = [
    ("en", "A bus overturned on the ring road. No one was seriously hurt.", "-", "-"),
    ("es", "Un autobús volcó en la carretera. No hubo heridos graves.", "-", "-"),
    ("de", "Ein Bus kam von der Straße ab. Niemand wurde schwer verletzt.", "-", "-"),
    ("fr", "Un car s'est renversé sur l'autoroute. Aucun blessé grave n'est à déplorer.", "-", "-"),
    ("pl", "Autobus przewrócił się na drodze. Nikt nie został ciężko ranny.", "-", "-"),
    ("it", "Un pullman si è ribaltato in autostrada. Non ci sono feriti gravi.", "-", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _ONE_GRADE)
def test_none_of_one_grade_counts_no_one(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


# "No one else was hurt" says none besides those told before: after the dead it is the hurt's 0, after a victim the
# text does not count (a girl hit by a stray round who lived) it tells nothing of how many were hurt
_NONE_BESIDES = [
    ("en", "Her son survived being hit by a stray round on Thursday. No one else was injured.", "-", "-"),
    ("en", "A man died when the gunman opened fire at the gas station. No one else was injured.", "1", "0"),
    ("es", "Un hombre murió en el incendio de la fábrica. Nadie más resultó herido.", "1", "0"),
    ("de", "Ein Mann starb bei dem Brand. Es gab keine weiteren Verletzten.", "1", "0"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NONE_BESIDES)
def test_none_besides_those_told_needs_them_counted(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


def test_a_zero_told_of_a_past_incident_is_not_the_articles() -> None:
    # the article's own fire hurt two; the sentence about an older fire that hurt no one is background
    text = (
        "Two firefighters were hurt on Tuesday when a warehouse burned on Dock Road. In 2015 a fire on the same "
        "street killed 3 people, and no one else was hurt."
    )
    assert _heads(text, "en") == ("-", "2")


def test_the_zero_quotes_the_phrase_that_states_it() -> None:
    text = "Una bomba fue desactivada junto a la vía del tren. No hubo heridos."
    zeros = [c for c in extract(ArticleInput(text=text, language="es")).claims if c.value == 0]
    assert [(c.metric, c.quote, text[c.start : c.end]) for c in zeros] == [
        ("wounded", "No hubo heridos", "No hubo heridos")
    ]


def test_every_language_of_the_table_compiles() -> None:
    codes = ("en", "es", "pt", "fr", "it", "de", "nl", "pl", "cs", "ru", "uk", "bg", "hr", "ro", "hu", "el", "sv")
    codes += ("no", "da", "fi", "tr", "id", "tl", "vi", "ar", "fa", "he", "hi", "zh", "ja", "ko", "th", "ca")
    assert all(phrases(code) is not None for code in codes)
    assert phrases("xx") is None


# A later small fire in the same city whose report counts people evacuated and says no one was hurt: its only count
# of the dead and the hurt is nobody, so it is no stage of a fire that killed four, whatever else it counts


def _deadly_fire() -> list[ArticleFacts]:
    return [
        report(
            "mill",
            "LOWELL, Mass. - Four workers died when a fire swept through a textile mill on Canal Street on Monday "
            "afternoon, the fire department said.",
            12,
            title="Four workers die in Lowell mill fire",
        ),
        report(
            "mill2",
            "LOWELL, Mass. - Investigators on Tuesday began sifting the ruins of the Canal Street textile mill where "
            "four workers died in Monday's fire.",
            13,
            title="Investigators search ruins of Lowell mill fire",
        ),
    ]


def test_a_later_fire_whose_evacuees_were_unhurt_does_not_join_a_deadly_one() -> None:
    small = report(
        "office",
        "LOWELL, Mass. - A fire broke out in an office building on Canal Street on Friday morning. About 40 people "
        "were evacuated from the building. No injuries were reported, the fire department said.",
        16,
        title="Office fire on Lowell's Canal Street, building evacuated",
    )
    held = _holders([*_deadly_fire(), small])
    assert held["mill"] == held["mill2"]
    assert held["office"] != held["mill"]
