"""Figure readings left by round 20's helpers: agents counted as victims, Buddhist-era years, an injured person
who died, kin of some of the dead (sentences written for these tests)."""

from __future__ import annotations

from core.extract import extract
from core.models import ArticleInput, Role
from tests.core.figures_kit import headline_figures


def _claims(text: str, language: str) -> list[tuple[str, int, Role]]:
    return [(c.metric, c.value, c.role) for c in extract(ArticleInput(text=text, language=language)).claims]


def test_attackers_who_killed_are_no_count_of_the_dead() -> None:
    text = "Two gunmen killed 14 people at a wedding hall in the north of the province on Saturday."
    assert ("killed", 2, Role.TOTAL) not in _claims(text, "en")
    assert headline_figures(text, language="en") == (14, None)


def test_attackers_who_wounded_are_no_count_of_the_hurt() -> None:
    text = "Four masked attackers wounded at least 9 worshippers outside the temple."
    assert ("wounded", 4, Role.TOTAL) not in _claims(text, "en")


def test_people_killed_in_a_place_are_still_the_dead() -> None:
    assert headline_figures("Two bombers killed in a raid near the border, police said.", language="en")[0] == 2
    assert headline_figures("Five people were killed 30 km south of the capital.", language="en")[0] == 5


def test_buddhist_era_year_is_no_count() -> None:
    text = "เมื่อวันที่ 14 มีนาคม 2568 เกิดเหตุรถบัสพลิกคว่ำ มีผู้เสียชีวิต 6 ราย"
    assert headline_figures(text, language="th")[0] == 6


def test_injured_worker_who_died_is_a_death_tr() -> None:
    text = "Fabrikadaki patlamada yaralı bir işçi hastanede hayatını kaybetti."
    assert headline_figures(text, language="tr") == (1, None)


def test_kin_of_some_victims_tell_a_part() -> None:
    text = (
        "At least 23 people died when a bus plunged into a gorge on Tuesday, officials said. "
        "Relatives of six pilgrims killed in the crash gathered at the morgue in the nearby town."
    )
    assert ("killed", 6, Role.SUBSET) in _claims(text, "en")
    assert headline_figures(text, language="en")[0] == 23


def test_treated_at_the_scene_are_the_hurt() -> None:
    # news-dev's convention: those treated on site are the stated injured; the ones moved to hospital are among them
    text = (
        "A boiler blew apart in the laundry. Fifteen workers were treated at the scene and three were taken to "
        "hospitals."
    )
    assert headline_figures(text, language="en") == (None, 15)


def test_treated_at_the_scene_for_shock_is_no_injury() -> None:
    assert headline_figures("Medics said 25 guests were treated at the scene for shock.", language="en") == (None, None)


def test_a_load_told_in_parts_gives_no_toll_pt_es() -> None:
    # no survivors, but the load is given as passengers and crew: their sum is not stated, and the crew alone is no toll
    pt = "O bimotor caiu perto de Cascavel. Havia 38 passageiros e 3 tripulantes a bordo. Não há sobreviventes."
    es = "La avioneta se estrelló cerca de Salta. Viajaban 9 pasajeros y 2 pilotos a bordo. No hubo sobrevivientes."
    assert headline_figures(pt, language="pt") == (None, None)
    assert headline_figures(es, language="es") == (None, None)


def test_a_whole_load_after_a_flight_number_is_the_toll_pt() -> None:
    text = "O voo 4410, com 47 pessoas a bordo, caiu na serra. Não há sobreviventes."
    assert headline_figures(text, language="pt")[0] == 47
