"""Reading an article's places together by votes: the title, dateline and locative mentions of the text and the
claims' own places vote for a country and state, which settle ambiguous names (`article_locations`); before the
vote, a claim's name is reread by what the text writes around it (its owner, its holder, its airport, its
division). `core.places.report_places` adds the title's, dateline's and text's own places, and
`core.places.main_place` then picks the place the article is about."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from core.models import ArticleFacts, Role
from core.places.gazetteer import _region, fold
from core.places.index import COUNTRY_NAME_LANGUAGES, Place, gazetteer
from core.places.location import (
    _NAMED_KINDS,
    _UNPLACED,
    SPOT_ONLY,
    UNPLACED,
    Location,
    _candidates,
    _spelled_out,
    _state_by_code,
    country_of_part,
    resolve_location,
)
from core.places.namesakes_near import dateline_beside, division_not_town
from core.places.not_places import (
    _acronym_only,
    _after_the_only,
    _aside_only,
    _common_word,
    _earlier_event_only,
    _headline_only_town,
    _inside_names,
    _line_only,
    _origin_only,
    _outlet_name,
    _particle_name_only,
    _placed_by_a_sentence_case_headline,
    _river_only,
    _route_end_only,
    _state_naming_a_quarter_only,
    _surname_only,
    _title_evidence,
)
from core.places.outlets import HOME_TOWN_VOTE, OUTLET_VOTE, outlet_country, outlet_regions
from core.places.reading import (
    _NO_CONTEXT,
    _NOT_A_TOWN,
    _destination_only,
    _division_countries,
    _most_named_country,
    _occurrences,
    _place_span,
    _placed_in,
    _text_context,
    _TextContext,
    _title_spans,
    ambiguous_counties_named,
    countries_written,
    divisions_named,
    mention_location,
    state_named_by_its_agency,
    without_own_title,
)
from core.places.report_places import (
    WORLD_CITY,
    WORLD_CITY_RATIO,
    _bureau_over_far_towns,
    _filed_from,
    _near_references,
    _with_context,
    _world_city_over,
)

_CONTEXT_ROLES = (Role.BACKGROUND, Role.CUMULATIVE)


def _whole_run(span: str, title: str) -> bool:
    """Is the span written in the title with no capitalised word right before it ('della Florida', 'Florida man';
    not 'Mount Washington', whose 'Washington' is no state)?"""
    for m in re.finditer(rf"\b{re.escape(span)}\b", title):
        before = title[: m.start()].split()
        if not before or not before[-1][:1].isupper():
            return True
    return False


def _world_city(written: str, loc: Location) -> bool:
    """A town of `WORLD_CITY` people or more written by its own name, `WORLD_CITY_RATIO` times each other town of
    that name (London; not 'Chelsea', one of London's other names and a town of Massachusetts)."""
    if loc.kind != "city":
        return False
    place = gazetteer().by_key(loc.key)
    if place is None or place.population < WORLD_CITY or fold(place.name) != fold(written):
        return False
    namesakes = [p for p in gazetteer().lookup(fold(place.name)) if p.kind == "city" and p.key != place.key]
    return all(place.population >= WORLD_CITY_RATIO * p.population for p in namesakes)


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
    raw = _owners_of_towns(_as_written_in_full({w: resolve_location(w) for w in written}), article.text or "")
    raw = _held_by_what_follows(raw, f"{article.title or ''}\n{article.text or ''}")
    raw = {w: division_not_town(w, loc, article.text or "") for w, loc in raw.items()}
    divisions = divisions_named(article.text or "")
    raw = {w: _town_of_named_division(w, loc, divisions) for w, loc in raw.items()}
    raw = {w: _state_of_its_agency(w, loc, article.text or "") for w, loc in raw.items()}
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

    weight = {"country": 3.0, "state": 3.0, "province": 2.0, "county": 2.0, "city": 1.0}
    # (a headline the text opens with is no dateline: "CAN: oito mortos ...")
    context = _text_context(without_own_title(article.text, article.title)) if article.text else _NO_CONTEXT
    if _filed_from(context, article.text or ""):
        context = replace(context, dateline=None)  # where the report was filed, not where it happened
    elif _bureau_over_far_towns(context, raw):
        # nor does its region vote: "KABARKITA.CO, Jakarta -" is no Jakarta report
        bureau = resolve_location(context.dateline or "").region
        context = replace(context, dateline=None, regions=tuple(r for r in context.regions if r[0] != bureau))
    title_spans = _proper_spans(_title_spans(article.title), article.text) if article.title else ()
    title_spans = tuple(
        s
        for s in title_spans
        if (
            _title_evidence(s, article.text, context.dateline)
            or _headline_only_town(s, article.title, article.text)
            or _placed_by_a_sentence_case_headline(s, article.title)
        )
        and not _river_only(s, article.text)
        and not _after_the_only(s, f"{article.title}\n{article.text or ''}")
        and not _state_naming_a_quarter_only(s, f"{article.title}\n{article.text or ''}", context.dateline)
        and not _earlier_event_only(s, article.text)
        and not _acronym_only(s, article.title, article.text)  # "NEMA: 85 killed": the agency, not Néma
        and not _surname_only(s, article.text)  # "Obama nach Amoklauf": the president, not Obama in Japan
        and not _line_only(s, f"{article.title}\n{article.text or ''}")  # "Cierran la Línea 12": the metro's line
    )
    raw = {
        w: (
            _UNPLACED
            if _common_word(w, article.text, article.title)
            or _outlet_name(w, article)
            or _inside_names(w, article.text)
            or (context.dateline is not None and _destination_only(w, article.text))
            or _route_end_only(w, article.text)
            or _origin_only(w, article.text)
            or (_aside_only(w, article.text) and _another_place(w, raw, article.text))
            or _earlier_event_only(w, article.text)
            or _river_only(w, article.text)
            or _line_only(w, f"{article.title or ''}\n{article.text or ''}")
            or _particle_name_only(w, f"{article.title or ''}\n{article.text or ''}")
            or _state_naming_a_quarter_only(w, f"{article.title or ''}\n{article.text or ''}", context.dateline)
            or (loc.kind == "city" and _after_the_only(w, f"{article.title or ''}\n{article.text or ''}"))
            else loc
        )
        for w, loc in raw.items()
    }
    outlet = outlet_country(article.url)
    if outlet is not None:
        vote(outlet, OUTLET_VOTE)  # the outlet's country: a tie-breaker between places of one name, never more
    for region in outlet_regions(article.url):
        vote(region, HOME_TOWN_VOTE)  # "toledoblade.com": a local paper's region (its metro's states), lightly
    for country, country_weight in context.countries:
        vote(country, country_weight)
    for span in title_spans:
        # Headlines name the other side too ("Armenia kills ... in Ganja"): towns vote lightly, countries less.
        tloc = division_not_town(span, resolve_location(span), article.text or "")  # "... in Mustang district"
        tloc = _town_of_named_division(span, tloc, divisions)
        if tloc.kind in ("city", "county", "province") and not tloc.ambiguous:
            vote(tloc.region, 2.0)
        elif (
            tloc.kind == "country"
            or (tloc.kind == "state" and _whole_run(span, article.title or ""))
            or _world_city(span, tloc)
        ):
            # ("Strage in un liceo della Florida": the state's towns of a name; "fire in west London": England's, ten
            # times its namesakes; lightly)
            vote(tloc.region, 1.0)
    for region, region_weight in context.regions:
        vote(region, region_weight)
    named: dict[str, str] = {}  # place names the text places things in -> their country
    resolved = [(run, town, division_not_town(town, mention_location(run, town), article.text or "")
                 if town is not None else None)
                for run in context.mentions for town in [_place_span(run, strict=True)]]  # fmt: skip
    resolved = [(run, town, _state_of_its_agency(town, mloc, article.text or "") if town and mloc else mloc)
                for run, town, mloc in resolved]  # fmt: skip
    # "in North Baltimore" in a text naming Maryland: Baltimore's north side, before it votes for Ohio
    states = dict(context.regions)
    raw = {w: _side_of_the_named_state(w, loc, states) for w, loc in raw.items()}
    resolved = [(run, town, _side_of_the_named_state(town, mloc, states) if town and mloc else mloc)
                for run, town, mloc in resolved]  # fmt: skip
    for _run, town, mloc in resolved:
        if town is not None and mloc is not None and mloc.region is not None and not mloc.ambiguous:
            named[town] = mloc.region.split("-")[0]  # "at Garissa University College": Kenya's, if no vote
    placed = _main_countries(named, article.text or "")

    named_once: list[frozenset[str]] = []

    def named_here() -> frozenset[str]:
        if not named_once:  # read once, when first needed
            named_once.append(_countries_named(context, f"{article.title or ''}\n{article.text or ''}"))
        return named_once[0]

    for run, _town, mloc in resolved:
        if set(fold(run).split()) & _NOT_A_TOWN or mloc is None or mloc.region is None:
            continue  # "South Bell Avenue", "Chicago Police": a street or an agency, not a place to vote for
        # A country named once beside one named throughout ("a massacre in Pakistan in December") counts less.
        aside = 0.5 if placed and mloc.region.split("-")[0] not in placed else 1.0
        if mloc.kind in ("city", "county") and not mloc.ambiguous and not _village_of_another_country(mloc, named_here):
            vote(mloc.region, 0.5 * aside)  # "in Little Rock": a town the text places things in
        elif mloc.kind in ("country", "province"):
            vote(mloc.region, 1.0 * aside)  # "in Kenya", "in Sindh province": the country the text places things in
    mentioned = {mloc.region for _r, _t, mloc in resolved if mloc is not None and mloc.kind == "province"}
    for region in divisions:
        if region not in mentioned:
            vote(region, 1.0)  # "the quake hit Ishikawa Prefecture": a province by its word, though not after "in"
    if context.dateline is not None:
        dloc = resolve_location(context.dateline)
        if dloc.kind in ("city", "county") and not dloc.ambiguous:
            vote(dloc.region, 3.0)
        elif dloc.kind == "city":
            # "LEWISTON - ... in Lisbon": of the dateline's namesakes, the one with a namesake of a town the body
            # names next door (Lewiston and Lisbon, Maine) is meant
            vote(dateline_beside(context.dateline, [*(t for _r, t, _l in resolved if t), *raw]), 3.0)
    claim_votes: dict[str, float] = {}
    for claim in article.claims:
        loc = raw.get(claim.location or "")
        if loc is None or loc.region is None or loc.ambiguous or claim.location is None:
            continue  # (picked by population alone: the article's other places decide where it is)
        if _village_of_another_country(loc, named_here):
            continue  # "Piedra Larga in Nepal's Kaski district": Mexico's only village of the name is no vote
        # Each name counts once: a surname read as a town is often repeated in every claim.
        claim_weight = weight.get(loc.kind, 0.0) * (2 if claim.role == Role.TOTAL else 1)
        if loc.kind == "country" and placed and loc.region not in placed:
            # "Iran said 465 of its pilgrims died", "a massacre in Pakistan in December": a figure about another
            # country's people or another country's event, in a text that places its own events elsewhere.
            claim_weight = 0.5
        claim_votes[claim.location] = max(claim_votes.get(claim.location, 0.0), claim_weight)
    for written_name, claim_weight in sorted(claim_votes.items()):
        vote(raw[written_name].region, claim_weight, context=False)
    ambiguous_names = [w for w, loc in raw.items() if loc.ambiguous and loc.name]
    mention_spans = [_place_span(r, strict=True) or "" for r in context.mentions]
    ambiguous_names += [span for span in (*title_spans, *mention_spans) if span]
    counties = ambiguous_counties_named(article.text or "")
    ambiguous_names += counties  # "the Jefferson County coroner": the country, and a state it shares with a town
    for region, shared in _shared_regions(ambiguous_names).items():
        vote(region, shared, context=False)
    towns = [*raw, *title_spans, *(s for s in mention_spans if s)]
    for region in _county_town_states(counties, towns, frozenset(r for r, _v in context.regions)):
        vote(region, 1.0)  # "Ford City" beside "Armstrong County": the one state both have a place of their name in
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
        # Nothing votes: the one country of the divisions the text names ("en Sutatausa, Cundinamarca", "in
        # Munshiganj") is the article's, as a country named is; else a country the text keeps naming.
        for country in _division_countries(f"{article.title or ''}\n{article.text or ''}"):
            vote(country, 1.0)
    if not countries:
        # Nothing votes: a country of several words the text names ("im Nordosten von Burkina Faso"), which the
        # reading of one-word names misses, is the article's when it is the only one
        several = _countries_of_several_words(f"{article.title or ''}\n{article.text or ''}")
        if len(several) == 1:
            vote(next(iter(several)), 1.0)
    if not countries:
        # Nothing votes: a country the text keeps naming ("floods all around Pakistan") is the article's; a town the
        # text places things in, that only one town in the world is named ("a home in Enoch"), is that town.
        raw = {w: _the_only_town_named(w, loc, article.text or "") for w, loc in raw.items()}
        return _with_context(raw, article, title_spans, context, _most_named_country(article.text or ""), None)
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
    passing = (
        outlet != top_country
        and _only_states_in_passing(top_country, countries[top_country], regions)
        and not any(_state_written_after(article.text or "", w, top_region) for w in raw)
    )
    for w, loc in raw.items():
        if passing and loc.kind == "city" and (loc.region or "").split("-")[0] != top_country:
            # "Drones struck Odessa ... a New York-based group said": a state named in passing does not make a town
            # abroad a namesake of another state, nor a misreading; a name of many places stays ambiguous.
            again = resolve_location(w, top_country, admin1)
            out[w] = _world_city_over(w, again) if again.region is not None and again.region == top_region else loc
            continue
        if loc.ambiguous and loc.name:
            # "Cook County", "Bristol": the same-named place in the state the article's other places vote for.
            loc = _voted_candidate(w, loc, regions)
        unknown_capital = loc.kind == "name" and not _placed_in(w, article.text or "")  # "Rise to 2,600 Due to"
        if fold(w) and f" {fold(w)} " in headline and loc.kind not in (UNPLACED, SPOT_ONLY) and not unknown_capital:
            # Named in the title or the dateline: what the article is about, even when the gazetteer does not
            # know the town or it shares its name with a bigger one elsewhere.
            again = resolve_location(w, top_country, admin1)
            if again.kind == "name":  # "Landslides in Wayanad" over "in Kerala's Wayanad district"
                again = _with_division_word(w, article.text or "", top_country, admin1) or again
            out[w] = again if _in_voted_region(again, top_country, top_region) else loc
            continue
        if loc.kind == "name":
            # A village or province of the article's country ("Lac-Mégantic", "Sindh") needs that country.
            again = resolve_location(w, top_country, admin1)
            if again.kind == "name":
                again = _with_division_word(w, article.text or "", top_country, admin1) or again
            if again.kind != "name":
                out[w] = again
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
        elif again.kind == "country" and loc.kind in ("city", "county") and loc.region.split("-")[0] == top_country:
            out[w] = loc  # "Kandahar, Afghanistan" beside "Herat": a town of another province, not the country
        elif again.region is not None and again.region.split("-")[0] == top_country:
            out[w] = again
        elif (
            loc.kind == "city"
            and loc.region.split("-")[0] != top_country
            and one_word
            and countries.get(loc.region.split("-")[0], 0.0) < countries[top_country]
        ):
            out[w] = _UNPLACED
        elif _village_abroad(loc, top_country, countries):
            out[w] = again  # "Piedra Larga in Nepal's Kaski district": not Mexico's only village of that name
        else:
            out[w] = loc
    # Only the outlet's domain says which country: a tie-breaker between towns of one name, not enough to make a
    # world city's name a namesake a tenth its size ("London" in a Canadian paper's report of a tower fire).
    outlet_only = outlet is not None and set(countries) == {outlet} and countries[outlet] <= OUTLET_VOTE
    located = _with_context(out, article, title_spans, context, top_country, admin1, outlet_only, passing)
    return _near_references(located, article, context)


# A town this big is a town, not a village's name that a word or a surname happens to match
_ONLY_TOWN_POPULATION = 5_000


def _state_of_its_agency(written: str, loc: Location, text: str) -> Location:
    """A country's name a US state shares, in a text naming the state's agency ("in Georgia, the Georgia State
    Patrol said"): the state, not the country."""
    if loc.kind != "country" or not state_named_by_its_agency(text, written.strip()):
        return loc
    again = resolve_location(written, "US")
    return again if again.kind == "state" else loc


def _side_of_the_named_state(written: str, loc: Location, states: Mapping[str, float]) -> Location:
    """A town of a state the text never names, whose name is a side of a bigger city of the state it names most
    ("North Baltimore" beside "Maryland State Police"): that city, its side as the spot (see
    `core.places.location._side_of_the_hinted_city`)."""
    if loc.kind != "city" or loc.region is None or not states or loc.region in states or loc.spot is not None:
        return loc
    region = max(sorted(states), key=lambda r: states[r])
    if "-" not in region:
        return loc
    again = resolve_location(written, *region.split("-", 1))
    return again if again.region == region and again.spot is not None and again.key != loc.key else loc


def _the_only_town_named(written: str, loc: Location, text: str) -> Location:
    """A name the gazetteer holds, though not sure enough without the article's country (a small town: "Enoch",
    Utah), for that town, when the text names no country, state or known place at all, puts something in it ("a
    home in Enoch") and no other place in the world bears that name: a local outlet's report, which names its
    town alone. Anything else stays as it was."""
    if loc.kind != "name" or " " in fold(written) or not _placed_in(written, text):
        return loc
    folded = fold(written)
    bearers = gazetteer().lookup(folded)
    if len(bearers) != 1 or bearers[0].kind != "city" or fold(bearers[0].name) != folded:
        return loc
    town = bearers[0]
    if town.population < _ONLY_TOWN_POPULATION:
        return loc
    return resolve_location(written, town.country, town.admin1)


def _another_place(written: str, raw: Mapping[str, Location], text: str | None) -> bool:
    """Does the article place its figures in another known place than this one, named other than aside
    (`_aside_only`: where the hurt were treated, an event the victims lived through before)?"""
    own = raw[written].key
    return any(
        loc.region is not None and loc.key != own and not _aside_only(w, text) for w, loc in sorted(raw.items())
    )


def _town_of_named_division(written: str, loc: Location, divisions: Sequence[str]) -> Location:
    """A town's name that a province the text names with its division word ("Ishikawa Prefecture":
    `divisions_named`) holds a town of, by its own name or an alternate one: that town, not its namesake elsewhere
    ("Noto" is Japan's, Ushitsu in the gazetteer, not Sicily's)."""
    if loc.kind != "city" or loc.region in divisions:
        return loc
    for region in divisions:
        country, admin1 = region.split("-", 1)
        again = resolve_location(written, country, admin1)
        if again.kind == "city" and again.region == region:
            return again
    return loc


def _village_abroad(loc: Location, top_country: str, countries: dict[str, float]) -> bool:
    """A village (no town big enough to be named without its country) of a country the article names less than
    its own: found only because no other place in the world bears its name, it is a namesake the gazetteer
    lacks in the article's country."""
    country = (loc.region or "").split("-")[0]
    if loc.kind != "city" or country == top_country or countries.get(country, 0.0) >= countries[top_country]:
        return False
    place = gazetteer().by_key(loc.key)
    return place is not None and _a_namesake_abroad(place)


def _a_namesake_abroad(place: Place) -> bool:
    """A town too small to be named abroad with no country: in a text naming other countries, most likely a
    namesake of a village the gazetteer lacks there (Turkey's Solhan, 15,000 people, in a text on Burkina Faso)."""
    return place.kind == "city" and place.population < _NAMESAKE_TOWN


def _countries_named(context: _TextContext, text: str) -> frozenset[str]:
    """The countries a text names, by their own name (of one word, or of several: "Burkina Faso") or by a province
    only one country has ("in Chuquisaca department")."""
    return frozenset(
        {c for c, _w in context.countries}
        | set(_division_countries(text))
        | set(countries_written(text))
        | _countries_of_several_words(text)
    )


_NAME_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}")


