"""Invisible characters through the real API, Redis and Celery worker (issue 10): figures unchanged, quotes
are slices of the text the API returns, and text with nothing visible is a 422. Our own sentences."""

from __future__ import annotations

import pytest

from tests.conftest import wait_for_status

pytestmark = pytest.mark.integration

PROBLEM = "application/problem+json"


def _processed(client, payload: dict) -> dict:  # type: ignore[type-arg]
    response = client.post("/v1/articles", json=payload)
    assert response.status_code == 202, response.get_json()
    article = wait_for_status(client, response.get_json()["id"])
    assert article["status"] == "done" and article["error"] is None
    return article  # type: ignore[no-any-return]


def _figures(article: dict) -> list[tuple[str, int]]:  # type: ignore[type-arg]
    text = article["text"]
    for claim in article["claims"]:
        source = text if claim["field"] == "text" else article["title"]
        assert source[claim["start"] : claim["end"]] == claim["quote"]
    return sorted((c["metric"], c["value"]) for c in article["claims"] if c["field"] == "text")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1\u200b2 people were killed when a coach overturned near Rouen on Monday, police said.", [("killed", 12)]),
        ("Four climbers were kil\u00adled in an avalanche near Zermatt on Sunday.", [("killed", 4)]),
        ("Police said 23\u200f people were injured when a stand collapsed at the fairground.", [("wounded", 23)]),
        ("Si\x00x workers were injured\x00 in a blast at a chemical plant in Ghent.", [("wounded", 6)]),
        ("\u0661\u0665 people were wounded when shells hit the market, the ministry said.", [("wounded", 15)]),
        ("The 9" + "9" * 399 + " people killed never existed, but 7 people were injured in the crash.",
         [("wounded", 7)]),
    ],
)  # fmt: skip
def test_invisible_characters_do_not_change_figures(client, worker, text, want) -> None:
    article = _processed(client, {"text": text, "source": "Invisible Wire"})
    assert article["text"] == text  # stored as submitted: the offsets point into it
    assert _figures(article) == want


def test_html_offsets_point_into_the_returned_text(client, worker) -> None:
    page = (
        "<!doctype html><html><head><title>Ferry fire</title></head><body><article><h1>Ferry fire</h1>"
        "<p>Thirty\u00ad-one passengers were injured when fire broke out on a ferry off Split on Thursday, "
        "the coast guard said. 1\u200b7 of them were taken to hospital.</p>"
        "<p>The ferry was towed back to port and its crew of 40 were questioned by the harbour police.</p>"
        "</article></body></html>"
    )
    article = _processed(client, {"html": page, "source": "Harbour Post"})
    assert article["input_format"] == "html"
    figures = _figures(article)
    assert ("wounded", 31) in figures, figures


@pytest.mark.parametrize(
    "text", [" \n\t ", "\u200b\u200b\u200b", "\u00a0\u200d\ufeff\u2060", "\x00\x00", "\u200f\u202c \u00ad"]
)
def test_text_with_nothing_visible_is_a_422_problem(client, text) -> None:
    response = client.post("/v1/articles", json={"text": text, "source": "Blank Wire"})
    assert response.status_code == 422 and response.content_type == PROBLEM
    assert "text" in {e["field"] for e in response.get_json()["errors"]}


def test_html_whose_text_is_invisible_is_a_422_problem(client) -> None:
    page = "<html><body><article><p>\u200b\u200b\u00ad\u2060</p><p>\ufeff\u200d</p></article></body></html>"
    response = client.post("/v1/articles", json={"html": page, "source": "Blank Wire"})
    assert response.status_code == 422 and response.content_type == PROBLEM
    assert response.get_json()["errors"][0]["field"] == "html"
