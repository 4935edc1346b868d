"""The merge layer across blocks, in the service: links between events of different blocks, kept in Redis, and
the groups they make when events are read (core.events.across_blocks holds the score and the joined event).

The grouper never compares events of two blocks, so a report placed in another country, read in another script
or placed nowhere stays apart from its event. Above the blocks, each live event has a **profile**
(`profile_of`, from its state and its members' stored anchors) and a set of **links** to events of other
blocks (`linked`, a function of the two profiles). An event's **group** is its component over links
(`joined_groups` gives the root: earliest start, then smallest id); reading the root gives the `joined_event` of
the group, reading another member answers like an event merged away (308 to the root), and listings show
roots only.

**The link step** (`relink`). A block's settle marks every event it changed *dirty* in the same script that
writes the events (`EventWrites.relink`: a token per settle in `Keys.across_dirty`). Then, under one short lock
(`Keys.across_lock`), the step reads the dirty events' states, builds their profiles, finds candidates through
the crossing-key index (two events that may be linked share a key), decides every pair the event is in (its
candidates and its current links) from the current profiles, and writes, in one script that runs only while
the lock is held: the profiles and index entries, the link changes on both sides, and the dirty marks cleared
only while their token is the one it read (a settle that marked the event again meanwhile keeps its mark).

Why this is safe and order-independent:
- Every pair is decided from the two events' current profiles under one lock, so after every dirty event is
  relinked, the links are exactly {(a, b): linked(profile a, profile b)}: a function of the events, which are a
  function of the articles (core.events.blocks), whatever the order of arrivals, workers or link steps.
- Idempotent: relinking an event that did not change writes nothing new.
- A crash (a worker killed) between the settle and the link step, or inside it, leaves the marks (the link
  step's writes are one script: all or nothing): the next settle that changes the event relinks it, and the
  periodic sweep (`relink_dirty`, run by `settle_pending`) relinks whatever is left. A link step whose lock
  expired writes nothing and starts over.
- An event that vanished (deleted, emptied, renamed by a regroup) is relinked as gone: its profile, index
  entries and links are dropped, both sides.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from core.events import EventState, GroupingSettings
from core.events.across_blocks import EventProfile, crossing_keys, joined_event, joined_groups, linked, profile_of
from core.models import ArticleFacts, ArticleStatus
from store.across import Dirty, LinkWrites, StoredProfile
from store.outbox import OutboxEntry
from store.repository import RedisStore
from usecases.outbox import event_links_entries

log = logging.getLogger("factrecon.across")

# The most events one group may hold: a larger component (a chain of links) is not joined at all, so every
# member reads alone, whichever one the reading starts from (a bound that depended on the start would not be).
MAX_GROUP = 24
# The most dirty events one sweep step relinks.
SWEEP_BATCH = 200


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def pairs_to_decide(
    changed: Iterable[str], candidates: Mapping[str, set[str]], current: Mapping[str, set[str]]
) -> set[tuple[str, str]]:
    """Every pair a changed event is in that may hold a link now or did before: it and each of its candidates
    (events sharing a crossing key) and each event it is linked to now (sorted pairs, never an event with
    itself)."""
    pairs = set()
    for event_id in changed:
        for other in candidates.get(event_id, set()) | current.get(event_id, set()):
            if other != event_id:
                pairs.add(_pair(event_id, other))
    return pairs


def link_changes(
    pairs: Iterable[tuple[str, str]],
    profiles: Mapping[str, EventProfile | None],
    current: Mapping[str, set[str]],
    decide: Callable[[EventProfile, EventProfile], bool] = linked,
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(pairs to link, pairs to unlink): each pair decided from its two profiles (a missing or None profile:
    an event gone, never linked), compared with the links now (`current` needs the links of one side of every
    pair: the changed events')."""
    link, unlink = set(), set()
    for a, b in pairs:
        pa, pb = profiles.get(a), profiles.get(b)
        now = b in current.get(a, set()) or a in current.get(b, set())
        want = pa is not None and pb is not None and decide(pa, pb)
        if want and not now:
            link.add((a, b))
        elif now and not want:
            unlink.add((a, b))
    return link, unlink


