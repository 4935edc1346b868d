"""Resolving one location as written ("Chicago (Englewood), Illinois") into a `Location`: gazetteer look-up with
state/country hints, spots (addresses, neighbourhoods), venues and stray words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.places.gazetteer import Place, _label, _region, country_capitals, fold
from core.places.index import COUNTRY_NAME_LANGUAGES, data_lines, gazetteer
from core.places.nearby import _distance_km, city_reach_km, enclosing_city
from core.places.region_forms import is_region_people, region_of_its_name
from core.places.seas import SEA_KIND, sea_named
from core.places.spellings import accents_elsewhere

UNPLACED = "unplaced"
SPOT_ONLY = "spot"  # a location that is only an address: it belongs to the article's main place
_NAMED_KINDS = ("city", "county")

_ABBREVIATED = {"mt": "mount", "ft": "fort", "st": "saint", "pt": "point"}


def _spelled_out(name: str) -> str:
    """A folded name with its abbreviated words spelled out: "mt pleasant" -> "mount pleasant"."""
    return " ".join(_ABBREVIATED.get(w, w) for w in name.split())


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
_LEADING_WORDS = ("the", "city of", "town of", "village of", "downtown", "near", "in", "at")
_LEADING = re.compile(rf"^({'|'.join(_LEADING_WORDS)})\s+")


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
    airport airfield terminal runway harbour harbor pier wharf dock docks tower towers building condominium
    condo factory plant refinery warehouse depot barracks embassy consulate prison jail cathedral shrine
    theatre theater cinema museum palace venue hall outlets outlet galleria
"""
_VENUE = frozenset(_VENUE_TEXT.split())
# ... and words that do so only as the last word of a name ("Old National Bank", "Borderline Bar & Grill"): alone or
# first they may be a place's own ("West Bank" is known whole; a run starting "Bank" is no venue's).
_VENUE_LAST = frozenset(["bank", "grill", "casino", "nightclub", "pub", "tavern", "saloon", "supermarket", "diner"])
# A carrier named after its home ("Qatar Airways", "a Jeju Air jet"): where it flies from, not where it crashed.
CARRIER_WORDS = frozenset(["air", "airlines", "airline", "airways", "railways"])
_VENUE_TOWN = 50_000
_KIND_ORDER = {"country": 0, "state": 1, "county": 2, "city": 3, "province": 4}


def _kind_order(p: Place) -> int:
    """Countries, US states, counties, towns; then provinces and districts elsewhere, which share their name
    with their chief town more often than not ("Herat", "Garissa"): the town is what news means."""
    return _KIND_ORDER.get(p.kind, 4)


def _candidates(folded: str, country: str | None = None) -> list[Place]:
    """Every gazetteer entry for a folded name (canonical names and alternate names alike) that is sure enough
    to be named without context (a country, state, county or town of `MAJOR_POPULATION`+), plus the smaller
    towns and villages of that name in `country`, when the article's country is known."""
    return [p for p in gazetteer().lookup(folded) if p.major or (country is not None and p.country == country)]


_DIVISION_KINDS = frozenset(
    [
        "province",
        "region",
        "county",
        "department",
        "district",
        "division",
        "governorate",
        "oblast",
        "prefecture",
        "state",
        "territory",
    ]
)


def _country_in_words(name: str) -> Place | None:
    """A country's name of several words in another language ("Costa de Marfil", "Afrique du Sud"), as a headline
    of that language writes it: the country (not one of its words: Marfil in Mexico). Of one word only English
    names: another language's may be an English word ('Island' is Iceland in German)."""
    code = _country_phrases().get(name.strip())
    return gazetteer().by_key(f"country:{code}") if code else None


@lru_cache(maxsize=1)
def _country_phrases() -> dict[str, str]:
    """Every language's country names of several words (or hyphenated ones), as written -> ISO code (read once: a name
    not in it costs a dict look-up, not a query)."""
    phrases: dict[str, str] = {}
    for lang in COUNTRY_NAME_LANGUAGES:
        for written, code in gazetteer().country_names(lang):
            if " " in written or "-" in written:
                # ("Nouvelle-Zélande" also as a headline's run reads it, its hyphen a space: not Zélande, Zeeland)
                phrases.setdefault(written, code)
                phrases.setdefault(written.replace("-", " "), code)
    return phrases


