"""Choosing an article's headline figure for a metric out of all its claims.

`main_incident_claims` keeps the claims about the article's main incident: not background, not cumulative
tolls, not a separate incident told in passing, not figures for another place. `pick_headline` then chooses,
among one incident's claims, the figure for the whole incident: a total (not a subset, increment or partial
figure), a written number before a singular phrasing, and among those the figure stated most often (the larger
on a tie); a toll the text gives as the incident's update beats the figures stated before it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from core.competing_claimants import unofficial, without_unofficial_rivals
from core.models import KILLED, WOUNDED, Claim, Qualifier, Role
from core.places import resolve_place

SHOT = "shot"
_HARM = (KILLED, WOUNDED, SHOT)
_EXCLUDED_ROLES = (Role.BACKGROUND, Role.CUMULATIVE)


def _city_key(name: str) -> str | None:
    place = resolve_place(name)
    return place.key if place is not None and place.kind == "city" else None


def _main_location(claims: Sequence[Claim]) -> str | None:
    """Where the article's first whole-incident harm figure happened (body first, then title)."""
    for in_headline in (False, True):
        for claim in claims:
            if (
                claim.in_headline is in_headline
                and claim.metric in _HARM
                and claim.role is Role.TOTAL
                and claim.location
                and claim.derivation != "perpetrator"
            ):
                return _city_key(claim.location)
    return None


def main_incident_claims(claims: Sequence[Claim]) -> list[Claim]:
    """The claims about the article's main incident (not other places, not background, not cumulative)."""
    kept = [c for c in claims if c.role not in _EXCLUDED_ROLES and not c.separate_incident]
    kept = _without_parts_injured(kept)
    kept = _without_a_share_injured(kept)
    kept = _without_injured_between_shares(kept)
    location = _main_location(kept)
    if location is None:
        return kept
    return [c for c in kept if not _elsewhere(c, location)]


def _without_parts_injured(claims: list[Claim]) -> list[Claim]:
    """The toll broken down by town ("killing at least 31 people across the country ... In Kyiv, 20 people were
    killed and 61 wounded ... In Kryvyi Rih, 10 people were killed"): the injured told with one town's share of the
    deaths are that town's, not the whole toll's."""
    placed = [
        c for c in claims
        if c.metric == KILLED and c.role is Role.TOTAL and not c.singular and c.location and not c.location_carried
    ]  # fmt: skip
    if len({c.location for c in placed}) < 2 or not any(c.metric == WOUNDED for c in claims):
        return claims
    towns = {c.location for c in placed if _city_key(c.location or "") is not None}
    wholes = [c.value for c in claims if c.metric == KILLED and c.role is Role.TOTAL and c.location not in towns]
    whole = max(wholes, default=0)
    parts = {c.location for c in placed if c.location in towns and c.value < whole}
    if len(parts) < 2:
        return claims
    return [c for c in claims if not _told_with_a_part(c, claims, whole)]


def _without_a_share_injured(claims: list[Claim]) -> list[Claim]:
    """'The quake killed more than 3,400 people across Turkey and Syria. In Syria, 1,100 people died and 3,400 were
    injured': the injured told with a smaller share of the deaths in another country than the whole toll's are that
    country's, not the whole event's."""
    if not any(c.metric == WOUNDED and c.role is Role.TOTAL for c in claims):
        return claims
    wholes = [
        c for c in claims if c.metric == KILLED and c.role is Role.TOTAL and not c.singular and not c.earlier_figure
    ]  # fmt: skip
    if not wholes:
        return claims
    whole = max(wholes, key=lambda c: c.value)
    country = _country_key(whole.location)
    if country is None:
        return claims
    return [c for c in claims if not _told_with_a_share(c, claims, whole.value, country)]


