"""Binding numbers to metrics inside one sentence: the core of claim extraction.

A number becomes a claim when a metric trigger governs it: after its noun phrase ("nine people [were]
killed"), before it ("killing nine people", "the death toll rose to 12"), or as its head noun ("51 deaths").
Singular phrasings ("a man was shot and killed", "killing a civilian") and the gunman's own death are found
by separate passes. Offsets in `RawClaim` are into the field text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.extract.lexicon import MONTHS_BUT_MAY, WEEKDAYS
from core.extract.numbers import MONTHS, NUMBER_WORDS, NumberMention, find_numbers
from core.extract.roles import has_subset_cue, is_increment
from core.extract.tokens import Token
from core.extract.triggers import (
    ALL_BUT,
    AUXILIARIES,
    CARE_TRIGGERS,
    DAMAGE_NOUNS,
    DAMAGE_VERBS,
    FEARED_MODALS,
    METRIC_NOUNS,
    PEOPLE_WHERE,
    PERPETRATOR_NOUNS,
    PERSON_NOUNS,
    POST_TRIGGERS,
    PRE_TRIGGERS,
    SHOT,
    TOLL_LINKS,
    TOLL_METRIC,
    TOLL_NOUNS,
    UNCONFIRMED_DEATHS,
)
from core.models import KILLED, WOUNDED, Qualifier, Role


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
_MAX_NP = 4
_CONDITION_WORDS = frozenset({"in", "taken", "transported", "rushed", "airlifted", "flown", "sent", "hospitalized"})
_HOSPITAL_VERBS = frozenset({"taken", "transported", "rushed", "airlifted", "flown", "sent"})

NP_STOP = frozenset(
    [
        "and",
        "or",
        "but",
        "nor",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "after",
        "before",
        "during",
        "when",
        "while",
        "as",
        "for",
        "to",
        "of",
        "including",
        "among",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "these",
        "those",
        "than",
        "into",
        "near",
        "inside",
        "outside",
        "across",
        "over",
        "under",
        "since",
        "until",
        "following",
        "amid",
        "per",
        "said",
        "says",
        "according",
        "were",
        "was",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "not",
        "no",
        "also",
        "later",
        "then",
        "after",
        "late",
        "early",
        "last",
        "this",
        "morning",
        "night",
        "evening",
        "afternoon",
        "overnight",
        "today",
        "tonight",
        "yesterday",
        *WEEKDAYS,
        *MONTHS_BUT_MAY,
        "here",
        "there",
        "where",
        "if",
        "because",
        "so",
        "all",
        "each",
        "both",
        "more",
    ]
) - {"more"}
_APPOSITIVE_START = frozenset(
    ["among", "including", "all", "most", "mostly", "many", "both", "some", "mainly", "several", "of"]
)
_LIVES_VERBS = frozenset(["claimed", "claiming", "cost", "costing", "took", "taking", "lost"])
_FILLERS_BEFORE = (("a", "total", "of"), ("another",), ("an", "additional"), ("the",), ("all",))

SINGULAR_PERSON = frozenset(
    [
        "chief",
        "sergeant",
        "lieutenant",
        "captain",
        "corporal",
        "detective",
        "marshal",
        "youngster",
        "person",
        "man",
        "woman",
        "boy",
        "girl",
        "teen",
        "teenager",
        "person",
        "child",
        "kid",
        "baby",
        "infant",
        "toddler",
        "civilian",
        "victim",
        "officer",
        "deputy",
        "trooper",
        "agent",
        "student",
        "resident",
        "bystander",
        "passenger",
        "worker",
        "employee",
        "clerk",
        "customer",
        "driver",
        "guard",
        "mother",
        "father",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "girlfriend",
        "boyfriend",
        "friend",
        "neighbor",
        "neighbour",
        "grandmother",
        "grandfather",
        "cousin",
        "uncle",
        "aunt",
        "youth",
        "juvenile",
        "minor",
        "pedestrian",
        "suspect",
        "gunman",
        "shooter",
        "attacker",
        "assailant",
        "robber",
        "intruder",
        "homeowner",
        "owner",
        "patron",
        "soldier",
        "journalist",
        "male",
        "female",
        "gentleman",
        "lady",
        "teenager",
        "security",
        "relative",
        "roommate",
        "nephew",
        "niece",
        "stepfather",
        "stepson",
        "stepdaughter",
    ]
)
# Singular person nouns also include every singular form of the plural-aware lexicon ("grandson", "member").
SINGULAR_PERSON = SINGULAR_PERSON | frozenset(
    n
    for n in PERSON_NOUNS
    if not n.endswith("s") and n not in ("people", "men", "women", "children", "staff", "personnel", "more", "police")
)
_SINGULAR_AUX = frozenset(
    [
        "was",
        "is",
        "has",
        "had",
        "been",
        "got",
        "also",
        "reportedly",
        "later",
        "then",
        "eventually",
        "apparently",
        "allegedly",
        "would",
        "will",
        "did",
        "lay",
        "lies",
    ]
)
_SINGULAR_TENSE = frozenset({"was", "is", "has", "had", "got", "been", "would", "will", "did", "lay", "lies"})
# After a passive trigger without auxiliary, these start an object: "a man killed his wife" is active.
_OBJECT_START = frozenset(
    ["his", "her", "their", "a", "an", "the", "two", "three", "four", "five", "him", "them", "himself", "herself"]
)
_DETERMINERS = frozenset({"a", "an", "another", "the", "his", "her", "their"})
_NOT_NAMES = frozenset(
    [
        "police",
        "officials",
        "authorities",
        "investigators",
        "it",
        "this",
        "that",
        "there",
        "he",
        "she",
        "they",
        "we",
        "i",
        "who",
        "what",
        "which",
        "one",
        "the",
        "a",
        "an",
        "and",
        "but",
        "said",
        "according",
        "detectives",
        "witnesses",
        "prosecutors",
        "deputies",
        "officers",
    ]
) | {
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("january", "february", "march", "april", "june", "july", "august", "september", "october"),
    *("november", "december", "hospital", "center", "centre", "medical", "county", "department", "office"),
    *("school", "street", "avenue", "road", "park", "church", "court", "jail", "university", "college"),
    *("posted", "updated", "photo", "video", "watch", "click", "copyright"),
}
_NOMINAL_DEATH = (
    ("death", "of"), ("killing", "of"), ("murder", "of"), ("slaying", "of"), ("homicide", "of"), ("life", "of"),
    ("shooting", "death", "of"),
)  # fmt: skip
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


@dataclass(frozen=True, slots=True)
class RawClaim:
    metric: str
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    role: Role
    start: int  # quote offsets in the field text
    end: int
    subject: str | None = None
    derivation: str | None = None
    singular: bool = False

    @classmethod
    def exact(
        cls,
        metric: str,
        value: int,
        *,
        start: int,
        end: int,
        subject: str | None = None,
        derivation: str | None = None,
        singular: bool = False,
    ) -> RawClaim:
        """A whole figure of exactly `value` (a count the text implies or derives, not a number it qualifies)."""
        return cls(metric, value, value, value, Qualifier.EXACT, Role.TOTAL, start, end, subject, derivation, singular)


def _one(metric: str, *, start: int, end: int, subject: str | None) -> RawClaim:
    """A count of one implied by a singular phrasing ("a man was shot and killed")."""
    return RawClaim.exact(metric, 1, start=start, end=end, subject=subject, singular=True)


def _phrase_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if i + n > len(tokens) or (n and tokens[i].low != phrase[0]):
        return False  # most calls end here: no generator is set up for them (~200 calls per article)
    return all(tokens[i + k].low == phrase[k] for k in range(1, n))


def _phrase_ending_at(tokens: list[Token], end: int, phrase: tuple[str, ...]) -> bool:
    start = end - len(phrase)
    return start >= 0 and _phrase_at(tokens, start, phrase)


def post_trigger_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """(metric, end index) of the post-trigger phrase starting at token i."""
    if i >= len(tokens):
        return None
    low = tokens[i].low
    for phrase, metric in _POST_BY_FIRST.get(low, ()):
        if _phrase_at(tokens, i, phrase):
            return metric, i + len(phrase)
    if low == "with":
        # "a man with a (non-life-threatening) gunshot wound": shot; whether he lived is told elsewhere
        for k in range(i + 1, min(len(tokens), i + 6)):
            wound_follows = k + 1 < len(tokens) and tokens[k + 1].low in ("wound", "wounds", "injury", "injuries")
            if tokens[k].low == "gunshot" and wound_follows:
                return SHOT, k + 2
            if tokens[k].low in (",", ".", "and"):
                break
    if low in _STRUCK:
        return _struck_by_gunfire(tokens, i)
    if low in _HOSPITAL_VERBS and i + 1 < len(tokens) and tokens[i + 1].low == "to":
        for k in range(i + 2, min(len(tokens), i + 6)):
            if tokens[k].low in ("hospital", "hospitals"):
                return WOUNDED, k + 1
    return None


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
            return SHOT, k + 1
    return None


def _pre_trigger_ending_at(tokens: list[Token], end: int) -> str | None:
    if end <= 0:
        return None
    for phrase, metric in _PRE_BY_LAST.get(tokens[end - 1].low, ()):
        if _phrase_ending_at(tokens, end, phrase):
            return metric
    return None


@dataclass(frozen=True, slots=True)
class _NounPhrase:
    end: int  # exclusive token index
    head: str | None
    adjective_metric: str | None  # "two injured officers"


def noun_phrase_after(tokens: list[Token], k: int) -> _NounPhrase:
    j = k
    adjective_metric = None
    while j < len(tokens) and j - k < _MAX_NP:
        tok = tokens[j]
        low = tok.low
        if not (tok.text[:1].isalpha() or _is_age(low)) or low in NP_STOP or low in AUXILIARIES:
            break
        post = post_trigger_at(tokens, j)
        if post is not None:
            nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
            if nxt in PERSON_NOUNS and post[0] != SHOT:
                adjective_metric = post[0]
                j += 1
                continue
            break
        if low in ("shooting", "gunshot") and j + 1 < len(tokens) and tokens[j + 1].low in ("victim", "victims"):
            adjective_metric = SHOT  # "four shooting victims"
            j += 1
            continue
        if low.endswith("ing") and len(low) > 4:
            break
        if _pre_trigger_ending_at(tokens, j + 1) is not None and low not in PERSON_NOUNS:
            break
        j += 1
        if low in METRIC_NOUNS or (
            low in PERSON_NOUNS and j < len(tokens) and tokens[j].low not in PERSON_NOUNS and low not in _BEFORE_HEAD
        ):
            break
    head = tokens[j - 1].low if j > k else None
    return _NounPhrase(j, head, adjective_metric)


_BEFORE_HEAD = frozenset({"more"})  # "two more climbers": the head is after it
_PERSON_SUFFIXES = ("men", "ers", "ists", "ians", "ees", "ents", "ors")
_NOT_PEOPLE = frozenset(
    [
        "numbers",
        "letters",
        "hours",
        "centers",
        "centres",
        "papers",
        "computers",
        "rockets",
        "shelters",
        "chambers",
        "quarters",
        "members",
        "documents",
        "comments",
        "incidents",
        "accidents",
        "segments",
        "departments",
        "elements",
        "statements",
        "apartments",
        "floors",
        "doors",
        "errors",
        "mirrors",
        "sectors",
        "monitors",
        "motors",
    ]
) - {"members"}


def _head_can_be_counted(tokens: list[Token], np: _NounPhrase) -> bool:
    """People (or an unnamed head): 'nine people', 'four others', 'two hikers', '5 Palestinians'."""
    if np.head is None or np.head in PERSON_NOUNS:
        return True
    if np.head.endswith(_PERSON_SUFFIXES) and np.head not in DAMAGE_NOUNS and np.head not in _NOT_PEOPLE:
        return True
    head_token = tokens[np.end - 1]
    return head_token.is_capitalised and head_token.low.endswith("s")


def _skip_to_trigger(tokens: list[Token], j: int) -> int:
    """Skip auxiliaries, appositions (', among them ..., ') and brackets between a noun phrase and its verb."""
    for _ in range(20):
        if j >= len(tokens):
            return j
        low = tokens[j].low
        if low in AUXILIARIES:
            j += 1
        elif low == "," and j + 1 < len(tokens) and tokens[j + 1].low in _APPOSITIVE_START:
            close = _find(tokens, j + 1, ",", 14)
            if close is None:
                return j
            j = close + 1
        elif (low == "," and j + 1 < len(tokens) and tokens[j + 1].low in AUXILIARIES) or low in ("'", '"'):
            j += 1
        elif low == "(":
            close = _find(tokens, j + 1, ")", 14)
            if close is None:
                return j
            j = close + 1
        elif (where := _past_people_where(tokens, j)) is not None:
            j = where
        elif low in FEARED_MODALS and j + 1 < len(tokens) and tokens[j + 1].low == "have":
            j += 1  # "five may have died": a death feared, marked so by the pipeline (UNCONFIRMED_DEATHS)
        else:
            return j
    return j


_VEHICLE_DETERMINERS = frozenset(["the", "a", "an", "its", "their"])
_VEHICLE_WORDS = 4  # "aboard the Air India flight": the vehicle's name, up to the verb


def _past_people_where(tokens: list[Token], j: int) -> int | None:
    """'181 people aboard (the jet) died': the index after where the people were, or None."""
    phrase = next((p for p in PEOPLE_WHERE if _phrase_at(tokens, j, p)), None)
    if phrase is None:
        return None
    k = j + len(phrase)
    if k >= len(tokens) or tokens[k].low not in _VEHICLE_DETERMINERS:
        return k
    end = k + 1
    while (
        end < len(tokens)
        and end - k <= _VEHICLE_WORDS
        and tokens[end].text[:1].isalnum()
        and tokens[end].low not in AUXILIARIES
        and post_trigger_at(tokens, end) is None
    ):
        end += 1
    return end


_APPOSITION_LIMIT = 24


def _after_apposition(tokens: list[Token], comma: int) -> int:
    """'Two victims, a 25-year-old man and a 26-year-old man, died': the index after the closing comma."""
    for k in range(comma + 1, min(len(tokens), comma + _APPOSITION_LIMIT)):
        low = tokens[k].low
        if low in (".", ";") or post_trigger_at(tokens, k) is not None:
            return comma
        if low == ",":
            nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
            if nxt in AUXILIARIES or post_trigger_at(tokens, k + 1) is not None:
                return k + 1
    return comma


def _sent_to_hospital(tokens: list[Token], qual_first: int, after: int) -> bool:
    if qual_first == 0 or tokens[qual_first - 1].low not in _HOSPITAL_VERBS:
        return False
    if after >= len(tokens) or tokens[after].low != "to":
        return False
    return any(t.low in ("hospital", "hospitals") for t in tokens[after + 1 : after + 5])


def _after_of_phrase(tokens: list[Token], np: _NounPhrase) -> int:
    """'3 members of a family (were) killed': skip the 'of' phrase that completes a person noun."""
    j = np.end
    if np.head not in PERSON_NOUNS or j >= len(tokens) or tokens[j].low != "of":
        return j
    k = j + 1
    if k < len(tokens) and tokens[k].low in ("a", "an", "the", "his", "her", "their", "one", "same"):
        k += 1
    inner = noun_phrase_after(tokens, k)
    return inner.end if inner.end > k else j


def _coordinated_people(tokens: list[Token], j: int) -> tuple[int, int]:
    """After 'two men': ' and a woman' adds one person; ' and two women' is skipped (it is a number of its own,
    summed later). Returns (people added, index after the group)."""
    extra = 0
    while j + 1 < len(tokens) and tokens[j].low == "and":
        nxt = tokens[j + 1]
        if nxt.low in ("a", "an", "one"):
            np = noun_phrase_after(tokens, j + 2)
            if np.head not in SINGULAR_PERSON and not (np.head and _is_age(np.head)):
                break
            extra += 1
            j = np.end
        elif nxt.is_digits or nxt.low in NUMBER_WORDS:
            k = j + 2
            while k < len(tokens) and (tokens[k].is_digits or tokens[k].low in NUMBER_WORDS):
                k += 1
            np = noun_phrase_after(tokens, k)
            if np.head is None or np.head not in PERSON_NOUNS:
                break
            j = np.end
        else:
            break
    return extra, j


def _find(tokens: list[Token], start: int, text: str, limit: int) -> int | None:
    for k in range(start, min(len(tokens), start + limit)):
        if tokens[k].low == text:
            return k
    return None


_COUNT_NOUNS = frozenset({"number", "toll", "tally", "count", "total"})
_TOLL_SCAN = 8


def _count_of_metric_before(tokens: list[Token], p: int) -> str | None:
    """'raising the number of fatalities on both sides above 240': a count noun of a metric noun."""
    for k in range(p - 1, max(1, p - _TOLL_SCAN) - 1, -1):
        low = tokens[k].low
        if low in (",", ".", ";", "and"):
            return None
        if low in METRIC_NOUNS and tokens[k - 1].low == "of" and k >= 2 and tokens[k - 2].low in _COUNT_NOUNS:
            return METRIC_NOUNS[low]
    return None


def _toll_metric_before(tokens: list[Token], p: int) -> str | None:
    """'the death toll has risen to' + number."""
    k = p - 1
    steps = 0
    while k >= 0 and steps < 5 and tokens[k].low in TOLL_LINKS:
        k -= 1
        steps += 1
    if k >= 1 and tokens[k].low in TOLL_NOUNS and tokens[k - 1].low in TOLL_METRIC:
        return TOLL_METRIC[tokens[k - 1].low]
    if steps == 0:
        return None
    return _scoped_toll_before(tokens, k)


_SCOPED_TOLL_SPAN = 14
_SCOPE_WORDS = frozenset({"from", "in", "of", "after", "following", "at", "on", "since", "among"})
_COUNTED_HARM = {"killed": KILLED, "dead": KILLED, "injured": WOUNDED, "wounded": WOUNDED, "hurt": WOUNDED}


def _scoped_toll_before(tokens: list[Token], k: int) -> str | None:
    """'the death toll from Monday's explosion at the plant has risen to' / 'the number killed in the attack
    to': a toll noun whose scope ('from ...', 'in ...') sits between it and the rising verb."""
    for q in range(k, max(0, k - _SCOPED_TOLL_SPAN), -1):
        low = tokens[q].low
        if low in (",", ";", ".", ":", "and", "but", "which", "who"):
            return None
        nxt = tokens[q + 1].low if q + 1 < len(tokens) else ""
        if low in TOLL_NOUNS and q >= 1 and tokens[q - 1].low in TOLL_METRIC and nxt in _SCOPE_WORDS:
            return TOLL_METRIC[tokens[q - 1].low]
        if low == "number" and nxt in _COUNTED_HARM:
            return _COUNTED_HARM[nxt]  # "the number killed in the attack"
        if low == "number" and nxt == "of" and q + 2 < len(tokens):
            after = tokens[q + 2].low
            if after in ("people", "those", "victims", "persons") and q + 3 < len(tokens):
                after = tokens[q + 3].low  # "the number of people killed in the blast"
            if after in _COUNTED_HARM:
                return _COUNTED_HARM[after]
            if after in METRIC_NOUNS and METRIC_NOUNS[after] in (KILLED, WOUNDED):
                return METRIC_NOUNS[after]
    return None


