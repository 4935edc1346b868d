"""Places in a report of any language: the towns and countries it names, as names the gazetteer shares.

One reader for every language; what differs is data (the lexicon's `LOCATIVES`, `JOINED_PARTICLES`,
`NOT_PLACES`, `PLACE_ENDINGS`, and the places index's country names per language):

* **Evidence a language gives** (lexicon data): locative words and case endings ('à', 'в', 'في', 'में';
  `LOCATIVES`, `LOCATIVES_AFTER`, `LOCATIVE_ENDINGS`: 'Helsingissä'), division and town words ('departamento
  del Cauca', 'Sivrice ilçesinde'; `PROVINCE_WORDS_BEFORE`, `TOWN_WORDS`), words inside names ('Valverde del
  Camino'; `PLACE_NAME_LINKS`); and what is no place: a building's or a street's name ('el edificio Windsor';
  `BUILDING_WORDS`), a country named as the people's origin or through its embassy ('warga negara Australia',
  '36enne della Romania'; `ORIGIN_BEFORE`), a capital speaking for its government ('Москва обвинила', 'según
  Kiev'; `SPEECH_VERBS`, `GOVERNMENT_VERBS`, `ACCORDING_BEFORE`).

* **Countries** as the language writes them ('España', 'Türkei', 'تركيا', 'नेपाल', '土耳其'; CLDR and ISO 3166
  translations in the places index), with the endings the language adds ('Türkiye'de', 'Україні'). The
  countries a text names decide between towns of one name ('Valencia' in a text that names 'España') and rule
  out towns elsewhere, which in a report naming its countries are misreadings (a common word that is also a
  town's name somewhere).
* **Towns in Latin script**: a capitalised name the gazetteer knows, that the text never writes as a common word
  and that is not merely capitalised by its place (the first word of a sentence, a headline's words); a name
  after one of the language's locative words ('en', 'à', 'bei', 'di') may also be a village of a country the
  text names. A name before a dash at the head of the text ('Jakarta - ...') is where the report was filed: it
  counts only when the text names no other place.
* **Towns in other scripts** ('غزة', '天津', 'Вінниця', 'काठमाडौं'): GeoNames alternate names of towns of 15,000+
  people, in the places index (built once into the cache directory; a sentence's candidates are looked up in one
  query, nothing is loaded into the process). A joined particle ('بغزة', 'وغزة') is one of the language's
  particles; inflected forms are found for languages whose words take endings (a name's stem and at most three
  more letters: 'Вінниці' for 'Вінниця'); text without spaces (CJK) is searched in 2-4 character windows.
* **Provinces** ('四川', 'سندھ', 'گلگت بلتستان'): the places index's province names in other scripts; beside one of
  the language's division words (lexicon `PROVINCE_WORDS` after the name, `PROVINCE_WORDS_BEFORE` before it:
  '四川省', 'محافظة إدلب', 'ইদলিব প্রদেশে', 'Hatay ilinde') the name is the province even where a town bears it.

The reading of names in other scripts is `core.extract.script_places` (`ScriptReading`, which `PlaceReader` is);
the words both share (a found place, a language's country names as one pattern, labels) are
`core.extract.place_words`; the lexicon's words compiled into patterns once per language are
`core.extract.place_lexicon` (`PlaceLexicon`, which `PlaceReader` extends).

A place is given as the gazetteer's English name, with its country when the name alone would mean another place
('Valencia, Spain'), so that reports in any language and script share it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from core.extract.latin_town_tables import _state_namesake
from core.extract.latin_towns import _RUN_WORDS, _WORD_BEFORE, LatinTownReader
from core.extract.place_words import (
    _BIG_TOWN,
    _FOREIGN_TOWN,
    _TAIL,
    _WORD,
    _capital_keys,
    _capitals,
    _Found,
    _label,
    _own_label,
    _province_label,
)
from core.extract.reference_places import towns_not_only_references
from core.extract.script_places import _common_words
from core.places import Place, region_place, resolve_location, resolve_place, wire_dateline
from core.places.index import fold, gazetteer, script_key
from core.places.not_places import a_quarters_name, after_a_persons_title
from core.places.reading import list_conjunctions
from core.places.seas import sea_written_in
from core.places.town_words import after_a_town_word

# "Jakarta - ", "Jakarta (ANTARA) — ", "Nueva Delhi, 12 ago (EFE).- ": a dash after a space or an agency's bracket
_DATELINE_DASH = re.compile(r"(?:\s|(?<=\))|(?<=\)\.))[-–—]\s")
_SENTENCE_END = re.compile(r"[.!?]\s")
_DATELINE_HEAD = 80  # characters at the head of a text where a dateline stands
_DATELINE_END = re.compile(r"(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)(?<!\b\w\w\w\w)[.!?]\s")  # 'Mar.' is no sentence end
_AGENCY = re.compile(r"\([^()]*\)")
# 'NICE. ', 'LE CAIRE. ', 'GÉNOVA. ': a town in capitals (no dots inside: 'EE.UU.') closed by a full stop
_STOP_DATELINE = re.compile(r"\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){0,2})\.\s+(?=\w)")
_LOWER_WORD = re.compile(r"(?<!\w)[^\W\d_A-ZÀ-ÖØ-Þ]\w*")
_DATELINE_LOWER_WORDS = 2  # a dateline's words are names, an agency's, a date's ('12 de marzo')
_NEAR_HEAD = re.compile(r"^[\W\d_]*(?:\w+[\W\d_]+){0,2}$")  # at most two words before
_NEXT_NAME = re.compile(r"\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'-]+")
# a capitalised word right before a name, after a word in lower case or a comma: the name goes on from it
_INSIDE_A_NAME = re.compile(r"(?:[^\W\d_A-ZÀ-ÖØ-Þ]\w*|,) [A-ZÀ-ÖØ-Þ][^\W\d_]+ $")


def _inside_a_name(text: str, end: int) -> bool:
    """Does `_INSIDE_A_NAME` match text[:end]? Searched from the word before the last two spaces, not from the text's
    start: a match is a word (or a comma), a space, a capitalised word and a space at the end, so its first word
    lies between the third-last space before the end and the second-last (as many starts tried as that word has
    letters, not as the text has characters)."""
    last = text.rfind(" ", 0, max(0, end - 2))  # the space before the capitalised word
    if last < 0:
        return False
    return _INSIDE_A_NAME.search(text, text.rfind(" ", 0, last) + 1, end) is not None


# a capitalised word right before a country's name (no sentence's end between): 'New' of 'New Jersey'
_NAME_BEFORE = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Þ][^\W\d_]+ $")
_NAME_BEFORE_REACH = 30  # characters before a country's name its longer name's first word may start at


def _ends_a_longer_place(text: str, start: int, end: int) -> bool:
    """Is the country's name at text[start:end] the end of a longer name the gazetteer holds as a state or a town of
    that very name ('New Jersey', 'New Mexico')? Then that place is meant, whatever language writes it (in one whose
    names take endings, 'New Jersey'nin', the reader cannot tell it by a name running on)."""
    before = _NAME_BEFORE.search(text, max(0, start - _NAME_BEFORE_REACH), start)
    if before is None:
        return False
    whole = before.group() + text[start:end]
    place = resolve_place(whole)
    return place is not None and place.kind in ("state", "city") and fold(place.name) == fold(whole)


_SCRIPT_WORD = re.compile(r"\w+")
_UPPER_WORD = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{3,}(?!\w)")
_CAPITAL_OWNER_GAP = 3  # characters between a country's name and the capital's word it owns ('の', "'s ")
_CAPITAL_APPOSITION = 16  # characters between a capital word and the town it names ("capital city of Peshawar")
_SEAT_REACH = 4  # words between an office and its seat: link words and a country ("embahada ng Pilipinas sa")
_HEAD = 1500  # the article's place: the first one named in its title, else in this much of its text


class PlaceReader(LatinTownReader):
    """A report's places in one language: its countries, towns and provinces, read with the language's
    compiled place data (`core.extract.place_lexicon.PlaceLexicon`)."""

    # -- countries ------------------------------------------------------------------------------------------

    def countries_in(self, text: str) -> Counter[str]:
        """How often the text names each country (ISO code), in this language or in English."""
        pattern, codes = self.countries
        text = text if self.latin else script_key(text)  # 'फिलिस्तीन' is 'फ़िलिस्तीन'
        named = Counter(
            codes[m.group(1)] for m in pattern.finditer(text) if m.group(1) in codes and self._a_country(text, m)
        )
        for code in [c for c in named if _state_namesake(c) is not None]:
            if self._namesake_is_state(code, text, named):
                del named[code]  # 'en el estado de Georgia', 'en Géorgie, aux Etats-Unis': the state, no country
        return named

    def _a_country(self, text: str, m: re.Match[str]) -> bool:
        """Is the country's name a place here, not the people's origin ('warga negara Australia') nor the first
        word of a town's name ('Lào Cai': 'Lào' is Laos in Vietnamese)?"""
        if self.origin is not None and self.origin.search(text[max(0, m.start(1) - 40) : m.start(1)].lower()):
            return False
        if self.origin_after is not None and self.origin_after.match(text, m.end(1)):
            return False  # "8名中国公民": eight Chinese citizens among the dead, not China
        if self._owner_of_an_origin(text, m.end(1)):
            return False  # "Irak'ın Sincar bölgesinden": the country of the region an order came from
        if self.attack is not None and self.attack.match(text[m.end(1) : m.end(1) + 60].lower()):
            return False  # "Venäjän ohjusisku Odessaan": the attacker's country
        if self._an_everyday_word(text, m):
            return False  # "Самолёт разбился": the aeroplane ('Само' of 'Самоа' + 'лёт'), not Samoa
        if not self.latin and self._heads_a_longer_name(text, m.start(1), m.end(1)):
            return False  # "в Джерси-Сити", "בניו ג'רזי": Jersey City, New Jersey, not Jersey
        if not self.latin and self._no_joined_ending(text, m.end(1)):
            return False  # "মালিকের" (the owner's): 'মালি' (Mali) and no ending of the language after it
        if self._on_object(text, m):
            return False  # "भारतीय नम्बरको बस": an Indian-registered bus, not India
        if self.route_before is not None and self.route_before.search(text[max(0, m.start(1) - _TAIL) : m.start(1)]):
            return False  # "un barcone partito dalla Turchia": where the boat came from, not where it sank
        if self.latin and self.buildings is not None and self._building(text[: _run_start(text, m.start(1))]):
            return False  # "na náměstí Jana Palacha": a square's name ('Palacha' is 'Pala-' + an ending), not Palau
        if self.latin and _ends_a_longer_place(text, m.start(1), m.end(1)):
            return False  # "New Jersey'nin Trenton kentinde": the US state, not Jersey
        if self.latin and not (self.nouns_capitalised or self.endings) and _inside_a_name(text, m.start(1)):
            # "arrasó Villa Santa Lucía": the end of a town's name (a village in Chile), not Saint Lucia; not in a
            # language whose genitive follows an institution's name ("saopštio je MUP Srbije": Serbia's)
            return False
        if self.latin and m.end() == m.end(1):
            following = _NEXT_NAME.match(text, m.end())
            if following is not None and after_a_persons_title(text[max(0, m.start(1) - _TAIL) : m.start(1)]):
                return False  # "il ministro Maurizio Lupi": a first name (Maurizio is Mauritius in Italian)
            if following is not None:
                town = resolve_place(f"{m.group(1)}{following.group()}")
                return town is None or town.kind != "city" or fold(town.name) != fold(m.group(1) + following.group())
        return True

    def _an_everyday_word(self, text: str, m: re.Match[str]) -> bool:
        """Is the whole word a country's stem was found in (the stem and the ending after it) one of the language's
        ordinary words (data/common_words.tsv), capitalised only by where it stands ('Самолёт', first in a sentence)?
        Only where names take endings: elsewhere the match is the name itself."""
        if not self.endings or m.end() == m.end(1):
            return False
        return text[m.start(1) : m.end()].lower() in _common_words(self.code)

    def _capital_owner(self, sentence: str) -> str | None:
        """The country written right before the language's word for a capital, at most a particle between
        ('アメリカの首都', "America's capital"): that country's capital is meant."""
        if self.capital_words is None:
            return None
        keyed = sentence if self.latin else script_key(sentence)
        pattern, codes = self.countries
        lowered = keyed.lower()
        for m in pattern.finditer(keyed):
            if m.group(1) not in codes or not self._a_country(keyed, m):
                continue
            if any(self.capital_words.match(lowered, m.end(1) + n) for n in range(_CAPITAL_OWNER_GAP + 1)):
                return codes[m.group(1)]
        return None

    def _capital_written(self, sentence: str, after: int) -> _Found | None:
        """A country's name in a script, right after the capital's word at `after`, that is also the name of a
        country's capital ('العاصمة عمان': Oman's name, Amman's too): that capital, where the name is written."""
        if self.latin:
            return None
        for at, _code in self._countries_at(sentence):
            if after <= at <= after + _CAPITAL_APPOSITION and (word := _SCRIPT_WORD.match(sentence, at)) is not None:
                key = script_key(word.group())
                named = gazetteer().script_names([key]).get(key)
                town = gazetteer().by_key(named[1]) if named is not None and named[1] in _capital_keys() else None
                return _Found(at, town, word.group(), True) if town is not None else None
        return None

    def _countries_at(self, sentence: str) -> list[tuple[int, str]]:
        pattern, codes = self.countries
        return [
            (m.start(1), codes[m.group(1)])
            for m in pattern.finditer(sentence)
            if m.group(1) in codes and self._a_country(sentence, m)
        ]

    # -- one sentence ---------------------------------------------------------------------------------------

    def sentence_place(
        self,
        sentence: str,
        body: str,
        named: Counter[str],
        *,
        headline: bool = False,
        filed: str | None = None,
        figure: bool = True,
    ) -> str | None:
        """The first town (or village after a locative word) a sentence names that fits the countries the text
        names (a country a sentence names is often another party: the article's is `article_place`'s).
        `body` is the article's text (a name it writes in lower case is a common word), `headline`
        says the sentence is a title (capitals there are no evidence), `filed` is the dateline's town."""
        if self.nationwide is not None and self.nationwide.search(sentence.lower()):
            country = self._first_of_most_named(None, body, named) if named else None
            if country is None and len(self.home) == 1 and not named:
                country = self.home[0]  # "ملک بھر میں" in a report that names no country: the language's
            whole = gazetteer().by_key(f"country:{country}") if country else None
            if whole is not None:
                return whole.name
        named_here = _abroad_beside_a_state(self._towns(sentence, body, named, headline, figure), named)
        if self.felt_words and any(w in script_key(sentence) for w in self.felt_words):
            named_here = [f for f in named_here if not self._only_felt(sentence, f)]
        if self.origin_region_words:
            named_here = [f for f in named_here if not self._origin_region(sentence, f)]
        lists = name_lists(sentence)
        towns = [
            self._measured_from(sentence, f) for f in named_here
            if not self._government(sentence, f) and not self._route_end(sentence, f)
            and not self._source_seat(sentence, f)
            and not any(lo <= f.start < hi for lo, hi in lists) and not _a_quarters_state(sentence, f)
        ]  # fmt: skip
        towns = towns_not_only_references(sentence, towns)  # ("..., north of Philadelphia": not the scene)
        # "Tres residentes de Ciudad Juárez ... en un Walmart de El Paso": the dead's home town, when the sentence
        # names another town
        homes = [f for f in towns if f.place.kind == "city" and self._home_town(sentence, f)]
        if homes and len(homes) < len([f for f in towns if f.place.kind == "city"]):
            towns = [f for f in towns if f not in homes]
        if self.capital_words is not None and (said := self.capital_words.search(sentence.lower())) is not None:
            # "العاصمة الكورية": the capital of the country the text names, else of the only one its adjectives name
            said_of = self._first_of_most_named(None, body, named) if named else self._sole_hint(body)
            owner = self._capital_owner(sentence)
            country = owner or said_of or next(iter(self.home), None)
            seat = _capitals().get(country) if country else None
            # ... unless a town follows the word as its name ("صوبے کے دارالحکومت پشاور", "la capitale
            # provinciale Kandahar"): the word is that town's title, of a province's capital as often as not; but
            # a country written right before the word makes it that country's capital, whatever name follows
            # ("アメリカの首都ワシントン": Washington the capital, not the state)
            apposed = [f for f in towns if said.end() <= f.start <= said.end() + _CAPITAL_APPOSITION]
            if (
                seat is not None
                and owner is None
                and not apposed
                and (town := self._capital_written(sentence, said.end()))
            ):
                # "العاصمة عمان": a country's name after the capital's word that is also a capital's (Oman, Amman)
                towns.append(town)
                apposed = [town]
            if seat is not None and owner is not None:
                towns = [f for f in towns if f not in apposed]
                towns.append(_Found(said.start(), seat, seat.name, True))
            elif seat is not None and not apposed:
                towns.append(_Found(said.start(), seat, seat.name))
        # a village when no town; a lexicon's own name ('진도', a county town) is as sure as a town
        # a country's name after a town of it the sentence names ("Türkiye'nin güneyindeki Gaziantep'te"), and
        # after a town named after a locative word ("pag-atake ng Russia sa Odesa": the attacker's country first)
        inside = {f.place.country for f in towns if f.place.kind != "country"}
        placed = any(f.locative and f.place.kind == "city" for f in towns)
        # a province named beside its division word is as sure as a big town ("frappé la province d'Al-Haouz, au
        # sud-ouest de Marrakech": the province, not the town its bearing is taken from), unless a town the sentence
        # names lies in it ("صوبہ خیبر پختونخوا کے دارالحکومت پشاور": the town is the finer place) or comes before
        # it ("en Valverde del Camino, en la provincia de Huelva": the province is where the town lies)
        cities = [f for f in towns if f.place.kind == "city"]
        held = {(f.place.country, f.place.admin1) for f in cities}
        # a county named beside its state ('カリフォルニア州サンマテオ郡') is finer than the state, as a town is
        counties = {(f.place.country, f.place.admin1) for f in towns if f.place.kind == "county"}
        finer = held | counties
        sure = {
            id(f)
            for f in towns
            if f.divided
            and not (f.place.admin1 and (f.place.country, f.place.admin1) in finer)
            and not any(c.start < f.start and c.place.country == f.place.country for c in cities)
        }  # ... of its country: "Villa Santa Lucía, en la comuna de Chaitén, región de Los Lagos" is no Italian village

        # a town written with its state ('コネチカット州ニュータウン') is as sure as a big town, however small
        stated = {(f.place.country, f.place.admin1) for f in towns if f.place.kind == "state"}

        namesake_states = {s.key for c in {f.place.country for f in cities} if c and (s := _state_namesake(c))}

        def in_its_state(f: _Found) -> bool:
            return f.place.kind == "city" and (f.place.country, f.place.admin1) in stated

        def rank(f: _Found) -> tuple[bool, bool, int]:
            # a county or a US state is major, but a town of its state the sentence names is the finer place ("en el
            # condado de Los Ángeles ... una vivienda de Agoura Hills", "미국 플로리다주 파크랜드의 한 고등학교")
            coarse = f.place.kind in ("county", "state") and (f.place.country, f.place.admin1) in held
            # ... and so is a county of the state ("カリフォルニア州サンマテオ郡": the county)
            coarse = coarse or (f.place.kind == "state" and (f.place.country, f.place.admin1) in counties)
            # ... and a state bearing a country's name with a town of that country ('जॉर्जिया के गुडौरी': Georgia's)
            coarse = coarse or (f.place.kind == "state" and f.place.key in namesake_states)
            # (in another script, a town read by its Latin spelling is anchored: of a country the text points to)
            spelled = f.anchored and not self.latin
            sure_here = f.place.key in self.own_keys or id(f) in sure or in_its_state(f) or spelled
            return (
                f.place.kind == "country" and (placed or f.place.country in inside),
                not ((f.place.major and not coarse) or sure_here),
                f.start,
            )

        order = sorted(towns, key=rank)
        for found in order:
            if filed is not None and found.written == filed:
                continue
            if found.place.key.startswith("name:"):
                return _own_label(found.place)
            if found.place.kind == "province":
                return _province_label(found.place)
            sure_town = found.place.major or found.place.country in named or in_its_state(found) or found.anchored
            if found.place.kind == "country" or not sure_town:
                # "Gaza", "Lac-Mégantic": resolved with the article's other places downstream; a village of the
                # language's own country by its name and country ("w Szczekocinach": 'Szczekociny, Poland')
                return self._home_village(found) or self._village_beside(found, named_here) or found.written
            return _label(_country_of_namesake(found.place, named), self._evidence(body, named))
        # (a figure's sentence or a title: not the head of the text read for the article's place, 1,500 characters
        # a sea is seldom alone in; its claims' sentences name the sea)
        return self._sea_named(sentence) if not towns and (figure or headline) else None

    def _sea_named(self, sentence: str) -> str | None:
        """A sea the sentence names ('en mer Adriatique', 'в Средиземном море') when it names no town, province nor
        country, as the English reader reads one: coarse, a port or a country beside it is the finer place (a country
        the sentence writes only after 'off' too: 'nel Mediterraneo al largo della Libia' is the article's Libya)."""
        sea = sea_written_in(sentence)
        return sea.name if sea is not None and not self._countries_at(sentence) else None

    def clause_places(
        self,
        sentence: str,
        body: str,
        named: Counter[str],
        clauses: list[tuple[int, int]],
        *,
        headline: bool = False,
        filed: str | None = None,
    ) -> list[str | None]:
        """The place each clause of a sentence names of its own ('In Polen starben fünf Menschen, in Tschechien
        kamen zwei ums Leben': Poland, Czechia): its town, else its one country when the sentence names two
        countries or more. `clauses` are spans in the sentence."""
        countries = {code for _at, code in self._countries_at(sentence)}
        # a clause may name a town when it writes a capital after the sentence's first word (scripts with capitals),
        # a country when the sentence names two: clauses with neither are not read (the reading is dear)
        capitals = [any(w[:1].isupper() for w in sentence[a:b].split()[1 if a == 0 else 0 :]) for a, b in clauses]
        owns = [{code for _at, code in self._countries_at(sentence[a:b])} if len(countries) > 1 else set()
                for a, b in clauses]  # fmt: skip
        if sum(1 for c, o in zip(capitals, owns, strict=True) if c or o) < 2:
            return [None] * len(clauses)
        out: list[str | None] = []
        for (a, b), capital, own in zip(clauses, capitals, owns, strict=True):
            place = self.sentence_place(sentence[a:b], body, named, headline=headline, filed=filed) if capital else None
            if place is None and len(own) == 1:
                whole = gazetteer().by_key(f"country:{next(iter(own))}")
                place = whole.name if whole is not None else None
            out.append(place)
        return out

    def _origin_region(self, sentence: str, found: _Found) -> bool:
        """Is the place written with a region's word in the ablative right after it ('Sincar bölgesinden': from the
        region of Sinjar, data/origin_after.tsv): where an order or a fighter came from, not the scene?"""
        after = sentence[found.start + len(found.written) :].lstrip()
        return after.lower().startswith(self.origin_region_words)

    def _owner_of_an_origin(self, text: str, end: int) -> bool:
        """Is the name ending at `end` followed by one name and a region's word in the ablative ("Irak'ın Sincar
        bölgesinden": of Iraq's Sinjar region, where an order came from; data/origin_after.tsv)?"""
        if not self.origin_region_words:
            return False
        words = text[end : end + _TAIL].split()
        if words and words[0][:1] in "'’":
            words = words[1:]  # the name's ending after its apostrophe ("'ın")
        return len(words) >= 2 and words[1].lower().startswith(self.origin_region_words)

    def _only_felt(self, sentence: str, found: _Found) -> bool:
        """Is the town named in a sentence (of a stretch of several: a text's head) that says where a quake was felt?
        It did not strike there."""
        if found.place.kind != "city":
            return False
        opening = max(sentence.rfind(stop, 0, found.start) for stop in _STOPS) + 1
        ends = [at for stop in _STOPS if (at := sentence.find(stop, found.start)) >= 0]
        own = script_key(sentence[opening : min(ends, default=len(sentence))])
        return any(w in own for w in self.felt_words)

    def _home_town(self, sentence: str, found: _Found) -> bool:
        """Is the town written right after an origin's words ('residentes de', 'vecinos de': lexicon ORIGIN_BEFORE
        and data/origin_words.tsv)?"""
        before = sentence[max(0, found.start - 40) : found.start].lower()
        return self.origin is not None and self.origin.search(before) is not None

    def _measured_from(self, sentence: str, found: _Found) -> _Found:
        """A town named after a distance ('80 Kilometer nördlich von Bogotá', 'à 80 km de Bogota') as its region: the
        place is near the town, not in it."""
        if self.bearing is None or found.place.kind != "city":
            return found
        if not self.bearing.search(sentence[max(0, found.start - _TAIL) : found.start]):
            return found
        region = region_place(found.place)
        return replace(found, place=region) if region is not None else found

    def _home_village(self, found: _Found) -> str | None:
        """A village of the language's own country as a location string that reads back as that village."""
        place = found.place
        if place.kind != "city" or place.country not in self.home:
            return None
        whole = gazetteer().by_key(f"country:{place.country}")
        label = f"{place.name}, {whole.name}" if whole is not None else None
        return label if label is not None and resolve_location(label).key == place.key else None

    def _village_beside(self, found: _Found, towns: list[_Found]) -> str | None:
        """A village of the country of a big town the same sentence names ('en Támara, a unos 25 kilómetros de
        Tegucigalpa': Támara in Honduras, not Colombia's), as a location string that reads back as that village."""
        if found.place.kind != "city":
            return None
        countries = {f.place.country for f in towns if f is not found and (f.place.major or f.place.kind == "province")}
        for country in sorted(c for c in countries if c):
            whole = gazetteer().by_key(f"country:{country}")
            label = f"{found.written}, {whole.name}" if whole is not None else None
            loc = resolve_location(label) if label is not None else None
            if loc is not None and loc.kind == "city" and (loc.region or "").split("-")[0] == country:
                return label
        return None

    def _route_end(self, sentence: str, found: _Found) -> bool:
        """A town named as where a ship, a flight or people were going or came from ('en route vers Marseille',
        'متجهة إلى جزيرة جيجو', 'Jeju'ya giden', '제주로 향하던'): a route word right before it (at most two words
        between, none a locative word: 'vers l'île de Jeju') or right after it; not where it happened."""
        if self.route_before is not None:
            m = self.route_before.search(sentence[max(0, found.start - _TAIL) : found.start])
            between = (m.group(1) or "").lower().split() if m is not None else []
            if m is not None and not any(w in self.script_locatives or self._locative_word(w) for w in between):
                return True
        if not self.route_after:
            return False
        if sentence.startswith(found.written, found.start):
            end = found.start + len(found.written)
        else:
            word = _WORD.match(sentence, found.start)
            end = word.end() if word is not None else found.start + len(found.written)
        rest = sentence[end:]
        if self.spaced:  # the name's own ending first ("Jeju'ya", "제주로"), then the next word
            rest = re.sub(r"^['’]?\w*", "", rest, count=1).lstrip()
        else:  # or a division's or an island's word written onto the name ('済州島行き', '名古屋に向かう')
            particle = next((p for p in self.suffix_particles if rest.startswith(p)), "")
            rest = rest if rest.startswith(self.route_after) else rest[len(particle) :]
        return rest.lower().startswith(self.route_after)

    def _source_seat(self, sentence: str, found: _Found) -> bool:
        """Is the town written right after an office that sits there ('die Staatsanwaltschaft Lüneburg', 'la
        Fiscalía de Murcia', 'embahada ng Pilipinas sa Wellington'; `seat_nouns`), past short link words and a
        country's name? The office's seat, where the source speaks from, not where the figures happened. Not a
        state's or a province's office ('la Fiscalía de Hidalgo'): the division it serves holds the scene."""
        if not self.seat_nouns or found.place.kind != "city":
            return False
        for word in reversed(sentence[max(0, found.start - _TAIL) : found.start].split()[-_SEAT_REACH:]):
            bare = word.strip("'’\"«»,")
            if bare.lower() in self.seat_nouns:
                return True
            if not (len(bare) <= 3 and bare.islower()) and not self._country_name(bare):
                return False
        return False

    def _government(self, sentence: str, found: _Found) -> bool:
        """A capital named for its government ('Moscou a accusé', 'قالت بغداد', 'Ankara, ... açıkladı'): a speech
        or government verb right after or right before it, or (verb-final languages) the capital opening the
        sentence before a comma, the sentence closing on a speech verb."""
        if self.verb_after is None or self.verb_before is None or found.place.key not in _capital_keys():
            return False
        word = _WORD.match(sentence, found.start)
        end = word.end() if word is not None else found.start + len(found.written)
        after = sentence[end:].lower()
        if self.verb_after.match(after) or self.verb_before.search(sentence[: found.start].lower()):
            return True
        if self.verb_final and _NEAR_HEAD.match(sentence[: found.start]) and after.lstrip("'’").startswith(","):
            return any(v in after[-40:] for v in self.verbs)
        return False

    def article_place(self, title: str | None, text: str, named: Counter[str]) -> str | None:
        """The place an article is about, for the claims whose sentence names none: the title's town, else the
        first in the head of its text, else (a report that names nothing else) the town of its dateline, else the
        country it names most (not one of two named as often: one is often the victims' or the attackers')."""
        filed = self.dateline(text)
        if title:
            place = self.sentence_place(title, text, named, headline=True, figure=False)
            if place is not None:
                return place
        place = self.sentence_place(text[:_HEAD], text, named, filed=filed, figure=False)
        if place is None and filed is not None:
            town = self._dateline_town(filed, named, text)
            if town is not None and named and town.country not in named:
                town = None  # 'PARIS - ...' under 'Séisme au Maroc': the bureau abroad, not the country it names
            place = _label(town, self._evidence(text, named)) if town is not None else None
            if town is None and self._country_code(filed) is not None:
                place = filed  # a capital's dateline read as its country ('ROMA.': Italy)
        if place is None and self.vowel_letters:
            place = self._spelled_otherwise(text[:_DATELINE_HEAD], named)
        bare = named and (place is None or resolve_location(place).kind == "country")
        struck = self._struck_country(title, text, named) if bare else None
        if struck is not None:
            # no town: the country its disaster is named with ('el terremoto de Nepal'), not one named more often
            whole = gazetteer().by_key(f"country:{struck}")
            place = whole.name if whole is not None else place
        if place is None and named:  # no town: the country it names most
            whole = gazetteer().by_key(f"country:{self._first_of_most_named(title, text, named)}")
            place = whole.name if whole is not None else None
        if place is None and not named and (hint := self._sole_hint(f"{title or ''}\n{text}")) is not None:
            whole = gazetteer().by_key(f"country:{hint}")  # "السلطات الإندونيسية": the only country its adjectives
            place = whole.name if whole is not None else None  # name, in a report that names none
        return place

    def _dateline_town(self, filed: str, named: Counter[str], text: str) -> Place | None:
        """The place a dateline's town is: a Latin-script name as `_town` reads it, a name in another script as its
        script's reader does ('प्रयागराज।', 'بغداد -')."""
        if self.latin:
            return self._town(filed, named, False, text)
        town = next((f.place for f in self._script_towns(filed, named)), None)
        if town is not None and town.key in _capital_keys():  # '(서울=연합뉴스)': the wire's home bureau, as a
            return gazetteer().by_key(f"country:{town.country}")  # capital's Latin dateline: only its country
        return town

    def _struck_country(self, title: str | None, text: str, named: Counter[str]) -> str | None:
        """The first country of the title, else of the head of the text, named with a natural disaster's word ('el
        terremoto de Nepal', 'زلزال تركيا', 'Afganistan depremi'), if the text names it."""
        if self.hazard_before is None or self.hazard_after is None:
            return None
        # a country the title names is where it happened: a disaster of another country the text names by its
        # country is an earlier one ('56 000 morts en Russie' over '... après le séisme d'Haïti')
        titled = {code for _at, code in self._countries_at(self._keyed(title))} if title else set()
        for part in (title or "", text[:_HEAD]):
            keyed = part if self.latin else script_key(part)
            pattern, codes = self.countries
            for m in pattern.finditer(keyed):
                code = codes.get(m.group(1))
                if code is None or code not in named or not self._a_country(keyed, m):
                    continue
                if part is not title and titled and code not in titled:
                    continue
                before = keyed[max(0, m.start(1) - _TAIL) : m.start(1)]
                if self.hazard_before.search(before) or self.hazard_after.match(keyed, m.end(1), m.end(1) + _TAIL):
                    return code
        return None

    def _keyed(self, text: str) -> str:
        """The text as the country pattern reads it (a non-Latin one by `script_key`)."""
        return text if self.latin else script_key(text)

    def _sole_hint(self, text: str) -> str | None:
        """The only country the text's adjectives point to, if only one."""
        hints = self._hints(text)
        return next(iter(hints)) if len(hints) == 1 else None

    def _first_of_most_named(self, title: str | None, text: str, named: Counter[str]) -> str | None:
        """The country a text names most; of two or more named as often, the one its title, else its lead (first
        sentence), names first (where it happened; a country named as often further on is the victims' home or the
        migrants' destination), else none (one is often the victims', one the attackers')."""
        top = named.most_common()
        tied = {code for code, n in top if n == top[0][1]}
        if len(tied) == 1:
            return top[0][0]
        end = _SENTENCE_END.search(text, 0, _HEAD)
        for part in (title or "", text[: end.start() if end else _HEAD]):
            first = next((code for _at, code in sorted(self._countries_at(part)) if code in tied), None)
            if first is not None:
                return first
        return None

    def dateline(self, text: str) -> str | None:
        """The town written before a dash at the head of the text ('Liputan6.com, Jakarta - ...', 'Jakarta,
        IDN Times - ...'), as written."""
        if not self.latin:
            return wire_dateline(text)  # '新华社伊斯兰堡8月7日电', '(서울=연합뉴스)'
        dash = _DATELINE_DASH.search(text, 0, _DATELINE_HEAD)
        if dash is None or _DATELINE_END.search(text, 0, dash.start()):
            return self._stop_dateline(text)
        # 'MADRID, 12 Mar. (EUROPA PRESS) -': the town in capitals (read as a name), the agency left out
        head = _AGENCY.sub(" ", text[: dash.start()])
        if len(_LOWER_WORD.findall(head)) > _DATELINE_LOWER_WORDS:
            return None  # a sentence before a dash ('... ranne pod Wrocławiem - poinformowała policja'), no dateline
        head = _UPPER_WORD.sub(lambda m: m.group().title(), head)
        found = self._latin_towns(head, text, Counter(), False, True)
        return found[-1].written if found else None  # the town nearest the dash ("Berita Kita, Jakarta - ")

    def _stop_dateline(self, text: str) -> str | None:
        """The town a newspaper opens its report with in capitals and a full stop ('NICE. Un camion ...', 'GÉNOVA.
        Italia ...'): the town as the language writes it, if it is a place; a capital's country ('LE CAIRE.')."""
        m = _STOP_DATELINE.match(text)
        if m is None or m.group(1) != m.group(1).upper():
            return None
        written = m.group(1).title()
        found = self._latin_towns(written, text, Counter(), False, True)
        town = found[-1].place if found else self._town(written, Counter(), True, text)
        if town is None:
            return None
        if town.key in _capital_keys():  # 'TOKYO.', 'LE CAIRE.': a capital is the paper's bureau as often as
            whole = gazetteer().by_key(f"country:{town.country}")  # not: only its country is sure
            return whole.name if whole is not None else None
        return found[-1].written if found else written

    # -- towns ----------------------------------------------------------------------------------------------

    def _country_not_its_folded_town(self, f: _Found) -> bool:
        """Is the town's name as written the language's name of a country, which only its accents tell from the
        town's ('França' is France in Portuguese and Catalan; Brazil's Franca has no cedilla)?"""
        written, place = f.written, f.place
        return (
            place.kind == "city"
            and written in self.countries[1]
            and written != place.name
            and fold(written) == fold(place.name)
        )

    def _towns(
        self, sentence: str, body: str, named: Counter[str], headline: bool, figure: bool = False
    ) -> list[_Found]:
        found = (
            [
                f for f in self._latin_towns(sentence, body, named, headline, False)
                if not self._direction_noun(sentence, f) and not self._after_a_title(sentence, f)
                and not self._country_not_its_folded_town(f)
            ]
            if self.latin
            else self._script_towns(sentence, named, body)
        )  # fmt: skip
        if named:  # a report that names its countries: a town (or province) elsewhere is a misreading, unless a
            # big town of the country the text's adjectives point to ('um ataque russo contra Carcóvia ...
            # autoridades ucranianas': the attacker's country is often the one a report names), or a town after a
            # locative word in the sentence that states the figure ('en Miami dejó 11 muertos' in a report naming
            # the victims' Paraguay; not 'basé à Miami' in a report on Haiti)
            found = [
                f for f in found
                if f.place.country in named
                or f.place.kind not in ("city", "province")
                or f.anchored
                # "der Region Donezk": its word makes a first-level division sure (not a district abroad)
                or (f.divided and f.place.kind == "province" and f.place.key.count(".") < 2)
                or (f.place.major and ((figure and f.locative and not f.stem) or self._hinted(f.place.country, body)))
                # a big town of the language's own countries by its whole word ('زلزله‌زدگان هرات' in a Persian report
                # naming only the United States, the donor; not a stretch of CJK characters: '佛罗里达州' holds '达州')
                or (self.spaced and f.place.country in self.home and f.place.major and not f.stem)
            ]  # fmt: skip
        elif not self.latin:  # a script's everyday word that is a small foreign town's name too ('زنده', Sehnde),
            # unless the text's adjectives point to its country ('в северномакедонския град Кочани') or the sentence
            # names its state ('コネチカット州ニュータウン')
            states = {(f.place.country, f.place.admin1) for f in found if f.place.kind == "state"}
            found = [
                f for f in found
                if f.place.country in self.home or f.place.kind != "city" or f.place.population >= _FOREIGN_TOWN
                or (not f.stem and self._hinted(f.place.country, body))
                or (f.place.country, f.place.admin1) in states
                # 'في ميناء العقبة': a town by its word, unless the sentence names another state of its country
                or (not f.stem and f.place.country not in {c for c, _ in states} and after_a_town_word(
                    self.code, sentence, f.start))
            ]  # fmt: skip
        # A stem ('कार्' of 'कार्य', work) matches many words: only a town of the countries the text or its
        # language points to, a big town, or (in a report naming no country) a town of 100,000+ after a locative
        # word ('в Кременчуге'); a state's name with its ending taken off is the state ('во Флориде', 'в Техасе')
        return [
            f for f in found
            if not f.stem or f.place.country in named or f.place.country in self.home or f.place.population >= _BIG_TOWN
            or f.place.kind == "state"
            or _a_provinces_long_stem(f)
            or (not named and f.locative and f.place.population >= _FOREIGN_TOWN)
        ]  # fmt: skip


_STOPS = (". ", "。", "! ", "? ", "।", "۔")  # where a sentence of a stretch ends
_PROVINCE_STEM = 7  # letters a first-level province's stem has at least to be read with no country named


def _a_provinces_long_stem(f: _Found) -> bool:
    """A first-level province by a long stem of its name, as a state by its stem ('на Харьковщине': 'Харьковщина',
    Kharkiv oblast, in a Russian report naming no country): a stem that long is seldom some other word's."""
    return f.place.kind == "province" and f.place.key.count(".") < 2 and len(f.written) >= _PROVINCE_STEM


def _abroad_beside_a_state(found: list[_Found], named: Counter[str]) -> list[_Found]:
    """In a report that names no country, a sentence that names a US state names no town of another country
    ('Amoklauf bei Batman-Premiere: Zwölf Tote in Kino in Colorado': the film, not Batman in Turkey); the state
    names the country as a country's name would."""
    states = {f.place.country for f in found if f.place.kind == "state"}
    if named or not states:
        return found
    return [f for f in found if f.place.country in states or f.place.kind not in ("city", "province")]


def _a_quarters_state(sentence: str, found: _Found) -> bool:
    """A US state's name opening a town quarter's name ("utelivsstrøket Oregon District i Dayton"): no state."""
    end = found.start + len(found.written)
    return found.place.kind == "state" and a_quarters_name(found.written, sentence, end)


def _country_of_namesake(place: Place, named: Counter[str]) -> Place:
    """A state that bears the name of a country the text names as a country (Georgia in 'In Georgien kamen ...'
    with no US state word nor the US: `PlaceReader.countries_in` keeps it a country) is that country."""
    if place.kind != "state":
        return place
    folded = fold(place.name)
    country = next((p for p in gazetteer().lookup(folded) if p.kind == "country" and fold(p.name) == folded), None)
    return country if country is not None and country.country in named else place


def _run_start(text: str, start: int) -> int:
    """Where the run of capitalised words that a name at `start` ends begins ('Jana Palacha': at 'Jana')."""
    for _ in range(_RUN_WORDS):
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None or not m.group()[0].isupper():
            break
        start = m.start()
    return start


_LIST_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]|\.(?=\w))*|,|\S")
_LIST_NAMES = 3
_AFTER_COMMAS = re.compile(r",[\s,]*([^\s,])")  # the first character after a run of commas


