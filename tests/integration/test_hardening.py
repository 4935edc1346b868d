"""Hostile input against the real app and Redis: every one is a clear 4xx problem+json, never a 500.

Deep JSON, lone surrogates, forged cursors, far dates, wildcard filters, over-long ids and URIs, reordered
idempotent bodies, IPv6 webhook targets that embed a private IPv4 address, and unbounded metric labels.
(The HTTP server's own errors are tested against a real gunicorn in test_http_server.py.)
"""

from __future__ import annotations

import base64
import ipaddress
import json
from dataclasses import replace

import pytest

from service.app import create_app
from tests.integration.test_security import _new_key
from usecases.webhook_signing import embedded_ipv4, refusal_reason

PROBLEM = "application/problem+json"
ARTICLE = {"source": "Harbour Post", "text": "Three people were hurt when a crane fell in the port, police said."}
JSON = {"Content-Type": "application/json"}


@pytest.fixture
def quiet_client(settings, clean_redis):
    """The app with a publisher that queues nothing: these tests are about the answers, not processing."""
    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": settings, "FACTRECON_PUBLISH": lambda _id: None})
    return app.test_client()


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.content_type == PROBLEM
    body = response.get_json()
    assert body["status"] == status and body["type"].startswith("urn:factrecon:problem:")
    return body


def _fields(body: dict) -> set[str]:
    return {e["field"] for e in body.get("errors", [])}


# --- 1. JSON nesting -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/articles/batch", "/v1/webhooks"])
@pytest.mark.parametrize("depth", [65, 5_000, 100_000])
def test_deeply_nested_json_is_400(quiet_client, path, depth) -> None:
    for body in ("[" * depth + "]" * depth, '{"source": "S", "text": ' + '{"a":' * depth + "1" + "}" * depth + "}"):
        problem = _problem(quiet_client.post(path, data=body, headers=JSON), 400)
        assert "64 levels" in problem["detail"] or "64 levels" in json.dumps(problem["errors"])


def test_nesting_up_to_the_limit_is_parsed_and_then_validated(quiet_client) -> None:
    # 64 levels is still JSON we read: it fails validation (422) like any wrong body, not parsing (400).
    body = '{"source": "S", "text": ' + "[" * 63 + "]" * 63 + "}"
    assert "text" in _fields(_problem(quiet_client.post("/v1/articles", data=body, headers=JSON), 422))
    # brackets inside strings are text, not nesting
    text = "[" * 10_000 + " Two people were killed. "
    accepted = quiet_client.post("/v1/articles", json={"source": "S", "text": text})
    assert accepted.status_code == 202, accepted.get_json()


# --- 2. lone surrogates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["text", "source", "title", "url", "html", "language"])
def test_a_lone_surrogate_in_any_field_is_422_naming_it(quiet_client, field) -> None:
    article = {"source": "Harbour Post", "text": "Two people were killed."}
    if field == "html":
        article.pop("text")
    article[field] = "x"
    raw = json.dumps(article).replace('"x"', '"Two \\ud800 killed"' if field != "url" else '"https://a.example/\\udfff"')
    problem = _problem(quiet_client.post("/v1/articles", data=raw, headers=JSON), 422)
    assert field in _fields(problem)
    assert "surrogate" in problem["detail"]


def test_a_lone_surrogate_in_a_batch_item_or_webhook_or_key(quiet_client) -> None:
    raw = '{"articles": [{"source": "A", "text": "Two killed."}, {"source": "B", "text": "\\udc00 three"}]}'
    batch = quiet_client.post("/v1/articles/batch", data=raw, headers=JSON)
    assert batch.status_code == 202
    items = batch.get_json()["items"]
    assert items[0]["id"] and not items[1]["id"]
    assert items[1]["errors"][0]["field"] == "articles.1.text"

    hook = '{"url": "https://hooks.example.org/x", "events": ["event.updated"], "description": "\\ud83d"}'
    assert "description" in _fields(_problem(quiet_client.post("/v1/webhooks", data=hook, headers=JSON), 422))

    key = '{"source": "S", "text": "Two killed.", "\\ud800": 1}'
    _problem(quiet_client.post("/v1/articles", data=key, headers=JSON), 422)

    # a correct surrogate pair is an ordinary character
    pair = '{"source": "S", "text": "Two people were killed \\ud83d\\ude00."}'
    assert quiet_client.post("/v1/articles", data=pair, headers=JSON).status_code == 202


# --- 3. cursors -----------------------------------------------------------------------------------------------