def _lookup(
    name: str, written: str, country: str | None, admin1: str | None, alternates: bool = True
) -> Place | None:
    """The place `name` most plausibly means.

    `core.places.resolve_place` answers any alternate name ("Nov", "Buy", "Man" are all someone's town). Here a
    place must match by its canonical name, or by an alternate name that is a native spelling ("Gəncə"), several
    words, or long and a big place, or that lies in the hinted country (a village only by its own name: the
    alternate names of villages are too many to trust). Everyday words are never places.
    Hints (a state or country given alongside) pick among the rest; then countries, states, counties, cities.
    """
    folded = fold(name)
    if not folded or folded in _GENERIC or set(folded.split()) <= _SIDE_WORDS:
        return None
    if gazetteer().demonym(folded) or gazetteer().demonym(folded.removesuffix("s")) or is_region_people(folded):
        return None  # "Somali", "Kenyans", "Victorians": the people of a country or a region, not a place
    spelled = _spelled_out(folded)
    exonym = gazetteer().exonym_keys(folded)
    # 'Saná' (Spanish for Sanaa) is no 'Saña' of Peru: the accents sit elsewhere (`spellings.accents_elsewhere`)
    cands = [p for p in _candidates(folded, country) if not accents_elsewhere(written.strip(), p.name)]
    # An other name of our data files (an exonym, an island) is sure of its place, a province or not.
    if exonym:
        cands += [p for p in gazetteer().lookup(folded) if p.key in exonym and p not in cands]
    if spelled != folded:
        # "Mt. Pleasant" is every Mount Pleasant too, not only the one the gazetteer spells "Mt Pleasant".
        cands += [p for p in _candidates(spelled, country) if p not in cands]
    if not cands and not folded.endswith(" county") and admin1:
        # "Travis" for Travis County only where the state is known: a bare word is too often something else.
        cands = [p for p in _candidates(f"{folded} county", country) if p.kind == "county" and p.admin1 == admin1]
    if not cands and (words := folded.split())[-1] in _DIVISION_KINDS and len(words) > 1:
        # "Sindh Province", "Herat province", "Sud Department": the word says it is a division, which needs no
        # country of the article then (unless divisions of several countries bear the name).
        divisions = [
            p for p in gazetteer().lookup(" ".join(words[:-1])) if p.kind in ("province", "state")
            and (country is None or p.country == country)
        ]  # fmt: skip
        if not divisions:
            # "Idukki district", "Swat District": a second-level division, read only beside its division word;
            # of the state given, if one is ("Idukki district, Kerala")
            stem = " ".join(words[:-1])
            divisions = [p for p in gazetteer().districts(stem) if country is None or p.country == country]
            divisions = [p for p in divisions if p.admin1 == admin1] or divisions
        if len({p.country for p in divisions}) == 1:
            cands = divisions
    if not cands and " " in folded:
        # A name of several words that only one place in the world bears ("Lac-Mégantic") is sure without its
        # country, village or not.
        # Not when the text places it in another country: "Piedra Larga in Nepal" is not Mexico's village.
        sole = gazetteer().lookup(folded)
        if len(sole) == 1 and _spelled_out(fold(sole[0].name)) == spelled and country in (None, sole[0].country):
            cands = list(sole)
    if " " in folded and not any(_spelled_out(fold(p.name)) == spelled for p in cands):
        # A division's own name of several words ("Rio Grande do Sul") is sure of it even without the article's
        # country, when the towns found inside it bear it only as an alternate name (the town Rio Grande); not a
        # division elsewhere ("Long Island" of the Bahamas, for Long Island City, New York).
        # So is it when no sure place bears the name ("Nuevo León": villages only), or when several towns of its
        # country bear it as an alternate name, a saint's or a region's, no town's ("Espírito Santo": Morada Nova,
        # Tabira, Inajá); one town's may be the town's ("Ho Chi Minh").
        own = [
            p for p in gazetteer().lookup(folded)
            if p.kind == "province" and _spelled_out(fold(p.name)) == spelled
            and (
                any(c.country == p.country and c.admin1 == p.admin1 for c in cands)
                or (len(cands) != 1 and all(c.country == p.country for c in cands))
            )
        ]  # fmt: skip
        if len({p.country for p in own}) == 1:
            cands += [p for p in own if p not in cands]
    if folded in _VENUE or folded in _VENUE_LAST:
        # A venue word alone is a town only if a big one ("Temple", Texas) or in the state given: "Airport" is a
        # district of Honolulu in GeoNames, and "at Airport and Subway Station" in a headline is no town.
        cands = [p for p in cands if p.population >= _VENUE_TOWN or (admin1 and p.admin1 == admin1)]
    if not cands:
        return _country_in_words(written)
    canonical = [p for p in cands if _spelled_out(fold(p.name)) in (spelled, f"{spelled} county") or p.key in exonym]
    native = not written.isascii()
    trusted = [
        p
        for p in cands
        if p not in canonical
        and (
            native
            or " " in folded
            or (len(folded) >= 5 and p.population >= 100_000)
            or (country and p.country == country and p.major)
        )
    ]
    # A province of that name does not hide the town it is named after ("Gəncə": the province's name and the
    # city's native spelling): the town ranks first among them. A division's own name of several words beats a
    # town that bears it only as an alternate name ("Rio Grande do Sul" is the state, not the town Rio Grande).
    if all(_kind_order(p) == 4 for p in canonical):
        # A town's native name that is also a division's own name is the town ("Ciudad de México"), unless several
        # towns bear it as an alternate name: a saint's or a region's, no town's ("Espírito Santo").
        pool = canonical + [
            p for p in trusted if not canonical or " " not in folded or (native and len(trusted) == 1)
        ]  # fmt: skip
    else:
        pool = canonical
    if country and not any(p.country == country for p in canonical):
        # The hinted country's town whose full name this is the start of ("Leon, Guanajuato" is León de los
        # Aldama, not León in Nicaragua); not any other name it has ("Kita" is one of Quito's).
        pool = pool + [p for p in trusted if p.country == country and fold(p.name).startswith(f"{folded} ")]
        # ... or the hinted province's town that bears it as an alternate name: "Noto" beside Ishikawa is Japan's
        # (Ushitsu, in the gazetteer), not Sicily's
        # (with `alternates`: when the text gives the province, not the place being checked: see
        # `core.extract.place_words._trusted`)
        pool += [
            p for p in cands
            if alternates and p not in canonical and p.country == country and admin1 and p.admin1 == admin1
        ]  # fmt: skip
    if not pool:
        return _country_in_words(written)

    def first(p: Place) -> bool:
        # the hinted country by its own name is the country, not its town of that name in the hinted province
        # ("sank off northern Mozambique" beside "Nampula province": not the town Mozambique, on its island)
        own_country = p.kind == "country" and p.country == country and _spelled_out(fold(p.name)) == spelled
        # admin1 codes are a country's own: Sicily's '15' is not Ishikawa's
        return bool(admin1 and p.admin1 == admin1 and country in (None, p.country)) or own_country

    # a first-level province by its own name outranks a village of its country that bears it ("La Libertad, Peru"
    # is the region, not a village inside Arequipa); its chief town, a big one, still outranks it ("Herat")
    divided = {
        p.country for p in pool if p.kind == "province" and p.admin1 and _spelled_out(fold(p.name)) == spelled
    }

    def rank(p: Place) -> tuple[int, int, int, int]:
        village = p.kind == "city" and not p.major and p.country in divided
        return (
            0 if first(p) else 1,
            0 if country and p.country == country else 1,
            # "Bali" the island, not Bāli (India)
            5 if village else 0 if p.key in exonym and p.kind != "city" else _kind_order(p),
            -(p.population or _county_population(p)),
        )

    return min(pool, key=rank)


