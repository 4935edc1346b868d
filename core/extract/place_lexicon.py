"""A language's place data compiled once (`PlaceLexicon`): the lexicon's locatives, particles, division
words and words that are no place, as the patterns `core.extract.world_places.PlaceReader` reads a report with.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from core.extract.place_words import (
    _MAX_ENDING,
    _NATURAL,
    _WORD_GAP,
    _adjective_between,
    _adjective_prefixes,
    _adjective_words,
    _country_pattern,
    _elided,
    _english_facilities,
    _first_letters,
    _hazard_word,
    _own_place,
)
from core.extract.script_places import (
    ScriptReading,
)
from core.places import Place
from core.places.index import data_lines, fold, gazetteer, script_key, words_by_language

_SHORT_PREPOSITION = 2  # letters of a preposition closing a route word that may take its article ('da' -> 'dalla')


def _route_pattern(phrase: str, spaced: bool) -> str:
    """A route word's pattern; its closing short preposition may take its article onto it ('partita da': "partita
    dalla Turchia", 'procedente de': "procedente del Perú")."""
    pattern = re.escape(phrase).replace(r"\ ", r"\s+")
    last = phrase.split()[-1] if phrase.split() else ""
    return pattern + r"\w{0,3}" if spaced and " " in phrase and len(last) <= _SHORT_PREPOSITION else pattern


