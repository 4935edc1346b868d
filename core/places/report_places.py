"""The report's own places, once the article's places have voted (`core.places.place_votes`): whether its
dateline is where things happened or only where the report was filed (a wire's bureau), the title's, dateline's
and text's towns under `TITLE_KEY`, `DATELINE_KEY` and `TEXT_KEY`, and a town named only as what the scene is
near ("in suburban Chicago")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from core.models import ArticleFacts
from core.places.districts_beside import districts_beside
from core.places.gazetteer import _label, _region, capital_keys, country_capitals, fold
from core.places.index import Place, data_lines, gazetteer, script_key
from core.places.location import (
    CITY_HINT_POPULATION,
    SPOT_ONLY,
    UNPLACED,
    Location,
    biggest_namesake,
    resolve_location,
)
from core.places.namesakes_near import division_not_town, neighbour_namesake
from core.places.nearby import _distance_km
from core.places.not_places import _earlier_event_only, _other_event_only, _route_end_only
from core.places.reading import (
    _NOT_A_TOWN,
    _SPAN_KINDS,
    _STREET,
    TITLE_KEY,
    _occurrences,
    _place_span,
    _TextContext,
    mention_location,
    possessive_country,
    provinces_named,
    street_name_at,
)
from core.places.region_forms import regions_written
from core.places.short_towns import anchored_short_town

_SUBURB_KM = 80.0


@lru_cache(maxsize=1)
def _near_words() -> re.Pattern[str]:
    """Words right before a town that make it what the scene is near (data/near_words.tsv, every language)."""
    words = sorted({cells[0] for cells in data_lines("near_words.tsv")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")[ \t]+$", re.IGNORECASE)


def script_dateline_location(written: str) -> Location:
    """A dateline in a script without Latin letters as the gazetteer names it ('प्रयागराज': Prayagraj), as the world
    reader reads it (`core.extract.world_places.PlaceReader._dateline_town`): a capital's gives only its country
    ('(서울=연합뉴스)', 'بغداد - '), a wire's home bureau as often as the scene."""
    key = script_key(written.strip())
    found = gazetteer().script_names([key]).get(key)
    place = gazetteer().by_key(found[1]) if found is not None else None
    if place is None:
        return resolve_location(written)
    if place.key in capital_keys() and place.country is not None:
        place = gazetteer().by_key(f"country:{place.country}") or place
    return Location(place.key, _label(place), place.kind, _region(place), None, fold(place.name))


# a word of letters and the vowel signs the Brahmic scripts write on them (Unicode marks, which `\w` leaves out:
# 'काठमाडौं' is one word, not 'क', 'ठम', 'ड'), from Devanagari to Sinhala, Thai, Myanmar and Khmer
_SCRIPT_WORD = re.compile(r"(?:(?![\d_\u0964\u0965])[\w\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]){2,}")
_BRAHMIC = re.compile(r"[\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]")
_SCRIPT_TITLE_TOWN = 100_000  # a town this big, by its name in the title's script (a word, or a word's stem)
_SCRIPT_HEAD = 120  # characters of the text read as a title when the title names no town
_SCRIPT_ENDING = 2  # letters an inflected word may add to a name ('Вінниці' of 'Вінниця', '대구의' of '대구')


def script_title_town(title: str) -> Location | None:
    """The first big town a title written in a script with spaces names, by a word's whole name in the index or a
    stem of it less at most `_SCRIPT_ENDING` letters ('Вінниці': Vinnytsia), if exactly one does; no title of Latin
    letters (a stray one is no Latin title: '서초구 ... A동 건물', building A) nor of CJK characters (a stretch of
    them names too many towns by chance)."""
    if not title or _mostly_latin(title) or " " not in title.strip():
        return None
    words = [w for m in _SCRIPT_WORD.finditer(title) if (w := script_key(m.group())) not in _script_common_words()]
    if any(0x3040 <= ord(ch) <= 0x9FFF for w in words for ch in w):
        return None  # kana or Han: no words to read
    names = gazetteer().script_names(words)
    inflected = [w for w in words if not _BRAHMIC.search(w)]  # (no stem of a Brahmic word: its last 'letters'
    # are vowel signs and viramas, and 'बस्ती', a settlement, less its last sign is no town's name)
    stems = gazetteer().script_names(
        (w[:-cut] for w in inflected for cut in range(1, _SCRIPT_ENDING + 1) if len(w) - cut >= 3), stems=True
    )
    found: list[Place] = []
    for w in words:
        hit = names.get(w) or next((stems[w[:-cut]] for cut in range(1, _SCRIPT_ENDING + 1) if w[:-cut] in stems), None)
        place = gazetteer().by_key(hit[1]) if hit is not None else None
        if place is not None and place.kind == "city" and place.population >= _SCRIPT_TITLE_TOWN:
            found.append(place)
    if len({p.key for p in found}) != 1:
        return None
    town = found[0]
    return Location(town.key, _label(town), town.kind, _region(town), None, fold(town.name))


