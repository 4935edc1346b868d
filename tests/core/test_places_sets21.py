"""Places found by probing with own sets a117 onward: sentences of our own for each rule."""

from __future__ import annotations

from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places import article_locations, resolve_location
from core.similarity import fingerprint
from tests.core.places_kit import place_label as place


def claim_places(text: str, language: str) -> set[str | None]:
    return {c.location for c in extract(ArticleInput(text=text, language=language)).claims}


def test_a_persons_two_names_read_with_endings_are_no_village_inside_a_big_town() -> None:
    # 'Donald Tusk' with Polish endings taken off may be 'Dong Ta', a village GeoNames files under Wuzhong (7
    # million): neither is a place; the village alone would be no evidence either
    text = "Liczba ofiar powodzi wzrosła do siedmiu, poinformował w poniedziałek premier Donald Tusk."
    assert "Wuzhong" not in claim_places(text, "pl")


def test_a_village_of_two_joined_words_is_read_with_both_endings() -> None:
    # Lipová-lázně (2,000 people) in the locative: not 'Lipové' alone, another village's other name (Liptál)
    text = "V Lipové-lázních zahynuli v neděli dva lidé, které strhla velká voda, uvedla policie."
    assert claim_places(text, "cs") == {"Lipová-lázně, Czechia"}


def test_a_name_written_only_as_the_start_of_a_longer_one_is_no_town() -> None:
    # "Laguna de Bay" is a lake; Laguna alone is a town in California. The report is Philippine.
    text = (
        "Nineteen passengers drowned when a ferry overturned in Laguna de Bay near Talim Island on Sunday, "
        "the Philippine Coast Guard said."
    )
    assert place(text, title="Ferry overturns on lake, 19 dead") != "Laguna, CA"


def test_a_countrys_name_ending_a_towns_name_is_no_country() -> None:
    # "Santa Lucía" is Saint Lucia in Spanish; "Villa Santa Lucía" is a village in southern Chile
    text = "Un aluvión arrasó el sábado Villa Santa Lucía y dejó cinco muertos, según la Onemi."
    assert "Saint Lucia" not in claim_places(text, "es")


def test_a_province_named_with_its_division_word_outranks_a_village_of_another_country_before_it() -> None:
    # GeoNames knows a Villa Santa Lucia only in Italy; the sentence's region is Chile's
    text = "Un aluvión arrasó Villa Santa Lucía, en la región de Los Lagos, y dejó cinco muertos."
    (where,) = claim_places(text, "es")
    assert where is not None and resolve_location(where).key == "province:CL-LL"


def test_a_region_named_after_a_locative_word_and_its_article_is_that_region() -> None:
    # "in der Emilia-Romagna": the region (its name of two words), not a noun after its article
    text = "Nach den Überschwemmungen in der Emilia-Romagna ist die Zahl der Toten auf 14 gestiegen."
    assert claim_places(text, "de") == {"Emilia-Romagna, Italy"}
    # ... but a genitive is no place: "der Jeju Air" is the airline's, not Jeju province
    text = "Beim Absturz einer Maschine der Jeju Air auf dem Flughafen Muan sind 179 Menschen ums Leben gekommen."
    assert not any(p and "Jeju" in p for p in claim_places(text, "de"))


def test_another_countrys_division_by_its_own_name_is_no_exonym() -> None:
    # some language's name for New Zealand's Tasman region is 'Tasmania', Australia's state's own name
    assert resolve_location("Tasmania").region != "NZ-TAS"
    assert resolve_location("Adamawa").region is None or not resolve_location("Adamawa").region.startswith("CM")
    assert resolve_location("Tasmania", "AU").key == "province:AU-TAS"


def test_an_australian_states_abbreviation_votes_for_its_state() -> None:
    # Hamilton is Canada's biggest of the name; "NSW police" puts the report in New South Wales, where both towns
    # of the text lie (Hamilton, a suburb of Newcastle)
    text = (
        "A quake struck Newcastle on Thursday morning, killing at least eight people, six of them when a hotel in "
        "Hamilton collapsed, NSW police said."
    )
    claims = extract(ArticleInput(text=text, title=None, language="en")).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text, None), text)
    assert (article_locations(article)["Hamilton"].region or "").startswith("AU-")


def test_a_first_level_province_by_its_own_name_outranks_a_village_of_its_country_bearing_it() -> None:
    # Peru's La Libertad region, not a village of that name inside Arequipa (made Arequipa, its enclosing city)
    assert resolve_location("La Libertad", "PE").key == "province:PE-LAL"
    assert resolve_location("Herat", "AF").kind == "city"  # a big chief town of the name is still the town
