"""Look-back signs: a report months or years after its event says so ("Un anno fa la tragedia", "marks a year
since", "the anniversary of", "six months after", "last year's floods").

Extraction dates a look-back's figures on its event's day when its headline counts the years and states no figure
of its own (`core.extract.look_back`). Many look-backs fall outside that: a headline that gives the toll ("Un anno
fa la tragedia della Marmolada: undici vittime"), a report with no figure read at all ("Un año del incendio"), a
toll told otherwise than the event's reports told it ("the more than 160 killed", "the 13 victims"), a sign
written with no count ("the anniversary of", "last year's"). Such a report was grouped as of its publication,
and either stayed alone or joined whatever event of its country shared its figure months before (the glacier's
anniversary with a flood's 11 dead two months after the glacier).

Its sign names when its event happened, counted back from its publication (`back_sign`, in months; the phrases
are the lexicons' `YEARS_ON` and the table `look_back_signs.tsv`, read in every language); a year its lead
writes in figures with its kind of disaster ("convicted over the 2004 train bombings") names it too. A report with
a sign joins the event whose days its sign names (`joins_on_its_sign`), of its country or placed nowhere, of its
kind of disaster, with a toll that could be that event's (or, at its very town, the toll it rose to); placed
nowhere, its sign's day and its kind pull it into that event's block (`pulled_by_its_sign`). It never joins an
event far from its publication whose days its sign does not name (`names_another_day`): sharing a figure and a
country with it is chance. A report placed nowhere far from an event, with no sign and no kind of disaster told,
is no look-back either: a figure is all it shares with the event (`far_and_unsigned`).

A later stage of an event (a trial, a verdict, a sentence, an inquiry's findings, a court's ruling, compensation:
the table `later_stage_signs.tsv`) is a sign too (`LATER_STAGE`) that names no day: "Akilov döms till livstids
fängelse", "European court orders Russia to pay Moscow siege victims". It names its event by its place, its kind
and its toll, often told otherwise than the first reports told it (`joins_as_its_later_stage`); placed nowhere
or by its country alone, its kind and toll pull it into its event's block (`pulled_as_its_later_stage`). A year
its lead writes that is none of the event's days names another case (`names_other_years`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from core import tables
from core.dates import add_days
from core.events.hazards import LEAD_CHARS, event_told_hazards, told_hazards
from core.events.lookback import LOOK_BACK_DAYS
from core.events.state import EventState
from core.extract.clean import safe_lower
from core.extract.lexicons import LANGUAGES, WORLD_LANGUAGES
from core.extract.look_back import YearsOn, years_of, years_on
from core.models import KILLED, ArticleFacts
from core.places.location import UNPLACED

if TYPE_CHECKING:  # (core.events.pieces asks this module for a report's sign)
    from core.events.pieces import Piece

# A sign's count of months back: a whole number of years of which the count is not written ("the anniversary of")
ANNIVERSARY = 0
# ... some day of the calendar year before the publication's ("last year's floods")
LAST_YEAR = -1
# ... a later, legal or official stage of the event (a trial, a sentence, an inquiry's report), some time before
LATER_STAGE = -2
# Days a look-back's publication may stand from the day its sign names (a memorial held on the nearest Sunday)
SIGN_SLACK_DAYS = 7
# A toll a look-back may give beside the event's: its final count, or "more than" one of its counts
_TOLL_RATIO = 1.5
# Years a sign counting them with no lexicon phrase ("five years without justice") may count back
_MOST_YEARS = 50
_SENTENCE_END = re.compile(r"[.!?\u3002\u0964]\s|\n")


@cache
def _counted_phrases() -> tuple[YearsOn, ...]:
    """Every language's phrases counting years (lexicon `YEARS_ON`)."""
    return tuple(spec for code in (*LANGUAGES, *WORLD_LANGUAGES) if (spec := years_on(code)) is not None)


@cache
def _table_signs() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    return tuple(
        (sign, re.compile(pattern, re.IGNORECASE), tuple(words.split()))
        for _language, sign, pattern, words in tables.rows("look_back_signs.tsv")
    )