def _state_hint(part: str) -> tuple[str | None, str | None]:
    """(country, admin1) a trailing part names: a US state (name or abbreviation), a country, or a big city."""
    country, admin1 = _region_hint(fold(part))
    if country is not None:
        return country, admin1
    city = _city_part(part)
    return (city.country, city.admin1) if city is not None else (None, None)


@lru_cache(maxsize=16384)
def names_a_container(part: str) -> bool:
    """Does a part written after a place's name ("..., west London", "..., Texas", "..., Nigeria") name a
    state, a country or a big city the place lies in? Then it belongs to the place as written."""
    return _state_hint(part)[0] is not None


def _region_hint(folded: str) -> tuple[str | None, str | None]:
    if folded in _STATE_ABBREVIATIONS:
        return "US", _STATE_ABBREVIATIONS[folded]
    for p in _candidates(folded):
        if p.kind == "state" and fold(p.name) == folded:
            return p.country, p.admin1
    for p in _candidates(folded):
        if p.kind == "country":
            return p.country, None
    return _province_hint(folded)


def _province_hint(folded: str) -> tuple[str | None, str | None]:
    """(country, admin1) of the province a part names ("Hyderabad, Sindh"), when every province of that name
    (its division noun aside: "Sindh province") lies in one country and holds towns of GeoNames' division."""
    words = folded.split()
    if len(words) > 1 and words[-1] in _DIVISION_KINDS:
        folded = " ".join(words[:-1])
    provinces = [p for p in gazetteer().lookup(folded) if p.kind == "province" and fold(p.name) == folded]
    countries = {p.country for p in provinces}
    codes = {p.admin1 for p in provinces if p.admin1}
    if len(countries) != 1 or len(codes) != 1:
        return None, None
    return next(iter(countries)), next(iter(codes))


