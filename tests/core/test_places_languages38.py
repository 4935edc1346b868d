"""Places in the newest languages (round 38, places45): a town's name as the language changes or writes it.

- Zulu writes 'in, at' as a locative prefix joined to a town's name, which keeps its capital ('eThekwini', 'eGoli',
  'eNewcastle'): the town (data/locative_prefixes.tsv). Kinyarwanda, Luganda and Swahili write the locative as a word
  of its own ('i Kigali', 'e Masaka', 'mjini Nairobi'), which their lexicons' LOCATIVES already read.
- Welsh mutates a name's first consonant after some words ('yng Nghaerdydd', 'ym Mangor', 'i Lanelli'): the rules
  are regular, one row per mutated initial and its radical (data/initial_mutations.tsv).
- A name in a locative case that is also another place's own name ('Tartus': in Tartu, and the Syrian port): the
  town of the text's country or of the language's, unless the text names the other's country.
- Kurdish names the gazetteer lacks ('Wanê': Van, 'Stenbolê': Istanbul), per language (data/language_names.tsv):
  'Wan' stays no Kurdish town in another language.
Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract.name_forms import radical_forms, unprefixed
from core.places import resolve_place
from core.places.index import data_lines
from tests.core.places_kit import placed


def _label(language: str, text: str) -> str | None:
    loc = placed(language, text)
    return loc.label if loc is not None else None


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("zu", "Abantu abane bashonile emlilweni eThekwini.", "Durban, ZA"),
        ("zu", "Abantu abathathu bafile ngesikhathi kuqhuma igesi eGoli.", "Johannesburg, ZA"),
        ("zu", "Abantu ababili bashonile engozini yebhasi eNewcastle ngoMsombuluko.", "Newcastle, ZA"),
        ("rw", "Abantu bane bapfuye mu nkongi y'umuriro i Musanze.", "Musanze, RW"),
        ("lg", "Abantu bana bafudde mu kabenje e Masaka.", "Masaka, UG"),
        ("sw", "Watu wanne wamefariki katika ajali ya basi jijini Mombasa.", "Mombasa, KE"),
    ],
)
def test_a_bantu_town_after_its_locative_prefix_is_the_town(language: str, text: str, label: str) -> None:
    assert _label(language, text) == label


def test_a_prefixed_name_keeps_its_offsets() -> None:
    sentence = "Kuqhume igesi eGoli naseNewcastle."
    assert len(unprefixed("zu", sentence)) == len(sentence)
    assert "Egoli" in unprefixed("zu", sentence)
    assert unprefixed("en", sentence) == sentence


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Bu farw pedwar o bobl mewn tân yng Nghaerdydd nos Sadwrn.", "Cardiff, GB"),
        ("Bu farw dau o bobl mewn damwain ffordd ym Mangor.", "Bangor, GB"),
        ("Cafodd tri o bobl eu hanafu mewn tân ym Mhontypridd.", "Pontypridd, GB"),
        ("Bu farw dyn mewn damwain ar y ffordd i Lanelli.", "Llanelli, GB"),
        ("Bu farw tri o bobl mewn tân yn Abertawe.", "Swansea, GB"),
    ],
)
def test_a_welsh_town_in_its_mutated_form_is_the_town(text: str, label: str) -> None:
    assert _label("cy", text) == label


@pytest.mark.parametrize(
    ("word", "radical"),
    [("Nghaerdydd", "Caerdydd"), ("Mangor", "Bangor"), ("Mhontypridd", "Pontypridd"), ("Chaerdydd", "Caerdydd"),
     ("Gasnewydd", "Casnewydd"), ("Lanelli", "Llanelli"), ("Fangor", "Bangor")],
)  # fmt: skip
def test_the_mutations_are_regular(word: str, radical: str) -> None:
    assert radical in radical_forms("cy", word)
    assert radical_forms("en", word) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tartus hukkus eile tulekahjus neli inimest, teatas Eesti päästeamet.", "Tartu, EE"),
        ("Eestis Tartus sai liiklusõnnetuses surma kaks inimest.", "Tartu, EE"),
        ("Süüria sadamalinnas Tartuses hukkus plahvatuses kaksteist inimest.", "Ţarţūs, SY"),
        ("Tartuses hukkus plahvatuses kaksteist inimest, teatas Süüria riigimeedia.", "Ţarţūs, SY"),
        ("Londonis hukkus tulekahjus neli inimest.", "London, GB"),
    ],
)
def test_a_locative_that_is_another_towns_name_is_read_by_the_texts_countries(text: str, label: str) -> None:
    assert _label("et", text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Li Wanê erdhejek çêbû û çar kes mirin.", "Van, TR"),
        ("Li Stenbolê di agirekî de sê kes mirin.", "Istanbul, TR"),
        ("Li Cizîrê du kes birîndar bûn û yek mir.", "Cizre, TR"),
        ("Li Amedê çar kes mirin.", "Diyarbakır, TR"),
    ],
)
def test_kurdish_names_the_gazetteer_lacks(text: str, label: str) -> None:
    assert _label("ku", text) == label


def test_a_kurdish_name_is_no_town_in_another_language() -> None:
    assert (
        _label("en", "Four people died when a fire swept through a restaurant in Wan Chai, police said.") != "Van, TR"
    )


def test_each_language_name_is_the_gazetteers_town_of_its_country() -> None:
    for cells in data_lines("language_names.tsv"):
        place = resolve_place(cells[2])
        assert place is not None and place.country == cells[3], cells
