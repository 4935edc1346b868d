"""Kinds of disaster headlines name that no family held: typhoons in Tagalog, ambushes, the weather itself
(lightning, heat, cold), and a fire that is no gunfire. Headlines written for these tests."""

from __future__ import annotations

import pytest

from core.events.hazards import hazards_exclude, headline_hazards


@pytest.mark.parametrize(
    ("title", "families"),
    [
        # a typhoon in Tagalog takes the linker -ng ("bagyong Odette")
        ("Nasawi sa bagyong Odette, umabot na sa 410", {"water"}),
        ("Typhoons batter the north, 60 dead", {"water"}),
        ("Avalanche buries climbers on the pass", {"water"}),
        ("Cyklon zabił 20 osób na wybrzeżu", {"water"}),
        ("Циклон налетел на побережье: трое погибших", {"water"}),
        # an ambush is an attack, in any language
        ("Soldiers killed in ambush near the border", {"attack"}),
        ("Emboscada contra una patrulla deja seis policías muertos", {"attack"}),
        ("Embuscade meurtrière contre un convoi militaire", {"attack"}),
        ("Sechs Soldaten bei Hinterhalt getötet", {"attack"}),
        ("11 sundalo patay sa pananambang ng mga rebelde", {"attack"}),
        ("Засада на колонну: погибли трое", {"attack"}),
        ("伏击事件造成十人死亡", {"attack"}),
        # death by the weather itself
        ("Lightning kills three farmers in Bihar", {"weather"}),
        ("Dua petani tewas tersambar petir di sawah", {"weather"}),
        ("Patay sa kidlat ang dalawang mangingisda", {"weather"}),
        ("Heatwave claims 45 lives as temperatures top 47C", {"weather"}),
        ("Cold wave: eight die of hypothermia", {"weather"}),
        ("Ola de calor deja 12 muertos en el sur", {"weather"}),
        ("Canicule : trois morts dans le sud", {"weather"}),
        ("Dos jornaleros mueren alcanzados por un rayo", {"weather"}),
        ("বজ্রপাতে ৭ জনের মৃত্যু", {"weather"}),
        ("落雷で2人死亡", {"weather"}),
        ("Thunderstorms and lightning kill 20", {"weather", "water"}),
        # a phrase that owns its words: a lightning strike or a heatstroke is no strike ("удар")
        ("Lightning strike kills 16 wedding guests", {"weather"}),
        ("Трое рыбаков погибли от удара молнии", {"weather"}),
        ("Тепловой удар: на стройке умер рабочий", {"weather"}),
        ("Drone strike hits a convoy, 9 dead", {"attack"}),
        # a fire alone is no gunfire: a fire at a mine is a fire at a mine
        ("Fire at a copper mine in the Urals kills 14", {"fire", "mine"}),
        ("Garment factory fire kills 20", {"fire"}),
        ("Gunmen opened fire on a wedding party", {"attack"}),  # (a gun's fire: no blaze)
        ("Police: gunfire erupts outside a bar", {"attack"}),
        ("Rifle fire killed two hunters, sheriff says", {"attack", "fire"}),
    ],
)  # fmt: skip
def test_more_kinds_of_disaster_are_named(title: str, families: set[str]) -> None:
    assert headline_hazards(title) == families


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # a lightning strike is neither a mine collapse nor a flood, but it is its storm's
        ("Lightning strike kills two herders", "Gold mine collapse traps 30 miners", True),
        ("Lightning strike kills two herders", "Floods sweep three villages", True),
        ("Lightning kills 12 as storms lash the state", "Storm death toll rises to 30", False),
        ("Lightning strike kills two herders", "Airstrike kills five in the valley", True),
        # a fire at a mine is no shooting, and an ambush is one
        ("Fire at a copper mine in the Urals kills 14", "Gunman kills four in shooting", True),
        ("Six soldiers killed in ambush", "Attack on army post leaves six dead", False),
    ],
)  # fmt: skip
def test_weather_ambush_and_fire_keep_or_join_events(a: str, b: str, apart: bool) -> None:
    assert hazards_exclude(headline_hazards(a), [headline_hazards(b)]) is apart