def province_holding(part: str, town: str) -> tuple[str | None, str | None]:
    """(country, admin1) of the province a part names when provinces of several countries bear its name
    ("Plateau State": Benin's and Nigeria's) and a town of the earlier part's name lies in only one of them
    ("Bokkos, Plateau State": Nigeria's)."""
    words = fold(part).split()
    if len(words) > 1 and words[-1] in _DIVISION_KINDS:
        words = words[:-1]
    folded = " ".join(words)
    provinces = [p for p in gazetteer().lookup(folded) if p.kind == "province" and fold(p.name) == folded and p.admin1]
    if len({p.country for p in provinces}) < 2:
        return None, None
    towns = {(p.country, p.admin1) for p in gazetteer().lookup(fold(town)) if p.kind == "city"}
    holding = {(p.country, p.admin1) for p in provinces if (p.country, p.admin1) in towns}
    return next(iter(holding)) if len(holding) == 1 else (None, None)


def country_of_part(part: str, town: str) -> str | None:
    """The country a trailing part names: by a state's, a country's or a big city's name, or a province's (first or
    second level) that one country only has ("..., Yagha province")."""
    country = _state_hint(part)[0] or province_holding(part, town)[0]
    if country is not None:
        return country
    words = fold(part).split()
    if len(words) > 1 and words[-1] in _DIVISION_KINDS:
        words = words[:-1]
    countries = {p.country for p in gazetteer().lookup(" ".join(words)) if p.kind == "province"}
    return countries.pop() if len(countries) == 1 else None


def _city_part(part: str) -> Place | None:
    """The big city a trailing part names when it names no state or country ("west London", not "New York")."""
    folded = fold(part)
    return _big_city_named(folded) if _region_hint(folded)[0] is None else None


def _big_city_named(folded: str) -> Place | None:
    """The big city a trailing part names, sides and fillers aside ("west London"): the parts before it lie in
    it ("North Kensington, west London" is London's, not a North Kensington elsewhere)."""
    words = [w for w in folded.split() if w not in _SIDE_WORDS and w not in _FILLER_WORDS]
    if not words:
        return None
    cities = [p for p in _candidates(" ".join(words)) if p.kind == "city" and p.population >= CITY_HINT_POPULATION]
    return max(cities, key=lambda p: p.population) if cities else None


def _outside(place: Place, city: Place | None) -> bool:
    """Is a town resolved from an earlier part beyond the reach of the big city a later part names?"""
    if city is None or place.key == city.key or place.kind != "city":
        return False
    km = _distance_km(place.key, city.key)
    return km is None or km > city_reach_km(city.population)


# A trailing part naming a city this big says which country and region the parts before it are in.
CITY_HINT_POPULATION = 500_000


# "Bangladesh's capital", "the capital of Afghanistan", "the Afghan capital": a country's capital city
_CAPITAL_OF = re.compile(
    r"^(?:the\s+)?(?:capital\s+of\s+(?:the\s+)?(?P<of>.+)|(?P<own>.+?)['’]s\s+capital|(?P<adj>[^\s,]+)\s+capital)$",
    re.IGNORECASE,
)


def _capital_written(text: str) -> Place | None:
    """The capital city a phrase names by its country's name or its people's adjective, if it is one."""
    m = _CAPITAL_OF.match(text.strip())
    if m is None:
        return None
    name = fold(m.group("of") or m.group("own") or "")
    code = gazetteer().demonym(fold(m.group("adj"))) if m.group("adj") else None
    if name:
        country = next((p for p in gazetteer().lookup(name) if p.kind == "country"), None)
        code = country.country if country is not None else None
    return country_capitals().get(code) if code else None


