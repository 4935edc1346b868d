"""Binding numbers to metrics inside one sentence: the core of claim extraction.

A number becomes a claim when a metric trigger governs it: after its noun phrase ("nine people [were]
killed"), before it ("killing nine people", "the death toll rose to 12"), or as its head noun ("51 deaths").
The trigger look-ups are in `phrases`, the noun-phrase reading in `noun_phrases`, the metric the words before a
number give it in `metric_before_number`, and the passes that combine the sentence's claims afterwards in
`combine`. Singular phrasings ("a man was shot and killed", "killing a civilian") and the gunman's own death are
found by `singulars`. Offsets in `RawClaim` are into the field text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.extract.combine import _sum_coordinated
from core.extract.lexicon import WEEKDAYS
from core.extract.lexicons import load
from core.extract.metric_before_number import POSSESSIVES, metric_before_number, sent_to_hospital
from core.extract.noun_phrases import (
    _VEHICLE_DETERMINERS,
    SINGULAR_PERSON,
    _after_apposition,
    _after_of_phrase,
    _coordinated_people,
    _head_can_be_counted,
    _NounPhrase,
    _past_people_where,
    _skip_to_trigger,
    noun_phrase_after,
)
from core.extract.numbers import MONTHS, NUMBER_WORDS, NumberMention, find_numbers
from core.extract.phrases import (
    _CONDITION_WORDS,
    _death_follows,
    _for_an_ailment,
    _injury_span,
    _phrase_at,
    _pre_trigger_ending_at,
    post_trigger_at,
)
from core.extract.raw_claim import RawClaim
from core.extract.roles import has_subset_cue, is_increment
from core.extract.tokens import Token, index_at, index_from
from core.extract.triggers import (
    AID_TO_THE_HURT,
    ALL_BUT,
    AUXILIARIES,
    CARE_VERBS_BEFORE,
    DAMAGE_NOUNS,
    DAMAGE_VERBS,
    METRIC_NOUNS,
    MOVED_VERBS,
    PERSON_NOUNS,
    SHOT,
)
from core.models import KILLED, WOUNDED, Qualifier, Role
from core.quick_init import quick_init

_LIVES_VERBS = frozenset(["claimed", "claiming", "cost", "costing", "took", "taking", "lost"])


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


@quick_init
@dataclass(frozen=True, slots=True)
class _Binding:
    metric: str
    subject: str | None
    trigger_index: int  # token index of the trigger (to stop singular passes reusing it)
    subset_of_previous: bool = False
    extra: int = 0  # people added by a coordinated singular: "two men and a woman" -> +1
    group_end: int = 0  # token index after the coordinated group
    increment: bool = False  # deaths among people already counted as hurt: "two injured workers died"
    both_harms: bool = False  # "No one was killed or injured": none of either, one zero for each


_PARENTS = frozenset(
    {"father", "mother", "parent", "grandfather", "grandmother", "grandparent", "dad", "mom", "mum", "stepfather",
     "stepmother"}
)  # fmt: skip


def _children_of_a_parent(tokens: list[Token], m: NumberMention) -> bool:
    """'The officer, a father of seven, was killed': the number is the size of someone's family, no count."""
    at = m.qual_first
    return at > 1 and tokens[at - 1].low == "of" and tokens[at - 2].low in _PARENTS


_INJURY_NOUNS = frozenset({"injuries", "injury", "wounds", "wound"})


def _none_of_the_injuries(tokens: list[Token], m: NumberMention) -> bool:
    """'None of the injuries appear to be life-threatening': how bad the wounds are, not a count of the hurt."""
    k = m.last
    return m.value == 0 and _phrase_at(tokens, k, ("of", "the")) and k + 2 < len(tokens) and (
        tokens[k + 2].low in _INJURY_NOUNS
    )


_NONE_OF = frozenset({"none", "neither"})
_GROUP_HARMS = {"shot": SHOT, "wounded": WOUNDED, "injured": WOUNDED, "hurt": WOUNDED}


def _one_of_a_group_none_of_which(tokens: list[Token], m: NumberMention) -> bool:
    """'None of the eight people shot was killed', 'Neither of the two men died': the number after 'none of the'
    is the size of a group of which no one came to the harm the verb tells."""
    i = m.qual_first
    return i >= 3 and tokens[i - 1].low == "the" and tokens[i - 2].low == "of" and tokens[i - 3].low in _NONE_OF


