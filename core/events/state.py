"""Event and incident state (plain dataclasses, JSON-safe) and the grouper's settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.models import DISPLACED, KILLED, MISSING, WOUNDED

# Kinds of harm. Casualty figures (killed / wounded / missing) make a "casualties" event; an article with only
# displacement figures makes a "displacement" event. Anything else (arrests, houses destroyed) rides along
# with whichever event of the same place and time the article joins, and only opens an event of kind
# "other" when there is none.
CASUALTIES = "casualties"
DISPLACEMENT = "displacement"
OTHER = "other"
_HARM_OF_METRIC = {
    KILLED: CASUALTIES,
    WOUNDED: CASUALTIES,
    MISSING: CASUALTIES,
    "shot": CASUALTIES,  # "four people were shot": killed + wounded together
    DISPLACED: DISPLACEMENT,
}
_HARM_PRIORITY = (CASUALTIES, DISPLACEMENT, OTHER)
Day = date  # alias for annotations inside classes that have a field called `date`


@dataclass
class GroupingSettings:
    """Knobs of the grouper. Defaults are what the dev set and the acceptance scenario were checked with."""

    # Longest span, first to last incident date, of one event. Reports 20 days apart are two events.
    span_days: int = 14
    # Dated pieces on the same date are one incident (unless their spots differ). Dates up to this many days
    # apart are one incident only when figures or text corroborate it ("late Friday" vs "early Saturday").
    date_slack_days: int = 1
    # Text resemblance (topic; wire copies count double) above which a dated report joins an incident of
    # another date in the event on text alone: the same story retold (a wire copy, a rewrite naming the same
    # people), not just the same topic. Since the extractor no longer dates claims by a later step (an arrest,
    # a hearing), 0.35 merged distinct same-city shootings about alike families (gva-dev hard slice B-cubed
    # 0.839 at 0.35, 0.858 at 0.6); a follow-up with figures still joins through `follow_up_figures`.
    follow_up_threshold: float = 0.6
    # An undated report is taken to describe something at most this many days before it was published.
    report_lag_days: int = 14
    # Rebuild an event's incidents from its stored members (order-independent) while it has at most this
    # many articles; above it, only new pieces are placed (cheaper, order-dependent). Text similarity needs the
    # member articles' fingerprints (`articles=`); without them placement uses dates, spots and figures.
    recompute_limit: int = 60  # rebuild order-independently up to this size; above, place new units only
    # Members compared by text when scoring (bounded so big events stay cheap).
    similarity_sample: int = 12
    # An article's main piece may join an event of another place key when one of the two places is weak
    # (unresolved, only a state or country, or picked by population alone) and the texts are this similar
    # (topic resemblance; a wire copy counts double). On the GVA dev set 0.2 is met by ~40% of same-incident
    # pairs and <1% of other pairs published within two weeks. None disables it.
    text_match_threshold: float | None = 0.2
    # Two towns this close (km) may be one place written two ways (a neighbourhood listed as a town).
    near_km: float = 25.0
    # A later report on the same place (an arrest, a charge, a death in hospital) often dates itself by that
    # later event. It joins an earlier incident of another date, even past `span_days` (up to
    # `follow_up_days` after it), when its figures repeat the incident's (agreement of at least
    # `follow_up_figures`, e.g. "1 killed, 4 wounded" both) and its text is at least `follow_up_min_text` alike,
    # or when the text alone passes `follow_up_threshold`.
    follow_up_days: int = 120
    # A report naming one of the event's victims or suspects in full (see `core.similarity.person_names`) joins it
    # up to this many days after its last incident, whatever its place: pleas, trials and sentences come months
    # or a year later.
    person_follow_up_days: int = 730
    # A report at the event's place repeating the very mass toll (`MASS_CASUALTIES`+) one of its reports gave
    # is a later look back at it up to this many days after its last incident ("a year on, the 2,975 deaths
    # the hurricane caused"): no other disaster there gives that exact toll.
    mass_follow_up_days: int = 730
    follow_up_figures: float = 1.5
    # A report at the event's very town giving a mass toll (`MASS_CASUALTIES`+) no smaller than any of its reports
    # gave is its later count up to this many days after its last incident, whatever its text (another language's
    # report shares no words with it); later, the text must agree too (`follow_up_min_text`).
    running_toll_days: int = 30
    follow_up_min_text: float = 0.15
    # A block (see `core.events.blocks`) with at most this many articles is regrouped from its articles when an
    # article arrives out of canonical order, moves or is deleted: the same events for the same set, at a cost
    # that grows with the block (bench/order.py). Above it, such a change is applied on the stored events in
    # one step (bounded cost; the events may then depend on arrival order). In-order arrivals always take one
    # step.
    block_regroup_limit: int = 100
    # Join events of different blocks that a scored layer finds one (`core.events.across_blocks`): one disaster
    # told from two countries' datelines, a report a script placed in the wrong country or state. The service
    # keeps the layer's links in its store (usecases/across.py); the benches measure with it unless told
    # `--blocks-only`.
    merge_across_blocks: bool = True


# ---------------------------------------------------------------------------------------------------------
# State


@dataclass
class Member:
    """One article's share of an incident: which of its claims, and what they say in headline terms."""

    article_id: str
    claim_ids: list[str]
    date: date | None = None  # the incident date the article's claims give (None = undated)
    spot: str | None = None
    values: dict[str, int] = field(default_factory=dict)  # metric -> headline value of these claims
    published: Day | None = None  # the article's publication date

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "claim_ids": list(self.claim_ids),
            "date": _iso(self.date),
            "spot": self.spot,
            "values": dict(self.values),
            "published": _iso(self.published),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Member:
        return cls(
            article_id=str(d["article_id"]),
            claim_ids=[str(c) for c in d.get("claim_ids", [])],
            date=_parse_date(d.get("date")),
            spot=d.get("spot"),
            values={str(k): int(v) for k, v in (d.get("values") or {}).items()},
            published=_parse_date(d.get("published")),
        )


