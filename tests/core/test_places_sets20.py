"""Places found by probing with own sets a101-a112: sentences of our own for each rule."""

from __future__ import annotations

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import main_location
from core.similarity import fingerprint


def place(text: str, language: str = "en", title: str | None = None) -> str | None:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, title, fingerprint(text, title), text)
    loc = main_location(article)
    return loc.label if loc is not None else None


def test_a_capitals_dateline_over_a_town_of_another_province_is_the_bureau() -> None:
    # Naivasha lies some 90 km from Nairobi, in another county: the wire's bureau, not the scene.
    text = "NAIROBI (Wire) - A flash flood swept away homes, killing 17 people in Naivasha, police said."
    assert place(text) == "Naivasha, KE"
    tr = "YENİ DELHİ - Hindistan'ın Uttar Pradeş eyaletindeki Aligarh'ta bir düğün salonunun çökmesi 9 kişiyi öldürdü."
    assert place(tr, "tr") == "Alīgarh, IN"
