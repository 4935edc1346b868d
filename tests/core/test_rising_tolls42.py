"""Grouping (round 42, join71): one event's reports of its first days, each with the toll of its hour, placed a
level apart (the country, the province), are one event, not one event per stage of its toll.

A mass poisoning is counted over days: 14 dead the first evening, 33 the next day, 38, then 36 once the count is
checked. One outlet places it by the country, another by the province; the reports are in several languages and
share no word, and only their publication dates them. A later count of the same kind of disaster, in the first
days, risen from the largest toll told so far (or a little below it), is a stage of the event. Decoys of the same
days and places with another toll and another kind (a bus crash, a building's collapse), a smaller toll of a
day of its own, and a much smaller toll later stay apart. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.events.hazards import told_hazards
from core.models import ArticleFacts
from tests.core.feed_kit import holders as _holders
from tests.core.feed_kit import report_at

_FIRST_EVENING = datetime(2034, 9, 4, 21, tzinfo=UTC)


def _report(rid: str, language: str, title: str, text: str, days: float) -> ArticleFacts:
    """A report published `days` after the first evening."""
    return report_at(rid, text, _FIRST_EVENING + timedelta(days=days), title, language)


def _country_first(language: str) -> ArticleFacts:
    """The first count, placed by the country only (German or French)."""
    if language == "de":
        return _report(
            "first",
            "de",
            "Vergifteter Wein bei Dorffest: 14 Tote in Griechenland",
            "In Griechenland sind nach einem Dorffest mindestens 14 Menschen an vergiftetem Wein gestorben. Dutzende "
            "Gäste liegen im Krankenhaus.",
            0.3,
        )
    return _report(
        "first",
        "fr",
        "Grèce : 14 morts après un vin empoisonné lors d'une fête de village",
        "En Grèce, au moins 14 personnes sont mortes après avoir bu du vin empoisonné lors d'une fête de village. "
        "Des dizaines d'invités ont été hospitalisés.",
        0.3,
    )


def _stages(language: str) -> list[ArticleFacts]:
    """The country's first count, then the province's higher ones, then the country's checked count (36, a
    little below 38), in four languages."""
    return [
        _country_first(language),
        _report(
            "province",
            "en",
            "Poisoned wine at Thessaly village feast kills 33",
            "Thirty-three people have died after drinking poisoned wine at a village feast in Thessaly, health "
            "officials said.",
            1.2,
        ),
        _report(
            "risen",
            "fr" if language == "de" else "de",
            "Vin frelaté en Thessalie : 38 morts" if language == "de" else "Vergifteter Wein in Thessalien: 38 Tote",
            "Le bilan de l'intoxication au vin frelaté en Thessalie s'est alourdi à 38 morts, selon les autorités "
            "sanitaires."
            if language == "de"
            else "Die Zahl der Toten nach dem vergifteten Wein in Thessalien ist auf 38 gestiegen, teilten die "
            "Gesundheitsbehörden mit.",
            2.4,
        ),
        _report(
            "checked",
            "es",
            "Grecia: 36 muertos por vino envenenado",
            "Las autoridades de Grecia cifran en 36 los muertos por el vino envenenado servido en una fiesta de "
            "pueblo.",
            3.3,
        ),
    ]


def _decoys() -> list[ArticleFacts]:
    """The same days and places, other tolls of other kinds: a bus crash in the province, a building's collapse in
    the country; later, a fire of a day of its own in the province and a new poisoning of two in the country."""
    return [
        _report(
            "bus",
            "en",
            "Bus crash in Thessaly kills 35",
            "A bus carrying pilgrims overturned on a mountain road in Thessaly, killing 35 people, police said.",
            1.6,
        ),
        _report(
            "collapse",
            "it",
            "Grecia, crolla un palazzo: 40 morti",
            "Un palazzo di sei piani è crollato in Grecia, uccidendo 40 persone, secondo i soccorritori.",
            2.0,
        ),
        _report(
            "small",
            "en",
            "Two die of poisoned moonshine in Greece",
            "Two men died after drinking poisoned moonshine at a farm in Greece, police said.",
            4.5,
        ),
    ]


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_toll_rising_over_its_first_days_by_country_and_province_is_one_event(language: str) -> None:
    """14 by the country, 33 and 38 by the province, 36 by the country: one event, whichever language came first."""
    held = _holders(_stages(language))
    assert len({held[r] for r in ("first", "province", "risen", "checked")}) == 1


@pytest.mark.parametrize("language", ["de", "fr"])
def test_decoys_of_its_days_with_other_tolls_stay_apart(language: str) -> None:
    held = _holders([*_stages(language), *_decoys()])
    assert len({held[r] for r in ("first", "province", "risen", "checked")}) == 1
    for decoy in ("bus", "collapse", "small"):
        assert held[decoy] != held["first"], decoy


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Thessaly poisoned wine toll rises to 41",
            "On Wednesday the death toll from the poisoned wine served at a village feast in Thessaly rose to 41, "
            "health officials said.",
        ),
        (
            "fr",
            "Thessalie : le bilan du vin empoisonné passe à 41 morts",
            "Mercredi, le bilan du vin empoisonné servi lors d'une fête de village en Thessalie est passé à 41 morts.",
        ),
    ],
)
def test_a_risen_count_dated_by_its_day_is_a_stage(language: str, title: str, text: str) -> None:
    """A count told as risen on a day of the first week ("rose to 41 on Wednesday") dates the count, not another
    poisoning: it joins the country's first count of 14."""
    risen = _report("dated", language, title, text, 2.6)
    held = _holders([_country_first("de"), risen])
    assert held["dated"] == held["first"]


@pytest.mark.parametrize(
    "headline",
    ["Vergiftetes Bier bei Beerdigung: 18 Tote", "Vergiftete Pilze: drei Tote", "Vergiftigde drank op feest"],
)
def test_inflected_words_of_poisoning_tell_a_poisoning(headline: str) -> None:
    report = report_at("one", "Sie starben im Krankenhaus.", _FIRST_EVENING, headline, "de")
    assert "poison" in told_hazards(report)


@pytest.mark.parametrize(
    "headline",
    [
        "Dozens dead as special forces storm the besieged school",
        "Troops stormed the hotel where gunmen held 40 guests",
        "Hostages freed as commandos storm the ship",
    ],
)
def test_troops_who_storm_a_building_bring_no_weather(headline: str) -> None:
    """The end of a siege is told with the siege's words, not a storm's: its reports of the first days (67 dead
    as troops storm it, 118 the day after) must not be kept apart as another kind of disaster."""
    report = report_at("one", "The siege ended at dawn.", _FIRST_EVENING, headline, "en")
    assert not told_hazards(report) & {"weather", "water"}


def test_a_storm_is_still_a_storm() -> None:
    report = report_at(
        "one", "Rivers burst their banks.", _FIRST_EVENING, "Storm kills 12 as troops evacuate towns", "en"
    )
    assert told_hazards(report) & {"weather", "water"}
