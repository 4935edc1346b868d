"""How big international events are covered: wire, local and live-blog reports of bombings, strikes, quakes,
floods, crushes, fires and crashes, and the figures a reader takes from them.

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier

_PUBLISHED = datetime(2025, 6, 3, tzinfo=UTC)


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, title=title, language="en", published_at=_PUBLISHED)).claims)


def _value(text: str, metric: str = "killed", title: str | None = None) -> int | None:
    """The headline figure as a reader takes it: none for a vague word ("hundreds"), as bench/news.py scores."""
    head = pick_headline(main_incident_claims(_claims(text, title)), metric)
    return None if head is None or head.qualifier is Qualifier.VAGUE else head.value


# A comparison over a period ranks the event; it does not make its toll a running total over many incidents.


def test_the_deadliest_attack_this_year_is_still_this_attacks_toll() -> None:
    text = (
        "At least 80 people have been killed and more than 200 wounded in the bombing of a mosque, hospital sources"
        " said, in the deadliest attack in the country this year."
    )
    assert (_value(text), _value(text, "wounded")) == (80, 200)
    text = "The blast killed 25 people and injured 60, the worst attack in the capital this year."
    assert (_value(text), _value(text, "wounded")) == (25, 60)
    assert (
        _value("The strike killed 14 civilians, the highest toll from a single attack this year, officials said.") == 14
    )


def test_the_latest_in_a_series_this_year_is_still_this_crashs_toll() -> None:
    text = (
        "Eight people died and 13 were injured when a minibus collided with a lorry on Sunday, the latest in a series"
        " of deadly crashes on the road this year."
    )
    assert (_value(text), _value(text, "wounded")) == (8, 13)


def test_a_toll_this_year_is_still_a_running_total() -> None:
    # the period sums many incidents when it is not a comparison
    text = "Bombings have killed 240 people in the province this year. On Monday a blast at a market killed 9."
    assert _value(text) == 9


# A part named without commas: "N people including M children were killed".


def test_a_part_named_without_commas_leaves_the_whole_figure() -> None:
    assert _value("Twelve people including two children were killed when the building collapsed, the mayor said.") == 12
    text = "Nineteen people including two suicide bombers were killed, officials said. Another 40 were wounded."
    assert (_value(text), _value(text, "wounded")) == (19, 40)
    parts = [(c.value, c.role.value) for c in _claims("Thirty people including four children were injured.")]
    assert parts == [(30, "total"), (4, "subset")]


def test_a_part_named_without_a_verb_after_it_is_no_verb_of_the_whole() -> None:
    assert _value("The gunman killed five people including a police officer before turning the gun on himself.") == 5


# Background told from a month: "In August, floods killed 19 people in the same district".


def test_a_story_told_from_an_older_month_is_background() -> None:
    lead = "The landslide killed at least 7 people and injured 21 on Monday, authorities said."
    assert _value(f"{lead} In August, floods killed 19 people in the same district.") == 7  # last year's August
    assert _value(f"{lead} In March, a bus crash on the same road killed 19.") == 7
    assert _value(f"{lead} Last September, floods killed 19 people in the same district.") == 7


def test_the_articles_own_month_is_not_an_older_story() -> None:
    # published on June 3: May may still be this incident's month
    assert _value("In May, a landslide killed 19 people in the district, officials said on Monday.") == 19
    assert _value("In June, a landslide killed 19 people in the district.") == 19


# Groups of the dead joined by "and", the second with a qualifier: one figure.


def test_groups_joined_with_a_qualifier_are_one_figure() -> None:
    text = "Eleven soldiers and at least 40 civilians were killed in the bombing near the border crossing."
    killed = [c for c in _claims(text) if c.metric == "killed"]
    assert [(c.value, c.low, c.high, c.qualifier.value) for c in killed] == [(51, 51, None, "at_least")]
    assert _value("Two police officers and more than 20 pilgrims died in the crush at the shrine.") == 22


# Updated stories and live pages keep the older version below a marker line: "EARLIER: ...", "Original story: ...".


def test_the_older_version_of_an_updated_story_is_superseded() -> None:
    text = (
        "UPDATE, 9pm: Officials revised the death toll down to 38 after a double count. Fifteen people are injured.\n\n"
        "EARLIER: The collapse of the motorway bridge killed 39 people, the interior minister said. Sixteen people"
        " were injured."
    )
    assert (_value(text), _value(text, "wounded")) == (38, 15)
    text = (
        "Police have named the two people who died in Sunday's fire at the hostel.\n\n"
        "Original story: Two people died and five were hurt when fire broke out at a hostel on Sunday."
    )
    assert (_value(text), _value(text, "wounded")) == (2, 5)  # the older version's count is the only one


def test_a_figure_both_versions_give_stays_current() -> None:
    text = (
        "The driver who killed four people at the market was charged on Tuesday. Four people died and 12 others were"
        " hurt, police said.\n\nPrevious story: 4 dead, 12 hurt as van hits market crowd"
    )
    claims = [c for c in _claims(text) if c.metric == "killed"]
    assert all(not c.earlier_figure for c in claims) and _value(text) == 4


# Figures as words with an article: "a hundred", "more than a thousand".


def test_a_hundred_and_a_thousand_are_figures() -> None:
    assert _value("More than a hundred people were killed in the blast.") == 100
    text = "Over a thousand people were injured in the quake, which killed 87."
    assert (_value(text), _value(text, "wounded")) == (87, 1000)
    assert _value("A hundred and fifty people died when the dam gave way.") == 150
    heads = [(c.value, c.qualifier.value) for c in _claims("About a hundred people were hurt.")]
    assert heads == [(100, "about")]


def test_thousands_written_as_k_are_figures() -> None:
    assert _value("Rescuers kept digging.", title="Quake toll tops 20K") == 20_000
    assert _value("The floods killed 310 people and injured 1.2k, officials said.", "wounded") == 1_200
    assert _value("Runners in the 5K were evacuated; nobody was hurt.", "wounded") in (None, 0)


# Those kept in hospital, told right after the injured figure, are a part of it.


def test_the_hospitalised_after_a_vague_injured_figure_are_no_injured_total() -> None:
    text = "Hundreds of people were treated for injuries, and 40 were hospitalised, the ministry said. Twelve died."
    assert (_value(text), _value(text, "wounded")) == (12, None)
    roles = [(c.value, c.role.value) for c in _claims("Dozens were hurt, and nine were admitted to hospital.")]
    assert (9, "subset") in roles
    text = "Sixty people were injured and 14 were hospitalised after the blast, which killed four."
    assert _value(text, "wounded") == 60


# Fires and blasts: burns and smoke are the injuries.


def test_burns_and_smoke_inhalation_are_injuries() -> None:
    text = "The blast at the depot killed three workers. Fourteen others suffered smoke inhalation."
    assert (_value(text), _value(text, "wounded")) == (3, 14)
    assert _value("Nine people died in the tenement fire and 22 suffered burns.", "wounded") == 22


# The harmed as the subject of a counting verb.


def test_the_dead_numbered() -> None:
    text = "The number of injured stood at 60, of whom 14 were children, while the dead numbered eight."
    assert (_value(text), _value(text, "wounded")) == (8, 60)
    assert _value("By nightfall the injured totalled 112, the governor said.", "wounded") == 112


# Wire phrasings of the injured: an injury noun a few words after a verb of harm or care.


def test_injuries_a_few_words_after_the_verb() -> None:
    assert _value("Fifty people sustained various injuries in the stampede.", "wounded") == 50
    text = "Some 70 people suffered various degrees of injuries, the police said, and 19 people died."
    assert (_value(text), _value(text, "wounded")) == (19, 70)
    text = "Twenty-four people are receiving treatment for their injuries, the hospital said. Eleven people died."
    assert (_value(text), _value(text, "wounded")) == (11, 24)
    assert _value("Thirty people were left injured after the bridge gave way; five died.", "wounded") == 30


def test_no_injuries_are_no_injured() -> None:
    assert _value("All 40 passengers suffered no injuries when the bus overturned.", "wounded") is None
    assert _value("The 12 hostages were freed without any injuries.", "wounded") is None


def test_a_toll_of_the_injured_counts_the_injured() -> None:
    text = "The toll of the dead rose to 50 on Friday, and the toll of the injured climbed to 96."
    assert (_value(text), _value(text, "wounded")) == (50, 96)
    assert (_value("The injured toll rose to 96."), _value("The injured toll rose to 96.", "wounded")) == (None, 96)


# Disasters' own death verbs.


def test_disaster_death_verbs() -> None:
    assert _value("Twelve passengers drowned when the ferry capsized off the coast.") == 12
    assert _value("Nine pilgrims were crushed to death in the stampede at the gate.") == 9
    assert _value("Seven workers were burnt to death in the factory fire.") == 7
    assert _value("Four people were electrocuted when the cable fell on the crowd.") == 4


# A participle phrase or relative clause between the counted people and their verb.


def test_a_modifier_between_the_people_and_their_verb() -> None:
    text = "At least 58 people attending the music festival were killed and more than 500 wounded."
    assert (_value(text), _value(text, "wounded")) == (58, 500)
    assert _value("Eighty-four people who had gathered to watch the fireworks were killed.") == 84
    assert _value("Three hikers walking on the ridge were killed by the avalanche.") == 3


def test_a_modifier_not_after_people_or_with_a_clause_inside_is_no_verb_of_the_number() -> None:
    claims = _claims("Mr Roe's daughter called 112 reporting that a man had been shot in the stairwell.")
    assert all(c.value != 112 for c in claims)
    claims = _claims("Three others involved in the riot that also injured seven others were charged.")
    assert [c.value for c in claims if c.metric == "wounded"] == [7]


def test_a_toll_in_a_progressive_form() -> None:
    head = pick_headline(main_incident_claims(_claims("The toll is approaching 2,000, the ministry said.")), "killed")
    assert head is not None and (head.value, head.qualifier) == (2000, Qualifier.NEARLY)
    assert _value("The death toll was rising to 45 on Sunday as rescuers dug through the mud.") == 45


def test_a_round_count_without_a_separator_is_no_past_year() -> None:
    text = "At least 320 people were killed in the first quake, officials said."
    assert _value(text, title="Afghanistan earthquakes: Over 2000 people killed") == 2000
    assert _value("A similar blast in 2020 killed 218 people. On Monday a blast killed 9.") == 9  # still a year


def test_that_figure_takes_up_the_toll_told_before() -> None:
    text = "On Monday, officials said 12 people had died. On Tuesday, that figure was 19."
    assert _value(text) == 19
    assert _value("Police said 40 people were hurt. By Tuesday that figure had risen to 52.", "wounded") == 52


def test_a_similar_incident_is_background() -> None:
    text = (
        "Nine people died and 14 were injured when the bus crashed, police said. Twelve people died in a similar"
        " crash on the same road in March."
    )
    assert (_value(text), _value(text, "wounded")) == (9, 14)


def test_a_figure_of_another_metric_after_a_part_is_no_part() -> None:
    text = "Sixty-four people were injured, 14 of them seriously, and 22 died. Ten children were among those killed."
    assert (_value(text), _value(text, "wounded")) == (22, 64)
    parts = [(c.metric, c.value, c.role.value) for c in _claims("Nine were killed, including four women and two men.")]
    assert ("killed", 2, "subset") in parts


# Live pages with the newest entry on top: an entry below a newer one is older news.


def test_a_live_page_newest_first_supersedes_the_entries_below() -> None:
    text = (
        "Updated at 22:14\nThe police chief has said 125 people died, revising down an earlier figure of 174 after"
        " some victims were counted twice.\n\nUpdated at 18:02\nThe death toll has risen to 174, officials say."
    )
    assert _value(text) == 125
    text = (
        "16.40 BST\nRescuers say 31 people died in the collapse.\n\n14.05 BST\nThe toll rose to 35, the mayor"
        " said, but some victims had been counted twice.\n\n11.30 BST\nAt least 20 people were killed."
    )
    assert _value(text) == 31


def test_a_live_page_oldest_first_keeps_reading_order() -> None:
    text = "09:10 — At least 20 people were killed.\n\n11:30 — The toll rose to 35.\n\n16:40 — Rescuers say 31 died."
    claims = [c for c in _claims(text) if c.metric == "killed"]
    assert not any(c.earlier_figure for c in claims)


def test_those_who_needed_treatment_are_the_injured() -> None:
    text = "Four people died and 98 people required treatment, the ambulance service said."
    assert (_value(text), _value(text, "wounded")) == (4, 98)
    assert _value("Twelve died in the crush, and 61 needed treatment at the scene.", "wounded") == 61


# A larger figure told as later news beats the earlier figure repeated before it.


def test_a_later_larger_figure_beats_a_repeated_earlier_one() -> None:
    lead = "A bomb killed at least 13 people at a market on Monday, police said. The 13 victims included two children."
    assert _value(f"{lead} By Tuesday, 18 people had died, hospital officials said.", title="Blast kills 13") == 18
    assert _value(f"{lead} Eighteen people have now died, hospital officials said.", title="Blast kills 13") == 18
    lead = "The quake killed 300 people, officials said on Saturday. Three hundred people died in the province."
    assert _value(f"{lead} The government later said 412 had died.", title="Quake kills 300") == 412
    assert _value(f"{lead} Officials have since confirmed 412 deaths.", title="Quake kills 300") == 412


def test_a_later_death_is_no_later_count() -> None:
    text = "Two people were taken to a hospital, where they later died, and 30 more were hurt."
    assert not any(c.update for c in _claims(text))
    assert any(c.update for c in _claims("Officials later said 30 people were hurt."))


def test_the_whole_a_part_in_hospital_is_taken_from_is_the_injured_total() -> None:
    text = "Among the 86 killed were 10 children; 15 of the more than 400 injured are still in hospital."
    assert (_value(text), _value(text, "wounded")) == (86, 400)
    assert _value("Nine people died, and 12 injured are still in hospital.", "wounded") is None  # those still there


def test_a_part_told_beside_those_still_in_hospital_is_no_injured_total() -> None:
    text = "Nine people died. Twelve people remain in hospital, three in critical condition."
    assert _value(text, "wounded") is None  # three of the twelve, who are no injured total either
    assert _value("Nine people died and 40 were hurt. Twelve remain in hospital, three in critical condition.",
                  "wounded") == 40  # fmt: skip
    assert _value("Nine people died. Three people were in critical condition.", "wounded") == 3  # no such count


# The dead among a combined count of the dead and the hurt are all the dead.


def test_the_dead_among_a_combined_count_are_the_dead() -> None:
    assert _value("The number of casualties has risen to 85, of whom 22 died.") == 22
    assert _value("At least 300 people were killed and injured in the blast, 40 of them fatally.") == 40
    # a part of the dead stays a part
    assert _value("Twelve people were killed and 30 injured, two of them children.") == 12


def test_a_figure_the_source_gave_earlier_is_superseded() -> None:
    text = (
        "The crush at the end of the match killed 125 people, police said on Sunday, after earlier saying 174 had"
        " died. More than 320 people were injured."
    )
    assert (_value(text), _value(text, "wounded")) == (125, 320)


def test_bodies_pulled_out_and_people_swept_away() -> None:
    assert _value("Fifteen people trapped under the rubble were pulled out dead, officials said.") == 15
    assert _value("Fourteen people were swept away by the floodwaters and died.") == 14


def test_the_lightly_and_the_seriously_injured_add_up() -> None:
    text = "A gas explosion tore through the market. Twelve were seriously injured and 20 others were lightly injured."
    assert _value(text, "wounded") == 32
    assert _value("Five people were moderately injured when the roof fell.", "wounded") == 5
