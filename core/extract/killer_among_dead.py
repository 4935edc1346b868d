"""The killer told as the last of those his killing verb killed, the victims named with no numeral: "The father
killed his wife and son and then himself", "killed the boy and himself". The dead the sentence lists are the victims
and the killer (three), as a text that says "three dead" counts them. A numeral counts the victims alone ("A father
killed six relatives and then himself": 6), and the gunman's own death told by a verb of its own ("... before
turning the gun on himself", "the shooter then killed himself") stays apart from the victims' count
(`counted_phrasings`).

Only English: the Romance readers find the killer's death in a reflexive verb of its own ("y después se suicidó").
"""

from __future__ import annotations

from dataclasses import replace

from core.extract.numbers import NUMBER_WORDS
from core.extract.raw_claim import RawClaim
from core.extract.tokens import Token
from core.models import KILLED

SELF_OBJECTS = frozenset({"himself", "herself"})  # the pass finds nothing in a sentence without one
_LINKS = frozenset({"then", "and", "finally", ","})  # right before "himself": it closes the list of objects
_KILLING_VERBS = frozenset({"killed", "killing", "murdered", "murdering"})
_FATALLY = frozenset({"fatally", "mortally"})
_REACH = 16  # tokens back from "himself" to the killing verb whose object it is
_LIST_STOPS = frozenset({".", ";", "!", "?", "before", "after", "when", "while", "but"})


def killer_among_the_killed(tokens: list[Token], raw: list[RawClaim]) -> list[RawClaim]:
    """`raw` with the killed count of a killing verb's objects counting the killer too, where "himself" closes
    them ("killed his wife and son and then himself": 2 -> 3); one dead when only he and one victim are told by
    words the readers count as one."""
    for p, token in enumerate(tokens):
        if token.low not in SELF_OBJECTS:
            continue
        verb = _killing_verb_of(tokens, p)
        if verb is None:
            continue
        start, end = tokens[verb].start, token.start
        listed = [
            i for i, c in enumerate(raw)
            if c.metric == KILLED and c.derivation != "perpetrator" and start <= c.start and c.end <= end
        ]  # fmt: skip
        if len(listed) != 1:
            continue
        victims = raw[listed[0]]
        if _counted_by_a_numeral(tokens, victims) or not _closes_the_list(tokens, victims, p):
            continue
        raw = [*raw[: listed[0]], _with_the_killer(victims, token), *raw[listed[0] + 1 :]]
    return raw


def _killing_verb_of(tokens: list[Token], p: int) -> int | None:
    """The killing verb before "himself" ('killed ... and then himself'), in its clause; None when "himself" does
    not close a list of its objects."""
    if p < 2 or tokens[p - 1].low not in _LINKS:
        return None
    for k in range(p - 2, max(-1, p - _REACH), -1):
        low = tokens[k].low
        if low in _KILLING_VERBS or (low == "shot" and k > 0 and tokens[k - 1].low in _FATALLY):
            return k  # "killed ...", "fatally shot ..."
        if low in _LIST_STOPS:
            return None
    return None


def _counted_by_a_numeral(tokens: list[Token], victims: RawClaim) -> bool:
    """Does a numeral count the victims ('six relatives', '2 children'; not an age: 'his 5-year-old son')?"""
    return any(victims.start <= t.start < victims.end and (t.low.isdigit() or t.low in NUMBER_WORDS) for t in tokens)


def _closes_the_list(tokens: list[Token], victims: RawClaim, p: int) -> bool:
    """Are the victims the whole list before "himself" ('his wife and son, and then himself'), only 'and', 'then' or
    a comma between (not 'his wife, 2 sons, then himself', where the claim holds only the first of them)?"""
    return all(t.low in _LINKS for t in tokens[:p] if t.start >= victims.end)


def _with_the_killer(victims: RawClaim, self_object: Token) -> RawClaim:
    value = victims.value + 1
    low = None if victims.low is None else victims.low + 1
    high = None if victims.high is None else victims.high + 1
    return replace(victims, value=value, low=low, high=high, end=self_object.end, singular=False)
