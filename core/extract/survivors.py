"""The dead told by those who lived: 'only two of the 181 people aboard survived' is 179 dead, 'none of the 40
passengers survived' is 40 dead. Offsets in the claims are into the field text, as the binder's."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from itertools import pairwise

from core.extract.clean import safe_lower
from core.extract.lexicons import load
from core.extract.noun_phrases import _past_people_where, _skip_to_trigger, noun_phrase_after
from core.extract.numbers import NumberMention, find_numbers
from core.extract.phrases import _phrase_at
from core.extract.raw_claim import RawClaim
from core.extract.tokens import Token
from core.extract.triggers import (
    ALL_ABOARD_DEATH,
    ALL_ABOARD_KILLING,
    ALL_ABOARD_WORDS,
    ALL_OF_THE_LOAD,
    CARRYING_WORDS,
    NO_SURVIVORS,
    PERSON_NOUNS,
    SURVIVAL_VERBS,
)
from core.extract.world_language import Language
from core.models import KILLED, Claim, Qualifier, Role

# The words without which a sentence tells nobody dead aboard (a set test before any scan)
ALL_ABOARD_FIRST_WORDS = frozenset({"board", "aboard", "onboard", "survivors", "survived", "them"})

_OF_DETERMINERS = frozenset(["the", "its", "their"])


def survivor_claims(tokens: list[Token]) -> list[RawClaim]:
    """Killed claims of sentences that count the survivors of a number of people."""
    if not any(t.low in SURVIVAL_VERBS for t in tokens):
        return []
    mentions = [m for m in find_numbers(tokens) if m.is_count]
    claims = []
    for part, whole in pairwise(mentions):
        exact = whole.qualifier is Qualifier.EXACT and part.qualifier is Qualifier.EXACT
        if (
            exact and part.value < whole.value and _of_the(tokens, part, whole)
            and _survived_after(tokens, whole, judged=part.value == 0)
        ):  # fmt: skip
            value = whole.value - part.value
            start, end = tokens[part.qual_first].start, tokens[whole.last - 1].end
            claims.append(RawClaim.exact(KILLED, value, start=start, end=end, derivation="derived"))
    return claims


_NO_HOPE_WORD: str = load("en").NO_HOPE_WORD
_NO_HOPE_FILLERS = frozenset(load("en").NO_HOPE_FILLERS)
_NO_HOPE_SPAN = 3


def no_hope_claims(tokens: list[Token]) -> list[RawClaim]:
    """'There is no hope left for the 17 men trapped below ground': the people hope is given up for, presumed dead
    (a derived killed claim). Only 'no' before 'hope' and 'for (the)' then an exact count of people after it."""
    mentions = [m for m in find_numbers(tokens) if m.is_count and m.qualifier is Qualifier.EXACT and m.value > 1]
    claims = []
    for i, tok in enumerate(tokens):
        if tok.low != _NO_HOPE_WORD or not _no_before(tokens, i):
            continue
        k = i + 1
        while k < len(tokens) and k - i <= _NO_HOPE_SPAN and tokens[k].low in _NO_HOPE_FILLERS:
            k += 1
        if k >= len(tokens) or tokens[k].low != "for":
            continue
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].low in ("the", "all"))
        m = next((m for m in mentions if m.qual_first == k), None)
        if m is not None and noun_phrase_after(tokens, m.last).head in PERSON_NOUNS:
            start, end = tokens[m.qual_first].start, tokens[m.last - 1].end
            claims.append(RawClaim.exact(KILLED, m.value, start=start, end=end, derivation="derived"))
    return claims


def _no_before(tokens: list[Token], i: int) -> bool:
    """'no hope', 'no more hope', 'no longer any hope': 'no', then at most two fillers, before token i."""
    j = i - 1
    while j >= 0 and i - j <= _NO_HOPE_SPAN - 1 and tokens[j].low in _NO_HOPE_FILLERS:
        j -= 1
    return j >= 0 and tokens[j].low == "no"


def _of_the(tokens: list[Token], part: NumberMention, whole: NumberMention) -> bool:
    """'two of the 181': the first number, 'of', maybe a determiner, the second."""
    between = [t.low for t in tokens[part.last : whole.qual_first]]
    return between[:1] == ["of"] and (len(between) == 1 or (len(between) == 2 and between[1] in _OF_DETERMINERS))


_JUDGING_MODALS = frozenset({"could", "can", "would"})


def _survived_after(tokens: list[Token], whole: NumberMention, judged: bool = False) -> bool:
    """'181 people (aboard) survived': the people's noun phrase, then the survival verb. When `judged` (none of them
    lived), the verb may come judged after a modal: 'none of the 29 men could have survived' (all presumed dead;
    'two of the 40 could have survived' is a counterfactual, no count)."""
    j = _skip_to_trigger(tokens, noun_phrase_after(tokens, whole.last).end)
    if judged and j + 2 < len(tokens) and tokens[j].low in _JUDGING_MODALS and tokens[j + 1].low == "have":
        j += 2
    return j < len(tokens) and tokens[j].low in SURVIVAL_VERBS


_EN = load("en")
_REST_WORDS: tuple[tuple[str, ...], ...] = _EN.REST_WORDS
_REST_HARM: dict[str, str] = _EN.REST_HARM
REST_FIRST_WORDS = frozenset({"rest", "remainder", "others"})
_REST_AUX = frozenset({"were", "was", "are", "had", "have", "been", "all", "also"})
_REST_SPAN = 3  # "the rest were all injured", "the others had been hurt"


def the_rest_claims(tokens: list[Token], raw: list[RawClaim]) -> list[RawClaim]:
    """'Of the 120 people on board, 40 died and the rest were injured': the rest of the group counted after 'of
    the' (120) less the figures told of it (40), with the harm the rest is told (80 hurt), a derived claim."""
    rest = _rest_told(tokens)
    if rest is None:
        return raw
    at, end, metric = rest
    whole = next((m for m in find_numbers(tokens) if _group_opened(tokens, m) and m.last <= at), None)
    if whole is None:
        return raw
    after, before = tokens[whole.last - 1].end, tokens[at].start
    parts = [c for c in raw if after < c.start < before and c.role is Role.TOTAL]
    if not parts or any(c.qualifier is not Qualifier.EXACT or c.metric == metric for c in parts):
        return raw
    value = whole.value - sum(c.value for c in parts)
    if value <= 0:
        return raw
    return [*raw, RawClaim.exact(metric, value, start=tokens[at].start, end=tokens[end - 1].end, derivation="derived")]


