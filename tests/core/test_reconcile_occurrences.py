"""Reconciliation never invents a total: what is added up, and what one report's value for an event is.

Hand-built incidents (date, spot, members) with claims of our own, so each rule is seen on its own:
- a report's value for an event is its latest whole-event figure, unless its own figures are truly different
  occurrences (each dated in its own sentence, or at a spot of its own, no two alike): then their sum;
- incidents are added up only when they are truly different occurrences; a later incident whose figures are
  all later counts of a toll ("the death toll rose to ...") or give no date is the earlier occurrence again;
- an estimate above every reported figure comes with a note naming the incidents it adds up.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from core.events import EventState, IncidentState, Member
from core.models import KILLED, ArticleFacts, Claim, Qualifier
from core.reconcile import EventView, Figure, reconcile_event
from tests.core.eventkit import make_article, make_claim

D = date(2024, 3, 5)
T0 = datetime(2024, 3, 5, 9, 0)


def _killed(
    value: int,
    day: date | None,
    *,
    carried: bool = False,
    update: bool = False,
    qualifier: Qualifier = Qualifier.EXACT,
    start: int = 0,
    quote: str | None = None,
) -> Claim:
    claim = make_claim(
        KILLED, value, qualifier=qualifier, location="Riverton", incident_date=day, start=start, quote=quote
    )
    return replace(claim, date_carried=carried, update=update)


def _article(aid: str, *claims: Claim, hours: int = 0) -> ArticleFacts:
    return make_article(aid, list(claims), published_at=T0 + timedelta(hours=hours))


def _event(*incidents: tuple[date | None, str | None, list[tuple[ArticleFacts, list[int]]]]) -> EventView:
    """An event whose incidents are given by hand: (date, spot, [(article, indices of its claims there)])."""
    articles: dict[str, ArticleFacts] = {}
    states = []
    for n, (day, spot, members) in enumerate(incidents, start=1):
        inc = IncidentState(f"e-i{n}", day, "city:1", "Riverton", spot=spot)
        for article, indices in members:
            articles[article.id] = article
            ids = [article.claims[i].id or "" for i in indices]
            inc.members.append(Member(article.id, ids, date=day, spot=spot))
        states.append(inc)
    event = EventState("e", "Riverton", "city:1", "Riverton", "casualties", D, D, incidents=states)
    return reconcile_event(event, articles)


def _killed_figure(view: EventView) -> Figure:
    figure = view.figure(KILLED)
    assert figure is not None
    return figure


def _by_article(figure: Figure) -> dict[str, int]:
    return {v.article_id: v.value for v in figure.values}


def test_a_report_figure_dated_only_by_the_article_is_not_added_to_its_dated_toll() -> None:
    """'Floods on Tuesday killed at least 95' (its own date) and 'about 40 people dead' in a suburb, dated only
    by the article's Thursday: one report, one occurrence; its value is 95, never 135."""
    flood = _article(
        "a",
        _killed(95, D, qualifier=Qualifier.AT_LEAST, quote="at least 95"),
        _killed(40, D + timedelta(days=2), carried=True, start=400, quote="40 people dead"),
    )
    later = _article("b", _killed(158, D + timedelta(days=1), carried=True, qualifier=Qualifier.AT_LEAST), hours=30)
    view = _event(
        (D, None, [(flood, [0])]),
        (D + timedelta(days=1), None, [(later, [0])]),
        (D + timedelta(days=2), None, [(flood, [1])]),
    )
    killed = _killed_figure(view)
    assert _by_article(killed) == {"a": 95, "b": 158}
    assert all(v.role != "sum" for v in killed.values)
    assert 40 in {v.value for v in killed.other_values}  # kept, apart
    assert killed.estimate.rule == "median_latest_per_origin" and killed.estimate.best == 158
    notes = [r.text for r in killed.reasons if r.code == "same_occurrence"]
    assert notes and "40" in notes[-1] and "5 March 2024" in notes[-1]