def _without_injured_between_shares(claims: list[Claim]) -> list[Claim]:
    """'The quake killed more than 13,000 people and injured tens of thousands ... The authorities said 9,057 had died
    in the country, besides more than 52,000 injured, while in Syria 3,300 died': a sentence that splits the whole
    toll into shares (two counts of the dead, each smaller, together no more than it) tells the injured between
    them of the first share, even where no place is named; the whole's injured are the others told. With no other
    injured told, the share's are all the report gives ('two died and four were hurt in Millbrook, and
    one died in Ashford'), and stay its figure."""
    wounded = [c for c in claims if c.metric == WOUNDED and c.role is Role.TOTAL]
    if len(wounded) < 2:
        return claims
    dead = [c for c in claims if c.metric == KILLED and c.role is Role.TOTAL and not c.singular]
    whole = max((c.value for c in dead if not c.earlier_figure), default=0)
    between = {id(c) for c in wounded if _between_shares(c, dead, whole)}  # by identity: equal claims may repeat
    if not between or len(between) == len(wounded):
        return claims
    return [c for c in claims if id(c) not in between]


def _between_shares(claim: Claim, dead: Sequence[Claim], whole: int) -> bool:
    """Is the injured `claim` told after one share of the `whole` toll and before another, in its sentence?"""
    here = [c for c in dead if c.field == claim.field and c.sentence_start == claim.sentence_start]
    before = [c for c in here if c.end <= claim.start and c.value < whole]
    after = [c for c in here if c.start >= claim.end and c.value < whole]
    return any(a.value + b.value <= whole for a in before for b in after)


def _country_key(name: str | None) -> str | None:
    place = resolve_place(name) if name else None
    return place.key if place is not None and place.kind == "country" else None


def _told_with_a_share(claim: Claim, claims: Sequence[Claim], whole: int, country: str) -> bool:
    """Is the wounded `claim` told with deaths (fewer than the `whole` toll) in another country than the whole's?"""
    if claim.metric != WOUNDED or claim.role is not Role.TOTAL:
        return False
    here = [
        c for c in claims
        if c.metric == KILLED and c.field == claim.field and c.sentence_start == claim.sentence_start
        and not c.singular
    ]  # fmt: skip
    return bool(here) and all(
        c.value < whole and not c.location_carried and _country_key(c.location) not in (None, country) for c in here
    )


def _elsewhere(claim: Claim, main_city: str) -> bool:
    """A claim stated, in its own sentence, for another known city than the main incident's.

    Counties, states, countries and unknown names never exclude: they may contain the main city. Nor does a city
    that is only where the source spoke ("officials in Cap-Haitien said 42 died in the quake") or one of a list of
    places ("in Kyiv, Lviv and Odesa"): the figure is not set apart as that city's (`Claim.location_loose`).
    """
    if claim.location is None or claim.location_carried or claim.location_loose or claim.in_headline:
        return False
    key = _city_key(claim.location)
    return key is not None and key != main_city


def _preference(claim: Claim) -> tuple[int, int, int]:
    written = 0 if claim.singular else 1
    precise = 0 if claim.qualifier is Qualifier.VAGUE else 1
    return precise, written, claim.value


_LEAD_CHARS = 600  # roughly the first paragraph or two, where the incident's own figures are given


def _early(claim: Claim) -> bool:
    """In the title or the first paragraphs, where the incident's own figures are given."""
    return claim.in_headline or claim.start < _LEAD_CHARS


def _best_supported(totals: list[Claim]) -> Claim:
    """Among the most precise kind of figure, the value stated most often (title, lead and body repeat the
    settled figure; stray numbers appear once), the larger on a tie (tolls are revised upwards)."""
    best_kind = max(_preference(c)[:2] for c in totals)
    pool = [c for c in totals if _preference(c)[:2] == best_kind]
    votes = _votes(pool)
    # On a tie, qualified wording ("at least 14") before a headline's shorthand ("kills 14"), then the body's
    # wording before the title's, earliest first.
    return max(
        pool,
        key=lambda c: (votes[c.value], c.value, c.qualifier is not Qualifier.EXACT, not c.in_headline, -c.start),
    )


