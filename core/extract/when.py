"""When a claim is about: the date the text gives the incident.

Dates are resolved with a few precompiled patterns on the claim's sentence (explicit "October 11, 2020",
"Oct. 4", weekdays, "yesterday"), against `published_at` or else an explicit full date in the text. This
avoids running dateparser over whole articles. (Split from `where_when`, which keeps the places and
re-exports these names.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from core.dates import FIRST_ORDINAL, LAST_ORDINAL, add_days, easter, nth_weekday
from core.extract.ascii_twin import ascii_twin, compile_twin
from core.extract.clean import keyword_view, lowercase_twin
from core.extract.lexicon import WEEKDAYS
from core.extract.numbers import MONTHS
from core.extract.regroup import regrouped_by_first_letter
from core.extract.world_dates import page_stamp
from core.quick_init import quick_init

# The day's first digit is read before the look-behind ("(?<![\d,.:/-]\d)" after it checks the character before
# it): the same matches as "(?<![\d,.:/-])(\d{1,2})", but the engine skips to the next digit in one tight loop
# instead of trying a look-ahead at every character (a third faster over a whole text).
_DAY = compile_twin(r"(\d(?<![\d,.:/-]\d)\d?)(?:st|nd|rd|th)?\b(?![,.:]\d)")
_MONTH_BEFORE = re.compile(r"\b([A-Za-z]{3,9})\.?\s+$")
_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?([A-Za-z]{3,9})\b\.?")
_YEAR_AFTER = re.compile(r",?\s+((?:19|20)\d\d)\b")
# Each opens on a look-ahead for its words' first letters (ignoring case, like the words): the same matches, but
# the engine tries the boundary and the words only there, not at every character
_WEEKDAY_FIRSTS = "l" + "".join(sorted({d[0] for d in WEEKDAYS}))  # of 'last' and of the days
_WEEKDAY = re.compile(
    rf"(?=[{_WEEKDAY_FIRSTS}])\b(?P<last>last\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE
)
_RELATIVE_DAY = re.compile(
    r"(?=[ytlo])\b(?P<rel>yesterday|today|tonight|last night|this morning|overnight)\b", re.IGNORECASE
)
# "three days ago", "a week ago", "two weeks ago" (days and weeks as many back)
_DAYS_AGO = re.compile(
    r"\b(?:(?P<n>two|three|four|five|six|[2-6]) days|(?P<w>a|one|two|three|[1-3]) weeks?) ago\b", re.IGNORECASE
)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Words every match of a pattern holds, looked for in the lower-cased span before the pattern's scan (which tries its
# boundary at every character): each weekday's name ends in 'day'; 'yesterday', 'today', 'tonight', 'last night',
# 'this morning', 'overnight'. No letter of theirs is one a case-insensitive pattern matches beyond what lower-casing
# gives (as 'ı' matches 'i', 'ſ' matches 's').
_WEEKDAY_WORDS = ("day",)
_RELATIVE_DAY_WORDS = ("day", "ght", "morn")
_DAYS_AGO_WORDS = (" ago",)


@quick_init
@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: date
    # The date of something that followed the incident ("was indicted Tuesday", "a vigil Friday",
    # "(Published Monday, Sept. 19)"), not the incident's own date.
    later_step: bool = False
    # The day a wire's dateline gives ("BAKU, Oct 4 (Reuters) -"): when the story was filed, the incident's own
    # date only when the sentence gives no other.
    filed: bool = False
    # A day that dates the incident only when no sentence about it gives another: the day a post quoted in the page
    # was posted ("... - Jane Roe (@janeroe) June 26, 2016"; a post about a shooting may be the next morning's), and
    # a holiday named as a celebration's ("a Fourth of July block party" may be held on the Sunday before).
    fallback: bool = False


# Words that date a later step of the story rather than the incident: justice, funerals, statements, stamps.
_LATER_STEP = re.compile(
    r"\b(?:arrest(?:ed|s)?|charg(?:ed|es)|indict(?:ed|ment)|arraign(?:ed|ment)|sentenc(?:ed|ing)|plead(?:ed|s)?|pled"
    r"|convict(?:ed|ion)|booked|jailed|court(?:room|house)?|judge|jurors?|testimony|hearing|trial|jury|testif(?:ied|y)|funerals?|vigils?|memorial"
    r"|(?-i:service)"  # a funeral's, not the 'Marshals Service' or a 'Service Road' a name holds
    r"|autops(?:y|ies)|burial|published|posted|updat(?:e|es|ed)|said|says|announced|told|confirmed|released"
    r"|identif(?:ied|y|ying)|named|surrendered|custody|bond|bail|appeared|filed|scheduled|rally|march|protest|meeting"
    r"|(?:press|news) conference|warrant|extradit(?:ed|ion)|captured|apprehended|mourn(?:s|ed|ing)?"
    r"|pleas?|guilty|ordered"  # "was ordered Wednesday to stand trial": a judge's order
    r"|resum(?:e|ed|es|ing)|reopen(?:ed|s|ing)?"
    # a state told on the day it was told: "remained in critical condition Sunday night after the shooting"
    r"|remain(?:s|ed)?|condition)\b",
    re.IGNORECASE,
)
# What is still to come, before the day it dates: "schools will be closed Friday", "on life support until Sunday"
# (after a date it tells what follows: "shot Friday, and the family will ...").
_STILL_TO_COME = re.compile(r"\b(?:(?-i:will)|until)\b", re.IGNORECASE)
# A death told after the wound in one sentence ("shot during a dispute ... died on Tuesday"): a later day's.
_DIED = re.compile(r"\b(?:died|pronounced dead)\b", re.IGNORECASE)
# Words that date the incident itself.
_INCIDENT_STEP = re.compile(
    # the look-ahead holds every word's first letter: positions that start none are passed over at once
    r"\b(?=[abcdefghiklmoqrstw])(?:shot|shoot(?:ing|ings|s)?|killed|killing|wounded|injured|fired|gunfire|gunshots?|slain|stabbed"
    # "the fire began on Sunday", but "began identifying the dead on Sunday": the gerund's step
    r"|attack(?:ed)?|struck|strikes?|shelled|shelling|explo(?:ded|sions?)|happened|occurred|began(?!\s+[a-z]+ing\b)"
    r"|erupted|went\s+off|discharged"  # "the gun went off", "a rifle discharged": an accidental shooting
    r"|broke out|opened fire|rampage|crash(?:ed|es)?"
    # disasters and attacks of world news: "the blasts in Tianjin on Wednesday", "Friday's quake"
    r"|blasts?|bomb(?:s|ed|ing|ings)?|airstrikes?|missiles?|blaze|fire|collapsed?|(?:earth)?quakes?|tremors?"
    r"|(?<!-)(?<!worst )(?<!hardest )(?<!hard )(?<!badly )hit"  # not "the hardest hit area", "worst-hit towns"
    r"|floods?|flooding|landslides?|mudslides?|stampede|crush(?:ed)?|capsized|sank|sinking|derailed|derailment|tsunami"
    r"|collided|collision"
    r"|storm|hurricane|typhoon|cyclone|tornado|wildfires?|avalanche|eruption|massacre|ambush(?:ed)?)\b",
    re.IGNORECASE,
)
_INCIDENT_STEP_LOWER = ascii_twin(lowercase_twin(_INCIDENT_STEP))
# Asked only whether a sentence holds an incident word (`incident_date_in`): regrouped by first letter, the engine
# tries one alternative per letter at each word start instead of all 55
_HOLDS_INCIDENT_STEP_LOWER = ascii_twin(regrouped_by_first_letter(lowercase_twin(_INCIDENT_STEP)))
# A date right before an incident word, with at most a possessive and one adjective between ("Sunday's deadly
# strike", "the August 12 explosions", "the Oct. 25 murder"); a preposition between is no adjective: "charged Tuesday
# with killing four", "pleaded guilty Monday to killing" date the charge and the plea.
_NAMED_INCIDENTS = r"|murders?|homicides?|slayings?)\b"
_INCIDENT_NAMED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:to|with|in|for|of|after|before|by|from|on|at|and|or|over|into|during)\s)[a-z]+\s+)?"
    + _INCIDENT_STEP.pattern.removesuffix(r")\b")
    + _NAMED_INCIDENTS,
    re.IGNORECASE,
)
# A speech verb dates the telling only right before the date ("police said Tuesday", "told reporters on Monday");
# with a clause between, the date is the clause's ("said a call at 1:30 p.m. Thursday reported a shot man").
_SPEECH = re.compile(r"said|says|announced|told|confirmed", re.IGNORECASE)
_TOLD_ON = re.compile(r"(?:\s+[\w.'’]+){0,4}?\s+", re.IGNORECASE)
_STEP_LOOKBACK = 70  # characters before a date searched for the step it dates
_STEP_LOOKAHEAD = 30


def is_later_step(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Does the date at text[start:end] date a later step ("indicted Tuesday") rather than the incident?

    The nearest step word before the date decides ("was arrested Monday in the shooting"); without one, the
    nearest after it ("on Monday, police arrested ..."). A date with no step word near it is the incident's.
    """
    if _INCIDENT_NAMED_AFTER.match(text, end, min(sentence_end, end + _STEP_LOOKAHEAD)):
        return False  # "the August 12 explosions", "Sunday's strike": the date names the incident itself
    lo = max(sentence_start, start - _STEP_LOOKBACK)
    before: tuple[int, bool] | None = None
    for pattern, later in ((_LATER_STEP, True), (_STILL_TO_COME, True), (_DIED, True), (_INCIDENT_STEP, False)):
        for m in pattern.finditer(text, lo, start):
            if later and _SPEECH.fullmatch(m.group()) and not _TOLD_ON.fullmatch(text, m.end(), start):
                continue  # "said a call just before 1:30 p.m. Thursday reported a gunshot": the call's day
            if pattern is _DIED and not _INCIDENT_STEP.search(text, sentence_start, m.start()):
                continue  # "died Tuesday in a shooting": the death is the incident
            # "opened fire into a vigil Monday evening": the gathering is where it happened
            step_later = later and not _scene_of_the_incident(text, sentence_start, m)
            if not later and _told_by_day_name(text, start, end):
                step_later = _named_in_a_court_step(text, sentence_start, m.start())  # "charged in the shooting Monday"
            if before is None or m.start() > before[0]:
                before = (m.start(), step_later)
    if before is not None:
        return before[1]
    hi = min(sentence_end, end + _STEP_LOOKAHEAD)
    after: tuple[int, bool] | None = None
    for pattern, later in ((_LATER_STEP, True), (_INCIDENT_STEP, False)):
        first = pattern.search(text, end, hi)
        if (
            first
            and later
            and _ATTRIBUTION_CLOSE.match(text, end)
            and _INCIDENT_STEP.search(text, sentence_start, start)
        ):
            continue  # "87 were killed in a stampede ... on Tuesday, officials said.": who told it, not a later step
        if first and (after is None or first.start() < after[0]):
            after = (first.start(), later)
    return after is not None and after[1]


