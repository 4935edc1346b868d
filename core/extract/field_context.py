"""One field (title or text) of an English article as the pipeline reads it, and what a figure found in it takes
from its context.

`Field` computes each sentence's tokens, places and source once. A raw figure becomes a claim (`finish_claim`) with
its place (in its sentence, else carried from the sentences before; not an attacker's country, a home town, a
destination, another event's place), its date (the sentence's own, else the article's incident date) and its
source (the sentence's, a clause's, or the one opening the next sentence). Split from `pipeline`, which puts the
passes together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from core.extract.alternation import alternation
from core.extract.ascii_twin import compile_twin
from core.extract.attribution import attribution_in, source_of_figure_before
from core.extract.clean import (
    Sentence,
    boilerplate_spans,
    overlaps,
    safe_lower,
)
from core.extract.lexicons import load as load_lexicon
from core.extract.raw_claim import RawClaim
from core.extract.reference_places import not_only_references
from core.extract.roles import (
    OTHER_EVENT_WORDS,
    other_event_spans,
)
from core.extract.tokens import Token, tokenize
from core.extract.tolls import (
    TollMark,
)
from core.extract.triggers import HAS_TRIGGER
from core.extract.where_when import (
    DateMention,
    PlaceMention,
    nearest_place,
    places_in,
    scene_names,
)
from core.extract.word_gate import holds_any_word
from core.models import Claim, Role
from core.text import VisibleText

_EN = load_lexicon("en")
_PLACE_LOOKBACK = 4
_ATTRIBUTION_LOOKBACK = 4
_HEADLINE_MOST = 120  # characters of a listed headline
_REPORT_LEAST = 80  # characters of a line of reporting before the list
_LINE_CLOSE = (".", "!", "?", '."', ".'", '?"', '!"', ".”", ":", ")")


def trailing_headlines(text: str) -> list[tuple[int, int]]:
    """Other stories' headlines closing a page with no header over them: 'which killed 15 people.' then 'Gunman kills
    12 in village rampage' and 'Floods: 19 dead in river valley', short lines closed by no full stop after the last
    paragraph of reporting. Two at least, and only after a paragraph of reporting (a page of short lines is left
    alone)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start() : m.end()].strip()]
    k = len(lines)
    while k > 0:
        a, b = lines[k - 1]
        line = text[a:b].strip()
        if len(line) > _HEADLINE_MOST or line.endswith(_LINE_CLOSE):
            break
        k -= 1
    listed = lines[k:]
    if len(listed) < 2 or k == 0:
        return []
    a, b = lines[k - 1]
    before = text[a:b].strip()
    return listed if len(before) >= _REPORT_LEAST and before.endswith(_LINE_CLOSE) else []


