"""Phrasings that state a count without a number.

"A man was shot and killed", "killing a civilian", "the body of a woman was found", "a man and a woman were
wounded", "the third victim died". Split from `binder`
(numbers bound to metrics); it shares the trigger look-ups (`phrases`), the noun-phrase reading (`noun_phrases`)
and the subject reading (`subjects`). Offsets in `RawClaim` are into the field text.
Counts told by a whole phrasing ("a double shooting", the attacker's own death, a list of named dead) are in
`counted_phrasings`. The one harmed told after an active verb or 'the death of' ("killing a civilian", "killed Officer
Jo Reyes", "the death of a 14-year-old") and the people listed after it are read by `singular_objects`; this module
reads the subject told before its verb and the people coordinated there.
"""

from __future__ import annotations

from core.extract.gunfire_objects import struck_by_gunfire_object
from core.extract.lexicons import load
from core.extract.noun_phrases import SINGULAR_PERSON, _is_age, _skip_to_trigger, noun_phrase_after
from core.extract.numbers import NUMBER_WORDS
from core.extract.phrases import (
    _CONDITION_WORDS,
    _DEATH_WORDS,
    _POST_BY_FIRST,
    _PRE_BY_LAST,
    _STRUCK,
    _death_follows,
    post_trigger_at,
)
from core.extract.raw_claim import RawClaim
from core.extract.singular_objects import (
    _CLAUSE_OPENERS,
    _NOMINAL_DEATH,
    _SCHOOL_YEARS,
    ORDINALS,
    _is_name,
    _named_after_age_or_role,
    _nominal_singular,
    _object_singular,
    _one,
)
from core.extract.subjects import _DETERMINERS, _NOT_NAMES, _subject_before
from core.extract.tokens import Token, word_set
from core.extract.triggers import PERSON_NOUNS, SHOT
from core.models import KILLED, WOUNDED, Qualifier, Role
from core.places.index import fold, gazetteer

_NOT_A_NAME = frozenset(load("en").NOT_A_NAME)
_SCHOOL_GRADE_NOUNS: frozenset[str] = load("en").SCHOOL_GRADE_NOUNS
_SAME_PERSON_ROLES: frozenset[str] = load("en").SAME_PERSON_ROLES
_ARMED_PARTICIPLES: frozenset[str] = load("en").ARMED_PARTICIPLES
_NAMED_TITLES: frozenset[str] = load("en").NAMED_HARMED_TITLES
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
        "found",
    ]
)
_SINGULAR_TENSE = frozenset({"was", "is", "has", "had", "got", "been", "would", "will", "did", "lay", "lies"})
# After a passive trigger without auxiliary, these start an object: "a man killed his wife" is active.
_OBJECT_START = frozenset(
    ["his", "her", "their", "a", "an", "the", "two", "three", "four", "five", "him", "them", "himself", "herself"]
)


_SINGULAR_OBJECT_STARTS = frozenset({"a", "an", "the", "his", "her", "their", "another", "with", "body"})
# The words a singular phrasing can start at, besides names and ages: one set look-up per token.
# ("survived" opens no singular reading: "The pilot survived and is being treated at a hospital" tells no one hurt,
# as "The pilot is being treated at a hospital" does not; "the 13 who survived their wounds" is read as a count)
_SINGULAR_STARTS = (frozenset(_POST_BY_FIRST) - {"survived"}) | _STRUCK | _SINGULAR_OBJECT_STARTS
# A role or a school year right after a harm verb or 'the death of' may start a named victim ("pilot John Moss")
_ROLE_STARTS = SINGULAR_PERSON | frozenset(ORDINALS) | _SCHOOL_YEARS
_MAY_START_SINGULAR = _SINGULAR_STARTS | _ROLE_STARTS
_OBJECT_TRIGGER_LAST_WORDS = frozenset(set(_PRE_BY_LAST) | {phrase[-1] for phrase in _NOMINAL_DEATH})


