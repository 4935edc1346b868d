"""A teaser for another story in the body of a page in another language: after a paragraph of the report, a
line of its own shaped as a kicker and a headline ("Alpen-Unglück: Berichte über mehr als 30 Tote"), with no
full stop, is a link to another (often later) article; its figure is not the report's, which keeps the figure
it tells itself. A kicker that announces the report's own news ("Aktualisierung:", "Dernière minute :",
`core/data/own_news_kickers.tsv`) is read, and so is the page's own headline before the first paragraph.
Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.extract.clean import boilerplate_spans
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput

_PUBLISHED = datetime(2031, 5, 14, 9)


def _killed(text: str, language: str) -> set[int]:
    claims = extract(ArticleInput(text=text, language=language, published_at=_PUBLISHED)).claims
    return {c.value for c in claims if c.metric == "killed"}


def _headline_killed(text: str, language: str) -> int | None:
    claims = extract(ArticleInput(text=text, language=language, published_at=_PUBLISHED)).claims
    best = pick_headline(main_incident_claims(claims), "killed")
    return best.value if best else None


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("de", "Bei dem Busunglück in den Alpen sind mindestens 14 Menschen ums Leben gekommen, teilte die Polizei "
               "am Abend mit.\n\nAlpen-Unglück: Berichte über mehr als 30 Tote\n\nDie Rettungskräfte suchen in der "
               "Nacht weiter nach Vermissten.", 14),
        ("fr", "L'incendie de l'entrepôt a fait au moins neuf morts, selon les pompiers du département.\n\n"
               "Incendie à Valmont : le bilan grimpe à 20 morts\n\nLes enquêteurs cherchent encore l'origine du feu.",
         9),
        ("es", "Al menos seis personas murieron en el derrumbe del edificio, según informó Protección Civil.\n\n"
               "Derrumbe en Puerto Alto: ya son 11 los muertos\n\nLos vecinos denunciaron grietas desde hace meses.",
         6),
        ("it", "Almeno otto persone sono morte nel crollo del ponte, ha riferito la protezione civile regionale.\n\n"
               "Crollo a Valdora: si contano 25 vittime\n\nLe ricerche sono proseguite per tutta la notte.", 8),
    ],
)  # fmt: skip
def test_a_teaser_after_the_first_paragraph_is_another_story(language: str, text: str, killed: int) -> None:
    assert _killed(text, language) == {killed}
    assert _headline_killed(text, language) == killed


def test_the_teaser_line_alone_is_furniture() -> None:
    text = (
        "Bei dem Busunglück in den Alpen sind mindestens 14 Menschen ums Leben gekommen, teilte die Polizei mit.\n\n"
        "Alpen-Unglück: Berichte über mehr als 30 Tote\n\nDie Rettungskräfte suchen weiter."
    )
    assert [text[a:b] for a, b in boilerplate_spans(text, world=True)] == [
        "Alpen-Unglück: Berichte über mehr als 30 Tote"
    ]


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # the page's own headline, before any paragraph of the report
        ("de", "Alpen-Unglück: 14 Tote bei Busunfall\n\nBei dem Busunglück in den Alpen sind 14 Menschen ums Leben "
               "gekommen, teilte die Polizei am Abend mit.", 14),
        # a kicker announcing the report's own news
        ("de", "Bei dem Brand in der Lagerhalle starben drei Menschen, sagte ein Sprecher der Feuerwehr am Morgen.\n\n"
               "Aktualisierung: Zahl der Toten steigt auf 5\n\nDie Ursache des Feuers ist noch unklar.", 5),
        ("fr", "L'explosion a fait trois morts dans le quartier, selon un premier bilan communiqué par la mairie.\n\n"
               "Dernière minute : le bilan s'alourdit à 7 morts\n\nUne enquête a été ouverte par le parquet.", 7),
        # a line that ends as a sentence is the report
        ("es", "El accidente ocurrió en la madrugada del domingo en la carretera que une los dos pueblos del valle.\n\n"
               "Balance oficial: murieron 4 personas.\n\nLa carretera permanece cerrada.", 4),
    ],
)  # fmt: skip
def test_the_reports_own_lines_are_read(language: str, text: str, killed: int) -> None:
    assert killed in _killed(text, language)
    assert _headline_killed(text, language) == killed


def test_english_pages_keep_their_own_reading() -> None:
    """English pages' pointers are read by clean.py's own words ("Related:", "Read more:"): a kicker line there is
    left to them ("UPDATE: 1 shooting victim has died" is the report's news)."""
    text = (
        "Police said two men were shot on Main Street late on Friday and taken to a local hospital.\n\n"
        "UPDATE: 1 victim has died\n\nNo arrests have been made."
    )
    assert boilerplate_spans(text) == []
