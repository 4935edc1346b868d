"""The kinds of disaster a report's headline names, in any language with a lexicon (lexicon `HAZARD_FAMILIES` and the
table `core/data/hazard_words.tsv`, read alike, one family name per kind shared by every language: quake, water,
weather, fire, volcano, air, rail, road, ship, attack, crowd, collapse, mine, poison, animal, unrest, disease):
reports whose headlines name kinds that share no family are two events, however their places and dates agree
("Inundaciones en el sur" and "Accidente de autobús en el sur"; "Erdbeben" and "Busunglück"). 'water' is floods and
what brings them (rain, storms, cyclones) or moves with them (landslides, avalanches); 'weather' is death by the
weather itself (lightning, heat, cold), its storms in both families, so that a storm's lightning joins its storm and
a lightning strike no flood or mine collapse. Gunfire is an attack, a fire alone is not ("opened fire", not "Fire at
a mine kills 32"). 'volcano' is an eruption, its lava, ash and pyroclastic flows ("Vulkanausbruch", "erupsi Semeru");
its mudflows are floods too ("banjir lahar": water and volcano). A riot is a crowd's and an attack's ("motín",
"kericuhan": a prison riot's killings, a stadium riot's crush).

Every language's words are read in every headline (an article's language is not kept with its facts; a report's
headline and its event's may be in two languages). So that one language's word is no other language's word part,
an entry is a whole word ('sel'), a stem with '*' ('inundaci*'), the end of a compound with a leading '*'
('*beben': Erdbeben, Seebeben, not 'beben' alone), a phrase with '=' whose words name no other kind ('=lightning
strike': no attack's strike, '=удар молнии'); in a language written without spaces or with particles written
onto its words (lexicon MATCH "any": zh, ja, ko, ar, fa) an entry in its own script is found anywhere ('地震',
'지진으로'). A stem is no shorter than a word of its own: 'tren*' would be 'Trenton', 'bombe*' 'bomberos'."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from core import tables
from core.events.state import EventState
from core.extract.clean import safe_lower
from core.extract.lexicons import LANGUAGES, WORLD_LANGUAGES
from core.extract.lexicons import load as load_lexicon
from core.models import ArticleFacts

_LATIN = re.compile(r"[a-z]")
# a word: letters, and the vowel signs of Indic scripts ("आगे", ahead, is no "आग", fire, with a vowel sign after it)
_WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0dff]+")
_LONGEST_PHRASE = 4  # words
# The family of a phrase (with '=') whose words name no kind of disaster, though one of them alone would: a police
# raid is no militants' raid, a search no attack
NO_KIND = "none"


class _Words:
    """Every language's words of each family, by how they meet a headline's words."""

    def __init__(self) -> None:
        self.whole: dict[str, set[str]] = {}  # a word or phrase ('sel', 'tremblement de terre')
        self.stems: dict[str, set[str]] = {}  # its start ('inundaci*'), of a word or a phrase's last word
        self.ends: dict[str, set[str]] = {}  # a compound's end ('*beben'), with a letter or more before it
        self.anywhere: dict[str, set[str]] = {}  # in a language whose words run together or take particles
        self.by_first: dict[str, list[tuple[str, set[str]]]] = {}  # `anywhere` by its first letter, looked up by a
        # headline's letters: a headline in Latin letters checks none of them
        self.owners: dict[str, set[str]] = {}  # a phrase whose words are its own ('=lightning strike')

    def add(self, entry: str, family: str, anywhere: bool) -> None:
        word = unicodedata.normalize("NFC", entry.lower())
        if word.startswith("="):
            owned = self.owners.setdefault(" ".join(_WORD.findall(word)), set())
            if family != NO_KIND:  # a phrase that names no kind at all: its words are nobody's ("police raid")
                owned.add(family)
            return
        if anywhere and not _LATIN.search(word):
            self.anywhere.setdefault(word.strip("*"), set()).add(family)
            return
        key = " ".join(_WORD.findall(word))
        table = self.ends if word.startswith("*") else self.stems if word.endswith("*") else self.whole
        table.setdefault(key, set()).add(family)


@lru_cache(maxsize=1)
def _words() -> _Words:
    words = _Words()
    for code in (*LANGUAGES, *WORLD_LANGUAGES):
        lexicon = load_lexicon(code)
        anywhere = getattr(lexicon, "MATCH", "word") == "any"
        for family, entries in getattr(lexicon, "HAZARD_FAMILIES", {}).items():
            for entry in entries:
                words.add(entry, family, anywhere)
    for language, family, entries in _table_rows():
        anywhere = getattr(load_lexicon(language), "MATCH", "word") == "any"
        for entry in entries.split():
            words.add(entry.replace("_", " "), family, anywhere)
    for entry, families in words.anywhere.items():
        words.by_first.setdefault(entry[0], []).append((entry, families))
    return words


def _table_rows() -> list[tuple[str, str, str]]:
    """The kinds of disaster `core/data/hazard_words.tsv` adds to the lexicons' (language, family, entries)."""
    return [(cells[0], cells[1], cells[2]) for cells in tables.rows("hazard_words.tsv")]


