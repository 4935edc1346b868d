"""Grouping (round 39): first alerts with no figure, of events of any size. The first word of an event rarely has a
figure ("shots reported, residents told to stay indoors", "fire breaks out at a market"); it joins the one event of
its place, its kind of disaster and its day (or the day after), is never pulled by an event of another kind or of
other days, and stays apart when two events of its kind are there. Sentences of our own; every report is published in
May 2031 (Saturday is the 17th), extracted as the service does."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.first_alerts import sole_alerted_event
from core.events.hazards import headline_hazards
from core.events.pieces import membership_piece
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, day: int, hour: int, title: str, text: str) -> ArticleFacts:
    published = datetime(2031, 5, day, hour, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text, title), text, None)


def _groups(reports: list[ArticleFacts]) -> list[list[str]]:
    return sorted(sorted(e.article_ids) for e in group_articles(reports, GroupingSettings()) if e.article_ids)


# ---------------------------------------------------------------------------------------------------------
# A fire at a market in a regency town; the first word names only the province


def _market_fire() -> list[ArticleFacts]:
    return [
        _report(
            "fire1",
            18,
            6,
            "Market blaze in Klaten kills 4",
            "KLATEN, Indonesia - Four traders died and eleven were hurt when a blaze swept through the main market "
            "of Klaten on Saturday night, the regency's disaster agency said.",
        ),
        _report(
            "fire2",
            18,
            12,
            "Klaten market fire: traders count losses",
            "Four people were killed in Saturday's market fire in Klaten, officials said, and more than 300 stalls "
            "burned down.",
        ),
    ]


def _warehouse_fire() -> list[ArticleFacts]:
    return [
        _report(
            "fire3",
            18,
            7,
            "Warehouse fire in Semarang kills 2",
            "SEMARANG, Indonesia - Two workers died when a fire gutted a textile warehouse in Semarang on Saturday "
            "night, firefighters said.",
        )
    ]


def _province_alert(day: int = 17, hour: int = 16) -> ArticleFacts:
    return _report(
        "alert",
        day,
        hour,
        "Fire breaks out at a market in Central Java",
        "A big fire broke out at a traditional market in Central Java province on Saturday evening. Fire engines "
        "are on their way and smoke can be seen from afar.",
    )


def test_a_first_alert_naming_the_province_joins_the_one_fire_of_its_towns_that_day() -> None:
    """The alert names the province, the counts the town: the province holds the town, the fire is the alert's
    kind, the alert came out that evening before any count. A small toll, but the one event it can be."""
    assert _groups([*_market_fire(), _province_alert()]) == [["alert", "fire1", "fire2"]]


def test_a_first_alert_told_the_morning_after_still_joins_its_event() -> None:
    """Published the next morning (the night's fire told at dawn), still before the counts."""
    assert _groups([*_market_fire(), _province_alert(day=18, hour=1)]) == [["alert", "fire1", "fire2"]]


def test_with_two_fires_of_its_province_that_night_the_alert_stays_apart() -> None:
    """A warehouse fire in another town of the province the same night: the alert could be either's, so it is
    neither's."""
    groups = _groups([*_market_fire(), *_warehouse_fire(), _province_alert()])
    assert ["fire1", "fire2"] in groups and ["fire3"] in groups
    assert not any("alert" in g and len(g) > 1 for g in groups)


def test_a_first_alert_two_days_before_the_fire_is_not_its_first_word() -> None:
    """The same words published on Thursday are no first word of Saturday's fire."""
    groups = _groups([*_market_fire(), _province_alert(day=15, hour=16)])
    assert ["fire1", "fire2"] in groups


# ---------------------------------------------------------------------------------------------------------
# Shots reported in a city; a car crash there the same night, a shooting two days on


def _shooting() -> list[ArticleFacts]:
    return [
        _report(
            "shot1",
            18,
            8,
            "Two killed, three hurt as gunfire erupts at Tacoma house party",
            "TACOMA, Wash. - Two men were killed and three other people were wounded when gunfire erupted at a "
            "crowded house party late Saturday, Tacoma police said on Sunday.",
        ),
        _report(
            "shot2",
            18,
            15,
            "Tacoma police name the two men killed at weekend party",
            "TACOMA, Wash. - The two men killed at a house party on Saturday night were 19 and 22, detectives said, "
            "adding that three people remain in hospital.",
        ),
    ]


def _crash() -> list[ArticleFacts]:
    return [
        _report(
            "crash",
            18,
            9,
            "Two die as car hits a tree in Tacoma",
            "TACOMA, Wash. - Two people died when their car left the road and hit a tree early Saturday, Tacoma "
            "police said.",
        )
    ]


def _later_shooting() -> list[ArticleFacts]:
    return [
        _report(
            "later",
            19,
            20,
            "Man shot dead outside a Tacoma bar",
            "TACOMA, Wash. - A man was shot and killed outside a bar on Monday evening, Tacoma police said.",
        )
    ]


def _shots_alert() -> ArticleFacts:
    return _report(
        "alert",
        17,
        23,
        "Shots reported on the east side; residents told to stay indoors",
        "TACOMA, Wash. - Officers closed off the block after callers reported shots near a house on the east side. "
        "Medics are standing by and neighbours are asked to keep away.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Shots reported on the east side",
        "Reports of shots near a school, police say",
        "Shots fired outside a bar downtown",
    ],
)
def test_reported_shots_name_an_attack(title: str) -> None:
    """Shots reported are gunfire's first word: the kind of the shooting, no crash's."""
    assert "attack" in headline_hazards(title)