def component(
    start: str, neighbours: Callable[[list[str]], Mapping[str, set[str]]], bound: int = MAX_GROUP
) -> tuple[set[str], set[tuple[str, str]]] | None:
    """The events connected to `start` through links and the links among them (breadth first, one read per
    level), or None when they are more than `bound`."""
    seen = {start}
    frontier = [start]
    pairs: set[tuple[str, str]] = set()
    while frontier:
        found = neighbours(frontier)
        nxt = []
        for event_id in frontier:
            for other in found.get(event_id, set()):
                pairs.add(_pair(event_id, other))
                if other not in seen:
                    seen.add(other)
                    nxt.append(other)
        if len(seen) > bound:
            return None
        frontier = sorted(nxt)
    return seen, pairs


@dataclass(frozen=True)
class Group:
    """An event's group over links: its root and every member (sorted, the root among them)."""

    root: str
    members: tuple[str, ...]

    @property
    def joined(self) -> bool:
        return len(self.members) > 1


def alone(event_id: str) -> Group:
    return Group(event_id, (event_id,))


def group_of(store: RedisStore, event_id: str, links: set[str] | None = None) -> Group:
    """The event's group (`links`: its links when read already). Events without links read alone with one
    round trip; a component larger than `MAX_GROUP` is not joined."""
    own = store.across.links_of([event_id])[event_id] if links is None else links
    if not own:
        return alone(event_id)
    first = {event_id: own}

    def neighbours(ids: list[str]) -> Mapping[str, set[str]]:
        known = {i: first[i] for i in ids if i in first}
        return {**store.across.links_of([i for i in ids if i not in known]), **known}

    found = component(event_id, neighbours)
    if found is None:
        return alone(event_id)
    members, pairs = found
    profiles = [EventProfile.from_dict(s.profile) for s in store.across.stored(members).values()]
    roots = joined_groups(profiles, pairs)
    root = roots.get(event_id, event_id)
    return Group(root, tuple(sorted({i for i, r in roots.items() if r == root} | {event_id})))


def groups_of(store: RedisStore, event_ids: Sequence[str]) -> dict[str, Group]:
    """Each event's group (the links of all of them read in one round trip)."""
    links = store.across.links_of(event_ids)
    return {i: group_of(store, i, links[i]) if links[i] else alone(i) for i in event_ids}


def group_version(versions: Mapping[str, int]) -> int:
    """One version for a group's joined view: changes whenever a member's version or the membership does."""
    text = ",".join(f"{i}:{v}" for i, v in sorted(versions.items()))
    return int(hashlib.sha256(text.encode()).hexdigest()[:15], 16) + (1 << 62)


def joined_state(
    states: Mapping[str, EventState], group: Group, facts: Mapping[str, ArticleFacts], settings: GroupingSettings
) -> EventState:
    """The group's event: the root's state joined with the others' (members gone meanwhile are left out)."""
    root = states[group.root]
    others = [states[i] for i in group.members if i != group.root and i in states]
    return joined_event(root, others, facts, settings) if others else root


# ---------------------------------------------------------------------------------------------------------
# The link step


def _live(state: EventState | None) -> bool:
    return state is not None and bool(state.incidents) and bool(state.article_ids) and state.merged_into is None


def _profiles_now(
    store: RedisStore, event_ids: list[str], settings: GroupingSettings
) -> dict[str, EventProfile | None]:
    """The changed events' profiles as they are now (None for an event gone or emptied)."""
    raw = store.load_event_dicts(event_ids)
    states = {i: EventState.from_dict(d) for i, d in raw.items()}
    live = {i: s for i, s in states.items() if _live(s)}
    anchors = {a.article_id: a for a in store.blocks.anchors(sorted({a for s in live.values() for a in s.article_ids}))}
    out: dict[str, EventProfile | None] = dict.fromkeys(event_ids)
    for event_id, state in live.items():
        mine = [anchors[a] for a in sorted(state.article_ids) if a in anchors]
        out[event_id] = profile_of(state, mine, settings.span_days)
    return out