def _a_group_some_of_which(tokens: list[Token], m: NumberMention) -> bool:
    """'Two of the eight people shot died': the number after 'N of the' is the size of the group the N are part of."""
    i = m.qual_first
    if i < 3 or tokens[i - 1].low != "the" or tokens[i - 2].low != "of":
        return False
    before = tokens[i - 3]
    return before.is_digits or before.low in NUMBER_WORDS


def _group_harm(tokens: list[Token], m: NumberMention, binding: _Binding) -> _Binding | None:
    """The group named by its harm ('the eight people shot', 'the 12 who were wounded'): its size counts the hurt."""
    for j in range(m.last, min(binding.trigger_index + 1, len(tokens))):
        if tokens[j].low in _GROUP_HARMS:
            return _Binding(_GROUP_HARMS[tokens[j].low], binding.subject, j)
    return None


def bind_number(tokens: list[Token], m: NumberMention, previous: RawClaim | None) -> _Binding | None:
    binding = _bind_number(tokens, m, previous)
    if binding is None or binding.metric != KILLED:
        return binding
    if _one_of_a_group_none_of_which(tokens, m):
        # None of the group died: its size is no toll, but a count of the hurt when the group is named by its harm
        # ("none of the eight people shot", "none of the 12 wounded")
        return _group_harm(tokens, m, binding)
    if _a_group_some_of_which(tokens, m) and not _deaths_among_a_whole_of_hurt(tokens, m, binding):
        # "Two of the eight people shot died": the eight are the shot, the two the dead; "two of the 30 people
        # killed were children" keeps its 30 (no harm but the killing names the group); "two of the 45 injured died"
        # is `_deaths_among_a_whole_of_hurt`'s
        return _group_harm(tokens, m, binding) or binding
    return binding


def _bind_number(tokens: list[Token], m: NumberMention, previous: RawClaim | None) -> _Binding | None:
    if _children_of_a_parent(tokens, m) or _none_of_the_injuries(tokens, m):
        return None
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

        moved = np.adjective_metric == WOUNDED and _moved(tokens, m.qual_first, np.end)
        return _Binding(np.adjective_metric, subject, np.end - 1, subset_of_previous=moved)
    if _survivors_counted(tokens, np):
        return None
    extra, after_group = _coordinated_people(tokens, _after_of_phrase(tokens, np))
    if m.kind == "zero" and _past_people_where(tokens, after_group) is not None:
        return None  # "No one on the ground was hurt": none of one group, no count of the incident's hurt
    j = _skip_to_trigger(tokens, after_group)
    post = post_trigger_at(tokens, j)
    if post is None and after_group < len(tokens) and tokens[after_group].low == ",":
        j = _skip_to_trigger(tokens, _after_apposition(tokens, after_group))
        post = post_trigger_at(tokens, j)
    if post is not None and _verb_before_across_comma(tokens, m, after_group, j):
        post = None  # "the blast, which killed 5, also injured 40": 5 is the object of "killed", not "injured"'s
    if post is not None and _object_of_a_harm_before(tokens, m, after_group, j, post[0]):
        post = None  # "a man suspected of injuring four people was arrested": four hurt, one arrested
    if post is not None and _object_before_a_counted_subject(tokens, m, np.end, after_group):
        post = None  # "The blast killed 21 people and 81 people were injured": 81 is the subject of "injured"
    if post is None and _treated_for(tokens, m.qual_first, j):
        # "Paramedics treated 46 people for injuries", "treated 46 people at the scene for burns"
        post = _injury_span(tokens, j - 1, where=True) if tokens[j].low != "for" else _injury_span(tokens, j)
    if post is not None and _agents_of(tokens, np, j, post[1]):
        return None  # "Three suicide bombers killed 41 people": the three did the killing, the 41 are the dead
    if post is not None:
        if _combined_after(tokens, post[1], post[0]):
            if m.kind == "zero":  # "No student was killed or injured": no one of either
                return _Binding(post[0], subject, j, both_harms=True)
            return None  # "500 people were killed and injured": a combined count, neither figure
        if post[0] in (WOUNDED, SHOT) and k != m.last and j == k and _dies_after_apposition(tokens, post[1]):
            return _Binding(KILLED, subject, j, extra=extra, group_end=after_group, increment=True)
        if post[0] in (WOUNDED, SHOT) and _death_follows(tokens, post[1], stop_at_numbers=True):
            # "two of the wounded later died": deaths among those already counted as hurt
            among_hurt = k != m.last and j == k and tokens[j].low in ("wounded", "injured", "hurt")
            return _Binding(KILLED, subject, j, extra=extra, group_end=after_group, increment=among_hurt)
        if post[0] == SHOT and m.last < len(tokens) and tokens[m.last].low in ("others", "other", "more"):
            # "one dead and nine others shot", "Three other patrons were also shot", "two killed and four more
            # shot": people shot besides those told before (the dead among them): the hurt, not a count of
            # everyone shot the dead are part of
            return _Binding(WOUNDED, subject, j, extra=extra, group_end=after_group)
        anaphoric = (m.qual_first > 0 and tokens[m.qual_first - 1].low in ("the", "all")) or k != m.last
        if anaphoric and post[0] == WOUNDED and tokens[j].low in _CONDITION_WORDS:
            return None  # "the three victims were taken to hospitals": already counted, fate told later
        return _Binding(post[0], subject, j, extra=extra, group_end=after_group)
    if np.head is None and m.last < len(tokens) and tokens[m.last].low in ("are", "were"):
        noun = tokens[m.last + 1].low if m.last + 1 < len(tokens) else ""
        if noun in METRIC_NOUNS and METRIC_NOUNS[noun] in (KILLED, WOUNDED) and noun.endswith("s"):
            return _Binding(METRIC_NOUNS[noun], None, m.last + 1)  # "of which 1,061 are deaths"
    extra, after_group = _coordinated_people(tokens, np.end)
    if sent_to_hospital(tokens, m.qual_first, after_group):
        return _Binding(WOUNDED, subject, m.qual_first - 1)  # "sent three others to hospitals"
    pre = metric_before_number(tokens, m)
    if pre == WOUNDED and _for_an_ailment(tokens, after_group):
        return None  # "hospitals admitted 40 patients with heatstroke": care for no injury
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