def _years_counted(lower: str) -> int | None:
    """The years a lower-cased headline counts back ('ten years on', 'il y a vingt ans'), in any language."""
    for spec in _counted_phrases():
        for pattern, key in zip(spec.patterns, spec.keys, strict=True):
            if key not in lower:
                continue
            for found in pattern.finditer(lower):
                if (value := years_of(found, spec.counts)) is not None:
                    return value
    return None


def _table_sign(headline: str, lower: str) -> int | None:
    """The months back a headline's sign of the table names (`ANNIVERSARY`, `LAST_YEAR` for those with no count;
    a sign of years, "cinco años sin justicia", twelve months a year)."""
    for sign, pattern, words in _table_signs():
        if not any(w in lower for w in words):
            continue
        found = pattern.search(headline)
        if found is None:
            continue
        if sign == "year":
            return 12
        if sign == "anniversary":
            return ANNIVERSARY
        if sign == "last_year":
            return LAST_YEAR
        count = next((_a_count(v) for v in found.groupdict().values() if v), None)
        if sign == "years":
            if count is not None and 1 <= count <= _MOST_YEARS:
                return 12 * count
            continue
        if count is not None and 1 <= count <= 24:
            return count
    return None


@cache
def _stage_signs() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple(
        (re.compile(pattern, re.IGNORECASE), tuple(words.split()))
        for _language, pattern, words in tables.rows("later_stage_signs.tsv")
    )


def _tells_a_later_stage(headline: str, lower: str) -> bool:
    """Does a headline name a legal or official stage of an event (table `later_stage_signs.tsv`)?"""
    return any(any(w in lower for w in words) and pattern.search(headline) for pattern, words in _stage_signs())


@cache
def _count_words() -> dict[str, int]:
    """Every language's words for a count of years (lexicon `YEAR_COUNTS`), which count months as well."""
    return {w: n for spec in _counted_phrases() for w, n in spec.counts.items()}


def _a_count(written: str) -> int | None:
    """A count written in figures or as a word ('six', 'seis', 'sechs')."""
    return int(written) if written.isdigit() else _count_words().get(written.lower())


def back_sign(title: str | None, text: str | None) -> int | None:
    """The months back from its publication a report's headline, else its first sentence, names its event by
    (see the module's docstring); `LATER_STAGE` when neither counts back but one names a later stage of its
    event; None when neither looks back."""
    opening = (text or "")[:LEAD_CHARS]
    end = _SENTENCE_END.search(opening)
    leads = [(h, safe_lower(h)) for h in (title or "", opening[: end.start()] if end else opening) if h]
    for headline, lower in leads:
        years = _years_counted(lower)
        if years is not None:
            # ("Condenado a 40 años": in a stage's headline, years counted are its prison term as often as not;
            # "a year after the verdict" counts time, a prison term of one year is rarely news)
            return LATER_STAGE if years > 1 and _tells_a_later_stage(headline, lower) else 12 * years
        sign = _table_sign(headline, lower)
        if sign is not None:
            return sign
    return LATER_STAGE if any(_tells_a_later_stage(h, lower) for h, lower in leads) else None


def told_back_sign(article: ArticleFacts) -> int | None:
    """`back_sign` of a report, as placed (events keep no member's text)."""
    placed = article.pieces
    if placed is not None and hasattr(placed, "back_sign"):
        kept: int | None = placed.back_sign
        return kept
    return back_sign(article.title, article.text)


