"""Round 27 (langs27): lexicon words other helpers asked for, on sentences of our own. A cape's word before a name
(id 'Tanjung'), the Hajj's Mina (no Minna), the pilgrims' origin, where a flight or a bus was heading (it, sw, am),
drowning as a death (ru), two counts joined by 'and' after their verb summed (ar, es, fr), one dead told by a
singular noun before the trigger (hi), and the language of a short headline told by a casualty word written inside a
longer word (sw 'wafariki') or by a headline's present tense (pt 'mata')."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.extract.language import detect_language
from core.models import ArticleInput
from tests.core.world_kit import headlines


def _places(text: str, language: str) -> set[str | None]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    assert claims, "the sentence states a figure"
    return {c.location for c in claims}


@pytest.mark.parametrize(
    ("language", "text", "not_place"),
    [
        # 'Tanjung' (cape) opens a cape's name: not the town Tanjung in South Kalimantan
        ("id", "Pesawat latih itu jatuh di perairan Tanjung Karawang dan dua awaknya tewas.", "Tanjung"),
        ("id", "Sebuah kapal nelayan karam di dekat tanjung Sedari, tiga awak tewas.", "Sedari"),
        # Mina of the Hajj is no Minna in Nigeria, and the pilgrims' country (jemaah haji) is no place of the event
        ("id", "Sebanyak 14 jemaah haji Indonesia meninggal dalam desak-desakan di Mina pada Kamis.", "Minna"),
        ("id", "Sebanyak 14 jemaah haji Indonesia meninggal dalam desak-desakan di Mina pada Kamis.", "Indonesia"),
        # where a flight or a bus was going or came from (lexicon ROUTE_BEFORE) is no scene
        ("it", "L'aereo è precipitato poco dopo il decollo da Addis Abeba: 157 morti.", "Addis Ababa"),
        ("it", "Il velivolo, decollato da Nairobi, si è schiantato: 12 morti.", "Nairobi"),
        ("sw", "Ndege iliyokuwa ikielekea Nairobi ilianguka na watu 157 walifariki.", "Nairobi"),
        ("sw", "Basi lililokuwa likielekea Mombasa lilipinduka na watu 12 walifariki.", "Mombasa"),
        ("am", "ወደ ናይሮቢ ሲበር የነበረው አውሮፕላን ተከስክሶ 157 ሰዎች ሞቱ።", "Nairobi"),
    ],
)
def test_a_name_that_is_no_scene(language: str, text: str, not_place: str) -> None:
    assert not_place not in _places(text, language)


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # guards: a town's whole name that begins with 'Tanjung' is read whole; a town after 'di' stays the scene
        ("id", "Banjir di Tanjung Pinang menewaskan 3 orang.", "Tanjung Pinang"),
        ("id", "Kecelakaan di Karawang menewaskan 3 orang.", "Karawang"),
        ("sw", "Watu 12 walifariki katika ajali ya basi mjini Mombasa.", "Mombasa"),
        ("it", "Un aereo è precipitato a Nairobi: 12 morti.", "Nairobi"),
    ],
)
def test_the_scene_stays(language: str, text: str, place: str) -> None:
    assert _places(text, language) == {place}


@pytest.mark.parametrize(
    ("language", "text", "killed", "wounded"),
    [
        # drowning is dying
        ("ru", "При крушении лодки на реке утонули 19 человек.", "19", "-"),
        ("ru", "В озере утонул мужчина, ещё 3 человека погибли.", "3", "-"),
        # a verb before two counts of people joined by 'and': their sum ('and' on the second noun, 'one' after it)
        ("ar", "أصيب ثلاثة من رجال الشرطة ومارّ واحد في الهجوم.", "-", "4"),
        ("ar", "قتل ثلاثة جنود ومدني واحد في الكمين.", "4", "-"),
        ("es", "Resultaron heridos tres policías y un transeúnte.", "-", "4"),
        ("fr", "Ont été blessés trois policiers et un passant.", "-", "4"),
        # guards: a part of them, another verb's count, a thing counted
        ("ar", "أصيب ثلاثة أشخاص بجروح و2 منهم في حالة خطيرة.", "-", "3"),
        ("es", "Resultaron heridos tres policías y 2 de ellos siguen graves.", "-", "3"),
        ("ar", "قتل ثلاثة أشخاص وأصيب اثنان.", "3", "2"),
        ("es", "Fallecieron tres personas y 5 resultaron heridas.", "3", "5"),
        # one dead told by a singular noun and its particle before the trigger (an age before it is no count)
        ("hi", "सड़क हादसे में 35 वर्षीय व्यक्ति की मौत हो गई।", "1", "-"),
        ("hi", "बस पलटने से 12 यात्री घायल हुए, चालक की मौत हो गई।", "1", "12"),
        # guards: the plural's own form with its count; a negation after the trigger
        ("hi", "हादसे में दो युवकों की मौत हो गई।", "2", "-"),
        ("hi", "हादसे में किसी व्यक्ति की मौत नहीं हुई।", "-", "-"),
        # a headline's present tense of 'to kill' before its count
        ("pt", "Acidente na BR-116 mata 3 pessoas.", "3", "-"),
        ("fr", "Un incendie tue 3 personnes à Lyon.", "3", "-"),
    ],
)
def test_figures(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a casualty trigger written inside a longer word (a lexicon that MATCHes anywhere): its subject and tense
        ("Ajali ya basi: 12 wafariki", "sw"),
        ("Watu 12 wafariki ajalini Morogoro", "sw"),
        # a headline's present tense as a one-word trigger
        ("Acidente mata 3 em Minas", "pt"),
        # already read: a plain one-word trigger with a count
        ("Ulykke: to døde", "no"),
        ("3 døde i trafikkulykke", "no"),
        # guards: no count, or an English text with a word ending as a trigger does
        ("Tote Bags For Sale", "en"),
        ("Uawa Road 3 miles", "en"),
        ("Wafariki Street reopens", "en"),
    ],
)
def test_short_headline_language(text: str, language: str) -> None:
    assert detect_language(text) == language
