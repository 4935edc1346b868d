"""A language's lexicon module (see `core.extract.lexicons`) compiled once into the patterns the one extraction
pass for every language (`core.extract.multilingual`) reads with: triggers by metric, qualifiers before and after a
number, subset, stage, update and date words, sources, injury grades and the place reader. Only the lexicon's
words differ between languages; how they become patterns is written here once (`MATCH`: whole words, word
prefixes, or anywhere, for scripts without spaces).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from types import ModuleType

from core.extract.clean import safe_lower
from core.extract.numerals import NumberReader
from core.extract.world_attribution import compile_sources
from core.extract.world_dates import date_words
from core.extract.world_grades import Grades, compile_grades
from core.extract.world_objects import compile_objects
from core.extract.world_places import PlaceReader
from core.models import Qualifier


class Language:
    """A lexicon module compiled once: number reader, trigger, qualifier, subset and date patterns."""

    def __init__(self, lexicon: ModuleType) -> None:
        self.code: str = lexicon.LANGUAGE
        self.numbers = NumberReader(lexicon)
        # "মো. শাহজাহান", "Dr. Pérez": titles written short with a full stop, which ends no sentence
        self.abbreviations = tuple(w.lower() for w in getattr(lexicon, "ABBREVIATIONS", ()))
        # "im 3. Stock", "3. katta", "na 3. piętrze": an ordinal written with a full stop (ORDINAL_DOT), which ends no
        # sentence before a lowercase word, nor after a word that takes an ordinal (ORDINAL_DOT_BEFORE: "im", "am")
        self.ordinal_dot: bool = getattr(lexicon, "ORDINAL_DOT", False)
        self.ordinal_dot_before = frozenset(w.lower() for w in getattr(lexicon, "ORDINAL_DOT_BEFORE", ()))
        left, right = _boundaries(lexicon.MATCH)
        alternatives = []
        self._metric_of: dict[str, str] = {}
        for metric, words in lexicon.TRIGGERS.items():
            others = [w.lower() for m, ws in lexicon.TRIGGERS.items() if m != metric for w in ws]
            pattern = "|".join(
                _word_pattern(w, right, _not_longer(w, others)) for w in sorted(words, key=len, reverse=True)
            )
            # with endings (MATCH "prefix"), a trigger runs to its word's end: "σκοτώθηκαν 5" is a label, as "σκοτώθηκ"
            # with the rest of the word between it and the number would not be
            tail = r"\w*" if lexicon.MATCH == "prefix" else ""
            alternatives.append(f"(?P<{metric}>{left}(?:{pattern}){tail})")
        self.triggers = re.compile(_opening(lexicon.TRIGGERS.values(), left) + "(?:" + "|".join(alternatives) + ")")
        self.before = _phrase_table(getattr(lexicon, "QUALIFIERS_BEFORE", {}), lexicon.MATCH, anchor="end")
        self.after = _phrase_table(getattr(lexicon, "QUALIFIERS_AFTER", {}), lexicon.MATCH, anchor="start")
        # after the count's own word ("86 morts au moins", "21 قتيلا على الأقل"): those after the number, and more
        after_noun = {**getattr(lexicon, "QUALIFIERS_AFTER", {}), **getattr(lexicon, "QUALIFIERS_AFTER_NOUN", {})}
        self.after_noun = _phrase_table(after_noun, lexicon.MATCH, anchor="start")
        self.subset_before = _phrases(getattr(lexicon, "SUBSET_BEFORE", ()), lexicon.MATCH)
        self.subset_after = _phrases(getattr(lexicon, "SUBSET_AFTER", ()), lexicon.MATCH)
        # "범인을 포함해 5명", "saldırgan dahil 5 kişi", "包括歹徒在内5人": the word that closes an 'including' phrase
        # told before its total; a subset marker it closes makes no part of the count after it
        self.including_after = _phrases(getattr(lexicon, "INCLUDING_AFTER", ()), lexicon.MATCH)
        # "مقتل 40 شخصا ونجاة ثلاثة": a word for surviving between two counts, the second no victim of the first's
        # "con un policía y dos civiles heridos": the prepositions whose object may be the people a count counts
        self.with_words = frozenset(safe_lower(w) for w in getattr(lexicon, "WITH_WORDS", ()))
        self.survived = _phrases(getattr(lexicon, "SURVIVED_WORDS", ()), lexicon.MATCH)
        # "Binlerce kişi ... cenazesine katıldı": the words of a crowd gathered for the dead (GATHERING_WORDS)
        self.gathering = _phrases(getattr(lexicon, "GATHERING_WORDS", ()), lexicon.MATCH)
        # "मृतकों के अंतिम संस्कार": the postpositions that may stand between the dead's word and the mourning word
        self.mourned_links = frozenset(safe_lower(w) for w in getattr(lexicon, "MOURNED_LINKS", ()))
        # "eine dritte Schülerin ist gestorben": the ordinal words of a death told after others (ORDINALS), and the
        # words after an ordinal that make it no person ('zum dritten Mal', 'la tercera parte': ORDINAL_NOT_PERSON)
        self.ordinals = {safe_lower(w): v for w, v in getattr(lexicon, "ORDINALS", {}).items()}
        self.ordinal_not_person = tuple(safe_lower(w) for w in getattr(lexicon, "ORDINAL_NOT_PERSON", ()))
        # "murieron dos niñas y su madre": a relative told with a possessive, one more person of the count before
        self.kin_after_and = _phrases(getattr(lexicon, "KIN_AFTER_AND", ()), lexicon.MATCH)
        # "o incêndio de 2015, que matou 61 pessoas", "der Brand, bei dem 61 Menschen starben": the relative words that
        # open a clause telling an event's toll after its noun (RELATIVES, PLACE_RELATIVES and EVENT_RELATIVES)
        self.event_relatives = _phrases(
            (
                *getattr(lexicon, "RELATIVES", ()),
                *getattr(lexicon, "PLACE_RELATIVES", ()),
                *getattr(lexicon, "EVENT_RELATIVES", ()),
            ),
            lexicon.MATCH,
        )
        # "..., matando 192 pessoas", "faisant 1 863 morts", "waren 101 Menschen getötet ... worden": the words with
        # which a sentence dated to an earlier year tells that event's toll as recalled (a gerund, a passive's
        # participle), as a relative word does
        self.recall_verbs = _phrases(getattr(lexicon, "RECALL_VERBS", ()), lexicon.MATCH)
        # "in hoger beroep veroordeeld", "Prozess um", "condamnés en appel": a court step, a follow-up's news, whose
        # lead then tells its case's toll as plain news ("Bij de ramp in 2000 kwamen 23 mensen om")
        self.court_words = _phrases(getattr(lexicon, "COURT_WORDS", ()), lexicon.MATCH)
        # "murió ... perseguido por dos vecinos": a language whose singular verb counts one, never a number after it
        self.singular_verb_agrees = bool(getattr(lexicon, "SINGULAR_VERB_AGREES", False))
        # "tres bares en los que murieron ocho personas": a relative of place opens a clause whose count is its own
        self.place_relatives = _phrases(getattr(lexicon, "PLACE_RELATIVES", ()), lexicon.MATCH)
        # "un'italiana è tra i feriti", "wśród rannych jest jedna Polka": 'among' right before the victims' word
        self.among = _phrases(getattr(lexicon, "AMONG", ()), lexicon.MATCH)
        # "103 des personnes tuées", "12 de los heridos": a part of a group named right after the number
        self.partitive = _phrases(getattr(lexicon, "PARTITIVE", ()), lexicon.MATCH, anchored=True)
        # "o velório dos mortos", "les obsèques des victimes": the words for 'of the' (and 'for the') that make the
        # victims' word right after them another noun's complement, no count's own word (OF_THE_BEFORE)
        governed = "|".join(
            re.escape(safe_lower(w)).replace(r"\ ", r"\s+") for w in getattr(lexicon, "OF_THE_BEFORE", ())
        )
        # in a script that writes its article onto the word ('جثامين القتلى': the trigger after 'ال'), up to two letters
        # of it between
        onto = r"\w{0,2}" if lexicon.MATCH == "any" else ""
        self.of_the_before = re.compile(rf"{left}(?:{governed})\s+{onto}$") if governed else None
        # "28 victimes identifiées", "40 cuerpos recuperados": a stage of the count, not the toll
        self.stage_after = _phrases(getattr(lexicon, "STAGE_AFTER", ()), lexicon.MATCH, anchored=True)
        self.not_counts = _phrases(getattr(lexicon, "NOT_COUNTS_AFTER", ()), lexicon.MATCH, anchored=True)
        # "trois survivantes ont été hospitalisées": survivors and the rescued are counted, never as the hurt
        self.survivors = _phrases(getattr(lexicon, "SURVIVOR_NOUNS", ()), lexicon.MATCH, anchored=True)
        self.survivors_hurt = tuple(safe_lower(w) for w in getattr(lexicon, "SURVIVORS_HURT_STEMS", ()))
        # "Ein Junge überlebte schwer verletzt": one who lived, told hurt, is a survivor (lexicon SURVIVED_VERBS)
        self.survived_hurt = _phrases(getattr(lexicon, "SURVIVED_VERBS", ()), lexicon.MATCH)
        # "la crue a tué 40 vaches", "300 cabezas de ganado": a herd's count, no victims
        animals = getattr(lexicon, "ANIMAL_NOUNS", ())
        self.animals = _animals(animals, getattr(lexicon, "ANIMAL_LINKS", ()), lexicon.MATCH)
        # "une partie du bétail a péri", "el resto de los ocupantes falleció": a singular verb's subject that is a
        # herd or the rest of a group, no one person (lexicon NOT_ONE_SUBJECTS)
        self.not_one_subjects = frozenset(safe_lower(w) for w in getattr(lexicon, "NOT_ONE_SUBJECTS", ()))
        # "la police a fait état de 12 blessés, tandis que les organisateurs parlent de 20": a clause set against the
        # one before it, whose source is its figures' own (CONTRAST_CLAUSES)
        self.contrast = _phrases(getattr(lexicon, "CONTRAST_CLAUSES", ()), lexicon.MATCH)
        # "un policía", "eine Frau": the nouns (and words before them) a word for one counts a person with; another
        # noun makes it a thing's article ("destruyó una casa")
        self.one_person = _phrases(getattr(lexicon, "ONE_PERSON_NOUNS", ()), lexicon.MATCH, anchored=True)
        # "una casa quedó destruida", "ein Haus wurde zerstört": a verb right after a thing's noun, its own clause
        self.thing_verbs = _phrases(getattr(lexicon, "THING_VERBS", ()), lexicon.MATCH, anchored=True)
        # "обвиняется в убийстве семи человек", "acusado de matar a seis": a charge names its victims after it
        self.charge_words = _phrases(getattr(lexicon, "CHARGE_WORDS", ()), lexicon.MATCH, anchored=True)
        # "intentó matar a dos", "살해하려": trying or threatening before a killing verb (or written on it)
        self.attempted = _phrases(getattr(lexicon, "ATTEMPTED", ()), lexicon.MATCH)
        # "탑승객 475명 가운데": the group a later count is taken from, no count of the trigger after it
        self.group_after = _phrases(getattr(lexicon, "GROUP_AFTER", ()), lexicon.MATCH, anchored=True)
        # "ครู 3 ราย ตำรวจควบคุมตัวคนขับรถ": the police open a clause of their own between a count and the trigger
        # after it (a language whose subject comes before its verb), whose verb is theirs, not the count's
        self.clause_subjects = _phrases(getattr(lexicon, "CLAUSE_SUBJECTS", ()), lexicon.MATCH)
        # "בן 45" (aged 45): a word right before a number that makes it no count
        before = getattr(lexicon, "NOT_COUNTS_BEFORE", ())
        words_before = "|".join(map(re.escape, before))
        self.not_counts_before = (
            re.compile(rf"{_boundaries(lexicon.MATCH)[0]}(?:{words_before})\s*$") if before else None
        )
        # "an einer Schule", "dans une école": a preposition before the word for one makes it a place's article
        into = getattr(lexicon, "ARTICLE_AFTER", ())
        self.article_after = (
            re.compile(rf"{_boundaries(lexicon.MATCH)[0]}(?:{'|'.join(map(re.escape, into))})\s+$") if into else None
        )
        # "abantu abangu-12", "abayi-9": a noun class's prefix written onto the digits with a hyphen keeps them a count
        prefixes = "|".join(map(re.escape, getattr(lexicon, "COUNT_PREFIXES", ())))
        self.count_prefixes = re.compile(rf"(?<!\w)(?:{prefixes})-$") if prefixes else None
        # "238-ra emelkedett", "12-en meghaltak": a case ending after a hyphen keeps the number a count
        self.hyphen_endings = _phrases(tuple(f"-{e}" for e in getattr(lexicon, "HYPHEN_ENDINGS", ())), "word", True)
        # "cuatro terroristas han muerto", "3 Angreifer": the attackers' own dead are no toll of the victims
        self.perpetrators = _phrases(getattr(lexicon, "PERPETRATORS", ()), lexicon.MATCH, anchored=True)
        # "dos hombres mataron a cuatro", "deux hommes ont tué quatre personnes": people of no harm's kind, the doers
        # only when the harm verb's own count follows it (never the attackers' own dead: "dos hombres murieron")
        self.agents = _phrases(getattr(lexicon, "AGENT_NOUNS", ()), lexicon.MATCH, anchored=True)
        # "Videos difundidos en redes sociales aseguran que hubo 17 muertos": a toll told as rumour, which the
        # authorities' own count or stated zero outweighs (as the English reader's RUMOUR_CUES)
        self.rumour_cues = _phrases(getattr(lexicon, "RUMOUR_CUES", ()), lexicon.MATCH)
        # "'yan bindiga biyu sun kashe mutane hudu", "washambuliaji wawili waliua watu wanne": where a number follows
        # its noun, the attackers' noun (with its endings) right before the number
        assailants = "|".join(map(re.escape, getattr(lexicon, "PERPETRATORS_BEFORE", ())))
        self.perpetrators_before = (
            re.compile(rf"{_boundaries(lexicon.MATCH)[0]}(?:{assailants})\w*\s*$") if assailants else None
        )
        self.count_nouns = _phrases(getattr(lexicon, "COUNT_NOUNS", ()), lexicon.MATCH)
        # "A perdere la vita (...) sono stati 4 giovani": the word that fronts a trigger (the trigger's own first
        # word, "a morire") when it opens its sentence
        fronting = "|".join(re.escape(w) for w in getattr(lexicon, "FRONTED_BEFORE", ()))
        self.fronted = re.compile(rf"(?:{fronting})\s") if fronting else None
        # "30 permanecen hospitalizados", "40 orang masih dirawat": those still in care, a part of the injured
        self.still = _phrases(getattr(lexicon, "STILL_IN_CARE", ()), lexicon.MATCH)
        self.care = _phrases(getattr(lexicon, "CARE_WORDS", ()), lexicon.MATCH)  # "hospital", "ingresados", "UCI"
        counters = "|".join(re.escape(w) for w in getattr(lexicon, "PERSON_COUNTERS", ()))
        self.person_counters = re.compile(rf"\s?(?:{counters})") if counters else None  # "2000人", "2012명"
        self.from_to = [
            (
                re.compile(rf"{_boundaries(lexicon.MATCH)[0]}{re.escape(a)}\s*$") if a else None,  # "死亡人数由21"
                re.compile(
                    rf"^\s*\S{{0,3}}{re.escape(b)}\s*$" if lexicon.MATCH == "any" else rf"^\s*{re.escape(b)}\s*$"
                ),
            )
            for a, b in getattr(lexicon, "FROM_TO", ())
        ] or None
        # the reach from N to M: the longest word between and two spaces ("৪৯ থেকে সংশোধন করে ৪১")
        self.from_to_gap = max((len(b) + 4 for _, b in getattr(lexicon, "FROM_TO", ())), default=0)
        # "entre 20 y 30 muertos", "20 ile 30 arasında", "ما بين 20 و30": (word before N, word between, word after M)
        self.ranges = [
            (
                re.compile(rf"(?<!\w){re.escape(a)}\s*$") if a else None,
                re.compile(rf"^\s*{re.escape(b)}\s*$"),
                re.compile(rf"\s*{re.escape(c)}(?!\w)") if c else None,
            )
            for a, b, c in getattr(lexicon, "RANGES", ())
        ]
        self.projection = _phrases(getattr(lexicon, "PROJECTION_BEFORE", ()), lexicon.MATCH)
        self.updates = _phrases(getattr(lexicon, "UPDATE_BEFORE", ()), lexicon.MATCH)
        # verb-final languages: the toll verb after the number ("52'ye yükseldi", "28 तक पहुंच गई", "に上った")
        self.updates_after = _phrases(getattr(lexicon, "UPDATE_AFTER", ()), lexicon.MATCH)
        # "revu à la baisse à 18", "18'e düşürüldü": the toll revised down (the update, though smaller)
        self.revised_down = _phrases(getattr(lexicon, "REVISED_DOWN", ()), lexicon.MATCH)
        # "zunächst war von 23 Toten die Rede", "un premier bilan faisait état de 20 morts": an earlier figure
        self.earlier = _phrases(getattr(lexicon, "EARLIER_BEFORE", ()), lexicon.MATCH)
        self.toll_nouns = _phrases(getattr(lexicon, "TOLL_NOUNS", ()), lexicon.MATCH)
        # "ont remonté 78 corps", "recuperaron 15 cuerpos": the bodies recovered are the dead, though only a number
        # right before the noun counts them ("les pompiers du corps départemental", "los cuerpos de seguridad")
        # "броят им нарасна до 18", "leur nombre est passé à 18": 'their number', the count of the kind last named
        self.count_anaphors = _phrases(getattr(lexicon, "COUNT_ANAPHORS", ()), lexicon.MATCH)
        self.body_nouns = _phrases(getattr(lexicon, "BODY_NOUNS", ()), lexicon.MATCH)
        self.one_victim = _phrases(getattr(lexicon, "ONE_VICTIM_NOUNS", ()), lexicon.MATCH)  # "una vittima"
        # "una vittima di usura", "une victime d'agression": 'of' and a bare noun, a victim of a kind, no death
        self.victim_of = tuple(getattr(lexicon, "ONE_VICTIM_OF", ()))
        self.articles = tuple(getattr(lexicon, "ARTICLES", ()))
        # "пострадали более 60 человек" (were hurt) but "пострадали 200 гектаров" (were damaged): a verb that counts
        # victims only when a word for people follows the number (PEOPLE_TRIGGERS, PEOPLE_NOUNS)
        self.people_triggers = {
            metric: verbs
            for metric, words in getattr(lexicon, "PEOPLE_TRIGGERS", {}).items()
            if (verbs := _phrases(words, lexicon.MATCH)) is not None
        }
        # characters from a number to a trigger after it: more where the participle ends the clause ("Rund 20 Menschen
        # wurden bei dem Zusammenstoß zweier Busse verletzt": AFTER_WINDOW, de, nl)
        self.after_window = int(getattr(lexicon, "AFTER_WINDOW", 48))
        self.people_nouns = _phrases(getattr(lexicon, "PEOPLE_NOUNS", ()), lexicon.MATCH, anchored=True)
        # "Bij het ongeluk kwamen drie mensen om", "Dabei kamen zwölf Menschen um": a separable verb, its particle at
        # the clause's end after the count (SEPARABLE_TRIGGERS: "kwamen ... om"); the particle is the trigger
        self.separable = {
            metric: separable
            for metric, verbs in getattr(lexicon, "SEPARABLE_TRIGGERS", {}).items()
            if (separable := _separable(verbs, left, right, getattr(lexicon, "COORDINATORS", ()))) is not None
        }
        # "В ДТП погиб водитель", "Při nehodě zemřel řidič": a verb's singular form tells the death of one (whole
        # words; NEGATIONS before it tell none: "никто не погиб")
        singles = getattr(lexicon, "SINGULAR_DEATHS", ())
        self.singular_deaths = _longest_first(singles)
        self.negations = frozenset(safe_lower(w) for w in getattr(lexicon, "NEGATIONS", ()))
        # "Bij een brand is niemand gewond geraakt", "skadades ingen": the words that say no one or none (NOBODY); the
        # word for one before them is an article, no count of one (in its phrase, or right after its trigger)
        nobody = getattr(lexicon, "NOBODY", ())
        self.nobody = _phrases(nobody, lexicon.MATCH)
        self.nobody_after = _phrases(nobody, lexicon.MATCH, anchored=True)
        # "Ninguno de los ocho heridos murió", "Keiner der acht Verletzten starb": NOBODY then PARTITIVE opens a
        # subject none of which the singular verb tells dead
        partitive = getattr(lexicon, "PARTITIVE", ())
        self.none_of = _phrases([f"{n} {p}" for n in nobody for p in partitive], lexicon.MATCH)
        # the endings of a plural subject right before a SINGULAR_DEATHS verb that stays singular ("insanlar")
        self.plural_endings = tuple(getattr(lexicon, "PLURAL_ENDINGS", ()))
        # "قتل شخص": a singular noun right after a killed trigger is one dead
        self.singular_after = frozenset(safe_lower(w) for w in getattr(lexicon, "SINGULAR_NOUNS_AFTER", ()))
        # "35 वर्षीय व्यक्ति की मौत हो गई": a singular noun with its possessive particle right before a killed trigger
        # is one dead (the plural's own form, 'लोगों की', has a count before it)
        self.singular_before = frozenset(safe_lower(w) for w in getattr(lexicon, "SINGULAR_NOUNS_BEFORE", ()))
        # "seine Frau wurde schwer verletzt": an auxiliary's singular form before a wounded trigger (a word or two
        # between it, no negation) tells one person hurt
        self.singular_hurt = frozenset(safe_lower(w) for w in getattr(lexicon, "SINGULAR_HURT", ()))
        # "Hi ha ferits", "ha causat ferits": the wounded word's plural form after that auxiliary tells many hurt,
        # none counted
        self.plural_hurt = frozenset(safe_lower(w) for w in getattr(lexicon, "PLURAL_HURT", ()))
        # "jego pasażer trafił do szpitala", "τραυματίστηκε ο οδηγός": a wounded verb's own singular form, one hurt
        hurt_verbs = getattr(lexicon, "SINGULAR_HURT_VERBS", ())
        self.singular_hurt_verbs = _longest_first(hurt_verbs)
        self.many_incidents = _phrases(getattr(lexicon, "MANY_INCIDENTS", ()), lexicon.MATCH)
        counts, kinds = getattr(lexicon, "SEVERAL_COUNTS", ()), getattr(lexicon, "SEVERAL_INCIDENTS", ())
        # "murieron en tres estampidas", "dans trois bousculades": a toll over several incidents
        self.several = (
            re.compile(rf"[^,;:]{{0,40}}?(?<!\w)(?:{'|'.join(map(re.escape, counts))}|\d+)\s+(?:[^\W\d_]+\s+)?"
                       rf"(?:{'|'.join(map(re.escape, kinds))})(?!\w)")
            if counts and kinds else None
        )  # fmt: skip
        self.past_perfect = _phrases(getattr(lexicon, "PAST_PERFECT", ()), lexicon.MATCH)  # "aveva causato"
        # "मारे गए थे", "মারা গিয়েছিলেন", "死亡していた": forms that tell the report's own toll as often as an older
        # one's, an older event's only beside a word that sets it earlier (LAST_YEAR: "इससे पहले", "前回")
        self.past_perfect_timed = _phrases(getattr(lexicon, "PAST_PERFECT_TIMED", ()), lexicon.MATCH)
        # "a indiqué que 24 personnes avaient péri": the past perfect of reported speech, no earlier event
        self.speech = (
            _phrases((*getattr(lexicon, "SPEECH_VERBS", ()), *getattr(lexicon, "REPORTING_VERBS", ())), lexicon.MATCH)
            if self.past_perfect is not None
            else None
        )
        # "Cinq jours plus tôt, ...", "El mes pasado, ...", "Vor einer Woche ...": a time a day or more back that
        # opens a sentence, whose figures are an earlier event's (EARLIER_OPENINGS; '#' a number or its word)
        self.earlier_opening = _openings(
            tuple(getattr(lexicon, "EARLIER_OPENINGS", ())), lexicon.MATCH, bool(getattr(lexicon, "SPACED", True))
        )
        # "O caso ocorre quatro dias após a explosão, que deixou 58 mortos": the news's incident told as coming a span
        # of time after another, whose figures the rest of the sentence recalls (COMES_AFTER verbs, TIME_AFTER spans)
        self.comes_after = _comes_after(
            tuple(getattr(lexicon, "COMES_AFTER", ())), tuple(getattr(lexicon, "TIME_AFTER", ())), lexicon.MATCH
        )
        # "« Aucun survivant n'est attendu »", "keine Überlebenden erwartet": no survivors expected, not told
        self.expected_no_survivors = _expected(
            tuple(getattr(lexicon, "NO_SURVIVOR_PHRASES", ())), tuple(getattr(lexicon, "NO_SURVIVOR_HEDGES", ()))
        )
        self.victims = _phrases(getattr(lexicon, "VICTIM_NOUNS", ()), lexicon.MATCH)  # "victimes", "Opfer"
        # "peregrinos españoles", "زائران ایرانی", "connazionali": the outlet's own nationals, a part of a larger toll
        self.nationals = _phrases(getattr(lexicon, "NATIONALS", ()), lexicon.MATCH)
        self.last_year = _phrases(getattr(lexicon, "LAST_YEAR", ()), lexicon.MATCH)  # "el año pasado", "πέρυσι"
        self.since_start = _phrases(getattr(lexicon, "SINCE_START", ()), lexicon.MATCH)
        self.superlatives = _phrases(getattr(lexicon, "SUPERLATIVES", ()), lexicon.MATCH)
        self.increment_before = _phrases(getattr(lexicon, "INCREMENT_BEFORE", ()), lexicon.MATCH)
        # "укупно девет особа", "모두 12명": 'in all' right before a number, the total of the count told before it
        total_words = "|".join(re.escape(safe_lower(w)) for w in getattr(lexicon, "TOTAL_BEFORE", ()))
        self.total_before = re.compile(rf"(?<!\w)(?:{total_words})[\s,:]*$") if total_words else None
        # "..., ocho en total", "..., huit personnes au total": 'in all' right after a number (and its noun) that closes
        # its clause, the total of the count told before it
        after_words = "|".join(re.escape(safe_lower(w)) for w in getattr(lexicon, "TOTAL_AFTER", ()))
        self.total_after = (
            re.compile(rf"(?:\s+[^\W\d_]+)?\s+(?:{after_words})\s*(?:[,.;:!?()]|$)") if after_words else None
        )
        # "lima lagi mayat ditemui" (five more bodies were found): 'more' right after the number, a figure added to
        # the toll (lexicon INCREMENT_AFTER)
        more_after = "|".join(re.escape(safe_lower(w)) for w in getattr(lexicon, "INCREMENT_AFTER", ()))
        self.increment_after = re.compile(rf"\s+(?:{more_after})(?!\w)") if more_after else None
        self.relatives = _phrases(getattr(lexicon, "RELATIVES", ()), lexicon.MATCH, anchored=True)
        # "neun Menschen, vor allem Kinder, kamen ums Leben": an aside on who the counted were, between commas
        # (lexicon ASIDE_OPENERS: mostly, mainly, most of them)
        self.asides = _phrases(getattr(lexicon, "ASIDE_OPENERS", ()), lexicon.MATCH, anchored=True)
        # "zginęło lub zostało rannych 57 osób", "νεκροί και τραυματίες": the dead and the wounded counted together,
        # so neither trigger counts the number next to them
        self.together = _phrases(getattr(lexicon, "DEAD_AND_WOUNDED", ()), lexicon.MATCH)
        # "murió a causa de las heridas sufridas", "morto per le ferite riportate": the wounds themselves, no people
        # hurt; a trigger word inside such a phrase is none (lexicon NOT_TRIGGERS)
        self.not_triggers = _phrases(getattr(lexicon, "NOT_TRIGGERS", ()), lexicon.MATCH)
        # "mató a 5 y hirió a 12", "مقتل 5 وإصابة 12": a trigger right after 'and' begins the next count's clause
        self.and_words = frozenset(safe_lower(w) for w in getattr(lexicon, "COORDINATORS", ()))
        # "mató a un policía y a tres clientes": the mark of a person as the object, repeated after 'and'
        self.object_marks = frozenset(safe_lower(w) for w in getattr(lexicon, "OBJECT_MARKS", ()))
        # "Un hombre mató a su esposa y a su hijo": an active harm verb's doer before it, its victims listed after it
        self.objects = compile_objects(lexicon, tuple(getattr(lexicon, "COORDINATORS", ())))
        self.grades: Grades | None = compile_grades(  # "12 heridos graves y 20 leves": the injured by severity
            dict(getattr(lexicon, "INJURY_GRADES", {})),
            tuple(getattr(lexicon, "COORDINATORS", ())),
            left,
            lambda w: _word_pattern(w, right),
            lambda words: _phrases(words, "word"),
        )
        links = "|".join(re.escape(w) for w in getattr(lexicon, "LABEL_LINKS", ()))
        self.label_links = re.compile(rf"\s+(?:{links})\s+") if links else None
        self.dates = date_words(
            self.code,
            spaced=bool(getattr(lexicon, "SPACED", True)),
            calendar=getattr(lexicon, "LOCAL_CALENDAR", None),
            as_of=tuple(getattr(lexicon, "AS_OF", ())),
            month_first=bool(getattr(lexicon, "MONTH_FIRST", False)),
            day_words=tuple(getattr(lexicon, "DAY_WORDS", ())),
            days_back=dict(getattr(lexicon, "DAYS_BACK", {})),
            own_months=dict(getattr(lexicon, "MONTHS", {})),
            day_month_links=tuple(getattr(lexicon, "DAY_MONTH_LINKS", ())),
            weekday_suffixes=tuple(getattr(lexicon, "WEEKDAY_SUFFIXES", ())),
            as_of_after=(
                *getattr(lexicon, "AS_OF_AFTER", ()),
                *(getattr(lexicon, "SPEECH_VERBS", ()) if getattr(lexicon, "SPEECH_AFTER_TIME", False) else ()),
            ),
            speech_verbs=(*getattr(lexicon, "SPEECH_VERBS", ()), *getattr(lexicon, "TOLD_VERBS", ())),
            count_words=(*getattr(lexicon, "UPDATE_BEFORE", ()), *getattr(lexicon, "COUNT_NOUNS", ())),
            last_weekday=tuple(getattr(lexicon, "LAST_WEEKDAY", ())),
            last_week=tuple(getattr(lexicon, "LAST_WEEK", ())),
            days_after=dict(getattr(lexicon, "DAYS_AFTER", {})),
            future=tuple(getattr(lexicon, "FUTURE_BEFORE", ())),
            era_years=int(getattr(lexicon, "ERA_YEARS", 0)),
            span_after=tuple(getattr(lexicon, "SPAN_AFTER", ())),
            not_months=tuple(getattr(lexicon, "NOT_MONTHS", ())),
            own_weekdays=dict(getattr(lexicon, "WEEKDAYS", {})),
            day_of_event=dict(getattr(lexicon, "DAY_OF_EVENT", {})),
            name_words=tuple(getattr(lexicon, "BUILDING_WORDS", ())),
            name_links=tuple(getattr(lexicon, "DATE_NAME_LINKS", ())),
            mourning=tuple(getattr(lexicon, "MOURNING_WORDS", ())),
            short_date_before=tuple(getattr(lexicon, "SHORT_DATE_BEFORE", ())),
        )
        self.months = self.dates.months
        # "informou a Defesa Civil nesta quinta-feira", "ont indiqué lundi des sources": a day word is no source's
        times = [table[0] for table in (self.dates.weekdays, self.dates.days_back) if table is not None]
        self.sources = compile_sources(lexicon, _boundaries(lexicon.MATCH), times)
        # "ascendió el miércoles a doce", "stieg am Dienstag auf 12": a day word between a toll verb and its last word
        self.updates_dated = _dated_phrases(getattr(lexicon, "UPDATE_BEFORE", ()), lexicon.MATCH, times)
        # "a dépassé vendredi les 1 000", "superó el viernes los 1.000": a day word (and a word before it) inside a
        # qualifier before the number, read without it
        self.day_gap = (
            re.compile(rf"\s(?P<article>\w+\s+)?(?:{'|'.join(f'(?:{t.pattern})' for t in times)})(?=\s)")
            if times and lexicon.MATCH != "any"
            else None
        )
        self._lexicon = lexicon
        self._places: PlaceReader | None = None
        self._weather: tuple[re.Pattern[str] | None] | None = None

    @property
    def places(self) -> PlaceReader:
        """The language's place reader (country names from the places index), compiled on first use."""
        if self._places is None:
            self._places = PlaceReader(self._lexicon)
        return self._places

    @property
    def weather(self) -> re.Pattern[str] | None:
        """'the rains', '大雨', '집중호우': weather that lasts days (the lexicon HAZARD_FAMILIES' water and weather
        words), compiled on first use (read only beside a nationwide figure)."""
        if self._weather is None:
            self._weather = (_hazard_words(self._lexicon, ("water", "weather")),)
        return self._weather[0]


