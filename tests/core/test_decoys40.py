"""Grouping (round 40): decoys of the event's days and country taken in. A report placed firmly in another
first-level region (state, province) of the event's country is another incident, unless something ties the two (a
count they share, a place both name); a poisoning is a kind of its own, apart from a wall's collapse the same day
in the same town; a place named only as a reference point ("west of Philadelphia") is not the report's place when
a finer one is named. Sentences of our own, invented incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.hazards import headline_hazards
from core.events.pieces import article_pieces
from core.events.regions_apart import _first_level_region
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders as _holders
from tests.core.test_events_join31 import report


def _market_attack() -> list[ArticleFacts]:
    """Wire reports keyed on the country, naming the town in passing."""
    return [
        report(
            "market",
            "Gunmen killed 17 traders and wounded 30 at a busy market in Nigeria on Saturday morning, officials "
            "said. Witnesses in the town of Akure said the attackers came on foot.",
            17,
            title="Nigeria: gunmen kill 17 at market",
        ),
        report(
            "market2",
            "The toll from Saturday's market attack in Nigeria rose to 19 dead, officials said, as 30 wounded "
            "remained in hospital in Akure.",
            18,
            title="Nigeria market attack toll rises to 19",
        ),
    ]


def _raid() -> ArticleFacts:
    return report(
        "raid",
        "Armed men on motorcycles killed nine villagers in a night raid on a hamlet in Zamfara State, residents "
        "said on Sunday.",
        None,
        title="Gunmen kill nine in Zamfara hamlet",
    )


@pytest.mark.parametrize("raid_first", [False, True])
def test_a_raid_in_another_state_the_same_weekend_stays_apart(raid_first: bool) -> None:
    """Nine villagers killed in a raid in Zamfara State (a report nothing dates), the weekend gunmen attacked a
    market in Akure, Ondo State, told by wires keyed on Nigeria: two states of one country, no count nor place in
    common, two incidents."""
    reports = [_raid(), *_market_attack()] if raid_first else [*_market_attack(), _raid()]
    held = _holders(reports)
    assert held["market"] == held["market2"]
    assert held["raid"] != held["market"]


def test_a_report_of_the_attack_from_the_capital_still_joins() -> None:
    """A report datelined in Abuja telling the market attack's own toll names the town it happened in: the same
    incident, though the capital lies in another region."""
    capital = report(
        "capital",
        "ABUJA - The president condemned Saturday's attack on the market in Akure, in which 17 traders were "
        "killed and 30 wounded.",
        17,
        title="President condemns Akure market attack",
    )
    held = _holders([*_market_attack(), capital])
    assert held["capital"] == held["market"]


def test_the_disasters_last_toll_told_from_its_victims_home_town_still_joins() -> None:
    """A report nothing dates, placed at the town most of a boat's dead came from (another state), telling the
    disaster's kind and a toll near its count: the same disaster, told from where its dead came from."""
    boat = [
        report(
            "boat",
            "A boat carrying traders to a market capsized on the Niger river in Nigeria on Saturday, killing 52 "
            "people, emergency officials said. Rescuers from Birnin Kebbi said the boat was overloaded.",
            17,
            title="Nigeria: 52 dead as boat capsizes",
        ),
        report(
            "boat2",
            "The death toll from Saturday's boat capsizing on the Niger river in Nigeria rose to 61, officials said.",
            19,
            title="Nigeria boat capsizing toll rises to 61",
        ),
    ]
    last = report(
        "last",
        "Divers ended the search for victims of the river boat disaster with 64 bodies recovered. Of the dead, 40 "
        "were traders from the city of Sokoto, its governor said.",
        None,
        title="Boat disaster search ends with 64 dead",
    )
    held = _holders([*boat, last])
    assert held["last"] == held["boat"] == held["boat2"]


