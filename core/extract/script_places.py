"""Towns named in a non-Latin script ('غزة', '天津', 'Вінниця', 'ঢাকায়'), read for `core.extract.world_places`'s
`PlaceReader`: GeoNames alternate names of towns in the places index, with the language's joined particles, suffix
particles, endings and stem vowels (lexicon data), 2-4 character windows for text without spaces, and the provinces
named beside a division's word."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise

from core.extract.place_words import (
    _BIG_TOWN,
    _FOREIGN_TOWN,
    _LONG_WINDOW,
    _MARKS,
    _MAX_ENDING,
    _SHORT_STEM,
    _STEM_WORD,
    _WINDOWS,
    _WORD,
    _county_named,
    _Found,
    _label,
)
from core.places import Place
from core.places.index import data_lines, gazetteer, script_key, words_by_language
from core.places.transliteration import transliterated_town

_ALEF, _HAMZA = "\u0627", "\u0621"
# people a town read by its Latin spelling has at least (a village's name is too often some word's spelling)
_SPELLED_TOWN = 1_000
_NAME_REACH = 30  # characters around a country's name looked at for the longer name it may be a word of
_SUFFIXED_NAME = 3  # letters (Hangul syllables) a name found by taking a particle off has at least to be read abroad


def _a_country_word(word: str, cuts: list[int]) -> bool:
    """Is the word a country's name in some language, whole or with one of the endings `cuts` may take off
    ('মিয়ানমারে': Myanmar and an ending)?"""
    written = gazetteer().countries_written()
    return any(w in written for w in (word, *(word[: len(word) - c] for c in cuts)))


@lru_cache(maxsize=4)
def _holds_a_capital(text: str) -> bool:
    """Does `text` write a capital letter anywhere? Asked for the same article text by each of its sentences: read
    once per text, each character's test in C (`map`) rather than a Python step per character."""
    return any(map(str.isupper, text))