class PlaceLexicon(ScriptReading):
    """A language's place data compiled once: country names, locatives, particles, words that are no place."""

    def __init__(self, lexicon: ModuleType) -> None:
        self.code: str = lexicon.LANGUAGE
        self.latin = bool(getattr(lexicon, "LATIN_PLACES", True))
        self.spaced = bool(getattr(lexicon, "SPACED", True))
        # names take case endings where the lexicon's words do (MATCH "prefix"), and where it says how many letters
        # one has (PLACE_ENDINGS: Tamil reads its words anywhere in a word, yet writes 'சென்னையில்', in Chennai)
        self.endings = lexicon.MATCH == "prefix" or int(getattr(lexicon, "PLACE_ENDINGS", 0)) > 0
        self.particles = tuple(sorted(getattr(lexicon, "JOINED_PARTICLES", ()), key=len, reverse=True))
        # (and its scale and number words: 'लाख' is a hundred thousand, not the Lacs district it transliterates)
        counting = (*getattr(lexicon, "SCALES", {}), *getattr(lexicon, "NUMBER_WORDS", {}))
        self.not_places = frozenset((*getattr(lexicon, "NOT_PLACES", ()), *(w for w in counting if " " not in w)))
        # "la Línea 12 del Metro": an everyday word news capitalises as an institution's, a far town's name too
        # (data/common_words.tsv; Metro, Indonesia), never a town in a Latin-script text of the language
        self.common_names = frozenset(fold(w) for w in words_by_language("common_words.tsv").get(self.code, ()))
        # "wie die Staatsanwaltschaft Lüneburg mitteilte", "la embajada de España en Nairobi": an office whose town is
        # its seat, not the scene (lexicon SOURCE_NOUNS of a prosecutor's or a coroner's kind, data/seat_nouns.tsv)
        sources = getattr(lexicon, "SOURCE_NOUNS", {})
        seats = [w for w, kind in sources.items() if kind in _SEAT_KINDS] if isinstance(sources, dict) else []
        self.seat_nouns = frozenset(
            w.lower() for w in (*seats, *words_by_language("seat_nouns.tsv").get(self.code, ())) if " " not in w
        )
        # "la Línea 12", "die Linie 3": a transport line's noun before a number (data/line_words.tsv)
        self.line_words = frozenset(fold(w) for w in words_by_language("line_words.tsv").get(self.code, ()))
        # The lexicon's own words (triggers, count and toll nouns, sources, speech verbs) are never a town
        # ('поліції' is the police, not Police in Poland; 'حصيلة' is the toll; 'מסרו', they reported, no Maseru):
        # their stems, which inflected forms begin with.
        phrases = {w for group in getattr(lexicon, "TRIGGERS", {}).values() for w in group}
        for name in ("COUNT_NOUNS", "TOLL_NOUNS", "SOURCE_NOUNS", "UPDATE_BEFORE", "SPEECH_VERBS"):
            phrases.update(getattr(lexicon, name, ()))
        single = {w.rstrip("*").lower() for phrase in phrases for w in phrase.split()}
        self.lexicon_stems = frozenset(w[:-1] if self.endings else w for w in single if len(w) >= 4)
        # ... and the indefinite ones: "in einer Bank" is a noun after its article, as "in der Bank" is
        indefinite = words_by_language("indefinite_articles.tsv").get(self.code, ())
        articles = sorted({*getattr(lexicon, "ARTICLES", ()), *indefinite}, key=len, reverse=True)
        self.article = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in articles) + r")\s*$") if articles else None
        )
        words = sorted(getattr(lexicon, "LOCATIVES", ()), key=len, reverse=True)
        self.locative = (
            re.compile(r"(?<!\w)(?:" + "|".join(_elided(w) for w in words) + rf"){_WORD_GAP}$", re.IGNORECASE)
            if words
            else None
        )
        extra = int(getattr(lexicon, "PLACE_ENDINGS", _MAX_ENDING if self.endings else 0))
        self.extra = extra
        self.home = tuple(getattr(lexicon, "HOME_COUNTRIES", ()))
        self.suffixes = tuple(getattr(lexicon, "PLACE_SUFFIXES", ()))
        self.nouns_capitalised = bool(getattr(lexicon, "CAPITALISED_NOUNS", False))
        # "Ankara'da": a name's case ending written after an apostrophe marks it a name wherever it stands
        self.apostrophe_endings = bool(getattr(lexicon, "APOSTROPHE_ENDINGS", False))
        # "İstanbul Atatürk Havalimanı": a facility named after its town, the town first
        self.facilities = tuple(fold(w) for w in getattr(lexicon, "NAMED_FACILITIES", ())) + (
            _english_facilities() if self.latin else ()
        )  # ... and one written in English ('al Wembley Stadium': data/named_facilities.tsv)
        # "Vilniuje" is "Vilnius": the endings a name has when not inflected, put back on its stem
        self.base_endings = tuple(getattr(lexicon, "PLACE_BASE_ENDINGS", ("a",)))
        # "كاتمندو" is "كاتماندو": long-vowel letters a transliterated name is written with or without
        self.vowel_letters = tuple(getattr(lexicon, "VOWEL_LETTERS", ()))
        # "부산에서": particles written onto the end of a name; "ရန်ကုန်မြို့": a town's word (data/suffix_particles.tsv)
        joined = tuple(getattr(lexicon, "SUFFIX_PARTICLES", ()))
        joined += words_by_language("suffix_particles.tsv").get(self.code, ())
        self.suffix_particles = tuple(sorted(dict.fromkeys(joined), key=len, reverse=True))
        # "聖馬刁縣", "サンマテオ郡": a county's word after a name (data/county_endings.tsv)
        self.county_after = tuple(words_by_language("county_endings.tsv").get(self.code, ()))
        # "Sincar bölgesinden": a region's word in the ablative after a name, an origin (data/origin_after.tsv)
        self.origin_region_words = tuple(words_by_language("origin_after.tsv").get(self.code, ()))
        self.suffix_pattern = (
            re.compile("|".join(re.escape(p) for p in self.suffix_particles)) if self.suffix_particles else None
        )
        # "Києві" is "Київ", "Харкові" "Харків": a stem's last vowel as the name writes it (lexicon PLACE_STEM_VOWELS)
        self.stem_vowels: dict[str, str] = dict(getattr(lexicon, "PLACE_STEM_VOWELS", {}))
        # "منى" (Mina), "진도" (Jindo): places the gazetteer has no name for in the language's script, as English news
        # names them (lexicon PLACE_NAMES: written name -> (English name, country))
        self.own_names: dict[str, tuple[str, Place]] = {
            script_key(written): (english, _own_place(english, country))
            for written, (english, country) in getattr(lexicon, "PLACE_NAMES", {}).items()
        }
        self.own_keys = frozenset(p.key for _e, p in self.own_names.values())
        # "Turkissa", "Kreikassa": a name's last double consonant single before an ending (lexicon PLACE_GRADATION)
        gradation: dict[str, str] = dict(getattr(lexicon, "PLACE_GRADATION", {}))
        # "ملک بھر میں", "en todo el país": a figure of the whole country, whatever town the sentence names
        spread = sorted(getattr(lexicon, "NATIONWIDE", ()), key=len, reverse=True)
        left, right = (r"(?<!\w)", r"(?!\w)") if self.spaced and self.latin else ("", "")
        # (a look-ahead for the words' first letters before the look-behind: the same matches, tried only there)
        opening = _first_letters(spread, ()) + left if left else ""
        self.nationwide = (
            re.compile(opening + "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in spread) + ")" + right)
            if spread
            else None
        )
        # "রাজধানীর চকবাজারে" (in the capital's Chawkbazar): the capital of the country the report names, else of
        # the language's (lexicon CAPITAL_WORDS)
        capital = sorted(getattr(lexicon, "CAPITAL_WORDS", ()), key=len, reverse=True)
        opening = _first_letters(capital, ()) + left if left else ""
        self.capital_words = (
            re.compile(opening + "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in capital) + ")")
            if capital
            else None
        )
        # "محافظة إدلب", "ইদলিব প্রদেশ", "四川省": a division's word written before or after a name makes it the
        # province of that name, not a town (lexicon PROVINCE_WORDS_BEFORE, PROVINCE_WORDS; in a language with
        # endings a word beginning with one: 'області', 'প্রদেশে')
        self.province_before = tuple(script_key(w) for w in getattr(lexicon, "PROVINCE_WORDS_BEFORE", ()))
        self.province_after = tuple(script_key(w) for w in getattr(lexicon, "PROVINCE_WORDS", ()))
        # ... and with a joined particle ('بمحافظة' is 'ب' + 'محافظة')
        self.division_forms = (*self.province_before, *(p + w for p in self.particles for w in self.province_before))
        after = sorted(self.province_after, key=len, reverse=True)
        self.province_pattern = re.compile("|".join(map(re.escape, after))) if after and not self.spaced else None
        # "Nordsyrien", "Osttürkei": a compass word compounded with a country's name (lexicon COUNTRY_PREFIXES)
        prefixes = tuple(getattr(lexicon, "COUNTRY_PREFIXES", ()))
        self.countries = _country_pattern(
            self.code, self.latin, self.spaced, self.endings, extra, self.particles, gradation, prefixes,
            tuple(getattr(lexicon, "SUFFIX_PARTICLES", ())),
        )  # fmt: skip
        # "Helsingissä" is "Helsinki": a stem's weak consonants as the name writes them strong (PLACE_GRADATION)
        self.ungraded = {weak: strong for strong, weak in gradation.items()}
        # "tres turistas de Alemania", "warga negara Australia", "36enne della Romania": a country named as the
        # people's origin, not where it happened (lexicon ORIGIN_BEFORE: words right before the country's name)
        # ... and data/origin_words.tsv's words, whole words only ('jemaah haji Indonesia', 'Минобороны России')
        table = _table_origin_words().get(self.code, {})
        origin = sorted(getattr(lexicon, "ORIGIN_BEFORE", ()), key=len, reverse=True)
        own = [re.escape(w.lower()).replace(r"\ ", r"\s+") for w in origin]
        # (keyed as a non-Latin text is read: 'أغلبهم من' is read in 'اغلبهم من')
        before = [w if self.latin else script_key(w) for w in table.get("before", ())]
        own += [r"(?<!\w)" + re.escape(w.lower()).replace(r"\ ", r"\s+") for w in before]
        self.origin = re.compile("(?:" + "|".join(own) + r")\s*$") if own else None
        # "8名中国公民": a country with a people's word right after it (data/origin_words.tsv 'after')
        after = sorted(map(script_key, table.get("after", ())), key=len, reverse=True)
        self.origin_after = re.compile("|".join(map(re.escape, after))) if after else None
        # "Venäjän ohjusisku", "Venäjän drooni-isku", "Rusya'nın saldırısı": a country's name (in the genitive) right
        # before an attack's noun (at most two words between) is the attacker's, not where it happened (lexicon
        # ATTACK_AFTER: the nouns' stems)
        attack = sorted(getattr(lexicon, "ATTACK_AFTER", ()), key=len, reverse=True)
        self.attack = (
            re.compile(
                r"^['’]?\w{0,4}\s+(?:[\w'’-]+\s+){0,2}(?:\w+-)?(?:"
                + "|".join(re.escape(w.lower()) for w in attack)
                + ")"
            )
            if attack
            else None
        )
        # "en route vers Marseille", "متجهة إلى جزيرة جيجو", "Jeju'ya giden", "开往济州岛": where a ship, a flight or
        # people were going or came from, not where it happened (lexicon ROUTE_BEFORE, ROUTE_AFTER)
        # (and data/route_words.tsv's, for a language whose lexicon gives none: 'på vei fra Barcelona til Düsseldorf')
        table_route = _table_words("route_words.tsv").get(self.code, {})
        route = sorted({*getattr(lexicon, "ROUTE_BEFORE", ()), *table_route.get("before", ())}, key=len, reverse=True)
        gap = r"\s+" if self.spaced else r"\s*"
        # the route's town may carry its state in brackets or after a comma ("procedente de Wichita (Kansas)":
        # Kansas is the route's end too)
        self.route_before = (
            re.compile(
                (r"(?<!\w)(?:" if self.spaced else "(?:")
                + "|".join(_route_pattern(w, self.spaced) for w in route)
                + rf"){gap}"
                r"((?:[^\W\d_A-ZÀ-ÖØ-Þ][\w'’-]*\s+){0,2})"
                + (r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*)?\s*[(,]\s*)?$" if self.spaced else "$"),
                re.IGNORECASE,
            )
            if route
            else None
        )
        self.route_after = tuple(
            w.lower() for w in (*getattr(lexicon, "ROUTE_AFTER", ()), *table_route.get("after", ()))
        )
        # "भूकंप के झटके दिल्ली तक महसूस किए गए": a sentence saying where a quake was felt names towns it did not
        # strike (lexicon FELT_WORDS, and data/felt_words.tsv's: 'Deprem Ankara'da da hissedildi')
        felt = (*getattr(lexicon, "FELT_WORDS", ()), *words_by_language("felt_words.tsv").get(self.code, ()))
        self.felt_words = tuple(script_key(w) for w in dict.fromkeys(felt))
        # "el terremoto de Nepal", "il terremoto in Afghanistan", "زلزال تركيا", "Afganistan depremi": a country named
        # with a natural disaster's word (lexicon HAZARD_FAMILIES: quake, water) is where it struck, whatever country
        # the text names more often (the one whose people died there, or that sends help)
        natural = [w for f in _NATURAL for w in getattr(lexicon, "HAZARD_FAMILIES", {}).get(f, ())]
        hazard = "|".join(_hazard_word(w) for w in sorted(natural, key=len, reverse=True))
        space = r"\s+" if self.spaced else r"\s*"
        self.hazard_before = (
            re.compile(rf"(?<!\w)(?:{hazard}){space}(?:[^\W\d_]{{1,4}}(?:['’]|{space})){{0,2}}$", re.IGNORECASE)
            if natural
            else None
        )
        ending = r"(?:['’]?\w{0,5})?" if self.spaced else ""  # 'Afganistan depremi'; '土耳其地震' (no ending)
        self.hazard_after = re.compile(rf"{ending}{space}(?:{hazard})", re.IGNORECASE) if natural else None
        # "80 Kilometer nördlich von Bogotá", "à 80 km de Bogota": a town a distance is measured from is not where it
        # happened; its region is (lexicon DISTANCE_UNITS, then BEARING_BEFORE); a bearing alone ('au nord de Bogota')
        # is near enough to be the town, as in English
        bearing = sorted(getattr(lexicon, "BEARING_BEFORE", ()), key=len, reverse=True)
        units = sorted(getattr(lexicon, "DISTANCE_UNITS", ()), key=len, reverse=True)
        self.bearing = (
            re.compile(
                r"\d[\d.,]*\s*(?:"
                + "|".join(re.escape(u) for u in units)
                + r")\.?\s+(?:"
                + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in bearing)
                + r")\s*$",
                re.IGNORECASE,
            )
            if bearing and units
            else None
        )
        # "Москва обвинила", "قالت بغداد", "Paris a condamné": a capital named for its government (lexicon
        # SPEECH_VERBS and GOVERNMENT_VERBS, right after or right before the name), not where it happened
        verbs = {*getattr(lexicon, "SPEECH_VERBS", ()), *getattr(lexicon, "GOVERNMENT_VERBS", ())}
        verb_body = "|".join(re.escape(v.lower()) for v in sorted(verbs, key=len, reverse=True))
        # ... and 'selon Kiev', 'según Moscú' (ACCORDING_BEFORE): the government as the source
        before_body = "|".join(
            re.escape(v.lower())
            for v in sorted({*verbs, *getattr(lexicon, "ACCORDING_BEFORE", ())}, key=len, reverse=True)
        )
        self.verb_after = re.compile(rf"^\W{{0,3}}(?:{verb_body})") if verbs else None
        self.verb_before = re.compile(rf"(?<!\w)(?:{before_body})\w{{0,2}}\W{{0,3}}$") if verbs else None
        self.verb_final = bool(getattr(lexicon, "VERB_FINAL", False))
        self.verbs = tuple(v.lower() for v in verbs)
        # "del Camino", "di Sopra", "am Main": lower-case words inside a place's name (lexicon PLACE_NAME_LINKS)
        links = sorted(getattr(lexicon, "PLACE_NAME_LINKS", ()), key=len, reverse=True)
        link = "(?:(?:" + "|".join(re.escape(w) for w in links) + r")\s+)?" if links else ""
        self.capitalised = re.compile(rf"(?<!\w)[A-ZÀ-ÖØ-ÞĀ-ſ][\w'-]+(?:\s+{link}[A-ZÀ-ÖØ-ÞĀ-ſ][\w'-]+){{0,3}}")
        self.links = frozenset(w for phrase in links for w in phrase.split())
        # "Sivrice ilçesinde", "Kazan kentinde": a town's or a village's word after a name makes it one (lexicon
        # TOWN_WORDS; words beginning with one)
        self.town_words = tuple(w.lower() for w in getattr(lexicon, "TOWN_WORDS", ()))
        # "في مانشستر", "в Лондоне", "लंदन में": a script's locative words before a name (LOCATIVES) or after it
        # (LOCATIVES_AFTER)
        self.script_locatives = frozenset(script_key(w).lower() for w in getattr(lexicon, "LOCATIVES", ()))
        self.locatives_after = frozenset(script_key(w).lower() for w in getattr(lexicon, "LOCATIVES_AFTER", ()))
        # "بعمّان": a locative particle joined to the name (lexicon JOINED_LOCATIVES), as sure as "في عمّان"
        self.joined_locatives = tuple(sorted(getattr(lexicon, "JOINED_LOCATIVES", ()), key=len, reverse=True))
        # "удар по Сумам": an attack's words before its target's name (data/target_words.tsv), a locative of their own
        targets = words_by_language("target_words.tsv").get(self.code, ())
        self.target_before = frozenset(script_key(w).lower() for w in targets)
        # "nello stato americano della Georgia": a US state's word before a name a country bears (data/state_words.tsv)
        self.state_before = tuple(fold(w) for w in words_by_language("state_words.tsv").get(self.code, ()))
        # "el edificio Windsor", "la tour Hamilton": a name right after a building's or a street's word is the
        # building's (lexicon BUILDING_WORDS); "l'hôpital de Gaza" (a preposition between) names the town
        # ... and one after a river's, a lake's or a mountain's word ('el río Magdalena', 'il fiume Seveso': lexicon
        # FEATURE_WORDS): the index holds no natural features, and a town of that name is another place
        features = (*getattr(lexicon, "BUILDING_WORDS", ()), *getattr(lexicon, "FEATURE_WORDS", ()))
        buildings = sorted((w.lower() for w in features), key=len, reverse=True)
        stretch = r"\w*" if self.endings else ""
        self.buildings = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in buildings) + rf"){stretch}\s+$", re.IGNORECASE)
            if buildings
            else None
        )
        # "Tanjung Karawang": a cape's or a bay's word opening a name (data/coast_words.tsv) is no town of its own
        self.coast_words = frozenset(words_by_language("coast_words.tsv").get(self.code, ()))
        # "Debrecenben", "Helsingissä": a name in a locative case is where it happened (lexicon LOCATIVE_ENDINGS)
        self.locative_endings = tuple(sorted(getattr(lexicon, "LOCATIVE_ENDINGS", ()), key=len, reverse=True))
        # "Βόλο" is "Βόλος": the endings a name in another script has when not inflected (PLACE_BASE_ENDINGS)
        # ... and the plural names' endings of data/place_endings.tsv ('Сум', 'Сумах': 'Суми')
        own_endings = tuple(getattr(lexicon, "PLACE_BASE_ENDINGS", ()))
        plural_endings = words_by_language("place_endings.tsv").get(self.code, ())
        self.script_base_endings = tuple(dict.fromkeys((*own_endings, *plural_endings))) if not self.latin else ()
        # "departamento del Cauca", "Kabupaten Sumedang", "județul Gorj": Latin-script division words before a name
        division = sorted(getattr(lexicon, "PROVINCE_WORDS_BEFORE", ()), key=len, reverse=True) if self.latin else []
        self.division_before = (
            re.compile(r"(?<!\w)(?:" + "|".join(_elided(w) for w in division) + rf"){_WORD_GAP}$", re.IGNORECASE)
            if division
            else None
        )
        # "el condado de Miami-Dade", "le comté d'Orange": a US county named in the language, the county (lexicon
        # COUNTY_WORDS_BEFORE), not a town that bears its name
        # (and data/county_words.tsv's, for a language whose lexicon gives none: 'im Bezirk San Mateo')
        table_county = words_by_language("county_words.tsv").get(self.code, ())
        county_words = {*getattr(lexicon, "COUNTY_WORDS_BEFORE", ()), *table_county}
        county = sorted(county_words, key=len, reverse=True) if self.latin else []
        self.county_before = (
            re.compile(r"(?<!\w)(?:" + "|".join(_elided(w) for w in county) + rf"){_WORD_GAP}$", re.IGNORECASE)
            if county
            else None
        )
        # ... with the country's adjective between ('la provincia marroquí de Al Haouz'): a province no town bears the
        # name of ('la provincia española de Valencia' is read as the town, Spain's by the adjective)
        self.division_loosely = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(_adjective_between(w) for w in division) + rf"){_WORD_GAP}$", re.IGNORECASE
            )
            if division
            else None
        )
        # "españolas", "українські": a people's adjective begins as its country's name does (scripts with capitals);
        # "الكورية", "नेपाली": the name with the language's affixes (lexicon ADJECTIVE_PREFIXES, ADJECTIVE_DROP,
        # ADJECTIVE_SUFFIXES) in scripts without
        self.adjective_joins: dict[str, str] = dict(getattr(lexicon, "ADJECTIVE_JOINS", {}))
        self.adjective_endings = tuple(script_key(e) for e in getattr(lexicon, "ADJECTIVE_SUFFIXES", ()))
        cased = self.latin or any(w[:1].isupper() for w, _c in gazetteer().country_names(self.code))
        self.adjectives = _adjective_prefixes(self.code) if cased else None
        # ... less the lexicon's common words that begin as a country's name does ('reunión', a meeting, is no
        # adjective of Réunion's: lexicon NOT_ADJECTIVES)
        self.not_adjectives = frozenset(w.lower() for w in getattr(lexicon, "NOT_ADJECTIVES", ()))
        self.adjective_words = _adjective_words(
            self.code,
            tuple(getattr(lexicon, "ADJECTIVE_PREFIXES", ())),
            tuple(getattr(lexicon, "ADJECTIVE_DROP", ())),
            tuple(getattr(lexicon, "ADJECTIVE_SUFFIXES", ())),
            dict(getattr(lexicon, "ADJECTIVE_JOINS", {})),
            dict(getattr(lexicon, "ADJECTIVE_STEMS", {})),
            frozenset(getattr(lexicon, "NOT_ADJECTIVES", ())),
        )
        # "भारतीय नम्बरको बस": a people's adjective on a vehicle's number plate tells where it is registered, not where
        # it is (lexicon OBJECT_WORDS_AFTER: the words right after the adjective)
        # ... nor one before an attacker's weapon or force ('पाकिस्तानी सेना की गोलाबारी': who attacked, no place;
        # data/attacker_nouns.tsv)
        attackers = words_by_language("attacker_nouns.tsv").get(self.code, ())
        objects = (*getattr(lexicon, "OBJECT_WORDS_AFTER", ()), *attackers)
        after_object = sorted(map(script_key, objects), key=len, reverse=True)
        self.object_after = (
            re.compile(r"\s*(?:" + "|".join(map(re.escape, after_object)) + ")") if after_object else None
        )

    def article_word(self, word: str) -> bool:
        """An article ('El', 'Los', 'La') as it may open a town's name ('El Paso')."""
        return self.article is not None and self.article.search(word.lower() + " ") is not None

    def _function_word(self, word: str) -> bool:
        """A locative word, an article or a division word ('En', 'La', 'Kabupaten') that may open a capitalised run
        before a place name."""
        return any(r is not None and r.search(word + " ") for r in (self.locative, self.article, self.division_before))

    def _joined(self, word: str) -> str:
        """The word with the letters the lexicon joins ('اسراييلية', as 'إسرائيلية' is keyed, is 'اسرايلية')."""
        for joined, one in self.adjective_joins.items():
            word = word.replace(joined, one)
        return word

    def _locative_word(self, word: str) -> bool:
        return self.locative is not None and self.locative.search(word + " ") is not None


_SEAT_KINDS = frozenset(("prosecutor", "coroner"))  # the SOURCE_NOUNS kinds of an office that sits in a seat town


@lru_cache(maxsize=4)
def _table_words(table: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """Language -> side ('before', 'after') -> the words a (language, side, words) table gives it."""
    out: dict[str, dict[str, list[str]]] = {}
    for language, side, words in data_lines(table):
        out.setdefault(language, {}).setdefault(side, []).append(words)
    return {code: {side: tuple(w) for side, w in sides.items()} for code, sides in out.items()}


@lru_cache(maxsize=1)
def _table_origin_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """Language -> side ('before', 'after') -> the words data/origin_words.tsv gives it."""
    out: dict[str, dict[str, list[str]]] = {}
    # (a country at a border is no scene either: 'cerca de la frontera con Estados Unidos', data/border_words.tsv)
    for table in ("origin_words.tsv", "border_words.tsv"):
        for language, side, words in data_lines(table):
            out.setdefault(language, {}).setdefault(side, []).append(words)
    return {code: {side: tuple(w) for side, w in sides.items()} for code, sides in out.items()}
