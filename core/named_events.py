"""Names that single out one event in reports of any language: a named storm, a flight number, a named site.

"Hurricane Maria", "el huracán María", "fellibylsins Maríu" and "Maria Kasırgası" are one storm; "Flight 2216",
"vuelo 2216" and "vol 7C2216" one flight. Two reports of one country sharing such a name are one event however
their places and dates read (a look back a year on, a report dated only by its publication): grouping treats
these names as it treats a victim's (see `core.similarity.fingerprint`, `core.events.match._person_bridge`).

The words that introduce a name are data (`core/data/named_occurrences.tsv`), one pipeline for every language.
A storm's name is kept as its first four letters, folded, so that inflected forms meet ("María", "Maríu",
"Marii"); a flight as the digits of its number (the airline's code is written or not).

A storm's name written in another script ("ঘূর্ণিঝড় রিমাল", "चक्रवात रेमल", "тайфун Хайян") is kept as the first three
consonants it sounds (`storm_sounds`: "storm~rml", as "Cyclone Remal" also gives): scripts write vowels their own
way, consonants agree. That key only bridges reports (a victim's name does); it never tells two storms apart, for a
word read as a name where none is (no capitals to tell) must not keep a report from its storm.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core import tables

_NAME = r"([A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]{2,11})"  # a capitalised name, as storms are named
_FLIGHT_NUMBER = r"((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])?\s?\d{2,4})\b"
_STEM = 4
# A word of a script without capitals (Arabic, Indic, Hangul) or of Greek or Cyrillic, read as a storm's name after
# a storm word; the scripts' commas and full stops ("،", "।") end it.
_SCRIPT_LETTER = (
    r"(?![\u060C\u061B\u061F\u0964\u0965\u0387])"
    r"[\u0370-\u03FF\u1F00-\u1FFF\u0400-\u04FF\u0600-\u06FF\u0750-\u077F\u0900-\u0DFF\u1100-\u11FF\uAC00-\uD7AF]"
)
_STORM_NAME = rf"((?:{_NAME[1:-1]})|{_SCRIPT_LETTER}{{2,20}})"
_LATIN_NAME = re.compile(_NAME)
_SOUNDS = 3  # consonants of a name's sound kept: "Remal" r-m-l; a name of fewer ("Ida", "Yagi") gets no sound key
# An Arabic word with the article is a noun or adjective ("الإعصار المدمر", the destructive storm), never a name.
_NOT_NAME_STARTS = ("ال",)
# Capitalised words that follow a storm word without naming a storm ("Hurricane Center", "Storm Sunday").
_NOT_NAMES_TEXT = """
    season seasons center centre warning warnings watch hunters category relief damage victims survivors recovery
    tracker update updates live names name week day force alley preparedness prediction shelter shelters unit
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december the and
    kills killed hits leaves batters slams lashes pounds strikes makes nears heads approaches death toll aftermath
    claims wreaks rips tears sweeps brings causes triggers displaces destroys devastates threatens barrels roars
    churns weakens strengthens intensifies landfall victim survivor
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
# Capitalised words before or after a site word that name no one site ("the National Stadium", "Music Festival").
_NOT_SITE_NAMES_TEXT = """
    national central city memorial olympic main new old north south east west great grand international music
    film arts art food beer summer winter spring autumn fall world state county town river harbour harbor bay
    water control power rail railway road highway passenger car cargo tourist local public royal municipal
    regional sports football soccer concert rock jazz folk street park square island lake sea
"""
_NOT_SITE_NAMES = frozenset(_NOT_SITE_NAMES_TEXT.split()) | _NOT_NAMES
_STREET_AFTER = re.compile(
    r"[\s-]+(?:Road|Rd|Street|St|Avenue|Ave|Place|Pl|Drive|Dr|Way|Lane|Ln|Boulevard|Blvd|Court|Ct|Parkway|Pkwy|Pike"
    r"|Highway|Hwy|Circle|Trail|Hospital|Medical|School|Elementary|Apartments|Village|Park)\b"
)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _alternation(words: list[str]) -> str:
    parts = sorted({re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words}, key=len)
    return "|".join(reversed(parts))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """(kind, pattern, cues) per kind and position; group 1 of each pattern is the name. `cues` is set for a
    pattern that starts at the name ("joined"): a text holding none of them is not searched (most are not in a
    script that writes them, and the name's pattern would be tried at every digit)."""
    words: dict[tuple[str, str, bool], list[str]] = {}
    for kind, _language, position, listed in tables.rows("named_occurrences.tsv"):
        for word in listed.split():
            words.setdefault((kind, position, word != word.lower()), []).append(word)
    out = []
    for (kind, position, capitalised), cues in sorted(words.items()):
        # the look-ahead on the cues' first letters passes over at once the positions no cue starts at
        firsts = "".join(re.escape(c) for c in sorted({w[0] for w in cues}))
        cue = r"(?=[" + firsts + r"])(?:" + _alternation(cues) + r")"
        if not capitalised:
            cue = f"(?i:{cue})"
        name = _FLIGHT_NUMBER if kind == "flight" else _NAME
        if kind == "storm" and position == "after":
            name = _STORM_NAME  # (after its word only: a pattern starting at a name is tried at every capital)
        if position == "joined":
            # a flight's number written onto its word, in a language without spaces ("イーグル5342便", "5342航班"):
            # two digits only with the airline's code ("MH17便"; "10便が欠航" is ten flights)
            pattern = rf"(?<![0-9A-Za-z])((?:[A-Z]{{2}}|[A-Z]\d|\d[A-Z])\d{{1,4}}|\d{{3,4}})\s?{cue}"
        elif position == "after":
            pattern = rf"(?<!\w){cue}\s+(?:(?i:tropical|tropicale?|super)\s+)?{name}"
        elif capitalised:
            # A cue written with a capital is part of a proper name, after "the" in running text ("after the Camp
            # Fire"): a title-case headline ("Bronx Fire Kills 17") capitalises every word and names nothing.
            pattern = rf"(?<!\w)(?i:the)\s+{name}\s+{cue}(?!\w)"
        else:
            pattern = rf"{name}[\s-]+{cue}(?!\w)"
        out.append((kind, re.compile(pattern), tuple(cues) if position == "joined" else ()))
    return tuple(out)