_KIN = frozenset({"parents", "families", "relatives", "mothers", "fathers", "widows", "kin"})


def _kin_of(tokens: list[Token], qual_first: int, last: int) -> bool:
    """A count after 'parents of', 'families of', 'relatives of the' ('the loved ones of'): the victims whose kin
    the sentence tells of, some of the dead, not the toll. Not 'relatives of the 16 people who died': 'the' and a
    noun of everyone harmed name all the dead the story tells of."""
    k = qual_first - 1
    if k >= 0 and tokens[k].low == "the":
        if any(tokens[j].low in _EVERYONE_NOUNS for j in range(last, min(len(tokens), last + 2))):
            return False
        k -= 1
    if k < 1 or tokens[k].low != "of":
        return False
    kin = tokens[k - 1].low
    return kin in _KIN or (kin == "ones" and k >= 2 and tokens[k - 2].low == "loved")


# Nouns that name everyone harmed, not one kind of them: "among the 14 people killed" counts them all.
_EVERYONE_NOUNS = frozenset({"people", "persons", "victims", "individuals", "casualties", "others"})
# People of one kind, counted as many: "students", "children", "foreigners" (the singular person nouns are one each)
_KIND_NOUNS = (frozenset(PERSON_NOUNS) - SINGULAR_PERSON - _EVERYONE_NOUNS) | frozenset(load("en").GROUP_NOUNS)
_AMONG_SPAN = 3  # "among the 14 students killed", "among the three American tourists killed": words to the noun


def _among_a_kind(tokens: list[Token], qual_first: int, last: int, trigger: int) -> bool:
    """'Among the 14 students killed were ...', 'among the three foreigners who died', 'among the 12 wounded
    officers': the count, told after 'among the' by a kind of person (not 'people' or 'victims'), is of the dead of
    that kind, whom the names after it are a part of; it is no toll of everyone harmed, so a part of the whole."""
    if qual_first < 2 or tokens[qual_first - 1].low != "the" or tokens[qual_first - 2].low != "among":
        return False
    harm_first = last < len(tokens) and tokens[last].low in _ACTIVE_HARM
    first = last + 1 if harm_first else last  # "the 12 wounded officers": the noun after the harm
    for k in range(first, min(len(tokens), first + _AMONG_SPAN)):
        low = tokens[k].low
        if low in _KIND_NOUNS:
            return harm_first or trigger > k
        if not tokens[k].is_capitalised or not low.isalpha():
            return False  # only a name of origin before the kind: "the three American tourists"
    return False


_ACTIVE_HARM = frozenset({"killed", "wounded", "injured", "shot"})
_MEASURES = frozenset({"km", "kilometres", "kilometers", "miles", "metres", "meters", "minutes", "hours", "days"})
_OBJECT_OPENERS = frozenset({"at", "more", "over", "nearly", "about", "around", "some", "almost", "up"})
_VAGUE_OBJECTS = frozenset({"dozens", "scores", "hundreds"})


