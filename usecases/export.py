"""CSV of reconciled events: one row per reported value, for a spreadsheet.

Rows are built from the API's own event documents (`VersionedView.document()`), so the CSV says what the JSON
says. Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are prefixed with
an apostrophe (OWASP's advice against CSV injection): article text is untrusted input.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

CSV_COLUMNS = (
    "event_id", "event_label", "event_location", "event_start", "event_end", "scope", "incident_id", "metric",
    "kind", "source", "article_id", "claim_id", "value", "low", "high", "qualifier", "role", "published_at",
    "incident_date", "attribution", "quote", "sentence", "spread_min", "spread_max", "estimate_low",
    "estimate_best", "estimate_high", "estimate_rule", "disputed",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def event_rows(event: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per value of the event's figures (scope `event`) and of each incident's (scope `incident`);
    `kind` is `value` (an article's headline figure) or `other` (its earlier or partial figures)."""
    head = {
        "event_id": event["id"], "event_label": event["label"], "event_location": event["location"],
        "event_start": event["start_date"], "event_end": event["end_date"],
    }  # fmt: skip
    scopes: list[tuple[str, str | None, list[dict[str, Any]]]] = [("event", None, event["figures"])]
    scopes += [("incident", i["id"], i["figures"]) for i in event["incidents"]]
    for scope, incident_id, figures in scopes:
        for figure in figures:
            estimate, spread = figure["estimate"], figure["spread"]
            for kind, values in (("value", figure["values"]), ("other", figure["other_values"])):
                for value in values:
                    yield {
                        **head,
                        "scope": scope,
                        "incident_id": incident_id or value.get("incident_id"),
                        "metric": figure["metric"],
                        "kind": kind,
                        **{k: value.get(k) for k in (
                            "source", "article_id", "claim_id", "value", "low", "high", "qualifier", "role",
                            "published_at", "incident_date", "attribution", "quote", "sentence",
                        )},
                        "spread_min": spread["min"],
                        "spread_max": spread["max"],
                        "estimate_low": estimate["low"],
                        "estimate_best": estimate["best"],
                        "estimate_high": estimate["high"],
                        "estimate_rule": estimate["rule"],
                        "disputed": figure["disputed"],
                    }  # fmt: skip


def safe_cell(value: Any) -> Any:
    """The cell as written: None empty, booleans true/false, text that would start a formula defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def events_csv(events: Iterable[dict[str, Any]]) -> str:
    """RFC 4180 CSV (CRLF line ends, a header row) of every value of the events."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for event in events:
        for row in event_rows(event):
            writer.writerow({k: safe_cell(v) for k, v in row.items()})
    return out.getvalue()