# Gatherings that follow a death ("a vigil Friday", "the funeral Saturday") unless the incident happened at one: "a
# gunman opened fire into a vigil Monday evening", "two were shot during a funeral Saturday".
_GATHERINGS = frozenset(["vigil", "vigils", "funeral", "funerals", "memorial", "rally", "march", "protest", "meeting"])
_AT_A_GATHERING = re.compile(
    r"\b(?:at|into|during)\s+(?:(?:a|an|the|this|that|his|her|their)\s+)?(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Who gathers, or another time, between the incident's word and the gathering: "the man shot last week, gathered at a
# vigil Monday" is the vigil's day
_GATHERED = re.compile(r"\b(?:gather\w*|held|hold\w*|attend\w*|organi[sz]\w*|came|met|spoke|last|earlier)\b", re.I)
_GATHERING_REACH = 40  # characters between the incident's word and the gathering's


# A court step of the story, and the incident named after it as what the step is about: "Prosecutors filed 305
# counts against the suspect in the Club Q shooting on Tuesday", "was indicted for the attack on Monday": the day
# is the step's (the incident is named, not told, there)
_COURT_STEP = re.compile(
    r"\b(?:filed|(?:was|were|been|be)\s+charged|charged\s+(?:him|her|them|the)|indicted|arraigned|sentenced|pleaded"
    r"|pled|appeared\s+in\s+(?:\w+\s+)?court|convicted)\b",
    re.IGNORECASE,
)
_INCIDENT_NAMED_AS_OBJECT = re.compile(
    r"\b(?:in|for|over|to|with|of)\s+(?:connection\s+with\s+)?the\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE
)


def _told_by_day_name(text: str, start: int, end: int) -> bool:
    """Is the date a weekday or a day told from today ('on Tuesday', 'yesterday')? A court report tells its own step
    so; a month and day after the incident's name ('in the shooting on Aug. 20') are mostly the incident's."""
    told = text[start:end]
    return _WEEKDAY.search(told) is not None or _RELATIVE_DAY.search(told) is not None


def _named_in_a_court_step(text: str, sentence_start: int, at: int) -> bool:
    """Is the incident word at `at` a name of the incident the sentence's court step is about ('charged in the
    shooting'), with no incident told between the step and the name, so that a date after it dates the step?"""
    named = _INCIDENT_NAMED_AS_OBJECT.search(text, sentence_start, at)
    if named is None:
        return False
    steps = [m.end() for m in _COURT_STEP.finditer(text, sentence_start, named.start())]
    return bool(steps) and not _INCIDENT_STEP.search(text, steps[-1], named.start())


def _scene_of_the_incident(text: str, sentence_start: int, word: re.Match[str]) -> bool:
    """Is the later step's word a gathering the sentence tells the incident happened at ("fired into a vigil")?"""
    if word.group().lower() not in _GATHERINGS:
        return False
    lo = max(sentence_start, word.start() - _GATHERING_REACH)
    incident = _INCIDENT_STEP.search(text, lo, word.start())
    return (
        incident is not None
        and _AT_A_GATHERING.search(text, incident.end(), word.start()) is not None
        and _GATHERED.search(text, incident.end(), word.start()) is None
    )


# The date ends the sentence's story and the sentence closes on who told it: ", officials said."
_ATTRIBUTION_CLOSE = re.compile(
    r"(?:\s+(?:night|morning|evening|afternoon))?,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:said|says|told reporters)\s*[.\n]"
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def explicit_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int, int | None]]:
    """(start, end, month, day, year or None) for every 'October 11, 2020' / '4 October' in the span.

    Scans day numbers first and looks at the word beside each: much cheaper than a month alternation.
    """
    return list(_explicit_dates(text, start, len(text) if end is None else end))


