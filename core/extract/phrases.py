"""Finding the metric lexicon's trigger phrases in tokens.

The phrases of `core.extract.triggers` indexed by the word they start ("killed", "were shot") or end ("killing",
"the death toll rose to") with, and the look-ups every pass shares: is a post-trigger at token i, does a
pre-trigger end at token i, does a death word follow shortly after. Data-driven: no metric word is spelled here
except the few gunfire and hospital words the look-ups themselves need.
"""

from __future__ import annotations

from operator import itemgetter

from core.extract.numbers import MONTHS, NUMBER_WORDS
from core.extract.tokens import Token
from core.extract.triggers import (
    ATTEMPTED_BEFORE_TO,
    AUXILIARIES,
    CARE_TRIGGERS,
    COUNT_PRE_TRIGGERS,
    FOUND_HURT_PARTICIPLES,
    FOUND_HURT_SPAN,
    INJURY_SPAN_NEGATIONS,
    INJURY_SPAN_NOUNS,
    INJURY_SPAN_VERBS,
    INJURY_SPAN_WORDS,
    NOT_INJURIES,
    PERSON_NOUNS,
    POST_TRIGGERS,
    PRE_TRIGGERS,
    SHARE_OF,
    SHARE_POST_TRIGGERS,
    SHARE_WHOLES,
    SHOT,
    STRAY_FIRE,
)
from core.models import WOUNDED


