"""Round 28 (langs29): what the blind sets a174-a189 showed in other languages, each as a phenomenon of every
language we read, on sentences of our own: a national toll to date beside the incident's own, a national among the
injured, 'N of the M victims', a count of places read as the dead, the indefinite article read as one, 'among' read as
a qualifier, a word that looks like a weekday's abbreviation, and the date of an earlier event months before."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.events.hazards import headline_hazards
from core.extract import extract
from core.models import ArticleInput
from tests.core.world_kit import claims, headlines


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        # a national among the injured (lexicon AMONG before the victims' word) is a part of them, not their count
        ("it", "Un camion ha travolto la folla: 84 morti. Un'italiana è tra i feriti.", "84", "-"),
        ("it", "Due italiani sono tra i feriti, secondo la Farnesina.", "-", "-"),
        ("fr", "Une Française figure parmi les blessés de l'attaque.", "-", "-"),
        ("es", "Dos españoles están entre los heridos del atentado.", "-", "-"),
        ("de", "Zwei Deutsche sind unter den Verletzten.", "-", "-"),
        ("pt", "Um brasileiro está entre os feridos.", "-", "-"),
        ("pl", "Wśród rannych jest jedna Polka.", "-", "-"),
        # guards: dying among the rubble, a part told before, the whole count told with its part
        ("it", "Tre persone sono morte tra le macerie.", "3", "-"),
        ("es", "Dos personas murieron entre los escombros.", "2", "-"),
        ("pl", "Zginęło 7 osób, wśród nich dwoje dzieci.", "7", "-"),
        ("fr", "Trois personnes ont été blessées parmi les passants.", "-", "3"),
        # the word for one after a preposition is the article of a place ('an einer Schule'), no count
        ("de", "Zwei Menschen wurden an einer Schule erschossen.", "2", "-"),
        ("de", "Vier Menschen wurden in einer Bar erschossen.", "4", "-"),
        ("de", "Zwei Schüler sind an einer Schule in Georgia getötet worden.", "2", "-"),
        # guards: one person told with the word for one; one passer-by joined to two policemen
        ("de", "Ein Mann wurde in einer Bar erschossen.", "1", "-"),
        ("de", "Zwei Polizisten und ein Passant wurden verletzt.", "-", "3"),
        ("de", "Bei einem Angriff auf eine Schule wurden zwei Menschen getötet.", "2", "-"),
        # months after an earlier event: a span of time, no count
        ("de", "Acht Monate nach den Anschlägen in Paris tötete ein Lkw in Nizza 84 Menschen.", "84", "-"),
    ],
)
def test_figures(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # '여성' (woman) after the count's own word is no '여' (more than) of '10여 명'
        ("ko", "총격으로 8명이 숨졌다. 사망자 가운데 4명이 한인 여성이다."),
        ("ko", "사망자 중 4명이 한인 여성이다."),
    ],
)
def test_no_qualifier_from_a_later_word(language: str, text: str) -> None:
    assert all(c.qualifier.value == "exact" for c in claims(text, language))


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        # guards: '10여 명' (some ten), '100명이 넘는' (over 100): the qualifier after the count's own word
        ("ko", "화재로 10여 명이 숨졌다.", "more_than"),
        ("ko", "이번 폭우로 100명이 넘는 사람이 숨졌다.", "more_than"),
    ],
)
def test_the_qualifier_after_the_count_stays(language: str, text: str, qualifier: str) -> None:
    assert {c.qualifier.value for c in claims(text, language) if c.metric == "killed"} == {qualifier}


_SUNDAY = datetime(2023, 1, 15, 10, 0)


def _dates(text: str, language: str, published: datetime) -> set[str | None]:
    found = extract(ArticleInput(text=text, language=language, published_at=published)).claims
    assert found, "the sentence states a figure"
    return {c.incident_date.isoformat() if c.incident_date else None for c in found}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # 'серед' (among) is no abbreviation of 'середа' (Wednesday), Macedonian 'пет' (five) none of 'петок'
        ("uk", "У місті загинули 7 людей, серед них двоє дітей.", {None}),
        ("uk", "Внаслідок удару загинули 7 людей. Серед загиблих двоє дітей.", {None}),
        ("mk", "Пет лица загинаа во несреќата на автопатот.", {None}),
        # guards: the weekday's own names
        ("uk", "У середу в місті загинули 7 людей.", {"2023-01-11"}),
        ("ru", "В среду в городе погибли 7 человек.", {"2023-01-11"}),
        ("pt", "Na segunda-feira, 7 pessoas morreram no acidente.", {"2023-01-09"}),
    ],
)
def test_no_weekday_from_an_abbreviation(language: str, text: str, expected: set[str | None]) -> None:
    assert _dates(text, language, _SUNDAY) == expected


_NICE = datetime(2016, 7, 15, 8, 0)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # months or years after an earlier event of a date (lexicon SPAN_AFTER): the date is that event's
        ("fr", "Un camion a tué 84 personnes à Nice, huit mois après les attentats du 13 novembre à Paris.", {None}),
        ("es", "Ocho meses después de los atentados del 13 de noviembre en París, un camión mató a 84 personas.",
         {None}),
        ("it", "Otto mesi dopo gli attentati del 13 novembre a Parigi, un camion ha ucciso 84 persone a Nizza.",
         {None}),
        ("de", "Acht Monate nach den Anschlägen vom 13. November in Paris tötete ein Lkw in Nizza 84 Menschen.",
         {None}),
        ("pt", "Oito meses depois dos atentados de 13 de novembro em Paris, um caminhão matou 84 pessoas em Nice.",
         {None}),
        # guards: the incident's own date, and a date after days counted from it
        ("fr", "Le 14 juillet, un camion a tué 84 personnes à Nice.", {"2016-07-14"}),
        ("es", "El camión mató a 84 personas en Niza el 14 de julio, meses después de los atentados de París.",
         {"2016-07-14"}),
    ],
)  # fmt: skip
def test_the_date_of_an_earlier_event(language: str, text: str, expected: set[str | None]) -> None:
    assert _dates(text, language, _NICE) == expected


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # after the incident's own toll, the country's toll of days of rain (lexicon NATIONWIDE and the water and
        # weather words of HAZARD_FAMILIES) is a toll over many incidents, not the incident's
        ("ja", "清州市の地下車道で車両が水没し、9人が死亡しました。韓国全体では大雨による死者は33人に上っています。",
         "9"),
        ("ja", "トンネルで11人が死亡した。全国では今回の大雨で40人が死亡し、8人が行方不明となっている。", "11"),
        ("ko", "오송 지하차도 참사 사망자가 14명으로 늘었다. "
               "전국적으로는 이번 집중호우로 41명이 숨지고 9명이 실종됐다.", "14"),
        ("zh", "隧道事故造成11人死亡。全国范围内，此次暴雨已造成30人死亡。", "11"),
        ("de", "Im Tunnel starben elf Menschen. Landesweit kamen durch den Regen bislang 30 Menschen ums Leben.", "11"),
        ("es", "Once personas murieron en el túnel. En todo el país, las lluvias han dejado 30 muertos.", "11"),
        ("it", "Undici persone sono morte nel tunnel. In tutto il Paese, le piogge hanno causato 30 morti.", "11"),
        ("ru", "В тоннеле погибли 11 человек. Всего по стране жертвами ливней стали 30 человек.", "11"),
        ("tr", "Tünelde 11 kişi hayatını kaybetti. Ülke genelinde yağışlar nedeniyle ölenlerin sayısı 30'a yükseldi.",
         "11"),
        ("pl", "W tunelu zginęło 11 osób. W całym kraju ulewy spowodowały śmierć 30 osób.", "11"),
        # guards: the country's toll told first is the event's, or after a toll told of the rains themselves; a
        # country's toll of attacks over a city's update
        ("es", "Las lluvias dejaron 23 muertos en todo el país. En Oaxaca hubo 15 muertos.", "23"),
        ("es", "Las lluvias dejaron 5 muertos en 24 horas. En todo el país, las inundaciones suman 1.396 muertos.",
         "1396"),
        ("de", "In Charkiw starben elf Menschen. Landesweit kamen bei den Angriffen 30 Menschen ums Leben.", "30"),
    ],
)  # fmt: skip
def test_a_national_toll_of_the_rains(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # a count of places before a relative of place (lexicon PLACE_RELATIVES) counts the places, not the dead
        ("es", "El hombre fue condenado tras el ataque a tres bares en el que murieron ocho personas.", "8"),
        ("it", "Dopo l'attacco a tre bar in cui sono morte otto persone, un uomo è stato arrestato.", "8"),
        ("pt", "Após o ataque a três bares em que morreram oito pessoas, um homem foi preso.", "8"),
        ("es", "Los dos incendios en los que murieron cinco personas siguen bajo investigación.", "5"),
        # guards: the dead told before the relative; the dead counted before their verb
        ("es", "Ocho personas murieron en el ataque a tres bares, en los que había decenas de clientes.", "8"),
        ("it", "Otto persone sono morte nei tre bar dove è avvenuto l'attacco.", "8"),
    ],
)
def test_a_count_of_places(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("title", "families"),
    [
        # a quick-clay landslide and the slide itself (no), a flood wave (it): the water family
        ("Stort kvikkleireskred i Ask – flere savnet", {"water"}),
        ("Første person funnet omkommet etter raset i Ask", {"water"}),
        ("Piena improvvisa nella gola: otto escursionisti morti", {"water"}),
        ("Un'onda di piena travolge i turisti nel torrente", {"water"}),
        # guards: a cape's name, 'full' in Italian
        ("Blast at Ras Tanura refinery", {"fire", "attack"}),
        ("Una piazza piena di gente per la festa", set()),
    ],
)
def test_the_words_of_a_slide_and_a_flood_wave(title: str, families: set[str]) -> None:
    assert headline_hazards(title) == families