def _explicit_dates(text: str, start: int, end: int) -> Iterator[tuple[int, int, int, int, int | None]]:
    """`explicit_dates`, one at a time: `anchor_date` needs only the first full one."""
    for day_match in _DAY.finditer(text, start, end):
        day = int(day_match.group(1))
        if not 1 <= day <= 31:
            continue
        before = _MONTH_BEFORE.search(text, max(start, day_match.start() - 12), day_match.start())
        if before and before.group(1).lower() in MONTHS:
            year_match = _YEAR_AFTER.match(text, day_match.end(), end)
            year = int(year_match.group(1)) if year_match else None
            stop = year_match.end() if year_match else day_match.end()
            yield before.start(), stop, MONTHS[before.group(1).lower()], day, year
            continue
        after = _MONTH_AFTER.match(text, day_match.end(), end)
        if after and after.group(1).lower() in MONTHS:
            year_match = _YEAR_AFTER.match(text, after.end(), end)
            year = int(year_match.group(1)) if year_match else None
            stop = year_match.end() if year_match else after.end()
            yield day_match.start(), stop, MONTHS[after.group(1).lower()], day, year


# A date in figures as American pages write it, month first ('Published: Monday, 1/25/2016', '(FOX 11/2/2015)',
# 'UPDATE: (09/12/16)'): with no publication date, a day the text's weekdays may count from
_NUMERIC_US_DATE = re.compile(r"(?=\d)(?<![\d/.-])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/((?:19|20)?\d\d)(?![\d/])")


def anchor_date(text: str) -> date | None:
    """The day a page's stamp at the head of the text gives ('date 2024-10-31 Rescuers ...'), else the first explicit
    full date ('Sunday, October 11, 2020', '1/25/2016') in the text: the reference for weekdays with no publication
    date."""
    stamp = page_stamp(text)
    if stamp is not None:
        return stamp
    written = next(
        (
            (start, resolved)
            for start, _, month, day, year in _explicit_dates(text, 0, len(text))
            if year is not None and (resolved := _safe_date(year, month, day)) is not None
        ),
        None,
    )
    stop = written[0] if written else len(text)
    slash = text.find("/", 0, stop)
    while slash >= 0:  # a slash is rarer than a digit: look for the date only around one
        m = (
            _NUMERIC_US_DATE.search(text, max(0, slash - 2), min(stop, slash + 9))
            if 0 < slash < len(text) - 1 and text[slash - 1].isdigit() and text[slash + 1].isdigit()
            else None
        )
        if m is not None:
            year = int(m.group(3))
            year += 0 if year >= 100 else 1900 if year >= 70 else 2000
            resolved = _safe_date(year, int(m.group(1)), int(m.group(2)))
            if resolved is not None:
                return resolved
        slash = text.find("/", (m.end() if m is not None else slash) + 1, stop)
    if written is not None:
        return written[1]
    # "Copyright 2014 WMC": the page's year, which a day and month it writes without one are in
    copyright = _COPYRIGHT_YEAR.search(text) if "©" in text or "opyright" in text or "OPYRIGHT" in text else None
    if copyright is None:
        return None
    year = int(copyright.group(1))
    return next(
        (d for _, _, month, day, _ in _explicit_dates(text, 0, len(text)) if (d := _safe_date(year, month, day))), None
    )


