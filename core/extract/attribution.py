"""Who the article says gave a figure: 'the Prosecutor General's Office said', 'according to police', 'the mayor
said', 'Health Minister Ana Ruiz told state TV', 'said Ana Ruiz, a spokeswoman for the regional government',
'the civil protection agency raised the toll to ...'.

The words (source nouns, speech verbs) come from the language's lexicon (`core.extract.lexicons`); this module
only arranges them into patterns, tried in order: 'according to X', 'X, the ROLE, said', 'X said' (a named or
collective source, a title and a name), 'said X' (with an apposition 'X, a spokeswoman for Y'), then a pronoun
('it said') that the pipeline resolves to the last named source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache, partial

from core.extract.alternation import alternation
from core.extract.ascii_twin import AsciiTwin, compile_twin
from core.extract.lexicons import load

_any_of = partial(alternation, loose_spaces=True)  # a space in a phrase matches a line break too

_Compiled = tuple[
    tuple[AsciiTwin, ...],
    re.Pattern[str],
    AsciiTwin,
    frozenset[str],
    re.Pattern[str],
    frozenset[str],
    AsciiTwin,
    re.Pattern[str],
]
_WINDOW = 160  # characters before a speech verb where its subject can start


@lru_cache(maxsize=8)
def _patterns(language: str = "en") -> _Compiled:
    lex = load(language)
    # `_who_before` relies on it: no source noun, hence no "X said" match, holds a comma or a semicolon.
    if any("," in w or ";" in w for w in (*lex.SOURCE_NOUNS, *lex.SPEECH_VERBS)):
        raise ValueError(f"a source noun or speech verb of {language!r} holds a comma or semicolon")
    nouns = _any_of(lex.SOURCE_NOUNS)
    speech = _any_of(lex.SPEECH_VERBS)
    # "the", "a", "Kenya's", "the country's" before a source
    det = r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+|[A-Z][\w.-]*['\u2019]s\s+|(?:[Tt]he\s+)?[a-z]+['\u2019]s\s+)?"
    modifier = r"(?:[A-Za-z][\w.-]*\s+){0,3}?"
    collective = rf"{det}{modifier}(?:{nouns})\b"
    name_word = r"(?:[A-Z][\w'.\u2019-]*|(?:al|el|bin|ibn|abu)-[A-Z][\w'.\u2019-]*|al|bin|de|da|del|van|von|du|le|la)"
    name = rf"[A-Z][\w'.\u2019-]*(?:\s+{name_word}){{0,4}}"
    org_word = rf"(?:[A-Z][\w'\u2019.-]*|(?:al|el|bin|ibn|abu)-[A-Z][\w'.\u2019-]*|of|for|and|de|al|the|{nouns})"
    proper = rf"(?:[Tt]he\s+)?[A-Z][\w'\u2019.-]*(?:\s+{org_word}){{0,7}}"
    acronym = r"(?:\s*\([A-Z][\w.&-]{1,12}\))?"
    titled = rf"{collective}\s+{name}"  # "health ministry spokesman Ana Ruiz", "Mayor Jo Bell"
    role = r"(?:the|a|an|its)\s+[^,.;]{2,70}?"
    aux = r"(?:\s+(?:have|has|had|was|were|is|are|later|also|then|now|initially|previously)){0,2}"
    where = r"(?:\s+(?:of|in|for|from|at)\s+[^,.;]{1,45}?)?"
    who = rf"(?:{titled}|{proper}|{collective}){acronym}"
    bracket = r"(?:\s*\([^)]{1,30}\))?"
    after_source = r"(?=\s*[,.;:]|\s+(?:and|as|on|in)\b|$)"
    by = rf"(?:\s+by\s+(?:[Tt]he\s+)?[A-Z][\w'\u2019.-]*(?:\s+{org_word}){{0,10}})?"
    by_word = _any_of(
        tuple(getattr(lex, "SOURCE_PREPOSITIONS", ("according to",)))
    )  # "according to the study by Lakeview University's School of Public Health"
    # "according to a statement from the provincial governor's office": a statement, report ... and whose it is
    whose = rf"(?:\s+(?:from|of)\s+(?:{who}|[\w'\u2019 ]{{2,50}}?))?"
    citing = _any_of(tuple(getattr(lex, "CITING", ())) or ("citing",))
    # The patterns that search whole sentences or windows are ASCII twins (`ascii_twin`): the same matches, and on
    # ASCII text no Unicode look-up per character for each \b, \w and \s (those that ignore case stay plain patterns).
    patterns: tuple[AsciiTwin, ...] = (
        # "Reuters reported, citing local officials": the source cited gave the figure, not the outlet
        compile_twin(rf"\b(?:{citing})\s+(?P<who>{titled}|{proper}|{collective}){acronym}{after_source}"),
        compile_twin(rf"\b[Aa]ccording to\s+(?P<who>(?:{who}{whose}|[\w' ]{{2,40}}?){by}){bracket}{after_source}"),
        compile_twin(rf"(?P<who>{name},\s+{role}),\s+(?:{speech})\b"),
        # "the mayor of Tarvos, Ana Ruiz, said": a title, then the name in apposition
        # (matched on a window ending at a speech verb right after a comma, see `_apposed_before`)
        compile_twin(rf"(?P<who>{collective}{where},\s+{name}),\s+$"),
        # "X said": matched on a window ending at each speech verb (see `_who_before`), not at every offset
        compile_twin(rf"(?P<who>{who}){where}{aux}\s+$"),
        compile_twin(rf"\b(?:{speech})\s+(?P<who>{name},\s+(?:a|an|the)\s+[\w\s'\u2019-]{{2,60}}?(?=[,.;]|$))"),
        compile_twin(rf"\b(?:{speech})\s+(?P<who>{titled}|{proper}|{collective}){acronym}"),
        compile_twin(rf"\b(?:{by_word})\s+(?P<who>{collective}){acronym}{after_source}"),  # "per the health ministry"
    )
    pronoun = re.compile(rf"\b(?P<who>{_any_of(lex.PRONOUNS)})\s+(?:{speech})\b", re.IGNORECASE)
    any_source = compile_twin(rf"\b(?:{speech}|[Aa]ccording|{by_word}|[Cc]iting)\b")
    speech_at = compile_twin(rf"(?<=\s)(?:{speech})\b")
    leading = re.compile(rf"^(?:{_any_of(lex.LEADING_WORDS)})\s+", re.IGNORECASE)
    # "Health Minister Ana Ruiz announced the new figure, ...": a sentence that gives the source of the figure
    # stated just before it. The nouns naming a figure are the toll heads and the counts that "show" figures.
    figure_words = {*lex.TOLL_HEADS, *lex.SHOWING_SOURCES}
    figure_nouns = _any_of(tuple(sorted(figure_words | {w[:-1] for w in figure_words if w.endswith("s")})))
    # "That is according to the health ministry.", "The figures were released by the interior ministry.": a
    # sentence naming only where the figure before it came from
    given_by = _any_of(tuple(getattr(lex, "FIGURE_GIVEN_BY", ())) or ("given by",))
    openings = _any_of(tuple(getattr(lex, "SOURCE_OF_FIGURE_BEFORE", ())) or ("according to",))
    figures_of = rf"(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{figure_nouns}|numbers?)\s+(?:{given_by})\s+)?"
    figure_source = re.compile(
        rf"^\s*(?:(?P<who>{who}){aux}\s+(?:{speech})\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{figure_nouns})\s*(?:[,.;:]|$)"  # the figure itself, not a clause about it ("said the toll could rise")
        rf"|(?i:{openings})\s+{figures_of}(?P<from>{who}){acronym}\s*(?:[,.;:]|$)"
        rf"|(?i:the|these|those|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{figure_nouns}|numbers?)\s+"
        rf"(?:(?:is|are|was|were)\s+)?(?:{given_by})\s+(?P<by>{who}){acronym}\s*(?:[,.;:]|$))"
    )
    return (
        patterns,
        pronoun,
        any_source,
        frozenset(lex.NOT_SOURCES),
        leading,
        frozenset(lex.SHOWING_SOURCES),
        speech_at,
        figure_source,
    )


@lru_cache(maxsize=8)
def _trailing_time(language: str) -> re.Pattern[str] | None:
    """A time a source's name ran into ('Police Sunday' of 'Police Sunday said', 'State Police late Tuesday'):
    stripped from the source (the lexicon's `SPEECH_TIMES`, maybe after 'on', 'early', 'late', before a part of
    the day)."""
    lex = load(language)
    times, parts = tuple(getattr(lex, "SPEECH_TIMES", ())), tuple(getattr(lex, "SPEECH_TIME_PARTS", ()))
    if not times:
        return None
    part = rf"(?:\s+(?i:{_any_of(parts)}))?" if parts else ""
    return re.compile(rf"(?<=\S)\s+(?:[Oo]n\s+)?(?:(?:[Ee]arly|[Ll]ate)\s+)?(?i:{_any_of(times)}){part}$")


@lru_cache(maxsize=8)
def _times_and_firsts(language: str) -> tuple[frozenset[str], re.Pattern[str] | None, frozenset[str]]:
    """The words that end a time right before a speech verb, the pattern of that time ('Officials yesterday said',
    'Police on Monday morning said': the lexicon's `SPEECH_TIMES`, maybe after 'on', 'early', 'late', before a part
    of the day), and the first words of the source nouns of several words ('rescue' of 'rescue workers')."""
    lex = load(language)
    words = frozenset(w.lower() for w in (*getattr(lex, "SPEECH_TIMES", ()), *getattr(lex, "SPEECH_TIME_PARTS", ())))
    trailing = _trailing_time(language)
    pattern = re.compile(trailing.pattern[: -len("$")] + r"\s+$") if trailing is not None else None
    return words, pattern, frozenset(w.split()[0] for w in lex.SOURCE_NOUNS if " " in w)


@lru_cache(maxsize=8)
def _said_after_a_comma(language: str) -> AsciiTwin:
    """A speech verb right after a comma (", said"): how every match of the 'X, the ROLE, said' pattern ends."""
    return compile_twin(rf",\s+(?:{_any_of(load(language).SPEECH_VERBS)})\b")


@lru_cache(maxsize=8)
def _citing_stems(language: str) -> tuple[str, ...]:
    """The lexicon's `CITING` words without their first letter, which may be a capital ('iting' of 'citing')."""
    return tuple(w[1:] for w in getattr(load(language), "CITING", ("citing",)))


