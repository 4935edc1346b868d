"""Deaths told after a toll: later deaths that add to it, and a later death that was one of the hurt.

Passes over an English article's claims (offsets into the submitted body `text`), run by `pipeline` after the
sentences are read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.alternation import alternation
from core.extract.clean import keyword_view
from core.extract.lexicons import load
from core.extract.numbers import UNITS
from core.models import KILLED, WOUNDED, Claim, Qualifier, Role

_EN = load("en")


# "later died", "died at the hospital", "succumbed to his injuries": a death after the harm was told
LATER_DIED = re.compile(
    r"\b(?:later died|died later|(?:has|have) since died|later succumbed"
    r"|succumbed to (?:his|her|their) (?:injuries|wounds)|died (?:at|in) (?:the |a |an )?(?:[\w-]+ )?hospital"
    r"|died of (?:his|her|their) (?:injuries|wounds))\b",
    re.IGNORECASE,
)
# A word every alternative of LATER_DIED holds: a span whose lower-cased view has none is not searched. (No letter
# of theirs is one the case-insensitive pattern matches beyond what lower-casing gives: keyword_view says so.)
LATER_DIED_WORDS = ("died", "succumbed")


def tells_a_later_death(text: str, start: int, end: int) -> bool:
    """Does text[start:end] tell a death after the wound (LATER_DIED)? Most spans hold neither of its words, and a
    look for them spares the pattern's boundary tried at every character."""
    view = keyword_view(text[start:end])
    if view is not None and not any(map(view.__contains__, LATER_DIED_WORDS)):
        return False
    return LATER_DIED.search(text, start, end) is not None


_LATER_DEATH = re.compile(
    rf"\b(?:{alternation(_EN.LATER_DEATH_VERBS)})\b.*\b(?:{alternation(_EN.LATER_DEATH_TIMES)})\b"
    rf"|\b(?:{alternation(_EN.LATER_DEATH_TIMES)})\b.*\b(?:{alternation(_EN.LATER_DEATH_VERBS)})\b",
    re.IGNORECASE,
)


# A toll said to rise with no figure of its own: "18 more bodies were found, raising the toll" (not "raising the toll to
# 109": that figure is the update itself).
_TOLL_RAISED = re.compile(
    r"\b(?:raising|raised|pushing|lifting|swelling|increasing|adding to)\s+the\s+(?:[\w-]+\s+){0,2}?toll\b"
    r"(?!\s+(?:to|at|from|by|of)\b)",
    re.IGNORECASE,
)


# "One of the wounded died later at the hospital, bringing the death toll to two": the sentence says who died
_ONE_OF_THE_HURT = re.compile(
    r"\bof\s+(?:the|those)\s+(?:wounded|injured|hurt|shooting victims|people (?:wounded|injured|hurt|shot))\b",
    re.IGNORECASE,
)
# "One of the injured died Sunday, bringing the toll to three", "One of the injured, a firefighter, died", "... after
# one of the wounded died": the death of one counted as hurt, a later death whatever the words of time
_ONE_OF_THE_HURT_DIED = re.compile(
    r"\bone\s+" + _ONE_OF_THE_HURT.pattern[2:] + r"(?:\s*,[^,.;]{1,60},)?"
    r"\s+(?:(?:has|had|also|then|since|later)\s+)*(?:died|succumbed)\b",
    re.IGNORECASE,
)


# A toll said to rise by an amount with no new figure: "By Tuesday the toll had risen by five" (not "rose by 5 to 17":
# that figure is the update itself). The amount is a number in digits or a small number word.
_TOLL_ROSE_BY = re.compile(
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed)|death\s+count)\s+"
    r"(?:(?:has|had|have)\s+)?(?:since\s+)?(?:rose|risen|climbed|jumped|increased|grew|grown|gone\s+up|went\s+up)"
    r"\s+by\s+(?:another\s+)?(?P<n>\d{1,3}|[a-z]+)\b(?!\s*,?\s+to\b)(?!\s+(?:per\s?cent|percent)\b)",
    re.IGNORECASE,
)
# The day a toll was told for: "Twelve people were killed on Monday" is Monday's count, which a rise told later adds
# to; "At least 44 people died in the floods" names no day and may count the rise already.
_TOLD_FOR_A_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last night)\b", re.IGNORECASE
)