@lru_cache(maxsize=1)
def _script_common_words() -> frozenset[str]:
    """Everyday words of any language that are some far town's name in their script (data/common_words.tsv: 'بندر',
    a port in Persian, is Bender): a title's town is never one of them, whatever its language."""
    words = (script_key(cells[1]) for cells in data_lines("common_words.tsv") if len(cells) > 1)
    return frozenset(w for w in words if not any("a" <= ch.lower() <= "z" for ch in w))


def _mostly_latin(title: str) -> bool:
    """Are a fifth or more of a title's letters Latin ones (a Latin title, for the Latin readers)?"""
    letters = [ch for ch in title if ch.isalpha()]
    latin = sum(1 for ch in letters if "a" <= ch.lower() <= "z")
    return latin * _LATIN_SHARE >= len(letters)


_LATIN_SHARE = 5


def _near_references(places: dict[str, Location], article: ArticleFacts, context: _TextContext) -> dict[str, Location]:
    """ "HIGHLAND PARK, Ill. (AP) - A gunman opened fire ... in suburban Chicago", "un défilé à Highland Park ...
    près de Chicago": a town the report names only as what the scene is near stands for the town of its region
    the report places things in within `_SUBURB_KM` (its dateline, another figure's place), not for a scene of
    its own."""
    told = f"{article.title or ''}\n{article.text or ''}"
    near = {
        w
        for w, loc in places.items()
        if loc.kind == "city" and _near_only(_written_name(w, loc), told) and _big_city(loc)
    }
    if not near:
        return places
    scenes = [loc for w, loc in sorted(places.items()) if loc.kind == "city" and w not in near and not loc.ambiguous]
    if context.dateline is not None and (town := resolve_location(context.dateline)).kind == "city":
        scenes.insert(0, town)
    out = dict(places)
    for written in sorted(near):
        loc = places[written]
        scene = next((s for s in scenes if s.key != loc.key and s.region == loc.region and _within(s, loc)), None)
        if scene is not None:
            out[written] = scene
    return out


def _big_city(loc: Location) -> bool:
    """A city big enough that "near" it names a region around it, not a small town's outskirts ("a home near
    Duncannon" is Duncannon's: the archive and the reports place it there)."""
    place = gazetteer().by_key(loc.key)
    return place is not None and place.population >= CITY_HINT_POPULATION


def _written_name(written: str, loc: Location) -> str:
    return loc.label.split(",")[0] if written.startswith("\x00") else written  # the title's, the text's town


def _within(a: Location, b: Location) -> bool:
    km = _distance_km(a.key, b.key)
    return km is not None and km <= _SUBURB_KM


def _near_only(written: str, text: str) -> bool:
    """Does the text name the town only right after a word of nearness ("in suburban Chicago", "près de Lyon")?"""
    name = written.strip()
    if not name[:1].isupper():
        return False
    # `_occurrences`: no pattern compiled per name (this runs for every town of every article)
    starts = [at for at in _occurrences(name, text) if at == 0 or not _WORD_CHAR.match(text, at - 1)]
    return bool(starts) and all(_near_words().search(text, max(0, s - 24), s) for s in starts)


_WORD_CHAR = re.compile(r"\w")


