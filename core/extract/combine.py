"""Claims of one sentence combined after binding: parts joined into one figure, and figures derived from others.

"two men and two women were killed" is one figure of four (`_sum_coordinated`); "Three victims, a man and two
teens, ..." names a part of the first figure; "Five people were injured, including a man who later died" is four
wounded (`died_among_wounded`); "4 people shot, 1 fatally" is three wounded (`derived_claims`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from core.extract.clean import safe_lower
from core.extract.lexicons import load
from core.extract.noun_phrases import SINGULAR_PERSON, noun_phrase_after
from core.extract.numbers import NUMBER_WORDS, NumberMention, find_numbers
from core.extract.phrases import _CARE_BY_FIRST, _POST_BY_FIRST, _phrase_at, _pre_trigger_ending_at, post_trigger_at
from core.extract.raw_claim import RawClaim
from core.extract.tokens import Token, index_at
from core.extract.triggers import AUXILIARIES, PERSON_NOUNS, SHOT, UNCONFIRMED_DEATHS
from core.models import KILLED, WOUNDED, Claim, Qualifier, Role

_HOSPITALIZED = frozenset({"hospitalized", "hospitalised", "admitted"})
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
        elif last is not None and _kept_in(tokens, last, claim):
            merged.append(replace(claim, role=Role.SUBSET))  # "Hundreds were hurt, and 40 were hospitalised"
        elif last is not None and _of_the_whole(tokens, last, claim):
            merged.append(replace(claim, role=Role.SUBSET))  # "Of the 700 injured, 58 are in critical condition"
        elif last is not None and _part_of_the_group(tokens, last, claim):
            merged.append(replace(claim, role=Role.SUBSET))  # "Both are in hospital and one is in critical condition"
        elif last is not None and _assailants_beside_victims(last, claim):
            merged.append(replace(claim, derivation="perpetrator"))  # "23 hostages and 32 militants had died"
        elif last is not None and _joined(tokens, last, claim):
            merged[-1] = replace(
                last,
                value=last.value + claim.value,
                low=None if last.low is None or claim.low is None else last.low + claim.low,
                high=None if last.high is None or claim.high is None else last.high + claim.high,
                qualifier=claim.qualifier if last.qualifier is Qualifier.EXACT else last.qualifier,
                end=claim.end,
            )  # "Thirteen soldiers and at least 60 civilians": at least 73
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


_EN = load("en")


def _assailants_beside_victims(a: RawClaim, b: RawClaim) -> bool:
    """'23 hostages and 32 militants had died', 'killed 20 worshippers and three attackers': b counts the attackers'
    own dead, told beside their victims (not beside other fighters: '12 soldiers and 30 militants' are one clash's
    dead)."""
    return (
        a.metric == b.metric == KILLED
        and a.role is Role.TOTAL
        and b.role is Role.TOTAL
        and b.subject in _EN.ASSAILANT_NOUNS
        and a.subject not in _EN.ASSAILANT_NOUNS
        and a.subject not in _EN.COMBATANT_NOUNS
    )


_UNCONFIRMED_FIRST = frozenset(phrase.split()[0] for phrase in UNCONFIRMED_DEATHS)


def _joined(tokens: list[Token], a: RawClaim, b: RawClaim) -> bool:
    if a.metric != b.metric or a.metric not in (KILLED, WOUNDED):
        return False
    beyond = a.metric == WOUNDED and a.role is Role.TOTAL and _told_as_beyond(tokens, b)
    if a.role is not Role.TOTAL or not (b.role is Role.TOTAL or _uncounted_rest(a, b) or beyond):
        return False
    between = [t for t in tokens if a.end <= t.start and t.end <= b.start]
    if beyond:
        while between and (between[-1].low in _BEYOND_BEFORE or between[-1].low == "a"):
            between = between[:-1]  # "and another 30", "and a further 30"
    if beyond and between and len(between) <= _COORDINATION_SPAN and between[-1].low in ("and", ",", "while"):
        # "Ten were seriously hurt and another 30 had minor injuries", "Thirty were treated at the scene, and 10
        # more were taken to hospital", "Ten were hospitalised, while 30 others were treated and released": the hurt
        # beyond those just counted, one figure with them
        return not any(t.low in _NOT_COORDINATION and t.low != "while" for t in between)
    if _place_list_step(tokens, between, b):
        return True  # "12 in Adana; 40 in Hatay; and 7 in Osmaniye": one verb's places, listed with semicolons
    if not between or len(between) > _COORDINATION_SPAN or between[-1].low not in ("and", ","):
        return False
    if between[-1].low == "," and _refers_back(tokens, b):
        return False  # "The two survivors, both cabin crew, ...": the same two, told again
    if any(_phrase_at(between, k, p) for k, t in enumerate(between) for p in _CARE_BY_FIRST.get(t.low, ())):
        return False  # "91 sought medical treatment, and 52 were hospitalized": the second is a part of the first
    after = [t.low for t in tokens if b.end <= t.start][:4]
    kept_in_after = a.metric == WOUNDED and any(w in _HOSPITALIZED for w in after)
    if kept_in_after and not _noun_list(tokens, a, [t.low for t in between]):
        return False  # "120 were treated for injuries, and 30 were hospitalised": those kept in are a part
    if a.metric == WOUNDED and any(t.low in _HOSPITALIZED for t in between) and _care_in(after):
        return False  # "25 were hospitalised and 59 sought medical help": those who needed care hold the 25
    if any(w in _UNCONFIRMED_FIRST for w in [*after, *(t.low for t in between)]):
        return False  # "four were confirmed dead and 20 others are feared dead": the fear is no part of the toll
    return not any(t.low in _NOT_COORDINATION for t in between)


_LIST_PLACES = frozenset({"in", "at"})


def _place_list_step(tokens: list[Token], between: list[Token], b: RawClaim) -> bool:
    """Between two figures, the first's place and a semicolon ("in Hatay;", "in Hatay; and"), and the second told with
    only its own place ("40 in Hatay"): the next place of one list."""
    words = [t.low for t in between]
    if words[-1:] == ["and"]:
        words = words[:-1]
    if not words or words[-1] != ";" or ";" in words[:-1] or len(words) > _COORDINATION_SPAN:
        return False
    placed = (w in _LIST_PLACES and k + 1 < len(between) and between[k + 1].is_capitalised for k, w in enumerate(words))
    if not any(placed):
        return False
    after = [t for t in tokens if t.start >= b.end][:2]
    return len(after) == 2 and after[0].low in _LIST_PLACES and after[1].is_capitalised


_BACK_REFERENCES = frozenset({"both", "all", "each"})
_BEYOND_BEFORE = frozenset({"another", "further", "additional"})
_BEYOND_AFTER = frozenset({"others", "other", "more"})


def _told_as_beyond(tokens: list[Token], b: RawClaim) -> bool:
    """Is b told as people beyond those counted before it: 'another 30', 'a further 30', '30 others', '10 more'?"""
    at = _index_at(tokens, b.start)
    if at is None:
        return False
    if at > 0 and tokens[at - 1].low in _BEYOND_BEFORE:
        return True
    k = at
    while k < len(tokens) and (tokens[k].is_digits or tokens[k].low in NUMBER_WORDS or tokens[k].start < b.end):
        k += 1
    return k < len(tokens) and tokens[k].low in _BEYOND_AFTER


def _refers_back(tokens: list[Token], b: RawClaim) -> bool:
    """Is b a word that counts the people just named ('both', 'all three') rather than more of them?"""
    at = _index_at(tokens, b.start)
    return at is not None and tokens[at].low in _BACK_REFERENCES


_GROUP_OPENERS = frozenset({"all", "the"})
_GROUP_SPAN = 8


def _refers_back_as_group(tokens: list[Token], a: RawClaim) -> bool:
    """Is a told as the people already counted, by a pronoun group ('Both are ...', 'All three were ...', 'The two
    were ...') rather than by a count of its own ('Two men were ...')?"""
    at = _index_at(tokens, a.start)
    if at is None:
        return False
    if tokens[at].low == "both":
        return True
    return at > 0 and tokens[at - 1].low in _GROUP_OPENERS and (tokens[at].is_digits or tokens[at].low in NUMBER_WORDS)


def _part_of_the_group(tokens: list[Token], a: RawClaim, b: RawClaim) -> bool:
    """'Both are in hospital and one is in critical condition', 'All three were hurt, and one is critical': the one
    after a pronoun group is one of the group, no more of them (unless told as more: 'and one other')."""
    if a.metric != b.metric or a.role is not Role.TOTAL or b.role is not Role.TOTAL or b.value >= a.value:
        return False
    if not _refers_back_as_group(tokens, a) or _told_as_beyond(tokens, b):
        return False
    between = [t.low for t in tokens if a.end <= t.start and t.end <= b.start]
    return 0 < len(between) <= _GROUP_SPAN and between[-1] in ("and", ",", ";") and "." not in between


def _of_the_whole(tokens: list[Token], a: RawClaim, b: RawClaim) -> bool:
    """'Of the 700 injured, 58 are in critical condition': the clause opened by 'of the' names the whole, the figure
    after its comma a part of it."""
    if a.metric != b.metric or b.value >= a.value or a.role is not Role.TOTAL:
        return False
    at = _index_at(tokens, a.start)
    if at is None or at < 2 or (tokens[at - 2].low, tokens[at - 1].low) != ("of", "the"):
        return False
    between = [t.low for t in tokens if a.end <= t.start and t.end <= b.start]
    return 0 < len(between) <= 3 and between[-1] == ","


def _uncounted_rest(a: RawClaim, b: RawClaim) -> bool:
    """'Twelve people suffered serious injuries and dozens more were lightly hurt': the counted injured are one grade
    of them, the rest uncounted, so the two make one vague figure (as 'and scores of others' does)."""
    return a.metric == WOUNDED and b.role is Role.INCREMENT and b.qualifier is Qualifier.VAGUE


def _noun_list(tokens: list[Token], a: RawClaim, between: list[str]) -> bool:
    """Do the words between two numbers only join two noun phrases ('Two men and two women'), with no predicate
    or pause of the first's own ('120 were hurt, and 30', 'injured 120 people and 30')?"""
    if len(between) > 3 or between[-1] != "and" or any(w in AUXILIARIES or w == "," for w in between):
        return False
    at = _index_at(tokens, a.start)
    return at is None or _pre_trigger_ending_at(tokens, at, count=True) is None


def _care_in(words: list[str]) -> bool:
    """Do `words` hold a phrase of those who needed care ('sought medical help')?"""
    return any(_phrase_at_words(words, k, p) for k, w in enumerate(words) for p in _CARE_BY_FIRST.get(w, ()))


def _phrase_at_words(words: list[str], k: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[k : k + len(phrase)]) == phrase


def _kept_in(tokens: list[Token], a: RawClaim, b: RawClaim) -> bool:
    """'Hundreds were treated for injuries, and 40 were hospitalised': those kept in hospital, told right after the
    injured figure, are a part of it (when that figure is vague, the part is no injured total either)."""
    if a.metric != WOUNDED or b.metric != WOUNDED or a.role is not Role.TOTAL or b.role is not Role.TOTAL:
        return False
    if b.value > (a.value if a.high is None else a.high):
        return False
    between = [t.low for t in tokens if a.end <= t.start and t.end <= b.start]
    if not between or len(between) > _COORDINATION_SPAN or between[-1] not in ("and", ",") or ";" in between:
        return False
    if _noun_list(tokens, a, between):
        return False  # "Two men and two women were hospitalised": one figure
    after = [t.low for t in tokens if b.end <= t.start][:4]
    return any(w in _HOSPITALIZED for w in after)


_AMONG_CUES = frozenset({"including", "whom", "them", "among"})
# "Nearly 200 people were hurt, 14 of whom are critical, while 6 people lost their lives": the dead after a contrast
# are no part of the hurt
_OTHER_CLAUSE = frozenset({";", "but", "while", "whereas"})


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
            after = [t.low for t in tokens if t.start >= dead.end][:2]
            of_them = after in (["of", "them"], ["of", "whom"])  # "..., and one of them has since died"
            last = next((t.low for t in reversed(tokens) if t.end <= dead.start), "")
            # "Six people were injured in the shooting, one fatally"
            fatally = after[:1] == ["fatally"] and last == "," and not between & {";", "but", "and"}
            if not fatally and (
                not cues & _AMONG_CUES or between & _OTHER_CLAUSE or ("and" in between and not of_them)
            ):  # fmt: skip
                continue
            value = hurt.value - dead.value
            out[index] = replace(
                hurt,
                value=value,
                low=None if hurt.low is None else hurt.low - dead.value,
                high=None if hurt.high is None else hurt.high - dead.value,
                derivation="derived",
            )
            _dead_of_the_hurt_added(out, hurt, dead)
            break
    return out


def _dead_of_the_hurt_added(out: list[RawClaim], hurt: RawClaim, dead: RawClaim) -> None:
    """'Five people were killed and 12 injured, two of whom later died': the dead told before the hurt in their
    sentence count those who died later too (7 dead, 10 hurt), as the hurt no longer count them."""
    for index, toll in enumerate(out):
        if (
            toll.metric == KILLED and toll.role is Role.TOTAL and not toll.singular and toll.derivation is None
            and toll.end <= hurt.start
        ):  # fmt: skip
            out[index] = replace(toll, value=toll.value + dead.value, low=None if toll.low is None else toll.low
                                 + dead.value, high=None if toll.high is None else toll.high + dead.value,
                                 derivation="derived")  # fmt: skip
            return


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


_OTHERS = frozenset({"others", "other"})
_POSSESSIVES = frozenset({"his", "her", "their"})
ONE_AND_OTHERS_WORDS = _OTHERS | _POSSESSIVES | {"along"}  # `one_and_others` finds nothing without one
_ONE_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_NOT_A_PERSON = frozenset({"police", "officers", "officials", "authorities", "the", "a", "an", "and", "but"})
_PLACE_NAME_HEADS = frozenset(load("en").PLACE_NAME_HEADS)


def _index_at(tokens: list[Token], offset: int) -> int | None:
    return index_at(tokens, offset)


def _person_before_and(tokens: list[Token], and_at: int) -> int | None:
    """The first token of one person ending right before 'and': 'Kim Ortiz', 'a man', 'his cousin', 'she'."""
    k = and_at - 1
    if k < 0 or tokens[k].low in _NOT_A_PERSON:
        return None
    if tokens[k].low in _ONE_PERSON_PRONOUNS:
        return None  # "he and four others were wounded": he is often someone counted already (who died since)
    if tokens[k].low in SINGULAR_PERSON:
        first = k
        while first > 0 and and_at - first < 4 and tokens[first - 1].text[:1].isalpha() and (
            tokens[first - 1].low not in ("and", "but", "said", "including", "with")
        ):  # fmt: skip
            first -= 1
            if tokens[first].low in ("a", "an", "the", "his", "her", "their"):
                return first
        return None
    if tokens[k].low in _PLACE_NAME_HEADS:
        return None  # "the attack on St Francis Catholic Church and 58 others": a building's name, no person
    if tokens[k].is_capitalised and k > 0 and tokens[k - 1].is_capitalised and tokens[k - 1].low not in _NOT_A_PERSON:
        return k - 1  # a full name: one name, not a place or an office alone
    return None


def one_and_others(tokens: list[Token], claims: list[RawClaim]) -> list[RawClaim]:
    """'Kim Ortiz and two others were killed', 'a man and three others were wounded': the others and the one
    named before them (3, 4); 'Kim Ortiz was killed along with two other people', 'Ortiz died along with her two
    sons': the one and those with them (3, 3)."""
    out: list[RawClaim] = []
    for claim in claims:
        if claim.singular or claim.role is not Role.TOTAL or claim.metric not in (KILLED, WOUNDED, SHOT):
            out.append(claim)
            continue
        at = _index_at(tokens, claim.start)
        if at is None or at < 2 or at + 1 >= len(tokens):
            out.append(claim)
            continue
        first = None
        if tokens[at + 1].low in _OTHERS and tokens[at - 1].low == "and":
            first = _person_before_and(tokens, at - 1)  # "Nora Vance and two others"
        elif at >= 3 and tokens[at - 1].low in _POSSESSIVES and tokens[at - 2].low == "and" and (
            tokens[at + 1].low in PERSON_NOUNS
        ):  # fmt: skip
            first = _person_before_and(tokens, at - 2)  # "a woman and her two children"
        if first is None:
            out.append(claim)
            continue
        value = claim.value + 1
        out.append(replace(claim, value=value, low=None, high=None, start=tokens[first].start))
    return _along_with(tokens, out)


_ALONG_GAP = 3  # "was killed Sunday along with", "died at the scene along with"
_GROUP_DETERMINERS = frozenset({"his", "her", "their", "the", "its"})


def _along_with(tokens: list[Token], claims: list[RawClaim]) -> list[RawClaim]:
    out = list(claims)
    for claim in claims:
        if not claim.singular or claim.value != 1 or claim.metric not in (KILLED, WOUNDED, SHOT):
            continue
        end = next((k for k, t in enumerate(tokens) if t.end == claim.end), None)
        if end is None:
            continue
        k = end + 1
        while k < len(tokens) and k - end <= _ALONG_GAP and tokens[k].low not in ("along", ",", ".", ";", "and"):
            k += 1
        if k + 2 >= len(tokens) or tokens[k].low != "along" or tokens[k + 1].low != "with":
            continue
        n = k + 2
        if tokens[n].low in _GROUP_DETERMINERS:
            n += 1
        number = tokens[n]
        if number.is_digits and number.text.isdigit():
            value = int(number.text)
        elif number.low in NUMBER_WORDS and NUMBER_WORDS[number.low] < 100:
            value = NUMBER_WORDS[number.low]
        else:
            continue
        if not 1 < value + 1 < 100 or n + 1 >= len(tokens) or not tokens[n + 1].text[:1].isalpha():
            continue
        whole = replace(claim, value=value + 1, low=None, high=None, end=tokens[n + 1].end, singular=False)
        out = [whole if c is claim else c for c in out]
    return out


_INDEFINITE = frozenset({"a", "an"})


def two_people(tokens: list[Token], claims: list[RawClaim]) -> list[RawClaim]:
    """'A 15-year-old boy was shot in the shoulder and a 16-year-old was grazed in the head': two people, each told
    with an indefinite article in one sentence, hurt the same way: one figure of two. (Two deaths told so are as
    often one person told twice.)"""
    ones = [
        c for c in claims
        if c.singular and c.value == 1 and c.role is Role.TOTAL and c.derivation is None
        and c.metric in (WOUNDED, SHOT)
    ]  # fmt: skip
    if len(ones) < 2:
        return claims
    out = list(claims)
    for a, b in pairwise(ones):
        if a.metric != b.metric or a not in out or b not in out:
            continue
        firsts = [next((t.low for t in tokens if t.start == c.start), "") for c in (a, b)]
        if not all(w in _INDEFINITE for w in firsts):
            continue
        between = [t.low for t in tokens if a.end <= t.start and t.end <= b.start]
        if "and" not in between or any(w in (";", ".", "but", "while") for w in between):
            continue
        both = replace(a, value=2, low=2, high=2, end=b.end, subject="people")
        out = [both if c is a else c for c in out if c is not b]
    return out


ANOTHER_WORDS = frozenset({"another"})  # `one_and_another` finds nothing without one
# After "and another", words that go on with the first one's verb left out: "another at a hospital", "another later"
_ELLIPSIS_WORDS = frozenset({"at", "in", "on", "later", "after", "shortly", "en", "while", "hours", "days", "upon"})
_ANOTHER_BREAKS = frozenset({".", "but", "while", "whereas", "said", "says"})


def one_and_another(tokens: list[Token], claims: list[RawClaim]) -> list[RawClaim]:
    """'One died at the scene and another at a hospital', 'two of them died at the scene; another died later': those
    and another told the same death are one figure (2, 3), not figures told apart. 'One was killed and another
    wounded' stays one killed and one wounded. (Deaths only: told of injuries, on the gva sets, the two are as
    often hurt in other ways than the figure counts.)"""
    out = list(claims)
    for claim in claims:
        if (
            claim.singular or claim.metric != KILLED or claim.qualifier is not Qualifier.EXACT
            or claim.role not in (Role.TOTAL, Role.SUBSET) or not 0 < claim.value < _ANOTHER_LIMIT
        ):  # fmt: skip
            continue
        at = _index_at(tokens, claim.start)
        if at is None or not (tokens[at].is_digits or tokens[at].low in NUMBER_WORDS) or tokens[at].text == "1":
            continue  # a written number: "one", "two of them"
        k = next((j for j, t in enumerate(tokens) if j > at and t.start >= claim.end), len(tokens))
        verb = _past_person_noun(tokens, k)  # "one (victim) died ...; another died at a hospital"
        while k < len(tokens) and tokens[k].low != "another" and tokens[k].low not in _ANOTHER_BREAKS:
            k += 1
        if k >= len(tokens) or tokens[k].low != "another" or tokens[k - 1].low not in ("and", ";", ","):
            continue
        told = next((c for c in out if c.start == tokens[k].start and c.metric == claim.metric and c.value == 1), None)
        after = _past_person_noun(tokens, k + 1)
        same_verb = (
            verb < len(tokens)
            and tokens[verb].low not in AUXILIARIES
            and tokens[verb].low == (tokens[after].low if after < len(tokens) else None)
        )
        if told is None and not same_verb and (after >= len(tokens) or tokens[after].low not in _ELLIPSIS_WORDS):
            continue
        if told is None and _counts_its_own(tokens, after):
            continue  # "A wall collapse killed 19, and another in Vikhroli killed 10": another incident, its own toll
        end = told.end if told is not None else tokens[after].end if same_verb else tokens[k].end
        if claim.role is Role.SUBSET:
            end = claim.end  # "two of them": the pipeline reads what the number is a part of right after it
        value = claim.value + 1
        both = replace(claim, value=value, low=value, high=value, end=end)
        out = [both if c is claim else c for c in out if c is not told]
    return out


_ANOTHER_LIMIT = 100
_OWN_COUNT_SPAN = 8


def _counts_its_own(tokens: list[Token], k: int) -> bool:
    """Does the clause going on at `k` (after 'another') count a number of its own before its end?"""
    for j in range(k, min(len(tokens), k + _OWN_COUNT_SPAN)):
        if tokens[j].low in (",", ".", ";", "and", "but"):
            return False
        if tokens[j].is_digits or tokens[j].low in NUMBER_WORDS:
            return True
    return False
_OF_THEM_WORDS = frozenset({"of", "them", "whom", "those", "the", "victims", "people"})


def _past_person_noun(tokens: list[Token], k: int) -> int:
    """The index after a person noun at `k` ('another victim', 'two of the victims'), or `k`."""
    end = min(len(tokens), k + 3)
    while k < end and (tokens[k].low in _OF_THEM_WORDS or tokens[k].low in PERSON_NOUNS or tokens[k].low in
                       SINGULAR_PERSON):
        k += 1
    return k


# ---------------------------------------------------------------------------------------------------------
# The same in the reporters' own languages: "Uno murió en el lugar y otro en el hospital", "l'un est mort sur place
# et l'autre à l'hôpital" (2 killed). The words are the lexicon's `AND_ANOTHER`: the other one, then the word the
# elliptical clause goes on with (its verb left out).

_AND_ANOTHER_REACH = 60  # characters from the one death to the other one


@cache  # one entry per language: more than 64 of them
def and_another(code: str) -> re.Pattern[str] | None:
    """The language's `AND_ANOTHER` phrases as one pattern, or None without them."""
    phrases = tuple(getattr(load(code), "AND_ANOTHER", ()))
    if not phrases:
        return None
    body = "|".join(re.escape(safe_lower(p)).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def world_one_and_another(code: str, texts: dict[str, str], claims: list[Claim]) -> list[Claim]:
    """A death of one told with the other one's left-out verb after it: one figure of 2. `texts` are the fields'
    texts as the claims' offsets read them."""
    pattern = and_another(code)
    if pattern is None:
        return claims
    out = []
    for claim in claims:
        text = texts.get(claim.field)
        if claim.metric == KILLED and claim.value == 1 and claim.role is Role.TOTAL and text is not None:
            stop = min(claim.sentence_end or len(text), claim.end + _AND_ANOTHER_REACH)
            lower = safe_lower(text[claim.end : stop])
            found = pattern.search(lower)
            if found is not None and not any(ch.isdigit() for ch in lower[: found.start()]):
                end = claim.end + found.end()
                claim = replace(claim, value=2, low=2, high=2, end=end, quote=text[claim.start : end], singular=False)
        out.append(claim)
    return out


_LIST_SEPARATORS = frozenset({",", "and"})
_ONE_PERSON = frozenset({"a", "an", "one"})
_GENERIC_PEOPLE = frozenset({"people", "persons", "victims", "individuals"})  # "Three victims, two women and a man"


def _list_item(tokens: list[Token], i: int, counts: dict[int, NumberMention]) -> tuple[int, Qualifier, int] | None:
    """(people, qualifier, end) of one item of a list of people at token i: 'two women', 'at least 3 children',
    'a child', 'an elderly man'; None when no count of people starts there."""
    mention = counts.get(i)
    if mention is not None and mention.kind != "article":
        np = noun_phrase_after(tokens, mention.last)
        if np.head is None or np.head not in PERSON_NOUNS or np.head == "more":
            return None
        return mention.value, mention.qualifier, np.end
    if i < len(tokens) and tokens[i].low in _ONE_PERSON:
        np = noun_phrase_after(tokens, i + 1)
        if np.head is None or np.head not in SINGULAR_PERSON:
            return None
        return 1, Qualifier.EXACT, np.end
    return None


def _people_lists(tokens: list[Token], counts: dict[int, NumberMention]) -> list[tuple[int, int, int, Qualifier]]:
    """(first token, end token, people, qualifier) of each list of counts of people joined by commas and a last
    'and' ('Two men, two women and a child', 'a man, a woman and two children') that is the subject of what follows
    it (a verb right after it) or the object of a harm verb before it; an apposition that names the first count's
    people again ('Three people, two women and a man,') is that first count."""
    found: list[tuple[int, int, int, Qualifier]] = []
    n = len(tokens)
    # a cheap look first: a comma right before a count or a person's article
    if not any(
        t.low == "," and k + 1 < n and (k + 1 in counts or tokens[k + 1].low in _ONE_PERSON)
        for k, t in enumerate(tokens)
    ):
        return found
    i = 0
    while i < n:
        first = _list_item(tokens, i, counts)
        if first is None:
            i += 1
            continue
        items = [first]
        separators: list[str] = []
        j = first[2]
        while j < n and tokens[j].low in _LIST_SEPARATORS:
            k = j + 1
            if tokens[j].low == "," and k < n and tokens[k].low == "and":
                k += 1
            item = _list_item(tokens, k, counts)
            if item is None:
                break
            separators.append(tokens[k - 1].low)
            items.append(item)
            j = item[2]
        if (
            len(items) >= 3 and separators[0] == "," and items[0][0] == sum(v for v, _, _ in items[1:])
            and ((j < n and tokens[j].low == ",") or not _GENERIC_PEOPLE.isdisjoint(
                t.low for t in tokens[i : items[1][2]]))
        ):  # fmt: skip
            # "Three people, two women and a man, were killed": the people again, named in an apposition
            found.append((i, j, items[0][0], items[0][1]))
        elif len(items) >= 2 and "," in separators and separators[-1] == "and":
            subject = j < n and (tokens[j].low in AUXILIARIES or post_trigger_at(tokens, j) is not None)
            if subject or _pre_trigger_ending_at(tokens, i, count=True) is not None:
                qualifier = next((q for _, q, _ in items if q is not Qualifier.EXACT), Qualifier.EXACT)
                found.append((i, j, sum(v for v, _, _ in items), qualifier))
        i = max(j, i + 1)
    return found


def whole_people_lists(tokens: list[Token], claims: list[RawClaim]) -> list[RawClaim]:
    """'Two men, two women and a child were injured': the list is one figure of five, where binding read only the
    people next to the verb ('two women and a child', 'a woman and a child'). The claims of killed or wounded inside
    such a list become one claim of the whole list; a list of the subject with none inside gets one."""
    counts = {m.qual_first: m for m in find_numbers(tokens) if m.is_count}
    out = claims
    for first, end, people, qualifier in _people_lists(tokens, counts):
        start, stop = tokens[first].start, tokens[end - 1].end
        inside = [c for c in out if start <= c.start < stop and c.metric in (KILLED, WOUNDED)]
        if not inside:
            metric = _metric_after(tokens, end)
            if metric is not None:
                out = [*out, RawClaim(metric, people, None, None, qualifier, Role.TOTAL, start, stop)]
            continue
        if len({c.metric for c in inside}) > 1 or any(c.role is not Role.TOTAL for c in inside):
            continue
        whole = replace(
            inside[0], value=people, low=None, high=None, qualifier=qualifier, start=start,
            end=max(stop, max(c.end for c in inside)), singular=False, derivation=None,
        )  # fmt: skip
        dropped = {id(c) for c in inside[1:]}
        out = [whole if c is inside[0] else c for c in out if id(c) not in dropped]
    return out


def _metric_after(tokens: list[Token], j: int) -> str | None:
    """The killed or wounded metric of a post-trigger right after a subject ('were injured', 'died')."""
    while j < len(tokens) and tokens[j].low in AUXILIARIES:
        j += 1
    found = post_trigger_at(tokens, j) if j < len(tokens) else None
    return found[0] if found is not None and found[0] in (KILLED, WOUNDED) else None