def _amount(word: str) -> int | None:
    """The amount of 'rose by 5' or 'rose by five'."""
    return int(word) if word.isdigit() else UNITS.get(word.lower())


def _toll_rises(text: str, base: Claim) -> list[tuple[int, int, int]]:
    """(start, end, amount) of each rise by an amount told in the sentences after `base`, when `base` is a toll told
    for a day before it ("Twelve people were killed on Monday. By Tuesday the toll had risen by five")."""
    if base.field != "text" or not _TOLD_FOR_A_DAY.search(text, base.sentence_start, base.sentence_end):
        return []
    rises = []
    for match in _TOLL_ROSE_BY.finditer(text, base.sentence_end):
        amount = _amount(match.group("n"))
        if amount:
            rises.append((match.start("n"), match.end("n"), amount))
    return rises


def _the_rise(text: str, base: Claim, rise: tuple[int, int, int]) -> Claim:
    """The toll's rise as a claim of its own place in the text (its amount is summed by the caller)."""
    a, b, amount = rise
    opens = max(text.rfind(".", base.sentence_end, a), base.sentence_end - 1) + 1
    return replace(base, value=amount, start=a, end=b, quote=text[a:b], sentence_start=opens, sentence_end=b)


def later_deaths_added(claims: list[Claim], text: str | None) -> list[Claim]:
    """'At least 14 people died on Friday when the dam burst. Nine more died on Saturday': deaths told after the
    toll, in a sentence of their own, as more of them, on a later day or in hospital, add to it: the sum (at least
    23) is the latest toll, unless a toll told after them counts them already ('..., bringing the toll to 23').
    'Police found two more dead in a second house' tells of no later death: the toll before it may count them, unless
    the sentence says they raise it ('18 more bodies were found, raising the toll')."""
    if text is None:
        return claims
    body = sorted((c for c in claims if c.field == "text" and c.metric == KILLED), key=lambda c: c.start)
    base: Claim | None = None
    more: list[Claim] = []
    for claim in body:
        if claim.earlier_figure or claim.separate_incident or claim.role in (Role.BACKGROUND, Role.CUMULATIVE):
            continue
        if claim.role is Role.TOTAL and not claim.singular:
            base, more = claim, []
        elif (
            claim.role is Role.INCREMENT and base is not None and not claim.singular and claim.derivation is None
            and claim.qualifier is not Qualifier.VAGUE
            and (claim.sentence_start >= base.sentence_end or not base.update)  # a toll update counts its cause
            and (
                _LATER_DEATH.search(text, claim.sentence_start, claim.sentence_end)
                or _TOLL_RAISED.search(text, claim.end, claim.sentence_end)
                or _ONE_OF_THE_HURT_DIED.match(text, claim.start)
            )
        ):  # fmt: skip
            more.append(claim)
    rises = [] if base is None else _toll_rises(text, base)
    more = [c for c in more if not any(a <= c.start < b for a, b, _ in rises)]  # "the number of dead rose by 4"
    if base is None or not (more or rises):
        return claims
    value = base.value + sum(c.value for c in more) + sum(amount for _, _, amount in rises)
    qualifier = base.qualifier if base.qualifier in (Qualifier.EXACT, Qualifier.AT_LEAST) else Qualifier.AT_LEAST
    last = more[-1] if more else _the_rise(text, base, rises[-1])
    summed = replace(
        last, value=value, low=None, high=None, qualifier=qualifier, role=Role.TOTAL, update=True,
        derivation="derived",
    )  # fmt: skip
    return [*claims, summed]


