"""Speed changes that must keep every reading as it was (round 26): each test compares the faster form with the
slower one it replaces, on sentences of our own."""

from __future__ import annotations

import re

import pytest

from core.extract import pipeline, roles, world_dates, world_roles
from core.extract.place_words import _FOREIGN_LINK
from core.extract.world_language import _boundaries, _not_longer, _opening, _word_pattern, language
from core.extract.world_places import name_lists
from core.extract.world_shares import _WORD_BEFORE, _word_before

# Texts of our own with years where a year's look-behind matters: at a text's start, after a digit, a letter, a
# slash or a hyphen, in other scripts' digits, in dates of each form the patterns read.
_YEAR_TEXTS = [
    "2019 was the year the dam broke; by 2020 it was rebuilt.",
    "Code 12019, ref x1999, path /2021/05/03/story and 2018-2019 season, 19999 and 20-20.",
    "On 25.04.2015 and 5-4-2015 and 2015-04-25 and 1.2.2015.3 the quake struck; 2015/4 and 2016.12.",
    "Le 3/11/2020, puis le 12.03.2021 à 10.30.2021 ; ١٢٠١٩ et ٢٠١٩ 2019, 2019年4月25日 et 2020년 3월.",
    "19 20 1920 2020 19201 _2019 2019_ a2019 (2019) 2019,",
    "",
    "2",
    "19",
    "201",
]

_YEAR_PATTERNS = [
    (world_dates._ISO_DATE, r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"),
    (world_dates._DMY_DATE, r"(?<![\d.-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)"),
    (world_dates._YEAR, r"(?<!\d)(?:19|20)\d\d(?!\d)"),
    (
        world_dates._DATED_YEAR,
        r"(?<!\d)((?:19|20)\d\d)[-/.](?:0?[1-9]|1[0-2])(?!\d)"
        r"|(?<![\d.-])\d{1,2}([./-])\d{1,2}\2((?:19|20)\d\d)(?!\d)"
        r"|((?:19|20)\d\d)\s*[年년]\s*\d{1,2}\s*[月월]",
    ),
    (world_roles._YEAR, r"(?<!\d)(?:19|20)\d\d(?!\d)"),
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", _YEAR_TEXTS)
def test_years_read_digits_first_are_the_years_read_with_the_look_behind_first(text: str) -> None:
    """A year pattern that opens on the year's '19' or '20' (or on a look-ahead for a digit) and checks the
    character before it afterwards finds the same spans and groups as the look-behind written first."""
    for faster, slower in _YEAR_PATTERNS:
        assert _found(faster, text) == _found(re.compile(slower), text)
        assert _found(faster, text.lower()) == _found(re.compile(slower), text.lower())


@pytest.mark.parametrize("text", _YEAR_TEXTS)
def test_english_years_read_digits_first_are_the_years_of_the_boundary_first(text: str) -> None:
    """The English year patterns (with their ASCII twins) likewise."""
    for twin, slower in (
        (roles._YEAR, r"(?<![/\w-])(?:19|20)\d\d(?![/\w-])"),
        (pipeline._YEAR, r"\b(?:19|20)\d\d\b"),
    ):
        assert [m.span() for m in twin.finditer(text)] == [m.span() for m in re.finditer(slower, text)]
        ascii_text = text.encode("ascii", "ignore").decode()
        assert [m.span() for m in twin.finditer(ascii_text)] == [m.span() for m in re.finditer(slower, ascii_text)]


def _plain_triggers(code: str) -> re.Pattern[str]:
    """A language's trigger pattern as it was compiled before its opening was written once."""
    lang = language(code)
    assert lang is not None
    lexicon = lang._lexicon
    left, right = _boundaries(lexicon.MATCH)
    tail = r"\w*" if lexicon.MATCH == "prefix" else ""
    groups = []
    for metric, words in lexicon.TRIGGERS.items():
        others = [w.lower() for m, ws in lexicon.TRIGGERS.items() if m != metric for w in ws]
        body = "|".join(_word_pattern(w, right, _not_longer(w, others)) for w in sorted(words, key=len, reverse=True))
        groups.append(f"(?P<{metric}>{left}(?:{body}){tail})")
    return re.compile("|".join(groups))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "l'explosion a fait 12 morts et 30 blessés; trois disparus, des tués? non: 4 personnes tuées."),
        ("es", "Murieron 5 personas y 20 resultaron heridas; hubo desaparecidos, muertos y fallecidos."),
        ("de", "Fünf Menschen starben, 20 wurden verletzt, Verletzte und Tote; todesopfer, unverletzt."),
        ("tr", "depremde 12 kişi hayatını kaybetti, 40 kişi yaralandı; ölü ve yaralılar, ölümler."),
        ("zh", "事故造成12人死亡、30人受伤，另有3人失踪。遇难者身份已确认。"),
        ("ar", "قتل 12 شخصا وأصيب 30 آخرون في الانفجار، وفقد ثلاثة."),
    ],
)
def test_triggers_opened_once_are_the_triggers_of_each_group(code: str, text: str) -> None:
    """The trigger pattern with its boundary and first letters written once before the groups finds the same
    triggers, each in the same group, as the groups tried one by one at every character."""
    lang = language(code)
    assert lang is not None
    lower = text.lower()
    faster = [(m.span(), m.lastgroup) for m in lang.triggers.finditer(lower)]
    assert faster == [(m.span(), m.lastgroup) for m in _plain_triggers(code).finditer(lower)]


