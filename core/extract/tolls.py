"""How tolls are reported: the running count of an event and the figures it replaced.

"The death toll from the quake has risen to 114", "the toll stands at 38", "authorities lowered the number of
confirmed dead to 38", "raising the death toll to 10", "the death toll has crossed 1,000", "114 and counting".
A toll stated this way is the event's current whole figure (an update), unless the toll is one over many
incidents (a war's, a year's, a country's to date). A figure it replaced ("to 2,189 from an earlier count of
1,941", "the previous figure had been 42") is an earlier figure.

The words come from the language's lexicon (`core.extract.lexicons`); this module holds no vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType

from core.extract.ascii_twin import compile_twin
from core.extract.lexicons import load
from core.extract.numbers import NUMBER_WORDS, NumberMention, bounds, find_numbers, number_at
from core.extract.raw_claim import RawClaim
from core.extract.tokens import Token
from core.extract.triggers import SHOT
from core.models import KILLED, WOUNDED, Claim, Qualifier, Role
from core.places.index import fold, gazetteer

_EN_VOCABULARY = load("en")
# A clause taking up the toll told before, with a verb of change and a figure: "It has since risen to 15", "By
# Wednesday, the number had climbed to 31". Such a sentence may name no harm word at all.
# Or the figure as the object of a verb of change: "On Monday police revised the number to 14" (the verb is checked
# by `_toll_phrase_ending_at`).
_ANAPHORIC_HEADS = "|".join(_EN_VOCABULARY.ANAPHORIC_TOLL_HEADS)
_ANAPHORIC_SUBJECTS = "|".join(_EN_VOCABULARY.ANAPHORIC_TOLL_SUBJECTS)
_CHANGE_VERBS = "|".join(_EN_VOCABULARY.CHANGE_TOLL_VERBS)
# a figure in digits or in words: "It has since risen to 15", "revised that number to four"
_FIGURE_START = (
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)\b)"
)


def _boundary_after_first_letter(word: str) -> str:
    """`\\bword` written as its first letter, then the look-behind for what stood before it ("i(?<!\\wi)t"): the
    same matches, and a pattern whose every alternative opens on a letter lets the engine skip to those letters
    instead of trying the boundary at every character."""
    if not re.match(r"\w", word):
        raise ValueError(f"an anaphoric subject must open on a letter: {word!r}")
    return rf"{word[0]}(?<!\w{word[0]}){word[1:]}"


_TOLL_CHANGED = rf"\s+(?:[a-z]+\s+){{0,3}}?(?:{_CHANGE_VERBS})\s+(?:[a-z]+\s+){{0,2}}?{_FIGURE_START}"
# "\b(?:(?:that|this|the) HEAD|SUBJECT) ... CHANGE ... FIGURE|\b(?:the|that|this) HEAD (?:to|at) FIGURE", each
# alternative opening on its first letter (same order, so the same match wins)
_ANAPHORIC_ALTERNATIVES = "|".join(
    [
        rf"t(?<!\wt)(?:hat|his|he)\s+(?:{_ANAPHORIC_HEADS}){_TOLL_CHANGED}",
        *(_boundary_after_first_letter(w) + _TOLL_CHANGED for w in _EN_VOCABULARY.ANAPHORIC_TOLL_SUBJECTS),
        rf"t(?<!\wt)(?:he|hat|his)\s+(?:{_ANAPHORIC_HEADS})\s+(?:to|at)\s+{_FIGURE_START}",
    ]
)
ANAPHORIC_TOLL = compile_twin(_ANAPHORIC_ALTERNATIVES)
# A cheap test before the pass: only sentences with one of these can state a toll.
_SUBJECT_VERBS = "|".join(
    w for w in _EN_VOCABULARY.TOLL_VERBS if " " not in w and w not in _EN_VOCABULARY.TOLL_AUXILIARIES
)
# "Deaths have climbed to 1,300", "Flood deaths pass 1,000": a plural harm noun as a toll's subject (a pattern of
# its own, so that the cheap test below keeps its speed)
SUBJECT_TOLL = compile_twin(
    rf"(?:{'|'.join(_EN_VOCABULARY.TOLL_SUBJECTS)})\s+(?:[a-z]+\s+){{0,2}}?(?:{_SUBJECT_VERBS})\b"
)
MAY_STATE_TOLL = compile_twin(r"toll|tally|count|number|total|figure|:\s*\d|" + _ANAPHORIC_ALTERNATIVES)
_SUBJECT_WORDS = tuple(_EN_VOCABULARY.TOLL_SUBJECTS)


def may_state_subject_toll(lower: str, start: int, end: int) -> bool:
    """Does lower[start:end] state a toll with a plural harm noun as its subject (`SUBJECT_TOLL`)? A plain look
    for the nouns first: far cheaper than the pattern over every sentence."""
    return any(lower.find(w, start, end) >= 0 for w in _SUBJECT_WORDS) and bool(SUBJECT_TOLL.search(lower, start, end))
_SCOPE_SPAN = (
    24  # tokens between a toll noun and its verb: "the toll from the fire that swept through ... on Wednesday night"
)
_TIME_SPAN = 4  # time-phrase tokens between a toll verb and its preposition
_CLAUSE_STOPS = frozenset({";", ".", ":", "!", "?", "who", "which", "while", "but", "said", "says"})


@dataclass(frozen=True, slots=True)
class TollFigure:
    """A number the text gives as a toll: current (`earlier` False) or replaced (`earlier` True)."""

    metric: str
    mention: NumberMention
    qualifier: Qualifier
    low: int | None
    high: int | None
    start: int  # quote offsets in the field text
    end: int
    earlier: bool = False
    many_incidents: bool = False  # a toll over many incidents (cumulative), not the event's own
    down: bool = False  # a downward revision: "lowered the toll to 38"
    first_token: int = 0  # where the toll statement starts ("the death toll ...")
    scope: tuple[int, int] = (0, 0)  # offsets of the toll's own words before its verb: "the toll from Sunday's strike"
    projected: bool = False  # a toll the text expects or fears ("could rise to 100"), not one it reports
    national: bool = False  # a people's or a country's toll: "the overall Palestinian death toll", "the national toll"
    as_told_before: bool = False  # "the number of victims": of those shot, when the figure before counts them


@dataclass(frozen=True)
class _Vocabulary:
    heads: dict[str, str]
    modifiers: dict[str, str | None]
    counted: dict[str, str]
    counted_people: frozenset[str]
    kinds_of_people: frozenset[str]
    counted_adjectives: frozenset[str]
    verbs: dict[tuple[str, ...], str | None]
    auxiliaries: frozenset[str]
    prepositions: frozenset[str]
    time_words: frozenset[str]
    actions: frozenset[str]
    downward: frozenset[str]
    earlier_links: tuple[tuple[str, ...], ...]
    earlier_fillers: frozenset[str]
    earlier_cues: tuple[tuple[str, ...], ...]
    earlier_after: tuple[tuple[str, ...], ...]
    earlier_before: tuple[tuple[str, ...], ...]
    earlier_aside: frozenset[str]
    determiners: frozenset[str]
    still_rising: tuple[tuple[str, ...], ...]
    many_incidents: tuple[tuple[str, ...], ...]
    stable_since: frozenset[str]
    projection: frozenset[str]
    combined: frozenset[str]
    national: frozenset[str]
    anaphoric: frozenset[str]
    anaphoric_subjects: frozenset[str]
    change_verbs: frozenset[str]
    labels: dict[str, str]
    as_told_before: frozenset[str]
    place_sides: frozenset[str]
    subjects: dict[str, str]
    relative_counted: dict[str, str]
    relative_words: frozenset[str]
    set_incidents: frozenset[str]
    infinitive_openers: frozenset[str]


def _phrases(items: object) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(p).split()) for p in items)  # type: ignore[attr-defined]


_NOT_A_KIND = frozenset({"more", "other"})  # person nouns that name no people of their own: "the number of more ..."


def _kinds_of_people(lex: ModuleType) -> frozenset[str]:
    """The people a count of the harmed may name beside 'people' and 'victims' ('the number of miners killed', 'the
    number of pilgrims who died'): the lexicon's person nouns, less the ones that name who did it."""
    people = frozenset(getattr(lex, "PERSON_NOUNS", ()))
    return people - frozenset(getattr(lex, "PERPETRATOR_NOUNS", ())) - _NOT_A_KIND


@lru_cache(maxsize=8)
def vocabulary(language: str = "en") -> _Vocabulary:
    lex: ModuleType = load(language)
    return _Vocabulary(
        heads=dict(lex.TOLL_HEADS),
        modifiers=dict(lex.TOLL_MODIFIERS),
        counted=dict(lex.COUNTED_WORDS),
        counted_people=frozenset(lex.COUNTED_PEOPLE),
        kinds_of_people=_kinds_of_people(lex),
        counted_adjectives=frozenset(lex.COUNTED_ADJECTIVES),
        verbs={tuple(k.split()): v for k, v in lex.TOLL_VERBS.items()},
        auxiliaries=frozenset(lex.TOLL_AUXILIARIES),
        prepositions=frozenset(lex.TOLL_PREPOSITIONS),
        time_words=frozenset(lex.TOLL_TIME_WORDS),
        actions=frozenset(lex.TOLL_ACTION_VERBS),
        downward=frozenset(lex.TOLL_DOWNWARD),
        earlier_links=_phrases(lex.EARLIER_LINKS),
        earlier_fillers=frozenset(lex.EARLIER_FILLERS),
        earlier_cues=_phrases(lex.EARLIER_CUES),
        earlier_after=_phrases(getattr(lex, "EARLIER_AFTER_TOLL", ())),
        earlier_before=_phrases(lex.EARLIER_BEFORE_TOLL),
        earlier_aside=frozenset(getattr(lex, "EARLIER_ASIDE_OPENERS", ())),
        determiners=frozenset(lex.TOLL_DETERMINERS),
        still_rising=_phrases(lex.STILL_RISING),
        many_incidents=_phrases(lex.MANY_INCIDENTS),
        stable_since=frozenset(lex.TOLL_STABLE_SINCE),
        projection=frozenset(getattr(lex, "TOLL_PROJECTION", ())),
        combined=frozenset(getattr(lex, "COMBINED_WITH", ())),
        national=frozenset(getattr(lex, "NATIONAL_TOLL", ())),
        anaphoric=frozenset(getattr(lex, "ANAPHORIC_TOLL_HEADS", ())),
        anaphoric_subjects=frozenset(getattr(lex, "ANAPHORIC_TOLL_SUBJECTS", ())),
        change_verbs=frozenset(getattr(lex, "CHANGE_TOLL_VERBS", ())),
        labels=dict(getattr(lex, "FIGURE_LABELS", {})),
        as_told_before=frozenset(getattr(lex, "COUNTED_AS_TOLD_BEFORE", ())),
        place_sides=frozenset(getattr(lex, "TOLL_PLACE_SIDES", ())),
        subjects=dict(getattr(lex, "TOLL_SUBJECTS", {})),
        relative_counted=dict(getattr(lex, "COUNTED_IN_RELATIVE", {})),
        relative_words=frozenset(getattr(lex, "RELATIVE_WORDS", ())),
        set_incidents=frozenset(getattr(lex, "TOLL_SET_INCIDENTS", ())),
        infinitive_openers=frozenset(getattr(lex, "INFINITIVE_OPENERS", ())),
    )


def _lows(tokens: list[Token], a: int, b: int) -> tuple[str, ...]:
    return tuple(t.low for t in tokens[max(a, 0) : max(b, 0)])


def _toll_phrase_ending_at(tokens: list[Token], k: int, v: _Vocabulary) -> tuple[int, str] | None:
    """(first token, metric) of a toll phrase whose last token is tokens[k]: 'the death toll', 'the number of
    people killed', 'the number of confirmed dead'."""
    low = tokens[k].low
    if low in v.anaphoric and k > 0 and tokens[k - 1].low in ("that", "this"):
        return k - 1, ""  # "by Wednesday, that number had climbed to 2,300": the figure told before
    if low in v.anaphoric and k > 0 and tokens[k - 1].low == "the" and (k == 1 or tokens[k - 2].low in _TAKEN_UP):
        # "By Wednesday, the number had climbed to 31", "The figure was later revised to 58", "69 were wounded,
        # but the number later rose to 79"
        return k - 1, ""
    if low in v.anaphoric and k > 1 and tokens[k - 1].low == "the" and tokens[k - 2].low in v.actions:
        return k, ""  # "they revised the number to 14": the figure told before, as the object of a verb of change
    if low in v.anaphoric_subjects and (k == 0 or tokens[k - 1].low == ","):
        return k, ""  # "It has since risen to 15": read only with a verb of change (`_governor`)
    if low in v.heads:
        metric = v.heads[low]
        first = k
        named = False
        while first - 1 >= 0 and tokens[first - 1].low in v.modifiers:
            first -= 1
            named = True
            metric = v.modifiers[tokens[first].low] or metric
        if low == "count" and not named:
            return None  # a bare "count" is any count; "the death count", "the official count" are tolls
        return first, metric
    if low in v.relative_counted and (found := _number_who(tokens, k, v)) is not None:
        return found, v.relative_counted[low]  # "the number of people who died in the fire rose to 80"
    if low in v.counted:
        q = k - 1
        if q >= 1 and tokens[q].low == "and" and v.counted.get(tokens[q - 1].low) == SHOT:
            q -= 2  # "the number of people shot and killed": the dead
        while q >= 0 and (tokens[q].low in v.counted_people or tokens[q].low in v.counted_adjectives):
            q -= 1
        q = _before_kind_of_people(tokens, q, v)
        if q >= 2 and tokens[q].low == "the" and tokens[q - 1].low == "of":
            q -= 1  # "the toll of the injured"
        if q >= 1 and tokens[q].low == "of" and (tokens[q - 1].low == "number" or tokens[q - 1].low in v.heads):
            return _modified_from(tokens, q - 1, v), v.counted[low]  # "the number of dead", "the toll of injured"
        if q >= 0 and q == k - 1 and tokens[q].low == "number":
            return _modified_from(tokens, q, v), v.counted[low]  # "the number killed"
    if low in v.subjects and (k == 0 or tokens[k - 1].low in _SUBJECT_OPENERS):
        return k, v.subjects[low]  # "Deaths have climbed to nearly 1,300"
    kind = k >= 1 and tokens[k - 1].low.isalpha()  # "Flood deaths pass 1,000": the kind of event named before
    if low in v.subjects and kind and (k == 1 or tokens[k - 2].low in _SUBJECT_OPENERS):
        return k - 1, v.subjects[low]
    return None


def _number_who(tokens: list[Token], k: int, v: _Vocabulary) -> int | None:
    """The first token of 'the number of people who (were) ...' or '... known to have ...' ending with the verb at k,
    or None."""
    q = k - 1
    while q >= 0 and tokens[q].low in v.relative_words:
        q -= 1
    if q >= 1 and q < k - 1 and tokens[q].low == "to" and tokens[q - 1].low in v.infinitive_openers:
        q -= 2  # "the number of people known to have died": the infinitive opens the clause
    elif q == k - 1 or tokens[q + 1].low not in ("who", "that"):
        return None  # a relative clause opens the count: "who died", "who were injured"
    if q >= 0 and tokens[q].low not in v.counted_people:
        q = _before_kind_of_people(tokens, q, v) + 1  # "the number of Bolivian workers who died"
    if q >= 2 and tokens[q].low in v.counted_people | v.kinds_of_people and tokens[q - 1].low == "of" \
            and tokens[q - 2].low == "number":
        return _modified_from(tokens, q - 2, v)
    return None


_KIND_LEAD = 3  # capitalised words that may name whose people they are: "the number of South Korean tourists killed"


def _before_kind_of_people(tokens: list[Token], q: int, v: _Vocabulary) -> int:
    """The token before 'miners', 'Bolivian workers', 'Gaza residents' ending at q (a kind of people counted:
    'the number of Bolivian workers killed'), or q itself when none ends there."""
    if q < 0 or tokens[q].low not in v.kinds_of_people:
        return q
    q -= 1
    lead = 0
    while q >= 0 and lead < _KIND_LEAD and tokens[q].is_capitalised and tokens[q].low.isalpha():
        q -= 1
        lead += 1
    return q


_SUBJECT_OPENERS = frozenset({",", ".", ";", ":", "and", "but", "confirmed", "reported", "recorded"})


_TAKEN_UP = frozenset({",", "but", "and", ";"})  # before "the number" that takes up the figure told before


def _initial_stop(tokens: list[Token], k: int) -> bool:
    return tokens[k].low == "." and k > 0 and len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper()


def _modified_from(tokens: list[Token], first: int, v: _Vocabulary) -> int:
    """'the total number of ...', 'the official number of ...': the modifiers belong to the toll phrase."""
    while first - 1 >= 0 and tokens[first - 1].low in v.modifiers:
        first -= 1
    return first


def _toll_before(tokens: list[Token], end: int, v: _Vocabulary) -> tuple[int, str] | None:
    """A toll phrase within the clause before token `end` (its scope may sit between: 'the toll from ...')."""
    k = end
    while k > max(0, end - _SCOPE_SPAN):
        k -= 1
        if _initial_stop(tokens, k):
            continue  # the stop of an initial or abbreviation: "S. Korean", "the U.S. state"
        if tokens[k].low == "," and _in_place_pair(tokens, k, v.place_sides):
            continue  # "the toll from the collapse in Surfside, Florida, has risen to nine"
        if tokens[k].low == "," and (aside := _speech_aside(tokens, k)) is not None:
            k = aside  # "the death toll, officials said, has risen to 40": read on before the aside
            continue
        if tokens[k].low == "," and (aside := _earlier_aside(tokens, k, v)) is not None:
            k = aside  # "the death toll, initially put at 12, rose to 15": the aside gives the figure replaced
            continue
        if tokens[k].low in _CLAUSE_STOPS or tokens[k].low == ",":
            return None
        found = _toll_phrase_ending_at(tokens, k, v)
        if found is not None and (found[1] or k == end - 1):
            return found  # a head naming no metric ("the total") only right before the verb or "to"
    return None


_SPEECH = frozenset(["said", "says", "according", "reported", "officials", "police", "authorities"])
_ASIDE = 8  # tokens an aside between commas may take


def _speech_aside(tokens: list[Token], k: int) -> int | None:
    """Where the aside closed by the comma at tokens[k] opens, when it says who gave the figure
    (", officials said,", ", according to the ministry,"); None otherwise."""
    for j in range(k - 1, max(-1, k - 1 - _ASIDE), -1):
        if tokens[j].low == ",":
            return j if any(t.low in _SPEECH for t in tokens[j + 1 : k]) else None
        if tokens[j].low in _CLAUSE_STOPS and tokens[j].low not in _SPEECH:
            return None
    return None


def _earlier_aside(tokens: list[Token], k: int, v: _Vocabulary) -> int | None:
    """Where the aside closed by the comma at tokens[k] opens, when it gives the figure the toll replaced
    (", initially put at 12,", ", which had stood at 9,"); None otherwise."""
    for j in range(k - 1, max(-1, k - 1 - _ASIDE), -1):
        if tokens[j].low == ",":
            opener = j + 1 < k and tokens[j + 1].low in v.earlier_aside
            return j if opener and any(t.is_digits or t.low in NUMBER_WORDS for t in tokens[j + 2 : k]) else None
        if tokens[j].low in (";", ".", ":"):
            return None
    return None


def _in_place_pair(tokens: list[Token], k: int, sides: frozenset[str] = frozenset()) -> bool:
    """Is the comma at tokens[k] one of a place written with its container ("Surfside, Florida,"), maybe with
    the container's side ("Itaewon, central Seoul,")?"""
    if k < 1 or not tokens[k - 1].is_capitalised:
        return False
    after = k + 2 if k + 1 < len(tokens) and tokens[k + 1].low in sides else k + 1
    if after < len(tokens) and tokens[after].is_capitalised:
        return True  # between the town and its state
    # closing the pair: ", Florida," or ", New Mexico," or ", central Seoul," after a capitalised town
    for j in (k - 2, k - 3, k - 4):
        if j >= 1 and tokens[j].low == "," and tokens[j - 1].is_capitalised:
            inside = tokens[j + 1 : k]
            if inside and inside[0].low in sides:
                inside = inside[1:]
            return bool(inside) and all(t.is_capitalised for t in inside)
    return False


def _verb_ending_at(tokens: list[Token], k: int, v: _Vocabulary) -> tuple[int, str | None] | None:
    for length in (2, 1):
        phrase = _lows(tokens, k - length + 1, k + 1)
        if len(phrase) == length and phrase in v.verbs:
            return k - length + 1, v.verbs[phrase]
    return None


def _by_amount_before(tokens: list[Token], k: int, mentions: list[NumberMention]) -> int | None:
    """Where the verb ends before 'by 12' (and a comma) that ends at token k: the rise of 'rose by 12 to 56', 'rose
    by more than 500 to 2,944'."""
    if k >= 0 and tokens[k].low == ",":
        k -= 1
    rise = next((m for m in mentions if m.last - 1 == k), None)
    if rise is None or rise.qual_first < 2 or tokens[rise.qual_first - 1].low != "by":
        return None
    return rise.qual_first - 2


def _verb_particle_up_to(tokens: list[Token], m: NumberMention, v: _Vocabulary) -> NumberMention:
    """'The toll went up to 19': the verb's particle and the preposition, not the bound 'up to' (at most 19)."""
    if m.qualifier is not Qualifier.UP_TO or m.qual_first < 1 or tokens[m.qual_first].low != "up":
        return m
    if (tokens[m.qual_first - 1].low, "up") not in v.verbs:
        return m
    low, high = bounds(m.value, Qualifier.EXACT)
    return replace(m, qual_first=m.qual_first + 1, qualifier=Qualifier.EXACT, low=low, high=high)


def _governor(
    tokens: list[Token], m: NumberMention, v: _Vocabulary, mentions: list[NumberMention]
) -> tuple[int, str, str | None] | None:
    """(first token, metric, verb qualifier) of the toll statement that gives number `m`, or None."""
    k = m.qual_first - 1
    preposition = k >= 0 and tokens[k].low in v.prepositions
    if preposition:
        k -= 1
    if k < 0:
        return None
    # "a death toll of 50", "the death toll at 111", "the number of dead to 38" (a toll phrase right before)
    if preposition:
        direct = _toll_phrase_ending_at(tokens, k, v)
        if direct is not None and not direct[1] and tokens[k + 1].low == "of":
            return None  # "a total of 5 people were shot": a count of its own, read by the binder
        if direct is not None:
            first, metric = direct
            if first >= 2 and tokens[first - 1].low in ("the", "its", "their") and tokens[first - 2].low in v.actions:
                return first - 2, metric, None  # "lowered the number of dead to 38"
            return first, metric, None
    # "... has risen to", "... stands at", "... crossed"
    verb = _verb_ending_at(tokens, k, v)
    if verb is None and preposition and (rise := _by_amount_before(tokens, k, mentions)) is not None:
        verb = _verb_ending_at(tokens, rise, v)  # "rose by 12 to 56", "climbed by 12, to 56"
    if verb is None and preposition:
        # "rose overnight to", "climbed on Tuesday morning to": a short time phrase after the verb
        q = k
        while q > 0 and k - q < _TIME_SPAN and tokens[q].low in v.time_words:
            q -= 1
            verb = _verb_ending_at(tokens, q, v)
            if verb is not None:
                break
    if verb is not None:
        vstart, qualifier = verb
        q = vstart - 1
        while q >= 0 and tokens[q].low in v.auxiliaries:
            q -= 1
        if q >= 0:
            direct = _toll_phrase_ending_at(tokens, q, v)
            found = (direct[0], direct[1]) if direct is not None else _toll_before(tokens, q + 1, v)
            if (
                found is not None and tokens[found[0]].low in v.anaphoric_subjects
                and tokens[vstart].low not in v.change_verbs
            ):  # fmt: skip
                return None  # "It was 15 years ago"
            if found is not None:
                return found[0], found[1], qualifier
    # "raised the death toll from the quake to 2,189", "raising the toll to 10"
    if preposition and tokens[m.qual_first - 1].low == "to":
        found = _toll_before(tokens, m.qual_first - 1, v)
        if found is not None:
            first, metric = found
            a = first - 1
            if a >= 0 and tokens[a].low in ("the", "its", "their", "his", "her"):
                a -= 1
            if a >= 0 and tokens[a].low in v.actions:
                return a, metric, None
    # "His death brings to seven the number of people killed": the figure before the toll phrase it sets, a death
    # its subject (not "a violent week that brought to 20 the number of people shot in the city": a count of many)
    # (or, whatever its subject, a toll of one incident: "The find brought to 12 the number of people killed in the
    # flash floods")
    after_to = preposition and tokens[m.qual_first - 1].low == "to"
    if after_to and tokens[k].low in v.actions:
        after = _toll_after(tokens, m.last, v)
        if after is not None and (_a_death_before(tokens, k) or _one_incident_after(tokens, after[0] + 1, v)):
            return k, after[1], None
    return None


_DEATH_SUBJECTS = frozenset({"death", "deaths", "body", "bodies", "died", "dies"})
_SUBJECT_SPAN = 10


def _a_death_before(tokens: list[Token], k: int) -> bool:
    """Does the clause before tokens[k] tell a death or a body found ('His death', 'The death of the driver')?"""
    for q in range(k - 1, max(-1, k - 1 - _SUBJECT_SPAN), -1):
        low = tokens[q].low
        if low in _PHRASE_STOPS or low in ("that", "which", "who"):
            return False
        if low in _DEATH_SUBJECTS:
            return True
    return False


_PHRASE_STOPS = frozenset({";", ".", ":", "!", "?", ","})
_TOLL_AFTER_SPAN = 8  # tokens a toll phrase after its figure may take: "the number of people killed"


def _toll_after(tokens: list[Token], start: int, v: _Vocabulary) -> tuple[int, str] | None:
    """(last token, metric) of a toll phrase naming one that opens at tokens[start] with its article ('the number of
    people killed', 'the death toll'), or None."""
    if start >= len(tokens) or tokens[start].low not in ("the", "its", "their"):
        return None
    for end in range(start + 1, min(len(tokens), start + 1 + _TOLL_AFTER_SPAN)):
        if tokens[end].low in _PHRASE_STOPS:
            return None
        found = _toll_phrase_ending_at(tokens, end, v)
        if found is not None and found[1] and found[0] == start + 1:
            return end, found[1]
    return None


_INCIDENT_SPAN = 5  # tokens from the preposition to the incident's noun: "in Sunday 's flash floods"


def _one_incident_after(tokens: list[Token], start: int, v: _Vocabulary) -> bool:
    """Does a toll phrase ending before tokens[start] go on to name one incident ('... killed in the flash floods',
    '... who died in last week's tower fire'), not a place or a stretch ('in the city in a span of 80 hours')?"""
    if start >= len(tokens) or tokens[start].low not in ("in", "from", "during", "since"):
        return False
    for q in range(start + 1, min(len(tokens), start + 1 + _INCIDENT_SPAN)):
        low = tokens[q].low
        if low in _PHRASE_STOPS or low in ("in", "at", "on", "over", "of"):
            return False
        if low in v.set_incidents:
            return True
    return False


_LABEL_STARTS = frozenset({".", "|", ";", ",", "-", "–", "—", "•"})


def _labelled(tokens: list[Token], m: NumberMention, v: _Vocabulary) -> tuple[int, str, str | None] | None:
    """'Killed: 12', 'Injured: 40', 'Death toll: 114': a figure under a label of its metric (live pages, fact
    boxes). The label opens its clause."""
    colon = m.qual_first - 1
    if colon < 1 or tokens[colon].low != ":":
        return None
    found = _toll_phrase_ending_at(tokens, colon - 1, v)
    first, metric = found if found is not None and found[1] else (colon - 1, v.labels.get(tokens[colon - 1].low, ""))
    if not metric or (first > 0 and tokens[first - 1].low not in _LABEL_STARTS):
        return None
    return first, metric, None


_CHAIN_LINKS = frozenset({"but", "and", "then", ",", "before", "while"})
_CHAIN_SPAN = 10


def _chained(
    tokens: list[Token], m: NumberMention, previous: TollFigure, v: _Vocabulary
) -> tuple[int, str, str | None] | None:
    """A second toll verb sharing the first's subject: 'the toll stood at 1,941 on Monday but rose to 2,189 on
    Tuesday', 'climbed to 40 overnight and then to 52'. (first token, metric, verb qualifier) of the toll."""
    k = m.qual_first - 1
    if k < 0:
        return None
    preposition = tokens[k].low in v.prepositions
    if preposition:
        k -= 1
    metric = previous.metric
    if preposition and tokens[k].low in v.counted:  # "put the number of dead at 1,014 and injured at 3,200"
        metric = v.counted[tokens[k].low]
        k -= 1 if k > 0 and tokens[k - 1].low in v.determiners else 0
        k -= 1
        verb = None
    else:
        verb = _verb_ending_at(tokens, k, v)
        if verb is None and not preposition:
            return None
    vstart, qualifier = verb if verb is not None else (k + 1, None)  # "... and then to 52": the verb is shared
    q = vstart - 1
    while q >= 0 and tokens[q].low in v.auxiliaries:
        q -= 1
    end = previous.end
    linked = False
    while q >= 0 and tokens[q].start >= end and q > vstart - 1 - _CHAIN_SPAN:
        low = tokens[q].low
        if low in _CHAIN_LINKS:
            linked = True
        elif not (low in v.time_words or tokens[q].is_digits):
            return None
        q -= 1
    if not linked or q < 0 or tokens[q].end != end:
        return None
    return previous.first_token, metric, qualifier


def _qualified(m: NumberMention, verb_qualifier: str | None) -> tuple[Qualifier, int | None, int | None]:
    if verb_qualifier is not None and m.qualifier is Qualifier.EXACT:
        qualifier = Qualifier(verb_qualifier)
        low, high = bounds(m.value, qualifier)
        return qualifier, low, high
    return m.qualifier, m.low, m.high


def _has_phrase(
    tokens: list[Token], a: int, b: int, phrases: tuple[tuple[str, ...], ...], not_after: frozenset[str] = frozenset()
) -> bool:
    lows = _lows(tokens, a, b)
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(lows) - n + 1):
            if lows[i : i + n] == phrase and not (i > 0 and lows[i - 1] in not_after):
                return True
    return False