def _months_before(day: date, months: int) -> date:
    """`day` moved `months` back (the month's last day when it has no such day), no earlier than `date.min`."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    if year < date.min.year:
        return date.min
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    return date(year, month + 1, 28)


def _an_anniversary(published: date, day: date) -> bool:
    """Is `published` a whole number of years (one or more) after `day`, give or take `SIGN_SLACK_DAYS`?"""
    for year in (published.year - 1, published.year):
        if year <= day.year:
            continue
        there = date(year, day.month, min(day.day, 28) if day.month == 2 else day.day)
        if abs((published - there).days) <= SIGN_SLACK_DAYS:
            return True
    return False


def names_its_days(sign: int, published: date, first: date, last: date) -> bool:
    """Do the days a sign counted back from `published` names meet the event's days (`first` to `last`)? A later
    stage names no day: any before its publication."""
    if sign == LATER_STAGE:
        return first <= published
    if sign == LAST_YEAR:
        return first.year <= published.year - 1 <= last.year
    if sign == ANNIVERSARY:
        return _an_anniversary(published, first) or _an_anniversary(published, last)
    named = _months_before(published, sign)
    return add_days(first, -SIGN_SLACK_DAYS) <= named <= add_days(last, SIGN_SLACK_DAYS)


def _event_days(event: EventState) -> tuple[date, date] | None:
    """The event's first and last day: from the first of its dates and the day before its first report came out,
    to the last of its dates and its reports' publication. Either alone may miss its day: a toll dated on the day
    it was counted, a week on, or reports published the day after."""
    firsts = [d for d in (event.start_date, _day_before(event.published_from)) if d is not None]
    lasts = [d for d in (event.end_date, event.published_to) if d is not None]
    if not firsts or not lasts:
        return None
    return min(firsts), max(lasts)


def _day_before(day: date | None) -> date | None:
    return add_days(day, -1) if day is not None else None


def _far_after(piece: Piece, days: tuple[date, date] | None) -> bool:
    """Was the piece's report published more than `LOOK_BACK_DAYS` after the event's last day?"""
    return days is not None and piece.published is not None and (piece.published - days[1]).days > LOOK_BACK_DAYS


def _could_be_its_toll(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> bool:
    """Could a look-back's death toll be the event's: none given, one its reports gave, or within `_TOLL_RATIO`
    of theirs (its final count, "more than 160" beside 165 and 168)?"""
    killed = values.get(KILLED)
    known = [v for v in hints.get(KILLED, ()) if v > 0]
    if killed is None or not known or killed in known:
        return True
    return min(known) / _TOLL_RATIO <= killed <= max(known) * _TOLL_RATIO


def _names_its_year(article: ArticleFacts, published: date, first: date, last: date) -> bool:
    """Does the report's headline or first sentence name the year of the event's days in figures, a year before
    its publication's ("convicted over the 2027 train bombings", "the 2029 Wahl flood")? A look-back with no
    count of years names its event by its year and its kind of disaster."""
    from core.events.pieces import told_lead_years  # (pieces asks this module for a report's sign)

    return any(first.year <= year <= last.year and year < published.year for year in told_lead_years(article))


def _risen_since(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> bool:
    """Is a look-back's death toll larger than any its event's reports gave? Its first reports counted one dead,
    the year on counts the six who died of their burns since: at the event's very place, the toll it rose to."""
    killed = values.get(KILLED)
    return killed is not None and killed > max(hints.get(KILLED, ()), default=killed)


def _of_its_kind(article: ArticleFacts, event: EventState, articles: Mapping[str, ArticleFacts]) -> bool | None:
    """Does the report tell the event's kind of disaster (True), another (False), or either side none (None)?"""
    kinds = told_hazards(article)
    told = [theirs for theirs in event_told_hazards(event, articles) if theirs]
    if not kinds or not told:
        return None
    return any(kinds & theirs for theirs in told)


def joins_on_its_sign(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    country: str | None,
) -> bool:
    """Is the piece's report, published more than `LOOK_BACK_DAYS` after the event, a look back at it: its sign
    names the event's days (`names_its_days`), it is placed in the event's country (`country`: the piece's) or
    nowhere, its toll could be the event's (`_could_be_its_toll`, or none read: "Il y a un an, onze nouveau-nés
    périssaient"), and its kind of disaster is the event's? A report placed nowhere must tell that kind, or one of
    the event's very tolls: a day alone is no tie."""
    if not piece.main or not articles or piece.published is None:
        return False
    own = articles.get(piece.article_id)
    days = _event_days(event)
    if own is None or days is None or not _far_after(piece, days):
        return False
    sign = told_back_sign(own)
    by_sign = sign is not None and sign != LATER_STAGE and names_its_days(sign, piece.published, *days)
    if not by_sign and not _names_its_year(own, piece.published, *days):
        if sign == LATER_STAGE:
            return joins_as_its_later_stage(piece, event, own, articles, hints, country)
        return False
    values = piece.headline_values()
    at_its_place = piece.location.key != UNPLACED and piece.location.key in {event.location_key, *event.places}
    if not _could_be_its_toll(values, hints) and not (at_its_place and _risen_since(values, hints)):
        return False
    kind = _of_its_kind(own, event, articles)
    if kind is False or (not by_sign and kind is not True):
        return False  # (a year alone names a year's worth of days: the kind of disaster must be told, and agree)
    placed_nowhere = piece.location.key == UNPLACED or piece.location.region is None
    if placed_nowhere:
        killed = values.get(KILLED)
        return kind is True or (killed is not None and killed > 1 and killed in hints.get(KILLED, ()))
    return country is not None and event.region is not None and event.region.split("-")[0] == country