def test_a_report_figures_without_dates_placed_in_two_incidents_are_not_added() -> None:
    """A page that repeats its toll ('toll hits 156', 'toll hits 150') with no date for either: 156, not 306."""
    page = _article(
        "a",
        _killed(156, None, update=True, quote="toll hits 156"),
        _killed(150, None, update=True, start=300, quote="toll hits 150"),
    )
    first = _article("b", _killed(9, D, qualifier=Qualifier.AT_LEAST))
    view = _event(
        (D, None, [(first, [0])]),
        (D + timedelta(days=4), None, [(page, [0])]),
        (D + timedelta(days=7), None, [(page, [1])]),
    )
    killed = _killed_figure(view)
    assert _by_article(killed) == {"a": 156, "b": 9}
    assert killed.estimate.rule == "median_latest_per_origin" and killed.estimate.best == 156


def test_a_later_toll_update_is_the_same_occurrence_not_a_second_one() -> None:
    """'An earthquake on Saturday killed 1,941' and, three days on, 'the toll rose to 2,189 on Tuesday' (the day
    of the count): the later figure counts the same dead. The estimate is a reported figure, never 4,130."""
    quake = _article("a", _killed(1941, D))
    update = _article(
        "b", _killed(2189, D + timedelta(days=3), carried=True, update=True, quote="the toll rose to 2,189"), hours=72
    )
    view = _event((D, None, [(quake, [0])]), (D + timedelta(days=3), None, [(update, [0])]))
    killed = _killed_figure(view)
    assert killed.estimate.rule == "median_latest_per_origin"
    assert killed.estimate.best in (1941, 2189)
    assert killed.estimate.best <= max(v.value for v in killed.values)
    notes = [r.text for r in killed.reasons if r.code == "same_occurrence"]
    assert notes and "2189" in notes[0] and "later count" in notes[0] and "5 March 2024" in notes[0]
    assert "summed_incidents" not in {r.code for r in killed.reasons}


def test_a_new_dated_occurrence_is_summed_and_the_note_names_both() -> None:
    """'A strike on the 5th killed one'; a week later 'a strike killed nine': two occurrences, estimate 10,
    above every report, with a note naming both incidents."""
    first = [_article(f"a{n}", _killed(1, D), hours=n) for n in range(3)]
    second = _article("b", _killed(9, D + timedelta(days=7)), hours=170)
    view = _event((D, None, [(a, [0]) for a in first]), (D + timedelta(days=7), None, [(second, [0])]))
    killed = _killed_figure(view)
    assert killed.estimate.rule == "sum_of_incident_estimates" and killed.estimate.best == 10
    summed = [r.text for r in killed.reasons if r.code == "summed_incidents"]
    assert summed and "1 (5 March 2024)" in summed[0] and "9 (12 March 2024)" in summed[0]
    assert _by_article(killed) == {"a0": 1, "a1": 1, "a2": 1, "b": 9}


def test_a_later_update_beside_a_new_occurrence_is_not_summed_twice() -> None:
    """Strike 1 on the 5th (1 killed); the toll of strike 1 'rose to 2' on the 7th; strike 2 on the 12th (9
    killed): two occurrences (2 + 9 = 11), never 1 + 2 + 9."""
    first = _article("a", _killed(1, D))
    update = _article(
        "b", _killed(2, D + timedelta(days=2), carried=True, update=True, quote="the toll rose to 2"), hours=50
    )
    second = _article("c", _killed(9, D + timedelta(days=7)), hours=170)
    view = _event(
        (D, None, [(first, [0])]),
        (D + timedelta(days=2), None, [(update, [0])]),
        (D + timedelta(days=7), None, [(second, [0])]),
    )
    killed = _killed_figure(view)
    assert killed.estimate.rule == "sum_of_incident_estimates" and killed.estimate.best == 2 + 9
    assert "same_occurrence" in {r.code for r in killed.reasons}


