"""Counts told by a whole phrasing rather than a number or a singular subject, each found only in sentences holding
its first words (`MULTIPLE_WORDS`, `SUICIDE_FIRST_WORDS`, `NAMED_HEAD_WORDS`, checked by the pipeline).

A count written into the noun ("a triple shooting", "a five-person shooting"; "a fatal crash": one dead at least),
the attacker's own death ("before turning the gun on himself"), and the names listed after a head that tells their
harm ("The dead were identified as Ann Roe, 34, and Bo Diaz, 27"). Split from `singulars` (one person harmed), whose
name and count helpers (in `singular_objects`) it shares."""

from __future__ import annotations

import re

from core.extract.lexicons import load
from core.extract.numbers import NUMBER_WORDS
from core.extract.phrases import _death_follows, _phrase_at
from core.extract.raw_claim import RawClaim
from core.extract.singular_objects import _is_name, _one
from core.extract.tokens import Token
from core.extract.triggers import PERSON_NOUNS, SHOT
from core.models import KILLED, WOUNDED, Qualifier, Role

_SUICIDE_PHRASES = (
    ("turned", "the", "gun", "on", "himself"),
    ("turning", "the", "gun", "on", "himself"),
    ("turned", "the", "gun", "on", "herself"),
    ("turning", "the", "gun", "on", "herself"),
    ("turned", "the", "weapon", "on", "himself"),
    ("took", "his", "own", "life"),
    ("taking", "his", "own", "life"),
    ("took", "her", "own", "life"),
    ("killed", "himself"),
    ("killing", "himself"),
    ("killed", "herself"),
    ("killing", "herself"),
    ("shot", "himself"),
    ("shooting", "himself"),
    ("shot", "herself"),
    ("committed", "suicide"),
    ("self-inflicted", "gunshot"),
)
_SUICIDE_FIRST_WORDS = frozenset(p[0] for p in _SUICIDE_PHRASES)
SUICIDE_FIRST_WORDS = _SUICIDE_FIRST_WORDS  # perpetrator_claims finds nothing without one


MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# "a five-person shooting", "a 5-person shooting", "a three-victim shooting": the count written into the noun
_COUNTED_UNITS = ("person", "people", "victim")
MULTIPLES.update(
    {f"{word}-{unit}": value for word, value in NUMBER_WORDS.items() if 1 < value < 100 for unit in _COUNTED_UNITS}
)


# "a fatal shooting", "the deadly shooting": someone died, one at least (a figure given elsewhere tells how many)
_FATAL = frozenset({"fatal", "deadly"})
_NONFATAL = frozenset({"non-fatal", "nonfatal"})  # "a non-fatal shooting": one person hurt at least
_FATAL_NOUNS = frozenset({"shooting", "stabbing", "attack", "crash", "fire", "blast", "explosion", "accident"})
_FATAL_EVENT = re.compile(
    rf"(?:{'|'.join(sorted(_FATAL))})\s+(?:{'|'.join(sorted(_FATAL_NOUNS))})", re.IGNORECASE
)


def names_a_fatal_event(quote: str) -> bool:
    """Is the claim's quote 'fatal shooting', 'deadly stabbing': a death the event's name tells, not one it counts
    (the victim it means may be told later: 'four were wounded in a fatal shooting ... she later died')."""
    return _FATAL_EVENT.fullmatch(quote) is not None


MULTIPLE_WORDS = frozenset(MULTIPLES) | {"person"} | _FATAL | _NONFATAL  # "5-person": "5", "-", "person"
_MULTIPLE_NOUNS = {
    "shooting": SHOT,
    "shootings": SHOT,
    "homicide": KILLED,
    "homicides": KILLED,
    "murder": KILLED,
    "murder-suicide": KILLED,
    "murders": KILLED,
    "slaying": KILLED,
    "killing": KILLED,
}


