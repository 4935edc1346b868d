"""The HTTP contract: status codes, headers and problem+json bodies, against a real Redis."""

from __future__ import annotations

import pytest

PROBLEM = "application/problem+json"

ARTICLE = {
    "source": "Valley Courier",
    "title": "Two hurt as storage depot fire spreads",
    "text": "Two workers were injured on Tuesday when a fire spread through a storage depot, police said.",
}


def test_post_article_is_accepted_with_location(client) -> None:
    response = client.post("/v1/articles", json=ARTICLE)
    assert response.status_code == 202
    body = response.get_json()
    assert body["status"] == "queued"
    assert body["id"].startswith("art_")
    assert body["duplicate"] is False
    assert response.headers["Location"] == f"/v1/articles/{body['id']}"
    article = client.get(response.headers["Location"]).get_json()
    assert article["source"] == "Valley Courier"
    assert article["status"] in ("queued", "processing", "done")


def test_resubmitting_same_source_and_text_returns_same_article(client) -> None:
    first = client.post("/v1/articles", json=ARTICLE).get_json()
    second = client.post("/v1/articles", json=ARTICLE)
    assert second.status_code == 202
    assert second.get_json()["id"] == first["id"]
    assert second.get_json()["duplicate"] is True
    other_source = client.post("/v1/articles", json={**ARTICLE, "source": "Hill Gazette"}).get_json()
    assert other_source["id"] != first["id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"source": "x"}, "text"),
        ({"text": "Three were hurt."}, "source"),
        ({"text": "   ", "source": "x"}, "text"),
        ({"text": "a", "source": "x", "published_at": "last tuesday"}, "published_at"),
        ({"text": "a", "source": "x", "url": "not a url"}, "url"),
        ({"text": "a", "source": "x", "language": "english!"}, "language"),
        ({"text": "a", "source": "x", "colour": "red"}, "colour"),
        ({"text": 5, "source": "x"}, "text"),
    ],
)
def test_invalid_bodies_get_422_problem_with_field_errors(client, body, field) -> None:
    response = client.post("/v1/articles", json=body)
    assert response.status_code == 422
    assert response.content_type == PROBLEM
    problem = response.get_json()
    assert problem["status"] == 422
    assert problem["type"] == "urn:factrecon:problem:validation"
    assert problem["instance"] == "/v1/articles"
    assert field in {e["field"] for e in problem["errors"]}


def test_malformed_json_is_a_4xx_problem(client) -> None:
    response = client.post("/v1/articles", data="{not json", content_type="application/json")
    assert 400 <= response.status_code < 500
    assert response.content_type == PROBLEM


def test_wrong_content_type_is_a_4xx_problem(client) -> None:
    response = client.post("/v1/articles", data="text=hello", content_type="text/plain")
    assert 400 <= response.status_code < 500
    assert response.content_type == PROBLEM


def test_unknown_route_and_method_are_problems(client) -> None:
    missing = client.get("/v1/nothing-here")
    assert missing.status_code == 404 and missing.content_type == PROBLEM
    wrong_method = client.put("/v1/articles")
    assert wrong_method.status_code == 405 and wrong_method.content_type == PROBLEM
    assert "POST" in wrong_method.headers["Allow"]