def _pre_metric(tokens: list[Token], m: NumberMention) -> str | None:
    p = m.qual_first
    for filler in _FILLERS_BEFORE:
        if _phrase_ending_at(tokens, p, filler):
            p -= len(filler)
            break
    return _pre_trigger_ending_at(tokens, p) or _toll_metric_before(tokens, p) or _count_of_metric_before(tokens, p)


def _damage_metric(tokens: list[Token], m: NumberMention, np: _NounPhrase) -> str | None:
    if np.head not in DAMAGE_NOUNS:
        return None
    before = tokens[m.qual_first - 1].low if m.qual_first > 0 else ""
    if before in DAMAGE_VERBS:
        return f"{np.head} {DAMAGE_VERBS[before]}"
    after = _skip_to_trigger(tokens, np.end)
    if after < len(tokens) and tokens[after].low in DAMAGE_VERBS:
        return f"{np.head} {DAMAGE_VERBS[tokens[after].low]}"
    return None


@dataclass(frozen=True, slots=True)
class _Binding:
    metric: str
    subject: str | None
    trigger_index: int  # token index of the trigger (to stop singular passes reusing it)
    subset_of_previous: bool = False
    extra: int = 0  # people added by a coordinated singular: "two men and a woman" -> +1
    group_end: int = 0  # token index after the coordinated group
    increment: bool = False  # deaths among people already counted as hurt: "two injured workers died"