class ScriptReading:
    """The reading of names in other scripts: `PlaceReader` (which compiles these attributes from its lexicon)
    is one."""

    code: str

    spaced: bool
    endings: bool
    extra: int
    particles: tuple[str, ...]
    not_places: frozenset[str]
    lexicon_stems: frozenset[str]
    home: tuple[str, ...]
    suffix_particles: tuple[str, ...]
    county_after: tuple[str, ...]
    suffix_pattern: re.Pattern[str] | None
    stem_vowels: dict[str, str]
    own_names: dict[str, tuple[str, Place]]
    province_after: tuple[str, ...]
    division_forms: tuple[str, ...]
    province_pattern: re.Pattern[str] | None
    script_locatives: frozenset[str]
    joined_locatives: tuple[str, ...]
    locatives_after: frozenset[str]
    target_before: frozenset[str]
    script_base_endings: tuple[str, ...]
    vowel_letters: tuple[str, ...]

    def _evidence(self, body: str, named: Counter[str]) -> frozenset[str]:
        """The countries a place may be given in (`PlaceReader` reads them from the text)."""
        raise NotImplementedError

    def _division_before(self, word: str) -> bool:
        """Is the word a division word written before a name, also with a joined particle ('بمحافظة' is 'ب' +
        'محافظة')?"""
        return word.startswith(self.division_forms) if self.endings else word in self.division_forms

    def _division_word(self, word: str | None, words: tuple[str, ...]) -> bool:
        """Is the word one of the division words (one beginning with one, in a language with endings)?"""
        if word is None or not words:
            return False
        return word.startswith(words) if self.endings else word in words

    def _after_a_target_word(self, words: list[tuple[int, str]], index: int) -> bool:
        """Do an attack's words stand right before the word ('обстрел Харькова', 'удар по Сумам': its target)?"""
        if not self.target_before or index == 0:
            return False
        one = words[index - 1][1].lower()
        return one in self.target_before or (index > 1 and f"{words[index - 2][1].lower()} {one}" in self.target_before)

    def _no_joined_ending(self, text: str, end: int) -> bool:
        """Does a name found before `end` run on into a longer word whose rest is none of the language's joined
        endings (data/joined_endings.tsv; 'মালিকের', the owner's, is 'মালি' + 'কের': no Mali)? False in a language
        with no endings listed."""
        rest = _WORD_REST.match(text, end)
        return rest is not None and self._not_an_ending(rest.group())

    def _county_word(self, word: str) -> bool:
        """Is the word a county's word written before its name (data/county_words.tsv), a particle joined before it
        ('بمقاطعة')?"""
        return word.endswith(_county_words(self.code))  # (str.endswith of a tuple: any of them; none when empty)

    def _abroad_town(self, place: Place, named: Counter[str] | None) -> bool:
        """Is the place a town of none of the text's or the language's countries? After a county's word it names a
        county of the same name (often a US one), not a namesake town abroad; a province of that name was read
        before, beside its word."""
        return place.kind == "city" and place.country not in (*self.home, *(named or ()))

    def _not_an_ending(self, rest: str) -> bool:
        """Is the rest of a word after a name none of the language's joined endings (when it lists some)?"""
        endings = _joined_endings(self.code)
        return bool(endings) and bool(rest) and rest not in endings

    def _not_a_place(self, word: str) -> bool:
        if word in self.not_places or word in _common_words(self.code):
            return True
        lower = word.lower()
        if not self.endings:
            return lower in self.lexicon_stems
        # a short stem ('val' of 'vali', the governor) only with the language's endings after it: 'valinin', not
        # 'Valencia'
        return any(
            lower[:k] in self.lexicon_stems and (k >= _SHORT_STEM or len(lower) - k <= self.extra + 1)
            for k in range(3, len(lower) + 1)
        )

    def _heads_a_longer_name(self, text: str, start: int, end: int) -> bool:
        """Is a country's name at text[start:end] one word of a longer place's name the index writes in the script
        ('в Джерси-Сити', 'בג'רזי סיטי', 'ジャージーシティ': Jersey City; 'בניו ג'רזי': New Jersey)? The text names
        that town or state, not the country (as "New Jersey'nin" names no Jersey in a Latin script)."""
        if not self.spaced:
            run = next(
                (m for m in _KATAKANA_RUN.finditer(text, max(0, start - _LONG_WINDOW)) if m.start() <= start), None
            )
            whole = (
                [run.group()] if run is not None and run.end() >= end and run.end() - run.start() > end - start else []
            )
            return self._a_town_or_state(whole)
        window = max(0, start - _NAME_REACH)
        words = list(_WORD.finditer(text, window, min(len(text), end + _NAME_REACH)))
        at = next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)
        if at is None:
            return False
        longer: list[str] = []
        for first, second in ((at - 1, at), (at, at + 1)):
            if first < 0 or second >= len(words):
                continue
            gap = text[words[first].end() : words[second].start()]
            if gap not in (" ", "-"):
                continue
            head = words[first].group()
            heads = [head, *(head[len(p) :] for p in self.particles if head.startswith(p) and len(head) > len(p) + 1)]
            longer += [f"{h}{gap}{words[second].group()}" for h in heads]
        return self._a_town_or_state(longer)

    def _a_town_or_state(self, names: list[str]) -> bool:
        """Does the index know one of the names (an apostrophe written either way) as a town's or a state's?"""
        forms = [script_key(form) for name in names for form in _apostrophe_forms(name)]
        found = gazetteer().script_names(forms) if forms else {}
        return any(not key.startswith("country:") for _name, key in found.values())

    def _capitalised_town(self, word: str) -> bool:
        """Is the word, in a script with capitals, a town's whole name written with its capital ('στα Πολιτικά',
        a village, though the lexicon's 'πολιτική προστασία' gives the stem 'πολιτικ')? A lexicon's stem blocks
        the words it begins, not a town's own name; the lexicon's own words ('NOT_PLACES') stay blocked."""
        if not word[:1].isupper() or word in self.not_places:
            return False
        return word in gazetteer().script_names([word])

    def _spelled_otherwise(self, head: str, named: Counter[str]) -> str | None:
        """A big town at the head of the text (where the dateline stands) whose name the gazetteer spells with one
        long-vowel letter more or less ('كاتمندو' for 'كاتماندو'): in a country the text names, or the language's."""
        variants: dict[str, int] = {}
        for m in _WORD.finditer(head):
            word = script_key(m.group())
            if len(word) < _STEM_WORD or self._not_a_place(word):
                continue
            for i in range(2, len(word)):
                for letter in self.vowel_letters:
                    variants.setdefault(word[:i] + letter + word[i:], m.start())
                if word[i - 1] in self.vowel_letters:
                    variants.setdefault(word[: i - 1] + word[i:], m.start())
        found = gazetteer().script_names(variants)
        places = [(variants[w], gazetteer().by_key(key)) for w, (_name, key) in found.items()]
        fitting = [
            (at, p) for at, p in places
            if p is not None and p.population >= _BIG_TOWN // 5 and (p.country in named or p.country in self.home)
        ]  # fmt: skip
        if not fitting:
            return None
        return _label(min(fitting, key=lambda f: f[0])[1], self._evidence(head, named))

    def _script_towns(self, sentence: str, named: Counter[str] | None = None, body: str = "") -> list[_Found]:
        """Towns named in a non-Latin script, in the order they are tried (see the module's docstring). A name
        found by taking a particle off its end is a town of the language's own countries or of one the text names
        ('네팔 카트만두에서': Kathmandu in a text that names Nepal)."""
        steps: list[tuple[int, bool, str, bool]] = []  # (offset, in the stems table, candidate, inflected)
        persons: frozenset[int] = frozenset()  # offsets of capitalised words right before another one
        suffixed: set[str] = set()  # candidates found by taking a suffix particle off
        located: set[int] = set()  # offsets of words after (or before) a locative word
        joined_located: set[tuple[int, str]] = set()  # (offset, name) after a locative particle joined to it
        after_county: set[int] = set()  # offsets of words right after a county's word ('مقاطعة أوكلاند')
        provinces: list[tuple[int, str]] = []  # (offset, candidate) beside a division word: a province's name
        beside_division: set[str] = set()  # inflected pairs read with their division word ('Харківської області')
        relettered: set[str] = set()  # names read with the index's Persian or Arabic letters ('ننگرہار')
        again: list[tuple[int, bool, str, bool]] = []  # the steps so read, tried after all the others
        if self.province_pattern is not None:  # "四川省": the stretch before a province's word
            for m in self.province_pattern.finditer(sentence):
                provinces += [
                    (m.start() - n, sentence[m.start() - n : m.start()])
                    for n in range(_LONG_WINDOW, 1, -1)
                    if m.start() - n >= 0
                ]
        if not self.spaced:  # no spaces between words: try every 2-4 character stretch
            # a longer name ('卡赫拉曼马拉什', 'カフラマンマラシュ') before a province's, a town's or a sea's word or a
            # particle ('省', '県', '沖', 'で'; lexicon SUFFIX_PARTICLES), first: it wins over a shorter one there
            for m in self.suffix_pattern.finditer(sentence) if self.suffix_pattern is not None else ():
                steps += [
                    (m.start() - n, False, sentence[m.start() - n : m.start()], False)
                    for n in range(_LONG_WINDOW, _WINDOWS[0], -1)
                    if m.start() - n >= 0
                ]
            # ... and a whole run of katakana longer than a window ('ニュータウン'): a foreign name is written whole
            steps += [(m.start(), False, m.group(), False) for m in _KATAKANA_RUN.finditer(sentence)]
            windows = [(s, False, sentence[s : s + n], False) for s in range(len(sentence)) for n in _WINDOWS]
            steps += [step for step in windows if len(step[2]) >= 2 and not step[2][0].isspace()]
            # a stretch that cuts a run of katakana ('マン' of 'マンチェスター') is no name: a foreign name is written
            # whole in katakana
            steps = [step for step in steps if not _cuts_a_run(sentence, step[0], step[0] + len(step[2]))]
        else:
            matches = list(_WORD.finditer(sentence))
            words = [(m.start(), script_key(m.group())) for m in matches]
            locatives = _script_locative_endings(self.code)
            persons = _before_a_surname(sentence, matches)
            for index, (start, word) in enumerate(words):
                following = words[index + 1][1] if index + 1 < len(words) else None
                before_word = words[index - 1][1].lower() if index > 0 else None
                if (
                    before_word in self.script_locatives
                    or (following or "").lower() in self.locatives_after
                    or self._after_a_target_word(words, index)
                ):
                    located.add(start)  # "في مانشستر", "लंदन में": after or before a locative word; "удар по Сумам"
                if self._division_word(following, self.province_after):  # "ইদলিব প্রদেশ", "گلگت بلتستان صوبے"
                    provinces.append((start, word))
                    if index > 0:
                        provinces.append((words[index - 1][0], f"{words[index - 1][1]} {word}"))
                if index > 0 and self._county_word(words[index - 1][1]):
                    after_county.add(start)
                if index > 0 and self._division_before(words[index - 1][1]):
                    # "محافظة إدلب", "بمحافظة ظفار" (a joined particle on the division word)
                    provinces += [(start, f"{word} {following}")] if following else []
                    provinces.append((start, word))
                pair = f"{word} {following}" if following is not None else None
                # "в Джерси-Сити", "በባሕር ዳር": a name of two words joined by a hyphen or a space, as the text
                # writes it first, then as the index may ('Джерси-Сити', 'ባሕር-ዳር')
                hyphened = pair is not None and sentence[matches[index].end() : words[index + 1][0]] == "-"
                # "в Нью-Йорке", "у Лас-Вегасі", "порту Бендер-Аббаса", "у Лас Вегасу": a name of two words whose
                # last takes the ending, so the pair less it, joined as written, then the other way
                capitals = following is not None and word[:1].isupper() and following[:1].isupper()
                hyphen_stems = (
                    self._pair_stems(word, following, hyphened) if following and self.endings and capitals else []
                )
                if (self._not_a_place(word) and not self._capitalised_town(word)) or self._division_before(word):
                    # 'ولایت' (province) is no town, whatever town bears the word as a name; an ordinary word
                    # may open a name of two words all the same ('بندر' is a port, 'بندر عباس' Bandar Abbas;
                    # 'Тель' a stem of the lexicon's, 'Тель-Авиве' Tel Aviv)
                    if following is not None and (hyphened or word in _common_words(self.code)):
                        steps += [(start, False, f"{word}{joiner}{following}", False) for joiner in (" ", "-")]
                        steps += [(start, False, name, False) for name in hyphen_stems]
                    continue
                other_pair = f"{word} {following}" if hyphened else f"{word}-{following}" if pair else None
                if hyphened:
                    pair = f"{word}-{following}"
                if pair is not None and index + 2 < len(words):  # "ڈیرہ غازی خان": a name of three words first
                    steps.append((start, False, f"{pair} {words[index + 2][1]}", False))
                if self.endings and following is not None:  # "по Кривому Рогу": both words of 'Кривий Ріг' inflected
                    # ... and "в Карагандинской области": a province's adjective with its division word, inflected
                    # (sure as a name beside its division word is, not a loose stem: no country need be named)
                    division = self._division_word(following.lower(), self.province_after)
                    steps += [(start, False, name, not division) for name in _inflected_pair(word, following, division)]
                    beside_division.update(_inflected_pair(word, following, division) if division else ())
                    if index + 2 < len(words) and sentence[matches[index].end() : words[index + 1][0]] == "-":
                        # "в Иссык-Кульской области": a hyphenated adjective is one word of the pair
                        joined, after = f"{word}-{following}", words[index + 2][1]
                        division = self._division_word(after.lower(), self.province_after)
                        pairs = _inflected_pair(joined, after, division)
                        steps += [(start, False, name, not division) for name in pairs]
                bare = [word[len(p) :] for p in self.particles if word.startswith(p) and len(word) - len(p) >= 3]
                # "بعمّان": in Amman, by its joined particle (not Oman, the country's name); not "بيروت" whole
                joined_located.update(
                    (start, word[len(p) :])
                    for p in self.joined_locatives
                    if word.startswith(p) and len(word) - len(p) >= 3
                )
                # ... on a name of two words too: "בתל אביב", "بالدار البيضاء", "በአዲስ አበባ"
                bare_pairs = [
                    f"{word[len(p) :]}{joiner}{following}"
                    for p in self.particles
                    if following is not None and word.startswith(p) and len(word) > len(p) + 1
                    for joiner in (" ", "-")
                ]
                for candidate in (pair, other_pair, *bare_pairs):  # "وغزة", "بغزة": a joined particle
                    if candidate:
                        steps.append((start, False, candidate, False))
                # (before 'Бендер' alone; as sure as the pair it writes: no loose stem)
                steps += [(start, False, name, False) for name in hyphen_stems]
                steps += [(start, False, candidate, False) for candidate in (word, *bare)]
                # "صنعا" (Persian, Urdu) is Arabic "صنعاء": the final hamza after an alef is not written there
                steps += [(start, False, c + _HAMZA, False) for c in (word, *bare) if c.endswith(_ALEF) and len(c) >= 3]
                # "부산에서": a particle taken off the end; only towns of the language's own countries or of one
                # the text names (a short stem is often some foreign town's name)
                taken_off = _without_suffixes(word, self.suffix_particles)
                suffixed.update(taken_off)
                steps += [(start, False, candidate, False) for candidate in taken_off]
                # "ಮೈಸೂರಿನಲ್ಲಿ": 'ಮೈಸೂರು' in a locative case longer than the endings cut off below, in place of
                # the name's last letters (data/locative_endings.tsv): a place wherever it stands
                in_case = [word[: -len(e)] + b for e, b in locatives if word.endswith(e) and len(word) > len(e) + 1]
                steps += [(start, False, name, True) for name in in_case]
                located.update((start,) if in_case else ())
                # "Βόλο" (accusative) is "Βόλος": the name's base ending put back (lexicon PLACE_BASE_ENDINGS)
                steps += [(start, False, word + e, True) for e in self.script_base_endings if len(word) >= 3]
                # 'ঢাকায়' is 'ঢাকা' + an ending; 'মালিকের' is no 'মালি' + 'কের' (data/joined_endings.tsv)
                long = self.endings and len(word) >= _STEM_WORD
                most = min(self.extra, _MAX_ENDING)  # (none in a language whose names take no ending: Hebrew)
                cuts = [c for c in range(1, most + 1) if long and not self._not_an_ending(word[len(word) - c :])]
                if cuts:
                    country, at = _a_country_word(word, cuts), len(steps)
                    for cut in cuts:
                        # 'Вінниці': the stem of 'Вінниця' and an ending; 'ঢাকায়': 'ঢাকা' and an ending; no stem of a
                        # country's name ('अमेरिका' less its vowel sign is no stem of 'अमेरिकस', Americus)
                        if not country:
                            steps.append((start, True, word[: len(word) - cut], True))
                        steps.append((start, False, word[: len(word) - cut], True))
                        steps += [
                            (start, False, v, True) for v in _vowel_forms(word[: len(word) - cut], self.stem_vowels)
                        ]
                    # ... and a whole name with its base ending put back ('Сумах': 'Суми') before a stem of
                    # the index's ('Сума', of another town's name): the whole name is the surer reading
                    steps[at:at] = [
                        (start, False, word[:-cut] + e, True) for cut in cuts for e in self.script_base_endings
                    ]
            # "Слов'янську", "בג'רזי סיטי": each name with an apostrophe as the index may write it
            if _APOSTROPHE_IN.search(sentence):  # (most sentences have none: nothing to write otherwise)
                steps = [
                    (at, stem, form, inflected)
                    for at, stem, name, inflected in steps
                    for form in _apostrophe_forms(name)
                ]
            # ... and, last, as the index's Persian or Arabic spelling writes its letters ('ننگرہار', 'ننغرهار')
            forms = _letter_forms(self.code)
            # (a town of the language's or the text's countries only: 'جاں' read 'جان' is some far town; a province
            # beside its division word is sure anywhere)
            if forms:  # (most languages write no letter otherwise: nothing to read again)
                written = {c: _in_index_letters(c, forms) for _at, _stem, c, _i in steps}  # (each name once)
                again = [(at, stem, r, i) for at, stem, c, i in steps if (r := written[c]) != c]
                relettered = {r for _at, _stem, r, _i in again} - written.keys()
                beside = {c: _in_index_letters(c, forms) for _at, c in provinces}
                relettered |= set(beside.values()) - beside.keys()
                provinces += [(at, r) for at, c in provinces if (r := beside[c]) != c]
        if not steps and not provinces:
            return []
        wanted = (*self.home, *(named or ()))
        out: list[_Found] = []
        seen: set[int] = set()
        province_hits = gazetteer().script_names((c for _, c in provinces), provinces=True) if provinces else {}
        for start, candidate in provinces:  # before a town of the same name ('ঢাকা বিভাগ' is the division)
            hit = province_hits.get(candidate)
            if hit is not None and _after_compass(sentence, start, self.spaced):
                continue
            place = gazetteer().by_key(hit[1]) if hit is not None and start not in seen else None
            if place is not None:
                seen.add(start)
                out.append(_Found(start, place, candidate, divided=True))
        names = gazetteer().script_names(c for _, stem, c, _i in steps if not stem)
        stems = gazetteer().script_names((c for _, stem, c, _i in steps if stem), stems=True) if self.endings else {}
        covered = (-1, -1)  # the span of a name of several words found: its inner words name nothing of their own

        def in_turn() -> Iterator[tuple[int, bool, str, bool]]:
            """The steps, then the names read again in the index's letters (`again`), last, as if they followed
            them: only those of a word the first reading placed nowhere are looked up (one placed is done with)."""
            yield from steps
            rest = [step for step in again if step[0] not in seen]
            names.update(gazetteer().script_names(c for _, stem, c, _i in rest if not stem))
            if self.endings:
                stems.update(gazetteer().script_names((c for _, stem, c, _i in rest if stem), stems=True))
            yield from rest

        for start, stem, candidate, inflected in in_turn():
            if covered[0] < start < covered[1]:
                continue  # 'غازی' of 'ڈیرہ غازی خان' is no Ghaziabad
            if start in persons and start not in located and " " not in candidate:
                continue  # "сообщил Владимир Сальдо": a first name before a surname, not the town Vladimir
            hit = (stems if stem else names).get(candidate)
            english, own = self.own_names.get(candidate, ("", None)) if not stem else ("", None)
            # the lexicon's name before the gazetteer's ('منا' is Minna too)
            if (hit is None and own is None) or start in seen:
                continue
            if hit is not None and candidate in relettered and not _of_countries(hit[1], wanted):
                continue
            if hit is not None and hit[1].startswith("province:") and _after_compass(sentence, start, self.spaced):
                continue
            place = own if own is not None else gazetteer().by_key(hit[1]) if hit is not None else None
            if (
                place is not None
                and (candidate in suffixed or (own is not None and not own.major))
                and place.country not in (*self.home, *(named or ()))
                and not (
                    candidate in suffixed and len(candidate) >= _SUFFIXED_NAME and place.population >= _FOREIGN_TOWN
                )
            ):
                continue  # and a lexicon's own village ('منى' is also a woman's name) only in its country's reports;
                # a name of three letters or more of a town of 100,000+ people is that town anywhere ('헤라트에서')
            if place is not None and start in after_county and self._abroad_town(place, named):
                continue  # 'مقاطعة أوكلاند' (Oakland County) in a report on Michigan is no Auckland
            if place is not None and own is None and not stem:
                place = self._home_division(candidate, place, named)
                place = self._county_before_its_word(sentence, start + len(candidate), place)
            if place is not None:
                seen.add(start)
                divided = place.kind == "province" and candidate in beside_division  # as sure as "محافظة إدلب"
                out.append(
                    _Found(
                        start,
                        place,
                        english if own else candidate,
                        start in located or (start, candidate) in joined_located,
                        inflected,
                        divided=divided,
                    )
                )
                if self.spaced and (" " in candidate or "-" in candidate):
                    covered = (start, start + len(candidate))  # ('Йорке' of 'Нью-Йорке' is no York)
        if self.spaced:
            out = self._spelled_in_latin(body or sentence, words, located, out, named)
        return self._bearer_of_named(out, named)

    def _pair_stems(self, first: str, second: str, hyphened: bool) -> list[str]:
        """The names two capitalised words whose second is inflected may be: 'Нью-Йорке' is 'Нью-Йорк', 'Лас
        Вегасу' 'Лас Вегас' (or, the index writing the other joiner, 'Лас-Вегас'); the lexicon's base endings put
        back too ('Бендерах': 'Бендеры')."""
        most = min(self.extra, _MAX_ENDING)
        stems = [second[: len(second) - cut] for cut in range(1, most + 1) if len(second) - cut >= _PAIR_STEM]
        joiners = ("-", " ") if hyphened else (" ", "-")
        return [f"{first}{j}{stem}{e}" for j in joiners for stem in stems for e in ("", *self.script_base_endings)]

    def _spelled_in_latin(
        self,
        body: str,
        words: list[tuple[int, str]],
        located: set[int],
        found: list[_Found],
        named: Counter[str] | None,
    ) -> list[_Found]:
        """`found` with the towns the gazetteer knows in no spelling of this script, read by their Latin spelling
        (`core.places.transliteration`): a word after or before a locative word ('у Гудаурі', 'ਗੁਡੌਰੀ ਵਿੱਚ'), after a
        town's word ('در شهر آماسرا': data/town_words.tsv) or with a locative ending ('გუდაურში':
        data/locative_endings.tsv), of a town of a country the text names or points
        to (anywhere in `body`, the article's text), or of the language's own. A word the lexicon knows, or one not
        capitalised in a text with capitals, is none. Such a town also takes the place of a foreign town read
        from the word's stem ('ਬਰਨਾਲਾ ਵਿੱਚ' is Barnala in Punjab, not Bern by 'ਬਰਨ' and an ending)."""
        endings = _script_locative_endings(self.code)
        countries: frozenset[str] | None = None
        cased = _holds_a_capital(body)  # (Georgian has capitals in Unicode, never in running text)
        at = {f.start: f for f in found}
        spelled: dict[int, _Found] = {}
        town_words = _town_words(self.code)
        district_words = _district_words_after(self.code)
        for index, (start, word) in enumerate(words):
            bare = [
                word[: -len(e)] + base for e, base in endings if word.endswith(e) and len(word) > len(e) + 2
            ]  # (the name's own last letters first, then the stem as it is)
            after_a_town_word = index > 0 and words[index - 1][1].lower() in town_words
            before_a_district_word = index + 1 < len(words) and words[index + 1][1].lower() in district_words
            beside_a_word = after_a_town_word or before_a_district_word
            if not (start in located or bare or beside_a_word) or self._not_a_place(word):
                continue
            if _a_country_word(word, list(range(1, min(self.extra, _MAX_ENDING) + 1))):
                continue  # 'در عراق' (in Iraq), spelled 'araq', 'arak': a country, not Arak in Iran
            if cased and word[:1].lower() != word[:1].upper() and not word[:1].isupper():
                continue  # 'в результате': a lower-case word in a script with capitals is no name
            if countries is None:
                countries = self._evidence(body, named or Counter())  # ('грузинському': Georgia's adjective)
            read = at.get(start)
            foreign_stem = read is not None and read.stem and read.place.kind == "city"
            if read is not None and not (foreign_stem and read.place.country not in countries):
                continue  # the word names a town already, unless a foreign one by its stem
            for candidate in (*bare, word):
                place = transliterated_town(candidate, countries, _SPELLED_TOWN)
                if place is not None:
                    spelled[start] = _Found(start, place, word, True, anchored=True)
                    break
        if not spelled:
            return found
        return [spelled.pop(f.start, f) for f in found] + list(spelled.values())

    def _home_division(self, candidate: str, place: Place, named: Counter[str] | None) -> Place:
        """A foreign town's name that is also a province of the language's or the text's countries is the
        province ('गुजरात' in Hindi: Gujarat, not Gujrat in Pakistan); so is a town of the language's own country
        when the text names another that has the province ('انڈیا: گجرات میں' in Urdu: India's Gujarat)."""
        text_countries = tuple(named or ())
        wanted = (*text_countries, *self.home)
        if place.kind != "city" or not wanted:
            return place
        if place.country in wanted and (not text_countries or place.country in text_countries):
            return place
        wanted = text_countries if place.country in wanted else wanted
        hit = gazetteer().script_names([candidate], provinces=True).get(candidate)
        division = gazetteer().by_key(hit[1]) if hit is not None else None
        return division if division is not None and division.country in wanted else place

    def _county_before_its_word(self, sentence: str, end: int, place: Place) -> Place:
        """A US town's name written right before a county's word ('聖馬刁縣', 'サンマテオ郡': data/county_endings.tsv)
        is the county of that name in the town's state, when there is one."""
        if not self.county_after or place.kind != "city" or place.country != "US":
            return place
        if not sentence[end : end + 8].lstrip().startswith(self.county_after):
            return place
        county = _county_named(place.name)
        return county if county is not None and county.admin1 == place.admin1 else place

    def _bearer_of_named(self, found: list[_Found], named: Counter[str] | None) -> list[_Found]:
        """A name another town bears too ('طرابلس', Tripoli): the one of a country the text names, else of the
        language's, in place of the most populous one elsewhere."""
        wanted = (*(named or ()), *self.home)
        elsewhere = [f for f in found if f.place.kind == "city" and f.place.country not in wanted]
        if not wanted or not elsewhere:
            return found
        bearers = gazetteer().script_bearers(f.written for f in elsewhere)
        out: list[_Found] = []
        for f in found:
            others = bearers.get(f.written, []) if f in elsewhere else []
            mine = next((p for c in wanted for p in others if p.country == c), None)
            out.append(replace(f, place=mine) if mine is not None else f)
        return out