def _agents_of(tokens: list[Token], np: _NounPhrase, j: int, end: int) -> bool:
    """Is the counted noun the subject of an active verb of harm whose object is another count ('Three suicide
    bombers killed 41 people', 'two gunmen wounded at least 12')? Then it counts those who harmed, not the
    harmed. A passive ('were killed') or a trigger with nothing counted after it is the usual reading."""
    if np.head is None or end != j + 1 or tokens[j].low not in _ACTIVE_HARM or end >= len(tokens):
        return False
    if j > 0 and tokens[j - 1].low in AUXILIARIES:
        return False
    nxt = tokens[end]
    if end + 1 < len(tokens) and tokens[end + 1].low in _MEASURES:
        return False  # "Four people killed 20 km north of the city": a distance, no object
    if nxt.is_digits or nxt.low in NUMBER_WORDS or nxt.low in _VAGUE_OBJECTS:
        return True
    if np.head in _ASSAILANTS and _a_person_object(tokens, end):
        return True  # "Two gunmen killed a detective", "two attackers shot Officer Ray Lee": the victims are after
    # "at least 12", "more than 40", "nearly 30": a qualifier, then the count ("wounded at the party" is no object)
    return nxt.low in _OBJECT_OPENERS and any(
        t.is_digits or t.low in NUMBER_WORDS for t in tokens[end + 1 : min(len(tokens), end + 3)]
    )


_ASSAILANTS = frozenset(load("en").ASSAILANT_NOUNS)
_OBJECT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "another"})


def _a_person_object(tokens: list[Token], k: int) -> bool:
    """Does an object open at tokens[k] after an active verb of harm: a determiner ('a detective', 'the guard')
    or a capitalised name ('Detective Joe Rook'), not a day or a month ('gunmen killed Sunday', a headline's
    passive)?"""
    nxt = tokens[k]
    if nxt.low in _OBJECT_DETERMINERS:
        return True
    return nxt.is_capitalised and nxt.low.isalpha() and nxt.low not in _TIMES


def _object_before_a_counted_subject(tokens: list[Token], m: NumberMention, np_end: int, after_group: int) -> bool:
    """A verb of harm right before the number ('killed 21 people') and, after 'and', a count with a verb of its own
    ('and 81 people were injured'): the number is the first verb's object, the second count the later verb's
    subject (not one group of 102 hurt)."""
    if m.qual_first == 0 or not any(t.is_digits or t.low in NUMBER_WORDS for t in tokens[np_end:after_group]):
        return False
    return _pre_trigger_ending_at(tokens, m.qual_first, count=True) in (KILLED, WOUNDED, SHOT)


def _verb_before_across_comma(tokens: list[Token], m: NumberMention, after_group: int, j: int) -> bool:
    """A verb of harm right before the number ('which killed 5') and the trigger after it only past a comma (', also
    injured 40'): the number is the first verb's object; the later verb has a subject of its own."""
    if not any(t.low == "," for t in tokens[after_group:j]) or m.qual_first == 0:
        return False
    return _pre_trigger_ending_at(tokens, m.qual_first, count=True) in (KILLED, WOUNDED, SHOT)


_SINGULAR_VERB_AUX = frozenset({"was", "is", "has"})


def _object_of_a_harm_before(tokens: list[Token], m: NumberMention, after_group: int, j: int, metric: str) -> bool:
    """A verb of harm right before the number ('who injured four people', 'suspected of killing six') and, after
    it, another kind of verb ('was arrested') or a singular one ('was charged'): the number is the first verb's
    object; the later verb's subject is the doer."""
    if m.qual_first == 0 or _pre_trigger_ending_at(tokens, m.qual_first, count=True) not in (KILLED, WOUNDED, SHOT):
        return False
    if metric not in (KILLED, WOUNDED, SHOT):
        return True
    return m.value > 1 and any(t.low in _SINGULAR_VERB_AUX for t in tokens[after_group:j])


_FOR_OR_WHERE = frozenset({"for", "at", "in", "on"})


def _treated_for(tokens: list[Token], qual_first: int, j: int) -> bool:
    """A verb of care before the number and 'for' after its people: 'treated 46 people for (injuries)'."""
    cared = qual_first > 0 and tokens[qual_first - 1].low in CARE_VERBS_BEFORE
    return cared and j < len(tokens) and tokens[j].low in _FOR_OR_WHERE


