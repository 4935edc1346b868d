"""The terminal table of `factrecon reconcile`, and offline `factrecon extract`."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from service.cli import render_events
from store.redis_server import free_port
from tests.conftest import ROOT
from tests.live import LiveService, clean_env, run_cli


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


# --- offline extract of the README's article files -------------------------------------------------------


def test_extract_reads_an_article_json_offsets_into_its_text_and_dates_from_published_at() -> None:
    path = ROOT / "examples" / "ostrava-1-morning.json"
    article = json.loads(path.read_text())
    result = run_cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims and all("metric" in c for c in claims)
    for claim in claims:  # offsets point into the article's text (or its title), never into the JSON
        assert article[claim["field"]][claim["start"] : claim["end"]] == claim["quote"], claim
    in_text = [c for c in claims if c["field"] == "text"]
    assert in_text and any(c["field"] == "title" for c in claims)
    # "early on Monday" is resolved against published_at (Monday 2025-03-03)...
    assert {c["incident_date"] for c in in_text} == {article["published_at"][:10]}
    # ...which the same text alone does not have.
    bare = run_cli("extract", "-", input=article["text"])
    assert bare.returncode == 0, bare.stderr
    assert all(json.loads(line)["incident_date"] is None for line in bare.stdout.splitlines())


def test_extract_reads_html_and_json_html_as_the_api_does_and_prints_the_text_offsets_point_into(tmp_path) -> None:
    page = (
        "<html><head><title>Ferry fire | Harbour Post</title></head><body><nav>Home Sport Weather</nav><article>"
        "<h1>Ferry fire</h1><p>Seven passengers were injured when a fire broke out on a ferry near Split on "
        "Friday, the coast guard said.</p><p>The ferry was towed back to port, and the crossing was closed "
        "until the evening, the operator said in a statement.</p></article></body></html>"
    )
    (tmp_path / "ferry.html").write_text(page)
    (tmp_path / "ferry.json").write_text(json.dumps({"html": page, "source": "Harbour Post",
                                                     "published_at": "2024-06-08"}))  # fmt: skip
    for name in ("ferry.html", "ferry.json"):
        result = run_cli("extract", "--with-text", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        first, *rest = (json.loads(line) for line in result.stdout.splitlines())
        assert "<" not in first["text"] and "Seven passengers" in first["text"]
        wounded = [c for c in rest if c["metric"] == "wounded" and c["field"] == "text"]
        assert wounded and wounded[0]["value"] == 7
        assert first["text"][wounded[0]["start"] : wounded[0]["end"]] == wounded[0]["quote"]
        if name.endswith(".json"):
            assert first["published_at"].startswith("2024-06-08")
            assert wounded[0]["incident_date"] == "2024-06-07"  # the Friday before a Saturday's publication


def test_extract_refuses_an_invalid_article_json_in_one_line(tmp_path) -> None:
    (tmp_path / "bad.json").write_text(json.dumps({"text": "Two people died.", "published_at": "yesterday"}))
    result = run_cli("extract", str(tmp_path / "bad.json"))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "published_at" in result.stderr, result.stderr


# --- help, and keys with nothing running -------------------------------------------------------------------


def test_every_command_has_help_naming_the_environment_it_reads() -> None:
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("## Configuration") :]
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", table, flags=re.MULTILINE))
    assert {"REDIS_URL", "FACTRECON_PORT", "FACTRECON_AUTH"} <= documented
    up = run_cli("up", "--help").stdout
    assert documented <= set(re.findall(r"\b(REDIS_URL|FACTRECON_[A-Z_]+)\b", up)), documented - set(up.split())
    expected = {
        "api": {"REDIS_URL", "FACTRECON_PORT", "FACTRECON_AUTH"},
        "worker": {"REDIS_URL", "FACTRECON_WORKER_CONCURRENCY"},
        "submit": {"FACTRECON_API", "FACTRECON_API_KEY"},
        "reconcile": {"FACTRECON_API", "FACTRECON_API_KEY"},
        "keys": {"REDIS_URL", "FACTRECON_DATA_DIR"},
    }
    for command, names in expected.items():
        text = run_cli(command, "--help").stdout
        assert "environment variables:" in text, command
        assert all(name in text for name in names), (command, text)
    assert "--api-key" in run_cli("submit", "--help").stdout and "--api-key" in run_cli("reconcile", "--help").stdout


def test_keys_never_guess_a_redis(tmp_path) -> None:
    env = clean_env(FACTRECON_DATA_DIR=str(tmp_path / "var"))
    for args in (("keys", "list"), ("keys", "create", "--scope", "read")):
        result = run_cli(*args, env=env)
        assert result.returncode == 1, result
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and "REDIS_URL" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    # A URL left behind by a service that died (nothing listens there any more) is not trusted either.
    (tmp_path / "var" / "redis").mkdir(parents=True)
    (tmp_path / "var" / "redis" / "url").write_text(f"redis://127.0.0.1:{free_port()}/0\n")
    result = run_cli("keys", "list", env=env)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "cannot reach the embedded Redis" in result.stderr and "factrecon up" in result.stderr


def test_a_refused_connection_is_one_line() -> None:
    api = f"http://127.0.0.1:{free_port()}"
    for args in (("reconcile",), ("submit", str(ROOT / "examples" / "ostrava-1-morning.json"))):
        result = run_cli(*args, "--api", api, "--api-key", "frk_x_y")
        assert result.returncode == 1
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert "connection refused" in result.stderr and api in result.stderr


# --- against a real service with auth on ------------------------------------------------------------------


@pytest.mark.integration
def test_submit_and_reconcile_with_a_key(live_service: LiveService) -> None:
    key = live_service.create_key("submit", "read")  # found the embedded Redis through FACTRECON_DATA_DIR
    files = [str(p) for p in sorted((ROOT / "examples").glob("*.json"))]
    submitted = run_cli("submit", *files, "--wait", env=live_service.env(FACTRECON_API_KEY=key))
    assert submitted.returncode == 0, submitted.stderr
    lines = submitted.stdout.splitlines()
    assert len(lines) == len(files)  # each article once
    for path, line in zip(files, lines, strict=True):
        name, article_id, status = line.split("\t")
        assert name == path and article_id.startswith("art_") and status == "done", line
    table = run_cli("reconcile", "--api-key", key, env=live_service.env())
    assert table.returncode == 0, table.stderr
    assert "Ostrava" in table.stdout and "killed" in table.stdout
    as_json = run_cli("reconcile", "--json", "--location", "Ostrava", env=live_service.env(FACTRECON_API_KEY=key))
    assert as_json.returncode == 0 and json.loads(as_json.stdout.splitlines()[0])["article_count"] == len(files)
    again = run_cli("submit", files[0], env=live_service.env(FACTRECON_API_KEY=key))
    assert again.returncode == 0 and again.stdout.count("\n") == 1 and "(duplicate)" in again.stdout


@pytest.mark.integration
def test_without_a_key_or_scope_one_line_and_no_traceback(live_service: LiveService) -> None:
    article = str(ROOT / "examples" / "ostrava-2-evening.json")
    reader = live_service.create_key("read")
    cases = [
        (("submit", article), live_service.env(), "401"),
        (("reconcile",), live_service.env(), "401"),
        (("reconcile", "--api-key", "frk_nope_nope"), live_service.env(), "401"),
        (("submit", article), live_service.env(FACTRECON_API_KEY=reader), "403"),
    ]
    for args, env, status in cases:
        result = run_cli(*args, env=env)
        assert result.returncode == 1, (args, result)
        assert len(result.stderr.splitlines()) == 1, (args, result.stderr)
        assert status in result.stderr and "Traceback" not in result.stderr, (args, result.stderr)
    hint = run_cli("reconcile", env=live_service.env()).stderr
    assert "--api-key" in hint and "FACTRECON_API_KEY" in hint
    # A key that may submit but not read: --wait cannot poll, yet each accepted article is still named once.
    submitter = live_service.create_key("submit")
    waited = run_cli("submit", article, "--wait", env=live_service.env(FACTRECON_API_KEY=submitter))
    assert waited.returncode == 1
    assert len(waited.stdout.splitlines()) == 1 and waited.stdout.startswith(f"{article}\tart_"), waited.stdout
    assert len(waited.stderr.splitlines()) == 1 and "403" in waited.stderr, waited.stderr
