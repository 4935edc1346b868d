"""A value's sentence, cut from the stored text by the claim's offsets (pure: no Redis)."""

from __future__ import annotations

from core.models import Claim, Qualifier, Role
from usecases.reconciliation import claim_sentence

TEXT = "Rain fell all night. A bridge gave way in Riverton, and nine people were hurt, the police said. More later."
TITLE = "Nine hurt as bridge falls"


def _claim(quote: str, field: str = "text", sentence: tuple[int, int] | None = None) -> Claim:
    source = TITLE if field == "title" else TEXT
    start = source.index(quote)
    lo, hi = sentence if sentence is not None else (0, 0)
    return Claim("wounded", 9, 9, 9, Qualifier.EXACT, Role.TOTAL, quote, start, start + len(quote), field,
                 sentence_start=lo, sentence_end=hi)  # fmt: skip


def test_the_sentence_around_the_figure_and_its_parts() -> None:
    lo = TEXT.index("A bridge")
    hi = TEXT.index(" More")
    found = claim_sentence(_claim("nine", sentence=(lo, hi)), TEXT, TITLE)
    assert found.sentence == "A bridge gave way in Riverton, and nine people were hurt, the police said."
    assert found.parts("nine") == ("A bridge gave way in Riverton, and ", "nine", " people were hurt, the police said.")
    assert found.to_dict()["sentence_start"] == lo


def test_a_title_claim_reads_the_title() -> None:
    found = claim_sentence(_claim("Nine", "title", (0, len(TITLE))), TEXT, TITLE)
    assert found.sentence == TITLE and found.field == "title"
    assert found.parts("Nine") == ("", "Nine", " hurt as bridge falls")


def test_claims_stored_without_a_sentence_or_with_offsets_that_do_not_hold_get_none() -> None:
    legacy = claim_sentence(_claim("nine"), TEXT, TITLE)  # stored before sentence offsets existed: 0, 0
    assert legacy.sentence is None and legacy.sentence_start is None and legacy.parts("nine") is None
    outside = claim_sentence(_claim("nine", sentence=(0, 10)), TEXT, TITLE)  # the quote is not inside it
    assert outside.sentence is None
    no_title = claim_sentence(_claim("Nine", "title", (0, len(TITLE))), TEXT, None)
    assert no_title.sentence is None
    found = claim_sentence(_claim("nine", sentence=(0, len(TEXT))), TEXT, TITLE)
    assert found.parts("seven") is None, "a quote that is not at its offsets is not highlighted"