def bind_number(tokens: list[Token], m: NumberMention, previous: RawClaim | None) -> _Binding | None:
    k = m.last
    if any(_phrase_at(tokens, k, p) for p in (("of", "them"), ("of", "whom"), ("of", "the"), ("of", "those"))):
        k += 2
    elif m.qualifier is Qualifier.VAGUE and _phrase_at(tokens, k, ("of",)):
        k += 1  # "hundreds of people"
    np = noun_phrase_after(tokens, k)
    subject = np.head if np.head in PERSON_NOUNS and np.head not in ("more", "others", "other") else None
    if subject is None and np.head in ("others", "more") and previous is not None:
        subject = previous.subject
    damage = _damage_metric(tokens, m, np)
    if damage:
        return _Binding(damage, np.head, np.end)
    if not _head_can_be_counted(tokens, np):
        if np.head in METRIC_NOUNS:
            if np.head == "lives" and not (
                (m.qual_first > 0 and tokens[m.qual_first - 1].low in _LIVES_VERBS) or _lost_after(tokens, np.end)
            ):
                return None
            return _Binding(METRIC_NOUNS[np.head], None, np.end - 1)
        return None
    if np.adjective_metric:
        if np.adjective_metric in (WOUNDED, SHOT) and _dies_after(tokens, np.end):
            return _Binding(KILLED, subject, np.end - 1, increment=True)  # "two injured workers died"
        return _Binding(np.adjective_metric, subject, np.end - 1)
    extra, after_group = _coordinated_people(tokens, _after_of_phrase(tokens, np))
    j = _skip_to_trigger(tokens, after_group)
    post = post_trigger_at(tokens, j)
    if post is None and after_group < len(tokens) and tokens[after_group].low == ",":
        j = _skip_to_trigger(tokens, _after_apposition(tokens, after_group))
        post = post_trigger_at(tokens, j)
    if post is not None:
        if _combined_after(tokens, post[1], post[0]):
            return None  # "500 people were killed and injured": a combined count, neither figure
        if post[0] in (WOUNDED, SHOT) and _death_follows(tokens, post[1], stop_at_numbers=True):
            # "two of the wounded later died": deaths among those already counted as hurt
            among_hurt = k != m.last and j == k and tokens[j].low in ("wounded", "injured", "hurt")
            return _Binding(KILLED, subject, j, extra=extra, group_end=after_group, increment=among_hurt)
        anaphoric = (m.qual_first > 0 and tokens[m.qual_first - 1].low in ("the", "all")) or k != m.last
        if anaphoric and post[0] == WOUNDED and tokens[j].low in _CONDITION_WORDS:
            return None  # "the three victims were taken to hospitals": already counted, fate told later
        return _Binding(post[0], subject, j, extra=extra, group_end=after_group)
    if np.head is None and m.last < len(tokens) and tokens[m.last].low in ("are", "were"):
        noun = tokens[m.last + 1].low if m.last + 1 < len(tokens) else ""
        if noun in METRIC_NOUNS and METRIC_NOUNS[noun] in (KILLED, WOUNDED) and noun.endswith("s"):
            return _Binding(METRIC_NOUNS[noun], None, m.last + 1)  # "of which 1,061 are deaths"
    extra, after_group = _coordinated_people(tokens, np.end)
    if _sent_to_hospital(tokens, m.qual_first, after_group):
        return _Binding(WOUNDED, subject, m.qual_first - 1)  # "sent three others to hospitals"
    pre = _pre_metric(tokens, m)
    if pre in (KILLED, WOUNDED) and _combined_before(tokens, m.qual_first, pre):
        return None  # "the strike killed or wounded 45 people": a combined count
    if pre is not None and extra:
        return _Binding(pre, subject, m.qual_first - 1, extra=extra, group_end=after_group)
    if pre == SHOT and any(_phrase_at(tokens, after_group, p) for p in (("to", "death"), ("dead",))):
        pre = KILLED  # "shot three people to death"
    if pre is not None:
        return _Binding(pre, subject, m.qual_first - 1)
    if previous is not None and has_subset_cue(tokens, m.qual_first, m.last, 0):
        return _Binding(previous.metric, subject, -1, subset_of_previous=True)
    among = _among_the_harmed(tokens, m.qual_first)
    if among is not None:
        return _Binding(among, subject, -1, subset_of_previous=True)  # "Among the dead were three children"
    return None


