"""Round 30 (langs32): figures in the reporters' own languages, on sentences of our own.
- a total told first and then split into two parts that add up to it ('at least 23 dead ... three died in hospital
  ... twenty died inside'): the parts, however often restated, do not outvote the total;
- a source named by a whole phrase whose first word is also a village's name (el 'πολιτική προστασία' and the
  village Πολιτικά, Evia): the village is a place again, and the source is still read."""

from __future__ import annotations

import pytest

from tests.core.world_kit import claims, headlines

_SUMMED_PARTS = [
    # the part restated (20, three times) outvoted the total (23) before
    (
        "en",
        "The hotel fire killed at least 23 people. Three victims died later in hospital. Twenty people died inside "
        "the hotel. The 20 people who died inside the hotel have been identified.",
        "23:at_least",
    ),
    (
        "en",
        "The bus crash killed at least 14 people, police said. Two of the victims died in hospital. Twelve people were "
        "killed at the scene. The 12 people killed at the scene were all passengers.",
        "14:at_least",
    ),
    # guards: the parts told as parts already; a total that is the sum of no two figures keeps its votes
    (
        "fr",
        "L'incendie de l'hôtel a fait au moins 23 morts. Trois victimes sont mortes plus tard à l'hôpital. Vingt "
        "personnes sont mortes dans l'hôtel. Les 20 personnes mortes dans l'hôtel ont été identifiées.",
        "23:at_least",
    ),
    (
        "de",
        "Der Hotelbrand hat mindestens 23 Todesopfer gefordert. Drei Opfer starben später im Krankenhaus. Zwanzig "
        "Menschen starben im Hotel. Die 20 im Hotel gestorbenen Menschen sind identifiziert.",
        "23:at_least",
    ),
    (
        "es",
        "El incendio del hotel dejó al menos 23 muertos. Tres víctimas murieron más tarde en el hospital. Veinte "
        "personas murieron dentro del hotel. Las 20 personas muertas en el hotel ya fueron identificadas.",
        "23:at_least",
    ),
    (
        "en",
        "Five people were killed in the shooting. Police said 5 people died at the scene. An earlier report said 7 "
        "people were killed.",
        "5",
    ),
    (
        "en",
        "Two people were killed and one was hurt. The two killed were brothers. The 2 victims were 19 and 23.",
        "2",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed"), _SUMMED_PARTS)
def test_parts_adding_up_to_a_total_do_not_outvote_it(language: str, text: str, killed: str) -> None:
    assert headlines(text, language)[0] == killed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Δύο άνθρωποι σκοτώθηκαν στα Πολιτικά Ευβοίας από την πλημμύρα.", "Politiká"),
        ("Δύο άνθρωποι σκοτώθηκαν από την πλημμύρα στα Πολιτικά.", "Politiká"),
        # the phrase names no place
        ("Δύο άνθρωποι σκοτώθηκαν από την πλημμύρα, ανακοίνωσε η Πολιτική Προστασία.", None),
        ("Δύο άνθρωποι σκοτώθηκαν από την πλημμύρα, σύμφωνα με τη Γενική Γραμματεία Πολιτικής Προστασίας.", None),
    ],
)
def test_a_village_named_like_a_source_phrase_word(text: str, place: str | None) -> None:
    (claim,) = claims(text, "el")
    assert (claim.location or "").startswith(place or "") and (place is not None) == (claim.location is not None)


def test_a_source_phrase_still_names_its_source() -> None:
    (claim,) = claims("Δύο άνθρωποι σκοτώθηκαν από την πλημμύρα, ανακοίνωσε η πολιτική προστασία.", "el")
    assert claim.attribution is not None and "civil protection" in claim.attribution
