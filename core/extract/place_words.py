"""The words of places a language's reader shares (`core.extract.world_places` and `core.extract.script_places`):
what a found place is (`_Found`), a language's country names as one pattern (`_country_pattern`), its peoples'
adjectives, a place as a location string (`_label`, `_province_label`, `_own_label`), and the tests a name passes
to be a town (`_trusted`, `_common_word`, `_inside_sentence`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from core.places import Place, resolve_location, resolve_place
from core.places.gazetteer import country_capitals
from core.places.index import data_lines, fold, gazetteer, is_district, script_key
from core.places.nearby import enclosing_city

# A word with its combining marks: Indic vowel signs and viramas, Arabic harakat are no \w ('काठमाडौं' is one word)
_MARKS = "\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983" + (
    "\u09bc-\u09d7\u09e2\u09e3\u0a01-\u0a03\u0a3c-\u0a51\u0b82\u0bbe-\u0bcd\u0bd7\u0d00-\u0d03\u0d3e-\u0d4d"
    # Gurmukhi's addak, tippi and yakash ('ਵਿੱਚ' was 'ਵਿ' and 'ਚ'); Gujarati's, Oriya's, Telugu's, Kannada's and
    # Sinhala's vowel signs, viramas and nasal marks
    "\u0a70\u0a71\u0a75\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3\u0b01-\u0b03\u0b3c-\u0b57\u0b62\u0b63"
    "\u0c00-\u0c04\u0c3e-\u0c56\u0c62\u0c63\u0c81-\u0c83\u0cbc-\u0cd6\u0ce2\u0ce3\u0d62\u0d63"
    "\u0d81-\u0d83\u0dca-\u0ddf\u0df2\u0df3"
)
# ... and an apostrophe between two letters of a script that writes one inside names: Ukrainian 'Слов'янськ',
# Hebrew's geresh 'ג'רזי' (a j), never a Latin one ("l'Aquila" is read by the Latin reader)
_INNER_APOSTROPHE = "(?<=[\u0400-\u04ff\u05d0-\u05ea])['\u2019\u02bc\u05f3](?=[\u0400-\u04ff\u05d0-\u05ea])"
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}]|{_INNER_APOSTROPHE})*")
_MAX_ENDING = 3
_SHORT_STEM = 5  # a lexicon word's stem shorter than this is followed by no more than its endings
_BIG_TOWN = 500_000  # a town this big is named with an ending in any language ('Párizsban')
_STEM_WORD = 5  # words this long may be a name with an ending
_TAIL = 40  # characters before a name where its locative, division or building word stands
_FOREIGN_TOWN = 100_000  # a town elsewhere this big is named in another script with no country named
_NAMED_TOWN = 20_000  # a town this big, of a country the text names, is read with an ending taken off ('Somában')
_WINDOWS = (4, 3, 2)  # CJK: every 4-, 3- and 2-character stretch, longest first
_LONG_WINDOW = 10  # CJK: a stretch up to this long right before a suffix particle (a foreign name written out)
_KINDS = ("city", "state")  # what a Latin-script name may be here (countries: `PlaceReader.countries`)


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    place: Place
    written: str
    locative: bool = False
    stem: bool = False  # found by its stem (an inflected form): the weakest evidence
    anchored: bool = False  # written with its state or province after it ("Surfside, Florida"): sure
    divided: bool = False  # a province named beside its division word ("la province d'Al-Haouz"): sure


# "Rio Grande do Sul", "Santa Cruz de la Sierra": link words of the name's own language between its capitals (a
# capital looked for first: cheaper than the look-behind at every character)
_FOREIGN_LINK = re.compile(
    r"(?=[A-ZÀ-ÖØ-Þ])(?<!\w)(?=((?:[A-ZÀ-ÖØ-Þ][\w'-]+\s+){1,3})([a-zà-ÿ]{1,3}(?:\s+[a-zà-ÿ]{1,3})?\s+[A-ZÀ-ÖØ-Þ][\w'-]+)(?!\w))"
)


@lru_cache(maxsize=1)
def _foreign_names(sentence: str) -> list[tuple[int, int]]:
    """Where names with link words of another language stand ('Rio Grande do Sul', 'Santa Cruz de la Sierra' in a
    German report; a lexicon's own links are read with its runs): those the gazetteer knows as a province's or a
    big town's own name, or as a state's name, from their first capital word."""
    out: list[tuple[int, int]] = []
    for m in _FOREIGN_LINK.finditer(sentence):  # at each capital word ("hat in Rio de Janeiro": from "Rio" too)
        if out and m.start(1) < out[-1][1]:
            continue
        for word in re.finditer(r"\S+", m.group(1)):  # the longest first: "Bundesstaat Rio Grande do Sul" is "Rio ..."
            name = fold(sentence[m.start(1) + word.start() : m.end(2)])
            # ... or as a state's name in the language ('Caroline du Nord', 'Carolina del Norte')
            if any(
                (fold(p.name) == name and (p.kind == "province" or p.major)) or p.kind == "state"
                for p in gazetteer().lookup(name)
            ):
                out.append((m.start(1) + word.start(), m.end(2)))
                break
    return out


_NATURAL = ("quake", "water")  # the lexicon's HAZARD_FAMILIES of natural disasters, named with their country


def _hazard_word(word: str) -> str:
    """A lexicon's hazard word as a pattern: 'terremoto*' a stem, '*beben' a compound's end, else the word."""
    body = re.escape(word.strip("*")).replace(r"\ ", r"\s+")
    return (r"\w*" if word.startswith("*") else "") + body + (r"\w*" if word.endswith("*") else "")


@lru_cache(maxsize=1)
def _english_facilities() -> tuple[str, ...]:
    return tuple(fold(cells[0]) for cells in data_lines("named_facilities.tsv"))


_METROPOLIS = 1_000_000  # a city this big is what its other name means ('New York': New York City)


def _state_named(name: str) -> Place | None:
    """The state (of a federation: 'in Missouri', 'au Kentucky', 'in Florida') a name after a locative word is by its
    own name, when no country and no town of 100,000+ bears the name as its own ('New York', 'Washington' and
    'Georgia' are not read so; Uruguay's Florida, 36,000 people, does not hold the state's name back)."""
    folded = fold(name)
    places = gazetteer().lookup(folded)
    states = [p for p in places if p.kind == "state" and fold(p.name) == folded]
    if len(states) != 1 or any(
        p.kind == "country"
        or (p.kind == "city" and p.population >= (_FOREIGN_TOWN if fold(p.name) == folded else _METROPOLIS))
        for p in places
    ):
        return None
    return states[0]


def _county_named(name: str) -> Place | None:
    """The US county a name is after a county's word ('condado de Miami-Dade'): the one county of that name."""
    county = resolve_location(f"{name} County")
    return gazetteer().by_key(county.key) if county.kind == "county" else None


def _town_named(name: str) -> bool:
    """Is the name a big town's own name ('Rio de Janeiro', not 'Rio Grande do Sul')?"""
    folded = fold(name)
    return any(p.kind == "city" and p.major and fold(p.name) == folded for p in gazetteer().lookup(folded))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, Place]:
    """Each country's capital city (GeoNames' country table names it)."""
    return country_capitals()


