"""Grouping (round 39): one event's reports whose figures change as coverage goes on. A wounded victim dies (one
dead and six hurt become two dead and five hurt), a count of bodies takes in the attacker a count of victims leaves
out (seven bodies, six killed besides the gunman), people missing are counted dead: the step a count takes between
two reports of one event does not make them two events of the same place, kind and days. Another incident of the
same town, with victims of its own, stays apart. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings, Member
from core.events.blocks import group_articles
from core.events.figure_steps import stepped_metrics
from core.models import ArticleFacts
from tests.core.test_events_join31 import report
from tests.core.test_events_join43 import _report
from tests.core.test_repeat_events38 import _market_fire


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


def _at(day: int) -> datetime:
    return datetime(2031, 5, day, 18, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------------------
# A wounded victim dies weeks later


def _deputies_ambush() -> list[ArticleFacts]:
    """A deputy killed and six officers wounded serving a warrant in Billings, told on the day and the next."""
    return [
        report(
            "first",
            "BILLINGS, Mont. - A sheriff's deputy was killed and six other officers were wounded when a man opened "
            "fire on them as they served a warrant at a house on Grand Avenue on Friday, the sheriff said.",
            2,
            title="Deputy killed, six officers wounded in Billings ambush",
        ),
        report(
            "second",
            "BILLINGS, Mont. - The man who shot seven officers serving a warrant on Grand Avenue surrendered after a "
            "two-hour standoff. One deputy was killed and six were wounded, the sheriff said on Saturday.",
            3,
            title="Gunman who shot seven officers in Billings surrenders",
        ),
    ]


def test_a_wounded_officer_dying_weeks_later_is_the_same_ambush() -> None:
    """Three weeks on, one of the wounded dies: two dead and five wounded are the same seven officers."""
    died = report(
        "died",
        "BILLINGS, Mont. - A second officer died on Monday of wounds suffered in the Grand Avenue ambush, the "
        "sheriff said, bringing the number of officers killed to two. Five other officers were wounded.",
        23,
        title="Second Billings officer dies of ambush wounds",
    )
    held = _holders([*_deputies_ambush(), died])
    assert held["died"] == held["first"] == held["second"]


def test_another_shooting_in_the_town_weeks_later_stays_apart() -> None:
    """The counterpart: three weeks on, two men killed and one wounded at a bar of the same town are other victims
    (three in all, not the ambush's seven): another shooting."""
    bar = report(
        "bar",
        "BILLINGS, Mont. - Two men were killed and a third was wounded when a fight outside a bar on Montana Avenue "
        "turned into a shootout early on Monday, police said.",
        23,
        title="Two killed, one wounded in shooting outside Billings bar",
    )
    held = _holders([*_deputies_ambush(), bar])
    assert held["first"] == held["second"]
    assert held["bar"] != held["first"]


# ---------------------------------------------------------------------------------------------------------
# Seven dead with the gunman, six victims: the state's report in another language


def _church_shooting() -> list[ArticleFacts]:
    """Two reports of a church shooting in Enid, undated by their words: seven dead counting the gunman."""
    return [
        report(
            "town",
            "ENID, Okla. - Seven people, including the gunman, are dead after a man opened fire inside a church, the "
            "police chief said. Three other worshippers were wounded.",
            11,
            title="7 dead, including gunman, in Enid church shooting",
        ),
        report(
            "town2",
            "ENID, Okla. - Police named the gunman who opened fire in a church as a 44-year-old former member of the "
            "congregation. Seven people died, counting the gunman, and three were wounded.",
            12,
            title="Enid church gunman named",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "title", "language"),
    [
        (
            "Un hombre armado mató a seis personas el domingo en una iglesia del estado de Oklahoma, en Estados "
            "Unidos, y murió abatido por la policía. Otros tres fieles resultaron heridos.",
            "Un tirador mata a seis personas en una iglesia de Oklahoma",
            "es",
        ),
        (
            "Un homme armé a tué six personnes dimanche dans une église de l'Oklahoma avant d'être abattu par la "
            "police. Trois autres fidèles ont été blessés.",
            "Oklahoma : six morts dans une fusillade dans une église",
            "fr",
        ),
    ],
)
def test_the_states_report_of_six_victims_is_the_towns_seven_dead(text: str, title: str, language: str) -> None:
    """Placed in the state, in words the town's reports do not share, the day's six victims are the town's seven
    dead without the gunman."""
    state = _report("state", text, _at(12).replace(hour=4), title=title, language=language)
    held = _holders([*_church_shooting(), state])
    assert held["state"] == held["town"] == held["town2"]


def test_the_states_report_of_another_toll_stays_apart() -> None:
    """The counterpart: three men shot dead in a bar of the state that day are other victims."""
    bar = _report(
        "bar",
        "Un hombre armado mató a tres personas el domingo en un bar del estado de Oklahoma, en Estados Unidos, y "
        "huyó en un coche robado.",
        _at(12).replace(hour=4),
        title="Un tirador mata a tres personas en un bar de Oklahoma",
        language="es",
    )
    held = _holders([*_church_shooting(), bar])
    assert held["town"] == held["town2"]
    assert held["bar"] != held["town"]


# ---------------------------------------------------------------------------------------------------------
# People missing counted dead


def test_a_toll_of_the_missing_counted_dead_at_the_next_town_is_the_same_plunge() -> None:
    """A bus falls from a bridge: the first day's report counts about 40 missing at one town, the next day's, in
    another language and placed at the next town up the river, 32 dead. The dead are the missing counted dead."""
    missing = _report(
        "missing",
        "KALISPELL, Mont. - About 40 people were missing on Tuesday after a tour bus plunged into the Flathead River "
        "when a bridge gave way near Kalispell, the sheriff said.",
        _at(13),
        title="About 40 missing after bus plunges into Flathead River",
    )
    dead = _report(
        "dead",
        "Al menos 32 personas murieron el martes cuando un autobús turístico cayó al río Flathead al ceder un puente "
        "cerca de Columbia Falls, en Montana, según el sheriff.",
        _at(14),
        title="32 muertos al caer un autobús a un río en Montana",
        language="es",
    )
    held = _holders([missing, dead])
    assert held["dead"] == held["missing"]


# ---------------------------------------------------------------------------------------------------------
# The steps themselves


def _member(**values: int) -> Member:
    return Member("m", [], values=dict(values))


@pytest.mark.parametrize(
    ("piece", "earlier", "stepped"),
    [
        ({"killed": 2, "wounded": 5}, {"killed": 1, "wounded": 6}, {"killed", "wounded"}),  # a wounded victim died
        ({"killed": 1, "wounded": 6}, {"killed": 2, "wounded": 5}, {"killed", "wounded"}),  # (told the other way)
        ({"killed": 6}, {"killed": 7}, {"killed"}),  # six victims, seven bodies with the gunman's
        ({"killed": 59}, {"missing": 70}, {"killed"}),  # the missing counted dead
        ({"missing": 70}, {"killed": 59}, {"missing"}),
    ],
)
def test_a_step_of_coverage_is_read_as_one(piece: dict[str, int], earlier: dict[str, int], stepped: set[str]) -> None:
    assert stepped_metrics(piece, [_member(**earlier)]) == stepped


@pytest.mark.parametrize(
    ("piece", "other"),
    [
        ({"killed": 2}, {"killed": 1}),  # one and two dead: any two shootings of a town
        ({"killed": 2, "wounded": 1}, {"killed": 1, "wounded": 2}),  # three victims: too few to tell from chance
        ({"killed": 2, "wounded": 5}, {"killed": 1, "wounded": 7}),  # other victims in all
        ({"killed": 20}, {"missing": 70}),  # not most of the missing
        ({"killed": 80}, {"missing": 70}),  # more dead than were missing
        ({"killed": 9}, {"killed": 7}),
    ],
)
def test_other_figures_are_no_step(piece: dict[str, int], other: dict[str, int]) -> None:
    assert not stepped_metrics(piece, [_member(**other)])


# ---------------------------------------------------------------------------------------------------------
# join57's exemption: a toll told as risen, placed nowhere and dated by nothing, in words of its own


@pytest.mark.parametrize(
    ("text", "title", "language"),
    [
        (
            "La cifra de muertos por el incendio ha subido a 52, informaron los bomberos, mientras continúa la "
            "búsqueda entre los escombros.",
            "Sube a 52 la cifra de muertos por el incendio",
            "es",
        ),
        (
            "Le bilan de l'incendie s'est alourdi à 52 morts, selon les pompiers, qui poursuivent les recherches dans "
            "les décombres.",
            "Incendie : le bilan s'alourdit à 52 morts",
            "fr",
        ),
    ],
)
def test_a_toll_told_as_risen_in_another_language_placed_nowhere_joins(text: str, title: str, language: str) -> None:
    """A count of the fire told as risen, in a language none of the fire's reports is in (no word shared), nothing
    placing or dating it: a count on the way, not another fire of a smaller toll (without the `how_toll_told`
    exemption of `a_smaller_toll_placed_nowhere_apart` it is kept apart)."""
    risen = _report("risen", text, None, title=title, language=language)
    held = _holders([*_market_fire(), risen])
    assert held["risen"] == held["m1"] == held["m4"]
