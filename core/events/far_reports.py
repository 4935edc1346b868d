"""Reports that place or date alone cannot tie to an event (undated, unplaced, at another town, across a border,
a country's or province's running toll): when their tolls and kind of disaster still make them its reports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.dates import add_days
from core.events.evidence import (
    _COARSE_KINDS,
    _REGIONAL_KINDS,
    FAR_TOLL_RATIO,
    MASS_CASUALTIES,
    RISEN,
    _country,
    _counts_on_hints,
    _counts_on_the_event,
    _has_date,
    _in_its_span,
    _no_smaller_toll,
    _published_in_its_days,
    _risen_to_a_mass_toll,
    _running_toll,
    _shares_a_kind,
    _shares_a_mass_figure,
    _states_a_toll,
    _tells_their_toll,
    _timing,
    _told_kinds,
    event_hints,
    how_toll_told,
    regional_reach_km,
)
from core.events.hazards import CROSSING_KINDS, event_told_hazards
from core.events.look_back_signs import far_and_unsigned
from core.events.pieces import Piece, told_joint, told_years
from core.events.state import EventState, GroupingSettings
from core.models import KILLED, MISSING, WOUNDED, ArticleFacts
from core.places.location import UNPLACED, spot_tokens
from core.places.nearby import _distance_km
from core.similarity import persons_of


def _national_running_toll(
    piece: Piece,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is a report placed only by the event's country ("Brasilien: Zahl der Toten nach Unwettern steigt auf 107")
    or by the province around its town ("din regiunea Attica a ajuns la 82" beside Athens' fire) the running toll
    of the disaster its headline names too: the same kind of disaster in the event's headlines (a shared family,
    in any language), a toll told as a count no smaller than any the event gave, up to `running_toll_days` after
    the event began? A whole country's toll of another kind is not. Its kind may be told by its opening only (a
    headline "Tansania: Zahl der Toten steigt auf 15" over a ferry's capsizing), and its toll may have risen to a mass
    toll from the smaller ones the event's first reports gave (`_risen_to_a_mass_toll`: 7 dead, then 15)."""
    if not articles:
        return False
    kind = piece.location.kind
    if kind != "country" and not (kind == "province" and piece.location.region == event.region):
        return False
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, _last = timing
    if when < first or (when - first).days > settings.running_toll_days:
        return False
    if not ((_counts_on_the_event(piece, hints) or _risen_to_a_mass_toll(piece, hints)) and _states_a_toll(piece)):
        return False
    return _shares_a_kind(_told_kinds(piece, articles), event, articles)


def _timeless_report_of_the_disaster(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]] | None = None,
    across_towns: bool = False,
) -> bool:
    """Is a report that nothing dates (no date in its text, no publication date) placed in the event's country
    (or nowhere: its block's pull brought it here, see `core.events.blocks`) and about its kind of disaster (a
    shared family, in any language, read in its headline or else its opening: `told_hazards`)? It has no date to
    tell it from another disaster of that kind, and it fits this one: "the toll of the earthquake has passed
    4,000" placed only by Turkey, beside the quake's reports from Kahramanmaraş. Places related to the event's (a
    country and its town, a place one report names) are enough for any kind; with `across_towns`, two towns of
    one country, for disasters that span a region (a quake, a flood), or for any kind when it tells a death toll
    the event's reports give (another town's name for the same collapse), not for an attack on another town."""
    if not piece.main or piece.date is not None or piece.published is not None or not articles:
        return False
    if event.location_key == UNPLACED:
        # The event is placed nowhere (its block's pull brought its reports here): a placed report telling a mass
        # toll meets it as a report placed nowhere meets a placed event, by their kind (whichever came first in the
        # block's order); a few dead at a town are as likely another disaster there.
        killed = piece.headline_values().get(KILLED)
        if killed is None or killed < MASS_CASUALTIES:
            return False
        return _shares_a_kind(_told_kinds(piece, articles), event, articles)
    country = _country(piece.location.region)
    abroad = country is not None and country != _country(event.region)
    across = country is not None and abroad and _told_across_its_border(piece, event, articles, country)
    if abroad and not across and not _names_the_events_country(piece, event):
        return False  # (a report of the quake "in Turkey and Syria" placed in the second may be the first's)
    if hints is None:
        hints = event_hints(event)
    if not across and _another_places_smaller_toll(piece, event, hints):
        # (across the border, naming the storm a report tells of both countries: a smaller toll is its country's
        # share of the disaster's, "six in West Bengal" beside Bangladesh's 16)
        return False
    kinds = _told_kinds(piece, articles)
    if across_towns and country is not None and not _tells_their_toll(piece, hints):
        kinds &= _REGIONAL_KINDS
    return _shares_a_kind(kinds, event, articles)


