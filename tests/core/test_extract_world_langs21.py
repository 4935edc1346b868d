"""Toll paragraphs in the reporters' own languages (sentences of our own, round 21): a count of people that is
year-shaped, hospital admissions told with injuries, separable verbs around their count, a source written into a
compound, a verb-final speaker's name after the title."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.extract.lexicons import WORLD_LANGUAGES, load
from core.extract.multilingual import world_claims
from core.extract.world_language import language
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Role
from tests.core.world_kit import figure, headlines


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # a year-shaped number with a counter of people is a count, not a year dating an earlier event
        ("fa", "سیل روز جمعه روستاهای استان سیستان را ویران کرد و بیش از ۲۰۰۰ نفر کشته شدند.", "2000:more_than"),
        ("zh", "强烈地震袭击了该省山区，造成2000多人死亡。", "2000:more_than"),
    ],
)  # fmt: skip
def test_a_year_shaped_count_of_people_is_no_year(language: str, text: str, killed: str) -> None:
    published = datetime(2026, 3, 4, tzinfo=UTC)
    main = main_incident_claims(extract(ArticleInput(text=text, language=language, published_at=published)).claims)
    assert figure(pick_headline(main, "killed")) == killed


def test_a_year_before_its_event_still_makes_background() -> None:
    # "in 2010 the quake killed 300": the year is a year, with no counter of people after it
    text = "2010년 이 지역을 강타한 지진으로 300명이 숨졌다."
    claims = extract(ArticleInput(text=text, language="ko", published_at=datetime(2026, 3, 4, tzinfo=UTC))).claims
    assert [(c.value, c.role) for c in claims if c.metric == "killed"] == [(300, Role.BACKGROUND)]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Basi liligongana na lori usiku wa kuamkia leo na abiria 38 wamelazwa hospitalini wakiwa na majeraha.", "38"),
        ("Watu saba walifariki papo hapo na wengine 64 wamelazwa wakiwa na majeraha.", "64"),
    ],
)  # fmt: skip
def test_sw_admitted_with_injuries_are_the_injured(text: str, wounded: str) -> None:
    assert headlines(text, "sw")[1] == wounded


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("nl", "Bij de busramp in de Alpen kwamen negen toeristen om.", "9"),
        ("nl", "Bij de overstroming kwamen volgens de gemeente tussen de 15 en 25 bewoners om.", "25:range"),
        ("nl", "Bij de explosie kwam één arbeider om, zeven anderen raakten gewond.", "1"),
        ("de", "Bei dem Lawinenunglück kamen vier Bergsteiger um.", "4"),
        # "om te helpen" (to help): another verb's 'om', no particle
        ("nl", "Na de storm kwamen 300 vrijwilligers om te helpen bij het opruimen.", "-"),
        ("de", "Am Morgen kamen 80 Helfer, um die Straße zu räumen.", "-"),
    ],
)  # fmt: skip
def test_a_separable_verb_around_its_count(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


def _sources(text: str, language: str) -> set[str | None]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return {c.attribution for c in claims if c.metric in ("killed", "wounded")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Polizeiangaben starben bei dem Busunglück 14 Menschen.", "Polizei (police)"),
        ("Regierungsangaben zufolge wurden 70 Menschen verletzt.", "Regierung (government)"),
        ("Laut Feuerwehrangaben kamen sechs Menschen ums Leben.", "Feuerwehr (fire service)"),
    ],
)
def test_de_a_source_written_into_its_statement(text: str, source: str) -> None:
    assert _sources(text, "de") == {source}


def test_de_first_reports_name_no_source() -> None:
    # "Nach ersten Angaben" (according to first reports): no one named; the toll's own clause is no speaker
    assert _sources("Nach ersten Angaben starben bei dem Brand fünf Menschen.", "de") == {None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ulaştırma Bakanı Ahmet Yılmaz, kazada 9 kişinin öldüğünü söyledi.",
         "Ulaştırma Bakanı Ahmet Yılmaz (minister)"),
        ("AFAD Başkanı Mehmet Kaya, depremde 31 kişinin yaralandığını açıkladı.", "AFAD Başkanı Mehmet Kaya (head)"),
    ],
)  # fmt: skip
def test_tr_the_speakers_name_after_the_title(text: str, source: str) -> None:
    assert _sources(text, "tr") == {source}


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("es", "La tormenta dejó 9 muertos en Tegucigalpa y 3 en San Pedro Sula.", "12"),
        ("es", "Fallecieron 20 personas en Chiapas, 6 en Oaxaca y 2 en Tabasco.", "28"),
        ("fr", "Les inondations ont fait 11 morts dans le département du Var et 2 dans celui des Alpes-Maritimes.",
         "13"),
        ("pt", "As chuvas deixaram 15 mortos em Recife e 4 em Olinda.", "19"),
        ("de", "Bei den Unwettern starben 8 Menschen in Sachsen und 2 in Thüringen.", "10"),
        # the list before its word (verb-final): a case ending after an apostrophe before each share
        ("tr", "Selde Rize'de 9, Artvin'de 3 kişi hayatını kaybetti.", "12"),
        # a list beside the toll it shares, a breakdown of its own count, years and states: no sum
        ("es", "El sismo dejó 300 muertos. Murieron 20 personas en Chiapas y 6 en Oaxaca.", "300"),
        ("es", "Hubo 12 muertos en total, 4 en Chiapas y 8 en Oaxaca.", "12"),
        ("es", "La riada dejó 30 muertos en 2019 y 12 en 2020.", "30"),
    ],
)  # fmt: skip
def test_a_toll_told_as_a_list_of_places_is_their_sum(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


def test_es_wounded_of_a_list_are_not_those_in_a_state() -> None:
    # "4 en estado grave": a state, no place; the injured stay 12
    text = "El accidente dejó 2 muertos y 12 heridos en la autopista, 4 en estado grave."
    assert headlines(text, "es") == ("2", "12")


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        # the verb left out, a dash in its place, in a list of counts
        ("ru", "Число погибших при пожаре выросло до 8, пострадавших — до 26.", "26"),
        ("uk", "Кількість загиблих зросла до 6, поранених — до 33.", "33"),
        # half a hundred
        ("es", "El derrumbe dejó 3 muertos y medio centenar de heridos.", "50:about"),
        ("pt", "A explosão deixou 2 mortos e meia centena de feridos.", "50:about"),
    ],
)  # fmt: skip
def test_wounded_told_in_a_list_and_in_round_amounts(language: str, text: str, wounded: str) -> None:
    assert headlines(text, language)[1] == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # a number word with the ablative case ending before 'more': more than the value ("bu yüzden" is 'therefore')
        ("Sel felaketinde yüzden fazla kişi hayatını kaybetti.", "100:more_than", "-"),
        ("Yangında ondan fazla kişi yaralandı.", "-", "10:more_than"),
        ("Depremde üç yüzden fazla kişi yaralandı.", "-", "300:more_than"),
        ("Bu yüzden fazla kişi tahliye edilemedi; yangında 4 kişi öldü.", "4", "-"),
    ],
)  # fmt: skip
def test_tr_case_ended_number_words_before_more(text: str, killed: str, wounded: str) -> None:
    assert headlines(text, "tr") == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # "the number of victims" after a kind named: that kind's count, the toll verb's gerund before it
        ("es", "Los bomberos hallaron dos cadáveres más, elevando a 23 el número de víctimas.", "23"),
        ("pt", "Os bombeiros encontraram mais três corpos, elevando para 17 o número de vítimas.", "17"),
        ("it", "Nella notte sono morte altre due persone, portando a 9 il numero delle vittime.", "9"),
        # both kinds named: the victims are neither's alone
        ("es", "El choque dejó 4 muertos y 20 heridos, elevando a 24 el número de víctimas.", "4"),
    ],
)  # fmt: skip
def test_the_number_of_victims_after_a_kind_named(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        # round amounts: 'some ten', 'some thirty'
        ("sv", "Två personer omkom och ett tiotal skadades när bussen voltade.", "10:about"),
        ("sv", "Ett trettiotal personer skadades lindrigt i branden.", "30:about"),
        ("no", "To personer omkom, og et titall ble skadd i ulykken.", "10:about"),
    ],
)  # fmt: skip
def test_scandinavian_round_amounts(language: str, text: str, wounded: str) -> None:
    assert headlines(text, language)[1] == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # the toll verb after the number closes its clause: the trigger past it is the next count's
        ("소방당국에 따르면 사망자는 7명으로 늘었고 부상자는 19명이다.", "7", "19"),
        ("사망자는 모두 9명으로 늘었고 부상자도 30명에 달했다.", "9", "30"),
        # no trigger before the number: the one after the verb is its own ('the dead, who rose to 9')
        ("9명으로 늘어난 사망자 가운데 2명은 어린이다.", "9", "-"),
    ],
)  # fmt: skip
def test_ko_a_toll_verb_after_the_number_closes_its_clause(text: str, killed: str, wounded: str) -> None:
    assert headlines(text, "ko") == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        # a revision 'from N to M' with 'at first' before N: N is the earlier figure, M the toll
        ("ko", "사망자 수가 당초 14명에서 12명으로 정정됐다.", "12", "-"),
        ("zh", "遇难人数由此前公布的14人下调至12人。", "12", "-"),
        ("zh", "死亡人数从此前的9人上升至13人。", "13", "-"),
        # 'this number' (tr), the toll as a toll verb's object pronoun (es): the kind named before
        ("tr", "Ölü sayısı ilk olarak 18 açıklanmıştı, ancak bu sayı 16'ya düşürüldü.", "16", "-"),
        ("tr", "Yaralı sayısı 40 olarak açıklandı, bu sayı gece 47'ye çıktı.", "-", "47"),
        ("es", "El primer balance hablaba de 6 muertos. Por la tarde, Protección Civil lo elevó a 9.", "9", "-"),
        ("es", "La cifra de heridos era de 30. Por la noche, Sanidad la elevó a 41.", "-", "41"),
    ],
)  # fmt: skip
def test_revisions_told_with_a_pronoun_or_from_a_first_figure(
    language: str, text: str, killed: str, wounded: str
) -> None:
    assert headlines(text, language) == (killed, wounded)


def test_es_the_object_pronoun_is_no_part_of_the_source() -> None:
    assert _sources("Había 6 muertos. Por la tarde, las autoridades lo elevaron a 9.", "es") == {
        "autoridades (authorities)"
    }


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # number words with the case a rising toll puts them in: hu sublative, lt genitive after "iki"
        ("hu", "A halálos áldozatok száma tizenhétre emelkedett.", "17"),
        ("hu", "A halottak száma harmincra nőtt.", "30"),
        ("lt", "Žuvusiųjų skaičius išaugo iki keturiolikos.", "14"),
        ("lt", "Aukų skaičius padidėjo iki trisdešimt penkių.", "35"),
        # 'more and more' is no number
        ("hu", "Egyre több ember halt meg a hőségben.", "-"),
    ],
)  # fmt: skip
def test_number_words_with_case_endings(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # "the total" after more of a kind were found counts that kind
        ("es", "El sábado murieron 8 personas. El domingo se hallaron otros 2 cuerpos y el total asciende a 10.",
         "10"),
        ("fr", "Huit personnes sont mortes samedi. Deux autres corps ont été retrouvés, ce qui porte le total à 10.",
         "10"),
        ("it", "Sabato sono morte otto persone. Domenica sono stati trovati altri due corpi: il totale sale a 10.",
         "10"),
        ("pt", "Oito pessoas morreram no sábado. Mais dois corpos foram achados, e o total chegou a 10.", "10"),
        # the total of another kind, or of both kinds: no toll of the dead
        ("es", "Murieron 8 personas. El total de evacuados asciende a 500.", "8"),
        ("es", "Murieron 8 personas y 30 resultaron heridas; el total asciende a 38.", "8"),
    ],
)  # fmt: skip
def test_the_total_after_a_kind_named(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize("code", WORLD_LANGUAGES)
def test_every_lexicons_number_words_read_without_error(code: str) -> None:
    # every number word, scale, round amount and vague quantity of the lexicon, after a digit and before a toll
    # word: the number patterns compiled from the lexicon all run (an error is caught by the pipeline and silently
    # loses the article's claims, as a Turkish ABOVE without FRACTIONS did)
    lexicon = load(code)
    given = getattr(lexicon, "NUMBER_WORDS", {})
    words = [
        *(given.split() if isinstance(given, str) else given), *getattr(lexicon, "SCALES", {}),
        *getattr(lexicon, "APPROXIMATE", {}), *getattr(lexicon, "ABOVE", {}), *getattr(lexicon, "VAGUE_QUANTITIES", {}),
    ]  # fmt: skip
    toll = lexicon.TRIGGERS["killed"][0].rstrip("*")
    text = " ".join(f"3 {w} {toll}," for w in words) + "."
    compiled = language(code)
    assert compiled is not None
    world_claims(compiled, text, None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the number fronted before its toll verb and count noun: 'to 9 rose the number of the dead'
        ("pl", "Do 9 wzrosła liczba ofiar śmiertelnych pożaru hostelu."),
        ("ru", "До 9 возросло число погибших при пожаре в общежитии."),
        ("uk", "До 9 зросла кількість загиблих унаслідок обстрілу."),
        ("cs", "Na 9 stoupl počet obětí požáru ubytovny."),
        ("hr", "Na 9 porastao je broj poginulih u požaru."),
        ("bg", "До 9 нарасна броят на загиналите при пожара."),
    ],
)
def test_slavic_a_number_fronted_before_its_toll_verb(language: str, text: str) -> None:
    assert headlines(text, language)[0] == "9"


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # the earlier figure in a relative clause of the toll's subject, the update after it
        ("fr", "Le bilan, qui faisait état de 19 morts, a été revu à la baisse à 17.", "17"),
        ("fr", "Le bilan, qui était de 19 morts mardi, a été porté à 23.", "23"),
        ("es", "La cifra de fallecidos, que el lunes era de 19, se ha elevado a 23.", "23"),
    ],
)  # fmt: skip
def test_an_update_after_a_relative_clause_with_the_earlier_figure(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed
