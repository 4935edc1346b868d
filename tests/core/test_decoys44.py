"""Grouping (round 44): decoys of another kind in the same place and days. A rollover on the interstate, a roof that
caved in after rain, a protest toll beside a head-on crash: one side was read as no kind at all, so the reports
joined the city's shooting, the district's wolf attacks or the country's protests by place and day alone. A vehicle
that rolled over is the road's; an animal's attack is the animal's ('animal', its word for an attack no gunman's); a
protest's dead are the unrest's ('unrest'); an outbreak's the disease's ('disease'). Two reports whose kinds share no
family stay apart (`core.events.hazards`). Sentences of our own, invented incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.hazards import headline_hazards
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders as _holders


def _report(rid: str, text: str, day: int | None, title: str, hour: int = 18, language: str = "en") -> ArticleFacts:
    """A report published on a day of June 2031, extracted as the service does."""
    published = datetime(2031, 6, day, hour, tzinfo=UTC) if day is not None else None
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


@pytest.mark.parametrize(
    "title",
    [
        "Three hurt in rollover on the interstate north of town",
        "Pickup rolls over on Route 9, driver killed",
        "Hit-and-run leaves pedestrian dead",
        "Carro capotou na estrada, dois feridos",
        "Atropelamento na avenida deixa um morto",
        "Auto si è ribaltata sulla statale, un morto",
        "Auto überschlug sich: zwei Verletzte",
        "Une voiture fait des tonneaux : un blessé grave",
    ],
)
def test_a_vehicle_that_rolled_over_is_the_roads(title: str) -> None:
    assert "road" in headline_hazards(title)


@pytest.mark.parametrize(
    "title",
    [
        "Wolf attack kills girl, 4, in hill village",
        "Man-eating wolves still roam as villagers keep watch",
        "Leopard mauls boy near tea garden",
        "Shark attack closes beach after swimmer dies",
        "Attaque de loup : une fillette tuée dans un village",
        "Ataque de lobos deja un niño muerto",
        "Wölfe töten Kind in Dorf",
        "Lupi sbranano un bambino",
        "भेड़िये के हमले में एक और बच्चे की मौत",
        "تیندوے کے حملے میں بچہ جاں بحق",
    ],
)
def test_an_animals_attack_is_the_animals_not_a_gunmans(title: str) -> None:
    assert headline_hazards(title) == frozenset({"animal"})


@pytest.mark.parametrize(
    "title",
    [
        "Nineteen died in the protests, minister says",
        "Protesters killed as police fired on demonstrators",
        "Manifestantes muertos en la capital",
        "Mortos em protestos sobem para 12",
        "Des manifestants tués dans la capitale",
        "Demonstranten bei Protesten getötet",
        "Maandamano: watu watano wauawa",
    ],
)
def test_a_protests_dead_are_the_unrests(title: str) -> None:
    assert "unrest" in headline_hazards(title)


@pytest.mark.parametrize(
    "title",
    [
        "Police fired on protesters outside parliament",
        "Soldiers firing at demonstrators, witnesses say",
    ],
)
def test_guns_fired_on_people_are_no_blaze(title: str) -> None:
    kinds = headline_hazards(title)
    assert "attack" in kinds and "fire" not in kinds


@pytest.mark.parametrize(
    "title",
    [
        "Dengue outbreak: deaths pass 300",
        "Cholera kills 20 in camps",
        "Épidémie de rougeole : 12 enfants morts",
        "Brote de dengue deja 40 muertos",
        "Surto de cólera mata 15",
        "Dengue-Fieber: Zahl der Toten steigt",
    ],
)
def test_an_outbreaks_dead_are_the_diseases(title: str) -> None:
    assert headline_hazards(title) == frozenset({"disease"})


def test_a_roof_that_caves_in_is_a_collapse() -> None:
    assert "collapse" in headline_hazards("Five hurt as house roof caves in after rain")


def test_a_rollover_on_the_interstate_is_no_shooting_of_the_city_that_day() -> None:
    """A girl shot dead in her home overnight, reported in the morning; three hurt in a rollover on the interstate
    north of the same city that same morning: the city and the day are all they share."""
    shooting = _report(
        "shot",
        "ALBUQUERQUE, N.M. - A 9-year-old girl was killed overnight when someone fired several rounds into her "
        "family's home in northeast Albuquerque, police said.",
        14,
        "Girl, 9, killed as shots are fired into Albuquerque home",
        hour=13,
    )
    rollover = _report(
        "rollover",
        "ALBUQUERQUE, N.M. - Three people were hurt on Saturday morning when their SUV rolled over on Interstate 25 "
        "north of Albuquerque, state police said.",
        14,
        "Three injured in rollover on I-25 north of Albuquerque",
        hour=15,
    )
    held = _holders([shooting, rollover])
    assert held["shot"] != held["rollover"]


@pytest.mark.parametrize("protest_first", [True, False])
def test_a_highway_crash_is_no_count_of_the_protests(protest_first: bool) -> None:
    """The country's protest toll told by its president; a head-on crash on a highway four days before: two
    events, whichever report came first."""
    protest = _report(
        "protest",
        "NAIROBI - President Omondi said on Sunday that 21 people had died during the week's protests against the "
        "finance bill across Kenya.",
        15,
        "Omondi: 21 people died in the protests",
    )
    crash = _report(
        "crash",
        "NAKURU, Kenya - Seven people were killed on Wednesday when a matatu and a lorry collided head-on on the "
        "Nakuru-Eldoret highway, police said.",
        11,
        "Seven killed in head-on collision on Nakuru-Eldoret highway",
    )
    held = _holders([protest, crash] if protest_first else [crash, protest])
    assert held["protest"] != held["crash"]


def test_a_roof_caving_in_after_rain_is_no_wolf_attack_toll() -> None:
    """The district's wolf attacks on children, and a house roof that caved in there after rain: both in Bahraich,
    neither dated by its words, five hurt beside the wolves' toll."""
    wolves = _report(
        "wolves",
        "BAHRAICH, India - Wolves killed two children in villages of Bahraich district, officials said, as "
        "villagers kept watch through the night and forest officials tried to trap the man-eating pack.",
        None,
        "Villagers keep vigil as man-eating wolves evade capture in Bahraich",
    )
    roof = _report(
        "roof",
        "BAHRAICH, India - Five members of a family were injured when the roof of their house caved in after "
        "heavy rain in Bahraich district, officials said.",
        None,
        "Bahraich: five hurt as house roof caves in after rain",
    )
    held = _holders([wolves, roof])
    assert held["wolves"] != held["roof"]
