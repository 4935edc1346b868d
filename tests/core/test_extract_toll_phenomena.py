"""Toll phrasing on world news: stale updates, ranges with qualified ends, the hurt who later died.

All sentences are written for these tests.
"""

from __future__ import annotations

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title, language="en")).claims)


def _headline(text: str, metric: str = "killed", title: str | None = None) -> Claim | None:
    return pick_headline(main_incident_claims(_claims(text, title)), metric)


def test_a_smaller_update_after_a_larger_total_is_stale_unless_revised_down() -> None:
    text = (
        "Forty-one people were killed when the stand collapsed, almost all of them on the night. "
        "A woman hurt in the collapse died in hospital a week later, taking the number of those killed to 40."
    )
    head = _headline(text)
    assert head is not None and head.value == 41
    revised = (
        "Forty-one people were killed when the stand collapsed, officials first said. "
        "Officials later lowered the death toll to 40 after a double count."
    )
    head = _headline(revised)
    assert head is not None and head.value == 40


def test_someone_hurt_on_a_date_who_later_passed_away_is_not_wounded() -> None:
    text = (
        "The toll from the pier collapse rose to 7 as a fisherman, Tomas Reyes, who was injured in the collapse on "
        "March 3, passed away on Friday."
    )
    claims = _claims(text)
    assert not [c for c in claims if c.metric == "wounded"]
    head = pick_headline(main_incident_claims(claims), "killed")
    assert head is not None and head.value == 7


def test_a_second_toll_verb_sharing_the_subject_replaces_the_first() -> None:
    text = "The death toll stood at 30 on Sunday, rose to 41 on Monday and reached 55 on Tuesday."
    killed = [(c.value, c.update, c.earlier_figure) for c in _claims(text) if c.metric == "killed"]
    assert killed == [(30, False, True), (41, False, True), (55, True, False)]
    head = _headline(text)
    assert head is not None and head.value == 55
    shared = "The death toll climbed to 40 overnight and then to 52 by noon."
    head = _headline(shared)
    assert head is not None and head.value == 52


def test_a_figure_after_a_toll_that_is_no_toll_stays_what_it_is() -> None:
    claims = _claims("The death toll rose to 40 and 120 were injured.")
    assert [(c.metric, c.value, c.earlier_figure) for c in claims] == [("killed", 40, False), ("wounded", 120, False)]


def test_a_count_still_being_treated_in_hospital_is_not_the_injured_total() -> None:
    claims = _claims("Some 70 people were still being treated in hospital on Sunday.")
    wounded = [c for c in claims if c.metric == "wounded"]
    assert wounded and all(c.role.value == "subset" for c in wounded)
    assert _headline("Some 70 people were still being treated in hospital on Sunday.", "wounded") is None
    text = "More than 150 people were injured; 30 were still being treated in hospital on Sunday."
    head = _headline(text, "wounded")
    assert head is not None and head.value == 150


def test_a_second_toll_with_its_own_metric_shares_the_first_ones_verb() -> None:
    claims = _claims("The government put the number of dead at 1,014 and the injured at 3,200.")
    assert [(c.metric, c.value, c.update, c.earlier_figure) for c in claims] == [
        ("killed", 1014, True, False),
        ("wounded", 3200, True, False),
    ]


def test_estimates_from_one_end_to_the_other_are_a_range() -> None:
    text = "Officials gave varying estimates, from at least 25 dead to more than 50, and from 90 wounded to 110."
    claims = {c.metric: c for c in _claims(text)}
    killed, wounded = claims["killed"], claims["wounded"]
    assert (killed.qualifier, killed.low, killed.high) == (Qualifier.RANGE, 25, 50)
    assert (wounded.qualifier, wounded.low, wounded.high) == (Qualifier.RANGE, 90, 110)


def test_a_toll_that_rose_from_one_figure_to_another_is_a_change_not_a_range() -> None:
    claims = _claims("The death toll rose from 1,941 to 2,189 on Tuesday.")
    assert [(c.value, c.update, c.earlier_figure) for c in claims] == [(1941, False, True), (2189, True, False)]
    head = _headline("The number of injured has risen from 120 to 150 since Monday.", "wounded")
    assert head is not None and head.value == 150 and head.qualifier is Qualifier.EXACT
    plain = _headline("An estimated 18,000 to 20,000 people were killed.")
    assert plain is not None and (plain.qualifier, plain.low, plain.high) == (Qualifier.RANGE, 18000, 20000)
