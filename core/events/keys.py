"""Index keys: what the store files an event under, and which keys an article looks up."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from core.dates import add_days, iso_week, weeks_between
from core.events.evidence import (
    _REGIONAL_KINDS,
    MASS_CASUALTIES,
)
from core.events.far_reports import (
    _WRECK_KINDS,
)
from core.events.hazards import told_hazards
from core.events.hurt_counts import hurt_key, keyed_by_its_hurt, tells_a_hurt_count
from core.events.local_detail import unresolved_town_key
from core.events.look_back_signs import tells_a_later_stage
from core.events.match import (
    _piece_interval,
    nothing_dates,
    weak_event,
    weak_location,
)
from core.events.pieces import article_pieces, membership_piece
from core.events.spread_events import (
    lost_candidate_key,
    lost_index_keys,
    very_toll_candidate_key,
    very_toll_index_keys,
)
from core.events.state import EventState, GroupingSettings
from core.models import ArticleFacts
from core.places.location import UNPLACED, Location
from core.similarity import persons_of

# ---------------------------------------------------------------------------------------------------------
# Index keys


def _mass_values(values: Iterable[int]) -> bool:
    return any(v >= MASS_CASUALTIES for v in values)


def _mass_key(region: str, *, timeless: bool = False) -> str:
    """The key of the events with a mass toll in a region's country (`timeless`: of those nothing dates)."""
    return f"{'timeless' if timeless else 'mass'}:{region.split('-')[0]}"


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
    elif (town := unresolved_town_key(loc.key, loc.kind)) is not None:
        # An unresolved name and a town of that name meet (`core.events.local_detail`)
        keys |= {town, town.replace("placename:", "ambiguous:", 1)} if indexing else {town}
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
    bounded in time, so the candidates for one article stay few however large the store grows. An event of a
    block (see `core.events.blocks`) has every key prefixed with it: blocks never see each other's events.
    """
    return _in_block(event.block, _unprefixed_index_keys(event))


def _block_country(block: str | None) -> str | None:
    """The country (or countries, for a disaster across a border) of a block, when it is one: what an event
    placed nowhere the gazetteer knows ("the Aaina Pahara bend") stands in, as its block's reports did. Its
    mass toll is then found by the reports nothing dates in that block (`candidate_keys`), as a placed event's."""
    return block if block and block != UNPLACED else None


def _in_block(block: str | None, keys: set[str]) -> set[str]:
    return {f"{block}|{k}" for k in keys} if block else keys


def _unprefixed_index_keys(event: EventState) -> set[str]:
    weeks = _event_weeks(event)
    time_keys = {f"week:{w}" for w in weeks} | {f"person:{h}" for h in event.persons}
    time_keys |= {f"named:{k}" for k in event.places if not k.startswith("country:")}
    if event.region is not None:
        time_keys |= {f"rw:{event.region}:{w}" for w in weeks}
    country = event.region or _block_country(event.block)
    members = [m.values for i in event.incidents for m in i.members]
    if country is not None and _mass_values(v for m in members for v in m.values()):
        time_keys.add(_mass_key(country))
        if not weeks and event.published_from is None:
            time_keys.add(_mass_key(country, timeless=True))
    if country is not None and keyed_by_its_hurt(members):
        time_keys.add(hurt_key(country))
    if weak_event(event):
        time_keys |= {f"weakweek:{w}" for w in weeks}
    # (one day's very mass toll, the very people lost: `core.events.spread_events`)
    time_keys |= very_toll_index_keys(event) | lost_index_keys(event)
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


def candidate_keys(
    article: ArticleFacts, settings: GroupingSettings | None = None, *, block: str | None = None
) -> set[str]:
    """Keys to look up candidate events for an article (covers every place its claims name); prefixed with
    `block` when the article is grouped in one."""
    settings = settings or GroupingSettings()
    keys = _unprefixed_candidate_keys(article, settings)
    if block and block != UNPLACED and (
        nothing_dates(article) or _placed_nowhere_with_a_mass_toll(article) or _placed_nowhere_stating_nothing(article)
    ):
        # Nothing dates it, or it is placed nowhere (it was pulled into the block by its kind of disaster and
        # its toll, or, stating no figure, as a first alert of its days: see `core.events.blocks`): the block's
        # mass-casualty events are where it may belong.
        keys.add(_mass_key(block))
    if block and block != UNPLACED and nothing_dates(article) and _tells_a_hurt_count(article):
        keys.add(hurt_key(block))  # (an event nobody died in, its count of the hurt: `core.events.hurt_counts`)
    if block and "+" in block:
        keys |= _weeks_across_the_border(article, settings)
    return _in_block(block, keys)