def _of_countries(key: str, countries: tuple[str, ...]) -> bool:
    """Is the place of that key one of the countries'?"""
    place = gazetteer().by_key(key)
    return place is not None and place.country in countries


@cache
def _letter_forms(code: str) -> dict[int, str]:
    """The language's letters written otherwise in the index's Persian or Arabic names (data/script_letter_forms.tsv),
    as a `str.translate` table (empty for most languages)."""
    return {
        ord(letter): index_letter
        for language, letter, index_letter in data_lines("script_letter_forms.tsv")
        if language == code
    }


def _in_index_letters(name: str, forms: dict[int, str]) -> str:
    """The name with the language's own letters as the index's Persian or Arabic spelling writes them."""
    return name.translate(forms) if forms else name


_APOSTROPHES = "'\u2019\u02bc\u05f3"
_APOSTROPHE_IN = re.compile(f"[{_APOSTROPHES}]")


def _apostrophe_forms(written: str) -> tuple[str, ...]:
    """A name with an apostrophe as the index may write it: with the typographic one first ('Слов’янськ', as
    Ukrainian spelling writes it: GeoNames also gives Nikopol a 'Слов'янськ'), then as written, with the typed one,
    and without (the gazetteer writes Jersey City 'גרזי סיטי', a text 'ג'רזי סיטי', the geresh of its j)."""
    if not any(a in written for a in _APOSTROPHES):
        return (written,)
    typed = written
    for a in _APOSTROPHES[1:]:
        typed = typed.replace(a, "'")
    hebrew = any("\u05d0" <= ch <= "\u05ea" for ch in written)  # (the index writes a geresh either way)
    geresh = (typed.replace("'", "\u05f3"),) if hebrew else ()
    return tuple(dict.fromkeys((typed.replace("'", "\u2019"), written, typed, *geresh, typed.replace("'", ""))))


