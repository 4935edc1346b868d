"""How tolls are reported in multi-figure articles: projections, older reports, running totals, subsets, deaths
among those shot, and who gave the figure.

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


# Who gave the figure: a source inside a "while" / "as" clause gives that clause's figures only.


def _sources(text: str) -> dict[str, str | None]:
    return {c.metric: c.attribution for c in _claims(text) if c.metric in ("killed", "wounded")}


def test_a_source_in_a_while_clause_gives_only_its_own_figures() -> None:
    assert _sources("Seven people died in the shooting, while police said 12 were hurt.") == {
        "killed": None,
        "wounded": "police",
    }
    assert _sources("Three people died, as hospital officials said 20 were injured.") == {
        "killed": None,
        "wounded": "hospital officials",
    }
    assert _sources("The blast killed 5 people, the governor said, while health officials said 31 were wounded.") == {
        "killed": "the governor",
        "wounded": "health officials",
    }


def test_a_source_closing_the_sentence_gives_every_figure() -> None:
    assert _sources("Four people were killed, while 11 were injured, police said.") == {
        "killed": "police",
        "wounded": "police",
    }
    assert _sources("Police said 4 people were killed, while 11 were injured.") == {
        "killed": "Police",
        "wounded": "Police",
    }


def test_common_speakers_are_named() -> None:
    cases = {
        "The mayor of Tarvos, Ana Ruiz, said 14 people had died.": "The mayor of Tarvos, Ana Ruiz",
        "Nine people were killed, Governor Lee told reporters.": "Governor Lee",
        "The interior ministry put the death toll at 37.": "The interior ministry",
        "Seventy people were killed, state television reported.": "state television",
        "Rescuers said they had recovered 31 bodies from the rubble.": "Rescuers",
        "Eleven people were killed, a hospital spokesperson said.": "a hospital spokesperson",
        "Six people were killed, police spokesman Omar Diallo told reporters.": "police spokesman Omar Diallo",
    }
    for text, who in cases.items():
        assert _sources(text).get("killed") == who, text


# Deaths among those shot: "three of them fatally" is the killed figure, the rest are the wounded.


def test_deaths_among_those_shot_are_the_killed_figure() -> None:
    text = "Ten people were shot, three of them fatally, outside a skating rink on Saturday."
    assert (_value(text), _value(text, "wounded")) == (3, 7)
    later = "Six people were shot at the block party, police said. Two of them died at the hospital."
    assert (_value(later), _value(later, "wounded")) == (2, 4)


def test_a_part_of_the_dead_stays_a_part() -> None:
    text = "Five people were killed in the attack. Two of them were children."
    assert _value(text) == 5
    shot = "Eight people were shot and two were killed. One of them was a teenager."
    assert _value(shot) == 2


# Groups of people joined in the object of one verb make one figure.


def test_groups_joined_after_a_verb_are_one_figure() -> None:
    assert _value("The car bomb killed 12 civilians and 3 soldiers near the checkpoint.") == 15
    assert _value("The gunman wounded 4 students and 2 teachers before police arrived.", "wounded") == 6


def test_figures_for_two_places_are_not_summed_as_groups() -> None:
    text = "The quake killed 1,121 people in the north and 326 in the south, officials said."
    assert _value(text) != 1447
    assert _value("The storm killed 5 people and 300 cattle.") == 5


# Running totals: "bringing the total to N", "the total count is N".


def test_bringing_the_total_to_counts_what_the_figure_before_counts() -> None:
    assert _value("Two more climbers died in hospital, bringing the total to 57.") == 57
    assert _value("Two more spectators were injured, bringing the total to 12.", "wounded") == 12
    assert _value("Police arrested 4 people, bringing the total to 20.") is None


def test_the_total_count_is_the_sum_of_the_groups_before_it() -> None:
    text = "Eleven firefighters and at least 60 residents died in the blaze. Thus the total count as of now is 71."
    head = _headline(text)
    assert head is not None and head.value == 71


def test_a_total_of_people_is_a_plain_count() -> None:
    assert _value("A total of 5 people were shot outside the bar, police said.", "wounded") == 5


def test_a_total_of_dead_or_missing_is_not_a_death_toll() -> None:
    text = (
        "Police raised the confirmed death toll of the landslide to 20, and lowered the total number of people "
        "missing or dead to 50."
    )
    assert _value(text) == 20


def test_more_before_a_people_noun_is_not_the_head() -> None:
    killed = [(c.value, c.role.value) for c in _claims("Two more climbers died in hospital.") if c.metric == "killed"]
    assert killed == [(2, "increment")]


# Subsets: "45 of the injured were in critical condition" is a part of the injured.


def test_a_part_of_the_injured_is_not_the_injured_figure() -> None:
    text = "At least 60 people were killed in the blasts. Doctors said 45 of the injured were in critical condition."
    assert _value(text, "wounded") is None
    both = "A gunman killed 3 people and wounded 8 at a club. Four of the wounded remained in critical condition."
    assert _value(both, "wounded") == 8


def test_all_of_the_dead_is_the_whole_figure() -> None:
    wounded = [
        c
        for c in _claims("The sheriff said all nine of the injured were hurt by flying glass.")
        if c.metric == "wounded"
    ]
    assert [(c.value, c.role.value) for c in wounded] == [(9, "total")]


def test_a_count_of_the_dead_and_missing_is_not_a_death_toll() -> None:
    assert _value("The number of dead and missing rose to 304 on Friday.") is None
    assert _value("Rescuers said 41 people were killed. The number of people missing or dead rose to 90.") == 41


def test_the_number_of_victims_is_a_death_toll() -> None:
    head = _headline("The number of victims rose to 22, the ministry said.")
    assert head is not None and (head.value, head.attribution) == (22, "the ministry")


def test_admissions_given_as_the_injured_figure_are_the_injured() -> None:
    text = "Hospital officials said 73 people had been admitted with injuries, and 12 had died."
    assert (_value(text), _value(text, "wounded")) == (12, 73)


# A country's toll to date beside the incident's own figure is a toll over many incidents.


def test_a_national_toll_beside_the_incidents_figure_is_over_many_incidents() -> None:
    text = "Strikes killed 22 people in the camp overnight, bringing the overall Palestinian death toll to 8,000."
    assert _value(text) == 22
    assert _value("The bus crash killed 14 people, raising the national road death toll to 2,310.") == 14


def test_a_national_toll_after_more_deaths_is_the_events_toll() -> None:
    assert _value("Twelve more people died in the floods, bringing the national death toll to 900.") == 900


# Updates: the injured figure counted someone the next sentences say later died.


def test_the_injured_who_later_died_leave_the_injured_figure() -> None:
    text = (
        "Police said six people suffered gunshot wounds at the rally. "
        "One victim, a 20-year-old man, later died at the hospital."
    )
    assert (_value(text), _value(text, "wounded")) == (1, 5)


def test_deaths_told_first_leave_a_later_injured_figure_alone() -> None:
    text = "Two people were killed at the rally. Nine others were injured. One of them later died at the hospital."
    assert _value(text, "wounded") == 9


def test_sources_after_according_to_per_and_quoted() -> None:
    cases = {
        "About 2,975 people died, according to the study by Lakeview University's School of Public Health, which "
        "the government commissioned.": "the study by Lakeview University's School of Public Health",
        "At least 40 people died, according to a report by the United Nations.": "a report by the United Nations",
        "At least 14 people were killed, per the health ministry.": "the health ministry",
        "The attack killed 20 people, officials were quoted as saying.": "officials",
    }
    for text, who in cases.items():
        assert _sources(text).get("killed") == who, text


def test_a_toll_with_no_source_takes_the_source_opening_the_next_sentence() -> None:
    text = "The official death toll has grown to 9. Provincial police said two more bodies were found overnight."
    head = _headline(text)
    assert head is not None and (head.value, head.attribution) == (9, "Provincial police")
    unrelated = "The death toll rose to 12. The mayor said the town would hold a vigil on Friday."
    head = _headline(unrelated)
    assert head is not None and head.attribution is None


def test_a_figure_with_no_source_takes_the_source_opening_the_next_sentence() -> None:
    text = (
        "At least 16 people were killed when gunmen stormed the campus. "
        "A Red Cross official said the wounded had been taken to the district hospital."
    )
    head = _headline(text)
    assert head is not None and head.attribution == "A Red Cross official"


# The headline figure is the whole incident's, not one town's or one hospital's.


def test_a_figure_given_for_the_whole_beats_a_towns_figure_stated_twice() -> None:
    title = "Quake kills 40 in Alba"
    text = "At least 40 people died in the town of Alba. Across the region, the quake killed at least 150 people."
    assert _value(text, title=title) == 150
    in_all = "Twenty people died at the scene, police said. Twenty were killed on the bridge. In all, 24 people died."
    assert _value(in_all) == 24


def test_a_hospitals_count_is_not_preferred_over_the_officials_whole_figure() -> None:
    text = "One hospital said it had received 22 bodies. Officials later said at least 60 people were killed."
    assert _value(text) == 60


def test_the_dead_among_a_combined_count_are_the_dead() -> None:
    assert _value("The blast caused 85 casualties, including 20 deaths, officials said.") == 20


def test_those_hospitalised_are_a_part_of_those_treated() -> None:
    assert _value("At least 120 people were treated for injuries, and 30 were hospitalised.", "wounded") == 120


def test_a_corrected_figure_is_an_older_figure() -> None:
    text = "Police now say 6 people were shot, not 5 as previously reported. One of the victims died."
    assert (_value(text), _value(text, "wounded")) == (1, 5)
    note = "An earlier version of this article incorrectly said 4 people were killed. Three people were killed."
    assert _value(note) == 3


def test_that_number_takes_up_the_figure_told_before() -> None:
    text = "Officials said on Tuesday that 1,800 people had died. By Wednesday, that number had climbed to 2,300."
    assert _value(text) == 2300
    missing = "Twenty people were killed and 40 are missing. By Friday that number had risen to 55."
    assert _value(missing) == 20


def test_one_hospitals_or_one_towns_figure_is_a_part() -> None:
    hospital = "At least 60 people were killed in the blasts. One hospital said it had received 22 bodies."
    head = _headline(hospital)
    assert head is not None and (head.value, head.attribution) == (60, None)
    assert _value("One hospital said it had received 22 bodies from the blast.") is None
    assert _value("In the port town of Alba alone, 40 people died.") is None


def test_the_figure_for_areas_one_side_holds_is_a_part() -> None:
    text = (
        "The quake killed more than 900 people across the border region. In rebel-held areas of the north, "
        "255 people died and 811 were injured."
    )
    assert (_value(text), _value(text, "wounded")) == (900, None)


def test_later_deaths_are_found_past_invisible_characters() -> None:
    text = (
        "Police\u200b said six people suffered gunshot wounds at the rally.\u200b\u200b "
        "One victim, a 20-year-old man, later died at the hospital."
    )
    assert (_value(text), _value(text, "wounded")) == (1, 5)


def test_figures_under_a_label_of_their_metric() -> None:
    text = "Latest figures. Killed: 12. Injured: 40."
    assert (_value(text), _value(text, "wounded")) == (12, 40)
    assert _value("Deaths: 12 | Injured: 40", "wounded") == 40
    rising = _headline("Death toll: 114 and counting.")
    assert rising is not None and (rising.value, rising.qualifier.value) == (114, "at_least")
    assert _value("The meeting starts at 10:30. Officers: 12 attended.") is None


# Who was aboard, and all but a few of them.


def test_people_aboard_are_counted_up_to_their_verb() -> None:
    assert _value("All 62 people aboard died when the turboprop came down in a field.") == 62
    assert _value("The 14 passengers on board the small ferry were killed when it capsized.") == 14
    assert _value("Officials said 9 people onboard had died.") == 9


def test_a_count_of_the_people_is_the_first_number() -> None:
    assert _value("Three of the 27 climbers were killed by the avalanche.") == 3
    # "one of the two people killed": the two were killed, one is one of them
    assert _value("The driver was one of the two people killed in the collision.") == 2


def test_all_but_a_few_of_the_people_are_the_rest() -> None:
    head = _headline("All but two of the 113 people aboard the airliner died when it overran the runway.")
    assert head is not None and head.value == 111 and head.qualifier is Qualifier.EXACT
    assert _value("The coach plunged into the gorge. All but four of its 52 passengers were killed.") == 48


# Later deaths told only as more of them: the toll is the sum.


def test_later_deaths_told_as_more_add_to_the_toll() -> None:
    head = _headline("At least 31 people died on Tuesday when the levee failed. Six more died on Thursday.")
    assert head is not None and head.value == 37 and head.qualifier is Qualifier.AT_LEAST and head.update
    assert _value("Two hikers were killed by the rockfall. Three more later died in hospital.") == 5
    assert _value("Eight people died in the fire. Two more died overnight. One more died on Sunday.") == 11


def test_a_toll_after_the_later_deaths_counts_them_already() -> None:
    text = "At least 31 people died when the levee failed. Six more died on Thursday, bringing the toll to 37."
    assert _value(text) == 37


def test_more_found_dead_is_not_a_later_death() -> None:
    # the toll before it may already count those found
    assert _value("Five people were killed in the attack. Officers later found two more dead inside a shed.") == 5


# Deaths feared or presumed are not the confirmed toll.


def test_deaths_feared_give_way_to_confirmed_ones() -> None:
    text = "The trawler sank in the storm. Coastguards confirmed 6 deaths, and 14 crew members are feared dead."
    assert _value(text) == 6
    feared = [c for c in _claims(text) if c.metric == "killed" and c.value == 14]
    assert [c.earlier_figure for c in feared] == [True]


def test_confirmed_and_feared_dead_are_not_summed() -> None:
    assert _value("Three people were confirmed dead and 11 others are presumed dead after the mine flooded.") == 3


def test_deaths_feared_are_the_toll_when_nothing_is_confirmed() -> None:
    assert _value("Nineteen villagers are feared dead after the mudslide buried their homes.") == 19


def test_deaths_that_may_have_happened_are_feared_not_confirmed() -> None:
    assert _value("Seven hikers may have died in the avalanche, rescuers said.") == 7
    text = "Two hikers were killed in the avalanche and seven others may have died, rescuers said."
    assert _value(text) == 2
    assert _value("Dozens could have died had the alarm failed.") is None  # a counterfactual, no toll


def test_the_dead_are_those_who_did_not_survive() -> None:
    assert _value("The ferry went down in the strait. Only three of the 58 people aboard survived.") == 55
    assert _value("None of the 19 miners survived the blast.") == 19
    # those hurt who lived through surgery tell no deaths
    assert _value("Surgeons said 12 of the 30 injured survived their operations.") is None


def test_more_of_the_dead_in_the_tolls_own_sentence_add_to_it() -> None:
    assert _value("The landslide killed 26 people, and 9 more died of their injuries on Monday.") == 35
    # people beyond the dead are the injured, not more dead
    assert _value("Four people were killed and 15 more injured in the stampede.") == 4


def test_more_bodies_are_more_of_the_dead() -> None:
    claims = _claims("Divers recovered 8 more bodies from the river on Tuesday.")
    assert [(c.metric, c.value, c.role.value) for c in claims] == [("killed", 8, "increment")]
    assert _value("Two people died in the flood and two more deaths were reported on Monday.") == 4
