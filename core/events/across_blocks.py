"""Joining events of different blocks: a scored layer above the grouper.

The grouper never looks across blocks (`core.events.blocks`): that keeps a block's events a function of its
articles. But one disaster told from two countries' datelines, or a report whose place a script read in the wrong
country or state, lands in two blocks and makes two events. Leave-one-batch-out on our own sets
(`bench/fit_join.py`) showed that a small logistic score over pairs of the grouper's final events joins such
pairs and generalises, where the same score inside one block gains nothing (the decoys there look like the event
on every feature).

The layer works on `EventProfile`s: plain data read from an event and its members' block anchors (`anchor_of`), all
a store keeps. `linked` scores a pair (`pair_features`, weights and threshold as data in
core/data/across_blocks.tsv, written by `bench/fit_join.py --write`) behind hard guards: one kind of harm, days
within `REACH_DAYS`, never two events of one block. `crossing_keys` lets a store find the candidates of an event
without comparing all pairs. `joined_groups` turns the links into groups (single linkage: a function of the sets
of profiles and links, so a store can keep links pairwise, incrementally), and `joined_event` builds one group's
event, its incidents placed again as inside one event.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.events.assign import _merge_into
from core.events.evidence import MASS_CASUALTIES
from core.events.match import text_similarity
from core.events.state import EventState, GroupingSettings
from core.models import ArticleFacts
from core.places.location import UNPLACED
from core.places.nearby import _distance_km
from core.similarity import persons_of

if TYPE_CHECKING:
    from core.events.blocks import Anchor

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "across_blocks.tsv"
# Two events whose days (or, when nothing dates them, publication days) lie further apart than this are never
# joined: a report told from another country is published within days of its dateline's.
REACH_DAYS = 7
# Two events that started further apart than this are never joined, whatever their days' overlap (an event's span
# is at most `GroupingSettings.span_days` = 14 days, follow-ups aside)
START_DAYS = 14
# Texts this alike tie two events sharing a small figure (`tied`): twice what joins a weakly placed report on text
# (`GroupingSettings.text_match_threshold`): pooled, dev sets of one author at 0.2-0.3 tied shootings of two
# states telling 2 or 4 dead (own207 + own_dev30-40 pooled: wrong links 3 -> 1, right 53 -> 51)
TIED_TEXT = 0.4
# Two firmly placed events this close (km) may be one disaster across a border (`tied`)
NEIGHBOUR_KM = 150.0
# A small figure tied by text or a named place alone ties only events whose days lie at most this far apart: a
# report told from elsewhere may read its day one off ("Tuesday" past midnight), not more; a one-death shooting of
# Saturday and one of Wednesday in the same city are two, however alike their reports read (gva-dev: a Louisville
# report read in Virginia tied to Louisville's shooting three days before)
TIED_DAYS = 1
# Day buckets of `crossing_keys`: any bucket size works; a week keeps an event's keys few.
BUCKET_DAYS = 7
# Place kinds a grouper's event may sit at that say its place is coarse or unread (see `weak_location`)
WEAK_KINDS = frozenset({"unplaced", "name", "state", "country", "sea"})
# Members read for text similarity and place distances (bounded so big events stay cheap)
SAMPLE = 6

FEATURES = [
    "same_key", "names_other", "same_block", "same_country", "km_le25", "km_le150", "km_far", "km_unknown",
    "one_weak", "one_unplaced", "day_gap", "days_unknown", "pub_gap", "pub_unknown", "killed_same",
    "killed_logratio", "later_larger", "killed_one_null", "killed_both_null", "wounded_same", "kinds_shared",
    "kinds_apart", "text", "text_ge_02", "persons_shared", "venue_shared", "log_size_small", "log_size_big",
]  # fmt: skip

Days = tuple[date, date]


@dataclass(frozen=True)
class EventProfile:
    """What the pair features read of one event: built from the event and its members' anchors only."""

    event_id: str
    block: str
    harm: str
    days: Days | None  # its incident days (or its reports' windows less the span when nothing dates them)
    published: Days | None  # its members' publication days
    keys: frozenset[str]  # the place keys it sits at (its own, its placed members')
    named: frozenset[str]  # the places its reports name besides
    homes: frozenset[str]  # its placed members' home blocks
    weak: bool  # its place is coarse or unread (`WEAK_KINDS`)
    killed: tuple[int, ...]  # its members' death tolls (sorted, distinct)
    wounded: tuple[int, ...]
    kinds: frozenset[str]  # the kinds of disaster its reports tell
    venue: frozenset[str]
    fingerprints: tuple[tuple[int, ...], ...]  # at most `SAMPLE` members' text fingerprints
    persons: frozenset[int]
    size: int  # its articles

    @property
    def unplaced(self) -> bool:
        return not self.homes

    @property
    def start(self) -> date | None:
        """Its earliest day: incident day, else publication day."""
        reach = self.reach
        return reach[0] if reach else None

    @property
    def reach(self) -> Days | None:
        """The days the guards and `crossing_keys` read: its incident days, else its publication days."""
        return self.days or self.published

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "block": self.block,
            "harm": self.harm,
            "days": _days_out(self.days),
            "published": _days_out(self.published),
            "keys": sorted(self.keys),
            "named": sorted(self.named),
            "homes": sorted(self.homes),
            "weak": self.weak,
            "killed": list(self.killed),
            "wounded": list(self.wounded),
            "kinds": sorted(self.kinds),
            "venue": sorted(self.venue),
            "fingerprints": [list(f) for f in self.fingerprints],
            "persons": sorted(self.persons),
            "size": self.size,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EventProfile:
        return cls(
            event_id=str(d["event_id"]),
            block=str(d.get("block") or ""),
            harm=str(d.get("harm") or ""),
            days=_days_in(d.get("days")),
            published=_days_in(d.get("published")),
            keys=frozenset(str(k) for k in d.get("keys") or ()),
            named=frozenset(str(k) for k in d.get("named") or ()),
            homes=frozenset(str(k) for k in d.get("homes") or ()),
            weak=bool(d.get("weak")),
            killed=tuple(int(v) for v in d.get("killed") or ()),
            wounded=tuple(int(v) for v in d.get("wounded") or ()),
            kinds=frozenset(str(k) for k in d.get("kinds") or ()),
            venue=frozenset(str(k) for k in d.get("venue") or ()),
            fingerprints=tuple(tuple(int(h) for h in f) for f in d.get("fingerprints") or ()),
            persons=frozenset(int(p) for p in d.get("persons") or ()),
            size=int(d.get("size") or 0),
        )


