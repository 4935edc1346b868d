"""Webhooks end to end: a real HTTP receiver on 127.0.0.1, the real API, Redis and Celery workers.

The session `worker` fixture processes articles (queue test.extract); this module starts its own worker on
the webhook queue (test.webhooks) with the allow-list set to 127.0.0.1 and small backoff settings, so the
receiver on loopback is reachable and retries take fractions of a second.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import itertools
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from settings import Settings
from store.repository import RedisStore
from store.webhooks import DeliveryRecord, WebhookRecord, WebhookRepo
from tests.conftest import ROOT, stop_worker, wait_for_status, worker_env
from usecases.webhook_http import SendResult
from usecases.webhook_signing import AllowList, Target, refusal_reason, sign
from usecases.webhooks import WebhookSettings, attempt_delivery

pytestmark = pytest.mark.integration

PROBLEM = "application/problem+json"
WEBHOOK_ENV = {
    "FACTRECON_WEBHOOK_ALLOW": "127.0.0.1",
    "FACTRECON_WEBHOOK_BACKOFF_BASE": "0.2",
    "FACTRECON_WEBHOOK_BACKOFF_MAX": "1",
    "FACTRECON_WEBHOOK_MAX_ATTEMPTS": "4",
    "FACTRECON_WEBHOOK_TIMEOUT": "3",
}


# --- an independent Standard Webhooks verifier (stdlib only, written from the spec) ---------------------


def verify_standard_webhook(secret: str, headers: dict[str, str], body: bytes, tolerance: int = 300) -> dict:
    msg_id = headers["webhook-id"]
    timestamp = headers["webhook-timestamp"]
    if abs(time.time() - int(timestamp)) > tolerance:
        raise ValueError("timestamp outside tolerance")
    key = base64.b64decode(secret.split("_", 1)[1])
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for candidate in headers["webhook-signature"].split(" "):
        version, _, signature = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(signature, expected):
            return dict(json.loads(body))
    raise ValueError("no valid signature")


# --- the test receiver ------------------------------------------------------------------------------------


class Receiver:
    """An HTTP server on 127.0.0.1 recording every request; `plan[path]` lists the statuses to answer in
    turn (the last one repeats), 200 by default; a 302 points at /elsewhere."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.plan: dict[str, list[int]] = {}
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with receiver.lock:
                    receiver.requests.append({
                        "path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": body, "at": time.monotonic(),
                    })  # fmt: skip
                    statuses = receiver.plan.get(self.path, [200])
                    status = statuses.pop(0) if len(statuses) > 1 else statuses[0]
                self.send_response(status)
                if status == 302:
                    self.send_header("Location", "/elsewhere")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def received(self, path: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.requests if r["path"] == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


@pytest.fixture(scope="module")
def webhook_worker(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    log_path = tmp_path_factory.mktemp("webhook-worker") / "worker.log"
    command = [
        sys.executable, "-m", "celery", "-A", "workers.celery_app:app", "worker",
        "--pool", "prefork", "--concurrency", "2", "--loglevel", "INFO",
        "-Q", f"{settings.key_prefix}.webhooks", "--hostname", "wh@%h", "--without-gossip", "--without-mingle",
    ]  # fmt: skip
    env = {**worker_env(settings), **WEBHOOK_ENV}
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while b"ready." not in log_path.read_bytes():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"webhook worker did not start:\n{log_path.read_text()}")
        time.sleep(0.2)
    yield log_path
    stop_worker(process)


@pytest.fixture
def allow_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The API process (this test process) checks targets at registration with the same allow-list."""
    monkeypatch.setenv("FACTRECON_WEBHOOK_ALLOW", "127.0.0.1")


def _article(tag: str) -> dict[str, str]:
    return {
        "source": f"Webhook Wire {tag}",
        "title": "Three hurt in Ostrava warehouse fire",
        "text": f"Three people were injured on Monday when a warehouse caught fire in Ostrava, police said. ({tag})",
        "published_at": "2024-03-04",
    }


def _register(client, url: str, events: list[str] | None = None) -> dict[str, Any]:
    response = client.post("/v1/webhooks", json={"url": url, "events": events or ["article.processed"]})
    assert response.status_code == 201, response.get_json()
    return dict(response.get_json())


def _wait(predicate, timeout: float = 30, what: str = "condition") -> Any:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _deliveries(client, webhook_id: str) -> list[dict[str, Any]]:
    response = client.get(f"/v1/webhooks/{webhook_id}/deliveries")
    assert response.status_code == 200
    return list(response.get_json()["deliveries"])


def _finished(client, webhook_id: str, count: int = 1) -> list[dict[str, Any]] | None:
    deliveries = _deliveries(client, webhook_id)
    done = [d for d in deliveries if d["status"] != "pending"]
    return deliveries if len(done) >= count else None


# --- end to end ---------------------------------------------------------------------------------------------


def test_signed_deliveries_verify_independently_and_are_logged(
    client, worker, webhook_worker, receiver, allow_loopback
) -> None:
    created = _register(client, receiver.url("/hook"), ["article.processed", "event.updated"])
    assert created["id"].startswith("wh_") and created["secret"].startswith("whsec_")
    assert set(created["events"]) == {"article.processed", "event.updated"}
    listed = client.get("/v1/webhooks").get_json()["webhooks"]
    assert [w["id"] for w in listed] == [created["id"]] and "secret" not in listed[0]
    assert "secret" not in client.get(f"/v1/webhooks/{created['id']}").get_json()

    submit = client.post("/v1/articles", json=_article("signed"), headers={"X-Request-ID": "req-webhook-1"})
    article_id = submit.get_json()["id"]
    article = wait_for_status(client, article_id)
    assert article["status"] == "done"

    requests = _wait(lambda: len(receiver.received("/hook")) >= 2 and receiver.received("/hook"),
                     what="article.processed and event.updated")
    bodies = [verify_standard_webhook(created["secret"], r["headers"], r["body"]) for r in requests]
    by_type = {b["type"]: b for b in bodies}
    processed = by_type["article.processed"]
    assert processed["data"]["article_id"] == article_id and processed["data"]["status"] == "done"
    assert processed["data"]["claim_count"] == len(article["claims"])
    assert processed["timestamp"]
    event_ids = processed["data"]["event_ids"]
    assert event_ids, "the article states a figure, so it is grouped into an event"
    updated = [b for b in bodies if b["type"] == "event.updated"]
    assert {b["data"]["event_id"] for b in updated} <= set(event_ids)
    # A tampered body or a wrong secret does not verify.
    with pytest.raises(ValueError):
        verify_standard_webhook(created["secret"], requests[0]["headers"], requests[0]["body"] + b" ")

    deliveries = _wait(lambda: _finished(client, created["id"], len(requests)), what="delivery log")
    assert {d["id"] for d in deliveries} == {r["headers"]["webhook-id"] for r in requests}
    for delivery in deliveries:
        assert delivery["status"] == "succeeded" and delivery["attempts"] == 1
        assert delivery["last_status_code"] == 200 and delivery["last_error"] is None
        assert delivery["next_attempt_at"] is None and delivery["created_at"]

    # The API's request id followed the job into the workers and is on their JSON log lines.
    lines = [json.loads(line) for line in webhook_worker.read_text().splitlines() if line.startswith("{")]
    assert any(line.get("request_id") == "req-webhook-1" and "succeeded" in line["message"] for line in lines)


def test_retries_with_backoff_then_succeeds(client, worker, webhook_worker, receiver, allow_loopback) -> None:
    receiver.plan["/flaky"] = [500, 500, 200]
    created = _register(client, receiver.url("/flaky"))
    article_id = client.post("/v1/articles", json=_article("flaky")).get_json()["id"]
    wait_for_status(client, article_id)

    deliveries = _wait(lambda: _finished(client, created["id"]), what="the retried delivery")
    assert deliveries[0]["status"] == "succeeded"
    assert deliveries[0]["attempts"] == 3 and deliveries[0]["last_status_code"] == 200
    attempts = receiver.received("/flaky")
    assert len(attempts) == 3
    assert len({a["headers"]["webhook-id"] for a in attempts}) == 1, "retries keep the message id"
    assert len({a["body"] for a in attempts}) == 1, "and the body"
    for attempt in attempts:
        verify_standard_webhook(created["secret"], attempt["headers"], attempt["body"])
    gaps = [b["at"] - a["at"] for a, b in itertools.pairwise(attempts)]
    # base 0.2 s with equal jitter: the 1st wait is 0.1-0.2 s, the 2nd 0.2-0.4 s (plus task latency).
    assert gaps[0] >= 0.1 and gaps[1] >= 0.2


def test_gives_up_after_max_attempts_and_never_follows_redirects(
    client, worker, webhook_worker, receiver, allow_loopback
) -> None:
    receiver.plan["/moved"] = [302]
    created = _register(client, receiver.url("/moved"))
    article_id = client.post("/v1/articles", json=_article("moved")).get_json()["id"]
    wait_for_status(client, article_id)

    deliveries = _wait(lambda: _finished(client, created["id"]), timeout=40, what="the failed delivery")
    failed = deliveries[0]
    assert failed["status"] == "failed" and failed["attempts"] == 4  # FACTRECON_WEBHOOK_MAX_ATTEMPTS
    assert failed["last_status_code"] == 302 and "redirect" in failed["last_error"]
    assert failed["next_attempt_at"] is None
    assert len(receiver.received("/moved")) == 4
    assert receiver.received("/elsewhere") == []


# --- registration -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8080/hook",
        "http://localhost:8000/hook",
        "http://127.0.0.1:9/hook",
        "http://[::ffff:7f00:1]/hook",
        "http://0.0.0.0/hook",
        "http://224.0.0.1/hook",
        "https://192.168.1.10/hook",
        "http://[fe80::1]/hook",
    ],
)
def test_private_targets_are_refused_with_a_field_error(client, monkeypatch, url) -> None:
    monkeypatch.delenv("FACTRECON_WEBHOOK_ALLOW", raising=False)
    response = client.post("/v1/webhooks", json={"url": url, "events": ["article.processed"]})
    assert response.status_code == 422, response.get_json()
    assert response.content_type == PROBLEM
    problem = response.get_json()
    assert problem["errors"][0]["field"] == "url" and problem["errors"][0]["location"] == "json"
    assert "public" in problem["errors"][0]["message"]
    assert client.get("/v1/webhooks").get_json()["webhooks"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://example.org/x", "events": ["article.processed"]}, "url"),
        ({"url": "not a url", "events": ["article.processed"]}, "url"),
        ({"url": "https://example.org/x", "events": []}, "events"),
        ({"url": "https://example.org/x", "events": ["article.deleted"]}, "events.0"),
        ({"events": ["article.processed"]}, "url"),
    ],
)
def test_invalid_registrations_are_422(client, body, field) -> None:
    response = client.post("/v1/webhooks", json=body)
    assert response.status_code == 422 and response.content_type == PROBLEM
    assert field in {e["field"] for e in response.get_json()["errors"]}


def test_allow_list_admits_named_networks(client, monkeypatch) -> None:
    monkeypatch.setenv("FACTRECON_WEBHOOK_ALLOW", "10.0.0.0/8, localhost")
    for url in ("http://10.1.2.3/h", "http://localhost:8080/h"):
        response = client.post("/v1/webhooks", json={"url": url, "events": ["event.updated"]})
        assert response.status_code == 201, url
    refused = client.post("/v1/webhooks", json={"url": "http://192.168.0.1/h", "events": ["event.updated"]})
    assert refused.status_code == 422


def test_get_and_delete(client, allow_loopback) -> None:
    created = _register(client, "http://127.0.0.1:9/hook")
    assert client.get(f"/v1/webhooks/{created['id']}").status_code == 200
    assert client.delete(f"/v1/webhooks/{created['id']}").status_code == 204
    for response in (
        client.get(f"/v1/webhooks/{created['id']}"),
        client.delete(f"/v1/webhooks/{created['id']}"),
        client.get(f"/v1/webhooks/{created['id']}/deliveries"),
    ):
        assert response.status_code == 404 and response.content_type == PROBLEM
    assert client.get(f"/v1/webhooks/{created['id']}/deliveries?limit=0").status_code in (404, 422)


# --- send-time checks, with a stubbed resolver and sender (DNS rebinding) ----------------------------------


def test_target_that_rebinds_to_a_private_address_is_refused_at_send_time(settings, clean_redis) -> None:
    store = RedisStore.from_url(settings.effective_redis_url(), settings.key_prefix)
    repo = WebhookRepo(store.r, store.keys)
    repo.create(WebhookRecord("wh_rebind", "https://hooks.example.org/in", ["article.processed"], "whsec_" + "A" * 32))
    repo.create_delivery(DeliveryRecord("msg_rebind", "wh_rebind", "article.processed", '{"type":"x"}'))
    sent: list[Target] = []

    def send(target: Target, body: bytes, headers: dict[str, str], timeout: float) -> SendResult:
        sent.append(target)
        return SendResult(200, None)

    # Registration saw a public address; at send time the name now points at the metadata service.
    delay = attempt_delivery(repo, WebhookSettings(), "msg_rebind", 1, send=send,
                             resolver=lambda host, port: ["169.254.169.254"])
    assert delay is None and sent == []
    delivery = repo.get_delivery("msg_rebind")
    assert delivery is not None and delivery.status == "failed" and "link-local" in (delivery.last_error or "")

    # A public address is sent to, pinned: the connection goes to the vetted address only.
    repo.create_delivery(DeliveryRecord("msg_public", "wh_rebind", "article.processed", '{"type":"x"}'))
    assert attempt_delivery(repo, WebhookSettings(), "msg_public", 1, send=send,
                            resolver=lambda host, port: ["93.184.216.34"]) is None
    assert sent[0].addresses == ("93.184.216.34",) and sent[0].host == "hooks.example.org"
    # A duplicate of an attempt already made does nothing.
    assert attempt_delivery(repo, WebhookSettings(), "msg_public", 1, send=send,
                            resolver=lambda host, port: ["93.184.216.34"]) is None
    assert len(sent) == 1


def test_signature_matches_the_standard_webhooks_test_vector() -> None:
    # The example from the Standard Webhooks reference implementations.
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    assert sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}') == (
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    )


def test_address_classification_and_allow_list() -> None:
    for address in ("::ffff:10.0.0.1", "::ffff:127.0.0.1", "100.64.0.1", "::", "ff02::1", "fc00::1", "240.0.0.1"):
        assert refusal_reason(ipaddress.ip_address(address)), address
    for address in ("93.184.216.34", "2606:4700::1111", "::ffff:93.184.216.34"):
        assert refusal_reason(ipaddress.ip_address(address)) is None, address

    allow = AllowList.parse(" 127.0.0.1 , 10.0.0.0/8,hooks.internal., [fd00::1] ")
    assert allow.allows_host("HOOKS.internal")
    assert allow.allows_address(ipaddress.ip_address("10.9.9.9"))
    assert allow.allows_address(ipaddress.ip_address("fd00::1"))
    assert not allow.allows_address(ipaddress.ip_address("11.0.0.1"))
