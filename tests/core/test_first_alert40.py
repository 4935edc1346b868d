"""Grouping (round 40): first alerts with no figure whose kind of disaster was not read. The first word of an event
names its kind in the words of the breaking news, in its own language: a river that rose (Georgian "ადიდდა",
"დატბორილია"), a cable car's cabin that fell ("funivia", "Seilbahn", "téléphérique": a ropeway, a railway's kin), a
lightning strike in Kinyarwanda ("inkuba"). Read, the alert joins the one event of its place, kind and day
(`core.events.first_alerts`); the fire brigade at the scene ("sul posto i vigili del fuoco", "fire crews") names no
fire, so such an alert is never pulled to a fire of its town. Sentences of our own; every report is published in
May 2031 (Saturday is the 17th), extracted as the service does."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.hazards import headline_hazards
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, day: int, hour: int, title: str, text: str) -> ArticleFacts:
    published = datetime(2031, 5, day, hour, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text, title), text, None)


def _groups(reports: list[ArticleFacts]) -> list[list[str]]:
    return sorted(sorted(e.article_ids) for e in group_articles(reports, GroupingSettings()) if e.article_ids)


@pytest.mark.parametrize(
    ("headline", "kinds"),
    [
        # a river that rose, a street flooded, a bank washed away (Georgian)
        ("ქუთაისში რიონი ადიდდა", {"water"}),
        ("ბათუმში ქუჩები დატბორა", {"water"}),
        ("ადიდებულმა მდინარემ ხიდი წალეკა", {"water"}),
        # lightning (Kinyarwanda)
        ("Inkuba yakubise ishuri i Huye", {"weather"}),
        # a ropeway's cabin that fell, in several languages: no road's car, no building's collapse alone
        ("Cable car cabin falls near the summit station", {"rail"}),
        ("Si stacca una cabina della funivia sopra Trento", {"rail"}),
        ("Seilbahnunfall in Tirol", {"rail"}),
        ("Chute d'une cabine de téléphérique dans les Pyrénées", {"rail"}),
        ("Cae una cabina del teleférico en Mérida", {"rail"}),
        ("Awaria kolejki linowej w Zakopanem", {"rail"}),
        ("Авария на канатной дороге в Сочи", {"rail"}),
        # the fire brigade at the scene names no fire ...
        ("Vigili del fuoco al lavoro dopo il crollo della palazzina", {"collapse"}),
        ("Fire crews at the scene of a bus crash on the A9", {"road"}),
        ("Sul posto i vigili del fuoco", set()),
        # ... but a fire they fight is one
        ("Fire crews battle a blaze at a timber yard", {"fire"}),
        ("Incendio in un capannone, vigili del fuoco sul posto", {"fire"}),
    ],
)
def test_the_kind_a_first_alert_names(headline: str, kinds: set[str]) -> None:
    assert headline_hazards(headline) == frozenset(kinds)


# ---------------------------------------------------------------------------------------------------------
# A river that rose in Kutaisi at night, told first in Georgian; a minibus crash in the town the same night


def _flood() -> list[ArticleFacts]:
    return [
        _report(
            "flood1",
            18,
            8,
            "Flash flood in Kutaisi kills five",
            "KUTAISI, Georgia - Five people died when the Rioni river burst its banks overnight and swept through "
            "the lower town of Kutaisi, the emergencies ministry said on Sunday.",
        ),
        _report(
            "flood2",
            18,
            13,
            "Kutaisi flood toll: five dead, two missing",
            "Rescuers searched for two missing people on Sunday after the night's flood in Kutaisi killed five.",
        ),
    ]


def _minibus_crash() -> list[ArticleFacts]:
    return [
        _report(
            "crash1",
            18,
            9,
            "Minibus crash in Kutaisi kills three",
            "KUTAISI, Georgia - Three people were killed when a minibus collided with a lorry on the ring road of "
            "Kutaisi on Saturday night, police said.",
        )
    ]


def _georgian_alert() -> ArticleFacts:
    return _report(
        "alert",
        17,
        22,
        "ქუთაისში რიონი ადიდდა",
        "ძლიერი წვიმის შემდეგ მდინარე რიონი ადიდდა. დატბორილია სანაპირო ქუჩები. მაშველები ადგილზე არიან.",
    )


def test_a_georgian_alert_of_a_river_that_rose_joins_the_flood_of_its_town() -> None:
    """ "In Kutaisi the Rioni rose", the evening before the counts: the town's one flood."""
    assert _groups([*_flood(), _georgian_alert()]) == [["alert", "flood1", "flood2"]]


