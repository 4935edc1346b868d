"""Where reports in other languages are placed: our own reports (a fixture of invented sentences) and, as
aggregate counts only, news-dev's non-English articles.

    .venv/bin/python bench/world_places.py [--reports tests/fixtures/world_places_reports.json] [--show]
                                           [--news-dev] [--data DIR]

Each report is extracted (`core.extract.extract`) and placed as grouping places it (`article_locations`, then
`main_location`, with the outlet's url when the report gives one). A report is *right* when the place is in the
expected country and, when the fixture names a town (or a province), is that town or inside that province;
otherwise it is *unplaced* (no place), *other country* (a place in another country: a town, or the country
itself), or *other town* (the right country, another town). Printed per language and per phenomenon (the
fixture's `kind`); `--show` lists the reports that are not right (our own text, so they may be read).

With `--news-dev`, the same outcome counts for news-dev's non-English articles against their event's country,
for dev and for validation (a third of the events, `bench.news.is_validation`): aggregate counts only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.news import is_validation, load_jsonl, published
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import Location, article_locations, main_location, resolve_location
from core.places.index import district_stem, fold

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORTS = ROOT / "tests" / "fixtures" / "world_places_reports.json"
DEFAULT_DATA = ROOT.parent / "shared" / "news-dev"
OUTCOMES = ("right", "other town", "other country", "unplaced")
# news-dev's events: the countries where they happened (the data set's knowledge, for scoring only)
EVENT_COUNTRIES = {
    "turkey_syria_kahramanmaras_earthquakes_2023": ("TR", "SY"),
    "nepal_gorkha_earthquake_2015": ("NP",),
    "herat_earthquakes_2023": ("AF",),
    "maui_lahaina_wildfire_2023": ("US",),
    "valencia_dana_floods_2024": ("ES",),
    "palu_sulawesi_earthquake_tsunami_2018": ("ID",),
    "haiti_earthquake_2021": ("HT",),
    "pakistan_monsoon_floods_2022": ("PK",),
    "hurricane_maria_puerto_rico_2017": ("PR", "US"),
    "gaza_al_ahli_hospital_explosion_2023": ("PS",),
    "manchester_arena_bombing_2017": ("GB",),
    "nice_bastille_day_truck_attack_2016": ("FR",),
    "paris_november_attacks_2015": ("FR",),
    "kabul_airport_abbey_gate_bombing_2021": ("AF",),
    "kremenchuk_mall_missile_strike_2022": ("UA",),
    "vinnytsia_missile_strike_2022": ("UA",),
    "brussels_bombings_2016": ("BE",),
    "istanbul_ataturk_airport_attack_2016": ("TR",),
    "garissa_university_college_attack_2015": ("KE",),
    "grenfell_tower_fire_2017": ("GB",),
    "surfside_champlain_towers_collapse_2021": ("US",),
    "genoa_morandi_bridge_collapse_2018": ("IT",),
    "astroworld_festival_crowd_crush_2021": ("US",),
    "mina_hajj_stampede_2015": ("SA",),
    "sewol_ferry_sinking_2014": ("KR",),
    "tianjin_port_explosions_2015": ("CN",),
    "lac_megantic_rail_disaster_2013": ("CA",),
    "jeju_air_muan_crash_2024": ("KR",),
    "chawkbazar_churihatta_fire_2019": ("BD",),
}


def place_report(text: str, title: str | None, language: str, url: str | None = None) -> Location | None:
    """The report's place as grouping reads it."""
    facts = extract(ArticleInput(text=text, title=title, language=language))
    article = ArticleFacts("r", url or "", facts.claims, None, title, (), text, url)
    return main_location(article, article_locations(article))


def _country(loc: Location | None) -> str | None:
    return loc.region.split("-")[0] if loc is not None and loc.region else None


def outcome(loc: Location | None, countries: tuple[str, ...], town: str | None = None) -> str:
    """How a place compares with the expected countries and (optionally) town or province."""
    if loc is None or loc.region is None:
        return "unplaced"
    if _country(loc) not in countries:
        return "other country"
    if town is None:
        return "right"
    want = resolve_location(town, countries[0])
    if want.key == loc.key or fold(want.name) == fold(loc.name):
        return "right"
    if want.kind in ("province", "state", "county") and want.region is not None and loc.region.startswith(want.region):
        return "right"  # a town inside the expected province
    if loc.kind == "province" and loc.region == want.region and district_stem(loc.name) == fold(want.name):
        return "right"  # the district named after the expected town, which holds it ('Kabupaten Sumedang')
    return "other town"


def _table(title: str, counts: Mapping[str, Counter[str]]) -> None:
    print(f"\n{title}")
    print(f"  {'':<14} {'n':>4} " + " ".join(f"{o:>13}" for o in OUTCOMES))
    for key in sorted(counts, key=lambda k: (k == "ALL", k)):
        c = counts[key]
        n = sum(c.values())
        cells = " ".join(f"{c[o]:>13}" for o in OUTCOMES)
        print(f"  {key:<14} {n:>4} {cells}   right {c['right'] / n:.2f}")


def score_reports(path: Path, show: bool) -> None:
    reports: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    for r in reports:
        loc = place_report(r["text"], r.get("title"), r["lang"], r.get("url"))
        got = outcome(loc, (r["country"],), r.get("place"))
        for key in (r["lang"], "ALL"):
            by_lang[key][got] += 1
        for key in (*r.get("kinds", ()), "ALL"):
            by_kind[key][got] += 1
        if got != "right":
            placed = f"{loc.name} ({loc.kind}, {loc.key})" if loc is not None else "None"
            misses.append(f"  {r['lang']} {r['id']}: {got}: {placed}, want {r.get('place')} ({r['country']})")
    _table(f"our reports ({path.name}): per language", by_lang)
    _table("per phenomenon", by_kind)
    if show:
        print("\nnot right:")
        print("\n".join(misses))


def score_news_dev(data: Path) -> None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    dev_misses: list[str] = []
    for row in load_jsonl(data / "texts.jsonl"):
        if row.get("lang") == "en":
            continue
        split = "val" if is_validation(row["event_key"]) else "dev"
        text, title = str(row.get("text") or ""), row.get("title") or None
        facts = extract(ArticleInput(text=text, title=title, published_at=published(row), language=row["lang"]))
        article = ArticleFacts(row["id"], str(row.get("outlet") or ""), facts.claims, published(row), title, (),
                               text, row.get("url") or None)  # fmt: skip
        loc = main_location(article, article_locations(article))
        got = outcome(loc, EVENT_COUNTRIES[row["event_key"]])
        if got == "other country":
            got = "other country" if loc is not None and loc.kind == "country" else "other ctry town"
        counts[split][got] += 1
        counts[split]["n"] += 1
        if split == "dev" and got != "right":
            dev_misses.append(f"  {row['id']} ({row['lang']}): {got}: {loc.name if loc else None}")
    print("\nnews-dev non-English articles: placed in the event's country (aggregate counts)")
    cols = ("n", "right", "other ctry town", "other country", "unplaced")
    print("  " + " ".join(f"{c:>16}" for c in ("split", *cols)))
    for split in ("dev", "val"):
        print("  " + " ".join(f"{v:>16}" for v in (split, *(counts[split][c] for c in cols))))
    print("dev articles not placed in their country:\n" + "\n".join(dev_misses))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--news-dev", action="store_true")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    score_reports(args.reports, args.show)
    if args.news_dev:
        score_news_dev(args.data)


if __name__ == "__main__":
    main()
