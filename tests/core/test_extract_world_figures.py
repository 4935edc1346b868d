"""Per-article killed and wounded figures as international news states them (issue 11).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title, language="en")).claims)


def _headline(text: str, metric: str = "killed", title: str | None = None) -> Claim | None:
    return pick_headline(main_incident_claims(_claims(text, title)), metric)


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokesman said at least 340 people were killed and injured in the blast.",
        "The landslide left 75 dead or injured, the regional governor said.",
        "More than 60 villagers were killed or wounded when the dam burst.",
        "The shelling killed or wounded 45 civilians, according to the local council.",
    ],
)
def test_a_combined_count_of_dead_and_hurt_is_neither_figure(text: str) -> None:
    assert [c for c in _claims(text) if c.metric in ("killed", "wounded")] == []


def test_separate_counts_joined_by_and_stay_two_figures() -> None:
    claims = _claims("The blast killed 14 people and injured 30, the governor said.")
    assert {(c.metric, c.value) for c in claims} == {("killed", 14), ("wounded", 30)}


def test_the_death_figure_beside_a_combined_count_is_the_headline() -> None:
    text = (
        "A rescue chief said more than 120 people were killed in the collapse. "
        "A hospital director said at least 300 people were killed and injured."
    )
    found = _headline(text)
    assert found is not None and (found.value, found.qualifier) == (120, Qualifier.MORE_THAN)


def test_a_breakdown_of_casualties_into_deaths_and_injuries() -> None:
    text = "Casualties since the rains began have reached 910, of which 388 are deaths and 522 injuries."
    claims = {(c.metric, c.value) for c in _claims(text) if c.metric in ("killed", "wounded")}
    assert claims == {("killed", 388), ("wounded", 522)}


def test_a_provinces_smaller_figure_does_not_replace_the_breakdowns_total() -> None:
    text = (
        "Casualties since the rains began have reached 910, of which 388 are deaths and 522 injuries. "
        "The coastal province is the worst hit with 141 deaths and 203 injuries."
    )
    killed, wounded = _headline(text), _headline(text, "wounded")
    assert killed is not None and killed.value == 388
    assert wounded is not None and wounded.value == 522