def _days_out(days: Days | None) -> list[str] | None:
    return [days[0].isoformat(), days[1].isoformat()] if days else None


def _days_in(value: Any) -> Days | None:
    return (date.fromisoformat(value[0]), date.fromisoformat(value[1])) if value else None


def profile_of(event: EventState, anchors: Sequence[Anchor], span_days: int | None = None) -> EventProfile:
    """The event's profile, from the event and its members' block anchors (`core.events.blocks.anchor_of`; anchors
    of other articles are ignored). `span_days`: the grouper's `span_days` (an anchor's window is its days widened
    by it)."""
    span = GroupingSettings().span_days if span_days is None else span_days
    members = event.article_ids
    mine = sorted((a for a in anchors if a.article_id in members), key=lambda a: a.article_id)
    placed = [a for a in mine if a.home != UNPLACED]
    keys = {a.key for a in placed if a.key}
    if event.location_key and event.location_key != UNPLACED:
        keys.add(event.location_key)
    named = set(event.places).union(*(a.named for a in mine))
    published = [m.published for inc in event.incidents for m in inc.members if m.published is not None]
    persons: set[int] = set()
    for a in mine:
        persons.update(persons_of(a.fingerprint))
    return EventProfile(
        event_id=event.id,
        block=event.block,
        harm=event.harm,
        days=_event_days(event, mine, span),
        published=(min(published), max(published)) if published else None,
        keys=frozenset(keys),
        named=frozenset(named),
        homes=frozenset(a.home for a in placed),
        weak=event.place_kind in WEAK_KINDS,
        killed=tuple(sorted({a.killed for a in mine if a.killed is not None})),
        wounded=tuple(sorted({a.wounded for a in mine if a.wounded is not None})),
        kinds=frozenset().union(*(a.kinds for a in mine)),
        venue=frozenset().union(*(a.venue for a in mine)),
        fingerprints=tuple(a.fingerprint for a in mine if a.fingerprint)[:SAMPLE],
        persons=frozenset(persons),
        size=len(members),
    )