def _clause_end(tokens: list[Token], start: int) -> int:
    for k in range(start, len(tokens)):
        if tokens[k].low in _CLAUSE_STOPS or tokens[k].low == ",":
            return k
    return len(tokens)


def _earlier_after(
    tokens: list[Token], m: NumberMention, numbers: dict[int, NumberMention], v: _Vocabulary
) -> NumberMention | None:
    """'to 2,189 from an earlier count of 1,941', 'to 38, down from 39': the figure the toll replaced."""
    k = m.last
    if k < len(tokens) and tokens[k].low == ",":
        k += 1
    for link in v.earlier_links:
        if _lows(tokens, k, k + len(link)) == link:
            q = k + len(link)
            while q < len(tokens) and tokens[q].low in v.earlier_fillers and q - k < 8:
                q += 1
            if q in numbers and numbers[q].is_count and numbers[q].qualifier is not Qualifier.VAGUE:
                return numbers[q]
    return None


def toll_figures(tokens: list[Token], language: str = "en") -> list[TollFigure]:
    """The numbers of one sentence that the text states as a toll or as the figure a toll replaced."""
    v = vocabulary(language)
    mentions = [m for m in find_numbers(tokens) if m.is_count and m.qualifier is not Qualifier.VAGUE]
    if not mentions:
        return []
    mentions = [_verb_particle_up_to(tokens, m, v) for m in mentions]

    by_first = {m.qual_first: m for m in mentions} | {m.first: m for m in mentions}
    out: list[TollFigure] = []
    taken: set[int] = set()
    for m in mentions:
        if m.first in taken:
            continue
        change = _change(tokens, m, v)
        if change is not None:  # "rose from 1,941 to 2,189": the toll, and the figure it replaced
            (first, metric, verb_qualifier), old, new = change
            qualifier, low, high = _qualified(new, verb_qualifier)
            many = _has_phrase(tokens, first, _clause_end(tokens, new.last), v.many_incidents, v.stable_since)
            out.append(TollFigure(metric, new, qualifier, low, high, tokens[new.qual_first].start,
                                  tokens[new.last - 1].end, many_incidents=many, first_token=first,
                                  scope=_scope(tokens, first, m, v)))  # fmt: skip
            out.append(TollFigure(metric, old, old.qualifier, old.low, old.high, tokens[old.qual_first].start,
                                  tokens[old.last - 1].end, earlier=True, many_incidents=many))  # fmt: skip
            taken.add(m.first)
            continue
        governor = _governor(tokens, m, v, mentions) or _labelled(tokens, m, v)
        if governor is None and out and not out[-1].earlier:
            governor = _chained(tokens, m, out[-1], v)
            if governor is not None and governor[1] == out[-1].metric:
                out[-1] = replace(out[-1], earlier=True)  # "stood at 1,941 on Monday but rose to 2,189": replaced
        rising = _lows(tokens, m.last, m.last + 2) in v.still_rising
        if governor is None and not rising:
            continue
        if governor is not None:
            first, metric, verb_qualifier = governor
            if rising and verb_qualifier is None:
                verb_qualifier = "at_least"  # "Death toll: 114 and counting"
        else:
            near = _metric_near(tokens, m, v)
            if near is None:
                continue
            first, metric, verb_qualifier = m.qual_first, near, "at_least"
        if _combined_count(tokens, first, m.qual_first, v):
            continue  # "the number of dead and missing rose to 304": neither the dead nor the missing
        qualifier, low, high = _qualified(m, verb_qualifier)
        clause_end = _clause_end(tokens, m.last)
        many = _has_phrase(tokens, first, clause_end, v.many_incidents, not_after=v.stable_since)
        down = (
            any(t.low in v.downward for t in tokens[first : m.qual_first])
            or _lows(tokens, m.last, m.last + 3)[-2:] == ("down", "from")
            or _lows(tokens, m.last, m.last + 2) == ("down", "from")
        )
        out.append(
            TollFigure(metric, m, qualifier, low, high, tokens[m.qual_first].start, tokens[m.last - 1].end,
                       earlier=_has_phrase(tokens, 0, m.qual_first, v.earlier_cues)
                       or _replaced_toll(tokens, first, v)
                       or _has_phrase(tokens, m.last, m.last + _EARLIER_AFTER_REACH, v.earlier_after),
                       many_incidents=many, down=down, first_token=first, scope=_scope(tokens, first, m, v),
                       projected=_projected(tokens, first, m.qual_first, v), national=_national(tokens, first, v)
                       or _of_a_people(tokens, first, m.qual_first),
                       as_told_before=any(t.low in v.as_told_before for t in tokens[first : m.qual_first]))
        )  # fmt: skip
        taken.add(m.first)
        aside, olds = _aside_figures(tokens, first, m, mentions, v)
        if olds:
            current = out[-1]
            earlier = _has_phrase(tokens, 0, aside, v.earlier_cues) or _replaced_toll(tokens, first, v)
            down = current.down or any(old.value > m.value for old in olds)  # "had stood at 9, was revised to 8"
            out[-1] = replace(current, earlier=earlier, down=down)
        for old in olds:
            out.append(
                TollFigure(metric, old, old.qualifier, old.low, old.high, tokens[old.qual_first].start,
                           tokens[old.last - 1].end, earlier=True, many_incidents=many)
            )  # fmt: skip
            taken.add(old.first)
        replaced = _earlier_after(tokens, m, by_first, v)
        if replaced is not None:
            out.append(
                TollFigure(metric, replaced, replaced.qualifier, replaced.low, replaced.high,
                           tokens[replaced.qual_first].start, tokens[replaced.last - 1].end, earlier=True,
                           many_incidents=many)
            )  # fmt: skip
            taken.add(replaced.first)
    return out