def _filed_from(context: _TextContext, text: str = "") -> bool:
    """Is the dateline only where the report was filed ("PARIS (AP) - ... on the promenade in Nice", "DUBAI -
    ... in Mina near Mecca", "NEW DELHI (AP) - ... in western Nepal")? So when the body places things in towns
    of another region (state, province or country), or in another country or its province, and never in the
    dateline's town or its region. A wire's or a correspondent's dateline is no
    evidence of where it happened."""
    if context.dateline is None:
        return False
    dateline = resolve_location(context.dateline)
    if dateline.kind not in ("city", "county") or dateline.region is None:
        return False
    elsewhere = own_state = towns_in_its_state = False
    for run in context.mentions:
        if set(fold(run).split()) & _NOT_A_TOWN:
            continue
        town = _place_span(run, strict=True)
        loc = mention_location(run, town) if town is not None else None
        if loc is not None and town is not None:
            loc = division_not_town(town, loc, text)  # "in Mustang district": no town far from the dateline
        if loc is not None and loc.kind in ("city", "county") and _other_event_only(run, text):
            continue  # "..., after five people were killed at a nightclub in Colorado Springs": another event's town
        if town is None and _far_town_of_its_country(run, dateline, {c for c, _w in context.countries}):
            elsewhere = True  # "YANGON - ... in Hpakant": a town known only with its country, far from the bureau
            continue
        if loc is not None and (
            loc.key == dateline.key or (loc.name and loc.name == dateline.name and loc.kind in ("city", "county"))
        ):
            return False  # (not the state of the town's name: "SAO PAULO - ... in Vinhedo in Sao Paulo state")
        if (
            loc is not None
            and loc.kind in ("state", "province")
            and loc.region == dateline.region
            and loc.name != dateline.name
        ):
            own_state = True  # "MAYFIELD, Ky. (AP) - ... killing at least 50 people in Kentucky alone"
            continue
        owner = possessive_country(run)
        if (loc is not None and loc.kind in ("country", "province") and _abroad(loc, dateline)) or (
            owner is not None and owner != str(dateline.region).split("-")[0]
        ):
            elsewhere = True  # "NEW DELHI (AP) - ... in western Nepal", "NAIROBI - ... in Somalia's Puntland"
            continue
        if loc is None or loc.kind not in ("city", "county") or loc.ambiguous or loc.region is None:
            continue
        if loc.region == dateline.region and not _distant(loc, dateline):
            return False
        if loc.region != dateline.region and neighbour_namesake(town or "", dateline):
            return False  # "LEWISTON - ... found dead in Lisbon": Lisbon, Maine, next door, not Portugal's capital
        towns_in_its_state |= loc.region == dateline.region
        elsewhere = True
    # the body tells the dateline's own state, and no town of it far off ("LUCKNOW - ... in Hathras district in the
    # state of Uttar Pradesh" is filed from the capital): the toll is the state's, other states' towns are others'
    return elsewhere and not (own_state and not towns_in_its_state)


def _far_town_of_its_country(run: str, dateline: Location, named: set[str]) -> bool:
    """Is a one-word name the gazetteer knows only as a town of the dateline's country ('Hpakant' of Myanmar, too
    small to be read alone) a town of it far from the dateline, wherever the region's border runs? Only in a text
    that names that country (a report from abroad), where a name is not a neighbourhood of the dateline's city."""
    country = (dateline.region or "").split("-")[0]
    if " " in run or not run[:1].isupper() or country not in named:
        return False
    loc = resolve_location(run, country)
    if loc.kind != "city" or loc.ambiguous or loc.region == dateline.region:
        return False
    return _distant(loc, dateline, _FAR_KM)


def _placed_in_country(context: _TextContext, country: str) -> bool:
    """Does the body place things in `country` by its name ("in Gaza", "in western Nepal")?"""
    for run in context.mentions:
        town = _place_span(run, strict=True)
        loc = resolve_location(town) if town is not None else None
        if loc is not None and loc.kind == "country" and loc.region == country:
            return True
    return False


def _abroad(loc: Location, dateline: Location) -> bool:
    if not loc.region or not dateline.region:
        return False
    return loc.region.split("-")[0] != dateline.region.split("-")[0]


def _bureau_over_far_towns(context: _TextContext, raw: Mapping[str, Location]) -> bool:
    """Is the dateline a big capital (a wire's bureau) while the article's figures name only towns far from it
    ("TEMPO.CO, Jakarta - ... 384 korban meninggal di Palu")? In a language whose locatives the text reader does
    not know, that is how a report filed from the capital shows."""
    if context.dateline is None:
        return False
    dateline = resolve_location(context.dateline)
    place = gazetteer().by_key(dateline.key)
    if place is None or dateline.key not in capital_keys() or place.population < _BUREAU_CITY:
        return False
    towns = [loc for loc in raw.values() if loc.kind in ("city", "county") and not loc.ambiguous]
    if not towns or any(t.key == dateline.key or (t.name and t.name == dateline.name) for t in towns):
        return False
    # far wherever the border runs, or past a town's reach in another state or province ("NAIROBI - ... in Mai
    # Mahiu, Nakuru County", 140 km off; "YENİ DELHİ - ... Hathras'ta", in Uttar Pradesh)
    return all(_distant(t, dateline, _FAR_KM) or (t.region != dateline.region and _distant(t, dateline)) for t in towns)