def name_lists(sentence: str) -> list[tuple[int, int]]:
    """Spans of lists of three names or more, in any language written with capitals ("la Comunidad Valenciana,
    Andalucía y Castilla-La Mancha", "Kyiv, Lviv et Odessa"): a figure told beside a list is the whole's, not
    one of the places'. A name is a run of capitalised words; commas part them, a conjunction the last two."""
    if "," not in sentence:
        return []  # no list: the names before its conjunction are parted by commas (and no token to read)
    if not any(m.group(1).isupper() for m in _AFTER_COMMAS.finditer(sentence)):
        return []  # ... and a name follows a comma: its second name (a list's tokens are parted by white space)
    spans: list[tuple[int, int]] = []
    names: list[tuple[int, int]] = []  # the current list's names
    current: tuple[int, int] | None = None  # the name being read
    joined = False  # the list's last two names are parted by a short word: it ends with the next name
    expect_name = True
    for m in _LIST_TOKEN.finditer(sentence):
        word = m.group()
        if word[0].isupper():
            current = (current[0], m.end()) if current is not None and not expect_name else (m.start(), m.end())
            expect_name = False
            continue
        if current is not None:
            names.append(current)
            current = None
        if word == "," and names and not joined:
            expect_name = True
            continue
        if word in list_conjunctions() and len(names) >= 2 and not joined:
            joined, expect_name = True, True  # after two names or more parted by commas: "A, B y C"
            continue
        if joined and len(names) >= _LIST_NAMES:
            spans.append((names[0][0], names[-1][1]))
        names, joined, expect_name = [], False, True
    if current is not None:
        names.append(current)
    if joined and len(names) >= _LIST_NAMES:
        spans.append((names[0][0], names[-1][1]))
    return spans