_EARLIER_AFTER_REACH = 4  # tokens after a toll's figure where its source takes it back: "at 81 before revising it"


def _aside_figures(
    tokens: list[Token], first: int, m: NumberMention, mentions: list[NumberMention], v: _Vocabulary
) -> tuple[int, list[NumberMention]]:
    """Where an earlier-figure aside between the toll phrase and its figure opens, and its figures."""
    commas = [k for k in range(first, m.qual_first) if tokens[k].low == ","]
    for close in commas:
        opening = _earlier_aside(tokens, close, v)
        if opening is not None and opening >= first:
            return opening, [o for o in mentions if opening < o.qual_first < close]
    return 0, []


def _combined_count(tokens: list[Token], first: int, number: int, v: _Vocabulary) -> bool:
    """A toll phrase that joins two counts: 'the number of dead and missing', 'the toll of dead or injured'."""
    words = [t.low for t in tokens[first:number]]
    for i in range(1, len(words) - 1):
        if (
            words[i] in ("and", "or")
            and (words[i - 1] in v.counted or words[i - 1] in v.combined)
            and (words[i + 1] in v.counted or words[i + 1] in v.combined)
        ):
            pair = (v.counted.get(words[i - 1]), v.counted.get(words[i + 1]))
            if pair[0] == SHOT:
                continue  # "the number of people shot and killed": the dead, the last word's count
            return pair[0] != pair[1]
    return False