def test_one_report_of_two_dated_strikes_is_their_sum() -> None:
    """'On the 5th a strike killed one ... on the 12th another killed nine', each date in its own sentence:
    the report's figures are truly different occurrences, so its value for the event is their sum."""
    both = _article("x", _killed(1, D), _killed(9, D + timedelta(days=7), start=500), hours=170)
    first = _article("a", _killed(1, D))
    second = _article("b", _killed(9, D + timedelta(days=7)), hours=170)
    view = _event(
        (D, None, [(first, [0]), (both, [0])]),
        (D + timedelta(days=7), None, [(second, [0]), (both, [1])]),
    )
    killed = _killed_figure(view)
    values = {v.article_id: v for v in killed.values}
    assert values["x"].value == 10 and values["x"].role == "sum" and len(values["x"].claim_ids) == 2
    assert killed.estimate.best == 10


def test_one_report_of_two_spots_the_same_day_is_their_sum() -> None:
    """'16 died at the airport' and '20 at the metro station', one morning: two spots, one report, 36."""
    both = _article("x", _killed(16, D), _killed(20, D, start=400))
    airport = _article("a", _killed(16, D))
    metro = _article("b", _killed(20, D))
    view = _event((D, "airport", [(airport, [0]), (both, [0])]), (D, "metro station", [(metro, [0]), (both, [1])]))
    killed = _killed_figure(view)
    assert _by_article(killed) == {"a": 16, "b": 20, "x": 36}
    assert killed.estimate.best == 36 and killed.estimate.rule == "sum_of_incident_estimates"


def test_a_report_whose_second_figure_has_no_date_of_its_own_shows_its_latest_figure() -> None:
    """Two dated strikes are summed for the event, but a report that dates only one of its figures itself (the
    other carried from the article's date) shows its latest whole-event figure, not an invented 1 + 9; the
    sloppy report does not undo the others' two occurrences."""
    first = [_article(f"a{n}", _killed(1, D), hours=n) for n in range(2)]
    second = _article("b", _killed(9, D + timedelta(days=7)), hours=170)
    vague = _article(
        "x", _killed(1, D), _killed(9, D + timedelta(days=7), carried=True, start=400, quote="nine killed"), hours=171
    )
    view = _event(
        (D, None, [*((a, [0]) for a in first), (vague, [0])]),
        (D + timedelta(days=7), None, [(second, [0]), (vague, [1])]),
    )
    killed = _killed_figure(view)
    assert _by_article(killed)["x"] in (1, 9)
    assert all(v.role != "sum" for v in killed.values)
    assert killed.estimate.rule == "sum_of_incident_estimates" and killed.estimate.best == 10


def test_an_estimate_is_never_above_every_report_without_a_note() -> None:
    """Whatever the incidents, an estimate above every reported figure names the incidents it adds up."""
    cases = [
        (
            (D, None, [(_article("a", _killed(3, D)), [0])]),
            (D + timedelta(days=9), None, [(_article("b", _killed(4, D + timedelta(days=9))), [0])]),
        ),
        ((D, "bridge", [(_article("a", _killed(3, D)), [0])]), (D, "station", [(_article("b", _killed(5, D)), [0])])),
    ]
    for incidents in cases:
        killed = _killed_figure(_event(*incidents))
        assert killed.estimate.best is not None
        if killed.estimate.best > max(v.value for v in killed.values):
            assert any(r.code == "summed_incidents" for r in killed.reasons)


def test_a_later_incident_dated_only_by_its_article_is_not_a_new_occurrence() -> None:
    """'Floods on Tuesday killed 12'; a report dated by its own Thursday ('officials said 15 have died', no date in
    that sentence): nobody places deaths on Thursday itself, so 15 is compared with 12, not added."""
    first = _article("a", _killed(12, D, qualifier=Qualifier.AT_LEAST))
    second = _article("b", _killed(15, D + timedelta(days=2), carried=True), hours=50)
    view = _event((D, None, [(first, [0])]), (D + timedelta(days=2), None, [(second, [0])]))
    killed = _killed_figure(view)
    assert killed.estimate.rule == "median_latest_per_origin" and killed.estimate.best == 15
    notes = [r.text for r in killed.reasons if r.code == "same_occurrence"]
    assert notes and "15" in notes[0] and "5 March 2024" in notes[0]


