"""The terminal table of `factrecon reconcile`, and offline `factrecon extract`."""

from __future__ import annotations

import json
import subprocess
import sys

from service.cli import render_events
from tests.conftest import ROOT


def _value(source: str, value: int, qualifier: str, day: str | None, who: str | None) -> dict:
    return {"source": source, "value": value, "qualifier": qualifier, "incident_date": day, "attribution": who}


def _figure(metric: str, values: list[dict], lo: int | None, hi: int | None, notes: list[str]) -> dict:
    return {
        "metric": metric,
        "values": values,
        "spread": {"min": lo, "max": hi},
        "estimate": {"low": lo, "best": hi, "high": hi, "rule": "median_latest_per_origin"},
        "notes": notes,
    }


def test_reconcile_table_shows_values_bounds_dates_claimants_and_notes() -> None:
    ledger = _value("Morning Ledger", 3, "at_least", "2025-03-03", "the fire service")
    wire = _value("City Wire", 5, "exact", None, None)
    killed = _figure("killed", [ledger, wire], 3, 5, ["A later report raised the toll."])
    houses = _figure("houses destroyed", [], None, None, ["No whole-incident figure."])
    event = {
        "id": "evt_1", "label": "Ostrava, CZ: casualties, 2025-03-03", "article_count": 2, "disputed": False,
        "figures": [killed, houses], "incidents": [],
    }  # fmt: skip
    table = render_events([event])
    lines = table.splitlines()
    assert lines[0].startswith("== Ostrava, CZ: casualties, 2025-03-03  (2 articles, id evt_1)")
    assert "killed: 3 to 5" in table
    assert any("Morning Ledger" in line and "≥3" in line and "2025-03-03" in line and "the fire service" in line
               for line in lines)
    assert any("City Wire" in line and "no date" in line for line in lines)
    assert "note: A later report raised the toll." in table
    assert "houses destroyed: no whole-incident figure" in table
    assert "None" not in table


def test_empty_reconciliation_says_what_to_do() -> None:
    assert "factrecon submit" in render_events([])


def test_extract_prints_claims_as_json_lines_offline() -> None:
    text = "At least four people were injured in a fire in Porto on Tuesday, firefighters said."
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "extract", "-"],
        input=text, cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "REDIS_URL": "redis://127.0.0.1:1/0"},  # nothing to connect to: offline
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    wounded = [c for c in claims if c["metric"] == "wounded"]
    assert wounded and wounded[0]["low"] == 4 and wounded[0]["qualifier"] == "at_least"
    assert text[wounded[0]["start"] : wounded[0]["end"]] == wounded[0]["quote"]
