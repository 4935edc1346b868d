"""Decoys: a smaller, different incident of the event's city or country within days of it.

A city has more than one shooting a week, a country more than one road crash. A report of another incident of
the event's place, dated by its own words on another day, is held apart from the event when the two tell tolls of
another size (a lone victim beside a shooting's seven hurt; a drive-by's seven beside a concert's twenty-five) and
share no count nor the words of one story (`another_days_incident`). A disaster's toll only grows, but a
shooting's or a crash's is known on its day (`TOLL_OF_ITS_DAY_KINDS`): a later report of it tells the same count,
or one risen by a death or two (which `how_toll_told` says, or which stays near the count it grew from), never a
third of it on another day.

A report may say so itself: the police "do not believe the killing is related to Wednesday's ambush"
(`core.events.set_apart`). A report of a lone victim or two that sets its incident apart from another is no report
of an event of several victims, whatever the day (`set_apart_from_it`). Or it recounts the event's toll as an
earlier incident's ("three days after eight people were shot dead at the warehouse"): with no date of its own,
that recount is what sets it apart (`recounted_as_another`). Or it tells its incident as a second one of its
kind, days after the event's ("Second blast in the city kills four": `told_as_the_later_one`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from core.events.evidence import _REGIONAL_KINDS, FAR_TOLL_RATIO, event_hints, how_toll_told, most_victims
from core.events.hazards import event_told_hazards, told_hazards
from core.events.occurrences import TOLL_OF_ITS_DAY_KINDS
from core.events.pieces import (
    Piece,
    article_pieces,
    article_sets_its_incident_apart,
    article_tells_a_second_incident,
)
from core.events.state import EventState, GroupingSettings
from core.models import KILLED, WOUNDED, ArticleFacts, Role
from core.similarity import copy_similarity, shared_persons, topic_similarity

# Dead and hurt a report of a lone victim (or two) tells at most
LONE_VICTIMS = 2
# Dead and hurt an event must have counted for a lone victim a day from its days to be another incident
SEVERAL_VICTIMS = 5


def another_days_incident(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece another incident of the event's place on another day: dated by its words on none of the
    days the event's reports tell (their incident's day, or the day they were published when their words date
    nothing), a disaster whose toll is known on its day (a shooting, a crash), telling a toll of another size than
    the event's (`_of_another_size`), sharing none of its counts above one nor its story's words
    (`_retells_its_story`)? A man shot dead outside a shop the night after a spree that killed five, or a
    drive-by's one dead and six hurt three days before a concert's two dead and twenty-three hurt, are the city's
    other news, however near their place and days."""
    if not piece.main or piece.date is None or how_toll_told(piece):
        return False  # (a report's other piece, of another day, is its main story's aside: that story's to place)
    mine = _hurt(piece.headline_values())
    if not mine:
        return False
    days = _days_told(event)
    if days is None or piece.date in days:
        return False
    gap = min(abs((piece.date - d).days) for d in days)
    hints = event_hints(event)
    theirs = most_victims(hints)
    if not _of_another_size(mine, theirs, gap, settings) or _shares_a_count_above_one(piece, hints):
        return False
    return _the_places_other_news(piece, article, event, settings, articles)


def set_apart_from_it(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is one side a report of a lone victim or two (`LONE_VICTIMS`) that says its incident is not connected to
    another (`core.events.set_apart`), beside the other side's several victims (`SEVERAL_VICTIMS`), a kind whose
    toll is known on its day, sharing no count above one nor its story's words? "Police said the killing was not
    related to Sunday's mass shooting": the man found shot on Monday is the city's other news, even when nothing
    dates either report. The other way round too: the several victims' report is not the lone victim's event
    when that one's reports set it apart (all of them lone victims' reports)."""
    if not articles or not piece.main:
        return False
    mine = _hurt(piece.headline_values())
    hints = event_hints(event)
    theirs = most_victims(hints)
    if not mine or not theirs or _shares_a_count_above_one(piece, hints) or how_toll_told(piece):
        return False
    if mine <= LONE_VICTIMS and theirs >= SEVERAL_VICTIMS:
        apart = article_sets_its_incident_apart(article)
    elif theirs <= LONE_VICTIMS and mine >= SEVERAL_VICTIMS:
        members = [a for aid in sorted(event.article_ids) if (a := articles.get(aid)) is not None]
        apart = any(article_sets_its_incident_apart(a) for a in members)
    else:
        return False
    return apart and _the_places_other_news(piece, article, event, settings, articles)


def recounted_as_another(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Does a piece its words date on no day recount one of the event's counts of the dead or the wounded (above
    one) as another incident's (a background figure: "the killings came three days after eight people were shot
    dead at the warehouse"), while it tells a smaller harm of its own, sharing none of the event's counts nor its
    story's words? Its report tells its own incident and, in passing, the one it follows, whatever the day: with
    no date of its own to set the two apart (`core.events.match.recounts_it_as_another` asks that of a dated
    piece), the recount is the evidence. A look-back on the event itself tells the event's own counts, or none.
    The other way round too: the warehouse's report is not the event of the home's killings that recount it."""
    if not piece.main:
        return False
    values = piece.headline_values()
    hints = event_hints(event)
    if not _own_harm(values) or not _own_harm(hints):
        return False
    if any(v in hints.get(m, ()) for m, v in values.items() if m in (KILLED, WOUNDED)):
        return False
    if piece.date is None and _recounted(article, hints, values):
        return not _retells_its_story(piece, event, articles, settings)
    if not articles or any(aid not in articles for aid in event.article_ids):
        return False
    mine = {m: [v] for m, v in values.items()}
    theirs = {m: max(v) for m, v in hints.items()}
    if all(_recounted(articles[aid], mine, theirs) for aid in event.article_ids):
        return not _retells_its_story(piece, event, articles, settings)
    return False


