"""Reducing a web page to its article text (trafilatura), before extraction.

The reduced text is what gets stored and returned as the article's `text`, so claim offsets always refer to a
string the caller can see.
"""

from __future__ import annotations

import trafilatura


def html_to_text(html: str) -> str:
    """The main article text of an HTML page (title excluded), or "" when none can be found."""
    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=True,
    )
    return (text or "").strip()


def html_title(html: str) -> str | None:
    metadata = trafilatura.extract_metadata(html)
    title = getattr(metadata, "title", None) if metadata is not None else None
    return str(title).strip() if title else None
