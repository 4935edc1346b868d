"""Per-article headline figures of multi-figure English reports (issue #11): deaths among the hurt, later deaths
of someone named before, subsets, several incidents in one story. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.world_kit import head_values as _heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone, named in full before, told dying
        ("Four people were shot at the cookout, including Dario Penn, 41. Penn later died of his injuries.", (1, 3)),
        ("Officers found Alma Reyes, 22, with a wound to the chest. Reyes died at the scene.", (1, None)),
        # quantity words that open a sentence are no names
        ("Others died later in the week.", (None, None)),
        ("Many died in the blaze, witnesses said.", (None, None)),
    ],
)
def test_a_name_told_dying(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people were wounded in the shooting, and one of them has since died.", (1, 6)),
        ("Seven people were wounded in the shooting. One of them has since died.", (1, 6)),
        ("Nine people were hurt in the crash, including two who later died.", (2, 7)),
        # a part of the hurt in a condition is no death
        ("Seven people were wounded in the shooting, and two of them are in critical condition.", (None, 7)),
        # deaths among the injured after a death toll add to it; they are not the toll. The injured who died are
        # counted among the dead only, as the archive does ('Five killed and 12 injured, two of whom later died': 7/10)
        ("Twelve were killed and 40 injured in the collapse. Three of the injured later died.", (15, 37)),
    ],
)
def test_deaths_among_the_hurt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a round-up headline sums several incidents; the story's own incident is the body's
        ("Six wounded in weekend shootings across the city",
         "Three men were shot on a porch on Elm Avenue late Friday. All are in stable condition.", (None, 3)),
        ("Three dead in a spate of shootings overnight",
         "A man was shot and killed outside a store on Pine Street. A woman was wounded in the same attack.",
         (1, 1)),
        ("Four shot in two shootings on East Side",
         "Two brothers were wounded on Maple Road on Sunday, police said.", (None, 2)),
        # one incident told in the plural stays whole
        ("Two dead, five hurt in shootings at two bars",
         "Two men were killed and five people were wounded when a gunman opened fire.", (2, 5)),
        # one gunman's two sites, each named
        ("Gunman sought in Maine",
         "At least 12 people were killed in shootings at a skating rink and a restaurant in Bangor on Friday "
         "night, police said.", (12, None)),
    ],
)  # fmt: skip
def test_round_up_headline(title: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of N people who were ...": the relative clause describes the N
        ("Tess was one of six people who were wounded at the fair. The others survived.", (None, 6)),
        ("Tess was one of six people who were wounded at the fair. She later died at the hospital.", (1, 5)),
        # the part is told by the sentence's own verb
        ("Two of the 40 passengers were killed.", (2, None)),
        ("Three of the 12 people who were hurt remain in hospital.", (None, 12)),
    ],
)
def test_one_of_the_whole(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nora Vance and two others were killed when the gunman opened fire.", (3, None)),
        ("A man and three others were wounded in the shooting on Elm Street.", (None, 4)),
        ("Nora Vance was killed along with two other people when the gunman opened fire.", (3, None)),
        ("Vance died Sunday along with her two sons.", (3, None)),
        ("A woman and her two children were found dead in their home.", (3, None)),
        ("A man and his three sons were wounded in the attack.", (None, 4)),
        # a pronoun is often someone counted already
        ("A man died two weeks after he and four others were wounded outside a home.", (1, 4)),
        # others who are no victims
        ("Police and two others were at the scene.", (None, None)),
    ],
)
def test_one_and_others(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Marsh, 19, was found shot to death in a burned car on Sunday.", (1, None)),
        ("A woman was found shot in the leg outside the store. No one else was hurt.", (None, 1)),
    ],
)
def test_found_shot(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gunshot wounds count everyone hit; the dead among them are told after
        ("Officers found three men suffering from gunshot wounds. One was pronounced dead at the scene.", (1, 2)),
        ("Four people sustained gunshot wounds in the parking lot. Two of them died.", (2, 2)),
        ("Two women suffered gunshot wounds outside the bar and were taken to a hospital in stable condition.",
         (None, 2)),
    ],
)  # fmt: skip
def test_gunshot_wounds_count_those_hit(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between commas gives the figure the toll replaced
        ("The death toll, initially put at 12, rose to 15 on Friday.", (15, None)),
        ("The toll, which had stood at 9, was revised to 8 after a count of the bodies.", (8, None)),
        ("The death toll from the ferry sinking, up from 30 on Monday, now stands at 41.", (41, None)),
        # an earlier report's toll, told after the figure, is no update
        ("The bombing killed 5 people and injured 20. Earlier reports had put the death toll at 7.", (5, 20)),
        # a toll raised, with the figure it replaced after it, is the update
        ("Officials raised the death toll to 30, up from an earlier figure of 20.", (30, None)),
    ],
)
def test_revised_tolls(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man suffered a gunshot wound to the leg on Elm Street and is expected to recover.", (None, 1)),
        ("Officers found a teen suffering from a gunshot wound. He died at the hospital.", (1, None)),
    ],
)
def test_one_gunshot_wound(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 15-year-old boy was shot in the shoulder and a 16-year-old was grazed in the head.", (None, 2)),
        ("A man was shot in the leg and a woman was shot in the arm, police said.", (None, 2)),
        # a death and an injury are two figures
        ("A man was shot and killed and a woman was injured on Saturday.", (1, 1)),
        # the same person told again is one
        ("A man was shot on Elm Street. The man was taken to a hospital.", (None, 1)),
    ],
)
def test_two_people_hurt_in_one_sentence(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police are investigating a five-person shooting at a cookout. All are expected to recover.", (None, 5)),
        ("Police are investigating a 3-person shooting on Main Street. All are expected to recover.", (None, 3)),
        ("A two-person crew repaired the line on Main Street.", (None, None)),
    ],
)
def test_count_written_into_the_noun(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man walking his dog was shot and killed on Sunday.", (1, None)),
        ("A woman sitting in her car was killed.", (1, None)),
        ("Officers responding to the call were not hurt.", (None, None)),
    ],
)
def test_person_told_with_a_participle(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six people were injured in the shooting, one fatally.", (1, 5)),
        ("Two people were injured in the shooting. One of them, a 19-year-old man, has died.", (1, 1)),
        ("Six people were injured, two of them critically.", (None, 6)),
    ],
)
def test_deaths_among_the_injured(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jay Cole lost his life in the shooting on Friday.", (1, None)),
        ("Ana Cole, 24, was mortally wounded outside the bar.", (1, None)),
    ],
)
def test_death_phrasings(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a fatal shooting tells of one death at least, when no figure is given
        ("Police name victim of deadly shooting", "The victim was identified as Jay Cole, 24, of Dayton.", (1, None)),
        (None, "Detectives are investigating a fatal shooting on Elm Street.", (1, None)),
        (None, "Troopers closed the road after a fatal crash near the bridge.", (1, None)),
        # a figure says how many
        (None, "Two people were killed in the deadly shooting on Elm Street.", (2, None)),
        # a non-fatal one, of one person hurt at least
        ("Non-fatal shooting under investigation", "Officers were called to Elm Street on Sunday.", (None, 1)),
    ],
)
def test_fatal_shooting(title: str | None, text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man showed up at a hospital with a gunshot wound on Sunday night.", (None, 1)),
        ("A 19-year-old walked into an emergency room with a gunshot wound to his arm.", (None, 1)),
        ("A woman arrived at the hospital suffering from a gunshot wound to the leg.", (None, 1)),
        # a pronoun is someone told already
        ("He arrived at the hospital with a gunshot wound.", (None, None)),
    ],
)
def test_arrived_hurt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that takes up the toll told before, in a sentence with no harm word
        ("Initially, officials put the death toll at 12. It has since risen to 15.", (15, None)),
        ("At least 20 people died in the landslide on Monday. By Wednesday, the number had climbed to 31.", (31, None)),
        # "it" with no verb of change, or a measure, is no toll
        ("At least 20 people died in the landslide. It was 15 years since the last one.", (20, None)),
        ("Twenty people were killed in the flood. It rose to 25 feet overnight.", (20, None)),
    ],
)
def test_toll_taken_up(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death told after "and" with its own subject is another person's
        ("A police officer was wounded and the suspect was killed in an exchange of gunfire.", (1, 1)),
        # the same person's death
        ("A man was shot in the head and a short time later died.", (1, None)),
    ],
)
def test_death_of_another_subject(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her parents, Ana Roe and Bo Diaz, were wounded in the attack.", (None, 2)),
        ("Two men, Ray Cole and Tim Diaz, were killed on the porch.", (2, None)),
        ("In the car, Ray Cole and Tim Diaz were wounded.", (None, 2)),
    ],
)
def test_pair_in_apposition(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Man charged in killing of teen", (1, None)),
        ("Arrest made in death of woman found in park", (1, None)),
    ],
)
def test_headline_bare_noun_death(title: str, expected: tuple[int | None, int | None]) -> None:
    assert _heads("Police arrested a 20-year-old man on Friday.", title) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a rounded title figure stands for the body's count just under it
        ("Strong earthquake kills nearly 300",
         "A powerful earthquake struck the mountains late on Friday, killing at least 296 people, officials said.",
         (296, None)),
        # a count far under the rounding is no statement of it
        ("Strong earthquake kills nearly 300",
         "A powerful earthquake struck late on Friday. At least 150 people died in one village alone, officials said.",
         (300, None)),
    ],
)  # fmt: skip
def test_a_rounded_title_figure_and_the_count_it_stands_for(
    title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _heads(text, title) == expected
