"""Per-article headline figures (issue #11), tenth session: multi-figure shooting and disaster reports. A figure
taken back in the same sentence without a comma, the hurt who died later when no toll was told before them, and a
toll raised by one of the hurt dying. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police initially reported 4 dead but later said 3 people had died and one was in critical condition.",
            (3, 1),
        ),
        ("Deputies had earlier said six people were wounded and now say five were hurt in the shooting.", (None, 5)),
        (
            "The sheriff's office originally put the toll at 7 but then said 6 people were killed in the crash on the "
            "interstate.",
            (6, None),
        ),
        # no later statement after the joiner: both figures stand as told
        ("Police initially said two people were killed and three were wounded at the park.", (2, 3)),
    ],
)
def test_a_figure_taken_back_by_a_later_clause_without_a_comma(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven people were injured when a gas tank blew up at a roadside diner, police said. Two of the injured "
            "have since died, the hospital said.",
            (2, 9),
        ),
        (
            "Six people were wounded in a drive-by shooting on Maple Street on Friday night. One of them died in "
            "hospital on Saturday.",
            (1, 5),
        ),
    ],
)
def test_the_hurt_who_died_are_the_toll_when_no_toll_was_told(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A shooting at a park in Fresno left one dead and five wounded. One of the wounded died later at the "
            "hospital, bringing the death toll to two.",
            (2, 4),
        ),
        (
            "Two men were killed and six people were hurt when gunfire broke out at a car show. On Monday one of the "
            "injured died of his wounds, raising the toll to three, police said.",
            (3, 5),
        ),
        # a toll raised with no word of the hurt dying: the hurt stand as told
        (
            "A shooting at a park in Fresno left one dead and five wounded. A man found later in a nearby car also "
            "died at the hospital, bringing the death toll to two.",
            (2, 5),
        ),
    ],
)
def test_a_toll_raised_by_one_of_the_hurt_dying_leaves_fewer_hurt(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


_QUAKE_LEAD = (
    "A strong earthquake shook the hills of western Nepal late on Friday, killing at least 128 people and injuring "
    "more than 140, officials said.\n"
)


@pytest.mark.parametrize(
    "recalled",
    [
        "The 2015 earthquake killed nearly 9,000 people.",
        "Nearly 9,000 people were killed when a 7.8-magnitude quake struck in April 2015.",
        "The country is still rebuilding after the 2015 quake, which killed nearly 9,000 people.",
        "Deadliest quakes\n2015 - Nearly 9,000 killed in the Gorkha quake\n1988 - 721 killed in the east",
        "Deadliest quakes\nApril 2015: A quake centred in Gorkha killed nearly 9,000.\nAugust 1988: A quake in the "
        "east killed 721 people.",
    ],
)
def test_an_undated_article_recalls_a_past_years_toll_as_background(recalled: str) -> None:
    assert headline_figures(_QUAKE_LEAD + recalled) == (128, 140)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day's date is the article's own news, not a past year
        (
            "A fire at a market in Lagos on Sunday killed 5 traders. By Tuesday, June 4, 2019, the toll had reached "
            "9, officials said.",
            (9, None),
        ),
        # the lead names the year: the article tells that year's event
        (
            "The 2015 earthquake in Nepal killed at least 128 people in its first hours, officials said. Nearly 9,000 "
            "people died in the 2015 earthquake, a government report said.",
            (9000, None),
        ),
    ],
)
def test_a_year_the_article_shares_is_no_past(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 25 people were killed and 60 wounded in two blasts in Kabul on Friday.", (25, 60)),
        (
            "At least 25 people were killed and 60 wounded in two blasts on Friday. In the first, near the court, 10 "
            "died; in the second, at the bus station, 15 died and 40 were hurt.",
            (25, 60),
        ),
        (
            "Suicide bombers killed 31 people in three attacks on the airport and a metro station on Tuesday "
            "morning.",
            (31, None),
        ),
        # separate attacks, or incidents over days, are a toll to date: the article's own is one of them
        ("Twelve villagers were killed in three separate attacks in Borno state last week.", (None, None)),
        ("At least 67 people have died in three stampedes this week, including 35 children in Ibadan.", (35, None)),
    ],
)
def test_a_toll_of_strikes_on_several_sites_in_one_day_is_the_attacks_whole(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two bombs went off outside a bus depot in Peshawar on Friday. The first killed 10 people and wounded 35; "
            "the second killed 15 and wounded 25.",
            (25, 60),
        ),
        (
            "Twin blasts shook the old bazaar on Friday evening. One killed 10 people and wounded 35, and the other "
            "killed 15 and wounded 25, police said.",
            (25, 60),
        ),
        (
            "Two bombs exploded near a mosque in Quetta on Friday. The first bomb killed 10 worshippers. Minutes "
            "later a second bomb killed 15 more.",
            (25, None),
        ),
        # the whole told: the sites are its parts
        (
            "Two bombs exploded near a mosque in Quetta on Friday, killing 30 people. The first bomb killed 10 "
            "worshippers and the second killed 15.",
            (30, None),
        ),
        # ordinals of persons are no sites
        ("The first victim was killed at 9 p.m. and a second man was killed an hour later.", (2, None)),
    ],
)
def test_figures_told_site_by_site_in_order_add_up_to_the_attacks_whole(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two brothers were found shot to death in a parked pickup and a third man was wounded, police said.", (2, 1)),
        ("Four relatives were found shot dead at a farmhouse outside Bangor on Sunday.", (4, None)),
        ("Three men were discovered shot to death in a motel room early Wednesday.", (3, None)),
        ("Two women were found fatally shot in an apartment on Elm Street.", (2, None)),
        ("Three men were found shot outside a liquor store on Friday night; one later died.", (1, 2)),
        ("Two hikers were found injured at the foot of the cliff.", (None, 2)),
    ],
)
def test_found_then_how_they_died(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A tanker exploded on the highway outside Multan on Friday, killing 25 people and injuring 60. On Sunday "
            "officials revised the death toll to 23, saying two bodies had been counted twice.",
            (23, 60),
        ),
        (
            "A tanker exploded on the highway outside Multan on Friday, killing 25 people and injuring 60. The "
            "district administration later corrected the number of injured to 52.",
            (25, 52),
        ),
        # a correction upwards, or to more than before, is an ordinary update
        (
            "A tanker exploded on the highway outside Multan on Friday, killing 25 people. Officials later revised "
            "the toll upward to 31.",
            (31, None),
        ),
        # a smaller figure updated with no correction word is still a part or a stale line
        (
            "A tanker exploded on the highway outside Multan on Friday, killing 25 people. In the nearby village, "
            "the toll has risen to 9.",
            (25, None),
        ),
    ],
)
def test_a_toll_corrected_to_less_than_before_is_revised_down(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole of the hurt after 'of the' is no toll: the deaths are the part before it
        (
            "The death toll from Monday's bus crash near Kandy has risen to 14 after two of the 45 injured died "
            "overnight.",
            (14, None),
        ),
        ("Twelve people died in the bus crash near Kandy. Two of the 45 injured died overnight.", (14, None)),
        ("Twelve people died in the bus crash near Kandy. Two of the 45 wounded later died.", (14, None)),
        ("Twelve people died in the bus crash near Kandy. Two of the 45 injured passengers died later.", (14, None)),
        # 'of the' with the dead: the part of them that the sentence tells of
        ("Two of the 181 people aboard died in the crash.", (2, None)),
    ],
)
def test_deaths_among_a_whole_of_the_hurt_count_the_part(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of the hurt, told in an apposition, dies: one more dead, one fewer hurt
        (
            "Two men were killed and two others were wounded in a shooting at a skate park Saturday night.\n\nUPDATE "
            "Sunday: One of the wounded, a 20-year-old woman, died at the hospital, police said.",
            (3, 1),
        ),
        (
            "Two men were killed and two others were wounded in a shooting at a skate park Saturday night. One of "
            "the wounded died at the hospital on Sunday, police said.",
            (3, 1),
        ),
        # an apposition with no death: the part is in a condition, the hurt stand
        (
            "Six people were wounded in the shooting. One of the wounded, a 20-year-old woman, remains in critical "
            "condition.",
            (None, 6),
        ),
        # the update on top of the story as first told
        (
            "UPDATE Sunday: The third victim, a 20-year-old woman, died at the hospital, police said.\n\nTwo men were "
            "killed and two others were wounded in a shooting at a skate park Saturday night.",
            (3, 1),
        ),
        # the figure told with the larger one it replaces
        (
            "Police say 3 people were killed in the crash.\nUPDATE 11:05 AM: The coroner's office says 2 people "
            "died, not 3.",
            (2, None),
        ),
        ("Four hikers were killed, not five, the park service said after a recount.", (4, None)),
    ],
)
def test_live_updates_of_the_hurt_who_died_and_figures_taken_back(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man hurt in a shooting last week has died. Police said Marcus Lane, 31, died at a hospital on Sunday. "
            "Five people, including Lane, were injured in the shooting on Oak Street.",
            (1, 4),
        ),
        (
            "Marcus Lane died Sunday of wounds he suffered in a shooting on Oak Street. Lane was one of six people "
            "wounded in the shooting. The others survived.",
            (1, 5),
        ),
        (
            "Tia Gomez died Sunday of wounds she suffered at a block party. She was one of six people wounded there.",
            (1, 5),
        ),
        # the injured figure names someone else: it does not count the dead
        (
            "Police said Marcus Lane, 31, died at a hospital on Sunday. Five people, including Rivera, were injured "
            "in the shooting on Oak Street.",
            (1, 5),
        ),
        # a survivor speaking of himself
        (
            "Marcus Lane died Sunday of wounds he suffered at a block party. A neighbour said he was one of six "
            "people wounded there.",
            (1, 6),
        ),
    ],
)
def test_the_dead_told_before_the_hurt_they_are_counted_in(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected
