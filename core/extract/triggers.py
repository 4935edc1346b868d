"""The metric lexicon: which words make a number a count of killed, wounded, missing, displaced, arrested.

The words are data in the language's lexicon (`core.extract.lexicons.en`); this module exposes them under the
names the binder uses. `SHOT` is an internal metric ("four people were shot") from which killed/wounded are
derived; it is also reported as its own metric.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from core.extract.ascii_twin import compile_twin
from core.extract.lexicons import load

_LEXICON = load("en")

SHOT: str = _LEXICON.SHOT
CARE_TRIGGERS: tuple[tuple[str, ...], ...] = _LEXICON.CARE_TRIGGERS
POST_TRIGGERS: dict[tuple[str, ...], str] = {**_LEXICON.POST_TRIGGERS, **dict.fromkeys(CARE_TRIGGERS, "wounded")}
METRIC_NOUNS: dict[str, str] = _LEXICON.METRIC_NOUNS
PRE_TRIGGERS: dict[tuple[str, ...], str] = _LEXICON.PRE_TRIGGERS
COUNT_PRE_TRIGGERS: dict[tuple[str, ...], str] = _LEXICON.COUNT_PRE_TRIGGERS
ATTEMPTED_BEFORE_TO: frozenset[str] = _LEXICON.ATTEMPTED_BEFORE_TO
TOLL_NOUNS: frozenset[str] = _LEXICON.TOLL_NOUNS
TOLL_LINKS: frozenset[str] = _LEXICON.TOLL_LINKS
TOLL_METRIC: dict[str, str] = _LEXICON.TOLL_METRIC
DAMAGE_VERBS: dict[str, str] = _LEXICON.DAMAGE_VERBS
DAMAGE_NOUNS: frozenset[str] = _LEXICON.DAMAGE_NOUNS
PERSON_NOUNS: frozenset[str] = _LEXICON.PERSON_NOUNS
PERPETRATOR_NOUNS: frozenset[str] = _LEXICON.PERPETRATOR_NOUNS
AUXILIARIES: frozenset[str] = _LEXICON.AUXILIARIES
PEOPLE_WHERE: tuple[tuple[str, ...], ...] = _LEXICON.PEOPLE_WHERE
ALL_BUT: tuple[str, ...] = _LEXICON.ALL_BUT
UNCONFIRMED_DEATHS: tuple[str, ...] = _LEXICON.UNCONFIRMED_DEATHS
FEARED_MODALS: frozenset[str] = frozenset(_LEXICON.FEARED_MODALS)
SURVIVAL_VERBS: frozenset[str] = frozenset(_LEXICON.SURVIVAL_VERBS)
CARRYING_WORDS: frozenset[str] = frozenset(_LEXICON.CARRYING_WORDS)
ALL_ABOARD_WORDS: frozenset[str] = frozenset(_LEXICON.ALL_ABOARD_WORDS)
ALL_ABOARD_KILLING: frozenset[str] = frozenset(_LEXICON.ALL_ABOARD_KILLING)
ALL_ABOARD_DEATH: tuple[tuple[str, ...], ...] = _LEXICON.ALL_ABOARD_DEATH
NO_SURVIVORS: tuple[tuple[str, ...], ...] = _LEXICON.NO_SURVIVORS
ALL_OF_THE_LOAD: tuple[tuple[str, ...], ...] = _LEXICON.ALL_OF_THE_LOAD
SHARE_POST_TRIGGERS: dict[str, str] = _LEXICON.SHARE_POST_TRIGGERS
SHARE_OF: tuple[str, ...] = _LEXICON.SHARE_OF
SHARE_WHOLES: tuple[str, ...] = _LEXICON.SHARE_WHOLES
LOSS_VERBS: frozenset[str] = frozenset(_LEXICON.LOSS_VERBS)
LOSS_OWNERS: frozenset[str] = frozenset(_LEXICON.LOSS_OWNERS)
INJURY_SPAN_VERBS: frozenset[str] = frozenset(_LEXICON.INJURY_SPAN_VERBS)
INJURY_SPAN_NOUNS: frozenset[str] = frozenset(_LEXICON.INJURY_SPAN_NOUNS)
INJURY_SPAN_NEGATIONS: frozenset[str] = frozenset(_LEXICON.INJURY_SPAN_NEGATIONS)
INJURY_SPAN_WORDS: int = _LEXICON.INJURY_SPAN_WORDS
NOT_INJURIES: frozenset[str] = frozenset(_LEXICON.NOT_INJURIES)
CARE_VERBS_BEFORE: frozenset[str] = frozenset(_LEXICON.CARE_VERBS_BEFORE)
FOUND_HURT_PARTICIPLES: frozenset[str] = frozenset(_LEXICON.FOUND_HURT_PARTICIPLES)
FOUND_HURT_SPAN: int = _LEXICON.FOUND_HURT_SPAN
STRAY_FIRE: frozenset[str] = frozenset(_LEXICON.STRAY_FIRE)
MOVED_VERBS: frozenset[str] = frozenset(_LEXICON.MOVED_VERBS)
AID_TO_THE_HURT: frozenset[str] = frozenset(_LEXICON.AID_TO_THE_HURT)
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(_LEXICON.IRREGULAR_PARTICIPLES)


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of `words` as a prefix tree ("kill(?:ed|ing)?"): it matches what the plain alternation
    tried longest first matches (at each node the longer words are tried before the word ending there), but the
    engine reads each letter once instead of trying every word at every position."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"
        return body

    return render(tree)


# Cheap prefilter: a sentence without any of these stems cannot hold a harm claim. Written as a prefix tree: the
# engine then skips a position at its first letter instead of trying each of the stems there.
HAS_TRIGGER = compile_twin(r"\b" + _trie_pattern(_LEXICON.TRIGGER_STEMS))  # matched against lower-cased text
