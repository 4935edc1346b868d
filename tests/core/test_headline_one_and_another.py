"""'One died at the scene and another at a hospital': one and another, told the same harm, are two (one figure of 2),
not one told twice; 'one was killed and another wounded' stays one of each."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were shot on Main Street on Friday night. One died at the scene and another at a hospital, "
         "police said.", ("2", "-")),
        ("One person died at the scene and another died later at the hospital, police said.", ("2", "-")),
        ("One victim died at the scene; another died at Mercy Hospital.", ("2", "-")),
        ("One died at the scene, another later at a hospital, and a third was in stable condition.", ("2", "-")),
        # those of a number shot, and another
        ("Police said seven people were shot during a fight at a house party. Two of them died at the scene, and "
         "another died later at a hospital. The other four were in stable condition.", ("3", "4")),
        ("Five men were shot outside the bar; three of them died at the scene and another at a hospital.", ("4", "1")),
        # another harm, or another person not yet counted
        ("Police said one man was killed and another wounded in the shooting.", ("1", "1")),
        ("One person was killed and another was injured when the car hit a tree.", ("1", "1")),
        ("One died on the way to the hospital and another was treated for minor injuries.", ("1", "1")),
    ],
)  # fmt: skip
def test_those_and_another_told_the_same_death_are_one_figure(text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "killed"),
    [
        ("es", "Dos hombres fueron baleados el sábado. Uno murió en el lugar y otro en el hospital, informó la "
               "policía.", "2"),
        ("pt", "Dois homens foram baleados na madrugada. Um morreu no local e outro no hospital.", "2"),
        ("it", "Due uomini sono stati colpiti. Uno è morto sul colpo e l'altro in ospedale.", "2"),
        ("fr", "Deux hommes ont été touchés par des tirs samedi. L'un est mort sur place et l'autre à l'hôpital.", "2"),
        # the other one hurt, not dead
        ("es", "Uno murió y otro resultó herido.", "1"),
    ],
)  # fmt: skip
def test_one_and_another_in_the_reporters_own_languages(lang: str, text: str, killed: str) -> None:
    assert headlines(text, lang)[0] == killed
