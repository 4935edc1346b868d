"""Reading Latin-script town names in a text of any language: a run of capitalised words, its forms (cases,
suffixes, hyphenated pairs), and the evidence (locative words, hinted countries, divisions) that makes it a town."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache, wraps
from itertools import pairwise

from core.extract.latin_town_tables import (
    _ALTERNATE_TOWN,
    _a_division_of_both,
    _bank_words,
    _curated_region,
    _direction_nouns,
    _division_of_its_name,
    _implied_countries,
    _person_titles,
    _province_words_before,
    _provinces_of_seat,
    _region_by_name,
    _state_namesake,
    _street_before,
    _unlisted_place,
)
from core.extract.name_forms import (
    _locative_endings,
    _stem_vowels,
    own_names,
    prefixed_at,
    radical_forms,
    unprefixed,
    warm_name_forms,
)
from core.extract.place_lexicon import PlaceLexicon
from core.extract.place_words import (
    _ADJECTIVE_PREFIX,
    _APOSTROPHE_ENDING,
    _BIG_TOWN,
    _FOREIGN_TOWN,
    _KINDS,
    _MAX_ENDING,
    _NAMED_TOWN,
    _TAIL,
    _TOKEN,
    _WORD,
    _ascii,
    _common_word,
    _county_named,
    _foreign_names,
    _Found,
    _in_body,
    _inside_sentence,
    _state_named,
    _tokens,
    _town_named,
    _trusted,
    _written_alone,
    compound_adjective_countries,
    compound_adjectives,
)
from core.extract.script_places import (
    _PAIR_STEM,
    _letters_shared,
    _pair_fits,
)
from core.places import CARRIER_WORDS, Place, resolve_location, resolve_place
from core.places.index import fold, gazetteer, script_key
from core.places.not_places import name_head
from core.places.short_towns import SHORT_NAME, short_town
from core.places.spellings import accents_elsewhere

_SENTENCE_HEAD = re.compile(r"^[\W\d_]*$")  # only punctuation, quotes or digits before a word


# ... or after a sentence's end, in a stretch of several sentences (the head of a text: "... ausbrach. Dabei")
_AFTER_STOP = re.compile(r"(?<!\b\w)[.!?][\"'»”’)]?\s+[\W\d_]*$")


_STATE_AFTER = re.compile(
    r",\s+([A-ZÀ-ÖØ-Þ][\w'-]+(?:[ -](?:[a-zà-ÿ]{2,3}\s)?[A-ZÀ-ÖØ-Þ][\w'-]+)?)(?!\s*[A-ZÀ-ÖØ-Þ])"
)  # ... or in the text's language, a link word inside ('Florence, Carolina del Sur', 'Caroline du Sud')

# where news writes a town's state after a comma ('Kyle, Texas'; `_anchored`), not in brackets: a capitalised word
# before a bracketed state there is a person's name and where he is from, more often than a town
_COMMA_COUNTRIES = frozenset(("US",))
_NUMBER_AFTER = re.compile(r"\s?[0-9]+[A-Z]?\b")  # "Línea 12", "Linie 3A"

# "Mocejón (Toledo)", "Palma del Río (Córdoba)": a town with its province in brackets right after it
_BRACKETED = re.compile(r"\s*\(([A-ZÀ-ÖØ-Þ][\w'-]+(?:[ -](?:[a-zà-ÿ]{1,3}[ -])?[A-ZÀ-ÖØ-Þ][\w'-]+){0,2})\)")


_TOWN_MEMO_MOST = 512  # readings kept (each holds its report's text): a report's worth, and some


def _memo_town(read: Callable[..., Place | None]) -> Callable[..., Place | None]:
    """`LatinTownReader._town` read once per name, countries named, locative and text: a report names the same town in
    sentence after sentence, and the reading depends on nothing else (the gazetteer and the reader are fixed): some
    40% of the calls on non-English news repeat one."""
    memo: dict[tuple[object, ...], Place | None] = {}
    unread = object()

    @wraps(read)
    def town(self: LatinTownReader, name: str, named: Counter[str], locative: bool, body: str = "") -> Place | None:
        key = (self, name, tuple(named.items()), locative, body)
        found = memo.get(key, unread)  # one look-up: another thread may clear the memo between two
        if found is unread:
            if len(memo) >= _TOWN_MEMO_MOST:
                memo.clear()
            found = memo[key] = read(self, name, named, locative, body)
        return found  # type: ignore[return-value]

    return town


_WORD_BEFORE = re.compile(r"(?<!\w)[^\W\d_][\w'’-]*\s+$")


_RUN_WORDS = 3  # capitalised words a name's run may have before it ('Jana Palacha')
# Words of a shop's, a venue's or a firm's own name before a link word and a big town ("un Walmart de El Paso", "el
# hotel Marriott de Houston"): the town is where it stands. One word only: a longer run is as often an institution
# named for its seat ("Complexo Hospitalario de Santiago", "Polícia Metropolitana de Londres") as a venue in the town
_OWNER_WORDS = 1


def _common_phrase(name: str, body: str) -> bool:
    """Does the text write the whole name of several words in lower case ('nueva zelanda' would be)?"""
    return _written_alone(name.lower(), body)


class LatinTownReader(PlaceLexicon):
    """The Latin-script town readings of `world_places.PlaceReader` (its base)."""

    def _genitive_owner(self, words: list[str]) -> int:
        """How many words of a run name the region in the genitive before another name ('Kastamonu'nun Tosya':
        1; 'New Jersey'nin Trenton': 2), 0 when none does (a language without apostrophe endings, or the last word)."""
        if not self.apostrophe_endings:
            return 0
        return next((n + 1 for n, w in enumerate(words[:-1]) if _APOSTROPHE_ENDING.search(w) is not None), 0)

    def load_tables(self) -> None:
        """Build now the language's tables the readings build on first use (rows of data/*.tsv, their compiled
        patterns, the two-word countries' adjectives): `core.extract.warm_up` calls it before a worker forks, so
        that no pool child builds them again on its first report in the language."""
        for table in (_province_words_before, _street_before, _direction_nouns, _person_titles, _locative_endings):
            table(self.code)
        _stem_vowels(self.code)
        warm_name_forms(self.code)
        compound_adjectives(self.code)
        _bank_words()  # the same for every language

    def _divided(self, before: str) -> bool:
        """Does a division's word stand right before the name ('departamento del Cauca', 'der Region Donezk')?"""
        tail = before[-_TAIL:]
        if self.division_before is not None and self.division_before.search(tail) is not None:
            return True
        words = _province_words_before(self.code)
        return words is not None and words.search(tail) is not None

    def _on_a_street(self, before: str) -> bool:
        """Does a street's word and its link word stand right before the name ('na Calçada da Glória')?"""
        street = _street_before(self.code)
        return street is not None and street.search(before[-_TAIL:]) is not None

    def _owned_by_a_name(self, words: list[str], a: int) -> bool:
        """Does the name follow a capitalised word (not a function word) and a link word ('Fiscalía de Hidalgo')?"""
        lead = words[:a]
        return bool(lead) and words[a][:1].islower() and not all(self._function_word(w.lower()) for w in lead)

    def _direction_noun(self, sentence: str, found: _Found) -> bool:
        """Is the name a compass direction's noun ('im Norden der Sinai-Halbinsel'): data/direction_nouns.tsv?"""
        nouns, before_words = _direction_nouns(self.code)
        if found.written not in nouns:
            return False
        after = sentence[found.start + len(found.written) :].lstrip()
        before = sentence[: found.start].rsplit(maxsplit=1)  # the last word (the split of a text's head is long)
        return after[:1].islower() or (bool(before) and before[-1].lower() in before_words)

    def _after_a_title(self, sentence: str, found: _Found) -> bool:
        """Is the name a person's surname after a title and a first name ('Gubernur Ridwan Kamil', 'le préfet Jean
        Dupont'): the lexicon's person titles (its SOURCE_NOUNS of a person's kind), then one capitalised word? A
        name right after the title is still a place ('Bupati Cianjur': the regent of Cianjur)."""
        titles = _person_titles(self.code)
        words = sentence[: found.start].rsplit(maxsplit=2)  # the last two words, all this reads
        if not titles or len(words) < 2 or not words[-1][:1].isupper() or resolve_place(words[-1]) is not None:
            return False
        return words[-2].lower() in titles

    def _capitalised_runs(self, sentence: str, prefixed: tuple[int, ...]) -> Iterator[re.Match[str]]:
        """The runs of capitalised words, each name written with a locative prefix opening a run of its own."""
        bounds = [0, *prefixed, len(sentence)]
        for lo, hi in pairwise(bounds):
            yield from self.capitalised.finditer(sentence, lo, hi)

    def _latin_towns(
        self, sentence: str, body: str, named: Counter[str], headline: bool, dateline: bool
    ) -> list[_Found]:
        out: list[_Found] = []
        prefixed = prefixed_at(self.code, sentence)
        sentence = unprefixed(self.code, sentence)  # "eThekwini": the name after its locative prefix
        linked = _foreign_names(sentence)
        done = 0
        for m in self._capitalised_runs(sentence, prefixed):
            run, run_start, run_end = m.group(), m.start(), m.end()
            if run_start < done:
                continue  # the end of a name with a link word, read with its start
            whole = next(((a, b) for a, b in linked if run_start <= a < run_end), None)
            if whole is not None:  # "im Bundesstaat Rio Grande do Sul": the name as one word of its run
                run, run_end, done = sentence[run_start : whole[1]], whole[1], whole[1]
                words = [*self._run_words(sentence[run_start : whole[0]]), sentence[whole[0] : whole[1]]]
            else:
                words = self._run_words(run)
            if not words:
                continue
            bracket = (
                _BRACKETED.match(sentence, run_end)
                if whole is None and self._after_a_link_word(sentence[:run_start])
                else None
            )
            held = self._bracketed(words, bracket.group(1), named) if bracket is not None else None
            if held is not None and bracket is not None:
                written, lying = held
                out.append(_Found(run_start + run.rfind(written), lying, written, True, anchored=True))
                done = bracket.end()  # the province in brackets is read with its town, not as a town of its own
                continue
            spans = [(a, b) for a in range(len(words)) for b in range(len(words), a, -1)]  # "En Valencia"
            # "Kastamonu'nun Tosya ilçesinde": a name in the genitive before another is the region the other lies in
            # ... of one word or more ("New Jersey'nin Trenton kentinde")
            owner = self._genitive_owner(words)
            genitive = owner > 0
            if genitive:
                spans = [s for s in spans if s != (0, owner)] + [(0, owner)]
            for a, b in spans:
                first = words[a] if words[a][0].isupper() else words[a].split()[-1]  # "(im) Ahrtal"
                name = " ".join([first, *words[a + 1 : b]])
                opening = sentence[: run_start + run.find(name)]
                short = self._short_town(name, opening, named) if len(name) <= SHORT_NAME else None
                if (
                    (len(name) <= SHORT_NAME and short is None)
                    or name.isupper()
                    or (self._not_a_place(fold(name)) and not self._unlisted_at(name, opening))
                ):
                    continue
                lead = [w.lower() for w in words[:a]]
                if b - a == 1 and b < len(words) and words[a].lower() in self.coast_words:
                    continue  # "Tanjung Karawang": the cape's word, not the town Tanjung; the name after it is read
                # "un Walmart de El Paso": a shop's or a firm's one-word name, a link word and a big town: the town
                owned = False
                if (
                    a
                    and run_start
                    and not self.nouns_capitalised
                    and not all(self._function_word(w) or w in self.coast_words for w in lead)
                    and not self._country_name(" ".join(words[:a]))
                    and not (genitive and a == owner)
                ):
                    if a > _OWNER_WORDS or words[a][0].isupper():
                        continue  # "Niveles Altos": a longer name's end, not a town ("En Valencia", "Kiinan Tianjin")
                    owned = True
                # "İzmir Karşıyaka'da": a city, then its district in the locative (where the city is); not a
                # street's or a building's name ("Atatürk Havalimanı'nda": data/name_heads.tsv)
                district_after = (
                    self.apostrophe_endings and a == 0 and b == 1 == len(words) - 1 and _in_a(words[b])
                    and not name_head(words[b])
                )  # fmt: skip
                after_run = _TOKEN.match(sentence[run_end:].lstrip())
                next_word = words[b] if b < len(words) else after_run.group() if after_run is not None else ""
                if fold(next_word) in CARRIER_WORDS:
                    continue  # "Pesawat Lion Air", "la Jeju Air": a carrier named after its home, not where it crashed
                facility = (a == 0 and b == 1 < len(words) and self._facility(words[-1])) or (
                    (b == len(words) or (a == 0 and b == 1))
                    and after_run is not None
                    and self._facility(after_run.group())
                )  # "İstanbul Atatürk Havalimanı", "Istanbulin (Atatürkin) lentokentällä"
                if (
                    b < len(words)
                    and not self.nouns_capitalised
                    and resolve_place(words[b]) is None
                    and not facility
                    and not (genitive and b == 1)  # "Bolu'nun Kartalkaya kayak merkezi": Bolu's resort
                    and not district_after
                ):
                    continue  # "Le François Hollande": part of a longer name (a person's, an institution's)
                start = run_start + run.find(name)
                before = sentence[:start]
                province = self._latin_province(name, sentence[run_end:], named) if b == len(words) else None
                divided = self._divided(before)
                if province is None and self.county_before is not None and self.county_before.search(before[-_TAIL:]):
                    province = _county_named(name)  # "el condado de Miami-Dade": Miami-Dade County
                if province is None and divided:  # "departamento del Cauca", "Kabupaten Sumedang", "județul Gorj"
                    province = self._province_named(name, named)
                elif (
                    province is None
                    and self.division_loosely is not None
                    and self.division_loosely.search(before[-_TAIL:])
                ):
                    town = resolve_place(name)
                    province = self._province_named(name, named) if town is None or not town.major else None
                if province is None and whole is not None and a == len(words) - 1 and not _town_named(name):
                    province = self._province_named(name, named)  # "Rio Grande do Sul": no town's own name
                if province is not None:  # "Hatay ilinde": the province, wherever the name stands
                    out.append(_Found(start, province, name, divided=True))
                    break
                if self._building(before) or self._on_a_street(before):
                    if a == 0 and any(w[:1].islower() for w in words[1:]):
                        continue  # "el hotel Marriott de Houston": the building's name, then the town it stands in
                    break  # "el edificio Windsor", "la tour Hamilton", "Calçada da Glória": a building's or a street's
                locative = divided or (self.locative is not None and self.locative.search(before[-_TAIL:]) is not None)
                locative = locative or _after_its_prefix(start, prefixed, sentence)  # "eBoksburg": in Boksburg
                locative = locative or district_after
                if b == len(words) and self.town_words:  # "Sivrice ilçesinde"
                    following = _TOKEN.match(sentence[run_end:].lstrip())
                    locative = locative or (
                        following is not None and following.group().lower().startswith(self.town_words)
                    )
                if locative and (unlisted := _unlisted_place(name)) is not None:
                    out.append(_Found(start, unlisted, name, locative))  # "di Mina": the Hajj's site, not Minna
                    break
                # "Debrecenben", "Helsingissä": a name in a locative case; opening a sentence, only a big town's
                cased = b - a == 1 and any(
                    name.endswith(e) and len(name) - len(e) >= 3
                    for e in (*self.locative_endings, *_locative_endings(self.code))
                )
                # "der Prager Altstadt", "die Berliner Polizei": a town's name made an adjective (lexicon
                # PLACE_SUFFIXES) before the noun it qualifies, not a noun after its article
                town_adjective = b < len(words) and any(name.endswith(x) for x in self.suffixes)
                if self._after_a_state_word(before) and (state := self._state_by_namesake(name, named, body)):
                    out.append(_Found(start, state, name, True, divided=True))  # "nello stato americano della Georgia"
                    break
                whole_run = locative and b == len(words)
                province = (self._own_province(name) or self._state(name, named, body)) if whole_run else None
                if province is not None:
                    # "au Sud-Kivu", "en Cundinamarca": a province by its own name after a locative word (one that
                    # may be an article too: 'au'), when no town and no other country's province bears it
                    out.append(_Found(start, province, name, locative, divided=True))
                    break
                after_article = (
                    b - a == 1
                    and not facility
                    and not town_adjective
                    and self.article is not None
                    and self.article.search(before[-_TAIL:]) is not None
                )
                article = self.article.search(before[-_TAIL:]) if after_article and self.article else None
                placed_in = (
                    article is not None
                    and self.locative is not None
                    and self.locative.search(before[-_TAIL:][: article.start()]) is not None
                )
                if placed_in and (region := _region_by_name(name) or self._state(name, named, body)) is not None:
                    # "in der Emilia-Romagna", "in der Lombardei": a region's name of several words, or in the
                    # language, after a locative word and its article (not "le Centre", a region's own name of one
                    # word that is a noun; nor a genitive: "der Jeju Air", "le ministère ... du Sud-Kivu")
                    out.append(_Found(start, region, name, locative, divided=True))
                    break
                if after_article and not _curated_region(name):
                    continue  # "le ministère de la Santé", "der Polizei": a noun after its article (not "el Frankfurt
                    # Airport": the facility's; nor "frappé la Wallonie": a region our tables name in the language)
                opens = (
                    not dateline
                    and not locative
                    and b - a == 1
                    and (_SENTENCE_HEAD.match(before) is not None or _AFTER_STOP.search(before[-_TAIL:]) is not None)
                )
                opens = opens and not facility and not (self.apostrophe_endings and _APOSTROPHE_ENDING.search(name))
                # "Heratin maanjäristyksessä", "Malatya depreminde": a disaster named after its place, a name wherever
                # it stands
                opens = opens and not (
                    b == len(words) and self.hazard_after is not None and self.hazard_after.match(sentence, run_end)
                )
                head_case = opens and cased
                # "Sale a 148 ...", "Selon ...": only ever capitalised by its place in a sentence; but a big town with
                # an ending ('Oslon pommi-iskussa', 'Kaune žuvo') is a name there too
                bare_head = opens and not cased and not _inside_sentence(name, body)
                if bare_head and (not self.endings or self.countries[0].fullmatch(name)):
                    continue  # ... and a country's name ('Venäjän ohjusisku') is read as the country
                locative = locative or (cased and not opens)
                if headline and not locative and not _in_body(name, body):
                    continue  # a headline's capitals are no evidence unless the text names it too
                # "El Paso", "Los Ángeles": an article opening a town's name is a common word, the name after it not
                head, _, rest = name.partition(" ")
                if _common_word(rest if rest and self.article_word(head) else name, body) and not (
                    rest and not self.article_word(head) and not _common_phrase(name, body)
                ):
                    continue  # ... but a name of several words is common only as a whole: 'Ciudad Juárez' beside
                    # 'la ciudad' is the town
                if fold(name) in self.common_names:
                    continue  # "la Línea 12 del Metro": the subway, not Metro in Indonesia
                if b == len(words) and self._a_line(words[b - 1], sentence[run_end:]):
                    continue  # "la Línea 12": the metro's line, not La Línea de la Concepción
                if locative and b - a == 1 and self.endings and (code := self._country_code(name)) is not None:
                    country = gazetteer().by_key(f"country:{code}")
                    if country is not None:  # "v Česku": the country's short name with an ending, not a village a
                        # form of it names ('Česká')
                        out.append(_Found(start, country, country.name, locative))
                        break
                place = None
                marked = re.split(r"['’]", name)[0]  # "Vinnitsa'ya": the apostrophe marks where the name ends
                fallback: Place | None = None  # a smaller foreign town a locative case ending points to
                forms = self._forms(name) if b - a == 1 else self._pair_forms(name, words[a:b])
                for n, form in enumerate(forms):
                    place = self._town(form, named, locative, body)
                    if n == 0 and cased and place is not None and self._elsewhere(place, named):
                        # "Tartus" in Estonian: in Tartu, not the Syrian port, in a text of Estonia's language
                        place = self._cased_at_home(forms, named, body) or place
                    guessed = n and not (self.apostrophe_endings and form == marked != name)
                    if (
                        place is not None
                        and guessed
                        and place.country not in self.home
                        and place.population < _BIG_TOWN
                        and place.kind == "city"  # a US state is known whole ('Teksase': Texas)
                    ):
                        # a name with an ending taken off: a big town, or one of the language's countries; with a
                        # locative case ending a town of 100,000+ ('Kolozsváron'), or of 20,000+ in a country the
                        # text names or its adjectives point to ('Turkin Somassa', 'a törökországi Somában'), unless
                        # another form is a bigger one
                        said = place.country in named or self._hinted(place.country, body)
                        big = place.population >= (_NAMED_TOWN if said else _FOREIGN_TOWN)
                        # ... or after a locative word that governs a case ('u Larisy': Larisa's genitive)
                        if (cased or (locative and fold(form) == fold(place.name))) and big and fallback is None:
                            fallback = place
                        place = None
                    if place is not None:
                        break
                if short is not None and place is not None:
                    place = short  # "i Ask": the village of the language's country, not an airport's code elsewhere
                # "Süürias Tartuses": the Syrian port of the country the text names, not the language's own Tartu
                if place is not None and fallback is not None and self._named_over(fallback, place, named):
                    place = fallback
                place = place or fallback
                if place is not None and _brand_cased(name, place):
                    place = None  # "el avión de LaMia": the airline, not Lamía in Greece
                if owned and place is not None and (place.kind != "city" or not place.major):
                    place = None  # "Universidad de Chile", "Juan de Dios": an institution's, a person's name
                if place is not None and self._owned_by_a_name(words, a):
                    place = _division_of_its_name(place)  # "la Fiscalía de Hidalgo": the state's office
                if place is not None and head_case and not place.major:
                    place = None
                if (
                    bare_head
                    and place is not None
                    and not (guessed and place.kind == "city" and place.population >= _FOREIGN_TOWN)
                ):
                    place = None
                anchor = self._anchored(name, sentence[run_end:]) if b == len(words) else None
                if anchor is not None and (
                    place is None or place.country == anchor.country or _state_only(sentence[run_end:])
                ):  # ("Florence, Carolina del Sur": the town of that state, not Italy's Florence)
                    out.append(_Found(start, anchor, name, True, anchored=True))  # "Surfside, Florida"
                    break
                if place is not None:
                    # "Türkiye'den": a country by the form that names it, written as one reads it back
                    out.append(_Found(start, place, form if place.kind == "country" else name, locative))
                    break
        return out

    def _short_town(self, name: str, before: str, named: Counter[str]) -> Place | None:
        """The town a name of three letters ('Owo', 'Gao', 'Jos', 'Aba') is, or None. Such a name is too often an
        abbreviation, a first name or a word of another language to be read wherever it stands: only right after
        one of the language's locative words ('à Gao', 'a Jos', 'ní Ifẹ̀') and only as a town of a country the
        text names or the language is written in (`short_towns.short_town`); None when it may not be read."""
        if self.locative is None or self.locative.search(before[-_TAIL:]) is None:
            return None
        return short_town(name, (*named, *self.home))

    def _state(self, name: str, named: Counter[str], body: str = "") -> Place | None:
        """The state a name after a locative word is (`_state_named`), unless a town of that very name lies in another
        country the text names ('en Florida, Uruguay') or its big towns imply ('em Colorado, perto de Maringá')."""
        state = _state_named(name)
        countries = {*named, *_implied_countries(body)} - {state.country} if state is not None else set()
        if state is None or not countries:
            return state
        folded = fold(name)
        towns = [p for p in gazetteer().lookup(folded) if p.kind == "city" and fold(p.name) == folded]
        return None if any(t.country in countries for t in towns) else state

    def _a_line(self, last: str, after: str) -> bool:
        """Is the name's last word a transport line's noun and a number written right after it ('Línea 12')?"""
        return fold(last) in self.line_words and _NUMBER_AFTER.match(after) is not None

    def _after_a_link_word(self, before: str) -> bool:
        """Does a name follow a link or locative word ('en Mocejón', 'a l'altura de Sils') or open its sentence
        ('Aurora (Colorado) -')? Not a noun ('su hijo Kyle (Texas)': a person and where he lives)."""
        words = before.rsplit(maxsplit=1)  # the last word: not every word of a text's head, for each of its names
        last = words[-1].split("'")[-1] if words else ""
        return not words or (len(last) <= 3 and last.islower()) or self._function_word(last.lower())

    def _bracketed(self, words: list[str], province: str, named: Counter[str]) -> tuple[str, Place] | None:
        """The town a run's last words name, written with its province in brackets after it ('Mocejón (Toledo)',
        'Villa Carlos Paz (Córdoba)'): the bracketed name is where the town lies, not a namesake town abroad
        (Toledo, Ohio). The town of that name in a first-level division the bracketed name also has a town or a
        province in; else, for a town the gazetteer lacks, the bracketed name itself in a country the text names
        or the language's, the biggest. None when neither reads (the run is read as usual)."""
        regions = [
            p
            for p in gazetteer().lookup(fold(province))
            if p.kind in ("city", "province", "state") and p.country not in _COMMA_COUNTRIES
        ]
        if not regions:
            return None
        divisions = {(p.country, p.admin1) for p in regions if p.admin1}
        for a in range(len(words)):
            if a and not self._function_word(words[a - 1].lower()):
                return None  # "Mike Kyle (Texas)": a person's name and the state he serves, no town in its province
            name = " ".join(words[a:])
            if len(name) <= 3 or not name[:1].isupper():
                continue
            towns = [p for p in gazetteer().lookup(fold(name)) if p.kind == "city"]
            inside = [t for t in towns if (t.country, t.admin1) in divisions]
            if inside:
                return name, max(inside, key=lambda t: t.population)
            if towns:
                return None
        if len(words) > 1 or self._function_word(words[0].lower()):
            return None  # an unknown town is one capitalised word, not a sentence's opening word
        countries = (*named, *self.home)
        home = [p for p in regions if p.country in countries]
        return (words[-1], max(home, key=lambda p: (p.kind != "city", p.population))) if home else None

    def _anchored(self, name: str, after: str) -> Place | None:
        """The town written with its state or province after a comma ('Surfside, Florida', 'Mérida, Yucatán'): the
        town of that name in it, a village too."""
        m = _STATE_AFTER.match(after)
        if m is None:
            return None
        region = resolve_location(m.group(1))
        if region.kind not in ("state", "province") or region.region is None:
            return None
        town = resolve_location(f"{name}, {m.group(1)}")
        if town.kind != "city" or town.region is None or not town.region.startswith(region.region):
            town = resolve_location(f"{name}, {region.label}")  # the state by its English name
        if town.kind != "city" or town.region is None or not town.region.startswith(region.region):
            return None
        place = gazetteer().by_key(town.key)
        return place if place is not None and fold(place.name) == fold(name) else None

    def _run_words(self, run: str) -> list[str]:
        """A capitalised run's words, a link word joined to the word after it ('Valverde', 'del Camino'); the run
        ends at a word in lower case (Latin Extended-A mixes capitals and small letters: 'Š', 'ž')."""
        words: list[str] = []
        pending = ""
        for token in run.split():
            if token in self.links and words:
                pending += token + " "
                continue
            if not token[0].isupper():
                break
            words.append(pending + token)
            pending = ""
        return words

    def _province_named(self, name: str, named: Counter[str]) -> Place | None:
        """The province of that name (after a division word): of the countries the text names, else the
        language's, else the only one of that name."""
        provinces = [p for p in gazetteer().lookup(fold(name)) if p.kind in ("province", "state")]
        if not provinces:  # 'der Region Donezk': a province named after its seat, by the seat's name in the language
            provinces = _provinces_of_seat(name)
        # a second-level division ('distrito de Swat', 'district de Reasi') where no first-level one bears the name
        districts = gazetteer().districts(fold(name))
        for country in (*named, *self.home):
            mine = [p for p in provinces if p.country == country] or [p for p in districts if p.country == country]
            if mine:
                return mine[0]
        provinces = provinces or list(districts)
        return provinces[0] if len({p.country for p in provinces}) == 1 else None

    def _own_province(self, name: str) -> Place | None:
        """The first-level division whose own compound name this is ('Sud-Kivu', 'Baja Verapaz'), if only one country
        has one and no town bears it."""
        folded = fold(name)
        if " " not in folded:
            return None  # one word ('en Tíbet' in a list of countries' tolls) is a region named loosely as often
        places = gazetteer().lookup(folded)
        provinces = [p for p in places if p.kind == "province" and p.admin1 is not None and fold(p.name) == folded]
        if len({p.country for p in provinces}) != 1 or any(p.kind == "city" for p in places):
            return None
        return provinces[0]

    def _latin_province(self, name: str, after: str, named: Counter[str]) -> Place | None:
        """The province a Latin-script name is when a division word follows it ('Hatay ilinde', 'Sindh eyaletinde',
        and a US state: 'Oklahoma eyaletinde'): of the countries the text names, else the language's, else the only
        one of that name."""
        following = _TOKEN.match(after.lstrip())
        if following is None or not self._division_word(following.group().lower(), self.province_after):
            return None
        provinces = [
            p for p in gazetteer().lookup(fold(name)) if p.kind in ("province", "state") and p.admin1 is not None
        ]
        for country in (*named, *self.home):
            mine = [p for p in provinces if p.country == country]
            if mine:
                return mine[0]
        return provinces[0] if len({p.country for p in provinces}) == 1 else None

    def _forms(self, word: str) -> list[str]:
        """A capitalised word and the name it may be with an ending taken off: 'Kahramanmaraş'ta', 'Párizsban'
        (languages with endings: up to `PLACE_ENDINGS` letters, or that many less one and an 'a': 'Warszawie'),
        'Kabuler' (the lexicon's `PLACE_SUFFIXES`)."""
        forms = [word]
        bare = re.split(r"['’]", word)[0]
        if bare != word:
            forms.append(bare)
        forms += radical_forms(self.code, bare)  # "ym Mangor": Bangor
        forms += [bare[: -len(s)] for s in self.suffixes if bare.endswith(s) and len(bare) - len(s) >= 4]
        parts = bare.split("-")
        if len(parts) == 2 and fold(parts[1]) in _bank_words():
            return forms  # "am Dnipro-Ufer": the river's bank, not the town that bears the river's name
        if len(parts) == 2 and all(parts):  # "V Lipové-lázních": a name of two words joined, each with its ending
            if _a_division_of_both(parts):
                forms.append(f"{parts[0]} and {parts[1]}")  # "in Jammu-Kashmir": the territory, not its first city
            forms += list(self._pair_forms(bare, parts))[1:]
        forms += [part for part in parts if part != bare and len(part) >= 4]  # "Brüssel-Zaventem"
        if self.endings and not self.apostrophe_endings:
            # (where a name's ending stands after an apostrophe, 'Suriye'nin', 'Ankara'da', the apostrophe alone says
            # where the name ends: 'Davada', in the lawsuit, has no name in it, and 'Suriye' is no 'Suri' + ending)
            for cut in range(1, self.extra + 1):
                if len(bare) - cut >= 4:
                    stem = bare[:-cut]
                    forms += [stem, *(stem + e for e in self.base_endings)]
                    forms += [
                        stem[: len(stem) - len(last)] + whole
                        for last, whole in _stem_vowels(self.code)
                        if stem.endswith(last)
                    ]
                    for weak, strong in self.ungraded.items():  # "Helsingi-" is "Helsinki"
                        at = stem.rfind(weak, max(0, len(stem) - len(weak) - 2))
                        if at > 0:
                            strong_stem = stem[:at] + strong + stem[at + len(weak) :]
                            forms += [strong_stem, *(strong_stem + e for e in self.base_endings)]  # "Rydze": Ryga
        return own_names(self.code, forms, self.home)  # "li Wanê": Van; "Beyoğlu'ndaki": Istanbul

    def _elsewhere(self, place: Place, named: Counter[str]) -> bool:
        """Is the place in neither a country the text names nor one of the language's?"""
        return place.country not in named and place.country not in self.home

    @staticmethod
    def _named_over(named_town: Place, other: Place, named: Counter[str]) -> bool:
        """Is `named_town` in a country the text names and `other` not?"""
        return named_town.country in named and other.country not in named

    def _cased_at_home(self, forms: list[str] | Iterator[str], named: Counter[str], body: str) -> Place | None:
        """The town of a country the text names or of the language's that a name in a locative case is with its
        ending taken off ('Tartus': Tartu), when the name as written is a town elsewhere (Tartus, Syria)."""
        for form in list(forms)[1:]:
            place = self._town(form, named, True, body)
            if place is not None and place.kind == "city" and not self._elsewhere(place, named):
                return place
        return None

    def _pair_forms(self, name: str, words: list[str]) -> Iterator[str]:
        """A name of several words as written, then (looked up only when that is no place) the names of two words the
        index holds that its two words are with the language's endings ('Zielonej Górze', 'Nowym Targiem': 'zielona
        gora', 'nowy targ'; see `_inflected_pair`)."""
        yield name
        if not self.endings or len(words) != 2 or any(" " in w for w in words):
            return
        first, second = fold(words[0]), fold(words[1])
        if len(first) < _PAIR_STEM + 1 or not second:
            return
        phrases = gazetteer().name_phrases(first[: max(_PAIR_STEM, len(first) - _MAX_ENDING)], second[0])
        fits = [phrase for phrase in phrases if _pair_fits(first, second, phrase)]
        # the name sharing the most letters with the words first ('Novom Sadu': 'novi sad' before 'novo selo')
        yield from sorted(fits, key=lambda phrase: -_letters_shared(f"{first} {second}", phrase))

    def _country_name(self, words: str) -> bool:
        """'Kiinan' (China's), 'Çin'in': the words are a country's name, with the language's endings."""
        return self._country_code(words) is not None

    def _country_code(self, words: str) -> str | None:
        """The country the words name in the language (its ISO code), with the language's endings."""
        pattern, codes = self.countries
        m = pattern.fullmatch(words)
        return codes[m.group(1)] if m is not None and m.group(1) in codes else None

    def _named_country(self, name: str) -> Place | None:
        """The country a name is as the language lists it ('Gana' is Ghana in Portuguese), unless the name is a
        place's own name in the gazetteer ('Georgia' the state): not another town's alternate name ('Gana' is one
        of Guna's, in India)."""
        pattern, codes = self.countries
        code = codes.get(name)  # as listed: an inflected form ('Çin'in') is the genitive before a town's name
        if code is None or pattern.fullmatch(name) is None:
            return None
        known = resolve_place(name)
        if known is not None and known.kind != "country" and fold(known.name) == fold(name):
            return None
        return gazetteer().by_key(f"country:{code}")

    def _after_a_state_word(self, before: str) -> bool:
        """Does the text before a name end with a US state's word ('stato americano della': data/state_words.tsv)?"""
        return bool(self.state_before) and fold(before[-_TAIL:]).rstrip(" -").endswith(self.state_before)

    def _state_by_namesake(self, name: str, named: Counter[str], body: str) -> Place | None:
        """The state a country's name is in a text that reads it as the state (`_namesake_is_state`)."""
        code = self._country_code(name)
        if code is None or code in named or (state := _state_namesake(code)) is None:
            return None
        return state if self._namesake_is_state(code, body, named) else None

    def _building(self, before: str) -> bool:
        """Does the text before a name end with a building's or a street's word ('edificio', 'tour', 'blocul')?"""
        return self.buildings is not None and self.buildings.search(before[-_TAIL:]) is not None

    def _unlisted_at(self, name: str, before: str) -> bool:
        """Is the name, after a locative word, one of a place GeoNames lists no town for ('di Mina':
        `_unlisted_place`)? A lexicon's word that is no place ('mina' in Indonesian) may still name it there."""
        after_locative = self.locative is not None and self.locative.search(before[-_TAIL:]) is not None
        return after_locative and _unlisted_place(name) is not None

    def _facility(self, word: str) -> bool:
        folded = fold(word)
        return any(folded.startswith(f) for f in self.facilities)

    def _hinted(self, country: str | None, body: str) -> bool:
        return country in self._hints(body)

    @lru_cache(maxsize=4)  # noqa: B019 (one reader per language, kept for the process's life)
    def _hints(self, body: str) -> Counter[str]:
        return self.countries_hinted(body)

    def _evidence(self, body: str, named: Counter[str]) -> frozenset[str]:
        """The countries a place may be given in: those the text names or hints at, and the language's own."""
        return frozenset([*named, *self._hints(body), *self.home])

    @_memo_town
    def _town(self, name: str, named: Counter[str], locative: bool, body: str = "") -> Place | None:
        """The town, state or country a Latin-script name is: in a country the text names when it has one there
        (a village too, after a locative word), else the gazetteer's most likely one. A name of our own tables
        (an island, an exonym: 'Maui', 'Lombok') is the place it names, whatever its kind."""
        curated = gazetteer().exonym_keys(fold(name))
        if curated and (sure := resolve_place(name)) is not None and sure.key in curated:
            return sure
        division = gazetteer().by_key(next(iter(curated))) if len(curated) == 1 else None
        if division is not None and division.kind in ("province", "state"):
            return division  # "en Cataluña", "en Bavière", "en Nuevo México": a region's name in the language, sure
            # of it (not the neighbourhood of Zapopan that bears it)
        if (state := self._state_by_namesake(name, named, body)) is not None:
            return state  # 'en el estado de Georgia': the US state, not the country
        if self._named_country(name) is not None:
            return None  # 'no Gana': Ghana, which the text's countries count, not Guna (one of its alternate names)
        translated = resolve_location(name)
        if translated.kind == "state" and fold(translated.label) != fold(name):
            return gazetteer().by_key(translated.key)  # "en Caroline du Nord": a state as the language writes it
            # (the index's translations), the same place the location resolver reads, not 'Caroline' alone
        for country, _n in named.most_common():
            place = resolve_place(name, country=country)
            if place is not None and place.country == country and (place.major or locative) and place.kind in _KINDS:
                return place if _trusted(name, place) else None
            if country == named.most_common(1)[0][0]:  # "Andalucía": a province of the country the text names most
                region = resolve_location(name, country)
                if region.kind == "province" and region.key.startswith("province:"):
                    return gazetteer().by_key(region.key)
        for country in _implied_countries(body):
            # "Colorado: cinq morts" over a report of Colorado Springs: the state of the country the text's big towns
            # lie in, not the Brazilian town of that name
            theirs = [
                p for p in gazetteer().lookup(fold(name))
                if p.country == country and p.kind in _KINDS and p.major and fold(p.name) == fold(name)
            ]  # fmt: skip
            if theirs and country not in named:  # its big town first ('Washington'), else the state ('Colorado')
                return min(theirs, key=lambda p: (p.kind != "city", -p.population))
        known = resolve_place(name)
        exonym = known is not None and known.major and known.kind in _KINDS and fold(known.name) != fold(name)
        if locative and not exonym:  # "à Lac-Mégantic": a village (of the article's country, which grouping reads)
            # as written; not "en Londres", a big town's name in the language that some village also bears
            candidates = [p for p in gazetteer().lookup(fold(name)) if p.kind == "city"]
            villages = [p for p in candidates if fold(p.name) == fold(name)]
            if villages and not any(p.major for p in villages):
                # "en Aragón": a division's own name (of a country the text names, if any) before a village abroad
                # that bears it (Aragon, Georgia)
                wanted = (*named, *self.home)
                divisions = [
                    p for p in gazetteer().lookup(fold(name))
                    if p.kind == "province" and fold(p.name) == fold(name) and (not named or p.country in named)
                ]  # fmt: skip
                if len(divisions) == 1 and not any(v.country in wanted for v in villages):
                    return divisions[0]
                return villages[0]
            # a village the gazetteer names otherwise ('Casalbordino' of 'Casalbordino-Miracoli'): the only one of
            # the language's countries or of the ones the text names
            mine = [p for p in candidates if p.country in (*named, *self.home)]
            if not villages and len(mine) == 1 and not mine[0].major:
                return mine[0]
        hinted = [c for c, _n in self._hints(body).most_common() if c not in named] if body else []
        bearers = gazetteer().lookup(fold(name))
        for country in self.home:  # "na Madeira": a province of that very name in the language's country, when no
            # town there bears the name (a town elsewhere may have it as an alternate name)
            # ... or where only villages bear it ("em Santa Catarina": the state, not the Mexican town), or several
            # towns as an alternate name, a saint's or a region's ("no Espírito Santo"); one town's is that town's
            # ("a Napoli": Naples, not its province)
            mine = [p for p in bearers if p.country == country]
            divisions = [p for p in mine if p.kind == "province" and fold(p.name) == fold(name)]
            towns = [p for p in mine if p.kind == "city" and p.major]
            if divisions and (not towns or (len(towns) > 1 and all(fold(p.name) != fold(name) for p in towns))):
                return divisions[0]
        for country in (*hinted, *self.home):
            # the country the text's adjectives point to ('la provincia española de Valencia'), then the language's
            # own: 'Pazarcık' in Turkish is Turkey's, not Bulgaria's. An adjective ('dois brasileiros') is weak
            # evidence: only a town of that very name, not one an alternate name points to ('Madeira')
            place = resolve_place(name, country=country)
            own = country in self.home or (place is not None and fold(place.name) == fold(name))
            if place is not None and accents_elsewhere(name, place.name):
                continue  # 'en Saná' (Sanaa) in a Spanish report is no 'Saña' of Peru, a language's own country
            if place is not None and place.country == country and place.major and place.kind in _KINDS and own:
                return place if _trusted(name, place) else None
        place = resolve_place(name)
        if place is not None and place.kind == "country" and fold(place.name) != fold(name):
            return place  # "Gaza": a name the gazetteer gives a country (a territory's town-like name)
        alternate = place is not None and fold(place.name) != fold(name) and place.population < _ALTERNATE_TOWN
        if place is not None and place.kind in _KINDS and _trusted(name, place) and not alternate:
            return place  # not a small town's alternate name ('Madeira' of Tabira, 'Air' of Aripuanã)
        sole = resolve_location(name)  # "Lac-Mégantic": a village's name of several words no other place bears
        if sole.kind == "city" and " " in fold(name):  # ... the village itself, not a big town holding it ('Dong Ta',
            # a guess at "Donald Tusk" with Polish endings, is a village in Wuzhong)
            return next((p for p in gazetteer().lookup(fold(name)) if p.key == sole.key), None)
        if sole.kind == "province" and " " in fold(name) and fold(sole.label) == fold(name):
            return gazetteer().by_key(sole.key)  # "en Baja California Sur": a division's own name of several words
        # "Cancún": another town's alternate name (Changchun's) too; the town whose own name it is, as the location
        # resolver reads it
        town = gazetteer().by_key(sole.key) if sole.kind == "city" else None
        return town if town is not None and town.major and fold(town.name) == fold(name) else None

    def _namesake_is_state(self, code: str, text: str, named: Counter[str]) -> bool:
        """Is a country that shares its name with a state (Georgia) the state here: the text names the state's
        country ('aux Etats-Unis', 'in den USA'), or a division word stands right before the name ('estado de
        Georgia', 'US-Bundesstaat Georgia') or after it ('ジョージア州')?"""
        state = _state_namesake(code)
        if state is None:
            return False
        if state.country in named or state.country in self.countries_hinted(text):
            return True  # ... or its people's adjective ('nello stato americano della Georgia')
        pattern, codes = self.countries
        for m in pattern.finditer(text):
            if codes.get(m.group(1)) != code:
                continue
            before = fold(text[max(0, m.start(1) - _TAIL) : m.start(1)]).rstrip(" -")
            if any(before.endswith(fold(w)) for w in self.province_before) or before.endswith(self.state_before):
                return True
            if any(text.startswith(w, m.end(1)) for w in self.province_after):
                return True
        return False

    def countries_hinted(self, text: str) -> Counter[str]:
        """Countries a text hints at by a lower-case word that begins as the country's name does in its language
        ('española', 'spanischen', 'francesas', 'kenianos'): the adjective of its people or things. Only a
        tie-breaker between towns of one name, never a place of its own."""
        if self.adjective_words:  # the text keyed once; only the words ending as an adjective does
            keyed = script_key(text)
            ends = (m for m in _WORD.finditer(keyed) if m.group().endswith(self.adjective_endings))
            found = (self.adjective_words.get(self._joined(m.group())) for m in ends if not self._on_object(keyed, m))
            return Counter(c for c in found if c is not None)
        if self.adjectives is None:
            return Counter()
        words = (
            w for w in _tokens(text) if len(w) > _ADJECTIVE_PREFIX and w[:1].islower() and w not in self.not_adjectives
        )
        hints = ((w, self.adjectives.get(_ascii(w[:_ADJECTIVE_PREFIX]))) for w in words)
        hinted = Counter(h[0] for w, h in hints if h is not None and len(w) >= h[1])
        hinted.update(compound_adjective_countries(self.code, text))  # 'северномакедонския': North Macedonia's
        return hinted

    def _on_object(self, text: str, m: re.Match[str]) -> bool:
        """Is the word a people's adjective on a vehicle's number plate ('भारतीय नम्बरको बस')?"""
        if self.object_after is None:
            return False
        word = _WORD.match(text, m.start())  # the whole word: 'भारतीय' of the name 'भारत' it begins with
        end = max(m.end(), word.end()) if word is not None else m.end()
        return self.object_after.match(text, end) is not None


_LOCATIVE_AFTER_APOSTROPHE = re.compile(r"\w['’]n?[dt][ae](?:ki)?$")


def _state_only(after: str) -> bool:
    """Is the name after a town's comma a state's or a province's and no country's ('Carolina del Sur', not
    'Georgia')? Then it holds the town, whatever bigger town abroad bears its name."""
    m = _STATE_AFTER.match(after)
    return m is not None and not any(p.kind == "country" for p in gazetteer().lookup(fold(m.group(1))))


def _in_a(word: str) -> bool:
    """Does the word end in the locative after an apostrophe ("Karşıyaka'da", "Çankaya'daki"): in a language that
    writes a name's ending so, a place's name, here that of the district of the city named before it?"""
    return _LOCATIVE_AFTER_APOSTROPHE.search(word) is not None


# a small letter right before a capital inside a word ('LaMia', 'JetBlue', 'McAllen')
_INNER_CAPITAL = re.compile(r"[^\W\d_A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ]")


def _brand_cased(name: str, place: Place) -> bool:
    """Is a name written with a capital inside a word ('LaMia', an airline) while the town it spells has none
    (Lamía)? A brand's or a company's, not the town's; a town so written itself ('McAllen', 'DeKalb') stays."""
    return _INNER_CAPITAL.search(name) is not None and _INNER_CAPITAL.search(place.name) is None


def _after_its_prefix(start: int, prefixed: tuple[int, ...], sentence: str) -> bool:
    """Does the name at `start` follow its locative prefix (blanked, 'eBoksburg' read ' Boksburg'; or kept as the
    gazetteer's form's first letter, 'eGoli' read 'Egoli')?"""
    return any(at <= start and not sentence[at:start].strip() for at in prefixed)