_TIME_REACH = 40  # characters before a speech verb a time may take
_MAX_WHO = 90
_NAME_IN_COMMAS = re.compile(r",\s+[A-Z][\w'.\u2019-]*(?:\s+[\w'.\u2019-]+){0,4},\s+$")
_CITING = 0  # index of the "citing X" pattern
_NAME_ROLE = 2  # index of the "NAME, the ROLE, said" pattern
_APPOSED = 3  # index of the "the ROLE, NAME, said" pattern
_WHO_SAID = 4  # index of the "X said" pattern


def _who_before(pattern: AsciiTwin, speech_at: AsciiTwin, sentence: str, language: str) -> Iterator[tuple[str, str]]:
    """'X said': for each speech verb, the source ending right before it (earliest verb first), with the verb.

    Lazy: the search before a verb is the costliest pattern of attribution, and the first source accepted ends
    the look-up, so the verbs after it are never searched."""
    for verb in speech_at.finditer(sentence):
        # No part of the pattern matches a comma or semicolon (see `_patterns`), and its match ends at the verb:
        # it starts after the last one before the verb. Same match, far fewer starting points tried.
        end = verb.start()
        barrier = max(sentence.rfind(",", 0, end), sentence.rfind(";", 0, end))
        start = max(0, end - _WINDOW, barrier + 1)
        time_words, time_before, capital_firsts = _times_and_firsts(language)
        # "Officials yesterday said", "Police on Monday said": the source ends before when it spoke
        if sentence[sentence.rfind(" ", 0, end - 1) + 1 : end].strip().lower() in time_words:
            when = time_before.search(sentence, max(start, end - _TIME_REACH), end) if time_before else None
            if when is not None:
                end = when.start() + 1
        m = pattern.search(sentence[:end], start)
        if m is None and start == 0 and sentence[: sentence.find(" ")].lower() in capital_firsts:
            # "Rescue workers said": a source noun of several words opening the sentence capitalised
            m = pattern.search(sentence[:1].lower() + sentence[1:end])
            if m is not None and m.start("who") != 0:
                m = None
        if m is not None:
            yield sentence[m.start("who") : m.end("who")], verb.group().lower()