def _countries_of_several_words(text: str) -> set[str]:
    """Countries of two or three words a text writes ("Burkina Faso", "Costa Rica"), in any language we hold."""
    found: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        for n in range(len(words), 1, -1):
            for at in range(len(words) - n + 1):
                code = gazetteer().country_written(" ".join(words[at : at + n]))
                if code is not None:
                    found.add(code)
    return found


def _village_of_another_country(loc: Location, named: Callable[[], frozenset[str]]) -> bool:
    """A village the gazetteer knows in one country only, in a text that names other countries (`named`, read
    only when needed) but not it: a namesake of a village the gazetteer lacks, no vote for the article's
    country."""
    if loc.kind != "city" or (place := gazetteer().by_key(loc.key)) is None or not _a_namesake_abroad(place):
        return False
    countries = named()
    return bool(countries) and place.country not in countries


_NAMESAKE_TOWN = 50_000
_DIVISION_WORD_AFTER = re.compile(r"[ \t]+(district|province|county|region|regency|state)\b", re.IGNORECASE)


def _with_division_word(written: str, text: str, country: str, admin1: str | None) -> Location | None:
    """A name the gazetteer knows only as a second-level division, read with the division word the text writes
    after it ("in Kerala's Wayanad district": the district, in India)."""
    name = written.strip()
    for at in _occurrences(name, text):
        m = _DIVISION_WORD_AFTER.match(text, at + len(name))
        if m is not None:
            return resolve_location(f"{name} {m.group(1).lower()}", country, admin1)
    return None