def _event_days(event: EventState, anchors: Sequence[Anchor], span: int) -> Days | None:
    """Its incident days; when nothing dates its incidents, its reports' windows less the span they were widened
    by."""
    if event.start_date is not None:
        return (event.start_date, event.end_date or event.start_date)
    days: list[date] = []
    for a in anchors:
        if a.window is not None:
            days += [a.window[0] + timedelta(days=span), a.window[1] - timedelta(days=span)]
    return (min(days), max(days)) if days else None


# ---------------------------------------------------------------------------------------------------------
# Pair features and the score


def _gap(a: Days | None, b: Days | None) -> float | None:
    if a is None or b is None:
        return None
    return float(max(0, (b[0] - a[1]).days, (a[0] - b[1]).days))


def _country(home: str) -> str:
    return home.split("-")[0]


def _min_km(a: frozenset[str], b: frozenset[str]) -> float | None:
    best = None
    for x in sorted(a)[:4]:
        for y in sorted(b)[:4]:
            km = 0.0 if x == y else _distance_km(x, y)
            if km is not None and (best is None or km < best):
                best = km
    return best


def pair_features(a: EventProfile, b: EventProfile) -> list[float]:
    """The pair's features, in the order of `FEATURES` (symmetric in a and b)."""
    km = _min_km(a.keys, b.keys)
    day_gap = _gap(a.days, b.days)
    pub_gap = _gap(a.published, b.published)
    ka, kb = a.killed, b.killed
    logratio = min((abs(math.log1p(x) - math.log1p(y)) for x in ka for y in kb), default=0.0)
    first, later = (a, b) if (a.start or date.max, a.event_id) <= (b.start or date.max, b.event_id) else (b, a)
    larger = bool(first.killed and later.killed and max(later.killed) > max(first.killed))
    text = max((text_similarity(x, y) for x in a.fingerprints for y in b.fingerprints), default=0.0)
    small, big = sorted([a.size, b.size])
    return [
        float(bool(a.keys & b.keys)),
        float(bool(a.keys & b.named or b.keys & a.named)),
        float(bool(a.homes & b.homes)),
        float(bool({_country(h) for h in a.homes} & {_country(h) for h in b.homes})),
        float(km is not None and km <= 25),
        float(km is not None and 25 < km <= 150),
        float(km is not None and km > 150),
        float(km is None),
        float(a.weak or b.weak),
        float(a.unplaced or b.unplaced),
        math.log1p(day_gap) if day_gap is not None else 0.0,
        float(day_gap is None),
        math.log1p(pub_gap) if pub_gap is not None else 0.0,
        float(pub_gap is None),
        float(bool(set(ka) & set(kb))),
        logratio,
        float(larger),
        float(bool(ka) != bool(kb)),
        float(not ka and not kb),
        float(bool(set(a.wounded) & set(b.wounded))),
        float(bool(a.kinds & b.kinds)),
        float(bool(a.kinds) and bool(b.kinds) and not a.kinds & b.kinds),
        text,
        float(text >= 0.2),
        float(bool(a.persons & b.persons)),
        float(bool(a.venue & b.venue)),
        math.log1p(small),
        math.log1p(big),
    ]


@dataclass(frozen=True)
class Model:
    """Weights (one per feature, raw units), bias and threshold, as `bench/fit_join.py --write` fitted them."""

    weights: tuple[float, ...]
    bias: float
    threshold: float


@cache
def model() -> Model:
    """The weights and threshold of core/data/across_blocks.tsv (features missing from it weigh nothing)."""
    values: dict[str, float] = {}
    for line in WEIGHTS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, value = line.split("\t")[:2]
        values[name] = float(value)
    return Model(tuple(values.get(f, 0.0) for f in FEATURES), values.get("bias", 0.0), values.get("threshold", 1.01))