_BUREAU_CITY = 1_000_000  # a capital this big keeps wire bureaus
_FAR_KM = 200.0  # a town this far from the dateline's is another place wherever the border runs
_BUREAU_KM = 60.0  # a town this far from the dateline's, in its region, is another place ("LUCKNOW - ... in Hathras")


def _distant(a: Location, b: Location, km_apart: float = _BUREAU_KM) -> bool:
    km = _distance_km(a.key, b.key)
    return km is not None and km > km_apart


@lru_cache(maxsize=1)
def _demonyms_of() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for cells in data_lines("demonyms.tsv"):
        out.setdefault(cells[1], []).append(cells[0])
    return {country: tuple(words) for country, words in out.items()}


def country_named(text: str, country: str) -> int:
    """How often a text names a country, by its name or its people's ("Haiti", "Haitians")."""
    whole = gazetteer().by_key(f"country:{country}")
    names = [whole.name] if whole is not None else []
    names += list(_demonyms_of().get(country, ()))
    found = (m for n in names for m in re.finditer(rf"\b{re.escape(n)}s?\b", text))
    return sum(1 for m in found if not street_name_at(text, m.end()))


_PLACED = ("city", "county", "province", "state", "country")
DATELINE_KEY = "\x00dateline"  # key of the dateline's place in `article_locations`
TEXT_KEY = "\x00text"  # key of the town the text names most (after "in", "at", ...)


# A headline's kicker: the place it opens on, a colon or dash after it ("Washington : neuf blessés ...")
_KICKER_END = re.compile(r"\s*(?::|\s[-–—|])")