def singular_claims(tokens: list[Token], used_triggers: set[int]) -> list[RawClaim]:
    """'a man was shot and killed', 'Smith died', 'killing a civilian', 'the death of a 14-year-old boy'."""
    claims: list[RawClaim] = []
    # one pass keeps the few tokens the cheap tests below may pass, rather than a Python loop step per token
    maybe = [
        p for p, t in enumerate(tokens) if t.is_capitalised or t.low in _MAY_START_SINGULAR or t.low.endswith("-old")
    ]
    for p in maybe:
        if p in used_triggers:
            continue
        low = tokens[p].low
        # every age word ends in "-old": the cheap test first, on each token of the sentence
        if (
            low not in _SINGULAR_STARTS and not tokens[p].is_capitalised and not (low.endswith("-old") and _is_age(low))
            and not (low in _ROLE_STARTS and p > 0 and tokens[p - 1].low in _OBJECT_TRIGGER_LAST_WORDS)
        ):  # fmt: skip
            continue
        claim = _coordinated_pair(tokens, p) if low in _POST_BY_FIRST else None
        if claim is None and (low in _POST_BY_FIRST or low == "with" or low in _STRUCK):
            claim = _passive_singular(tokens, p)
        if claim is None and low == "another":
            claim = _another_after_and(tokens, p)
        if claim is None and low in ("body", "bodies"):
            claim = _body_found(tokens, p)
        if claim is None and p > 0 and tokens[p - 1].low in _OBJECT_TRIGGER_LAST_WORDS:
            claim = _object_singular(tokens, p) or _nominal_singular(tokens, p)
        if claim is None and p > 1 and tokens[p - 1].low in _STRUCK and struck_by_gunfire_object(tokens, p):
            claim = _object_singular(tokens, p, SHOT)  # "the shots that struck Taylor Hayes": shot, one
        if claim is not None:
            claims.append(claim)
    return claims


_PARTICIPLE_SPAN = 6  # "a boy playing on his skateboard was shot": words of the participle's phrase
_NOT_PARTICIPLES = frozenset(
    {"during", "morning", "evening", "building", "nothing", "something", "anything", "thing", "king", "ring",
     "spring", "string", "wedding", "meeting", "shooting", "according"}
)  # fmt: skip


def _subject_before_participle(tokens: list[Token], q: int, *, harmless: bool) -> tuple[int, str, bool] | None:
    """'An 11-year-old boy playing on his skateboard was shot', 'a man walking his dog was killed': the person
    before a present participle's phrase is the subject. With `harmless`, only when the participle tells of no
    armed act ('a man firing at officers was shot' may be the gunman)."""
    for k in range(q, max(0, q - _PARTICIPLE_SPAN), -1):
        low = tokens[k].low
        if not low.isalpha() and "-" not in low:
            return None  # punctuation or a number: no plain phrase
        if harmless and low in _ARMED_PARTICIPLES:
            return None
        if low.endswith("ing") and low not in _NOT_PARTICIPLES and k >= 1:
            head = tokens[k - 1].low
            if head in SINGULAR_PERSON or _is_age(head):
                subject = _subject_before(tokens, k - 1)
                return subject if subject is not None and subject[1] != "he" and subject[1] != "she" else None
            return None
    return None


_RELATIVE_SPAN = 9  # "a woman who was with him", "a second man, who was sitting in the car,": the clause's words
def _passive_past(tokens: list[Token], aux: int, verb: int) -> bool:
    """Do the words from `aux` to the harm verb at `verb` tell it as a passive of the past ('was shot', 'was found
    suffering from', 'had been wounded'; not 'had shot': active)?"""
    words = tuple(t.low for t in tokens[aux:verb] if not _is_adverb(t.low) and t.low not in ("also", "later"))
    return bool(words) and (words[0] in ("was", "got") or words[:2] in (("had", "been"), ("has", "been")))
# A relative clause with one of these tells what the person did or suffered: an armed act (the one "who fired at
# officers" may be the gunman) or a harm of its own (read there already), so it names no plain bystander.
_RELATIVE_ACT_STEMS = (
    "shot", "shoot", "kill", "fire", "stab", "rob", "attack", "arm", "gun", "wound", "injur", "hurt", "die", "dead",
    "assault", "threat", "carjack", "hit", "struck", "police", "suspect", "arrest", "charged", "wanted",
)  # fmt: skip


