"""The HTTP server itself, as `factrecon up` runs it (gunicorn with our worker class and limits), with auth on:
requests it refuses before the app sees them, and the app's own lower limits, are all problem+json.

Raw sockets, because an HTTP client library would refuse to send most of these requests.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
import requests

from service.supervisor import api_command
from store.redis_server import free_port
from tests.conftest import ROOT
from tests.integration.test_security import _new_key

pytestmark = pytest.mark.integration
PROBLEM = "application/problem+json"


@pytest.fixture
def server(settings, clean_redis, tmp_path) -> Iterator[tuple[int, str]]:
    """A real gunicorn on a free port (auth on); yields (port, admin key)."""
    secure = replace(settings, auth=True, port=free_port(), api_workers=1)
    env = {
        **os.environ,
        "REDIS_URL": secure.effective_redis_url(),
        "FACTRECON_KEY_PREFIX": secure.key_prefix,
        "FACTRECON_AUTH": "on",
        "FACTRECON_DATA_DIR": str(tmp_path),
    }
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as out:
        process = subprocess.Popen(api_command(secure), cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if requests.get(f"http://127.0.0.1:{secure.port}/livez", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield secure.port, _new_key(secure, "admin")
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def exchange(port: int, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes, read the whole answer (the server closes or we stop at Content-Length)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        # the server may answer and close before reading everything we send
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(raw)
        data = b""
        while True:
            head, sep, body = data.partition(b"\r\n\r\n")
            if sep:
                length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")[1:]
                               if line.lower().startswith(b"content-length:")), None)
                if length is not None and len(body) >= length:
                    break
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)}
    return status, headers, body


def request(path: str = "/livez", *, method: str = "GET", headers: list[str] = (), body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: localhost", "Connection: close", *headers]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _problem(answer: tuple[int, dict[str, str], bytes], status: int, kind: str) -> dict:
    got, headers, body = answer
    assert got == status, body[:300]
    assert headers["content-type"] == PROBLEM
    document = json.loads(body)
    assert document["status"] == status and document["type"] == f"urn:factrecon:problem:{kind}"
    return document


def test_the_servers_own_refusals_are_problem_json(server) -> None:
    port, _ = server
    # over gunicorn's request-line limit (8190)
    _problem(exchange(port, request("/v1/events/" + "e" * 9000)), 414, "uri-too-long")
    # a header over the field-size limit (16380), and too many headers (over 100)
    _problem(exchange(port, request(headers=["X-Long: " + "v" * 20_000])), 431, "header-fields-too-large")
    _problem(exchange(port, request(headers=[f"X-H{i}: v" for i in range(120)])), 431, "header-fields-too-large")
    # malformed: a bare LF inside the headers, a NUL in a header value, a space in a header name, junk line
    bare_lf = b"GET /livez HTTP/1.1\r\nHost: localhost\nX-A: b\r\n\r\n"
    for raw in (
        bare_lf,
        request(headers=["X-A: a\x00b"]),
        request(headers=["X A: b"]),
        b"\x00\x01\x02 / HTTP/1.1\r\n\r\n",
        b"GET /livez HTTP/9.9\r\nHost: x\r\n\r\n",
    ):
        document = _problem(exchange(port, raw), 400, "bad-request")
        assert "could not be parsed" in document["detail"]


def test_the_apps_own_limits_answer_below_the_servers(server) -> None:
    port, admin = server
    auth = [f"X-API-Key: {admin}"]
    # an id, a cursor and a filter of about 4-8 KB reach the app and get its answer, with a request id
    too_long = _problem(exchange(port, request("/v1/events/" + "e" * 5000, headers=auth)), 414, "uri-too-long")
    assert too_long["request_id"]
    _problem(exchange(port, request("/v1/reconciliation?cursor=" + "A" * 6000, headers=auth)), 414, "uri-too-long")
    _problem(exchange(port, request("/v1/reconciliation?location=" + "*" * 3000, headers=auth)), 422, "validation")
    _problem(exchange(port, request("/v1/events/" + "e" * 300, headers=auth)), 404, "not-found")
    _problem(exchange(port, request("/v1/articles/" + "a" * 129, headers=auth)), 404, "not-found")
    # a 10 KB Idempotency-Key passes the server's header limit; the app refuses it
    body = json.dumps({"source": "S", "text": "Two people were killed."}).encode()
    post = request("/v1/articles", method="POST", body=body,
                   headers=[*auth, "Content-Type: application/json", "Idempotency-Key: " + "k" * 10_000])
    document = _problem(exchange(port, post), 422, "validation")
    assert document["errors"][0]["field"] == "Idempotency-Key"
    # JSON nested 50,000 deep, through the whole stack
    deep = b"[" * 50_000 + b"]" * 50_000
    post = request("/v1/articles", method="POST", body=deep, headers=[*auth, "Content-Type: application/json"])
    _problem(exchange(port, post), 400, "bad-request")


def test_metrics_labels_are_bounded_and_scrapes_need_admin(server) -> None:
    port, admin = server
    for method in ("M123", "M124", "XYZZY"):
        _problem(exchange(port, request("/livez", method=method)), 405, "method-not-allowed")
    _problem(exchange(port, request("/nowhere/" + "x" * 30)), 404, "not-found")
    _problem(exchange(port, request("/metrics")), 401, "unauthorized")
    # Each worker process flushes its observations every second (`RequestMetrics`): the scrape may reach another
    # process than the one that answered, so it is read again until they are in (a few seconds at most).
    deadline = time.monotonic() + 10
    while True:
        status, headers, body = exchange(port, request("/metrics", headers=[f"Authorization: Bearer {admin}"]))
        text = body.decode()
        if 'method="OTHER"' in text or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert status == 200
    assert headers["content-type"].count("charset=utf-8") == 1, headers["content-type"]
    assert 'method="OTHER"' in text
    assert not any(f'method="{m}"' in text for m in ("M123", "M124", "XYZZY"))
    assert "/nowhere/" not in text and 'endpoint="<unmatched>"' in text