def names_other_years(article: ArticleFacts, published: date, first: date, last: date) -> bool:
    """Does the report's headline or first sentence write a year before its publication's that none of the event's
    days fall in ("sentenced over the 2019 bombing" beside a bombing of 2023)?"""
    from core.events.pieces import told_lead_years  # (pieces asks this module for a report's sign)

    return any(year < published.year and not first.year <= year <= last.year for year in told_lead_years(article))


def joins_as_its_later_stage(
    piece: Piece,
    event: EventState,
    own: ArticleFacts,
    articles: Mapping[str, ArticleFacts],
    hints: Mapping[str, Sequence[int]],
    country: str | None,
) -> bool:
    """Is the piece's report, published more than `LOOK_BACK_DAYS` after the event and telling a later stage of an
    event (`LATER_STAGE`: a verdict, an inquiry's report, a court's ruling), that event's later stage? Its sign names
    no day, so the rest must: an event of more than one dead, of its kind (or none told), no other year written;
    a toll that could be the event's (`_could_be_its_toll`: "the 130 hostages who died", "at least 200"). At the
    event's very place that suffices (with no toll read, its kind must be told); placed nowhere or by the event's
    country alone, it must tell the event's kind or one of its very tolls; at another town of its country, one of
    its very tolls. A new disaster at the same place years on tells no stage: it is never taken for one."""
    days = _event_days(event)
    if days is None or piece.published is None or names_other_years(own, piece.published, *days):
        return False
    known = [v for v in hints.get(KILLED, ()) if v > 0]
    kind = _of_its_kind(own, event, articles)
    if kind is False or max(known, default=0) <= 1:
        return False  # (a lone victim's trial is told at every town: its place and kind name many cases)
    at_its_place = piece.location.key != UNPLACED and piece.location.key in {event.location_key, *event.places}
    values = piece.headline_values()
    killed = values.get(KILLED)
    if killed is None:
        return at_its_place and kind is True
    if killed <= 1 or not min(known) / _TOLL_RATIO <= killed <= max(known) * _TOLL_RATIO:
        return False
    if at_its_place:
        return True
    same_country = country is not None and event.region is not None and event.region.split("-")[0] == country
    coarse = piece.location.key == UNPLACED or piece.location.region is None or piece.location.kind == "country"
    if coarse and (country is None or same_country):
        return kind is True or killed in known
    return same_country and killed in known


def pulled_as_its_later_stage(
    stage: bool,
    window: tuple[date, date] | None,
    kinds: frozenset[str],
    killed: int | None,
    other_window: tuple[date, date] | None,
    other_kinds: frozenset[str],
    other_killed: int | None,
) -> bool:
    """Is a weakly placed report telling a later stage of an event (`LATER_STAGE`) pulled into another report's
    block: the other's days wholly before its own, and its death toll (more than one) within `_TOLL_RATIO` of the
    other's with the same kind of disaster ("Akilov döms till livstids fängelse" over "the attack that killed five"
    beside "four killed as truck ploughs into crowd"), or, telling no kind, the other's very mass toll
    ("Directeuren SE Fireworks veroordeeld": 23 dead)?"""
    if not stage or window is None or other_window is None or other_window[1] >= window[0]:
        return False
    if killed is None or other_killed is None or min(killed, other_killed) <= 1:
        return False
    if not kinds:
        from core.events.evidence import MASS_CASUALTIES  # (evidence reads pieces, which read this module)

        return killed == other_killed and killed >= MASS_CASUALTIES
    return bool(kinds & other_kinds) and other_killed / _TOLL_RATIO <= killed <= other_killed * _TOLL_RATIO


