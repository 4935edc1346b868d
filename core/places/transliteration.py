"""Town names written in another script that the gazetteer's alternate names miss ('Гудаурі' in Ukrainian,
'გუდაური' in Georgian, 'ਗੁਡੌਰੀ' in Punjabi: GeoNames lists Gudauri only as 'Гудаури'): spelled in Latin letters by a
table per script (data/transliteration.tsv) and looked for among the gazetteer's Latin names.

A name so spelled is weak evidence on its own (a word spelled in Latin letters is some village's name somewhere), so
the reader asks only for a word a locative places ("у Гудаурі", "გუდაურში", "ਗੁਡੌਰੀ ਵਿੱਚ") and takes only a town of a
country the text names or points to, or of the language's own (`core.extract.script_places`)."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from core.places.index import Place, data_lines, fold, gazetteer

_MOST_SPELLINGS = 48  # spellings kept while a word is read (the usual letters first): enough for a name's variants
_SHORTEST = 4  # letters a Latin spelling has at least to be looked for (shorter ones are many villages' names)
_LONGEST_LETTER = 2  # characters of the longest letter of the table ('дж', 'ου')
_INHERENT = "a"  # an Indic consonant's vowel when no sign follows it
_NOTHING = "-"  # the table's "no letter"


@cache
def _letters() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Letters (NFC, lower case) -> (kind, Latin spellings)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for cells in data_lines("transliteration.tsv"):
        written = unicodedata.normalize("NFC", cells[0])
        spellings = tuple("" if s == _NOTHING else s for s in cells[2].split())
        out[written] = (cells[1], spellings)
    return out


def _next_letter(word: str, at: int) -> tuple[str, str, tuple[str, ...]] | None:
    """The letter at `at` (the longest the table knows), its kind and its spellings."""
    letters = _letters()
    for size in range(_LONGEST_LETTER, 0, -1):
        written = word[at : at + size]
        if len(written) == size and written in letters:
            kind, spellings = letters[written]
            return written, kind, spellings
    return None


def _without_accents(word: str) -> str:
    """The word without the accents the table does not spell ('Γκουνταούρι': 'ού' is 'ου'; 'й' is read as 'и'),
    its Indic vowel signs and marks kept."""
    letters = _letters()
    kept = (ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch) or ch in letters)
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=4096)
def latin_spellings(word: str) -> tuple[str, ...]:
    """The word spelled in Latin letters, folded, the usual spelling first ('Гудаурі': 'gudauri', 'hudauri');
    none when a character is no letter of the table (another script, a digit)."""
    text = _without_accents(word.lower())
    spelled: list[str] = [""]
    pending = False  # an Indic consonant's inherent vowel not yet written
    at = 0
    while at < len(text):
        letter = _next_letter(text, at)
        if letter is None:
            return ()
        written, kind, spellings = letter
        if kind in ("sign", "virama"):
            pending = False  # the sign's vowel (or none) in place of the inherent one
        elif pending and kind != "mark":
            # ... and between consonants it is often not said ('ਬਰਨਾਲਾ' is Barnala, not Baranala)
            spelled = [*(s + _INHERENT for s in spelled), *(spelled if at > 1 else ())]
            pending = False
        spelled = list(dict.fromkeys(s + option for s in spelled for option in spellings))[:_MOST_SPELLINGS]
        pending = pending or kind == "consonant"
        at += len(written)
    if pending:  # a final inherent vowel is mostly not said ('गुड़गांव' ... 'ਪਟਿਆਲ' ends on its consonant)
        spelled = [*spelled, *(s + _INHERENT for s in spelled)]
    return tuple(dict.fromkeys(f for s in spelled if len(f := fold(s)) >= _SHORTEST))


def transliterated_town(word: str, countries: frozenset[str], min_population: int) -> Place | None:
    """The town of one of `countries` a word in another script names by its Latin spelling, the most populous when
    several do; None when none does. Only a town's own name counts, not one of its alternate names: those hold
    spellings of everyday words ('पटरी', a rail, spelled 'patri', is an alternate name of Pathri in Maharashtra).
    A province is read beside its division word (`core.extract.script_places`), not by a spelling alone: a
    district is coarse, and a district's name alone is its town's as often ('बुलढाणा में')."""
    if not countries:
        return None
    spellings = latin_spellings(word)
    found = [
        p for spelling in spellings for p in gazetteer().lookup(spelling)
        if p.kind == "city" and p.country in countries and p.population >= min_population
        and (fold(p.name) in spellings or _seat_of_district(p, spelling))
    ]  # fmt: skip
    return max(found, key=lambda p: p.population) if found else None


def _seat_of_district(town: Place, spelling: str) -> bool:
    """Is the town the seat of a district the spelling names, in its state ('बहराइच', spelled 'bahraich': the
    district is Bahraich, its town's GeoNames name 'Bahraigh'; 'गोंडा': Gonda district, 'Gondā City')? A
    district's name vouches for the town's alternate name: it is no everyday word's spelling."""
    return any(d.country == town.country and d.admin1 == town.admin1 for d in gazetteer().districts(spelling))
