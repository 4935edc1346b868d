"""Places read from the words around a name (round 24): the country or province written beside a village, route
words of other languages, state words of other languages. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import article_locations, main_location
from core.similarity import fingerprint


def place(text: str, language: str = "en", title: str | None = None) -> str | None:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, title, fingerprint(text, title), text)
    loc = main_location(article, article_locations(article))
    return loc.label if loc is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "A lorry slid off the road at Piedra Larga in Nepal's Kaski district, killing 12 people.",
        "A minibus fell into the river at Loma Pelada in Chuquisaca department, leaving 14 dead.",
        "A ferry capsized near Piedra Larga, Nepal, on Sunday; nine passengers drowned.",
    ],
)
def test_a_village_named_beside_another_country_is_no_namesake_abroad(text: str) -> None:
    # the gazetteer's only village of that name lies in Mexico; the country or the province the sentence writes
    # beside it says it is another village, one the gazetteer lacks
    label = place(text)
    assert label is not None and not label.endswith(", MX"), label


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen shot dead 90 villagers in the hamlet of Solhan in Yagha province late on Friday."),
        ("en", "Raiders killed 90 people in Solhan, Burkina Faso, overnight."),
        (
            "fr",
            "Des assaillants ont tué 90 habitants dans le hameau de Solhan, dans la province du Yagha, vendredi soir.",
        ),
    ],
)
def test_a_town_written_before_another_countrys_province_is_that_countrys(language: str, text: str) -> None:
    # Turkey has a town called Solhan; the province or the country written right after the name says this one is
    # in Burkina Faso
    claims = extract(ArticleInput(text=text, language=language)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text, None), text)
    regions = {loc.region for loc in article_locations(article).values()}
    assert regions and all(r is not None and r.startswith("BF") for r in regions), regions
