"""Passes over an English article's claims once every sentence is read: what one figure is, given the others the
text tells (a headline's figure told as the body's toll to date, injured beyond the dead, a group's or another
country's share of the hurt, a census of those in care, an older incident dated days before the lead's toll, a
share told with 'alone' beyond the whole). Each takes and returns the claims, in order."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.clean import lower_kept
from core.extract.lexicon import MONTHS, WEEKDAYS
from core.extract.lexicons import load as load_lexicon
from core.extract.numbers import NUMBER_WORDS
from core.extract.roles import _INCIDENT_NOUNS, names_a_past_year
from core.extract.triggers import SHOT
from core.models import KILLED, WOUNDED, Claim, Role
from core.places import resolve_place
from core.places.index import fold, gazetteer

_EN = load_lexicon("en")
_ROUNDING = 0.05  # a headline rounds the body's figure: "36,800" for 36,801, "more than 1,200" for 1,234
# A toll to date that makes a headline is large; a small figure ("2 killed") matches a background one by chance.
_TOLL_TO_DATE_FLOOR = 100
# The very figure written in both ("67 killed in stampedes in a week" over "67 ... in three stampedes") is no chance
# from a mass toll on.
_EXACT_TOLL_TO_DATE_FLOOR = 20


def _rounds_to(title_value: int, body_value: int) -> bool:
    """Is the title's figure the body's, rounded to the title's last non-zero digit, and within 5% of it?"""
    unit = 1
    while title_value % (unit * 10) == 0 and unit * 10 <= title_value:
        unit *= 10
    gap = abs(title_value - body_value)
    return gap < unit and gap <= title_value * _ROUNDING


def title_told_as_background(claims: list[Claim]) -> list[Claim]:
    """'Gaza toll passes 36,800' over a body that gives 'at least 36,801 Palestinians had been killed ... since the
    war began' as the toll to date: the headline's figure (as written or rounded) is the body's figure of the same
    metric, so it has the body's role (background, cumulative), unless the body also gives it as a total. Only a
    large figure (a rounded one from 100, the very same one from 20): small ones recur by chance."""
    body = [c for c in claims if c.field == "text" and c.value > 0 and not c.singular]
    out: list[Claim] = []
    for claim in claims:
        if (
            claim.field == "title"
            and claim.role is Role.TOTAL
            and not claim.singular
            and claim.value >= _EXACT_TOLL_TO_DATE_FLOOR
        ):
            rounded = claim.value >= _TOLL_TO_DATE_FLOOR
            same = [
                c for c in body
                if c.metric == claim.metric
                and (c.value == claim.value or (rounded and _rounds_to(claim.value, c.value)))
            ]  # fmt: skip
            told = [c for c in same if c.role in (Role.BACKGROUND, Role.CUMULATIVE)]
            if told and not any(c.role is Role.TOTAL for c in same):
                closest = min(told, key=lambda c: abs(c.value - claim.value))
                claim = replace(claim, role=closest.role, update=False)
        out.append(claim)
    return out


def title_told_as_earlier(claims: list[Claim]) -> list[Claim]:
    """'Six killed as coach overturns' over a body that says 'Four people have been confirmed dead ... Earlier, local
    media had reported six deaths': the headline's figure is one the body gives only as replaced, so it is as old as
    that (the body's current figure of the metric is the article's)."""
    body = [c for c in claims if c.field == "text" and c.role is Role.TOTAL and not c.singular and c.value > 0]
    out: list[Claim] = []
    for claim in claims:
        if claim.field == "title" and claim.role is Role.TOTAL and not claim.singular and not claim.earlier_figure:
            same = [c for c in body if c.metric == claim.metric and c.value == claim.value]
            current = [c for c in body if c.metric == claim.metric and not c.earlier_figure]
            if same and all(c.earlier_figure for c in same) and current:
                claim = replace(claim, earlier_figure=True, update=False)
        out.append(claim)
    return out


def beyond_the_dead(claims: list[Claim]) -> list[Claim]:
    """'Twelve people were killed and another 40 injured', 'A further 40 were hurt': with no injured figure before
    it, 'another' counts people beyond the dead, so the figure is the injured total, not an increment."""
    out: list[Claim] = []
    for claim in claims:
        if claim.metric == WOUNDED and claim.role is Role.INCREMENT and not claim.singular:
            before = [c.metric for c in out if c.field == claim.field and c.start < claim.start]
            if KILLED in before and WOUNDED not in before:
                claim = replace(claim, role=Role.TOTAL)
        out.append(claim)
    return out