def _subject_before_relative(tokens: list[Token], q: int) -> tuple[int, str, bool] | None:
    """'A woman who was with him was shot in the arm', 'a man who lived nearby was wounded', 'A second man, who was
    sitting in the car, was shot': the person before a relative clause that tells nothing armed nor harmful is the
    subject of the passive harm after it."""
    closing = tokens[q].low == ","
    last = q - 1 if closing else q
    for k in range(last, max(0, q - _RELATIVE_SPAN), -1):
        low = tokens[k].low
        if low in (".", ";", ":", "and", "but", "said") or (low == "," and k != q):
            return None
        if low.startswith(_RELATIVE_ACT_STEMS) or low in _ARMED_PARTICIPLES:
            return None
        if low == "who" and k < last:
            opened = tokens[k - 1].low == ","
            if opened != closing:
                return None  # an apposition is closed by the comma it opened with, and only then
            subject = _subject_before(tokens, k - 2 if opened else k - 1)
            if subject is None or subject[1] in ("he", "she") or subject[2]:
                return None
            return subject
    return None


_ARRIVAL_VERBS = frozenset(load("en").ARRIVAL_VERBS)
_ARRIVAL_SPAN = 8  # "arrived at St. Mary's Hospital" before "with a gunshot wound"
_PLACE_WORDS = frozenset({"hospital", "hospitals", "room", "center", "centre", "clinic", "station", "home", "house"})


def _subject_before_arrival(tokens: list[Token], q: int) -> tuple[int, str, bool] | None:
    """'A man arrived at the hospital with a gunshot wound': the person before the verb of arrival, when the words
    between name a place of care."""
    if q < 0 or not any(t.low in _PLACE_WORDS for t in tokens[max(0, q - _ARRIVAL_SPAN) : q + 1]):
        return None
    for k in range(q, max(0, q - _ARRIVAL_SPAN), -1):
        low = tokens[k].low
        if low in (",", ";", ".", "and", "but", "when", "after", "said"):
            return None
        if low in _ARRIVAL_VERBS:
            j = k - 1
            while j >= 0 and tokens[j].low in _SINGULAR_AUX:
                j -= 1
            subject = _subject_before(tokens, j)
            return subject if subject is not None and subject[1] not in ("he", "she") else None
    return None


def _died_at(tokens: list[Token], p: int) -> bool:
    """'Lee died Tuesday', 'Lee later died of his injuries': a name told dying in the past tense, in the body."""
    return tokens[p].low == "died" and p > 0 and tokens[0].low not in _NOT_A_NAME and tokens[0].low.isalpha()


_PLACE_PHRASE_OPENERS = frozenset({"in", "near", "inside", "outside", "at", "behind", "on", "by"})
_PLACE_PHRASE_SPAN = 5  # "near the pool area", "in the 400 block of Elm"
_PLACE_PHRASES_MOST = 2


def _before_a_place_phrase(tokens: list[Token], q: int) -> int | None:
    """The token before a place phrase ending at q ('a man in the street', 'a victim near the pool area'): where the
    person a 'with a gunshot wound' after it tells of may end, or None."""
    for r in range(q, max(0, q - _PLACE_PHRASE_SPAN), -1):
        low = tokens[r].low
        if low in _PLACE_PHRASE_OPENERS:
            return r - 1 if r >= 1 else None
        if not (low.isalnum() or low == "-"):
            return None
    return None


def _found_before_a_place(tokens: list[Token], q: int) -> tuple[int, str, bool] | None:
    """The person found before a place phrase ending at q ('officers found a man in the street', 'located Ana Ruiz,
    24, inside the apartment'), before 'with a gunshot wound': a person noun, or a name right after the verb of
    finding (not 'Riley Hospital for Children at IU Health': a place's name)."""
    subject = None
    for _ in range(_PLACE_PHRASES_MOST):  # "a man in the alley behind the bakery": two phrases of place
        before_place = _before_a_place_phrase(tokens, q)
        if before_place is None:
            return None
        subject = _subject_before(tokens, before_place)
        if subject is not None:
            break
        q = before_place
    if subject is None:
        return None
    first, head, _perpetrator = subject
    if head in SINGULAR_PERSON or head == "person" or (first > 0 and tokens[first - 1].low in _FIND_VERBS):
        return subject
    return None


