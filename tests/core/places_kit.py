"""Shared helper for the tests of places: a report's place as grouping reads it (as `bench/world_places.py` does)."""

from __future__ import annotations

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import Location, article_locations, main_location
from core.similarity import fingerprint


def placed(language: str, text: str, title: str | None = None) -> Location | None:
    """The report's main place: its claims' places read together (`article_locations`, `main_location`)."""
    facts = extract(ArticleInput(text=text, title=title, language=language))
    article = ArticleFacts("r", "", facts.claims, None, title, (), text, None)
    return main_location(article, article_locations(article))


def place_label(text: str, language: str = "en", title: str | None = None) -> str | None:
    """The label of the report's main place, read with its fingerprint as the service stores it (the sets' tests)."""
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, title, fingerprint(text, title), text)
    loc = main_location(article)
    return loc.label if loc is not None else None