def test_unknown_article_and_event_are_404_problems(client) -> None:
    for path in ("/v1/articles/art_doesnotexist", "/v1/events/evt_nope", "/v1/events/evt_nope/timeline"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.content_type == PROBLEM
        assert response.get_json()["detail"]
    assert client.delete("/v1/articles/art_doesnotexist").status_code == 404


def test_oversized_body_is_413_problem(app, client) -> None:
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/v1/articles", json={**ARTICLE, "text": "x" * 5000})
    assert response.status_code == 413
    assert response.content_type == PROBLEM


def test_batch_reports_each_items_id_or_error(client) -> None:
    items = [ARTICLE, {"source": "no text"}, {**ARTICLE, "source": "Other Paper"}]
    response = client.post("/v1/articles/batch", json={"articles": items})
    assert response.status_code == 202
    body = response.get_json()
    assert (body["accepted"], body["rejected"]) == (2, 1)
    first, bad, third = body["items"]
    assert first["id"] and first["errors"] == []
    assert bad["id"] is None and bad["errors"][0]["field"] == "articles.1.text"
    assert third["id"] and third["id"] != first["id"]


def test_batch_limits_and_all_invalid(client) -> None:
    too_many = client.post("/v1/articles/batch", json={"articles": [ARTICLE] * 101})
    assert too_many.status_code == 422 and too_many.content_type == PROBLEM
    empty = client.post("/v1/articles/batch", json={"articles": []})
    assert empty.status_code == 422
    all_bad = client.post("/v1/articles/batch", json={"articles": [{"source": "a"}, {"text": "b"}]})
    assert all_bad.status_code == 422 and all_bad.content_type == PROBLEM
    assert len(all_bad.get_json()["errors"]) == 2


def test_reconciliation_validates_query(client) -> None:
    assert client.get("/v1/reconciliation").status_code == 200
    for query in ("limit=0", "limit=101", "since=yesterday", "disputed=maybe", "cursor=garbage"):
        response = client.get(f"/v1/reconciliation?{query}")
        assert response.status_code == 422, query
        assert response.content_type == PROBLEM


def test_probes(client) -> None:
    assert client.get("/livez").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ok"}


def test_readyz_is_503_problem_when_redis_is_unreachable(settings) -> None:
    from dataclasses import replace

    from service.app import create_app

    app = create_app({"TESTING": True, "FACTRECON_SETTINGS": replace(settings, redis_url="redis://127.0.0.1:1/0")})
    client = app.test_client()
    ready = client.get("/readyz")
    assert ready.status_code == 503 and ready.content_type == PROBLEM
    submit = client.post("/v1/articles", json=ARTICLE)
    assert submit.status_code == 503 and submit.content_type == PROBLEM
    assert submit.headers["Retry-After"]


def test_request_id_is_echoed_and_in_problems(client) -> None:
    response = client.get("/v1/articles/art_x", headers={"X-Request-ID": "req-123"})
    assert response.headers["X-Request-ID"] == "req-123"
    assert response.get_json()["request_id"] == "req-123"


def test_spec_and_docs_are_served_without_a_cdn(client) -> None:
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"] == "3.1.0"
    yaml_response = client.get("/openapi.yaml")
    assert yaml_response.status_code == 200 and b"openapi: 3.1.0" in yaml_response.data
    docs = client.get("/docs")
    assert docs.status_code == 200
    page = docs.get_data(as_text=True)
    assert "/docs/static/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower()
    bundle = client.get("/docs/static/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.data) > 100_000
    bundle.close()


PAGE = """<!doctype html><html><head><title>Bridge collapse injures nine | Valley Courier</title></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a> Subscribe now!</nav>
<article><h1>Bridge collapse injures nine</h1>
<p>Nine people were injured when a footbridge collapsed over the canal in Utrecht on Saturday afternoon,
the fire brigade said.</p>
<p>Two of them were taken to hospital in a serious condition. Engineers will inspect the other bridges on
the canal this week, the city council said in a statement on Sunday.</p></article>
<footer>Cookie settings. All rights reserved.</footer></body></html>"""


def test_html_input_is_reduced_to_article_text(client) -> None:
    response = client.post("/v1/articles", json={"html": PAGE, "source": "Valley Courier"})
    assert response.status_code == 202
    article = client.get(response.headers["Location"]).get_json()
    assert article["input_format"] == "html"
    assert "Nine people were injured" in article["text"]
    assert "Subscribe" not in article["text"] and "Cookie" not in article["text"]
    assert article["title"]


def test_html_and_text_together_or_neither_or_empty_page_are_422(client) -> None:
    both = client.post("/v1/articles", json={"html": PAGE, "text": "x", "source": "s"})
    assert both.status_code == 422
    neither = client.post("/v1/articles", json={"source": "s"})
    assert neither.status_code == 422
    blank_page = "<html><head><script>var a = 1;</script></head><body><img src=\"x.png\"></body></html>"
    empty = client.post("/v1/articles", json={"html": blank_page, "source": "s"})
    assert empty.status_code == 422 and empty.content_type == PROBLEM
    assert empty.get_json()["errors"][0]["field"] == "html"