_COPYRIGHT_YEAR = re.compile(r"(?=[Cc©])(?:\bCopyright|©)\s*(?:©\s*)?((?:19|20)\d\d)(?![\d-])", re.IGNORECASE)


def filed_date(text: str, published: date | None, ahead: int) -> date | None:
    """The day a wire's dateline says the story was filed ("HOUSTON, Nov. 16 (Xinhua) --"): the story's own today,
    which its weekdays and "overnight" count from (a publication date may be the next day's)."""
    head_end = text.find("\n", 0, _DATELINE_REACH)
    head_end = head_end if head_end > 0 else min(len(text), _DATELINE_REACH)
    for mention in dates_in(text, 0, head_end, published, ahead):
        if mention.filed:
            return mention.value
    return None


_DATELINE_REACH = 120  # characters of the first line a dateline's day may be in
# A page's own stamp of when the story was first put up: "Posted: Sunday, March 10, 2013 10:02 AM EST"
_POSTED = re.compile(r"\bPosted(?:\s+on)?:?\s+(?:[A-Z][a-z]+day,?\s+)?$")
_POSTED_REACH = 300  # characters of the text's head such a stamp is looked for in


def posted_date(text: str, published: date | None) -> date | None:
    """The day the page's 'Posted:' stamp gives, when it is before the publication date: a story crawled or
    updated later was written on that day, and its weekdays count from it ("early Sunday" in a story posted on
    Sunday, March 10 and given a publication date two weeks on is March 10)."""
    if published is None:
        return None
    for start, _end, month, day, year in _explicit_dates(text, 0, min(len(text), _POSTED_REACH)):
        if year is None or not _POSTED.search(text, max(0, start - 30), start):
            continue
        stamp = _safe_date(year, month, day)
        return stamp if stamp is not None and stamp < published else None
    return None


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# An age reached on the day ("who turned 2 on Sunday, died Tuesday in a shooting", "she would have been 30 on June
# 13", "would have celebrated his 18th birthday Friday"): a birthday's day, never the incident's. An age is needed:
# "the fight turned deadly Sunday" is the incident's turn.
_AGE_ON = re.compile(
    r"\b(?:turn(?:ed|s)|would(?:\s+have|'ve)\s+(?:been|turned))\s+(?:\d{1,3}|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)(?:-[a-z]+)?)(?:\s+years?(?:\s+old|\s+of\s+age)?)?\s+(?:on\s+|last\s+)?$"
    r"|\bwould(?:\s+have|'ve)\s+celebrated\s+(?:his|her|their)\s+\w+\s+birthday\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_AGE_REACH = 60  # characters before a date an age reached on it is looked for in


# A page's machine stamp: a date with a clock time right after it, to the second or with its time zone ("( Mon Mar 09
# 17:08:35 PDT 2015 )", "Updated: Monday, March 9, 2015 5:08 PM EDT"): when the page was made, never the incident's
# day. A time told with "at" ("on March 9 at 5:08 p.m.") is the incident's.
_STAMP_AFTER = re.compile(r"[ \t]+\d{1,2}:\d\d(?::\d\d\b|[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[ECMP][SD]T|GMT|UTC)\b)")


def _age_day(text: str, lo: int, at: int) -> bool:
    window = text[lo:at]
    return ("turn" in window or "would" in window) and _AGE_ON.search(text, lo, at) is not None


# A post quoted in the page, signed by its author's handle and the day it was posted: "... pic.twitter.com/x -
# Jane Roe (@janeroe) June 26, 2016". Its day is the post's, which may be the next day's (a story told overnight).
_POSTED_BY_HANDLE = re.compile(r"\(@\w{1,30}\)\s*$")


def _since(text: str, start: int) -> bool:
    """Does the date open a period ("injured since July 14", "since Sunday")? A toll over it is no incident's."""
    return _SINCE.search(text, max(0, start - 10), start) is not None


# Holidays news dates incidents by ("shot on Easter", "a Fourth of July party", "Halloween night"): the name's day
# in the year the reference gives (the year before when that would be more than `ahead` days after it). How each
# falls: a fixed month and day, the n-th weekday of a month (Monday is 0, -1 the last), or days from Easter.
_HOLIDAY_DAYS: dict[str, tuple[str, int, int, int]] = {
    "christmas eve": ("fixed", 12, 24, 0),
    "christmas": ("fixed", 12, 25, 0),
    "new year's eve": ("fixed", 12, 31, 0),
    "new year's day": ("fixed", 1, 1, 0),
    "fourth of july": ("fixed", 7, 4, 0),
    "july fourth": ("fixed", 7, 4, 0),
    "independence day": ("fixed", 7, 4, 0),
    "halloween": ("fixed", 10, 31, 0),
    "valentine's day": ("fixed", 2, 14, 0),
    "st. patrick's day": ("fixed", 3, 17, 0),
    "cinco de mayo": ("fixed", 5, 5, 0),
    "juneteenth": ("fixed", 6, 19, 0),
    "veterans day": ("fixed", 11, 11, 0),
    "martin luther king day": ("nth", 1, 0, 3),
    "mlk day": ("nth", 1, 0, 3),
    "memorial day": ("nth", 5, 0, -1),
    "mother's day": ("nth", 5, 6, 2),
    "father's day": ("nth", 6, 6, 3),
    "labor day": ("nth", 9, 0, 1),
    "thanksgiving": ("nth", 11, 3, 4),
    "easter": ("easter", 0, 0, 0),
    "good friday": ("easter", 0, 0, -2),
}
# Names said of a season as well as a day ("Christmas shopping", "an Easter egg hunt") date only with a cue: "on",
# "late", "early" before them or a part of the day after ("Christmas night"); the others ("Memorial Day") always,
# unless a longer stretch follows ("Memorial Day weekend").
_SEASONS = frozenset(["christmas", "halloween", "thanksgiving", "easter"])
# A holiday's name is written with a capital: the leading look-ahead lets the engine skip to the next capital
_HOLIDAY = re.compile(
    r"(?=[CEFGHIJLMNSTV])\b(?i:(?P<name>christmas eve|christmas|new year['’]s (?:eve|day)|fourth of july|july fourth"
    r"|independence day|halloween|valentine['’]s day|st\.? patrick['’]s day|cinco de mayo|juneteenth|veterans day"
    r"|martin luther king(?: jr\.?)? day|mlk day|memorial day|mother['’]s day|father['’]s day|labor day|thanksgiving"
    r"|easter|good friday)(?P<day>\s+(?:day|sunday|thursday))?)\b"
)
_HOLIDAY_YEAR = re.compile(r",?\s+(?:(?:of|in)\s+)?((?:19|20)\d\d)\b")
# A gathering after the name ("a Fourth of July block party", "the MLK Day parade"): the celebration's, which may be
# held on a day near the holiday; it dates the incident when nothing else does
_CELEBRATION_AFTER = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:part(?:y|ies)|celebrations?|cookouts?|parades?|festivals?|festivities|gatherings?"
    r"|picnics?|barbecues?|bash|events?|fireworks)\b",
    re.IGNORECASE,
)
_HOLIDAY_CUE_BEFORE = re.compile(r"\b(?:on|late|early|this|last)\s+(?:the\s+)?$", re.IGNORECASE)
_HOLIDAY_PART_AFTER = re.compile(r"\s+(?:eve\b|night|morning|evening|afternoon)", re.IGNORECASE)
_HOLIDAY_STRETCH_AFTER = re.compile(r"(?:['’]s)?\s+(?:weekend|week|holiday|season|break)", re.IGNORECASE)