def plan_links(store: RedisStore, dirty: Mapping[str, Dirty], settings: GroupingSettings) -> LinkWrites:
    """The writes that relink these dirty events (read under the link lock; see the module docstring): three
    round trips, the events' states, the anchors this process has not kept, and the candidates with the
    current links' other ends."""
    event_ids = sorted(dirty)
    profiles = _profiles_now(store, event_ids, settings)
    keys = {i: frozenset(crossing_keys(p)) if p is not None else frozenset() for i, p in profiles.items()}
    current = {i: d.links for i, d in dirty.items()}
    ends = {o for links in current.values() for o in links} - set(event_ids)
    around = store.across.around(set().union(*keys.values()), ends)
    candidates = {
        i: {o for o, record in around.items() if o not in dirty and record.keys & keys[i]}
        | {j for j in event_ids if j != i and keys[i] & keys[j]}  # (through their new keys)
        for i in event_ids
    }  # fmt: skip
    pairs = pairs_to_decide(event_ids, candidates, current)
    everyone: dict[str, EventProfile | None] = {
        o: EventProfile.from_dict(record.profile) for o, record in around.items() if o not in dirty
    }
    everyone.update(profiles)
    link, unlink = link_changes(pairs, everyone, current)
    writes = LinkWrites(linked=link, unlinked=unlink)
    for event_id, profile in profiles.items():
        old = dirty[event_id].stored
        if profile is None:
            if old is not None:
                writes.dropped[event_id] = old.keys
            continue
        writes.saved[event_id] = StoredProfile(profile.to_dict(), keys[event_id])
        if old is not None and old.keys - keys[event_id]:
            writes.stale_keys[event_id] = set(old.keys - keys[event_id])
    return writes


def _notices(writes: LinkWrites) -> list[OutboxEntry]:
    """`event.updated` for every event whose links changed (a reader of it may now be sent to another root);
    the marks consumed make two steps' notices distinct, and a step planned again the same."""
    changes: dict[str, list[str]] = {}
    for sign, pairs in (("+", writes.linked), ("-", writes.unlinked)):
        for a, b in sorted(pairs):
            changes.setdefault(a, []).append(sign + b)
            changes.setdefault(b, []).append(sign + a)
    return event_links_entries(changes, sorted(writes.consumed.values()))


def relink(
    store: RedisStore, settings: GroupingSettings, event_ids: Iterable[str] | None = None, done: str | None = None
) -> list[str]:
    """Relink the dirty events among `event_ids` (None: up to `SWEEP_BATCH` dirty events, the sweep's step);
    returns the events relinked. Events not marked dirty are left alone (another step relinked them). `done`:
    an article marked done in the same commit (its events are then in place, links included); when nothing
    was dirty it is marked done alone."""
    wanted = None if event_ids is None else sorted(set(event_ids))
    ids = _relink_once(store, settings, wanted, done) if wanted is None or wanted else []
    if done is not None and not ids:
        store.set_status(done, ArticleStatus.DONE)
    return ids


def _relink_once(
    store: RedisStore, settings: GroupingSettings, wanted: list[str] | None, done: str | None = None
) -> list[str]:
    ids = wanted if wanted is not None else sorted(store.across.dirty(limit=SWEEP_BATCH))
    if not ids:
        return []
    while True:
        with store.across.linking(ids) as held:
            dirty: dict[str, Dirty] = held.read
            if not dirty:
                return []
            writes = plan_links(store, dirty, settings)
            writes.consumed = {i: d.token for i, d in dirty.items()}
            writes.outbox = _notices(writes)
            _test_only_slow_link()
            also = (lambda pipe: store.queue_done(pipe, done)) if done is not None else None
            if store.across.commit(held, writes, also):
                return sorted(dirty)
        # the lock expired and another worker took it: nothing was written; plan again


def _test_only_slow_link() -> None:
    """TEST-ONLY hook: FACTRECON_TEST_SLOW_LINK_SECONDS makes each link step sleep before its commit, holding
    the link lock, so the crash test (tests/reliability) can kill a worker mid-link. Unset (always, outside that
    test): no effect. Never set it in a deployment."""
    delay = os.environ.get("FACTRECON_TEST_SLOW_LINK_SECONDS")
    if delay:
        time.sleep(float(delay))


def relink_dirty(store: RedisStore, settings: GroupingSettings) -> int:
    """Relink every event left dirty (the periodic sweep: a worker killed between a settle and its link step,
    or inside it); returns how many."""
    done = 0
    while ids := relink(store, settings):
        done += len(ids)
    if done:
        log.info("sweeper relinked %d events whose links a crash left to recompute", done)
    return done