def _passive_singular(tokens: list[Token], p: int) -> RawClaim | None:
    post = post_trigger_at(tokens, p)
    if post is None or post[0] not in (KILLED, WOUNDED, SHOT):
        return None
    metric, end = post
    condition_only = metric == WOUNDED and tokens[p].low in _CONDITION_WORDS
    if p > 0 and tokens[p - 1].low in ("nearly", "almost", "narrowly"):
        return None  # "a teen was nearly killed"
    q = p - 1
    tense_seen = False
    while q >= 0 and (tokens[q].low in _SINGULAR_AUX or _is_adverb(tokens[q].low)):
        tense_seen = tense_seen or tokens[q].low in _SINGULAR_TENSE
        q -= 1
    subject = _subject_before(tokens, q)
    if subject is None and metric == SHOT and tokens[p].low == "with":
        subject = _found_before_a_place(tokens, q)  # "found a man in the street with a gunshot wound"
    if subject is None and metric in (SHOT, WOUNDED):
        subject = _subject_before_arrival(tokens, q)
    if subject is None:
        # the hurt only when the participle tells of no armed act: a person "firing at officers" who "was shot" may
        # be the gunman; "a boy playing on his skateboard was shot" is one hurt
        dead = metric == KILLED or _death_follows(tokens, end)
        subject = _subject_before_participle(tokens, q, harmless=not dead)
    if subject is None and _passive_past(tokens, q + 1, p):
        subject = _subject_before_relative(tokens, q)
    if subject is None:
        return None
    first, head, perpetrator = subject
    if _a_places_dead(tokens, first, p) or _a_people_named(tokens, first, q):
        return None
    lone_word = head not in SINGULAR_PERSON and head not in ("he", "she")
    if first == 0 and q == 0 and tokens[0].is_capitalised and not tense_seen and lone_word and not _died_at(tokens, p):
        return None  # a lone capitalised first word ('Leads ...') is as likely a common word as a name
    relative = q >= 0 and tokens[q].low in ("who", "that")
    present = any(t.low in ("is", "are") for t in tokens[q + 1 : p])
    if relative and metric == WOUNDED and present:
        return None  # "a child who is injured ...": generic, not a report
    newcomer = tokens[first].low == "another" or _ordinal_subject(tokens, first) is not None
    if metric == SHOT and newcomer and not _death_follows(tokens, end):
        metric = WOUNDED  # "another woman who was shot ... went to a hospital": one more, not dead
    if (
        condition_only and (tokens[first].low in ("the", "his", "her", "their", "he", "she") or perpetrator)
        and not (_a_lone_survivor(tokens, first, p) and _with_injuries(tokens, end))
    ):  # fmt: skip
        return None  # "the boy was taken to hospital": someone already counted, who may have died since
    if condition_only and _a_lone_survivor(tokens, first, p) and not _with_injuries(tokens, end):
        return None  # "A boy, the only survivor, is in hospital": the one who lived, in care, told no hurt
    ordinal = _ordinal_subject(tokens, first)
    if (
        ordinal and first + 1 == q and metric != KILLED and not _death_follows(tokens, end)
        and not (p > q + 1 and _one_past_a_count(tokens[:first], ordinal))
    ):  # fmt: skip
        # "..., and a third was in stable condition", "a third was hurt": the ordinal alone may be a part (a
        # third of them) or someone counted already; only a death ("a third died later") adds one more person, or
        # a count just before it ("Two people were killed and a third was hurt"; not "one shot, a second shot")
        return None
    if ordinal and metric in (WOUNDED, SHOT) and _released_after(tokens, end):
        return None  # "A second wounded student has been released from hospital": one let go, no count of the hurt
    if ordinal and metric in (WOUNDED, SHOT):
        # "a fourth victim was critically injured": four people were hit in all
        return RawClaim(
            metric=SHOT, value=ordinal, low=ordinal, high=ordinal, qualifier=Qualifier.EXACT, role=Role.TOTAL,
            start=tokens[first].start, end=tokens[end - 1].end, subject=head,
        )  # fmt: skip
    if ordinal and metric == KILLED:
        # "a third person has died": the incident's toll is now three
        return RawClaim(
            metric=KILLED, value=ordinal, low=ordinal, high=ordinal, qualifier=Qualifier.EXACT, role=Role.TOTAL,
            start=tokens[first].start, end=tokens[end - 1].end, subject=head, singular=False,
        )  # fmt: skip
    if metric in (SHOT, WOUNDED) and _death_follows(tokens, end, stop_at_numbers=True):
        metric = KILLED  # "was shot in the head and died hours later", "toddler injured in shooting dies"
    elif metric == SHOT and _survival_stated(tokens):
        metric = WOUNDED  # "was also shot and is expected to recover"
    if not tense_seen and tokens[p].low not in ("died", "dies", "dead"):
        object_follows = end < len(tokens) and (
            tokens[end].low in _OBJECT_START
            or (tokens[end].is_capitalised and tokens[end].low not in _NOT_NAMES | _CLAUSE_OPENERS)
        )
        object_follows = object_follows or (end < len(tokens) and _an_age_or_role_follows(tokens, end))
        if object_follows or head in ("he", "she"):
            return None  # "a man killed his wife": active voice, the subject is not the one counted
    if head in ("he", "she") and metric == WOUNDED:
        return None  # "he was in critical condition": usually someone already counted
    if metric != KILLED and any(t.low == "among" for t in tokens[first : q + 1]):
        return None  # "a woman among them was critically hurt": one of those counted; only her death tells news
    return RawClaim.exact(
        metric,
        1,
        start=tokens[first].start,
        end=tokens[end - 1].end,
        subject=head,
        derivation="perpetrator" if perpetrator else None,
        singular=True,
    )


