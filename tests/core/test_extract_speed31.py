"""Speed changes that must keep every reading as it was (round 30): each test compares the faster form with the
slower one it replaces, on texts of our own."""

from __future__ import annotations

import random
from datetime import date

import pytest

from core.extract import clean, language, later_deaths, pipeline, roles, when, world_places
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


# Samples of our own: English (ASCII, and with curly quotes, dashes and a symbol), short, and other languages.
_SAMPLES = [
    "Two men were shot on Friday night near the park, and police said they have no suspects yet.",
    "Two men were shot “at close range” on Friday — police said ‘both’ survived • © 2024.",
    "Shots fired",
    "Tres muertos y cinco heridos en un tiroteo en el centro de la ciudad, informaron las autoridades locales.",
    "Drei Tote und zwei Verletzte bei einem Unfall auf der Autobahn am Sonntag, teilte die Polizei mit.",
    "S\u00e9isme : 12 morts et 40 bless\u00e9s dans le nord du pays, selon les autorit\u00e9s.",
    "Caf\u00e9 owner said that three of the men were hurt when the roof fell on them.",
    "Три человека погибли в аварии",
    "the of and to " * 3,
    "",
]


@pytest.mark.parametrize("sample", _SAMPLES)
def test_english_by_ascii_stop_words_is_english_by_the_word_reading(sample: str) -> None:
    """When the bytes' reading calls a sample English, the word-by-word reading (`_WORD`, its letters, its share of
    stop words) calls it English too, and on the same words."""
    if not language._english_by_ascii_stopwords(sample):
        return
    words = language._WORD.findall(sample)
    assert sum(map(len, words)) >= language._MIN_LETTERS_TO_JUDGE
    english = sum(word.lower() in language._ENGLISH_STOPWORDS for word in words)
    assert english / len(words) >= language._ENGLISH_RATIO
    assert sample.encode("ascii", "replace").translate(language._ASCII_LETTERS_ONLY).split() == [
        word.encode() for word in words
    ]


def test_english_by_ascii_stop_words_reads_english_texts_and_no_others() -> None:
    assert [language._english_by_ascii_stopwords(s) for s in _SAMPLES] == [
        True, True, False, False, False, False, False, False, True, False
    ]  # fmt: skip  (the café's text is read word by word: its "é" is a letter beyond ASCII)
    assert language.detect_language(_SAMPLES[1]) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "The funeral is set for Friday. Two others were shot.",
        "A man was shot in the leg; he is expected to recover.",
        "Nearly killed in the crash, she walked away.",
        "He was nearly killed.",
        "KILLED in action",
        "A \u0130stanbul report: nobody died.",
        "Obituary",
        "Two were wounded.",
    ],
)
def test_a_death_named_on_the_lower_cased_view_is_the_one_the_pattern_names(text: str) -> None:
    assert pipeline._names_a_death(text) == (pipeline._DEATH_VOCABULARY.search(text) is not None)


@pytest.mark.parametrize(
    "cased",
    [
        "They met at First Baptist Church on Sunday.",
        "At first, police said two were hurt; at First and Main, three.",
        "AT First Street",
        "at First",
        "No name here, at first.",
        "",
    ],
)
def test_named_firsts_blanked_only_where_the_pattern_finds_one(cased: str) -> None:
    lower = cased.lower()
    blanked = pipeline._named_firsts_blanked(cased, lower)
    expected = list(lower)
    for m in pipeline._NAMED_FIRST.finditer(cased):
        expected[m.start(1) + 1] = "_"
    assert blanked == "".join(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men were SHOT on Friday -- police said (AP)",
        "  Two   men were shot on Friday , police said.  ",
        "The 23-year-old's car_park was hit; 3 hurt \u2022 \u00a9 2024 \u2026",
        "Caf\u00e9 owner: 3 hurt",
        "Tres muertos en Bogot\u00e1",
        "\x1cTwo\x1fshot\x1d",
        "",
        "(Reuters)",
    ],
)
def test_duplicate_keys_read_from_bytes_are_the_keys_of_the_word_runs(sentence: str) -> None:
    """The key made of the bytes (ASCII word characters lower-cased, the rest spaces) is the one of `_WORD_RUN`'s
    runs lower-cased and joined by a space."""
    text = clean._SOURCE_TAG.sub("", sentence) if "(" in sentence else sentence
    assert clean.duplicate_key(sentence) == " ".join(clean._WORD_RUN.findall(text)).lower()


# Spans of our own with weekdays, relative days and days ago, in any case, and letters lower-casing turns otherwise.
_DATED = [
    "Police said the man was shot Tuesday night.",
    "He was SHOT LAST SUNDAY near the park.",
    "The fire broke out overnight, and crews stayed until this Morning.",
    "Two were hurt Last Night; a third died yesterday, officials said TODAY.",
    "The crash happened two days ago and a week ago another one.",
    "THREE WEEKS AGO the bridge fell.",
    "The vigil is set for Fr\u0130day at the church.",
    "A storm hit on Saturday, \u0130 said, and tonıght is calm.",
    "Nothing was dated here at all.",
    "",
]


