"""The persons an English article counts without a figure for them all: the hurt told one person at a time ("His
daughter was shot in the arm. Another man, 21, also suffered a gunshot wound." tells two people wounded, though
each sentence says one), and the dead told only as one of a part of those shot ("Nine people were shot, including
two children, and one of them died"). Each takes and returns the claims, in order."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.lexicons import load
from core.extract.triggers import SHOT
from core.models import KILLED, WOUNDED, Claim, Role

# A person told as one more than those told before: "also", "another", "a second".
_ONE_MORE = re.compile(r"\b(?:also|another|second|third|fourth)\b", re.IGNORECASE)
# A subject that takes up someone told before ("He was also shot in the leg", "The victim was also struck").
_TAKEN_UP = re.compile(r"(?:he|she|it|they|the|this|that)\b", re.IGNORECASE)
# A subject told for the first time: "A woman, 23, was grazed", "An 8-year-old girl was hit".
_NEWLY_TOLD = re.compile(r"an?\b", re.IGNORECASE)
# How far apart (in characters) the persons of one count are told: a paragraph or two, not a later retelling.
_NEAR = 600
_HURT = (SHOT, WOUNDED)
_EN = load("en")
_SEX = {**{noun: "male" for noun in _EN.MALE_PERSON_NOUNS}, **{noun: "female" for noun in _EN.FEMALE_PERSON_NOUNS}}


def _a_person(claim: Claim, metrics: tuple[str, ...] = _HURT) -> bool:
    """A claim of one person shot or hurt (or killed) in the article's own incident, told in the body."""
    return (
        claim.value == 1 and claim.metric in metrics and claim.role is Role.TOTAL
        and claim.field == "text" and claim.derivation is None and not claim.separate_incident
        and not claim.earlier_figure
    )  # fmt: skip


def _a_figure_for_them(claim: Claim) -> bool:
    """A written figure of the shot or hurt (not one person's): it already counts the persons told one by one."""
    return (
        claim.metric in _HURT and claim.role is Role.TOTAL and not claim.singular and claim.value > 1
        and not claim.separate_incident
    )  # fmt: skip


def hurt_counted_one_by_one(claims: list[Claim]) -> list[Claim]:
    """'A man was shot in the arm. A woman was also shot.': with no figure for the hurt, each one more ('also',
    'another', or 'a woman' after 'a man') is one more person hurt besides the first. A death told after the first
    one shot, near them, is that one's ('A man was shot. He later died. A woman was also shot' is one wounded); a
    death told before is someone else's, and one told paragraphs later another story's."""
    if any(_a_figure_for_them(c) for c in claims):
        return claims
    persons = sorted((c for c in claims if _a_person(c) and not _TAKEN_UP.match(c.quote)), key=lambda c: c.start)
    dead = [c for c in claims if _a_person(c, (KILLED,)) and not _TAKEN_UP.match(c.quote)]
    told = _told_one_after_another(persons, dead)
    if not told:
        return claims
    alive = [c for c in told if c.metric == WOUNDED]
    shot = [c for c in told if c.metric == SHOT]
    died_after = sum(
        c.value for c in claims
        if c.metric == KILLED and c.role is Role.TOTAL and c.field == "text" and not c.separate_incident
        and told[0].start < c.start < told[-1].end + _NEAR
    )  # fmt: skip
    count = len(alive) + max(0, len(shot) - died_after)
    hurt_told = any(c.metric == WOUNDED and c.role is Role.TOTAL and c.value > 0 for c in claims)
    if count < 1 or (count == 1 and hurt_told):
        return claims
    last = told[-1]
    counted = replace(last, metric=WOUNDED, value=count, low=count, high=count, singular=False, derivation="derived")
    return [*claims, counted]


