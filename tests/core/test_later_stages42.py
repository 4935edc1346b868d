"""Grouping (round 42): later stages of an event. A trial, a verdict, a sentence, an inquiry's findings, a court's
ruling or compensation ordered is reported months or years after its event, with no count of time ("sentenced to
life", "the commission of inquiry found"): its sign names no day, its place, kind of disaster and toll (often told
otherwise: "the 13 victims", "killed thirteen") name its event. A new disaster of the same kind at the same place
years on tells no stage and stays apart, and a stage naming another year names another case. Sentences of our
own, invented incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.look_back_signs import LATER_STAGE, back_sign
from core.models import ArticleFacts
from tests.core.feed_kit import holders, report_at


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Bomber sentenced to life for bus station attack", ""),
        ("Court orders state to pay victims of the depot fire", ""),
        ("Inquiry finds ferry was overloaded", ""),
        ("Procès de l'incendie du dancing : le gérant condamné à six ans", ""),
        ("Condenado a 40 años el autor del atentado de la estación", ""),
        ("Julgamento do naufrágio começa em Manaus", ""),
        ("Ergastolo per l'attentatore della stazione", ""),
        ("Brandanschlag: Täter zu lebenslanger Haft verurteilt", ""),
        ("Aanslag op busstation: dader veroordeeld", ""),
        ("Gärningsmannen döms till livstids fängelse", ""),
        ("Wyrok w sprawie pożaru hali: dyrektor skazany", ""),
        ("Суд вынес приговор организатору взрыва", ""),
        ("Otogar saldırısı davasında karar: failler mahkum edildi", ""),
        ("Tersangka bom terminal divonis penjara seumur hidup", ""),
        ("터미널 폭발 사건 범인에 무기징역 선고", ""),
        ("车站爆炸案一审宣判", ""),
        (
            "Families wait",
            "The commission of inquiry found that the ferry carried twice its capacity. It heard 80 witnesses.",
        ),
    ],
)
def test_a_later_stage_is_a_sign(title: str, text: str) -> None:
    assert back_sign(title, text) == LATER_STAGE


@pytest.mark.parametrize(
    ("title", "text", "sign"),
    [
        ("Gunman opens fire outside courthouse, two dead", "", None),
        ("Bus station bombing kills 12 in Ravenna", "", None),
        ("Convicted felon kills six relatives at family home", "", None),
        ("A year after the verdict, families still wait", "", 12),  # (a count of time outweighs the stage)
    ],
)
def test_a_scene_at_a_court_is_no_stage_and_a_count_of_time_comes_first(
    title: str, text: str, sign: int | None
) -> None:
    assert back_sign(title, text) == sign


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


def _bombing() -> list[ArticleFacts]:
    return [
        report_at(
            "bomb1",
            "A bomb exploded at the bus station in Ravenna on Friday morning, killing 12 people and wounding 30, "
            "police said.",
            _at(2031, 4, 11),
            title="Bomb at Ravenna bus station kills 12",
        ),
        report_at(
            "bomb2",
            "The death toll from Friday's bomb attack at the Ravenna bus station rose to 13, hospital officials said.",
            _at(2031, 4, 12),
            title="Ravenna bombing toll rises to 13",
        ),
    ]


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "Bus station bomber sentenced to life",
            "The man who planted the bomb that killed 13 people at the bus station was sentenced to life in prison "
            "on Tuesday.",
            "en",
        ),
        (
            "Attentat de la gare routière : le poseur de bombe condamné à perpétuité",
            "L'homme qui avait posé la bombe ayant tué 13 personnes à la gare routière a été condamné mardi.",
            "fr",
        ),
        (
            "Bombenanschlag am Busbahnhof: Täter zu lebenslanger Haft verurteilt",
            "Der Mann, dessen Bombe am Busbahnhof 13 Menschen tötete, wurde am Dienstag verurteilt.",
            "de",
        ),
        (
            "Condenado a cadena perpetua el autor del atentado con bomba en la estación de autobuses",
            "El hombre que colocó la bomba que mató a 13 personas en la estación fue condenado el martes.",
            "es",
        ),
        (
            "Attentato alla stazione degli autobus di Ravenna: ergastolo per l'attentatore",
            "L'uomo che piazzò la bomba che uccise 13 persone alla stazione di Ravenna è stato condannato martedì.",
            "it",
        ),
        (
            "Bombaanslag op busstation: dader veroordeeld tot levenslang",
            "De man wiens bom op het busstation 13 mensen doodde, is dinsdag veroordeeld.",
            "nl",
        ),
    ],
)
def test_a_sentence_years_on_joins_its_bombing(title: str, text: str, language: str) -> None:
    """Two years on, the sentence: no count of time, the place named or not, the kind of disaster and the final
    toll told by the text."""
    stage = report_at("stage", text, _at(2033, 5, 16), title=title, language=language)
    held = holders([*_bombing(), stage])
    assert held["stage"] == held["bomb1"] == held["bomb2"]


def test_an_inquiry_report_months_on_joins_its_event_with_its_toll_told_otherwise() -> None:
    inquiry = report_at(
        "inquiry",
        "The commission of inquiry into the bus station bombing in Ravenna found that warnings were ignored. "
        "Thirteen people were killed in the attack.",
        _at(2031, 11, 3),
        title="Inquiry: warnings ignored before Ravenna bus station bombing",
    )
    held = holders([*_bombing(), inquiry])
    assert held["inquiry"] == held["bomb1"]


def test_a_new_bombing_at_the_same_place_years_on_is_no_stage_of_the_old_one() -> None:
    second = report_at(
        "second",
        "A bomb exploded at the bus station in Ravenna on Monday, killing 12 people, police said.",
        _at(2034, 2, 6),
        title="Bomb at Ravenna bus station kills 12",
    )
    held = holders([*_bombing(), second])
    assert held["second"] != held["bomb1"]


def test_a_stage_naming_another_year_is_another_case() -> None:
    """A verdict over "the 2027 bombing" at the same station: another case, though its toll is the event's."""
    stage = report_at(
        "stage",
        "The man who planted the bomb that killed 13 people at the bus station in 2027 was sentenced on Tuesday.",
        _at(2033, 5, 16),
        title="Ravenna bus station bomber sentenced to life for 2027 attack",
    )
    held = holders([*_bombing(), stage])
    assert held["stage"] != held["bomb1"]


