"""Reconciliation never invents a total, seen end to end: multi-outlet reports of our own, grouped as the service
groups them (`group_articles`), then reconciled. Each test is one way tolls are reported:

- a running toll told on successive days ("at least 12", then "the toll rose to 30"): one toll, updated;
- a whole-event toll beside per-site figures of a multi-site attack: the sites are parts of it, and summed only
  when no report gives the whole;
- reports dated by the day they were written (or the count's day) rather than the incident's day;
- a report with no date at all;
- a report of a different incident at the same place a day later: a true second incident, added with a note.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from core.events.blocks import group_articles
from core.models import KILLED, ArticleFacts, Claim, Qualifier
from core.reconcile import EventView, Figure, reconcile_event
from tests.core.eventkit import make_article, make_claim

D = date(2023, 5, 8)
T0 = datetime(2023, 5, 8, 12, 0)
TOWN = "Dhaka, Bangladesh"


def killed(
    value: int,
    day: date | None,
    *,
    qualifier: Qualifier = Qualifier.EXACT,
    carried: bool = False,
    update: bool = False,
    place: str = TOWN,
    quote: str | None = None,
) -> Claim:
    claim = make_claim(KILLED, value, qualifier=qualifier, location=place, incident_date=day, quote=quote)
    return replace(claim, date_carried=carried, update=update)


def report(aid: str, *claims: Claim, hours: int = 0) -> ArticleFacts:
    return make_article(aid, list(claims), published_at=T0 + timedelta(hours=hours))


def reconciled(*articles: ArticleFacts) -> EventView:
    [event] = group_articles(articles)
    return reconcile_event(event, {a.id: a for a in articles})


def killed_figure(view: EventView) -> Figure:
    figure = view.figure(KILLED)
    assert figure is not None
    return figure


def stated(figure: Figure) -> set[int]:
    return {v.value for v in [*figure.values, *figure.other_values]}


def test_a_running_toll_told_on_successive_days_is_one_toll_updated() -> None:
    """Day 1: 'floods killed at least 12 on Monday'. Day 2, another outlet: 'the death toll rose to 30 on
    Tuesday' (the count's day). The later figure is the same toll counted later: 30, an update, no dispute."""
    view = reconciled(
        report("day1", killed(12, D, qualifier=Qualifier.AT_LEAST, quote="killed at least 12 on Monday")),
        report(
            "day2",
            killed(30, D + timedelta(days=1), carried=True, update=True, quote="the death toll rose to 30"),
            hours=24,
        ),
    )
    figure = killed_figure(view)
    assert figure.estimate.best == 30 and figure.estimate.rule == "median_latest_per_origin"
    assert not figure.disputed
    codes = {r.code for r in figure.reasons}
    assert "summed_incidents" not in codes and "conflict" not in codes
    updates = [r.text for r in figure.reasons if r.code == "update"]
    assert updates and "12" in updates[0] and "30" in updates[0]


def test_an_exact_first_count_passed_by_a_later_update_is_no_dispute() -> None:
    """'Five people died' on the first day, and the next day 'the toll has risen to nine' from another outlet:
    not two sources disagreeing, one toll that grew."""
    view = reconciled(
        report("first", killed(5, D, quote="five people died")),
        report("second", killed(9, D, carried=True, update=True, quote="the toll has risen to nine"), hours=20),
    )
    figure = killed_figure(view)
    assert not figure.disputed and not view.disputed
    assert figure.estimate.best in stated(figure)
    assert any(r.code == "update" and "5" in r.text and "9" in r.text for r in figure.reasons)


CHURCH = "St Anthony's Church, Colombo, Sri Lanka"
HOTEL = "Kingsbury Hotel, Colombo, Sri Lanka"
CITY = "Colombo, Sri Lanka"


def test_a_whole_toll_beside_the_sites_of_a_multi_site_attack_is_the_estimate() -> None:
    """'The bombings killed 290' and 'officials said 207 died' for the whole morning, beside '50 killed at the
    church' and '25 at the hotel': the sites are parts of the whole toll, never added to it."""
    view = reconciled(
        report("whole", killed(290, D, place=CITY), hours=6),
        report("early", killed(207, D, place=CITY), hours=2),
        report("church", killed(50, D, place=CHURCH), hours=1),
        report("hotel", killed(25, D, place=HOTEL), hours=1),
    )
    figure = killed_figure(view)
    assert figure.estimate.best is not None and figure.estimate.best <= 290
    assert figure.estimate.best in stated(figure)
    assert any("whole day" in r.text and r.code == "same_occurrence" for r in figure.reasons)