_WORD_REST = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])*")  # the rest of a word, its vowel signs with it


@cache  # one entry per language: more than 64 of them
def _joined_endings(code: str) -> frozenset[str]:
    """The case endings and particles the language writes joined onto a name (data/joined_endings.tsv)."""
    return frozenset(script_key(e) for e in words_by_language("joined_endings.tsv").get(code, ()))


@cache  # one entry per language: more than 64 of them
def _script_locative_endings(code: str) -> tuple[tuple[str, str], ...]:
    """The locative endings a name in the language's script takes, with the letters the name ends with when it has
    none ('-ში' in place of '-ი': 'გუდაურში', in Gudauri, of 'გუდაური'; data/locative_endings.tsv), longest first."""
    rows = {
        (script_key(cells[1]), script_key(cells[2]) if len(cells) > 2 else "")
        for cells in data_lines("locative_endings.tsv")
        if cells[0] == code
    }
    return tuple(sorted(rows, key=lambda e: (-len(e[0]), e)))


@cache  # one entry per language: more than 64 of them
def _town_words(code: str) -> frozenset[str]:
    """A town's or a village's words written right before its name in the language (data/town_words.tsv)."""
    return frozenset(script_key(w).lower() for w in words_by_language("town_words.tsv").get(code, ()))


@cache  # one entry per language: more than 64 of them
def _district_words_after(code: str) -> frozenset[str]:
    """A district's words written right after its name in the language (data/district_words_after.tsv)."""
    return frozenset(script_key(w).lower() for w in words_by_language("district_words_after.tsv").get(code, ()))