def multiple_claims(tokens: list[Token]) -> list[RawClaim]:
    """'a quadruple shooting' -> 4 shot, 'a triple murder' -> 3 killed."""
    found = []
    for p in range(len(tokens) - 1):
        count = MULTIPLES.get(tokens[p].low)
        first, last = p, p + 1
        if (
            not count and tokens[p].is_digits and p + 3 < len(tokens) and tokens[p + 1].low == "-"
            and tokens[p + 2].low in _COUNTED_UNITS and tokens[p].text.isdigit() and 1 < int(tokens[p].text) < 100
        ):  # fmt: skip
            count, last = int(tokens[p].text), p + 3  # "a 5-person shooting"
        if not count and tokens[p].low in _FATAL and tokens[p + 1].low in _FATAL_NOUNS:
            found.append(_one(KILLED, start=tokens[p].start, end=tokens[p + 1].end, subject="person"))
            continue
        if not count and tokens[p].low in _NONFATAL and tokens[p + 1].low in _FATAL_NOUNS:
            found.append(_one(WOUNDED, start=tokens[p].start, end=tokens[p + 1].end, subject="person"))
            continue
        if not count:
            continue
        metric = _MULTIPLE_NOUNS.get(tokens[last].low)
        if metric:
            found.append(
                RawClaim.exact(metric, count, start=tokens[first].start, end=tokens[last].end, subject="people")
            )
    return found


def perpetrator_claims(tokens: list[Token]) -> list[RawClaim]:
    """'... before turning the gun on himself': the gunman's own death, as a separate claim."""
    for p in range(len(tokens)):
        if tokens[p].low not in _SUICIDE_FIRST_WORDS:
            continue
        for phrase in _SUICIDE_PHRASES:
            if tokens[p].low == phrase[0] and _phrase_at(tokens, p, phrase):
                end = tokens[p + len(phrase) - 1].end
                fatal = p > 0 and tokens[p - 1].low in ("fatally", "mortally")
                if phrase[0] in ("shot", "shooting") and not fatal and not _death_follows(tokens, p + len(phrase)):
                    return [_self_inflicted_wound(tokens, p, end)]
                return [
                    RawClaim.exact(
                        KILLED,
                        1,
                        start=tokens[p].start,
                        end=end,
                        subject="perpetrator",
                        derivation="perpetrator",
                        singular=True,
                    )
                ]
    return []


def _self_inflicted_wound(tokens: list[Token], p: int, end: int) -> RawClaim:
    """'shot himself in the hand' without a death: one person shot, not the gunman's death."""
    return _one(SHOT, start=tokens[p].start, end=end, subject="person")


_EN = load("en")
_NAMED_TITLES: frozenset[str] = _EN.NAMED_HARMED_TITLES
_NAMED_HEADS: dict[tuple[str, ...], str] = _EN.NAMED_HARMED_HEADS
_NAMED_LINKS: tuple[tuple[str, ...], ...] = _EN.NAMED_HARMED_LINKS
_NAMED_VERBS: tuple[str, ...] = _EN.NAMED_HARMED_VERBS
_NAMED_OBJECT_LINK: tuple[str, ...] = _EN.NAMED_HARMED_OBJECT_LINK
NAMED_HEAD_WORDS = frozenset(head[-1] for head in _NAMED_HEADS)  # a sentence without one holds no such list
# The heads by their first word, in the lexicon's order: at a token only the heads it opens can be read
_NAMED_HEADS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _head, _metric in _NAMED_HEADS.items():
    _NAMED_HEADS_BY_FIRST.setdefault(_head[0], []).append((_head, _metric))
_HEAD_OPENERS = frozenset({",", ";", ":", "and"})
_NAME_WORDS_MOST = 3  # "Mary Ann Roe"


def named_harmed_claims(tokens: list[Token]) -> list[RawClaim]:
    """'The dead were identified as Ann Roe, 34, and Bo Diaz, 27', 'Those injured were named as ...', 'Killed were
    Ann Roe and Bo Diaz': the names listed after a head that says their harm, counted. Two names at least, each of
    one to three capitalised words with an optional age, the list ending the clause."""
    for p, token in enumerate(tokens):
        heads = _NAMED_HEADS_BY_FIRST.get(token.low)
        if heads is None:
            continue
        as_object = p > 0 and tokens[p - 1].low in _NAMED_VERBS
        if p > 0 and tokens[p - 1].low not in _HEAD_OPENERS and not as_object:
            continue
        for head, metric in heads:
            if not _phrase_at(tokens, p, head) or (as_object and len(head) < 2):
                continue
            k = p + len(head)
            if k < len(tokens) and tokens[k].low in PERSON_NOUNS and len(head) > 1:
                k += 1  # "The slain men were ...", "The wounded victims were ..."
            links = (_NAMED_OBJECT_LINK,) if as_object else _NAMED_LINKS  # "identified the dead as ..."
            if as_object:
                k = _past_the_scene(tokens, k)  # "identified those wounded in the shooting as ..."
            link = next((ln for ln in links if _phrase_at(tokens, k, ln)), None)
            if link is None:
                continue
            count, end = _names_listed_after(tokens, k + len(link))
            if count < 2:
                count, end = _names_listed_by_semicolons(tokens, k + len(link))
            if count >= 2:
                return [
                    RawClaim(
                        metric=metric, value=count, low=count, high=count, qualifier=Qualifier.EXACT,
                        role=Role.TOTAL, start=tokens[p].start, end=tokens[end - 1].end, subject="people",
                    )
                ]  # fmt: skip
    return []