def _in_voted_region(loc: Location, country: str, region: str | None) -> bool:
    """Does a place lie in the region the article's places vote for, or in its country when no region wins
    ("Valencia" in a report on "Spanish officials": Spain's, not Venezuela's)?"""
    if loc.region is None:
        return False
    return loc.region == region if region is not None else loc.region.split("-")[0] == country


def _main_countries(named: Mapping[str, str], text: str) -> set[str]:
    """The countries a text is mostly about: of the places it puts things in ("in Garissa", "in Kenya"), how often
    each country's are named anywhere in it, kept when at least half the most-named country's count. A country
    named once beside one named throughout is another country's event or people, not the scene."""
    counts: dict[str, int] = {}
    for name, country in named.items():
        counts[country] = counts.get(country, 0) + max(1, len(re.findall(rf"\b{re.escape(name)}\b", text)))
    top = max(counts.values(), default=0)
    return {country for country, n in counts.items() if 2 * n >= top}


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
    for name, kind, written in sorted(_ambiguous_names(names)):
        regions = {region for p in _namesakes(name, written) if p.kind == kind and (region := _region(p)) is not None}
        # "Mt Pleasant" and "Mount Pleasant" are one name written twice, not two names agreeing.
        regions_of.setdefault(_spelled_out(name), set()).update(regions)
    counts: dict[str, int] = {}
    for regions in regions_of.values():
        for region in regions:
            counts[region] = counts.get(region, 0) + 1
    return {region: float(n - 1) for region, n in counts.items() if n >= 2}