def _apposed_before(pattern: AsciiTwin, speech_at: AsciiTwin, sentence: str) -> Iterator[tuple[str, str]]:
    """'the mayor of Tarvos, Ana Ruiz, said': tried only where a speech verb follows a comma."""
    for verb in speech_at.finditer(sentence):
        if _NAME_IN_COMMAS.search(sentence, max(0, verb.start() - _MAX_WHO), verb.start()):
            m = pattern.search(sentence[: verb.start()], max(0, verb.start() - _WINDOW))
            if m is not None:
                yield m.group("who"), verb.group().lower()


def _with_verb(pattern: AsciiTwin, sentence: str) -> Iterator[tuple[str, str]]:
    return ((m.group("who"), sentence[m.end() - 6 : m.end()].lower()) for m in pattern.finditer(sentence))


def _clean(who: str, leading: re.Pattern[str]) -> str:
    return leading.sub("", who.strip()).rstrip(" ,;:")


def _without_full_stop(who: str) -> str:
    """'a report by the United Nations.': the sentence's full stop, not an abbreviation's ('U.S.')."""
    last = who.rsplit(maxsplit=1)[-1]
    return who[:-1] if last.endswith(".") and "." not in last[:-1] and len(last) > 3 else who


def attribution_in(sentence: str, language: str = "en") -> tuple[str | None, bool]:
    """(who, is_pronoun) for the source named in `sentence`; who is None when there is none."""
    patterns, pronoun, any_source, not_sources, leading, showing, speech_at, _ = _patterns(language)
    if not any_source.search(sentence):
        return None, False
    for index, pattern in enumerate(patterns):
        if index == _CITING and not any(map(sentence.__contains__, _citing_stems(language))):
            continue  # the pattern's search costs more than this look for its words
        if index == _NAME_ROLE and _said_after_a_comma(language).search(sentence) is None:
            continue  # nor can it match: it opens with a capital anywhere, its end with a comma, found far faster
        if index == _WHO_SAID:
            matches = _who_before(pattern, speech_at, sentence, language)
        elif index == _APPOSED:
            matches = _apposed_before(pattern, speech_at, sentence)
        else:
            matches = _with_verb(pattern, sentence)
        for named, verb in matches:
            who = _clean(named, leading)
            trailing = _trailing_time(language)
            who = trailing.sub("", who) if trailing is not None else who
            # the sentence's full stop off first: "..., a source said Saturday." names no "Saturday." as source
            words = _without_full_stop(who).lower().replace("\u2019", "'").split()
            if not words or len(who) > _MAX_WHO:
                continue
            if words[0] in not_sources and (words[0] != "the" or len(words) == 1):
                continue
            if len(words) == 1 and len(who.rstrip(".")) <= 3 and who.endswith("."):
                continue  # an abbreviation left by a sentence break ("Que.")
            if verb.endswith(("shows", "showed")) and words[-1].rstrip(".") not in showing:
                continue
            return _without_full_stop(who), False
    found = pronoun.search(sentence)
    if found:
        return found.group("who"), True
    return None, False