# a place's share: "in Kentucky alone" (not "in the past week alone")
_MASS_DEATHS = 10  # a toll of people this large tells a disaster
_GROUPS = frozenset(load_lexicon("en").GROUP_NOUNS)
_PEOPLE_SUBJECTS = frozenset(("people", "persons", None))


_GROUP_AFTER = re.compile(
    r"\s+(?:[A-Z]\.)*\s*(?:[\w'-]+\s+){0,2}?(?:" + "|".join(load_lexicon("en").GROUP_PHRASES) + r")\b", re.IGNORECASE
)


def a_groups_hurt_in_a_disaster(claims: list[Claim], body: str | None = None) -> list[Claim]:
    """'Explosions killed 173 people ... Ten police officers were hurt in the blasts': the hurt of one group (a
    trade, a force, a nationality) told beside a disaster's toll of people are a share of the injured, not their
    count. (A shooting's 'two officers were wounded' beside four dead stays the injured figure.)"""
    groups = {id(c) for c in claims if c.metric == WOUNDED and _of_a_group(c, body)}
    if not groups:
        return claims
    if not any(
        c.metric == KILLED and c.role is Role.TOTAL and not c.singular and not c.separate_incident
        and not c.earlier_figure and c.value >= _MASS_DEATHS and c.subject in _PEOPLE_SUBJECTS
        for c in claims
    ):  # fmt: skip
        return claims
    return [replace(c, role=Role.SUBSET) if id(c) in groups and c.role is Role.TOTAL else c for c in claims]


def _of_a_group(claim: Claim, body: str | None) -> bool:
    """Does the claim count a group (`GROUP_NOUNS`, or a `GROUP_PHRASES` phrase right after its number)?"""
    if claim.subject in _GROUPS:
        return True
    return claim.field == "text" and body is not None and _GROUP_AFTER.match(body, claim.end) is not None


# "four Turkish pilgrims", "11 Indonesian nationals": a people's name between a count and the noun it counts
_COUNTED_PEOPLE_OF = re.compile(r"\s+([A-Z][\w'-]+)\s+([a-z][\w'-]+)")
_PERSON_NOUNS = frozenset(load_lexicon("en").PERSON_NOUNS)


def a_nations_share_of_the_dead(claims: list[Claim], body: str | None = None) -> list[Claim]:
    """'The crush killed 769 pilgrims ... Four Turkish pilgrims died in the crush': the dead of one nation told
    beside a larger toll of a disaster are that nation's share (a foreign ministry's count, an embassy's), not the
    toll, however often the report repeats them. (With no larger toll beside them, 'two Mexican nationals were
    killed' is the toll.)"""
    if body is None:
        return claims
    shares = {id(c) for c in claims if c.metric == KILLED and c.role is Role.TOTAL and _of_a_nation(c, body)}
    if not shares:
        return claims
    toll = max(
        (
            c.value for c in claims
            if c.metric == KILLED and c.role is Role.TOTAL and id(c) not in shares and not c.singular
            and not c.separate_incident and not c.earlier_figure
        ),
        default=0,
    )  # fmt: skip
    if toll < _MASS_DEATHS:
        return claims
    return [replace(c, role=Role.SUBSET) if id(c) in shares and c.value < toll else c for c in claims]


def _of_a_nation(claim: Claim, body: str) -> bool:
    """Is the claim's count followed by a demonym and a noun of people ('four Turkish pilgrims')?"""
    if claim.field != "text" or claim.singular:
        return False
    m = _COUNTED_PEOPLE_OF.match(body, claim.end)
    return m is not None and m.group(2) in _PERSON_NOUNS and gazetteer().demonym(fold(m.group(1))) is not None


