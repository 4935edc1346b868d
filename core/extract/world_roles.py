"""How a number of a sentence in any language stands to its trigger: its qualifier ("al menos", "以上"), and
whether it is a subset, an increment, a count of those still in care, or background of an earlier year. Read by
`core.extract.multilingual`, whose one pass binds numbers to triggers; all language knowledge is lexicon data."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.extract.clean import safe_lower
from core.extract.numerals import Numeral
from core.extract.world_language import Language
from core.models import Qualifier

_COUNT_NOUN_GAP = 16
_INCREMENT_GAP = 12  # "আরও ৫", "weitere 12"
_UPDATE_WINDOW = 24  # a toll verb and a word or two before the number: "s'est alourdi mardi à"
_QUALIFIER_GAP = 12  # a counter or person noun between the number and a qualifier after it ("179명 이상")
_SUBSET_WINDOW = 30
# sentence ends of the scripts we read: Latin, CJK, Arabic, Devanagari, Urdu, Ethiopic ("።") and Myanmar ("။")
_SENTENCE_END = re.compile(r"[.!?。！？؟।۔።။]")
_ACROSS_COUNTS = re.compile(r"[;,،、，፣፤၊()\[\]|]|\d")  # a break or another number between a count and a qualifier
_AFTER_BREAK = re.compile(r"[;,،、，፣፤၊()\[\]|]|\s[-–]\s")  # "300, les décès ...": the comma ends the number's phrase
# a number written into a Latin, Greek or Cyrillic word with a hyphen: "45-letni", "12-köpfige", "50-årene" (not a
# case ending in other scripts: "১৫০-এর বেশি", more than 150)
_COMPOUND = re.compile(r"-[a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
_YEAR = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")  # `(?<!\d)` before the year, checked after its '19'
# Words of the supported languages that put a year after them ("en 2012", "im Jahr", "منذ 2012", "w 2012"): one
# table, as the same short words recur across languages and none is a count's word.
_YEAR_BEFORE_TEXT = "en in im em no na nel nell desde depuis seit sejak tahun w roku i منذ عام سنة"
_YEAR_BEFORE = frozenset(_YEAR_BEFORE_TEXT.split())


_NOT_COUNT_REACH = 16  # characters before a number its NOT_COUNTS_BEFORE words are looked for in ("adolescente de")


@dataclass(frozen=True, slots=True)
class _Trigger:
    metric: str
    start: int
    end: int
    heads_count: bool = False  # "el número de muertos", "عدد المصابين", "死亡人数": counts the number after it
    bare: bool = False  # a toll noun alone ("con un saldo de 96", "le bilan s'élève à 35"): the dead
    body: bool = False  # "78 corps", "15 cuerpos": counts only a number right before it (a word between at most)
    before: bool = False  # "una vittima" (ONE_VICTIM_NOUNS): counts only the number right before it, never one after
    people: bool = False  # "пострадали": counts only a number with a word for people after it ("60 человек")
    anaphor: bool = False  # 'their number' (COUNT_ANAPHORS): a toll verb's count may come before it, as a count noun's
    victims_after: bool = False  # "в убийстве семи человек" (CHARGE_WORDS): its victims after it, the count before none
    fronted: bool = False  # "A perdere la vita, (...), sono stati 4 giovani": opens its sentence, its count later



def _qualifier(lang: Language, lower: str, number: Numeral, s_start: int, limit: int) -> tuple[Qualifier, int, int]:
    """The qualifier right before the number, else one after it: between the number and its trigger, or
    within a few characters when the trigger came first ("مقتل 50 شخصا على الأقل")."""
    if lang.before is not None:
        pattern, table = lang.before
        window = lower[max(s_start, number.start - 40) : number.start]
        m = pattern.search(window) or _across_a_day(lang, window, pattern)
        if m:
            q = table.get(re.sub(r"\s+", " ", m.group(1)))
            q_start = number.start - (len(window) - m.start(1))
            if q is not None and _in_toll_verb(lang, lower, q_start, number.start):
                return Qualifier.EXACT, number.start, number.end  # "aumentó hasta 15": 'hasta' is the verb's 'to'
            if q is not None:
                return q, q_start, number.end
    if lang.after is not None:
        pattern, table = lang.after
        m = pattern.search(lower, number.end, limit)
        # "升至31人，另有100多人": not across a comma or another number (the next count's own qualifier)
        if (
            m
            and m.start(1) - number.end <= _QUALIFIER_GAP
            and not _ACROSS_COUNTS.search(lower, number.end, m.start(1))
            and not _start_of_a_later_word(lower, number.end, m.start(1), m.end(1))
        ):
            q = table.get(re.sub(r"\s+", " ", m.group(1)))
            if q is not None:
                return q, number.start, m.end(1)
    return Qualifier.EXACT, number.start, number.end


def _across_a_day(lang: Language, window: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """'a dépassé vendredi les 1 000', 'superó el viernes los 1.000': the qualifier read past the day word told
    inside it (its letters before the day word, so the offsets before it hold)."""
    if lang.day_gap is None:
        return None
    day = max(lang.day_gap.finditer(window), key=lambda m: m.start(), default=None)  # the last one
    if day is None:
        return None
    # the day word alone ('dépassé vendredi les'), else with the word before it ('superó el viernes los')
    cuts = [day.end("article") - 1, day.start()] if day.group("article") else [day.start()]
    for cut in cuts:
        m = pattern.search(window[:cut] + window[day.end() :])
        if m is not None and m.start(1) < cut:
            return m
    return None


def _start_of_a_later_word(lower: str, number_end: int, start: int, end: int) -> bool:
    """A qualifier's letters that begin a longer word past the number's own word: '사망자 가운데 4명이 한인 여성' (4
    of the dead were Korean women: '여성', woman, is no '여', more than, of '10여 명'); '100명이 넘는' (the number's
    word, then the verb) stays a qualifier."""
    return end < len(lower) and lower[end].isalpha() and len(lower[number_end:start].split()) > 1


_WORD_REST = re.compile(r"\w*")


def _qualifier_before_count(
    lang: Language, lower: str, trigger: _Trigger, number: Numeral, s_start: int
) -> Qualifier:
    """A qualifier that opens the clause before the count noun the number completes ('تجاوز عدد القتلى 1000',
    'تخطى عدد القتلى 20 ألفا': exceeded), the number right after the count's word ('المصابين': the trigger 'مصاب'
    and the rest of its word); else exact."""
    rest = _WORD_REST.match(lower, trigger.end)
    word_end = rest.end() if rest is not None else trigger.end
    if lang.before is None or lang.count_nouns is None or lower[word_end : number.start].strip(" \t:"):
        return Qualifier.EXACT
    noun = lang.count_nouns.search(lower, max(s_start, trigger.start - _COUNT_NOUN_GAP), trigger.start)
    if noun is None:
        return Qualifier.EXACT
    pattern, table = lang.before
    m = pattern.search(lower[max(s_start, noun.start() - 40) : noun.start()])
    return table.get(re.sub(r"\s+", " ", m.group(1)), Qualifier.EXACT) if m else Qualifier.EXACT


def _qualifier_after_trigger(
    lang: Language, lower: str, number: Numeral, trigger: _Trigger, s_end: int
) -> tuple[Qualifier, int, int]:
    """The qualifier right after the trigger word that follows the number ('21 قتيلا على الأقل', '5 muertos como
    mínimo'), nothing but spaces between them; else exact."""
    assert lang.after_noun is not None
    pattern, table = lang.after_noun
    rest = _WORD_REST.match(lower, trigger.end)
    word_end = rest.end() if rest is not None else trigger.end
    m = pattern.match(lower, word_end + 1, s_end) if lower[word_end : word_end + 1].isspace() else None
    if m is not None:
        q = table.get(re.sub(r"\s+", " ", m.group(1)))
        if q is not None:
            return q, number.start, m.end(1)
    return Qualifier.EXACT, number.start, number.end


def _in_toll_verb(lang: Language, lower: str, q_start: int, end: int) -> bool:
    """Is the qualifier word at `q_start` the end of a toll verb that runs up to the number ('aumentó hasta 15',
    'è salito fino a 14', 'subiu até 18'): the count rose to the figure, not up to it?"""
    if lang.updates is None:
        return False
    return any(
        m.start() < q_start and not lower[m.end() : end].strip()
        for m in lang.updates.finditer(lower, max(0, q_start - _UPDATE_WINDOW), end)
    )


def _not_a_count(lang: Language, lower: str, number: Numeral, end: int) -> bool:
    """'45 años', '7 km', '30%', '6 de febrero': a number with a unit or a month after it is not a count."""
    if lang.not_counts is not None and lang.not_counts.match(lower, number.end, end):
        return True
    if _survivors_counted(lang, lower, number, end):
        return True
    if lang.ordinal_dot and _an_ordinal(lower, number, end):
        return True  # "im 3. Stock", "3. katta", "ve 3. patře": a floor, a day, a rank, no count
    if lang.animals is not None and lang.animals.match(lower, number.end, end):
        return True  # "la crue a tué 40 vaches", "murieron 300 cabezas de ganado": a herd, no victims
    if number.value == 1 and number.words and _a_part_of_no_people(lang, lower, number, end):
        return True
    if number.start >= 2 and lower[number.start - 1] == "-" and "a" <= lower[number.start - 2] <= "z":
        # "en la A-4", "un F-16", "COVID-19": digits after a Latin letter and a hyphen name a thing (Hebrew writes
        # its particles so: "ו-24" is "and 24"), but for a noun class's prefix written so ("abangu-12": lexicon
        # COUNT_PREFIXES)
        prefixed = lang.count_prefixes
        if prefixed is None or prefixed.search(lower, max(0, number.start - 12), number.start) is None:
            return True
    before = lang.not_counts_before
    if before is not None and before.search(lower, max(0, number.start - _NOT_COUNT_REACH), number.start):
        return True  # "גבר בן 45 נהרג": an age before the number (lexicon NOT_COUNTS_BEFORE)
    if _COMPOUND.match(lower, number.end, end) and not (  # "45-letni", "50-årene": an age or a size, no count
        lang.hyphen_endings is not None and lang.hyphen_endings.match(lower, number.end, end)
    ):  # ... but "238-ra emelkedett" (rose to 238): a case ending of the language (lexicon HYPHEN_ENDINGS)
        return True
    if lang.months is not None:
        pattern, _ = lang.months
        m = pattern.match(lower, number.start, end)
        # "8 décès" is no 8th of December ('déc'): a trigger where the month word would begin is the count's
        if m and m.start(2) - number.end <= 5 and not lang.triggers.match(lower, m.start(2)):
            return True
    return False


def _an_ordinal(lower: str, number: Numeral, end: int) -> bool:
    """Digits with a full stop right after them that the sentence goes on past (`world_sentences` ends none at an
    ordinal's dot): an ordinal ('im 3. Stock')."""
    dot = number.end
    return (
        not number.words and lower[dot : dot + 1] == "." and lower[dot + 1 : dot + 2].isspace()
        and lower[dot - 1 : dot].isdigit() and bool(lower[dot + 1 : end].strip())
    )  # fmt: skip


_HARM_REACH = 40  # characters after the survivors' noun where a word of their harm is read


def _survivors_counted(lang: Language, lower: str, number: Numeral, end: int) -> bool:
    """'trois survivantes ont été hospitalisées', '3 Überlebende im Krankenhaus': a count of survivors or of the
    rescued (lexicon SURVIVOR_NOUNS), which is never the hurt; but a metric's word right after the noun makes them
    the hurt among the survivors ('neuf survivants blessés')."""
    if lang.survivors is None:
        return False
    m = lang.survivors.match(lower, number.end, end)
    if m is None or lang.triggers.match(lower, _next_word(lower, m.end())):
        return False
    # "les 29 survivants ont tous été blessés": a word of harm in their clause makes them the hurt
    clause = _AFTER_BREAK.split(lower[m.end() : min(end, m.end() + _HARM_REACH)], maxsplit=1)[0]
    return not any(w.startswith(lang.survivors_hurt) for w in clause.split()) if lang.survivors_hurt else True


def _survived_hurt(lang: Language, lower: str, number: Numeral, trigger: _Trigger) -> bool:
    """'Ein fünfjähriger Junge überlebte schwer verletzt', 'un niño sobrevivió gravemente herido': a count of the hurt
    whose verb of surviving stands between the number and its word of harm counts survivors, never the hurt."""
    if trigger.metric != "wounded" or lang.survived_hurt is None or trigger.start <= number.end:
        return False
    return lang.survived_hurt.search(lower, number.end, trigger.start) is not None


_PART_WORDS = 3


def _a_part_of_no_people(lang: Language, lower: str, number: Numeral, end: int) -> bool:
    """'une partie du bétail a péri': the word for one opening a phrase of a herd (lexicon NOT_ONE_SUBJECTS) counts
    no person."""
    if not lang.not_one_subjects:
        return False
    words = re.findall(r"\w+", lower[number.end : min(end, number.end + 30)])[:_PART_WORDS]
    return any(w in lang.not_one_subjects for w in words)


def _increment(lang: Language, lower: str, start: int, s_start: int) -> bool:
    """'আরও ৫ জন', 'weitere 5 Tote': a figure added to the toll, not the toll (the word right before it)."""
    if lang.increment_before is None:
        return False
    window_start = max(s_start, start - _INCREMENT_GAP)
    return any(not lower[m.end() : start].strip() for m in lang.increment_before.finditer(lower, window_start, start))


def _increment_after(lang: Language, lower: str, number_end: int) -> bool:
    """'lima lagi mayat ditemui' (five more bodies found): a figure added to the toll, 'more' right after it."""
    return lang.increment_after is not None and lang.increment_after.match(lower, number_end) is not None


_THEN_SPACE = re.compile(r"\s{1,3}")


def _injured_who_died(lang: Language, lower: str, trigger: _Trigger) -> bool:
    """'tres ferits morissin a l'hospital', 'tres heridos murieron': the injured word right before a verb of dying
    (a killed trigger after a space) counts those of the injured who died, a part of them, not their total."""
    gap = _THEN_SPACE.match(lower, trigger.end)
    if gap is None:
        return False
    after = lang.triggers.match(lower, gap.end())
    return after is not None and after.lastgroup == "killed"


def deaths_of_a_hurt_group(lang: Language, lower: str, number: Numeral, trigger: _Trigger) -> bool:
    """'dos de los ocho heridos murieron', 'zwei der acht Verletzten starben': the number, PARTITIVE, a count of the
    hurt (its number, its hurt word), then the killed trigger right after it: deaths among the hurt, more dead (as
    'two of the 45 injured died'), not a part of the dead."""
    if trigger.metric != "killed" or lang.partitive is None or trigger.start < number.end:
        return False
    of = lang.partitive.match(lower, number.end, trigger.start)
    if of is None:
        return False
    words = lower[of.end() : trigger.start].split()
    if not 2 <= len(words) <= 4:
        return False
    return any(
        (hurt := lang.triggers.match(lower, lower.rindex(word, of.end(), trigger.start))) is not None
        and hurt.lastgroup == "wounded"
        and len(between := lower[hurt.end() : trigger.start].split()) <= 1  # an auxiliary: "blessés sont morts"
        and not any(w in lang.negations for w in between)
        for word in words[-2:]
    )


def _subset(
    lang: Language,
    lower: str,
    number: Numeral,
    trigger: _Trigger,
    s_start: int,
    free: tuple[tuple[int, bool], ...] = (),
) -> bool:
    if trigger.metric == "wounded" and _still_in_care(lang, lower, number, trigger, s_start):
        return True
    if trigger.start >= number.end:
        if (
            lang.partitive is not None and lang.partitive.match(lower, number.end, trigger.start)
            and not deaths_of_a_hurt_group(lang, lower, number, trigger)
        ):  # fmt: skip
            return True
        if lang.stage_after is not None and lang.stage_after.match(lower, trigger.end, trigger.end + 40):
            return True
        if trigger.metric == "wounded" and _injured_who_died(lang, lower, trigger):
            return True
    if _among_the_victims(lang, lower, number, trigger, s_start):
        return True
    if lang.subset_before is not None:
        window_start = max(s_start, number.start - _SUBSET_WINDOW)
        m = lang.subset_before.search(lower, window_start, number.start)
        # "363 bányászt hoztak ki élve, közülük 80 megsérült": a part of a group of no victims (the rescued, the
        # passengers) is the count of its own kind
        of_no_victims = max(((e, f) for e, f in free if m and e <= m.start()), default=(-1, False))[1]
        # "بينهم خمسة أطفال وأصيب 30 آخرون": the marker's part had its count, and the number's own trigger opens
        # the next clause before it
        told_on = m is not None and m.end() <= trigger.start < number.start and any(
            m.end() < e <= trigger.start for e, _ in free
        )  # fmt: skip
        if (
            m
            and not _closed_after(lower, m.end(), number.start)
            and not of_no_victims
            and not told_on
            and not _including_closed(lang, lower, m.start(), number.start)
        ):
            return True
    if lang.subset_after is not None:
        # the marker within half the window ("12 de ellos"), or a word after the number however long it is ("una
        # española está entre los heridos": a part of one; not "tres policías y 2 de ellos", the next count's)
        m = lang.subset_after.search(lower, number.end, number.end + _SUBSET_WINDOW)
        # "12 de ellos" is a part; "se ha elevado a 212, de las cuales 183 ...": the comma opens the part that follows
        if (
            m
            and (m.end() <= number.end + _SUBSET_WINDOW // 2 or len(lower[number.end : m.start()].split()) <= 1)
            and (trigger.start < number.start or m.start() < trigger.start)
            and "," not in lower[number.end : m.start()]
        ):
            return True
    return False


_AMONG_REACH = 16  # from the victims' word back to 'among' ("tra i feriti", "parmi les blessés")


def _among_the_victims(lang: Language, lower: str, number: Numeral, trigger: _Trigger, s_start: int) -> bool:
    """'Un'italiana è tra i feriti', 'Deux Belges figurent parmi les blessés', 'Wśród rannych jest jedna Polka': the
    count of those among the victims (lexicon AMONG right before the victims' word) is a part of them, not their
    count; the number and the victims' word in one clause."""
    if lang.among is None:
        return False
    among = None
    for m in lang.among.finditer(lower, max(s_start, trigger.start - _AMONG_REACH), trigger.start):
        among = m
    if among is None or lower[among.end() : trigger.start].strip():
        return False
    between = (number.end, among.start()) if number.end <= among.start() else (trigger.end, number.start)
    return between[0] <= between[1] and not _ACROSS_COUNTS.search(lower, *between)


def _closed_after(lower: str, start: int, end: int) -> bool:
    """'vrátane strelca, ďalších desať bolo zranených', 'בהם שלושה ילדים, ו-20 נפצעו': the subset marker's phrase
    ended at a comma after words of its own; the number after it opens the next clause ('entre ellos, 12 niños':
    a comma right after the marker leaves it open)."""
    comma = _COMMA.search(lower, start, end)  # the Arabic and the full-width comma too ('بينهم 50 طفلا، وأصيب 314')
    return comma is not None and bool(lower[start : comma.start()].strip())


def _including_closed(lang: Language, lower: str, start: int, end: int) -> bool:
    """'범인을 포함해 5명이 숨졌다', 'saldırgan dahil 5 kişi öldü', '包括歹徒在内5人死亡': an 'including' phrase closed
    (lexicon INCLUDING_AFTER) between the subset marker and the number: the ones it includes are told before, the
    number after it is the whole that holds them."""
    return lang.including_after is not None and lang.including_after.search(lower, start, end) is not None


_COMMA = re.compile("[,;\u060c\uff0c\uff1b]")  # and the semicolons: "其中学生13人；另有28人受伤"


_STILL_WINDOW = 20  # "aún permanecen hospitalizadas 30 personas", "todavía hay 30 heridos"


def _still_in_care(lang: Language, lower: str, number: Numeral, trigger: _Trigger, s_start: int) -> bool:
    """Are the wounded counted those still in hospital ('30 permanecen hospitalizados', '40 orang masih dirawat',
    'noch 12 Verletzte im Krankenhaus'): a word of remaining (lexicon STILL_IN_CARE) between the number and its
    trigger, right before them or right after them in their clause, and a word of care (CARE_WORDS: a hospital,
    being admitted) in their clause? Then they are a part of the injured, not their total ('Há ainda 64 feridos',
    'there are also 64', stays the total)."""
    if lang.still is None or lang.care is None:
        return False
    first, last = min(number.start, trigger.start), max(number.end, trigger.end)
    start = max(s_start, first - _STILL_WINDOW)
    # ... or right after them in their clause, where the language puts it after its subject ("Majeruhi 12 bado
    # wamelazwa", "11 skadade vårdas fortfarande på sjukhus")
    after = lang.still.search(lower, last, last + _STILL_WINDOW)
    after_in_clause = after is not None and not any(
        p.search(lower, last, after.start()) for p in (_AFTER_BREAK, _SENTENCE_END)
    )
    before = any(not _AFTER_BREAK.search(lower, m.end(), first) for m in lang.still.finditer(lower, start, last))
    if not before and not after_in_clause:
        return False
    breaks = [m.end() for m in _AFTER_BREAK.finditer(lower, s_start, first)]
    clause_start = breaks[-1] if breaks else s_start
    ends = [m.start() for m in (_AFTER_BREAK.search(lower, last), _SENTENCE_END.search(lower, last)) if m is not None]
    clause_end = min(ends, default=len(lower))
    return lang.care.search(lower, clause_start, clause_end) is not None


def _background(lang: Language, sentence_lower: str, reference_year: int | None) -> bool:
    """A sentence that tells an earlier year ('en 1999 ...') is about another, older event."""
    if reference_year is None:
        return False
    return any(y < reference_year - 1 for y in _years(lang, sentence_lower))


def _years(lang: Language, lower: str) -> list[int]:
    """The year-shaped numbers of a lower-cased text that are years: not those a metric's word follows ("2012
    Tote und 2059 Verletzte" are counts, `_counted_year`), nor a counter of people ("بیش از ۲۰۰۰ نفر کشته شدند",
    more than 2000 people were killed: lexicon PERSON_COUNTERS)."""
    return [
        int(m.group())
        for m in _YEAR.finditer(lower)
        if (_after_year_word(lower, m.start()) or not lang.triggers.match(lower, _next_word(lower, m.end())))
        and not counted_people(lang, lower, m.end())
        and not _floor_before(lang, lower, m.start())
    ]


def _names_a_year(lang: Language, lower: str) -> bool:
    """Whether a text names a year: a year-shaped number after 'more than' or 'at least' is a count ("über 2000
    Häuser brannten nieder", `_floor_before`)."""
    return any(not _floor_before(lang, lower, m.start()) for m in _YEAR.finditer(lower))


def _after_year_word(lower: str, at: int) -> bool:
    """'I 2011 omkom 77 mennesker', 'En 2010 murieron 300': a word that puts a year after it makes the number a
    year, though a metric's word follows."""
    words = lower[max(0, at - 12) : at].split()
    return bool(words) and words[-1] in _YEAR_BEFORE and lower[at - 1].isspace()


_FLOORS = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_FLOOR_REACH = 30


def _floor_before(lang: Language, lower: str, at: int) -> bool:
    """'وأصيب أكثر من 2000 شخص', 'plus de 2000 blessés': a year-shaped number right after 'more than' or 'at
    least' is a count (no year is told so; 'hasta 2019', 'vers 2010' may be years, and are left)."""
    if lang.before is None:
        return False
    pattern, kinds = lang.before
    m = pattern.search(lower[max(0, at - _FLOOR_REACH) : at])
    return m is not None and kinds.get(" ".join(m.group(1).split())) in _FLOORS


def counted_people(lang: Language, lower: str, end: int) -> bool:
    """A counter of people right after a number ending at `end` ("2012명", "۲۰۰۰ نفر"), or after the qualifier
    that stands between them ("2000多人", "2000人以上"): lexicon PERSON_COUNTERS."""
    if lang.person_counters is None:
        return False
    if lang.after is not None and (qualifier := lang.after[0].match(lower, end)) is not None:
        end = qualifier.end()
    return lang.person_counters.match(lower, end) is not None


def _next_word(text: str, at: int) -> int:
    """Where the next word starts after `at`, past spaces."""
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    return at


def _told_as_past(lang: Language, sentence_lower: str) -> bool:
    """'Nel 2009 il terremoto aveva causato 309 vittime': a sentence that dates its telling to a year ('nel
    2009') and tells it in the past perfect (lexicon `PAST_PERFECT`) is about an earlier event."""
    earlier = lang.last_year is not None and lang.last_year.search(sentence_lower) is not None
    if lang.past_perfect_timed is not None and earlier and lang.past_perfect_timed.search(sentence_lower):
        return True  # "इससे पहले आए भूकंप में 9000 लोग मारे गए थे": earlier (LAST_YEAR), in PAST_PERFECT_TIMED
    if lang.past_perfect is None or not lang.past_perfect.search(sentence_lower):
        return False
    if earlier:
        return True  # "Πέρυσι, ο Daniel είχε προκαλέσει 17 θανάτους": last year (LAST_YEAR), in the past perfect
    return any(
        m.group(1) in _YEAR_BEFORE for m in re.finditer(r"(\w+)\s+(?:19|20)\d\d\b", sentence_lower)
    )


def _past_perfects(lang: Language, lower: str, s_start: int, s_end: int) -> tuple[int, ...]:
    """'L'incendie de Mati avait fait 102 morts', 'η πυρκαγιά στο Μάτι είχε αφήσει πίσω της 102 νεκρούς': where
    the sentence's past perfect (lexicon `PAST_PERFECT`) stands, which after the text's own figure tells an older
    event's toll, with or without its year; none when a verb of saying tells it ('a indiqué que 24 personnes avaient
    péri': reported speech puts the text's own toll in the past perfect)."""
    if lang.past_perfect is None:
        return ()
    found = tuple(m.start() for m in lang.past_perfect.finditer(lower, s_start, s_end))
    if found and lang.speech is not None and lang.speech.search(lower, s_start, s_end):
        return ()
    return found


def _in_clause_of(lower: str, start: int, end: int, places: tuple[int, ...]) -> bool:
    """A word at one of `places` in the clause of the span from `start` to `end` (no comma between): 'le bilan
    s'est alourdi à 30 morts, alors que les secours avaient compté 24' keeps its 30 out of the past perfect's."""
    return any(not _AFTER_BREAK.search(lower, min(start, p), max(end, p)) for p in places)


def _latest_year(lang: Language, text: str) -> int | None:
    years = _years(lang, safe_lower(text))
    return max(years) if years else None