def told_as_the_later_one(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is one side a report of a second incident of its kind (`core.events.second_incidents`: "a second blast",
    "una nueva explosión"), the other's reports telling none, and did it come after the other's
    (`_a_later_incidents_report`)? The other way round too: a report telling no second incident, beside an event
    whose reports all tell one, is the first incident's when it came before (`_the_earlier_incidents_report`). Then
    the two are the city's first and second incident, whatever counts they share (the first one's early toll may
    be the second one's) and however alike their words; a person both name still makes them one story. A disaster
    whose towns count their share days on (`_REGIONAL_KINDS`) stays the grouper's to place."""
    if not piece.main or not articles:
        return False
    members = [articles.get(aid) for aid in sorted(event.article_ids)]
    if any(m is None for m in members):
        return False
    second, days_after = article_tells_a_second_incident(article)
    told = [article_tells_a_second_incident(m)[0] for m in members if m is not None]
    hints = event_hints(event)
    if second and not any(told):
        later = _a_later_incidents_report(piece, article, event, hints, days_after, settings.date_slack_days)
    elif not second and all(told):
        later = _the_earlier_incidents_report(piece, event, hints, settings.date_slack_days)
    else:
        return False
    if not later or any(k & _REGIONAL_KINDS for k in [told_hazards(article), *event_told_hazards(event, articles)]):
        return False
    return not piece.fingerprint or not any(
        shared_persons(piece.fingerprint, m.fingerprint) for m in members if m is not None and m.fingerprint
    )


def _a_later_incidents_report(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    days_after: bool,
    slack: int,
) -> bool:
    """Does a report of a second incident tell a harm of its own that the event's reports do not count (a second
    blast's ten hurt; not a mine's second explosion, whose 29 dead are the first one's), and come after the event:
    dated beyond `slack` after every day its reports tell, or, when nothing dates it, placing itself days after
    another (a days-after cue) while it gives one of the event's counts, larger than its own, as that earlier
    incident's ("three days after a gas blast killed eight")? A count the event gives, no larger than its largest,
    is the first incident's early count ("five dead" before nine), not a retelling of its toll. A report of the
    second shooting in two days is dated with that second shooting's reports, not after them."""
    own = {m: v for m, v in piece.headline_values().items() if m in (KILLED, WOUNDED) and v > 0}
    if not own or all(v in hints.get(m, ()) and v >= max(hints[m]) for m, v in own.items()):
        return False
    if piece.date is not None:
        return _dated_after(piece.date, _days_told(event), slack)
    return days_after and _gives_a_larger_count_of(article, hints, own)


def _gives_a_larger_count_of(report: ArticleFacts, counts: Mapping[str, Sequence[int]], own: Mapping[str, int]) -> bool:
    """Does the report give one of `counts` (above one) larger than its `own` count of that harm: the earlier
    incident's toll it recounts ("three days after a gas blast killed eight"), whatever role its sentence was read
    in?"""
    return any(
        c.metric in (KILLED, WOUNDED) and c.value > max(1, own.get(c.metric, 0)) and c.value in counts.get(c.metric, ())
        for c in report.claims
    )


def _the_earlier_incidents_report(
    piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]], slack: int
) -> bool:
    """Is a report that tells no second incident, beside an event whose reports all tell one, the first incident's:
    dated beyond `slack` before every day they tell, or, when nothing dates it, telling a harm of its own that
    shares none of their counts above one (the carnival blast's eight dead beside the second blast's four)?"""
    if piece.date is not None:
        return _dated_before(piece.date, event, slack)
    return bool(_hurt(piece.headline_values())) and not _shares_a_count_above_one(piece, hints)


def _dated_after(day: date | None, days: set[date] | None, slack: int) -> bool:
    """Is `day` known and more than `slack` days after every one of `days`?"""
    return day is not None and bool(days) and all((day - d).days > slack for d in days or ())


def _dated_before(day: date | None, event: EventState, slack: int) -> bool:
    """Is `day` known and more than `slack` days before every day the event's reports tell?"""
    days = _days_told(event)
    return day is not None and bool(days) and all((d - day).days > slack for d in days or ())


