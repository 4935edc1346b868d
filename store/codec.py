"""JSON encoding of the domain's dataclasses for storage in Redis.

Claims are stored as compact JSON objects. Dates become ISO strings; enums their values.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

import orjson

from core.models import Claim, Qualifier, Role


def to_jsonable(value: Any) -> Any:
    """Dataclasses, enums, dates, tuples and sets to plain JSON types (recursively)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return [to_jsonable(v) for v in items]
    return value


def compact(value: Any) -> str:
    """Plain JSON types as compact JSON, with orjson: several times cheaper than `json.dumps` for the events,
    anchors and pieces a worker writes and re-reads per article (an event of ~1.4 KB: 24 -> 2 us to write,
    18 -> 7 us to read). `json.loads` reads back the same values (non-ASCII characters are written as UTF-8
    rather than escapes; integer dict keys become strings, as with `json`). Unlike `json.dumps` it would write
    NaN and infinities as null: these structures hold no float but an anchor's finite publication time."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def parse(raw: str | bytes) -> Any:
    """JSON written by `compact` (or `json.dumps`) back to plain types, with orjson."""
    return orjson.loads(raw)


def dumps(value: Any) -> str:
    return json.dumps(to_jsonable(value), separators=(",", ":"), ensure_ascii=False)


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """Plain dict of a claim (field access, not dataclasses.asdict, which deep-copies and is ~8x slower)."""
    out: dict[str, Any] = {}
    for name in _CLAIM_FIELDS:
        value = getattr(claim, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, date):
            value = value.isoformat()
        out[name] = value
    return out


def claim_from_dict(data: dict[str, Any]) -> Claim:
    known = {f.name for f in fields(Claim)}
    values = {k: v for k, v in data.items() if k in known}
    values["qualifier"] = Qualifier(values["qualifier"])
    values["role"] = Role(values["role"])
    if values.get("incident_date"):
        values["incident_date"] = date.fromisoformat(values["incident_date"])
    return Claim(**values)


def claims_to_json(claims: tuple[Claim, ...] | list[Claim]) -> str:
    return json.dumps([claim_to_dict(c) for c in claims], separators=(",", ":"), ensure_ascii=False)


def claims_from_json(raw: str | None) -> tuple[Claim, ...]:
    if not raw:
        return ()
    return tuple(claim_from_dict(d) for d in json.loads(raw))


def parse_datetime(raw: str | None) -> datetime | None:
    return datetime.fromisoformat(raw) if raw else None
