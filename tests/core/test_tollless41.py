"""Grouping (round 41): events without a death toll. A shooting where eight were hurt and nobody died has no count
of the dead for its reports to agree on: they join on the count of the hurt as a deadly event's reports join on
its toll, when kind, days and place (or no place at all) agree; a first, lower count is an earlier figure of it.
"Washington" with a quadrant ("Northeast DC", "noreste de Washington") or as a headline's kicker is the capital,
not the state; a meeting ("reunión") is no Réunion. Sentences of our own, invented incidents."""

from __future__ import annotations

import pytest

from core.events.hazards import headline_hazards
from core.events.hurt_counts import keyed_by_its_hurt, pulled_by_its_hurt_count, shared_hurt_count
from core.events.pieces import article_pieces
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import resolve_location
from core.places.place_votes import article_locations
from tests.core.feed_kit import holders, report

_CAPITAL = "city:4140963"  # Washington, D.C.


def _party_shooting() -> list[ArticleFacts]:
    """A shooting at a party in Memphis, eight hurt and nobody killed, told by two local reports of its day."""
    return [
        report(
            "local",
            "Eight people were wounded when someone opened fire on a graduation party on Dellwood Avenue in "
            "Memphis, Tennessee, late Saturday, police said. None of the injuries were life-threatening.",
            11,
            title="Eight wounded at Memphis graduation party",
        ),
        report(
            "local2",
            "Memphis police are searching for a gray sedan after eight people were shot and wounded at a party on "
            "Dellwood Avenue on Saturday night. Two of the wounded are teenagers.",
            11,
            title="Police seek car after Memphis party shooting",
        ),
    ]


@pytest.mark.parametrize(
    ("language", "title", "text", "day"),
    [
        # placed nowhere the gazetteer knows, nothing dates it
        (
            "en",
            "Eight shot, none fatally, at Dellwood Avenue party",
            "Eight people were shot, none fatally, at a party on Dellwood Avenue late Saturday, a police spokesman "
            "said.",
            None,
        ),
        (
            "en",
            "0 dead, 8 injured after gunfire at Dellwood Avenue party",
            "0 dead, 8 injured after gunfire at a graduation party on Dellwood Avenue, police said on Sunday.",
            None,
        ),
        # only the country, in other languages, in its days
        (
            "fr",
            "Etats-Unis : huit blessés par balles lors d'une fête",
            "Huit personnes ont été blessées par balles lors d'une fête de remise de diplômes aux États-Unis, sans "
            "faire de mort, selon la police.",
            12,
        ),
        (
            "de",
            "Acht Verletzte bei Schüssen auf Party in den USA",
            "Bei Schüssen auf eine Abschlussparty in den USA sind acht Menschen verletzt worden, getötet wurde "
            "niemand, wie die Polizei mitteilte.",
            12,
        ),
        (
            "pt",
            "Tiroteio em festa nos EUA deixa oito feridos",
            "Oito pessoas ficaram feridas num tiroteio durante uma festa de formatura nos Estados Unidos, "
            "informou a polícia.",
            12,
        ),
    ],
)
def test_a_report_of_the_same_count_of_hurt_joins_the_shooting_nobody_died_in(
    language: str, title: str, text: str, day: int | None
) -> None:
    """Placed nowhere, or only in the country, the report gives the shooting's kind, its days (or none) and its
    very count of the hurt, with nobody dead: the same shooting."""
    follow_up = report("follow", text, day, language, title=title)
    held = holders([*_party_shooting(), follow_up])
    assert held["local"] == held["local2"] == held["follow"]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "fr",
            "Etats-Unis : huit blessés par balles lors d'une fête",
            "Huit personnes ont été blessées par balles lors d'une fête de remise de diplômes aux États-Unis, selon "
            "la police.",
        ),
        (
            "es",
            "Ocho heridos de bala en una fiesta en Estados Unidos",
            "Ocho personas resultaron heridas de bala durante una fiesta de graduación en Estados Unidos, informó "
            "la policía.",
        ),
    ],
)
def test_when_nothing_is_dated_a_report_placed_in_the_country_joins_on_the_count_of_the_hurt(
    language: str, title: str, text: str
) -> None:
    """A feed that dates nothing: the report placed only in the country meets the city's shooting by its kind and
    its very count of the hurt, nobody dead."""
    local = [report(r.id, r.text or "", None, title=r.title) for r in _party_shooting()]
    held = holders([*local, report("abroad", text, None, language, title=title)])
    assert held["local"] == held["local2"] == held["abroad"]


def test_a_first_lower_count_of_the_hurt_is_an_earlier_figure_of_it() -> None:
    """The first alert counts five hurt, the later reports eight: one shooting, its count risen."""
    first = report(
        "first",
        "Five people were wounded in a shooting at a party on Dellwood Avenue in Memphis, Tennessee, police said.",
        11,
        title="Five hurt in Memphis party shooting",
    )
    held = holders([first, *_party_shooting()])
    assert held["first"] == held["local"] == held["local2"]


