"""The people an active harm verb takes as its objects, one by one: 'Un hombre mató a su esposa y a su hijo', 'Um
homem matou a mulher e o filho', 'Un homme a tué sa femme et son fils', 'Un bărbat și-a ucis soția și fiul'. The
word for one before such a verb is its doer's article, no victim; the victims are the objects after it, each a
singular noun of one person (lexicon ONE_OBJECT_NOUNS, after an optional object mark and a singular determiner,
ONE_OBJECT_DETERMINERS), joined by commas and 'and': two here, as 'killed his wife and son' is in English."""

from __future__ import annotations

import re

from core.extract.clean import safe_lower
from core.extract.numerals import Numeral

_VERB_REACH = 16  # characters before a trigger its auxiliary may start at ("ha ucciso", "și-a ucis", "va matar")
_TAIL = 24  # characters past the listed objects a numeral still counts the verb's victims in
_MOST_OBJECTS = 6  # a longer list is no list of victims


def compile_objects(lexicon: object, and_words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The active harm verbs (ACTIVE_HARM_VERBS) and one object after them, or None for a language with none."""
    verbs = tuple(getattr(lexicon, "ACTIVE_HARM_VERBS", ()))
    nouns = tuple(getattr(lexicon, "ONE_OBJECT_NOUNS", ()))
    if not verbs or not nouns:
        return None
    marks = tuple(getattr(lexicon, "OBJECT_MARKS", ())) + tuple(getattr(lexicon, "PERSON_OBJECT_MARKS", ()))
    determiners = tuple(getattr(lexicon, "ONE_OBJECT_DETERMINERS", ()))
    verb = re.compile(rf"(?<!\w)(?:{_alternation(verbs)})(?!\w)")
    mark = rf"(?:(?:{_alternation(marks)})\s+)?" if marks else ""
    determiner = rf"(?:(?:{_alternation(determiners)})(?:\s+|(?<=')))?" if determiners else ""
    joiner = rf"(?:\s*,\s*(?:(?:{_alternation(and_words)})\s+)?|\s+(?:{_alternation(and_words)})\s+)"
    one = re.compile(rf"(?P<join>{joiner})?\s*{mark}{determiner}(?P<noun>{_alternation(nouns)})(?!\w)")
    return verb, one


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(safe_lower(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def objects_counted(
    objects: tuple[re.Pattern[str], re.Pattern[str]] | None,
    lower: str,
    trigger: tuple[int, int],
    numbers: list[Numeral],
    s_end: int,
) -> Numeral | None:
    """The count of the people the active harm verb at `trigger` (its start and end) takes as its objects, told one
    by one with no numeral among them (a numeral there is the verb's own count, read as before), or None."""
    if objects is None:
        return None
    verbs, one = objects
    start, end = trigger
    verb = next(
        (m for m in verbs.finditer(lower, max(0, start - _VERB_REACH), min(s_end, end + _VERB_REACH))
         if m.start() <= start < m.end()),
        None,
    )  # fmt: skip
    if verb is None:
        return None
    count, pos, first, last = 0, verb.end(), -1, -1
    while count < _MOST_OBJECTS:
        m = one.match(lower, pos, s_end)
        if m is None or (count == 0) != (m.group("join") is None):
            break
        if first < 0:
            first = m.start("noun")
        count, pos, last = count + 1, m.end(), m.end()
    # "a tué sa femme et ses deux fils": a numeral right past the list counts more of the verb's victims
    if not count or any(
        verb.end() <= n.start < last or (last <= n.start < last + _TAIL and not (n.words and n.value == 1))
        for n in numbers
    ):
        return None
    return Numeral(count, first, last, words=True)
