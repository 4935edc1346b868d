"""A report sent without a title often opens its text with its headline: grouping reads that line as the title
(the place and kind of disaster it names) and extraction as a headline. Lines of our own."""

from __future__ import annotations

import pytest

from core.lead_headline import lead_headline, reading_title

_STORY = "Rescuers recovered eight more bodies on Wednesday, officials said, as the search went on."


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (f"Mine blast toll rises to 20 in Soma\n\n{_STORY}", "Mine blast toll rises to 20 in Soma"),
        (f"  Ferry sinks off Jindo, hundreds missing  \r\n\r\n{_STORY}", "Ferry sinks off Jindo, hundreds missing"),
        (f"Mine blast toll rises to 20 in Soma\n{_STORY}", None),  # no blank line: the story's first line
        (f"The toll rose to 20 in Soma on Wednesday.\n\n{_STORY}", None),  # a sentence
        (f"KYIV, Ukraine (AP) —\n\n{_STORY}", None),  # a dateline opening the story
        (f"(Updated with new toll, details)\n\n{_STORY}", None),  # an editor's note
        (f"Advertisement\n\n{_STORY}", None),  # page furniture
        (f"Residents search the debris in Palu. Image: AFP\n\n{_STORY}", None),  # a caption of sentences
        ("Mine blast toll rises to 20 in Soma\n\n", None),  # nothing after it
        (f"Publicado: 18:20 - 2026/03/06\n\n{_STORY}", None),  # a page's stamp: one word of letters
    ],
)
def test_a_line_set_apart_above_the_story_is_its_headline(text: str, headline: str | None) -> None:
    assert lead_headline(text) == headline


def test_a_title_sent_is_the_title() -> None:
    assert reading_title("Soma mine blast", f"Mine blast toll rises to 20 in Soma\n\n{_STORY}") == "Soma mine blast"
