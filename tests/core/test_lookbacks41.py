"""Grouping (round 41): look-backs far in time. A report months or years after its event says so ("a year since",
"un anno fa", "the anniversary of", "six months after", "last year's"); that sign, counted back from its
publication, names the event's days. It joins the event of those days even when it states no figure we read or
states the toll otherwise, and it never joins, on a shared figure and country alone, an event of other days
months from it. Sentences of our own, invented incidents."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events.look_back_signs import ANNIVERSARY, LAST_YEAR, back_sign, names_its_days
from core.models import ArticleFacts
from tests.core.feed_kit import holders, report_at


@pytest.mark.parametrize(
    ("title", "months"),
    [
        ("A year since the ferry sank, the harbour stays closed", 12),
        ("Fishing town marks one year since the storm", 12),
        ("Un anno fa la frana di Sondrio: nove vittime", 12),
        ("Un an après l'explosion du dépôt, les riverains attendent", 12),
        ("Un año del derrumbe del mercado de Tolosa Alta", 12),
        ("Ein Jahr nach dem Brand im Pflegeheim", 12),
        ("Um ano depois do naufrágio, famílias pedem respostas", 12),
        ("Спустя год после взрыва на шахте", 12),
        ("Ten years after the dam burst, the valley remembers", 120),
        ("Six months after the blast, the port is still shut", 6),
        ("Seis meses después del incendio, el hotel sigue cerrado", 6),
        ("Families gather on the anniversary of the bridge collapse", ANNIVERSARY),
        ("Yıl dönümünde madencileri andılar", ANNIVERSARY),
        ("Last year's floods: the bill arrives", LAST_YEAR),
        ("Storm kills four on the coast", None),
        ("Ferry sinks off the island, 12 missing", None),
    ],
)
def test_a_look_back_sign_counts_its_months(title: str, months: int | None) -> None:
    assert back_sign(title, "") == months


def test_the_sign_is_read_in_the_first_sentence_when_the_headline_has_none() -> None:
    text = "Il y a un an, sept ouvriers périssaient sous les gravats. Le procès s'ouvre lundi."
    assert back_sign("Les familles attendent toujours", text) == 12


@pytest.mark.parametrize(
    ("sign", "published", "first", "last", "named"),
    [
        (12, date(2032, 3, 14), date(2031, 3, 14), date(2031, 3, 14), True),
        (12, date(2032, 3, 18), date(2031, 3, 14), date(2031, 3, 15), True),  # (a memorial on the weekend after)
        (12, date(2032, 3, 14), date(2031, 5, 30), date(2031, 5, 30), False),  # (the flood two months later)
        (6, date(2031, 9, 2), date(2031, 3, 1), date(2031, 3, 3), True),
        (ANNIVERSARY, date(2036, 7, 9), date(2031, 7, 9), date(2031, 7, 9), True),
        (ANNIVERSARY, date(2036, 7, 9), date(2031, 10, 1), date(2031, 10, 1), False),
        (LAST_YEAR, date(2032, 2, 1), date(2031, 8, 20), date(2031, 8, 22), True),
        (LAST_YEAR, date(2033, 2, 1), date(2031, 8, 20), date(2031, 8, 22), False),
    ],
)
def test_a_sign_names_the_days_it_counts_back_to(
    sign: int, published: date, first: date, last: date, named: bool
) -> None:
    assert names_its_days(sign, published, first, last) is named


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


def _landslide() -> list[ArticleFacts]:
    return [
        report_at(
            "slide1",
            "A landslide buried a row of houses in Sondrio in the Alps on Sunday, killing seven people, rescuers said.",
            _at(2031, 3, 14),
            title="Landslide in Sondrio kills seven",
        ),
        report_at(
            "slide2",
            "The toll from Sunday's landslide in Sondrio rose to 11 as rescuers found four more bodies.",
            _at(2031, 3, 15),
            title="Sondrio landslide toll rises to 11",
        ),
    ]


def _flood_in_may() -> ArticleFacts:
    return report_at(
        "flood",
        "Floodwaters swept through the province of Ancona, killing 11 people, the civil protection said.",
        _at(2031, 5, 30),
        title="Floods in Ancona province kill 11",
    )


@pytest.mark.parametrize("flood_first", [False, True])
def test_a_look_back_with_its_toll_in_its_headline_joins_its_event_not_a_decoy(flood_first: bool) -> None:
    """A year after the landslide, a headline that states its toll ("eleven lives lost") and names no place we hold: it
    looks back a year, to the landslide's day, not to the floods that killed 11 in May."""
    look_back = report_at(
        "anniv",
        "A year ago the hillside above the village gave way and buried eleven people. A mass was held on Sunday.",
        _at(2032, 3, 14),
        title="A year since the tragedy: eleven lives lost",
    )
    reports = [*_landslide(), look_back]
    reports = [_flood_in_may(), *reports] if flood_first else [*reports, _flood_in_may()]
    held = holders(reports)
    assert held["anniv"] != held["flood"]


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "Un an après le glissement de terrain de Sondrio",
            "Il y a un an, les maisons de Sondrio disparaissaient sous la boue. Les familles attendent le procès.",
            "fr",
        ),
        (
            "Un año del alud de Sondrio",
            "Las familias de las víctimas del alud de Sondrio se reunieron ante el ayuntamiento un año después.",
            "es",
        ),
        (
            "Sondrio marks a year since the landslide",
            "Villagers in Sondrio held prayers for the victims of the landslide that struck a year ago.",
            "en",
        ),
    ],
)
def test_a_look_back_with_no_figure_read_joins_the_event_of_its_day_and_place(
    title: str, text: str, language: str
) -> None:
    look_back = report_at("anniv", text, _at(2032, 3, 14), title=title, language=language)
    held = holders([*_landslide(), look_back])
    assert held["anniv"] == held["slide1"] == held["slide2"]


