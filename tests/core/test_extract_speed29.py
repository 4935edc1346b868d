"""Speed changes that must keep every reading as it was (round 28, second wave): each test compares the faster form
with the slower one it replaces, on texts of our own."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

from core.extract import earlier_reports, language
from core.places import index
from core.places.index import gazetteer

# Texts of our own: ASCII words between curly quotes and dashes, accented Latin words, another script, a mix.
_LANGUAGE_SAMPLES = [
    "Two men were shot \u201cat close range\u201d on Friday \u2014 police said \u2018both\u2019 survived.",
    "S\u00e9isme : 12 morts et 40 bless\u00e9s dans le nord du pays, selon les autorit\u00e9s.",
    "\u0422\u0440\u0438 \u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430 \u043f\u043e\u0433\u0438\u0431\u043b\u0438",
    "Caf\u00e9 owner \u0416 said 3 were hurt \u2026",
    "12 \u00d7 4 \u00a9 2024 \u2022",
    "",
]


@pytest.mark.parametrize("text", _LANGUAGE_SAMPLES)
def test_words_all_in_ascii_are_latin_as_each_word_read_says(text: str) -> None:
    """`detect_language` calls a sample Latin at once when its words, joined, are ASCII; the per-word reading (an
    ASCII word, or a word of Latin letters, for half of the letters) says the same then."""
    words = language._WORD.findall(text)
    letters = sum(map(len, words))
    per_word = 2 * sum(len(w) for w in words if w.isascii() or language._latin(w)) >= letters
    if "".join(words).isascii():
        assert per_word


def test_an_english_text_with_curly_quotes_and_dashes_is_english() -> None:
    assert language.detect_language(_LANGUAGE_SAMPLES[0] * 3) == "en"


def _asked_in_one_batch(written: list[str], **table: bool) -> dict[str, tuple[str, str]]:
    """`Gazetteer.script_names` as it was: one query for the whole batch, no memo."""
    g = gazetteer()
    which = (
        index.SCRIPT_PROVINCE if table.get("provinces") else index.SCRIPT_STEM if table.get("stems")
        else index.SCRIPT_CASELESS if table.get("caseless") else index.SCRIPT_NAME
    )  # fmt: skip
    rows = g._query(g._SCRIPT, (which, json.dumps(sorted(set(written)), ensure_ascii=False)))
    return {str(w): (str(name), str(key)) for w, name, key in rows}


# Names in other scripts (places and not), asked in overlapping batches and orders
_BATCHES = [
    ["غزة", "اليوم", "天津", "Вінниця"],
    ["Вінниця", "Москва", "город"],
    ["город", "天津", "কাল", "ढाका", "ढाका"],
    ["Вінниц", "Москв"],
    [],
]


@pytest.mark.parametrize("table", [{}, {"stems": True}, {"provinces": True}, {"caseless": True}])
def test_script_names_kept_per_name_answer_as_one_batch_query_does(table: dict[str, bool]) -> None:
    """The memo answers each batch as the batch query does, in the same order, asked first or again, in any order."""
    for batch in [*_BATCHES, *reversed(_BATCHES)]:
        kept = gazetteer().script_names(iter(batch), **table)
        assert list(kept.items()) == list(_asked_in_one_batch(batch, **table).items())


def test_script_names_tables_hold_one_place_per_name_as_written() -> None:
    """What makes a name's `script_names` answer independent of its batch (the memo keeps it per name)."""
    g = gazetteer()
    tables = (index.SCRIPT_NAME, index.SCRIPT_STEM, index.SCRIPT_PROVINCE, index.SCRIPT_CASELESS)
    shared = g._query(
        "SELECT stem, written FROM script_name WHERE stem IN (?, ?, ?, ?) GROUP BY stem, written"
        " HAVING count(*) > 1 LIMIT 3",
        tables,
    )
    assert shared == []


def test_script_names_memo_starts_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    g = index.Gazetteer(gazetteer().path)
    monkeypatch.setattr(index, "_SCRIPT_KEPT", 3)
    for batch in _BATCHES:
        assert list(g.script_names(batch).items()) == list(_asked_in_one_batch(batch).items())
        assert len(g._script_known[index.SCRIPT_NAME]) <= 3 or len(set(batch)) > 3


def _script_key_by_translate(written: str) -> str:
    """`script_key` as it was: the marks dropped by `str.translate`."""
    if written.isascii():
        return written
    table = str.maketrans("", "", "\u093c\u09bc\u0a3c\u0abc\u0b3c" + index._HARAKAT)
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", written).translate(table))


def test_script_keys_dropping_marks_by_a_class_are_those_of_the_translation() -> None:
    """Every character of the Arabic and Indic blocks (precomposed nukta letters, hamza forms, harakat), alone and
    between letters, and names of our own, keyed alike."""
    chars = [chr(c) for c in [*range(0x0600, 0x0700), *range(0x0900, 0x0B80), *range(0xFB50, 0xFB60), 0x00E9]]
    samples = [*chars, *(f"\u0628{ch}\u062a" for ch in chars), *(f"\u0915{ch}\u093e" for ch in chars)]
    samples += ["\u0627\u0644\u0633\u0651\u0639\u0648\u062f\u064a\u0651\u0629", "\u0917\u093c\u093e\u091c\u093c\u093e",
                "\u095a\u091c\u093c", "\u0623\u0646\u0642\u0631\u0629", "Caf\u00e9", "plain", ""]  # fmt: skip
    for written in samples:
        assert index.script_key(written) == _script_key_by_translate(written), ascii(written)


# Live pages of our own: stamps at the text's start, after breaks, across a break, beside one another, and times
# inside lines (no entry)
_LIVE_TEXTS = [
    "10:45 pm et: two more bodies were found.\n9:30 pm: the fire spread.\nupdated 8:05 p.m.\n7:15 — first reports.",
    "the toll rose.\n\n  posted at\n11:20 am:\n\n11:00\n10:40 | police said 3 were hurt at 9:15 pm.",
    "\n\n23:59\n00:01 -\nat 12:30 pm nothing\n 12:31",
    "no stamps at all, though 4:30 is a time.",
    "",
    "\n",
    "9:05\n9:04\r\n9:03\u2028 9:02\n",
]


@pytest.mark.parametrize("text", _LIVE_TEXTS)
def test_live_entries_read_after_breaks_are_those_of_the_line_start_pattern(text: str) -> None:
    """`_live_entries` matches a stamp at the text's start, then after each line break read first, instead of
    trying '(?m)^' at every character: the same entries, line starts and groups."""
    before = re.compile(rf"(?m)^{earlier_reports._LIVE_ENTRY}")
    expected = [(m.start(), m.groupdict(), m.end()) for m in before.finditer(text)]
    assert [(at, m.groupdict(), m.end()) for at, m in earlier_reports._live_entries(text)] == expected
