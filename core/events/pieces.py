"""Splitting an article into pieces: one place, one kind of harm, one incident date and spot."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from core.events.hazards import CROSSING_KINDS, LEAD_CHARS, headline_hazards, lead_hazards, report_hazards, told_hazards
from core.events.look_back_signs import back_sign
from core.events.lookback import looks_back_at
from core.events.named_times import named_time
from core.events.period_tolls import is_period_report, period_place, tells_a_period_toll
from core.events.second_incidents import tells_a_second_incident, tells_days_after
from core.events.set_apart import sets_its_incident_apart
from core.events.state import _HARM_OF_METRIC, _HARM_PRIORITY, OTHER, Day, Member
from core.events.uncounted import tells_uncounted_hurt
from core.headline import pick_headline
from core.models import WOUNDED, ArticleFacts, Claim, Role
from core.places.joint import joint_countries
from core.places.location import _UNPLACED, SPOT_ONLY, UNPLACED, Location
from core.places.main_place import _contains, main_location, separate_incident
from core.places.place_votes import _CONTEXT_ROLES, article_locations
from core.places.reading import TITLE_KEY
from core.places.report_places import DATELINE_KEY, TEXT_KEY

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
    # Keys of the other places the article names (its claims' places, dateline, title, the text's town).
    named: frozenset[str] = frozenset()
    # The days its report's lead names as its event's time ("in March 2019", "last March": `core.events.named_times`),
    # on the main piece that nothing else dates
    named_time: tuple[Day, Day] | None = None
    # `headline_values`, worked out once for the claims list it was worked out from (grouping asks for a piece's
    # values on every event it is scored against; a piece's claims are not changed once it is made, but a list
    # put in their place, or grown, is noticed). Not copied by `replace`, which then works them out again.
    _headline: tuple[list[tuple[str, Claim]], int, dict[str, int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def claim_ids(self) -> list[str]:
        return [cid for cid, _ in self.claims]

    def headline_values(self) -> dict[str, int]:
        memo = self._headline
        if memo is None or memo[0] is not self.claims or memo[1] != len(self.claims):
            memo = self._headline = (self.claims, len(self.claims), self._headline_values())
        return dict(memo[2])

    def _headline_values(self) -> dict[str, int]:
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


def _published(article: ArticleFacts) -> date | None:
    return article.published_at.date() if article.published_at is not None else None


def article_pieces(article: ArticleFacts, only: set[str] | None = None) -> list[Piece]:
    """Split an article's claims into pieces; `only` restricts to those claim ids (an event's share).

    The whole article's pieces are remembered per article (by value; pieces are never changed once made):
    regrouping a block asks for each member's pieces several times, and reading places from a body is the
    costly part."""
    if only is None:
        if isinstance(article.pieces, PlacedPieces):  # worked out when it was processed (see `placed_pieces`)
            return list(article.pieces.pieces)
        return list(_whole_article_pieces(article))
    return _article_pieces(article, only)


@lru_cache(maxsize=4096)
def _whole_article_pieces(article: ArticleFacts) -> tuple[Piece, ...]:
    return tuple(_article_pieces(article, None))


def told_looks_back(article: ArticleFacts) -> date | None:
    """The day a look-back report looks back at (`core.events.lookback.looks_back_at`), as placed; None for a
    report of its own days."""
    if isinstance(article.pieces, PlacedPieces):
        return article.pieces.looks_back
    return looks_back_at(_whole_article_pieces(article), _published(article))


def _article_pieces(article: ArticleFacts, only: set[str] | None) -> list[Piece]:
    places = article_locations(article)
    main = main_location(article, places)
    period = is_period_report(article)  # a statistic over a period: counted at its country, not at a town
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
        if period:
            loc = period_place(loc)
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
    pieces = _names_at_their_town(pieces)
    if pieces:
        main_piece = max(
            pieces,
            key=lambda p: (
                not all(separate_incident(article, c) for _, c in p.claims),  # not "Separately, ..." alone
                not all(c.location_loose for _, c in p.claims),  # not only one of a list of places
                sum(1 for _, c in p.claims if c.role == Role.TOTAL),
                len(p.claims),
                -pieces.index(p),
            ),
        )
        main_piece.main = True
        pieces = _fold_names_into_main(pieces, main_piece)
        # Places the article gives pieces of their own with other figures are other events to it ("2 killed in
        # Toledo" beside "1 killed in Detroit"), not levels of this one, unless they are its sites; the same
        # figures at the capital a report is filed from and at the town it reports on are one event named twice.
        head = main_piece.headline_values()
        others = {
            p.location.key
            for p in pieces
            if p is not main_piece and not any(head.get(m) == v for m, v in p.headline_values().items())
        }
        sites = _sites_of_main(article, pieces, main_piece, places)
        main_piece.named = named_places(article, places, others - sites)
        if main_piece.location.region is None:
            main_piece.named |= _one_country_named(main_piece.named, places)
        if main_piece.date is None:
            main_piece.named_time = _named_time(article)
    return pieces


def _names_at_their_town(pieces: list[Piece]) -> list[Piece]:
    """A piece at a name the gazetteer did not find for some claims ("shootings at two farms near Half Moon Bay")
    whose very name it found for others (the "HALF MOON BAY —" dateline) stands at that town, on the same date:
    one place read twice, not a nameless place that may join any event."""
    towns = {(f"name:{p.location.name}", p.date): p for p in pieces if p.location.kind != "name" and p.location.name}
    kept = []
    for p in pieces:
        town = towns.get((p.location.key, p.date)) if p.location.kind == "name" else None
        if town is not None and town.harm == p.harm and town.spot == p.spot:
            town.claims = sorted(town.claims + p.claims, key=lambda e: e[0])
            continue
        kept.append(p)
    return kept


def _one_country_named(named: frozenset[str], places: Mapping[str, Location]) -> frozenset[str]:
    """The country of the places a report names, when its own place is a name the gazetteer does not know ("at
    Aaina Pahara in Tanahun district", with Pokhara named as where the bus came from) and every place it names
    lies in that one country: a village we cannot find is in the country of the towns around it."""
    by_key = {loc.key: loc for loc in places.values()}
    countries = {_country_of(by_key[k]) for k in named if k in by_key}
    if len(countries) != 1 or None in countries:
        return frozenset()
    return frozenset({f"country:{countries.pop()}"})


def _fold_names_into_main(pieces: list[Piece], main_piece: Piece) -> list[Piece]:
    """A piece at a name the gazetteer does not know ("Binhai New Area") telling the main piece's very figures
    is the main place said finer: the same toll at two places is one event named twice, not a second one."""
    head = main_piece.headline_values()
    kept = []
    for p in pieces:
        values = p.headline_values()
        if (
            p is not main_piece
            and p.location.kind == "name"
            and values
            and all(head.get(m) == v for m, v in values.items())
            and p.date in (None, main_piece.date)
        ):
            main_piece.claims = sorted(main_piece.claims + p.claims, key=lambda e: e[0])
            continue
        kept.append(p)
    return kept


def _sites_of_main(
    article: ArticleFacts, pieces: list[Piece], main_piece: Piece, places: Mapping[str, Location]
) -> set[str]:
    """Towns of the main place's country the article gives figures for on its main piece's day, in a report of a
    natural disaster ("A quake struck southern Peru on Sunday. In Cuzco, 60 were killed. In Arequipa, 40"; a
    flood's provinces; a ministry's list of provinces that names no country, as a country's own media write it):
    sites of one event, each its own spot of the main place, not events of their own. Attacks are not read so:
    the shelling of two towns on one day are two events to their reports (a later report of the country's toll
    joins them, see `core.events.match`).
    A town must be written in its figures' own sentence (not carried from an earlier one), and a sentence
    opening on another incident ("Separately, ...") keeps its own place. When the main piece gives the whole
    figure at a coarser level (the country's toll) it stays the whole of which the sites are parts; else its
    town is a site too, and the sites add up. Returns the sites' place keys."""
    main_loc = main_piece.location
    country = _country_of(main_loc)
    if country is None or not _natural_disaster(article):
        return set()
    moved: set[str] = set()
    for p in pieces:
        if (
            p is main_piece
            or p.location.kind not in ("city", "county")
            or _country_of(p.location) != country
            or p.date != main_piece.date
            or any(c.location_carried or c.location_loose for _, c in p.claims)
            or all(separate_incident(article, c) for _, c in p.claims)
        ):
            continue
        moved.add(p.location.key)
        p.spot = p.location.name
        p.location = replace(main_loc, spot=None)
    coarse = any(
        (loc := places.get(c.location or "")) is not None and loc.kind in ("country", "province", "state")
        for _, c in main_piece.claims
    )
    if moved and main_piece.spot is None and not coarse:
        main_piece.spot = main_loc.name  # the main town is one of the sites
    return moved


_NATURAL = frozenset({"quake", "water"})  # hazard families (lexicon `HAZARD_FAMILIES`) of natural disasters


def _natural_disaster(article: ArticleFacts) -> bool:
    """Does the headline (else the text's opening) name an earthquake, a flood or a storm?"""
    head = article.title or (article.text or "")[:200]
    return bool(headline_hazards(head) & _NATURAL)


def _country_of(loc: Location) -> str | None:
    return loc.region.split("-")[0] if loc.region and loc.kind != UNPLACED else None


_NAMED_PLACE_KINDS = frozenset({"city", "county", "state", "province", "country"})


def named_places(
    article: ArticleFacts, places: Mapping[str, Location], others: frozenset[str] | set[str] = frozenset()
) -> frozenset[str]:
    """Keys of the resolved places an article names for its own event: its whole-event claims' places (but
    `others`, the places of its other events) and the dateline's, title's and text's town (background and
    cumulative claims speak of other events)."""
    keys = {
        loc.key
        for c in article.claims
        if c.location and c.role not in _CONTEXT_ROLES and (loc := places.get(c.location)) is not None
    } - set(others)
    keys |= {loc.key for k in (DATELINE_KEY, TITLE_KEY, TEXT_KEY) if (loc := places.get(k)) is not None}
    return frozenset(k for k in keys if k.split(":", 1)[0] in _NAMED_PLACE_KINDS)


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


def membership_piece(article: ArticleFacts) -> Piece:
    """The stand-in piece of an article with no figure of its own to place (a follow-up on an arrest, a trial,
    a funeral): its main place (dateline, title or text when no claim names one), its publication date and its
    text. It joins an event as a member without claims, or nothing."""
    placed = article.pieces
    if isinstance(placed, PlacedPieces) and placed.membership is not None:
        return replace(placed.membership)
    places = article_locations(article)
    loc = main_location(article, places) or _UNPLACED
    piece = Piece(article.id, loc, OTHER, None, None, [], _published(article), article.fingerprint, main=True)
    piece.named = named_places(article, places)
    piece.named_time = _named_time(article)
    return piece


# ---------------------------------------------------------------------------------------------------------
# An article's pieces as plain data, worked out once when it is processed and kept with it


@dataclass(frozen=True)
class PlacedPieces:
    """An article's pieces (`article_pieces`), and its membership piece when it has none: what grouping reads
    of its text, url and places. Set on `ArticleFacts.pieces`, they are used instead of being worked out again
    (`with_pieces`); `to_dict`/`from_dict` keep them as plain data beside the article."""

    pieces: tuple[Piece, ...]
    membership: Piece | None = None
    # The kinds of disaster its headline (or, without one, its opening) names (`core.events.hazards`)
    hazards: frozenset[str] = frozenset()
    # The kinds of disaster its opening names: evidence of where it belongs, never a reason to rule one out
    lead_hazards: frozenset[str] = frozenset()
    # The countries its headline or opening names together as its disaster's scene (`core.places.joint`)
    joint: frozenset[str] = frozenset()
    # The years its headline and text write in figures (`written_years`): a look back names its event's year
    years: frozenset[int] = frozenset()
    # The years its headline and opening write (`lead_years`): where a report dates its own story
    lead_years: frozenset[int] = frozenset()
    # It tells others hurt without a count ("and several others wounded": `core.events.uncounted`)
    uncounted_hurt: bool = False
    # The day it looks back at, when it recounts an older event (`core.events.lookback`)
    looks_back: date | None = None
    # It says its incident is not connected to another it names (`core.events.set_apart`)
    set_apart: bool = False
    # The months back from its publication its look-back sign names its event by (`core.events.look_back_signs`)
    back_sign: int | None = None
    # It tells its incident as a second one of its kind, and whether days after another
    # (`core.events.second_incidents`)
    second_one: bool = False
    days_after: bool = False
    # Its toll is a statistic over a period, a year or a season (`core.events.period_tolls`)
    period_toll: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "v": PIECES_FORMAT,
            "pieces": [_piece_to_dict(p) for p in self.pieces],
            "membership": _piece_to_dict(self.membership) if self.membership is not None else None,
            "hazards": sorted(self.hazards),
            "lead_hazards": sorted(self.lead_hazards),
            "joint": sorted(self.joint),
            "years": sorted(self.years),
            "lead_years": sorted(self.lead_years),
            "uncounted_hurt": self.uncounted_hurt,
            "looks_back": self.looks_back.isoformat() if self.looks_back else None,
            "set_apart": self.set_apart,
            "back_sign": self.back_sign,
            "second_one": self.second_one,
            "days_after": self.days_after,
            "period_toll": self.period_toll,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], article: ArticleFacts) -> PlacedPieces | None:
        """The pieces of `article` (its claims and fingerprint come from it), or None when `d` was written in
        another format (they are then worked out again)."""
        if d.get("v") != PIECES_FORMAT:
            return None
        claims = dict(article_claims(article))
        member = d.get("membership")
        if any(cid not in claims for p in [*(d.get("pieces") or ()), member or {}] for cid in p.get("claims", ())):
            return None  # not this extraction's pieces
        return cls(
            tuple(_piece_from_dict(p, article, claims) for p in d.get("pieces") or ()),
            _piece_from_dict(member, article, claims) if member else None,
            frozenset(d.get("hazards") or ()),
            frozenset(d.get("lead_hazards") or ()),
            frozenset(d.get("joint") or ()),
            frozenset(int(y) for y in d.get("years") or ()),
            frozenset(int(y) for y in d.get("lead_years") or ()),
            bool(d.get("uncounted_hurt")),
            date.fromisoformat(d["looks_back"]) if d.get("looks_back") else None,
            bool(d.get("set_apart")),
            int(d["back_sign"]) if d.get("back_sign") is not None else None,
            bool(d.get("second_one")),
            bool(d.get("days_after")),
            bool(d.get("period_toll")),
        )


PIECES_FORMAT = 23  # bump when a piece's fields change: stored pieces of another format are worked out again


def placed_pieces(article: ArticleFacts) -> PlacedPieces:
    """Work out an article's pieces (and its membership piece when it has none) from its text, url and claims."""
    pieces = tuple(article_pieces(article))
    hazards = report_hazards(article.title, article.text)
    lead = lead_hazards(article.text)
    joint = _joint_scene(article, pieces) if (hazards | lead) & CROSSING_KINDS else frozenset()
    years = written_years(article.title, article.text)
    membership = None if pieces else membership_piece(article)
    uncounted = tells_uncounted_hurt(article.title, article.text)
    looks_back = looks_back_at(pieces, _published(article))
    apart = sets_its_incident_apart(article.title, article.text)
    sign = back_sign(article.title, article.text)
    second = tells_a_second_incident(article.title, article.text)
    after = second and tells_days_after(article.title, article.text)
    period = tells_a_period_toll(article.title, article.text, article.claims)
    return PlacedPieces(
        pieces,
        membership,
        hazards,
        lead,
        joint,
        years,
        lead_years(article),
        uncounted,
        looks_back,
        apart,
        sign,
        second,
        after,
        period,
    )


def article_tells_uncounted_hurt(article: ArticleFacts) -> bool:
    """Does the article tell others hurt without a count (`core.events.uncounted`)? Kept with its pieces when
    they were worked out (a member's text is not kept), else read from its text."""
    if isinstance(article.pieces, PlacedPieces):
        return article.pieces.uncounted_hurt
    return tells_uncounted_hurt(article.title, article.text)


def article_tells_a_second_incident(article: ArticleFacts) -> tuple[bool, bool]:
    """Does the article tell its incident as a second one of its kind, and does it place it days after another
    (`core.events.second_incidents`)? Kept with its pieces when they were worked out, else read from its text."""
    if isinstance(article.pieces, PlacedPieces):
        return article.pieces.second_one, article.pieces.days_after
    second = tells_a_second_incident(article.title, article.text)
    return second, second and tells_days_after(article.title, article.text)


def article_sets_its_incident_apart(article: ArticleFacts) -> bool:
    """Does the article say its incident is not connected to another (`core.events.set_apart`)? Kept with its
    pieces when they were worked out (a member's text is not kept), else read from its text."""
    if isinstance(article.pieces, PlacedPieces):
        return article.pieces.set_apart
    return sets_its_incident_apart(article.title, article.text)


# A year of the 20th or 21st century written in figures; `written_years` checks that no digit stands beside it (a
# plain scan is cheaper than one opening with a look-behind, and most texts write few such figures)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def written_years(title: str | None, text: str | None) -> frozenset[int]:
    """The years a report's headline and text write in figures ("the 2004 bombings", "in June 2015", "en 2021"),
    not inside a longer number ("12019", "20,000" is no year: a digit or a thousands mark beside it)."""
    return frozenset(
        int(m.group())
        for body in (title or "", text or "")
        for m in _YEAR_LIKE.finditer(body)
        if not _inside_a_number(body, m.start(), m.end())
    )


def _inside_a_number(body: str, start: int, end: int) -> bool:
    """Is `body[start:end]` part of a longer number: a digit beside it, or a thousands mark and a digit after it?"""
    before = body[start - 1] if start else " "
    after = body[end : end + 2]
    return before.isdigit() or after[:1].isdigit() or (after[:1] in (",", ".") and after[1:].isdigit())


def told_years(article: ArticleFacts) -> frozenset[int]:
    """The years a report writes in figures (`written_years`), as placed."""
    kept = getattr(article.pieces, "years", None)
    if kept is not None:
        return frozenset(kept)
    return written_years(article.title, article.text)


def lead_years(article: ArticleFacts) -> frozenset[int]:
    """The years a report writes in figures in its headline and first sentence (within `LEAD_CHARS`): where it
    dates its own story ("crashed in March 2019"), before any look back at another disaster ("the worst since
    the 2005 collapse"). Not a figure it counts ("2012 dead", "2059 wounded": a toll in the years' range)."""
    opening = (article.text or "")[:LEAD_CHARS]
    end = _SENTENCE_END.search(opening)
    years = written_years(article.title, opening[: end.start()] if end else opening)
    if not years:
        return years
    counted = {n for c in article.claims for n in (c.value, c.low, c.high) if n is not None}
    return years - counted


# The end of a text's first sentence: a full stop (of any script) before a space, or a line's end
_SENTENCE_END = re.compile(r"[.!?\u3002\u0964]\s|\n")


def told_lead_years(article: ArticleFacts) -> frozenset[int]:
    """`lead_years` of a report, as placed (events keep no member's text)."""
    kept = getattr(article.pieces, "lead_years", None)
    if kept is not None:
        return frozenset(kept)
    return lead_years(article)


def _joint_scene(article: ArticleFacts, pieces: Sequence[Piece]) -> frozenset[str]:
    """The countries a report names together as its disaster's scene: joined in its headline or opening
    (`core.places.joint`), or each holding a toll of its own ("killed 16 people in Bangladesh and six in India's
    West Bengal state": its tolls are placed in a country, or a province of one, and in another), with the
    countries those sentences name beside them."""
    joint = joint_countries(article.title, article.text)
    tolled = [p for p in pieces if p.claims and _country_sure(p.location)]
    countries = {country for p in tolled if (country := _country_sure(p.location))}
    if joint:
        # and the countries its tolls are placed in: a list read in part ("in Mozambique, Zimbabwe and Malawi"
        # read as the last two) leaves out the country whose toll the report tells first
        return joint | countries
    if len(countries) < 2:
        return frozenset()
    # and the other countries those sentences name with them ("121 in Mozambique, Malawi and Mayotte")
    return frozenset(countries | {k.split(":", 1)[1] for p in tolled for k in p.named if k.startswith("country:")})


# Places whose country is sure however the sentence reads: a toll placed at one is that country's.
_SURE_OF_COUNTRY_KINDS = frozenset({"country", "province", "state"})


def _country_sure(location: Location) -> str | None:
    """The country of a country, province or state (None for any other place)."""
    if location.kind not in _SURE_OF_COUNTRY_KINDS or not location.region:
        return None
    return location.region.split("-")[0]


def told_joint(article: ArticleFacts) -> frozenset[str]:
    """The countries a report names together as its disaster's scene (`core.places.joint`), as placed."""
    kept = getattr(article.pieces, "joint", None)
    if kept is not None:
        return frozenset(kept)
    return _joint_scene(article, article_pieces(article)) if told_hazards(article) & CROSSING_KINDS else frozenset()


def with_pieces(article: ArticleFacts, placed: PlacedPieces | None = None) -> ArticleFacts:
    """The article carrying its pieces (`placed`, or worked out now): grouping reads them instead of its text."""
    return replace(article, pieces=placed if placed is not None else placed_pieces(article))


def _piece_to_dict(piece: Piece) -> dict[str, Any]:
    loc = piece.location
    return {
        "location": [loc.key, loc.label, loc.kind, loc.region, loc.spot, loc.name, loc.ambiguous],
        "harm": piece.harm,
        "date": piece.date.isoformat() if piece.date else None,
        "spot": piece.spot,
        "claims": piece.claim_ids,
        "published": piece.published.isoformat() if piece.published else None,
        "main": piece.main,
        "named": sorted(piece.named),
        "named_time": [d.isoformat() for d in piece.named_time] if piece.named_time else None,
    }


def _piece_from_dict(d: Mapping[str, Any], article: ArticleFacts, claims: Mapping[str, Claim]) -> Piece:
    key, label, kind, region, spot, name, ambiguous = d["location"]
    return Piece(
        article.id,
        Location(key, label, kind, region, spot, name, bool(ambiguous)),
        str(d["harm"]),
        date.fromisoformat(d["date"]) if d.get("date") else None,
        d.get("spot"),
        [(cid, claims[cid]) for cid in d["claims"]],
        date.fromisoformat(d["published"]) if d.get("published") else None,
        article.fingerprint,
        bool(d.get("main")),
        frozenset(d.get("named") or ()),
        _stored_named_time(d.get("named_time")),
    )


def _stored_named_time(kept: Sequence[str] | None) -> tuple[date, date] | None:
    return (date.fromisoformat(kept[0]), date.fromisoformat(kept[1])) if kept else None


def _named_time(article: ArticleFacts) -> tuple[date, date] | None:
    """The days the article's lead names as its event's time (`core.events.named_times`)."""
    return named_time(article.title, article.text, _published(article))