_NATIONAL_LEAD = 3  # words before a toll phrase that may name whose toll it is: "the overall Palestinian death toll"


def _national(tokens: list[Token], first: int, v: _Vocabulary) -> bool:
    """'the national death toll', 'the country's toll', 'the overall Ukrainian civilian toll': a toll of a people or
    a country, not of one incident."""
    for k in range(first - 1, max(-1, first - 1 - _NATIONAL_LEAD), -1):
        low = tokens[k].low
        if low in v.national:
            return True
        if low in v.determiners or low in _CLAUSE_STOPS or low == ",":
            return False
        if tokens[k].is_capitalised and gazetteer().demonym(fold(low)) is not None:
            return True
    return False


def _of_a_people(tokens: list[Token], first: int, end: int) -> bool:
    """'the number of Palestinians killed', 'the number of Afghan civilians killed': a toll phrase counting one
    people's dead (a demonym after its 'of') is that people's toll, like 'the overall Palestinian death toll'."""
    of = next((k for k in range(first, end) if tokens[k].low == "of"), None)
    if of is None:
        return False
    for t in tokens[of + 1 : end]:
        if t.is_capitalised and t.low.isalpha():
            word = fold(t.low)
            if gazetteer().demonym(word) is not None or gazetteer().demonym(word.removesuffix("s")) is not None:
                return True
    return False