@lru_cache(maxsize=1)
def countries_naming_storms_twice() -> frozenset[str]:
    """Countries where a storm has a local name beside its international one (`core/data/local_storm_names.tsv`):
    there, two storm names are no evidence of two storms ("Super Typhoon Yolanda", "le typhon Haiyan")."""
    return frozenset(cells[0] for cells in tables.rows("local_storm_names.tsv"))


def event_names(text: str) -> frozenset[str]:
    """The storms and flights a text names, as keys ("storm:mari", "flight:2216")."""
    return _names(text, ("storm", "flight"))[0]


def event_names_and_sounds(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """`event_names` and `storm_sounds` of a text, read in one pass."""
    return _names(text, ("storm", "flight"))


def storm_sounds(text: str) -> frozenset[str]:
    """The consonants of the storms a text names, in any script ("storm~rml" for "Cyclone Remal", "ঘূর্ণিঝড়
    রিমালের", "चक्रवात रेमल"): evidence two reports tell one storm, never that they tell two."""
    return _names(text, ("storm",))[1]


def site_names(text: str) -> frozenset[str]:
    """The sites a text names: a bridge, tower, ferry, festival, stadium or dam ("site:mora" for "the Morandi
    bridge", "il ponte Morandi", "die Morandi-Brücke")."""
    return _names(text, ("site",))[0]


@lru_cache(maxsize=1)
def _sound_table() -> tuple[dict[str, str], int]:
    """Letter(s) -> the Latin consonant(s) they sound (`core/data/name_sounds.tsv`), and the longest letters."""
    table: dict[str, str] = {}
    for sound, letters in tables.rows("name_sounds.tsv"):
        for letter in letters.split():
            table.setdefault(letter, sound)
    return table, max(len(k) for k in table)


def name_sound(name: str) -> str:
    """The first `_SOUNDS` consonants a name sounds, a doubled one once ("Remal", "রিমালের", "रेमल": "rml"); empty
    when it sounds fewer. Vowels, y and w, and letters of no listed script are passed over."""
    table, longest = _sound_table()
    word = unicodedata.normalize("NFD", _fold(name))  # Hangul syllables into their letters
    out: list[str] = []
    i = 0
    while i < len(word) and len(out) < _SOUNDS:
        for size in range(min(longest, len(word) - i), 0, -1):
            if (sound := table.get(word[i : i + size])) is not None:
                out.extend(c for c in sound if not out or out[-1] != c)
                i += size
                break
        else:
            i += 1
    return "".join(out[:_SOUNDS]) if len(out) >= _SOUNDS else ""


def _names(text: str, kinds: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    found: set[str] = set()
    sounds: set[str] = set()
    lower = None
    for kind, pattern, cues in _patterns():
        if kind not in kinds or (cues and not any(c in text for c in cues)):
            continue
        for m in pattern.finditer(text):
            written = m.group(1)
            if kind == "flight":
                found.add("flight:" + re.sub(r"^\D*\d?\D\s?|\s", "", written))
                continue
            if kind == "storm" and not _LATIN_NAME.match(written):
                if not written[0].islower() and not written.startswith(_NOT_NAME_STARTS):
                    sounds.add("storm~" + name_sound(written))
                continue
            folded = _fold(written)
            if folded in _NOT_NAMES:
                continue
            if lower is None:
                lower = set(re.findall(r"(?<![^\W\d_])[a-zà-öø-ÿ]+", text))
            if written.lower() in lower:
                continue  # a common word the text writes in lower case elsewhere: no name
            if kind == "site" and (folded in _NOT_SITE_NAMES or _STREET_AFTER.match(text, m.end())):
                continue  # "the National Stadium"; "Harrells Ferry Road": a street named after a site, no site
            found.add(f"{kind}:" + folded[:_STEM])
            if kind == "storm":
                sounds.add("storm~" + name_sound(written))
    sounds.discard("storm~")
    return frozenset(found), frozenset(sounds)