def _moved_or_helped_before(tokens: list[Token], qual_first: int) -> bool:
    """'airlifted 120 injured', 'first aid to 500 injured people', 'supplies for 10,000 injured'."""
    if qual_first > 0 and tokens[qual_first - 1].low in MOVED_VERBS:
        return True
    return (
        qual_first > 1 and tokens[qual_first - 1].low in ("to", "for") and tokens[qual_first - 2].low in AID_TO_THE_HURT
    )


def _moved(tokens: list[Token], qual_first: int, end: int) -> bool:
    """'evacuated 14 injured people', '15 injured passengers were airlifted': injured people carried somewhere, a
    part of the injured (those the rescuers moved), not their count."""
    if _moved_or_helped_before(tokens, qual_first):
        return True
    j = end
    while j < len(tokens) and tokens[j].low in AUXILIARIES:
        j += 1
    return j < len(tokens) and tokens[j].low in MOVED_VERBS


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


_SURVIVOR_NOUNS = frozenset(load("en").SURVIVOR_NOUNS)
_RESCUE_AFTER = frozenset(load("en").RESCUE_AFTER)


_HARM_TOLD_AFTER = frozenset({"who", "that", "with"})  # "18 survivors who suffered gunshot wounds": the hurt
_HURT_STEMS = (*load("en").HURT_STEMS, "shot", "stabb", "gunshot")
_CLAUSE_ENDS = frozenset({".", ";", "but"})
_HURT_REACH = 8  # tokens after the survivors' noun where their harm is read ("were all injured", ", all shot in")


def _hurt_told_after(tokens: list[Token], j: int) -> bool:
    """'all 29 survivors were injured', 'the five survivors, all shot in the legs,': a word of harm told of the
    survivors right after them makes them the hurt."""
    for t in tokens[j : j + _HURT_REACH]:
        if t.low in _CLAUSE_ENDS:
            return False
        if t.low.startswith(_HURT_STEMS):
            return True
    return False


def _survivors_counted(tokens: list[Token], np: _NounPhrase) -> bool:
    """'Three survivors are in hospital', 'three women pulled from the wreckage were in critical condition': a count
    of survivors or of the rescued, never the hurt (nor the dead: 'two survivors later died' adds to the dead); but
    a clause or a phrase of their harm after the noun keeps the count ('18 survivors who suffered gunshot wounds')."""
    after = tokens[np.end].low if np.end < len(tokens) else ""
    if after in _HARM_TOLD_AFTER or _hurt_told_after(tokens, np.end):
        return False
    return (np.head in _SURVIVOR_NOUNS or after in _RESCUE_AFTER) and not _dies_after(tokens, np.end)


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


def _dies_after_apposition(tokens: list[Token], j: int) -> bool:
    """'One of the wounded, a 20-year-old woman, died at the hospital': the part told dies after an apposition."""
    if j >= len(tokens) or tokens[j].low != ",":
        return False
    after = _after_apposition(tokens, j)
    return after != j and _dies_after(tokens, after)


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
_STILL_SPAN = 12  # "13 injured people are still being cared for in hospitals", "injured in the attack are still ..."


def _after_a_hospital_count(tokens: list[Token], qual_first: int) -> bool:
    """Is the figure set after a comma beside a count of those still in hospital ("Twelve people remain in
    hospital, three in critical condition")? It is a part of that count, which is no injured total either."""
    if qual_first < 3 or tokens[qual_first - 1].low != ",":
        return False
    before = tokens[max(0, qual_first - 10) : qual_first - 1]
    lows = [t.low for t in before]
    if any(low in (".", ";") for low in lows):
        return False
    counted = any(t.is_digits or t.low in NUMBER_WORDS for t in before)
    return counted and bool(set(lows) & _STILL) and bool(set(lows) & _HOSPITAL_WORDS)


def _still_in_hospital(tokens: list[Token], last: int, trigger: int) -> bool:
    """'five remained hospitalized', 'nine are still in hospital', '10 injured had been remaining in hospitals':
    a count of those still in hospital, not of everyone hurt."""
    if trigger < last:
        return False
    if any(t.low in _STILL for t in tokens[last:trigger]):
        # "nine are still in hospital", "70 were still being treated in hospital"
        # (and where: "are still being treated in six London hospitals")
        return tokens[trigger].low == "in" or any(t.low in _HOSPITAL_WORDS for t in tokens[trigger : trigger + 6])
    still = False
    for j in range(trigger + 1, min(len(tokens), trigger + _STILL_SPAN)):
        low = tokens[j].low
        if low in _STILL:
            still = True
        elif still and low in _HOSPITAL_WORDS:
            return True
        elif low in (",", ".", ";", "but") or (low == "and" and not (still and tokens[j - 1].is_capitalised)):
            # after "remained in", names joined by "and" say which hospitals: "remained in Aurora and Denver hospitals"
            return False
    return False


