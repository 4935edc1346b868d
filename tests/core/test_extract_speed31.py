"""Speed changes that must keep every reading as it was (round 30): each test compares the faster form with the
slower one it replaces, on texts of our own."""

from __future__ import annotations

import pytest

from core.extract import clean
from core.extract.clean import keyword_view

# Lines of our own: site furniture of each kind, cookie and subscription notices (and lines that only look like
# one), reporting, and a line with a letter lower-casing cannot mirror.
_LINES = [
    "We use cookies to improve your experience. Accept and continue.",
    "  Sign in to read the full story  ",
    "Newsletter: sign up for our morning briefing",
    "SUBSCRIBE NOW to get access to every story",
    "JavaScript is disabled in your browser",
    "The cookie jar on the counter was full",
    "A subscription drive was announced on Monday",
    "Log in",
    "READ MORE: Two hurt in a crash on Route 9",
    "Related: Fire destroys a barn",
    "[ad_2]",
    "Advertisement",
    "Loading...",
    "\u00a9 2024 The Daily Record. All rights reserved.",
    "Photo: a file image of the bridge",
    "Two men were shot on Friday night, police said.",
    "Police said the paywall story was read by many",
    "",
    "\u017fign in to continue reading",
]


@pytest.mark.parametrize("line", _LINES)
def test_furniture_read_in_two_parts_is_what_the_whole_pattern_reads(line: str) -> None:
    """`_furniture_lowered` (the worded lines, then the cookie notice only on a line with one of its words) says
    what `_BOILERPLATE_LINE` says of the line."""
    view = keyword_view(line)
    if view is None:
        return  # the line is read by the whole pattern itself
    assert clean._furniture_lowered(view) == (clean._BOILERPLATE_LINE.match(line) is not None)


def test_every_cookie_notice_holds_one_of_its_words() -> None:
    """The notice's part can match only a line that holds one of `_COOKIE_NOTICE_WORDS`."""
    firsts = ("cookie", "cookies", "javascript", "subscribe", "subscription", "paywall", "sign in", "log in")
    for first in (*firsts, "newsletter"):
        line = f"our {first} policy"
        assert clean._COOKIE_NOTICE_LOWER.match(line) is not None
        assert any(word in line for word in clean._COOKIE_NOTICE_WORDS)


def test_boilerplate_spans_mark_the_furniture_lines() -> None:
    text = "\n".join(_LINES[:-1])
    expected = [i for i, line in enumerate(_LINES[:-1]) if line and clean._BOILERPLATE_LINE.match(line)]
    starts = [text.index(_LINES[i]) for i in expected]
    assert [a for a, _ in clean.boilerplate_spans(text)] == starts
    assert {0, 8} <= set(expected)  # a notice and a worded line, both read by the fast path
