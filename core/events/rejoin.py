"""Re-examining lone reports: the second look that canonical order otherwise never gives.

In canonical order a report may come before the reports that bring the evidence it matches: a verdict on an
old attack before the look-backs that give its toll, a country-level count before the city event's later
figures. Placed first, it opens an event of one report, and nothing looks at it again once the event it tells
has grown. After each article is placed (`core.events.blocks.BlockGrouper.add`), the events of one report (or
of reports of one outlet) among its candidates are offered to the events it just grew, with the very scoring
the first placement used (`assign_article` on those events alone): one that now fits moves there, whole; one
that does not stays.

Only the article's candidates are looked at, so the step stays a function of the article, its candidate events
and their members' facts (what the service loads for an in-order arrival and what `usecases/regroup.Steps`
keys a step by): regrouping a block and placing its articles one by one give the same events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from core.events.assign import assign_article
from core.events.pieces import article_pieces
from core.events.state import EventState, GroupingSettings
from core.models import ArticleFacts


def rejoin_lone_reports(
    article_id: str,
    candidates: Sequence[EventState],
    changed: Sequence[EventState],
    settings: GroupingSettings,
    members: Mapping[str, ArticleFacts],
    order: Callable[[ArticleFacts], Any],
) -> list[EventState]:
    """Move into the events `article_id` just grew each untouched lone event among `candidates` (`_lone`) that
    now fits one of them whole; returns every event that changed (a moved one empty, `merged_into` set).
    `order` is the block's canonical order, in which a lone event's reports are placed again."""
    touched = {e.id for e in changed}
    known = {e.id for e in candidates}
    # Grown: an event that was there and took the article; one it opened is no evidence yet (its report did not
    # join the lone one, which must not join it the other way round)
    grown = [
        e for e in changed if e.id in known and e.merged_into is None and e.incidents and article_id in e.article_ids
    ]
    lone = [e for e in candidates if e.id not in touched and e.merged_into is None and _lone(e, members)]
    if not grown or not lone or not _brings_figures(members.get(article_id)):
        return []
    moved: dict[str, EventState] = {}
    for event in sorted(lone, key=lambda e: e.id):
        reports = sorted((members[i] for i in event.article_ids), key=order)
        if not all(_holds_all_of(event, report) for report in reports):
            continue
        older = [
            g
            for g in grown
            if _opened_before(g, reports[0], members, order) and _brings_its_figure(article_id, g, reports, members)
        ]
        target = _placed_whole(reports, older, settings, members) if older else None
        if target is None:
            continue
        grown = [target if g.id == target.id else g for g in grown]
        moved[target.id] = target
        event.incidents = []
        event.merged_into = target.id
        moved[event.id] = event
    return sorted(moved.values(), key=lambda e: e.id)


def _opened_before(
    grown: EventState, first: ArticleFacts, members: Mapping[str, ArticleFacts], order: Callable[[ArticleFacts], Any]
) -> bool:
    """Was the grown event there when the lone event's first report was placed? Then that report was offered it
    and is offered it again, now that it holds more. One opened after it was opened by a report that met the lone
    event and chose to stand apart (a mass shooting beside a lone killing two nights before): that choice stands.
    """
    told = [members[i] for i in grown.article_ids if i in members and members[i].claims]
    return bool(told) and min(order(a) for a in told) < order(first)


def _figures(article: ArticleFacts) -> set[tuple[str, int]]:
    return {(metric, v) for p in article_pieces(article) for metric, v in p.headline_values().items() if v}


def _brings_its_figure(
    article_id: str, grown: EventState, reports: Sequence[ArticleFacts], members: Mapping[str, ArticleFacts]
) -> bool:
    """Did the article bring into the grown event a figure the lone reports tell, which none of its other reports
    told (the final toll 191 a verdict gave before the anniversary brought it)? That is the evidence the lone
    reports lacked when they were placed; without it the event is the one they were offered already."""
    brought = _figures(members[article_id])
    for other in grown.article_ids - {article_id}:
        if other in members:
            brought -= _figures(members[other])
    told = set().union(*(_figures(r) for r in reports))
    return bool(brought & told)


def _brings_figures(article: ArticleFacts | None) -> bool:
    """Only a report with figures brings evidence a lone report may match (a toll, its days); one without joins
    on its place, days and words and brings none (a first alert must not pull a later killing in after it)."""
    return article is not None and bool(article_pieces(article))


def _lone(event: EventState, members: Mapping[str, ArticleFacts]) -> bool:
    """An event of one report, or of reports of one outlet (its running updates): one voice, which canonical
    order may have heard before the reports that make it fit."""
    if not event.incidents or not event.article_ids or any(i not in members for i in event.article_ids):
        return False
    if len(event.article_ids) == 1:
        return True
    outlets = {members[i].source for i in event.article_ids}
    return len(outlets) == 1 and "" not in outlets


def _holds_all_of(event: EventState, report: ArticleFacts) -> bool:
    """Does the event hold every claim its report groups? A report split over several events is left alone:
    moving one part would leave the rest behind."""
    held = {c for inc in event.incidents for m in inc.members if m.article_id == report.id for c in m.claim_ids}
    told = {c for p in article_pieces(report) for c in p.claim_ids}
    return bool(told) and told <= held


def _placed_whole(
    reports: Sequence[ArticleFacts],
    grown: Sequence[EventState],
    settings: GroupingSettings,
    members: Mapping[str, ArticleFacts],
) -> EventState | None:
    """The grown event every piece of the reports joins when they are placed, in order, on the grown events
    alone (copies), or None when a piece would open an event of its own or the pieces part ways."""
    copies = [EventState.from_dict(e.to_dict()) for e in grown]
    related = {i: members[i] for e in copies for i in e.article_ids if i in members}
    opened: list[int] = []
    target: EventState | None = None
    for report in reports:
        related[report.id] = report
        changed = assign_article(report, copies, new_id=_refusing(opened), settings=settings, articles=related)
        if opened or len(changed) != 1 or changed[0].merged_into is not None:
            return None
        if target is not None and changed[0].id != target.id:
            return None
        target = changed[0]
    return target


def _refusing(opened: list[int]) -> Callable[[], str]:
    def new_id() -> str:
        opened.append(1)
        return f"rejoin-opened-{len(opened)}"

    return new_id