_PROJECTION_LEAD = 4  # tokens before a toll phrase where its projection may be said: "officials fear the toll ..."


def _projected(tokens: list[Token], first: int, number: int, v: _Vocabulary) -> bool:
    """'the toll could rise to 100', 'officials fear the death toll will exceed 50': a projection word in the toll
    statement or just before it (within its clause)."""
    if any(t.low in v.projection for t in tokens[first:number]):
        return True
    for k in range(first - 1, max(-1, first - 1 - _PROJECTION_LEAD), -1):
        if tokens[k].low in _CLAUSE_STOPS or tokens[k].low == ",":
            return False
        if tokens[k].low in v.projection:
            return True
    return False


def _scope(tokens: list[Token], first: int, m: NumberMention, v: _Vocabulary) -> tuple[int, int]:
    """Offsets from the toll phrase to its verb (or to the figure when it has none)."""
    end = m.qual_first
    for k in range(first + 1, m.qual_first):
        if _verb_ending_at(tokens, k, v) is not None:
            end = k
            break
    return tokens[first].start, tokens[end].start if end < len(tokens) else tokens[-1].end


def _change(
    tokens: list[Token], m: NumberMention, v: _Vocabulary
) -> tuple[tuple[int, str, str | None], NumberMention, NumberMention] | None:
    """'the death toll rose from 1,941 to 2,189': after a toll verb, 'from A to B' is a change, not a range. The
    toll statement, A (the figure replaced) and B (the toll)."""
    if m.qualifier is not Qualifier.RANGE or m.qual_first < 2 or tokens[m.qual_first - 1].low != "from":
        return None
    verb = _verb_ending_at(tokens, m.qual_first - 2, v)
    if verb is None:
        return None
    to = next((k for k in range(m.first + 1, m.last) if tokens[k].low == "to"), None)
    if to is None:
        return None
    old, new = number_at(tokens, m.first), number_at(tokens, to + 1)
    if old is None or new is None or old.last != to:
        return None
    vstart, qualifier = verb
    q = vstart - 1
    while q >= 0 and tokens[q].low in v.auxiliaries:
        q -= 1
    if q < 0:
        return None
    direct = _toll_phrase_ending_at(tokens, q, v)
    found = direct if direct is not None else _toll_before(tokens, q + 1, v)
    if found is None:
        return None
    return (found[0], found[1], qualifier), old, new