def _group_opened(tokens: list[Token], m: NumberMention) -> bool:
    """'Of the 120 (people on board)': an exact count opening the sentence after 'of (the)'."""
    lead = [t.low for t in tokens[: m.qual_first]]
    return m.is_count and m.qualifier is Qualifier.EXACT and lead in (["of"], ["of", "the"])


def _rest_told(tokens: list[Token]) -> tuple[int, int, str] | None:
    """(start, end, metric) of 'the rest were injured', 'the others died'; else None."""
    for i, tok in enumerate(tokens):
        if tok.low not in ("the", "all"):
            continue
        words = next((w for w in _REST_WORDS if _phrase_at(tokens, i, w)), None)
        if words is None:
            continue
        k = i + len(words)
        for j in range(k, min(len(tokens), k + _REST_SPAN + 1)):
            metric = _REST_HARM.get(tokens[j].low)
            if metric is not None:
                return i, j + 1, metric
            if tokens[j].low not in _REST_AUX:
                break
    return None


def all_aboard_claims(tokens: list[Token]) -> list[RawClaim]:
    """'A plane carrying 61 people crashed, killing everyone on board', 'a bus with 32 passengers ... there were no
    survivors': the dead are everyone it carried (61, 32), a derived killed claim. Nothing when the sentence
    tells no death of everyone aboard ('everyone on board was safe')."""
    end = _everyone_dead(tokens)
    if end is None:
        return []
    return _load(tokens, end, tokens[end - 1].end)


def all_aboard_told_before(before: list[Token], tokens: list[Token]) -> list[RawClaim]:
    """'The plane was carrying 62 people. There were no survivors.', '... carrying 32 pilgrims. All of them were
    killed.': the load told in the sentence before, when this one tells everyone dead and counts nobody itself.
    The claim's offsets are the load's, in the sentence before."""
    if not before or _everyone_dead(tokens) is None or any(m.is_count and m.value for m in find_numbers(tokens)):
        return []
    return _load(before, len(before), None)


def _load(tokens: list[Token], end: int, quote_end: int | None) -> list[RawClaim]:
    """The people a vehicle carried ('carrying 61 people', 'with 32 passengers') before token `end`, as a derived
    killed claim quoted from the load to `quote_end` (to the load's end when None)."""
    for m in find_numbers(tokens):
        if m.qualifier is not Qualifier.EXACT or not m.is_count or m.last > end:
            continue
        if m.qual_first == 0 or tokens[m.qual_first - 1].low not in CARRYING_WORDS:
            continue
        phrase = noun_phrase_after(tokens, m.last)
        if phrase.end > m.last and tokens[phrase.end - 1].low in PERSON_NOUNS:
            start = tokens[m.qual_first].start
            stop = quote_end if quote_end is not None else tokens[phrase.end - 1].end
            return [RawClaim.exact(KILLED, m.value, start=start, end=stop, derivation="derived")]
    return []


def _everyone_dead(tokens: list[Token]) -> int | None:
    """The end of a phrase telling everyone aboard dead ('killing everyone on board', 'all aboard were killed',
    'there were no survivors'), or None."""
    for i, tok in enumerate(tokens):
        survivors = next((p for p in NO_SURVIVORS if _phrase_at(tokens, i, p)), None)
        if survivors is not None:
            return i + len(survivors)
        if tok.low not in ALL_ABOARD_WORDS:
            continue
        k = _past_people_where(tokens, i + 1)
        if k is None:
            load = next((p for p in ALL_OF_THE_LOAD if _phrase_at(tokens, i + 1, p)), None)
            k = None if load is None else i + 1 + len(load)
        if k is None:
            continue
        if i > 0 and tokens[i - 1].low in ALL_ABOARD_KILLING:
            return k
        death = next((p for p in ALL_ABOARD_DEATH if _phrase_at(tokens, k, p)), None)
        if death is not None:
            return k + len(death)
    return None