def _another_places_smaller_toll(piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]]) -> bool:
    """Does a report with no date tell, at a town or province the event's reports do not name and naming none of
    theirs, a death toll smaller than theirs and none of them ("a landslide in Franco da Rocha killed 18" beside
    Petrópolis's 94 to 204)? Nothing dates it, so its kind is all that ties it to the disaster; another place's
    smaller toll of that kind is as likely another disaster there, of another year. A report of the disaster's
    place, one counting on its toll (no smaller: a later count), or one of a national disaster's toll (hundreds
    dead: an earlier count), still joins."""
    if piece.location.kind in _COARSE_KINDS or piece.location.key == UNPLACED:
        return False
    theirs = {event.location_key, *event.places}
    if piece.location.key in theirs or any(k in theirs for k in piece.named if not k.startswith("country:")):
        return False
    killed = piece.headline_values().get(KILLED)
    known = hints.get(KILLED, ())
    if killed is None or killed >= _NATIONAL_DISASTER or not known:
        return False  # (hundreds dead of one kind of disaster in one country: an earlier count of this one)
    return killed not in known and killed < max(known)


# A death toll this large is one of a country's rare disasters: two reports of one kind telling such tolls in one
# country, with nothing to date either, are counts of one (a quake's 3,549 at one town and its 35,000 at another).
_NATIONAL_DISASTER = 100


def _told_across_its_border(
    piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts], country: str
) -> bool:
    """Does the piece name a storm (or a victim) the event's reports name, one of them telling the disaster of the
    piece's country with others (`told_joint`: "Idai's toll in Mozambique and Zimbabwe" beside an undated
    "Zimbabwe: Cyclone Idai kills 31")?"""
    if not set(persons_of(piece.fingerprint)) & set(event.persons):
        return False
    members = (articles.get(a) for a in event.article_ids)
    return any(m is not None and country in told_joint(m) for m in members)


def _names_the_events_country(piece: Piece, event: EventState) -> bool:
    """Does the piece's report name the event's country, its place, or a place its reports name?"""
    if f"country:{_country(event.region)}" in piece.named or event.location_key in piece.named:
        return True
    return any(k in event.places for k in piece.named if not k.startswith("country:"))


