"""The pages as a journalist meets them: in headless Chromium, over real HTTP.

With auth off (the test app and worker): the examples are submitted through the API, then `/` lists the event,
its page shows every source's figure with its sentence and the chart, the embed card renders inside an iframe
(while the event page refuses to be framed), and the CSV downloads. With auth on (a real `factrecon up`): the
browser signs in with a read key through the login form, reads, and signs out.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

from tests.browser import page_errors
from tests.conftest import ROOT
from tests.live import LiveService, run_cli

pytestmark = pytest.mark.integration

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@contextlib.contextmanager
def _cms_page(html: str) -> Iterator[str]:
    """A page on another origin (a CMS) serving `html`."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _submit_and_wait(base: str, headers: dict[str, str] | None = None) -> list[str]:
    ids = []
    for path in EXAMPLES:
        response = requests.post(f"{base}/v1/articles", json=json.loads(path.read_text()), headers=headers, timeout=10)
        assert response.status_code == 202, response.text
        ids.append(response.json()["id"])
    deadline = time.monotonic() + 90
    for article_id in ids:
        while True:
            status = requests.get(f"{base}/v1/articles/{article_id}", headers=headers, timeout=10).json()["status"]
            if status in ("done", "failed"):
                assert status == "done"
                break
            assert time.monotonic() < deadline, f"{article_id} still {status}"
            time.sleep(0.2)
    return ids


def test_a_reader_finds_the_event_every_source_and_the_chart(live_app: str, worker: Any, page: Any) -> None:
    _submit_and_wait(live_app)
    event = requests.get(f"{live_app}/v1/reconciliation?location=Ostrava", timeout=10).json()["events"][0]
    foreign: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(live_app) else foreign.append(r.url))

    page.goto(f"{live_app}/")
    link = page.get_by_role("link", name=event["label"])
    assert link.count() == 1
    if event["disputed"]:
        assert page.locator("li.event.disputed", has=link).count() == 1
    page.get_by_label("Search").fill("chemical plant")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url("**/?q=chemical+plant**")
    link.click()
    page.wait_for_url(f"**/events/{event['id']}")

    assert page.get_by_role("heading", level=1).inner_text().startswith(event["label"])
    for figure in event["figures"]:
        if not figure["values"]:
            continue
        section = page.locator(f"section#metric-{figure['metric'].replace(' ', '-')}")
        table = section.get_by_role("table")
        assert table.count() == 1
        for value in figure["values"]:
            row = table.locator("tr.headline", has=page.get_by_role("rowheader", name=value["source"], exact=True))
            assert row.count() >= 1, value["source"]
            cells = row.first.locator("td")
            assert value["quote"] in cells.nth(0).inner_text() or str(value["value"]) in cells.nth(0).inner_text()
            sentence = cells.nth(3)
            assert sentence.inner_text().strip() == value["sentence"].strip()
            assert sentence.locator("mark").inner_text() == value["quote"]
        chart = section.locator("svg[role=img]")
        assert chart.count() == 1
        tolls = [*figure["values"], *(v for v in figure["other_values"] if v["role"] in ("total", "cumulative"))]
        assert chart.locator("circle").count() == len({(v["source"], v["published_at"]) for v in tolls})
        for value in figure["values"]:
            assert chart.locator(f"g.series[data-source='{value['source']}']").count() == 1
        box = chart.bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 100
    mark_background = page.locator("mark").first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert mark_background == "rgb(255, 226, 122)", "the stylesheet was not applied"
    assert page_errors(page) == []
    assert page.locator("script").count() == 0
    assert foreign == [], f"the pages loaded assets from elsewhere: {foreign}"


def test_embed_card_renders_in_an_iframe_and_the_event_page_refuses_to(live_app: str, worker: Any, page: Any) -> None:
    _submit_and_wait(live_app)
    event = requests.get(f"{live_app}/v1/reconciliation?location=Ostrava", timeout=10).json()["events"][0]
    host = f"""<!doctype html><html lang="en"><title>A story</title><body>
      <iframe id="card" src="{live_app}/embed/events/{event["id"]}" width="600" height="300" title="card"></iframe>
      <iframe id="page" src="{live_app}/events/{event["id"]}" width="600" height="300" title="page"></iframe>
    </body></html>"""
    with _cms_page(host) as cms:  # another origin, as a CMS would be
        page.goto(cms)
        card = page.frame_locator("#card")
        assert card.get_by_role("heading", level=1).inner_text().startswith(event["label"])
        back = card.get_by_role("link")
        assert back.get_attribute("href") == f"{live_app}/events/{event['id']}"
        framed = page.frame_locator("#page")
        page.wait_for_timeout(500)  # the refused frame never loads: nothing to wait for but the attempt
        assert framed.get_by_text(event["label"]).count() == 0, framed.locator("body").inner_text()

    response = requests.get(f"{live_app}/v1/events/{event['id']}", headers={"Accept": "text/csv"}, timeout=10)
    rows = list(csv.DictReader(io.StringIO(response.text)))
    sources = {v["source"] for f in event["figures"] for v in f["values"]}
    assert {r["source"] for r in rows} == sources


def test_sign_in_read_and_sign_out_with_auth_on(live_service: LiveService, page: Any) -> None:
    submitter = live_service.create_key("submit", "read")
    files = [str(p) for p in EXAMPLES]
    submitted = run_cli("submit", *files, "--wait", env=live_service.env(FACTRECON_API_KEY=submitter))
    assert submitted.returncode == 0, submitted.stderr
    reader = live_service.create_key("read")
    base = live_service.url

    page.goto(f"{base}/")
    page.wait_for_url("**/login?next=**")
    page.get_by_label("API key").fill("frk_wrong_key")
    page.get_by_role("button", name="Sign in").click()
    assert "not valid" in page.get_by_role("alert").inner_text()

    page.get_by_label("API key").fill(reader)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
    assert page.get_by_role("link", name="Ostrava").count() >= 1 or "Ostrava" in page.inner_text("main")
    cookies = page.context.cookies()
    session = next(c for c in cookies if c["name"] == "factrecon_session")
    assert session["httpOnly"] and session["sameSite"] == "Strict" and reader not in session["value"]
    assert all(reader not in url for url in (page.url, *[c["value"] for c in cookies]))
    page.locator("ol.events a").first.click()
    assert page.locator("svg[role=img]").count() >= 1

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/login**")
    page.goto(f"{base}/")
    page.wait_for_url("**/login?next=**")
