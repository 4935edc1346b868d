"""Articles through the real API, Redis and Celery worker: extraction, grouping, deletion, failure."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, wait_for_status

pytestmark = pytest.mark.integration

EXAMPLES = sorted((ROOT / "examples").glob("ostrava-*.json"))


def _submit_examples(client) -> list[str]:
    ids = []
    for path in EXAMPLES:
        response = client.post("/v1/articles", json=json.loads(path.read_text()))
        assert response.status_code == 202
        ids.append(response.get_json()["id"])
    for article_id in ids:
        assert wait_for_status(client, article_id)["status"] == "done"
    return ids


def _event_for(client, place: str) -> dict:
    events = client.get(f"/v1/reconciliation?location={place}").get_json()["events"]
    assert len(events) == 1, [e["label"] for e in events]
    return events[0]


def test_claims_carry_every_field_and_exact_quotes(client, worker) -> None:
    path = EXAMPLES[0]
    payload = json.loads(path.read_text())
    article_id = client.post("/v1/articles", json=payload).get_json()["id"]
    article = wait_for_status(client, article_id)
    assert article["status"] == "done" and article["error"] is None
    claims = article["claims"]
    assert claims, "the example states figures"
    for claim in claims:
        source = payload[claim["field"]]
        assert source[claim["start"] : claim["end"]] == claim["quote"]
        assert claim["article_id"] == article_id
        assert claim["id"].startswith(article_id)
    killed = [c for c in claims if c["metric"] == "killed" and c["role"] == "total"]
    assert any(c["value"] == 3 and c["qualifier"] == "at_least" and c["low"] == 3 for c in killed)


def test_reports_of_one_event_are_reconciled(client, worker) -> None:
    _submit_examples(client)
    event = _event_for(client, "Ostrava")
    assert event["article_count"] == 3
    killed = {v["source"]: v["value"] for v in next(f for f in event["figures"] if f["metric"] == "killed")["values"]}
    assert killed == {"Morning Ledger": 3, "City Wire": 5, "Northern Herald": 4}
    # Brno's separate fire is its own event, not part of Ostrava's figures.
    assert all(
        "brno" not in (e["location"] or "").lower() or e["id"] != event["id"]
        for e in client.get("/v1/reconciliation").get_json()["events"]
    )
    assert client.get(f"/v1/events/{event['id']}").get_json()["id"] == event["id"]
    timeline = client.get(f"/v1/events/{event['id']}/timeline").get_json()
    (killed_series,) = [s for s in timeline["series"] if s["metric"] == "killed"]
    published = [v["published_at"] for v in killed_series["values"]]
    assert published == sorted(published), "every figure, in publication order"
    sources = list(dict.fromkeys(v["source"] for v in killed_series["values"]))
    assert sources == ["Morning Ledger", "City Wire", "Northern Herald"]
    headline_ids = {
        cid for v in next(f for f in event["figures"] if f["metric"] == "killed")["values"] for cid in v["claim_ids"]
    }
    assert [v["value"] for v in killed_series["values"] if set(v["claim_ids"]) & headline_ids] == [3, 5, 4]


def test_event_id_is_stable_and_delete_removes_claims(client, worker) -> None:
    first, second, third = _submit_examples(client)
    event = _event_for(client, "Ostrava")
    assert client.delete(f"/v1/articles/{second}").status_code == 204
    assert client.get(f"/v1/articles/{second}").status_code == 404
    after = _event_for(client, "Ostrava")
    assert after["id"] == event["id"]
    assert after["article_count"] == 2
    article_ids = {v["article_id"] for f in after["figures"] for v in f["values"] + f["other_values"]}
    assert second not in article_ids and {first, third} <= article_ids


def test_reconciliation_paginates_with_cursor(client, worker) -> None:
    places = ["Lyon", "Porto", "Gdansk", "Leipzig", "Bergen"]
    ids = []
    for n, place in enumerate(places, start=1):
        text = f"Fire crews said {n + 1} people were injured in a warehouse fire in {place} on March {n}, 2024."
        body = {"text": text, "source": f"Desk {n}", "published_at": f"2024-03-0{n}"}
        ids.append(client.post("/v1/articles", json=body).get_json()["id"])
    for article_id in ids:
        wait_for_status(client, article_id)
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        query = "limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = client.get(f"/v1/reconciliation?{query}").get_json()
        assert len(page["events"]) <= 2
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 5
    starts = [client.get(f"/v1/events/{i}").get_json()["start_date"] for i in seen]
    assert starts == sorted(starts, reverse=True)


def test_unsupported_language_is_done_with_a_warning_and_no_claims(client, worker) -> None:
    """A language without a lexicon (Esperanto here: Georgian, the example until round 25, Lao, until round 38, and
    Mongolian, until round 42, have one now) ends done with the warning and no claims."""
    text = (
        "Tri homoj mortis kaj kvin estis vunditaj en la atako kontraŭ la urbo, diris la polico. Ĝi okazis en la "
        "ĉefurbo."
    )
    article_id = client.post("/v1/articles", json={"text": text, "source": "Diario"}).get_json()["id"]
    article = wait_for_status(client, article_id)
    assert article["status"] == "done"
    assert article["claims"] == []
    assert "unsupported_language" in article["warnings"]


def test_an_article_in_another_supported_language_gets_claims(client, worker) -> None:
    """A Spanish report goes through the same worker and comes back with claims quoted in Spanish."""
    text = (
        "Al menos tres personas murieron y otras doce resultaron heridas en una explosión en una fábrica, "
        "informaron los bomberos el lunes por la mañana."
    )
    body = {"text": text, "source": "Diario", "language": "es"}
    article_id = client.post("/v1/articles", json=body).get_json()["id"]
    article = wait_for_status(client, article_id)
    assert article["status"] == "done"
    assert "unsupported_language" not in article["warnings"]
    got = {(c["metric"], c["value"]) for c in article["claims"]}
    assert got == {("killed", 3), ("wounded", 12)}
    assert all(text[c["start"] : c["end"]] == c["quote"] for c in article["claims"])


def test_permanent_failure_marks_the_article_failed_with_reason(settings, clean_redis, monkeypatch) -> None:
    """A bug in extraction (simulated) is permanent: the article ends failed with the reason, not retried."""
    import usecases.processing as processing
    from store.repository import RedisStore
    from usecases.articles import SubmitArticle, submit_article
    from workers import tasks

    store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    done = submit_article(store, lambda _id: None, SubmitArticle(source="s", text="Two were hurt."))

    def broken(_article):  # type: ignore[no-untyped-def]
        raise ValueError("unreadable")

    monkeypatch.setattr(processing, "extract", broken)
    monkeypatch.setattr(tasks, "_store", store)
    monkeypatch.setattr(tasks, "_settings", lambda: settings)
    assert tasks.process_article_task.run(done.id) == "failed"
    record = store.get_article(done.id)
    assert record.status.value == "failed"
    assert record.error and "unreadable" in record.error
    assert not store.stale_pending(-1), "a failed article is no longer pending"


def test_processing_twice_is_idempotent(settings, clean_redis) -> None:
    """A redelivered task (worker lost after finishing) must not duplicate claims or memberships."""
    from store.repository import RedisStore
    from usecases.articles import SubmitArticle, submit_article
    from usecases.processing import Outcome, process_article

    store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    text = "Four people were injured in a fire in Porto on Tuesday, firefighters said."
    done = submit_article(store, lambda _id: None, SubmitArticle(source="s", text=text))
    assert process_article(store, settings, done.id) is Outcome.DONE
    first = store.get_article(done.id)
    events_before = store.load_event_dicts(store.event_ids_of_article(done.id))
    # Simulate the redelivery of a task whose worker died after grouping but before the ack.
    store.set_status(done.id, first.status.__class__("processing"))
    assert process_article(store, settings, done.id) is Outcome.DONE
    assert store.get_article(done.id).claims == first.claims
    assert store.load_event_dicts(store.event_ids_of_article(done.id)) == events_before


def test_deleting_an_article_while_it_is_processed_leaves_no_trace(settings, clean_redis) -> None:
    """DELETE can land between extraction and grouping; the worker's later writes must not resurrect a
    partial article (which would make GET fail) nor add it to an event."""
    from store.repository import RedisStore
    from usecases.articles import SubmitArticle, submit_article
    from usecases.grouping import ungroup_article
    from usecases.processing import process_article

    store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    text = "Five people were injured in a fire in Porto on Tuesday, firefighters said."
    done = submit_article(store, lambda _id: None, SubmitArticle(source="s", text=text))
    real_start = store.start_processing

    def start_then_delete(article_id: str, *budget):  # type: ignore[no-untyped-def]
        record = real_start(article_id, *budget)
        ungroup_article(store, article_id)  # the DELETE arrives right after the worker picked the article up
        return record

    store.start_processing = start_then_delete  # type: ignore[method-assign]
    process_article(store, settings, done.id)
    assert not store.exists(done.id)
    assert not list(clean_redis.scan_iter(f"{settings.key_prefix}:event:*"))
    assert store.count_by_status() == {"queued": 0, "processing": 0, "done": 0, "failed": 0}