def _cursor(payload: str) -> str:
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        _cursor('{"after": "evt_0123456789abcdef", "score": NaN}'),
        _cursor('{"after": "evt_0123456789abcdef", "score": Infinity}'),
        _cursor('{"after": "evt_0123456789abcdef", "score": -Infinity}'),
        _cursor('{"after": "evt_0123456789abcdef", "score": 1e400}'),
        _cursor('{"after": "evt_0123456789abcdef", "score": 1e300}'),
        _cursor('{"after": "evt_0123456789abcdef", "score": "738000"}'),
        _cursor('{"after": "evt_0123456789abcdef", "score": true}'),
        _cursor('{"after": "evt_0123456789abcdef", "score": 738000, "x": 1}'),
        _cursor('{"after": "evt 0123 *", "score": 738000}'),
        _cursor('{"after": "' + "e" * 200 + '", "score": 738000}'),
        _cursor('{"after": 5, "score": 738000}'),
        _cursor('["evt_0123456789abcdef", 738000]'),
        _cursor("9" * 300),
        "not*a+cursor",
        "abc=",
        "A" * 513,
        "%00",
    ],
)
def test_a_cursor_we_did_not_issue_is_422(quiet_client, cursor) -> None:
    response = quiet_client.get("/v1/reconciliation", query_string={"cursor": cursor})
    assert "cursor" in _fields(_problem(response, 422))


def test_an_issued_cursor_still_decodes() -> None:
    from usecases.reconciliation import decode_cursor, encode_cursor

    assert decode_cursor(encode_cursor(("evt_0123456789abcdef", 738123.0))) == ("evt_0123456789abcdef", 738123.0)
    assert decode_cursor(_cursor('{"after": "evt_1", "score": 738123}')) == ("evt_1", 738123.0)


# --- 4. published_at -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "published_at", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1799-12-31", "2100-01-01T00:00:00+00:00"]
)
def test_published_at_outside_1800_to_2099_is_422(quiet_client, published_at) -> None:
    response = quiet_client.post("/v1/articles", json={**ARTICLE, "published_at": published_at})
    assert "published_at" in _fields(_problem(response, 422))


@pytest.mark.parametrize("published_at", ["1800-01-01", "2099-12-31T23:59:59Z", "2024-05-01T10:00:00"])
def test_published_at_inside_the_range_is_accepted(quiet_client, published_at) -> None:
    response = quiet_client.post("/v1/articles", json={**ARTICLE, "published_at": published_at})
    assert response.status_code == 202, response.get_json()


# --- 5. literal filters ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("location", ["*", "?", "[", "[*]", " ", "%", "..."])
def test_a_location_with_no_letter_or_digit_is_422_not_a_wildcard(quiet_client, location) -> None:
    response = quiet_client.get("/v1/reconciliation", query_string={"location": location})
    assert "location" in _fields(_problem(response, 422))


def test_filters_have_a_length_limit(quiet_client) -> None:
    for name in ("location", "metric"):
        response = quiet_client.get("/v1/reconciliation", query_string={name: "a" * 201})
        assert name in _fields(_problem(response, 422))


def test_wildcards_match_no_event_when_they_reach_the_filter(client, worker) -> None:
    from tests.conftest import wait_for_status

    article = {"source": "Valley Herald", "text": "Two people were killed in a fire in Lyon on Sunday, police said.",
               "published_at": "2024-03-04"}
    done = wait_for_status(client, client.post("/v1/articles", json=article).get_json()["id"])
    assert done["status"] == "done"
    assert client.get("/v1/reconciliation").get_json()["events"], "the event exists"
    assert client.get("/v1/reconciliation?location=Lyon").get_json()["events"]
    for pattern in ("Ly*", "L?on", "[L]yon", "[a-z]*", "Lyo"):
        events = client.get("/v1/reconciliation", query_string={"location": pattern}).get_json()["events"]
        assert events == [], pattern


# --- 6 (app side). our own limits on ids, URIs and headers ------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/v1/articles/" + "a" * 129, "/v1/events/" + "e" * 3000, "/v1/events/" + "e" * 200 + "/timeline",
     "/v1/webhooks/" + "w" * 129, "/v1/webhooks/" + "w" * 129 + "/deliveries"],
)
def test_an_over_long_id_is_a_404_problem(quiet_client, path) -> None:
    _problem(quiet_client.get(path), 404)


def test_an_over_long_uri_is_414_problem(quiet_client) -> None:
    problem = _problem(quiet_client.get("/v1/reconciliation", query_string={"cursor": "A" * 4100}), 414)
    assert "4096" in problem["detail"]
    _problem(quiet_client.get("/v1/events/" + "e" * 4100), 414)


def test_an_over_long_idempotency_key_is_422(quiet_client) -> None:
    response = quiet_client.post("/v1/articles", json=ARTICLE, headers={"Idempotency-Key": "k" * 256})
    assert "Idempotency-Key" in _fields(_problem(response, 422))


# --- 7. idempotency compares canonical JSON --------------------------------------------------------------------


def test_the_same_json_in_another_key_order_replays(quiet_client) -> None:
    headers = {**JSON, "Idempotency-Key": "order-1"}
    first = quiet_client.post("/v1/articles", data=json.dumps(ARTICLE), headers=headers)
    assert first.status_code == 202
    reordered = json.dumps(dict(reversed(list(ARTICLE.items()))), indent=2)
    assert reordered != json.dumps(ARTICLE)
    replay = quiet_client.post("/v1/articles", data=reordered, headers=headers)
    assert replay.status_code == 202 and replay.headers.get("Idempotent-Replayed") == "true"
    assert replay.get_json()["id"] == first.get_json()["id"]
    # escapes are normalised too: "\u0054hree" is "Three"
    escaped = json.dumps(ARTICLE).replace("Three", "\\u0054hree")
    assert quiet_client.post("/v1/articles", data=escaped, headers=headers).headers.get("Idempotent-Replayed") == "true"
    # a different value is still a different request
    other = quiet_client.post("/v1/articles", json={**ARTICLE, "source": "Other"}, headers=headers)
    assert "Idempotency-Key" in _fields(_problem(other, 422))