# ---------------------------------------------------------------------------------------------------------
# The same in the reporters' own languages: "con 62 personas a bordo ... no hubo supervivientes", "avec 62 personnes
# à bord ... aucun survivant", "mit 62 Menschen an Bord ... keine Überlebenden". The words are the lexicon's
# `NO_SURVIVOR_PHRASES` and `ABOARD_PHRASES`.

_LOAD_REACH = 40  # characters from the load's number to the aboard phrase ("62 personas a bordo")
_LOAD_BEFORE = 400  # characters before "no survivors" where the load is told (its sentence or the one before)
_SENTENCE_STOP = re.compile(r"[.!?。！？؟।]\s")


@cache  # one entry per language: more than 64 of them
def _aboard_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    lexicon = load(code)
    none_left = tuple(getattr(lexicon, "NO_SURVIVOR_PHRASES", ()))
    aboard = tuple(getattr(lexicon, "ABOARD_PHRASES", ()))
    if not none_left or not aboard:
        return None

    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(safe_lower(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return (
        re.compile(rf"(?<!\w)(?:{alternation(none_left)})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{alternation(aboard)})(?!\w)"),
    )


def world_all_aboard(
    lang: Language, texts: list[tuple[str, str | None, str | None]], claims: list[Claim], incident: date | None
) -> list[Claim]:
    """Everyone aboard dead, told as no survivors: the load (a number with an aboard phrase after it) in the
    sentence that tells it, the one before, or else the title, as a derived killed claim. Only when the article
    states no death toll of its own. `texts` are (name, original, normalised) of the title and the text."""
    patterns = _aboard_patterns(lang.code)
    if patterns is None or any(c.metric == KILLED and c.value > 0 and c.role is Role.TOTAL for c in claims):
        return []
    fields = [(name, original, norm, safe_lower(norm)) for name, original, norm in texts if original and norm]
    none_left, aboard = patterns
    told = next(
        ((i, m) for i, (_, _, _, lower) in enumerate(fields) if (m := none_left.search(lower)) is not None), None
    )
    if told is None:
        return []
    index, m = told
    # the text before the phrase first, then the title
    order = [(index, max(0, m.start() - _LOAD_BEFORE), m.start())]
    order += [(i, 0, len(f[3])) for i, f in enumerate(fields) if i != index and f[0] == "title"]
    for i, start, end in order:
        name, original, norm, lower = fields[i]
        load_claim = _world_load(lang, aboard, name, original, norm, lower, start, end, incident)
        if load_claim is not None:
            return [load_claim]
    return []


_PART_GAP = 40  # characters: "passageiros e", "passengers and" between the parts of a load


def _split_load(lang: Language, lower: str, previous_end: int, start: int) -> bool:
    """Does the number at `start` follow another in the same clause through a coordinator ('57 passageiros e 4
    tripulantes')? Then it is one part of the load, not the load."""
    between = lower[previous_end:start]
    if len(between) > _PART_GAP or _SENTENCE_STOP.search(between):
        return False
    words = between.replace(",", " , ").split()
    return bool(words) and (words[-1] == "," or words[-1] in lang.and_words)


def _world_load(
    lang: Language,
    aboard: re.Pattern[str],
    name: str,
    original: str,
    norm: str,
    lower: str,
    start: int,
    end: int,
    incident: date | None,
) -> Claim | None:
    """The last load told between `start` and `end`: a number with an aboard phrase close after it."""
    numbers = lang.numbers.read(norm, lower, start, end)
    for k in range(len(numbers) - 1, -1, -1):
        number = numbers[k]
        if number.band is not None or number.approximate or number.year_like or number.value < 2:
            continue
        stop = min(end, number.end + _LOAD_REACH, numbers[k + 1].start if k + 1 < len(numbers) else end)
        phrase = aboard.search(lower, number.end, stop)
        if phrase is None or _SENTENCE_STOP.search(lower, number.end, phrase.start()):
            continue
        if k > 0 and _split_load(lang, lower, numbers[k - 1].end, number.start):
            return None  # "57 passageiros e 4 tripulantes a bordo": the load told in parts; their sum is not stated
        s_start = max((s.end() for s in _SENTENCE_STOP.finditer(lower, 0, number.start)), default=0)
        s_stop = _SENTENCE_STOP.search(lower, phrase.end())
        return Claim(
            metric=KILLED, value=number.value, low=number.value, high=number.value, qualifier=Qualifier.EXACT,
            role=Role.TOTAL, quote=original[number.start : phrase.end()], start=number.start, end=phrase.end(),
            field=name, incident_date=incident, derivation="derived", sentence_start=s_start,
            sentence_end=s_stop.start() + 1 if s_stop is not None else len(original),
        )  # fmt: skip
    return None
