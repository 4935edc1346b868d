"""How tolls are reported (issue 11): running tolls, revisions, replaced figures, tolls over many incidents.

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.extract.lexicons import LANGUAGES, load
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier, Role


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title, language="en")).claims)


def _headline(text: str, metric: str = "killed", title: str | None = None) -> Claim | None:
    return pick_headline(main_incident_claims(_claims(text, title)), metric)


@pytest.mark.parametrize(
    ("text", "metric", "value", "qualifier"),
    [
        ("The death toll from the mudslide climbed to 214 on Monday.", "killed", 214, Qualifier.EXACT),
        ("The death toll from the blazes jumped to 57 overnight.", "killed", 57, Qualifier.EXACT),
        ("By Thursday the death toll had increased to 1,288.", "killed", 1288, Qualifier.EXACT),
        (
            "The toll from last week's magnitude 6.4 tremor has grown to 930, the agency said.",
            "killed",
            930,
            Qualifier.EXACT,
        ),
        ("The death toll remained 73 on Friday.", "killed", 73, Qualifier.EXACT),
        ("The confirmed death toll has reached 402.", "killed", 402, Qualifier.EXACT),
        ("The toll now stands at 61.", "killed", 61, Qualifier.EXACT),
        ("The death toll was revised down to 38 after a double count.", "killed", 38, Qualifier.EXACT),
        ("The prefecture lowered the number of confirmed dead to 26.", "killed", 26, Qualifier.EXACT),
        ("Officials raised the death toll from the storm to 640.", "killed", 640, Qualifier.EXACT),
        ("A woman died in hospital, raising the death toll to 12.", "killed", 12, Qualifier.EXACT),
        ("The death toll has crossed 3,000, rescuers said.", "killed", 3000, Qualifier.MORE_THAN),
        ("The death toll nears 700 as rain hampers the search.", "killed", 700, Qualifier.NEARLY),
        ("The death toll has risen to around 1,410.", "killed", 1410, Qualifier.ABOUT),
        ("The number of injured rose to 2,350 on Sunday.", "wounded", 2350, Qualifier.EXACT),
        ("The injury toll climbed to 95.", "wounded", 95, Qualifier.EXACT),
        (
            "The death toll from the fire that tore through a row of warehouses in the old quarter of the port on "
            "Wednesday night has risen to 78, officials said.",
            "killed",
            78,
            Qualifier.EXACT,
        ),
        (
            "The death toll from the collapse of a tower in Lakeport, Florida, has risen to nine.",
            "killed",
            9,
            Qualifier.EXACT,
        ),
        ("The death toll in Izmir, Turkey, rose to 114 on Monday.", "killed", 114, Qualifier.EXACT),
        ("The death toll, officials said, has risen to 40.", "killed", 40, Qualifier.EXACT),
        ("The toll from the quake, the agency said, stands at 88.", "killed", 88, Qualifier.EXACT),
    ],
)
def test_a_toll_statement_is_the_events_current_figure(
    text: str, metric: str, value: int, qualifier: Qualifier
) -> None:
    found = [c for c in _claims(text) if c.metric == metric and c.value == value]
    assert len(found) == 1, _claims(text)
    assert (found[0].role, found[0].update, found[0].qualifier) == (Role.TOTAL, True, qualifier)


def test_the_figure_a_revision_replaced_is_an_earlier_figure() -> None:
    text = (
        "Rescuers pulled more bodies from the mud on Sunday. The civil protection office raised the number of "
        "deaths from the landslide to 1,312 from an earlier count of 1,107."
    )
    claims = {c.value: c for c in _claims(text) if c.metric == "killed"}
    assert claims[1312].update and not claims[1312].earlier_figure
    assert claims[1107].earlier_figure and not claims[1107].update
    headline = _headline(text)
    assert headline is not None and headline.value == 1312


def test_a_downward_revision_wins_over_the_larger_figure_before_it() -> None:
    text = (
        "The minister said on Tuesday that 45 people had died when the bridge gave way.\n\n"
        "On Wednesday the regional office lowered the death toll to 43, down from 45, after two victims were "
        "counted twice."
    )
    headline = _headline(text)
    assert headline is not None and (headline.value, headline.update) == (43, True)


def test_a_previous_figure_sentence_is_earlier() -> None:
    text = "The agency said the toll from the quake has grown to 1,975. The previous figure had been 1,790."
    headline = _headline(text)
    assert headline is not None and headline.value == 1975


def test_and_counting_is_a_running_toll() -> None:
    claims = [c for c in _claims("Death toll: 318 and counting, as aid reaches the coast.") if c.metric == "killed"]
    assert [(c.value, c.qualifier, c.update) for c in claims] == [(318, Qualifier.AT_LEAST, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in the country this year has risen to 2,900.",
        "The death toll from the offensive has climbed to 10,400, the ministry said.",
        "The nationwide death toll from the pandemic rose to 41,000.",
    ],
)
def test_a_toll_over_many_incidents_is_cumulative(text: str) -> None:
    claims = [c for c in _claims(text) if c.metric == "killed"]
    assert claims and all(c.role is Role.CUMULATIVE and not c.update for c in claims)


def test_the_latest_toll_beats_a_repeated_earlier_figure() -> None:
    text = (
        "Flooding killed 160 people in the valley, officials said. Of the 160, most drowned in their homes.\n\n"
        "Army boats reached cut-off villages on Tuesday. The death toll from the floods has since risen to 205."
    )
    headline = _headline(text)
    assert headline is not None and headline.value == 205


def test_every_lexicon_names_the_same_toll_vocabulary() -> None:
    """Adding a language is adding a lexicon module with the same names (the pass reads only those)."""
    english = {name for name in vars(load("en")) if name.isupper()}
    for language in LANGUAGES:
        assert {name for name in vars(load(language)) if name.isupper()} == english
    with pytest.raises(ValueError):
        load("xx")


def test_a_figure_beside_the_events_toll_is_a_total_too() -> None:
    text = "The death toll from the cyclone has risen to 412 along with 3,150 injuries, the relief agency said."
    wounded = [c for c in _claims(text) if c.metric == "wounded"]
    assert [(c.value, c.role) for c in wounded] == [(3150, Role.TOTAL)]


def test_a_smaller_later_update_without_downward_wording_is_a_part() -> None:
    text = (
        "The death toll from the tsunami has risen to 910, the national agency said.\n\n"
        "In the port city alone, the death toll rose to 455 as rescuers reached the harbour."
    )
    headline = _headline(text)
    assert headline is not None and headline.value == 910


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In all, 2,316 lives have been lost since the dam broke.", 2316),
        ("A crush at the shrine killed 340 pilgrims.", 340),
        ("The collapse resulted in the death of at least 57 miners.", 57),
    ],
)
def test_more_ways_to_state_the_dead(text: str, value: int) -> None:
    assert [c.value for c in _claims(text) if c.metric == "killed"] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ninety people died and more than 200 were injured as the city suffered the worst bombing in the "
            "region since the metro attacks of 2006.",
            {("killed", 90, Role.TOTAL), ("wounded", 200, Role.TOTAL)},
        ),
        (
            "The blast killed 40 people, the deadliest attack since 2011, when a bomb killed 77 people.",
            {("killed", 40, Role.TOTAL), ("killed", 77, Role.BACKGROUND)},
        ),
    ],
)
def test_a_comparison_with_an_older_event_leaves_the_events_figures_whole(
    text: str, expected: set[tuple[str, int, Role]]
) -> None:
    claims = extract(ArticleInput(text=text, language="en", published_at=datetime(2020, 5, 1))).claims
    assert {(c.metric, c.value, c.role) for c in claims} == expected


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("At least 212 people are reported killed in the landslide.", 212, Qualifier.AT_LEAST),
        ("At least 65 people feared dead after the ferry capsized.", 65, Qualifier.AT_LEAST),
    ],
)
def test_hedged_verbs_between_count_and_trigger(text: str, value: int, qualifier: Qualifier) -> None:
    killed = [(c.value, c.qualifier) for c in _claims(text) if c.metric == "killed"]
    assert killed == [(value, qualifier)]


def test_a_bare_headline_figure_takes_the_bodys_qualifier() -> None:
    text = "At least 212 people are reported killed in the landslide, police said. Rescue work continues."
    headline = _headline(text, title="212 killed in landslide")
    assert headline is not None and (headline.value, headline.qualifier) == (212, Qualifier.AT_LEAST)


def test_a_combined_toll_raised_by_a_later_count_is_the_current_figure() -> None:
    text = (
        "The national agency said the death toll from the quake had increased to 2,050, increasing the total "
        "number of confirmed deaths in both countries to more than 2,900."
    )
    headline = _headline(text)
    assert headline is not None and (headline.value, headline.qualifier) == (2900, Qualifier.MORE_THAN)


def test_another_disasters_toll_told_from_its_year_is_background() -> None:
    text = (
        "The quake killed 310 people, officials said. In 1987, a tremor of the same size in the same valley "
        "killed more than 4,000 people."
    )
    claims = {c.value: c.role for c in _claims(text) if c.metric == "killed"}
    assert claims == {310: Role.TOTAL, 4000: Role.BACKGROUND}
    headline = _headline(text)
    assert headline is not None and headline.value == 310


@pytest.mark.parametrize(
    ("title", "value"),
    [("Death toll in N. Cyprus ferry fire hits 41 as search ends", 41), ("Toll in U.S. state storm rises to 23", 23)],
)
def test_initials_do_not_cut_a_toll_phrase(title: str, value: int) -> None:
    headline = _headline("Rescuers kept searching.", title=title)
    assert headline is not None and (headline.value, headline.update) == (value, True)


def test_a_year_inside_a_link_does_not_make_a_figure_background() -> None:
    text = (
        'Floods (<a href="https://example.org/2019/05/02/older-floods/">earlier floods</a>) hit the region, '
        "killing at least 61."
    )
    claims = extract(ArticleInput(text=text, language="en", published_at=datetime(2024, 3, 1))).claims
    assert [(c.value, c.role) for c in claims if c.metric == "killed"] == [(61, Role.TOTAL)]


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Fourteen people have been confirmed as injured.", "wounded", 14),
        ("Six people were confirmed as dead.", "killed", 6),
        ("Nine people were listed as injured.", "wounded", 9),
    ],
)
def test_confirmed_or_listed_as(text: str, metric: str, value: int) -> None:
    assert [(c.metric, c.value) for c in _claims(text) if c.metric in ("killed", "wounded")] == [(metric, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The death toll from the crush in Itaewon, central Seoul, rose to 154 on Monday.", 154),
        ("The death toll from the floods in Derna, eastern Libya, has risen to 5,300.", 5300),
        ("The toll from the collapse in Surfside, Florida, has risen to nine.", 9),
    ],
)
def test_a_toll_whose_scope_names_a_place_with_its_containers_side_is_read(text: str, value: int) -> None:
    head = _headline(text)
    assert head is not None and head.value == value


def test_the_injured_told_with_a_risen_toll_are_that_counts_too() -> None:
    text = "The death toll from Saturday's crush rose to 154 on Monday, with 149 people injured, the ministry said."
    wounded = [c for c in _claims(text) if c.metric == "wounded"]
    assert [(c.value, c.update) for c in wounded] == [(149, True)]
    # the injured of a first report, with no toll risen, are no update
    text = "Saturday's crush killed 151 people and injured 82, the fire service said."
    assert [c.update for c in _claims(text) if c.metric == "wounded"] == [False]