def _a_people_named(tokens: list[Token], first: int, q: int) -> bool:
    """'the number of Palestinians killed', 'Israelis wounded in the attack': a capitalised people's name in the
    plural (a person noun that is a demonym with its 's') is many people, no one person's name."""
    return any(
        t.is_capitalised and t.low in PERSON_NOUNS and t.low.endswith("s")
        and gazetteer().demonym(fold(t.low.removesuffix("s"))) is not None
        for t in tokens[first : q + 1]
    )  # fmt: skip


def _an_age_or_role_follows(tokens: list[Token], end: int) -> bool:
    """'A gunman killed 45-year-old Tom Reyes', 'the shooter killed sixth grader Ana Ruiz': an age or a role opens the
    verb's object, so the verb is active and its subject no one counted."""
    low = tokens[end].low
    return _is_age(low) or (low in _ROLE_STARTS and _named_after_age_or_role(tokens, end) is not None)


def _one_past_a_count(before: list[Token], ordinal: int) -> bool:
    """'Two people were killed and a third was wounded': the bare ordinal follows a count of one fewer, in its
    sentence, so it is the next person (a third of nine is no person)."""
    return any(
        NUMBER_WORDS.get(t.low) == ordinal - 1 or (t.is_digits and t.text == str(ordinal - 1)) for t in before
    )


def _a_places_dead(tokens: list[Token], first: int, p: int) -> bool:
    """'8 members of one family among Sutherland Springs dead': the group a part is told 'among' is a town's (or an
    event's) dead, not one person who died."""
    return first > 0 and tokens[first - 1].low == "among" and tokens[first].is_capitalised and tokens[p].low == "dead"


_INJURY_NOUNS = frozenset({"injuries", "injury", "wounds", "burns"})
_INJURY_SPAN = 8  # "taken to the district hospital with serious injuries"


_SURVIVOR_SPAN = 6  # "The pilot, the sole survivor, was taken": the apposition before the verb


def _a_lone_survivor(tokens: list[Token], first: int, p: int) -> bool:
    """'The pilot, the sole survivor, was taken to hospital': the one who lived, not one of the dead counted."""
    return any(t.low in ("survivor", "survivors") for t in tokens[max(0, first - _SURVIVOR_SPAN) : p])