def test_the_sites_of_a_multi_site_attack_are_summed_only_when_no_report_gives_the_whole() -> None:
    """Only per-site reports ('50 killed at the church', '25 at the hotel'): the attack's toll is their sum, and a
    note names the sites it adds up."""
    view = reconciled(
        report("church", killed(50, D, place=CHURCH), hours=1),
        report("church2", killed(50, D, place=CHURCH), hours=3),
        report("hotel", killed(25, D, place=HOTEL), hours=1),
    )
    figure = killed_figure(view)
    assert figure.estimate.best == 75 and figure.estimate.rule == "sum_of_incident_estimates"
    summed = [r.text for r in figure.reasons if r.code == "summed_incidents"]
    assert summed and "church" in summed[0] and "hotel" in summed[0]


def test_reports_dated_by_the_next_day_are_the_incident_of_the_day_before() -> None:
    """A blast late on Monday: reports whose only date is the article's Monday ('rescuers said 30 were killed'),
    and a report of the next day that dates its figure itself ('35 people were killed on Tuesday'). Only one
    side dates its figure, a day apart: one blast, and its estimate is a figure someone gives."""
    view = reconciled(
        report("mon", killed(30, D, carried=True, quote="rescuers said 30 were killed")),
        report("mon2", killed(28, D, carried=True, quote="28 were killed"), hours=4),
        report("tue", killed(35, D + timedelta(days=1), quote="35 people were killed on Tuesday"), hours=22),
    )
    figure = killed_figure(view)
    assert figure.estimate.rule == "median_latest_per_origin"
    assert figure.estimate.best in stated(figure) and figure.estimate.best <= 35
    assert any(r.code == "same_occurrence" and "counted with" in r.text for r in figure.reasons)


def test_an_undated_report_joins_the_incident_it_fits_and_is_never_added() -> None:
    """Three reports of one flood: 'at least 12' (dated), '15 killed' and 'as many as 20' (no date): 15, never
    12 + 15 + 20."""
    view = reconciled(
        report("a", killed(12, D, qualifier=Qualifier.AT_LEAST)),
        report("b", killed(15, None), hours=20),
        report("c", killed(20, None, qualifier=Qualifier.UP_TO), hours=30),
    )
    figure = killed_figure(view)
    assert figure.estimate.best == 15
    codes = {r.code for r in figure.reasons}
    assert {"undated_grouped", "lower_bound", "upper_bound"} <= codes and "summed_incidents" not in codes


MARKET = "New Market, Dhaka, Bangladesh"


def test_a_different_incident_at_the_same_place_a_day_later_is_added_with_a_note() -> None:
    """'A bomb at New Market killed five on Monday' (two outlets) and 'another bomb at New Market killed seven on
    Tuesday': each report dates its figure itself, so the second blast's figure is added (12), and the notes say
    which incidents make the total."""
    view = reconciled(
        report("a", killed(5, D, place=MARKET, quote="killed five on Monday")),
        report("a2", killed(5, D, place=MARKET, quote="five died on Monday"), hours=3),
        report("b", killed(7, D + timedelta(days=1), place=MARKET, quote="killed seven on Tuesday"), hours=26),
    )
    figure = killed_figure(view)
    assert figure.estimate.best == 12 and figure.estimate.rule == "sum_of_incident_estimates"
    summed = [r.text for r in figure.reasons if r.code == "summed_incidents"]
    assert summed and "5 (8 May 2023" in summed[0] and "7 (9 May 2023" in summed[0]
    assert any(r.code == "different_incidents" for r in figure.reasons)


