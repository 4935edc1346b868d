"""Speed changes that must keep every reading as it was (round 28): each test compares the faster form with the
slower one it replaces, on sentences of our own."""

from __future__ import annotations

import re

from core.extract import clean, when

# Texts of our own where a sentence's end is near a quote, a bracket, another mark, a digit, the text's start or
# end, a line break or an abbreviation.
_SENTENCE_TEXTS = [
    'Two men were shot. "It was awful," she said. (Police came.) The street was closed!  Was anyone hurt? 3 were.',
    "He fled.\nShe stayed. !? Then 'Nothing' happened...  (At 9 p.m. They left.) [Reports said] so.",
    '.A start. ."Quoted." End?!" Next one.) Done.]  [Bracketed] ok.\t9 more. ?',
    "No end here",
    "",
    ". ",
    "Dr. Smith, Sgt. J. Doe and U.S. officials met Oct. 3. They spoke at 10 a.m. Sunday. It ended.",
    "é. É. Ünal said. 4. «Fin». Après.\u2003Next.\x1cSep. Out.",
]


def test_sentence_ends_read_from_their_mark_are_those_of_the_look_behind() -> None:
    """`_SENTENCE_END` reads the mark before the boundary (group 1) instead of looking behind for it."""
    before = re.compile(r"""(?<=[.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9])""")
    for text in _SENTENCE_TEXTS:
        assert [m.span(1) for m in clean._SENTENCE_END.finditer(text)] == [m.span() for m in before.finditer(text)]


# Texts of our own with day numbers beside digits, separators, ordinals, letters and other scripts' digits.
_DAY_TEXTS = [
    "On May 3rd, 12 were hurt; by 4 June 2020 at 9:30, 1,200 had fled (2.5 per cent, 3/4 of them, 10-12 days).",
    "7 people; 31st and 32nd; x5 and 5x, 123 and 07, 5.  And 6, then 8:",
    "Le 3 mars, ٣ et ٤٥ morts, 1er avril; 12th-floor; 22nd.5 and -4 and /9 and 09th.",
    "",
    "1",
]


def test_days_read_digit_first_are_the_days_of_the_look_behind() -> None:
    """`when._DAY` reads a day's first digit before its look-behind: the same days, in whole texts and in spans."""
    before = re.compile(r"(?=\d)(?<![\d,.:/-])(\d{1,2})(?:st|nd|rd|th)?\b(?![,.:]\d)")
    for text in _DAY_TEXTS:
        for start in range(len(text) + 1):
            for end in (start, start + 3, len(text)):
                assert [(m.span(), m.group(1)) for m in when._DAY.finditer(text, start, end)] == [
                    (m.span(), m.group(1)) for m in before.finditer(text, start, end)
                ]
