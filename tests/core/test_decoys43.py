"""Grouping (round 43): decoys joined by place and kind alone. The city's lone victim told first holds an event of
its own, and the several victims of another day (a party's shooting the next night) are no later count of it;
a motorcycle and its rider are the road's, so a motorcyclist's death is no shooting's lone victim of the same
night. Sentences of our own, invented incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.hazards import headline_hazards
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders as _holders


def _report(rid: str, text: str, day: int | None, title: str, hour: int = 18, language: str = "en") -> ArticleFacts:
    """A report published on a day of May 2031 (a Monday is the 12th, a Saturday the 10th), extracted as the
    service does."""
    published = datetime(2031, 5, day, hour, tzinfo=UTC) if day is not None else None
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _lone_victim() -> ArticleFacts:
    return _report(
        "lone",
        "TULSA, Okla. - A man was shot and killed outside a convenience store on Harvard Avenue late Saturday, "
        "Tulsa police said. Officers found him in the parking lot; no arrest has been made.",
        11,
        "Man shot dead outside Tulsa convenience store",
        hour=6,
    )


def _party_reports() -> list[ArticleFacts]:
    return [
        _report(
            "party",
            "TULSA, Okla. - Gunfire at a crowded graduation party in north Tulsa early Sunday killed two people and "
            "wounded six others, police said. Officers were still searching for two gunmen.",
            11,
            "2 killed, 6 wounded in shooting at Tulsa graduation party",
        ),
        _report(
            "party2",
            "TULSA, Okla. - Police on Monday named the two teenagers killed when gunmen opened fire on a graduation "
            "party early Sunday. Six other guests were wounded, one of them critically.",
            12,
            "Victims of Tulsa graduation party shooting identified",
        ),
    ]


@pytest.mark.parametrize("lone_first", [True, False])
def test_a_lone_victim_told_first_does_not_take_in_a_party_shooting_of_another_day(lone_first: bool) -> None:
    """A man shot dead outside a store late on Saturday, reported early on Sunday; a party's two dead and six hurt
    of early Sunday, reported on Sunday and Monday: the same city and kind, neighbouring days, no count in common,
    two incidents, whichever report came first."""
    reports = [_lone_victim(), *_party_reports()] if lone_first else [*_party_reports(), _lone_victim()]
    held = _holders(reports)
    assert held["party"] == held["party2"]
    assert held["lone"] != held["party"]


def test_a_report_of_the_party_that_dates_nothing_told_days_later_stays_apart() -> None:
    """A report of the party's toll whose words date nothing, published three days after the man's death: not a
    first word of his killing, whatever the city."""
    undated = _report(
        "undated",
        "TULSA, Okla. - Detectives are asking for videos from the graduation party where two young people were "
        "killed and six others were wounded by gunfire.",
        13,
        "Police seek videos of Tulsa graduation party shooting",
    )
    held = _holders([_lone_victim(), undated])
    assert held["lone"] != held["undated"]


def test_a_first_count_of_one_that_rises_the_same_day_still_joins() -> None:
    """One dead told first, then six dead at the same mall that same day: a toll told as it grew, one incident."""
    first = _report(
        "first",
        "TULSA, Okla. - One person was killed in a shooting at Woodland Hills Mall on Saturday afternoon, police said.",
        10,
        "One dead in shooting at Tulsa mall",
        hour=15,
    )
    later = _report(
        "later",
        "TULSA, Okla. - Six people were killed and four wounded when a gunman opened fire at Woodland Hills Mall "
        "on Saturday afternoon, police said.",
        10,
        "Six dead in Tulsa mall shooting",
        hour=21,
    )
    held = _holders([first, later])
    assert held["first"] == held["later"]


@pytest.mark.parametrize(
    "title",
    [
        "Motorcyclist dies in crash on the ring road",
        "Muere un motociclista en la carretera de circunvalación",
        "Motard tué sur la rocade",
        "Motorradfahrer stirbt auf der Umgehungsstraße",
        "Motociclista muore sulla tangenziale",
        "Motorrijder komt om op de ringweg",
        "Motocyklista zginął na obwodnicy",
    ],
)
def test_a_motorcyclists_death_is_the_roads(title: str) -> None:
    assert "road" in headline_hazards(title)


def test_a_motorcyclist_killed_the_evening_before_is_no_shootings_lone_victim() -> None:
    """A motorcyclist killed on Saturday evening, reported that night; a birthday party's shooting of Saturday
    night, reported the next day in French: the same city and night, another kind of death."""
    rider = _report(
        "rider",
        "TULSA, Okla. - A motorcyclist died on Saturday evening after colliding with a delivery van on Memorial "
        "Drive, Tulsa police said.",
        10,
        "Motorcyclist killed in crash on Memorial Drive",
        hour=22,
    )
    party = _report(
        "fete",
        "Sept personnes, dont le tireur, sont mortes samedi soir lors d'une fête d'anniversaire à Tulsa, dans "
        "l'Oklahoma, selon la police.",
        11,
        "Oklahoma : sept morts, dont le tireur, lors d'une fête d'anniversaire",
        language="fr",
    )
    held = _holders([rider, party])
    assert held["rider"] != held["fete"]


@pytest.mark.parametrize(
    "title",
    [
        "A student opened fire in the school cafeteria",
        "Gunman opens fire on wedding guests",
        "Un alumno abrió fuego en la cafetería del instituto",
        "Homem abriu fogo contra clientes de um bar",
        "Ha aperto il fuoco sulla folla davanti al locale",
    ],
)
def test_a_gun_opened_fire_is_a_shooting_not_a_blaze(title: str) -> None:
    """The shooting's words alone: no fire shared with the city's blaze of those days."""
    assert headline_hazards(title) == frozenset({"attack"})


def test_a_blaze_and_a_gun_opening_fire_in_one_headline_are_both() -> None:
    assert headline_hazards("Gunman opens fire, then sets the house on fire") == frozenset({"attack", "fire"})
