"""The one harmed told as the object of an active verb or of 'the death of', with the people listed after it.

"killing a civilian", "killed Officer Jo Reyes", "killed sixth grader Ana Ruiz and principal Tom Lee", "the death of a
14-year-old boy", "killed his wife, son and daughter", "killed two workers and injured a third". Split from
`singulars` (counts without a number), which reads the subject told before its verb ("a man was shot and killed") and
asks this module for the object after one (`_object_singular`, `_nominal_singular`); both share the basics here
(`_one`, `_is_name`, `ORDINALS`). Offsets in `RawClaim` are into the field text.
"""

from __future__ import annotations

from core.extract.lexicons import load
from core.extract.noun_phrases import SINGULAR_PERSON, _is_age, noun_phrase_after
from core.extract.numbers import NUMBER_WORDS
from core.extract.phrases import _phrase_ending_at, _pre_trigger_ending_at
from core.extract.raw_claim import RawClaim
from core.extract.subjects import _NOT_NAMES
from core.extract.tokens import Token
from core.extract.triggers import PERPETRATOR_NOUNS, PERSON_NOUNS, SHOT
from core.models import KILLED, WOUNDED, Qualifier, Role
from core.places.index import fold, gazetteer

_SCHOOL_GRADE_NOUNS: frozenset[str] = load("en").SCHOOL_GRADE_NOUNS
_SAME_PERSON_ROLES: frozenset[str] = load("en").SAME_PERSON_ROLES
_NAMED_TITLES: frozenset[str] = load("en").NAMED_HARMED_TITLES
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
_SCHOOL_YEARS = frozenset({"first", "tenth", "eleventh", "twelfth"})  # with ORDINALS, the years a grader is in

_NOMINAL_DEATH = (
    ("death", "of"), ("killing", "of"), ("murder", "of"), ("slaying", "of"), ("homicide", "of"), ("life", "of"),
    ("shooting", "death", "of"),
)  # fmt: skip

# the words that open a clause or a phrase after a verb, capitalised in a title-case headline ('Boy Hit by Stray Bullet
# While Skateboarding'): no name, so no object of an active verb ('a man killed his wife')
_CLAUSE_OPENERS = frozenset({"while", "after", "when", "during", "before", "as", "outside", "inside", "near"})


def _one(metric: str, *, start: int, end: int, subject: str | None) -> RawClaim:
    """A count of one implied by a singular phrasing ("a man was shot and killed")."""
    return RawClaim.exact(metric, 1, start=start, end=end, subject=subject, singular=True)


def _is_name(token: Token) -> bool:
    return token.is_capitalised and token.low not in _NOT_NAMES and token.low not in SINGULAR_PERSON


_LIST_DETERMINERS = frozenset({"his", "her", "their", "a", "an", "the", "two", "three", "four", "five"})
_LIST_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight"})


_LISTED_MOST = 999  # a larger figure after a lone victim is no list of people ("a man and 2016 ...")


def _listed_count(token: Token) -> int | None:
    """The count of a listed group written as digits or a number word beyond those the determiners hold."""
    if token.is_digits and token.text.isdigit():
        value = int(token.text)
    elif token.low in NUMBER_WORDS and token.low not in _LIST_DETERMINERS:
        value = NUMBER_WORDS[token.low]
    else:
        return None
    return value if 1 < value <= _LISTED_MOST else None


def _listed_people(tokens: list[Token], j: int) -> tuple[int, int]:
    """'his wife, son and daughter', 'his wife and two children': people listed after the first object.
    Returns (people added, index after the list). Commas alone make no list: 'the mom, mother of three' is one."""
    added, start, joined = 0, j, False
    while j + 1 < len(tokens) and tokens[j].low in (",", "and"):
        k = j + 1
        joined = joined or tokens[j].low == "and" or tokens[k].low == "and"
        if tokens[k].low == "and":
            k += 1
        count = 1
        if k < len(tokens) and (listed := _listed_count(tokens[k])) is not None:
            count, k = listed, k + 1  # "the driver and 11 passengers", "a guard and eleven tourists"
        elif k < len(tokens) and tokens[k].low in _LIST_DETERMINERS:
            count = NUMBER_WORDS.get(tokens[k].low, 1)
            k += 1
            if count == 1 and k < len(tokens) and tokens[k].low in _LIST_NUMBERS:
                count = NUMBER_WORDS[tokens[k].low]  # "a woman and her two children": the number after the possessive
                k += 1
        np = noun_phrase_after(tokens, k)
        if np.head is None or np.end == k or np.head in ("others", "more") or not _a_listed_person(np.head):
            break
        if np.head in _SAME_PERSON_ROLES and tokens[j].low == "and" and tokens[k - 1].low == "and":
            break  # "his high school friend and football teammate": one person told by two roles
        added += count
        j = np.end
    return (added, j) if joined else (0, start)


