"""Build step of the places index (`core/places/index.py`): the first-level region of ISO 3166-2's second-level
divisions, which carry no admin1 code of their own."""

from __future__ import annotations

from typing import Any

from core.places.index import fold

_NAMESAKES_AGREE = 0.75  # of a division's subdivisions' namesake towns, the share whose code must agree


def with_parent_regions(
    places: list[tuple[object, ...]],
    ids: dict[str, int],
    subdivisions: list[Any],
    names: set[tuple[str, int]],
    admin2_codes: dict[int, str],
) -> None:
    """An ISO 3166-2 second-level division (Italy's provinces, Spain's, France's departments: 'Pescara', IT-PE
    under Abruzzo, IT-65) keeps no admin1 code of its own (every reading that takes a province with one for a
    first-level division, at build and at run time, keeps them apart: 'Leeds, Bradford' is two towns, not Leeds in
    Bradford's borough) but takes its first-level division's code as its `parent`: its region, so that a report
    placed in the province and one placed in a town of its region ('Farindola') or the region meet. A division
    GeoNames names otherwise ('Toscana', its 'Tuscany') has the code that the towns its subdivisions are named
    after ('Firenze', 'Pisa', 'Livorno') agree on; else the division takes the code GeoNames' own second-level
    division of its name carries (`admin2_codes`: 'Finistère' under Bretagne, GeoNames' 'Brittany')."""
    towns: dict[tuple[str, str], tuple[int, str]] = {}  # (country, folded name) -> the biggest such town's code
    for folded, pid in names:
        row = places[pid - 1]
        if row[3] == "city" and isinstance(row[4], str) and isinstance(row[5], str):
            town = towns.get((row[4], folded))
            if town is None or town[0] < int(row[6]):  # type: ignore[call-overload]
                towns[(row[4], folded)] = (int(row[6]), row[5])  # type: ignore[call-overload]
    by_code = {sub.code: sub for sub in subdivisions}
    children: dict[str, list[Any]] = {}
    for sub in subdivisions:
        if sub.parent_code:
            children.setdefault(sub.parent_code, []).append(sub)

    def own_code(code: str) -> str | None:
        pid = ids.get(f"province:{code}")
        held = places[pid - 1][5] if pid is not None else None
        if isinstance(held, str):
            return held
        votes = [
            town[1]
            for child in children.get(code, [])
            if (town := next((towns[k] for k in _namesakes(child) if k in towns), None)) is not None
        ]
        if len(votes) < 2:
            return None
        top = max(set(votes), key=votes.count)
        return top if votes.count(top) >= _NAMESAKES_AGREE * len(votes) else None

    for sub in subdivisions:
        own = ids.get(f"province:{sub.code}")
        if own is None or places[own - 1][5] is not None:
            continue
        parent, seen = sub.parent_code, {sub.code}
        while parent and parent in by_code and parent not in seen:  # a division of a division: the first one's
            seen.add(parent)
            code = own_code(parent)
            if code is not None:
                places[own - 1] = (*places[own - 1][:10], code)
                break
            parent = by_code[parent].parent_code
        if places[own - 1][10] is None and sub.parent_code and own in admin2_codes:
            places[own - 1] = (*places[own - 1][:10], admin2_codes[own])


def _namesakes(sub: Any) -> list[tuple[str, str]]:
    """(country, folded name) of the towns an ISO division may be named after: both halves of a bilingual name."""
    return [(sub.country_code, fold(part)) for part in sub.name.replace("]", "[").split("[") if fold(part)]
