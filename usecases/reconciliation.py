"""Reading reconciled events: one event, its timeline, and the filtered, paginated list."""

from __future__ import annotations

import base64
import json
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.events import EventState, GroupingSettings
from core.models import ArticleFacts, Claim
from core.reconcile import EventView, FigureValue, TimelineEntry, matches_filters, reconcile_event, timeline
from store.repository import RedisStore
from usecases.across import Group, group_of, group_version, groups_of, joined_state
from usecases.errors import InvalidInput, Moved, NotFound

# The read functions take `joined`: the grouper's settings when events of different blocks that the merge layer
# links are read as one (FACTRECON_MERGE_ACROSS_BLOCKS, usecases/across.py), None to read each block's events as
# they are. Joined, an event's group root answers with the group's joined event and every other member answers
# as merged into the root; listings show roots only.


@dataclass(frozen=True)
class ReconciliationQuery:
    location: str | None = None
    metric: str | None = None
    since: date | None = None
    until: date | None = None
    disputed: bool | None = None
    q: str | None = None
    cursor: str | None = None
    limit: int = 20


@dataclass(frozen=True)
class EventPage:
    events: list[VersionedView]
    next_cursor: str | None


class _ViewCache:
    """Per-process cache of reconciled views, keyed by the event's version (bumped on every change).

    A member article's claims never change once it is in an event, and every change to an event (an article
    joining, a DELETE) bumps its version, so an unchanged version means an unchanged view.
    """

    def __init__(self, size: int = 512) -> None:
        self._items: OrderedDict[str, tuple[int, EventView, Mapping[str, ClaimSentence]]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, event_id: str, version: int) -> tuple[EventView, Mapping[str, ClaimSentence]] | None:
        with self._lock:
            hit = self._items.get(event_id)
            if hit and hit[0] == version:
                self._items.move_to_end(event_id)
                return hit[1], hit[2]
            return None

    def put(self, event_id: str, version: int, view: EventView, sentences: Mapping[str, ClaimSentence]) -> None:
        with self._lock:
            self._items[event_id] = (version, view, sentences)
            self._items.move_to_end(event_id)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_cache = _ViewCache()


@dataclass(frozen=True)
class ClaimSentence:
    """Where a value's figure stands in its article: the sentence around the quote.

    `start`/`end` (the quote) and `sentence_start`/`sentence_end` are offsets into the article's `field`
    (text or title), as in a Claim; `sentence` is that field's text between the sentence offsets, or None when
    the claim was stored without them."""

    field: str
    start: int
    end: int
    sentence_start: int | None
    sentence_end: int | None
    sentence: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "sentence": self.sentence,
        }

    def parts(self, quote: str) -> tuple[str, str, str] | None:
        """(before, the figure, after) within the sentence, for highlighting; None without a sentence."""
        if self.sentence is None or self.sentence_start is None:
            return None
        lo, hi = self.start - self.sentence_start, self.end - self.sentence_start
        if not 0 <= lo <= hi <= len(self.sentence) or self.sentence[lo:hi] != quote:
            return None
        return self.sentence[:lo], self.sentence[lo:hi], self.sentence[hi:]


@dataclass(frozen=True)
class VersionedView:
    id: str
    version: int
    view: EventView
    sentences: Mapping[str, ClaimSentence] = field(default_factory=dict)  # claim id -> its sentence

    def document(self) -> dict[str, Any]:
        """The event as the API serves it: the view, each value carrying its claim's sentence and offsets."""
        data = self.view.to_dict()
        for figure in _figure_dicts(data):
            for value in (*figure["values"], *figure["other_values"]):
                found = self.sentences.get(value["claim_id"])
                value.update(found.to_dict() if found else _NO_SENTENCE)
        return data


_NO_SENTENCE = {
    "field": None, "start": None, "end": None, "sentence_start": None, "sentence_end": None, "sentence": None,
}  # fmt: skip