_HOLIDAY_DAYS_OFF = 3  # days between a holiday and a weekday or date beside it that tell one celebration


def _near_other_day(holiday: DateMention, found: list[DateMention], holidays: list[DateMention]) -> bool:
    day = holiday.value.toordinal()
    return any(0 < abs(d.value.toordinal() - day) <= _HOLIDAY_DAYS_OFF for d in found if d not in holidays)


def _holiday_day(name: str, year: int) -> date | None:
    if not FIRST_ORDINAL < date(min(max(year, 1), 9999), 1, 1).toordinal() < LAST_ORDINAL - 366:
        return None  # no holiday at the calendar's ends
    kind, month, day, n = _HOLIDAY_DAYS[name]
    if kind == "fixed":
        return date(year, month, day)
    if kind == "nth":
        return nth_weekday(year, month, day, n)
    return add_days(easter(year), n)


# A word of every holiday's name: a text holding none (most) is not scanned for them
_HOLIDAY_WORDS = (
    *("christmas", "new year", "of july", "july fourth", "independence day", "halloween", "valentine", "patrick's"),
    *("patrick’s", "cinco de mayo", "juneteenth", "veterans day", "luther king", "mlk", "memorial day", "r's day"),
    *("r’s day", "labor day", "thanksgiving", "good friday"),
)


@lru_cache(maxsize=8)
def _names_a_holiday(text: str) -> bool:
    lowered = text.lower()
    return any(map(lowered.__contains__, _HOLIDAY_WORDS)) or lowered.count("easter") > lowered.count("eastern")


def _holidays(text: str, start: int, end: int, reference: date, ahead: int) -> Iterator[DateMention]:
    if not _names_a_holiday(text):
        return
    for m in _HOLIDAY.finditer(text, start, end):
        name = re.sub(r"\s+", " ", m.group("name").lower().replace("’", "'"))
        name = "st. patrick's day" if name.startswith("st") else name
        name = "martin luther king day" if name.startswith("martin") else name
        if _HOLIDAY_STRETCH_AFTER.match(text, m.end()):
            continue  # "over the Memorial Day weekend": which day is not said
        if name in _SEASONS and not (
            m.group("day")
            or _HOLIDAY_CUE_BEFORE.search(text, max(start, m.start() - 12), m.start())
            or _HOLIDAY_PART_AFTER.match(text, m.end())
        ):
            continue
        written = _HOLIDAY_YEAR.match(text, m.end(), end)  # "on St. Patrick's Day of 2012"
        if written is not None:
            day = _holiday_day(name, int(written.group(1)))
        else:
            day = _holiday_day(name, reference.year)
            if day is not None and day > add_days(reference, ahead):
                day = _holiday_day(name, reference.year - 1)
        if day is not None:
            stop = written.end() if written else m.end()
            yield DateMention(m.start(), stop, day, fallback=_CELEBRATION_AFTER.match(text, stop) is not None)


# What may stand between a weekday and the day and month it names ("Friday, Feb. 24", "Monday night, May 23"):
# the weekday is that date's, not the one counted back from the publication (when the date falls on it: a
# weekday a writer got wrong beside a date may be the right one).
_NAMES_DATE_AFTER = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?,?\s+(?:the\s+)?")


# How far past its reference a date without a year may fall and still be read in the reference's year. A
# publication date leaves a week (a funeral or a court date ahead); a date taken from the text itself, which
# may be the first of several days it tells, leaves a month.
AHEAD_OF_PUBLICATION = 7
AHEAD_OF_TEXT_DATE = 31


def dates_in(
    text: str, start: int, end: int, reference: date | None, ahead: int = AHEAD_OF_TEXT_DATE
) -> list[DateMention]:
    """Dates mentioned in text[start:end], resolved against `reference` where the year or day is implicit.

    A month and day without a year are the reference's year unless that falls more than `ahead` days after
    it: "Sept. 20" in a story published in late August a year on is last September's."""
    return list(_dates_in(text, start, end, reference, ahead))