@lru_cache(maxsize=8)
def _figure_source_gate(language: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """What a match of `_patterns`' `figure_source` needs: its first and last branches name the figure (a noun of
    `TOLL_HEADS`/`SHOWING_SOURCES` or 'number', whose first word stands as written), its middle one opens the
    sentence with a `SOURCE_OF_FIGURE_BEFORE` phrase. A sentence with neither cannot match."""
    lex = load(language)
    figure_words = {*lex.TOLL_HEADS, *lex.SHOWING_SOURCES}
    nouns = figure_words | {w[:-1] for w in figure_words if w.endswith("s")} | {"number"}
    openings = _any_of(tuple(getattr(lex, "SOURCE_OF_FIGURE_BEFORE", ())) or ("according to",))
    return tuple(sorted({w.split()[0] for w in nouns if w.split()})), re.compile(rf"\s*(?i:{openings})")


def source_of_figure_before(sentence: str, language: str = "en") -> str | None:
    """'Health Minister Khaled Nabil announced the new figure, an increase from ...', 'That is according to the
    health ministry.', 'The figures were released by the interior ministry.': who gave the figure the sentence
    before states (None when the sentence does not open that way)."""
    _, _, _, not_sources, leading, _, _, figure_source = _patterns(language)
    figure_firsts, opening = _figure_source_gate(language)
    if not any(map(sentence.__contains__, figure_firsts)) and opening.match(sentence) is None:
        return None  # most sentences: the pattern's source names are costly to try at its start
    m = figure_source.match(sentence)
    if m is None:
        return None
    who = _clean(m.group("who") or m.group("from") or m.group("by"), leading)
    words = who.lower().split()
    if not words or len(who) > _MAX_WHO or (words[0] in not_sources and (words[0] != "the" or len(words) == 1)):
        return None
    return _without_full_stop(who)