_RELEASED = frozenset({"released", "discharged"})
_RELEASE_SPAN = 12  # "a second student wounded in Monday's shooting at the school has been released"


def _released_after(tokens: list[Token], end: int) -> bool:
    """'A second student wounded in the shooting has been released': the verb of the sentence lets one patient go
    home, which is the news, not a count of the hurt (the ordinal counts the released); but 'a fifth victim was shot
    in the leg, treated and released' tells the harm and the release together, a count of the hurt."""
    for t in tokens[end : end + _RELEASE_SPAN]:
        if t.low in ("and", "treated", ",", "."):
            return False
        if t.low in _RELEASED:
            return True
    return False


def _with_injuries(tokens: list[Token], end: int) -> bool:
    """'The pilot was taken to hospital with injuries': the care told with the hurt, not the care alone."""
    for k in range(end, min(len(tokens), end + _INJURY_SPAN)):
        low = tokens[k].low
        if low in (",", ";", ".", "and", "but", "where"):
            return False
        if low == "with":
            return any(t.low in _INJURY_NOUNS for t in tokens[k + 1 : k + 4])
    return False


_HEADLINE_BREAKS = frozenset({":", "|", "-", "–", "—"})


def _ordinal_subject(tokens: list[Token], first: int) -> int | None:
    """'a third person', 'the fourth victim', 'an 8th teen' -> 3, 4, 8; a headline drops the article ('Third
    child dies', 'Stabbing: 5th victim dies')."""
    if tokens[first].low not in ("a", "an", "the"):
        if first > 0 and tokens[first - 1].text not in _HEADLINE_BREAKS:
            return None
        first -= 1  # the ordinal opens the headline or its clause
    if first + 1 >= len(tokens):
        return None
    word = tokens[first + 1]
    if first + 2 < len(tokens) and tokens[first + 2].low in _SCHOOL_GRADE_NOUNS:
        return None  # "a sixth grader": a child's school year, not the sixth person
    if word.is_digits and first + 2 < len(tokens) and tokens[first + 2].low in ("st", "nd", "rd", "th"):
        return int(word.text) if word.text.isdigit() and int(word.text) < 1000 else None
    return ORDINALS.get(word.low)


_SURVIVAL_WORDS = frozenset(
    {"recover", "recovering", "survived", "survive", "stable", "non-life-threatening", "treated", "released"}
)


def _survival_stated(tokens: list[Token]) -> bool:
    """The sentence says the person shot lived, and names no death."""
    lows = word_set(tokens)
    return bool(lows & _SURVIVAL_WORDS) and not (lows & _DEATH_WORDS)


_FOUND = frozenset({"found", "discovered", "recovered", "located", "pulled"})


_FIND_VERBS = frozenset(
    {"found", "find", "finds", "discovered", "discover", "discovers", "recovered", "recover", "recovers",
     "located", "locate", "locates"}
)  # fmt: skip


def _body_found_active(tokens: list[Token], p: int) -> RawClaim | None:
    """'police locate second body', 'divers recovered a third body' -> the toll so far (2, 3)."""
    k = p - 1
    if tokens[k].low not in ORDINALS:
        return None
    value = ORDINALS[tokens[k].low]
    k -= 1
    if k >= 0 and tokens[k].low in ("a", "the"):
        k -= 1
    if k < 0 or tokens[k].low not in _FIND_VERBS:
        return None
    return RawClaim(
        metric=KILLED, value=value, low=value, high=value, qualifier=Qualifier.EXACT, role=Role.TOTAL,
        start=tokens[k + 1].start, end=tokens[p].end, subject="person",
    )  # fmt: skip


