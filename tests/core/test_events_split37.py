"""Grouping (round 37): reports of one event that came out in pieces; sentences of our own. Every report below is
published in March 2032 (a Monday is the 8th), extracted as the service does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.match import first_alert_of
from core.events.pieces import membership_piece
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, text: str, day: int, hour: int, title: str, language: str = "en") -> ArticleFacts:
    """A report published at an hour (UTC) of a day of March 2032."""
    published = datetime(2032, 3, day, hour, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _holders(reports: list[ArticleFacts]) -> dict[str, set[str]]:
    """Each report's event, as the set of reports it holds."""
    held: dict[str, set[str]] = {}
    for event in group_articles(reports, GroupingSettings()):
        ids = {m.article_id for incident in event.incidents for m in incident.members}
        for rid in ids:
            held[rid] = ids
    return held


# ---------------------------------------------------------------------------------------------------------
# A quake strikes southern Peru; its counts come nationwide, its first word from the town it shook


def _quake_counts() -> list[ArticleFacts]:
    return [
        _report(
            "count",
            "An earthquake of magnitude 6.9 struck southern Peru on Monday afternoon, killing at least 38 people "
            "and injuring more than 200, the government said. Houses collapsed in Arequipa and in villages of "
            "the Colca valley.",
            8,
            21,
            "Peru earthquake kills 38",
        ),
        _report(
            "count2",
            "The death toll from Monday's earthquake in Peru has risen to 45, the civil defence institute said on "
            "Tuesday. More than 300 people were injured and thousands spent the night outdoors.",
            9,
            15,
            "Peru quake toll rises to 45",
        ),
    ]


def _quake_alert(day: int = 8, hour: int = 18) -> ArticleFacts:
    return _report(
        "alert",
        "AREQUIPA - Un fuerte sismo sacudió esta tarde la ciudad. En Yanahuara y Cerro Colorado se reportan "
        "viviendas derrumbadas; en la Plaza de Armas cayó parte de la torre de la Catedral. Los bomberos de Cayma "
        "acuden a la zona y el Indeci aún no tiene cifras de víctimas.",
        day,
        hour,
        "Fuerte sismo sacude Arequipa",
        language="es",
    )


def test_the_first_alert_from_the_town_a_quake_struck_joins_the_quake_its_counts_place_in_the_country() -> None:
    """The counts of the quake were told nationwide (Peru's toll), and name Arequipa among the towns hit. The first
    word came from Arequipa that very afternoon, in Spanish, before any count: no figure and no date to corroborate
    it, words the English counts do not share, but its town is one they name, its day the quake's and its kind of
    disaster theirs. It is the quake's first alert, though its town is only a part of the country they are placed
    at, and it joins them."""
    reports = [*_quake_counts(), _quake_alert()]
    event = next(e for e in group_articles(_quake_counts(), GroupingSettings()))
    assert first_alert_of(membership_piece(_quake_alert()), event, {a.id: a for a in reports})
    assert _holders(reports)["alert"] == {"count", "count2", "alert"}


@pytest.mark.parametrize(("day", "hour"), [(9, 20), (11, 9)])
def test_the_same_words_told_after_the_counts_are_no_first_alert_and_stay_apart(day: int, hour: int) -> None:
    """The counterpart: the same words published after the counts were out (the day after, or three days on) are
    no first word of the quake (a first alert comes before any of its reports); with no figure and no words in
    common they join nothing."""
    reports = [*_quake_counts(), _quake_alert(day, hour)]
    assert _holders(reports).get("alert", {"alert"}) == {"alert"}


def test_an_alert_from_a_town_the_counts_never_name_stays_apart() -> None:
    """A quake's alert from Trujillo, a city of the same country that none of the counts names, the same afternoon:
    nothing but the country ties it to the quake counted in the south (another quake may strike the north), so it
    is no first alert of that one and joins nothing."""
    alert = _report(
        "alert",
        "TRUJILLO - Un fuerte sismo sacudió esta tarde la ciudad. En El Porvenir y La Esperanza se reportan "
        "viviendas derrumbadas; en la Plaza de Armas cayó parte de la torre de la Catedral. Los bomberos de "
        "Huanchaco acuden a la zona y el Indeci aún no tiene cifras de víctimas.",
        8,
        18,
        "Fuerte sismo sacude Trujillo",
        language="es",
    )
    assert _holders([*_quake_counts(), alert]).get("alert", {"alert"}) == {"alert"}