def _votes(pool: list[Claim]) -> Counter[int]:
    """How often each value is stated, a value the body tells of several towns counting once ("In Elazig, 200
    people were injured. In Adiyaman, 200 ..."): equal shares of different places are not the settled figure
    repeated (a headline's town and the body's are the one figure said twice)."""
    votes = Counter(c.value for c in pool)
    for value in list(votes):
        towns = {
            key
            for c in pool
            if c.value == value and not c.in_headline and c.location and not c.location_carried and not c.location_loose
            and (key := _city_key(c.location)) is not None
        }  # fmt: skip
        votes[value] -= max(len(towns) - 1, 0)
    return votes


def _reading_order(claim: Claim) -> tuple[bool, int]:
    return not claim.in_headline, claim.start


def _latest_update(totals: list[Claim], best: Claim) -> Claim:
    """'The death toll from the blast has risen to five': the incident's latest update beats the figures
    stated before it (a larger figure stated after it is later news still)."""
    updates = sorted((c for c in totals if c.update), key=_reading_order)
    if not updates:
        return best
    # Tolls are revised upwards: a smaller update later in the text is a part (a province, a city) or an older
    # entry of a live page, unless the text says the toll was revised down.
    latest = updates[0]
    for update in updates[1:]:
        if update.value >= latest.value or update.revised_down:
            latest = update
    if _reading_order(best) > _reading_order(latest) and best.value >= latest.value:
        return best
    # Likewise a smaller update after a larger total ("Eighty-six people were killed" ... "taking the total
    # killed to 85"): a stale line or a part, unless the text says the toll was revised down.
    if best.value > latest.value and not latest.revised_down and not best.earlier_figure:
        return best
    return latest


_BOUNDING = (Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.UP_TO, Qualifier.ABOUT, Qualifier.NEARLY)


def _qualified_statement(best: Claim, totals: list[Claim]) -> Claim:
    """'147 killed' in a headline or a toll line, 'at least 147 people were killed' in the body: the bare figure is
    shorthand for the qualified one, so the body's wording (the first one) stands for the figure."""
    if best.qualifier is not Qualifier.EXACT:
        return best
    same = [c for c in totals if c.value == best.value and c.qualifier in _BOUNDING and not c.singular]
    if not same:
        return best
    return min(same, key=_reading_order)


_ROUNDING = 0.05  # "nearly 16,000" covers 15,200 to 16,000; "about 300" 285 to 315


def _point_within(best: Claim, totals: list[Claim]) -> Claim:
    """The precise statement of a figure given loosely: 'nearly 16,000' and, further on, 'overall, 15,867 lives have
    been lost' or 'at least 15,867' (the count the rounding stands for); 'between 2,658 and 3,290' around the
    study's estimate of 'approximately 2,975' (the range is the estimate's margin)."""
    if best.qualifier is Qualifier.RANGE and best.low is not None and best.high is not None:
        low, high = best.low, best.high
        inside = [
            c for c in totals
            if c.qualifier not in (Qualifier.RANGE, Qualifier.VAGUE) and low < c.value < high and not c.singular
        ]  # fmt: skip
        return _best_supported(inside) if inside else best
    if best.qualifier in (Qualifier.NEARLY, Qualifier.ABOUT):
        floor = best.value * (1 - _ROUNDING)
        ceiling = best.value if best.qualifier is Qualifier.NEARLY else best.value * (1 + _ROUNDING)
        # "nearly 300" in the title, "at least 296" or "more than 296" in the body: the count the rounding stands for
        exact = [
            c for c in totals
            if c.qualifier in (Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN) and floor <= c.value <= ceiling
            and c.value != best.value and not c.singular
        ]  # fmt: skip
        if exact:
            return min(exact, key=lambda c: (abs(c.value - best.value), _reading_order(c)))
    if best.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) and _round(best.value):
        # "the toll passed 1,000" twice, and "1,038 bodies have been recovered": the count the round floor stands for
        above = [
            c for c in totals
            if c.qualifier in (Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN)
            and best.value < c.value <= best.value * (1 + 2 * _ROUNDING) and not c.singular and _written_out(c)
        ]  # fmt: skip
        if above:
            return min(above, key=lambda c: (-c.value, _reading_order(c)))
        official = _official_count_above(best, totals)
        if official is not None:
            return official
    return best


