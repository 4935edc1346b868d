"""What the pages read, through the real API, Redis and Celery worker: each value's sentence, the article
list with its filters and cursor, and CSV by content negotiation (406 otherwise)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import ROOT, wait_for_status

pytestmark = pytest.mark.integration

EXAMPLES = sorted((ROOT / "examples").glob("ostrava-*.json"))


@pytest.fixture
def ostrava(client, worker) -> dict:  # type: ignore[no-untyped-def]
    ids = []
    for path in EXAMPLES:
        response = client.post("/v1/articles", json=json.loads(path.read_text()))
        assert response.status_code == 202
        ids.append(response.get_json()["id"])
    for article_id in ids:
        assert wait_for_status(client, article_id)["status"] == "done"
    events = client.get("/v1/reconciliation?location=Ostrava").get_json()["events"]
    assert len(events) == 1
    return {"ids": ids, "event": events[0]}


def _all_values(event: dict) -> list[dict]:
    figures = [*event["figures"], *(f for i in event["incidents"] for f in i["figures"])]
    return [v for f in figures for v in (*f["values"], *f["other_values"])]


def test_every_value_carries_its_sentence_and_the_quote_sits_in_it(client, ostrava) -> None:
    event = client.get(f"/v1/events/{ostrava['event']['id']}").get_json()
    values = _all_values(event)
    assert values
    for value in values:
        article = client.get(f"/v1/articles/{value['article_id']}").get_json()
        source = article[value["field"]]
        assert source[value["start"] : value["end"]] == value["quote"]
        assert source[value["sentence_start"] : value["sentence_end"]] == value["sentence"]
        offset = value["start"] - value["sentence_start"]
        assert value["sentence"][offset : offset + len(value["quote"])] == value["quote"]
        assert value["sentence"] != value["quote"], "a sentence, not the bare figure"
    killed = next(f for f in event["figures"] if f["metric"] == "killed")
    morning = next(v for v in killed["values"] if v["source"] == "Morning Ledger")
    assert morning["sentence"].startswith("An explosion tore through a chemical plant in Ostrava")
    claims = client.get(f"/v1/articles/{morning['article_id']}").get_json()["claims"]
    claim = next(c for c in claims if c["id"] == morning["claim_id"])
    assert (claim["sentence_start"], claim["sentence_end"]) == (morning["sentence_start"], morning["sentence_end"])
    timeline = client.get(f"/v1/events/{event['id']}/timeline").get_json()
    assert all(v["sentence"] for s in timeline["series"] for v in s["values"])


def test_event_and_reconciliation_as_csv(client, ostrava) -> None:
    event = client.get(f"/v1/events/{ostrava['event']['id']}").get_json()
    response = client.get(f"/v1/events/{event['id']}", headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    event_rows = [r for r in rows if r["scope"] == "event" and r["kind"] == "value"]
    headline = [(r["metric"], r["source"], int(r["value"])) for r in event_rows]
    expected = [(f["metric"], v["source"], v["value"]) for f in event["figures"] for v in f["values"]]
    assert headline == expected
    assert all(r["event_id"] == event["id"] and r["sentence"] for r in rows)

    listing = client.get("/v1/reconciliation?location=Ostrava", headers={"Accept": "text/csv, application/json;q=0.5"})
    assert listing.mimetype == "text/csv"
    assert {r["event_id"] for r in csv.DictReader(io.StringIO(listing.get_data(as_text=True)))} == {event["id"]}
    assert client.get("/v1/reconciliation", headers={"Accept": "application/json"}).mimetype == "application/json"
    assert client.get("/v1/reconciliation", headers={"Accept": "*/*"}).mimetype == "application/json"


def test_unsupported_accept_is_406_problem(client) -> None:
    for path in ("/v1/reconciliation", "/v1/events/evt_missing"):
        response = client.get(path, headers={"Accept": "application/xml"})
        assert response.status_code == 406, path
        assert response.mimetype == "application/problem+json"
        assert response.get_json()["type"] == "urn:factrecon:problem:not-acceptable"


def test_csv_next_page_is_in_the_link_header(client, ostrava) -> None:
    extra = {"source": "Valley Courier", "text": "Nine people were injured when a footbridge collapsed in Utrecht "
             "on Saturday, the fire brigade said.", "published_at": "2025-05-03"}  # fmt: skip
    article_id = client.post("/v1/articles", json=extra).get_json()["id"]
    assert wait_for_status(client, article_id)["status"] == "done"
    every = [e["id"] for e in client.get("/v1/reconciliation?limit=100").get_json()["events"]]
    assert len(every) >= 2
    seen: list[str] = []
    url: str | None = "/v1/reconciliation?limit=1"
    while url is not None:
        response = client.get(url, headers={"Accept": "text/csv"})
        page = {r["event_id"] for r in csv.DictReader(io.StringIO(response.get_data(as_text=True)))}
        assert len(page) == 1
        seen.extend(page)
        link = response.headers.get("Link")
        if link is not None:
            assert link.endswith('>; rel="next"') and "cursor=" in link and "limit=1" in link
        url = link[1 : link.index(">")] if link else None
    assert seen == every


def test_article_list_filters_and_pages(client, ostrava) -> None:
    ids = ostrava["ids"]
    listed = client.get("/v1/articles").get_json()
    assert [a["id"] for a in listed["articles"]] == ids[::-1], "newest submission first"
    assert listed["next_cursor"] is None
    assert all(a["status"] == "done" for a in listed["articles"])

    pages, cursor = [], None
    while True:
        body = client.get("/v1/articles?limit=2" + (f"&cursor={cursor}" if cursor else "")).get_json()
        pages.append([a["id"] for a in body["articles"]])
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages == [ids[::-1][:2], ids[::-1][2:]]

    by_source = client.get("/v1/articles?source=morning ledger").get_json()["articles"]
    assert [a["source"] for a in by_source] == ["Morning Ledger"]
    searched = client.get("/v1/articles?q=ostrava").get_json()["articles"]
    assert len(searched) == 3
    assert client.get("/v1/articles?q=no-such-word-anywhere").get_json()["articles"] == []
    assert client.get("/v1/articles?status=failed").get_json()["articles"] == []
    assert client.get("/v1/articles?since=2099-01-01").get_json()["articles"] == []
    assert len(client.get("/v1/articles?since=2000-01-01").get_json()["articles"]) == 3


@pytest.mark.parametrize(
    "query", ["status=bogus", "cursor=%21%21", "cursor=AAAA", "limit=0", "since=yesterday", "q=", "source=" + "x" * 201]
)
def test_article_list_refuses_bad_filters(client, query: str) -> None:
    response = client.get(f"/v1/articles?{query}")
    assert response.status_code == 422, (query, response.get_json())
    assert response.mimetype == "application/problem+json"