@lru_cache(maxsize=1)
def _capital_keys() -> frozenset[str]:
    return frozenset(p.key for p in _capitals().values())


def _own_place(english: str, country: str) -> Place:
    """A lexicon's own place name: the gazetteer's place of that English name in the country ('Cox's Bazar'), else
    the name as a place of its own ('Mina', which GeoNames lists no town for)."""
    town = resolve_place(english, country=country)
    if town is not None and town.country == country and town.kind in (*_KINDS, "country"):
        return town  # 'Gaza' is a territory's town-like name: written as English news writes it
    return Place(f"name:{fold(english)}", english, "city", country, None)


def _own_label(place: Place) -> str:
    """A lexicon's own place name ('منى') as English news writes it, with its country: 'Mina, Saudi Arabia' (read
    downstream as a spot in the country, which holds the towns other reports name)."""
    whole = gazetteer().by_key(f"country:{place.country}")
    return f"{place.name}, {whole.name}" if whole is not None else place.name


def _province_label(place: Place) -> str:
    """A province as a location string that reads back as the province: 'Sindh, Pakistan', or 'Idlib Province,
    Syria' where a town bears its name ('Rangpur Division, Bangladesh' where a district does too; 'Swat District,
    Pakistan' for a second-level division)."""
    whole = gazetteer().by_key(f"country:{place.country}")
    country = f", {whole.name}" if whole is not None else ""
    kinds: tuple[str, ...] = ("", " Province", " Division", " Region", " State")
    if is_district(place.key):  # a second-level division (data/admin2.tsv): 'Reasi District, India'
        kinds = ("", " District", " Province")
    for label in (f"{place.name}{kind}{country}" for kind in kinds):
        if resolve_location(label).key == place.key:
            return label
    return f"{place.name}{country}"