def _hazard_words(lexicon: ModuleType, families: tuple[str, ...]) -> re.Pattern[str] | None:
    """The lexicon's words of those kinds of disaster, read as `core.events.hazards` reads a headline: a stem
    ('lluvia*'), a compound's end ('*flut'), a phrase ('=bomba d'acqua'), a whole word."""
    left, right = _boundaries(lexicon.MATCH)
    table = getattr(lexicon, "HAZARD_FAMILIES", {})
    patterns = []
    for entry in sorted({e for family in families for e in table.get(family, ())}, key=len, reverse=True):
        word = entry.lower().lstrip("=")
        body = re.escape(word.strip("*")).replace(r"\ ", r"\s+")
        opening = r"\w*" if word.startswith("*") else left
        closing = r"\w*" if word.endswith("*") else right
        patterns.append(f"{opening}{body}{closing}")
    return re.compile("|".join(patterns)) if patterns else None


def _boundaries(match: str) -> tuple[str, str]:
    if match == "any":
        return "", ""
    if match == "prefix":
        return r"(?<!\w)", ""
    return r"(?<!\w)", r"(?!\w)"


def _opening(words: Iterable[Iterable[str]], left: str) -> str:
    """What every one of the words' patterns opens on, written once before their alternation: its left boundary and
    a look-ahead for the words' first letters. The same matches, but the engine tries the words only where one may
    begin, not each group's boundary and every word at every character."""
    firsts = {w.rstrip("*")[:1] for group in words for w in group}
    if "" in firsts or any(ch.isspace() for ch in firsts):
        return ""  # a word that opens on a space ('\\s+' in its pattern): no first letter to look for
    return left + "(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])"