def more_hurt_added(claims: list[Claim]) -> list[Claim]:
    """'Paramedics treated 30 people at the scene and took 10 more to hospital': more of the hurt told in the
    sentence of the injured figure add to it (40), unless the text gives a larger injured figure (a total that
    counts them already)."""
    body = sorted((c for c in claims if c.field == "text" and c.metric == WOUNDED), key=lambda c: c.start)
    for index, base in enumerate(body):
        if base.role is not Role.TOTAL or base.singular or base.earlier_figure or base.separate_incident:
            continue
        more = [
            c for c in body[index + 1:]
            if c.role is Role.INCREMENT and c.sentence_start == base.sentence_start and not c.singular
            and c.derivation is None and c.qualifier is not Qualifier.VAGUE
        ]  # fmt: skip
        if not more:
            continue
        value = base.value + sum(c.value for c in more)
        if any(c.role is Role.TOTAL and c.value >= value for c in body):
            return claims
        qualifier = base.qualifier if base.qualifier in (Qualifier.EXACT, Qualifier.AT_LEAST) else Qualifier.AT_LEAST
        summed = replace(more[-1], value=value, low=None, high=None, qualifier=qualifier, role=Role.TOTAL,
                         derivation="derived")  # fmt: skip
        return [*claims, summed]
    return claims


