"""Invisible characters never change a figure: the visible text, its offset map, and the bound on figures.

All sentences are our own.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.extract import extract
from core.models import KILLED, MAX_FIGURE, WOUNDED, ArticleInput, Claim
from core.text import is_blank, visible_text
from tests.core.test_reconcile import report, view_of

INVISIBLE = [
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\u00ad",  # soft hyphen
    "\ufeff",  # byte order mark
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",  # left-to-right embedding
    "\u202c",  # pop directional formatting
    "\u2066",  # left-to-right isolate
    "\u2069",  # pop directional isolate
    "\x00",  # NUL
    "\x07",  # bell
    "\x7f",  # delete
    "\ufe0f",  # variation selector
]


def claims_of(text: str, title: str | None = None) -> list[Claim]:
    result = extract(ArticleInput(text=text, title=title, language="en"))
    assert not result.warnings
    return list(result.claims)


def figures(text: str) -> list[tuple[str, int]]:
    return sorted((c.metric, c.value) for c in claims_of(text))


def assert_quotes_point_into(text: str, claims: list[Claim]) -> None:
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        assert 0 <= claim.sentence_start <= claim.start <= claim.end <= claim.sentence_end <= len(text)


# --- the visible text and its offsets ----------------------------------------------------------------------


def test_plain_text_is_returned_unchanged() -> None:
    view = visible_text("Two people were hurt.\nPolice said so.\t")
    assert view.text == "Two people were hurt.\nPolice said so.\t" and view.unchanged


def test_invisible_characters_are_removed_and_offsets_map_back() -> None:
    submitted = "Se\u00adven\u200b\u200b were\x00 hurt\u200f."
    view = visible_text(submitted)
    assert view.text == "Seven were hurt."
    for i, ch in enumerate(view.text):
        start, end = view.span(i, i + 1)
        assert submitted[start:end] == ch
    # a span keeps the removed characters inside it, not those around it
    assert submitted[slice(*view.span(0, 5))] == "Se\u00adven"
    assert submitted[slice(*view.span(6, 15))] == "were\x00 hurt"
    assert view.span(0, len(view.text)) == (0, len(submitted))


def test_spaces_separators_c1_and_digits_fold_one_for_one() -> None:
    submitted = "a\u00a0b\u2009c\u202fd\u2007e\u3000f\u2028g\r\nh\u0092s \u0661\u0662 \u0967\u0966 \uff13"
    view = visible_text(submitted)
    assert view.text == "a b c d e f\ng\n\nh\u2019s 12 10 3"
    assert view.unchanged  # nothing removed: offsets are identical


def test_c1_bytes_undefined_in_cp1252_are_removed() -> None:
    assert visible_text("ten\x81 people").text == "ten people"


def test_lone_surrogates_are_removed() -> None:
    assert visible_text("four\ud800 people").text == "four people"


def test_blank_means_nothing_visible() -> None:
    assert is_blank("")
    assert is_blank(" \n\t\u00a0\u200b\u200d\ufeff\u2060\x00\u202c")
    assert not is_blank("\u200b3\u200b")


# --- figures through the extractor -------------------------------------------------------------------------


def test_zero_width_space_inside_a_number_keeps_the_whole_number() -> None:
    text = "1\u200b2 people were killed when a bus left the road near Tarbes on Monday."
    [claim] = claims_of(text)
    assert (claim.metric, claim.value) == (KILLED, 12)
    assert claim.quote == "1\u200b2" and text[claim.start : claim.end] == claim.quote


def test_soft_hyphen_inside_the_verb_keeps_the_claim() -> None:
    text = "Three hikers were kil\u00adled by a rockfall above Chamonix on Sunday, rescuers said."
    assert figures(text) == [(KILLED, 3)]
    assert_quotes_point_into(text, claims_of(text))


def test_bidi_marks_after_the_number_keep_the_claim() -> None:
    for mark in ("\u200f", "\u202c", "\u200e\u2069"):
        text = f"Police said 14{mark} people were injured in the crush at the stadium gate."
        assert figures(text) == [(WOUNDED, 14)], mark
        assert_quotes_point_into(text, claims_of(text))


def test_nul_bytes_keep_the_claim() -> None:
    text = "Ei\x00ght people were injured\x00 when a gas cylinder exploded in a market in Kano."
    assert figures(text) == [(WOUNDED, 8)]
    assert_quotes_point_into(text, claims_of(text))


def test_cp1252_apostrophe_misdecoded_as_c1_is_read() -> None:
    text = "The mayor\x92s office said nine people were killed when the footbridge collapsed."
    assert figures(text) == [(KILLED, 9)]
    assert_quotes_point_into(text, claims_of(text))


def test_digits_of_other_scripts_are_numbers() -> None:
    for digits in ("\u0661\u0667", "\u0967\u096d", "\uff11\uff17", "\u09e7\u09ed"):
        text = f"{digits} people were wounded in the shelling of the port on Friday."
        [claim] = claims_of(text)
        assert (claim.metric, claim.value, claim.quote) == (WOUNDED, 17, digits)


def test_title_offsets_also_point_into_the_submitted_title() -> None:
    title = "Flood kills 2\u200b1 in river valley"
    claims = [c for c in claims_of("Rescuers searched the valley on Tuesday.", title=title) if c.field == "title"]
    assert [(c.metric, c.value) for c in claims] == [(KILLED, 21)]
    assert_quotes_point_into(title, claims)


def test_text_of_only_invisible_characters_yields_nothing() -> None:
    assert claims_of("\u200b\u200d\x00\u00ad\ufeff") == []


# --- property: random invisible insertions change nothing --------------------------------------------------

SENTENCES = [
    "At least 12 people were killed and 30 injured when a tram derailed in Leeds on Tuesday, police said.",
    "Two men were shot dead outside a bar in Porto late on Friday.",
    "The death toll from the landslide rose to 1,240, officials said, and 85 people are still missing.",
    "Gunmen killed four villagers and wounded nine others in an attack near Maiduguri, the army said.",
]


@settings(max_examples=60, deadline=None)
@given(
    index=st.integers(0, len(SENTENCES) - 1),
    insertions=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(INVISIBLE)), max_size=12),
)
def test_invisible_insertions_never_change_figures_and_quotes_map_back(
    index: int, insertions: list[tuple[int, str]]
) -> None:
    clean = SENTENCES[index]
    noisy = clean
    for position, ch in insertions:
        at = position % (len(noisy) + 1)
        noisy = noisy[:at] + ch + noisy[at:]
    want = [(c.metric, c.value, c.low, c.high, c.qualifier, c.role) for c in claims_of(clean)]
    got = claims_of(noisy)
    assert [(c.metric, c.value, c.low, c.high, c.qualifier, c.role) for c in got] == want
    assert_quotes_point_into(noisy, got)
    # the quote is the clean quote with the inserted characters inside it
    assert [visible_text(c.quote).text for c in got] == [c.quote for c in claims_of(clean)]


# --- the plausibility bound --------------------------------------------------------------------------------


def test_a_400_digit_number_is_never_a_figure() -> None:
    text = "1" * 400 + " people were killed in the blast in Lagos, police said, and 3 were injured."
    assert figures(text) == [(WOUNDED, 3)]


def test_figures_above_the_bound_are_not_claims() -> None:
    assert figures(f"{MAX_FIGURE + 1} people were displaced by the floods.") == []
    assert figures("12 000 000 000 people were displaced by the floods.") == []
    assert figures(f"{MAX_FIGURE:,} people were displaced by the floods.")[0][1] == MAX_FIGURE


def test_reconciliation_ignores_implausible_stored_values() -> None:
    # a claim stored before the bound existed (or by a buggy extractor) must not become the maximum/estimate
    view = view_of(report("a", 5, who="police"), report("b", 10**400, who="witnesses"))
    killed = view.figure(KILLED)
    assert killed is not None
    assert [v.value for v in killed.values] == [5]
    assert (killed.spread.max, killed.estimate.best) == (5, 5)
