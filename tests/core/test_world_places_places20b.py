"""Places the readers of non-English reports missed (findings of sets20 and the lead's, round 20): sentences of
our own, one per phenomenon (`core.extract.world_places`, the lexicons' place data)."""

from __future__ import annotations

from tests.core.places_kit import placed


def _label(language: str, text: str) -> str | None:
    found = placed(language, text)
    return found.label if found else None


def test_a_big_foreign_town_inflected_after_a_case_governing_preposition() -> None:
    # "u Larisy": Larisa's genitive after 'u' (near), a town of Greece the text never names
    assert _label("cs", "Dva nákladní vlaky se srazily u Larisy, zemřeli čtyři strojvedoucí.") == "Lárisa, GR"


def test_a_softened_stem_before_the_locative_ending() -> None:
    # "v Praze": Praha with its 'h' softened to 'z'
    assert _label("cs", "V úterý večer v Praze vybuchl plyn v činžovním domě, zahynuli tři nájemníci.") == "Prague, CZ"


def test_a_country_short_name_with_its_case_ending_is_the_country_not_a_village() -> None:
    # "v Česku" is Czechia; its stem with an 'a' is also the village Česká
    assert _label("cs", "Vichřice v Česku si v noci vyžádala pět mrtvých.") == "Czechia"


def test_a_square_named_after_a_person_names_no_country() -> None:
    # 'Palacha' begins as 'Palau' less its last letter: a square's name, no country of the Pacific
    text = "Na náměstí Jana Palacha najelo auto do chodců, dva lidé zemřeli."
    assert _label("cs", text) != "Palau"


def test_an_island_word_before_a_name_makes_it_the_division() -> None:
    text = "Op het Indonesische eiland Sulawesi zijn bij een aardverschuiving twaalf mijnwerkers omgekomen."
    assert _label("nl", text) == "Sulawesi"


def test_a_region_named_in_the_language_after_its_article() -> None:
    # French writes a region with its article and no locative word: "ont ravagé la Wallonie"
    text = "Des orages violents ont ravagé la Wallonie dans la nuit, faisant trois morts."
    assert _label("fr", text) == "Wallonia"


def test_a_town_the_quake_was_felt_as_far_as_is_not_where_it_struck() -> None:
    # "लखनऊ तक महसूस किए गए": felt as far as Lucknow; the quake struck a district of Nepal the index does not hold
    text = "नेपाल के एक पहाड़ी ज़िले में भूकंप से 90 लोगों की मौत हो गई, झटके लखनऊ तक महसूस किए गए।"
    assert _label("hi", text) == "Nepal"


def test_a_title_naming_where_the_quake_was_also_felt() -> None:
    # "लखनऊ में भी महसूस हुए झटके": tremors felt in Lucknow too; the deaths are in Nepal
    title = "नेपाल में भूकंप से 90 की मौत, लखनऊ में भी महसूस हुए झटके"
    text = "नेपाल के एक पहाड़ी ज़िले में आए भूकंप से 90 लोगों की मौत हो गई है।"
    found = placed("hi", text, title)
    assert found is not None and found.label == "Nepal"