_OFFICIAL_ABOVE = 1.5  # "more than 100" and the authorities' 116: the count a round floor is told before


def _official_count_above(floor: Claim, totals: list[Claim]) -> Claim | None:
    """'Mehr als 100 Häftlinge getötet ... Die Behörden sprachen von 116 Toten': a round floor no one is said to give,
    and after it an exact count above it that an official source gives (not residents or organisers): the count."""
    if floor.attribution is not None:
        return None
    counts = [
        c for c in totals
        if c.qualifier is Qualifier.EXACT and floor.value < c.value <= floor.value * _OFFICIAL_ABOVE
        and c.attribution is not None and not unofficial(c.attribution) and not c.singular and _written_out(c)
        and _reading_order(c) > _reading_order(floor)
    ]  # fmt: skip
    return max(counts, key=_reading_order) if counts else None


def _written_out(claim: Claim) -> bool:
    """The claim's figure stands in its quote as digits ('1 038 corps'), not summed from parts ('133 dead in Germany
    and 24': 157 is our arithmetic, not a count anyone stated)."""
    return str(claim.value) in re.sub(r"[\s,.\u00a0\u202f']", "", claim.quote)


def _round(value: int) -> bool:
    """A figure a writer rounds to ('more than 1,000', 'at least 50'): a multiple of ten from 20 on."""
    return value >= 20 and value % 10 == 0


def pick_headline(claims: Sequence[Claim], metric: str) -> Claim | None:
    """The claim that states the whole-incident figure for `metric` (total, latest update), or None."""
    totals = [c for c in claims if c.metric == metric and c.role is Role.TOTAL and c.derivation != "perpetrator"]
    nonzero = [c for c in totals if c.value > 0]
    current = [c for c in nonzero if not c.earlier_figure]
    if not current and nonzero and (zero := _current_zero(totals)) is not None:
        return zero  # "initial reports said three died; police later said no one was killed": the zero stands
    nonzero = current or nonzero  # "initially reported" figures only when nothing else is given
    nonzero = _without_loose_arithmetic(nonzero)
    nonzero = _without_restated_parts(nonzero, claims, metric)
    nonzero = _without_summed_parts(nonzero, claims, metric)
    nonzero = without_unofficial_rivals(nonzero)  # "police said 12 were injured, while organisers put it at 20"
    if nonzero:
        best = _qualified_statement(_latest_update(nonzero, _best_supported(nonzero)), nonzero)
        best = _point_within(best, nonzero)
        if metric == WOUNDED:
            # "Five people were shot ... two were critically wounded": the wounded figure is part of those shot.
            derived = _wounded_from_shot(claims, assume_no_deaths=True)
            if derived is not None and derived.value > best.value and _early(derived):
                return derived
        return best
    derived = _wounded_from_shot(claims) if metric == WOUNDED else None
    if derived is not None:
        return derived
    # Only the shooter died ("shot himself and died"): that death is the incident's toll, even beside a zero told
    # of everyone else ("No one else was hurt").
    own = [c for c in claims if c.metric == metric and c.role is Role.TOTAL and c.derivation == "perpetrator"]
    if own:
        return own[0]
    return max(totals, key=_preference) if totals else None


def _current_zero(totals: Sequence[Claim]) -> Claim | None:
    """A zero the text states as it stands now (not itself superseded), or None."""
    return next((c for c in totals if c.value == 0 and not c.earlier_figure), None)


