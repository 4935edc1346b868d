"""Who gave a figure (issue 11): the usual speakers of world news. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.extract.attribution import attribution_in
from core.models import ArticleInput


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The mayor said 12 people died in the fire.", "The mayor"),
        ("Governor Lena Ortiz told reporters that 30 people had died.", "Governor Lena Ortiz"),
        ("Twelve people were killed, the interior ministry said.", "the interior ministry"),
        ("The regional health ministry said 40 people were injured.", "The regional health ministry"),
        ("Health officials in the province said 61 people were hurt.", "Health officials"),
        ("Police said four people were killed.", "Police"),
        ("Rescuers said 20 bodies had been recovered from the rubble.", "Rescuers"),
        ("Rescue workers said 20 bodies had been recovered from the rubble.", "Rescue workers"),
        ("The civil defence agency said 17 people were dead.", "The civil defence agency"),
        ("The national disaster agency raised the death toll to 98.", "The national disaster agency"),
        ("Hospital officials said 48 people were being treated.", "Hospital officials"),
        ("The state news agency said 55 people died.", "The state news agency"),
        ("State TV reported 31 dead.", "State TV"),
        ("Ministry spokesman Omar Haddad said 40 people died.", "Ministry spokesman Omar Haddad"),
        (
            "Nine people died, said Ana Ruiz, a spokeswoman for the regional government.",
            "Ana Ruiz, a spokeswoman for the regional government",
        ),
        (
            "Pedro Alves, the deputy mayor of the town, said that 70 people had been killed.",
            "Pedro Alves, the deputy mayor of the town",
        ),
        (
            "The toll rose to 1,200, according to the Flood Relief Authority (FRA), and 300 were hurt.",
            "the Flood Relief Authority (FRA)",
        ),
        ("The toll rose to 77, the Flood Relief Authority (FRA) said.", "the Flood Relief Authority (FRA)"),
        ("Provincial officials have confirmed that 14 people were killed.", "Provincial officials"),
        ("Norwegian officials say at least 8 people died.", "Norwegian officials"),
        ("A Reuters tally shows at least 412 people died.", "A Reuters tally"),
        ("According to the coast guard, 23 people drowned.", "the coast guard"),
        # the source an outlet cites gave the figure (two outlets citing it share one claimant)
        ("According to Reuters, citing the fire service, 12 people died.", "the fire service"),
        ("Twelve people died in the blast, the agency reported, citing local officials.", "local officials"),
        ("Nine people died, Xinhua reported, quoting the provincial emergency department.",
         "the provincial emergency department"),
        # a statement, and whose it is
        ("Nine people died, according to a statement from the regional governor's office.",
         "a statement from the regional governor's office"),
    ],
)
def test_usual_speakers(sentence: str, who: str) -> None:
    assert attribution_in(sentence) == (who, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll will rise, a senior official said Thursday.",
        "Video shows 12 bodies in the street.",
    ],
)
def test_time_words_and_footage_are_no_source(sentence: str) -> None:
    who, _ = attribution_in(sentence)
    assert who not in ("Thursday", "Thursday.", "Video")


def test_pronoun_resolves_to_the_last_named_source() -> None:
    text = "The regional health ministry said 40 people were killed. Another 95 were injured, it said."
    claims = extract(ArticleInput(text=text, language="en")).claims
    assert {c.value: c.attribution for c in claims} == {
        40: "The regional health ministry",
        95: "The regional health ministry",
    }


def test_a_figure_stated_again_with_a_source_carries_it() -> None:
    text = "The provincial health ministry said 312 people had died and 1,040 were injured. Aid is arriving."
    claims = extract(ArticleInput(text=text, title="Quake death toll rises to 312", language="en")).claims
    title = [c for c in claims if c.field == "title"]
    assert [(c.value, c.attribution) for c in title] == [(312, "The provincial health ministry")]


def test_another_figure_does_not_take_a_source() -> None:
    text = "The provincial health ministry said 312 people had died. Residents said 400 were missing."
    claims = extract(ArticleInput(text=text, title="Quake kills 290", language="en")).claims
    assert [c.attribution for c in claims if c.field == "title"] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 people were killed in the blast, which witnesses said shook the whole district.",
        "At least 40 people were killed in the blast, which officials said was caused by a gas leak.",
        "At least 40 people were killed when the building, which residents said had been declared unsafe, collapsed.",
    ],
)
def test_a_source_in_a_relative_clause_did_not_give_the_figure(text: str) -> None:
    claims = extract(ArticleInput(text=text, language="en")).claims
    assert [(c.value, c.attribution) for c in claims] == [(40, None)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The toll rose to 40 on Sunday. That is according to the health ministry.", "the health ministry"),
        ("The death toll rose to 40. That's according to figures released by the regional health department.",
         "the regional health department"),
        ("At least 40 people were killed. The figure was given by the interior ministry.", "the interior ministry"),
        ("At least 40 people were killed. The figure was confirmed by the coast guard.", "the coast guard"),
        ("At least 40 people were killed. The figures come from the civil defence agency.",
         "the civil defence agency"),
        ("At least 40 people have died. That is according to a tally by The Associated Press.",
         "The Associated Press"),
    ],
)  # fmt: skip
def test_the_source_named_in_the_sentence_after_the_figure(text: str, who: str) -> None:
    claims = extract(ArticleInput(text=text, language="en")).claims
    assert [(c.value, c.attribution) for c in claims] == [(40, who)]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Police Sunday said 4 people died in the crash.", "Police"),
        ("State Police Tuesday said 11 people were hurt.", "State Police"),
        ("The Sunday Times said 4 people died.", "The Sunday Times"),
        # a lowercase time between the source and its verb
        ("Coast guard officials yesterday said 9 sailors had drowned.", "Coast guard officials"),
        ("The regional governor on Friday said 23 people were dead.", "The regional governor"),
        ("Rescue workers late Sunday evening said 6 bodies were found.", "Rescue workers"),
    ],
)
def test_a_time_run_into_the_source_is_not_its_name(sentence: str, who: str) -> None:
    assert attribution_in(sentence) == (who, False)