def _one_more(claim: Claim, persons: list[Claim], dead: list[Claim]) -> bool:
    """Told as one more person than those before it: 'also', 'another', or 'a woman' when everyone told before
    was a man (and the other way round)."""
    if _ONE_MORE.search(claim.quote):
        return True
    sex = _SEX.get(claim.subject or "")
    if sex is None or not _NEWLY_TOLD.match(claim.quote):
        return False
    before = [_SEX.get(c.subject or "") for c in (*persons, *dead) if c.end <= claim.start]
    return bool(before) and all(other is not None and other != sex for other in before)


def _told_one_after_another(persons: list[Claim], dead: list[Claim]) -> list[Claim]:
    """The first person told, then each one more told near the one before; a phrase told again word for word is
    the same person retold."""
    more = [c for c in persons if _one_more(c, persons, dead)]
    if not more:
        return []
    first = [c for c in persons[:1] if c.end <= more[0].start]
    if not first:
        return more[:1]  # one more than the dead (or a figure's people): a second 'another' may retell that one
    told: list[Claim] = []
    seen: set[str] = set()
    for c in [*first, *more]:
        if c.quote.lower() in seen or (told and c.start - told[-1].end > _NEAR):
            break
        seen.add(c.quote.lower())
        told.append(c)
    return told


# "one of them", "two of whom": the dead counted among the people just told.
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)
_PART_SPAN = 200  # characters from the part of those shot to the death told among them


def dead_among_a_part_of_the_shot(claims: list[Claim], body: str | None) -> list[Claim]:
    """'Nine people were shot, including two children, and one of them died': whether 'them' is the nine or the two,
    one person died, and with no toll told that death is the toll (nine shot, one dead, eight wounded)."""
    if body is None or any(
        c.metric == KILLED and c.role is Role.TOTAL and c.value > 0 and not c.separate_incident for c in claims
    ):
        return claims
    parts = [c for c in claims if c.metric in _HURT and c.role is Role.SUBSET and c.field == "text"]
    for i, c in enumerate(claims):
        if (
            c.metric == KILLED and c.role is Role.SUBSET and c.field == "text" and not c.separate_incident
            and _OF_THEM.match(body, c.end)
            and any(p.end <= c.start < p.end + _PART_SPAN and p.value >= c.value and _a_whole_shot(p, claims)
                    for p in parts)
        ):  # fmt: skip
            return [*claims[:i], replace(c, role=Role.TOTAL), *claims[i + 1 :]]
    return claims


def _a_whole_shot(part: Claim, claims: list[Claim]) -> bool:
    """A figure of the shot or hurt, larger than the part, told before it in its sentence."""
    return any(
        c.metric in _HURT and c.role is Role.TOTAL and not c.singular and c.value > part.value
        and c.field == part.field and c.sentence_start == part.sentence_start and c.end <= part.start
        for c in claims
    )  # fmt: skip


# "Two women were also shot", "two others had also been shot": the count's own verb, told with "also".
_ALSO_SHOT = re.compile(r"[^.;:]{0,50}?\balso\b(?:\s+\w+){0,2}?\s+(?:shot|struck|hit)\b", re.IGNORECASE)


def also_shot_besides_the_dead(claims: list[Claim], body: str | None) -> list[Claim]:
    """'One man died at the scene. Two women were also shot.': those 'also' shot after the dead are told are shot
    besides them, the hurt (as 'two others were shot' is), not everyone shot with the dead among them."""
    if body is None:
        return claims
    deaths = [
        c.start for c in claims
        if c.metric == KILLED and c.role is Role.TOTAL and c.value > 0 and c.field == "text" and not c.separate_incident
        and c.derivation is None
    ]  # fmt: skip
    if not deaths:
        return claims
    return [
        replace(c, metric=WOUNDED)
        if c.metric == SHOT and c.role is Role.TOTAL and not c.singular and c.field == "text" and c.derivation is None
        and min(deaths) < c.start and _ALSO_SHOT.match(body, c.start)
        else c
        for c in claims
    ]  # fmt: skip