@pytest.mark.parametrize("span", _DATED)
def test_date_words_are_in_every_span_their_patterns_match(span: str) -> None:
    """`_dates_in` scans for weekdays, relative days and days ago only in a span that holds their words: every span a
    pattern matches holds them, lower-cased."""
    lowered = span.lower()
    for pattern, words in (
        (when._WEEKDAY, when._WEEKDAY_WORDS),
        (when._RELATIVE_DAY, when._RELATIVE_DAY_WORDS),
        (when._DAYS_AGO, when._DAYS_AGO_WORDS),
    ):
        if pattern.search(span):
            assert when._holds_any(lowered, words)


@pytest.mark.parametrize(
    ("span", "told"),
    [
        ("He was SHOT LAST SUNDAY near the park.", "LAST SUNDAY"),
        ("The fire broke out overnight, crews said.", "overnight"),
        ("THREE WEEKS AGO the bridge fell.", "THREE WEEKS AGO"),
    ],
)
def test_a_weekday_a_relative_day_and_days_ago_still_date_their_span(span: str, told: str) -> None:
    found = when.dates_in(span, 0, len(span), date(2024, 5, 15))
    assert [span[d.start : d.end] for d in found] == [told]


def _top_alternatives(source: str) -> list[str]:
    """The alternatives of the one group a pattern's source holds at its top ('\\b(?:a|b(?:c|d))\\b' -> a, b(?:c|d))."""
    body = source[source.index("(?:") + 3 : source.rindex(")")]
    out, depth, current = [], 0, ""
    for ch in body:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    return [*out, current]


def test_every_later_death_alternative_holds_one_of_its_words() -> None:
    alternatives = _top_alternatives(later_deaths.LATER_DIED.pattern)
    assert len(alternatives) >= 5
    for alternative in alternatives:
        assert any(word in alternative for word in later_deaths.LATER_DIED_WORDS), alternative


@pytest.mark.parametrize(
    "span",
    [
        "One of the victims later died at the hospital.",
        "A third man DIED AT A HOSPITAL on Sunday.",
        "She succumbed to her injuries on Monday.",
        "Two have since died, police said.",
        "He d\u0130ed later.",
        "He was shot in the leg and is expected to survive.",
        "",
    ],
)
def test_a_later_death_is_told_where_the_pattern_finds_one(span: str) -> None:
    text = f"Intro. {span} Outro."
    start, end = 7, 7 + len(span)
    expected = later_deaths.LATER_DIED.search(text, start, end) is not None
    assert later_deaths.tells_a_later_death(text, start, end) == expected


def test_a_name_read_on_from_the_word_before_it_is_the_search_from_the_start() -> None:
    """`_inside_a_name` searches from the word before the last two spaces: the same verdict as `_INSIDE_A_NAME`
    searched from the text's start, at every end, in sentences of our own and in short random strings."""
    rng = random.Random(31)
    texts = [
        "El huracán arrasó Villa Santa Lucía y dejó tres muertos.",
        "Los vecinos de San Juan, Puerto Rico, vieron el incendio.",
        "Un barco, Libertad Norte partió ayer.",
        "x Ab \n",
        *("".join(rng.choice("ab Cd,\n\t\u00c9\u00e91_ ") for _ in range(rng.randrange(14))) for _ in range(3000)),
    ]
    matches = 0
    for text in texts:
        for end in range(len(text) + 1):
            expected = world_places._INSIDE_A_NAME.search(text, 0, end) is not None
            matches += expected
            assert world_places._inside_a_name(text, end) == expected, (text, end)
    assert matches > 0


def test_every_so_far_alternative_holds_one_of_its_words() -> None:
    alternatives = _top_alternatives(roles._SO_FAR.pattern)
    assert len(alternatives) >= 3
    for alternative in alternatives:
        assert any(word in alternative for word in roles._SO_FAR_WORDS), alternative


@pytest.mark.parametrize(
    "clause",
    [
        "over three weeks of protests, 240 people have been injured",
        "after two nights of rioting, 12 were hurt",
        "so far 120 people have been killed in the unrest",
        "thus far, the toll stands at 9",
        "to date, 40 have died in the war",
        "each year, about 400 people are injured in fireworks accidents",
        "on average, 3 die every day",
        "every week\u212a",
        "the days of the week",
        "some of the victims",
        "two men were shot",
        "\u017fo far 12 were hurt",
        "",
    ],
)
def test_clause_words_are_in_every_clause_their_patterns_match(clause: str) -> None:
    """`sentence_role` asks _PERIOD_UNIT and _SO_FAR only of a clause whose view holds their words: every clause
    they match holds them (a clause without a view is always asked)."""
    view = keyword_view(clause)
    period = roles._found(roles._PERIOD_UNIT, roles._PERIOD_UNIT_LOWER, clause, view)
    assert not period or roles._holds_any(view, roles._PERIOD_UNIT_PHRASES)
    if view is not None:
        assert period == roles._holds_any(view, roles._PERIOD_UNIT_PHRASES)
    assert not roles._SO_FAR.search(clause) or roles._holds_any(view, roles._SO_FAR_WORDS)
    assert not roles._RATE.search(clause) or roles._holds_any(view, roles._RATE_WORDS)
