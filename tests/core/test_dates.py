"""Calendar-edge safety: windows, week keys and relative dates at 0001-01-01 and 9999-12-31 never overflow."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from core.dates import add_days, iso_week, weeks_between, window
from core.events import GroupingSettings, assign_article, candidate_keys, index_keys
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint

FIRST = datetime(1, 1, 1, tzinfo=UTC)
LAST = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)


def test_add_days_clamps_at_both_ends_of_the_calendar() -> None:
    assert add_days(date(1, 1, 3), -10) == date.min
    assert add_days(date(9999, 12, 29), 10) == date.max
    assert add_days(date(2026, 2, 27), 2) == date(2026, 3, 1)
    assert add_days(date(2024, 3, 1), -1) == date(2024, 2, 29)


def test_window_is_cut_at_the_calendar_ends() -> None:
    assert window(date.min, 14, 14) == (date.min, date(1, 1, 15))
    assert window(date.max, 14, 14) == (date(9999, 12, 17), date.max)


def test_week_keys_exist_at_the_calendar_ends() -> None:
    assert iso_week(date.min) == "1-W01"  # the format stored keys have always used
    assert iso_week(date.max) == "9999-W52"
    assert weeks_between(date(9999, 12, 10), date.max) == {"9999-W49", "9999-W50", "9999-W51", "9999-W52"}
    assert weeks_between(date.min, date(1, 1, 8)) == {"1-W01", "1-W02"}


def test_weeks_between_with_reversed_bounds_gives_the_upper_week() -> None:
    assert weeks_between(date(2026, 12, 10), date(2026, 12, 1)) == {iso_week(date(2026, 12, 1))}


# Our own sentences: relative dates ("yesterday", a weekday), an explicit day without a year, unplaced and placed.
SENTENCES = [
    "Two people were killed in Lyon on Monday, police said. Yesterday three more were injured.",
    "Five people were injured in a crash, officials said on Friday.",
    "A fire killed four people in Paris on December 30, the mayor said.",
    "Seven workers were hurt when a roof collapsed last Sunday.",
]


@pytest.mark.parametrize("published", [FIRST, LAST], ids=["first-day", "last-day"])
@pytest.mark.parametrize("text", SENTENCES)
def test_an_article_dated_at_a_calendar_edge_extracts_and_groups(published: datetime, text: str) -> None:
    result = extract(ArticleInput(text=text, published_at=published))
    assert result.claims, "each sentence states a figure"
    for claim in result.claims:
        if claim.incident_date is not None:
            assert date.min <= claim.incident_date <= date.max
    facts = ArticleFacts(
        id="a1", source="s", claims=result.claims, published_at=published, title=None,
        fingerprint=tuple(fingerprint(text, None)),
    )  # fmt: skip
    assert candidate_keys(facts)
    ids = (f"e{n}" for n in itertools.count())
    changed = assign_article(facts, [], new_id=lambda: next(ids), settings=GroupingSettings(), articles={"a1": facts})
    assert changed and all(index_keys(event) for event in changed)
    # A second article the same day joins or sits beside the first without raising.
    other = ArticleFacts(
        id="a2", source="t", claims=result.claims, published_at=published, title=None,
        fingerprint=tuple(fingerprint(text, None)),
    )  # fmt: skip
    again = assign_article(other, changed, new_id=lambda: next(ids), settings=GroupingSettings(),
                           articles={"a1": facts, "a2": other})
    assert any("a2" in event.article_ids for event in again)