def _body_found(tokens: list[Token], p: int) -> RawClaim | None:
    """'a body was found' -> 1 killed; 'a second body was discovered' -> 2 killed (the toll so far)."""
    if p == 0 or tokens[p].low != "body":
        return None
    found = _body_found_active(tokens, p)
    if found is not None:
        return found
    first = p - 1
    value = 1
    if tokens[first].low in ORDINALS and first > 0:
        value = ORDINALS[tokens[first].low]
        first -= 1
    elif tokens[first].low not in ("a", "an", "the", "another"):
        while first > 0 and tokens[first].text[:1].isalpha() and tokens[first].low not in ("a", "an"):
            first -= 1  # "an unidentified body"
        if tokens[first].low not in ("a", "an"):
            return None
    k = p + 1
    while k < len(tokens) and k - p <= 3 and tokens[k].low in ("was", "has", "been", "had", "later", "also", "is"):
        k += 1
    if k >= len(tokens) or tokens[k].low not in _FOUND:
        return None
    return RawClaim(
        metric=KILLED, value=value, low=value, high=value, qualifier=Qualifier.EXACT, role=Role.TOTAL,
        start=tokens[first].start, end=tokens[k].end, subject="person", singular=value == 1,
    )  # fmt: skip


_PLACE_PREPOSITIONS = frozenset({"from", "in", "of", "at", "near", "across", "outside", "to"})
_PLURAL_AUX = frozenset({"were", "have", "had", "been", "are", "both", "also", "later"})


_SAID_OF_BOTH_REACH = 5  # tokens of ", both of Erie," / ", both 16,"


def _before_said_of_both(tokens: list[Token], q: int) -> int:
    """Where the pair ends before an apposition said of both, or of the last one's age, closing at tokens[q]: ', both
    16,', ', both of Erie,', ', 17,'. Else q."""
    if tokens[q].low != ",":
        return q
    if (end := _age_apposition_ends_at(tokens, q)) is not None:
        return end
    for j in range(q - 1, max(0, q - _SAID_OF_BOTH_REACH) - 1, -1):
        if tokens[j].low == "both" and j >= 2 and tokens[j - 1].low == ",":
            return j - 2
        if tokens[j].low in (",", "and"):
            break
    return q


_LISTED_NAMES_MOST = 8  # names a list of victims may hold before the last two
_NOT_A_LISTED_NAME = frozenset({"on", "at", "the", "in", "near", "outside", "inside", "by"})


def _names_listed_before(tokens: list[Token], first: int) -> tuple[int, int]:
    """More victims named before the pair, each set off by a comma: 'Ann Roe, 16, Bo Diaz, 17, and Cy Li, 18'. A name
    of one word only with its age (not a dateline's 'DALLAS,' nor 'On Sunday,'). Returns (names added, first token)."""
    added = 0
    while added < _LISTED_NAMES_MOST and first >= 2 and tokens[first - 1].low == ",":
        end = _age_apposition_ends_at(tokens, first - 1)
        aged = end is not None
        end = end if end is not None else first - 2
        if end < 0 or not _is_name(tokens[end]):
            break
        start = end
        while start > 0 and end - start < 2 and _is_name(tokens[start - 1]):
            start -= 1
        if (start == end and not aged) or any(
            t.low in _PLACE_PREPOSITIONS or t.low in _NOT_A_LISTED_NAME for t in tokens[max(0, start - 1) : end + 1]
        ):
            break  # "In Dallas, ...", "At the Mall, ..."
        added, first = added + 1, start
    return added, first


def _age_apposition_ends_at(tokens: list[Token], q: int) -> int | None:
    """', 16,' closing at tokens[q]: where the name before it ends."""
    if q >= 3 and tokens[q].low == "," and tokens[q - 1].is_digits and tokens[q - 2].low == ",":
        return q - 3
    return None