_DIES = frozenset({"died", "die", "dies", "succumbed"})
_OTHER_HARM = {KILLED: WOUNDED, WOUNDED: KILLED}
_COUNT_OPENERS = frozenset({"at", "more", "over", "nearly", "about", "some", "another", "dozens", "hundreds", "scores"})


def _combined_after(tokens: list[Token], end: int, metric: str) -> bool:
    """'killed and injured', 'dead or wounded' right after a trigger, with no count of its own after it: one
    combined count of the dead and the hurt."""
    if metric not in _OTHER_HARM or end >= len(tokens) or tokens[end].low not in ("and", "or"):
        return False
    other = post_trigger_at(tokens, end + 1)
    if other is None or other[0] != _OTHER_HARM[metric]:
        return False
    after = tokens[other[1]] if other[1] < len(tokens) else None
    return after is None or not (after.is_digits or after.low in NUMBER_WORDS or after.low in _COUNT_OPENERS)


def _combined_before(tokens: list[Token], qual_first: int, metric: str) -> bool:
    """'killed or wounded 45', 'killing and injuring 45': the number's trigger joined to the other metric's."""
    p = qual_first - 1  # the pre-trigger's last token (one-word triggers: the joined form is "X or Y N")
    return (
        p >= 2
        and tokens[p - 1].low in ("and", "or")
        and _pre_trigger_ending_at(tokens, p - 1) == _OTHER_HARM[metric]
        and _pre_trigger_ending_at(tokens, p + 1) == metric
    )


