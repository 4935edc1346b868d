"""Page furniture in every language: the headlines of other stories listed under "Mehr zum Thema", "À lire
aussi", "関連ニュース" or "Related headlines" are no figures of the report, and their days do not date it
(`core/data/story_list_headers.tsv`, read by `core.extract.clean.boilerplate_spans`). Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.extract.clean import boilerplate_spans
from core.models import ArticleInput

_PUBLISHED = datetime(2031, 12, 29, 9)


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("de", "Die Zahl der Toten ist auf 46 gestiegen, teilte die Polizei mit.\n\nMehr zum Thema\n"
               "Zugunglück im Süden: 79 Tote (2013)\nBrückeneinsturz: 101 Tote – vor 25 Jahren", 46),
        ("fr", "Le bilan s'élève à 12 morts, selon la préfecture.\n\nÀ lire aussi :\nSéisme dans l'Atlas : 2 900 "
               "morts\nLe bilan définitif a été publié par la préfecture.", 12),
        ("es", "Al menos 23 personas murieron en el incendio, informaron los bomberos.\n\nNoticias relacionadas\n"
               "Incendio en una discoteca deja 13 muertos (1 de octubre)", 23),
        ("ja", "事故で179人が死亡しました。\n\n関連ニュース\n旅客機墜落 38人死亡（12月25日）", 179),
        ("en", "Officials said 80 people died and 12 were injured in the blast.\n\nRelated headlines\n"
               "School shooting: 6 killed at academy (March 27)", 80),
    ],
)  # fmt: skip
def test_other_stories_listed_under_a_header_are_not_read(language: str, text: str, killed: int) -> None:
    claims = extract(ArticleInput(text=text, language=language, published_at=_PUBLISHED)).claims
    assert {c.value for c in claims if c.metric == "killed"} == {killed}
    assert all(c.incident_date is None or c.incident_date.month == 12 for c in claims)  # no listed story's day


def test_the_report_after_the_list_is_read_again() -> None:
    """A line of the report ends in a full stop (of its script): the list ends there."""
    text = (
        "事故で179人が死亡しました。\n\n関連ニュース\n旅客機墜落 38人死亡（12月25日）\n"
        "その後、負傷者は52人に上りました。"
    )
    spans = boilerplate_spans(text)
    assert [text[a:b] for a, b in spans] == ["関連ニュース", "旅客機墜落 38人死亡（12月25日）"]
