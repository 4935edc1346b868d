"""A pattern and its ASCII twin: the same matches on ASCII text, without Unicode table look-ups.

A `str` pattern runs in Unicode mode: each `\\b`, `\\w`, `\\d` or `\\s` test, and each letter compared ignoring
case, looks the character up in Unicode's tables, and a pattern with no literal to skip ahead on (one that opens
with `\\b`) makes those tests at every position of the text it scans. Compiled with `re.ASCII`, the same pattern
finds the same matches at the same offsets in ASCII text, which most texts are after `clean.normalise` (and
`str.isascii()` costs nothing: the string knows), and in a text whose only other characters are symbols
(`_reads_as_ascii`). Two differences are written out of the twin:

- Unicode's `\\s` also matches the ASCII separators `\\x1c`-`\\x1f`; the twin's `\\s` says so;
- a case-insensitive pattern may hold no non-ASCII character ('ſ' matches 's' in Unicode mode).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_SEPARATORS = r"\x1c-\x1f"  # what Unicode's \s matches in ASCII beyond re.ASCII's [ \t\n\r\f\v]
# The ASCII members of `\s`, `\w`, `\d` written out: the engine tests a written-out set with one bitmap look-up,
# a class escape by its category (and a class holding one beside other members by both). `\S`, `\W`, `\D` outside
# a class are the complements (inside one, `\W` and `\D` stay escapes: re.ASCII reads them the same).
_SPACES = rf"\t\n\x0b\x0c\r\x20{_SEPARATORS}"
_MEMBERS = {r"\s": _SPACES, r"\S": _SPACES, r"\w": "a-zA-Z0-9_", r"\d": "0-9"}
_COMPLEMENTS = frozenset({r"\S"})


def _ascii_source(source: str) -> str:
    """`source` with each `\\s` and `\\S` widened to the separators Unicode mode counts as white space."""
    out: list[str] = []
    class_opened = -1  # where the open character class's members start, or -1 outside one
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            escape = source[i : i + 2]
            if escape == r"\S" and class_opened >= 0:
                raise ValueError(f"\\S inside a character class has no plain ASCII twin: {source!r}")
            members = _MEMBERS.get(escape)
            if members is None:
                out.append(escape)
            elif class_opened >= 0:
                out.append(members)
            else:
                out.append(f"[^{members}]" if escape in _COMPLEMENTS else f"[{members}]")
            i += 2
            continue
        if class_opened < 0 and ch == "[":
            class_opened = i + 2 if source.startswith("[^", i) else i + 1
            out.append(source[i:class_opened])
            i = class_opened
            continue
        if class_opened >= 0 and ch == "]" and i > class_opened:  # a "]" right after "[" or "[^" is a member
            class_opened = -1
        out.append(ch)
        i += 1
    return "".join(out)


_NON_ASCII = re.compile(r"\\(?:[uUN]|x[89a-fA-F]|[23][0-7]{2})")  # escapes that may write a non-ASCII character


# A character beyond ASCII that Unicode mode reads as a word character or white space. A text without one (its
# only non-ASCII characters are symbols: "©", "…", "•", "×") gets the same matches from the ASCII twin: both modes
# read such a symbol as neither word, digit nor space, and no case folds it to an ASCII letter. The charset first
# lets the engine skip ASCII characters without trying the look-behind.
_WORDLIKE_BEYOND_ASCII = re.compile(r"[^\x00-\x7f](?<=[\w\s])")
_SYMBOLS_ONLY: dict[str, bool] = {}  # verdicts on the texts last asked about (the same text is scanned many times)
_SYMBOLS_ONLY_KEPT = 64


def _reads_as_ascii(string: str) -> bool:
    """Does the ASCII twin find in `string` what the Unicode pattern finds? (ASCII text, or symbols beyond it.)"""
    if string.isascii():
        return True
    verdict = _SYMBOLS_ONLY.get(string)
    if verdict is None:
        if len(_SYMBOLS_ONLY) >= _SYMBOLS_ONLY_KEPT:
            _SYMBOLS_ONLY.clear()
        verdict = _SYMBOLS_ONLY[string] = _WORDLIKE_BEYOND_ASCII.search(string) is None
    return verdict


reads_as_ascii = _reads_as_ascii  # for a caller that reads such a text its own way


def _ignores_case(pattern: re.Pattern[str]) -> bool:
    return bool(pattern.flags & re.IGNORECASE) or re.search(r"\(\?[a-zA-Z]*i", pattern.pattern) is not None


class AsciiTwin:
    """Use like the compiled pattern it wraps (search, match, fullmatch, finditer, findall, sub)."""

    __slots__ = ("_ascii", "_unicode", "flags", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if pattern.flags & re.VERBOSE and "#" in pattern.pattern:
            raise ValueError(f"a verbose pattern's comments may hold a class bracket: {pattern.pattern!r}")
        if _ignores_case(pattern) and not _NON_ASCII.sub("\x80", pattern.pattern).isascii():
            raise ValueError(f"a case-insensitive pattern with non-ASCII characters: {pattern.pattern!r}")
        self._unicode = pattern
        self._ascii = re.compile(_ascii_source(pattern.pattern), (pattern.flags & ~re.UNICODE) | re.ASCII)
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._ascii if _reads_as_ascii(string) else self._unicode).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._ascii if _reads_as_ascii(string) else self._unicode).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._ascii if _reads_as_ascii(string) else self._unicode).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (self._ascii if _reads_as_ascii(string) else self._unicode).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return (self._ascii if _reads_as_ascii(string) else self._unicode).findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return (self._ascii if _reads_as_ascii(string) else self._unicode).sub(repl, string, count)


def ascii_twin(pattern: re.Pattern[str]) -> AsciiTwin:
    return AsciiTwin(pattern)


def compile_twin(pattern: str, flags: int = 0) -> AsciiTwin:
    """`re.compile(pattern, flags)` with its ASCII twin."""
    return AsciiTwin(re.compile(pattern, flags))