# Those in hospitals on the day, told with how many of them are critical: "34 people are being treated in hospitals
# across the city, 18 in critical care", "Eighteen people are in critical condition in hospital".
_HOSPITAL_CENSUS = re.compile(
    r"\b(?:are|were|is|was|have\s+been|had\s+been)\s+(?:still\s+)?"
    r"(?:being\s+(?:treated|cared\s+for)\s+(?:in|at|across)"
    r"\s+(?:[\w'-]+\s+){0,3}?hospitals?\b[^.;]*?\b(?:critical|serious)"
    r"|in\s+(?:a\s+)?(?:critical|serious)\s+condition\s+in\s+hospital)",
    re.IGNORECASE,
)
_HURT_WORDS = re.compile(r"\b(?:injur|wound|hurt)", re.IGNORECASE)
# Those in intensive care on the day, however hurt: "Twenty injured people are being treated in intensive care"
_IN_INTENSIVE_CARE = re.compile(
    r"[^.;]{0,80}?\b(?:are|were|is|was)\s+(?:still\s+)?being\s+(?:treated|cared\s+for)\s+in\s+(?:the\s+)?"
    r"(?:intensive|critical)[- ]care\b",
    re.IGNORECASE,
)
# Those a hospital still treats: "Doctors are still treating 109 wounded people in hospital"
_STILL_TREATING = re.compile(r"\bstill\s+(?:treating|caring\s+for)\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE)


def hospital_census(claims: list[Claim], texts: dict[str, str]) -> list[Claim]:
    """The count of those being treated in hospitals on the day, with its critical share, is a census of those in
    care (as 'still in hospital'), not the injured figure, unless the sentence calls them injured."""
    out = []
    for c in claims:
        if c.metric == WOUNDED and c.role is Role.TOTAL and not c.singular:
            text = texts.get(c.field, "")
            sentence = text[c.sentence_start : c.sentence_end].lower()
            if "hospital" not in sentence and " care" not in sentence and "treating" not in sentence:
                out.append(c)
                continue
            m = _HOSPITAL_CENSUS.search(text, c.end, c.sentence_end)
            if (
                (m is not None and not _HURT_WORDS.search(text, c.sentence_start, m.start()))
                or _IN_INTENSIVE_CARE.match(text, c.end, c.sentence_end)
                or _STILL_TREATING.search(text, max(c.sentence_start, c.start - 30), c.start)
            ):
                c = replace(c, role=Role.SUBSET)
        out.append(c)
    return out


_NOT_OWN_ROLES = (Role.CUMULATIVE, Role.BACKGROUND, Role.PARTIAL)
# a part told by the people it counts ("14 students", "four children"), not "six of those deaths"
_PEOPLE_OF_A_KIND = frozenset(load_lexicon("en").PERSON_NOUNS) | _GROUPS


def singles_within_a_larger_part(claims: list[Claim]) -> list[Claim]:
    """'Teacher Scott Roe, 35, was killed ... Among the 14 students killed were ...': with no toll told, the victims
    told one by one beside a part larger than them all (14 students) are some of the dead, never their count, as
    no whole is smaller than its part."""
    out = claims
    # a part of a count over many incidents or of another's ("40 were shot citywide, six of them fatally") is none
    # of the news's own
    others = {(c.field, c.sentence_start) for c in claims if c.separate_incident or c.role in _NOT_OWN_ROLES}
    for metric in (KILLED, WOUNDED):
        mine = [c for c in out if c.metric == metric and not c.separate_incident and not c.earlier_figure]
        singles = [c for c in mine if c.singular and c.role is Role.TOTAL]
        if not singles or any(c.role is Role.TOTAL and not c.singular for c in mine):
            continue
        parts = [c for c in mine if c.role is Role.SUBSET and not c.singular and c.subject in _PEOPLE_OF_A_KIND]
        part = max((c.value for c in parts if (c.field, c.sentence_start) not in others), default=0)
        if part > sum(c.value for c in singles):
            out = [replace(c, role=Role.SUBSET) if any(c is s for s in singles) else c for c in out]
    return out


def another_countrys_hurt(claims: list[Claim]) -> list[Claim]:
    """'Monsoon rains have killed 100 people in Nepal ... At least 35 people were injured in Bangladesh': the hurt
    told for another country than the toll's are that country's share, not the injured count of the toll's event."""
    placed = [
        c for c in claims if c.metric == WOUNDED and c.role is Role.TOTAL and c.location and not c.location_carried
    ]
    if not placed or all(c.location == placed[0].location for c in claims if c.location):
        return claims  # one place named throughout: no other country's share
    toll = next(
        (
            c for c in claims
            if c.metric == KILLED and c.role is Role.TOTAL and not c.singular and not c.separate_incident
            and c.location and not c.location_carried
        ),
        None,
    )  # fmt: skip
    country = _country_of(toll.location) if toll is not None and toll.location else None
    if toll is None or country is None:
        return claims
    apart = {
        id(c) for c in placed
        if c.field == toll.field and c.start > toll.start and not c.location_loose and c.location != toll.location
        and (place := resolve_place(c.location or "")) is not None and place.kind == "country"
        and place.country != country
    }  # fmt: skip
    return [replace(c, role=Role.PARTIAL) if id(c) in apart else c for c in claims]


def _country_of(name: str) -> str | None:
    place = resolve_place(name)
    return place.country if place is not None else None


_OLDER_BY = 3  # days: a figure dated this much before the lead's toll tells an older incident


def _dated_lead(claims: list[Claim], metrics: tuple[str, ...]) -> Claim | None:
    """The body's first count of one of `metrics` that its own words date."""
    return next(
        (
            c for c in claims
            if c.field == "text" and c.metric in metrics and c.role is Role.TOTAL and not c.singular
            and not c.separate_incident and c.incident_date is not None and not c.date_carried
        ),
        None,
    )  # fmt: skip


def older_incidents_by_date(claims: list[Claim]) -> list[Claim]:
    """'Three suicide bombers killed 41 people at the airport on Tuesday night ... On March 19, a suicide bomber
    killed four people and wounded 36 on Istiklal Avenue': figures told after the lead's toll, dated by their own
    words days before it, are an older incident's. With no such toll of the dead, the lead's count of the shot or
    the hurt dates it: 'Four people were shot Sunday night ... the May 2 shooting death of a 19-year-old'."""
    lead = _dated_lead(claims, (KILLED,)) or _dated_lead(claims, (WOUNDED, SHOT))
    if lead is None or lead.incident_date is None:
        return claims
    since = lead.incident_date
    return [
        replace(c, role=Role.BACKGROUND)
        if c.field == "text" and c.start > lead.end and c.metric in (KILLED, WOUNDED) and c.role is Role.TOTAL
        and c.incident_date is not None and not c.date_carried and (since - c.incident_date).days > _OLDER_BY
        else c
        for c in claims
    ]  # fmt: skip


_ALONE = re.compile(r"\b[A-Z][\w'.-]*\s+alone\b")


def alone_beyond_the_whole(claims: list[Claim], body: str | None) -> list[Claim]:
    """'Tornadoes ripped through five states, killing at least 50 people in Kentucky alone ... At a warehouse in
    Illinois, six workers died': a share told with 'alone' says the whole is larger still, so when the text gives no
    total as large it is the article's headline figure (at least that), not a part of a total the text tells. (A
    share opening its sentence, 'In the town of Alba alone, 40 died', stays a part.)"""
    if body is None or "alone" not in body:
        return claims
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.role is not Role.PARTIAL or claim.field != "text" or claim.metric not in (KILLED, WOUNDED):
            continue
        if not _ALONE.search(body, claim.end, claim.sentence_end):  # the event's toll, then its place
            continue
        if any(
            c.metric == claim.metric and c.role is Role.TOTAL and not c.separate_incident and c.value >= claim.value
            for c in claims
        ):
            continue
        out[i] = replace(claim, role=Role.TOTAL)
    return out


# An incident named by its own name, as one recalls an older one: "the Rana Plaza garment factory collapse", "the
# Nimtoli blaze", "the 7/7 bombings" (the name, then up to two lower-case words, then the incident's noun).
_NAMED_INCIDENT = re.compile(
    r"\b[Tt]he\s+((?:(?:[A-Z][\w'’-]*|\d+/\d+)\s+){1,4})(?:[a-z-]+\s+){0,2}?" + _INCIDENT_NOUNS + r"s?\b"
)
_NOT_A_NAME = frozenset(w.capitalize() for w in (*WEEKDAYS, *MONTHS))


def named_older_incident(claims: list[Claim], title: str | None, body: str | None) -> list[Claim]:
    """'A fire tore through warehouses in old Dhaka on Wednesday, killing at least 70 people ... The Rana Plaza
    garment factory collapse killed more than 1,100 people and injured 2,500': a larger toll told after the lead's,
    of an incident named by a name the text has not used before (not the lead's place, not the title's words), with
    no update of a toll, is an older incident's, recalled."""
    if body is None:
        return claims
    lead = next(
        (
            c for c in claims
            if c.field == "text" and c.metric == KILLED and c.role is Role.TOTAL and not c.singular
            and not c.separate_incident
        ),
        None,
    )  # fmt: skip
    if lead is None:
        return claims
    older: set[int] = set()
    for c in claims:
        if (
            c.field != "text" or c.metric != KILLED or c.role is not Role.TOTAL or c.singular or c.update
            or c.sentence_start <= lead.start or c.value <= lead.value or c.sentence_start in older
            or (c.incident_date is not None and not c.date_carried)  # a day of its own: told as news, not recalled
        ):  # fmt: skip
            continue
        m = _NAMED_INCIDENT.search(body, c.sentence_start, c.start)
        if m is None:
            continue
        names = m.group(1).split()
        told = f"{title or ''} {body[: c.sentence_start]}"
        if any(w in _NOT_A_NAME for w in names) or any(re.search(rf"\b{re.escape(w)}\b", told) for w in names):
            continue
        older.add(c.sentence_start)
    return _told_as_background(claims, older)


def _told_as_background(claims: list[Claim], sentences: set[int]) -> list[Claim]:
    """The body's killed and wounded totals of the sentences starting at `sentences`, as an older incident's."""
    if not sentences:
        return claims
    return [
        replace(c, role=Role.BACKGROUND)
        if c.field == "text" and c.sentence_start in sentences and c.metric in (KILLED, WOUNDED)
        and c.role is Role.TOTAL
        else c
        for c in claims
    ]


def undated_years_told_apart(claims: list[Claim], title: str | None, body: str | None, dated: bool) -> list[Claim]:
    """An article no date places in a year: 'An earthquake struck western Nepal late on Friday, killing at least
    128 people ... The 2015 earthquake killed nearly 9,000 people' (or a timeline's '2015 - 9,000 killed in ...'):
    with no publication date, the text's latest year is taken for its own, so a year recalled in passing reads as
    this year's. A sentence after the lead's toll that names a year of its own (not a day's date) the lead and the
    title do not name, with a larger toll told as no update, is an older incident's."""
    if dated or body is None:
        return claims
    lead = next(
        (
            c for c in claims
            if c.field == "text" and c.metric == KILLED and c.role is Role.TOTAL and not c.separate_incident
        ),
        None,
    )  # fmt: skip
    if lead is None or names_a_past_year(body[lead.sentence_start : lead.sentence_end]):
        return claims
    if title is not None and names_a_past_year(title):
        return claims
    older: set[int] = set()
    for c in claims:
        if (
            c.field == "text" and c.metric == KILLED and c.role is Role.TOTAL and not c.update
            and c.sentence_start > lead.start and c.value > lead.value and c.sentence_start not in older
            and names_a_past_year(body[c.sentence_start : c.sentence_end])
        ):  # fmt: skip
            older.add(c.sentence_start)
    return _told_as_background(claims, older)


_SITE_VERBS = ("killed", "kills", "killing", "wounded", "injured", "left", "hit", "struck", "claimed", "tore", "ripped")
_SITE_OPENER = re.compile(
    rf"(?:\b(?:the|a|in the)\s+|(?:^|(?<=[.;]\s)|(?<=\band\s)|(?<=,\s))(?=[Oo]ne\b))"
    rf"(?P<o>{'|'.join(sorted(_EN.SITE_ORDINALS, key=len, reverse=True))})"
    rf"(?=\s*,|\s+(?:{'|'.join(sorted(_EN.SITE_NOUNS, key=len, reverse=True))})s?\b|\s+(?:{'|'.join(_SITE_VERBS)})\b)",
    re.IGNORECASE,
)
_SITE_REACH = 60  # characters from the ordinal to its site's figure


def sites_summed(claims: list[Claim], body: str | None) -> list[Claim]:
    """'Two bombs went off in Kabul on Friday. The first killed 10 people and wounded 35; the second killed 15 and
    wounded 25': each site's figures, told by the site's order, are parts of the attack's whole (25 dead, 60 hurt),
    unless the text gives a whole as large."""
    if body is None or not any(map(body.__contains__, ("first", "second", "other", "One ", "one "))):
        return claims
    added: list[Claim] = []
    for metric in (KILLED, WOUNDED):
        parts: dict[int, Claim] = {}
        for c in sorted((c for c in claims if c.field == "text" and c.metric == metric), key=lambda c: c.start):
            if (
                c.role not in (Role.TOTAL, Role.INCREMENT) or c.singular or c.separate_incident or c.earlier_figure
                or c.derivation is not None
            ):  # fmt: skip
                continue
            opener = None
            for m in _SITE_OPENER.finditer(body, max(c.sentence_start, c.start - _SITE_REACH), c.start):
                opener = m
            if opener is None or re.search(r"[.;]", body[opener.end() : c.start]):
                continue
            parts.setdefault(_EN.SITE_ORDINALS[opener.group("o").lower()], c)
        if 1 not in parts or len(parts) < 2:
            continue
        value = sum(c.value for c in parts.values())
        told = [c for c in claims if c.metric == metric and c.role is Role.TOTAL and not c.separate_incident]
        if any(c.value >= value for c in told if c not in parts.values()):
            continue
        last = max(parts.values(), key=lambda c: c.start)
        added.append(replace(last, value=value, low=None, high=None, role=Role.TOTAL, derivation="derived"))
    return [*claims, *added] if added else claims


_CORRECTED = re.compile(rf"\b(?:{'|'.join(_EN.TOLL_CORRECTION_VERBS)})\b", re.IGNORECASE)
_CORRECTION_STEMS = tuple(sorted({verb[:5] for verb in _EN.TOLL_CORRECTION_VERBS}))
_UPWARD = re.compile(rf"\b(?:{'|'.join(_EN.TOLL_UPWARD)})\b", re.IGNORECASE)
# The figure told before, set right: "(had risen to 48,) but later said the correct number was 41"
_SET_RIGHT = re.compile(
    rf"\bthe\s+(?:{'|'.join(_EN.CORRECTED_TOLL_ADJECTIVES)})\s+(?:{'|'.join(_EN.ANAPHORIC_TOLL_HEADS)}|toll|death\s+toll)\b",
    re.IGNORECASE,
)


# Right after a figure, the larger one it replaces: "the coroner says 2 people died, not 3"
_NOT_THE_FIGURE = re.compile(r"[^.;,]{0,30},\s*not\s+(?P<n>\d[\d,]*|[a-z]+)\b", re.IGNORECASE)


def _replaces_larger(c: Claim, body: str) -> bool:
    m = _NOT_THE_FIGURE.match(body, c.end, c.sentence_end)
    if m is None:
        return False
    n = m.group("n").lower().replace(",", "")
    value = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
    return isinstance(value, int) and value > c.value


def corrected_down(claims: list[Claim], body: str | None) -> list[Claim]:
    """'The blast killed 25 people ... On Sunday officials revised the death toll to 23': a toll corrected with no
    word of its direction, to less than the figure the text told before, is revised down (so it is the latest
    figure, not a part or a stale line). So is a figure told with the larger one it replaces ('2 people died, not
    3')."""
    if body is None:
        return claims
    lower = lower_kept(body)  # (a scan for the verbs' stems first: the case-blind pattern is slow over a whole text)
    corrected = any(map(lower.__contains__, _CORRECTION_STEMS)) and _CORRECTED.search(body) is not None
    set_right = any(map(lower.__contains__, _EN.CORRECTED_TOLL_ADJECTIVES)) and _SET_RIGHT.search(body) is not None
    if not corrected and not set_right and "not " not in body:
        return claims
    out = list(claims)
    for i, c in enumerate(claims):
        if c.field != "text" or c.revised_down or c.role is not Role.TOTAL or c.singular:
            continue
        if not c.update and c.metric in (KILLED, WOUNDED) and _replaces_larger(c, body):
            out[i] = replace(c, update=True, revised_down=True)
            continue
        if set_right and c.update and _set_right_below(c, claims, body):
            out[i] = replace(c, revised_down=True)
            continue
        before = body[c.sentence_start : c.start]
        if not c.update or not corrected or _CORRECTED.search(before) is None or _UPWARD.search(before):
            continue
        if any(
            o.field == "text" and o.metric == c.metric and o.role is Role.TOTAL and o.start < c.sentence_start
            and o.value > c.value and not o.separate_incident and not o.singular
            for o in claims
        ):  # fmt: skip
            out[i] = replace(c, revised_down=True)
    return out


def _set_right_below(c: Claim, claims: list[Claim], body: str) -> bool:
    """Is `c` told as the figure set right ('the correct number was 41') after a larger one of its kind told before
    that phrase ('the toll had risen to 48, but later said the correct number was 41')?"""
    phrase = None
    for m in _SET_RIGHT.finditer(body, c.sentence_start, c.start):
        phrase = m
    if phrase is None or re.search(r"[.;]", body[phrase.end() : c.start]):
        return False
    if _UPWARD.search(body, phrase.end(), c.start):
        return False
    return any(
        o.field == "text" and o.metric == c.metric and o.role is Role.TOTAL and o.end <= phrase.start()
        and o.value > c.value and not o.separate_incident and not o.singular
        for o in claims
    )  # fmt: skip


# A stretch of weeks a count runs over, not one incident: "during this year's hajj", "this monsoon season", "since the
# start of the rainy season", "since June".
_A_SEASON = re.compile(
    r"\b(?:(?:during|over|throughout|in|of)\s+this\s+year['’]s\s+[a-z]+"
    r"|(?:this|the)\s+(?:[a-z]+\s+)?season\b"
    r"|since\s+(?:the\s+(?:start|beginning|onset)\s+of\b|(?:early\s+|mid-?|late\s+)?(?:"
    + "|".join(m.capitalize() for m in MONTHS)
    + r")\b))",
)
_ONE_INCIDENT = re.compile(r"\b" + _INCIDENT_NOUNS + r"s?\b", re.IGNORECASE)


def a_season_beyond_the_lead(claims: list[Claim], body: str | None) -> list[Claim]:
    """'A crush at the Jamarat bridge killed 14 pilgrims on Thursday ... More than 1,200 pilgrims have died during this
    year's hajj, mostly of heat': a larger count told after the lead's toll, over a season or since a month, naming
    no incident of its own, sums many deaths over weeks (cumulative), not the lead incident's toll. (An article whose
    lead is the season's count keeps it: no smaller toll comes first.)"""
    if body is None or not any(map(body.__contains__, ("season", "since", "year's", "year’s"))):
        return claims
    lead = next(
        (
            c for c in claims
            if c.field == "text" and c.metric == KILLED and c.role is Role.TOTAL and not c.singular
            and not c.separate_incident and not c.earlier_figure
        ),
        None,
    )  # fmt: skip
    if lead is None:
        return claims
    seasons: set[int] = set()
    for c in claims:
        if (
            c.field != "text" or c.metric not in (KILLED, WOUNDED) or c.role is not Role.TOTAL or c.update
            or c.sentence_start <= lead.sentence_start or c.value <= lead.value or c.sentence_start in seasons
        ):  # fmt: skip
            continue
        sentence = body[c.sentence_start : c.sentence_end]
        if _A_SEASON.search(sentence) and not _ONE_INCIDENT.search(sentence):
            seasons.add(c.sentence_start)
    if not seasons:
        return claims
    return [
        replace(c, role=Role.CUMULATIVE, update=False)
        if c.field == "text" and c.sentence_start in seasons and c.metric in (KILLED, WOUNDED) and c.role is Role.TOTAL
        else c
        for c in claims
    ]


# "Nine others remain hospitalized", "four other people remain in critical condition": those the text has not
# counted yet, beyond the dead told before, still in care.
_OTHERS_STILL_IN_HOSPITAL = re.compile(
    r"\s+(?:other\s+(?:people|victims|persons)|others)\s+(?:remain(?:ed|s)?|(?:are|were|is|was)\s+still)\s+"
    r"(?:hospitali[sz]ed|in\s+(?:the\s+)?hospitals?|in\s+(?:critical|serious|stable|fair|grave)\s+condition)\b",
    re.IGNORECASE,
)


def others_still_in_hospital(claims: list[Claim], body: str | None) -> list[Claim]:
    """'Three people were killed. Nine others remain hospitalized.': with no injured figure told, those others in
    hospital after the toll are the injured the text counts (as 'four others were hospitalized' is), not a part of
    a figure it never gives."""
    if body is None or any(c.metric == WOUNDED and c.role is Role.TOTAL and not c.earlier_figure for c in claims):
        return claims
    toll = next((c for c in claims if c.metric == KILLED and c.role is Role.TOTAL and c.field == "text"), None)
    if toll is None:
        return claims
    for i, c in enumerate(claims):
        if (
            c.metric == WOUNDED and c.role is Role.SUBSET and c.field == "text" and c.start > toll.end
            and _OTHERS_STILL_IN_HOSPITAL.match(body, c.end)
        ):  # fmt: skip
            return [*claims[:i], replace(c, role=Role.TOTAL), *claims[i + 1 :]]
    return claims
