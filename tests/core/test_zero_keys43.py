"""The stated zeros' speed-ups read the same: the keys searched as one tree of shared openings find a text exactly
when one key is in it, and rows of one harm read as one alternation keep their order (the earlier row wins)."""

import re

import pytest

from core.extract.stated_zeros import _table, _tree, phrases

LANGUAGES_WITH_KEYS = sorted(code for code, rows in _table().items() if any(kind == "key" for kind, _ in rows))


@pytest.mark.parametrize("code", LANGUAGES_WITH_KEYS)
def test_every_key_alone_lets_a_text_in(code: str) -> None:
    table = phrases(code)
    assert table is not None and table.any_key is not None
    for key in table.keys:
        assert table.any_key.search(f"it was said that {key} at the end")


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["no one", "no other", "nobody"], "we saw no others there", True),
        (["no one", "no other", "nobody"], "there was no ones", True),
        (["no one", "no other", "nobody"], "no on the road, nob", False),
        (["no", "no one"], "a no", True),  # a key that opens a longer one is enough alone
        (["loss of life", "lives were lost"], "lives lost, loss of limb", False),
        (["loss of life", "lives were lost"], "heavy loss of life", True),
    ],
)
def test_the_key_tree_finds_exactly_its_words(words: list[str], text: str, found: bool) -> None:
    assert (re.search(_tree(sorted(set(words))), text) is not None) is found


@pytest.mark.parametrize(
    ("sentence", "group_harms"),
    [
        ("no one was killed or injured in the crash.", ("killed", "wounded")),  # the both row before the killed row
        ("no one was killed in the crash.", ("killed",)),
        ("the mayor denied there were any victims.", ("killed", "wounded")),
        ("no passenger was injured.", ("wounded",)),
        ("no fans died.", ("killed",)),
    ],
)
def test_rows_of_one_harm_read_as_one_keep_their_harm(sentence: str, group_harms: tuple[str, ...]) -> None:
    table = phrases("en")
    assert table is not None
    m = table.pattern.search(sentence)
    assert m is not None
    assert table.harms[int((m.lastgroup or "z0")[1:])] == group_harms