@lru_cache(maxsize=1)
def _time_after() -> re.Pattern[str]:
    """Words that put an earlier event after them ("hours after quake"): `core/data/time_after_words.tsv`."""
    words = {w.replace("_", " ") for cells in tables.rows("time_after_words.tsv") for w in cells[1].split()}
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?!\w)")


# What a word of time governs: its next three words ("hours after | the deadly quake", "après | le feu d'artifice")
_TIME_OBJECT = re.compile(r"(?:[ \t]+[^ \t,;:.!?]+){1,3}")


@lru_cache(maxsize=8192)
def headline_hazards(title: str | None) -> frozenset[str]:
    """The families of the disaster words a headline uses, in any language; empty when it uses none. A kind
    named after a word of time ("after", "tras", "après") is when a headline's own disaster happened, not what
    it was, when the headline names one before it ("Airstrike kills seven hours after quake": an attack)."""
    if not title:
        return frozenset()
    lower = unicodedata.normalize("NFC", safe_lower(title))
    cut = _time_after().search(lower)
    if cut is not None and _hazards_in(lower[: cut.start()]):
        # ("Girl dies after shots at car", "meurt après des tirs visant une voiture": nothing named before the word
        # of time, so what follows it is what she died of, read whole)
        after = _TIME_OBJECT.match(lower, cut.end())
        rest = lower[: cut.start()] + " | " + lower[after.end() if after else cut.end() :]
        others = _hazards_in(rest)
        if others:
            return others
    return _hazards_in(lower)


def _hazards_in(lower: str) -> frozenset[str]:
    words = _words()
    found: set[str] = set()
    for letter in words.by_first.keys() & set(lower):
        for entry, families in words.by_first[letter]:
            if entry in lower:
                found |= families
    tokens = _WORD.findall(lower)
    if words.owners:  # a phrase that owns its words: they name no other kind ("lightning strike" is no strike)
        for i in range(len(tokens)):
            for n in range(2, _LONGEST_PHRASE + 1):
                owner = words.owners.get(" ".join(tokens[i : i + n])) if i + n <= len(tokens) else None
                if owner is not None:
                    found |= owner
                    tokens[i : i + n] = [""] * n
    for i, token in enumerate(tokens):
        for n in range(1, _LONGEST_PHRASE + 1):
            if i + n > len(tokens):
                break
            phrase = " ".join(tokens[i : i + n])
            found |= words.whole.get(phrase, set())
            head = phrase[: len(phrase) - len(tokens[i + n - 1])]
            for cut in range(len(head) + 1, len(phrase) + 1):
                found |= words.stems.get(phrase[:cut], set())
        for cut in range(1, len(token)):
            found |= words.ends.get(token[cut:], set())
    return frozenset(_without_accidents_kinds(found))