def _weeks_across_the_border(article: ArticleFacts, settings: GroupingSettings) -> set[str]:
    """In the block of a disaster that crossed a border (`core.events.blocks._joint_block`), an event placed in
    the other country shares no place or region key with a report: it is found by the weeks of the report's
    days, as a weakly placed report finds its events (the block holds only that kind of disaster's reports)."""
    keys: set[str] = set()
    span = settings.span_days
    for piece in article_pieces(article) or [membership_piece(article)]:
        window = _piece_interval(piece, settings)
        if piece.main and window is not None:
            keys |= {f"week:{w}" for w in _weeks(add_days(window[0], -span), add_days(window[1], span))}
    return keys


def _tells_a_hurt_count(article: ArticleFacts) -> bool:
    main = next((p for p in article_pieces(article) if p.main), None)
    return main is not None and tells_a_hurt_count(main.headline_values())


def _placed_nowhere_stating_nothing(article: ArticleFacts) -> bool:
    return not article_pieces(article) and membership_piece(article).location.key == UNPLACED


def _placed_nowhere_with_a_mass_toll(article: ArticleFacts) -> bool:
    main = next((p for p in article_pieces(article) if p.main), None)
    return main is not None and main.location.key == UNPLACED and _mass_values(main.headline_values().values())


def _unprefixed_candidate_keys(article: ArticleFacts, settings: GroupingSettings) -> set[str]:
    keys: set[str] = {f"person:{h}" for h in persons_of(article.fingerprint)}
    for piece in article_pieces(article) or [membership_piece(article)]:
        if piece.location.key == UNPLACED:
            anchor = piece.date or piece.published
            keys |= _unplaced_keys([anchor], settings.span_days)
        else:
            keys |= _location_keys(piece.location, indexing=False)
            keys.add(f"named:{piece.location.key}")
        # The towns, counties and provinces the report names (a country is too coarse a key: it is found by
        # the week keys of weak places).
        fine = {k for k in piece.named if not k.startswith("country:")}
        keys |= fine | {f"named:{k}" for k in fine}
        window = _piece_interval(piece, settings)
        if window is not None and piece.location.region is not None:
            span = settings.span_days
            keys |= {
                f"rw:{piece.location.region}:{w}" for w in _weeks(add_days(window[0], -span), add_days(window[1], span))
            }
        if piece.main and piece.location.region and _mass_values(piece.headline_values().values()):
            # Nothing tells when one of them happened (no date, no publication date): a mass toll's event in the
            # country may be it (see `match._shares_a_mass_figure`); few events have one, so lookups stay small.
            keys.add(_mass_key(piece.location.region, timeless=window is not None))
            if window is not None and told_hazards(article) & (_REGIONAL_KINDS | _WRECK_KINDS):
                # A quake's or a flood's toll told from another of its towns (`match._regional_running_toll`), a
                # wreck's from the town its journey left (`match._wreck_off_a_nearby_town`)
                keys.add(_mass_key(piece.location.region))
            elif window is not None and tells_a_later_stage(article):
                # A verdict, an inquiry's report: its event is months or years before its days (`look_back_signs`)
                keys.add(_mass_key(piece.location.region))
        # (one day's very mass toll, the very people lost: `core.events.spread_events`)
        keys |= {k for k in (very_toll_candidate_key(piece), lost_candidate_key(piece)) if k is not None}
        if piece.main and settings.text_match_threshold is not None and window is not None:
            span = settings.span_days
            # A province the index places in no region of its country ("Soum", "Cebu": region "BF") meets its
            # towns' events by no region key: it looks at the country's events of those weeks, as a weak place.
            coarse = "-" not in (piece.location.region or "")
            prefix = "week" if weak_location(piece.location) or coarse else "weakweek"
            keys |= {f"{prefix}:{w}" for w in _weeks(add_days(window[0], -span), add_days(window[1], span))}
    return keys
