"""Round 40 (figs52): what is not a wounded or killed count, and what was missed. Sentences of our own. Each row gives
the headline killed and wounded figure ('-' for none; 'N:more_than' for a qualified one).

- Survivors and the rescued are never the hurt (tests/fixtures/own_event_sets/CONVENTIONS.md): "three survivors are
  in hospital", "a boy, the only survivor, is in hospital", "three women pulled from the wreckage", and the same
  survivor nouns in fr/es/it/de (lexicon SURVIVOR_NOUNS); but a word of harm with the survivors keeps the count
  ("nine wounded survivors", "neuf survivants blessés").
- A herd or the rest of a group is no one person dead ("une partie du bétail a péri", "el resto de los ocupantes
  falleció": lexicon NOT_ONE_SUBJECTS); a lone person still is 1.
- A number inside a name is no toll: Vietnamese "Thứ Bảy" (Saturday, literally 'day seven') holds no seven.
- Missed, now read: the historic past and relative forms of 'cost the lives of' (it "costò la vita a", fr "coûta
  la vie à", es "costaron la vida a", pt "custaram a vida a", de "der 14 Menschen das Leben kostete", "hat ... das
  Leben gekostet"); an undated German report's "mehr als 400 wurden verletzt" beside "über 2000 Häuser" (a count of
  a year's shape after 'more than' names no year, so the sentence is no earlier event's).
- The word for one after a preposition is an article, no count: "hospitalisée dans un état grave" holds no 1."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput
from tests.core.world_kit import figure


def _heads(text: str, language: str, dated: bool = True) -> tuple[str, str]:
    published = datetime(2024, 5, 3, tzinfo=UTC) if dated else None
    article = ArticleInput(text=text, title=None, language=language, published_at=published)
    main = main_incident_claims(extract(article).claims)
    return figure(pick_headline(main, "killed")), figure(pick_headline(main, "wounded"))


_SURVIVORS = [
    ("en", "Forty people died when the ferry sank off the coast. Three survivors are in hospital.", "40", "-"),
    ("en", "Twelve people died in the avalanche. A boy, the only survivor, is in hospital in Geneva.", "12", "-"),
    (
        "en",
        "A small plane crashed near the runway, killing 31 people. Two men pulled from the wreckage were in a serious "
        "condition.",
        "31",
        "-",
    ),
    ("fr", "Le naufrage a fait 40 morts. Trois survivantes ont été hospitalisées dans un état grave.", "40", "-"),
    ("es", "El naufragio dejó 30 muertos. Cinco supervivientes fueron hospitalizados.", "30", "-"),
    ("it", "Il crollo della palazzina ha ucciso 9 persone. Due superstiti sono ricoverati in ospedale.", "9", "-"),
    ("de", "Beim Unglück starben 40 Menschen. Drei Überlebende wurden ins Krankenhaus gebracht.", "40", "-"),
]

_HURT_SURVIVORS = [
    ("en", "A ferry capsized off the island, killing 17 people, and all 12 survivors were injured.", "17", "12"),
    ("en", "Five survivors were shot in the legs, police said.", "-", "5"),
    ("fr", "Le naufrage a fait 17 morts. Les 12 survivants ont tous été blessés.", "17", "12"),
    ("es", "El naufragio dejó 17 muertos y 12 supervivientes resultaron heridos.", "17", "12"),
    ("en", "The blast at the depot killed four people. Nine wounded survivors were treated at the scene.", "4", "9"),
    ("fr", "L'explosion a fait 4 morts. Neuf survivants blessés ont été soignés sur place.", "4", "9"),
    ("en", "Twelve people died. A boy, the only survivor, was taken to hospital with burns.", "12", "1"),
    (
        "en",
        "The blast killed three guests. Eleven survivors who were injured were treated at the scene.",
        "3",
        "11",
    ),
    ("en", "The tunnel fire killed 6 people. Four survivors with burns were taken to hospital.", "6", "4"),
]

# A verb of surviving between one and the word of harm: a survivor, told hurt, is no count of the hurt (the own
# sets' convention; a judgment call, see the findings); one hurt without it stays 1
_SURVIVED_HURT = [
    (
        "de",
        "Beim Absturz der Gondel sind 9 Menschen ums Leben gekommen. Ein Mädchen überlebte schwer verletzt.",
        "9",
        "-",
    ),
    ("es", "En el accidente murieron 9 personas. Un niño de seis años sobrevivió gravemente herido.", "9", "-"),
    ("de", "Beim Absturz der Gondel sind 9 Menschen ums Leben gekommen. Ein Mädchen wurde schwer verletzt.", "9", "1"),
    ("es", "En el accidente murieron 9 personas y un niño resultó herido.", "9", "1"),
]

_NO_ONE_PERSON = [
    ("fr", "Un incendie a ravagé une grange près de Mons. Personne n'a été blessé, mais une partie du bétail a péri.",
     "-", "0"),
    ("es", "Dos pasajeros fueron rescatados con vida. El resto de los ocupantes falleció en el acto.", "-", "-"),
    ("fr", "Un homme a péri dans l'incendie de sa maison près de Namur.", "1", "-"),
    ("es", "Un hombre falleció en el incendio de su vivienda en Cuenca.", "1", "-"),
]  # fmt: skip

# Animals are no victims, counted or told as a herd
_ANIMALS = [
    ("en", "Floodwaters killed 40 cows and swept away two barns near the river.", "-", "-"),
    ("en", "Lightning killed 12 cattle on a farm outside the town.", "-", "-"),
    ("fr", "La crue a tué 40 vaches dans une exploitation près de Tours.", "-", "-"),
    ("fr", "Une quarantaine de moutons ont péri dans l'incendie de la bergerie.", "-", "-"),
    ("fr", "La crue a tué 4 personnes et 40 vaches.", "4", "-"),
    ("es", "Murieron 300 cabezas de ganado en la inundación.", "-", "-"),
    ("es", "La tormenta mató a 12 vacas en una finca de Salamanca.", "-", "-"),
    ("de", "Bei dem Stallbrand starben 40 Kühe.", "-", "-"),
    ("it", "L'alluvione ha ucciso 300 capi di bestiame.", "-", "-"),
    ("pt", "A enchente matou 40 vacas numa fazenda.", "-", "-"),
]

_NAMES = [
    ("vi", "Năm năm trước, trận cháy ngày Thứ Bảy Đen đã cướp đi sinh mạng của 52 người.", "52", "-"),
    ("vi", "Vụ cháy vào thứ Bảy đã làm 9 người chết.", "9", "-"),
]

_COST_THE_LIVES = [
    ("it", "Due anni dopo la frana che costò la vita a 11 persone, il paese è stato ricostruito.", "11", "-"),
    ("it", "Il crollo costa la vita a 3 operai.", "3", "-"),
    ("fr", "On se souvient de l'incendie qui coûta la vie à 23 personnes.", "23", "-"),
    ("es", "Se cumplen dos años de las explosiones que costaron la vida a 16 personas.", "16", "-"),
    ("pt", "Dois anos depois das explosões que custaram a vida a 16 pessoas.", "16", "-"),
    ("de", "Der Brand hat 9 Menschen das Leben gekostet.", "9", "-"),
    ("de", "Der Brand, der 9 Menschen das Leben kostete, brach in der Nacht aus.", "9", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _SURVIVORS + _HURT_SURVIVORS)
def test_survivors_are_no_count_of_the_hurt(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _SURVIVED_HURT)
def test_one_who_survived_hurt_is_a_survivor(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NO_ONE_PERSON)
def test_a_herd_or_the_rest_is_no_one_person(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _ANIMALS)
def test_animals_are_no_victims(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NAMES)
def test_a_number_in_a_name_is_no_toll(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _COST_THE_LIVES)
def test_cost_the_lives_of_counts_the_dead(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


def test_a_count_of_a_years_shape_names_no_year_in_an_undated_report() -> None:
    text = (
        "Bei den Waldbränden sind mindestens 35 Menschen ums Leben gekommen. Mehr als 120 Menschen wurden verletzt, "
        "über 2000 Häuser brannten nieder."
    )
    assert _heads(text, "de", dated=False) == ("35:at_least", "120:more_than")


def test_an_earlier_years_toll_stays_background_in_an_undated_report() -> None:
    text = "Bei dem Hochwasser starben 12 Menschen. Beim Hochwasser von 2002 starben 21 Menschen."
    assert _heads(text, "de", dated=False) == ("12", "-")


# A released patient is no count; a building's name before 'and N others' is no person
_NOT_A_COUNT_EN = [
    ("A second wounded worker was released from hospital on Tuesday, the company said.", "-", "-"),
    ("A third pupil hurt in the stabbing has been discharged from hospital.", "-", "-"),
    ("A fourth victim was critically injured.", "-", "4"),
    ("A fifth victim was shot in the leg, treated and released.", "-", "5"),
    ("Jane Hall and two others were wounded in the shooting.", "-", "3"),
    (
        "Officials said 17 people died in the attack on St Mary's Anglican Church and 40 others are receiving "
        "treatment in hospitals.",
        "17",
        "40",
    ),
    ("The driver and 12 others were injured when the coach overturned.", "-", "13"),
]


@pytest.mark.parametrize(("text", "killed", "wounded"), _NOT_A_COUNT_EN)
def test_released_patients_and_named_buildings_are_no_count(text: str, killed: str, wounded: str) -> None:
    assert _heads(text, "en") == (killed, wounded)


def test_an_undated_look_back_keeps_its_events_figures() -> None:
    article = ArticleInput(
        text="Residents laid flowers on Sunday for the 12 people killed in the blaze two years ago. Several of the 30 "
        "injured survivors joined them.",
        title="Two years after the mall fire, the town remembers",
        language="en",
        published_at=None,
    )
    main = main_incident_claims(extract(article).claims)
    assert (figure(pick_headline(main, "killed")), figure(pick_headline(main, "wounded"))) == ("12", "30")
