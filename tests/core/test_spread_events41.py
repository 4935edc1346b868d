"""Grouping (round 41, join70): one big event told over several places and days in English coverage.

A big evolving event is rarely placed the same way twice: a killing at a home and a chase that ends on a highway
25 miles away; a ferry lost on a lake between two provinces; a flood across several towns whose names also exist
abroad; a toll that rises over days (6, 7, 9, 11) with missing counts beside it; a report placed only at the region
or the country beside reports placed at the town; competing counts of one raid (25, 27, 28, the officer counted or
not) on one day. Several outlets, several days: one event. Decoys of the same days (another incident of the same
place, another count) stay apart. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.models import ArticleFacts
from tests.core.feed_kit import report_at


def _report(rid: str, title: str, text: str, start: datetime, days: float | None) -> ArticleFacts:
    """An English report published `days` after `start` (None: sent with no publication date)."""
    published = start + timedelta(days=days) if days is not None else None
    return report_at(rid, text, published, title, "en")


def _groups(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


def _one_event(held: dict[str, str], ids: list[str]) -> bool:
    return len({held[r] for r in ids}) == 1


# 1. A killing at a home and a chase that ends on a highway 25 miles away (Virginia, Sunday 6 March 2033).
_SUNDAY = datetime(2033, 3, 6, 8, tzinfo=UTC)


def _home_and_chase() -> list[ArticleFacts]:
    return [
        _report(
            "bedford_alert",
            "Three found dead in Bedford home; suspect sought",
            "Deputies found three people shot dead inside a house on Oak Ridge Road in Bedford, Virginia, early "
            "Sunday, the sheriff's office said. A man seen driving away in a gray pickup is being sought.",
            _SUNDAY,
            0.2,
        ),
        _report(
            "lynchburg_chase",
            "Chase ends in crash on Route 29 near Lynchburg",
            "A pursuit ended Sunday afternoon when a gray pickup crashed on Route 29 near Lynchburg, Virginia. "
            "State police said the driver, wanted in the killing of three people in Bedford, shot himself after "
            "the crash. A trooper was hurt.",
            _SUNDAY,
            0.5,
        ),
        _report(
            "wire",
            "Four dead after Virginia killings and highway chase",
            "LYNCHBURG, Va. (AP) - A man killed his parents and his sister at their home in Bedford and then "
            "killed himself when troopers cornered him on a highway near Lynchburg on Sunday, police said. "
            "Four people died in all and one trooper was injured.",
            _SUNDAY,
            0.9,
        ),
        _report(
            "victims_named",
            "Bedford victims named as couple and their daughter",
            "The sheriff named the three victims of Sunday's killings in Bedford as Harold and June Pruett and "
            "their daughter Ellen. Their son, 31, died on Route 29 after a chase, police said.",
            _SUNDAY,
            1.4,
        ),
        _report(
            "decoy_lynchburg",
            "Man shot dead outside Lynchburg bar",
            "LYNCHBURG, Va. - A man was shot dead outside a bar on Fifth Street in Lynchburg late Sunday, police "
            "said. Nobody has been arrested.",
            _SUNDAY,
            0.95,
        ),
    ]


def test_a_killing_at_a_home_and_the_chase_on_a_highway_25_miles_away_are_one_event() -> None:
    held = _groups(_home_and_chase())
    assert _one_event(held, ["bedford_alert", "lynchburg_chase", "wire", "victims_named"])


def test_a_lone_shooting_of_the_chases_town_that_night_stays_apart() -> None:
    held = _groups(_home_and_chase())
    assert held["decoy_lynchburg"] != held["wire"]


# 2. A ferry lost on a lake between two provinces, its toll rising over days with the missing beside it.
_FERRY_DAY = datetime(2033, 7, 3, 9, tzinfo=UTC)


def _lake_ferry() -> list[ArticleFacts]:
    return [
        _report(
            "first_toll",
            "Six dead as tourist boat sinks on Lake Garda",
            "Six people died and nine are missing after a tourist boat capsized in a storm on Lake Garda near "
            "Desenzano del Garda, rescuers said on Sunday.",
            _FERRY_DAY,
            0.3,
        ),
        _report(
            "seven",
            "Lake Garda boat toll rises to seven",
            "Divers recovered another body on Monday, bringing the death toll from the capsizing on Lake Garda to "
            "seven. Eight people are still missing, the coast guard in Verona said.",
            _FERRY_DAY,
            1.3,
        ),
        _report(
            "nine",
            "Nine now confirmed dead in Lake Garda sinking",
            "The number of dead from the boat that sank on Lake Garda has risen to nine, with six still missing, "
            "officials in the province of Brescia said.",
            _FERRY_DAY,
            2.4,
        ),
        _report(
            "eleven",
            "Italy boat disaster: toll reaches 11",
            "Italian rescuers said on Thursday the death toll from the sinking of a tourist boat in northern "
            "Italy had reached 11. Four people remain missing.",
            _FERRY_DAY,
            4.2,
        ),
        _report(
            "decoy_flood",
            "Flash flood kills two in Verona",
            "Two people drowned when a flash flood swept through an underpass in Verona on Tuesday, firefighters said.",
            _FERRY_DAY,
            2.5,
        ),
    ]


def test_a_boat_lost_on_a_lake_between_two_provinces_is_one_event_as_its_toll_rises() -> None:
    held = _groups(_lake_ferry())
    assert _one_event(held, ["first_toll", "seven", "nine", "eleven"])


def test_a_flood_of_one_lakeside_city_in_those_days_stays_apart() -> None:
    held = _groups(_lake_ferry())
    assert held["decoy_flood"] != held["first_toll"]


# 3. A flood across several towns whose names also exist abroad (New South Wales).
_FLOOD_DAY = datetime(2034, 2, 27, 6, tzinfo=UTC)


def _floods() -> list[ArticleFacts]:
    return [
        _report(
            "lismore",
            "Four dead as floods swamp Lismore",
            "Four people have died in floodwaters in Lismore, New South Wales, after the Wilsons River broke its "
            "banks overnight, police said on Monday. Hundreds were rescued from rooftops.",
            _FLOOD_DAY,
            0.2,
        ),
        _report(
            "ballina",
            "Flood toll climbs to seven",
            "The death toll from the floods in northern New South Wales has climbed to seven after a man's body "
            "was found in a car near Ballina, police said on Tuesday. Three people are missing.",
            _FLOOD_DAY,
            1.2,
        ),
        _report(
            "grafton",
            "Grafton evacuates as flood toll reaches nine",
            "Residents of Grafton were told to leave on Wednesday as the Clarence River rose, and police said "
            "nine people had now died in the floods. Two are still missing.",
            _FLOOD_DAY,
            2.3,
        ),
        _report(
            "state_toll",
            "NSW floods: death toll rises to 11",
            "Eleven people have now died in the floods across northern NSW, Premier Dana Holt said on Friday, "
            "as the clean-up began in Lismore and Casino.",
            _FLOOD_DAY,
            4.1,
        ),
        _report(
            "decoy_crash",
            "Two killed in Pacific Highway crash near Grafton",
            "Two men died when their car and a truck collided on the Pacific Highway south of Grafton on Wednesday "
            "afternoon, police said.",
            _FLOOD_DAY,
            2.4,
        ),
    ]


def test_a_flood_across_towns_with_namesakes_abroad_is_one_event() -> None:
    held = _groups(_floods())
    assert _one_event(held, ["lismore", "ballina", "grafton", "state_toll"])


def test_a_road_crash_of_one_flooded_town_stays_apart() -> None:
    held = _groups(_floods())
    assert held["decoy_crash"] != held["grafton"]


# 4. Competing counts of one police raid on one day (25, 27, 28 with or without an officer).
_RAID_DAY = datetime(2033, 5, 6, 12, tzinfo=UTC)


def _raid() -> list[ArticleFacts]:
    return [
        _report(
            "early",
            "Rio police raid leaves 25 dead",
            "At least 25 people, including a police officer, were killed on Thursday when police raided the "
            "Jacarepagua favela in Rio de Janeiro, officials said. Two subway passengers were hurt by stray "
            "bullets.",
            _RAID_DAY,
            0.1,
        ),
        _report(
            "twenty_seven",
            "Police killed 27 in Rio raid, officer also died",
            "Police shot dead 27 suspects during Thursday's operation in a Rio de Janeiro favela, and an officer "
            "was also killed, the civil police said.",
            _RAID_DAY,
            0.3,
        ),
        _report(
            "country",
            "Brazil's deadliest police raid kills 28",
            "Twenty-eight people were killed in a police raid on Thursday, the deadliest such operation in Brazil's "
            "history, human rights groups said.",
            _RAID_DAY,
            0.4,
        ),
        _report(
            "decoy_rio",
            "Three killed in Rio bus hijacking",
            "Three people were killed when gunmen hijacked a bus in Rio de Janeiro's north zone on Thursday "
            "evening, police said.",
            _RAID_DAY,
            0.45,
        ),
    ]


def test_competing_counts_of_one_raid_on_one_day_are_one_event() -> None:
    held = _groups(_raid())
    assert _one_event(held, ["early", "twenty_seven", "country"])


def test_another_attack_in_the_raids_city_that_day_stays_apart() -> None:
    held = _groups(_raid())
    assert held["decoy_rio"] != held["early"]


# 5. A raid's very toll told the same day from the favela's namesake town and from the city it lies in.
def _raid_two_places() -> list[ArticleFacts]:
    return [
        _report(
            "favela",
            "Police raid in Jacarezinho leaves 25 dead",
            "A police operation in Jacarezinho left at least 25 people dead on Thursday, among them an officer, "
            "and two passengers on a passing train were wounded, police said.",
            _RAID_DAY,
            0.1,
        ),
        _report(
            "city",
            "Rio police raid on gang leaves 25 dead",
            "At least 25 people, including an officer, were killed on Thursday in a police raid on a gang in "
            "Rio de Janeiro, and two train passengers were wounded by stray bullets, police said.",
            _RAID_DAY,
            0.3,
        ),
    ]


def test_the_very_toll_of_one_day_joins_two_places_of_one_raid() -> None:
    held = _groups(_raid_two_places())
    assert held["favela"] == held["city"]


def test_a_different_toll_the_same_day_in_another_province_stays_apart() -> None:
    """Two attacks of one day in two provinces, 25 and 12 dead: no very toll ties them."""
    held = _groups(
        [
            _raid_two_places()[0],
            _report(
                "bahia",
                "Twelve killed in Salvador police raid",
                "Twelve people were killed on Thursday in a police raid in Salvador, Bahia, officials said.",
                _RAID_DAY,
                0.3,
            ),
        ]
    )
    assert held["favela"] != held["bahia"]


# 6. A storm's toll from two towns of two states the same week: two regions, no rise in the town's own count.
def test_a_smaller_toll_from_another_town_of_the_region_is_not_a_later_count() -> None:
    """A flood's 9 dead in one town, then a town of the same state's own 2 drowned: a share, or another
    incident, never "further along" the disaster's toll."""
    reports = [
        *_floods()[:3],
        _report(
            "tamworth",
            "Two drown in Tamworth flash flood",
            "Two people drowned when a flash flood hit Tamworth, New South Wales, on Wednesday night, police said.",
            _FLOOD_DAY,
            2.6,
        ),
    ]
    held = _groups(reports)
    assert _one_event(held, ["lismore", "ballina", "grafton"])
    assert held["tamworth"] != held["grafton"]


