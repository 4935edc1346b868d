"""Speed changes of round 30 (speed32): each faster reading gives what the reading it replaces gives."""

from __future__ import annotations

import random
import re

import pytest

from core.extract import script_places, when, world_dates
from core.extract.clean import keyword_view
from core.extract.regroup import regrouped_by_first_letter, top_level_alternatives

_OWN_SENTENCES = [
    "Two men were shot and one was killed late Sunday near the park, police said.",
    "The earthquake struck the coast on Tuesday; a tsunami followed within the hour.",
    "Officers began identifying the dead on Monday after the blaze at the warehouse.",
    "The fire began on Saturday in a storage shed and spread to three homes.",
    "The worst-hit towns lay north of the river, where the storm hit hardest.",
    "A shotgun was found in the car; nobody was hurt.",
    "The ferry capsized and sank near the harbour; rescuers pulled 40 people out.",
    "Gunfire broke out at a party and a rifle went  off in the crowd.",
    "A quake and several tremors shook the valley; the hard hit villages wait for help.",
    "Shootings, stabbings and an ambushed patrol: the week's crime log.",
    "Nothing happened here, except a meeting about the budget.",
]


def _windows(text: str, rnd: random.Random) -> list[tuple[int, int]]:
    ends = [(m.start(), m.end()) for m in re.finditer(r"[^.;]+", text)]
    for _ in range(60):
        start = rnd.randrange(len(text) + 1)
        ends.append((start, rnd.randrange(start, len(text) + 1)))
    return ends


def test_the_regrouped_incident_words_match_where_the_pattern_matches() -> None:
    rnd = random.Random(32)
    text = " ".join(_OWN_SENTENCES)
    view = keyword_view(text)
    assert view is not None
    found = 0
    for start, end in _windows(view, rnd) + _windows(text, rnd):
        for string in (view, text):
            whole = when._INCIDENT_STEP_LOWER.search(string, start, end)
            regrouped = when._HOLDS_INCIDENT_STEP_LOWER.search(string, start, end)
            assert (whole is None) == (regrouped is None)
            assert whole is None or regrouped is None or whole.start() == regrouped.start()
            found += whole is not None
    assert found > 50


def test_regrouping_keeps_every_alternative_and_its_letter() -> None:
    pattern = re.compile(r"\b(?=[abs])(?:shot|apple|(?:big)?bang|shoot(?:ing)?|a?ce|s|b[ae]t|(?<!-)sit)\b")
    regrouped = regrouped_by_first_letter(pattern)
    assert regrouped.pattern.startswith(r"\b(?=[abs])(?:s(?:hot|hoot(?:ing)?|)|a(?:pple)|b(?:[ae]t)|")
    alternatives = top_level_alternatives(regrouped.pattern[regrouped.pattern.index("(?:") + 3 : -3])
    assert "(?:big)?bang" in alternatives and "a?ce" in alternatives and "(?<!-)sit" in alternatives
    words = ["shot", "apple", "bang", "bigbang", "shooting", "ce", "ace", "s", "bet", "bat", "sit", "x-sit", "shots"]
    for word in words:
        assert bool(regrouped.search(word)) == bool(pattern.search(word)), word


def test_top_level_alternatives_skip_bars_in_groups_classes_and_escapes() -> None:
    assert top_level_alternatives(r"a(?:b|c)|[|]d|e\|f|g") == [r"a(?:b|c)", "[|]d", r"e\|f", "g"]
    assert top_level_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


def test_regrouping_asks_for_a_group() -> None:
    with pytest.raises(ValueError):
        regrouped_by_first_letter(re.compile(r"\bshot\b"))


def test_katakana_read_by_comparison_is_what_the_pattern_reads() -> None:
    rnd = random.Random(7)
    alphabet = "アイウエオ・ーｦｱﾝﾟ東京都abc 。゠ヿ\u309f\uff65\uffa0"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 8)))
        for at in range(-2, len(text) + 2):
            assert script_places._katakana_at(text, at) == (script_places._KATAKANA.match(text, at) is not None)


def test_a_place_cut_inside_a_katakana_run_is_told() -> None:
    text = "東京のアイウエオ通り"
    assert script_places._cuts_a_run(text, 4, 6)  # inside the run
    assert not script_places._cuts_a_run(text, 3, 8)  # the whole run
    assert not script_places._cuts_a_run(text, 0, 2)


# The patterns as they were written before their first digit was put first (`world_dates`).
_DMY_DATE_BEFORE = re.compile(r"(?=\d)(?<![\d.-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
_CJK_MONTH_DAY_BEFORE = re.compile(r"(?<![\d年년]\s)(?<![\d年년])(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


@pytest.mark.parametrize(
    ("before", "after", "alphabet"),
    [
        (_DMY_DATE_BEFORE, world_dates._DMY_DATE, "0129.-/ a\u0663"),
        (_CJK_MONTH_DAY_BEFORE, world_dates._CJK_MONTH_DAY, "0125 年년月월日일 a\u0663"),
    ],
)
def test_a_date_pattern_read_from_its_first_digit_finds_what_it_found(
    before: re.Pattern[str], after: re.Pattern[str], alphabet: str
) -> None:
    rnd = random.Random(11)
    own = ["On 25.04.2015 and 3-4-2019, then 1.12.2020.", "2015年4月25日、4月 16日と12月3日", "x 04/05/2019 7.7.2007"]
    texts = own + ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(40))) for _ in range(6000)]
    found = 0
    for text in texts:
        expected = [m.groups() + m.span() for m in before.finditer(text)]
        assert [m.groups() + m.span() for m in after.finditer(text)] == expected, text
        for pos in (1, 3):
            assert [m.span() for m in after.finditer(text, pos)] == [m.span() for m in before.finditer(text, pos)]
        found += len(expected)
    assert found >= 3  # the own sentences at least
