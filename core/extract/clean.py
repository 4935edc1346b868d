"""Noisy-text handling that never moves a character.

Everything here works on the ORIGINAL offsets: `normalise` swaps characters one-for-one (non-breaking spaces,
curly quotes, dashes), so a claim found in the normalised copy has the same offsets in the original text.
Boilerplate is not deleted but reported as spans to skip, and duplicated sentences are skipped by key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core import tables
from core.extract.ascii_twin import ascii_twin, compile_twin, reads_as_ascii
from core.quick_init import quick_init

_ONE_FOR_ONE = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\t": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        # the Armenian and Khmer full stops: a sentence's end, as '.' is
        "\u0589": ".",
        "\u17d4": ".",
    }
)

# Whole lines that are site furniture rather than reporting.
# A cookie or subscription notice: a line with one of the first words and one of the second after it
_COOKIE_NOTICE = r"""
        .*\b(?:cookies?|javascript|subscribe|subscription|paywall|sign\ in|log\ in|newsletter)\b
        .*\b(?:accept|enable|continue|read|access|sign\ up|browser|policy)\b.*
"""
_COOKIE_NOTICE_WORDS = ("cookie", "javascript", "subscri", "paywall", "sign in", "log in", "newsletter")
_FURNITURE_WORDED = r"""
        read\ more\b.* | see\ also\b.* | related\b\s*:.* | recommended\b\s*:.* | also\ read\b.*
      | you\ (?:may|might)\ also\ (?:like|be\ interested\ in)\s*:.*
      | \[ad_?\d*\] | advertisement | loading\.*\.? | share\ this.* | click\ here\b.*
      | you\ must\ enter\ the\ characters.* | message:\s*\*.* | copyright\b.* | \u00a9.* | all\ rights\ reserved.*
      | source\s*:.* | photo\s*:.* | image\s*:.* | video\s*:.*