def test_a_stage_of_another_kind_of_disaster_stays_apart() -> None:
    stage = report_at(
        "stage",
        "The owner of the ferry that sank in the harbour, killing 13 people, was sentenced to eight years on Tuesday.",
        _at(2033, 5, 16),
        title="Ferry owner sentenced to eight years",
    )
    held = holders([*_bombing(), stage])
    assert held["stage"] != held["bomb1"]


def _shootings() -> list[ArticleFacts]:
    return [
        report_at(
            "shot1",
            "A man was shot dead on Elm Street in Dayton on Saturday night, police said.",
            _at(2031, 6, 7),
            title="Man shot dead in Dayton",
        ),
    ]


def test_a_lone_victims_sentence_does_not_join_another_killing_of_its_town() -> None:
    """One dead at a town is many cases: a sentence for one killing a year on names none of them by its toll."""
    stage = report_at(
        "stage",
        "A Dayton man was sentenced to 25 years in prison on Monday for shooting a man dead outside a bar.",
        _at(2032, 9, 20),
        title="Dayton man sentenced to 25 years for fatal shooting",
    )
    held = holders([*_shootings(), stage])
    assert held["stage"] != held["shot1"]


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "European court orders Italy to compensate Ravenna bombing victims",
            "The European Court of Human Rights ruled that Italy ignored warnings before the bomb attack at the "
            "bus station, which killed 13 people.",
            "en",
        ),
        (
            "La Cour européenne condamne l'Italie à indemniser les victimes de l'attentat de Ravenne",
            "La Cour européenne des droits de l'homme a jugé que l'Italie avait ignoré les alertes avant l'attentat "
            "à la bombe qui a tué 13 personnes à la gare routière.",
            "fr",
        ),
    ],
)
def test_a_court_ruling_years_on_placed_by_its_country_joins_its_event(title: str, text: str, language: str) -> None:
    """A ruling six years on, placed by its country or the town its headline names, dated on its own day: the
    country's events of a mass toll are where it looks for its event."""
    ruling = report_at("ruling", text, _at(2037, 1, 20), title=title, language=language)
    held = holders([*_bombing(), ruling])
    assert held["ruling"] == held["bomb1"]