@lru_cache(maxsize=32)  # pure; the incident date and the claims ask for the same sentence, a few calls apart
def _dates_in(text: str, start: int, end: int, reference: date | None, ahead: int) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for s, e, month, day, year in explicit_dates(text, start, end):
        if year is None:
            if reference is None:
                continue
            year = reference.year
            candidate = _safe_date(year, month, day)
            if candidate and candidate > add_days(reference, ahead):
                year -= 1
        resolved = _safe_date(year, month, day)
        if resolved:
            found.append(DateMention(s, e, resolved))
    if reference is not None:
        holidays = list(_holidays(text, start, end, reference, ahead))
        found.extend(holidays)
        lowered = text[start:end].lower()
        for m in _WEEKDAY.finditer(text, start, end) if _holds_any(lowered, _WEEKDAY_WORDS) else ():
            target = WEEKDAYS.index(m.group("weekday").lower())
            if any(d.start <= m.start() < d.end + 3 for d in found) or any(
                d.value.weekday() == target and _NAMES_DATE_AFTER.fullmatch(text, m.end(), d.start)
                for d in found
                if d.start >= m.end()
            ):
                continue  # "Sunday, October 11, 2020", "last Monday night, Nov. 28": the explicit date covers it
            back = (reference.weekday() - target) % 7
            if m.group("last") and back == 0:
                back = 7
            elif back == 6 and _at_local_time(text, start, end, m):
                back = -1  # "early Monday local time" in a wire filed late on Sunday in GMT: tomorrow there
            if reference.toordinal() - back >= FIRST_ORDINAL:  # no weekday before the calendar's first day
                found.append(DateMention(m.start(), m.end(), add_days(reference, -back)))
        named = [d.value.toordinal() for d in found]  # the days the sentence names by weekday or date
        for m in _RELATIVE_DAY.finditer(text, start, end) if _holds_any(lowered, _RELATIVE_DAY_WORDS) else ():
            rel = m.group("rel").lower()
            offset = 1 if rel in ("yesterday", "last night") else 0
            if reference.toordinal() - offset < FIRST_ORDINAL:
                continue
            relative = add_days(reference, -offset)
            if any(abs(n - relative.toordinal()) <= 1 for n in named):
                continue  # "an overnight shooting ... called Tuesday evening": the weekday says which side of midnight
            found.append(DateMention(m.start(), m.end(), relative))
        for m in _DAYS_AGO.finditer(text, start, end) if _holds_any(lowered, _DAYS_AGO_WORDS) else ():
            count = m.group("n") or m.group("w")
            if m.group("w") and _ROUGHLY.search(text, max(start, m.start() - 12), m.start()):
                continue  # "more than a week ago", "about two weeks ago": no day
            back = (_SMALL_NUMBERS.get(count.lower()) or int(count)) * (1 if m.group("n") else 7)
            if reference.toordinal() - back >= FIRST_ORDINAL:
                found.append(DateMention(m.start(), m.end(), add_days(reference, -back)))
        if holidays:
            # "a Fourth of July block party ... early Sunday": the party of the holiday was held on the weekday the
            # sentence gives, a day or three off it
            found = [d for d in found if d not in holidays or not _near_other_day(d, found, holidays)]
    marked = [
        DateMention(
            d.start,
            d.end,
            d.value,
            _since(text, d.start)
            or _STAMP_AFTER.match(text, d.end) is not None
            or _age_day(text, max(start, d.start - _AGE_REACH), d.start)
            or is_later_step(text, d.start, d.end, start, end),
            _filed_on(text, d.start, d.end),
            d.fallback or _POSTED_BY_HANDLE.search(text, max(start, d.start - 34), d.start) is not None,
        )
        for d in found
    ]
    return tuple(sorted(_day_before(text, start, end, marked, reference, ahead), key=lambda d: d.start))


def _holds_any(lowered: str, words: tuple[str, ...]) -> bool:
    return any(map(lowered.__contains__, words))


# A weekday told in the time of the place ("early Monday local time", "at 2:30 a.m. local time on Monday") may be the
# day after the publication's (a wire filed late in the evening by GMT about a place hours ahead of it)
_LOCAL_TIME_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+\(?local\s+time\b", re.IGNORECASE)
_LOCAL_TIME_BEFORE = re.compile(r"\blocal\s+time\)?,?\s+(?:on\s+)?$", re.IGNORECASE)


def _at_local_time(text: str, start: int, end: int, weekday: re.Match[str]) -> bool:
    return (
        _LOCAL_TIME_AFTER.match(text, weekday.end(), end) is not None
        or _LOCAL_TIME_BEFORE.search(text, max(start, weekday.start() - 20), weekday.start()) is not None
    )


# The incident told as the day before the sentence's date: "police were out in force on Thursday after five people
# were shot the day before", "arrested Friday, a day after a boy was shot". The phrase after the incident's words,
# or before them ('a day after'); days or weeks told in a number before 'after' count back as many ("pulled alive
# on Friday, two days after the quake", "mourners gathered Sunday, a week after the crash").
# One scan: group 'after' holds the phrases told before the incident's words ('a day after'), 'n' and 'unit' a
# count of days or weeks.
_DAY_BEFORE = re.compile(
    r"\b(?=[atofsn\dATOFSN])(?:the\s+(?:day|night)\s+before(?!\s+(?:the|a|an|his|her|their|that|this)\b)"
    r"|a\s+day\s+earlier|the\s+previous\s+(?:day|night)|(?P<after>(?:a|one|the)\s+day\s+after"
    r"|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-3]\d)\s+(?P<unit>days|weeks?)\s+after))\b",
    re.IGNORECASE,
)
_COUNT_REACH = 30  # characters between the date and a count of days or weeks after it
_ROUGHLY = re.compile(r"\b(?:more|less|fewer|over|nearly|almost|about|some|roughly|than)\s*$", re.IGNORECASE)
# "Tuesday's violence comes four days after ...": the date names the sentence's own incident, no later step
_POSSESSIVE = re.compile(r"['’]s\b")
_COUNTED = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}  # fmt: skip
_DAY_BEFORE_REACH = 70  # characters between the phrase and the incident's words


