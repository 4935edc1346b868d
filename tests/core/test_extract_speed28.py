"""Speed changes that must keep every reading as it was (round 28): each test compares the faster form with the
slower one it replaces, on sentences of our own."""

from __future__ import annotations

import re

from core.extract import clean

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
