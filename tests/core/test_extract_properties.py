"""Properties that hold for any input: extract never raises and quotes are exact source slices."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from core.extract import extract
from core.models import ArticleInput, Claim

_WORDS = st.sampled_from(
    [
        "at",
        "least",
        "more",
        "than",
        "as",
        "many",
        "as",
        "killed",
        "killing",
        "wounded",
        "injured",
        "dead",
        "died",
        "shot",
        "people",
        "civilians",
        "a",
        "man",
        "was",
        "were",
        "one",
        "two",
        "three",
        "four",
        "12",
        "1,165",
        "30",
        "000",
        "dozens",
        "hundreds",
        "of",
        "thousands",
        "including",
        "among",
        "them",
        "more",
        "another",
        ",",
        ".",
        ";",
        ":",
        "(",
        ")",
        "\xa0",
        "“",
        "”",
        "’",
        "Ganja",
        "Chicago",
        "in",
        "on",
        "Sunday",
        "October",
        "11,",
        "2020",
        "said",
        "police",
        "READ",
        "MORE",
        "[ad_1]",
        "Loading...",
        "fatally",
        "himself",
    ]
)
_SENTENCES = st.lists(_WORDS, max_size=40).map(" ".join)


def _check(article: ArticleInput) -> None:
    result = extract(article)
    assert "extraction_error" not in result.warnings  # the safety net must never be needed
    for claim in result.claims:
        assert isinstance(claim, Claim)
        source = article.text if claim.field == "text" else article.title
        assert source is not None
        assert source[claim.start : claim.end] == claim.quote
        assert claim.id is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_never_raises(text: str) -> None:
    _check(ArticleInput(text=text))


@settings(max_examples=150, deadline=None)
@given(_SENTENCES, _SENTENCES)
def test_newsy_text_quotes_match(title: str, text: str) -> None:
    _check(ArticleInput(text=text, title=title, published_at=datetime(2020, 10, 12)))


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200), _SENTENCES)
def test_mixed_unicode_quotes_match(noise: str, text: str) -> None:
    _check(ArticleInput(text=noise + " " + text + " " + noise))


def test_extract_is_deterministic() -> None:
    article = ArticleInput(text="At least four people were killed and 12 injured in Chicago on Sunday.")
    assert extract(article) == extract(article)
