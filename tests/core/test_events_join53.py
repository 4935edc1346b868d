"""Grouping (round 37): two disasters of one kind in one country, years apart, sent with no publication date;
sentences of our own. The years their texts write tell them apart when nothing else dates them."""

from __future__ import annotations

from core.models import ArticleFacts
from tests.core.test_events_join31 import report
from tests.core.test_events_join43 import _holders


def _crash_of_2019() -> list[ArticleFacts]:
    return [
        report(
            "old",
            "A passenger plane crashed shortly after take-off from Biratnagar in Nepal in March 2019, "
            "killing 41 people on board, the aviation authority said.",
            None,
            title="41 killed in Nepal plane crash",
        ),
        report(
            "old2",
            "Investigators said the passenger plane that crashed after take-off from Biratnagar, killing 41 "
            "people, had lost power in one engine.",
            None,
            title="Nepal plane crash: engine lost power",
        ),
    ]


def _crash_of_2023() -> ArticleFacts:
    return report(
        "new",
        "A passenger plane crashed after take-off from Biratnagar in Nepal in August 2023, killing 9 people on "
        "board, the aviation authority said.",
        None,
        title="9 killed in Nepal plane crash",
    )


def test_two_undated_crashes_of_one_country_naming_two_years_stay_apart() -> None:
    """Two plane crashes of one country, one told in 2019 and one in 2023, sent with no date: the years their texts
    write (none in common) date them apart when nothing else does."""
    held = _holders([*_crash_of_2019(), _crash_of_2023()])
    assert held["old"] == held["old2"]
    assert held["new"] != held["old"]


def test_two_undated_reports_of_one_crash_one_naming_its_year_join() -> None:
    """The counterpart: a report that names no year says nothing against one that does."""
    held = _holders(_crash_of_2019())
    assert held["old"] == held["old2"]


def test_a_year_recalled_further_down_dates_nothing() -> None:
    """The counterpart: two undated reports of one crash, each recalling an earlier disaster of another year further
    down its text (2005 in one, 2012 in the other), still join: a recalled year is no date of the report's own."""
    first, second = _crash_of_2019()
    recalling = [
        report(
            first.id,
            (first.text or "") + " It was the country's worst air disaster since a cargo plane came down near the "
            "capital in 2005, killing its crew of four.",
            None,
            title=first.title,
        ),
        report(
            second.id,
            (second.text or "") + " The airline had lost another aircraft on the same route in 2012, when a small "
            "plane skidded off the runway and no one was hurt.",
            None,
            title=second.title,
        ),
    ]
    held = _holders(recalling)
    assert held["old"] == held["old2"]