def _without_loose_arithmetic(totals: list[Claim]) -> list[Claim]:
    """'2 dead, as many as 25 shot' in a title, 'between 20 and 25 people were wounded' in the body: a figure we
    derive from a ceiling or a rounding (25 at most, less 2) is looser than the count the text states; it yields to
    it. (A sum of floors, 'at least 31 died ... six more died', stays a floor of the whole.)"""
    stated = [c for c in totals if c.derivation != "derived"]
    if not stated or len(stated) == len(totals):
        return totals
    return [c for c in totals if c.derivation != "derived" or c.qualifier not in _LOOSE]


_LOOSE = (Qualifier.UP_TO, Qualifier.NEARLY, Qualifier.ABOUT)


def _without_restated_parts(totals: list[Claim], claims: Sequence[Claim], metric: str) -> list[Claim]:
    """'Two blasts killed dozens, including 13 soldiers ... Besides the 13 soldiers killed, 15 were wounded': a
    figure the text gives as a part is that part again when restated on its own, no vote for the whole, while a
    larger figure stands for the whole."""
    parts = {c.value for c in claims if c.metric == metric and c.role is Role.SUBSET and not c.singular}
    if not parts:
        return totals
    wholes = [c for c in totals if c.value not in parts]
    if not wholes or len(wholes) == len(totals):
        return totals
    largest = max((c.high or c.value) for c in wholes)
    return wholes if all(c.value < largest for c in totals if c.value in parts) else totals


def _without_summed_parts(totals: list[Claim], claims: Sequence[Claim], metric: str) -> list[Claim]:
    """'At least 23 people died: 20 were found dead at the scene and three died in hospital ... the 20 victims
    found at the scene': a total told first and then split into two parts that add up to it (both stated) is the
    whole; the parts, however often restated, are no votes for it."""
    stated = {c.value for c in claims if c.metric == metric and c.value > 0 and not c.singular}
    for whole in sorted(totals, key=lambda c: -c.value):
        if whole.qualifier in (Qualifier.RANGE, Qualifier.VAGUE) or whole.singular or whole.update:
            continue
        parts = {v for v in stated if v < whole.value and v != whole.value - v and whole.value - v in stated}
        restated = [c for c in totals if c.value in parts]
        # ... not a toll revised to less ("revised the toll to 23, two bodies had been counted twice")
        if restated and all(_reading_order(c) > _reading_order(whole) and not c.update for c in restated):
            return [c for c in totals if c.value not in parts]
    return totals


def _told_with_a_part(claim: Claim, claims: Sequence[Claim], whole: int) -> bool:
    """Is the wounded `claim` told in a sentence whose deaths are one named place's part of a whole toll told
    without a place (fewer than `whole`, at the wounded figure's own place)?"""
    if claim.metric != WOUNDED or claim.location is None or claim.location_carried:
        return False
    here = [
        c for c in claims
        if c.metric == KILLED and c.field == claim.field and c.sentence_start == claim.sentence_start
        and c.role is Role.TOTAL and not c.singular
    ]  # fmt: skip
    return bool(here) and all(c.value < whole and c.location == claim.location and not c.location_carried for c in here)


def _wounded_from_shot(claims: Sequence[Claim], assume_no_deaths: bool = False) -> Claim | None:
    """People shot minus people killed: 'Four people were shot ... one of them died' -> 3 wounded.

    With no death figure the split is unknown here; the extractor itself derives "everyone shot is wounded"
    when the article's text mentions no death at all.
    """
    shot = [
        c
        for c in claims
        if c.metric == SHOT and c.role is Role.TOTAL and c.derivation != "perpetrator" and not c.earlier_figure
    ]
    if not shot:
        return None
    total = max(shot, key=_preference)
    killed = pick_headline(claims, KILLED)
    if killed is None and not assume_no_deaths:
        return None  # the extractor adds a derived claim when the text states no death at all
    value = total.value - (killed.value if killed is not None else 0)
    if value <= 0:
        return None
    return replace(total, metric=WOUNDED, value=value, low=value, high=value, derivation="derived")