def _not_longer(word: str, others: list[str]) -> str:
    """A lookahead that keeps a trigger from matching where another metric's longer trigger starts with it: the
    killed 'meninggal' (died) inside the displaced 'meninggalkan rumah' (left their homes), the metrics' order in
    the pattern being no matter of length."""
    low = word.lower().rstrip("*")
    longer = [o.rstrip("*") for o in others]
    tails = [o[len(low) :] for o in longer if o.startswith(low) and len(o) > len(low)]
    if not tails:
        return ""
    return "(?!" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(tails, key=len, reverse=True)) + ")"


_COMES_AFTER_WORDS = 3  # words between the verb and the span after it ("ocorre menos de uma semana após")


def _comes_after(verbs: tuple[str, ...], spans: tuple[str, ...], match: str) -> re.Pattern[str] | None:
    """A verb of happening, up to a few words (the span's number, 'less than', 'only'), then a span of time and
    'after' ('ocorre quatro dias após', 'survient quatre jours après', 'ereignete sich vier Tage nach')."""
    if not verbs or not spans:
        return None
    left, right = _boundaries(match)
    verb = "|".join(_word_pattern(w, right) for w in sorted(verbs, key=len, reverse=True))
    span = "|".join(_word_pattern(w, right) for w in sorted(spans, key=len, reverse=True))
    return re.compile(rf"{left}(?:{verb})(?:\s+[^\W_]+){{1,{_COMES_AFTER_WORDS}}}?\s+(?:{span})")