def _figure_dicts(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from data["figures"]
    for incident in data["incidents"]:
        yield from incident["figures"]


def _values(view: EventView) -> Iterator[FigureValue]:
    for figure in (*view.figures, *(f for i in view.incidents for f in i.figures)):
        yield from figure.values
        yield from figure.other_values


def claim_sentence(claim: Claim, text: str, title: str | None) -> ClaimSentence:
    """The sentence a claim sits in, cut from the article's field; None parts for claims stored without it."""
    source = title if claim.field == "title" else text
    lo, hi = claim.sentence_start, claim.sentence_end
    known = source is not None and 0 <= lo <= claim.start and claim.end <= hi <= len(source) and lo < hi
    return ClaimSentence(
        field=claim.field,
        start=claim.start,
        end=claim.end,
        sentence_start=lo if known else None,
        sentence_end=hi if known else None,
        sentence=source[lo:hi] if known and source is not None else None,
    )


def _sentences(
    store: RedisStore, views: list[EventView], facts: Mapping[str, ArticleFacts]
) -> dict[str, ClaimSentence]:
    """Each shown value's claim with its sentence (the article texts are read once per event version)."""
    claim_ids = {v.claim_id for view in views for v in _values(view)}
    claims = {c.id: (article_id, c) for article_id, f in facts.items() for c in f.claims if c.id in claim_ids}
    texts = store.article_texts({article_id for article_id, _ in claims.values()})
    out: dict[str, ClaimSentence] = {}
    for claim_id, (article_id, claim) in claims.items():
        article = texts.get(article_id)
        if article is not None and claim_id is not None:
            out[claim_id] = claim_sentence(claim, *article)
    return out


def versioned_views(store: RedisStore, event_ids: list[str]) -> list[VersionedView]:
    """Reconciled views of the events that still exist, in the order asked, reusing cached ones."""
    versions = store.event_versions(event_ids)
    found: dict[str, tuple[EventView, Mapping[str, ClaimSentence]]] = {}
    stale: list[str] = []
    for event_id, version in versions.items():
        cached = _cache.get(event_id, version)
        if cached is not None:
            found[event_id] = cached
        else:
            stale.append(event_id)
    if stale:
        raw = store.load_event_dicts(stale)
        states = {i: EventState.from_dict(d) for i, d in raw.items()}
        needed: set[str] = set()
        for state in states.values():
            needed |= state.article_ids
        store.sync_deletions()  # a member deleted and submitted again since it was kept: read afresh
        facts = store.get_facts(needed)
        for event_id, state in states.items():
            view = reconcile_event(state, facts)
            found[event_id] = (view, _sentences(store, [view], facts))
            _cache.put(event_id, versions[event_id], *found[event_id])
    return [VersionedView(i, versions[i], *found[i]) for i in event_ids if i in found]


def _joined_states(
    store: RedisStore, group: Group, settings: GroupingSettings
) -> tuple[EventState, dict[str, ArticleFacts]] | None:
    """The group's joined event and its members' facts, or None when its root is gone."""
    raw = store.load_event_dicts(group.members)
    if group.root not in raw:
        return None
    states = {i: EventState.from_dict(d) for i, d in raw.items()}
    store.sync_deletions()
    facts = store.get_facts({a for s in states.values() for a in s.article_ids})
    return joined_state(states, group, facts, settings), facts


def joined_views(store: RedisStore, groups: list[Group], settings: GroupingSettings) -> dict[str, VersionedView]:
    """The joined views of these groups by root id (cached by a version of the whole group; a group whose root
    is gone is left out)."""
    found: dict[str, VersionedView] = {}
    for group in groups:
        versions = store.event_versions(list(group.members))
        if group.root not in versions:
            continue
        version = group_version(versions)
        cached = _cache.get(group.root, version)
        if cached is None:
            joined = _joined_states(store, group, settings)
            if joined is None:
                continue
            state, facts = joined
            view = reconcile_event(state, facts)
            cached = (view, _sentences(store, [view], facts))
            _cache.put(group.root, version, *cached)
        found[group.root] = VersionedView(group.root, version, *cached)
    return found


def _missing(store: RedisStore, event_id: str, joined: GroupingSettings | None = None) -> NotFound:
    """NotFound, or Moved when the event was merged into another one that still exists (joined: into that
    one's group root)."""
    target = store.merged_into(event_id)
    if target and joined is not None:
        target = group_of(store, target).root
    return Moved("event", event_id, target) if target else NotFound("event", event_id)


def _group_to_read(store: RedisStore, event_id: str, joined: GroupingSettings | None) -> Group | None:
    """The event's group when it is joined with others; Moved when the event reads as part of another's group;
    None when it reads alone."""
    if joined is None:
        return None
    group = group_of(store, event_id)
    if group.root != event_id:
        raise Moved("event", event_id, group.root)
    return group if group.joined else None


def get_event(store: RedisStore, event_id: str, joined: GroupingSettings | None = None) -> VersionedView:
    group = _group_to_read(store, event_id, joined)
    if group is not None and joined is not None:
        view = joined_views(store, [group], joined).get(event_id)
        if view is not None:
            return view
    views = versioned_views(store, [event_id])
    if not views:
        raise _missing(store, event_id, joined)
    return views[0]


def get_timeline(
    store: RedisStore, event_id: str, joined: GroupingSettings | None = None
) -> tuple[EventView, list[TimelineEntry]]:
    group = _group_to_read(store, event_id, joined)
    found = _joined_states(store, group, joined) if group is not None and joined is not None else None
    if found is not None:
        state, facts = found
    else:
        raw = store.load_event_dicts([event_id])
        if event_id not in raw:
            raise _missing(store, event_id, joined)
        state = EventState.from_dict(raw[event_id])
        store.sync_deletions()
        facts = store.get_facts(state.article_ids)
    return get_event(store, event_id, joined).view, timeline(state, facts)


def get_timeline_document(
    store: RedisStore, event_id: str, joined: GroupingSettings | None = None
) -> list[dict[str, Any]]:
    """The timeline as the API serves it: each value with its claim's sentence and offsets."""
    _, entries = get_timeline(store, event_id, joined)
    sentences = get_event(store, event_id, joined).sentences
    series = []
    for entry in entries:
        data = entry.to_dict()
        for value in data["values"]:
            found = sentences.get(value["claim_id"])
            value.update(found.to_dict() if found else _NO_SENTENCE)
        series.append(data)
    return series


MAX_CURSOR_CHARS = 512
_CURSOR_ALPHABET = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_CURSOR_CHARS}}}")
_CURSOR_ID = re.compile(r"[A-Za-z0-9_:.-]{1,128}")
_MAX_SCORE = 1e12  # scores are day ordinals (about 7e5); anything beyond this was not issued by us