_OF_THEM = (("of", "them"), ("of", "whom"), ("of", "those"))
_HARM_STEMS = ("die", "dead", "death", "kill", "injur", "wound", "hurt", "shot", "fatal", "casualt", "victim")


def _some_of_an_unharmed_group(tokens: list[Token], m: NumberMention, binding: _Binding, told: list[RawClaim]) -> bool:
    """'The coast guard said 195 passengers and crew were rescued, 23 of them with injuries', 'The bus carried 40
    people, 12 of whom were hurt': 'N of them' after a count of people no one harmed (no killed, wounded or shot figure
    told before it in the sentence) is a part of that group, and the whole of those harmed."""
    if m.value == 0:
        return False  # "nine people were inside, but none of them were injured": no count of the hurt
    if binding.metric not in (KILLED, WOUNDED) or tuple(t.low for t in tokens[m.last : m.last + 2]) not in _OF_THEM:
        return False
    # the clause after a semicolon is a sentence of its own: "The collapse killed 11 workers; another 23 were rescued,
    # 9 of them injured"
    opens = next((k + 1 for k in range(m.qual_first - 1, -1, -1) if tokens[k].low == ";"), 0)
    if any(c.metric in (KILLED, WOUNDED, SHOT) and c.start >= tokens[opens].start for c in told):
        return False
    before = tokens[opens : m.qual_first]
    if any(t.low.startswith(_HARM_STEMS) for t in before):
        return False  # "four pilgrims died in Makkah, only two of them in the stampede": a part of the dead
    return any(t.is_digits or t.low in NUMBER_WORDS for t in before)


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
        if binding is not None and _deaths_among_a_whole_of_hurt(tokens, m, binding):
            # "two of the 45 injured died": the two, deaths among people already counted as hurt
            m = _counted_of(tokens, mention, before)
            binding = replace(binding, increment=True)
        elif binding is not None and _said_of_the_part(tokens, binding.trigger_index):
            m = _counted_of(tokens, mention, before)
        before = mention
        coordinated = previous is not None and m.qual_first > 0 and tokens[m.qual_first - 1].low == "and"
        if binding is None and coordinated and previous_subset and previous is not None:
            binding = _Binding(previous.metric, None, -1, subset_of_previous=True)
        if binding is None and coordinated and previous is not None:
            binding = _object_joined(tokens, m, previous) or _place_gapped(tokens, m, previous)
        if binding is None and previous is not None and m.qual_first > 0 and tokens[m.qual_first - 1].low in (",", ";"):
            binding = _place_gapped(tokens, m, previous)  # "killed 20 people in Dhaka, 15 in Chittagong and ..."
        if binding is None:
            previous_subset = False
            continue
        used_triggers.add(binding.trigger_index)
        role = Role.TOTAL
        subset = binding.subset_of_previous or has_subset_cue(tokens, m.qual_first, m.last, 0)
        if subset and not binding.subset_of_previous and _some_of_an_unharmed_group(tokens, m, binding, claims):
            subset = False  # "195 passengers were rescued, 23 of them injured": all the injured the text counts
        if subset and binding.metric in (KILLED, WOUNDED) and _part_of_combined(tokens, m.qual_first):
            subset = False  # "85 casualties, including 20 deaths": the dead among a combined count are all the dead
        if binding.metric == SHOT and _phrase_at(tokens, m.last, ("of", "the")):
            subset = True  # "one of the shooting victims": a part of those shot, not a count of its own
        if _of_the_same(tokens, m.last, binding.metric) and not (
            m.qual_first > 0 and tokens[m.qual_first - 1].low == "all"
        ):
            subset = True  # "45 of the injured were in critical condition": a part of the injured
        if (
            binding.metric in (WOUNDED, SHOT)  # "23 shooting victims still hospitalized": those shot still there
            and _still_in_hospital(tokens, m.last, binding.trigger_index)
            and not _whole_of_a_part(tokens, m.qual_first)
        ):
            subset = True  # "eight remain in hospital": those still there, a part of the injured
        if (
            binding.metric == WOUNDED and previous is not None and previous.metric == WOUNDED
            and previous.role is Role.SUBSET and previous.value > m.value
            and _condition_at(tokens, binding.trigger_index)
        ):  # fmt: skip
            subset = True  # "Nine of the injured are in the burn unit, where 5 were in critical condition"
        if (
            binding.metric == WOUNDED and binding.trigger_index == m.last
            and _moved_or_helped_before(tokens, m.qual_first)
        ):  # fmt: skip
            subset = True  # "helicopters airlifted 120 injured to the capital": those moved, a part of the injured
        if binding.metric in (KILLED, WOUNDED) and _among_a_kind(tokens, m.qual_first, m.last, binding.trigger_index):
            subset = True  # "Among the 14 students killed were ...": the dead of one kind, a part of the toll
        if binding.metric in (KILLED, WOUNDED) and _kin_of(tokens, m.qual_first, m.last):
            subset = True  # "Parents of three students killed in the sinking wailed": some of the dead, told by kin
        if binding.metric == WOUNDED and _after_a_hospital_count(tokens, m.qual_first):
            subset = True  # "Twelve people remain in hospital, three in critical condition": three of the twelve
        if binding.increment:
            role = Role.INCREMENT
        elif subset or (coordinated and previous_subset and previous is not None and previous.metric == binding.metric):
            # "including four women and two children": a part too; "14 of them seriously, and 22 died": another metric
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
        if binding.both_harms:
            claims.append(replace(claims[-1], metric=_OTHER_HARM[binding.metric]))
    return _sum_coordinated(tokens, claims)


