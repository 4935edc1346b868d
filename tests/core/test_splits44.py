"""Grouping (round 44): first alerts with no figure that name no kind of disaster, or no place the index holds.

- A first alert out while it happens often names no kind its language's hazard words hold ("the old water tower
  fell onto houses": "упала", "गिरी") and no figure ("people feared trapped"), in a script the later counts' words
  share nothing with: it joins the one event of its very town that began the day it came out, and came out no
  later than that event's first report (`core.events.kindless_alerts`).
- Two events in the town those days (a collapse and a road crash), and it stays apart: nothing tells whose it is.
- A report out three days after the event began is no first alert; nor a report nothing dates.
- A first alert that names only a road or a neighbourhood the places index does not hold, grouped in its event's
  block, joins the one event of its kind there that began its day (`core.events.placeless_alerts`); a second
  shooting in the block that day, and it stays apart.

Sentences of our own; reports are published in May 2031 (the 17th is a Saturday), extracted as the service does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, when: datetime | None, title: str, text: str) -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, published_at=when)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, when, title, fingerprint(text, title), text, None)


def _at(day: int, hour: int) -> datetime:
    return datetime(2031, 5, day, hour, tzinfo=UTC)


def _groups(reports: list[ArticleFacts]) -> list[list[str]]:
    return sorted(sorted(e.article_ids) for e in group_articles(reports, GroupingSettings()) if e.article_ids)


def _holding(groups: list[list[str]], rid: str) -> list[str]:
    return next((g for g in groups if rid in g), [rid])


# Kindless first alerts of an old water tower's fall onto houses in Mumbai, in scripts the counts' words share
# nothing with (so no text carries them in)
ALERTS = [
    (
        "В Мумбаи старая водонапорная башня упала на жилые дома",
        "Во второй половине дня в одном из районов Мумбаи старая водонапорная башня упала на соседние жилые дома. "
        "Жители опасаются, что под обломками остались люди.",
    ),
    (
        "मुंबई में पुरानी पानी की टंकी घरों पर गिरी",
        "मुंबई के एक मोहल्ले में दोपहर को पुरानी पानी की टंकी पास के घरों पर गिर पड़ी। लोगों को मलबे में दबे होने की आशंका है।",
    ),
    ("孟买一座旧水塔倒在民房上", "今天下午，孟买一个街区的旧水塔倒在附近的民房上，居民担心有人被困在瓦砾下。"),
    (
        "Мумбаї: стара водонапірна вежа впала на будинки",
        "Сьогодні по обіді в одному з районів Мумбаї стара водонапірна вежа впала на сусідні житлові будинки. "
        "Мешканці побоюються, що під уламками є люди.",
    ),
]


def _counts() -> list[ArticleFacts]:
    return [
        _report(
            "c1",
            _at(17, 20),
            "Mumbai: drei Tote nach Einsturz eines Wasserturms",
            "Beim Einsturz eines Wasserturms auf Wohnhäuser in der indischen Stadt Mumbai sind am Samstag drei "
            "Menschen ums Leben gekommen, elf wurden verletzt.",
        ),
        _report(
            "c2",
            _at(18, 9),
            "Water tower falls on homes in Mumbai, three dead",
            "Three people were killed and eleven were hurt when a water tower fell onto homes in Mumbai on Saturday "
            "afternoon, the city's disaster cell said.",
        ),
    ]


def _road_crash() -> ArticleFacts:
    return _report(
        "road",
        _at(17, 22),
        "Mumbai: Lastwagen rammt Kleinbus, zwei Tote",
        "Zwei Menschen kamen am Samstagabend ums Leben, als ein Lastwagen auf einer Straße in Mumbai einen Kleinbus "
        "rammte, teilte die Verkehrspolizei mit.",
    )


@pytest.mark.parametrize(("title", "text"), ALERTS)
def test_a_kindless_first_alert_joins_the_one_event_of_its_town_that_day(title: str, text: str) -> None:
    groups = _groups([_report("alert", _at(17, 15), title, text), *_counts()])
    assert _holding(groups, "alert") == ["alert", "c1", "c2"]


@pytest.mark.parametrize(("title", "text"), ALERTS)
def test_two_events_of_its_town_that_day_and_it_stays_apart(title: str, text: str) -> None:
    groups = _groups([_report("alert", _at(17, 15), title, text), *_counts(), _road_crash()])
    assert _holding(groups, "alert") == ["alert"]


@pytest.mark.parametrize(("title", "text"), ALERTS[:2])
def test_a_kindless_report_days_later_is_no_first_alert(title: str, text: str) -> None:
    groups = _groups([_report("later", _at(20, 15), title, text), *_counts()])
    assert _holding(groups, "later") == ["later"]


@pytest.mark.parametrize(("title", "text"), ALERTS[:2])
def test_a_kindless_report_nothing_dates_is_no_first_alert(title: str, text: str) -> None:
    groups = _groups([_report("undated", None, title, text), *_counts()])
    assert "c1" not in _holding(groups, "undated")


# ---------------------------------------------------------------------------------------------------------
# A placeless first alert: it names only a road the places index does not hold; its block is the event's (pulled by
# the event's mass toll, `blocks._first_alert_placed_nowhere`), its kind and day point at the one event there


PLACELESS_ALERTS = [
    (
        "Active shooter reported at a warehouse off Quarry Bend Road",
        "Deputies are responding to reports of an active shooter at a warehouse off Quarry Bend Road. Workers are "
        "told to shelter in place and the public to stay away.",
    ),
    (
        "Reportan un tirador activo en una bodega junto al camino Quarry Bend",
        "Agentes acuden a un aviso de un tirador activo en una bodega junto al camino Quarry Bend. Se pide a los "
        "trabajadores que se resguarden.",
    ),
    (
        "Fusillade signalée dans un entrepôt près de Quarry Bend Road",
        "Les forces de l'ordre interviennent après des tirs signalés dans un entrepôt près de Quarry Bend Road. "
        "Les employés sont confinés.",
    ),
]


def _warehouse_shooting() -> list[ArticleFacts]:
    return [
        _report(
            "w1",
            _at(17, 20),
            "Gunman kills five at Fresno warehouse",
            "A gunman killed five people and wounded twelve at a warehouse in Fresno, California, on Saturday "
            "morning before he was arrested, the sheriff said.",
        ),
        _report(
            "w2",
            _at(18, 8),
            "Fresno: cinco muertos en un tiroteo en una bodega",
            "Un hombre armado mató a cinco personas e hirió a doce en una bodega de Fresno, California, el sábado "
            "por la mañana, informó el alguacil.",
        ),
    ]


def _bar_shooting() -> ArticleFacts:
    return _report(
        "bar",
        _at(17, 23),
        "Two shot dead outside a Sacramento bar",
        "Two men were shot dead outside a bar in Sacramento, California, late on Saturday, police said.",
    )


@pytest.mark.parametrize(("title", "text"), PLACELESS_ALERTS)
def test_a_placeless_first_alert_joins_the_one_event_of_its_kind_that_day(title: str, text: str) -> None:
    groups = _groups([_report("alert", _at(17, 15), title, text), *_warehouse_shooting()])
    assert _holding(groups, "alert") == ["alert", "w1", "w2"]


@pytest.mark.parametrize(("title", "text"), PLACELESS_ALERTS)
def test_two_shootings_in_its_block_that_day_and_the_placeless_alert_stays_apart(title: str, text: str) -> None:
    groups = _groups([_report("alert", _at(17, 15), title, text), *_warehouse_shooting(), _bar_shooting()])
    assert _holding(groups, "alert") == ["alert"]


@pytest.mark.parametrize(("title", "text"), PLACELESS_ALERTS[:1])
def test_a_placeless_report_nothing_dates_is_no_first_alert(title: str, text: str) -> None:
    groups = _groups([_report("undated", None, title, text), *_warehouse_shooting()])
    assert _holding(groups, "undated") == ["undated"]
