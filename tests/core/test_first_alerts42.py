"""Grouping (round 42): first alerts with no figure, and the city's other news they and the event must not take in.

- A gun battle is a shooting: "police and two men traded fire", "un échange de tirs", "fuego cruzado" name no blaze,
  so the shooting's first report is no fire of the city (a fire's kind would keep a decoy's shooting in).
- A first alert joins the one event of its place, kind and day (`core.events.first_alerts`): when a road crash of
  the next day in the same town is of its kind too, the event that began the very day the alert came out is its own.
- A name several towns share ("Richmond") is read alike by the alert and by its event's reports: the very place,
  whatever other town the name might be.
- A look-back a year on dates the event "a year ago", days off for a feast of another calendar: the day the event
  began is the one its news reports tell, so its first alert still meets it.
- A report that nothing dates, telling the siege's toll at the city, is no bridge between the siege and a man shot
  dead on another street two days later.

Sentences of our own; reports are published in May 2031 (the 17th is a Saturday), extracted as the service does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.hazards import headline_hazards
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, when: datetime | None, title: str, text: str) -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, published_at=when)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, when, title, fingerprint(text, title), text, None)


def _at(day: int, hour: int, month: int = 5, year: int = 2031) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def _groups(reports: list[ArticleFacts]) -> list[list[str]]:
    return sorted(sorted(e.article_ids) for e in group_articles(reports, GroupingSettings()) if e.article_ids)


def _holding(groups: list[list[str]], rid: str) -> list[str]:
    return next(g for g in groups if rid in g)


@pytest.mark.parametrize(
    "headline",
    [
        "Police traded fire with two men outside a warehouse",
        "Hours of exchanged fire at the port gate",
        "Long gun battle near the cathedral",
        "Firefight on the ring road, officers hurt",
        "Shootout at a roadside bar",
        "Un échange de tirs devant une épicerie",
        "Intercambio de fuego frente a una tienda",
        "Fuego cruzado en el mercado",
        "Troca de tiros no centro da cidade",
        "Conflitto a fuoco davanti a un negozio",
        "Schusswechsel vor einem Supermarkt",
    ],
)
def test_a_gun_battle_is_a_shooting_not_a_fire(headline: str) -> None:
    assert headline_hazards(headline) == frozenset({"attack"})


@pytest.mark.parametrize("headline", ["Fire at a timber yard kills two", "Incendio en una fábrica textil"])
def test_a_fire_stays_a_fire(headline: str) -> None:
    assert "fire" in headline_hazards(headline)


# ---------------------------------------------------------------------------------------------------------
# A bus that overturned in Kano on the 17th (two dead, five hurt), told first in Russian; a motorcyclist killed in
# Kano on the 18th: both road crashes of the town, a day apart


def _bus_crash() -> list[ArticleFacts]:
    return [
        _report(
            "alert",
            _at(17, 7),
            "В Кано перевернулся автобус",
            "В нигерийском городе Кано утром перевернулся пассажирский автобус, сообщают очевидцы. На место "
            "прибыли машины скорой помощи, полиция перекрыла движение.",
        ),
        _report(
            "b1",
            _at(17, 13),
            "Busunglück in Kano: zwei Tote",
            "Beim Umkippen eines Kleinbusses in der nigerianischen Stadt Kano sind am Samstagmorgen zwei Menschen "
            "ums Leben gekommen, fünf wurden verletzt, teilte die Verkehrspolizei mit.",
        ),
        _report(
            "b2",
            _at(17, 19),
            "Kano : un minibus se renverse, deux morts",
            "Deux personnes ont été tuées et cinq blessées samedi matin lorsqu'un minibus s'est renversé à Kano, "
            "dans le nord du Nigeria, selon la police routière.",
        ),
        _report(
            "moto",
            _at(18, 21),
            "Motorcyclist killed in Kano crash",
            "A motorcyclist was killed on Sunday evening when his motorbike collided with a truck on a road in "
            "Kano, the road safety corps said.",
        ),
    ]


def test_a_first_alert_joins_the_event_that_began_its_day() -> None:
    groups = _groups(_bus_crash())
    assert _holding(groups, "alert") == ["alert", "b1", "b2"]
    assert ["moto"] in groups


# A bus that overturned in Richmond, a name several towns share: the alert, in Japanese, reads it as the reports do


def _richmond_bus(alert_title: str, alert_text: str) -> list[ArticleFacts]:
    return [
        _report("alert", _at(17, 7), alert_title, alert_text),
        _report(
            "r1",
            _at(17, 13),
            "Bus overturns in Richmond, two dead",
            "Two people were killed and five hurt when a bus overturned in Richmond on Saturday morning, police said.",
        ),
        _report(
            "r2",
            _at(17, 20),
            "Richmond bus crash: victims named",
            "Police named the two people killed when a bus overturned in Richmond on Saturday; five others were "
            "hurt and remain in hospital.",
        ),
    ]


@pytest.mark.parametrize(
    ("alert_title", "alert_text"),
    [
        ("リッチモンドでバス横転", "リッチモンドで朝、路線バスが横転した。救急車が現場に向かっている。"),
        ("В Ричмонде перевернулся автобус", "В Ричмонде утром перевернулся автобус, на месте работают медики."),
    ],
    ids=["ja", "ru"],
)
def test_a_first_alert_reads_a_shared_name_as_its_event_does(alert_title: str, alert_text: str) -> None:
    groups = _groups(_richmond_bus(alert_title, alert_text))
    assert _holding(groups, "alert") == ["alert", "r1", "r2"]


# ---------------------------------------------------------------------------------------------------------
# A crush at the stadium of Kano on the 17th; a look-back a year on that dates it eleven days early


def _crush(with_look_back: bool) -> list[ArticleFacts]:
    reports = [
        _report(
            "alert",
            _at(17, 9),
            "Давка на стадионе в Кано после молитвы",
            "В нигерийском городе Кано после молитвы на стадионе началась давка, сообщают очевидцы. К стадиону "
            "съезжаются машины скорой помощи, полиция оцепила район.",
        ),
        _report(
            "k1",
            _at(17, 15),
            "Massenpanik in Stadion in Kano: 23 Tote",
            "Mindestens 23 Menschen sind bei einer Massenpanik nach dem Gebet im Stadion von Kano ums Leben "
            "gekommen, 60 wurden verletzt, teilte die Katastrophenschutzbehörde am Samstag mit.",
        ),
        _report(
            "k2",
            _at(18, 8),
            "Bousculade meurtrière au stade de Kano : 23 morts",
            "Au moins 23 personnes ont péri et 60 ont été blessées dans une bousculade au stade Sani Abacha de "
            "Kano, au Nigeria, selon les secours.",
        ),
    ]
    if with_look_back:
        reports.append(
            _report(
                "back",
                _at(6, 10, year=2032),
                "Un an après la bousculade du stade de Kano, les familles attendent",
                "Il y a un an, 23 fidèles sont morts dans une bousculade au stade de Kano. Leurs familles disent "
                "que personne n'a rendu de comptes.",
            )
        )
    return reports


@pytest.mark.parametrize("with_look_back", [False, True])
def test_a_look_back_does_not_move_the_day_a_first_alert_meets(with_look_back: bool) -> None:
    groups = _groups(_crush(with_look_back))
    assert {"alert", "k1", "k2"} <= set(_holding(groups, "alert"))


# ---------------------------------------------------------------------------------------------------------
# A siege at a pharmacy in Tallinn on the 10th (six dead); a man shot dead on another street on the 12th


def _siege_and_street(undated_siege_report: bool) -> list[ArticleFacts]:
    reports = [
        _report(
            "s1",
            _at(10, 18),
            "Gun battle at Tallinn pharmacy; two officers hurt",
            "Police and two armed men traded fire for an hour around a pharmacy on Pärnu Road in Tallinn on "
            "Saturday afternoon. Two officers were hurt; there was no word yet on deaths.",
        ),
        _report(
            "s2",
            _at(10, 23),
            "Six dead after Tallinn pharmacy siege",
            "Six people were found dead once the shooting at a pharmacy in Tallinn ended, among them a police "
            "officer and the two gunmen, the police said late Saturday. Two other officers were wounded.",
        ),
        _report(
            "s3",
            _at(11, 9),
            "Tallinn attackers killed four, police say the pharmacy was targeted",
            "The two men killed an officer and then three people inside the pharmacy on Pärnu Road before police "
            "shot them dead, investigators said. Two officers were hurt in the shooting.",
        ),
        _report(
            "street",
            _at(12, 22),
            "Man shot dead on Narva Road in Tallinn",
            "A 31-year-old man was shot dead on Narva Road in Tallinn on Monday night, prosecutors said. No "
            "arrests have been made.",
        ),
    ]
    if undated_siege_report:
        reports.append(
            _report(
                "s4",
                None,
                "Tiroteo en una farmacia de Tallin deja seis muertos",
                "Seis personas murieron en el tiroteo de una farmacia de Tallin, incluidos los dos atacantes y un "
                "policía, informaron las autoridades. Dos agentes resultaron heridos.",
            )
        )
    return reports


@pytest.mark.parametrize("undated_siege_report", [False, True])
def test_an_undated_report_is_no_bridge_to_another_days_killing(undated_siege_report: bool) -> None:
    groups = _groups(_siege_and_street(undated_siege_report))
    assert ["street"] in groups
    assert {"s1", "s2", "s3"} <= set(_holding(groups, "s1"))
