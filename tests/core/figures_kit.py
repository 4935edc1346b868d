"""Helpers for tests of English headline figures (not a test module)."""

from __future__ import annotations

from datetime import datetime

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Qualifier


def headline_figures(
    text: str, title: str | None = None, published_at: datetime | None = None, language: str | None = None
) -> tuple[int | None, int | None]:
    """The killed and wounded headline values as a reader takes them: a vague figure ('dozens') is no number."""
    claims = extract(ArticleInput(text=text, title=title, published_at=published_at, language=language)).claims
    main = main_incident_claims(claims)
    values = []
    for metric in ("killed", "wounded"):
        head = pick_headline(main, metric)
        values.append(None if head is None or head.qualifier is Qualifier.VAGUE else head.value)
    return values[0], values[1]


def headline_value(text: str, metric: str, language: str = "en") -> float | None:
    """One metric's headline value of the text's main incident (any metric: killed ... arrested), or None."""
    claims = main_incident_claims(list(extract(ArticleInput(text=text, language=language)).claims))
    best = pick_headline(claims, metric)
    return best.value if best is not None else None