@cache  # one entry per language: more than 64 of them
def _county_words(code: str) -> tuple[str, ...]:
    """A county's words written before its name in the language (data/county_words.tsv)."""
    return tuple(script_key(w) for w in words_by_language("county_words.tsv").get(code, ()))


@cache  # one entry per language: more than 64 of them
def _common_words(code: str) -> frozenset[str]:
    """The language's ordinary words that are some far town's name too (data/common_words.tsv)."""
    return frozenset(script_key(w) for w in words_by_language("common_words.tsv").get(code, ()))


_PAIR_STEM = 3  # letters the first word of an inflected name of two words keeps of the name's ('Біл' of 'Біла')


def _before_a_surname(sentence: str, matches: list[re.Match[str]]) -> frozenset[int]:
    """Offsets of capitalised words (in a script with capitals: Cyrillic, Greek) followed, after one space, by
    another capitalised word: a first name before a surname ('Владимир Сальдо'), read as a town only after a
    locative word or as a name of two words."""
    return frozenset(
        m.start()
        for m, n in pairwise(matches)
        if m.group()[:1].isupper() and n.group()[:1].isupper() and len(n.group()) >= 3
        and sentence[m.end() : n.start()] == " "
    )  # fmt: skip


def _inflected_pair(first: str, second: str, division: bool = False) -> list[str]:
    """The names of two capitalised words a pair of inflected words may be ('Кривому Рогу': 'Кривой Рог', 'Кривий
    Ріг'): each word the name's with at most two letters changed and three added at its end; the first keeps at
    least `_PAIR_STEM` letters of the name's. The second may be a `division` word in lower case ('Карагандинской
    области': 'Карагандинская область')."""
    if len(first) < _PAIR_STEM + 1 or not (first[:1].isupper() and (division or second[:1].isupper())):
        return []
    phrases = gazetteer().script_phrases(first[: max(_PAIR_STEM, len(first) - _MAX_ENDING)])
    fits = [name for name in phrases if _pair_fits(first, second, name)]
    # the name sharing the most letters with the words first ('Новом Саду': 'Нови Сад' before 'Нова Сол')
    return sorted(fits, key=lambda name: -_letters_shared(f"{first} {second}", name))


