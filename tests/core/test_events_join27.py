"""Grouping reports that nothing dates: a country's or a province's toll goes to the event whose tolls it counts
on (the nearest), not to another town's smaller disaster of its kind, and does not bridge the two."""

from __future__ import annotations

from tests.core.feed_kit import holders, report


def _stampedes() -> list:
    return [
        report(
            "town1",
            "A stampede at a religious festival in Mathura, Uttar Pradesh, killed 88 people, most of them women, "
            "police said.",
            None,
        ),
        report(
            "town2",
            "At least 95 people died in a stampede after a prayer meeting in Mathura in Uttar Pradesh, officials said.",
            None,
        ),
        report(
            "decoy",
            "At least 14 pilgrims were killed and 40 injured in a stampede at a temple in Varanasi early on Sunday, "
            "police said.",
            None,
        ),
        report(
            "country",
            "The death toll from a stampede at a religious gathering in northern India has risen to 101, "
            "authorities said.",
            None,
        ),
    ]


def test_a_countrys_undated_toll_goes_to_the_event_it_counts_on() -> None:
    held = holders(_stampedes())
    assert held["country"] == held["town2"]
    assert held["decoy"] != held["town2"]


def _crashes() -> list:
    return [
        report(
            "town",
            "At least 41 people were killed when a passenger train collided with a freight train near Larissa, "
            "the fire brigade said.",
            None,
        ),
        report(
            "decoy",
            "Three people were killed and seven injured when a train hit a lorry at a level crossing near Volos.",
            None,
        ),
        report(
            "province",
            "The death toll from the train collision in Thessaly has risen to 48, the fire brigade said.",
            None,
        ),
    ]


def test_a_provinces_undated_toll_does_not_bridge_a_smaller_crash() -> None:
    """(A guard: these reports stood apart before the change too, and must still; the bridge the change refuses
    shows in own set a144 under `bench/own_events.py --undated 1`.)"""
    held = holders(_crashes())
    assert held["province"] == held["town"]
    assert held["decoy"] != held["town"]


def _sea_crash() -> list:
    return [
        report(
            "capital",
            "A passenger jet carrying 142 people plunged into the sea minutes after leaving Jakarta on Tuesday. "
            "Rescuers said none of the 142 on board was thought to have survived.",
            3,
            title="Airliner with 142 aboard crashes into the sea after take-off from Jakarta",
        ),
        report(
            "coast",
            "Sebuah pesawat penumpang jatuh ke laut di perairan Karawang, Jawa Barat, pada Selasa pagi. Seluruh 142 "
            "penumpang dan awak diperkirakan tewas.",
            3,
            language="id",
            title="Pesawat jatuh di perairan Karawang, 142 orang tewas",
        ),
    ]


def test_an_airliner_lost_off_a_town_near_the_city_it_left_is_one_crash() -> None:
    held = holders(_sea_crash())
    assert held["capital"] == held["coast"]