def _county_town_states(counties: Sequence[str], names: Iterable[str], named: frozenset[str]) -> list[str]:
    """The US states (as regions) where a county the text names with its word and a town it names both lie, when
    that is one state for the pair ("Ford City" and "the Armstrong County judge": Pennsylvania, not Ford City,
    California; "Mt. Pleasant" and "Westmoreland County"). A small town is found only by its state, so each state
    of the county's namesakes is asked; one vote per town and county agreeing on one state. A state the text
    names (`named`) that has a county of the name decides instead: the gazetteer lacks many a small town
    (Monroe, Connecticut, beside Fairfield County and the Connecticut State Police)."""
    out: list[str] = []
    towns = sorted({w for w in names if " county" not in fold(w) and resolve_location(w).kind in ("city", "name")})
    for county in counties:
        loc = resolve_location(county)
        states = {r for p in _namesakes(loc.name, fold(county)) if p.kind == "county" and (r := _region(p))}
        if states & named:
            continue
        for town in towns:
            shared = [r for r in sorted(states) if resolve_location(town, *r.split("-", 1)).region == r]
            if len(shared) == 1 and resolve_location(town, *shared[0].split("-", 1)).kind == "city":
                out.append(shared[0])
    return out


def _sole_countries(names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, country) for each ambiguous name whose every candidate lies in one country."""
    out: list[tuple[str, str]] = []
    for name in sorted({loc.name for w in names if (loc := resolve_location(w)).ambiguous and loc.name}):
        writings = {fold(w) for w in names if resolve_location(w).name == name}
        found = {p.country for written in writings for p in _namesakes(name, written) if p.kind in _NAMED_KINDS}
        out.extend((name, c) for c in found if c is not None and len(found) == 1)
    return out


def _ambiguous_names(names: Iterable[str]) -> set[tuple[str, str, str]]:
    """(canonical name, kind, name as written, folded) of each of the names picked by population alone."""
    return {(loc.name, loc.kind, fold(w)) for w in names if (loc := resolve_location(w)).ambiguous and loc.name}


def _namesakes(name: str, written: str) -> list[Place]:
    """The places whose own name is `name` (folded), or `written` when that is an other name of the place picked
    ('Odessa' for Odesa: Odessa, Texas, too)."""
    names = {name, written} if written != name and gazetteer().exonym_keys(written) else {name}
    return [p for n in names for p in _candidates(n) if fold(p.name) == n]


_STATE_AFTER_TOWN = 40  # characters after a town within which its state is written with it, in its sentence
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _state_written_after(text: str, town: str, region: str | None) -> bool:
    """Is the US state of `region` written right after the town, in any language's words ("Paris, en el noreste
    de Texas")? Then it is the town's state, not one named in passing."""
    if not text or not region or not region.startswith("US-"):
        return False
    state = _state_by_code(region.split("-", 1)[1])
    if state is None:
        return False
    folded, name, state_name = text.casefold(), town.casefold(), state.name.casefold()  # (fold drops the stops)
    if not name:
        return False
    for m in re.finditer(re.escape(name), folded):
        after = folded[m.end() : m.end() + _STATE_AFTER_TOWN]
        if state_name in after and not _SENTENCE_END.search(after, 0, after.index(state_name)):
            return True
    return False


