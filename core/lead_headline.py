"""The headline of a report sent without a title.

Many callers send a page's text alone, its headline as the first line ("Quake kills 284 in southern Turkey", then
a blank line and the story). Grouping reads a headline for the place and the kind of disaster a report is about
(`core.places`, `core.events.hazards`); without one, a report would lose both. Extraction reads the line as a
title too (its figures weigh as a headline's, `Claim.lead_headline`), while their quotes and offsets stay in the
text as submitted.
"""

from __future__ import annotations

import re

# A headline is a line of a few words: not a sentence (no full stop, question, colon or closing quote at its
# end), not a word of page furniture ("Advertisement"), not a paragraph.
_MIN_WORDS = 3
_MAX_CHARS = 160
_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "'", "”", "’", "»", "…", "。", "؟", "।", "۔", "-", "—", "–")
# A sentence's end inside the line ("... after a tsunami struck the area. Image Credit: AFP"): a caption or a lead
_INNER_END = re.compile(r"[.!?。؟।۔]\s+\S")
_BLANK_LINE = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n")
# Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer, Burmese): a headline
# of a few words is a run of characters there ("菲律宾台风死亡人数升至3621人").
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
_UNSPACED_WORD_CHARS = 2


def _words(line: str) -> int:
    """Words of letters (a page's stamp "Publicado: 18:20 - 2026/03/06" has one)."""
    spaced = sum(1 for w in line.split() if any(ch.isalpha() for ch in w) and not _UNSPACED.search(w))
    return spaced + len(_UNSPACED.findall(line)) // _UNSPACED_WORD_CHARS


def lead_headline(text: str | None) -> str | None:
    """The line a text opens with when it reads as a headline, set apart by a blank line from the story after
    it; else None. Not a sentence or two, a dateline opening the first sentence ("KYIV, Ukraine (AP) -"), an
    editor's note ("(Updated with ...)") or a source line with its address."""
    if not text:
        return None
    body = text.lstrip()
    first, _, _ = body.partition("\n")
    line = first.strip()
    gap = _BLANK_LINE.match(body, len(first.rstrip(" \t\r")))
    if gap is None or not body[gap.end():].strip():
        return None
    if len(line) > _MAX_CHARS or _words(line) < _MIN_WORDS or line.endswith(_SENTENCE_ENDS):
        return None
    if _INNER_END.search(line) or line.startswith(("(", "[")) or "://" in line:
        return None
    return line


def reading_title(title: str | None, text: str | None) -> str | None:
    """The title a report was sent with, else the headline its text opens with (`lead_headline`)."""
    return title or lead_headline(text)