_APOSTROPHE_ENDING = re.compile(r"\w['’]\w{1,5}$")


def _trusted(name: str, place: Place) -> bool:
    """Does the location resolver, which trusts a town's own names and few of its alternate ones, read the name
    as this place too ('Kita', an Indonesian word, is one of Quito's alternate names: not trusted)? The place's own
    province is no evidence for its alternate names: the text did not give it."""
    key = resolve_location(name, place.country, place.admin1, alternates=False).key
    return key == place.key or ((city := enclosing_city(place.key)) is not None and city.key == key)  # a suburb


def _label(place: Place, evidence: frozenset[str]) -> str:
    """The place as a location string: its name, with its country when the name alone means a place in another
    country, or when it is picked by population among places of that name and the text or its language points to
    that country ('Valencia, Spain', 'Paris, France'; 'Gaza' as English reports write it; 'Valencia' with no
    evidence, for grouping to read with the article's other places)."""
    if place.kind == "state" and place.country is not None:
        return _state_label(place)
    if place.kind not in ("city", "province") or place.country is None:
        return place.name
    alone = resolve_location(place.name)
    if place.kind == "city" and alone.kind == "state" and place.region_name:
        # "Washington" alone is the state: the capital is written with its district ('Washington, District of
        # Columbia'), as the location resolver reads it back
        held = f"{place.name}, {place.region_name}"
        if resolve_location(held).key == place.key:
            return held
    same = alone.region is not None and alone.region.split("-")[0] == place.country
    if place.kind == "city" and same and alone.key == place.key and not alone.ambiguous:
        return place.name
    if place.kind == "city" and place.country == "US" and place.region_name and alone.key != place.key:
        # a US town its name alone gives to a namesake in another state ('파크랜드' beside '플로리다주': Parkland,
        # Florida, not the bigger Parkland, Washington): written with its state, as the resolver reads it back
        held = f"{place.name}, {place.region_name}"
        if resolve_location(held).key == place.key:
            return held
    if place.kind == "city" and same and (not alone.ambiguous or place.country not in evidence):
        return place.name
    whole = gazetteer().by_key(f"country:{place.country}")
    label = f"{place.name}, {whole.name}" if whole is not None else place.name
    if whole is not None and place.region_name and resolve_location(label).key != place.key:
        # 'Gudauri, Georgia' reads back as the US state: the town with its own region reads back as the town
        held = f"{place.name}, {place.region_name}"
        if resolve_location(held).key == place.key:
            return held
    return label


def _state_label(state: Place) -> str:
    """A state as a location string: its name, with its country when the name alone is a country's ('Georgia,
    United States')."""
    if resolve_location(state.name).key == state.key:
        return state.name
    whole = gazetteer().by_key(f"country:{state.country}")
    held = f"{state.name}, {whole.name}" if whole is not None else state.name
    return held if resolve_location(held).key == state.key else state.name


_INSIDE_BEFORE = re.compile(r"[^\W\d_A-ZÀ-ÖØ-Þ][,;:]?[ \t]+$")


def _inside_sentence(name: str, body: str) -> bool:
    """Whether the text writes the name inside a sentence too (after a lower-case word or a comma). Each place the
    name is written is looked at, not the whole text with a pattern of its own (many words open a sentence)."""
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        whole = end == len(body) or not (body[end].isalnum() or body[end] == "_")
        if whole and _INSIDE_BEFORE.search(body, max(0, at - _TAIL), at) is not None:
            return True
        at = body.find(name, at + 1)
    return False


def _word_character(ch: str) -> bool:
    """What a pattern's `\\w` matches (a Unicode letter, digit or numeric, or '_'), for one character."""
    return ch.isalnum() or ch == "_"


def _written_alone(part: str, text: str) -> bool:
    """Is `part` written in `text` with no word character right before or after it? What a search of
    `(?<!\\w)PART(?!\\w)` finds, by looking at each place `part` is written: a name's own pattern would be compiled
    anew for nearly every name (the pattern cache keeps the last few hundred)."""
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or not _word_character(text[at - 1])) and (end == len(text) or not _word_character(text[end])):
            return True
        at = text.find(part, at + 1)
    return False


def _in_body(name: str, body: str) -> bool:
    return _written_alone(name, body)


