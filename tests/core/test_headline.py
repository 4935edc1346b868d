"""Headline choice among one incident's claims, and the main incident's claims of an article."""

from __future__ import annotations

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier, Role


def _claim(value: int, metric: str = "killed", role: Role = Role.TOTAL, **kw: object) -> Claim:
    return Claim(metric, value, value, value, Qualifier.EXACT, role, str(value), 0, len(str(value)), **kw)  # type: ignore[arg-type]


def test_prefers_total_over_subset_and_increment() -> None:
    claims = [_claim(4, role=Role.SUBSET), _claim(9), _claim(2, role=Role.INCREMENT)]
    head = pick_headline(claims, "killed")
    assert head is not None and head.value == 9


def test_prefers_latest_update_which_is_the_larger_total() -> None:
    head = pick_headline([_claim(3), _claim(5)], "killed")
    assert head is not None and head.value == 5


def test_written_number_beats_singular_phrasing() -> None:
    head = pick_headline([_claim(1, singular=True), _claim(2)], "killed")
    assert head is not None and head.value == 2


def test_perpetrator_is_not_the_headline() -> None:
    head = pick_headline([_claim(3), _claim(1, derivation="perpetrator")], "killed")
    assert head is not None and head.value == 3


def test_wounded_derived_from_shot_across_sentences() -> None:
    claims = [_claim(5, metric="shot"), _claim(2)]
    head = pick_headline(claims, "wounded")
    assert head is not None and (head.value, head.derivation) == (3, "derived")


def test_none_when_no_total() -> None:
    assert pick_headline([_claim(4, role=Role.SUBSET)], "killed") is None


def test_main_incident_excludes_background_cumulative_and_other_places() -> None:
    text = (
        "Rockets hit the city of Ganja on Sunday, killing three people. "
        "Two more civilians were killed in shelling on the town of Beylagan. "
        "The death toll of the fighting rose to 240. "
        "An earlier war in the 1990s claimed 30,000 lives."
    )
    main = main_incident_claims(extract(ArticleInput(text=text)).claims)
    assert {(c.value, c.location) for c in main} == {(3, "Ganja")}
    head = pick_headline(main, "killed")
    assert head is not None and head.value == 3


def test_superseded_figure_is_not_the_headline() -> None:
    text = "Initial reports said eight people were shot. Police later said five people were shot and two died."
    main = main_incident_claims(extract(ArticleInput(text=text)).claims)
    shot = [c for c in main if c.metric == "shot"]
    assert {(c.value, c.earlier_figure) for c in shot} == {(8, True), (5, False)}
    head = pick_headline(main, "wounded")
    assert head is not None and (head.value, head.derivation) == (3, "derived")
