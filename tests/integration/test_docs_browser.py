"""/docs renders the API in a real browser: Swagger UI 5 reads our OpenAPI 3.1 spec, with assets served by us."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from tests.browser import page_errors

pytestmark = pytest.mark.integration


def test_docs_page_renders_every_operation_of_the_spec(live_app: str, page: Any) -> None:
    spec = requests.get(f"{live_app}/openapi.json", timeout=10).json()
    assert spec["openapi"].startswith("3.1")
    foreign: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(live_app) else foreign.append(r.url))

    page.goto(f"{live_app}/docs")
    # Operations, or Swagger UI's own refusal ("Unable to render this definition", as 4.x says of OpenAPI 3.1).
    page.wait_for_selector(".opblock-summary-path, .version-pragma, .errors-wrapper", state="attached")

    body = page.inner_text("body")
    assert "Unable to render" not in body, body[:2000]
    assert page.query_selector(".opblock-summary-path") is not None, body[:2000]
    rendered_paths = {
        element.get_attribute("data-path") for element in page.query_selector_all(".opblock-summary-path")
    }
    assert set(spec["paths"]) <= rendered_paths, set(spec["paths"]) - rendered_paths
    article_summaries = [op["summary"] for op in spec["paths"]["/v1/articles"].values() if op.get("summary")]
    assert article_summaries, "the spec gives /v1/articles operations no summary"
    rendered_summaries = page.locator(".opblock-summary-description").all_inner_texts()
    for summary in article_summaries:
        assert summary in rendered_summaries, (summary, rendered_summaries)
    assert page_errors(page) == []
    assert foreign == [], f"the docs page loaded assets from elsewhere: {foreign}"
