"""The named harmed read with the heads indexed by their first word: the same claims as trying every head."""

import pytest

from core.extract import counted_phrasings as cp
from core.extract.phrases import _phrase_at
from core.extract.tokens import tokenize


def _every_head(tokens):
    """The reading before the index: every head tried at every token after an opener."""
    for p in range(len(tokens)):
        as_object = p > 0 and tokens[p - 1].low in cp._NAMED_VERBS
        if p > 0 and tokens[p - 1].low not in cp._HEAD_OPENERS and not as_object:
            continue
        for head, metric in cp._NAMED_HEADS.items():
            if not _phrase_at(tokens, p, head) or (as_object and len(head) < 2):
                continue
            k = p + len(head)
            if k < len(tokens) and tokens[k].low in cp.PERSON_NOUNS and len(head) > 1:
                k += 1
            links = (cp._NAMED_OBJECT_LINK,) if as_object else cp._NAMED_LINKS
            if as_object:
                k = cp._past_the_scene(tokens, k)
            link = next((ln for ln in links if _phrase_at(tokens, k, ln)), None)
            if link is None:
                continue
            count, end = cp._names_listed_after(tokens, k + len(link))
            if count < 2:
                count, end = cp._names_listed_by_semicolons(tokens, k + len(link))
            if count >= 2:
                return [(metric, count, tokens[p].start, tokens[end - 1].end)]
    return []


SENTENCES = [
    "The dead were identified as Ann Roe, 34, and Bo Diaz, 27.",
    "Those injured were named as Cy Li and Dee Oz.",
    "Police identified the slain men as Ed Fox, 19, and Gil Ng, 22.",
    "Police identified those wounded in the crash as Hal Poe and Ida Vu.",
    "Killed were Jo Ames, Kai Bell and Lou Carr.",
    "Wounded were Max Dunn and Ned Eck, police said.",
    "Two people died, and the injured were named as Ola Fay and Pam Gee.",
    "The victims who died were Quin Hart; Ray Ito; and Sal Jay.",
    "The dead were two men from the village.",
    "Officials named the dead as Tia Kim and Uma Lux.",
    "The wounded victims were Val Moe and Wes Nye.",
    "injured were Xia Orr and Yul Pi",
    "Those hurt were taken to hospital.",
    "The deceased were Zed Quo, 40, Abe Ray, 41, and Bea Sun, 42.",
    "named the dead as",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_named_harmed_claims_as_with_every_head(text):
    tokens = tokenize(text, 0, len(text))
    got = [(c.metric, c.value, c.start, c.end) for c in cp.named_harmed_claims(tokens)]
    assert got == _every_head(tokens)


def test_the_index_holds_every_head_once_in_the_lexicons_order():
    indexed = [pair for heads in cp._NAMED_HEADS_BY_FIRST.values() for pair in heads]
    assert sorted(indexed) == sorted(cp._NAMED_HEADS.items())
    for first, heads in cp._NAMED_HEADS_BY_FIRST.items():
        assert all(head[0] == first for head, _ in heads)
        order = [head for head in cp._NAMED_HEADS if head[0] == first]
        assert [head for head, _ in heads] == order


def test_some_sentences_give_a_count():
    counts = [len(cp.named_harmed_claims(tokenize(t, 0, len(t)))) for t in SENTENCES]
    assert sum(counts) >= 8