def encode_cursor(position: tuple[str, float]) -> str:
    payload = json.dumps({"after": position[0], "score": position[1]}).encode()
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, float]:
    """The (event id, score) a cursor from `encode_cursor` holds. Strict: anything else (other characters,
    other keys, a non-finite or huge score, a malformed id) is InvalidInput, never a value sent to Redis."""
    refused = InvalidInput("cursor is not one this service issued", field="cursor")
    if not _CURSOR_ALPHABET.fullmatch(cursor):
        raise refused
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data: Any = json.loads(raw.decode("ascii"), parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError) as exc:  # binascii.Error and JSONDecodeError are ValueErrors
        raise refused from exc
    if not isinstance(data, dict) or set(data) != {"after", "score"}:
        raise refused
    after, score = data["after"], data["score"]
    if not isinstance(after, str) or not _CURSOR_ID.fullmatch(after):
        raise refused
    if isinstance(score, bool) or not isinstance(score, int | float):
        raise refused
    if not math.isfinite(score) or abs(score) > _MAX_SCORE:
        raise refused
    return after, float(score)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _page_views(store: RedisStore, event_ids: list[str], joined: GroupingSettings | None) -> dict[str, VersionedView]:
    """The views of a listing's rows: joined, only the group roots (each with its group's joined view)."""
    if joined is None:
        return {v.id: v for v in versioned_views(store, event_ids)}
    groups = groups_of(store, event_ids)
    roots = [i for i in event_ids if groups[i].root == i]
    views = joined_views(store, [groups[i] for i in roots if groups[i].joined], joined)
    views.update({v.id: v for v in versioned_views(store, [i for i in roots if i not in views])})
    return views


def list_reconciliation(
    store: RedisStore, query: ReconciliationQuery, joined: GroupingSettings | None = None
) -> EventPage:
    """Events newest first, filtered; scans in chunks until a page is full or events run out (joined: group
    roots only)."""
    position = decode_cursor(query.cursor) if query.cursor else None
    page: list[VersionedView] = []
    chunk = max(query.limit * 2, 50)
    while len(page) < query.limit:
        rows = store.event_page(position, chunk)
        if not rows:
            return EventPage(page, None)
        found = _page_views(store, [event_id for event_id, _ in rows], joined)
        for event_id, score in rows:
            position = (event_id, score)
            versioned = found.get(event_id)
            if versioned is not None and _wanted(versioned.view, query) and _has_words(versioned, query.q):
                page.append(versioned)
                if len(page) == query.limit:
                    break
        if len(rows) < chunk and len(page) < query.limit:
            return EventPage(page, None)
    more = position is not None and bool(store.event_page(position, 1))
    return EventPage(page, encode_cursor(position) if more and position else None)


def _wanted(view: EventView, query: ReconciliationQuery) -> bool:
    return matches_filters(
        view,
        location=query.location,
        metric=query.metric,
        since=query.since,
        until=query.until,
        disputed=query.disputed,
    )


def _has_words(versioned: VersionedView, q: str | None) -> bool:
    """Text search, literal and case-folded: every word of `q` occurs in the event's label or place, or in a
    value's source, attribution, quote or sentence."""
    words = q.casefold().split() if q else []
    if not words:
        return True
    view = versioned.view
    parts = [view.label, view.location or ""]
    for value in _values(view):
        parts += [value.source, value.attribution or "", value.quote]
        found = versioned.sentences.get(value.claim_id)
        if found is not None and found.sentence:
            parts.append(found.sentence)
    haystack = "\n".join(parts).casefold()
    return all(word in haystack for word in words)
