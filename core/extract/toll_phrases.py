"""Token readers of the toll pass: the toll phrase ("the death toll", "the number of people killed"), its verb
("has risen to"), the figure it governs, and the asides and chains around it (`core.extract.tolls.toll_figures`)."""

from __future__ import annotations

from dataclasses import replace

from core.extract.numbers import NUMBER_WORDS, NumberMention, bounds
from core.extract.tokens import Token
from core.extract.toll_marks import TollFigure
from core.extract.toll_vocabulary import _Vocabulary
from core.extract.triggers import SHOT
from core.models import Qualifier

_SCOPE_SPAN = (
    24  # tokens between a toll noun and its verb: "the toll from the fire that swept through ... on Wednesday night"
)
_TIME_SPAN = 4  # time-phrase tokens between a toll verb and its preposition
_CLAUSE_STOPS = frozenset({";", ".", ":", "!", "?", "who", "which", "while", "but", "said", "says"})


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
    if low in v.anaphoric and k > 1 and tokens[k - 1].low in v.corrected_adjectives and tokens[k - 2].low == "the":
        return k - 2, ""  # "but later said the correct number was 41": the figure told before, set right
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
