"""Wounded figures of US shooting reports that count a victim who died: the archive counts someone who died among
the dead only, so the hurt figure that counted them is one less.

- A 'fatal shooting' or 'deadly stabbing' names a death, not whose: the victim said to die later, after the hurt
  figure, is that death and was one of the hurt ('Four were wounded in a fatal shooting ... she later died': 3).
- 'She was one of five people wounded' after a clause of its own ('..., but she was one of ...') names the one
  who died, as it does opening the sentence.
- The hurt listed one by one between semicolons ('identified those wounded in the shooting as Ann Roe, 29, who was
  hit twice; Bo Diaz, 25; and Cy Lee') are counted, one name an entry."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Qualifier


def _figures(text: str) -> tuple[int | None, int | None]:
    claims = main_incident_claims(list(extract(ArticleInput(text=text)).claims))
    picked = [pick_headline(claims, metric) for metric in ("killed", "wounded")]
    return tuple(None if c is None or c.qualifier is Qualifier.VAGUE else c.value for c in picked)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "A fatal shooting outside a bar sent four people to hospitals early Sunday. The woman was taken to a "
            "trauma center, where she later died.",
            (1, 3),
        ),
        (
            "Four people were wounded in a fatal shooting early Sunday. The woman was taken to a trauma center, "
            "where she later died.",
            (1, 3),
        ),
        (
            "A deadly shooting at a cookout left six people hurt on Saturday. One of the men died at the hospital "
            "that night.",
            (1, 5),
        ),
        # a death at the scene, told as no later death, is no one of the hurt
        ("A deadly shooting at a park left three people hurt. Another man died at the scene.", (1, 3)),
    ],
)
def test_a_fatal_shootings_later_death_was_one_of_the_hurt(text: str, figures: tuple[int, int]) -> None:
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Darla Reyes was shot in the chest outside the hall. Reyes would later die of her wound. The nurse was "
            "not part of the fight, but she was one of five people who were wounded that night.",
            (1, 4),
        ),
        (
            "Omar Tate died at the hospital early Friday. Tate had only stopped to buy gas, and he was one of "
            "three people shot at the station.",
            (1, 2),
        ),
        # a clause that is someone's word, not the victim's own: no telling whom it counts
        ("Darla Reyes died at the hospital. Her sister said she was one of five people wounded.", (1, 5)),
    ],
)
def test_one_of_the_hurt_after_a_clause_of_its_own(text: str, figures: tuple[int, int]) -> None:
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Police identified those wounded in the shooting as Ann Roe, 29, who was hit four times; Bo Diaz, 25, "
            "of Elm City; and Cy Lee.",
            3,
        ),
        ("Officers identified the injured as Ann Roe, 29, of Elm City; Bo Diaz, 25; and Cy Lee, 31.", 3),
        ("The wounded were identified as Ann Roe, 29, a nurse; and Bo Diaz, 25, her cousin.", 2),
        # no list: the semicolon parts a name from someone else
        ("Police identified the wounded man as Ann Roe, 29; the gunman fled on foot.", None),
    ],
)
def test_the_hurt_listed_one_by_one_between_semicolons(text: str, wounded: int | None) -> None:
    assert _figures(text)[1] == wounded