def link_score(a: EventProfile, b: EventProfile) -> float:
    """How sure the model is that the two events are one (0..1), guards aside."""
    m = model()
    z = m.bias + sum(w * x for w, x in zip(m.weights, pair_features(a, b), strict=True))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def may_link(a: EventProfile, b: EventProfile) -> bool:
    """The hard guards: one kind of harm (a displacement event is not a casualty event); days (else publication
    days) known and at most `REACH_DAYS` apart, their first days at most `START_DAYS`; not one block (joins inside
    a block are the grouper's: it has every report's text there; a decoy of the same city and days looks like the
    event on every feature the profiles hold); not one event; no two different kinds of disaster told; and
    something that ties them (`tied`)."""
    if a.event_id == b.event_id or a.block == b.block or a.harm != b.harm:
        return False
    gap = _gap(a.reach, b.reach)
    if gap is None or gap > REACH_DAYS or not _started_together(a, b):
        return False
    if a.kinds and b.kinds and not a.kinds & b.kinds:
        return False  # (a shooting is not a glacier's collapse, whatever toll they share)
    return tied(a, b)


def _started_together(a: EventProfile, b: EventProfile) -> bool:
    """Did the two start within `START_DAYS`? An event's days may stretch over months (a trial, a look back a year
    on) and then meet any event's days; pooled, such a long event holding many small tolls met every event of its
    season sharing a 2 or a 5 (own_dev37-39 pooled: 7 wrong links of 23, none with starts this close)."""
    start_a, start_b = a.start, b.start
    return start_a is not None and start_b is not None and abs((start_a - start_b).days) <= START_DAYS


def tied(a: EventProfile, b: EventProfile) -> bool:
    """Does something of one event's own tie it to the other? A person or venue both name; or a figure both give
    (a death toll, a count of the hurt; never 0), which must be a mass one (`MASS_CASUALTIES`) or come with a
    place one names where the other sits or texts alike enough to join on text (`TIED_TEXT`): a shooting's 1
    or 2 dead are given by a dozen shootings of the same day in other states (`_small_figures_tied`: and only with
    days at most `TIED_DAYS` apart). When both are firmly placed (a town read well in each
    block) a mass toll needs those too, or neighbouring places (`NEIGHBOUR_KM`): a shooting of 12 in Turkey and
    one of 12 in Montenegro the same week are two. Kinds and days alone never tie: floods kill 12 in one country
    and 9 in the next in the same week, told in the same wire phrases."""
    if a.persons & b.persons or a.venue & b.venue:
        return True
    killed_a, killed_b = set(a.killed) - {0}, set(b.killed) - {0}
    if killed_a and killed_b and not killed_a & killed_b:
        return False  # (their death tolls disagree: El Paso's 22 and Dayton's 9 the next day, 26 hurt in each)
    shared = (killed_a & killed_b | set(a.wounded) & set(b.wounded)) - {0}
    if not shared:
        return False
    named = bool(a.keys & b.named or b.keys & a.named)
    if max(shared) < MASS_CASUALTIES:
        return _small_figures_tied(a, b, named)
    if named or _texts_alike(a, b):
        return True
    if a.weak or b.weak:
        return True
    km = _min_km(a.keys, b.keys)
    return km is not None and km <= NEIGHBOUR_KM


def _small_figures_tied(a: EventProfile, b: EventProfile, named: bool) -> bool:
    """Do two events sharing only small figures (under `MASS_CASUALTIES`: a shooting's one dead, a spree's eight)
    tie? Only with their days at most `TIED_DAYS` apart, and a place one names where the other sits or texts alike
    (`TIED_TEXT`): a report of one shooting names the shooting of a few days before elsewhere ("eight were killed
    at Atlanta spas last week"), and one-death shootings read alike wherever and whenever they happen."""
    gap = _gap(a.reach, b.reach)
    if gap is None or gap > TIED_DAYS:
        return False
    return named or _texts_alike(a, b)


def _texts_alike(a: EventProfile, b: EventProfile) -> bool:
    return any(text_similarity(x, y) >= TIED_TEXT for x in a.fingerprints for y in b.fingerprints)


def linked(a: EventProfile, b: EventProfile) -> bool:
    """Are the two events of two blocks one: the guards hold and the score reaches the threshold?"""
    return may_link(a, b) and link_score(a, b) >= model().threshold


