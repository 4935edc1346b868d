"""Dates the text itself gives when the caller sends no publication date (many send only a title and a text).

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.extract import extract
from core.models import ArticleInput


def _dates(text: str, language: str, title: str | None = None) -> set[date | None]:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    assert claims
    return {c.incident_date for c in claims if c.field == "text"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a page's stamp at the head of the text, in figures, is the day its weekdays count from
        (
            "en",
            "date 2026-03-06 A gas explosion tore through a bakery in Tromso on Wednesday, killing four people.",
            date(2026, 3, 4),
        ),
        (
            "en",
            "Local news\n\n07:45 06.03.2026\n\nA bus slid off a mountain road near Salta on Tuesday, killing 11.",
            date(2026, 3, 3),
        ),
        (
            "fr",
            "date 2026-03-06 Un incendie a ravagé mercredi un entrepôt à Lille, faisant trois morts.",
            date(2026, 3, 4),
        ),
        (
            "es",
            "Publicado: 18:20 - 2026/03/06\n\nUn deslave sepultó ayer seis viviendas en Cusco y dejó nueve muertos.",
            date(2026, 3, 5),
        ),
    ],
)
def test_a_pages_stamp_at_the_head_dates_its_weekdays(language: str, text: str, expected: date) -> None:
    assert _dates(text, language) == {expected}


def test_a_day_ahead_of_a_pages_stamp_is_last_years() -> None:
    # "Sept. 20" in a page stamped late August is the September before, as with a publication date
    text = (
        "date 2026-08-28 A study found that 400 people died in the months after the storm that struck the island on "
        "Sept. 20, killing 30 people on the day."
    )
    assert date(2025, 9, 20) in _dates(text, "en")


def test_without_a_stamp_or_a_publication_a_weekday_dates_nothing() -> None:
    text = "A gas explosion tore through a bakery in Tromso on Wednesday, killing four people."
    assert _dates(text, "en") == {None}
    text = "Un incendie a ravagé mercredi un entrepôt à Lille, faisant trois morts, selon les pompiers."
    assert _dates(text, "fr") == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an American page's date in figures, month first, is the day its weekdays count from
        (
            "Posted: Tuesday, 4/14/2026\n\nTwo men were shot outside a bar on Maple Avenue on Sunday night.",
            date(2026, 4, 12),
        ),
        (
            "UPDATE (04/14/26): Three teens were wounded in a drive-by shooting near the park on Monday.",
            date(2026, 4, 13),
        ),
        # the first date the text writes in full, whichever way it is written
        (
            "A woman was shot dead in her driveway on Friday. (Channel 9 photo, 4/11/2026) Her neighbour was "
            "arrested on April 21, 2026.",
            date(2026, 4, 10),
        ),
    ],
)
def test_a_date_written_month_first_in_figures_dates_the_weekdays(text: str, expected: date) -> None:
    assert _dates(text, "en") == {expected}


def test_a_fraction_is_no_date() -> None:
    text = "A man was shot on Friday; 3/4 of the block lost power and 12/25/ was painted on a wall."
    assert _dates(text, "en") == {None}


def test_a_pages_copyright_year_holds_its_days_written_without_a_year() -> None:
    text = (
        "Two brothers were shot and killed at a gas station on March 4, deputies said. The sheriff asked anyone "
        "with a video to call.\n\nCopyright 2026 KXYZ. All rights reserved."
    )
    assert _dates(text, "en") == {date(2026, 3, 4)}
    # and without one, a day and month date nothing
    assert _dates(text.split("\n\n")[0], "en") == {None}