def test_a_later_incident_one_report_dates_itself_is_a_new_occurrence_for_every_metric() -> None:
    """'A second strike on the 12th killed nine' (its own date) and 'up to 34 hurt' (the article's date): the
    strike of the 12th is an occurrence of its own, for the injured too."""
    from core.models import WOUNDED

    def hurt(value: int, day: date, carried: bool) -> Claim:
        claim = make_claim(WOUNDED, value, location="Riverton", incident_date=day, start=200)
        return replace(claim, date_carried=carried)

    first = _article("a", _killed(1, D, carried=True), hurt(4, D, carried=True))
    second = _article("b", _killed(9, D + timedelta(days=7)), hurt(34, D + timedelta(days=7), carried=True), hours=170)
    view = _event((D, None, [(first, [0, 1])]), (D + timedelta(days=7), None, [(second, [0, 1])]))
    killed, wounded = view.figure(KILLED), view.figure(WOUNDED)
    assert killed is not None and wounded is not None
    assert killed.estimate.best == 10 and wounded.estimate.best == 38
    assert wounded.estimate.rule == "sum_of_incident_estimates"


def test_a_toll_update_that_dates_its_own_incident_vouches_for_it() -> None:
    """'The toll from Sunday's strike rose to 9' (the date in the toll's scope, not the count's day): a strike of
    its own, added to the earlier one."""
    first = _article("a", _killed(1, D))
    second = _article(
        "b", _killed(9, D + timedelta(days=7), update=True, quote="the toll from Sunday's strike rose to 9")
    )
    view = _event((D, None, [(first, [0])]), (D + timedelta(days=7), None, [(second, [0])]))
    killed = _killed_figure(view)
    assert killed.estimate.rule == "sum_of_incident_estimates" and killed.estimate.best == 10


def test_a_later_death_among_the_injured_is_no_new_occurrence() -> None:
    """'The toll rose to 43 on Saturday as one of the injured died' (the one: a part, dated Saturday): the
    Saturday incident is the bridge collapse of Tuesday counted again, not a second collapse."""
    from core.models import Role

    first = _article("a", _killed(35, D))
    part = replace(_killed(1, D + timedelta(days=4), start=300, quote="one of the injured"), role=Role.SUBSET)
    later = _article("b", _killed(43, D + timedelta(days=4), carried=True, update=True), part, hours=100)
    view = _event((D, None, [(first, [0])]), (D + timedelta(days=4), None, [(later, [0, 1])]))
    killed = _killed_figure(view)
    assert killed.estimate.rule == "median_latest_per_origin" and killed.estimate.best == 43


def test_only_a_reports_headline_for_the_incident_vouches_for_its_date() -> None:
    """'The toll nears 1,300 (the day's count), with 26 lives lost in the last day': the 26 has the day's date of
    its own, but the report's figure for the incident is the toll, so the day is no new occurrence."""
    first = _article("a", _killed(1061, D))
    toll = _killed(1300, D + timedelta(days=6), carried=True, update=True, quote="nears 1,300")
    day = _killed(26, D + timedelta(days=6), start=300, quote="26 lives lost")
    later = _article("b", toll, day, hours=150)
    view = _event((D, None, [(first, [0])]), (D + timedelta(days=6), None, [(later, [0, 1])]))
    killed = _killed_figure(view)
    assert _by_article(killed) == {"a": 1061, "b": 1300}
    assert killed.estimate.rule == "median_latest_per_origin" and killed.estimate.best == 1300


def test_a_whole_days_toll_is_compared_with_its_spots_not_added_to_them() -> None:
    """Bombs at two churches on one day: 40 at one, 25 at the other, and national reports of 70 and 90 for the
    whole day. The whole day's toll is the estimate (never 40 + 25 + 90); the spots' figures are its parts."""
    north = _article("north", _killed(40, D), hours=1)
    south = _article("south", _killed(25, D), hours=2)
    early = _article("early", _killed(70, D), hours=3)
    later = _article("later", _killed(90, D), hours=9)
    view = _event(
        (D, None, [(early, [0]), (later, [0])]),
        (D, "north church", [(north, [0])]),
        (D, "south church", [(south, [0])]),
    )
    figure = _killed_figure(view)
    assert figure.estimate.best is not None and 70 <= figure.estimate.best <= 90
    assert figure.estimate.high == 90
    assert _by_article(figure) == {"north": 40, "south": 25, "early": 70, "later": 90}
    assert any("whole day" in note for note in figure.notes)