class TextScenes:
    """The folded names a text puts things in (`scene_names`), read from the text when first asked. Most fields
    never ask (only a small town named alone, or a town of a victim's past, does), and the reading is a scan of the
    whole text."""

    __slots__ = ("_names", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._names: frozenset[str] | None = None

    def _read(self) -> frozenset[str]:
        if self._names is None:
            self._names = scene_names(self._text)
        return self._names

    def __contains__(self, name: object) -> bool:
        return name in self._read()

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


@dataclass
class Field:
    """One field (text or title) being processed, with lazily computed per-sentence context."""

    name: str
    original: str  # as submitted: claim offsets and quotes refer to it
    visible: VisibleText  # what a reader sees (invisible characters removed); `norm` is its same-length copy
    norm: str
    sentences: list[Sentence]
    reference: date | None
    reference_year: int | None
    ahead: int  # how far past `reference` a date without a year may fall (see `dates_in`)
    places_cache: dict[int, list[PlaceMention]] = field(default_factory=dict)
    attribution_cache: dict[int, tuple[str | None, bool]] = field(default_factory=dict)
    tokens_cache: dict[int, list[Token]] = field(default_factory=dict)
    scenes: TextScenes | None = None
    lasting: bool = False  # the article is about a disaster that lasts for weeks (`names_lasting_disaster`)
    natural: bool = False  # the article is about a quake, a flood or a storm (`names_natural_disaster`)
    furniture_cache: list[tuple[int, int]] | None = None

    def furniture(self) -> list[tuple[int, int]]:
        """Spans of page furniture (`boilerplate_spans`): site lines, and other stories' headlines and their days
        ("Related headlines" / "School shooting: 6 killed (March 27)")."""
        if self.furniture_cache is None:
            self.furniture_cache = sorted([*boilerplate_spans(self.norm), *trailing_headlines(self.norm)])
        return self.furniture_cache

    def reported_spans(self) -> list[tuple[int, int]]:
        """The sentences' spans but those of page furniture, which state and date nothing of this report."""
        skip = self.furniture()
        return [(s.start, s.end) for s in self.sentences if not (skip and overlaps(skip, s.start, s.end))]

    def tokens(self, index: int) -> list[Token]:
        if index not in self.tokens_cache:
            s = self.sentences[index]
            self.tokens_cache[index] = tokenize(self.norm, s.start, s.end)
        return self.tokens_cache[index]

    def places(self, index: int) -> list[PlaceMention]:
        if index not in self.places_cache:
            if self.scenes is None:
                self.scenes = TextScenes(self.norm)
            self.places_cache[index] = places_in(self.tokens(index), self.scenes, title_case=self.name == "title")
        return self.places_cache[index]

    def attribution(self, index: int) -> tuple[str | None, bool]:
        if index not in self.attribution_cache:
            s = self.sentences[index]
            self.attribution_cache[index] = attribution_in(self.norm[s.start : s.end])
        return self.attribution_cache[index]


# "Seven people were killed, while police said 12 were hurt": a source inside a concessive or "as" clause gives
# the figures of that clause, not those before it.
# A clause after a semicolon may name its own source too: "Officials said 85 died; residents say at least 120".
_SOURCE_CLAUSE = re.compile(rf",\s+(?:{alternation(_EN.CONCESSIVE_WORDS + _EN.SOURCE_CLAUSE_WORDS)})\s|;\s")


_Part = tuple[int, int, str | None, int]  # start, end, source, where the source is named (-1: none)


def clause_sources(fld: Field, sentence: Sentence) -> list[_Part] | None:
    """The parts of a sentence split at its concessive clauses with their sources, or None for one part."""
    lower = safe_lower(fld.norm[sentence.start : sentence.end])
    breaks = [m.start() for m in _SOURCE_CLAUSE.finditer(lower)]
    if not breaks:
        return None
    parts: list[_Part] = []
    for a, b in pairwise([0, *breaks, len(lower)]):
        text = fld.norm[sentence.start + a : sentence.start + b]
        who = attribution_in(text)[0]
        at = text.find(who) if who else -1
        parts.append((sentence.start + a, sentence.start + b, who, sentence.start + a + at if at >= 0 else -1))
    return parts


def source_of_part(parts: list[_Part], position: int, raw: list[RawClaim]) -> str | None:
    """The source of the part holding `position`; with none of its own, the sentence's source, unless that is
    named in a later part before figures of that part ("..., while police said 12 were hurt"): those are its."""
    here = next(i for i, (a, b, _, _) in enumerate(parts) if a <= position < b or i == len(parts) - 1)
    own = parts[here][2]
    if own is not None:
        return own
    for a, b, who, at in parts[here + 1 :]:
        if who and any(a <= rc.start < b and rc.start > at for rc in raw):
            return None
    return next((who for _, _, who, _ in parts if who), None)


_SOURCE_OPENS = 40  # characters from a sentence's start within which its source opens it


def sources_told_next(fld: Field, claims: list[Claim], lower: str) -> list[Claim]:
    """'The death toll has grown to three. Provincial police said two more bodies were found overnight.': a whole
    figure with no source takes the source that opens the next sentence, when that sentence goes on about the harm.
    (Even when that source gives another figure: measured on news-dev (validation split), naming it agrees with the
    annotation more often than leaving the figure unattributed.)"""
    if not any(c.attribution is None and c.role is Role.TOTAL and not c.singular for c in claims):
        return claims  # no figure wants a source: the sentence index below is not built (most fields)
    index_of = {fld.visible.span(s.start, s.end)[0]: i for i, s in enumerate(fld.sentences)}
    # a source giving one part's figure ("One hospital said it had received 22 bodies") is not the whole's
    partial = {index_of.get(c.sentence_start, -1) for c in claims if c.role is Role.PARTIAL}
    out: list[Claim] = []
    for claim in claims:
        if claim.attribution is None and claim.role is Role.TOTAL and not claim.singular:
            index = index_of.get(claim.sentence_start, -1)
            who = _source_opening(fld, index + 1, lower) if index >= 0 and index + 1 not in partial else None
            if who is not None:
                claim = replace(claim, attribution=who)
        out.append(claim)
    return out


def _source_opening(fld: Field, index: int, lower: str) -> str | None:
    """The named source opening sentence `index` when it speaks of harm, else None."""
    if index >= len(fld.sentences):
        return None
    after = fld.sentences[index]
    if not HAS_TRIGGER.search(lower, after.start, after.end):
        return None
    who, is_pronoun = fld.attribution(index)
    if who is None or is_pronoun:
        return None
    opening = fld.norm.find(who, after.start, min(after.end, after.start + _SOURCE_OPENS + len(who)))
    return who if 0 <= opening - after.start <= _SOURCE_OPENS else None


def attribution_for(fld: Field, index: int) -> str | None:
    """The sentence's source; 'it said' / 'he said' resolve to the last named source just before; with none,
    a next sentence that opens 'the minister announced the new figure' names it."""
    who, is_pronoun = fld.attribution(index)
    if who is None and index + 1 < len(fld.sentences):
        after = fld.sentences[index + 1]
        return source_of_figure_before(fld.norm[after.start : after.end])
    if not is_pronoun:
        return who
    for back in range(index - 1, max(-1, index - 1 - _ATTRIBUTION_LOOKBACK), -1):
        earlier, earlier_is_pronoun = fld.attribution(back)
        if earlier and not earlier_is_pronoun:
            return earlier
    return None


def finish_claim(
    fld: Field,
    index: int,
    sentence: Sentence,
    rc: RawClaim,
    sentence_level_role: Role,
    attribution: str | None,
    dates: list[DateMention],
    article_date: date | None,
) -> Claim:
    overrides = sentence_level_role is Role.BACKGROUND or rc.role is Role.TOTAL
    role = sentence_level_role if overrides else rc.role
    place, in_sentence, loose = _place_for(fld, index, rc.start)
    # a figure summed over places it names ("30 were injured in Kurla and 18 in Ghatkopar") is no one place's
    loose = loose or (place is not None and rc.start <= place.start and place.end <= rc.end)
    incident_date, date_carried = _date_for(dates, rc.start, article_date)
    start, end = fld.visible.span(rc.start, rc.end)
    sentence_start, sentence_end = fld.visible.span(sentence.start, sentence.end)
    return Claim(
        metric=rc.metric,
        value=rc.value,
        low=rc.low,
        high=rc.high,
        qualifier=rc.qualifier,
        role=role,
        quote=fld.original[start:end],
        start=start,
        end=end,
        field=fld.name,
        subject=rc.subject,
        location=fld.visible.text[place.start : place.end] if place else None,
        incident_date=incident_date,
        attribution=attribution,
        derivation=rc.derivation,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        singular=rc.singular,
        location_carried=place is not None and not in_sentence,
        location_loose=loose,
        date_carried=date_carried,
    )


_DESTINATION = compile_twin(rf"\b(?:{alternation(_EN.DESTINATION_BEFORE_PLACE)})\s+$", re.IGNORECASE)


# "from Banks in Lancashire", "from Bradford": somebody's home (the names between are the home's own parts)
_HOME = re.compile(
    rf"\b(?:{alternation(_EN.HOME_BEFORE_PLACE)})\s+(?:[A-Z][\w'’.-]*(?:\s+|,\s*)(?:in\s+)?){{0,3}}$"
)


_ATTACKER = re.compile(rf"\s+(?:{alternation(_EN.ATTACKER_VERBS)})\b")


_SPEECH = compile_twin(r"\b(?:said|says|told|reported|announced|according)\b")


_SPOKEN_IN = compile_twin(rf"\b(?:{alternation(_EN.SPEECH_BEFORE_PLACE)})\s+$", re.IGNORECASE)


def place_of_a_zero(fld: Field, claim: Claim) -> Claim:
    """A stated zero ("No injuries were reported so far") placed as any figure of its sentence would be: by the
    place its sentence names, else the last one named in the sentences before it (a dateline's town). The zeros are
    read after the figures (`core.extract.stated_zeros`), with no place of their own."""
    if claim.location is not None:
        return claim
    for index, sentence in enumerate(fld.sentences):
        start, end = fld.visible.span(sentence.start, sentence.end)
        if start <= claim.start < end:
            place, in_sentence, loose = _place_for(fld, index, sentence.start + (claim.start - start))
            if place is None:
                return claim
            return replace(
                claim,
                location=fld.visible.text[place.start : place.end],
                location_carried=not in_sentence,
                location_loose=loose,
            )
    return claim


def _place_for(fld: Field, index: int, position: int) -> tuple[PlaceMention | None, bool, bool]:
    """The figure's place, whether its own sentence names it, and whether that place is loose (see
    `Claim.location_loose`): only the source's (on the far side of "said", or "said in Jakarta that ..."), or one
    of a list of places."""
    # "Russia launched a missile attack ..., killing 31": the attacker's country is not where anyone died
    places = [p for p in fld.places(index) if not _ATTACKER.match(fld.norm, p.end)]
    # "the 27 pilgrims from Jalgaon in Maharashtra who were killed when their bus fell into a river in Nepal":
    # where they came from, beside where it happened
    scenes = [p for p in places if not _HOME.search(fld.norm, max(0, p.start - 60), p.start)]
    places = _outside_other_events(fld, index, position, scenes or places)
    # "in Bucks County, north of Philadelphia": the reference point is not the scene
    places = not_only_references(fld.norm, places)
    if places:
        # A place on the far side of "said" belongs to the source ("officials in Baku said ...").
        same_side = [
            p for p in places
            if not _SPEECH.search(fld.norm, min(p.end, position), max(p.start, position))
        ]  # fmt: skip
        # where the hurt were taken is not where it happened; with only that, the place is looked for before
        here = [p for p in same_side or places if not _DESTINATION.search(fld.norm, max(0, p.start - 30), p.start)]
        place = nearest_place(here, position) if here else None
        if place is not None:
            spoken_in = _SPOKEN_IN.search(fld.norm, max(0, place.start - 40), place.start) is not None
            return place, True, not same_side or spoken_in or _in_a_list(fld.norm, fld.sentences[index], place)
    paragraph = fld.sentences[index].paragraph
    for back in range(index - 1, max(-1, index - 1 - _PLACE_LOOKBACK), -1):
        candidates = fld.places(back)
        specific = [p for p in candidates if not p.coarse and not _HOME.search(fld.norm, max(0, p.start - 60), p.start)]
        if specific:
            return max(specific, key=lambda p: (p.scene, p.start)), False, False
        if fld.sentences[back].paragraph != paragraph and back < index - 2:
            break
    return None, False, False


def _outside_other_events(fld: Field, index: int, position: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """"Seven climbers were killed on Monday, a week after a bridge collapse in Genoa killed 43": a place named in a
    clause about another, earlier event (`other_event_spans`) is that event's, not the place of a figure told
    outside the clause."""
    if not places:
        return places
    sentence = fld.sentences[index]
    if not holds_any_word(fld.norm, OTHER_EVENT_WORDS, sentence.start, sentence.end):
        return places  # most sentences: no slice, no lower-casing
    spans = other_event_spans(fld.norm[sentence.start : sentence.end].lower())
    if not spans:
        return places
    own = [(sentence.start + a, sentence.start + b) for a, b in spans]
    if any(a <= position < b for a, b in own):
        return places
    return [p for p in places if not any(a <= p.start < b for a, b in own)]


# A list of three names or more: "Kyiv, Lviv and Odesa", "Peshawar, Mastung, and Quetta" (a name the gazetteer does
# not know counts: the list is the text's).
_LIST_NAME = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}"


_PLACE_LIST = compile_twin(
    rf"{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})+\s*,?\s+(?:{alternation(_EN.LIST_CONJUNCTIONS)})\s+{_LIST_NAME}"
)


def _in_a_list(text: str, sentence: Sentence, place: PlaceMention) -> bool:
    """Is the place one of a list of places ("strikes on Kyiv, Lviv and Odesa")? Two names ("Berkeley and
    Richmond") are as often the places of another incident as those of a wider figure: not a list here."""
    return any(
        m.start() <= place.start and place.end <= m.end()
        for m in _PLACE_LIST.finditer(text, sentence.start, sentence.end)
    )


def toll_words_date(dates: list[DateMention], mark: TollMark | None) -> date | None:
    """The date within an update's toll words before its verb ("the death toll from Sunday's strike", "the
    number killed in Wednesday's explosions"), if any. An update the toll pass did not read has no such words."""
    if mark is None:
        return None
    own = [d for d in dates if not d.later_step and mark.scope[0] <= d.start < mark.scope[1]]
    return own[0].value if own else None


def _date_for(dates: list[DateMention], position: int, article_date: date | None) -> tuple[date | None, bool]:
    """The incident date nearest the claim in its sentence; a date of a later step ("charged Tuesday") is not
    one, nor is a fallback day (a quoted post's, a celebration's: the article's incident date falls back on it).
    Else the article's incident date, marked carried (True)."""
    own = [d for d in dates if not d.later_step and not d.fallback]
    if own:
        # a wire dateline's day is when the story was filed: the incident's only when the sentence gives no other
        told = [d for d in own if not d.filed] or own
        return min(told, key=lambda d: abs(d.start - position)).value, False
    return article_date, article_date is not None