def _own_day(text: str, start: int, frame: DateMention) -> bool:
    """Does the date before 'a day after' date an incident of its own: one the sentence tells before it with no later
    step between ("an earthquake struck Hatay province on Monday, two weeks after the devastating quake"), or one
    it names ("Tuesday's violence comes four days after")?"""
    if _POSSESSIVE.match(text, frame.end) or _TIED_BEFORE.search(
        text, max(start, frame.start - _TIED_REACH), frame.start
    ):
        return True
    told = [m.end() for m in _STRUCK.finditer(text, max(start, frame.start - _OWN_DAY_REACH), frame.start)]
    return bool(told) and not _LATER_STEP.search(text, told[-1], frame.start)


_OWN_DAY_REACH = 150  # characters before the date: the incident's verb, its figures and its place ("shot dead eight
# people and wounded 14 in villages near the town of Mladenovac, south of Belgrade, late Thursday")
# An incident's verb told before its date with a place between ("a bomb exploded in a market on Monday"); not
# 'collapsed' or 'shot', adjectives as often ("pulled from a collapsed school on Friday")
_STRUCK = re.compile(
    r"\b(?:struck|hit|exploded|erupted|crashed|collided|derailed|capsized|sank|opened fire|(?:was|were) killed"
    r"|shot dead|shot and killed|killed \w+ (?:people|persons|civilians|villagers))\b",
    re.IGNORECASE,
)
# The phrase's clause tells an incident of its own, with a verb or figures ("a day after a gunman killed six
# people", "a day after a man was shot"), not only a name of one ("two weeks after the devastating quake, killing
# three": the figures are the frame's)
_TOLD_IN_CLAUSE = re.compile(
    r"[^,;.]*?\b(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|was|were|had|has|have"
    r"|left|killed|shot|wounded|injured|died|opened|struck|hit|exploded)\b",
    re.IGNORECASE,
)


def _day_before(
    text: str, start: int, end: int, mentions: list[DateMention], reference: date | None = None, ahead: int = 0
) -> list[DateMention]:
    """The sentence's dates with the incident's day added where the sentence tells it as the day before its last
    date before the phrase; that date is then a later step's (the arrest, the gathering, the police's return). A
    sentence that opens on the phrase ("A day earlier, a strike on Kyiv wounded six") and dates nothing itself tells
    an incident the day before the last incident's date of the sentence before it."""
    if not mentions:
        opening = _OPENS_DAY_BEFORE.match(text, start, end)
        if opening is None or _INCIDENT_STEP.search(text, opening.end(), end) is None:
            return mentions
        last = _last_incident_day(text, start, reference, ahead)
        return [] if last is None else [DateMention(opening.start(), opening.end(), add_days(last, -1))]
    out = list(mentions)
    for m in _DAY_BEFORE.finditer(text, start, end):
        if m.group("after"):
            told = _INCIDENT_STEP.search(text, m.end(), min(end, m.end() + _DAY_BEFORE_REACH))
        else:
            told = _INCIDENT_STEP.search(text, max(start, m.start() - _DAY_BEFORE_REACH), m.start())
        frame = max((d for d in out if d.end <= m.start()), key=lambda d: d.start, default=None)
        back = 1
        if m.group("n"):
            n = m.group("n").lower()
            back = (_COUNTED.get(n) or int(n)) * (7 if m.group("unit").lower().startswith("week") else 1)
            if n == "a" and m.group("unit").lower() == "days":
                continue  # 'a days after' is no count
            if frame is None or m.start() - frame.end > _COUNT_REACH or _ROUGHLY.search(text, frame.end, m.start()):
                # "arrested Monday in the killing of a man who died more than two weeks after he was wounded": a
                # count told far from the date or roughly counts from another step than the date's
                continue
        if told is None or frame is None or frame.value.toordinal() - back < FIRST_ORDINAL:
            continue
        if any(m.end() <= d.start < told.end() + _STEP_LOOKAHEAD for d in out):
            continue  # "until Monday, a week after he was shot on Thursday": the incident's words date it themselves
        if not _own_day(text, start, frame):
            # the frame dates a later step, unless it is another incident's own day ("two people were shot late
            # Thursday, a day after a school shooting": Thursday is theirs, the day before the school's)
            out[out.index(frame)] = replace(frame, later_step=True)
        elif not _TOLD_IN_CLAUSE.match(text, m.end(), end):
            continue  # the incident after the phrase is only named: the sentence's figures are the frame's
        out.append(DateMention(m.start(), m.end(), add_days(frame.value, -back)))
    return out


# The day before at a sentence's head, what follows it told as the day before the last sentence's incident
_OPENS_DAY_BEFORE = re.compile(
    r"\s*[\"'“‘]?(?:a\s+day\s+earlier|the\s+day\s+before|the\s+previous\s+day|on\s+the\s+previous\s+day)\b,?",
    re.IGNORECASE,
)
_PREVIOUS_SENTENCE_REACH = 300  # characters before a sentence its previous sentence's dates are looked for in
_PREVIOUS_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")


def _last_incident_day(text: str, start: int, reference: date | None, ahead: int) -> date | None:
    """The last date of the sentence before `start` that dates its incident, not a later step."""
    lo = max(0, start - _PREVIOUS_SENTENCE_REACH)
    ends = [e.end() for e in _PREVIOUS_SENTENCE_END.finditer(text, lo, max(lo, start - 1))]
    lo = ends[-1] if ends else lo
    own = [d for d in _dates_in(text, lo, start, reference, ahead) if not (d.later_step or d.filed or d.fallback)]
    return own[-1].value if own else None