def _unplaced_report_of_its_toll(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report placed nowhere (its block's pull brought it here: `core.events.blocks`), dated within the
    event's days, telling its kind of disaster and one of its very mass tolls? A village in a script the
    gazetteer does not hold ("तनहुँको आँबुखैरेनी गाउँपालिकामा ... २७") leaves it only those to go by. The same holds
    the other way round: a placed report meeting such a report's event (it came first). An event opened by a report
    placed nowhere whose later reports named its places (`EventState.places`) is placed by them for another report
    placed nowhere (a first alert in one script, the owner's arrest two days on in it too)."""
    nowhere = piece.location.key == UNPLACED
    if not piece.main or not articles:
        return False
    if nowhere == (event.location_key == UNPLACED) and not (nowhere and event.places):
        return False
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < MASS_CASUALTIES:
        return False
    # a later count of the toll, told risen or lowered from the event's (whichever of the two is placed nowhere)
    counted_on = _counts_on_hints(piece, hints)
    if killed not in hints.get(KILLED, ()) and not counted_on:
        return False
    if not _in_its_span(piece, event, settings.span_days):
        return False
    if _shares_a_kind(_told_kinds(piece, articles), event, articles):
        return True
    return killed in hints.get(KILLED, ()) and _its_very_day_told_of_no_kind(piece, event, articles)


def _its_very_day_told_of_no_kind(piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts]) -> bool:
    """Is the piece dated the one day of an event whose reports tell no kind of disaster? A look back years on
    ("Eschede trial dropped", "the accident on 3 June 1998 killed 101") names the trial, not the disaster; its day
    and its very mass toll are what it shares with the disaster's reports."""
    return (
        piece.date is not None
        and piece.date == event.start_date == event.end_date
        and not any(event_told_hazards(event, articles))
    )


def _regional_running_toll(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report from a town of the event's country, within `regional_reach_km` of its town or in its province or
    country, the running toll of a quake or a flood the event tells: its death toll a count no smaller than any
    the event gave, undated or of the event's days, published up to `running_toll_days` after it began? Such a
    disaster strikes a region's towns, and its toll is told from any of them ("In Amizmiz, ... the official death
    toll now stands at 2,862" beside the quake's reports placed in Marrakesh; "Kahramanmaraş merkezli
    depremlerde can kaybı 3.549'a yükseldi" beside "struck southern Turkey"); an attack's is told of its own
    town."""
    if not piece.main or not articles or piece.location.kind not in ("city", "county"):
        return False
    running = _running_toll(piece.headline_values(), hints) or _risen_to_a_mass_toll(piece, hints)
    if not (running and _states_a_toll(piece)):
        return False  # (a flood's first counts are small: "risen to ten" beside two and three dead)
    if event.place_kind in ("city", "county"):
        km = _distance_km(piece.location.key, event.location_key)
        if km is None or km > regional_reach_km(max(hints.get(KILLED, (0,)))):
            return False
    elif event.place_kind not in ("country", "province") or _country(event.region) != _country(piece.location.region):
        return False
    when = piece.date or piece.published
    began = event.start_date or event.published_from
    if when is None or began is None:
        return False
    if piece.date is not None and event.start_date is not None:
        if not _has_date(event, piece.date, settings.date_slack_days):
            return False
    elif not add_days(began, -settings.report_lag_days) <= when <= add_days(began, settings.running_toll_days):
        return False  # (one of them undated: the days it may have happened in)
    return _shares_a_kind(_told_kinds(piece, articles) & _REGIONAL_KINDS, event, articles)


def _provinces_mass_toll(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report from another town of the event's province telling its kind of disaster and one of its very
    mass tolls in its days, or a later count of it (a larger toll, or one told as revised down from its)? Attacks on
    two towns of one province in one evening are one event, and a report from its capital gives the toll "across
    the region"; a train crash's toll is told from the town its hurt were taken to and from the state's capital
    ("261 dead" at Cuttack, "revised down to 275" at Bhubaneswar, beside Balasore's 233 and 288). No other
    disaster of that kind there gives such a toll those days."""
    if not piece.main or not articles or piece.location.kind not in ("city", "county"):
        return False
    region = piece.location.region
    if region is None or "-" not in region or region != event.region or event.place_kind not in ("city", "county"):
        return False
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < MASS_CASUALTIES:
        return False
    if killed not in hints.get(KILLED, ()) and not _counts_on_the_event(piece, hints):
        return False
    if piece.date is not None and event.start_date is not None:
        if not _has_date(event, piece.date, settings.date_slack_days):
            return False
    elif not _published_in_its_days(piece, event):
        return False  # (an event nothing dates has the days its reports were published in: `_timing`)
    return _shares_a_kind(_told_kinds(piece, articles), event, articles)


def _wreck_off_a_nearby_town(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report of an airliner's or a ship's loss placed at a town within `_WRECK_REACH_KM` of the event's town,
    of its country, telling the very mass toll its reports give in its days? One report places the crash at the
    city the plane left ("crashed into the sea after take-off from Jakarta"), another at the coast it fell off
    ("jatuh di perairan Karawang", some 50 km away), in another province: a wreck lies where its journey ended, not
    at one town; no other loss of that kind with that toll there those days."""
    if not piece.main or not articles or piece.location.kind != "city" or event.place_kind != "city":
        return False
    if _country(piece.location.region) != _country(event.region):
        return False
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < MASS_CASUALTIES or killed not in hints.get(KILLED, ()):
        return False
    km = _distance_km(piece.location.key, event.location_key)
    if km is None or km > _WRECK_REACH_KM:
        return False
    if piece.date is not None and event.start_date is not None:
        if not _has_date(event, piece.date, settings.date_slack_days):
            return False
    elif not _published_in_its_days(piece, event):
        return False
    return _shares_a_kind(_told_kinds(piece, articles) & _WRECK_KINDS, event, articles)


# Kinds of disaster whose wreck lies away from the towns its reports name (lexicon `HAZARD_FAMILIES`), and how far
_WRECK_KINDS = frozenset({"air", "ship"})
_WRECK_REACH_KM = 100.0


def _one_disaster_across_the_border(
    piece: Piece, event: EventState, articles: Mapping[str, ArticleFacts] | None, settings: GroupingSettings
) -> bool:
    """In the block of a disaster that crossed a border (`core.events.blocks._joint_block`), a report of its kind
    of disaster, and on one side a report naming the countries together as its scene ("Hochwasser in Polen und
    Tschechien: mindestens sieben Tote" beside "floods killed four in the Klodzko area"): the whole disaster's
    count and a place's, or a country's, of it. Their figures need not agree (the whole's are larger, and they
    run on); their days must: a piece's own date within `date_slack_days` of the event's, a report no date of
    its own dates published while the event runs (a flash flood of its own day two weeks on is another)."""
    if "+" not in event.block or not articles or (own := articles.get(piece.article_id)) is None:
        return False
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, last = timing
    reach = settings.date_slack_days if piece.date is not None else settings.report_lag_days
    if not add_days(first, -settings.date_slack_days) <= when <= add_days(last, reach):
        return False
    joint = frozenset(event.block.split("+"))
    kinds = _told_kinds(piece, articles) & CROSSING_KINDS
    if not _shares_a_kind(kinds, event, articles):
        return False
    if len(told_joint(own) & joint) >= 2:
        return True
    if piece.date is None and not _no_smaller_toll(piece, event_hints(event)):
        return False  # published later with a smaller toll of its own: another flood, not this one's count
    members = (articles.get(a) for a in event.article_ids)
    return any(m is not None and len(told_joint(m) & joint) >= 2 for m in members)


def _timeless_toll_update(piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]]) -> bool:
    """A report with no date and no publication date at a town or province related to the event's, telling its
    death toll as risen to a mass toll no smaller than any the event gave ("the number of dead in the landslide
    in Kerala has risen to 52" beside "the toll from the landslide in Idukki district rose to 47"): that
    disaster's later count. Nothing dates it elsewhere; the update says it counts on from an earlier figure. Both
    in one province: a larger toll of the province is no count of a smaller disaster in another's town."""
    if piece.date is not None or piece.published is not None or piece.location.kind not in _TOWN_OR_PROVINCE:
        return False
    if piece.location.region is None or piece.location.region != event.region:
        return False
    killed = piece.headline_values().get(KILLED)
    earlier = hints.get(KILLED, ())
    if killed is None or killed < MASS_CASUALTIES or not earlier or killed < max(earlier):
        return False  # (the event's own toll may be smaller than a mass toll: "five dead" before "risen to 16")
    return any(c.metric == KILLED and c.value == killed and c.update for _, c in piece.claims)


_TOWN_OR_PROVINCE = ("city", "county", "province")


def _running_count_published_within(
    piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]], settings: GroupingSettings
) -> bool:
    """A report with no date of its own, published while the event runs (up to `report_lag_days` after its last
    incident), at a town, province or county related to the event's (a neighbour, the province around it), giving
    a mass toll no smaller than any the event gave: its running count ("Wildfires around Vina del Mar have killed
    64, the president said on Saturday" beside "51 muertos en la región de Valparaíso"). A whole country's is not
    (several disasters may run in one country at once)."""
    timing = _timing(piece, event)  # an event no report dates runs while its reports are published
    if piece.date is not None or piece.published is None or timing is None:
        return False
    if piece.location.kind not in ("city", "county", "province") or event.place_kind == "country":
        return False
    published, first, last = timing
    return (
        published >= first
        and (published - last).days <= settings.report_lag_days
        and (_running_toll(piece.headline_values(), hints) or _risen_to_a_mass_toll(piece, hints))
    )


def _another_towns_disaster(
    piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]], articles: Mapping[str, ArticleFacts] | None
) -> bool:
    """Is a report that nothing dates, of a town, another town's disaster beside an event of a related place whose
    reports it does not name: a death toll under a third of every toll the event's reports gave, the event being
    another town's or a country's or province's whose reports name other towns ("Kazakhstan's mine fire toll rises
    to 44, at a mine near Temirtau" beside "four miners killed in a fire in Saran"; a cargo plane's 18 in a town
    beside an airliner's 71 at the city nearby), or, beside another town's event, a toll over three times its
    largest, not told as risen (the airliner's 71 beside the cargo plane's 18 that came first)? The level or the
    nearness the towns share is no proof, and nothing dates either (the mirror of
    `core.events.assign._event_its_toll_counts`, when the coarse report came first). A town's first count beside
    a province's report naming no town still joins (6 dead, then the province's 45); so does a town the event's
    reports name, and any town's share of a quake, a flood or attacks (a region's toll sums its towns')."""
    if not piece.main or piece.location.kind != "city" or piece.date is not None or piece.published is not None:
        return False
    towns = {k for k in event.places if k.startswith("city:")}
    if event.place_kind == "city":
        towns = ({event.location_key} | towns) - {piece.location.key}
    elif event.place_kind not in _COARSE_KINDS or piece.location.key in towns:
        return False
    if not towns or towns & set(piece.named):
        return False
    killed = piece.headline_values().get(KILLED)
    known = [v for v in hints.get(KILLED, ()) if v > 0]
    if killed is None or not known:
        return False
    smaller = killed * FAR_TOLL_RATIO < min(known)
    larger = event.place_kind == "city" and killed > FAR_TOLL_RATIO * max(known) and how_toll_told(piece) != RISEN
    return (smaller or larger) and not _told_kinds(piece, articles or {}) & (_REGIONAL_KINDS | {"attack"})


def _another_towns_report_without_toll(piece: Piece, event: EventState, hints: Mapping[str, Sequence[int]]) -> bool:
    """Is a report that nothing dates, of a town of its own, beside another town's event that none of its reports
    placed at that town, one side giving no casualty figure (damaged houses, nobody known hurt)? With neither a
    date nor two tolls to compare, only its place can tell which disaster it is, and its place is another: a
    quake that shook a town of the province a fortnight after the deadly one ("felt as far as Cianjur", it says)
    is its own, whichever came first. Naming the event's town is no proof (a later quake is felt where the
    earlier one struck)."""
    if not piece.main or piece.location.kind != "city" or piece.date is not None or piece.published is not None:
        return False
    if event.place_kind != "city" or event.location_key == piece.location.key or piece.location.key in event.places:
        return False
    values = piece.headline_values()
    casualties = (KILLED, WOUNDED, MISSING)
    told = any(values.get(m) for m in casualties)
    return not (told and any(v > 0 for m in casualties for v in hints.get(m, ())))


def its_toll_risen_at_its_town(piece: Piece, event: EventState, settings: GroupingSettings) -> bool:
    """Is the piece, at the event's very town, its death toll told as risen from the event's mass toll (`counts_on`:
    "the number of dead after the arson attack has risen to 35"), up to `running_toll_days` after its last day? That
    count goes on the event's, whatever word its headline gives the disaster's kind: one outlet's fire is another's
    arson attack, one's crash another's ramming. (A disaster of another kind there in those days has a toll of
    its own, not the event's risen.)"""
    if not piece.main or piece.location.kind != "city" or piece.location.key != event.location_key:
        return False
    timing = _timing(piece, event)
    if timing is None or how_toll_told(piece) != RISEN:
        return False
    when, first, last = timing
    if when < first or (when - last).days > settings.running_toll_days:
        return False
    return _counts_on_hints(piece, event_hints(event))


def its_look_back_placed_nowhere(
    piece: Piece,
    event: EventState,
    articles: Mapping[str, ArticleFacts] | None,
    hints: Mapping[str, Sequence[int]],
    settings: GroupingSettings,
) -> bool:
    """Is a report placed nowhere (a venue, a village in a script the gazetteer does not hold, no town at all), out
    weeks to two years after a placed event's last day (past its span, up to `mass_follow_up_days`), a look back
    at it: one of its very mass figures (`MASS_CASUALTIES`+: "a year on, the 22 who drowned"), of its kind of
    disaster or telling none (a sentence, a list of the victims)? Its block's pull across time brought it here
    (`core.events.blocks.far_look_back`)."""
    if not piece.main or not articles or not (piece.location.key == UNPLACED or piece.location.region is None):
        return False
    if far_and_unsigned(piece, event, articles):
        return False  # (no sign it looks back, no kind told: a shared figure alone: `core.events.look_back_signs`)
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, _first, last = timing
    if not settings.span_days < (when - last).days <= settings.mass_follow_up_days:
        return False
    if not _shares_a_mass_figure(piece.headline_values(), hints) or _at_another_venue(piece, event):
        return False
    kinds = _told_kinds(piece, articles)
    return not kinds or _shares_a_kind(kinds, event, articles)


def _at_another_venue(piece: Piece, event: EventState) -> bool:
    """Does the piece name a venue (`spot_tokens`) and the event's reports others, none of them its (another
    club's shooting beside this one's)? A venue is all a report placed nowhere has to tell its disaster by."""
    words = spot_tokens(piece.spot)
    if not words:
        return False
    theirs = [spot_tokens(m.spot) for i in event.incidents for m in i.members]
    return any(theirs) and not any(words & t for t in theirs)


def look_back_naming_its_year(
    piece: Piece,
    event: EventState,
    hints: Mapping[str, Sequence[int]],
    articles: Mapping[str, ArticleFacts] | None,
) -> bool:
    """Is a report of the event's very place (the caller's to check) that nothing dates, published in a later year
    than the event's last day, a look back at it: its text names the event's year in figures ("convicted over the
    2004 train bombings", "killed nine worshippers in June 2015") and its death toll is one the event's reports gave
    (two or more dead)? A verdict, a sentence or a victim's death years on tells the old event by its year and its
    toll, however long after (`GroupingSettings.follow_up_days` and `mass_follow_up_days` bound the later reports
    that name neither). Another year's disaster at that place is told by another year."""
    if not piece.main or piece.date is not None or piece.published is None or not articles:
        return False
    first = event.start_date or event.published_from
    last = event.end_date or event.published_to
    if first is None or last is None or piece.published.year <= last.year:
        return False
    killed = piece.headline_values().get(KILLED)
    if killed is None or killed < _LOOK_BACK_TOLL or killed not in hints.get(KILLED, ()):
        return False
    own = articles.get(piece.article_id)
    return own is not None and first.year in told_years(own)


# The smallest death toll a look back names its event by (a single death is any year's news at a big city)
_LOOK_BACK_TOLL = 2