@pytest.mark.parametrize(
    ("kind", "region", "name", "code"),
    [
        ("province", "NG-57", "zamfara", "NG-57"),
        ("city", "NG-48", "owo", "NG-48"),
        ("country", "NG", "nigeria", None),
    ],
)
def test_the_first_level_region_of_a_place(kind: str, region: str, name: str, code: str | None) -> None:
    assert _first_level_region(kind, region, name) == code


# ---------------------------------------------------------------------------------------------------------
# Another kind of event the same day and town: a poisoning and a wall's collapse


@pytest.mark.parametrize(
    "headline",
    [
        "Tainted school lunch kills 14 pupils",
        "Midday meal deaths in village school rise to 16",
        "Inde : 14 écoliers morts d'un repas empoisonné",
        "Intoxicación alimentaria deja 14 niños muertos",
        "Vergiftung in Schulkantine: 14 Kinder tot",
        "学校午餐中毒致14名学生死亡",
        "जहरीला खाना खाने से 14 बच्चों की मौत",
    ],
)
def test_a_poisoning_is_a_kind_of_its_own(headline: str) -> None:
    assert headline_hazards(headline) == {"poison"}


def _school_poisoning() -> list[ArticleFacts]:
    return [
        report(
            "meal",
            "GAYA, India - Fourteen children died on Tuesday after eating a midday meal at a government school in "
            "Gaya, officials said. Dozens more fell ill.",
            13,
            title="14 children die of food poisoning at Gaya school",
        ),
        report(
            "meal2",
            "GAYA, India - The number of pupils who died after a tainted lunch at a Gaya school on Tuesday rose to "
            "16, the district magistrate said.",
            14,
            title="Gaya school meal poisoning toll rises to 16",
        ),
    ]


def test_a_wall_collapse_the_same_day_in_the_same_town_stays_apart() -> None:
    """Two labourers killed when a wall gave way in Gaya the day fourteen pupils died of a poisoned meal there:
    another kind of event, whatever the town and the day."""
    wall = report(
        "wall",
        "GAYA, India - Two labourers were killed and three injured on Tuesday when the wall of a building under "
        "construction collapsed in Gaya, police said.",
        13,
        title="Two labourers killed as wall collapses in Gaya",
    )
    for reports in ([wall, *_school_poisoning()], [*_school_poisoning(), wall]):
        held = _holders(reports)
        assert held["meal"] == held["meal2"]
        assert held["wall"] != held["meal"]


# ---------------------------------------------------------------------------------------------------------
# A place named only as a reference point: "in Chester County, west of Philadelphia"


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("fr", "Deux hommes ont été tués par balles dimanche dans le comté de Chester, à l'ouest de Philadelphie.",
         "county:US-42029"),
        ("es", "Dos hombres murieron baleados el domingo en el condado de Chester, al oeste de Filadelfia.",
         "county:US-42029"),
        ("it", "Due uomini sono stati uccisi domenica nella contea di Chester, a ovest di Filadelfia.",
         "county:US-42029"),
        ("en", "Police said two men were shot dead Sunday north of Philadelphia, in Levittown.", "city:5197796"),
        ("en", "Two men were shot dead on Sunday north of Philadelphia, in the town of Levittown.", "city:5197796"),
    ],
)  # fmt: skip
def test_a_reference_point_is_not_the_place_when_a_finer_one_is_named(language: str, text: str, place: str) -> None:
    assert _main_place(text, language) == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Deux hommes ont été tués par balles dimanche au nord de Philadelphie."),
        ("en", "Two men were shot dead on Sunday at a home north of Philadelphia."),
    ],
)
def test_a_reference_point_named_alone_stays_the_place(language: str, text: str) -> None:
    assert _main_place(text, language) == "city:4560349"


def _main_place(text: str, language: str) -> str:
    published = datetime(2031, 5, 18, 18, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=None, published_at=published, language=language)).claims
    article = ArticleFacts("x", "outlet-x", claims, published, None, fingerprint(text), text, None)
    return next(p for p in article_pieces(article) if p.main).location.key