@dataclass
class IncidentState:
    """One occurrence inside an event: a date (None = unknown) and optionally a spot finer than the place."""

    id: str
    date: date | None
    location_key: str
    location_label: str
    members: list[Member] = field(default_factory=list)
    spot: str | None = None

    @property
    def article_ids(self) -> set[str]:
        return {m.article_id for m in self.members}

    def claim_ids(self) -> set[str]:
        return {c for m in self.members for c in m.claim_ids}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": _iso(self.date),
            "location_key": self.location_key,
            "location_label": self.location_label,
            "spot": self.spot,
            "members": [m.to_dict() for m in self.members],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> IncidentState:
        return cls(
            id=str(d["id"]),
            date=_parse_date(d.get("date")),
            location_key=str(d["location_key"]),
            location_label=str(d.get("location_label") or ""),
            members=[Member.from_dict(m) for m in d.get("members", [])],
            spot=d.get("spot"),
        )


@dataclass
class EventState:
    """One place, one kind of harm, a span of days; its incidents hold the member claims."""

    id: str
    label: str
    location_key: str
    location_label: str
    harm: str
    start_date: date | None
    end_date: date | None
    incidents: list[IncidentState] = field(default_factory=list)
    region: str | None = None  # "US-IL", "AZ-20": used for cross-level (county vs city) lookups
    place_kind: str = "city"  # city | county | state | country | name (unresolved) | unplaced
    published_from: date | None = None  # earliest / latest publication date among members (for undated ones)
    published_to: date | None = None
    next_incident: int = 1  # counter for incident ids: "<event id>-i<n>"
    location_name: str = ""  # folded canonical place name, see `Location.name`
    ambiguous: bool = False  # the place was picked by population alone (e.g. "Bristol" with no state)
    # Hashes of the persons its members name (see `core.similarity.person_names`), at most `MAX_PERSONS`: a
    # report naming one of them finds the event under "person:" keys whatever place it resolved to. Kept when a
    # member is deleted (an extra candidate costs a lookup, not a wrong join).
    persons: list[int] = field(default_factory=list)
    # Keys of the places its reports name besides the one it is keyed on (the town a capital's dateline reports
    # on, the province and country of a town), at most `MAX_PLACES`: an event sits at the level its reports
    # share, so a report keyed on any of them may join it when date, figures or text corroborate.
    places: list[str] = field(default_factory=list)
    # Set on an event emptied because a report proved it the same as another: the id of the one that took its
    # members (the store keeps the old id pointing there).
    merged_into: str | None = None
    # The block it belongs to (see `core.events.blocks`); "" for an event grouped outside any block.
    block: str = ""

    @property
    def article_ids(self) -> set[str]:
        return {m.article_id for inc in self.incidents for m in inc.members}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "location_key": self.location_key,
            "location_label": self.location_label,
            "harm": self.harm,
            "start_date": _iso(self.start_date),
            "end_date": _iso(self.end_date),
            "incidents": [i.to_dict() for i in self.incidents],
            "region": self.region,
            "place_kind": self.place_kind,
            "published_from": _iso(self.published_from),
            "published_to": _iso(self.published_to),
            "next_incident": self.next_incident,
            "location_name": self.location_name,
            "ambiguous": self.ambiguous,
            "persons": list(self.persons),
            "places": list(self.places),
            "merged_into": self.merged_into,
            "block": self.block,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EventState:
        return cls(
            id=str(d["id"]),
            label=str(d.get("label") or ""),
            location_key=str(d["location_key"]),
            location_label=str(d.get("location_label") or ""),
            harm=str(d.get("harm") or CASUALTIES),
            start_date=_parse_date(d.get("start_date")),
            end_date=_parse_date(d.get("end_date")),
            incidents=[IncidentState.from_dict(i) for i in d.get("incidents", [])],
            region=d.get("region"),
            place_kind=str(d.get("place_kind") or "city"),
            published_from=_parse_date(d.get("published_from")),
            published_to=_parse_date(d.get("published_to")),
            next_incident=int(d.get("next_incident", 1)),
            location_name=str(d.get("location_name") or ""),
            ambiguous=bool(d.get("ambiguous", False)),
            persons=[int(h) for h in d.get("persons", [])],
            places=[str(k) for k in d.get("places", [])],
            merged_into=d.get("merged_into"),
            block=str(d.get("block") or ""),
        )


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
