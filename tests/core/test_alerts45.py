"""Grouping (round 45): first alerts with no figure that name only their country.

- The first word of a disaster often names nothing finer than its country ("Chile: a bus has plunged into a
  ravine"), while its counts key it at the town: the alert joins the one event of its kind in its country that began
  the day it came out, no later than that event's first report (`core.events.country_alerts`), in words the counts
  do not share (German, Italian, French beside English and Spanish counts).
- A report three days later is no first alert; nor one nothing dates (it may be any day's news of the country).
- Two events of its kind in the country that day, and it stays apart: nothing tells whose it is.
- (The other way round stays apart, as round 37 wrote it: an alert from a town the counts of a nationwide toll
  never name.)

Sentences of our own; reports are published in March 2032 (the 11th is a Thursday), extracted as the service does."""

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
    return datetime(2032, 3, day, hour, tzinfo=UTC)


def _groups(reports: list[ArticleFacts]) -> list[list[str]]:
    return sorted(sorted(e.article_ids) for e in group_articles(reports, GroupingSettings()) if e.article_ids)


def _holding(groups: list[list[str]], rid: str) -> list[str]:
    return next((g for g in groups if rid in g), [rid])


# The first word names only the country, the counts the town


COUNTRY_ALERTS = [
    (
        "Chile: Bus stürzt in den Anden in eine Schlucht",
        "In den Anden ist ein Reisebus in eine Schlucht gestürzt, teilten die Rettungskräfte in Chile mit. Über "
        "die Fahrgäste ist noch nichts bekannt.",
    ),
    (
        "Cile: autobus precipita in un burrone sulle Ande",
        "Un autobus di linea è precipitato in un burrone lungo una strada di montagna in Cile, riferiscono i "
        "soccorritori. Nessuna notizia ancora sui passeggeri.",
    ),
    (
        "Chili : un car tombe dans un ravin en montagne",
        "Un car de voyageurs est tombé dans un ravin sur une route de montagne au Chili, selon les secours. On "
        "ignore encore le sort des passagers.",
    ),
]


def _bus_counts() -> list[ArticleFacts]:
    return [
        _report(
            "b1",
            _at(11, 20),
            "Bus plunges into ravine near Arica, 12 dead",
            "Twelve people were killed and 20 injured when a bus plunged into a ravine near Arica, in northern "
            "Chile, on Thursday, police said.",
        ),
        _report(
            "b2",
            _at(12, 7),
            "Arica: 12 muertos al caer un autobús a un barranco",
            "Doce personas murieron y 20 resultaron heridas al caer un autobús a un barranco cerca de Arica, en el "
            "norte de Chile, el jueves, informó la policía.",
        ),
    ]


@pytest.mark.parametrize(("title", "text"), COUNTRY_ALERTS)
def test_a_first_alert_naming_only_the_country_joins_its_towns_one_event(title: str, text: str) -> None:
    groups = _groups([_report("alert", _at(11, 14), title, text), *_bus_counts()])
    assert _holding(groups, "alert") == ["alert", "b1", "b2"]


@pytest.mark.parametrize(("title", "text"), COUNTRY_ALERTS[1:])
def test_a_country_alert_three_days_later_stays_apart(title: str, text: str) -> None:
    groups = _groups([_report("later", _at(14, 14), title, text), *_bus_counts()])
    assert _holding(groups, "later") == ["later"]


@pytest.mark.parametrize(("title", "text"), COUNTRY_ALERTS[1:])
def test_a_country_alert_nothing_dates_stays_apart(title: str, text: str) -> None:
    groups = _groups([_report("undated", None, title, text), *_bus_counts()])
    assert _holding(groups, "undated") == ["undated"]


def _second_bus_crash() -> ArticleFacts:
    return _report(
        "t1",
        _at(11, 22),
        "Bus overturns near Temuco, five dead",
        "Five people were killed and eight hurt when a bus overturned on a highway near Temuco, in southern Chile, "
        "on Thursday evening, police said.",
    )


@pytest.mark.parametrize(("title", "text"), COUNTRY_ALERTS[1:])
def test_two_bus_crashes_in_the_country_that_day_and_the_country_alert_stays_apart(title: str, text: str) -> None:
    groups = _groups([_report("alert", _at(11, 14), title, text), *_bus_counts(), _second_bus_crash()])
    assert _holding(groups, "alert") == ["alert"]
