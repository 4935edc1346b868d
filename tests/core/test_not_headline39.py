"""Figures that are not the headline figure, round 39. Sentences of our own.

A count of one group's dead beside the whole toll is a part of it ("3名中国员工" beside "至少25人死亡"); deaths
told as possible ("70 more may have died", "ربما لقوا حتفهم") give way to the count confirmed, and the hurt whose
lives are feared for ("30 of those treated might not survive") are a part of the injured, not their total; a range
of the injured stated in the body ("between 20 and 25") stands against our own arithmetic on a bound in the title
("as many as 25 shot", 2 dead); the poisoned treated in hospital after bad liquor or food are the sick, not the
wounded, and "mortos ou desaparecidos" is no toll; a zero told of both harms at once ("caused no deaths or
injuries", "tidak ada korban jiwa maupun luka-luka"); a lone victim whose age is given as a decade ("a man in his
50s drowned") is one dead."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Qualifier
from tests.core.figures_kit import headline_figures

_DAY = datetime(2025, 4, 9)


# A range stated in the body stands against arithmetic on a bound -----------------------------------------------------


def test_a_stated_range_of_injured_beats_a_bound_less_the_dead() -> None:
    claims = extract(
        ArticleInput(
            text="Two gunmen opened fire on a crowd leaving a club early Saturday, killing three people, police said. "
            "Between 30 and 35 people were wounded, the chief said.",
            title="3 dead, as many as 35 shot outside nightclub",
            published_at=_DAY,
        )
    ).claims
    wounded = pick_headline(main_incident_claims(claims), "wounded")
    assert wounded is not None
    assert (wounded.qualifier, wounded.low, wounded.high) == (Qualifier.RANGE, 30, 35)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2 dead, as many as 25 shot outside nightclub", (2, 23)),  # no other injured figure: ours, loose as it is
        ("2 dead, 25 shot outside nightclub", (2, 23)),
    ],
)
def test_a_bound_less_the_dead_stays_when_nothing_else_is_stated(
    title: str, expected: tuple[int | None, int | None]
) -> None:
    text = "Gunmen opened fire on a crowd outside a club, police said."
    assert headline_figures(text, title, _DAY) == expected


# A per-group subset is not the total ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "language", "expected"),
    [
        (
            "Gunmen stormed a hotel in the capital on Friday. The attack killed at least 25 people, officials "
            "said. Four of the dead were Belgian nationals.",
            "Hotel siege in the capital",
            "en",
            (25, None),
        ),
        (
            "首都一家酒店周五遭武装分子袭击，5名中国工程公司的员工不幸遇难。政府说，袭击共造成至少25人死亡。",
            "酒店遇袭 5名中国公民遇难",
            "zh",
            (25, None),
        ),
        (
            "一艘渔船在港口附近沉没，4名中国船员遇难。当局说，事故共造成至少12人死亡。",
            None,
            "zh",
            (12, None),
        ),
    ],
)
def test_one_groups_dead_beside_the_whole_toll_are_a_part(
    text: str, title: str | None, language: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title, _DAY, language) == expected


def test_a_group_count_alone_is_the_report_toll() -> None:
    assert headline_figures("一艘渔船在港口附近沉没，4名中国船员遇难。", None, _DAY, "zh") == (4, None)


# Speculative figures -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Divers recovered the bodies of 14 migrants after the boat sank. The agency said about 60 others may "
            "have died.",
            "en",
            (14, None),
        ),
        (
            "The explosion killed 41 people, the ministry said. Surgeons said more than 20 of those being treated "
            "for severe burns might not survive.",
            "en",
            (41, None),
        ),
        (
            "The fire killed nine people. Doctors said twelve people being treated for burns were not expected to "
            "survive.",
            "en",
            (9, None),
        ),
        (
            "انتشلت فرق الإنقاذ جثث 14 مهاجرا بعد غرق القارب، وتقول السلطات إن نحو 60 آخرين ربما لقوا حتفهم.",
            "ar",
            (14, None),
        ),
        ("Bei dem Unglück starben 14 Menschen. Bis zu 60 weitere könnten ums Leben gekommen sein.", "de", (14, None)),
        (
            "Los rescatistas recuperaron 14 cadáveres. Otras 60 personas podrían haber muerto, según la ONU.",
            "es",
            (14, None),
        ),
    ],
)
def test_possible_deaths_give_way_to_the_confirmed_count(
    text: str, language: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, None, _DAY, language) == expected


def test_an_injured_total_told_with_some_feared_for_stays() -> None:
    text = "The blast killed 12 people and injured 40, some of whom may not survive."
    assert headline_figures(text, None, _DAY) == (12, 40)


# Missed figures: zeros of both harms, others taken to hospital -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The storm flooded dozens of homes but caused no deaths or injuries, the mayor said.", "en", (0, 0)),
        ("There were no injuries or deaths, the fire brigade said.", "en", (0, 0)),
        ("Banjir merendam ratusan rumah, namun tidak ada korban jiwa maupun luka-luka, kata polisi.", "id", (0, 0)),
        ("Kebakaran menghanguskan pasar itu, tetapi tidak ada korban jiwa ataupun korban luka.", "id", (0, 0)),
        ("At least two others were taken to hospital after the stabbing, in which one man died.", "en", (1, 2)),
    ],
)
def test_zeros_of_both_harms_and_others_taken_to_hospital(
    text: str, language: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, None, _DAY, language) == expected


# A lone victim aged by decade ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man in his 60s drowned off a rocky beach on Sunday afternoon, police said.", (1, None)),
        ("A woman in her 40s was shot dead outside a pharmacy on Tuesday night.", (1, None)),
        ("A man in his early 20s was stabbed to death in a park, detectives said.", (1, None)),
        ("A man in his late thirties was wounded when a car was driven at a bus stop.", (None, 1)),
    ],
)
def test_a_lone_victim_aged_by_decade_is_one(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, None, _DAY) == expected


# Counts that are no figure of the harm: the poisoned treated in hospital, dead-or-missing totals ---------------------


@pytest.mark.parametrize(
    ("text", "title", "language", "expected"),
    [
        (
            "Nineteen people have died after drinking spurious liquor in two villages, officials said. More than 60 "
            "others are being treated in hospitals in the district.",
            "Hooch tragedy: toll rises to 19",
            "en",
            (19, None),
        ),
        (
            "Eleven guests died of food poisoning after a wedding banquet. Another 90 were treated in hospital.",
            None,
            "en",
            (11, None),
        ),
        (
            "In Kenia sind 19 Menschen an gepanschtem Alkohol gestorben. Mehr als 60 weitere werden im Krankenhaus "
            "behandelt.",
            None,
            "de",
            (19, None),
        ),
        ("O temporal deixou 12 mortos ou desaparecidos na comarca, segundo a Xunta.", None, "gl", (None, None)),
    ],
)
def test_counts_that_are_no_injured_figure(
    text: str, title: str | None, language: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, title, _DAY, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "A fire at a distillery making illicit liquor killed three workers on Monday. Fourteen others were taken "
            "to hospital with serious injuries, police said.",
            "en",
            (3, 14),
        ),
        ("Police seized 400 litres of moonshine. Two officers were injured in the raid.", "en", (None, 2)),
        (
            "Bei einer Explosion in einer Brennerei für gepanschten Alkohol starben drei Arbeiter. 14 weitere wurden "
            "verletzt.",
            "de",
            (3, 14),
        ),
        ("O temporal deixou 12 mortos na comarca, segundo a Xunta.", "gl", (12, None)),
    ],
)
def test_the_injured_beside_a_poison_stay(text: str, language: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, None, _DAY, language) == expected