def test_a_conflict_names_only_the_figures_still_in_contention() -> None:
    from core.events import GroupingSettings
    from core.extract import extract
    from core.models import ArticleInput
    from core.similarity import fingerprint

    def report(aid: str, text: str, when: datetime, language: str = "en") -> ArticleFacts:
        claims = extract(ArticleInput(text=text, published_at=when, language=language)).claims
        return ArticleFacts(aid, f"outlet-{aid}", tuple(claims), when, None, fingerprint(text), text)

    reports = [
        report("a", "At least 120 people were killed when an earthquake struck the city of Kermanshah on Sunday "
               "night, officials said.", datetime(2031, 3, 10, 6)),
        report("b", "The death toll from the earthquake that hit Kermanshah on Sunday rose to 210 on Monday, the "
               "state news agency said.", datetime(2031, 3, 11, 9)),
        report("c", "Le bilan s'est alourdi mardi à 540 morts à Kermanshah, selon les autorités iraniennes.",
               datetime(2031, 3, 26, 11), "fr"),
        report("d", "In Kermanshah sind 545 Menschen ums Leben gekommen, teilten die Behörden am Montag mit.",
               datetime(2031, 3, 27, 11), "de"),
    ]  # fmt: skip
    [event] = group_articles(reports, GroupingSettings())
    killed = next(f for f in reconcile_event(event, {r.id: r for r in reports}).figures if f.metric == KILLED)
    [conflict] = [r.text for r in killed.reasons if r.code == "conflict"]
    assert "540 and 545" in conflict and "120" not in conflict  # the earlier counts are updates, not a contest


def unpublished(aid: str, *claims: Claim) -> ArticleFacts:
    return make_article(aid, list(claims), published_at=None)


def test_a_toll_told_as_risen_with_no_publication_date_is_the_latest_count() -> None:
    """'At least 19' and 'rose to 47' (dated), then reports with no publication date: 'the number of dead has
    risen to 52' and 'le bilan s'est alourdi à 61'. A toll told as risen above a figure was counted after it:
    61 is the estimate and the others are earlier counts, not a dispute."""
    view = reconciled(
        report("a", killed(19, D, qualifier=Qualifier.AT_LEAST)),
        report("b", killed(47, D, update=True), hours=20),
        unpublished("c", killed(52, None, update=True)),
        unpublished("d", killed(61, None, update=True)),
    )
    figure = killed_figure(view)
    assert figure.estimate.best == 61 and not figure.disputed
    updates = [r.text for r in figure.reasons if r.code == "update"]
    assert len(updates) == 3 and all("gives the toll as 61" in t for t in updates)


def test_a_figure_with_no_publication_date_not_told_as_risen_stays_a_second_opinion() -> None:
    """The same undated 61, told as a plain figure ('61 morts'), is compared, not taken as the latest."""
    view = reconciled(
        report("a", killed(19, D, qualifier=Qualifier.AT_LEAST)),
        report("b", killed(47, D, update=True), hours=20),
        unpublished("d", killed(61, None)),
    )
    figure = killed_figure(view)
    assert figure.estimate.best != 61 or figure.disputed
    assert not any("gives the toll as 61" in r.text for r in figure.reasons)


def test_an_origins_latest_is_its_undated_risen_toll_above_its_last_published_figure() -> None:
    """One claimant (the same authorities) gives 23 in a dated report and 'has risen to 61' in an undated one:
    that origin's latest figure is 61."""
    view = reconciled(
        report("a", replace(killed(23, D), attribution="local authorities")),
        unpublished("b", replace(killed(61, None, update=True), attribution="local authorities")),
    )
    figure = killed_figure(view)
    assert figure.estimate.best == 61