@lru_cache(maxsize=1)
def _quadrant_before() -> re.Pattern[str]:
    """A city's quadrant written right before a name, in any language (data/quadrant_words.tsv), to the name."""
    words = sorted({cells[1] for cells in data_lines("quadrant_words.tsv")}, key=len, reverse=True)
    return re.compile(r"(?:^|[^\w-])(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.IGNORECASE)


def _capital_in_title(span: str, loc: Location, title: str, resolve: Any) -> Location | None:
    """The capital a headline names where its name alone is a division's: as its kicker ("Washington : neuf
    blessés ...", as a dateline "WASHINGTON -" is the capital), or after a quadrant of a city ("en el noreste de
    Washington"); else None."""
    if loc.kind not in ("state", "province") or not loc.region or (at := title.find(span)) < 0:
        return None
    kicker = at == 0 and _KICKER_END.match(title, len(span)) is not None
    if not kicker and _quadrant_before().search(title[max(0, at - _QUADRANT_REACH) : at]) is None:
        return None
    capital = country_capitals().get(loc.region.split("-")[0])
    if capital is None or fold(capital.name) != fold(span):
        return None
    found: Location = resolve(capital.name, capital.country, capital.admin1)
    return found if found.kind == "city" else None


_QUADRANT_REACH = 24  # characters before a name its quadrant's words may take ("au nord-ouest de ")


def _with_context(
    places: dict[str, Location],
    article: ArticleFacts,
    title_spans: Sequence[str],
    context: _TextContext,
    country: str | None,
    admin1: str | None,
    outlet_only: bool = False,
    passing: bool = False,
) -> dict[str, Location]:
    """Add the title's, dateline's and text's places, resolved with the article's country and state (when only
    the outlet gives the country, a world city keeps its name: see `_world_city_over`; when the text names it only
    in passing, a town is what its name alone says)."""

    def resolve_location(written: str, country: str | None = None, admin1: str | None = None) -> Location:
        hinted = _resolve(written, country, admin1)
        if passing and hinted.kind == "city" and hinted.region != (f"{country}-{admin1}" if admin1 else None):
            free = _resolve(written)
            return free if free.kind == "city" else hinted  # a state named in passing (`_only_states_in_passing`)
        return _world_city_over(written, hinted) if outlet_only or passing else hinted

    divisions = {loc.name: loc for loc in places.values() if loc.kind in ("province", "state") and loc.name}
    for span in title_spans:
        loc = resolve_location(span, country, admin1)
        if loc.kind == "name" and country is None:
            loc = biggest_namesake(span) or loc  # "Half Moon Bay" with nothing else to go on: California's
        loc = _capital_in_title(span, loc, article.title or "", resolve_location) or loc
        if _namesake_abroad(loc, country):
            continue  # "Hillside Endarasha Academy" in a Kenyan report: no Hillside of Kenya, only bigger ones abroad
        if _headline_word_abroad(span, loc, country, article.text):
            continue  # "Novi masakr u Srbiji" (a new massacre): no Serbian town, and the text never writes 'Novi'
        if loc.kind in _SPAN_KINDS:
            # "l'Etat de Sao Paulo" in the headline, where its capitals leave only "Sao Paulo": the division the
            # body reads that name as, not the town named after it
            places[TITLE_KEY] = divisions.get(loc.name, loc) if loc.kind == "city" else loc
            break
    if context.dateline is not None:
        loc = resolve_location(context.dateline, country, admin1)
        if loc.kind == "name" and country is None:
            loc = biggest_namesake(context.dateline) or loc
        capital = country_capitals().get(country or "")
        if capital is not None and "," not in context.dateline and fold(context.dateline) == fold(capital.name):
            # "WASHINGTON -" above a story of Maine: the capital's bureau, not a village of that state
            loc = resolve_location(capital.name, capital.country, capital.admin1)
        unplaced = not any(p.kind in _PLACED for p in places.values())
        if loc.kind in ("name", SPOT_ONLY, UNPLACED) and not context.dateline.isascii() and unplaced:
            # 'प्रयागराज।', '(서울=연합뉴스)': a script dateline places a report whose figures name no place (the world
            # reader has read the town of its head sentence where they do: 'श्रीनगर।' over 'पहलगाम के पास' is the
            # correspondent's town, not the scene); a script name of no Latin letters is read as a spot ('郑州')
            loc = script_dateline_location(context.dateline)
        if loc.kind in ("city", "county") or (loc.kind == "country" and not context.dateline.isascii()):
            places[DATELINE_KEY] = loc
    if not article.claims and TITLE_KEY not in places and DATELINE_KEY not in places:
        # '대구 지하철 중앙로역 전동차 화재', 'У центрі Вінниці пролунали вибухи': a report with no figure and no
        # dateline, its title in a script without Latin letters, is about the big town its title names
        headed = script_title_town(article.title or "")
        if headed is not None:
            places[TITLE_KEY] = headed
        elif (headed := script_title_town((article.text or "")[:_SCRIPT_HEAD])) is not None:
            places[TEXT_KEY] = headed  # ... else the one its opening words name ('대구 지하철 방화 참사를 수사 중인')
    counts: dict[str, list[Any]] = {}
    elsewhere: dict[str, list[Any]] = {}  # towns of the article's country outside its state or province
    provinces: dict[str, list[Any]] = {}  # "in Sindh province", "on the island of Lombok": when no town is named
    for n, run in enumerate(context.mentions):
        town = None if set(fold(run).split()) & _STREET else _place_span(run, strict=True)
        if town is None and (anchored := anchored_short_town(run, article.text or "")) is not None:
            town = anchored  # "in Owo, Ondo State": a name of three letters, sure with its region after it
        if town is None and resolve_location(run, country, admin1).kind == "province":
            town = run  # "the island of Lombok", "in Sindh province": the finest place the text gives
        if town is None:
            continue  # "the 1500 block of Lincoln Avenue": a street, not the town
        if _route_end_only(town, article.text):
            continue  # "the flight from Bangkok": where it came from, not where it happened
        if _earlier_event_only(town, article.text) or _other_event_only(town, article.text):
            continue  # "had survived the shooting in Las Vegas last year", "the second ... after ... in X": another's
        loc = resolve_location(town, country, admin1)
        if loc.kind not in ("city", "county", "province"):
            continue
        if country and loc.region is not None and loc.region.split("-")[0] != country:
            continue  # a town of that name in another country than the article's
        if loc.kind == "province":
            tally = provinces
        else:
            tally = elsewhere if admin1 and loc.region != f"{country}-{admin1}" else counts
        tally.setdefault(loc.key, [0, n, loc])[0] += 1
    if not (counts or elsewhere or provinces) and (held := _gathering_town(article, country)) is not None:
        counts[held.key] = [1, len(context.mentions), held]  # "during this year's Hajj": no town, but Mecca
    if not (counts or elsewhere or provinces) and (agency := _state_agency(article.text or "", country)) is not None:
        provinces[agency.key] = [1, len(context.mentions), agency]  # "the Lagos State Emergency Management Agency"
    police = None if counts or elsewhere or provinces else _police_town(article.text or "", country, admin1)
    if police is not None:
        counts[police.key] = [1, len(context.mentions), police]  # "Louisville Metro Police said": no town, but theirs
    # The text's town lies in the article's state when one does; else anywhere in its country (a report filed
    # in the capital about a town of another province).
    if counts or elsewhere or provinces:
        best = max((counts or elsewhere or provinces).values(), key=lambda e: (e[0], -e[1]))
        places[TEXT_KEY] = best[2]
    elif (province := _sole_province_named(article, country)) is not None:
        places[TEXT_KEY] = province  # "din comuna X, județul Dolj": no town the gazetteer knows, but its province
    elif country is not None and (
        country_named(article.text or "", country) >= 2
        or (DATELINE_KEY not in places and _placed_in_country(context, country))
    ):
        # No town, but a country the text keeps naming ("struck Puerto Rico", "Puerto Ricans") or places things
        # in, with no dateline of its own ("PARIS (AFP) - ... the blast at a hospital in Gaza"): the event's
        # place at the level the text gives.
        whole = gazetteer().by_key(f"country:{country}")
        if whole is not None:
            places[TEXT_KEY] = resolve_location(whole.name)
    if not article.claims and not any(k in places for k in (TITLE_KEY, DATELINE_KEY, TEXT_KEY)):
        alert = alert_place(article)  # "ICE bei Eschede entgleist": a first alert with no figure, in another language
        if alert is not None:
            places[TEXT_KEY] = alert
    return places


def alert_place(article: ArticleFacts) -> Location | None:
    """The place a report with no figure, in a language other than English, is about, as its language's reader
    reads it (`core.extract.world_places.PlaceReader.article_place`: the title's town, else the first of the head of
    its text, else its dateline's, else the country it names most). The extractor reads a place only for a report's
    claims, so a first alert ("Bei Eschede im Landkreis Celle ist ein ICE entgleist", "enchentes em Nova Friburgo")
    was placed nowhere, and met its event's later reports nowhere."""
    from core.extract.clean import normalise  # (lazily: the extractor imports this package)
    from core.extract.language import detect_language
    from core.extract.world_language import language

    text = article.text or ""
    code = detect_language(f"{article.title or ''}\n{text}")
    lang = language(code) if code != "en" else None
    if lang is None or not text.strip():
        return None
    title = normalise(article.title) if article.title else None
    body = normalise(text)
    place = lang.places.article_place(title, body, lang.places.countries_in(f"{title or ''}\n{body}"))
    loc = resolve_location(place) if place else None
    return loc if loc is not None and loc.kind in _PLACED else None


def _sole_province_named(article: ArticleFacts, country: str | None) -> Location | None:
    """The one province the title or text names with its division word ("județul Dolj", "a Dolj megyei faluban",
    "Sindh province"), in the article's country when it has one: a report whose town is a village the gazetteer
    lacks is at least there. None when it names several (a list of provinces hit is no one scene). A province named
    by its adjective counts as named ("the Victorian bushfires", "w województwie śląskim": `region_forms`)."""
    written = f"{article.title or ''}\n{article.text or ''}"
    named = provinces_named(written, county_word=False) + [_as_location(p) for p in regions_written(written)]
    named += districts_beside(written)  # "in Bukalasi village, Bududa district": the district of a village unknown
    found = {
        loc.region or loc.key: loc
        for loc in named
        if loc.kind == "province" and (country is None or (loc.region or "").split("-")[0] == country)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _as_location(place: Place) -> Location:
    return Location(place.key, _label(place), place.kind, _region(place), None, fold(place.name))


# "the Lagos State Emergency Management Agency", "Kano State Police Command": a state's own agency
_STATE_AGENCY = re.compile(
    r"\b((?:[A-Z][\w'’-]+ ){1,2})State (?:[A-Z][\w-]+ ){0,3}"
    r"(?:Agency|Authority|Police|Command|Government|Commission|Service|Ministry|Department|Corps)\b"
)


def _state_agency(text: str, country: str | None) -> Location | None:
    """The state whose own agency the text names ("the Lagos State Emergency Management Agency said"): a state's
    agency works in its state only, so a report that names no town is about that state."""
    for m in _STATE_AGENCY.finditer(text):
        loc = _resolve(f"{m.group(1).strip()} State", country, None)
        if loc.kind in ("province", "state") and (country is None or (loc.region or "").split("-")[0] == country):
            return loc
    return None


# "Louisville Metro Police", "the Colorado Springs Police Department", "Tulsa Fire Department": a town's own service
_TOWN_SERVICE = re.compile(
    r"\b((?:[A-Z][\w'’-]+ ){1,3}?)(?:Metro(?:politan)? )?(?:Police|Fire)(?: Department| Dept\b| Service)?\b"
)


def _police_town(text: str, country: str | None, admin1: str | None) -> Location | None:
    """The town whose own police or fire service the text names ("Louisville Metro Police said"): a report on an
    attack at a named venue ("at Old National Bank") that names no town is that service's town. Read only when
    the text places things nowhere; a name of several towns only in the article's state, or for a major city."""
    for m in _TOWN_SERVICE.finditer(text):
        loc = _resolve(m.group(1).strip(), country, admin1)
        if loc.kind != "city" or (country is not None and not (loc.region or "").startswith(country)):
            continue
        place = gazetteer().by_key(loc.key)
        in_state = admin1 is not None and loc.region == f"{country}-{admin1}"
        if not loc.ambiguous or in_state or (place is not None and place.major):
            return loc
    return None


@lru_cache(maxsize=1)
def _gatherings() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], tuple[str, ...]]:
    """The gatherings held at one place every time (data/gatherings.tsv): one pattern of their words, each
    word's (town, country), and the words in the file's order."""
    places = {fold(words): (town, country) for words, town, country in data_lines("gatherings.tsv")}
    alternation = "|".join(re.escape(w) for w in sorted(places, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE), places, tuple(places)


def _gathering_town(article: ArticleFacts, country: str | None) -> Location | None:
    """The town of a gathering the text or title names ("Hajj": Mecca), in the article's country when known."""
    pattern, places, order = _gatherings()
    named = {fold(m.group()) for m in pattern.finditer(f"{article.title or ''}\n{article.text or ''}")}
    for words in (w for w in order if w in named):
        town, where = places[words]
        if country is None or country == where:
            loc = _resolve(town, where, None)
            if loc.kind == "city":
                return loc
    return None


_resolve = resolve_location  # (shadowed inside `_with_context`)


def _namesake_abroad(loc: Location, country: str | None) -> bool:
    """Is the place a town picked among namesakes by population alone, none of them in the article's country? A
    headline's word that only towns abroad bear (the head of a school's name) says nothing of where it happened."""
    return (
        loc.ambiguous
        and loc.kind in ("city", "county")
        and country is not None
        and loc.region is not None
        and loc.region.split("-")[0] != country
    )


def _headline_word_abroad(span: str, loc: Location, country: str | None, text: str | None) -> bool:
    """Is the title's town one of another country than the article's, and a word its text never writes? A scene
    the headline names is named again in the text; a capitalised headline word that only a town abroad bears
    ('Novi', new, opening a Croatian headline) is a word of the language, not the place."""
    if loc.kind not in ("city", "county") or country is None or loc.region is None or text is None:
        return False
    if loc.region.split("-")[0] == country:
        return False
    return re.search(rf"(?<!\w){re.escape(span)}(?!\w)", text, re.IGNORECASE) is None


# A city this big is what its name means unless the article itself says otherwise.
WORLD_CITY = 1_000_000
WORLD_CITY_RATIO = 10


def _world_city_over(written: str, hinted: Location) -> Location:
    """The world city of that name when it is at least `WORLD_CITY_RATIO` times the place a country hint picked
    ("London": England's, not Ontario's, for a national Canadian outlet with nothing else to go on)."""
    free = _resolve(written)
    if free.key == hinted.key or free.kind != "city" or hinted.kind != "city":
        return hinted
    big, small = gazetteer().by_key(free.key), gazetteer().by_key(hinted.key)
    if big is None or small is None or big.population < WORLD_CITY:
        return hinted
    return free if big.population >= WORLD_CITY_RATIO * max(small.population, 1) else hinted