"""
_BOILERPLATE_LINE = re.compile(rf"^[ \t]*(?:{_FURNITURE_WORDED}|{_COOKIE_NOTICE})[ \t]*$", re.IGNORECASE | re.VERBOSE)

_ABBREVIATIONS = (
    "mr|mrs|ms|dr|st|sgt|lt|col|gen|capt|cpl|det|rep|sen|gov|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|no|vs|inc|co|corp|jr|sr|ft|mt|ave|blvd|rd|u\\.s|u\\.n|a\\.m|p\\.m|e\\.g|i\\.e|approx|est|dept|univ|gov"
)
# A sentence ends at . ! ? (optionally followed by a closing quote/bracket) before whitespace and an opener; the
# boundary is group 1. The mark is read first, not behind: the engine then skips to the marks instead of trying a
# look-behind at every character (same boundaries, about twice as fast).
_SENTENCE_END = compile_twin(r"""[.!?](["')\]]*\s+)(?=["'(\[]?[A-Z0-9])""")
_ABBREV_BEFORE = compile_twin(r"(?:\b(?:" + _ABBREVIATIONS + r")|\b[A-Z])\.$", re.IGNORECASE)
_PARAGRAPH = re.compile(r"[^\n]+")
# Words that open a sentence, never go on one after a clock time ("shot at 9 p.m. They said ..."): a weekday, a month
# or a time zone after "p.m." goes on the sentence ("at 9 p.m. Sunday")
_OPENER_AFTER_TIME = re.compile(
    r"(?:The|They|He|She|It|I|We|His|Her|Their|This|That|There|A|An|When|As|Upon|According|Police|Officers|Deputies"
    r"|Investigators|Detectives|Authorities|Officials|Witnesses|Both|No|One|Two|Three|Four|Five|Earlier|Initially)\b"
)


# Each folded character with its ASCII stand-in. A look for each in turn (a C loop over the text) finds those present
# four times faster than a pattern of all of them, whose engine tests the class at every character.
_FOLDS = tuple((chr(c), str(ascii_form)) for c, ascii_form in _ONE_FOR_ONE.items())


def normalise(text: str) -> str:
    """Same-length copy with typographic variants folded to ASCII, so offsets carry over unchanged."""
    if text.isascii() and "\t" not in text:
        return text
    for ch, ascii_form in _FOLDS:
        if ch in text:
            text = text.replace(ch, ascii_form)
    return text


# Texts lowered lately, by their text: an article's text and its fields are lowered by a dozen passes each (the
# sentence pipeline, dates, page furniture, the article-level passes). Short strings are lowered afresh: a look-up
# costs as much.
_LOWERED: dict[str, str] = {}
_LOWERED_KEPT = 16
_LOWERED_FROM = 256  # characters


def lower_kept(text: str) -> str:
    """`text.lower()`, kept for the long texts lowered last (the same answer: a string never changes)."""
    if len(text) < _LOWERED_FROM:
        return text.lower()
    found = _LOWERED.get(text)
    if found is None:
        if len(_LOWERED) >= _LOWERED_KEPT:
            _LOWERED.clear()
        found = _LOWERED[text] = text.lower()
    return found


def safe_lower(text: str) -> str:
    """Lower-case without changing the length (some characters lower-case to two code points)."""
    lowered_text = lower_kept(text)
    if len(lowered_text) == len(text):
        return lowered_text
    # Turkish dotted capital I lower-cases to 'i' and a combining dot: 'i' alone keeps the length ("İki" = "iki").
    # It is the only character lowered to two; with no capital sigma (the only one lowered by context: final 'ς'),
    # lowering the text is lowering each character.
    if "\u03a3" not in text:
        return text.replace("\u0130", "i").lower()
    return "".join(ch.lower() if len(ch.lower()) == 1 else ("i" if ch == "\u0130" else ch) for ch in text)


# The only letters a case-insensitive pattern of ASCII letters matches that lower-casing does not map onto
# ASCII: dotted and dotless i, long s ("İ" and "ı" match "i", "ſ" matches "s").
_CASELESS_EXTRAS = ("\u0130", "\u0131", "\u017f")
_ESCAPE = re.compile(r"\\.")


def keyword_view(text: str) -> str | None:
    """`text` lower-cased (same length) for the patterns of `lowercase_twin`, or None when it holds a letter
    that lower-casing would make them miss: the caller then runs the case-insensitive pattern on `text`."""
    if any(map(text.__contains__, _CASELESS_EXTRAS)):
        return None
    return safe_lower(text)


def lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern written in lower-case ASCII, compiled case-sensitive to run on `keyword_view`:
    the same matches at the same offsets, several times faster (the engine skips ahead on literal letters,
    which it cannot do when case is ignored). `\\w`, `\\s`, `\\d` and `\\b` do not change under lower-casing."""
    source = pattern.pattern
    lower_case = source.isascii() and not any(ch.isupper() for ch in _ESCAPE.sub("", source))
    if not pattern.flags & re.IGNORECASE or not lower_case:
        raise ValueError(f"not an ASCII, lower-case, case-insensitive pattern: {source!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_MAX_BOILERPLATE_LINE = 400
# `_BOILERPLATE_LINE` in its two parts, on `keyword_view`: a line is furniture when either part matches it. The
# notice's part, nine tenths of the whole pattern's time (its leading `.*` backs off over the line trying each
# word), is tried only on a line that holds one of its first words.
_FURNITURE_WORDED_LOWER = ascii_twin(
    lowercase_twin(re.compile(rf"^[ \t]*(?:{_FURNITURE_WORDED})[ \t]*$", re.IGNORECASE | re.VERBOSE))
)
_COOKIE_NOTICE_LOWER = ascii_twin(
    lowercase_twin(re.compile(rf"^[ \t]*(?:{_COOKIE_NOTICE})[ \t]*$", re.IGNORECASE | re.VERBOSE))
)


def _furniture_lowered(line: str) -> bool:
    """Does `_BOILERPLATE_LINE` match the line, given lower-cased by `keyword_view`?"""
    if _FURNITURE_WORDED_LOWER.match(line) is not None:
        return True
    return any(map(line.__contains__, _COOKIE_NOTICE_WORDS)) and _COOKIE_NOTICE_LOWER.match(line) is not None


# A line that heads a list of other stories' headlines ("Related", "More on this story", "Most read"): the short
# lines under it that end in no full stop are those headlines ("Four injured as car hits pedestrians"), not reporting.
_STORY_LIST_HEADER = compile_twin(
    r"[ \t]*(?:related(?: (?:stories|articles|news|coverage|content|links|headlines))?"
    r"|more (?:on this story|stories|news|from [\w .-]{1,30}|like this)|most (?:read|popular|viewed|watched)"
    r"|top stories|trending(?: now)?|latest (?:news|stories|headlines|from [\w .-]{1,30})|in other news"
    r"|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories)?|further reading"
    r"|read next|what to read next|popular (?:stories|now)|read more|also read|read also|see also)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _world_story_list_header() -> re.Pattern[str]:
    """The same headers in the other languages (`core/data/story_list_headers.tsv`): "Mehr zum Thema", "À lire
    aussi", "関連ニュース"."""
    headers = {cells[1] for cells in tables.rows("story_list_headers.tsv") if len(cells) == 2}
    alternation = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(headers, key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{alternation})[ \t]*[:：]?[ \t]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _world_pointer() -> re.Pattern[str]:
    """Another story's headline after a world header and a colon, on a line of its own ("Lire aussi : Séisme en
    Turquie, plus de 50 000 morts") or after a sentence of the report ("... grave. Leia também: Incêndio mata 3"):
    group 1 starts the pointer."""
    headers = {cells[1] for cells in tables.rows("story_list_headers.tsv") if len(cells) == 2}
    alternation = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(headers, key=len, reverse=True))
    return re.compile(rf"(?:^[ \t]*|(?<=[.!?。])\s+)((?:{alternation})[ \t]*[:：])", re.IGNORECASE | re.MULTILINE)


def _heads_a_story_list(line: str) -> bool:
    return _STORY_LIST_HEADER.match(line) is not None or _world_story_list_header().match(line) is not None


_MAX_LISTED_HEADLINE = 160
_MAX_LIST_HEADER = 48
_SENTENCE_CLOSE = ('.', '!', '?', '."', '.\'', '?"', '!"', ':', '。', '！', '？', '।', '۔')
# "... on Monday night. Read more: Two injured in separate knife attack": a pointer to another story inside a line
_INLINE_POINTER = compile_twin(
    r"(?<=[.!?\"'])\s+(?:read more|also read|read also|see also|related|more on this story|watch|listen)\s*:",
    re.IGNORECASE,
)


_POINTER_WORDS = ("read", "related", "see also", "more on", "watch", "listen")


def _may_point(text: str, lowered: str | None, start: int, end: int) -> bool:
    """A cheap look for the words of `_INLINE_POINTER` in the line, before the pattern's scan."""
    if text.find(":", start, end) < 0:
        return False
    line = lowered[start:end] if lowered is not None else text[start:end].lower()
    return any(map(line.__contains__, _POINTER_WORDS))


# A kicker and a headline on a line of their own ("Alpen-Unglück: Berichte über mehr als 30 Tote"): up to four words
# of letters (no clock time, no date), a colon, the headline.
_KICKER_LINE = re.compile(r"[ \t]*((?:[^\W\d_]|[-'’])+(?:[ \t]+(?:[^\W\d_]|[-'’])+){0,3})[ \t]*[:：][ \t]+\S")
_MAX_KICKER = 40
_MIN_PROSE_LINE = 80  # a paragraph of the report, not a title or a caption


@lru_cache(maxsize=1)
def _own_news_kickers() -> frozenset[str]:
    """Kickers that announce the report's own news (`core/data/own_news_kickers.tsv`): "Aktualisierung", "Dernière
    minute"."""
    return frozenset(cells[1].casefold() for cells in tables.rows("own_news_kickers.tsv") if len(cells) == 2)


def _is_teaser(line: str) -> bool:
    """A kicker line after a paragraph of the report, with no full stop, is a link to another story: pages put
    their own headline above the first paragraph, and announce their own news with an update kicker."""
    if len(line) > _MAX_LISTED_HEADLINE or line.rstrip().endswith(_SENTENCE_CLOSE):
        return False
    kicker = _KICKER_LINE.match(line)
    return (
        kicker is not None
        and len(kicker.group(1)) <= _MAX_KICKER
        and kicker.group(1).casefold() not in _own_news_kickers()
    )


def _is_prose(line: str) -> bool:
    stripped = line.rstrip()
    return len(stripped) >= _MIN_PROSE_LINE and stripped.endswith(_SENTENCE_CLOSE)


def boilerplate_spans(text: str, world: bool = False) -> list[tuple[int, int]]:
    """Spans of lines that are site furniture ("READ MORE: ...", "[ad_1]", cookie notices), and the headlines of
    other stories listed under a "Related" or "Most read" line or after a "Read more:" inside a line.

    Only short lines qualify: a long paragraph that mentions cookies is still reporting. `world`: a text in another
    language, whose pointers to other stories are read with the headers of `story_list_headers.tsv` too, and whose
    kicker lines after a paragraph of the report are teasers for other stories (`_is_teaser`).
    """
    spans: list[tuple[int, int]] = []
    lowered = keyword_view(text)
    listing = False  # under a header of other stories' headlines
    after_prose = False  # the line before is a paragraph of the report
    for line in _PARAGRAPH.finditer(text):
        start, end = line.span()
        follows_prose, after_prose = after_prose, world and _is_prose(line.group())
        if end - start > _MAX_BOILERPLATE_LINE:
            listing = False
            continue
        if listing and end - start <= _MAX_LISTED_HEADLINE and not line.group().rstrip().endswith(_SENTENCE_CLOSE):
            spans.append((start, end))
            continue
        listing = end - start <= _MAX_LIST_HEADER and _heads_a_story_list(line.group())
        if listing:
            spans.append((start, end))
            continue
        if lowered is not None:
            furniture = _furniture_lowered(lowered[start:end])
        else:
            furniture = _BOILERPLATE_LINE.match(line.group()) is not None
        if furniture:
            spans.append((start, end))
        elif _may_point(text, lowered, start, end) and (pointer := _INLINE_POINTER.search(text, start, end)):
            spans.append((pointer.start(), end))
        elif world and (pointer_start := _world_pointed(text, start, end)) is not None:
            spans.append((pointer_start, end))
        elif follows_prose and _is_teaser(line.group()):
            spans.append((start, end))
    return spans


def _world_pointed(text: str, start: int, end: int) -> int | None:
    """Where a pointer to another story in another language begins in the line (`_world_pointer`), when what
    follows it is a headline's length and ends in no full stop."""
    colon = text.find(":", start, end)
    if colon < 0 and text.find("：", start, end) < 0:
        return None
    pointer = _world_pointer().search(text, start, end)
    if pointer is None:
        return None
    tail = text[pointer.start(1) : end].rstrip()
    if len(tail) > _MAX_LISTED_HEADLINE or tail.endswith(_SENTENCE_CLOSE):
        return None
    return pointer.start(1)


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the line/paragraph the sentence sits in


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` (already normalised) as offset spans, paragraph by paragraph."""
    sentences: list[Sentence] = []
    for paragraph_index, para in enumerate(_PARAGRAPH.finditer(text)):
        base = para.start()
        chunk = para.group()
        cursor = 0
        for mark in _SENTENCE_END.finditer(chunk):
            boundary_start, boundary_end = mark.span(1)
            # only the last word before the boundary matters ("Oct." / "U.S." / "J."): search a short tail
            if _ABBREV_BEFORE.search(chunk, max(cursor, boundary_start - 10), boundary_start) and not (
                chunk.startswith(("a.m.", "p.m.", "A.M.", "P.M."), boundary_start - 4)
                and _OPENER_AFTER_TIME.match(chunk, boundary_end)
            ):
                continue
            _append_trimmed(sentences, text, base + cursor, base + boundary_start, paragraph_index)
            cursor = boundary_end
        _append_trimmed(sentences, text, base + cursor, base + len(chunk), paragraph_index)
    return sentences


def _append_trimmed(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))


_SOURCE_TAG = re.compile(r"\s*\((?:AFP|AP|Reuters|Getty Images|File Photo|AFP File Photo)\)\s*$", re.IGNORECASE)
_WORD_RUN = compile_twin(r"\w+")


# Each byte of an ASCII word character lower-cased, every other byte a space: `_WORD_RUN`'s runs, split in C
_ASCII_WORD_BYTES_LOWER = bytes(
    ord(chr(byte).lower()) if byte < 0x80 and (chr(byte).isalnum() or chr(byte) == "_") else 0x20 for byte in range(256)
)


def duplicate_key(sentence_text: str) -> str:
    """Key under which repeated captions/paragraphs collapse: case, spacing and source tags ignored."""
    if "(" in sentence_text:  # a source tag needs one; the tag pattern is slow to rule out
        sentence_text = _SOURCE_TAG.sub("", sentence_text)
    if reads_as_ascii(sentence_text):
        # the runs of ASCII word characters `_WORD_RUN`'s twin finds (a symbol beyond ASCII made '?' parts them
        # as it does), read from the bytes made spaces and lower-cased in one C pass each
        encoded = sentence_text.encode("ascii", "replace").translate(_ASCII_WORD_BYTES_LOWER)
        return " ".join(encoded.decode("ascii").split())
    # the word runs joined by one space: what replacing each run of non-word characters by one and stripping the
    # ends gives, without building the replacement's pieces (a fifth faster)
    return " ".join(_WORD_RUN.findall(sentence_text)).lower()


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