def _lost_after(tokens: list[Token], j: int) -> bool:
    """'... lives (have been) lost': the lives are the dead."""
    while j < len(tokens) and tokens[j].low in AUXILIARIES:
        j += 1
    return j < len(tokens) and tokens[j].low == "lost"


def _dies_after(tokens: list[Token], j: int) -> bool:
    """'... (have) (later) died (of their injuries)' right after a noun phrase."""
    while j < len(tokens) and (tokens[j].low in AUXILIARIES or tokens[j].low in ("later", "since", "subsequently")):
        j += 1
    return j < len(tokens) and tokens[j].low in _DIES


_AMONG_NOUNS = {"dead": KILLED, "killed": KILLED, "victims": KILLED, "injured": WOUNDED, "wounded": WOUNDED}


def _among_the_harmed(tokens: list[Token], start: int) -> str | None:
    """The metric of an 'among the dead / injured (were)' phrase just before a number."""
    k = start - 1
    while k >= 0 and tokens[k].low in ("were", "was", "are", "is"):
        k -= 1
    if k >= 2 and tokens[k].low in _AMONG_NOUNS and tokens[k - 1].low == "the" and tokens[k - 2].low == "among":
        return _AMONG_NOUNS[tokens[k].low]
    return None


_STILL = frozenset({"remain", "remained", "remains", "remaining", "still"})
_HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "hospitalized", "hospitalised", "care", "treatment"})


def _still_in_hospital(tokens: list[Token], last: int, trigger: int) -> bool:
    """'five remained hospitalized', 'nine are still in hospital', '10 injured had been remaining in hospitals':
    a count of those still in hospital, not of everyone hurt."""
    if trigger < last:
        return False
    if any(t.low in _STILL for t in tokens[last:trigger]):
        # "nine are still in hospital", "70 were still being treated in hospital"
        return tokens[trigger].low == "in" or any(t.low in _HOSPITAL_WORDS for t in tokens[trigger : trigger + 4])
    still = False
    for j in range(trigger + 1, min(len(tokens), trigger + 7)):
        low = tokens[j].low
        if low in _STILL:
            still = True
        elif still and low in _HOSPITAL_WORDS:
            return True
        elif low in (",", ".", ";", "and", "but"):
            return False
    return False