_CONDITIONS = frozenset({"critical", "serious", "stable", "grave", "fair", "good"})


def _condition_at(tokens: list[Token], trigger: int) -> bool:
    """Is the trigger at `trigger` a condition ('in critical condition', 'in a serious condition')?"""
    if not 0 <= trigger < len(tokens) - 1 or tokens[trigger].low != "in":
        return False
    k = trigger + 2 if tokens[trigger + 1].low == "a" else trigger + 1
    return k < len(tokens) and tokens[k].low in _CONDITIONS


def _whole_of_a_part(tokens: list[Token], qual_first: int) -> bool:
    """'15 of the (more than) 400 injured are still in hospital': the number is the whole the part is taken from."""
    k = qual_first - 1
    if k >= 0 and tokens[k].low in _VEHICLE_DETERMINERS:
        k -= 1
    return k >= 1 and tokens[k].low == "of" and (tokens[k - 1].is_digits or tokens[k - 1].low in NUMBER_WORDS)


_HURT_WORDS = frozenset({"wounded", "injured", "hurt"})


def _deaths_among_a_whole_of_hurt(tokens: list[Token], m: NumberMention, binding: _Binding) -> bool:
    """'Two of the 45 injured died overnight': deaths told of the hurt, the number after 'of the' the whole of them."""
    return (
        binding.metric == KILLED and 0 <= binding.trigger_index < len(tokens)
        and (binding.increment or tokens[binding.trigger_index].low in _HURT_WORDS)
        and _whole_of_a_part(tokens, m.qual_first)
    )  # fmt: skip


_FINITE_DEATH_VERBS = frozenset(["died", "perished", "drowned", "survived"])


def _said_of_the_part(tokens: list[Token], trigger: int) -> bool:
    """The trigger is the verb of the sentence ('two of the 40 passengers were killed', 'died'), not a participle
    describing the whole ('one of the two people killed': the two were killed, one is one of them)."""
    if not 0 <= trigger < len(tokens):
        return False
    if tokens[trigger].low in _FINITE_DEATH_VERBS:
        return tokens[trigger - 1].low not in _RELATIVES if trigger > 0 else True
    if trigger > 1 and tokens[trigger - 1].low in AUXILIARIES:
        # "one of six people who were wounded": a relative clause describes the whole, not the part
        return tokens[trigger - 2].low not in _RELATIVES
    return False


_RELATIVES = frozenset({"who", "that", "which", "whom"})


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
    first = index_at(tokens, previous.start)
    if first is not None and first > 0 and tokens[first - 1].low in POSSESSIVES:
        first -= 1  # "injuring his two children and four other people"
    if first is None or _pre_trigger_ending_at(tokens, first) != previous.metric:
        return None  # the first figure is not the object of a verb right before it
    before = noun_phrase_after(tokens, _first_token_after(tokens, previous.end))
    np = noun_phrase_after(tokens, m.last)
    if np.head is None or np.adjective_metric or not _head_can_be_counted(tokens, np) or before.head is None:
        return None
    if before.end != m.qual_first - 1 or (np.end < len(tokens) and tokens[np.end].low not in _OBJECT_ENDS):
        return None
    return _Binding(previous.metric, np.head if np.head in PERSON_NOUNS else None, -1)


_GAP_PLACES = frozenset({"in", "at", "to"})
_GAP_SPAN = 12  # words from the first figure to the "and" before the second: "people were injured in Kurla and"