def _replaced_toll(tokens: list[Token], first: int, v: _Vocabulary) -> bool:
    """'an increase from the official death count of 64': a toll phrase that is what a figure is compared with."""
    k = first
    while k > 0 and (tokens[k - 1].low in v.determiners or tokens[k - 1].low.endswith(("'s", "’s"))):
        k -= 1  # "the", "the government's"

    return any(_lows(tokens, k - len(p), k) == p for p in v.earlier_before if k >= len(p))


def _metric_near(tokens: list[Token], m: NumberMention, v: _Vocabulary) -> str | None:
    """'Death toll: 114 and counting', '114 dead and counting': the metric named next to a still-rising figure."""
    for k in range(max(0, m.qual_first - 4), min(len(tokens), m.last + 2)):
        low = tokens[k].low
        named = v.modifiers.get(low)
        if named:
            return named
        if low in v.counted:
            return v.counted[low]
    return None


@dataclass(frozen=True, slots=True)
class TollMark:
    """What the toll pass says of the claim starting at an offset."""

    earlier: bool
    many_incidents: bool
    down: bool = False
    scope: tuple[int, int] = (0, 0)  # see `TollFigure.scope`
    projected: bool = False  # see `TollFigure.projected`


def merge_tolls(
    raw: list[RawClaim], figures: list[TollFigure], told_before: str | None = None, natural: bool = False
) -> tuple[list[RawClaim], dict[int, TollMark]]:
    """The sentence's claims with each toll figure in place of whatever the binder made of that number, and
    the marks (update or earlier, the event's or many incidents') by claim start. `told_before`: the metric of the
    figure the text gave last before the sentence (for "that number rose to ..."). `natural`: the article is about
    a natural disaster (`names_natural_disaster`), whose national toll is its own."""
    if not figures:
        return raw, {}
    figures = [f for f in (_with_metric(f, raw, told_before) for f in figures) if f is not None]
    if not natural:
        figures = [_over_incidents(f, raw) for f in figures]
    kept = [rc for rc in raw if not any(rc.start < f.end and f.start < rc.end for f in figures)]
    marks: dict[int, TollMark] = {}
    for f in figures:
        kept.append(
            RawClaim(metric=f.metric, value=f.mention.value, low=f.low, high=f.high, qualifier=f.qualifier,
                     role=Role.TOTAL, start=f.start, end=f.end)
        )  # fmt: skip
        marks[f.start] = TollMark(f.earlier, f.many_incidents, f.down, f.scope, f.projected)
    kept.sort(key=lambda rc: rc.start)
    return kept, marks


