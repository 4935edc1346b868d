"""Towns of one name in several countries: sentences of our own where the report itself says which one (the
province written after it, the country it names or its people), as wire copy of world news does."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import main_location, resolve_location
from core.places.reading import _text_context
from core.similarity import fingerprint


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Hyderabad, Sindh", "Hyderabad, PK"),  # a province after the town says its country (not India's)
        ("Hyderabad, Sindh province", "Hyderabad, PK"),
        ("Leon, Guanajuato", "León de los Aldama, MX"),  # the hinted country's town by its other name
        ("Leon, Spain", "León, ES"),
    ],
)
def test_a_province_or_country_after_a_town_says_which_town(written: str, label: str) -> None:
    assert resolve_location(written).label == label


def main_of(title: str, text: str) -> str:
    """The main place of a wire report (an outlet of no country) as the service reads it."""
    claims = extract(ArticleInput(text=text, title=title)).claims
    url = "https://wire.example.com/story"
    facts = ArticleFacts("x", "wire.example.com", claims, None, title, fingerprint(text, title), text, url)
    main = main_location(facts)
    assert main is not None
    return main.label


def test_the_people_the_report_names_decide_between_two_world_cities() -> None:
    text = "The death toll from flash floods in Valencia rose to 158 on Thursday, Spanish officials said."
    assert main_of("Valencia floods: toll rises to 158", text) == "Valencia, ES"  # not Venezuela's, 1.4 million


def test_a_country_named_in_the_text_decides_too_but_not_as_a_first_name() -> None:
    assert ("VE", 0.25) in _text_context("Houses collapsed in Merida, in Venezuela's Andes.").countries
    assert _text_context("Chad Smith and Jordan Davis were shot in Merida.").countries == ()


def test_the_state_of_a_name_is_the_division_not_its_chief_town() -> None:
    text = "A fire at a market in Leon, in the central state of Guanajuato, killed six vendors, officials said."
    assert main_of("Fire at Leon market", text) == "León de los Aldama, MX"
    assert "Guanajuato state" in _text_context(text).mentions


def _main_in(language: str, title: str, text: str) -> str:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    facts = ArticleFacts("x", "wire.example.com", claims, None, title, fingerprint(text, title), text,
                         "https://wire.example.com/story")  # fmt: skip
    main = main_location(facts)
    assert main is not None
    return main.label


@pytest.mark.parametrize(
    ("language", "title", "text", "label"),
    [
        # Spain's Toledo, not Ohio's (three times its size): the Guardia Civil works in Spain only
        ("es", "Dos muertos en un incendio en Toledo",
         "Dos personas murieron el martes en el incendio de una vivienda en Toledo, según ha informado la Guardia "
         "Civil.", "Toledo, ES"),
        # Canada's London (Ontario), not England's: the Ontario Provincial Police
        ("en", "Two dead in London crash",
         "Two people were killed when a pickup truck collided with a car near London on Friday, the Ontario "
         "Provincial Police said.", "London, CA"),
    ],
)  # fmt: skip
def test_a_police_force_or_rescue_service_of_one_country_says_which_town(
    language: str, title: str, text: str, label: str
) -> None:
    assert _main_in(language, title, text) == label


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        # a wire bureau's dateline over another country's disaster: the country the body places it in
        ("Bus plunges into gorge, 24 dead",
         "NEW DELHI (AP) — A bus plunged into a gorge in western Nepal on Monday, killing 24 passengers, police "
         "said.", "NP"),
        ("Gold mine collapse kills nine",
         "NAIROBI, Kenya (AP) — A gold mine collapsed in Somalia's Puntland region on Friday, killing nine miners, "
         "a local official said.", "SO"),
        # filed from abroad, naming the scene's country once and no town of it
        ("Intelligence estimate of blast toll",
         "LONDON (Reuters) — British intelligence estimates that the explosion at al-Noor hospital in Yemen on "
         "Tuesday killed between 10 and 50 people, a source said.", "YE"),
        # a town named with its country's possessive is that country's (Jalalabad is a town in India too)
        ("Stampede at aid point kills 11",
         "ISLAMABAD (AP) — A stampede at a food distribution point in Afghanistan's Jalalabad on Monday killed "
         "11 people, officials said.", "AF"),
    ],
)  # fmt: skip
def test_a_bureaus_dateline_gives_way_to_the_country_the_body_places_the_disaster_in(
    title: str, text: str, country: str
) -> None:
    claims = extract(ArticleInput(text=text, title=title)).claims
    facts = ArticleFacts("x", "wire.example.com", claims, None, title, fingerprint(text, title), text,
                         "https://wire.example.com/story")  # fmt: skip
    main = main_location(facts)
    assert main is not None and str(main.region).split("-")[0] == country


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        # A US state named in passing (an organisation's seat, where volunteers came from) is no evidence that
        # a town of a world city's name is its American namesake, nor that a town abroad is a misreading.
        ("Market blast kills 12",
         "Twelve people were killed in a blast at a market in Hyderabad, police said. The New York-based Human "
         "Rights Watch condemned the attack.", "Hyderabad, IN"),
        ("Nightclub fire kills 9",
         "Nine people died in a fire at a nightclub in Manchester, police said. A victim's brother flew in from "
         "Texas on Sunday.", "Manchester, GB"),
        ("Quake kills 5",
         "Five people were killed when an earthquake struck near Valencia on Monday, officials said. Rescue teams "
         "from Florida arrived later.", "Valencia, VE"),
    ],
)
def test_a_state_named_in_passing_leaves_a_world_city_its_own(title: str, text: str, label: str) -> None:
    assert main_of(title, text) == label


def test_a_state_the_text_places_things_in_still_decides() -> None:
    text = ("Nine people died in a fire at a nightclub in Manchester, police said. Manchester is the largest city "
            "in New Hampshire, and the New Hampshire fire marshal is investigating.")
    assert main_of("Nightclub fire kills 9", text) == "Manchester, NH"


def test_a_world_city_is_not_the_namesake_in_a_state_named_in_passing() -> None:
    text = ("Four people died in an apartment fire in Paris, firefighters said. The building is owned by a "
            "Texas-based fund.")
    assert main_of("Apartment fire kills 4", text) == "Paris, FR"  # not Paris, Texas, a hundredth its size


def test_a_state_written_right_after_the_town_is_its_state_in_any_language() -> None:
    text = ("Un tornado dejó dos muertos en la localidad de Paris, en el noreste de Texas, informaron las autoridades "
            "del condado.")
    assert _main_in("es", "Tornado en Paris", text) == "Paris, TX"