# What a country's votes stay below when the text only names one of its states in passing (0.5 for a bare state
# name), never a place anything happens in.
_PASSING_VOTES = 1.0


def _only_states_in_passing(country: str, votes: float, regions: Mapping[str, float]) -> bool:
    """Does the article's top country rest only on its states named in passing ("the New York-based group",
    "volunteers from Texas"), no people of it, no state or town that the text or a claim places things in? Such a
    state says nothing of a namesake in another state. (A country the outlet gives is weighed apart: see
    `_world_city_over`.)"""
    states = sum(v for r, v in regions.items() if r.startswith(f"{country}-"))
    return votes < _PASSING_VOTES and votes <= states + 1e-9 and all(v < _PASSING_VOTES for v in regions.values())


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


def _as_written_in_full(raw: dict[str, Location]) -> dict[str, Location]:
    """A name the gazetteer does not know ("Keyham" in a headline) that the article writes in full elsewhere
    with its town ("in Keyham, Plymouth") is that town's part, read as the full form is. An airport named after
    its town ("Muan International Airport", "Kabul airport") is that town's."""
    out = dict(raw)
    for written, loc in raw.items():
        if loc.kind == SPOT_ONLY and (town := _airport_town(written)) is not None:
            out[written] = replace(town, spot=loc.spot)
        if loc.kind != "name":
            continue
        fuller = next((raw[w] for w in sorted(raw) if w.startswith(f"{written},") and raw[w].kind == "city"), None)
        if fuller is not None:
            out[written] = fuller
    return out


