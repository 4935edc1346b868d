"""The HTML pages against the real app, Redis and Celery worker (server-rendered; the browser test drives them
in Chromium): events, an event's sources with their sentences and chart, the embed card, headers, and the
sign-in flow with auth on."""

from __future__ import annotations

import json
import re

import pytest
import redis

from settings import Settings
from store.apikeys import ApiKeyStore
from store.keys import Keys
from tests.conftest import PREFIX, ROOT, wait_for_status
from usecases.apikeys import create_key

pytestmark = pytest.mark.integration

EXAMPLES = sorted((ROOT / "examples").glob("ostrava-*.json"))


def submit_examples(client) -> list[str]:  # type: ignore[no-untyped-def]
    ids = [client.post("/v1/articles", json=json.loads(p.read_text())).get_json()["id"] for p in EXAMPLES]
    for article_id in ids:
        assert wait_for_status(client, article_id)["status"] == "done"
    return ids


@pytest.fixture
def event(client, worker) -> dict:  # type: ignore[no-untyped-def]
    submit_examples(client)
    events = client.get("/v1/reconciliation?location=Ostrava").get_json()["events"]
    assert len(events) == 1
    return events[0]


def test_index_lists_events_with_links_and_marks_disputed(client, event) -> None:
    response = client.get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert '<html lang="en">' in html
    assert f'href="/events/{event["id"]}"' in html
    assert event["label"] in html
    assert ("Disputed" in html) == event["disputed"]
    assert "<script" not in html
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_index_filters_and_text_search(client, event) -> None:
    def listed(query: str) -> bool:
        return f'/events/{event["id"]}"' in client.get(f"/?{query}").get_data(as_text=True)

    assert listed("place=Ostrava") and not listed("place=Lisbon")
    assert listed("q=chemical+plant") and not listed("q=volcano")
    assert listed("metric=killed") and not listed("metric=displaced")
    assert listed("since=2025-03-01&until=2025-03-31") and not listed("since=2026-01-01")
    bad = client.get("/?since=yesterday")
    assert bad.status_code == 422
    assert 'aria-invalid="true"' in bad.get_data(as_text=True)