def _animals(nouns: tuple[str, ...], links: tuple[str, ...], match: str) -> re.Pattern[str] | None:
    """Animals right after a number, through a measure or 'of' ('40 vacas', '300 cabezas de ganado', 'une quarantaine
    de moutons'): a herd's count, no victims (lexicon ANIMAL_NOUNS, ANIMAL_LINKS)."""
    if not nouns:
        return None
    right = _boundaries(match)[1]
    body = "|".join(_word_pattern(w, right) for w in sorted(nouns, key=len, reverse=True))
    link = "|".join(_word_pattern(w, "" if w.endswith("'") else right) for w in sorted(links, key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{link})\s*)?(?:{body})" if links else rf"\s*(?:{body})")


def _word_pattern(word: str, right: str, guard: str = "") -> str:
    stem = word.endswith("*")
    body = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+") + guard
    return body + r"\w*" if stem else body + right


_WORD_START = r"(?<!\w)"
_SEPARABLE_GAP = 60  # characters between a separable verb and its particle ("kwamen tussen de 20 en 30 mensen om")


def _separable(
    verbs: tuple[str, ...], left: str, right: str, coordinators: tuple[str, ...] = ()
) -> re.Pattern[str] | None:
    """'kwamen ... om': the verb, a stretch of its clause with no sentence end, and the particle (the group `particle`)
    right before a clause's end or its 'and' ("om te helpen" is another verb's 'om'; 'جان ۵۷ نفر را گرفت و ...').
    The verb opens a word in every script ('جان ... را گرفت' is no 'آذربایجان')."""
    split = [v.split("...") for v in verbs if v.count("...") == 1]
    if not split:
        return None
    body = "|".join(
        rf"{left or _WORD_START}{_word_pattern(verb.strip(), right)}"
        rf"\s(?:(?:[^.;:!?]|\.(?=\d)){{0,{_SEPARABLE_GAP}}}?\s)?"
        rf"(?P<particle{i}>{_word_pattern(particle.strip(), right)})"
        for i, (verb, particle) in enumerate(split)
    )
    joined = "".join(rf"|\s+{re.escape(safe_lower(w))}\s" for w in coordinators if " " not in w)
    return re.compile(rf"(?:{body})(?=\s*(?:[.,;:!?)،؛։।۔。]|$){joined})")