def _place_gapped(tokens: list[Token], m: NumberMention, previous: RawClaim) -> _Binding | None:
    """'killed 70 people in Manabi province and 4 in Guayas', 'Thirty people were injured in Kurla and 18 in
    Ghatkopar': a second figure told with only its own place, the verb of the first left out; one figure, summed by
    `_sum_coordinated`."""
    if previous.metric not in (KILLED, WOUNDED) or previous.role is not Role.TOTAL or previous.singular:
        return None
    if not _named_place_at(tokens, m.last):
        return None
    first = _first_token_after(tokens, previous.end)
    end = m.qual_first - 1
    if end > first and tokens[end - 1].low in (",", ";"):
        end -= 1  # "killed 20 people in Mandalay, and 15 in Sagaing", "12 in Adana; 40 in Hatay; and 7 in Osmaniye"
    between = range(first, end)
    if not 0 < len(between) <= _GAP_SPAN:
        return None
    if any(not tokens[k].text[:1].isalnum() or tokens[k].is_digits for k in between):
        return None  # a clause break or another number between: no list of one verb's places
    # the first figure's place, with the same preposition ("taken to Lady Reading Hospital and 15 to Khyber ...")
    if not any(tokens[k].low == tokens[m.last].low and _named_place_at(tokens, k) for k in between):
        return None
    return _Binding(previous.metric, previous.subject, -1)


def _named_place_at(tokens: list[Token], k: int) -> bool:
    """'in Guayas', 'at the Civil Hospital': a preposition of place, then a name."""
    if k + 1 >= len(tokens) or tokens[k].low not in _GAP_PLACES:
        return False
    name = k + 2 if tokens[k + 1].low == "the" else k + 1
    # a time is no place: "killed 40 in March and 20 in April" are two tolls of a period
    return name < len(tokens) and tokens[name].is_capitalised and tokens[name].low not in _TIMES


_TIMES = frozenset((*MONTHS, *WEEKDAYS))


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
    return index_from(tokens, offset)


_OF_THE_SAME = {KILLED: frozenset({"dead", "killed"}), WOUNDED: frozenset({"injured", "wounded", "hurt"})}


def _of_the_same(tokens: list[Token], last: int, metric: str) -> bool:
    """'N of the injured' said to be hurt, 'N of the dead' said to be dead: a part of that metric's figure. ('Two
    of the victims died' is the deaths among those shot: a figure of its own.)"""
    words = _OF_THE_SAME.get(metric, frozenset())
    return _phrase_at(tokens, last, ("of", "the")) and last + 2 < len(tokens) and tokens[last + 2].low in words


_COMBINED_NOUNS = frozenset({"casualties", "casualty"})


_INCLUDE_VERBS = frozenset({"include", "included", "includes", "including"})


def _part_of_combined(tokens: list[Token], qual_first: int) -> bool:
    """The subset cue before the number follows a combined count: '85 casualties, including 20 deaths', 'the
    number of casualties has risen to 85, of whom 22 died', '300 people were killed and injured, 40 of them
    fatally': the dead among the dead and the hurt are all the dead."""
    k = qual_first - 1
    while k >= 0 and k >= qual_first - 4 and tokens[k].low not in _COMBINED_NOUNS:
        k -= 1
    if k >= 1 and tokens[k].low in _COMBINED_NOUNS and (tokens[k - 1].is_digits or tokens[k - 1].low in NUMBER_WORDS):
        return True
    if k >= 0 and tokens[k].low in _COMBINED_NOUNS and k + 1 < len(tokens) and tokens[k + 1].low in _INCLUDE_VERBS:
        return True  # "Casualties included 22 dead and 59 injured": the dead and the hurt that make the casualties
    for k in range(qual_first - 1, max(-1, qual_first - 1 - _COMBINED_SCAN), -1):
        if tokens[k].low in (".", ";"):
            return False
        if tokens[k].is_digits or tokens[k].low in NUMBER_WORDS:  # the whole the part is taken from
            near = {t.low for t in tokens[max(0, k - _COMBINED_SCAN) : k + 5]}
            return bool(near & _COMBINED_NOUNS) or _combined_trigger_after(tokens, k + 1)
    return False


_COMBINED_SCAN = 10


def _combined_trigger_after(tokens: list[Token], k: int) -> bool:
    """'(people) were killed and injured', 'dead or wounded' within a few words after the whole."""
    for j in range(k, min(len(tokens), k + 5)):
        post = post_trigger_at(tokens, j)
        if post is not None:
            return _combined_after(tokens, post[1], post[0])
    return False