def tells_a_later_stage(article: ArticleFacts) -> bool:
    """Does the report tell a later stage of its event and no day it looks back at (`LATER_STAGE`)?"""
    return told_back_sign(article) == LATER_STAGE


def names_another_day(piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Does the piece's report, published more than `LOOK_BACK_DAYS` after the event and placed elsewhere than its
    place (nowhere, or at another), look back at other days than the event's (its sign names a day a year before
    its publication, the event two months after that)? It recounts another event: sharing a figure and a country
    with this one is chance. At the event's very place, its place outweighs a sign read loosely ("casi un año
    tras una cifra", almost a year behind a figure, in a report of the hurricane's revised toll)."""
    if not articles or piece.published is None or (own := articles.get(piece.article_id)) is None:
        return False
    if piece.location.key != UNPLACED and piece.location.key in {event.location_key, *event.places}:
        return False
    days = _event_days(event)
    if not _far_after(piece, days) or days is None:
        return False
    sign = told_back_sign(own)
    return sign is not None and not names_its_days(sign, piece.published, *days)


def far_and_unsigned(piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None) -> bool:
    """Is the piece's report, published more than `LOOK_BACK_DAYS` after the event, one with no look-back sign
    and no kind of disaster told? A figure is then all it shares with the event: a later disaster's toll as
    likely as the event's recounted."""
    if not articles or piece.published is None or (own := articles.get(piece.article_id)) is None:
        return False
    if not _far_after(piece, _event_days(event)):
        return False
    return told_back_sign(own) is None and not told_hazards(own)


# Days a look-back placed nowhere may stand from its event's day and still be pulled into its block: its
# anniversary's day, give or take one (the pull crosses blocks on the day alone, with its kind of disaster)
_PULL_SLACK_DAYS = 2


def signed_day(article: ArticleFacts) -> date | None:
    """The day a report's look-back sign names, counted back from its publication (none for a sign with no count
    of its own: "the anniversary of", "last year's")."""
    published = article.published_at
    sign = told_back_sign(article)
    if published is None or sign is None or sign <= 0:
        return None
    return _months_before(published.date(), sign)


def pulled_by_its_sign(
    day: date | None,
    kinds: frozenset[str],
    killed: int | None,
    other_window: tuple[date, date] | None,
    other_kinds: frozenset[str],
    other_killed: int | None,
    span: int,
) -> bool:
    """Is a report placed nowhere whose sign names `day` pulled into another report's block: that day the other's
    (its window less the event `span`, give or take `_PULL_SLACK_DAYS`), the same kind of disaster, and a toll
    that could be the other's (none read, or within `_TOLL_RATIO` of it)? "Un año del incendio de Teatre y Fonda
    Milagros" names no town we hold nor any figure we read; its day and its kind name the nightclub fire. Telling
    no kind ("Cinco años sin justicia por las 41 niñas"), its mass toll near the other's names it with the day."""
    if day is None or other_window is None:
        return False
    if not kinds & other_kinds and (kinds or not _near_mass_tolls(killed, other_killed)):
        return False
    first, last = add_days(other_window[0], span), add_days(other_window[1], -span)
    if not add_days(first, -_PULL_SLACK_DAYS) <= day <= add_days(last, _PULL_SLACK_DAYS):
        return False
    if killed is None or other_killed is None or other_killed <= 0:
        return True
    return other_killed / _TOLL_RATIO <= killed <= other_killed * _TOLL_RATIO


def _near_mass_tolls(killed: int | None, other_killed: int | None) -> bool:
    """Are both death tolls mass tolls (`MASS_CASUALTIES`+) within `_TOLL_RATIO` of each other (a look-back's final
    count beside an early count of its days)?"""
    from core.events.evidence import MASS_CASUALTIES  # (evidence reads pieces, which read this module)

    if killed is None or other_killed is None or min(killed, other_killed) < MASS_CASUALTIES:
        return False
    return other_killed / _TOLL_RATIO <= killed <= other_killed * _TOLL_RATIO