def test_a_rising_flood_toll_from_a_town_of_another_state_stays_apart() -> None:
    """Nine dead in northern New South Wales, then 12 in Brisbane, Queensland: another state's toll."""
    reports = [
        *_floods()[:3],
        _report(
            "brisbane",
            "Brisbane flood toll rises to 12",
            "The death toll from the floods in Brisbane, Queensland, has risen to 12, police said on Thursday.",
            _FLOOD_DAY,
            3.2,
        ),
    ]
    held = _groups(reports)
    assert held["brisbane"] != held["grafton"]


# 7. The missing found dead: the dead and the missing together stay one count, whatever dates the reports.
def _undated(reports: list[ArticleFacts]) -> list[ArticleFacts]:
    """The same reports sent with no publication date (as half of a real feed's are)."""
    return [report_at(r.id, r.text or "", None, r.title, "en") for r in reports]


def test_a_capsizing_counted_as_its_missing_are_found_is_one_event_with_no_dates() -> None:
    """6 dead and 9 missing at the lakeside town, 7 and 8 from the city across the lake, 9 and 6 from the
    province, 11 and 4 from the country: 15 people lost in every report."""
    held = _groups(_undated(_lake_ferry()))
    assert _one_event(held, ["first_toll", "seven", "nine", "eleven"])
    assert held["decoy_flood"] != held["first_toll"]


def test_another_kind_with_as_many_lost_stays_apart() -> None:
    """A mine collapse in the same country with 5 dead and 10 missing (15 lost too) is another disaster."""
    mine = _report(
        "mine",
        "Five dead, ten missing in Sardinia mine collapse",
        "Five miners died and ten are missing after a gallery collapsed in a mine near Iglesias, Sardinia, "
        "rescuers said.",
        _FERRY_DAY,
        None,
    )
    held = _groups([*_undated(_lake_ferry()), mine])
    assert held["mine"] != held["first_toll"]
    assert held["mine"] != held["eleven"]
