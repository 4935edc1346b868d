"""Grouping (round 40, join63): a disaster's toll told over days and weeks, each count placed as its outlet
places it, is one event, not one event per band of the toll.

A great fire or flood is counted for weeks: a first count on the night, a higher one each day, a last official
figure weeks on, sometimes revised down a little once the dead are identified. One outlet places it by the
country, another by the province, a third by an adjective or by nothing; the reports in other languages share
no word. Each later, larger count (or an official revision down, a little) of the same kind of disaster in that
country, published in its weeks, is its report; a decoy of another kind, or one telling a day of its own, is not.
Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.models import ArticleFacts
from tests.core.feed_kit import holders as _holders
from tests.core.feed_kit import report_at

_FIRST_NIGHT = datetime(2033, 8, 20, 22, tzinfo=UTC)


def _report(rid: str, language: str, text: str, days: float | None, title: str | None = None) -> ArticleFacts:
    """A report published `days` after the fires' first night (None: sent with no publication date)."""
    published = _FIRST_NIGHT + timedelta(days=days) if days is not None else None
    return report_at(rid, text, published, title, language)


def _fires() -> list[ArticleFacts]:
    """Wildfires in Andalusia counted over a week: the first reports place them by an adjective or by nothing, the
    German one by the province, the Spanish one is sent with no date."""
    return [
        _report(
            "first",
            "en",
            "Police confirmed 14 people died in the fires that swept through hill villages overnight. The toll is "
            "expected to climb as crews reach roads that were cut off.",
            0.3,
            title="Fourteen dead in Andalusian wildfires",
        ),
        _report(
            "second",
            "en",
            "The death toll from the wildfires has risen to 39, the civil protection agency said.",
            1.2,
            title="Wildfire toll rises to 39",
        ),
        _report(
            "de",
            "de",
            "Die Zahl der Toten bei den Waldbränden in Andalusien ist auf 52 gestiegen, teilte der Zivilschutz mit.",
            2.5,
            title="Waldbrände in Andalusien: Zahl der Toten steigt auf 52",
        ),
        _report(
            "it",
            "it",
            "È salito a 70 morti il bilancio degli incendi boschivi in Andalusia, secondo la protezione civile.",
            6.4,
            title="Spagna, incendi in Andalusia: il bilancio sale a 70 morti",
        ),
        _report(
            "es",
            "es",
            "Ascienden a 61 los muertos por los incendios forestales en Andalucía, en el sur de España, según la "
            "protección civil.",
            None,
            title="Ya son 61 los muertos por los incendios en Andalucía",
        ),
    ]


def _revised() -> list[ArticleFacts]:
    """Six weeks on, the official toll is lowered a little once the victims are identified."""
    return [
        *_fires(),
        _report(
            "revised",
            "fr",
            "Le bilan officiel des incendies de forêt en Andalousie a été revu à la baisse à 66 morts, certaines "
            "victimes ayant été comptées deux fois, a annoncé le ministère de l'Intérieur.",
            41,
            title="Incendies en Andalousie : le bilan revu à la baisse",
        ),
    ]


def _decoys() -> list[ArticleFacts]:
    """Reports of the same province in the fires' days: a coach crash with a larger toll, and a new wildfire that
    tells a day of its own, two weeks on."""
    return [
        *_fires(),
        _report(
            "coach",
            "en",
            "A coach carrying pilgrims plunged off a mountain road in Andalusia, killing 81 people, police said.",
            3.4,
            title="Coach crash in Andalusia kills 81",
        ),
        _report(
            "new_fire",
            "en",
            "A new wildfire in Andalusia killed 90 people on September 4, two weeks after the deadly blazes, "
            "officials said.",
            15.5,
            title="New wildfire in Andalusia kills 90",
        ),
    ]


def test_a_toll_rising_over_a_week_is_one_event_whoever_places_it() -> None:
    """14 by an adjective, 39 by nothing, 52 by the province, 70 a week on, 61 with no date: one event."""
    held = _holders(_fires())
    assert len({held[r] for r in ("first", "second", "de", "it", "es")}) == 1


def test_a_toll_revised_down_a_little_six_weeks_on_joins_the_disaster() -> None:
    held = _holders(_revised())
    assert held["revised"] == held["first"] == held["it"]


def test_a_larger_toll_of_another_kind_or_of_its_own_day_stays_apart() -> None:
    held = _holders(_decoys())
    assert held["coach"] != held["first"]
    assert held["new_fire"] != held["first"]
    assert held["new_fire"] != held["de"]


def test_a_larger_toll_at_another_town_weeks_later_is_another_disaster() -> None:
    """Two towns the gazetteer holds are two places: a nightclub fire's 18 dead at one, a hotel fire's toll risen to
    41 at another two weeks on."""
    club = _report(
        "seville",
        "en",
        "SEVILLE, Spain - A fire tore through a crowded nightclub in Seville, killing 18 people, police said.",
        0.5,
        title="Nightclub fire kills 18 in Seville",
    )
    hotel = _report(
        "almeria",
        "en",
        "ALMERIA, Spain - The death toll from the fire at a seafront hotel in Almeria has risen to 41, police said.",
        15.5,
        title="Almeria hotel fire toll rises to 41",
    )
    held = _holders([club, hotel])
    assert held["seville"] != held["almeria"]