_SCENE_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "inside", "on", "by", "behind"})
_SCENE_REACH = 6  # tokens of the place phrase between a victim and 'and' ("near the old Bayview cemetery")


def _listed_past_a_place(tokens: list[Token], j: int) -> tuple[int, int]:
    """'killed a guard near the gate and three people in the market': people listed after the first object and
    the place it fell at, the verb unsaid; the list must close its clause ('and three people were hurt' has a
    verb of its own). Returns (people added, index after the list), (0, j) when there is none."""
    if j >= len(tokens) or tokens[j].low not in _SCENE_PREPOSITIONS:
        return 0, j
    for k in range(j + 1, min(len(tokens), j + _SCENE_REACH)):
        low = tokens[k].low
        if low in (",", ".", ";", ":") or low in NUMBER_WORDS or tokens[k].is_digits:
            return 0, j
        if low == "and":
            people, after = _listed_people(tokens, k)
            closes = after >= len(tokens) or tokens[after].low in _NAMED_OBJECT_ENDS
            return (people, after) if people and closes else (0, j)
    return 0, j


def _a_listed_person(head: str) -> bool:
    """'his wife and her boyfriend', 'a guard and eleven tourists': a person listed beside a victim (not the one who
    did it)."""
    return head in PERSON_NOUNS or (head in SINGULAR_PERSON and head not in PERPETRATOR_NOUNS)


_ORDINAL_OBJECT_REACH = 4  # words from the ordinal back to the "and" that joins its verb: "and critically injured a"


def _an_ordinal_object(tokens: list[Token], p: int, metric: str) -> RawClaim | None:
    """'The collapse killed two workers and injured a third', 'shot two men and wounded a fourth': one more person,
    the object of a verb joined by 'and' to a clause that counted others (not 'a third of them', a share)."""
    if tokens[p].low not in ("a", "an") or p + 1 >= len(tokens) or tokens[p + 1].low not in ORDINALS:
        return None
    k = p + 2
    if k < len(tokens) and tokens[k].low == "of":
        return None  # "a third of the passengers": a share
    if not any(t.low == "and" for t in tokens[max(0, p - _ORDINAL_OBJECT_REACH) : p]):
        return None
    np = noun_phrase_after(tokens, k)
    end = np.end if np.head is not None and np.head in SINGULAR_PERSON else k
    people, after = _listed_people(tokens, end)  # "wounded a third man and a 16-year-old boy"
    if people:
        return RawClaim.exact(metric, 1 + people, start=tokens[p].start, end=tokens[after - 1].end, subject="people")
    return _one(metric, start=tokens[p].start, end=tokens[end - 1].end, subject=np.head or "person")


def _object_singular(tokens: list[Token], p: int, metric: str | None = None) -> RawClaim | None:
    """The victim named or described as a harm verb's object at tokens[p]; `metric`: the verb's, when no
    pre-trigger tells it (gunfire that struck someone)."""
    if p == 0:
        return None
    metric = metric or _pre_trigger_ending_at(tokens, p)
    if metric not in (KILLED, WOUNDED, SHOT):
        return None
    if tokens[p].is_capitalised and tokens[p].low not in _NOT_NAMES | _CLAUSE_OPENERS | {"a", "an"}:
        last = p
        while last + 1 < len(tokens) and tokens[last + 1].is_capitalised and last - p < 3:
            last += 1
        if _a_kind_of_many(tokens, last + 1) or _a_people_plural(tokens[p]):
            # "kill Afghan children", "killed Taliban fighters", "kills Afghans": an origin or a side, no one's name
            return None
        return _named_objects(tokens, p, last + 1, metric)
    if (named_end := _named_after_age_or_role(tokens, p)) is not None:
        return _named_objects(tokens, p, named_end, metric)  # "killed 13-year-old Jamie Holt", "pilot John Moss"
    if tokens[p].low == "another" and metric in (KILLED, WOUNDED):
        np = noun_phrase_after(tokens, p + 1)
        if np.head is None or np.head in SINGULAR_PERSON:
            end = tokens[np.end - 1].end if np.end > p + 1 else tokens[p].end
            return _one(metric, start=tokens[p].start, end=end, subject=np.head)
    if tokens[p].low not in ("a", "an", "the", "his", "her", "their"):
        return None
    if (one_more := _an_ordinal_object(tokens, p, metric)) is not None:
        return one_more
    np = noun_phrase_after(tokens, p + 1)
    if np.head not in SINGULAR_PERSON and not (np.head and _is_age(np.head)):
        return None
    people, end = _listed_people(tokens, np.end)
    if not people:
        people, end = _listed_past_a_place(tokens, np.end)
    value = 1 + people
    return RawClaim(
        metric=metric,
        value=value,
        low=value,
        high=value,
        qualifier=Qualifier.EXACT,
        role=Role.TOTAL,
        start=tokens[p].start,
        end=tokens[end - 1].end if people else tokens[np.end - 1].end,
        subject=np.head,
        derivation="perpetrator" if np.head in PERPETRATOR_NOUNS else None,
        singular=value == 1,
    )