_ORDINAL_DEATH = re.compile(r"(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.IGNORECASE)
# "A second victim has died", "a third victim died": a death beyond the toll told before, of one of the hurt
_ORDINAL_HAS_DIED = re.compile(
    _ORDINAL_DEATH.pattern + r"\s+(?:[\w-]+\s+)?(?:has\s+(?:now\s+|since\s+)?)?died\b", re.IGNORECASE
)
def ordinal_death_among_hurt(claims: list[Claim], text: str | None) -> list[Claim]:
    """'Four people were killed and three wounded at the bar. A fifth victim later died at the hospital': the fifth
    was one of the three hurt, who leave two hurt (the archive counts a victim who died later among the dead only).
    So is a toll raised in a sentence that says one of the hurt died ('One of the wounded died later, bringing the
    toll to two'). Not when the text gives the hurt again after the death."""
    if text is None:
        return claims
    body = sorted((c for c in claims if c.field == "text"), key=lambda c: c.start)
    for death in body:
        if (
            death.metric != KILLED or death.role is not Role.TOTAL or death.separate_incident
            or not (
                tells_a_later_death(text, death.sentence_start, death.sentence_end)
                or _ORDINAL_HAS_DIED.match(death.quote)  # "A second victim has died": since the count was told
                or _ONE_OF_THE_HURT_DIED.search(text, death.sentence_start, death.sentence_end)
            )
            or (
                _ORDINAL_DEATH.match(death.quote) is None
                and not _ONE_OF_THE_HURT.search(text, death.sentence_start, death.sentence_end)
            )
        ):  # fmt: skip
            continue
        told = [
            c for c in body
            if c.role is Role.TOTAL and not c.separate_incident and not c.earlier_figure and not c.singular
        ]  # fmt: skip
        hurt = [c for c in told if c.metric == WOUNDED and c.derivation is None]
        if _update_on_top(text, death):
            # "UPDATE Sunday: The third victim died at the hospital. <the story as first told>": the story below
            base = [c.value for c in told if c.metric == KILLED and c.start > death.sentence_end]
            hurt = [c for c in hurt if c.start > death.sentence_end][:1]
        else:
            base = [c.value for c in told if c.metric == KILLED and c.start < death.start]
            if hurt and hurt[-1].start > death.start:
                continue
        if not hurt:
            base, hurt = _told_in_the_title(claims)
        if not base or not hurt:
            continue
        gone = death.value - max(base)
        if not 0 < gone < hurt[-1].value:
            continue
        fewer = replace(hurt[-1], value=hurt[-1].value - gone, low=None, high=None, derivation="derived")
        return [fewer if c is hurt[-1] else c for c in claims]
    return claims


def _told_in_the_title(claims: list[Claim]) -> tuple[list[int], list[Claim]]:
    """The dead and hurt a title tells ('2 dead, 6 hurt in shooting at bar') when the body tells no hurt figure: the
    counts a later death in the body is told after."""
    told = [
        c for c in claims
        if c.field == "title" and c.role is Role.TOTAL and not c.earlier_figure and not c.singular
        and c.derivation is None
    ]  # fmt: skip
    return [c.value for c in told if c.metric == KILLED], [c for c in told if c.metric == WOUNDED][:1]


_UPDATE_HEAD = re.compile(r"[ \t]*(?:UPDATE|Update|UPDATED|Updated)\b")


def _update_on_top(text: str, claim: Claim) -> bool:
    """The claim is told on an update's line opening the text, above the story as first told."""
    line = text.rfind("\n", 0, claim.sentence_start) + 1
    return _UPDATE_HEAD.match(text, line) is not None and not text[:line].strip()


_NAME = re.compile(r"\b[A-Z][a-z'’-]+\b")
_INCLUDING_NAME = re.compile(r"\bincluding\s+(?:[A-Z][a-z'’-]+\s+)*(?P<n>[A-Z][a-z'’-]+)\b")
_CLAUSE_JOINED = re.compile(r",?\s*\b(?:but|and|yet)$")
_ONE_OF_THEM = re.compile(r"(?P<n>[A-Z][a-z'’-]+|[Hh]e|[Ss]he)\s+(?:was|is)\s+one\s+of\s+$")


def dead_told_before_among_hurt(claims: list[Claim], text: str | None) -> list[Claim]:
    """'Police said Marcus Lane, 31, died at a hospital on Sunday. Five people, including Lane, were injured in the
    shooting': the one who died, told before the injured figure, is counted in it (the archive counts him among the
    dead only), so four are hurt. So is 'Lane was one of six people wounded'. Only when a single death is told before
    and the injured figure names that one (by name, or as 'he/she was one of')."""
    if text is None or not ("including" in text or "one of" in text):
        return claims
    body = sorted((c for c in claims if c.field == "text"), key=lambda c: c.start)
    hurt = next(
        (
            c for c in body
            if c.metric == WOUNDED and c.role is Role.TOTAL and not c.singular and c.derivation is None
            and not c.separate_incident and not c.earlier_figure
        ),
        None,
    )  # fmt: skip
    if hurt is None:
        return claims
    dead = [
        c for c in body
        if c.metric == KILLED and c.role is Role.TOTAL and not c.separate_incident and c.start < hurt.sentence_start
    ]  # fmt: skip
    if not dead or any(not c.singular for c in dead):
        return claims  # no death, or a count of the dead: not the one person the hurt may count
    names = {n for c in dead for n in _NAME.findall(c.quote)}
    if any(c.metric == KILLED and c.start > hurt.end and not c.separate_incident for c in body):
        return claims  # a death told after the hurt: the later-death passes read it
    including = _INCLUDING_NAME.search(text, hurt.sentence_start, hurt.sentence_end)
    one_of = _ONE_OF_THEM.search(text, hurt.sentence_start, hurt.start)
    named = including is not None and including.group("n") in names
    if not named and one_of is not None:
        who = one_of.group("n")
        before = text[hurt.sentence_start : one_of.start()].strip()
        # "He was one of ...", "..., but she was one of ...": a clause of its own, not "..., he said"
        opens = not before or _CLAUSE_JOINED.search(before) is not None
        named = who in names or (who.lower() in ("he", "she") and opens)
    if not named or hurt.value < 2:
        return claims
    fewer = replace(hurt, value=hurt.value - 1, low=None, high=None, derivation="derived")
    return [fewer if c is hurt else c for c in claims]