def test_spots_that_add_up_to_more_than_the_whole_days_report_give_their_sum() -> None:
    """A day's report that missed a spot (30) is below the spots' own figures added up (40 + 25)."""
    north = _article("north", _killed(40, D), hours=1)
    south = _article("south", _killed(25, D), hours=2)
    partial = _article("partial", _killed(30, D), hours=3)
    view = _event((D, None, [(partial, [0])]), (D, "north church", [(north, [0])]), (D, "south church", [(south, [0])]))
    figure = _killed_figure(view)
    assert figure.estimate.best == 65
    assert any(r.code == "summed_incidents" and "north church (40)" in r.text for r in figure.reasons)


def test_an_estimates_bounds_hold_its_best_value() -> None:
    """A lone "more than 1,300" has a lower bound of 1,301 above its stated value: low <= best <= high."""
    article = _article("a", _killed(1300, D, qualifier=Qualifier.MORE_THAN, quote="more than 1,300"))
    article = replace(article, claims=(replace(article.claims[0], low=1301, high=None),))
    estimate = _killed_figure(_event((D, None, [(article, [0])]))).estimate
    assert estimate.low is not None and estimate.best is not None and estimate.high is not None
    assert estimate.low <= estimate.best <= estimate.high


def test_figures_dated_only_by_the_article_a_day_before_a_report_dating_its_own_are_one_occurrence() -> None:
    """'Rescuers said 30 were killed' (the article's Monday carried over) and, the next day, '35 people were
    killed on Tuesday' (a blast late on Monday, told by a Tuesday report): a day apart, and only one side dates
    its figure itself, so it is one blast. The estimate is a reported figure, never 30 + 35."""
    first = _article("a", _killed(30, D, carried=True))
    other = _article("c", _killed(26, D, carried=True, update=True, quote="the toll rose to 26"), hours=3)
    next_day = _article("b", _killed(35, D + timedelta(days=1), quote="35 people were killed on Tuesday"), hours=24)
    view = _event((D, None, [(first, [0]), (other, [0])]), (D + timedelta(days=1), None, [(next_day, [0])]))
    killed = _killed_figure(view)
    assert killed.estimate.rule == "median_latest_per_origin"
    assert killed.estimate.best is not None and killed.estimate.best <= 35
    assert "summed_incidents" not in {r.code for r in killed.reasons}
    notes = [r.text for r in killed.reasons if r.code == "same_occurrence"]
    assert notes and "30" in notes[0] and "6 March 2024" in notes[0]


def test_two_reports_each_dating_its_own_blast_a_day_apart_at_one_spot_are_added_with_a_note() -> None:
    """'A bomb at the market killed five on Monday'; 'another bomb at the market killed seven on Tuesday': each
    report dates its figure itself, so these are two blasts: 12, and a note names both."""
    monday = [_article(f"a{n}", _killed(5, D, quote="killed five on Monday"), hours=n) for n in range(2)]
    tuesday = _article("b", _killed(7, D + timedelta(days=1), quote="killed seven on Tuesday"), hours=26)
    view = _event(
        (D, "market", [(a, [0]) for a in monday]),
        (D + timedelta(days=1), "market", [(tuesday, [0])]),
    )
    killed = _killed_figure(view)
    assert killed.estimate.rule == "sum_of_incident_estimates" and killed.estimate.best == 12
    summed = [r.text for r in killed.reasons if r.code == "summed_incidents"]
    assert summed and "5 (5 March 2024, market)" in summed[0] and "7 (6 March 2024, market)" in summed[0]
    assert any(r.code == "different_incidents" for r in killed.reasons)