def _letters_shared(words: str, name: str) -> int:
    """How many letters each word of `words` begins with as the name's word at its place does."""
    return sum(_shared(a.lower(), b.lower()) for a, b in zip(words.split(), name.split(), strict=False))


def _pair_fits(first: str, second: str, name: str) -> bool:
    """May two inflected words be the name's two words: each the name's with at most two letters changed and
    `_MAX_ENDING` added at its end, the first keeping at least `_PAIR_STEM` letters of the name's?"""
    words = name.split()
    return len(words) == 2 and all(
        len(base) - (common := _shared(text.lower(), base.lower())) <= 2
        and len(text) - common <= _MAX_ENDING
        and common >= (1 if n else _PAIR_STEM)
        for n, (text, base) in enumerate(zip((first, second), words, strict=True))
    )


def _shared(a: str, b: str) -> int:
    """How many letters two words begin with alike."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _vowel_forms(stem: str, vowels: dict[str, str]) -> list[str]:
    """The stem with its last vowel (in its last three letters) as the name writes it: 'Києв' -> 'Київ'."""
    for i in range(len(stem) - 1, max(len(stem) - 4, 0), -1):
        if stem[i] in vowels:
            return [stem[:i] + vowels[stem[i]] + stem[i + 1 :]]
    return []


_KATAKANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]{5,}")  # longer than `_WINDOWS`' longest (no '・')
# '东南苏拉威西' is Southeast Sulawesi: a province's name that begins with 'south' or 'north' right after 'east'
# or 'west' is the end of a longer name ('南苏拉威西', South Sulawesi, is another province); a town's may not
# be ('广西南宁')
_COMPOUND_COMPASS = frozenset(["东南", "东北", "西南", "西北", "東南", "東北"])


def _after_compass(text: str, start: int, spaced: bool) -> bool:
    return not spaced and start > 0 and text[start - 1 : start + 1] in _COMPOUND_COMPASS


def _katakana_at(text: str, at: int) -> bool:
    """Is text[at] a character of `_KATAKANA` (what `_KATAKANA.match(text, at)` tells: a position before the
    text's start reads from its start), by two comparisons instead of a call of the engine?"""
    at = max(at, 0)
    if at >= len(text):
        return False
    ch = text[at]
    return "\u30a0" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9f"


def _cuts_a_run(text: str, start: int, end: int) -> bool:
    """Does text[start:end] begin or end inside a run of katakana (a foreign name written whole)?"""
    at_start = start > 0 and _katakana_at(text, start - 1) and _katakana_at(text, start)
    at_end = end < len(text) and _katakana_at(text, end) and _katakana_at(text, end - 1)
    return at_start or at_end


def _without_suffixes(word: str, suffixes: tuple[str, ...]) -> list[str]:
    """'무안국제공항에서' less a particle, then less a facility's or a district's word: '무안국제공항', '무안'."""
    out: list[str] = []
    for p in suffixes:
        stem = word[: -len(p)] if word.endswith(p) and len(word) - len(p) >= 2 else ""
        if stem:
            out.append(stem)
            out += [stem[: -len(q)] for q in suffixes if stem.endswith(q) and len(stem) - len(q) >= 2]
    return out