def numeric_claims(tokens: list[Token], used_triggers: set[int]) -> list[RawClaim]:
    claims: list[RawClaim] = []
    previous_subset = False
    before: NumberMention | None = None
    for mention in find_numbers(tokens):
        if not mention.is_count:
            continue
        m = mention
        previous = claims[-1] if claims else None
        binding = bind_number(tokens, m, previous)
        if binding is not None and _said_of_the_part(tokens, binding.trigger_index):
            m = _counted_of(tokens, mention, before)
        before = mention
        coordinated = previous is not None and m.qual_first > 0 and tokens[m.qual_first - 1].low == "and"
        if binding is None and coordinated and previous_subset and previous is not None:
            binding = _Binding(previous.metric, None, -1, subset_of_previous=True)
        if binding is None and coordinated and previous is not None:
            binding = _object_joined(tokens, m, previous)
        if binding is None:
            previous_subset = False
            continue
        used_triggers.add(binding.trigger_index)
        role = Role.TOTAL
        subset = binding.subset_of_previous or has_subset_cue(tokens, m.qual_first, m.last, 0)
        if subset and binding.metric in (KILLED, WOUNDED) and _part_of_combined(tokens, m.qual_first):
            subset = False  # "85 casualties, including 20 deaths": the dead among a combined count are all the dead
        if binding.metric == SHOT and _phrase_at(tokens, m.last, ("of", "the")):
            subset = True  # "one of the shooting victims": a part of those shot, not a count of its own
        if _of_the_same(tokens, m.last, binding.metric) and not (
            m.qual_first > 0 and tokens[m.qual_first - 1].low == "all"
        ):
            subset = True  # "45 of the injured were in critical condition": a part of the injured
        if binding.metric == WOUNDED and _still_in_hospital(tokens, m.last, binding.trigger_index):
            subset = True  # "eight remain in hospital": those still there, a part of the injured
        if binding.increment:
            role = Role.INCREMENT
        elif subset or (coordinated and previous_subset):
            role = Role.SUBSET
        elif is_increment(tokens, m.qual_first, m.last, bool(claims) and claims[-1].metric != binding.metric):
            # "killed 30 people, and 12 more died on Sunday": more of the same; "two killed and 12 more hurt" are
            # people beyond the dead
            role = Role.INCREMENT
        previous_subset = role is Role.SUBSET
        extra = binding.extra
        end = tokens[binding.group_end - 1].end if extra else tokens[m.last - 1].end
        claims.append(
            RawClaim(
                metric=binding.metric,
                value=m.value + extra,
                low=None if m.low is None else m.low + extra,
                high=None if m.high is None else m.high + extra,
                qualifier=m.qualifier,
                role=role,
                start=tokens[m.qual_first].start,
                end=end,
                subject=binding.subject,
                singular=False,
            )
        )
    return _sum_coordinated(tokens, claims)


_FINITE_DEATH_VERBS = frozenset(["died", "perished", "drowned", "survived"])


def _said_of_the_part(tokens: list[Token], trigger: int) -> bool:
    """The trigger is the verb of the sentence ('two of the 40 passengers were killed', 'died'), not a participle
    describing the whole ('one of the two people killed': the two were killed, one is one of them)."""
    if not 0 <= trigger < len(tokens):
        return False
    return tokens[trigger].low in _FINITE_DEATH_VERBS or (trigger > 0 and tokens[trigger - 1].low in AUXILIARIES)


def _counted_of(tokens: list[Token], m: NumberMention, before: NumberMention | None) -> NumberMention:
    """'Two of the 181 people aboard died': the count is the first number, of the second's people; 'all but two of
    the 181 people aboard died': everyone of them but the first number. The mention, its value changed so."""
    if before is None or m.qual_first < 1 or before.kind not in ("count", "both"):
        return m
    of = m.qual_first - 1
    if tokens[of].low in _VEHICLE_DETERMINERS and of > 0:
        of -= 1
    if tokens[of].low != "of" or before.last != of or before.qualifier is Qualifier.RANGE:
        return m
    value, first, qualifier = before.value, before.qual_first, before.qualifier
    but = before.qual_first - len(ALL_BUT)
    if but >= 0 and all(tokens[but + i].low == w for i, w in enumerate(ALL_BUT)):
        if before.value >= m.value or m.qualifier is not Qualifier.EXACT:
            return m
        value, first, qualifier = m.value - before.value, but, Qualifier.EXACT
    return replace(m, qual_first=first, value=value, low=None, high=None, qualifier=qualifier)


def _object_joined(tokens: list[Token], m: NumberMention, previous: RawClaim) -> _Binding | None:
    """'killing 12 civilians and 3 soldiers', 'killed at least 170 Afghans and 13 US troops': a second group of
    people joined to the object of a verb before the first; one figure, summed by `_sum_coordinated`."""
    if previous.metric not in (KILLED, WOUNDED) or previous.role is not Role.TOTAL or previous.singular:
        return None
    first = next((k for k, t in enumerate(tokens) if t.start == previous.start), None)
    if first is None or _pre_trigger_ending_at(tokens, first) != previous.metric:
        return None  # the first figure is not the object of a verb right before it
    before = noun_phrase_after(tokens, _first_token_after(tokens, previous.end))
    np = noun_phrase_after(tokens, m.last)
    if np.head is None or np.adjective_metric or not _head_can_be_counted(tokens, np) or before.head is None:
        return None
    if before.end != m.qual_first - 1 or (np.end < len(tokens) and tokens[np.end].low not in _OBJECT_ENDS):
        return None
    return _Binding(previous.metric, np.head if np.head in PERSON_NOUNS else None, -1)


_OBJECT_ENDS = frozenset(
    {
        ",",
        ".",
        ";",
        "in",
        "on",
        "at",
        "and",
        "as",
        "when",
        "after",
        "before",
        "during",
        "near",
        "while",
        "with",
        "inside",
    }
)


def _first_token_after(tokens: list[Token], offset: int) -> int:
    return next((k for k, t in enumerate(tokens) if t.start >= offset), len(tokens))


_OF_THE_SAME = {KILLED: frozenset({"dead", "killed"}), WOUNDED: frozenset({"injured", "wounded", "hurt"})}