# --- 8. SSRF: IPv4 embedded in IPv6 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "2002:a9fe:a9fe::",  # 6to4 of 169.254.169.254
        "::127.0.0.1",  # IPv4-compatible
        "::10.0.0.1",
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:0:7f00:1",  # SIIT IPv4-translated
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
        "64:ff9b:1::808:808",  # NAT64 local-use prefix: refused whatever it embeds
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, obfuscated client 127.0.0.1
        "2001:0:7f00:1::808:808",  # Teredo server 127.0.0.1
    ],
)
def test_ipv6_targets_embedding_a_private_ipv4_are_refused(quiet_client, monkeypatch, host) -> None:
    monkeypatch.delenv("FACTRECON_WEBHOOK_ALLOW", raising=False)
    response = quiet_client.post("/v1/webhooks", json={"url": f"http://[{host}]/hook", "events": ["event.updated"]})
    problem = _problem(response, 422)
    assert problem["errors"][0]["field"] == "url"
    # (marshmallow's URL field already refuses the dotted forms; the address check refuses them all itself)
    assert refusal_reason(ipaddress.ip_address(host)), host


def test_ipv6_targets_embedding_a_public_ipv4_are_judged_by_it(quiet_client, monkeypatch) -> None:
    monkeypatch.delenv("FACTRECON_WEBHOOK_ALLOW", raising=False)
    for host in ("2002:808:808::1", "64:ff9b::808:808", "::ffff:808:808", "2001:0:808:808::f7f7:f7f7"):
        response = quiet_client.post("/v1/webhooks", json={"url": f"http://[{host}]/h", "events": ["event.updated"]})
        assert response.status_code == 201, (host, response.get_json())
    assert embedded_ipv4(ipaddress.IPv6Address("2001:0:808:808::f7f7:f7f7")) == [
        ipaddress.IPv4Address("8.8.8.8"), ipaddress.IPv4Address("8.8.8.8")
    ]
    assert refusal_reason(ipaddress.ip_address("2002:7f00:1::")) == "loopback (embedded 127.0.0.1)"
    assert refusal_reason(ipaddress.ip_address("::1")) == "loopback"


# --- 9. metrics ----------------------------------------------------------------------------------------------


def test_unknown_methods_share_one_metric_label(quiet_client) -> None:
    for method in ("M123", "M124", "PROPFIND", "BREW"):
        assert quiet_client.open("/livez", method=method).status_code == 405
    quiet_client.open("/no/such/path/" + "x" * 20, method="M125")
    text = quiet_client.get("/metrics").get_data(as_text=True)
    assert 'method="OTHER"' in text
    for method in ("M123", "M124", "PROPFIND", "BREW", "M125"):
        assert f'method="{method}"' not in text
    assert "/no/such/path" not in text and 'endpoint="<unmatched>"' in text


def test_metrics_need_the_admin_scope_when_auth_is_on(settings, clean_redis) -> None:
    secure = replace(settings, auth=True)
    client = create_app({"TESTING": True, "FACTRECON_SETTINGS": secure}).test_client()
    _problem(client.get("/metrics"), 401)
    reader = _new_key(secure, "read")
    _problem(client.get("/metrics", headers={"X-API-Key": reader}), 403)
    admin = _new_key(secure, "admin")
    scraped = client.get("/metrics", headers={"X-API-Key": admin})
    assert scraped.status_code == 200 and b"factrecon_redis_up 1" in scraped.data
    assert scraped.headers["Content-Type"].count("charset") == 1

    opened = replace(secure, metrics_auth=False)
    open_client = create_app({"TESTING": True, "FACTRECON_SETTINGS": opened}).test_client()
    assert open_client.get("/metrics").status_code == 200
    assert open_client.get("/v1/reconciliation").status_code == 401, "only /metrics is opened"


def test_nesting_is_measured_outside_strings_and_in_linear_time() -> None:
    from service.json_body import MAX_DEPTH, nesting_depth

    assert nesting_depth('{"a": "]]]' + "[" * 100 + '", "b": [[1]]}') == 3
    assert nesting_depth('["\\"' + "[" * 100 + '"]') == 1  # an escaped quote does not end the string
    assert nesting_depth("[" * 100) == MAX_DEPTH + 1  # stops counting past the limit
    # inputs that would make a naive string pattern restart inside every escape: still a single pass
    assert nesting_depth('["' + '\\"' * 200_000 + "[" * 70) == 1
    assert nesting_depth("[" * 70 + '"' + "a\\" * 100_000) == MAX_DEPTH + 1