def a_days_other_incident_bridged(
    event: EventState,
    other: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is one of two events another day's incident of the other's place (`another_days_incident`, asked of each of
    its reports' main pieces)? A report that fits both proves nothing then: an undated report of a siege's six dead
    at the city's grocery may be placed with the siege and at the city, where the man shot dead on another street
    two days on sits; the two stay apart, as the man's report would have stayed had it come after."""
    if not articles:
        return False
    return _all_another_days(other, event, settings, articles) or _all_another_days(event, other, settings, articles)


def _all_another_days(
    small: EventState, big: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts]
) -> bool:
    """Is every report of `small` another day's incident of `big`'s place, by its main piece?"""
    members = [m for incident in small.incidents for m in incident.members]
    if not members:
        return False
    for member in members:
        article = articles.get(member.article_id)
        if article is None:
            return False
        main = next((p for p in article_pieces(article) if p.main), None)
        if main is None or not another_days_incident(main, article, big, settings, articles):
            return False
    return True


def _the_places_other_news(
    piece: Piece,
    article: ArticleFacts,
    event: EventState,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Once the sizes say another incident: are both kinds whose toll is known on its day
    (`_both_known_on_their_day`), and does the piece's report not retell the event's story (`_retells_its_story`)?"""
    return _both_known_on_their_day(article, event, articles) and not _retells_its_story(
        piece, event, articles, settings
    )


def _own_harm(values: Mapping[str, int] | Mapping[str, list[int]]) -> bool:
    return any(values.get(m) for m in (KILLED, WOUNDED))


def _recounted(report: ArticleFacts, counts: Mapping[str, Sequence[int]], own: Mapping[str, int]) -> bool:
    """Does the report recount, as another incident's (background), one of `counts` (above one), larger than its
    `own` count of that harm?"""
    return any(
        c.role == Role.BACKGROUND
        and c.metric in (KILLED, WOUNDED)
        and c.value > 1
        and c.value in counts.get(c.metric, ())
        and own.get(c.metric, 0) < c.value
        for c in report.claims
    )


def _retells_its_story(
    piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None, settings: GroupingSettings
) -> bool:
    """Does the piece's report name a person one of the event's reports names, or share its story's words (topic
    or copy resemblance at `follow_up_threshold`)? Not the names of places: a city's other news names the city, its
    police and its streets as the event's reports do."""
    if not piece.fingerprint or not articles:
        return False
    for aid in sorted(event.article_ids)[: settings.similarity_sample]:
        other = articles.get(aid)
        if other is None or not other.fingerprint or aid == piece.article_id:
            continue
        mine, theirs = piece.fingerprint, other.fingerprint
        if shared_persons(mine, theirs):
            return True
        if max(topic_similarity(mine, theirs), 2 * copy_similarity(mine, theirs)) >= settings.follow_up_threshold:
            return True
    return False


def _hurt(values: Mapping[str, int]) -> int:
    return values.get(KILLED, 0) + values.get(WOUNDED, 0)


def _days_told(event: EventState) -> set[date] | None:
    """The days the event's reports tell: each one's incident date, else its publication's; None when one of them
    has neither (nothing then says the piece's day is not its: the seeds' undated reports of Ganja's strikes of
    4 and 11 October are one event, which reading an undated report as telling no day at all split)."""
    days: set[date] = set()
    for incident in event.incidents:
        for member in incident.members:
            day = member.date or member.published
            if day is None:
                return None
            days.add(day)
    return days or None


def _of_another_size(mine: int, theirs: int, gap: int, settings: GroupingSettings) -> bool:
    """Are two counts of the dead and hurt of another size for incidents `gap` days apart? A day apart (within
    `date_slack_days`, where a late report of the event's night may fall) only a lone victim or two beside several
    (`SEVERAL_VICTIMS`) is; further apart, any two counts `FAR_TOLL_RATIO` or more apart."""
    if not theirs:
        return False
    if gap <= settings.date_slack_days:
        return mine <= LONE_VICTIMS and theirs >= SEVERAL_VICTIMS
    return max(mine, theirs) >= FAR_TOLL_RATIO * min(mine, theirs)


def _shares_a_count_above_one(piece: Piece, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does the piece give one of the event's counts of the dead or the wounded above one? One dead is any lone
    victim's count, and a shooting's officer killed beside six hurt shares it with the man shot dead two days on."""
    return any(v > 1 and v in hints.get(m, ()) for m, v in piece.headline_values().items() if m in (KILLED, WOUNDED))


def _both_known_on_their_day(
    article: ArticleFacts, event: EventState, articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Do the report and the event's reports tell kinds of disaster whose toll is known on its day (a shooting, a
    crash: `TOLL_OF_ITS_DAY_KINDS`), each one that tells a kind at all? A drive-by's report may name no kind
    ("shots were fired from a passing car"); a flood's or a quake's town counts its share days on
    (`_REGIONAL_KINDS`), and a report telling one is left alone."""
    told = [told_hazards(article), *event_told_hazards(event, articles)]
    kinds = [k for k in told if k]
    if not kinds or any(k & _REGIONAL_KINDS for k in kinds):
        return False
    return all(k & TOLL_OF_ITS_DAY_KINDS for k in kinds)
