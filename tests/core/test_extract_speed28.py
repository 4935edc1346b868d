"""Speed changes that must keep every reading as it was (round 28): each test compares the faster form with the
slower one it replaces, on sentences of our own."""

from __future__ import annotations

import re

import pytest

from core.extract import clean, earlier_reports, place_words, tolls, when, world_dates
from core.extract.lexicon import WEEKDAYS
from core.extract.world_language import language

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


# Sentences of our own where a toll is taken up again, or nearly: "it" and "the number" after letters, at the start,
# before a verb of change and a figure, or with the figure after "to"/"at".
_ANAPHORIC_TEXTS = [
    "it has since risen to 15. By Monday the number had climbed to thirty-one, and that figure rose to 40.",
    "kit rose to 5; bit has risen to 3; submit that number to 4; the figure to 12; this number at nine.",
    "the tally, the count and the total: 7. split it went to 4. the number of the dead went up sharply to eleven",
    "",
    "It",
]


def test_anaphoric_tolls_opened_on_their_first_letter_are_those_of_the_boundary_first() -> None:
    """`ANAPHORIC_TOLL` and `MAY_STATE_TOLL` open each alternative on its first letter, its boundary after it."""
    heads, subjects = tolls._ANAPHORIC_HEADS, tolls._ANAPHORIC_SUBJECTS
    changed, figure = tolls._CHANGE_VERBS, tolls._FIGURE_START
    anaphoric = (
        rf"\b(?=[ti])(?:(?:(?:that|this|the)\s+(?:{heads})|{subjects})\s+(?:[a-z]+\s+){{0,3}}?"
        rf"(?:{changed})\s+(?:[a-z]+\s+){{0,2}}?{figure}|(?:the|that|this)\s+(?:{heads})\s+(?:to|at)\s+{figure})"
    )
    before = re.compile(anaphoric)
    may_before = re.compile(r"toll|tally|count|number|total|figure|:\s*\d|" + anaphoric)
    for text in (t.lower() for t in _ANAPHORIC_TEXTS):
        assert [m.span() for m in tolls.ANAPHORIC_TOLL.finditer(text)] == [m.span() for m in before.finditer(text)]
        for start in range(len(text) + 1):
            assert [m.span() for m in tolls.MAY_STATE_TOLL.finditer(text, start)] == [
                m.span() for m in may_before.finditer(text, start)
            ]
    assert tolls.ANAPHORIC_TOLL.search("it has since risen to 15") is not None
    assert tolls.ANAPHORIC_TOLL.search("kit has since risen to 15") is None


def test_an_anaphoric_subject_opens_on_a_letter() -> None:
    with pytest.raises(ValueError, match="open on a letter"):
        tolls._boundary_after_first_letter("'tis")


# Texts of our own with a head of an older version at the start, after a break, inside a line, or not at all.
_EARLIER_TEXTS = [
    "earlier: two were hurt.\nlater: three.",
    "the toll rose to 4.\n  previously — two were hurt.\n\noriginal story: one.",
    "it was reported earlier: two. \t original report - x",
    "\n\nearlier update:\n",
    "nothing older here",
    "",
    "\n",
]


def test_an_earlier_section_read_after_a_break_is_the_one_read_at_a_line_start() -> None:
    """`_earlier_section_start` finds the first line-start head the '(?m)^' pattern found."""
    before = re.compile(rf"(?m)^{earlier_reports._EARLIER_SECTION_HEAD}")
    for text in _EARLIER_TEXTS:
        found = before.search(text)
        assert earlier_reports._earlier_section_start(text) == (None if found is None else found.start())


def test_clause_ends_read_as_one_class_are_those_of_the_two_alternatives() -> None:
    """`world_dates._CLAUSE_END` checks an ordinal's digit after the dot: the same ends, in texts and in spans."""
    before = re.compile(r"[!?。！？؟।۔\n]|(?<!\d)\.")
    texts = ["Am 16. November starben 3. Menschen. Warum? Weil!\n2.5 und a.b", "死者は12人。負傷者は3人！"]
    texts += [".", "1.", ""]
    for text in texts:
        for start in range(len(text) + 1):
            assert [m.span() for m in world_dates._CLAUSE_END.finditer(text, start)] == [
                m.span() for m in before.finditer(text, start)
            ]


def test_country_names_looked_for_at_their_first_letters_are_those_of_the_look_behind_first() -> None:
    """`_country_pattern` opens on a look-ahead for its names' and particles' first letters: the same countries."""
    texts = [
        "Les inondations en Allemagne et au Pakistan; l'Espagne, la Turquie, Türkiye'de, Nordsyrien, Syriens.",
        "Almanya ve Türkiye'de; Türkiyede; Suriye'nin kuzeyi; XTürkiye; Türkiye_ ; ÇinÇin",
        "في سوريا وبالعراق ولبنان؛ والسعودية",
        "",
    ]
    for code, particles in (("fr", ()), ("tr", ()), ("ar", ("و", "ب", "ال"))):
        endings = code == "tr"
        pattern, _ = place_words._country_pattern(code, code != "ar", True, endings, 4 if endings else 0, particles)
        opening = place_words._first_letters(["Allemagne"], particles)
        assert opening.startswith("(?=[") and pattern.pattern.startswith("(?=[")
        before = re.compile(re.sub(r"^\(\?=\[(?:[^\]\\]|\\.)*\]\)", "", pattern.pattern))
        assert before.pattern != pattern.pattern
        for text in texts:
            assert [(m.span(), m.group(1)) for m in pattern.finditer(text)] == [
                (m.span(), m.group(1)) for m in before.finditer(text)
            ]


def test_names_opening_on_a_space_get_no_first_letters() -> None:
    assert place_words._first_letters(["Chad", " Niger"], ()) == ""
    assert place_words._first_letters(["Chad"], ("",)) == ""


def test_capital_and_nationwide_words_looked_for_at_their_first_letters_are_those_of_the_look_behind_first() -> None:
    """A Latin-script language's capital and nationwide words open on a look-ahead for their first letters."""
    reader = language("fr").places
    texts = ["Dans la capitale, la  capitale et lacapitale; dans tout le pays et l'ensemble du pays.", "xla capitale"]
    for pattern in (reader.capital_words, reader.nationwide):
        assert pattern is not None and pattern.pattern.startswith("(?=[")
        before = re.compile(pattern.pattern[pattern.pattern.index("])") + 2 :])
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_weekdays_and_relative_days_opened_on_their_first_letters_are_those_of_the_boundary_first() -> None:
    """`when._WEEKDAY` and `when._RELATIVE_DAY` open on a look-ahead for their words' first letters (case ignored)."""
    weekday = re.compile(r"\b(?P<last>last\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
    relative = re.compile(r"\b(?P<rel>yesterday|today|tonight|last night|this morning|overnight)\b", re.IGNORECASE)
    texts = ["Last  Sunday and MONDAY, yesterday, Tonight; lastSunday, xmonday, Mondays, LAST NIGHT and \u017funday."]
    texts += ["This morning, overnight, today: Friday's vigil, last\nFriday", ""]
    for text in texts:
        for faster, before in ((when._WEEKDAY, weekday), (when._RELATIVE_DAY, relative)):
            assert [(m.span(), m.groupdict()) for m in faster.finditer(text)] == [
                (m.span(), m.groupdict()) for m in before.finditer(text)
            ]