def _common_word(name: str, text: str) -> bool:
    """Whether the text writes the name's first word in lower case somewhere (a common word, not a name)."""
    first = name.split()[0].lower()
    if _TOKEN.fullmatch(first):
        return first in _tokens(text)
    return _written_alone(first, text)


_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _tokens(text: str) -> frozenset[str]:
    """The text's words as written (an article's, kept while its sentences are read)."""
    return frozenset(_TOKEN.findall(text))


def _country_pattern(
    code: str,
    latin: bool,
    spaced: bool,
    endings: bool,
    extra: int,
    particles: Iterable[str],
    gradation: dict[str, str] | None = None,
    prefixes: tuple[str, ...] = (),
    suffixes: tuple[str, ...] = (),
) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern finding the country names of a language (group 1: the name as listed) and the codes they name.
    English names count too (reports cite them: 'Nepal', 'Kenya'). A name that is also a big town's own name
    ('Granada', the city, is Grenada in Spanish) is left to the towns."""
    codes: dict[str, str] = {}
    for written, country in gazetteer().country_names(code):
        codes.setdefault(written if latin else script_key(written), country)
    for whole in gazetteer().of_kind("country"):
        if whole.country and len(whole.name) > 3:
            codes.setdefault(whole.name, whole.country)
    for written, country in list(codes.items()):
        graded = _graded(written, gradation or {})
        if graded is not None:
            codes.setdefault(graded, country)  # "Turki-" of "Turkki": "Turkissa", "Turkin"
    for written, country in [(w, c) for w, c in codes.items() if " " not in w and w[:1].isupper()]:
        for prefix in prefixes:  # "Nordsyrien": the name in lower case after the compass word
            codes.setdefault(prefix + written[0].lower() + written[1:], country)
    for written in list(codes):
        town = resolve_place(written) if latin else None
        # (as written, its letters' accents and all: 'França' is France in Portuguese, Brazil's Franca is written
        # without the cedilla)
        big = town is not None and town.kind == "city" and town.population >= 100_000
        if big and town is not None and town.name.lower() == written.lower():
            del codes[written]
    names = sorted(codes, key=len, reverse=True)
    body = _trie(names)
    if not spaced:
        return re.compile(f"({body})"), codes
    lead = "".join(re.escape(p) + "|" for p in sorted(particles, key=len, reverse=True))
    left = _first_letters(names, particles) + (rf"(?<!\w)(?:{lead[:-1]})?" if lead else r"(?<!\w)")
    if endings:
        # "Україні" for "Україна", "Türkiye'de": a name less its last letter, then up to `extra` more letters
        stems = {n[:-1]: n for n in names if len(n) >= _STEM_WORD}
        for stem, name in stems.items():
            codes.setdefault(stem, codes[name])
        # "u Južnoj Koreji", "в Саудовской Аравии": every word of a name of several inflected, not only its last
        inflected = {_slotted(n): codes[n] for n in names if " " in n and len(n) >= _STEM_WORD}
        found = _CountryCodes(codes, inflected, extra)
        # (a stem stands only before an ending: 'Пала' of 'Палау' is the verb 'fell', 'у Сирији' is Syria)
        bare = [stem for stem in stems if stem not in names]
        every = _trie([*names, *inflected], extra)
        body = f"{every}|{_trie(bare)}" + r"(?=\w)" if bare else every
        right = rf"(?:['’]?\w{{0,{extra}}})(?!\w)" if extra else r"(?!\w)"
        return re.compile(f"{left}({body}){right}"), found
    right = rf"(?:['’]?\w{{0,{extra}}})(?!\w)" if extra else r"(?!\w)"
    if suffixes and not extra:  # "리비아에서", "튀르키예의": a particle written onto the name
        right = "(?:" + "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True))) + r")?(?!\w)"
    return re.compile(f"{left}({body}){right}"), codes


def _first_letters(names: Iterable[str], particles: Iterable[str]) -> str:
    """A look-ahead for the letters a match may open on (a particle's or a name's first; a name's stems and
    inflected forms open on its own): the same matches, but the engine tries the look-behind and the names only
    there, not at every character."""
    firsts = {w[:1] for w in (*names, *particles)}
    if "" in firsts or any(ch.isspace() for ch in firsts):
        return ""
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])"


def _graded(name: str, gradation: dict[str, str]) -> str | None:
    """The name with its last double consonant single ('Turkki' -> 'Turki'): the stem its inflected forms are
    written on; None when the name has no such consonant near its end."""
    for strong, weak in gradation.items():
        at = name.rfind(strong, max(0, len(name) - len(strong) - 2))
        if at > 0:
            return name[:at] + weak + name[at + len(strong) :]
    return None


_ADJECTIVE_PREFIX = 5  # letters a people's adjective shares with its country's name ('españ-ola', 'spani-schen')


@lru_cache(maxsize=65536)
def _ascii(prefix: str) -> str:
    """A word's first letters without accents ('franç' of 'França' meets 'franc' of 'francesas'). ASCII letters are
    their own decomposition and none is a combining mark: an ASCII prefix (most) is returned as it is."""
    if prefix.isascii():
        return prefix
    return "".join(ch for ch in unicodedata.normalize("NFKD", prefix) if not unicodedata.combining(ch))


def _adjective_prefixes(code: str) -> dict[str, tuple[str, int]]:
    """Lower-case first letters of each one-word country name of the language -> (the country, the length of its
    shortest such name), for the prefixes only one country's name begins with. A people's adjective is no shorter
    than the name it is made from ('española' of 'España', 'italienischen' of 'Italien'); a shorter word that
    begins so is another word ('anglių', of coal, is no 'Anglija')."""
    seen: dict[str, set[str]] = {}
    shortest: dict[str, int] = {}
    for written, country in gazetteer().country_names(code):
        if " " not in written and len(written) > _ADJECTIVE_PREFIX:
            prefix = _ascii(written[:_ADJECTIVE_PREFIX].lower())
            seen.setdefault(prefix, set()).add(country)
            shortest[prefix] = min(shortest.get(prefix, len(written)), len(written))
    return {prefix: (next(iter(c)), shortest[prefix]) for prefix, c in seen.items() if len(c) == 1}


_COMPOUND_LINK = 2  # letters between a two-word country's first stem and its second word ('северн-о-македонския')


@cache  # one entry per language: more than 64 of them
def compound_adjectives(code: str) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """The adjectives of the peoples of two-word countries, written as one word ('северномакедонския',
    'южноафриканский', 'novozélandský', 'północnokoreański'): the first word less its ending, a link of up to two
    letters, and the second word's first letters, in either order. By the stem's first three letters: (first stem,
    second prefix, the country), for the pairs only one country's names give."""
    seen: dict[tuple[str, str], set[str]] = {}
    for written, country in gazetteer().country_names(code):
        words = _ascii(written.lower()).split()
        if len(words) != 2 or min(len(w) for w in words) < 3 or not all(w.isalpha() for w in words):
            continue
        for one, two in (words, words[::-1]):
            key = (one[: max(3, min(len(one) - 1, _ADJECTIVE_PREFIX))], two[:_ADJECTIVE_PREFIX])
            seen.setdefault(key, set()).add(country)
    out: dict[str, list[tuple[str, str, str]]] = {}
    for (stem, prefix), countries in seen.items():
        if len(countries) == 1:
            out.setdefault(stem[:3], []).append((stem, prefix, next(iter(countries))))
    return {first: tuple(pairs) for first, pairs in out.items()}


