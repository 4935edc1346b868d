"""How tolls are reported in multi-figure articles: projections, older reports, running totals, subsets, deaths
among those shot, and who gave the figure.

All sentences are written for these tests.
"""

from __future__ import annotations

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title, language="en")).claims)


def _headline(text: str, metric: str = "killed", title: str | None = None) -> Claim | None:
    return pick_headline(main_incident_claims(_claims(text, title)), metric)


def _value(text: str, metric: str = "killed", title: str | None = None) -> int | None:
    head = _headline(text, metric, title)
    return None if head is None else head.value


# Projections: a toll the text expects or fears is not one it reports.


def test_a_toll_that_could_rise_is_not_the_reported_toll() -> None:
    assert (
        _value("A mudslide buried the hamlet on Friday, killing 23 people. Officials fear the toll could rise to 90.")
        == 23
    )
    assert (
        _value("At least 8 people died in the storm, and forecasters warned the number of dead could climb to 30.") == 8
    )
    assert _value("Seventeen miners were killed. The death toll is expected to exceed 40 as rescuers dig.") == 17


def test_a_projected_toll_is_kept_as_a_lower_confidence_figure() -> None:
    claims = [
        c for c in _claims("Officials said the death toll from the dam burst could reach 200.") if c.metric == "killed"
    ]
    assert [(c.value, c.earlier_figure, c.update) for c in claims] == [(200, True, False)]
    # with nothing reported, the projection is all the text gives
    assert _value("Officials said the death toll from the dam burst could reach 200.") == 200


def test_a_reported_toll_beside_a_projection_is_an_update() -> None:
    text = "The death toll from the ferry fire rose to 31 on Monday and officials said it may rise further."
    head = _headline(text)
    assert head is not None and head.value == 31 and head.update


# Older reports: "the previous report said N" is not the article's latest figure.


def test_the_previous_report_is_an_older_figure() -> None:
    text = "The quake killed 212 people, the disaster agency said on Tuesday. The previous report said 150 had died."
    assert _value(text) == 212
    earlier = [c for c in _claims(text) if c.value == 150]
    assert earlier and all(c.earlier_figure for c in earlier)
    update = "Forty-four people are now known to have died in the blaze. An earlier update gave 51 dead."
    assert _value(update) == 44