def test_words_that_open_on_a_space_get_no_opening() -> None:
    assert _opening([("killed", " dead")], r"(?<!\w)") == ""
    assert _opening([("killed*", "dead")], r"(?<!\w)") == r"(?<!\w)(?=[dk])"


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("La police, qui enquête, a parlé de trois morts à Lyon et Paris.", None),
        ("En Valence, Alicante et Castellón les pluies ont tué 5 personnes.", "En Valence, Alicante et Castellón"),
        ("Kyiv,Lviv i Odesa zostały ostrzelane.", "Kyiv,Lviv i Odesa"),
        ("Kyiv, , Lviv and Odesa were hit; the rest, calm.", "Kyiv, , Lviv and Odesa"),
        ("Ein Satz, der, klein geschrieben, nach Kommas, Berlin und München nennt.", "Kommas, Berlin und München"),
        ("Ein satz, der, klein geschrieben, nach kommas, berlin und münchen nennt.", None),
        ("Berlin Hamburg und München, alle drei, meldeten Tote.", None),
        ("Namen , namen und Namen, ,", None),
    ],
)
def test_a_list_of_names_needs_a_name_after_a_comma(sentence: str, listed: str | None) -> None:
    """A list's second name follows a comma (white space and commas between): a sentence with commas but no
    capitalised word right after one lists no names, and `name_lists` answers it without reading its words."""
    assert [sentence[a:b] for a, b in name_lists(sentence)] == ([listed] if listed else [])


@pytest.mark.parametrize("end", [0, 1, 5, 9, 10, 14, 18, 25, 26, 40])
def test_the_word_before_a_share_is_the_last_word_the_search_from_the_start_finds(end: str) -> None:
    """`_word_before` searches from the last word's start: the same match as the search from the text's start."""
    text = "  deux à Lyon,\n 3 à  Nice\t et 4\u3000à Metz"
    found = _word_before(text, end)
    slower = _WORD_BEFORE.search(text, 0, end)
    assert (found.span(), found.groups()) == (slower.span(), slower.groups()) if slower else found is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Las lluvias en Rio Grande do Sul y en Santa Cruz de la Sierra dejaron 12 muertos.",
        "Starkregen im Bundesstaat Rio Grande do Sul, auch in São Paulo e Rio de Janeiro.",
        "ÉTAT de Caroline du Nord: Nouvelle-Orléans et Baton Rouge, la ville de Los Angeles.",
        "",
    ],
)
def test_foreign_names_looked_for_at_capitals_are_those_of_the_look_behind_first(sentence: str) -> None:
    """The pattern of names with their language's link words, asked for a capital before its look-behind, finds the
    same names as the look-behind written first."""
    slower = re.compile(_FOREIGN_LINK.pattern.removeprefix("(?=[A-ZÀ-ÖØ-Þ])"))
    assert slower.pattern != _FOREIGN_LINK.pattern
    found = [(m.span(), m.groups()) for m in _FOREIGN_LINK.finditer(sentence)]
    assert found == [(m.span(), m.groups()) for m in slower.finditer(sentence)]