@lru_cache(maxsize=65536)
def resolve_location(
    written: str, country: str | None = None, admin1: str | None = None, alternates: bool = True
) -> Location:
    """Normalise a location as written ("Chicago (Englewood), Illinois", "22nd and Bragg, Little Rock").

    Comma-separated parts are read most-specific first; later parts that are a US state or a country narrow
    the lookup of earlier ones (as do the `country`/`admin1` hints). The first part that resolves is the place;
    unresolved parts before it (an address, a neighbourhood) and parenthesised neighbourhoods become the spot.
    "X (county)" is a county. A venue or address alone ("Days Inn", "Lake Shore Drive") is a spot inside the
    article's main place (kind `spot`). Any other unresolvable name gets a `name:` key, so the same unknown
    place still groups with itself. With `alternates`, a town of the hinted province also answers to its
    alternate names ("Noto" in Ishikawa: Ushitsu).
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
    text = _DISTRICT_OF.sub(lambda m: ", " if m.group(1) else "", text)  # "Bokkos LGA of Plateau State"
    if _DIVISION_FIRST.match(text) is not None:  # (a match first: the substitution's own set-up costs more)
        text = _DIVISION_FIRST.sub(r"\2 \1", text, count=1)  # "state of Oaxaca" is "Oaxaca state"
    if "capital" in text.lower() and (seat := _capital_written(text)) is not None:
        return Location(seat.key, _label(seat), seat.kind, _region(seat), None, fold(seat.name))
    if (near := _NEAR_OF.match(text)) is not None:
        # "250 km east of Montreal", "north of Bogota": near the town, so in its region; not the town itself
        return _region_around(resolve_location(near.group(1), country, admin1))
    parts = [p.strip() for p in text.split(",") if fold(p)]
    if not parts:
        return _UNPLACED
    if len(parts) == 1 and (sea := _sea_only(parts[0])) is not None:
        return sea
    if len(parts) == 1 and (region := region_of_its_name(fold(parts[0]))) is not None:
        # "Moravskoslezský kraj", "Steiermark": the region by its one key, as its inflected forms are read
        return Location(region.key, _label(region), region.kind, _region(region), None, fold(region.name))
    within = next((c for part in parts[1:] if (c := _city_part(part)) is not None), None)
    written_country = next((k for part in parts[1:] if (k := country_of_part(part, parts[0])) is not None), None)
    for part in parts[1:]:
        hint_country, hint_admin1 = _state_hint(part)
        if hint_country is None:
            hint_country, hint_admin1 = province_holding(part, parts[0])
        if hint_admin1 is not None:
            country, admin1 = hint_country, hint_admin1
        elif hint_country is not None and hint_country != country:
            country, admin1 = hint_country, None
    for i, part in enumerate(parts):
        name = _bare_name(fold(part)).strip()
        if _DC.match(name) or name == "district of columbia":
            name, country, admin1 = "washington", "US", "DC"
        elif (quadrant := _side_of_the_capital(name)) is not None:  # "Northeast DC": a quadrant of the city
            name, country, admin1 = "washington", "US", "DC"
            spots.append(quadrant)
        if name in _STATE_ABBREVIATIONS and (state := _state_by_code(_STATE_ABBREVIATIONS[name])) is not None:
            return Location(state.key, _label(state), state.kind, _region(state), None)
        if not name or (_ADDRESSISH.search(name) and not gazetteer().exonym_keys(name)):  # "DR Congo" is no Drive
            spots.append(name)
            continue
        place = _lookup(f"{name} county" if county else name, part, country, admin1, alternates)
        if place is None and county:
            place = _lookup(name, part, country, admin1, alternates)
        if place is None:
            place, extra = _resolve_within(name, part, country, admin1)
            if extra:
                spots.append(extra)
        elif (side := _side_of_the_hinted_city(place, name, part, country, admin1)) is not None:
            place, extra = side
            spots.append(extra)
        later = i < len(parts) - 1
        if place is None or (later and (admin1 and place.admin1 != admin1 and place.kind != "state")):
            spots.append(name)
            continue
        if later and place.kind == "city" and (city := enclosing_city(place.key)) is not None:
            place = city
        if later and (_outside(place, within) or (written_country and place.country != written_country)):
            # "Solhan, Yagha province": not Turkey's Solhan, but a village of Burkina Faso the gazetteer lacks
            spots.append(name)
            continue
        spot = " / ".join(s for s in spots if s) or None
        ambiguous = _ambiguous(place, country, admin1, name)
        if place.kind == "city" and (city := enclosing_city(place.key)) is not None:
            place = city  # "Kingsessing" is a part of Philadelphia: the event is Philadelphia's
        return Location(place.key, _label(place), place.kind, _region(place), spot, fold(place.name), ambiguous)
    spot = " / ".join(s for s in spots if s) or None
    first = _bare_name(fold(parts[0])).strip()
    words = set(first.split())
    if (parts[0].isupper() and len(first) <= 5) or words <= _GENERIC:
        return _UNPLACED  # "NBC", "KSLA", "MORE": a station or a stray word, not a place
    if gazetteer().demonym(first) or gazetteer().demonym(first.removesuffix("s")) or is_region_people(first):
        return _UNPLACED  # "Russian", "Kenyans", "Bavarian": a people, not a place
    venue = bool(words & _VENUE) or first.rsplit(" ", 1)[-1] in _VENUE_LAST
    venue = venue or len(first) <= 2 or words <= _SIDE_WORDS | _FILLER_WORDS or _college_of_a_town(first)
    if spot is not None and all(_ADDRESSISH.search(_LEADING.sub("", fold(p))) for p in parts):
        # Only an address ("Lake Shore Drive", "22nd and Bragg"): a spot inside the article's main place.
        return Location(SPOT_ONLY, "", SPOT_ONLY, None, spot)
    if venue:
        return Location(SPOT_ONLY, "", SPOT_ONLY, None, first)
    if not first:
        return _UNPLACED
    if len(parts) == 1 and (whole := _unlisted_country(first, country)) is not None:
        return resolve_location(f"{parts[0].strip()}, {whole.name}")  # "Mina": as "Mina, Saudi Arabia"
    if (joined := _joined_by_a_hyphen(parts[0], country)) is not None:
        return joined
    if len(parts) == 1 and (quarter := _quarter_of_a_city(first, country)) is not None:
        return quarter
    return Location(f"name:{first}", parts[0].strip(), "name", None, None)


def _sea_only(written: str) -> Location | None:
    """A sea, strait or gulf of data/seas.tsv ("the Strait of Otranto", "the Gulf of Aden") that no place sure without
    the article's country is named: a sea, not the town on its shore its name ends with, nor a hamlet named after it
    (North Sea, New York, is read so beside its state)."""
    folded = fold(written)
    sea = sea_named(folded)
    if sea is None or _candidates(folded.removeprefix("the ")):
        return None
    return Location(f"{SEA_KIND}:{sea.id}", sea.name, SEA_KIND, None, None, sea.id)


def _joined_by_a_hyphen(written: str, country: str | None) -> Location | None:
    """A division or country of two names written with a hyphen for 'and' ("Jammu-Kashmir", "Bosnia-Herzegovina")."""
    halves = written.strip().split("-")
    if len(halves) != 2 or not all(h.strip() for h in halves):
        return None
    loc = resolve_location(f"{halves[0].strip()} and {halves[1].strip()}", country)
    return loc if loc.kind in ("province", "state", "country") else None


@lru_cache(maxsize=1)
def _county_populations() -> dict[tuple[str, str], int]:
    """(folded county name, US state) -> its people, for the counties whose name several states share
    (data/county_populations.tsv): the gazetteer gives counties none, and the most populous is meant when no state
    is given, as for towns."""
    return {(fold(name), state): int(people) for name, state, people in data_lines("county_populations.tsv")}


def _county_population(place: Place) -> int:
    if place.kind != "county" or place.admin1 is None:
        return 0
    return _county_populations().get((fold(place.name), place.admin1), 0)


@lru_cache(maxsize=1)
def _city_quarters() -> dict[str, tuple[str, str]]:
    """A big city's quarters GeoNames lists no town for (data/city_quarters.tsv: 'Seocho', 'Itaewon'), by folded
    name -> (the city's folded name, its country)."""
    return {fold(quarter): (fold(city), country) for quarter, city, country in data_lines("city_quarters.tsv")}


@lru_cache(maxsize=1)
def _quarter_endings() -> dict[str, frozenset[str]]:
    """Country -> the words a quarter's name ends in (data/quarter_endings.tsv: Korea's 'dong', 'gu')."""
    out: dict[str, set[str]] = {}
    for country, ending in data_lines("quarter_endings.tsv"):
        out.setdefault(country, set()).add(fold(ending))
    return {country: frozenset(endings) for country, endings in out.items()}


def _quarter_of_a_city(name: str, country: str | None) -> Location | None:
    """The city of a quarter the gazetteer does not know ('Seocho-dong', 'Mapo-gu', 'Itaewon': Seoul), with the
    quarter as its spot, so that a report naming only the quarter meets those naming the city."""
    stem, _, last = name.rpartition(" ")
    found = _city_quarters().get(name)
    if found is None and stem:
        found = _city_quarters().get(stem)
        found = found if found is not None and last in _quarter_endings().get(found[1], ()) else None
    if found is None or country not in (None, found[1]):
        return None
    city = max((p for p in gazetteer().lookup(found[0]) if p.kind == "city" and p.country == found[1]),
               key=lambda p: p.population, default=None)  # fmt: skip
    if city is None:
        return None
    return Location(city.key, _label(city), city.kind, _region(city), name, fold(city.name))


@lru_cache(maxsize=1)
def unlisted_places() -> dict[str, str]:
    """Places GeoNames lists no town for, known mainly by another script's name (data/unlisted_places.tsv: the
    Hajj's 'Mina', 'Arafat'), by their folded Latin-script name -> their country."""
    return {fold(name): country for name, country in data_lines("unlisted_places.tsv")}


def _unlisted_country(name: str, country: str | None) -> Place | None:
    """The country of such a place the name is, unless the hinted country is another (a spot inside it)."""
    code = unlisted_places().get(name)
    if code is None or country not in (None, code):
        return None
    return gazetteer().by_key(f"country:{code}")


_DC = re.compile(r"^washington d( ?c)?$")


# The US capital as a name's last words: "DC", "D.C.", "Washington DC" (group 1: "Washington" alone)
_DC_END = re.compile(r"(?:^|\s)(?:washington\s+d\s?c|d\s?c|(washington))$")
# The capital's quadrants: "Northeast Washington" is the city's; "northern" or "eastern Washington" the state's
_QUADRANTS = frozenset(["northeast", "northwest", "southeast", "southwest", "ne", "nw", "se", "sw"])


def _side_of_the_capital(name: str) -> str | None:
    """The quadrant of a name that is the US capital's with side words before it ("northeast dc", "nw d c",
    "southeast washington d c", "northeast washington"): the city (not the state of Washington), the side its spot;
    else None."""
    found = _DC_END.search(name)
    if found is None or found.start() == 0:
        return None
    sides = name[: found.start()].split()
    allowed = _QUADRANTS if found.group(1) else _SIDE_WORDS
    return " ".join(sides) if all(w in allowed for w in sides) else None


def _college_of_a_town(name: str) -> bool:
    """Is the unresolved name a town's name and 'state' ("Jacksonville State", "Kent State"): a university,
    not a place of its own?"""
    head, _, last = name.rpartition(" ")
    return last == "state" and bool(head) and any(p.kind == "city" and fold(p.name) == head for p in _candidates(head))


# A place measured from a town: "250 km east of Montreal", "40 miles north of Houston", "30 miles from Kabul"
_NEAR_OF = re.compile(
    r"^[ \t]*[\d.,]+[ \t]*(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)[ \t]+"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)[ \t]+)?(?:of|from)[ \t]+(\S.*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _regions() -> dict[str, Place]:
    """Each region ("US-TX", "CO-34") -> its state or province (one with its admin1 code; ISO's first)."""
    out: dict[str, Place] = {}
    for kind in ("state", "province"):
        for p in sorted(gazetteer().of_kind(kind), key=lambda p: not p.key.startswith(f"{kind}:{p.country}-")):
            region = _region(p)
            if p.admin1 and region is not None and "-" in region:
                out.setdefault(region, p)
    return out


def load_tables() -> None:
    """Build now the resolver's tables it builds on first use (rows of data/*.tsv, the countries' names of several
    words, the regions): `core.extract.warm_up` calls it before a worker forks, so that no pool child reads them
    again on the first report that needs one."""
    for table in (_country_phrases, _county_populations, _city_quarters, _quarter_endings, unlisted_places, _regions):
        table()


def region_place(place: Place) -> Place | None:
    """The state or province a town lies in (None when its region is unknown)."""
    region = _region(place)
    return _regions().get(region) if region is not None and "-" in region else None


def _region_around(loc: Location) -> Location:
    """The state or province a town lies in, as a location (a state, a province, a country stays itself)."""
    if loc.kind not in ("city", "county") or loc.region is None:
        return loc
    place = _regions().get(loc.region)
    if place is None:
        return loc
    return Location(place.key, _label(place), place.kind, _region(place), None, fold(place.name))


# A division's word before its name ("the state of Oaxaca", "province of Idlib"): the division, not its chief town
_DIVISION_FIRST = re.compile(
    r"^[ \t]*(?:the[ \t]+)?(state|province|region|governorate|prefecture|department|oblast)[ \t]+of[ \t]+([^,]+)",
    re.IGNORECASE,
)
# A district's words after its name ("Gwoza Local Government Area of Borno State", "Sigi Regency"): the district
# bears its chief town's name; what follows "of" is the state it lies in
_DISTRICT_OF = re.compile(
    r"[ \t]+(?:local[ \t]+government(?:[ \t]+(?:area|council))?|lga|regency|upazila|upazilla|tehsil|taluka|taluk"
    r"|(?-i:district)(?=[ \t]+of[ \t]))"  # "Kullu district of Himachal Pradesh" (not "District of Columbia")
    r"(?:[ \t]+(of)[ \t]+(?=\S)|[ \t]*(?=,|$))",
    re.IGNORECASE,
)


def _ambiguous(place: Place, country: str | None, admin1: str | None, written: str = "") -> bool:
    """Did population alone pick this place among same-named places of its kind in other regions? Named by an other
    name of it ('Odessa', English news' old spelling of Odesa), a place is also among the towns whose own name that
    is (Odessa, Texas): the text's other places decide between them."""
    if place.kind not in ("city", "county") or (admin1 and place.admin1 == admin1):
        return False
    name = _spelled_out(fold(place.name))
    names = {name, _spelled_out(written)} if written and place.key in gazetteer().exonym_keys(written) else {name}
    pool = [p for n in names for p in (*_candidates(n), *_candidates(fold(n)))]
    same = [p for p in pool if p.kind == place.kind and _spelled_out(fold(p.name)) in names]
    if country:
        same = [p for p in same if p.country == country] or same
    return len({_region(p) for p in same}) > 1


@lru_cache(maxsize=4096)
def namesakes_of_several_countries(written: str) -> tuple[Place, ...]:
    """The towns of several countries whose whole name a span of several words is, when its name alone picks none
    of them ("Half Moon Bay": California's, New Zealand's, the Cayman Islands'), the biggest first; else none. Such a
    span names one of them (the article's other places say which), never the smaller town a part of it names ("Half
    Moon", North Carolina)."""
    if " " not in written.strip() or resolve_location(written).kind != "name":
        return ()
    folded = fold(written)
    towns = [p for p in gazetteer().lookup(folded) if p.kind == "city" and fold(p.name) == folded]
    return tuple(sorted(towns, key=lambda p: -p.population))


def biggest_namesake(written: str) -> Location | None:
    """The biggest of those towns, marked as picked by population alone (a headline's or dateline's town that
    nothing else in the report places)."""
    towns = namesakes_of_several_countries(written)
    if not towns:
        return None
    place = towns[0]
    return Location(place.key, _label(place), place.kind, _region(place), None, fold(place.name), True)


@lru_cache(maxsize=64)
def _state_by_code(code: str) -> Place | None:
    """The state with this code; for "DC" the city of Washington, which is how every other spelling resolves."""
    if code == "DC":
        return _lookup("washington", "Washington", "US", "DC")
    return next((p for p in gazetteer().of_kind("state") if p.country == "US" and p.admin1 == code), None)


_SHOOTING_WORDS = ("shootings", "shooting", "attack", "killings", "killing", "massacre")
_SHOOTING = re.compile(rf"\s*\b({'|'.join(_SHOOTING_WORDS)})$")


def _bare_name(folded: str) -> str:
    """A folded part without the words around a name ("the", "city of"; "shooting", "attack"). Each pattern runs
    only on a part that opens or ends with one of its words: most parts do not, and a substitution's set-up costs
    more than the look."""
    if folded.startswith(_LEADING_WORDS):
        folded = _LEADING.sub("", folded)
    if folded.endswith(_SHOOTING_WORDS):
        folded = _SHOOTING.sub("", folded)
    return folded
_STREET_TEXT = """
    street st avenue ave road rd boulevard blvd lane ln drive dr block highway hwy court ct place pl way
    parkway pkwy route and at near of the in
"""
_STREET_WORDS = frozenset(_STREET_TEXT.split())


def spot_tokens(spot: str | None) -> frozenset[str]:
    """The distinguishing words of a spot: street, venue or neighbourhood names, without numbers, street types or
    venue words ("Kingsbury Hotel" and "Shangri-La Hotel" share no name: two hotels)."""
    if not spot:
        return frozenset()
    return frozenset(
        w
        for w in spot.replace("/", " ").replace("-", " ").split()
        if not w.isdigit() and w not in _STREET_WORDS and w not in _SIDE_WORDS and w not in _FILLER_WORDS
        and w not in _VENUE
    )  # fmt: skip


def spots_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two spots are different places when both name something and share no name ("Madison" vs "Halsted");
    "22nd and Bragg" and "2111 Bragg Street" share "bragg" and agree."""
    return bool(a) and bool(b) and not (a & b)


# Words around a place name that do not change the place: "NW Atlanta", "Atlanta's west side", "metro Detroit".
# Directions and sides are kept as the spot; the rest is dropped.
_SIDE_TEXT = """
    n s e w nw ne sw se north south east west northeast northwest southeast southwest northern southern
    eastern western central downtown uptown midtown side westside eastside northside southside old
"""
_SIDE_WORDS = frozenset(_SIDE_TEXT.split())
_FILLER_TEXT = "greater metro metropolitan area suburban suburbs the of city near outside in d c"
_FILLER_WORDS = frozenset(_FILLER_TEXT.split())
_OLD_CITY = 300_000  # a city this big has an "Old" part of its name ("Old Dhaka", "Old Delhi")


def _side_of_the_hinted_city(
    place: Place, name: str, written: str, country: str | None, admin1: str | None
) -> tuple[Place, str] | None:
    """A side of the hinted state's bigger city, for a name the gazetteer gives a small town of another state:
    "North Baltimore" in a story of Maryland is Baltimore's north side, not North Baltimore, Ohio. Returns the
    city and the side (its spot), or None when the name is the town's ("East Cleveland" in Ohio stays itself)."""
    if not admin1 or place.kind != "city" or (place.country, place.admin1) == (country, admin1) or " " not in name:
        return None
    city, side = _resolve_within(name, written, country, admin1)
    if city is None or side is None or city.kind != "city" or (city.country, city.admin1) != (country, admin1):
        return None
    return (city, side) if city.population > place.population else None


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
            named = " ".join(words[start : start + size])
            place = _lookup(named, written, country, admin1)
            if place is not None and "old" in rest and (fold(place.name) != named or place.population < _OLD_CITY):
                continue  # "Old Dhaka" is Dhaka; "Old West End" (Toledo) is not Vancouver's West End
            if place is not None and place.kind in ("city", "county"):
                side = " ".join(w for w in rest if w in _SIDE_WORDS) or None
                return place, side
    return None, None