def test_a_report_with_a_death_stays_apart_from_the_shooting_nobody_died_in() -> None:
    """Another shooting of those days, placed only in the country, with eight hurt and two dead: a count of the
    hurt is no toll when a death is told, and this one keys on its dead."""
    deadly = report(
        "deadly",
        "Zwei Menschen wurden getötet und acht verletzt, als ein Mann in einem Einkaufszentrum in den USA um sich "
        "schoss, teilte die Polizei mit.",
        12,
        "de",
        title="Zwei Tote und acht Verletzte bei Schüssen in den USA",
    )
    held = holders([*_party_shooting(), deadly])
    assert held["local"] == held["local2"]
    assert held["deadly"] != held["local"]


def test_another_count_of_the_hurt_in_the_country_stays_apart() -> None:
    """A report placed only in the country, of those days, with three hurt: too few and not the count."""
    other = report(
        "other",
        "Trois personnes ont été blessées par balles lors d'une fête aux États-Unis, selon la police.",
        12,
        "fr",
        title="Etats-Unis : trois blessés lors d'une fête",
    )
    held = holders([*_party_shooting(), other])
    assert held["other"] != held["local"]


@pytest.mark.parametrize(
    ("values", "hints", "shared"),
    [
        ({"wounded": 9}, {"wounded": [9, 7]}, True),
        ({"killed": 0, "wounded": 9}, {"wounded": [9]}, True),
        ({"missing": 12}, {"missing": [12], "killed": [0]}, True),
        ({"wounded": 9}, {"wounded": [9], "killed": [2]}, False),  # the event keys on its dead
        ({"killed": 1, "wounded": 9}, {"wounded": [9]}, False),
        ({"wounded": 3}, {"wounded": [3]}, False),  # too common a count
        ({"wounded": 9}, {"wounded": [8]}, False),
    ],
)
def test_a_count_of_the_hurt_is_shared_only_when_nobody_died(
    values: dict[str, int], hints: dict[str, list[int]], shared: bool
) -> None:
    assert shared_hurt_count(values, hints) is shared


def test_an_event_is_found_by_its_count_of_the_hurt_only_when_nobody_died() -> None:
    assert keyed_by_its_hurt([{"wounded": 9}, {"wounded": 7, "killed": 0}])
    assert not keyed_by_its_hurt([{"wounded": 9}, {"killed": 1}])
    assert not keyed_by_its_hurt([{"wounded": 2}])


def test_a_weak_report_is_pulled_by_the_very_count_of_the_hurt_of_its_kind() -> None:
    shooting = frozenset({"attack"})
    assert pulled_by_its_hurt_count(True, (None, 9), (0, 9), (shooting, shooting))
    assert not pulled_by_its_hurt_count(False, (None, 9), (0, 9), (shooting, shooting))  # a firm place keeps it
    assert not pulled_by_its_hurt_count(True, (None, 9), (None, 9), (shooting, frozenset({"fire"})))
    assert not pulled_by_its_hurt_count(True, (1, 9), (None, 9), (shooting, shooting))


@pytest.mark.parametrize(
    "written", ["Northeast DC", "Northeast D.C.", "NW DC", "Southeast Washington, D.C.", "Northeast Washington"]
)
def test_a_quadrant_of_the_capital_is_the_city(written: str) -> None:
    assert resolve_location(written).key == _CAPITAL


@pytest.mark.parametrize("written", ["eastern Washington", "Washington", "Spokane, Washington"])
def test_the_state_is_not_the_capital(written: str) -> None:
    assert resolve_location(written).key != _CAPITAL


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "fr",
            "Washington : sept blessés dans une fusillade à une fête de quartier",
            "Des tirs ont blessé sept personnes lors d'une fête de quartier, a annoncé la police.",
        ),
        (
            "es",
            "Siete heridos en un tiroteo en el noreste de Washington",
            "Siete personas resultaron heridas cuando dispararon desde un coche contra una fiesta, informó la policía.",
        ),
        (
            "en",
            "Seven hurt in Northeast DC drive-by",
            "Seven people were wounded when shots were fired from a car into a block party, police said.",
        ),
    ],
)
def test_the_capital_named_in_a_headline_places_the_report(language: str, title: str, text: str) -> None:
    """A headline opening on "Washington :" (a kicker, as a dateline) or naming a quadrant of it is the capital's."""
    facts = report("dc", text, 11, language, title=title)
    main = next(p for p in article_pieces(facts) if p.main)
    assert main.location.key == _CAPITAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Nueve personas resultaron heridas en una reunión familiar, informó la policía."),
        ("pt", "Nove pessoas ficaram feridas durante uma reunião de família, informou a polícia."),
        ("it", "Nove persone sono rimaste ferite durante una riunione di famiglia, ha detto la polizia."),
    ],
)
def test_a_meeting_is_no_reunion_island(language: str, text: str) -> None:
    claims = extract(ArticleInput(text=text, language=language)).claims
    facts = ArticleFacts("m", "o", claims, None, None, (), text, None)
    assert all(loc.key != "country:RE" for loc in article_locations(facts).values())


@pytest.mark.parametrize("title", ["Nine hurt in drive-by at holiday cookout", "Drive-by leaves seven wounded"])
def test_a_drive_by_is_a_shooting(title: str) -> None:
    assert "attack" in headline_hazards(title)
