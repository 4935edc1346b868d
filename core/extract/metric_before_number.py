"""The metric a number takes from the words BEFORE it: the verb that governs it ('killing nine people', 'injured a
further 14'), a toll that rose to it ('the death toll has risen to 12', 'the number of people killed in the blast
to 30'), the harmed counted by a verb ('the dead numbered 40'), those a hospital took in ('the hospital treated 45
people') or a community lost ('we lost 14 of our citizens'). `binder` asks here when no trigger follows the number's
noun phrase.
"""

from __future__ import annotations

from core.extract.noun_phrases import noun_phrase_after
from core.extract.numbers import NUMBER_WORDS, NumberMention
from core.extract.phrases import _HOSPITAL_VERBS, _phrase_at, _phrase_ending_at, _pre_trigger_ending_at
from core.extract.tokens import Token
from core.extract.triggers import (
    LOSS_OWNERS,
    LOSS_VERBS,
    METRIC_NOUNS,
    PERSON_NOUNS,
    TOLL_LINKS,
    TOLL_METRIC,
    TOLL_NOUNS,
)
from core.models import KILLED, WOUNDED

# "killed his two sons", "injured her three children": a possessive before the count of the harmed
POSSESSIVES = frozenset({"his", "her", "their"})
# Words between a verb of harm and its count: "injured a further 14", "killed a family of five" (a family's count is
# its people; not "a father of three", one person)
_FILLERS_BEFORE = (
    ("a", "total", "of"), ("another",), ("an", "additional"), ("a", "further"), ("a", "family", "of"), ("the",),
    ("all",), *((word,) for word in POSSESSIVES)
)  # fmt: skip


# "Paramedics took 10 more to hospital": 'take' carries the hurt only when people are what it takes ("took 10
# minutes to reach the hospital" counts no one)
_TAKE_VERBS = frozenset({"took", "take", "takes", "taking"})
_TAKEN_PEOPLE = frozenset({"more", "others", "other", "people", "persons", "victims", "patients"})


def sent_to_hospital(tokens: list[Token], qual_first: int, after: int) -> bool:
    """'sent three others to hospitals', 'took 10 more to hospital': the number's people carried to a hospital by
    the verb before them, the hurt."""
    if qual_first == 0:
        return False
    verb = tokens[qual_first - 1].low
    if verb not in _HOSPITAL_VERBS and not (
        verb in _TAKE_VERBS and (tokens[after - 1].low in _TAKEN_PEOPLE or tokens[after - 1].low in PERSON_NOUNS)
    ):
        return False
    if after >= len(tokens) or tokens[after].low != "to":
        return False
    return any(t.low in ("hospital", "hospitals") for t in tokens[after + 1 : after + 5])


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


def metric_before_number(tokens: list[Token], m: NumberMention) -> str | None:
    """The metric the words before the number give it, past a filler ('injured a further 14'): a verb of harm
    ('killing nine'), a toll that rose to it, a count noun of a metric, the harmed counted by a verb, those a
    hospital took in, a community's loss; None when nothing before it tells one."""
    p = m.qual_first
    for filler in _FILLERS_BEFORE:
        if _phrase_ending_at(tokens, p, filler):
            p -= len(filler)
            break
    return (
        _pre_trigger_ending_at(tokens, p, count=True)
        or _toll_metric_before(tokens, p)
        or _count_of_metric_before(tokens, p)
        or _harmed_number_before(tokens, p)
        or _taken_in_by_a_hospital(tokens, m, p)
        or _lost_of_ours(tokens, m, p)
    )


def _lost_of_ours(tokens: list[Token], m: NumberMention, p: int) -> str | None:
    """'We have lost 14 of our citizens', 'the town lost nine of its residents': the dead, told as a community's
    loss. Only with 'of' + an owner + a word for people after the number, not 'lost 3 of its last 4 games'."""
    if p == 0 or tokens[p - 1].low not in LOSS_VERBS or m.last + 2 >= len(tokens):
        return None
    if tokens[m.last].low != "of" or tokens[m.last + 1].low not in LOSS_OWNERS:
        return None
    return KILLED if tokens[m.last + 2].low in PERSON_NOUNS else None


_TOOK_IN = frozenset({"received", "admitted", "treated"})
_TOOK_IN_PEOPLE = frozenset({"people", "persons", "victims", "injured", "wounded"})
_HOSPITAL_SCAN = 20  # words back from the verb to the hospital that spoke or took them in


def _taken_in_by_a_hospital(tokens: list[Token], m: NumberMention, p: int) -> str | None:
    """'The Civil Hospital in Quetta on Friday treated 45 people', 'At the district hospital, doctors said they had
    received 45 people after the blast', 'Paramedics treated 40 people': those a hospital took in or medics
    treated, the injured they tell (one hospital among several is told apart: `core.extract.roles`). Not a
    hospital's patients ('admitted 30 COVID patients')."""
    if p == 0 or tokens[p - 1].low not in _TOOK_IN:
        return None
    np = noun_phrase_after(tokens, m.last)
    if np.head is not None and np.head not in _TOOK_IN_PEOPLE:
        return None
    for k in range(p - 2, max(-1, p - 2 - _HOSPITAL_SCAN), -1):
        low = tokens[k].low
        if low in (".", ";"):
            return None
        if low in ("hospital", "hospitals") or (low in _CARERS and tokens[p - 1].low == "treated"):
            return WOUNDED
    return None


_CARERS = frozenset({"paramedics", "medics", "doctors", "ambulance"})  # "Paramedics treated 40 people"


_NUMBER_VERBS = frozenset({"number", "numbered", "numbers", "totalled", "totaled", "totals", "totaling", "totalling"})
_NUMBER_ADVERBS = frozenset({"now", "already", "reportedly", "officially"})


def _harmed_number_before(tokens: list[Token], p: int) -> str | None:
    """'the dead numbered 40', 'the injured now number more than 100': the harmed as the subject of a counting
    verb."""
    k = p - 1
    if k >= 2 and tokens[k].low == "," and tokens[k - 1].low in _COUNTED_HARM and tokens[k - 2].low == "the":
        return _COUNTED_HARM[tokens[k - 1].low] if _in_all_after(tokens, p) else None  # "The wounded, 63 in all,"
    if k < 0 or tokens[k].low not in _NUMBER_VERBS:
        return None
    k -= 1
    while k >= 0 and tokens[k].low in _NUMBER_ADVERBS:
        k -= 1
    if k >= 1 and tokens[k].low in _COUNTED_HARM and tokens[k - 1].low in ("the", "those"):
        return _COUNTED_HARM[tokens[k].low]
    return None


_IN_ALL = (("in", "all"), ("in", "number"), ("in", "total"))


def _in_all_after(tokens: list[Token], p: int) -> bool:
    """Is the number at token p (its first word) followed by 'in all', 'in number' or 'in total'?"""
    k = p
    while k < len(tokens) and (tokens[k].is_digits or tokens[k].low in NUMBER_WORDS or tokens[k].low == ","):
        k += 1
    return any(_phrase_at(tokens, k, phrase) for phrase in _IN_ALL)
