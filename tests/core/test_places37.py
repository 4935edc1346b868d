"""Places (round 35, places37): reports placed nowhere or at the wrong place.

- Romanian writes a county with its word before the name ('județul Dolj'), Hungarian with an adjective after it
  ('a Dolj megyei'): a first-level division named so, in a report whose town is a village the gazetteer lacks, is
  where the report is, not nowhere.
- A report that names one province with its division word and no town it can resolve is placed in that province;
  one that names two provinces so is placed in neither by this rule (a list of provinces hit is no one scene).
- A capitalised word opening a headline that only a town abroad bears ('Novi', new, in Croatian) is a word of the
  language when the text never writes it and the report is about another country: not the place.
- Hausa writes a state with its word before the name ('jihar Jigawa') and a road by its two ends ('hanyar Kano zuwa
  Katsina'): the road's ends are no scene, the state is where the report is (data/province_words.tsv,
  data/route_words.tsv).
- The hurt taken to hospitals in two towns ('in Ringim and Hadejia'): both are where they were treated, not only the
  one right after the word of care.
- An alert with no figure in a Brahmic script (Hindi, Nepali, Bengali, Tamil...) is placed in the big town its
  title or opening words name: a word of such a script holds its vowel signs, which are no letters to `\\w`.
- A follow-up naming the dead may name no town but 'the Fresno County Coroner's Office': a word beside a town
  keeps it a town with the possessive on it too ('Coroner's', 'Sheriff's').
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        (
            "ro",
            "Doi oameni au murit într-un incendiu izbucnit noaptea trecută într-o gospodărie din satul Zorlești, "
            "județul Dolj. Pompierii au intervenit cu trei autospeciale.",
            None,
        ),
        (
            "hu",
            "Két ember meghalt egy lakástűzben a Dolj megyei Zorleștiben. A tűzoltók három autóval vonultak ki.",
            None,
        ),
        (
            "ro",
            "O explozie a avut loc aseară la un depozit din satul Zorlești, județul Dolj. Echipajele de pompieri "
            "intervin la fața locului.",
            "Explozie la un depozit din Zorlești",
        ),
    ],
)
def test_a_village_below_the_gazetteer_in_a_county_named_with_its_word_is_in_that_county(
    language: str, text: str, title: str | None
) -> None:
    loc = placed(language, text, title)
    assert loc is not None and loc.kind == "province" and loc.label == "Dolj"


def test_an_alert_naming_two_counties_with_their_word_is_placed_in_neither() -> None:
    # a storm alert with no figure: two counties hit, no one scene
    loc = placed(
        "hu",
        "Vihar csapott le a Dolj megyei és az Olt megyei falvakra. A tűzoltók több helyszínen dolgoznak.",
    )
    assert loc is None or loc.kind == "country"


def test_a_headline_word_only_a_town_abroad_bears_is_not_the_place() -> None:
    loc = placed(
        "hr",
        "U Hrvatskoj je u noći na subotu u požaru kuće u jednom selu poginulo troje ljudi, a dvoje je ozlijeđeno.",
        "Novi požar: troje mrtvih",
    )
    assert loc is not None and loc.region is not None and loc.region.split("-")[0] == "HR"


def test_a_headline_town_the_text_names_again_stays_the_place_though_abroad() -> None:
    # a Croatian report about a fire in a US town, the town written in the title and in the text
    loc = placed(
        "hr",
        "U požaru u gradu Novi u američkoj saveznoj državi Michigan poginule su tri osobe.",
        "Novi, Michigan: troje mrtvih u požaru",
    )
    assert loc is not None and loc.label == "Novi, MI"


def test_a_hausa_report_on_the_road_between_two_towns_is_in_the_state_it_names() -> None:
    # a tanker fire on the road from one town to another, in a village of a state written with its word 'jihar'
    loc = placed(
        "ha",
        "Wata tankar mai ta kama da wuta a kan hanyar Kano zuwa Katsina a ƙauyen Dangwami na jihar Jigawa a daren "
        "Lahadi. Jami'an kashe gobara sun isa wurin.",
    )
    assert loc is not None and loc.label == "Jigawa"


def test_the_second_of_two_towns_the_hurt_were_taken_to_is_no_scene() -> None:
    loc = placed(
        "en",
        "At least 31 people were killed when a fuel tanker exploded in Dangwami, Jigawa State, on Sunday night, "
        "police said. Forty others were injured and taken to hospitals in Ringim and Hadejia.",
    )
    assert loc is not None and loc.label == "Jigawa"


def test_a_us_region_called_a_county_is_no_province_abroad() -> None:
    # 'North County' is how a US metro's papers name part of their county: no province of another country
    loc = placed(
        "en", "A teenager was accidentally shot in North County late Sunday, police said. He is expected to recover."
    )
    assert loc is None or (loc.region or "").startswith("US")


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("hi", "लखनऊ में चार मंजिला इमारत ढही", "मलबे में कई लोगों के दबे होने की आशंका है। राहत कार्य जारी है।"),
        ("ne", "लगातार वर्षा, बस्ती डुबानमा", "हिजोदेखि परेको वर्षाका कारण काठमाडौं उपत्यकाका खोलामा बाढी आएको छ।"),
    ],
)
def test_an_alert_in_a_brahmic_script_is_placed_in_the_big_town_it_names(language: str, title: str, text: str) -> None:
    # an alert with no figure: its title or its opening words name a big town with the script's vowel signs
    loc = placed(language, text, title)
    assert loc is not None and loc.label in ("Lucknow, IN", "Kathmandu, NP")


def test_a_countys_coroner_with_the_possessive_keeps_the_county_a_place() -> None:
    # a follow-up naming the dead: the county is written only before its coroner's office
    loc = placed(
        "en",
        "The Fresno County Coroner's Office on Tuesday named the three people killed in Saturday's crash. All "
        "three were teenagers, relatives said.",
    )
    assert loc is not None and loc.label == "Fresno County, CA"