def _of_the_same(tokens: list[Token], last: int, metric: str) -> bool:
    """'N of the injured' said to be hurt, 'N of the dead' said to be dead: a part of that metric's figure. ('Two
    of the victims died' is the deaths among those shot: a figure of its own.)"""
    words = _OF_THE_SAME.get(metric, frozenset())
    return _phrase_at(tokens, last, ("of", "the")) and last + 2 < len(tokens) and tokens[last + 2].low in words


_HOSPITALIZED = frozenset({"hospitalized", "hospitalised", "admitted"})
_COMBINED_NOUNS = frozenset({"casualties", "casualty"})


def _part_of_combined(tokens: list[Token], qual_first: int) -> bool:
    """The subset cue before the number follows a combined count: '85 casualties, including 20 deaths'."""
    k = qual_first - 1
    while k >= 0 and k >= qual_first - 4 and tokens[k].low not in _COMBINED_NOUNS:
        k -= 1
    return (
        k >= 1 and tokens[k].low in _COMBINED_NOUNS and (tokens[k - 1].is_digits or tokens[k - 1].low in NUMBER_WORDS)
    )


_NOT_COORDINATION = frozenset({";", "but", "while", "whereas", "including", "said", "says", "according", "earlier"})
_COORDINATION_SPAN = 14


def _sum_coordinated(tokens: list[Token], claims: list[RawClaim]) -> list[RawClaim]:
    """'two men and two women were killed', '1 person is critically injured and 3 are in serious condition':
    adjacent totals of one metric joined by 'and' are parts of one figure."""
    merged: list[RawClaim] = []
    for claim in claims:
        last = merged[-1] if merged else None
        if last is not None and _elaborates(tokens, last, claim):
            merged.append(replace(claim, role=Role.SUBSET))  # "Three victims, a man and two teenagers, ..."
        elif last is not None and _joined(tokens, last, claim):
            merged[-1] = replace(
                last,
                value=last.value + claim.value,
                low=None if last.low is None or claim.low is None else last.low + claim.low,
                high=None if last.high is None or claim.high is None else last.high + claim.high,
                end=claim.end,
            )
        else:
            merged.append(claim)
    return merged


def _elaborates(tokens: list[Token], a: RawClaim, b: RawClaim) -> bool:
    """b sits in an apposition right after a ('Three victims, a man and two teens, were ...')."""
    if a.metric != b.metric or b.value >= a.value or a.role is not Role.TOTAL or b.role is Role.INCREMENT:
        return False
    between = [t.low for t in tokens if a.end <= t.start and t.end <= b.start]
    if "," not in between or len(between) > _COORDINATION_SPAN or ";" in between or "." in between:
        return False
    head = between[: between.index(",")]  # a's own noun phrase: 'victims'
    return len(head) <= 3 and not any(w in AUXILIARIES or w in _POST_BY_FIRST for w in head)


_UNCONFIRMED_FIRST = frozenset(phrase.split()[0] for phrase in UNCONFIRMED_DEATHS)


def _joined(tokens: list[Token], a: RawClaim, b: RawClaim) -> bool:
    if a.metric != b.metric or a.metric not in (KILLED, WOUNDED):
        return False
    if a.role is not Role.TOTAL or b.role is not Role.TOTAL:
        return False
    between = [t for t in tokens if a.end <= t.start and t.end <= b.start]
    if not between or len(between) > _COORDINATION_SPAN or between[-1].low not in ("and", ","):
        return False
    if any(_phrase_at(between, k, p) for k, t in enumerate(between) for p in _CARE_BY_FIRST.get(t.low, ())):
        return False  # "91 sought medical treatment, and 52 were hospitalized": the second is a part of the first
    after = [t.low for t in tokens if b.end <= t.start][:4]
    if a.metric == WOUNDED and any(w in _HOSPITALIZED for w in after):
        return False  # "120 were treated for injuries, and 30 were hospitalised": those kept in are a part
    if any(w in _UNCONFIRMED_FIRST for w in [*after, *(t.low for t in between)]):
        return False  # "four were confirmed dead and 20 others are feared dead": the fear is no part of the toll
    return not any(t.low in _NOT_COORDINATION for t in between)


def _subject_before(tokens: list[Token], q: int) -> tuple[int, str, bool] | None:
    """(start index, head, is_perpetrator) of a singular subject ending at token q."""
    if q < 0:
        return None
    if tokens[q].low == "." and q > 0 and tokens[q - 1].low in ("jr", "sr"):
        q -= 1  # "Malik Roe Jr. was shot"
    if tokens[q].low in ("who", "that") and q > 0:
        q -= 1  # "a 15-year-old boy who was fatally shot"
        if tokens[q].low == "," and q > 0 and tokens[q].start > 0 and tokens[q - 1].is_capitalised:
            q -= 1  # "including John Roe, who later died"
    if tokens[q].low == ")":
        opening_bracket = _find_back(tokens, q, "(", 10)
        if opening_bracket is None or opening_bracket == 0:
            return None
        q = opening_bracket - 1  # "The victim (John Doe Jr.) died"
    if tokens[q].low == ",":
        opening = _apposition_start(tokens, q)
        if opening is None:
            return None
        q = opening - 1  # "LaPrida Shears, 25, of Tyler, was killed"
        while q >= 2 and tokens[q].is_digits and tokens[q - 1].low == ",":
            q -= 2  # "Jane Roe, 31, of Springfield,": the age is a second apposition
        if q < 0:
            return None
    head = tokens[q].low
    if _is_age(head):
        r = q
        while r - 1 >= 0 and (
            tokens[r - 1].is_digits or tokens[r - 1].low == "-" or _is_number_word(tokens[r - 1].low)
        ):
            r -= 1
        if r - 1 >= 0 and tokens[r - 1].low in _DETERMINERS:
            r -= 1
        return r, "person", False
    if head in SINGULAR_PERSON or head in PERPETRATOR_NOUNS:
        r = q - 1
        while r >= 0 and q - r <= 5 and tokens[r].low not in _DETERMINERS:
            if tokens[r].low in (":", "|") and r < q - 0:
                return r + 1, head, head in PERPETRATOR_NOUNS  # headline after a colon: "Police: Baby wounded"
            if not (tokens[r].text[:1].isalnum() or tokens[r].low == "-"):
                return None
            r -= 1
        if any(t.low == "only" for t in tokens[max(r, 0) : q]):
            return None  # "the only person injured" states exclusivity, not a count
        if r >= 0 and tokens[r].low in _DETERMINERS:
            return r, head, head in PERPETRATOR_NOUNS
        if r < 0:
            return 0, head, head in PERPETRATOR_NOUNS  # headline style: "Teen fatally shot by deputy"
        return None
    if head in ("he", "she"):
        return q, head, False
    if tokens[q].is_capitalised and head not in _NOT_NAMES and not tokens[q].is_digits and len(head) > 1:
        r = q
        while r - 1 >= 0 and tokens[r - 1].is_capitalised and tokens[r - 1].low not in _NOT_NAMES:
            r -= 1
        if r > 1 and tokens[r - 1].low in _PLACE_BEFORE_NAME:
            # "A teenage family member at Fort Riley died": the person before the place is the subject
            outer = _subject_before(tokens, r - 2)
            if outer is not None and outer[1] in SINGULAR_PERSON:
                return outer
        if r > 0 and tokens[r - 1].low in _NAME_CANNOT_FOLLOW:
            return None  # "the Smith family", "a hospital in Richmond in critical condition"
        return r, tokens[q].text, False
    return None


