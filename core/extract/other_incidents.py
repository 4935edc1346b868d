"""Another incident told later in an English local story, without the words "separate" or "unrelated": "And on
Monday afternoon, police say a 14-year-old boy who was walking with friends was wounded ...", "Hours earlier, a man
was shot in the leg ...", "Also on Sunday, two men were shot ...". A sentence that opens on another time, after the
article's own harm is told, and then tells newly named people hurt, is another episode: its victims are not more of
the article's incident. So is harm told after the article's own "across town" or "in other weekend shootings".

What keeps the same incident's aftermath out: the people must be newly told ("a 14-year-old boy", "two men"; not
"one of the victims", "the man", "another man", "a second victim", "two of the wounded"), the sentence must not take
the article's incident up ("in the shooting", "who was shot"), and a weekday must name another day than the one the
article's harm was told on ("On Sunday night, a man was shot" after "late Sunday" is its retelling)."""

from __future__ import annotations

import re
from datetime import date

from core.extract.raw_claim import RawClaim
from core.extract.triggers import SHOT
from core.extract.when import DateMention
from core.models import KILLED, WOUNDED

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:morning|afternoon|evening|night)"
# "Earlier", "Later that night", "Hours earlier", "About an hour later": another time than the one told before.
_RELATIVE = (
    r"(?:(?:about|around|some|nearly|just|less\s+than)\s+)?(?:(?:an?|one|two|three|four|several|\d+)\s+)?hours?\s+"
    r"(?:earlier|later)|(?:earlier|later)(?:\s+(?:that|the\s+same|in\s+the)\s+(?:day|" + _PART[3:] + r")?"
)
_DAY = r"(?:(?:on|late|early)\s+)?" + _WEEKDAY + r"(?:\s+" + _PART + r")?"
_OPENER = re.compile(
    r"\s*[\"“]?(?:(?:and|but|(?P<also>also))\s+)?"  # "Also on Sunday, ...": a round-up's next item, whatever its day
    r"(?:(?P<relative>" + _RELATIVE + r")(?:\s+(?:on\s+)?" + _WEEKDAY + r"(?:\s+" + _PART + r")?)?"
    r"|(?P<day>" + _DAY + r"))(?!\s*:)\s*,?",  # "Earlier: ..." heads an older version of the story
    re.IGNORECASE,
)
# How far after the opener the newly told person may start: "..., across town, police say a 14-year-old boy".
_SUBJECT_REACH = 60
_HARM = (KILLED, WOUNDED, SHOT)
# "a 14-year-old boy", "two men": people told for the first time ("two of the victims" are the incident's own)
_NEWLY_TOLD = re.compile(r"(?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?!of\b)", re.IGNORECASE)
# One more of the same incident, told up to the person hurt: "another man", "a second victim", "was also shot".
_ONE_MORE = re.compile(r"\b(?:also|another|other|second|third|fourth|fifth|same)\b", re.IGNORECASE)
# The article's incident taken up anywhere in the sentence: "in the shooting", "a man who was shot Sunday died".
_SAME_INCIDENT = re.compile(
    r"\bthe\s+(?:shooting|attack|incident|victims?)\b"
    r"|\b(?:who|that)\s+(?:was|were|had\s+been)\s+(?:shot|wounded|injured|hurt|hit|struck)\b"
    r"|\b(?:showed\s+up|arrived|walked\s+in(?:to)?|turned\s+up|checked\s+in(?:to)?|dropped\s+off)\s+at\b",
    re.IGNORECASE,
)


# Another incident told by its place or by a round-up's list: "In other weekend shootings, ...",
# "Police are also investigating a shooting on Cedar Road, where ...", "Earlier Sunday, across town, a man was ...".
_ELSEWHERE_WORDS = ("other", "also", "town", "elsewhere")
_ELSEWHERE = re.compile(
    r"\bin\s+other\s+(?:(?:weekend|overnight|holiday|recent|violent|\w+day)\s+)?(?:shootings|violence|incidents|crimes)\b"
    r"|\balso\s+(?:investigating|responded\s+to|looking\s+into)\s+(?:an?|another)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shooting|stabbing|homicide|killing)\b"
    r"|\b(?:across|on\s+the\s+other\s+side\s+of|in\s+another\s+part\s+of)\s+(?:town|the\s+city)\b"
    r"|\belsewhere\s+in\s+(?:the\s+city|town)\b",
    re.IGNORECASE,
)


def told_elsewhere(sentence: str) -> bool:
    """Does `sentence` (lower-cased), told after the article's own harm, tell another incident by its place or as a
    round-up's others? (Before the article's harm is told, "drove across town and shot" is the incident itself.)"""
    return any(map(sentence.__contains__, _ELSEWHERE_WORDS)) and _ELSEWHERE.search(sentence) is not None


def opens_on_another_time(sentence: str) -> bool:
    """A cheap look before `tells_another_episode`: does `sentence` (lower-cased) open on a time?"""
    return _OPENER.match(sentence) is not None


def tells_another_episode(
    sentence: str, offset: int, first: RawClaim, dates: list[DateMention], told_days: set[date]
) -> bool:
    """Does `sentence` (lower-cased, starting at `offset` in its field) tell another incident's victim, its first
    claim `first` a newly told person hurt, after the article's own harm was told on `told_days` (each day its own
    sentence gave, or the text gives the incident)? `dates` are the sentence's date mentions (field offsets)."""
    if not told_days or first.metric not in _HARM:
        return False
    opener = _OPENER.match(sentence)
    if opener is None:
        return False
    at = first.start - offset
    if not 0 <= at - opener.end() <= _SUBJECT_REACH or not _NEWLY_TOLD.match(sentence, at):
        return False
    if _ONE_MORE.search(sentence, opener.end(), first.end - offset) or _SAME_INCIDENT.search(sentence):
        return False
    if opener.group("day") is None or opener.group("also"):
        return True  # "Hours earlier, a man was shot": another time of the same day
    own = [d.value for d in dates if d.start < offset + opener.end() and not d.filed]
    return bool(own) and all(day not in told_days for day in own)


# A landmark the story measures its spot from, named by its own older toll: "about four miles from the store where
# three people were killed on Saturday", "a block from the bar where a gunman killed five people". A distance from it
# says the story's spot is elsewhere, so the toll the landmark is named by is another incident's.
_LANDMARK_OF_A_TOLL = re.compile(
    r"\b(?:miles?|blocks?|feet|yards|met(?:er|re)s|kilomet(?:er|re)s|km|streets?)\s+(?:away\s+)?from\s+"
    r"(?:the|a)\s+[^.;,]{0,60}?\bwhere\s+(?:[\w'-]+\s+){0,4}$"
)
_LANDMARK_REACH = 120  # characters before the figure: the distance, the landmark and the start of its clause


def at_a_landmark_of_another_toll(lower: str, sentence_start: int, figure_start: int) -> bool:
    """Is the figure at `figure_start` of lower-cased text `lower` told in a 'where' clause naming a landmark the story
    measures its own spot from ('two blocks from the bar where three people were killed')?"""
    window = lower[max(sentence_start, figure_start - _LANDMARK_REACH) : figure_start]
    return " where " in window and " from " in window and _LANDMARK_OF_A_TOLL.search(window) is not None