# the stems of division words of the languages we read ("dans la province du", "en el departamento de", "im Bezirk",
# "in der Provinz")
_DIVISION_STEMS = ("provinc", "provinz", "district", "distrit", "bezirk", "depart", "region", "estado", "etat", "state")
_DIVISION_WORD = r"(?i:provinc|provinz|district|distrit|bezirk|depart|region|estado|[ée]tat|state)[\w'’]*"


# after a town's name, what names its country or province: a comma or a space, at most four lower-case words or a
# division word ("Solhan, dans la province du Yagha", "Solhan in der Provinz Yagha", "Solhan, au Burkina Faso"),
# then a capitalised run
_HOLDER_AFTER = re.compile(
    rf"(,?)[ \t]+((?:(?:{_DIVISION_WORD}|[^\W\d_A-ZÀ-ÖØ-Þ][\w'’]*)[ \t]+){{0,4}})"
    r"(?:l['’])?([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+)*(?:[ \t]+(?:province|district|department|region))?)"
)


def _holds(comma: str, between: str, part: str) -> bool:
    """Do the words between a town and a capitalised part say the part holds the town? A division word among them
    ("dans la province du", "in der Provinz"), English 'in' alone, or a comma and words before a country's name
    ("au Burkina Faso"); not "Maputo, no dia de Natal" (everyday words before a name), nor "Solhan and Yagha"."""
    words = between.split()
    if any(fold(w).startswith(_DIVISION_STEMS) for w in words):
        return True
    if words == ["in"] or (comma and not words):
        return True
    return bool(comma) and gazetteer().country_written(part) is not None