def _names_listed_after(tokens: list[Token], j: int) -> tuple[int, int]:
    """(names, end token) of a list of names with optional ages from tokens[j] that ends the clause: 'Ann Roe, 34,
    Bo Diaz, 27, and Cy Li.' Else (0, j)."""
    count = 0
    while j < len(tokens):
        j = _past_titles(tokens, j)
        start = j
        while j < len(tokens) and j - start < _NAME_WORDS_MOST and _is_name(tokens[j]):
            j += 1
        if j == start:
            return 0, start
        count += 1
        if j + 1 < len(tokens) and tokens[j].low == "," and tokens[j + 1].is_digits:
            j += 2  # ", 34"
        if j >= len(tokens) or tokens[j].low in (".", ";"):
            return count, j
        if tokens[j].low == "," and j + 1 < len(tokens) and tokens[j + 1].low == "and":
            j += 2
        elif tokens[j].low == "," and (j + 1 >= len(tokens) or not _is_name(tokens[j + 1])):
            return count, j  # "..., and Bo Diaz, 27, both of Erie": the list has ended
        elif tokens[j].low in (",", "and"):
            j += 1
        else:
            return 0, j
    return 0, j


_SCENE_WORDS_MOST = 4  # "in the shooting", "at the Elm Street bar"
_SCENE_OPENERS = frozenset({"in", "at"})


def _past_the_scene(tokens: list[Token], k: int) -> int:
    """Past 'in the shooting' between a verb's object and its 'as' ('identified those hurt in the shooting as'): the
    token after it when an 'as' ends it within a few words, else k."""
    if k >= len(tokens) or tokens[k].low not in _SCENE_OPENERS:
        return k
    for j in range(k + 1, min(k + 1 + _SCENE_WORDS_MOST, len(tokens))):
        if tokens[j].low in _NAMED_OBJECT_LINK:
            return j
        if tokens[j].low in (",", ".", ";"):
            return k
    return k


def _names_listed_by_semicolons(tokens: list[Token], j: int) -> tuple[int, int]:
    """(names, end token) of a list whose entries a semicolon parts, each a name and what the report says of them:
    'Ann Roe, 29, who was hit twice; Bo Diaz, 25, of Elm City; and Cy Lee.' Two entries at least, the first ended by
    a semicolon, the last by the sentence. Else (0, j)."""
    count, start = 0, j
    while j < len(tokens):
        if count and tokens[j].low == "and":
            j += 1
        j = _past_titles(tokens, j)
        if j >= len(tokens) or not _is_name(tokens[j]):
            return 0, start
        count += 1  # one name an entry: "Bo Diaz, 25, Elm City" names a town after the age
        while j < len(tokens) and tokens[j].low not in (";", "."):
            j += 1
        if j >= len(tokens) or tokens[j].low == ".":
            return (count, j) if count >= 2 else (0, start)
        j += 1  # past ";"
    return 0, start


def _past_titles(tokens: list[Token], j: int) -> int:
    """Past the titles before a name and their abbreviations' full stops: 'Sgt. Bo Diaz', 'Police Officer Ann Roe'.
    A title with no name after it is left as it is."""
    k = j
    while k < len(tokens) and tokens[k].is_capitalised and tokens[k].low in _NAMED_TITLES:
        k += 1
        if k < len(tokens) and tokens[k].low == ".":
            k += 1
    return k if k < len(tokens) and _is_name(tokens[k]) else j