def test_spots_far_above_a_stated_whole_days_toll_do_not_replace_it() -> None:
    """'The bombings killed 60' (the whole day, above each spot's figure) beside 40 at one church, 25 at another and
    30 at a hotel: the spots add up to 95, far above the toll reports state for the whole day (counted twice, or at
    other times). The stated toll is the estimate, and a note says why the spots' sum is not."""
    spots = [("north church", 40), ("south church", 25), ("hotel", 30)]
    reports = [(D, spot, [(_article(spot, _killed(n, D), hours=i), [0])]) for i, (spot, n) in enumerate(spots)]
    whole = _article("whole", _killed(60, D), hours=5)
    figure = _killed_figure(_event((D, None, [(whole, [0])]), *reports))
    assert figure.estimate.best == 60
    assert figure.estimate.best <= max(v.value for v in figure.values)
    notes = [r.text for r in figure.reasons if r.code == "same_occurrence"]
    assert notes and "95" in notes[0] and "60" in notes[0]


def test_spots_a_little_above_a_whole_days_toll_give_their_sum_with_a_note_naming_them() -> None:
    """'90 killed in the bombings' and spots of 40, 25 and 30: 95, a whole-day count that missed a late death. The
    estimate above every report names the spots it adds up."""
    spots = [("north church", 40), ("south church", 25), ("hotel", 30)]
    reports = [(D, spot, [(_article(spot, _killed(n, D), hours=i), [0])]) for i, (spot, n) in enumerate(spots)]
    whole = _article("whole", _killed(90, D), hours=5)
    figure = _killed_figure(_event((D, None, [(whole, [0])]), *reports))
    assert figure.estimate.best == 95
    summed = [r.text for r in figure.reasons if r.code == "summed_incidents"]
    assert summed and "north church (40)" in summed[0] and "hotel (30)" in summed[0]
    assert not any("not added to it" in note for note in figure.notes)


def test_incidents_counted_as_one_occurrence_give_one_bound_note_over_all_their_figures() -> None:
    """'At least 12' and '14' on the flood's day, and two days on '30 have died' (dated only by the article): one
    occurrence, so "at least 12" is a lower bound beside 14 and 30, said once for the event (not again for its
    day alone)."""
    first = _article("a", _killed(12, D, qualifier=Qualifier.AT_LEAST, quote="at least 12"))
    second = _article("b", _killed(14, D), hours=1)
    later = _article("c", _killed(30, D + timedelta(days=2), carried=True, quote="30 have died"), hours=50)
    view = _event((D, None, [(first, [0]), (second, [0])]), (D + timedelta(days=2), None, [(later, [0])]))
    killed = _killed_figure(view)
    assert killed.estimate.rule == "median_latest_per_origin"
    bounds = [r.text for r in killed.reasons if r.code == "lower_bound"]
    assert len(bounds) == 1 and "14" in bounds[0] and "30" in bounds[0]


def test_the_same_mass_toll_on_two_days_is_one_occurrence_counted_twice() -> None:
    """'62 killed when the plane crashed on Friday' and, dated Sunday in its own sentence (a misread day, the
    day the dead were named), '62 people killed': one disaster told twice, 62, never 124. Two different
    disasters at one place within days with the very same mass toll do not happen; small tolls do (two
    shootings, one death each)."""
    first = _article("a", _killed(62, D))
    again = _article("b", _killed(62, D + timedelta(days=2)), hours=50)
    view = _event((D, None, [(first, [0])]), (D + timedelta(days=2), None, [(again, [0])]))
    killed = _killed_figure(view)
    assert killed.estimate.best == 62 and killed.estimate.rule != "sum_of_incident_estimates"
    assert any(r.code == "same_occurrence" and "62" in r.text for r in killed.reasons)
    # one death on each of two days at one place: two occurrences, summed as before
    small = _event((D, None, [(_article("c", _killed(1, D)), [0])]),
                   (D + timedelta(days=2), None, [(_article("d", _killed(1, D + timedelta(days=2))), [0])]))
    assert _killed_figure(small).estimate.best == 2
