"""API keys and scopes, Idempotency-Key, body limits and rate limits against the real service and Redis."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import replace

import pytest

from service.app import create_app
from tests.conftest import ROOT

PROBLEM = "application/problem+json"
ARTICLE = {"source": "Harbour Post", "text": "Three people were hurt when a crane fell in the port, police said."}


@pytest.fixture
def secure_settings(settings, clean_redis):
    # Keys looked up in Redis on every request: a revocation by another process (the CLI) is immediate.
    return replace(settings, auth=True, api_key_cache_seconds=0)


@pytest.fixture
def secure_app(secure_settings):
    return create_app({"TESTING": True, "FACTRECON_SETTINGS": secure_settings, "FACTRECON_PUBLISH": lambda _id: None})


def _cli(settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REDIS_URL": settings.effective_redis_url(), "FACTRECON_KEY_PREFIX": settings.key_prefix}
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def _new_key(settings, *scopes: str) -> str:
    result = _cli(settings, "keys", "create", *[a for s in scopes for a in ("--scope", s)])
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip().splitlines()[-1]
    assert key.startswith("frk_")
    return key


def test_requests_without_a_valid_key_get_401(secure_app) -> None:
    client = secure_app.test_client()
    for response in (
        client.get("/v1/reconciliation"),
        client.post("/v1/articles", json={"garbage": True}),  # auth is checked before validation
        client.get("/v1/reconciliation", headers={"Authorization": "Bearer frk_abc_not-a-real-key"}),
        client.get("/v1/reconciliation", headers={"X-API-Key": "something-else"}),
    ):
        assert response.status_code == 401
        assert response.content_type == PROBLEM
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.get("/livez").status_code == 200  # probes stay open
    assert client.get("/openapi.json").status_code == 200


def test_scopes_are_enforced_and_keys_can_be_revoked(secure_settings, secure_app) -> None:
    reader = _new_key(secure_settings, "read")
    submitter = _new_key(secure_settings, "submit", "read")
    client = secure_app.test_client()

    assert client.get("/v1/reconciliation", headers={"Authorization": f"Bearer {reader}"}).status_code == 200
    denied = client.post("/v1/articles", json=ARTICLE, headers={"Authorization": f"Bearer {reader}"})
    assert denied.status_code == 403 and denied.content_type == PROBLEM
    accepted = client.post("/v1/articles", json=ARTICLE, headers={"X-API-Key": submitter})
    assert accepted.status_code == 202
    article_id = accepted.get_json()["id"]
    assert client.delete(f"/v1/articles/{article_id}", headers={"X-API-Key": submitter}).status_code == 403

    listing = _cli(secure_settings, "keys", "list")
    assert listing.returncode == 0
    assert "frk_" not in listing.stdout, "secrets are never listed"
    key_id = submitter.split("_")[1]
    assert key_id in listing.stdout
    assert _cli(secure_settings, "keys", "revoke", key_id).returncode == 0
    assert client.get("/v1/reconciliation", headers={"X-API-Key": submitter}).status_code == 401


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_cached_key_revoked_elsewhere_is_refused_once_its_entry_expires(secure_settings, monkeypatch) -> None:
    """FACTRECON_API_KEY_CACHE: an API process trusts a key it looked up for that many seconds; a revocation
    by another process (the CLI here) takes effect there when the entry expires, one in the process at once."""
    from store import apikeys
    from store.cache import TtlCache

    clock = _Clock()
    monkeypatch.setattr(apikeys, "_LOOKUPS", TtlCache(100, clock=clock))
    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": replace(secure_settings, api_key_cache_seconds=5),
                      "FACTRECON_PUBLISH": lambda _id: None})  # fmt: skip
    client = app.test_client()
    key, other = _new_key(secure_settings, "read"), _new_key(secure_settings, "read")
    headers, other_headers = {"X-API-Key": key}, {"X-API-Key": other}
    assert client.get("/v1/reconciliation", headers=headers).status_code == 200
    assert client.get("/v1/reconciliation", headers=other_headers).status_code == 200

    assert _cli(secure_settings, "keys", "revoke", key.split("_")[1]).returncode == 0
    clock.now += 4.9
    assert client.get("/v1/reconciliation", headers=headers).status_code == 200, "still trusted: within 5 s"
    clock.now += 0.2
    assert client.get("/v1/reconciliation", headers=headers).status_code == 401, "expired: looked up, revoked"

    redis_client = clean_redis_client(secure_settings)
    try:
        apikeys.ApiKeyStore(redis_client, _keys(secure_settings)).revoke(other.split("_")[1])
    finally:
        redis_client.close()
    assert client.get("/v1/reconciliation", headers=other_headers).status_code == 401, "revoked here: at once"


def clean_redis_client(settings):  # type: ignore[no-untyped-def]
    import redis

    return redis.Redis.from_url(settings.effective_redis_url(), decode_responses=True)


def _keys(settings):  # type: ignore[no-untyped-def]
    from store.keys import Keys

    return Keys(settings.key_prefix)


def test_keys_are_stored_only_as_hashes(secure_settings, clean_redis) -> None:
    key = _new_key(secure_settings, "read")
    secret = key.split("_", 2)[2]
    for redis_key in clean_redis.scan_iter(f"{secure_settings.key_prefix}:apikey*"):
        dump = str(clean_redis.hgetall(redis_key))
        assert secret not in dump and key not in dump


def test_idempotency_key_replays_conflicts_and_mismatches(settings, clean_redis) -> None:
    gate = threading.Event()
    release = threading.Event()

    def slow_publish(_article_id: str) -> None:
        gate.set()
        release.wait(10)

    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings, "FACTRECON_PUBLISH": slow_publish})
    headers = {"Idempotency-Key": "order-42"}
    results: dict[str, object] = {}

    def first_request() -> None:
        with app.test_client() as c:
            results["first"] = c.post("/v1/articles", json=ARTICLE, headers=headers)

    thread = threading.Thread(target=first_request)
    thread.start()
    assert gate.wait(10)
    client = app.test_client()
    in_flight = client.post("/v1/articles", json=ARTICLE, headers=headers)
    assert in_flight.status_code == 409 and in_flight.content_type == PROBLEM
    release.set()
    thread.join(10)

    first = results["first"]
    replay = client.post("/v1/articles", json=ARTICLE, headers=headers)
    assert replay.status_code == first.status_code == 202  # type: ignore[attr-defined]
    assert replay.get_json() == first.get_json()  # type: ignore[attr-defined]
    assert replay.headers["Location"] == first.headers["Location"]  # type: ignore[attr-defined]
    assert replay.headers["Idempotent-Replayed"] == "true"

    other_body = client.post("/v1/articles", json={**ARTICLE, "source": "Other"}, headers=headers)
    assert other_body.status_code == 422 and other_body.content_type == PROBLEM
    assert other_body.get_json()["errors"][0]["field"] == "Idempotency-Key"

    ttl = clean_redis.ttl(next(iter(clean_redis.scan_iter(f"{settings.key_prefix}:idem:*"))))
    assert 23 * 3600 < ttl <= 24 * 3600


def test_idempotency_keys_are_scoped_per_api_key(secure_settings, secure_app) -> None:
    first_key, second_key = _new_key(secure_settings, "submit"), _new_key(secure_settings, "submit")
    client = secure_app.test_client()
    a = client.post("/v1/articles", json=ARTICLE, headers={"X-API-Key": first_key, "Idempotency-Key": "same"})
    b = client.post(
        "/v1/articles",
        json={**ARTICLE, "source": "Elsewhere"},
        headers={"X-API-Key": second_key, "Idempotency-Key": "same"},
    )
    assert a.status_code == b.status_code == 202
    assert a.get_json()["id"] != b.get_json()["id"]
    assert "Idempotent-Replayed" not in b.headers


def test_a_request_that_fails_validation_does_not_use_up_its_key(settings, clean_redis) -> None:
    """As Stripe does: no result is saved when the parameters fail validation, so the fixed request may
    reuse the key."""
    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings, "FACTRECON_PUBLISH": lambda _id: None})
    client = app.test_client()
    bad = client.post("/v1/articles", json={"source": "x"}, headers={"Idempotency-Key": "k1"})
    assert bad.status_code == 422 and "Idempotent-Replayed" not in bad.headers
    fixed = client.post("/v1/articles", json=ARTICLE, headers={"Idempotency-Key": "k1"})
    assert fixed.status_code == 202
    assert client.post("/v1/articles", json=ARTICLE, headers={"Idempotency-Key": "k1"}).headers[
        "Idempotent-Replayed"
    ] == "true"


def test_a_key_used_with_another_body_stores_nothing_for_it(settings, clean_redis) -> None:
    """POST /v1/articles claims its Idempotency-Key in the article's own write: a request whose key is held
    (in flight or done) with another body is refused without storing or queueing its article."""
    published: list[str] = []
    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings, "FACTRECON_PUBLISH": published.append})
    client = app.test_client()
    first = client.post("/v1/articles", json=ARTICLE, headers={"Idempotency-Key": "k2"})
    assert first.status_code == 202 and published == [first.get_json()["id"]]
    other = {**ARTICLE, "text": "Five people were hurt when a second crane fell in the port, police said."}
    refused = client.post("/v1/articles", json=other, headers={"Idempotency-Key": "k2"})
    assert refused.status_code == 422 and refused.get_json()["errors"][0]["field"] == "Idempotency-Key"
    assert published == [first.get_json()["id"]]
    listed = client.get("/v1/articles").get_json()["articles"]
    assert [a["id"] for a in listed] == [first.get_json()["id"]]
    fresh = client.post("/v1/articles", json=other, headers={"Idempotency-Key": "k3"})
    assert fresh.status_code == 202 and fresh.get_json()["duplicate"] is False


def test_body_and_text_limits(settings, clean_redis) -> None:
    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": replace(settings, max_body_bytes=2048),
                      "FACTRECON_PUBLISH": lambda _id: None})
    client = app.test_client()
    too_big = client.post("/v1/articles", json={**ARTICLE, "text": "word " * 2000})
    assert too_big.status_code == 413 and too_big.content_type == PROBLEM
    huge_text = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings}).test_client().post(
        "/v1/articles", json={**ARTICLE, "text": "x" * 200_001}
    )
    assert huge_text.status_code == 422
    assert huge_text.get_json()["errors"][0]["field"] == "text"


def test_rate_limits_send_headers_and_429_with_retry_after(settings, clean_redis) -> None:
    limited = replace(settings, rate_limit="5/minute", submit_rate_limit="3/minute")
    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": limited, "FACTRECON_PUBLISH": lambda _id: None})
    client = app.test_client()
    first = client.get("/v1/reconciliation")
    assert first.headers["RateLimit-Limit"] == "5"
    assert first.headers["RateLimit-Remaining"] == "4"
    assert 0 <= int(first.headers["RateLimit-Reset"]) <= 61, "delta seconds (window + rounding), not an epoch"
    assert "Retry-After" not in first.headers
    statuses = [client.post("/v1/articles", json={**ARTICLE, "source": f"s{i}"}).status_code for i in range(4)]
    assert statuses == [202, 202, 202, 429]
    blocked = client.post("/v1/articles", json=ARTICLE)
    assert blocked.status_code == 429 and blocked.content_type == PROBLEM
    assert int(blocked.headers["Retry-After"]) > 0
    assert client.get("/livez").status_code == 200  # probes are exempt


def test_rate_limiting_fails_open_when_redis_is_down(settings) -> None:
    down = replace(settings, redis_url="redis://127.0.0.1:1/0")
    client = create_app({"TESTING": True, "FACTRECON_SETTINGS": down}).test_client()
    response = client.get("/v1/reconciliation")
    assert response.status_code == 503  # from the store, not from the limiter
    assert response.content_type == PROBLEM


def test_webhook_management_needs_the_admin_scope(secure_settings, secure_app) -> None:
    client = secure_app.test_client()
    worker_key = _new_key(secure_settings, "submit", "read")
    admin_key = _new_key(secure_settings, "admin")
    hook = {"url": "https://hooks.example.org/factrecon", "events": ["article.processed"]}
    assert client.get("/v1/webhooks").status_code == 401
    denied = client.post("/v1/webhooks", json=hook, headers={"X-API-Key": worker_key})
    assert denied.status_code == 403 and denied.content_type == PROBLEM
    assert client.get("/v1/webhooks", headers={"X-API-Key": admin_key}).status_code == 200