_NAMED_OBJECT_ENDS = frozenset({".", ";", ":", ",", "on", "at", "in", "inside", "outside", "near", "during", "as",
                                 "after", "before", "when", "while", "and", "with", "'", '"', "”", ")"})  # fmt: skip


_DEATHS_OF = frozenset({"death", "deaths", "killing", "killings", "murder", "murders", "slaying", "slayings"})


def _a_kind_of_many(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] a plural noun of people in lower case ('Afghan children', 'Hamas fighters', 'Detroit teens')?
    Then the capitalised words before it tell where the many are from or whose side they are on."""
    if k >= len(tokens) or tokens[k].is_capitalised:
        return False
    return tokens[k].low in PERSON_NOUNS and tokens[k].low not in SINGULAR_PERSON


def _a_people_plural(token: Token) -> bool:
    """'Afghans', 'Palestinians', 'Yemenis': a people's name in the plural (a demonym with its 's')."""
    low = token.low
    return len(low) > 4 and low.endswith("s") and gazetteer().demonym(fold(low.removesuffix("s"))) is not None


def _named_after_age_or_role(tokens: list[Token], p: int) -> int | None:
    """End index of '13-year-old Jamie Holt', 'pilot John Moss', 'sixth grader Ana Ruiz' starting at p (a victim
    named after an age or a role written with no article), or None."""
    k = p
    if tokens[k].low in ORDINALS or tokens[k].low in _SCHOOL_YEARS:
        if k + 1 >= len(tokens) or tokens[k + 1].low not in _SCHOOL_GRADE_NOUNS:
            return None
        k += 1  # "sixth grader"
    elif _is_age(tokens[k].low):
        return _named_victim(tokens, k)
    if tokens[k].low not in SINGULAR_PERSON or tokens[k].is_capitalised or _a_harm_compound(tokens, p, k):
        return None
    return _named_victim(tokens, k + 1)


def _a_harm_compound(tokens: list[Token], p: int, k: int) -> bool:
    """'Shooting victim Destiny Jones is removed ...', 'shooting suspect Bo Diaz': a harm noun before the role makes a
    compound that names the person, no harm done to them here."""
    return tokens[k].low in ("victim", "victims") or (
        p > 0 and tokens[p - 1].low.endswith("ing") and tokens[k].low in PERPETRATOR_NOUNS
    )