def _over_incidents(figure: TollFigure, raw: list[RawClaim]) -> TollFigure:
    """'Strikes killed 22 people in the camp, bringing the overall Palestinian death toll to 8,000': a national toll
    told beside a smaller figure of the incident itself is one over many incidents. (Not a quake's or a flood's:
    'In Hatay, 40 more people died, bringing the national toll to 912' is the disaster's whole toll.)"""
    if not figure.national or figure.earlier:
        return figure
    own = [
        rc for rc in raw
        if rc.metric == figure.metric and rc.role is Role.TOTAL and not rc.singular and rc.end <= figure.start
        and rc.value < figure.mention.value
    ]  # fmt: skip
    return replace(figure, many_incidents=True) if own else figure


def _with_metric(figure: TollFigure, raw: list[RawClaim], told_before: str | None) -> TollFigure | None:
    """A toll whose head names no metric ("bringing the total to 57", "that number rose to") counts what the figure
    before it counts (in the sentence, else the one told last before it). 'The number of victims' after a figure of
    those shot counts those shot."""
    if figure.as_told_before:
        shot_before = [rc.metric for rc in raw if rc.end <= figure.start and rc.metric in (KILLED, WOUNDED, SHOT)]
        if (shot_before[-1] if shot_before else told_before) == SHOT:
            return replace(figure, metric=SHOT)
    if figure.metric:
        return figure
    before = [rc for rc in raw if rc.end <= figure.start and rc.metric in (KILLED, WOUNDED, SHOT)]
    if before:
        return replace(figure, metric=before[-1].metric)
    # "Police first reported five people were shot. They later revised that number to four."
    return replace(figure, metric=told_before) if told_before in (KILLED, WOUNDED, SHOT) else None


def apply_toll_mark(claim: Claim, mark: TollMark) -> Claim:
    """A toll is the event's current whole figure (an update), a figure it replaced (earlier), or a toll over
    many incidents (cumulative). A background sentence keeps its role: another disaster's toll."""
    if claim.role is Role.BACKGROUND:
        return claim
    if mark.many_incidents:
        return replace(claim, role=Role.CUMULATIVE, update=False)
    if mark.earlier or mark.projected:
        # a projection is no reported toll: like a replaced figure, it stands only when nothing else is given
        return replace(claim, role=Role.TOTAL, update=False, earlier_figure=True)
    return replace(claim, role=Role.TOTAL, update=True, earlier_figure=False, revised_down=mark.down)