def _held_by_what_follows(raw: dict[str, Location], text: str) -> dict[str, Location]:
    """A town read in one country that the text writes right before another country's name or a province only
    another country has ("the village of Solhan, in Yagha province": not Turkey's Solhan) is a place of that
    country the gazetteer lacks: read as "Solhan, Yagha province" is. Not when the text names the town's own country
    (another country's province may bear the name its own province has in the language: 'Nord-Ouest')."""
    out = dict(raw)
    for written, loc in raw.items():
        if loc.kind != "city" or "," in written or not written[:1].isupper():
            continue
        for start in _occurrences(written, text):
            m = _HOLDER_AFTER.match(text, start + len(written))
            if m is None or not _holds(m.group(1), m.group(2), m.group(3)):
                continue
            country = country_of_part(m.group(3), written)
            own = (loc.region or "").split("-")[0]
            if country is not None:
                # not in a report naming the town's own country ("Stilfontein, dans la province du Nord-Ouest" beside
                # "Afrique du Sud": Cameroon's province's name is South Africa's in French)
                if country != own and not _country_named_in(own, text):
                    held = resolve_location(f"{written}, {m.group(3)}")
                    if held.region is None:  # "Yagha" alone is read only beside its division word
                        held = replace(resolve_location(f"{m.group(3)} province", country), spot=fold(written))
                    out[written] = held
                break
    return out


