"""Placing an article's claims into events, and taking them out again, block by block.

The events are a function of the set of articles (core.events.blocks), whatever the arrival order and the
number of workers:

1. **Deciding blocks** (short, under the anchors lock): the article's anchor is saved; its block is decided
   among the anchors around it in time; weakly placed articles it now pulls (or, deleted, no longer pulls)
   change block. Every move is queued as a pending change of the blocks concerned, in one transaction.
2. **Settling each block concerned** (under that block's lock, so workers settle different blocks at once):
   when the pending changes only add articles that come after every other article of the block in canonical
   order, they are placed on the stored events one step each (what regrouping would give); otherwise the
   block is regrouped from its articles. The event writes, the consumed changes, the article's `done` and the
   notifications commit together (the outbox); a change pushed meanwhile makes the block plan again.

A crash between the two steps leaves changes pending: the article's retry, the next article of the block, or
the periodic sweep (`settle_pending`) settles them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from core.events import EventState, GroupingSettings, candidate_keys, index_keys, remove_article
from core.events.blocks import (
    UNPLACED_BLOCK,
    Anchor,
    BlockGrouper,
    Pull,
    anchor_of,
    anchor_persons,
    as_member,
    attraction,
    block_of,
    joint_key,
    may_bridge,
    pull_of,
    strongest_pull,
    timeless_block,
    timeless_movable,
    window_reach,
)
from core.models import ArticleFacts
from settings import Settings
from store.blocks import ADD, JOINING, LEAVING, Deciding, Move, changed_articles
from store.outbox import OutboxEntry
from store.repository import EventWrites, RedisStore
from usecases.across import relink, relink_dirty
from usecases.outbox import article_deleted_entries, events_regrouped_entries
from usecases.regroup import regroup_members

# Builds the notifications of an outcome from the ids of the events it changed.
Announce = Callable[[list[str]], list[OutboxEntry]]
# The same, also told which pending changes of the block were applied (they make a regroup's notices distinct).
_Notices = Callable[[list[str], list[str]], list[OutboxEntry]]


def grouping_settings(settings: Settings) -> GroupingSettings:
    """The grouper's settings from the service's: workers and the API (deletions) must group alike."""
    return GroupingSettings(
        span_days=settings.event_span_days,
        block_regroup_limit=settings.block_regroup_limit,
        merge_across_blocks=settings.merge_across_blocks,
    )


def joining(settings: Settings) -> GroupingSettings | None:
    """What the read functions take as `joined` (usecases/reconciliation.py): the grouper's settings when events
    of different blocks are joined (FACTRECON_MERGE_ACROSS_BLOCKS), else None."""
    return grouping_settings(settings) if settings.merge_across_blocks else None


def _ordinal(day: date | None) -> float:
    return float(day.toordinal()) if day else 0.0


def _events_in(store: RedisStore, sets: list[str]) -> list[EventState]:
    """The events filed under these sets (index keys, articles' event sets), read in one round trip."""
    return [EventState.from_dict(d) for d in store.events_in(sets).values()]


@dataclass(frozen=True)
class _Before:
    """What the events looked like before the change (the core updates its arguments in place)."""

    index_keys: dict[str, set[str]]
    members: dict[str, set[str]]

    @classmethod
    def of(cls, events: list[EventState]) -> _Before:
        return cls({e.id: set(index_keys(e)) for e in events}, {e.id: set(e.article_ids) for e in events})


def _writes(before: _Before, changed: list[EventState]) -> EventWrites:
    """The writes of changed events: index keys replaced (they move as dates change), empty events deleted
    (pointing to where their members went), and only memberships that changed."""
    keep = {e.id: e for e in changed if e.incidents and e.article_ids}
    drop = [e.id for e in changed if e.id not in keep]
    new_keys = {e.id: index_keys(e) for e in keep.values()}
    return EventWrites(
        changed={e.id: e.to_dict() for e in keep.values()},
        index_keys=new_keys,
        stale_index_keys={i: before.index_keys.get(i, set()) - new_keys.get(i, set()) for i in [*keep, *drop]},
        start_ordinals={e.id: _ordinal(e.start_date) for e in keep.values()},
        memberships={e.id: e.article_ids - before.members.get(e.id, set()) for e in keep.values()},
        left={e.id: before.members.get(e.id, set()) - (e.article_ids if e.id in keep else set()) for e in changed},
        deleted=drop,
        merged={e.id: e.merged_into for e in changed if e.id not in keep and e.merged_into},
    )


# ---------------------------------------------------------------------------------------------------------
# Step 1: deciding blocks


def _anchors_around(
    store: RedisStore, anchor: Anchor, settings: GroupingSettings, *, weak_only: bool = False
) -> list[Anchor]:
    """The anchors whose time window overlaps this one's (`weak_only`: the weakly placed ones)."""
    if anchor.window is None:
        return []
    found = store.blocks.anchors_overlapping(
        anchor.window[0], anchor.window[1], window_reach(settings), weak_only=weak_only
    )
    return [a for a in found if a.article_id != anchor.article_id]


def _unique(anchors: Iterable[Anchor], *, leaving_out: Iterable[str] = ()) -> list[Anchor]:
    """The anchors, each once, in the order given, without those of `leaving_out` (article ids)."""
    seen = set(leaving_out)
    found = []
    for a in anchors:
        if a.article_id not in seen:
            seen.add(a.article_id)
            found.append(a)
    return found


def _pullers_beyond_time(store: RedisStore, anchor: Anchor) -> list[Anchor]:
    """The anchors that may pull `anchor` whatever their windows (see `attraction`): for a report nothing dates
    (`timeless_movable`), the dated reports of its kinds of disaster and every report naming a person it names;
    for a dated, weakly placed one, the reports nothing dates naming a person it names. The rest are found by
    time; a dated, firmly placed report is pulled by none."""
    if not anchor.weak and not timeless_movable(anchor):
        return []
    named = store.blocks.person_anchors(anchor_persons(anchor))
    if timeless_movable(anchor):
        # (and, for one placed nowhere, the movable reports nothing dates of its kinds: `blocks._undated_toll_pull`)
        undated = store.blocks.kind_anchors(anchor.kinds, timeless=True) if anchor.home == UNPLACED_BLOCK else []
        found = [*store.blocks.kind_anchors(anchor.kinds), *undated, *named]
    else:
        found = [a for a in named if a.window is None]
    return _unique(found, leaving_out=[anchor.article_id])


def _pullers_of(store: RedisStore, anchor: Anchor, settings: GroupingSettings) -> list[Anchor]:
    """Every anchor that may pull `anchor`: those around it in time and those beyond it."""
    return _unique([*_anchors_around(store, anchor, settings), *_pullers_beyond_time(store, anchor)])


def _pulled_beyond_time(store: RedisStore, cause: Anchor) -> list[Anchor]:
    """The anchors `cause` may pull whatever their windows: the movable reports nothing dates of its kinds
    (`timeless_movable`, when it is dated) and those naming a person it names; when nothing dates `cause`, also
    the dated reports naming a person it names, and, when it names countries together (`Anchor.joint`), the
    movable reports nothing dates naming a person it names (`core.events.blocks._names_a_joint_disaster`)."""
    named = [
        a for a in store.blocks.person_anchors(anchor_persons(cause))
        if a.weak or (cause.joint and cause.window is None and timeless_movable(a))
    ]  # fmt: skip
    if cause.window is not None:
        named = [a for a in named if a.window is None]
        named = [*store.blocks.kind_anchors(cause.kinds, timeless=True), *named] if cause.kinds else named
    elif cause.kinds and timeless_movable(cause):
        # an undated report placed nowhere may follow it (`core.events.blocks._undated_toll_pull`)
        undated = [a for a in store.blocks.kind_anchors(cause.kinds, timeless=True) if a.home == UNPLACED_BLOCK]
        named = [*undated, *named]
    return _unique(named, leaving_out=[cause.article_id])


def _moves_of_pulled(
    store: RedisStore,
    cause: Anchor,
    around: list[Anchor],
    settings: GroupingSettings,
    *,
    leaving: bool,
    current: dict[str, str | None] | None = None,
) -> list[Move]:
    """Dated, weakly placed articles whose block `cause` decides: those it pulls (see `attraction`). Their block
    is decided again among their own pullers, with `cause` (arriving) or without it (`leaving`). An article's
    block is the home of the one that pulls it most, so an arrival can only move it to the arrival's home, and
    a departure only matters to those it held: the others are left alone (a burst about one town stays
    linear). `current`: the blocks of `around` when read already. Reports nothing dates keep the pull they
    follow instead (`_moves_of_timeless`)."""
    weak = [a for a in around if (a.weak or cause.joint) and a.window is not None]
    current = dict(current or {})
    unread = [a.article_id for a in weak if a.article_id not in current]
    current.update(store.blocks.blocks_of(unread) if unread else {})
    concerned = [
        a for a in weak
        if a.weak and (current.get(a.article_id) == cause.home) == leaving
        and attraction(a, cause, settings) is not None
    ]  # fmt: skip
    # A report naming countries together (`Anchor.joint`) moves the reports of its kind in its days of those
    # countries into their joint block, firmly placed or not (`core.events.blocks._joint_block`); leaving, it may
    # let those of its block go back. Those in that block already stay when it arrives (each moves once).
    if cause.joint:
        joint = joint_key(cause)
        concerned += [
            a for a in weak
            if (current.get(a.article_id) == joint) == leaving and may_bridge(cause, a, current.get(a.article_id))
        ]  # fmt: skip
    moves = []
    for other in _unique(concerned):
        neighbours = [a for a in _pullers_of(store, other, settings) if a.article_id != cause.article_id]
        block = block_of(other, neighbours if leaving else [*neighbours, cause], settings)
        if block != current.get(other.article_id):
            moves.append(Move(other.article_id, current.get(other.article_id), block, other.published))
    return moves


def _moves_of_timeless(
    store: RedisStore,
    cause: Anchor,
    settings: GroupingSettings,
    pulls: dict[str, Pull | None],
    pulled: list[Anchor],
    *,
    leaving: bool,
) -> list[Move]:
    """Reports nothing dates (`timeless_movable`) that `cause` pulls (arriving) or pulled (`leaving`), among
    `pulled` (`_pulled_beyond_time`): each keeps the pull it follows (`RedisStore.blocks.timeless_pulls`), so an arrival
    is compared with that one alone; a departure that held one decides it again among its pullers
    (`_pullers_beyond_time`). Their new pulls are put in `pulls`."""
    timeless = [t for t in pulled if timeless_movable(t)]
    if not timeless:
        return []
    kept = store.blocks.timeless_pulls(t.article_id for t in timeless)
    current = store.blocks.blocks_of(t.article_id for t in timeless)
    moves = []
    for t in timeless:
        best = kept.get(t.article_id)
        if leaving:
            if best is None or best[2] != cause.article_id:
                if not cause.joint:
                    continue
                # (a report naming countries together leaves: those it held in their joint block may go home)
            else:
                others = [a for a in _pullers_beyond_time(store, t) if a.article_id != cause.article_id]
                best = strongest_pull(t, others, settings)
                pulls[t.article_id] = best
        else:
            pull = pull_of(t, cause, settings)
            if pull is not None and (best is None or pull < best):
                best = pulls[t.article_id] = pull
            elif not cause.joint:
                continue
            # (else a report naming countries together arrives: its puller's block may now be theirs)
        block = _timeless_block_of(store, t, best, settings, cause, leaving=leaving)
        if block != current.get(t.article_id):
            moves.append(Move(t.article_id, current.get(t.article_id), block, t.published))
    return moves


def _timeless_block_of(
    store: RedisStore, t: Anchor, best: Pull | None, settings: GroupingSettings, cause: Anchor, *, leaving: bool
) -> str:
    """The block of a report nothing dates that follows `best` (`core.events.blocks.timeless_block`): its
    puller's home, or the joint block of a disaster that crossed a border when reports naming that home's
    country with others (kept among the weakly placed anchors) meet the puller's days; with `cause` arriving,
    or without it leaving."""
    if best is None:
        return t.home
    extra = [] if leaving else [cause]
    puller = next((a for a in extra if a.article_id == best[2]), None)
    stored = store.blocks.anchors([best[2]]) if puller is None else [puller]
    around = _anchors_around(store, stored[0], settings, weak_only=True) if stored else []
    others = _unique([*stored, *around, *extra], leaving_out=[cause.article_id] if leaving else [])
    return timeless_block(t, best, others)


def _decide_block(
    store: RedisStore, facts: ArticleFacts, settings: GroupingSettings, save: Mapping[str, str] | None = None
) -> tuple[str, set[str]] | None:
    """Save the article's anchor and block (and `save`, fields of the article: its extraction), move the
    articles it pulls; returns its block and every block with a change, or None when the article was deleted
    meanwhile. The lock is taken with the first reads, and released in the commit: two round trips when the
    anchors around are cached."""
    anchor = anchor_of(facts, settings)
    # A firmly placed article stays home and can only pull weakly placed ones: only those are read.
    reach = window_reach(settings)
    # (a report naming countries together may move firmly placed ones too: it reads every anchor around)
    with store.blocks.deciding(facts.id, anchor.window, reach, weak_only=not (anchor.weak or anchor.joint)) as held:
        read: Deciding = held.read
        if not read.exists:  # deleted while it was being extracted (DELETE takes this lock too)
            return None
        around = [a for a in store.blocks.anchors(read.around) if a.article_id != facts.id]
        pullers = _unique([*around, *_pullers_beyond_time(store, anchor)])
        pulls: dict[str, Pull | None] = {}
        if timeless_movable(anchor):  # it keeps the pull it follows (see `_moves_of_timeless`)
            pulls[facts.id] = strongest_pull(anchor, pullers, settings)
        own = block_of(anchor, pullers, settings)
        moves = [] if read.block == own else [Move(facts.id, read.block, own, anchor.published)]
        beyond = _pulled_beyond_time(store, anchor)
        pulled = _unique([*around, *beyond])
        moves += _moves_of_pulled(store, anchor, pulled, settings, leaving=False, current=read.blocks)
        moves += _moves_of_timeless(store, anchor, settings, pulls, beyond, leaving=False)
        also = (lambda pipe: store.queue_save(pipe, facts.id, save)) if save else None
        store.blocks.commit(moves, anchor=anchor, also=also, release=held, pulls=pulls)
    return own, {own} | {b for m in moves for b in (m.old_block, m.new_block) if b is not None}


# ---------------------------------------------------------------------------------------------------------
# Step 2: settling a block


def _apply_steps(
    store: RedisStore,
    block: str,
    settings: GroupingSettings,
    *,
    removing: Iterable[str] = (),
    placing: list[ArticleFacts],
) -> EventWrites:
    """Change the stored events step by step: take `removing` out of them, then place each of `placing` (in
    the order given) on the events so far. For articles later than every other of the block, placed in
    canonical order, this is what regrouping the block gives."""
    removing = sorted(set(removing))
    keys: set[str] = set()
    for article in placing:
        keys |= candidate_keys(article, settings, block=block)
    sets = [store.keys.events_index(k) for k in keys] + [store.keys.article_events(i) for i in removing]
    stored = [e for e in _events_in(store, sets) if e.block == block]
    before = _Before.of(stored)
    changed: dict[str, EventState] = {}
    for article_id in removing:
        for event in remove_article(article_id, stored, settings=settings):
            changed[event.id] = event
    members = store.get_facts({i for e in stored for i in e.article_ids})
    grouper = BlockGrouper(block, settings, [e for e in stored if e.incidents])
    for article in placing:
        for event in grouper.add(article, members):
            changed[event.id] = event
        members[article.id] = as_member(article)
    return _writes(before, list(changed.values()))


def _placing(store: RedisStore, article_ids: list[str], arriving: ArticleFacts | None) -> list[ArticleFacts]:
    """The articles as they are placed (with text and url), in the order given; the one being processed is
    at hand already."""
    known = {arriving.id: arriving} if arriving is not None else {}
    missing = [i for i in article_ids if i not in known]
    facts = {**known, **(store.placing_facts(missing) if missing else {})}
    return [facts[i] for i in article_ids if i in facts]


def _apply_in_one_step(
    store: RedisStore,
    block: str,
    article_ids: list[str],
    changes: list[str],
    settings: GroupingSettings,
    arriving: ArticleFacts | None,
) -> EventWrites:
    """A block above `block_regroup_limit`: articles that left are taken out of the stored events, and those
    that joined are placed on them in canonical order, one step each (bounded cost; order-dependent)."""
    leaving = set(changed_articles(changes, LEAVING))
    joining = set(changed_articles(changes, JOINING))
    present = [i for i in article_ids if i in joining]
    return _apply_steps(store, block, settings, removing=leaving, placing=_placing(store, present, arriving))


def _in_order_arrivals(changes: list[str], article_ids: list[str]) -> list[str] | None:
    """The articles the changes add, when that is all they do and they are the block's last articles in
    canonical order (the fast path); None otherwise."""
    added = changed_articles(changes, (ADD,))
    if not added or len(added) != len(changes) or len(added) > len(article_ids):
        return None
    tail = article_ids[-len(added) :]
    return tail if set(tail) == set(added) else None


def _regroup_stored(
    store: RedisStore, block: str, members: list[tuple[str, float]], changes: list[str], settings: GroupingSettings
) -> EventWrites:
    """Regroup the block from its articles (resuming from a remembered prefix: usecases/regroup.py) and write
    the difference with what is stored."""
    article_ids = [i for i, _ in members]
    leaving = changed_articles(changes, LEAVING)
    sets = [store.keys.article_events(i) for i in [*article_ids, *leaving]]
    old = [e for e in _events_in(store, sets) if e.block == block]
    new = regroup_members(
        block, members, settings, store.placing_facts, store.get_facts, generation=store.cache_generation
    )
    old_by_id = {e.id: e for e in old}
    changed = [e for e in new.values() if e.id not in old_by_id or old_by_id[e.id].to_dict() != e.to_dict()]
    for gone in (e for e in old if e.id not in new):
        changed.append(replace(gone, incidents=[], merged_into=_successor(gone, new.values())))
    return _writes(_Before.of(old), changed)


def _successor(gone: EventState, events: Iterable[EventState]) -> str | None:
    """The event holding most of a vanished event's articles (ties: the smaller id), for its old links."""
    shared = [(len(gone.article_ids & e.article_ids), e.id) for e in events]
    best = min(((-n, i) for n, i in shared if n), default=None)
    return best[1] if best else None


def _settle(
    store: RedisStore,
    block: str,
    settings: GroupingSettings,
    *,
    arriving: ArticleFacts | None = None,
    notices: _Notices,
) -> list[str]:
    """Apply the block's pending changes (see the module docstring); `arriving`, when given, is the article
    being processed: marked done with this block's write. Returns the ids of the events changed."""
    touched: list[str] = []

    def plan(changes: list[str], members: list[tuple[str, float]]) -> EventWrites:
        ids = [m for m, _ in members]
        arrivals = _in_order_arrivals(changes, ids)
        if not changes:
            writes = EventWrites()
        elif arrivals is not None:
            writes = _apply_steps(store, block, settings, placing=_placing(store, arrivals, arriving))
        elif len(ids) > settings.block_regroup_limit:
            writes = _apply_in_one_step(store, block, ids, changes, settings, arriving)
        else:
            writes = _regroup_stored(store, block, members, changes, settings)
        touched[:] = sorted([*writes.changed, *writes.deleted])
        if settings.merge_across_blocks:  # their links are recomputed after this commit (usecases/across.py)
            writes.relink = list(touched)
        if arriving is None:
            writes.outbox = notices(list(touched), changes) if touched else []
            return writes
        # Joining across blocks, it is marked done with its events' links instead (`_relink`).
        writes.article_done = None if settings.merge_across_blocks else arriving.id
        # Applied by another worker already (it regrouped the block): the article's events are in place.
        announced = touched or sorted(store.event_ids_of_article(arriving.id))
        writes.outbox = notices(list(announced), changes)
        return writes

    store.settle_block(block, plan)
    return touched


# ---------------------------------------------------------------------------------------------------------
# Entry points


def group_article(
    store: RedisStore,
    facts: ArticleFacts,
    settings: GroupingSettings,
    announce: Announce | None = None,
    save: Mapping[str, str] | None = None,
) -> list[str]:
    """Place the article in its block's events, mark it done; returns the ids of the events changed in its
    block. `announce` builds the notifications of the outcome from those ids; they commit with it (the
    outbox). Other blocks it changed (articles it pulled) are settled first and announce their own events.
    `save`: fields of the article (its extraction) written with its block, so a regroup by any worker finds
    its claims (nothing is written when the article was deleted meanwhile)."""
    decided = _decide_block(store, facts, settings, save)
    if decided is None:
        return []
    own, blocks = decided
    others = [
        event for block in sorted(blocks - {own})
        for event in _settle(store, block, settings, notices=events_regrouped_entries)
    ]  # fmt: skip
    touched = _settle(store, own, settings, arriving=facts, notices=lambda ids, _: announce(ids) if announce else [])
    _relink(store, settings, [*others, *touched], done=facts.id)
    return touched


def _relink(store: RedisStore, settings: GroupingSettings, event_ids: list[str], done: str | None = None) -> None:
    """Recompute the links across blocks of the events a settle changed (marked dirty with it: a crash before
    this leaves them to the next settle or the sweep), marking `done` done with them: an article is done once
    its events are in place, links included (a crash before leaves it processing: its task runs again)."""
    if settings.merge_across_blocks:
        relink(store, settings, event_ids, done=done)


def ungroup_article(
    store: RedisStore, article_id: str, settings: GroupingSettings | None = None
) -> tuple[list[str], list[str]]:
    """Take a deleted article out of its block (the articles it pulled go back where they belong), delete its
    record, and regroup the blocks concerned; the `event.updated` notifications commit with the events' change
    (the outbox). Returns (event ids changed, outbox entry ids)."""
    settings = settings or GroupingSettings()
    fields = store.announce_fields(article_id)
    created_at = fields[0] if fields else ""
    with store.blocks.anchors_lock():
        stored = store.blocks.anchors([article_id])
        current = store.blocks.blocks_of([article_id])[article_id]
        moves = [] if current is None else [Move(article_id, current, None, 0.0)]
        pulls: dict[str, Pull | None] = {}
        gone: Anchor | str = article_id
        if stored:
            anchor = gone = stored[0]
            around = _anchors_around(store, anchor, settings, weak_only=not anchor.joint)
            beyond = _pulled_beyond_time(store, anchor)
            moves += _moves_of_pulled(store, anchor, _unique([*around, *beyond]), settings, leaving=True)
            moves += _moves_of_timeless(store, anchor, settings, pulls, beyond, leaving=True)
        store.blocks.commit(
            moves, forget=gone, also=lambda pipe: store.queue_delete_article_record(pipe, article_id), pulls=pulls
        )

    def deleted(ids: list[str]) -> list[OutboxEntry]:
        return article_deleted_entries(article_id, created_at, ids)

    touched: list[str] = []
    entry_ids: list[str] = []
    for block in sorted({b for m in moves for b in (m.old_block, m.new_block) if b is not None}):
        changed = _settle(
            store, block, settings, notices=lambda ids, _: article_deleted_entries(article_id, created_at, ids)
        )
        touched += changed
        entry_ids += [e.id for e in deleted(changed)]
    _relink(store, settings, touched)
    store.forget_facts(article_id)
    return touched, entry_ids


def settle_pending(store: RedisStore, settings: GroupingSettings) -> int:
    """Settle the blocks whose changes a crash left pending, and relink the events whose links a crash left to
    recompute (the periodic sweep); returns how many blocks."""
    blocks = store.blocks.pending_blocks()
    for block in blocks:
        _settle(store, block, settings, notices=events_regrouped_entries)
    if settings.merge_across_blocks:
        relink_dirty(store, settings)
    return len(blocks)