def _named_objects(tokens: list[Token], p: int, end: int, metric: str) -> RawClaim | None:
    """The victims named as a harm verb's object from tokens[p] (the first one's name ending at end): one, or all
    of a list of names ('killed sixth grader Ana Ruiz and principal Tom Lee', 'Ana Ruiz, 34, and Bo Diaz, 27'). A
    list counts only when it closes the clause: 'killed Ana Ruiz and Tom Lee was hurt' names the next subject."""
    count, j, joined = 1, _past_an_age(tokens, end), False
    of_deaths = p > 1 and tokens[p - 1].low == "of" and tokens[p - 2].low in _DEATHS_OF
    may_list = p > 0 and (tokens[p - 1].low != "of" or of_deaths)  # not "to protect the bodies of A and B"
    while may_list and j + 1 < len(tokens) and tokens[j].low in (",", "and") and not joined:
        joined = tokens[j].low == "and" or tokens[j + 1].low == "and"
        k = j + 2 if tokens[j].low == "," and tokens[j + 1].low == "and" else j + 1
        if k >= len(tokens) or tokens[k].low in _NAMED_TITLES:
            break  # "John Roe, 53, Sgt. Bo Diaz said": the one who tells it, no second victim
        named = _named_after_age_or_role(tokens, k)
        if named is None and _is_name(tokens[k]):
            named = _named_victim(tokens, k)
        if named is None:
            break
        count, j = count + 1, _past_an_age(tokens, named)
    if count > 1 and (not joined or (j < len(tokens) and tokens[j].low not in _NAMED_OBJECT_ENDS)):
        # no 'and' before the last name ('Injures Child, Rattles Neighborhood'), or the list runs on into a clause
        # of its own: the first one only
        count, j = 1, _past_an_age(tokens, end)
    last = (j if count > 1 else end) - 1
    if count > 1 and tokens[last].low == ",":
        last -= 1
    elif count == 1 and (more := _listed_past_a_place(tokens, _past_an_age(tokens, end)))[0]:
        count, last = 1 + more[0], more[1] - 1  # "killed Detective Jo Reyes near the cemetery and three people"
    return RawClaim.exact(
        metric, count, start=tokens[p].start, end=tokens[last].end, subject="person" if count == 1 else "people",
        singular=count == 1,
    )  # fmt: skip


def _past_an_age(tokens: list[Token], j: int) -> int:
    """Past ', 34' told after a name (the comma that closes it is left)."""
    if j + 1 < len(tokens) and tokens[j].low == "," and tokens[j + 1].is_digits:
        return j + 2
    return j


def _named_victim(tokens: list[Token], p: int) -> int | None:
    """End index of '25-year-old Laprida Shears' / 'Mary Knowlton' starting at p, or None."""
    if p >= len(tokens):
        return None
    k = p + 1 if _is_age(tokens[p].low) else p
    if k >= len(tokens) or not tokens[k].is_capitalised or tokens[k].low in _NOT_NAMES or tokens[k].is_digits:
        return None
    end = k + 1
    while end < len(tokens) and end - k < 3 and tokens[end].is_capitalised and tokens[end].low not in _NOT_NAMES:
        end += 1
    if end < len(tokens) and tokens[end].low in SINGULAR_PERSON and not tokens[end].is_capitalised:
        return end + 1  # "16-year-old Catawba County girl", "Arkansas boy": where the one person is from
    return end


# (not "to take the life of a young person is senseless", "claim": a life taken in general, no one's death told)
_TAKING_VERBS = frozenset(
    {"claimed", "claims", "claiming", "cost", "costs", "costing", "took", "taking", "taken", "ended", "ending"}
)  # fmt: skip


def _life_taken(tokens: list[Token], life: int) -> bool:
    """'claimed the life of', 'cost the life of': a verb that takes the life right before it (and its article)."""
    verb = life - 2 if life >= 2 and tokens[life - 1].low == "the" else life - 1
    return verb >= 0 and tokens[verb].low in _TAKING_VERBS


def _nominal_singular(tokens: list[Token], p: int) -> RawClaim | None:
    """'the death of a 14-year-old boy', 'the shooting death of 25-year-old Jane Roe'."""
    last = tokens[p - 1].low if p > 0 else None
    if not any(phrase[-1] == last and _phrase_ending_at(tokens, p, phrase) for phrase in _NOMINAL_DEATH):
        return None
    if tokens[p - 2].low == "life" and not _life_taken(tokens, p - 2):
        return None  # "the war changed the life of a girl": a life told, not taken
    if tokens[p].low in SINGULAR_PERSON:
        # a headline's bare noun: "Man charged in killing of teen"
        return _one(KILLED, start=tokens[p].start, end=tokens[p].end, subject=tokens[p].low)
    if tokens[p].low not in ("a", "an", "the", "his", "her"):
        name_end = _named_victim(tokens, p)
        if name_end is None:
            return None
        return _one(KILLED, start=tokens[p].start, end=tokens[name_end - 1].end, subject="person")
    np = noun_phrase_after(tokens, p + 1)
    if np.head not in SINGULAR_PERSON and not (np.head and _is_age(np.head)):
        return None
    return _one(KILLED, start=tokens[p].start, end=tokens[np.end - 1].end, subject=np.head)