def crossing_keys(p: EventProfile) -> set[str]:
    """Keys such that two profiles `may_link` always share one: its harm and the week buckets of its days (else
    publication days) widened by `REACH_DAYS` before. Two reaches at most `REACH_DAYS` apart meet once each is
    widened so, and both then hold the bucket of a day they share. Empty when nothing dates it."""
    reach = p.reach
    if reach is None:
        return set()
    first = (reach[0] - timedelta(days=REACH_DAYS)).toordinal() // BUCKET_DAYS
    last = reach[1].toordinal() // BUCKET_DAYS
    return {f"across:{p.harm}:{n}" for n in range(first, last + 1)}


def candidate_pairs(profiles: Sequence[EventProfile]) -> list[tuple[EventProfile, EventProfile]]:
    """The pairs that `may_link`, found through `crossing_keys` (what a store's index gives), sorted by ids."""
    index: dict[str, list[int]] = {}
    for n, p in enumerate(profiles):
        for key in crossing_keys(p):
            index.setdefault(key, []).append(n)
    seen: set[tuple[int, int]] = set()
    for ns in index.values():
        for x, i in enumerate(ns):
            for j in ns[x + 1 :]:
                seen.add((min(i, j), max(i, j)))
    pairs = [(profiles[i], profiles[j]) for i, j in seen if may_link(profiles[i], profiles[j])]
    return sorted(pairs, key=lambda pair: (pair[0].event_id, pair[1].event_id))


# ---------------------------------------------------------------------------------------------------------
# Groups and the joined event


def _root_order(p: EventProfile) -> tuple[date, str]:
    return (p.start or date.max, p.event_id)


def joined_groups(profiles: Sequence[EventProfile], links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each event's group root: the events joined by links (single linkage: connected through links), the root
    being the earliest to start, then the smallest id. A function of the sets of profiles and links, whatever
    their order; links naming an event not among the profiles are ignored."""
    by_id = {p.event_id: p for p in profiles}
    parent = {i: i for i in by_id}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                first, second = sorted((ra, rb), key=lambda i: _root_order(by_id[i]))
                parent[second] = first
    return {i: find(i) for i in sorted(by_id)}


def joined_event(
    root: EventState,
    others: Sequence[EventState],
    articles: Mapping[str, ArticleFacts] | None = None,
    settings: GroupingSettings | None = None,
) -> EventState:
    """One event holding the members of `root` and `others`, its incidents placed again as inside one event
    (`core.events.incidents`: two reports of one day are one incident, not two that reconciliation would sum);
    id, place and block are the root's. Neither `root` nor `others` is changed.

    `articles`: the members' `ArticleFacts` by id; only their `fingerprint` is read (text similarity between
    members when placing incidents). Without them, incidents are placed by dates, spots and figures alone."""
    settings = settings or GroupingSettings()
    fps = {i: a.fingerprint for i, a in (articles or {}).items() if a.fingerprint}
    event = EventState.from_dict(root.to_dict())
    for other in sorted(others, key=lambda e: e.id):
        if other.id != root.id:
            _merge_into(event, EventState.from_dict(other.to_dict()), fps, settings)
    event.merged_into = None
    return event


def merged_across_blocks(
    events: Sequence[EventState],
    anchors: Sequence[Anchor],
    articles: Mapping[str, ArticleFacts],
    settings: GroupingSettings,
) -> list[EventState]:
    """The events with those of different blocks that are one joined (`linked`, `joined_groups`): each group's
    root becomes its `joined_event`, the others come back emptied with `merged_into` the root's id."""
    live = [e for e in events if e.incidents and e.merged_into is None]
    by_article = {a.article_id: a for a in anchors}
    profiles = [
        profile_of(e, [by_article[i] for i in sorted(e.article_ids) if i in by_article], settings.span_days)
        for e in live
    ]
    links = [(a.event_id, b.event_id) for a, b in candidate_pairs(profiles) if linked(a, b)]
    roots = joined_groups(profiles, links)
    groups: dict[str, list[EventState]] = {}
    for e in live:
        groups.setdefault(roots[e.id], []).append(e)
    out = {e.id: e for e in events}
    for root_id, members in groups.items():
        if len(members) < 2:
            continue
        others = [e for e in members if e.id != root_id]
        out[root_id] = joined_event(out[root_id], others, articles, settings)
        for e in others:
            out[e.id] = EventState.from_dict({**e.to_dict(), "incidents": [], "merged_into": root_id})
    return sorted(out.values(), key=lambda e: e.id)
