"""The visible text of a submission: what a reader sees, with offsets back into what was submitted.

Figures must never change because of characters nobody can see. Before extraction every field goes through
`visible_text`, which

- removes invisible and format characters: every Unicode Cf (zero-width space/joiner/non-joiner, word
  joiner, soft hyphen, BOM, bidi marks, embeddings, overrides and isolates, ...), the other default-ignorable
  code points (variation selectors, combining grapheme joiner, Hangul fillers), lone surrogates, and the C0
  controls (NUL, ...) and DEL except newline and tab;
- folds, one character for one: Unicode spaces (NBSP, thin, narrow NBSP, figure space, ideographic space)
  to " "; line/paragraph separators, CR, VT and FF to "\\n"; C1 controls (U+0080-U+009F, almost always
  Windows-1252 bytes decoded as Latin-1) to their cp1252 character (U+0092 -> U+2019), or removed when
  cp1252 leaves the byte undefined; decimal digits of every script (Arabic-Indic, Devanagari, fullwidth, ...)
  to ASCII digits.

So "1<ZWSP>2" reads 12, "kil<SHY>led" reads "killed", and nothing that is visible moves relative to anything
else that is visible.

Offsets: `VisibleText.span(start, end)` maps a span of the visible text to the submitted text, so a claim's
quote is always `submitted[start:end]`. A span starts at the submitted position of its first visible
character and ends just after its last one; removed characters INSIDE the span stay in the quote
("kil\\u00adled" quotes as submitted, soft hyphen included), removed characters just before or after it do
not. Pure: no I/O, no state.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Default-ignorable code points that are not Cf (Unicode DerivedCoreProperties, Default_Ignorable_Code_Point).
_IGNORABLE_RANGES = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul choseong/jungseong fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180F),  # Mongolian free variation selectors
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xE0100, 0xE01EF),  # variation selectors supplement
)
_LINE_BREAKS = frozenset("\r\x0b\x0c\x1c\x1d\x1e\u2028\u2029")
_KEEP = frozenset("\n\t")

_REMOVE = ""  # marker: the character is dropped


@lru_cache(maxsize=4096)
def _classify(ch: str) -> str | None:
    """What becomes of `ch`: None = kept as is, "" = removed, else the one character it folds to."""
    if ch in _KEEP:
        return None
    if ch in _LINE_BREAKS:
        return "\n"
    code = ord(ch)
    if 0x80 <= code <= 0x9F:
        try:
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            return _REMOVE  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in cp1252 too
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf", "Cs"):
        return _REMOVE
    if any(lo <= code <= hi for lo, hi in _IGNORABLE_RANGES):
        return _REMOVE
    if category == "Zs":
        return None if ch == " " else " "
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Nd" and not ch.isascii():
        return str(unicodedata.digit(ch))
    return None


# Characters that may need attention in otherwise plain ASCII text: the C0 controls (bar \n \t) and DEL.
_ASCII_SPECIAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class VisibleText:
    """`text` is the visible text; `_breaks`/`_shifts`: from visible offset `_breaks[k]` on, the submitted
    offset is the visible one plus `_shifts[k]` (both empty when nothing was removed)."""

    text: str
    _breaks: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()

    def offset(self, position: int) -> int:
        """Submitted offset of the visible character at `position` (or of the end, for len(text))."""
        k = bisect_right(self._breaks, position) - 1
        return position if k < 0 else position + self._shifts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Submitted span of visible text[start:end]: from its first visible character to after its last."""
        if end <= start:
            first = self.offset(start)
            return first, first
        return self.offset(start), self.offset(end - 1) + 1

    @property
    def unchanged(self) -> bool:
        return not self._breaks


def visible_text(submitted: str) -> VisibleText:
    """The visible text of `submitted` with its offset map (see the module docstring)."""
    if submitted.isascii() and not _ASCII_SPECIAL.search(submitted):
        return VisibleText(submitted)
    folds: dict[int, str] = {}
    removed: list[str] = []
    for ch in set(submitted):
        if ch.isascii() and " " <= ch <= "~":
            continue
        outcome = _classify(ch)
        if outcome == _REMOVE:
            removed.append(ch)
        elif outcome is not None:
            folds[ord(ch)] = outcome
    text = submitted.translate(folds) if folds else submitted
    if not removed:
        return VisibleText(text)
    runs = re.compile("[" + "".join(re.escape(ch) for ch in sorted(removed)) + "]+")
    pieces: list[str] = []
    breaks: list[int] = []
    shifts: list[int] = []
    cursor = 0
    dropped = 0
    for run in runs.finditer(text):
        pieces.append(text[cursor : run.start()])
        dropped += run.end() - run.start()
        breaks.append(run.start() - (dropped - (run.end() - run.start())))
        shifts.append(dropped)
        cursor = run.end()
    pieces.append(text[cursor:])
    return VisibleText("".join(pieces), tuple(breaks), tuple(shifts))


def is_blank(submitted: str) -> bool:
    """True when nothing visible is left: only whitespace, invisible and format characters."""
    return not visible_text(submitted).text.strip()