_DEATH_WORDS = frozenset({"died", "dead", "killed", "dies", "fatally", "succumbed"})
_DEATH_SCAN = 12


def _death_follows(tokens: list[Token], start: int, stop_at_numbers: bool = False) -> bool:
    """'... and died', '... and was pronounced dead' shortly after, before a clause break (or another number:
    in 'two were shot and one died' the death belongs to 'one')."""
    for k in range(start, min(len(tokens), start + _DEATH_SCAN)):
        low = tokens[k].low
        if low in (";", ".", "but", "while", "who", "which"):
            return False
        if low == "and" and k > start and tokens[k - 1].low == ",":
            return False  # "..., and Roe later died": a new clause with its own subject
        a_number = tokens[k].is_digits or low in NUMBER_WORDS or low in ("both", "all", "none")
        a_date = tokens[k].is_digits and k > 0 and tokens[k - 1].low in MONTHS  # "on November 5"
        if stop_at_numbers and a_number and not a_date:
            return False
        if low in _DEATH_WORDS or (low == "passed" and k + 1 < len(tokens) and tokens[k + 1].low == "away"):
            return True
    return False


def _is_age(low: str) -> bool:
    return low.endswith(("year-old", "month-old", "week-old", "day-old"))


def _is_number_word(low: str) -> bool:
    return all(part in NUMBER_WORDS for part in low.split("-"))


_PLACE_BEFORE_NAME = frozenset({"at", "in", "near", "from"})
_NAME_CANNOT_FOLLOW = frozenset({"the", "a", "an", "in", "at", "near", "into", "outside", "inside"})


def _find_back(tokens: list[Token], start: int, text: str, limit: int) -> int | None:
    for k in range(start - 1, max(-1, start - 1 - limit), -1):
        if tokens[k].low == text:
            return k
    return None


def _apposition_start(tokens: list[Token], close: int) -> int | None:
    """Index of the comma opening the apposition that `close` (a comma) ends, within 8 tokens."""
    for k in range(close - 1, max(-1, close - 9), -1):
        if tokens[k].low == ",":
            return k if k > 0 else None
        if tokens[k].low in ("was", "were", "said", ".", ";", "and"):
            return None
    return None


_AMONG_CUES = frozenset({"including", "whom", "them", "among"})


def died_among_wounded(tokens: list[Token], claims: list[RawClaim]) -> list[RawClaim]:
    """'Five people were injured, including a man who later died' -> 4 wounded: the wounded figure counted
    someone the same sentence then says died."""
    out = list(claims)
    for index, hurt in enumerate(out):
        if hurt.metric != WOUNDED or hurt.singular or hurt.role is not Role.TOTAL or hurt.derivation is not None:
            continue
        for dead in claims:
            if dead.metric != KILLED or dead.start <= hurt.end or dead.value >= hurt.value:
                continue
            between = {t.low for t in tokens if hurt.end <= t.start and t.end <= dead.start}
            cues = {t.low for t in tokens if hurt.end <= t.start < dead.end + 10}  # "one of whom later died"
            if not cues & _AMONG_CUES or between & {";", "but", "and"}:
                continue
            value = hurt.value - dead.value
            out[index] = replace(
                hurt,
                value=value,
                low=None if hurt.low is None else hurt.low - dead.value,
                high=None if hurt.high is None else hurt.high - dead.value,
                derivation="derived",
            )
            break
    return out


def derived_claims(claims: list[RawClaim]) -> list[RawClaim]:
    """'4 people shot, 1 fatally' -> 3 wounded (derived) when the sentence gives no wounded figure."""
    shot = [c for c in claims if c.metric == SHOT and not c.singular and c.role is Role.TOTAL]
    killed = [c for c in claims if c.metric == KILLED and c.derivation is None]
    wounded = [c for c in claims if c.metric == WOUNDED]
    if not shot or wounded:
        return []
    total = max(shot, key=lambda c: c.value)
    if not killed:
        return []
    dead = max(killed, key=lambda c: c.value)
    if dead.value > total.value or total.value - dead.value <= 0:
        return []
    value = total.value - dead.value
    return [
        replace(
            total,
            metric=WOUNDED,
            value=value,
            low=value if total.low is not None else None,
            high=value if total.high is not None else None,
            derivation="derived",
        )
    ]
