"""Reading the noun phrase around a number: who is counted, and where its verb is.

"nine people", "two injured officers", "3 members of a family", "two men and a woman", "181 people aboard the
jet": the noun phrase after a number (its head and an adjective metric), whether its head can be counted as
people, and the index of the verb after it once auxiliaries, appositions, brackets and where-the-people-were are
skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.extract.lexicon import MONTHS_BUT_MAY, WEEKDAYS
from core.extract.numbers import NUMBER_WORDS
from core.extract.phrases import _phrase_at, _pre_trigger_ending_at, post_trigger_at
from core.extract.qualifiers import QUALIFIER_PHRASES
from core.extract.tokens import Token
from core.extract.triggers import (
    AUXILIARIES,
    DAMAGE_NOUNS,
    FEARED_MODALS,
    IRREGULAR_PARTICIPLES,
    METRIC_NOUNS,
    PEOPLE_WHERE,
    PERPETRATOR_NOUNS,
    PERSON_NOUNS,
    SHOT,
)
from core.quick_init import quick_init

_MAX_NP = 4
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
_ASIDE_DASHES = frozenset(["\u2014", "\u2013", "-"])  # an aside set off by dashes, closed by the same dash
_APPOSITIVE_START = frozenset(
    ["among", "including", "all", "most", "mostly", "many", "both", "some", "mainly", "several", "of"]
)
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
        "stepmother",
        "ex-wife",
        "ex-husband",
        "ex-girlfriend",
        "ex-boyfriend",
        "fiancee",
        "fiance",
    ]
)
# Singular person nouns also include every singular form of the plural-aware lexicon ("grandson", "member").
SINGULAR_PERSON = SINGULAR_PERSON | frozenset(
    n
    for n in PERSON_NOUNS
    if not n.endswith(("s", "men", "children")) and n not in ("people", "staff", "personnel", "more", "police")
)  # plurals without an s ("policemen", "grandchildren") are no one person


@quick_init
@dataclass(frozen=True, slots=True)
class _NounPhrase:
    end: int  # exclusive token index
    head: str | None
    adjective_metric: str | None  # "two injured officers"


def noun_phrase_after(tokens: list[Token], k: int) -> _NounPhrase:
    j = k
    adjective_metric = None
    dots = 0  # the dots of initials, no words of the phrase
    while j < len(tokens) and j - k - dots < _MAX_NP:
        tok = tokens[j]
        low = tok.low
        if tok.is_digits and (age := _spaced_age(tokens, j)):
            j += age  # "his 11 year-old son", "a 4 year old girl": an age written apart, part of the phrase
            continue
        if low == "." and _inside_initials(tokens, j, k):
            j += 1  # "13 U.S. troops": the initials' dots are no end of the phrase
            dots += 1
            continue
        if not (tok.text[:1].isalpha() or _is_age(low)) or low in NP_STOP or low in AUXILIARIES:
            break
        post = post_trigger_at(tokens, j)
        if post is not None:
            nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
            # a one-word harm before people ("injured people"), not a verb phrase ("suffered minor injuries")
            if nxt in PERSON_NOUNS and post[0] != SHOT and post[1] == j + 1:
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


def _inside_initials(tokens: list[Token], j: int, k: int) -> bool:
    """Is the dot at j one of initials ('U.S.', 'U.N.') inside a phrase begun at k: a capital letter alone before
    it, a letter after it?"""
    before = tokens[j - 1].text if j > k else ""
    return len(before) == 1 and before.isupper() and j + 1 < len(tokens) and tokens[j + 1].text[:1].isalpha()


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


def _people_word(token: Token) -> bool:
    """'people', 'climbers', 'Palestinians': a word naming people."""
    low = token.low
    if low in PERSON_NOUNS:
        return True
    if low.endswith(_PERSON_SUFFIXES) and low not in DAMAGE_NOUNS and low not in _NOT_PEOPLE:
        return True
    return token.is_capitalised and low.endswith("s") and len(low) > 3 and "'" not in low


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
        elif low == "in" and j + 2 < len(tokens) and tokens[j + 1].low in ("total", "all"):
            j += 2  # "Nine people in total were shot", "14 people in all were hurt"
        elif low == "," and j + 1 < len(tokens) and tokens[j + 1].low in _APPOSITIVE_START:
            close = _find(tokens, j + 1, ",", 14)
            if close is None:
                return j
            j = close + 1
        elif (low == "," and j + 1 < len(tokens) and tokens[j + 1].low in AUXILIARIES) or low in ("'", '"'):
            j += 1
        elif low == "(" or low in _ASIDE_DASHES:
            # "At least eight people (the youngest 14) were killed", "... people — most of them students — were"
            close = _find(tokens, j + 1, ")" if low == "(" else low, 14)
            if close is None:
                return j
            j = close + 1
        elif (where := _past_people_where(tokens, j)) is not None:
            j = where
        elif (home := _past_home(tokens, j)) is not None:
            j = home  # "two men from Gary were killed", "27 pilgrims from Jalgaon in Maharashtra were killed"
        elif (verb := _after_modifier(tokens, j)) is not None:
            j = verb  # "58 people attending the festival were killed", "84 people who had gathered ... were killed"
        elif low == "including" and (verb := _after_inclusion(tokens, j)) is not None:
            j = verb  # "Twelve people including two children were killed": the part named, then the verb
        elif low == "aged" and (past := _past_ages(tokens, j)) is not None:
            j = past  # "Two men aged 20 and 25 were killed": their ages, then the verb
        elif low in FEARED_MODALS and j + 1 < len(tokens) and tokens[j + 1].low == "have":
            j += 1  # "five may have died": a death feared, marked so by the pipeline (UNCONFIRMED_DEATHS)
        else:
            return j
    return j


_AGES_SPAN = 8  # tokens of "aged between 20 and 25 years"
_AGES_LINKS = frozenset({"and", "to", ",", "between", "from", "old"})


def _past_ages(tokens: list[Token], j: int) -> int | None:
    """The index after 'aged 20 and 25', 'aged between 18 months and 3 years' at j ('aged'), when a verb may follow;
    None when no number follows 'aged'."""
    k, numbers = j + 1, 0
    while k < len(tokens) and k - j <= _AGES_SPAN:
        low = tokens[k].low
        if tokens[k].is_digits or low in NUMBER_WORDS:
            numbers += 1
        elif low not in _AGES_LINKS and low not in _AGE_UNITS:
            break
        k += 1
    while k > j + 1 and tokens[k - 1].low in (",", "and"):
        k -= 1  # "aged 20 and 25, and a woman were killed": the list goes on
    return k if numbers else None


_MODIFIER_WORDS = 10
_MODIFIER_ENDS = frozenset({",", ".", ";", ":", "(", "but", "while", "when", "after", "before"})
_FINITE_DEATHS = frozenset({"died", "perished", "drowned"})
_RELATIVES = frozenset({"who", "that", "which", "whom", "whose", "where"})


# "had to be hospitalized", "appeared to be shot", "believed to be dead": the fate told, not a wish
_HAD_TO = frozenset(
    {"had", "have", "has", "needed", "need", "needs", "appeared", "appear", "appears", "seemed", "seem", "seems",
     "believed", "thought", "said", "reported", "known", "confirmed", "feared", "likely", "expected"}
)  # fmt: skip


def _after_modifier(tokens: list[Token], j: int) -> int | None:
    """'attending the music festival were killed', '(who had) gathered to watch the fireworks were killed': the
    participle phrase after the counted people, then their verb; the index of that verb's auxiliary (or of a finite
    death verb, after 'and'), or None. Only an auxiliary before a trigger ends the phrase: no number, no clause
    break inside it."""
    low = tokens[j].low
    participle = (low.endswith(("ing", "ed")) and len(low) > 4) or low in IRREGULAR_PARTICIPLES
    if not participle or post_trigger_at(tokens, j) is not None:
        return None
    if not any(_people_word(t) for t in tokens[max(0, j - 3) : j]):
        return None  # people are counted: not "called 911 reporting that ...", "KHOU 11 News has learned that ..."
    for k in range(j + 1, min(len(tokens) - 1, j + 1 + _MODIFIER_WORDS)):
        tok = tokens[k]
        if tok.low in _MODIFIER_ENDS or tok.is_digits or tok.low in NUMBER_WORDS:
            return None
        if tok.low in _RELATIVES:
            return None  # a clause of its own inside: "involved in the violence that also injured seven others"
        if tok.low == "to" and tokens[k + 1].low == "be" and tokens[k - 1].low not in _HAD_TO:
            return None  # "massed at the gates hoping to be evacuated": a wish, not the group's fate
        if tok.low in AUXILIARIES and tok.low not in ("all", "each", "both"):
            after = k + 1
            while after < len(tokens) and tokens[after].low in AUXILIARIES:
                after += 1
            if post_trigger_at(tokens, after) is not None:
                return k
        if tok.low == "and":
            return k + 1 if tokens[k + 1].low in _FINITE_DEATHS else None
        if tok.low in _FINITE_DEATHS:
            return k
    return None


_INCLUSION_WORDS = 6
_INCLUSION_ENDS = frozenset({",", ".", ";", ":", "(", "and", "who", "which", "that"})


def _after_inclusion(tokens: list[Token], j: int) -> int | None:
    """'including two children were': the index of the auxiliary after a part named without commas, or None when
    no auxiliary follows it ('killing five people including a girl injured in ...': no verb of the five)."""
    for k in range(j + 1, min(len(tokens), j + 1 + _INCLUSION_WORDS)):
        low = tokens[k].low
        if low in AUXILIARIES:
            return k if k > j + 1 else None
        if low in _INCLUSION_ENDS or post_trigger_at(tokens, k) is not None:
            return None
    return None


_VEHICLE_DETERMINERS = frozenset(["the", "a", "an", "its", "their"])
_VEHICLE_WORDS = 4  # "aboard the Air India flight": the vehicle's name, up to the verb


_HOME_LINKS = frozenset({"in", ",", "and"})
_HOME_WORDS = 6  # "from Jalgaon in Maharashtra": the home's names, and the region it lies in


def _past_home(tokens: list[Token], j: int) -> int | None:
    """'Two men from Gary (were killed)': the index after where the people came from, when names follow "from"."""
    if tokens[j].low != "from" or j + 1 >= len(tokens) or not tokens[j + 1].is_capitalised:
        return None
    k = j + 1
    # "27 pilgrims from Jalgaon in Maharashtra", "nine pilgrims from Uttar Pradesh and Rajasthan"
    while k < len(tokens) and k - j <= _HOME_WORDS and (tokens[k].is_capitalised or tokens[k].low in _HOME_LINKS):
        k += 1
    while k > j + 1 and not tokens[k - 1].is_capitalised:
        k -= 1  # not a trailing "in" or comma
    return k


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
        elif nxt.low in _ONE_OF_THEIRS:
            # "Fourteen pupils and their driver", "two children and their mother": one more person (not "the gunman")
            np = noun_phrase_after(tokens, j + 2)
            if np.head not in SINGULAR_PERSON or np.head in PERPETRATOR_NOUNS:
                break
            extra += 1
            j = np.end
        elif (k := _number_after_qualifier(tokens, j + 1)) is not None:
            while k < len(tokens) and (tokens[k].is_digits or tokens[k].low in NUMBER_WORDS):
                k += 1
            np = noun_phrase_after(tokens, k)
            if np.head is None or np.head not in PERSON_NOUNS:
                break
            j = np.end
        else:
            break
    return extra, j


_ONE_OF_THEIRS = frozenset({"the", "their", "his", "her"})  # before one person told after a count of people


def _number_after_qualifier(tokens: list[Token], k: int) -> int | None:
    """The index after the first word of a number at k, or after a qualifier there ('and at least 60 Afghans')."""
    for phrase, _ in QUALIFIER_PHRASES:
        if _phrase_at(tokens, k, phrase):
            k += len(phrase)
            break
    if k < len(tokens) and (tokens[k].is_digits or tokens[k].low in NUMBER_WORDS):
        return k + 1
    return None


def _find(tokens: list[Token], start: int, text: str, limit: int) -> int | None:
    for k in range(start, min(len(tokens), start + limit)):
        if tokens[k].low == text:
            return k
    return None


def _is_age(low: str) -> bool:
    return low.endswith(("year-old", "month-old", "week-old", "day-old"))


_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


def _spaced_age(tokens: list[Token], j: int) -> int:
    """Tokens of an age written apart from its digits at j ('11 year-old', '4 year old'), or 0."""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if _is_age(nxt) and nxt.split("-")[0] in _AGE_UNITS:
        return 2
    if nxt in _AGE_UNITS and j + 2 < len(tokens) and tokens[j + 2].low == "old":
        return 3
    return 0
