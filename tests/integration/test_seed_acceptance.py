"""Acceptance: the five Ganja seed articles through the API and a real worker give the card's figures.

Reads ../shared/seeds/ (never copied into the repo); skipped where that folder is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED, wait_for_status

SEEDS = SHARED / "seeds"

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present"),
]


def _seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def _submit_all(client) -> dict[str, str]:
    ids: dict[str, str] = {}
    for path in _seed_files():
        response = client.post("/v1/articles", json={"text": path.read_text(encoding="utf-8"), "source": path.name})
        assert response.status_code == 202, response.get_json()
        ids[path.name] = response.get_json()["id"]
    for article_id in ids.values():
        assert wait_for_status(client, article_id)["status"] == "done"
    return ids


def _ganja_event(client) -> dict:
    events = client.get("/v1/reconciliation?limit=100").get_json()["events"]
    ganja = [e for e in events if "ganja" in (e["location"] or "").lower()]
    assert len(ganja) == 1, [(e["label"], e["location"]) for e in events]
    return ganja[0]


def _figure(event: dict, metric: str) -> dict:
    (figure,) = [f for f in event["figures"] if f["metric"] == metric]
    return figure


def _by_source(figure: dict) -> dict[str, dict]:
    values = {v["source"]: v for v in figure["values"]}
    assert len(values) == len(figure["values"]), "one value per article"
    return values


def test_ganja_event_matches_the_card(client, worker) -> None:
    names = [p.name for p in _seed_files()]
    assert len(names) == 5
    _submit_all(client)
    event = _ganja_event(client)
    assert event["article_count"] == 5

    killed = _by_source(_figure(event, "killed"))
    assert [killed[n]["value"] for n in names] == [1, 1, 1, 1, 9]
    spread = _figure(event, "killed")["spread"]
    assert (spread["min"], spread["max"]) == (1, 9)

    wounded_figure = _figure(event, "wounded")
    wounded = _by_source(wounded_figure)
    assert [wounded[n]["value"] for n in names] == [4, 32, 4, 4, 34]
    assert wounded[names[0]]["qualifier"] == "at_least"
    assert (wounded[names[0]]["low"], wounded[names[0]]["high"]) == (4, None)
    assert wounded[names[4]]["qualifier"] == "up_to"
    assert (wounded[names[4]]["low"], wounded[names[4]]["high"]) == (None, 34)
    assert (wounded_figure["spread"]["min"], wounded_figure["spread"]["max"]) == (4, 34)
    assert wounded_figure["spread"]["distinct"] == [4, 32, 34]

    # Two incidents: the strikes of 4 and 11 October 2020.
    dates = sorted(i["date"] for i in event["incidents"] if i["date"])
    assert dates == ["2020-10-04", "2020-10-11"]
    assert killed[names[4]]["incident_date"] == "2020-10-11"

    # The notes explain that the 9 killed / 34 wounded are about another strike date.
    notes = " ".join(_figure(event, "killed")["notes"] + wounded_figure["notes"])
    assert "11 October" in notes or "2020-10-11" in notes
    codes = {r["code"] for f in event["figures"] for r in f["reasons"]}
    assert "different_incidents" in codes
    assert "lower_bound" in codes


def test_other_places_and_background_stay_out_of_ganja(client, worker) -> None:
    ids = _submit_all(client)
    event = _ganja_event(client)
    in_ganja = {cid for f in event["figures"] for v in f["values"] + f["other_values"] for cid in v["claim_ids"]}
    foreign = []
    for article_id in ids.values():
        for claim in client.get(f"/v1/articles/{article_id}").get_json()["claims"]:
            elsewhere = claim["location"] and "beylagan" in claim["location"].lower()
            if elsewhere or claim["value"] in (51, 240, 30000) or claim["role"] == "background":
                foreign.append(claim)
    values = {c["value"] for c in foreign}
    assert {2, 51, 30000} <= values, "Beylagan's 2, the 51 fighters and the 30,000 were extracted"
    assert not [c for c in foreign if c["id"] in in_ganja], "none of them is in the Ganja event"
    beylagan = [
        e for e in client.get("/v1/reconciliation?limit=100").get_json()["events"]
        if "beylagan" in (e["location"] or "").lower()
    ]
    assert beylagan and beylagan[0]["id"] != event["id"]


def test_reprocessing_and_resubmission_do_not_double_count(client, worker) -> None:
    ids = _submit_all(client)
    before = _ganja_event(client)
    for path in _seed_files():
        again = client.post("/v1/articles", json={"text": path.read_text(encoding="utf-8"), "source": path.name})
        assert again.get_json() == {"id": ids[path.name], "status": "done", "duplicate": True}
    after = _ganja_event(client)
    assert after["id"] == before["id"]
    assert after["figures"] == before["figures"]