def test_a_report_months_later_with_no_sign_does_not_join_on_a_shared_toll() -> None:
    """A report months after the landslide telling 11 dead, with no sign it looks back and no kind of disaster
    named: nothing but its toll ties it to the landslide."""
    later = report_at(
        "later",
        "Eleven people died, officials said on Monday, and the search was called off.",
        _at(2031, 9, 20),
        title="Eleven dead, search called off",
    )
    held = holders([*_landslide(), later])
    assert held["later"] != held["slide1"]


def _depot_blast() -> list[ArticleFacts]:
    return [
        report_at(
            "depot1",
            "A gas depot exploded in Ploiesti on Saturday evening, killing one person and injuring 40, firefighters "
            "said.",
            _at(2031, 8, 23),
            title="Gas depot explosion in Ploiesti: one dead, 40 injured",
        ),
        report_at(
            "depot2",
            "The explosion at the gas depot in Ploiesti left one dead and 42 injured, the health ministry said.",
            _at(2031, 8, 24),
            title="Ploiesti depot blast: 42 injured",
        ),
    ]


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "A year after the Ploiesti depot explosion",
            "Five people have died of their burns since the gas depot explosion in Ploiesti, which has now "
            "claimed six lives.",
            "en",
        ),
        (
            "Un an după explozia de la Ploiești",
            "Explozia de la depozitul de gaz din Ploiești a făcut în total șase morți, după ce cinci răniți au murit "
            "în spital.",
            "ro",
        ),
    ],
)
def test_a_look_back_at_the_events_town_joins_it_with_the_toll_it_rose_to(title: str, text: str, language: str) -> None:
    """Its first reports counted one dead; a year on, the six who died since: at the event's town, on its day,
    the toll it rose to is no other disaster's."""
    look_back = report_at("anniv", text, _at(2032, 8, 23), title=title, language=language)
    held = holders([*_depot_blast(), look_back])
    assert held["anniv"] == held["depot1"] == held["depot2"]


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "Three engineers convicted over the 2031 Sondrio landslide",
            "A court convicted three engineers on Tuesday over the landslide that buried houses in Sondrio.",
            "en",
        ),
        (
            "Condenados tres ingenieros por el alud de Sondrio de 2031",
            "Un tribunal condenó el martes a tres ingenieros por el alud que sepultó varias casas en Sondrio.",
            "es",
        ),
        (
            "Erdrutsch von Sondrio 2031: drei Ingenieure verurteilt",
            "Ein Gericht hat am Dienstag drei Ingenieure wegen des Erdrutsches in Sondrio verurteilt.",
            "de",
        ),
    ],
)
def test_a_report_naming_its_events_year_and_kind_joins_it_years_on(title: str, text: str, language: str) -> None:
    """A verdict two years on names the landslide by its year and its kind, and states no toll."""
    verdict = report_at("verdict", text, _at(2033, 11, 8), title=title, language=language)
    held = holders([*_landslide(), verdict])
    assert held["verdict"] == held["slide1"] == held["slide2"]


def test_a_report_naming_another_year_does_not_join() -> None:
    """The verdict names the landslide of 2029: not the one of 2031 at the same town."""
    verdict = report_at(
        "verdict",
        "A court convicted three engineers on Tuesday over the landslide that buried houses in Sondrio.",
        _at(2033, 11, 8),
        title="Three engineers convicted over the 2029 Sondrio landslide",
    )
    held = holders([*_landslide(), verdict])
    assert held.get("verdict") != held["slide1"]
