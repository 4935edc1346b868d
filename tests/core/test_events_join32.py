"""Grouping (round 30, join32): reports a feed sends with no publication date and nothing in their text to date
them; sentences of our own. These guard what holds: a dateless report does not carry a later killing of a city
into an earlier one, and an undated report placed nowhere does not meet a disaster it shares no words with. (Two
mechanisms whose fixes raised the dev sets only are described, with their tests, in findings30_join32.md.)"""

from __future__ import annotations

from datetime import UTC, datetime

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders, report


def dated(rid: str, text: str, day: tuple[int, int, int] | None) -> ArticleFacts:
    """A report published on `day` (year, month, day; None: no publication date), extracted with it, so "on
    Tuesday" dates its incident."""
    published = datetime(*day, 18, tzinfo=UTC) if day is not None else None
    claims = extract(ArticleInput(text=text, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, None, fingerprint(text), text, None)


_ELM_STREET = (
    "DURHAM, N.C. - A man was killed and a woman was wounded in a shooting outside a convenience store on Elm Street "
    "on Saturday night, Durham police said."
)


_CAR_WASH = (
    "DURHAM, N.C. - One man died and another was injured after gunfire erupted at a car wash on Roxboro Road{when}, "
    "Durham police said. Investigators believe the two men knew the shooter."
)


def test_a_dateless_copy_of_a_later_killings_report_does_not_carry_it_into_the_earlier_killing() -> None:
    """One dead and one hurt in one city, three and a half months apart: a copy of the later report that nothing
    dates must not let the later killing share the earlier one's incident (figs32's finding on gva-silver)."""
    later = dated("wash", _CAR_WASH.format(when=" on Tuesday afternoon"), (2032, 2, 18))
    copy = dated("wash-copy", _CAR_WASH.format(when=""), None)
    held = holders([dated("elm", _ELM_STREET, (2031, 11, 3)), copy, later])
    assert held["wash"] != held["elm"]
    assert held["wash-copy"] == held["wash"]


def test_a_later_killings_report_with_no_incident_date_and_a_stations_boilerplate_stays_apart() -> None:
    """The same, the copy published (no incident date in it) and sharing a station's boilerplate with the earlier
    report: figures of one dead and one hurt and a page's footer are no proof of one incident."""
    box = " Anyone with information is asked to call Durham CrimeStoppers. Copyright 2031 WXYZ. All rights reserved."
    earlier = dated("elm", _ELM_STREET + box, (2031, 11, 3))
    copy = dated("wash-copy", _CAR_WASH.format(when="") + box, (2032, 2, 19))
    later = dated("wash", _CAR_WASH.format(when=" on Tuesday afternoon"), (2032, 2, 18))
    held = holders([earlier, copy, later])
    assert held["wash"] != held["elm"]
    assert held["wash-copy"] != held["elm"]


def _collapse_reports() -> list[ArticleFacts]:
    return [
        report(
            "leeds1",
            "LEEDS, England - The roof of a shopping centre food court collapsed on Friday evening, killing six "
            "people and injuring 70, firefighters said. Rescuers searched the rubble of the food court through the "
            "night for diners still trapped.",
            None,
        ),
        report(
            "leeds2",
            "LEEDS, England - Six people died and 78 were hurt when the food court roof of a shopping centre gave "
            "way, the city council said.",
            None,
        ),
    ]


def test_an_undated_report_placed_nowhere_keeps_apart_from_a_disaster_it_shares_no_words_with() -> None:
    unplaced = report(
        "mine",
        "Eight miners were killed when a tunnel collapsed deep inside a coal mine, the company said.",
        None,
    )
    held = holders([*_collapse_reports(), unplaced])
    assert held["mine"] != held["leeds1"]


def _titled(rid: str, text: str, day: tuple[int, int, int], title: str) -> ArticleFacts:
    published = datetime(*day, 18, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _canoe() -> ArticleFacts:
    return _titled(
        "canoe",
        "MWANZA, Tanzania - Twelve people drowned when a canoe carrying traders capsized on Lake Victoria near Mwanza "
        "on Monday, police said.",
        (2031, 3, 11),
        "Twelve drown as canoe capsizes on Lake Victoria",
    )


def test_a_countrys_toll_told_as_risen_still_counts_the_earlier_sinking() -> None:
    """(The guard of 1bb181d, reverted: a country's toll told as risen two weeks on still counts the canoe's.)"""
    risen = _titled(
        "risen",
        "The death toll from the capsizing of a canoe on Lake Victoria in Tanzania has risen to 15, officials said on "
        "Sunday.",
        (2031, 3, 23),
        "Lake Victoria canoe toll rises to 15",
    )
    held = holders([_canoe(), risen])
    assert held["risen"] == held["canoe"]