def compound_adjective_countries(code: str, text: str) -> list[str]:
    """The countries of the two-word countries' adjectives a text writes in lower case (`compound_adjectives`)."""
    pairs = compound_adjectives(code)
    found: list[str] = []
    for token in _tokens(text) if pairs else ():
        if len(token) < 7 or not token[:1].islower() or (candidates := pairs.get(_ascii(token[:3]))) is None:
            continue
        word = _ascii(token)
        for stem, prefix, country in candidates:
            at = word.find(prefix, len(stem), len(stem) + _COMPOUND_LINK + len(prefix))
            if word.startswith(stem) and at >= 0:
                found.append(country)
                break
    return found


def _adjective_words(
    code: str,
    prefixes: tuple[str, ...],
    drop: tuple[str, ...],
    suffixes: tuple[str, ...],
    joins: dict[str, str] | None = None,
    stems: dict[str, str] | None = None,
    not_adjectives: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """A script's adjectives of the countries' peoples -> the country: each one-word country name of the language
    (and the lexicon's own stems: 'كوري' of the two Koreas' names, of several words) less a prefix ('ال' of
    'الصين') and a last letter in `drop` ('ا' of 'كوريا'), with each prefix and suffix ('الكورية', 'كوري'), letters
    where stem and suffix meet joined (`joins`: 'إندونيسي' + 'ية' is 'الإندونيسية'); only the adjectives of one
    country, and none the lexicon names as a common word ('المالية', financial, not Mali's)."""
    if not suffixes:
        return {}
    seen: dict[str, set[str]] = {}
    bases: list[tuple[str, str]] = [(script_key(s), c) for s, c in (stems or {}).items()]
    for written, country in gazetteer().country_names(code):
        name = script_key(written)
        if " " in name:
            continue
        base = next((name[len(p) :] for p in prefixes if p and name.startswith(p) and len(name) - len(p) >= 3), name)
        bases += [
            (base, country),
            *((base[: -len(d)], country) for d in drop if base.endswith(d) and len(base) - len(d) >= 3),
        ]
    for stem, country in bases:
        for prefix in (*prefixes, ""):
            for suffix in suffixes:
                word = prefix + stem + suffix
                for joined, one in (joins or {}).items():
                    word = word.replace(joined, one)
                seen.setdefault(word, set()).add(country)
    drop_words = {script_key(w) for w in not_adjectives}
    return {word: next(iter(c)) for word, c in seen.items() if len(c) == 1 and word not in drop_words}


def _adjective_between(phrase: str) -> str:
    """A division's words as a pattern that lets a lower-case adjective stand after the first ('provincia de':
    'provincia marroquí de')."""
    first, _, rest = phrase.partition(" ")
    if not rest:
        return _elided(phrase)
    return re.escape(first) + r"(?:\s+(?-i:[^\W\d_A-ZÀ-ÖØ-Þ])[\w'’-]*)?\s+" + _elided(rest).replace(r"\ ", r"\s+")


# A word before a name is followed by a space, or ends in an elision's apostrophe the name is written onto
# ('district d'Idukki', 'près d’Alger')
_WORD_GAP = r"(?:\s+|(?<=['’]))"


def _elided(phrase: str) -> str:
    """A lexicon's phrase as a pattern, its apostrophes either kind ('d'' and 'd’')."""
    return re.sub(r"['’]", "['’]", re.escape(phrase))


_SLOT = "\x01"  # in a name given to `_trie`: up to `extra` word letters (an inner word's ending)


def _slotted(name: str) -> str:
    """A name of several words with each inner word of 4+ letters less its ending (two letters, one of a short
    word) and an ending's slot, its last word less its last letter ('Južna Koreja': 'Juž\x01 Korej'); the ending
    after it is the pattern's."""
    words = name.split(" ")
    inner = [w[: -2 if len(w) >= 5 else -1] + _SLOT if len(w) >= 4 else w for w in words[:-1]]  # 'Южная': 'Южной'
    return " ".join([*inner, words[-1][:-1]])


class _CountryCodes(dict[str, str]):
    """A language's country names -> codes, that also reads a name of several words with each word inflected
    ('Južnoj Korej' of 'u Južnoj Koreji' is 'Južna Koreja': KR) as the country pattern finds it."""

    def __init__(self, codes: dict[str, str], inflected: dict[str, str], extra: int) -> None:
        super().__init__(codes)
        self.extra = extra
        self.inflected: dict[int, list[tuple[list[str], str]]] = {}
        for slotted, code in inflected.items():
            words = slotted.split(" ")
            self.inflected.setdefault(len(words), []).append((words, code))

    def _inflected_code(self, key: object) -> str | None:
        if not isinstance(key, str) or " " not in key:
            return None
        words = key.split()
        for stems, code in self.inflected.get(len(words), ()):
            if all(_fits(w, s, self.extra) for w, s in zip(words, stems, strict=True)):
                return code
        return None

    def __missing__(self, key: str) -> str:
        code = self._inflected_code(key)
        if code is None:
            raise KeyError(key)
        return code

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or self._inflected_code(key) is not None

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        code = self._inflected_code(key)
        return code if code is not None else default


def _fits(word: str, stem: str, extra: int) -> bool:
    """Is the word the slotted stem's ('Južn\x01': 'Južnoj'), or the stem itself when it has no slot?"""
    if not stem.endswith(_SLOT):
        return word == stem
    base = stem[:-1]
    return word.startswith(base) and len(word) - len(base) <= extra


def _trie(words: Iterable[str], extra: int = 0) -> str:
    """A pattern matching any of the words, longest first, as a trie of shared prefixes: a plain alternation of
    hundreds of names is tried name by name at every position of the text. A `_SLOT` in a word is up to `extra`
    word letters."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            (rf"\w{{0,{extra}}}" if ch == _SLOT else re.escape(ch)) + pattern(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root) or "(?!)"