def test_event_page_shows_every_source_with_its_sentence_and_a_chart(client, event) -> None:
    full = client.get(f"/v1/events/{event['id']}").get_json()
    response = client.get(f"/events/{event['id']}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    for figure in full["figures"]:
        for value in figure["values"]:
            assert value["source"] in html
            lo = value["start"] - value["sentence_start"]
            before, quote = value["sentence"][:lo], value["quote"]
            escaped = before.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;")
            assert f"{escaped}<mark>{quote}</mark>" in html, (before, quote)
    assert html.count("<svg") == len([f for f in full["figures"] if f["values"]])
    assert 'role="img"' in html and "<desc" in html
    assert "How the estimate is made" in html
    assert '<th scope="col">Outlet</th>' in html
    assert "https://example.org/morning-ledger/ostrava-blast" in html


def test_embed_card_may_be_framed_and_links_back(client, event) -> None:
    response = client.get(f"/embed/events/{event['id']}")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response.headers
    assert "frame-ancestors *" in response.headers["Content-Security-Policy"]
    html = response.get_data(as_text=True)
    assert re.search(rf'href="http://localhost/events/{event["id"]}"', html)
    assert "<script" not in html


def test_unknown_event_page_is_a_404_page(client) -> None:
    response = client.get("/events/evt_nothing")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert client.get("/embed/events/evt_nothing").status_code == 404


@pytest.fixture
def auth_client(settings: Settings, clean_redis):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from service.app import create_app

    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": replace(settings, auth=True)})
    return app.test_client()


def _keys(settings: Settings) -> ApiKeyStore:
    return ApiKeyStore(redis.Redis.from_url(settings.effective_redis_url(), decode_responses=True), Keys(PREFIX))


def _key(settings: Settings, *scopes: str) -> str:
    return create_key(_keys(settings), scopes)[1]


ORIGIN = {"Origin": "http://localhost"}


def test_pages_need_a_session_with_auth_on(auth_client, settings) -> None:
    first = auth_client.get("/events/evt_x?x=1")
    assert first.status_code == 303
    assert first.headers["Location"].startswith("/login?next=")
    login = auth_client.get(first.headers["Location"])
    assert login.status_code == 200 and 'type="password"' in login.get_data(as_text=True)

    key = _key(settings, "read")
    done = auth_client.post("/login", data={"key": key, "next": "/"}, headers=ORIGIN)
    assert done.status_code == 303 and done.headers["Location"] == "/"
    cookie = done.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and key not in cookie
    assert "Secure" not in cookie, "plain http here; Secure is set over https"
    assert auth_client.get("/").status_code == 200
    assert key not in done.headers["Location"]

    out = auth_client.post("/logout", headers=ORIGIN)
    assert out.status_code == 303
    assert auth_client.get("/").status_code == 303


def test_login_refuses_bad_keys_other_origins_and_keys_that_cannot_read(auth_client, settings) -> None:
    assert auth_client.post("/login", data={"key": "frk_nope_nope"}, headers=ORIGIN).status_code == 401
    submit_only = _key(settings, "submit")
    assert auth_client.post("/login", data={"key": submit_only}, headers=ORIGIN).status_code == 403
    reader = _key(settings, "read")
    evil = auth_client.post("/login", data={"key": reader}, headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403 and "Set-Cookie" not in evil.headers
    assert auth_client.post("/login", data={"key": reader}).status_code == 403, "no Origin nor Referer"
    followed = auth_client.post("/login", data={"key": reader, "next": "//evil.example/x"}, headers=ORIGIN)
    assert followed.headers["Location"] == "/"
    secure = auth_client.post(
        "/login", data={"key": reader}, headers={"Origin": "https://localhost"}, base_url="https://localhost"
    )
    assert "Secure" in secure.headers["Set-Cookie"]


def test_session_ends_when_its_key_is_revoked(auth_client, settings) -> None:
    record, key = create_key(_keys(settings), ["read"])
    auth_client.post("/login", data={"key": key}, headers=ORIGIN)
    assert auth_client.get("/").status_code == 200
    _keys(settings).revoke(record.id)
    assert auth_client.get("/").status_code == 303


def test_event_page_marks_a_countrys_share_of_a_disaster_that_crossed_a_border(client, worker) -> None:
    """Our own reports of one flood: a German town's dead, a Belgian town's, and a wire naming both countries.
    The page says whose share each town's figure is, beside the whole's."""
    reports = [
        {"source": "Outlet A", "title": "Hochwasser in Hagen: 31 Tote", "language": "de",
         "text": "In Hagen sind nach dem Unwetter 31 Menschen ums Leben gekommen, teilte die Polizei am Donnerstag "
                 "mit.", "published_at": "2031-07-17T08:00:00Z"},
        {"source": "Outlet B", "title": "Inondations à Verviers : 12 morts", "language": "fr",
         "text": "À Verviers, les inondations ont fait 12 morts jeudi, selon le bourgmestre.",
         "published_at": "2031-07-17T09:00:00Z"},
        {"source": "Outlet C", "title": "Floods kill more than 40 in Germany and Belgium",
         "text": "BERLIN - Floods swept through western Germany and Belgium on Thursday, killing more than 40 "
                 "people, authorities said.", "published_at": "2031-07-17T12:00:00Z"},
    ]
    ids = [client.post("/v1/articles", json=r).get_json()["id"] for r in reports]
    for article_id in ids:
        assert wait_for_status(client, article_id)["status"] == "done"
    (event,) = client.get("/v1/reconciliation?q=Belgium Germany&since=2031-07-01").get_json()["events"]
    event_id = event["id"]
    killed = next(f for f in client.get(f"/v1/events/{event_id}").get_json()["figures"] if f["metric"] == "killed")
    assert {v["source"]: v["share"] for v in killed["values"]} == {"Outlet A": "DE", "Outlet B": "BE", "Outlet C": None}
    html = client.get(f"/events/{event_id}").get_data(as_text=True)
    assert "Germany's share only" in html and "Belgium's share only" in html
