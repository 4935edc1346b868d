"""The name a town's written form stands for, where a language changes a name's first letters or writes it with a
prefix, or names a town the gazetteer does not know by the language's own name. All of it is data, per language:

* `data/locative_prefixes.tsv`: a locative prefix joined to a name ('eThekwini', 'eGoli' in Zulu: in Durban, in
  Johannesburg). The word is read as the name with the prefix when the gazetteer knows that form ('Ethekwini'),
  else as the name without it ('eNewcastle': Newcastle).
* `data/initial_mutations.tsv`: a mutated first consonant ('yng Nghaerdydd', 'ym Mangor' in Welsh: Caerdydd,
  Bangor); the radical forms are tried after the word as written.
* `data/language_names.tsv`: a town's name in the language that GeoNames lacks ('Wan', 'Stenbol' in Kurdish: Van,
  Istanbul), kept per language because it may be another town's name elsewhere.
* `data/locative_endings.tsv`, `data/stem_vowels.tsv`: a case ending after a name and the letter a stem changes
  before it ('Craiován': Craiova), read by `core.extract.latin_towns` (`_forms`).
"""

from __future__ import annotations

import re
from functools import cache

from core.places import resolve_place
from core.places.index import data_lines, fold, words_by_language


@cache  # one entry per language: more than 64 of them
def _locative_endings(code: str) -> tuple[str, ...]:
    """The locative case endings of town names data/locative_endings.tsv gives the language ('Craiován')."""
    return tuple(cells[1] for cells in data_lines("locative_endings.tsv") if cells[0] == code)


@cache  # one entry per language: more than 64 of them
def _stem_vowels(code: str) -> tuple[tuple[str, str], ...]:
    """(letters a town's stem ends with before an ending, letters its name ends with) in the language
    (data/stem_vowels.tsv: Hungarian 'Craiován' is 'Craiova', Polish 'Madrycie' is 'Madryt')."""
    return tuple((cells[1], cells[2]) for cells in data_lines("stem_vowels.tsv") if cells[0] == code)


@cache  # one entry per language: more than 64 of them
def _prefixed_name(code: str) -> re.Pattern[str] | None:
    """A locative prefix of the language joined to a capitalised name ('eThekwini'), or None."""
    prefixes = sorted(words_by_language("locative_prefixes.tsv").get(code, ()), key=len, reverse=True)
    if not prefixes:
        return None
    return re.compile(rf"(?<!\w)({'|'.join(map(re.escape, prefixes))})([A-ZÀ-ÖØ-Þ])(?=[^\W\d_A-ZÀ-ÖØ-Þ])")


def unprefixed(code: str, sentence: str) -> str:
    """The sentence with each prefixed name written as the name it stands for, at the same offsets: 'eGoli' as
    'Egoli' (the gazetteer's form with the prefix), 'eNewcastle' as ' Newcastle' (the prefix blanked)."""
    pattern = _prefixed_name(code)
    if pattern is None:
        return sentence
    return pattern.sub(lambda m: _as_a_name(m, sentence), sentence)


def prefixed_at(code: str, sentence: str) -> tuple[int, ...]:
    """Where each name written with a locative prefix begins ('eBoksburg', 'kwaZakhele'), prefix included: a name
    of its own, whatever capitalised word stands before it ('wase-Angelo eBoksburg': of Angelo, in Boksburg), and
    a place by its prefix, which says 'in, at', as a locative word would."""
    pattern = _prefixed_name(code)
    return () if pattern is None else tuple(m.start() for m in pattern.finditer(sentence))


def _as_a_name(m: re.Match[str], sentence: str) -> str:
    prefix, initial = m.group(1), m.group(2)
    word = re.match(r"\w+", sentence[m.end(2) :])
    joined = prefix.capitalize() + initial.lower() + (word.group() if word is not None else "")
    if resolve_place(joined) is not None:
        return prefix.capitalize() + initial.lower()
    return " " * len(prefix) + initial


@cache  # one entry per language: more than 64 of them
def _mutations(code: str) -> tuple[tuple[str, str], ...]:
    return tuple((cells[1], cells[2]) for cells in data_lines("initial_mutations.tsv") if cells[0] == code)


def radical_forms(code: str, word: str) -> list[str]:
    """The names a word with a mutated first consonant may be ('Nghaerdydd': 'Caerdydd'; 'Mangor': 'Bangor')."""
    return [
        radical + word[len(mutated) :]
        for mutated, radical in _mutations(code)
        if word.startswith(mutated) and word[len(mutated) : len(mutated) + 1].islower()
    ]


_OWN_ENDING = 2  # letters of a case ending after a name of the language's own ('Wanê', 'Stenbolê')


@cache  # one entry per language: more than 64 of them
def _own_names(code: str) -> dict[str, str]:
    return {fold(cells[1]): cells[2] for cells in data_lines("language_names.tsv") if cells[0] == code}


@cache  # one entry per language's countries
def _own_and_quarter_names(code: str, home: tuple[str, ...]) -> dict[str, str]:
    """The language's own names (data/language_names.tsv) and the quarters of the big cities of its countries that
    the gazetteer lists as no town (data/city_quarters.tsv: 'Beyoğlu', 'Kadıköy' in a Turkish report), each as its
    city's name: a report in the city's language names the quarter alone, as English ones name 'Itaewon'."""
    quarters = {fold(cells[0]): cells[1] for cells in data_lines("city_quarters.tsv") if cells[2] in home}
    return {**quarters, **_own_names(code)}


def own_names(code: str, forms: list[str], home: tuple[str, ...] = ()) -> list[str]:
    """The forms with a name of the language's own (data/language_names.tsv) or a quarter of a city of its countries
    put as the gazetteer's name; the word as written with its case ending taken off too, however short the name
    ('Wanê': 'Wan', Van)."""
    names = _own_and_quarter_names(code, home)
    if not names:
        return forms
    word = fold(forms[0])
    ended = [names[word[:-cut]] for cut in range(1, _OWN_ENDING + 1) if word[:-cut] in names]
    return [names.get(fold(forms[0]), forms[0]), *ended, *(names.get(fold(form), form) for form in forms[1:])]


def warm_name_forms(code: str) -> None:
    """Read the language's rows of the tables above once (`core.extract.warm_up`, before workers fork)."""
    _prefixed_name(code)
    _mutations(code)
    _own_names(code)
