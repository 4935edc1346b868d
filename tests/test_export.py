"""CSV export: rows per value, defused formulas, RFC 4180 quoting (pure, no Redis)."""

from __future__ import annotations

import csv
import io

from usecases.export import CSV_COLUMNS, event_rows, events_csv, safe_cell


def _value(source: str, value: int, quote: str, sentence: str | None) -> dict:
    return {
        "source": source, "article_id": f"art_{source}", "claim_id": f"art_{source}-c1", "value": value,
        "low": value, "high": None, "qualifier": "at_least", "role": "total", "published_at": "2025-03-03T09:10:00",
        "incident_date": "2025-03-03", "attribution": None, "quote": quote, "sentence": sentence,
        "incident_id": "inc_1",
    }  # fmt: skip


def _figure(metric: str, values: list[dict], others: list[dict] | None = None) -> dict:
    return {
        "metric": metric, "values": values, "other_values": others or [],
        "spread": {"min": 3, "max": 5, "range": 2, "distinct": [3, 5]},
        "estimate": {"low": 3, "best": 5, "high": None, "rule": "median_latest_per_origin"}, "disputed": True,
    }  # fmt: skip


EVENT = {
    "id": "evt_1", "label": "Riverton, casualties", "location": "Riverton", "start_date": "2025-03-03",
    "end_date": "2025-03-04",
    "figures": [_figure("killed", [
        _value("North Star", 3, "three", 'Three people died, the "mayor" said, in Riverton.'),
        _value("=cmd|' /C calc'!A0", 5, "five", None),
    ], [_value("North Star", 2, "two", "At first two, later three.")])],
    "incidents": [{"id": "inc_1", "figures": [_figure("killed", [_value("North Star", 3, "three", "x")])]}],
}  # fmt: skip


def test_one_row_per_value_with_scope_kind_and_estimate() -> None:
    rows = list(event_rows(EVENT))
    assert [(r["scope"], r["kind"], r["source"], r["value"]) for r in rows] == [
        ("event", "value", "North Star", 3),
        ("event", "value", "=cmd|' /C calc'!A0", 5),
        ("event", "other", "North Star", 2),
        ("incident", "value", "North Star", 3),
    ]
    assert rows[0]["estimate_best"] == 5 and rows[0]["estimate_rule"] == "median_latest_per_origin"
    assert rows[0]["spread_min"] == 3 and rows[0]["spread_max"] == 5 and rows[0]["disputed"] is True
    assert set(rows[0]) == set(CSV_COLUMNS)


def test_csv_round_trips_quotes_and_newlines_and_defuses_formulas() -> None:
    text = events_csv([EVENT])
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["sentence"] == 'Three people died, the "mayor" said, in Riverton.'
    assert rows[1]["source"] == "'=cmd|' /C calc'!A0", "a cell that would run as a formula starts with '"
    assert rows[1]["sentence"] == "" and rows[0]["high"] == "" and rows[0]["disputed"] == "true"


def test_safe_cell() -> None:
    assert [safe_cell(v) for v in ("+1", "-2", "@x", "\tx", "plain", 7, None, False)] == [
        "'+1", "'-2", "'@x", "'\tx", "plain", 7, "", "false",
    ]
    assert events_csv([]) == ",".join(CSV_COLUMNS) + "\r\n"