# A wire's dateline: "BALASORE, India, June 3 (Reuters) -", "BAKU, Oct 4 (Reuters) -": the day the story was filed
_DATELINE_BEFORE_DATE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]+,(?:[ \t]*[A-Z][\w .'’-]*,)?[ \t]*$")
_AGENCY_AFTER_DATE = re.compile(r"(?:,? \d{4})?[ \t]*\([^()\n]{2,30}\)[ \t]*[-–—]")


def _filed_on(text: str, start: int, end: int) -> bool:
    """Is the date the one of a wire dateline (when the story was filed), not when anything happened?"""
    if not _AGENCY_AFTER_DATE.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _DATELINE_BEFORE_DATE.search(text, max(0, line_start - 1), start) is not None


def incident_date_in(
    text: str, sentences: list[tuple[int, int]], reference: date | None, ahead: int = AHEAD_OF_TEXT_DATE
) -> date | None:
    """The article's own incident date: the first date in a sentence about the incident (one with a word like
    "shot" or "killed") that does not date a later step. Claims whose sentence gives no usable date take it."""
    lowered = keyword_view(text)
    counted: date | None = None  # the day of a risen toll's count, the incident's only when no sentence after dates it
    for start, end in sentences:
        if lowered is not None:
            if not _HOLDS_INCIDENT_STEP_LOWER.search(lowered, start, end):
                continue
        elif not _INCIDENT_STEP.search(text, start, end):
            continue
        own = [m for m in dates_in(text, start, end, reference, ahead) if not m.later_step and not m.fallback]
        if own:
            told = [m for m in own if not m.filed] or own
            tied = [m for m in told if _TIED_BEFORE.search(text, max(start, m.start - _TIED_REACH), m.start)]
            if len(told) > 1:
                # "On Monday, officers arrested a teen in a shooting that happened on Thursday": the day told right
                # after the incident's word, over one that opens the sentence
                told = tied or told
            day = told[0].value
            if counted is not None:
                return day if 0 < (counted - day).days <= _COUNT_AFTER_INCIDENT else counted
            if not tied and _TOLL_ROSE.search(text, start, told[0].start):
                # "The death toll from the bridge's collapse increased to 43 on Saturday ... The bridge collapsed on
                # Tuesday": the first day is the count's
                counted = day
                continue
            return day
    return counted


# A toll's count risen before the sentence's date: the date is the count's day
_TOLL_ROSE = re.compile(
    r"\b(?:toll|tally|number\s+of\s+(?:the\s+)?(?:victims|dead|deaths|fatalities))\b[^.;]{0,80}?\b(?:rose|risen|rises|climbed|increased|jumped|reached|surpassed|passed|hit)\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)
_COUNT_AFTER_INCIDENT = 7  # days a count may be told after the incident it counts


# An incident word right before a date, with a preposition or a part of the day between ("happened on Thursday",
# "shot early Sunday", "killed late Friday night")
_TIED_BEFORE = re.compile(
    _INCIDENT_STEP.pattern + r"(?:\s+(?:on|early|late|about|around|shortly|just|before|after|last|this))*\s+$",
    re.IGNORECASE,
)
_TIED_REACH = 40


def _first_fallback_day(text: str, sentences: list[tuple[int, int]], reference: date | None, ahead: int) -> date | None:
    """The first day that dates the incident only for want of another (`DateMention.fallback`): a quoted post's
    ("... (@janeroe) June 26, 2016"), a celebration's ("an MLK Day parade"), whatever the sentence's words."""
    if reference is None:
        return None
    post, holiday = text.find("(@"), _HOLIDAY.search(text) if _names_a_holiday(text) else None
    cues = [at for at in (post, holiday.start() if holiday else -1) if at >= 0]
    if not cues:
        return None
    first = min(cues)
    for start, end in sentences:
        if end <= first:
            continue
        found = next((m.value for m in dates_in(text, start, end, reference, ahead) if m.fallback), None)
        if found is not None:
            return found
    return None


# Words of the call that brought help, and a clock time: a sentence telling when police were called to a scene
# ("Officers responded to a home on Elm Street about 11 p.m. Sunday") dates the incident it follows by minutes.
_CALLED_OUT = re.compile(
    r"(?=[rwdc\d])\b(?:respond(?:ed|ing)\s+to|(?:was|were)\s+called\s+(?:to|out)|dispatched|911\s+call|called\s+911"
    r"|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)",
    re.IGNORECASE,
)
_CALLED_OUT_LOWER = ascii_twin(lowercase_twin(_CALLED_OUT))


def called_out_date_in(
    text: str, sentences: list[tuple[int, int]], reference: date | None, ahead: int = AHEAD_OF_TEXT_DATE
) -> date | None:
    """When no sentence about the incident dates it (`incident_date_in`): the first date of a sentence telling
    when help was called or at what time ("Deputies were called to a house on Pine Road shortly after 9 p.m.
    Tuesday"), unless it dates a later step. Failing that, the day of the first post the page quotes (a reporter's
    post from the scene, "... (@janeroe) June 26, 2016")."""
    if not sentences:
        return None
    lowered = keyword_view(text)
    pattern, view = (_CALLED_OUT, text) if lowered is None else (_CALLED_OUT_LOWER, lowered)
    starts = [start for start, _ in sentences]
    at, stop = sentences[0][0], sentences[-1][1]
    while (hit := pattern.search(view, at, stop)) is not None:
        start, end = sentences[max(0, bisect_right(starts, hit.start()) - 1)]
        at = max(end, hit.end())  # the next search starts past this sentence
        if not start <= hit.start() < end:
            continue  # between two sentences
        own = [m for m in dates_in(text, start, end, reference, ahead) if not (m.later_step or m.filed or m.fallback)]
        if own:
            return own[0].value
    return _first_fallback_day(text, sentences, reference, ahead)