def _longest_first(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Literal words, the longest tried first (a match from a trigger's start takes the whole verb)."""
    if not words:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _phrases(words: tuple[str, ...] | list[str], match: str, anchored: bool = False) -> re.Pattern[str] | None:
    if not words:
        return None
    left, right = _boundaries(match)
    body = "|".join(_word_pattern(w, right) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{body})" if anchored else rf"{left}(?:{body})")


_OPENING_MARKS = r"[\s\"'«»„“”‘’(\-–—]*"  # quotes, brackets and dashes a sentence may open on


def _openings(phrases: tuple[str, ...], match: str, spaced: bool) -> re.Pattern[str] | None:
    """Phrases that open a sentence (after its quotes, and one word in a spaced script: 'Et la semaine dernière',
    'Erst vor einer Woche'), to match at the sentence's start; '#' stands for a number in digits or words ('il y a #
    jours', 'vor # Tagen'; in a script without spaces digits or CJK numerals: '#天前')."""
    if not phrases:
        return None
    number = r"[^\W_]{1,12}" if spaced else r"[\d一二两三四五六七八九十〇]{1,4}"
    right = _boundaries(match)[1] if spaced else ""
    body = "|".join(
        re.escape(safe_lower(p)).replace(r"\ ", r"\s+").replace(r"\#", number)
        for p in sorted(phrases, key=len, reverse=True)
    )
    word = r"(?:[^\W\d_]+\s+)?" if spaced else ""
    return re.compile(rf"{_OPENING_MARKS}{word}(?:{body}){right}")


_HEDGE_REACH = 30  # characters between a no-survivor phrase and the word that makes it an expectation


def _expected(phrases: tuple[str, ...], hedges: tuple[str, ...]) -> re.Pattern[str] | None:
    """A no-survivor phrase with a word of expecting or fearing close before or after it in its sentence ('aucun
    survivant n'est attendu', 'se teme que no haya supervivientes'): no one is told dead."""
    if not phrases or not hedges:
        return None

    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(safe_lower(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    said, hedge = alternation(phrases), alternation(hedges)
    gap = rf"[^.!?;]{{0,{_HEDGE_REACH}}}?"
    return re.compile(rf"(?<!\w)(?:(?:{said}){gap}(?:{hedge})|(?:{hedge}){gap}(?:{said}))(?!\w)")


def _dated_phrases(words: tuple[str, ...], match: str, times: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """Toll verbs of two words or more with a day word (and a word before it: 'el', 'ce') before their last word."""
    split = [w.split() for w in words if len(w.split()) >= 2 and not w.endswith("*")]
    if not split or not times or match == "any":
        return None
    left = _boundaries(match)[0]
    days = "|".join(f"(?:{t.pattern})" for t in times)
    gap = rf"\s+(?:\w+\s+)?(?:{days})\s+"
    body = "|".join(
        r"\s+".join(map(re.escape, w[:-1])) + gap + re.escape(w[-1]) for w in sorted(split, key=len, reverse=True)
    )
    return re.compile(rf"{left}(?:{body})(?!\w)")


def _phrase_table(
    table: dict[str, str], match: str, anchor: str
) -> tuple[re.Pattern[str], dict[str, Qualifier]] | None:
    if not table:
        return None
    left, right = _boundaries(match)
    # a key ending in '$' is a whole word in a prefix lexicon (tr "yakın$": nearly, never "yakınları", relatives)
    whole = {re.sub(r"\s+", " ", k.lower()).rstrip("$") for k in table if k.endswith("$")}
    keys = {re.sub(r"\s+", " ", k.lower()).rstrip("$"): Qualifier(v) for k, v in table.items()}
    body = "|".join(
        _word_pattern(w, r"(?!\w)" if w in whole else right) for w in sorted(keys, key=len, reverse=True)
    )
    if anchor == "end":  # the phrase ends right before the number
        return re.compile(rf"{left}({body})\s*$"), keys
    return re.compile(rf"({body})"), keys


@cache  # one entry per language: more than 64 of them
def language(code: str) -> Language | None:
    """The compiled lexicon of `code`, or None when the language has no lexicon of the shared shape."""
    from core.extract.lexicons import ALIASES, WORLD_LANGUAGES, load

    code = ALIASES.get(code, code)
    if code not in WORLD_LANGUAGES:
        return None
    return Language(_as_read(load(code)))


# The zero-width non-joiner, which the extractor removes from every text before reading it (`core.text.visible_text`)
# and Persian writes inside words ('جان‌باختن'). (It removes the zero-width joiner too, which Sinhala writes in
# 'සංඛ්‍යාව': those words are left as they are, unread, for the figures they would move need a look of their own.)
_JOINERS = str.maketrans("", "", "\u200c\u200d")


def _as_read(lexicon: ModuleType) -> ModuleType:
    """The lexicon with its words spelt as the text it reads is: without the zero-width non-joiner, which the text
    never keeps ('جان‌باخت' would never match the text's 'جانباختن')."""
    read = ModuleType(lexicon.__name__, lexicon.__doc__)
    read.__dict__.update({name: _without_joiners(value) for name, value in vars(lexicon).items()
                          if not name.startswith("__")})  # fmt: skip
    return read


def _without_joiners(value: object) -> object:
    if isinstance(value, str):
        return value.translate(_JOINERS)
    if isinstance(value, tuple):
        return tuple(_without_joiners(v) for v in value)
    if isinstance(value, list):
        return [_without_joiners(v) for v in value]
    if isinstance(value, frozenset | set):
        return type(value)(_without_joiners(v) for v in value)
    if isinstance(value, dict):
        return {_without_joiners(k): _without_joiners(v) for k, v in value.items()}
    return value