def _country_named_in(country: str, text: str) -> bool:
    """Does the text name the country, in any language we have its names in?"""
    return any(
        code == country and any(True for _ in _occurrences(written, text))
        for lang in COUNTRY_NAME_LANGUAGES
        for written, code in gazetteer().country_names(lang)
    )


def _owners_of_towns(raw: dict[str, Location], text: str) -> dict[str, Location]:
    """A possessive before a place names the state or country it lies in ("in Bihar's Jehanabad district",
    "Indonesia's West Java province"): a claim's place the text writes only as such an owner is the finer place
    it owns (a town or district of the province, a province of the country). A name read as a town by another
    name of it ("Bihar": Bihār Sharīf) that owns a town of its province is the province."""
    out = dict(raw)
    for written, loc in raw.items():
        if loc.region is None or "," in written:
            continue
        country, _, admin1 = loc.region.partition("-")
        division = None
        if loc.kind == "city" and admin1 and fold(written) != fold(loc.name):
            division = next(
                (
                    p
                    for p in gazetteer().lookup(fold(written))
                    if p.kind == "province" and p.country == country and p.admin1 == admin1
                    and fold(p.name) == fold(written)
                ),
                None,
            )  # fmt: skip
            if division is None:
                continue
        elif loc.kind not in ("country", "province", "state") or (loc.kind != "country" and not admin1):
            continue
        owned = None
        for m in re.finditer(rf"\b{re.escape(written)}['’]s ((?:[A-Z][\w-]+ ?){{1,3}}{_DIVISION_AFTER})", text):
            words = m.group(1).split()
            for n in range(len(words), 0, -1):  # "Kullu district", "West Java province": the longest name first
                span = " ".join(words[:n])
                inside = resolve_location(span, country, admin1 or None) if len(span) >= 4 else None
                if inside is None or inside.region is None or inside.key == loc.key:
                    continue
                if division is not None or loc.kind != "country":
                    fits = inside.kind in ("city", "county") and inside.region == f"{country}-{admin1}"
                else:
                    fits = inside.kind in ("city", "county", "province") and inside.region.split("-")[0] == country
                if fits:
                    owned = inside
                    break
            if owned is not None:
                break
        if owned is None:
            continue
        if division is not None:
            out[written] = resolve_location(f"{division.name} province", country, admin1)
        elif not _written_alone(written, text):
            out[written] = owned
    return out


_DIVISION_AFTER = r"(?:(?:province|region|district|state|county|oblast|governorate|prefecture)\b)?"


def _written_alone(written: str, text: str) -> bool:
    """Does the text also write the name other than as a possessive owner ("in Indonesia", not "Indonesia's")?"""
    return any(not text.startswith(("'s", "’s"), m.end()) for m in re.finditer(rf"\b{re.escape(written)}\b", text))


_AIRPORT = re.compile(r"^(?P<town>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}?) (?:[Ii]nternational )?[Aa]irport$")


def _airport_town(written: str) -> Location | None:
    """The town an airport is named after, when the gazetteer is sure of it (not a person: "Hamid Karzai")."""
    m = _AIRPORT.match(written)
    if m is None:
        return None
    town = resolve_location(m.group("town"))
    return town if town.kind == "city" and not town.ambiguous else None


_DISTRICT_WORDS = frozenset(["district", "province", "region", "governorate", "prefecture", "oblast", "division"])