def _without_accidents_kinds(found: set[str]) -> set[str]:
    """The kinds found, but a kind an accident's word rules out ('~attack': fireworks, a gas leak) when the
    headline names a fire or an explosion too: an explosion is a fire's and an attack's word, and at a fireworks
    factory it is the fire's. An animal's attack is no attack of people ("Wolf attack kills child", "ataque de
    lobo", "भेड़िये के हमले"): the word for an attack beside an animal is the animal's, in every language."""
    kinds = {k for k in found if not k.startswith("~")}
    if "fire" in kinds:
        kinds -= {k[1:] for k in found if k.startswith("~")}
    if ANIMAL in kinds:
        kinds.discard("attack")
    return kinds


# The family of an animal's attack (`_without_accidents_kinds`)
ANIMAL = "animal"


# How much of a report without a headline stands for one: its opening ("[쿠키 사회] 세월호 침몰 닷새째를 맞는 ...").
LEAD_CHARS = 200


def report_hazards(title: str | None, text: str | None) -> frozenset[str]:
    """The kinds of disaster a report's headline names; for a report without one (many reports reach us with
    their text alone), the kinds its opening names."""
    if title:
        return headline_hazards(title)
    return lead_hazards(text)


# The kinds of disaster that cross borders: a quake, a flood or a storm, a heatwave, a wildfire
# (`core.places.joint`, `core.events.blocks._joint_block`); not an eruption, told of its one volcano's country.
CROSSING_KINDS = frozenset(["quake", "water", "weather", "fire"])


def told_hazards(article: ArticleFacts) -> frozenset[str]:
    """The kinds of disaster a report tells, for finding where it may belong: its headline's (`article_hazards`),
    else its opening's ("Families of the Jeju Air airliner disaster demand answers" under a headline naming no
    kind). Only evidence for joining: an opening names more than its disaster (a rail crash's explosion and
    fire), so it never rules an event out."""
    kept = getattr(article.pieces, "lead_hazards", None)
    return article_hazards(article) or (frozenset(kept) if kept is not None else lead_hazards(article.text))


def lead_hazards(text: str | None) -> frozenset[str]:
    """The kinds of disaster a report's opening names."""
    return headline_hazards((text or "")[:LEAD_CHARS])


def article_hazards(article: ArticleFacts) -> frozenset[str]:
    """`report_hazards` of an article: kept with its pieces when it was placed (events keep no member's text),
    else worked out from its title and, without one, its text."""
    kept = getattr(article.pieces, "hazards", None)
    if kept is not None:
        return frozenset(kept)
    return report_hazards(article.title, article.text)


def hazards_exclude(one: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Does a headline's kind of disaster rule out an event whose headlines name kinds too, none of the same
    family? A side that names no kind excludes nothing."""
    named = [h for h in others if h]
    return bool(one) and bool(named) and not any(one & h for h in named)


def event_hazards(
    event: EventState, articles: Mapping[str, ArticleFacts] | None, leads: bool = False
) -> list[frozenset[str]]:
    """The kinds of disaster each of the event's reports' headlines names (none known without the articles).
    With `leads`, a report without a headline tells them by its opening (`article_hazards`): evidence that two
    reports tell one disaster, not enough to rule one out (an opening names more than its disaster: the
    fireworks a truck drove into a crowd after)."""
    if not articles:
        return []
    members = [a for aid in event.article_ids if (a := articles.get(aid)) is not None]
    return [article_hazards(a) if leads else headline_hazards(a.title) for a in members]


def event_told_hazards(event: EventState, articles: Mapping[str, ArticleFacts] | None) -> list[frozenset[str]]:
    """The kinds of disaster each of the event's reports tells (`told_hazards`: its headline's, else its
    opening's), for evidence that a report joins it: a headline naming no kind ("32 de morți la Colectiv")
    over an opening telling a fire still tells the fire. Never for ruling a report out (`event_hazards`)."""
    if not articles:
        return []
    return [told_hazards(a) for aid in event.article_ids if (a := articles.get(aid)) is not None]
