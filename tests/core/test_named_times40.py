"""Reports that name another time (round 40): a report sent without a publication day, or told days or months
later, that names its event's month ("in March 2029", "mei 2029", "last March") is taken within that month: it
joins the event of that time, place and kind, not a decoy of another month. Only its lead names its time: a month
named further down, another event's told as context, is never its own. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events.named_times import named_time
from core.events.pieces import PIECES_FORMAT, PlacedPieces, placed_pieces, with_pieces
from core.models import ArticleFacts
from tests.core.feed_kit import holders as _holders
from tests.core.feed_kit import report_at


def _report(
    rid: str, text: str, published: datetime | None, title: str | None = None, language: str = "en"
) -> ArticleFacts:
    """A report as the service stores it, published at `published` (None: sent with no publication date)."""
    return report_at(rid, text, published, title, language)


def _at(year: int, month: int, day: int, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


_MARCH_2029 = (date(2029, 3, 1), date(2029, 3, 31))

# ---------------------------------------------------------------------------------------------------------
# The time a report's lead names, in the languages the reports come in


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (None, "The gas explosion in March 2029 that killed six tenants was caused by a cracked pipe."),
        ("Inquiry into the March 2029 explosion", "Investigators handed their report to the city council."),
        (None, "De gasexplosie van maart 2029 kostte zes bewoners het leven, zo blijkt uit het rapport."),
        (None, "L'explosion de gaz survenue en mars 2029 avait fait six morts, selon le rapport."),
        (None, "Die Gasexplosion im März 2029 hatte sechs Bewohner getötet, heißt es im Bericht."),
        (None, "La explosión de gas de marzo de 2029 dejó seis muertos, según el informe."),
        (None, "L'esplosione del marzo 2029 aveva provocato sei morti, secondo il rapporto."),
        (None, "A explosão de gás de março de 2029 matou seis moradores, diz o relatório."),
    ],
)  # fmt: skip
def test_a_month_and_year_named_in_the_lead_is_the_reports_time(title: str | None, text: str) -> None:
    assert named_time(title, text, date(2029, 8, 30)) == _MARCH_2029
    assert named_time(title, text, None) == _MARCH_2029  # sent with no publication day


@pytest.mark.parametrize(
    "text",
    [
        "Last March's gas explosion killed six tenants, the inquiry found.",
        "Six tenants were killed in a gas explosion in March, the inquiry found.",
        "De gasexplosie in maart kostte zes bewoners het leven.",
        "L'explosion de gaz de mars dernier avait fait six morts.",
        "Die Gasexplosion im März hatte sechs Bewohner getötet.",
        "La explosión de gas del pasado marzo dejó seis muertos.",
        "L'esplosione di marzo scorso aveva provocato sei morti.",
    ],
)
def test_a_month_without_a_year_is_the_latest_such_month_before_publication(text: str) -> None:
    assert named_time(None, text, date(2029, 8, 30)) == _MARCH_2029
    assert named_time(None, text, date(2030, 2, 10)) == _MARCH_2029  # (a March of the year before)
    assert named_time(None, text, None) is None  # no publication: no year to place it in


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion killed six tenants on Sunday.\nIn June 2021 another explosion in the same street killed two.",
        "The gas explosion that killed six tenants was the worst since March 2021.",
        "Officials may reopen the street next week after the explosion.",
        "Gunmen attacked the village again on Friday, two years after 40 people were killed there in March 2027.",
        "Le village, où 40 personnes avaient été tuées en mars 2027, a de nouveau été attaqué vendredi.",
    ],
)
def test_a_time_named_as_context_or_a_modal_is_not_the_reports(text: str) -> None:
    assert named_time(None, text, date(2029, 8, 30)) is None


def test_the_leads_time_wins_over_a_background_paragraphs() -> None:
    text = (
        "The gas explosion in March 2029 that killed six tenants was caused by a cracked pipe, investigators said.\n"
        "In June 2021 another explosion in the same district killed two workers."
    )
    assert named_time(None, text, None) == _MARCH_2029


def test_a_time_after_the_publication_is_none_of_the_reports() -> None:
    assert named_time(None, "Tenants will be rehoused by March 2030, the council said.", date(2029, 8, 30)) is None


# ---------------------------------------------------------------------------------------------------------
# Kept with the report's pieces


def test_the_named_time_is_kept_with_the_main_piece_and_round_trips() -> None:
    report = _report(
        "inq",
        "The gas explosion in March 2029 that killed six tenants in Spokane was caused by a cracked pipe.",
        None,
    )
    placed = placed_pieces(report)
    main = next(p for p in placed.pieces if p.main)
    assert main.named_time == _MARCH_2029
    back = PlacedPieces.from_dict(placed.to_dict(), report)
    assert PIECES_FORMAT == 23
    assert back is not None and next(p for p in back.pieces if p.main).named_time == _MARCH_2029


# ---------------------------------------------------------------------------------------------------------
# Grouping: the event of its time, not a decoy of another month


def _explosions() -> list[ArticleFacts]:
    """A gas explosion in Spokane in March 2029 (six dead) and another there in June 2029 (two dead)."""
    return [
        _report(
            "mar1",
            "SPOKANE, Wash. — A gas explosion tore through an apartment building in Spokane on Sunday, killing six "
            "people and injuring 14, fire officials said.",
            _at(2029, 3, 11),
        ),
        _report(
            "mar2",
            "Fire officials in Spokane said six people died and 14 were hurt when gas exploded in an apartment "
            "block on Sunday morning.",
            _at(2029, 3, 12),
        ),
        _report(
            "jun1",
            "SPOKANE, Wash. — A gas explosion wrecked a bakery in Spokane on Tuesday, killing two people and "
            "injuring three, fire officials said.",
            _at(2029, 6, 20),
        ),
        _report(
            "jun2",
            "Two people died and three were hurt when gas exploded in a Spokane bakery on Tuesday, officials said.",
            _at(2029, 6, 21),
        ),
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Investigators blamed a cracked pipe for the gas explosion in March 2029 that killed six people in "
         "Spokane.", None),
        ("Investigators blamed a cracked pipe for last March's gas explosion that killed six people in Spokane.",
         _at(2029, 8, 30)),
        ("Investigators blamed a cracked pipe for the gas explosion in March 2029 that killed six people in "
         "Spokane.", _at(2029, 8, 30)),
    ],
)  # fmt: skip
def test_a_report_naming_its_month_joins_the_event_of_that_month(text: str, published: datetime | None) -> None:
    holders = _holders([*_explosions(), _report("later", text, published)])
    assert holders["mar1"] == holders["mar2"] != holders["jun1"]
    assert holders["later"] == holders["mar1"]


def test_a_report_naming_another_month_does_not_join_the_event() -> None:
    later = _report(
        "later",
        "Investigators blamed a cracked pipe for the gas explosion in June 2029 that killed six people in Spokane.",
        None,
    )
    holders = _holders([*_explosions()[:2], later])
    assert holders["later"] != holders["mar1"]


def test_stored_pieces_group_as_worked_out_ones() -> None:
    later = _report(
        "later",
        "Investigators blamed a cracked pipe for the gas explosion in March 2029 that killed six people in Spokane.",
        None,
    )
    stored = [with_pieces(a) for a in [*_explosions(), later]]
    holders = _holders(stored)
    assert holders["later"] == holders["mar1"] != holders["jun1"]