def test_the_georgian_flood_alert_keeps_away_from_the_crash_of_its_town() -> None:
    groups = _groups([*_flood(), *_minibus_crash(), _georgian_alert()])
    assert groups == [["alert", "flood1", "flood2"], ["crash1"]]
    assert _groups([*_minibus_crash(), _georgian_alert()]) == [["crash1"]]  # (an alert alone opens no event)


# ---------------------------------------------------------------------------------------------------------
# A cable car's cabin that fell above Trento, told first in Italian with the firemen at the scene; a house fire in
# the town that morning


def _cable_car() -> list[ArticleFacts]:
    return [
        _report(
            "cable1",
            18,
            10,
            "Cable car cabin falls in Trento, six dead",
            "TRENTO, Italy - Six people were killed when a cable car cabin fell near the top station above Trento "
            "on Sunday, rescuers said.",
        ),
        _report(
            "cable2",
            18,
            15,
            "Trento cable car: toll rises to seven",
            "A seventh passenger died in hospital after Sunday's fall of a cable car cabin in Trento.",
        ),
    ]


def _house_fire() -> list[ArticleFacts]:
    return [
        _report(
            "house1",
            18,
            9,
            "House fire in Trento kills two",
            "TRENTO, Italy - Two elderly people died when fire swept through their house in Trento on Sunday "
            "morning, firefighters said.",
        )
    ]


def _italian_alert() -> ArticleFacts:
    return _report(
        "alert",
        18,
        7,
        "Precipita una cabina della funivia di Trento",
        "Una cabina della funivia di Trento è precipitata vicino alla stazione di arrivo. Sul posto i vigili del "
        "fuoco e l'elisoccorso.",
    )


def test_an_alert_of_a_falling_cable_car_cabin_joins_the_ropeway_crash_of_its_town() -> None:
    assert _groups([*_cable_car(), _italian_alert()]) == [["alert", "cable1", "cable2"]]


def test_the_firemen_at_the_cable_car_make_no_fire_of_it() -> None:
    """The house fire of the same town and morning is no cable car's: the alert's firemen tell no fire."""
    assert _groups([*_cable_car(), *_house_fire(), _italian_alert()]) == [
        ["alert", "cable1", "cable2"],
        ["house1"],
    ]
    assert _groups([*_house_fire(), _italian_alert()]) == [["house1"]]  # (an alert alone opens no event)


# ---------------------------------------------------------------------------------------------------------
# A first alert that reaches us undated (about half a feed's reports come without a date): nothing dates it, so its
# place and kind alone must point at the one event; with two of its kind at its place it stays apart


def _undated(report: ArticleFacts) -> ArticleFacts:
    return replace(report, published_at=None)


def _second_flood() -> list[ArticleFacts]:
    return [
        _report(
            "flood9",
            2,
            8,
            "Two die as heavy rain floods Kutaisi streets",
            "KUTAISI, Georgia - Two people drowned when torrential rain flooded streets in the centre of Kutaisi on "
            "Saturday, the emergencies ministry said.",
        )
    ]


def test_an_undated_alert_joins_the_one_flood_of_its_town() -> None:
    """Undated, the Georgian alert still names the town and the flood: the town's one flood, not its crash."""
    assert _groups([*_flood(), *_minibus_crash(), _undated(_georgian_alert())]) == [
        ["alert", "flood1", "flood2"],
        ["crash1"],
    ]


def test_an_undated_alert_stays_apart_beside_two_floods_of_its_town() -> None:
    """A flood of the town two weeks before: nothing says which of the two the undated alert tells."""
    groups = _groups([*_flood(), *_second_flood(), _undated(_georgian_alert())])
    assert not any("alert" in g for g in groups)