def _coordinated_pair(tokens: list[Token], p: int) -> RawClaim | None:
    """'her sister and mother were injured' -> 2: two singular people joined by 'and', plural verb."""
    post = post_trigger_at(tokens, p)
    if post is None or post[0] not in (KILLED, WOUNDED, SHOT):
        return None
    q = p - 1
    plural = tokens[p].low == "died"
    while q >= 0 and tokens[q].low in _PLURAL_AUX:
        plural = plural or tokens[q].low in ("were", "have", "are")
        q -= 1
    if not plural or q < 2:
        return None
    q = _before_said_of_both(tokens, q)  # "Ann Roe and Bo Diaz, both 16, were killed"
    if q < 2:
        return None
    apposition = tokens[q].low == ","  # "Her parents, Ana Roe and Bo Diaz, were taken to the hospital with ..."
    if apposition:
        q -= 1
        if q < 2:
            return None
    count = 2
    if _is_name(tokens[q]):
        k = q - 1  # "Flores and Ramirez died", "Ann Roe and Bo Diaz died"
        while k > q - 3 and k >= 0 and _is_name(tokens[k]):
            k -= 1
        if k < 1 or tokens[k].low != "and":
            return None
        last_name = k - 1
        aged = _age_apposition_ends_at(tokens, last_name)  # "Ann Roe, 16, and Bo Diaz, 17, were killed"
        if aged is not None:
            last_name = aged
        if not _is_name(tokens[last_name]):
            return None
        first_name = last_name
        while first_name > 0 and last_name - first_name < 2 and _is_name(tokens[first_name - 1]):
            first_name -= 1
        more, first_name = _names_listed_before(tokens, first_name)  # "Ann Roe, Bo Diaz and Cy Li were killed"
        count += more
        k = first_name + 1  # so that `first` below lands on the first name
    else:
        if tokens[q].low not in SINGULAR_PERSON:
            return None
        k = q - 1
        if tokens[k].low in _DETERMINERS:
            k -= 1
        if k < 1 or tokens[k].low != "and" or tokens[k - 1].low not in SINGULAR_PERSON:
            return None
    first = k - 1
    if first > 0 and tokens[first - 1].low in _DETERMINERS:
        first -= 1
    if apposition and (first < 2 or tokens[first - 1].low != ","):
        return None  # the pair must be the whole apposition, set off by commas on both sides
    if apposition and _counted_head_before(tokens, first - 1, count):
        return None  # "Two women wounded that night, Ann Roe and Bo Diaz, died": the count told already names them
    if first > 0 and tokens[first - 1].low in _PLACE_PREPOSITIONS:
        return None  # "Nine pilgrims from Uttar Pradesh and Rajasthan died": the pair is where they came from
    metric = post[0]
    if metric == SHOT and _death_follows(tokens, post[1]):
        metric = KILLED
    return RawClaim(
        metric=metric, value=count, low=count, high=count, qualifier=Qualifier.EXACT, role=Role.TOTAL,
        start=tokens[first].start, end=tokens[post[1] - 1].end, subject="people",
    )  # fmt: skip


_HEAD_REACH = 6  # tokens of the head a list of names stands in apposition to: "Two women wounded that night"


def _counted_head_before(tokens: list[Token], comma: int, count: int) -> bool:
    """Does the head before the apposition's opening comma at tokens[comma] give the names' count itself ('Two women
    wounded that night, Ann Roe and Bo Diaz, ...')? Then the names are no second count of those people."""
    for q in range(comma - 1, max(-1, comma - 1 - _HEAD_REACH), -1):
        low = tokens[q].low
        if low in (",", ".", ";", ":"):
            return False
        if NUMBER_WORDS.get(low) == count or (tokens[q].is_digits and low == str(count)):
            return True
    return False


def _another_after_and(tokens: list[Token], p: int) -> RawClaim | None:
    """'Three people are dead and another hospitalized': one more person, with the trigger that follows."""
    if p == 0 or tokens[p - 1].low not in ("and", ","):
        return None
    np = noun_phrase_after(tokens, p + 1)
    if np.head is not None and np.head not in SINGULAR_PERSON:
        return None
    j = _skip_to_trigger(tokens, np.end)
    post = post_trigger_at(tokens, j)
    if post is None or post[0] not in (KILLED, WOUNDED, SHOT):
        return None
    metric = WOUNDED if post[0] == SHOT and not _death_follows(tokens, post[1]) else post[0]
    return _one(metric, start=tokens[p].start, end=tokens[post[1] - 1].end, subject=np.head or "person")


def _is_adverb(low: str) -> bool:
    return low.endswith("ly") and len(low) > 4 and low not in ("fatally", "family", "only")