def test_a_first_alert_of_shots_joins_the_shooting_of_its_city_and_night() -> None:
    assert _groups([*_shooting(), _shots_alert()]) == [["alert", "shot1", "shot2"]]


def test_a_first_alert_of_shots_joins_the_shooting_not_the_crash_of_that_night() -> None:
    """The crash is of the alert's city and night too, but of another kind."""
    assert _groups([*_shooting(), *_crash(), _shots_alert()]) == [["alert", "shot1", "shot2"], ["crash"]]


def test_a_first_alert_of_shots_is_never_the_crash_alone() -> None:
    """With the crash alone in the city that night, the alert of shots is nobody's."""
    assert ["alert", "crash"] not in _groups([*_crash(), _shots_alert()])


def test_a_first_alert_of_shots_is_not_the_shooting_two_days_later() -> None:
    assert ["alert", "later"] not in _groups([*_later_shooting(), _shots_alert()])


def test_an_event_began_by_the_day_its_first_report_came_out_whatever_days_its_reports_date() -> None:
    """The counts of the market fire came out on Sunday; had a step of the story misdated the fire to Tuesday, the
    fire still began by Sunday, and Saturday evening's alert is still its first word."""
    reports = _market_fire()
    alert = _province_alert()
    events = group_articles(reports, GroupingSettings())
    assert len(events) == 1
    event = events[0]
    event.start_date = date(2031, 5, 20)
    event.end_date = date(2031, 5, 20)
    articles = {a.id: a for a in [*reports, alert]}
    assert sole_alerted_event(membership_piece(alert), alert, events, articles) is event


# ---------------------------------------------------------------------------------------------------------
# A bus plunges off a bridge at noon; two days on, a crash on the town's highway that nothing dates


def _bus_alert() -> ArticleFacts:
    return _report(
        "alert",
        17,
        12,
        "Bus plunges off a bridge in Cuenca",
        "CUENCA, Ecuador - A passenger bus plunged off a bridge into a ravine on the road out of Cuenca. Firefighters "
        "and volunteers are at the scene pulling out victims; there is no official count yet.",
    )


def _highway_crash(day: int) -> ArticleFacts:
    return _report(
        "crash",
        day,
        9,
        "Crash on the Cuenca highway leaves two dead",
        "CUENCA, Ecuador - Two people died and five were hurt in a crash between a truck and a pickup on the highway "
        "out of Cuenca, firefighters and volunteers at the scene said.",
    )


def test_a_first_alert_is_not_the_undated_crash_its_town_told_two_days_later() -> None:
    """Same town, same kind, alike words (the firemen, the road out of town); but the crash's only report came out
    two days after the alert, and a report tells what happened before it came out."""
    assert ["alert", "crash"] not in _groups([_highway_crash(19), _bus_alert()])


def test_a_report_of_the_next_morning_may_still_tell_what_the_alert_announced() -> None:
    """The counterpart: told the next morning, the crash may be what the alert announced (its words decide)."""
    assert _groups([_highway_crash(18), _bus_alert()]) == [["alert", "crash"]]