def _index_by(triggers: dict[tuple[str, ...], str], position: int) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Trigger phrases grouped by their first (position 0) or last (-1) word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, metric in sorted(triggers.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(phrase[position], []).append((phrase, metric))
    return index


_POST_BY_FIRST = _index_by(POST_TRIGGERS, 0)
_CARE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in CARE_TRIGGERS:
    _CARE_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_PRE_BY_LAST = _index_by(PRE_TRIGGERS, -1)
_COUNT_PRE_BY_LAST = _index_by({**PRE_TRIGGERS, **COUNT_PRE_TRIGGERS}, -1)
# Verbs of the hurt carried to, or kept in, a hospital named within a few words: "taken to hospital", "rushed to a
# hospital in Lahore", "brought to the district hospital", "shifted to hospital", "admitted to Baguio General Hospital".
_HOSPITAL_VERBS = frozenset(
    {"taken", "transported", "rushed", "airlifted", "flown", "sent", "brought", "shifted", "admitted"}
)
_CONDITION_WORDS = frozenset({"in", "hospitalized", *_HOSPITAL_VERBS})


_LOW = itemgetter(Token._fields.index("low"))  # read in C: `map` over a slice sets up no Python frame per word


def _phrase_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    """Do the tokens from i on (i >= 0) read `phrase`?"""
    n = len(phrase)
    if i + n > len(tokens) or (n and tokens[i].low != phrase[0]):
        return False  # most calls end here (~200 calls per article)
    return n < 2 or tuple(map(_LOW, tokens[i : i + n])) == phrase


def _phrase_ending_at(tokens: list[Token], end: int, phrase: tuple[str, ...]) -> bool:
    start = end - len(phrase)
    return start >= 0 and _phrase_at(tokens, start, phrase)


def post_trigger_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """(metric, end index) of the post-trigger phrase starting at token i. Care for an ailment that is no injury
    ("hospitalised with heat exhaustion", "taken to hospital suffering from dehydration") counts no one hurt."""
    found = _post_trigger_at(tokens, i)
    if found is not None and found[0] == WOUNDED and _for_an_ailment(tokens, found[1]):
        return None
    if found is not None and found[0] == SHOT and tokens[i].low in _STRUCK:
        struck = _struck_by_gunfire(tokens, i)  # "struck by stray bullets": the hurt, as "hit by" reads
        found = struck if struck is not None and struck[0] == WOUNDED else found
    if (
        found is not None
        and _in_hospital(tokens, i, found[1])
        and (not _told_with_be(tokens, i) or _died_there(tokens, found[1]))
    ):
        return None
    return found


_BE = frozenset({"was", "were", "is", "are"})


def _in_hospital(tokens: list[Token], i: int, end: int) -> bool:
    """Is the phrase from i to `end` "in hospital(s)" or "in the hospital"?"""
    return tokens[i].low == "in" and tokens[end - 1].low in ("hospital", "hospitals") and end - i in (2, 3)


def _told_with_be(tokens: list[Token], i: int) -> bool:
    """'81 people were in hospital': a place of care is the injured's count only told with 'to be' ("two were killed
    at the scene and another in hospital" is where the third died)."""
    return i > 0 and tokens[i - 1].low in _BE


_THEN_WORDS = frozenset({"but", "and", "where", "until", "before"})
_ON_TO_DYING = frozenset({"later", "then", "eventually", "subsequently", "soon", "since", "he", "she", "they", *_BE,
                          "has", "had", "have"})  # fmt: skip
_DYING = frozenset({"died", "dying", "succumbed"})
_DIED_THERE_SPAN = 15  # "was in the hospital with life-threatening injuries but later died"


def _died_there(tokens: list[Token], end: int) -> bool:
    """'Roe was in the hospital with critical injuries but later died', 'where she died': the one in hospital is
    one of the dead, no count of the injured (a new subject, 'and one later died', is a part of them: not this)."""
    for k in range(end, min(len(tokens), end + _DIED_THERE_SPAN)):
        low = tokens[k].low
        if low in (".", ";"):
            return False
        if low in _THEN_WORDS:
            j = k + 1
            while j < len(tokens) and tokens[j].low in _ON_TO_DYING:
                j += 1
            if j < len(tokens) and tokens[j].low in _DYING:
                return True
    return False


def _for_an_ailment(tokens: list[Token], end: int) -> bool:
    """Does the care told up to `end` name its cause right after it, an ailment that is no injury (`NOT_INJURIES`):
    'with heat exhaustion', 'suffering from dehydration', 'for stress'?"""
    cause = False
    for k in range(end, min(len(tokens), end + _AILMENT_SPAN)):
        low = tokens[k].low
        if low in NOT_INJURIES:
            return cause
        if low in _CAUSE_WORDS:
            cause = True
        elif low in _SPAN_BREAKS and low != "in":
            return False
    return False


_CAUSE_WORDS = frozenset({"with", "for", "from", "suffering", "as"})
_AILMENT_SPAN = 6  # "taken to hospital suffering from severe exhaustion"


def _post_trigger_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    if i >= len(tokens):
        return None
    low = tokens[i].low
    if phrases := _POST_BY_FIRST.get(low):
        # the words ahead read once, as long as the longest phrase (the first): each phrase is then one tuple
        # comparison, not a call reading its words again (a hundred phrases tried per article)
        ahead = tuple(map(_LOW, tokens[i : i + len(phrases[0][0])]))
        for phrase, metric in phrases:
            if ahead[: len(phrase)] == phrase:
                return metric, i + len(phrase)
    if low in SHARE_POST_TRIGGERS and _share_of_the_harmed(tokens, i):
        return SHARE_POST_TRIGGERS[low], i + 1  # "45 casualties, eight of them fatal"
    if low == "with":
        # "a man with a (non-life-threatening) gunshot wound": shot; whether he lived is told elsewhere
        for k in range(i + 1, min(len(tokens), i + 6)):
            wound_follows = k + 1 < len(tokens) and tokens[k + 1].low in ("wound", "wounds", "injury", "injuries")
            if tokens[k].low == "gunshot" and wound_follows:
                return SHOT, k + 2
            if tokens[k].low in (",", ".", "and"):
                break
        # "left 17 people with injuries", "40 people with minor injuries": wounded
        return _injury_span(tokens, i)
    if low in _STRUCK:
        return _struck_by_gunfire(tokens, i)
    if low in FOUND_HURT_PARTICIPLES and (found := _found_hurt(tokens, i)) is not None:
        return found
    if low == "left" and i + 1 < len(tokens) and tokens[i + 1].low in INJURY_SPAN_VERBS:
        return _injury_span(tokens, i + 1)  # "twelve others were left nursing injuries"
    if low in INJURY_SPAN_VERBS:
        found = _injury_span(tokens, i)
        return found if found is not None or low != "treated" else _treated_in_hospitals(tokens, i)
    if low in _HOSPITAL_VERBS and i + 1 < len(tokens) and tokens[i + 1].low == "to":
        for k in range(i + 2, min(len(tokens), i + 6)):
            if tokens[k].low in ("hospital", "hospitals"):
                return WOUNDED, k + 1
    return None


def _share_of_the_harmed(tokens: list[Token], i: int) -> bool:
    """Does 'of them' (`SHARE_OF`) come right before token i, after a count of the people harmed told within a few
    words before it (`SHARE_WHOLES`: '45 casualties, eight of them')?"""
    if i < 2 or tokens[i - 1].low not in SHARE_OF or tokens[i - 2].low != "of":
        return False
    return any(t.low in SHARE_WHOLES for t in tokens[max(0, i - 8) : i - 2])


def _treated_in_hospitals(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """'are being treated in six hospitals', 'treated at two local hospitals': wounded."""
    if i + 1 < len(tokens) and tokens[i + 1].low in ("in", "at"):
        for k in range(i + 2, min(len(tokens), i + 6)):
            if tokens[k].low in ("hospital", "hospitals"):
                return WOUNDED, k + 1
            if not tokens[k].text[:1].isalnum():
                break
    return None


_SPAN_BREAKS = frozenset({",", ".", ";", ":", "and", "but", "after", "when", "while", "in", "at"})


def _injury_span(tokens: list[Token], i: int, where: bool = False) -> tuple[str, int] | None:
    """'sustained various injuries', 'receiving treatment for their injuries': wounded, when no negation sits
    between the verb and the injury noun."""
    stop = min(len(tokens), i + 1 + INJURY_SPAN_WORDS)
    where = where or tokens[i].low in _CARE_WHERE_VERBS
    k = i + 1
    while k < stop:
        low = tokens[k].low
        if low in INJURY_SPAN_NOUNS:
            return WOUNDED, k + 1
        if where and low in _CARE_PLACE_STARTS:
            where = False  # "treated at the scene for minor injuries": where, then what for
            stop = min(len(tokens), stop + _CARE_PLACE_WORDS)
        elif low in _SPAN_BREAKS or low in INJURY_SPAN_NEGATIONS:
            return None
        k += 1
    return None


_CARE_WHERE_VERBS = frozenset({"treated", "receiving"})
_CARE_PLACE_STARTS = frozenset({"at", "in", "on"})
_CARE_PLACE_WORDS = 4  # "at a nearby hospital", "at the scene", "in hospital"


def _found_hurt(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """'were rescued with injuries', 'were pulled from the rubble with serious injuries': wounded, read at the "with"
    the participle is followed by within its clause. ('All four were found with gunshot wounds' may tell of the
    dead: no count here.)"""
    for k in range(i + 1, min(len(tokens), i + 1 + FOUND_HURT_SPAN)):
        low = tokens[k].low
        if low == "with":
            found = post_trigger_at(tokens, k)
            return found if found is not None and found[0] == WOUNDED else None
        if low == "and" and tokens[i].low not in _FOUND_OR_LEFT:
            # "were rescued alive and taken to hospital", "survived and are being treated in hospital" (not "found
            # ... and taken to hospital": a victim found is often told dead further on)
            j = k + 1
            while j < len(tokens) and tokens[j].low in AUXILIARIES:
                j += 1
            found = post_trigger_at(tokens, j)
            if found is None or found[0] != WOUNDED or _death_follows(tokens, found[1]):
                return None  # "found and taken to hospital, where he died": no one counted hurt
            return found
        if low in _SPAN_BREAKS and low not in ("in", "at"):
            return None
    return None


_FOUND_OR_LEFT = frozenset({"found", "left"})
_STRUCK = frozenset({"hit", "struck", "grazed"})
_GUNFIRE = frozenset({"bullet", "bullets", "gunfire", "round", "rounds", "pellets", "gunshot", "shots", "shot"})


def _struck_by_gunfire(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """'was struck in the head by a bullet', 'hit by a stray bullet', 'hit by gunfire': shot."""
    by = False
    for k in range(i + 1, min(len(tokens), i + 9)):
        low = tokens[k].low
        if low in (",", ".", ";", "and", "but", "while", "when", "after"):
            return None
        by = by or low == "by"
        if by and low in _GUNFIRE:
            if tokens[k - 1].low in STRAY_FIRE and not _death_in_the_sentence(tokens, i, k + 1):
                return WOUNDED, k + 1  # "two passengers were hit by stray bullets": the hurt
            return SHOT, k + 1
    return None


def _death_in_the_sentence(tokens: list[Token], start: int, end: int) -> bool:
    """Is a death told in the sentence of tokens[start:end], before it or shortly after ('a woman was killed when
    she was hit by a stray bullet', '... hit by stray bullets and died')?"""
    for k in range(start - 1, -1, -1):
        if tokens[k].low in (".", ";"):
            break
        if tokens[k].low in _DEATH_WORDS:
            return True
    return _death_follows(tokens, end)


def _pre_trigger_ending_at(tokens: list[Token], end: int, count: bool = False) -> str | None:
    """The metric of the pre-trigger phrase ending at `end`; `count`: before a number (COUNT_PRE_TRIGGERS too)."""
    if end <= 0:
        return None
    phrases = (_COUNT_PRE_BY_LAST if count else _PRE_BY_LAST).get(tokens[end - 1].low)
    if not phrases:
        return None
    behind = tuple(map(_LOW, tokens[max(0, end - len(phrases[0][0])) : end]))  # read once, as in `_post_trigger_at`
    for phrase, metric in phrases:
        if len(phrase) <= len(behind) and behind[-len(phrase) :] == phrase:
            return None if _only_attempted(tokens, end - len(phrase)) else metric
    return None


def _only_attempted(tokens: list[Token], start: int) -> bool:
    """Is the harm phrase starting at `start` an infinitive after a word of trying or threatening ("tried to kill
    three people", "a plot to kill 20")? Then it tells what someone meant to do, not a harm done."""
    return start >= 2 and tokens[start - 1].low == "to" and tokens[start - 2].low in ATTEMPTED_BEFORE_TO


_DEATH_WORDS = frozenset({"died", "dead", "killed", "dies", "fatally", "succumbed"})
_DEATH_SCAN = 12


_NEW_SUBJECT_STARTS = frozenset({"the", "a", "an", "his", "her", "their", "another", "one", "two"})
_SUBJECT_VERBS = frozenset({"was", "were", "is", "are", "has", "have", "had"})


def _new_subject_after(tokens: list[Token], k: int) -> bool:
    """After the 'and' at tokens[k], a noun phrase with its own verb: 'and the suspect was killed'."""
    if k + 1 >= len(tokens) or not (tokens[k + 1].low in _NEW_SUBJECT_STARTS or tokens[k + 1].is_capitalised):
        return False
    for j in range(k + 2, min(len(tokens), k + 6)):
        if tokens[j].low in _SUBJECT_VERBS:
            return True
        if tokens[j].low in _DEATH_WORDS or not tokens[j].text[:1].isalnum():
            return False
    return False


def _death_follows(tokens: list[Token], start: int, stop_at_numbers: bool = False) -> bool:
    """'... and died', '... and was pronounced dead' shortly after, before a clause break (or another number:
    in 'two were shot and one died' the death belongs to 'one')."""
    for k in range(start, min(len(tokens), start + _DEATH_SCAN)):
        low = tokens[k].low
        if low in (";", ".", "but", "while", "who", "which"):
            return False
        if low == "and" and k > start and tokens[k - 1].low == ",":
            return False  # "..., and Roe later died": a new clause with its own subject
        if low == "and" and _new_subject_after(tokens, k):
            return False  # "an officer was wounded and the suspect was killed": the death is another's
        if low == "," and k + 1 < len(tokens) and tokens[k + 1].low in PERSON_NOUNS and tokens[k + 1].low != "others":
            return False  # "Two injured, shooter dead": a headline's second clause, its own subject
        a_number = tokens[k].is_digits or low in NUMBER_WORDS or low in ("both", "all", "none")
        a_date = tokens[k].is_digits and k > 0 and (tokens[k - 1].low in MONTHS or _a_year_of(tokens, k))
        if stop_at_numbers and a_number and not a_date:
            return False
        if low in _DEATH_WORDS and _counts_its_own(tokens, k + 1):
            return False  # "treated in hospital after the quake killed 37": that verb's dead are its own count
        if low in _DEATH_WORDS and _death_of_a_person_named_before(tokens, k):
            return False  # "shot at a memorial for a man killed last month": that man's death, an earlier one
        if low in _DEATH_WORDS or (low == "passed" and k + 1 < len(tokens) and tokens[k + 1].low == "away"):
            return True
    return False


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their"})
_PERSON_SPAN = 3  # words from the determiner to the death word: "a man killed", "a young father killed"


def _death_of_a_person_named_before(tokens: list[Token], k: int) -> bool:
    """Is the death word at tokens[k] told of a person of its own, named just before it ('for a man killed last
    month', 'the funeral of a teenager shot dead', 'the gunman killed by police'), not of those counted?"""
    if k > 2 and tokens[k].low == "dead" and tokens[k - 1].low == "shot":
        k -= 1  # "a teenager shot dead"
    if k < 2 or tokens[k - 1].low not in PERSON_NOUNS:
        return False
    return any(tokens[j].low in _DETERMINERS for j in range(max(0, k - _PERSON_SPAN - 1), k - 1))


def _a_year_of(tokens: list[Token], k: int) -> bool:
    """'wounded in 2012 ... dies', 'hurt in the 2019 crash': tokens[k] a year after 'in' or 'the', no count."""
    text = tokens[k].text
    return len(text) == 4 and text[:2] in ("19", "20") and tokens[k - 1].low in ("in", "the", "since")


_OWN_COUNT_OPENERS = (("at", "least"), ("more", "than"), ("over",), ("nearly",), ("about",), ("around",), ("some",))


def _counts_its_own(tokens: list[Token], k: int) -> bool:
    """Does a count (perhaps qualified: 'at least 37') open at tokens[k], the object of the death verb before it? Not
    a time ('died at 2:07', 'pronounced dead at 7:32 p.m.')."""
    for opener in _OWN_COUNT_OPENERS:
        if _phrase_at(tokens, k, opener):
            k += len(opener)
            break
    if k >= len(tokens):
        return False
    low = tokens[k].low
    if tokens[k].is_digits:
        return not (k + 1 < len(tokens) and tokens[k + 1].low in ("a", "p", "am", "pm", ":"))  # "at 7 p.m."
    return low in NUMBER_WORDS and low not in ("a", "an", "one")
    return False
