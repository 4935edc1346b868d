"""Which trigger a number of a sentence counts, in any language (read by `core.extract.multilingual`): given the
field's triggers (`world_triggers`), each number bound to the nearest trigger after it ("50 muertos", "179명이
숨졌다"), else to a trigger before it that no number has taken ("la cifra de muertos asciende a 1.452"); the toll
verbs that make a number an update ('se elevó a', "52'ye yükseldi"), ranges ('entre 20 y 30') and the 'from N to
M' that supersedes N. The claims' roles are `world_roles`'; all language knowledge is lexicon data."""

from __future__ import annotations

import re
from itertools import pairwise

from core.extract.numerals import Numeral
from core.extract.world_language import Language
from core.extract.world_roles import (
    _AFTER_BREAK,
    _SENTENCE_END,
    _UPDATE_WINDOW,
    _YEAR_BEFORE,
    _qualifier,
    _Trigger,
    counted_people,
)
from core.extract.world_triggers import _BARE_WINDOW, _singular_verb, ordinal_after_one, ordinal_of_single
from core.models import Qualifier

_AFTER_WINDOW = 48  # characters from a number to a trigger after it ("50 personas han perdido la vida"); a lexicon's
# AFTER_WINDOW when it sets one


_BEFORE_WINDOW = 60  # from a trigger to a number after it ("el número de muertos por el sismo asciende a")


_HEAD_WINDOW = 90  # "el número de muertos por el terremoto de magnitud 7,8 en el sur del país asciende a"


_DATED_UPDATE_WINDOW = 48  # a toll verb with a day word in it: "ascendió el miércoles a"


_FROM_TO_GAP = 12


_BREAK = re.compile(r"[;()\[\]|]|\s[-–]\s")


_ADJACENT = re.compile(r"[\s:–—-]{0,3}")  # "Tote: 12", "ранените – 40" (a dash for the verb 'are')


_ASIDE = re.compile(r"\s*\([^()\d]*\)")  # "(según la policía)": an aside with no number of its own


def _broken(lower: str, start: int, end: int) -> bool:
    """A break between a trigger and the number after it ('muertos; 12 heridos', 'muertos (12 en Kiev)'); an aside
    in brackets is none ('Le vittime sarebbero (secondo fonti qualificate) 42')."""
    if _BREAK.search(lower, start, end) is None:
        return False
    return _BREAK.search(_ASIDE.sub(" ", lower[start:end])) is not None


_NEXT_COUNT = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s+")  # up to a few words, no punctuation


_COUNT_QUALIFIERS = frozenset([Qualifier.AT_LEAST, Qualifier.MORE_THAN])


def _counted_year(
    lang: Language, triggers: list[_Trigger], number: Numeral, lower: str, following: Numeral | None = None
) -> bool:
    """Is a year-shaped number a count: a metric's word right after it ("2012 قتيلا", "2012 morts", "2012
    muertos") or a counter of people ("伤者超过2000人", "2012명": lexicon PERSON_COUNTERS), and no word before it
    that dates a year ("en 2012 murieron 40", `_YEAR_BEFORE`)?"""
    before = lower[max(0, number.start - 12) : number.start].split()
    if before and (before[-1] in _YEAR_BEFORE or (lang.months is not None and before[-1] in lang.months[1])):
        return False  # "en 2012", "באוקטובר 2023" (in October 2023): a year
    if counted_people(lang, lower, number.end):
        return True
    end = number.end
    if lang.after is not None and (qualifier := lang.after[0].match(lower, end)) is not None:
        end = qualifier.end()  # "2000多 ...": the qualifier between the number and the trigger right after
    right_after = next(
        (t for t in triggers if t.start >= end and not lower[end : t.start].strip() and t.start - end <= 2), None
    )
    if right_after is None:
        return False
    # "en la riada de 1957 murieron 81": a number right after the toll verb is its count, the year dates it
    between = (right_after.end, following.start) if following is not None else None
    return (
        between is None
        or not _NEXT_COUNT.fullmatch(lower, *between)
        or _after_and(lang, lower, *between)  # "2012 morts et 300 blessés"
    )


def _shares_verb(number: Numeral, following: Numeral | None, triggers: list[_Trigger], end: int) -> bool:
    """Whether the next number follows with no trigger between or after it ('a un hombre ... y a 300 personas'):
    both are objects of one verb, whose count is the number."""
    if following is None:
        return False
    stop = min(end, following.end + _AFTER_WINDOW)
    return not any(number.end <= t.start < stop for t in triggers)


def _of_people(lang: Language, lower: str, number: Numeral, trigger: _Trigger | None = None) -> bool:
    """A word for people right after the number ('60 человек'), or none at all ('пострадали более 20, сообщают',
    'трое пострадали'), which a verb of PEOPLE_TRIGGERS needs: not a thing it counts ('200 гектаров')."""
    if _CLAUSE_END.match(lower, number.end):
        return True
    if trigger is not None and trigger.start >= number.end and not lower[number.end : trigger.start].strip():
        return True
    return lang.people_nouns is not None and lang.people_nouns.match(lower, number.end) is not None


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?()«»\"]|$)")


def _ranges(
    lang: Language, lower: str, numbers: list[Numeral], bound: list[tuple[Numeral, _Trigger]]
) -> dict[int, Numeral]:
    """Ranges of two numbers ('entre 20 y 30 muertos', 'murieron entre 20 y 30'): whichever of the two is bound,
    the high one carries the range's claim with the trigger (`bound` is changed in place); high start -> low."""
    out: dict[int, Numeral] = {}
    for low, high in pairwise(numbers):
        if low.year_like or high.year_like or high.value <= low.value:
            continue
        between = lower[low.end : high.start]
        for before, middle, after in lang.ranges:
            if (
                middle.match(between)
                and (before is None or before.search(lower, max(0, low.start - 16), low.start))
                and (after is None or after.match(lower, high.end))
            ):
                trigger = next((t for n, t in bound if n.start in (low.start, high.start)), None)
                if trigger is not None:
                    bound[:] = [(n, t) for n, t in bound if n.start not in (low.start, high.start)]
                    bound.append((high, trigger))
                    out[high.start] = low
                break
    return out


_BODY_OF_GAP = 16  # from a body noun to the number after it: "los cuerpos de 25", "těla 20", "de lichamen van 20"


_OBJECT_GAP = 12  # "a tué 12", "mató a 12", "deixou 40": a toll verb's count right after it
_OBJECT_WORDS = 4  # words between the verb and a count written in digits or words other than 'one'


def _right_after(lower: str, number: Numeral, trigger: _Trigger) -> bool:
    """'le bilan est de 12 blessés': a trigger right after the number counts it, even after a count noun."""
    return not trigger.bare and trigger.start - number.end <= 2 and not lower[number.end : trigger.start].strip()


def _next_clause(lang: Language, lower: str, start: int, end: int) -> bool:
    """'mató a 5 y dejó heridos a 12', 'مقتل 5 وإصابة 12': the text after the number opens with 'and', so the trigger
    further on is the next count's."""
    words = lower[start:end].split()
    return bool(words) and words[0] in lang.and_words


def _relative_between(lang: Language, lower: str, start: int, end: int) -> bool:
    """A relative clause of the counted people opens between `start` and `end` ('103 personnes, qui ...')."""
    if lang.relatives is None:
        return False
    comma = _AFTER_BREAK.search(lower, start, end)
    return comma is not None and comma.group() in ",،，" and lang.relatives.match(lower, comma.end(), end) is not None


def _closed_relative(lang: Language, lower: str, start: int, inside: int, end: int) -> bool:
    """A relative clause opens right after `start` (a comma and a relative word), holds `inside`, and closes with a
    comma before `end`, no other break between."""
    if lang.relatives is None:
        return False
    comma = _AFTER_BREAK.match(lower, start)
    if comma is None or comma.group() not in ",،，" or lang.relatives.match(lower, comma.end(), inside) is None:
        return False
    closing = _AFTER_BREAK.search(lower, inside, end)
    return closing is not None and closing.group() in ",،，" and _AFTER_BREAK.search(lower, closing.end(), end) is None


def _joined_label(lang: Language, lower: str, trigger: _Trigger, following: Numeral) -> bool:
    """'بينهم خمسة أطفال وأصيب 30 آخرون': a trigger with a one-letter 'and' written on its word ('و'), the next
    number right after it, opens the next clause and labels that number, whatever count stands before it."""
    before = lower[trigger.start - 1 : trigger.start]
    return (
        trigger.start >= 2
        and before in lang.and_words
        and lower[trigger.start - 2].isspace()
        and _ADJACENT.fullmatch(lower, _word_end(lower, trigger.end), following.start) is not None
    )


_OWN_NUMBER_GAP = 2  # words between a verb and its own number: "hirió a otras 20"


def _and_verb_of_its_own(lang: Language, lower: str, number: Numeral, trigger: _Trigger, following: Numeral) -> bool:
    """'mató este domingo a 26 personas e hirió a otras 20', '... y dejó heridas a otras 20': a trigger right after
    'and' (or its verb's word after it), the next number a word or two after it, opens the next clause and counts
    that number, not the count before the 'and'."""
    words = lower[number.end : trigger.start].split()
    if not any(w in lang.and_words for w in words[-2:]) or following.start < trigger.end:
        return False
    return len(lower[_word_end(lower, trigger.end) : following.start].split()) <= _OWN_NUMBER_GAP


def _singular_verb_before_many(lang: Language, lower: str, trigger: _Trigger, number: Numeral) -> bool:
    """'El atacante murió tras huir perseguido por dos vecinos': in a language whose verb agrees with its count
    (lexicon SINGULAR_VERB_AGREES; not Russian, 'погиб 21 человек'), a verb's singular form (SINGULAR_DEATHS)
    does not count a number above one after it."""
    if not lang.singular_verb_agrees or number.value <= 1 or trigger.metric != "killed":
        return False
    if lang.total_before is not None and lang.total_before.search(lower, trigger.end, number.start):
        return False  # 'Murió un total de 21 personas': the verb agrees with the singular 'total' the count follows
    return _singular_verb(lang.singular_deaths, lower, trigger)


_ASIDE_REACH = 3  # words of the count's own phrase before the comma that opens a subset aside ("۸ عضو این خانواده،")


_GOVERNED_REACH = 16  # characters back from a victims' word where its 'of the' is looked for


def _another_nouns_victims(lang: Language, lower: str, phrase_end: int, trigger: _Trigger) -> bool:
    """'Milhares de pessoas acompanharam o velório dos mortos', 'Des dizaines de proches des victimes': the dead's
    word after 'of the' (lexicon OF_THE_BEFORE) with words between it and the count, the complement of another noun
    (a wake, the relatives), whose count is not the dead's. Right after the count it is a part of them ('Dos de
    los muertos'); a word of the hurt after 'of the' is mostly their harm ('por causa dos ferimentos')."""
    if lang.of_the_before is None or trigger.heads_count or trigger.metric != "killed":
        # "sale a 290 il numero delle vittime": the count's noun; "wegen der Verletzungen behandelt": the hurt's
        # harm, which the count suffered
        return False
    governed = lang.of_the_before.search(lower, max(phrase_end, trigger.start - _GOVERNED_REACH), trigger.start)
    return governed is not None and bool(lower[phrase_end : governed.start()].split())


_MOURNED_REACH = 40  # characters after the dead's word where the word of mourning that governs it is looked for
_CROWD_WORDS = 1  # words between a crowd's count and the dead's word governed by a mourning word after it


def _a_crowd_for_them(lang: Language, lower: str, number: Numeral, trigger: _Trigger, s_end: int) -> bool:
    """'Binlerce kişi ölenlerin cenazesine katıldı', 'Тысячи человек пришли проститься с погибшими', 'هزاران نفر در
    مراسم تشییع جان‌باختگان شرکت کردند': a vague quantity with a word of mourning (a funeral, a farewell, a
    commemoration: lexicon GATHERING_WORDS) between it and the dead's word, or the word right after theirs with
    words of the crowd's own clause between the count and the dead's word, counts the crowd that gathered for them,
    not the dead ('Yüzlerce kişi öldü ve cenazeleri ...' counts the dead). Where 'of the' is an ending, an ezafe or
    a postposition (MOURNED_LINKS), OF_THE_BEFORE cannot tell it."""
    if number.band is None or trigger.metric != "killed" or lang.gathering is None:
        return False
    if lang.gathering.search(lower, number.end, trigger.start) is not None:
        return True
    if len(lower[number.end : trigger.start].split()) < _CROWD_WORDS:
        return False  # "yüzlerce ölünün cenazesi" (the funerals of hundreds of dead): the count is the dead's
    after = lang.gathering.search(lower, trigger.end, min(s_end, trigger.end + _MOURNED_REACH))
    return after is not None and _only_links_between(lang, lower[trigger.end : after.start()])


def _only_links_between(lang: Language, between: str) -> bool:
    """Nothing but a space, or only postpositions of MOURNED_LINKS, between the dead's word and the mourning word
    ('मृतकों के अंतिम संस्कार', 'ہلاک شدگان کی نماز جنازہ'); the rest of the trigger's word does not count."""
    words = between.split()
    if words and not between[:1].isspace():
        words = words[1:]  # the trigger's word runs on ('मृतक' of 'मृतकों')
    return all(w in lang.mourned_links for w in words)


def _subset_aside(
    lang: Language, lower: str, number: Numeral, s_end: int, triggers: list[_Trigger]
) -> int | None:
    """Where a subset aside after the count closes: a comma, a SUBSET_BEFORE marker with the part's number, a
    comma ('۸ عضو این خانواده، از جمله پنج کودک، را کشت', '8 kişi, aralarında beş çocuk, hayatını kaybetti',
    '8명이, 그중 어린이 5명이, 숨졌다'). In a verb-final language the count's trigger stands past the aside; the
    aside's number is not the next count. None when no such aside follows the number."""
    if lang.subset_before is None:
        return None
    opening = _AFTER_BREAK.search(lower, number.end, s_end)
    if (
        opening is None
        or opening.group() not in ",،，、"
        or len(lower[number.end : opening.start()].split()) > _ASIDE_REACH
        or _SENTENCE_END.search(lower, number.end, opening.start())
        or any(number.end <= t.start < opening.start() for t in triggers)  # "20 osób zostało rannych, w tym dwie"
    ):
        return None
    marker = lang.subset_before.match(lower, opening.end() + len(lower[opening.end() :]) - len(
        lower[opening.end() :].lstrip()))  # fmt: skip
    if marker is None:
        return None
    closing = _AFTER_BREAK.search(lower, marker.end(), s_end)
    if (
        closing is None
        or closing.group() not in ",،，、"
        or _SENTENCE_END.search(lower, marker.end(), closing.start())
        or not any(ch.isdigit() or ch.isalpha() for ch in lower[marker.end() : closing.start()])
    ):
        return None
    return closing.end()


_COORDINATED_NOUN = 3  # words of the first count's noun phrase before 'and' ("Diez niñas y una monitora")


def _coordinated(
    lang: Language,
    lower: str,
    numbers: list[Numeral],
    bound: list[tuple[Numeral, _Trigger]],
    triggers: list[_Trigger],
    ranges: dict[int, Numeral],
) -> list[tuple[Numeral, _Trigger]]:
    """Two counts of people joined by 'and', the subjects of one verb after them ('Diez niñas y una monitora siguen
    desaparecidas', '20 soldados y 5 civiles murieron'): the second took the trigger, the first none; the trigger
    counts their sum. Not a range ('entre 20 y 30': no noun between), nor a thing counted ('dos casas')."""
    if not lang.and_words:
        return bound
    taken = {n.start for n, _ in bound}
    out = []
    for number, trigger in bound:
        first = next((n for n in reversed(numbers) if n.end <= number.start), None)
        if (
            first is None
            or trigger.start < number.end
            or first.start in taken
            or first.year_like
            or _vague_in(first, number)
            or number.start in ranges
            or _thing_counted(lang, lower, first)
            or _thing_counted(lang, lower, number)
            or _governed_thing(lang, lower, first)
            or _objects_thing(lang, lower, first)
            or not _nothing_between(lower, first, number, triggers)
            or not _joined_by_and(lang, lower[first.end : number.start].split(), number, attached=False)
        ):
            out.append(_with_kin_before(lang, lower, number, trigger, triggers))
            continue
        total = Numeral(first.value + number.value, first.start, number.end, words=first.words and number.words)
        out.append((total, trigger))
    return out


def _vague_in(first: Numeral, second: Numeral) -> bool:
    """Is either count a vague quantity ('decenas de miles', 'cientos')? Summed with another count it would make an
    exact figure no one gave: "en los dos países y decenas de miles de heridos" is not 10,002 injured."""
    return first.band is not None or second.band is not None


def _coordinated_after(
    lang: Language, lower: str, numbers: list[Numeral], bound: list[tuple[Numeral, _Trigger]], triggers: list[_Trigger]
) -> list[tuple[Numeral, _Trigger]]:
    """A verb before two counts of people joined by 'and' ('Resultaron heridos tres policías y un transeúnte', 'أصيب
    ثلاثة من رجال الشرطة ومارّ واحد'): the first took the trigger, the second none; the trigger counts their sum.
    The 'and' stands right before the second count, or is written on the second's noun with the count after it (the
    Arabic 'one' follows its noun). Not a thing counted, nor a count another trigger took or stands before."""
    if not lang.and_words:
        return bound
    taken = {n.start for n, _ in bound}
    out = []
    for number, trigger in bound:
        second = next((n for n in numbers if n.start >= number.end), None)
        if (
            second is None
            or trigger.end > number.start
            or second.start in taken
            or second.year_like
            or _vague_in(number, second)
            or _thing_counted(lang, lower, second)
            or _subjects_thing(lang, lower, second)
            or _a_part(lang, lower, second)
            or not _nothing_between(lower, number, second, triggers)
            or not _joined_by_and(lang, lower[number.end : second.start].split(), second)
            or _survivors_after_and(lang, lower, number.end, second.start)
        ):
            out.append(_with_kin_after(lang, lower, number, trigger, triggers, second))
            continue
        total = Numeral(number.value + second.value, number.start, second.end, words=number.words and second.words)
        out.append((total, trigger))
    return out


def _kin_joined(lang: Language, lower: str, number: Numeral, stop: int) -> int | None:
    """Where a relative told with a possessive ends (lexicon KIN_AFTER_AND: 'su madre', 'suo figlio', 'sa mère'),
    joined by 'and' to the count's noun before `stop` ('dos niñas y su madre'): one more person of the count. None
    when no such relative follows the count's noun."""
    if lang.kin_after_and is None:
        return None
    for m in lang.kin_after_and.finditer(lower, number.end, stop):
        words = lower[number.end : m.start()].split()
        if (
            2 <= len(words) <= _COORDINATED_NOUN + 1
            and words[-1] in lang.and_words
            and not any(w in lang.and_words for w in words[:-1])
            and not _AFTER_BREAK.search(lower, number.end, m.start())
            and not _SENTENCE_END.search(lower, number.end, m.start())
        ):
            return m.end()
        return None
    return None


def _with_kin_before(
    lang: Language, lower: str, number: Numeral, trigger: _Trigger, triggers: list[_Trigger]
) -> tuple[Numeral, _Trigger]:
    """'Dos niñas y su madre murieron', 'Un homme et son fils sont morts': the relative joined to the count before
    its verb is one more of those the verb counts."""
    if trigger.start < number.end or any(number.end <= t.start < trigger.start for t in triggers):
        return number, trigger
    end = _kin_joined(lang, lower, number, trigger.start)
    if end is None or _AFTER_BREAK.search(lower, end, trigger.start):
        return number, trigger
    return Numeral(number.value + 1, number.start, number.end, words=number.words), trigger


def _with_kin_after(
    lang: Language,
    lower: str,
    number: Numeral,
    trigger: _Trigger,
    triggers: list[_Trigger],
    second: Numeral | None,
) -> tuple[Numeral, _Trigger]:
    """'Murieron dos niñas y su madre', 'Resultaron heridos un hombre y su hijo': the relative joined to the count
    after its verb is one more of those the verb counts; not the subject of a verb of its own ('Murió un hombre y su
    hijo resultó herido'), nor before another count."""
    if trigger.end > number.start:
        return number, trigger
    stop = second.start if second is not None else len(lower)
    end = _kin_joined(lang, lower, number, min(stop, number.end + _KIN_REACH))
    if end is None:
        return number, trigger
    clause = _AFTER_BREAK.search(lower, end)
    close = clause.start() if clause is not None else len(lower)
    if (
        any(end <= t.start < close for t in triggers)
        or (lang.thing_verbs is not None and lang.thing_verbs.match(lower, end) is not None)
        # "murieron tres personas y su madre dijo que ...": the relative speaks, no victim
        or (lang.speech is not None and lang.speech.search(lower, end, min(close, end + _KIN_REACH)) is not None)
    ):
        return number, trigger
    return Numeral(number.value + 1, number.start, number.end, words=number.words), trigger


_KIN_REACH = 48  # characters from a count to the relative joined to its noun ("dos niñas de 8 y 10 años y su madre")


def _survivors_after_and(lang: Language, lower: str, start: int, end: int) -> bool:
    """'قتل 40 شخصا ونجا ثلاثة', 'مقتل 40 شخصا ونجاة ثلاثة': a word for surviving (lexicon SURVIVED_WORDS) between
    the two counts: the second counts those who lived, none of the trigger's victims."""
    return lang.survived is not None and lang.survived.search(lower, start, end) is not None


_PART_REACH = 12  # characters after a count where 'of them' makes it a part ('و2 منهم في حالة خطيرة')


def _a_part(lang: Language, lower: str, number: Numeral) -> bool:
    """'و2 منهم', 'y 2 de ellos': a count of a part of those counted before, not more of them."""
    after = lang.subset_after
    if after is not None and after.search(lower, number.end, number.end + _PART_REACH) is not None:
        return True
    return lang.partitive is not None and lang.partitive.match(lower, number.end) is not None


def _nothing_between(lower: str, first: Numeral, second: Numeral, triggers: list[_Trigger]) -> bool:
    """No trigger, clause break or sentence end between two counts."""
    return not (
        any(first.end <= t.start < second.start for t in triggers)
        or _AFTER_BREAK.search(lower, first.end, second.start)
        or _SENTENCE_END.search(lower, first.end, second.start)
    )


def _joined_by_and(lang: Language, words: list[str], second: Numeral, attached: bool = True) -> bool:
    """The words between two counts: the first count's noun (a few words), then 'and' on its own ('policías y') or,
    when `attached`, written on the second count's noun, the count a word after it ('ومارّ واحد'; not a verb's
    figure in digits: 'وفقد 12 آخرون', and 12 others went missing), no other 'and' before."""
    if not 2 <= len(words) <= _COORDINATED_NOUN + 1 or any(w in lang.and_words for w in words[:-1]):
        return False
    last = words[-1]
    return last in lang.and_words or (attached and second.words and len(last) > 2 and last[:1] in lang.and_words)


def _clause_subject(lang: Language, lower: str, start: int, end: int) -> bool:
    """A subject of CLAUSE_SUBJECTS opens a clause between the count and a trigger after it, after a space or a
    comma ('ครู 3 ราย ตำรวจควบคุมตัว': the police's verb); not the agent of a passive, written on its marker
    ('ผู้ต้องสงสัย 2 คนถูกตำรวจจับกุม', two suspects were arrested by the police)."""
    if lang.clause_subjects is None:
        return False
    return any(
        m.start() > start and (lower[m.start() - 1].isspace() or lower[m.start() - 1] in ",،，、")
        for m in lang.clause_subjects.finditer(lower, start, end)
    )


def _updates_told_on(
    lang: Language,
    lower: str,
    numbers: list[Numeral],
    bound: list[tuple[Numeral, _Trigger]],
    updates: set[int],
    triggers: list[_Trigger],
) -> set[int]:
    """An update with no trigger of its own after an earlier figure of the sentence ('La cifra de fallecidos, que
    inicialmente era de 12, ha ascendido a 17', 'Zuvor war von 20 Toten die Rede, nun sind es 24'): the update
    counts what the earlier figure counted, which it supersedes (`bound` is changed in place). The starts of the
    superseded numbers."""
    superseded: set[int] = set()
    counted = {n.start for n, _ in bound}
    for number in numbers:
        if number.start not in updates or number.start in counted or number.year_like or _article_like(number):
            continue
        if lang.not_counts is not None and lang.not_counts.match(lower, number.end):
            continue  # "subió a 3 metros": no count
        earlier = max((pair for pair in bound if pair[0].end <= number.start), key=lambda p: p[0].start, default=None)
        if earlier is None or _SENTENCE_END.search(lower, earlier[0].end, number.start):
            continue
        if any(earlier[0].end <= t.start < number.start and t.start != earlier[1].start for t in triggers):
            continue  # "12 muertos y el número de heridos se elevó a 40": another count's trigger between
        bound.append((number, earlier[1]))
        counted.add(number.start)
        superseded.add(earlier[0].start)
    return superseded


def _word_end(lower: str, end: int) -> int:
    while end < len(lower) and lower[end].isalpha():
        end += 1
    return end


def _thing_counted(lang: Language, lower: str, number: Numeral) -> bool:
    """'یک قایق', 'un autobus': the word for one before a thing no count is of (NOT_COUNTS_AFTER), the indefinite
    article of a phrase inside the clause, which ends no count's phrase ('۴۰ نفر ... در غرق شدن یک قایق ... جان
    باختند')."""
    return lang.not_counts is not None and lang.not_counts.match(lower, number.end) is not None


_PREPOSITION_REACH = 12


def _placed_article(lang: Language, lower: str, number: Numeral) -> bool:
    """'Zwei Menschen wurden an einer Schule erschossen', 'Deux personnes ont été tuées dans une école': the word for
    one after a preposition (lexicon ARTICLE_AFTER) is the article of a place or a thing, which ends no count's
    phrase before it."""
    if lang.article_after is None or not _article_like(number):
        return False
    return lang.article_after.search(lower, max(0, number.start - _PREPOSITION_REACH), number.start) is not None


def _governed_thing(lang: Language, lower: str, number: Numeral) -> bool:
    """'Un camión chocó contra un autobús y cinco personas murieron', 'prallte gegen einen Bus und fünf Menschen':
    the word for one right after a preposition (ARTICLE_AFTER) is the article of what the preposition governs, no
    count of people joined to the next by 'and'; not after 'with' (WITH_WORDS: 'con un policía y dos civiles
    heridos', the people the phrase counts), nor after a preposition further back ('En Madrid un policía y dos ...')."""
    if not _placed_article(lang, lower, number):
        return False
    before = lower[max(0, number.start - _PREPOSITION_REACH) : number.start].split()
    return not before or before[-1] not in lang.with_words


_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”]")
_CLAUSE_REACH = 60  # characters back from the word for one where a clause's start is looked for


def _objects_thing(lang: Language, lower: str, number: Numeral) -> bool:
    """'El fuego destruyó una casa y dos personas resultaron heridas', 'Das Feuer zerstörte ein Haus und zwei
    Menschen': the word for one after other words of its clause (a verb's object) and before a noun that counts no
    person (lexicon ONE_PERSON_NOUNS) is a thing's article, no count of people joined to the next by 'and'. At the
    clause's start it stays a count ('Un policía y dos civiles resultaron heridos'), whatever its noun."""
    if lang.one_person is None or not _article_like(number):
        return False
    head = lower[max(0, number.start - _CLAUSE_REACH) : number.start]
    clause = _CLAUSE_BREAK.split(head)[-1]
    if not clause.strip():
        return False
    return lang.one_person.match(lower, number.end) is None


_THING_NOUN_WORDS = 2  # words of a thing's noun (and its adjective) before its verb ('una vivienda familiar quedó')


def _subjects_thing(lang: Language, lower: str, number: Numeral) -> bool:
    """'Murieron dos personas y una casa quedó destruida', 'Es starben zwei Menschen und ein Haus wurde zerstört',
    'Murieron dos personas y un menor está grave': the word for one before its noun and a verb of its own (lexicon
    THING_VERBS) opens the next clause, its subject's article or count, not one more of the people before. Without
    the verb it stays a count, whatever its noun: a people's name ('dos franceses y un alemán') is one more person."""
    if lang.thing_verbs is None or not _article_like(number):
        return False
    rest = lower[number.end : number.end + _CLAUSE_REACH]
    rest = _CLAUSE_BREAK.split(rest)[0]
    words = list(re.finditer(r"\S+", rest))
    return any(lang.thing_verbs.match(rest, w.end()) is not None for w in words[:_THING_NOUN_WORDS])


def _article_like(number: Numeral) -> bool:
    """'Un incendie', 'Una explosión', 'Um terremoto': the word for one, which is also the indefinite article."""
    return number.words and number.value == 1


def _nobody_told(lang: Language, lower: str, number: Numeral, trigger: _Trigger) -> bool:
    """'Bij een brand in een loods is niemand gewond geraakt', 'Vid en brand skadades ingen': a word that says no one
    (NOBODY) between the word for one and the harm's word, or right after a verb-second harm verb, makes that one the
    article of a clause that states none, no count of one."""
    if lang.nobody is None or lang.nobody_after is None:
        return False
    return (
        lang.nobody.search(lower, number.end, trigger.start) is not None
        or lang.nobody_after.match(lower, trigger.end) is not None
    )


def _object_count(
    lang: Language, lower: str, verb: _Trigger, later: list[Numeral], triggers: list[_Trigger]
) -> bool:
    """Whether the next number stands right after the toll verb as its count ('Un incendie a tué 12 personnes':
    'Un' is the subject's article), not as the subject of a figure of its own ('... y 12 personas resultaron
    heridas')."""
    if not later:
        return False
    count = later[0]
    if _AFTER_BREAK.search(lower, verb.end, count.start) or not (
        count.start - verb.end <= _OBJECT_GAP
        # "Ein Erdbeben tötete am Montag mehr als 200 Menschen": a day and a qualifier between the verb and its count
        or (not _article_like(count) and len(lower[verb.end : count.start].split()) <= _OBJECT_WORDS)
    ):
        return False
    if _after_and(lang, lower, verb.end, count.start) or any(verb.end <= t.start < count.start for t in triggers):
        # "Un bombero murió y otras tres personas resultaron heridas", "لقي شخص واحد حتفه وأصيب ثلاثة": 'and' or
        # another trigger opens the next count
        return False
    stop = min(later[1].start if len(later) > 1 else len(lower), count.end + _AFTER_WINDOW)
    # "ha ucciso almeno 17 persone e ferito altre 59": a trigger after 'and' opens the next clause's count
    return not any(
        count.end <= t.start < stop and not _after_and(lang, lower, count.end, t.start) for t in triggers
    )


def _after_and(lang: Language, lower: str, start: int, end: int) -> bool:
    return any(word in lang.and_words for word in lower[start:end].split())


def _head_before(
    lower: str, number: Numeral, triggers: list[_Trigger], taken: set[int], s_start: int
) -> _Trigger | None:
    """The nearest untaken count-noun trigger before the number in its clause ('el número de muertos ... a')."""
    return next(
        (
            t for t in reversed(triggers)
            if t.heads_count and not t.bare and t.end <= number.start and t.start not in taken
            and number.start - t.end <= _HEAD_WINDOW and not _broken(lower, t.end, number.start)
            and t.start >= s_start
        ),
        None,
    )  # fmt: skip


def _broken_after(lang: Language, lower: str, start: int, end: int) -> bool:
    """Whether a comma or a bracket ends the number's phrase before a trigger after it; not a comma that opens a
    relative clause of the counted people ('понад 117 містян, котрі отримали поранення': lexicon RELATIVES)."""
    stop = _AFTER_BREAK.search(lower, start, end)
    if stop is None:
        return False
    if lang.relatives is None or stop.group() not in ",،，" or lang.relatives.match(lower, stop.end(), end) is None:
        return True
    closing = _AFTER_BREAK.search(lower, stop.end(), end)
    if closing is None:
        return False
    # "103 personnes, qui revenaient d'un mariage, ont péri": the relative clause closed, the main verb right after
    return (
        closing.group() not in ",،，"
        or _AFTER_BREAK.search(lower, closing.end(), end) is not None
        or len(lower[closing.end() : end].split()) > 2
    )


def _window(trigger: _Trigger) -> int:
    """How far before a number a trigger may stand: a bare toll noun right before it ('un saldo de 96'), a
    count noun's head further ('el número de muertos por el terremoto ... asciende a')."""
    if trigger.bare:
        return _BARE_WINDOW
    return _HEAD_WINDOW if trigger.heads_count else _BEFORE_WINDOW


def _update(lang: Language, lower: str, start: int, lead: int, end: int | None = None) -> bool:
    """A toll verb right before the number (and its qualifier): 'se elevó a', 's'est alourdi mardi à',
    'portant ainsi à', 'menjadi', 'stieg auf': the figure is the latest update of the toll."""
    return _update_verb(lang, lower, start, lead, end) is not None


def _update_verb(lang: Language, lower: str, start: int, lead: int, end: int | None = None) -> re.Match[str] | None:
    """The toll verb before `lead` (a qualifier's start) or, when the verb itself reads as a qualifier ('lên tới',
    'gestegen tot'), the one that runs up to the number at `end`."""
    if lang.updates is None:
        return None
    found = None
    for stop in (lead, end) if end is not None and end != lead else (lead,):
        for m in lang.updates.finditer(lower, max(start, stop - _UPDATE_WINDOW), stop):
            if not _AFTER_BREAK.search(lower, m.end(), stop):
                found = m
        if found is not None:
            return found
    if lang.updates_dated is not None:  # "ascendió el miércoles a doce": a day word inside the toll verb
        for m in lang.updates_dated.finditer(lower, max(start, lead - _DATED_UPDATE_WINDOW), lead):
            if not _AFTER_BREAK.search(lower, m.end(), lead):
                found = m
    return found


_AFTER_VERB_WINDOW = 24  # from a number to a toll verb after it ("52'ye yükseldi", "18 तक पहुंच गई")


def _verb_after(lang: Language, lower: str, number: Numeral, stop: int, triggers: list[_Trigger]) -> int | None:
    """Where a toll verb right after the number starts in a verb-final language ('ölü sayısı 52'ye yükseldi'), with
    no other trigger between them (no other count's verb); None when there is none."""
    if lang.updates_after is None:
        return None
    m = lang.updates_after.search(lower, number.end, min(stop, number.end + _AFTER_VERB_WINDOW))
    if m is None or _AFTER_BREAK.search(lower, number.end, m.start()):
        return None
    return None if any(number.end <= t.start < m.start() for t in triggers) else m.start()


def _later_figures(lang: Language, lower: str, numbers: list[Numeral]) -> set[int]:
    """The starts of the later figures of 'from N to M' ('de 49 a 41', 'da 12 a 19'): M is what the count was
    revised to, so a count noun after it counts it ('corrigieron de 49 a 41 la cifra de fallecidos')."""
    if lang.from_to is None or len(numbers) < 2:
        return set()
    return {later.start for n in numbers if (later := _from_to(lang, lower, n, numbers)) is not None}


def _from_to(lang: Language, lower: str, number: Numeral, numbers: list[Numeral]) -> Numeral | None:
    """The later figure of 'from N to M' (FROM_TO: the word before N, the word between): N is superseded."""
    if lang.from_to is None:
        return None
    later = next((n for n in numbers if n.start >= number.end), None)
    if later is None or later.start - number.end > max(_FROM_TO_GAP, lang.from_to_gap):
        return None
    between = lower[number.end : later.start]
    for before, middle in lang.from_to:
        if middle.search(between) and (
            before is None or before.search(lower[max(0, number.start - 12) : number.start])
        ):
            return later
    return None


def _singulars_joined(lang: Language, lower: str, number: Numeral, following: Numeral | None) -> bool:
    """'Murieron un hombre y una mujer', 'Sono morti un uomo e una donna': the word for one, its noun and 'and'
    right before another word for one are two people counted one by one (summed by `_coordinated_after`), not an
    article before the verb's count."""
    return (
        following is not None
        and _article_like(following)
        and _AFTER_BREAK.search(lower, number.end, following.start) is None
        and _joined_by_and(lang, lower[number.end : following.start].split(), following, attached=False)
    )


def _fronted_before(
    numbers: list[Numeral], number: Numeral, triggers: list[_Trigger], taken: set[int]
) -> list[_Trigger]:
    """The fronted trigger that opens the sentence of a number no other trigger takes ('A perdere la vita nel crollo,
    avvenuto (...) di un giorno (...), sarebbero 42 persone'), past asides and articles, no other count between."""
    if _article_like(number):
        return []
    previous = max((n.end for n in numbers if n.end <= number.start and not _article_like(n)), default=0)
    return [t for t in triggers if t.fronted and previous <= t.start and t.end <= number.start and t.start not in taken]


def bind(
    lang: Language,
    lower: str,
    numbers: list[Numeral],
    triggers: list[_Trigger],
    singles: list[_Trigger],
    sentence: tuple[int, int],
) -> tuple[list[tuple[Numeral, _Trigger]], set[int], dict[int, Numeral], set[int]]:
    """The sentence's numbers bound to their triggers; the starts of the numbers a toll verb updates; the ranges
    (high start -> low); the starts of the numbers a 'from N to M' supersedes."""
    s_start, s_end = sentence
    taken: set[int] = set()
    articles: set[int] = set()  # numbers in a count noun's phrase, no count ("... de um edifício")
    bound: list[tuple[Numeral, _Trigger]] = []
    pending: list[Numeral] = []
    updates: set[int] = set()
    revised_to = _later_figures(lang, lower, numbers)
    for index, number in enumerate(numbers):
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        if (
            number.year_like
            and not _counted_year(lang, triggers, number, lower, following)
            # "понад 2000 людей", "yli 2000 ihmistä", "অন্তত ২০০০ জন": more than or at least a year is no year
            and _qualifier(lang, lower, number, s_start, number.end)[0] not in _COUNT_QUALIFIERS
        ):
            continue  # "en 1999", "2023 yılında": a year, not a count; "2012 قتيلا", "2012 morts" are counts
        lead = _qualifier(lang, lower, number, s_start, number.end)[1]  # "مقتل ما لا يقل عن 27"
        previous_end = numbers[index - 1].end if index else s_start
        # "103 personnes, qui revenaient d'un mariage, ont péri": an article inside a relative clause ends no phrase
        aside = _subset_aside(lang, lower, number, s_end, triggers)
        phrase_end = aside if aside is not None else number.end  # the count's trigger past a subset aside
        nxt = next((n.start for n in numbers[index + 1 :] if n.start >= phrase_end and (not _article_like(n) or not (
            _relative_between(lang, lower, number.end, n.start) or _thing_counted(lang, lower, n)
            or (not _article_like(number) and _placed_article(lang, lower, n))))),
            s_end)  # fmt: skip
        verb_after = _verb_after(lang, lower, number, nxt, triggers)
        update = _update(lang, lower, max(previous_end, s_start), lead, number.start) or verb_after is not None
        if update:
            updates.add(number.start)
        # "portant à cinq le nombre de victimes": after a toll verb, the count noun may follow the number
        after = next(
            (
                t for t in triggers
                if phrase_end <= t.start < min(nxt, phrase_end + lang.after_window) and t.start not in taken
                and not t.victims_after  # "Трое мужчин обвиняются в убийстве журналиста": the accused, no dead
                and (
                    not t.heads_count or (update and (not t.bare or t.anaphor)) or _right_after(lower, number, t)
                    # "corrigieron de 49 a 41 la cifra de fallecidos": the figure the count was revised to
                    or (number.start in revised_to and not t.bare)
                )
                and (not (t.body or t.before) or len(lower[number.end : t.start].split()) <= 1)
                # "mit einer Gedenkfeier an die Opfer": after a preposition the word for one is its noun's article,
                # a count only of a trigger right after it ("mit einem Toten")
                and (not _placed_article(lang, lower, number) or len(lower[number.end : t.start].split()) <= 1)
                and (not t.people or _of_people(lang, lower, number, t))
                and not _broken_after(lang, lower, phrase_end, t.start)
                # "liegt bei 500, die Zahl der Toten allein bei 120": a count noun past a comma heads its own clause
                and not (t.heads_count and _AFTER_BREAK.search(lower, number.end, t.start))
                and not (lang.group_after is not None and lang.group_after.match(lower, number.end, t.start))
                and not _clause_subject(lang, lower, phrase_end, t.start)
                # "el ataque a tres bares en el que murieron ocho personas": the places the deaths were in
                and not (lang.place_relatives is not None and lang.place_relatives.search(lower, phrase_end, t.start))
                and not (_article_like(number) and _object_count(lang, lower, t, numbers[index + 1 :], triggers))
                and not (following is not None and _joined_label(lang, lower, t, following))
                and not (following is not None and _and_verb_of_its_own(lang, lower, number, t, following))
                and not _another_nouns_victims(lang, lower, phrase_end, t)
                and not _a_crowd_for_them(lang, lower, number, t, s_end)
                and not (_article_like(number) and _nobody_told(lang, lower, number, t))
            ),
            None,
        )  # fmt: skip
        if (
            after is not None and verb_after is not None and after.start >= verb_after
            and any(previous_end <= t.start and t.end <= number.start and t.start not in taken
                    and not _broken(lower, t.end, number.start) for t in triggers)
        ):  # fmt: skip
            # "사망자는 11명으로 늘었고 부상자는 25명": the toll verb after the number closes its clause; the
            # trigger past it is the next count's, the one before the number is its own
            after = None
        if (
            after is None and _article_like(number) and _shares_verb(number, following, triggers, s_end)
            and not _singulars_joined(lang, lower, number, following)
        ):  # fmt: skip
            # "mató a un hombre de 45 años y a 300 personas más": the article, and the verb's count after it
            articles.add(number.start)
            continue
        label = next(
            (t for t in triggers if t.end <= lead and t.start not in taken and not t.before
             and (not t.body or t.start >= number.start - _BODY_OF_GAP)  # "los cuerpos de 25 personas"
             and (not t.people or _of_people(lang, lower, number))
             and (_ADJACENT.fullmatch(lower, t.end, lead)
                  or (lang.label_links is not None and lang.label_links.fullmatch(lower, t.end, lead)))),
            None,
        )  # fmt: skip
        # "el número de muertos se elevó a 64 y el de heridos a 120": an updated count belongs to the count noun
        # before it, not to a trigger further on that the next clause counts
        head = (
            _head_before(lower, number, triggers, taken, s_start)
            if update and label is None and (after is None or after.start - number.end > 3)
            else None
        )
        if (
            label is not None and label.metric == "wounded" and after is not None and after.metric == "killed"
            and not _next_clause(lang, lower, number.end, after.start)
            and "," not in lower[number.end : after.start]
        ):  # fmt: skip
            label = None  # "yaralı bir işçi hayatını kaybetti" (an injured worker died): a death, none hurt
        if label is not None and (
            after is None or after.start - number.end > 3 or _next_clause(lang, lower, number.end, after.start)
        ):
            # "مقتل 30 شخصا", "사망 3명", "Tote: 12": a trigger right before the number is its own
            taken.add(label.start)
            bound.append((number, label))
        elif head is not None:
            taken.add(head.start)
            bound.append((number, head))
        elif after is not None:
            taken.add(after.start)
            bound.append((number, after))
        else:
            pending.append(number)
    told_before: set[int] = set()  # numbers of a relative clause an update of its subject supersedes
    for number in pending:
        previous = max((n.end for n in numbers if n.end <= number.start and n.start not in articles),
                       default=s_start)  # fmt: skip
        update = number.start in updates  # "la cifra de muertos (...) se elevó a 55": the whole clause
        before = [
            t for t in triggers
            if (update or max(previous, number.start - _window(t)) <= t.start)
            and previous <= t.start and t.end <= number.start
            and t.start not in taken and not t.body and not t.before and not _placed_article(lang, lower, number)
            and not _broken(lower, t.end, number.start)
            and (not t.people or _of_people(lang, lower, number))
            and not _singular_verb_before_many(lang, lower, t, number)
        ] or _fronted_before(numbers, number, triggers, taken)  # fmt: skip
        if not before and update:
            # "Le bilan, qui faisait état de 30 morts, a été revu à la baisse à 27": the subject's trigger before a
            # relative clause that holds the earlier figure, the clause closed before the verb
            before = [
                t for t in triggers
                if t.end <= previous and t.start not in taken and not t.body and not t.before and t.start >= s_start
                and _closed_relative(lang, lower, t.end, previous, number.start)
            ]  # fmt: skip
            if before:  # the relative clause's figures are the earlier ones the update supersedes
                told_before.update(n.start for n in numbers if before[-1].end <= n.start < previous)
        following = next((n for n in numbers if n.start > number.start), None)
        if before and (not number.year_like or _counted_year(lang, triggers, number, lower, following)):
            trigger = before[-1]
            if (
                trigger.heads_count and not update
                and (_article_like(number) or any(n.start in updates for n in numbers if n.start > number.start))
            ):  # fmt: skip
                # "o número de mortos no desabamento de um edifício de oito andares subiu para 20": a count
                # noun's figure is what the count reaches, not a number in the phrase of what the dead died in
                articles.add(number.start)
                continue
            bound.append((number, trigger))
    told_before.update(_updates_told_on(lang, lower, numbers, bound, updates, triggers))
    for metric in ("killed", "wounded"):
        if not singles or any(t.metric == metric for _, t in bound):
            continue
        # "В ДТП погиб водитель, ещё трое пострадали": the verb's singular form is the count, one
        single = next((t for t in singles if t.start not in taken and t.metric == metric), None)
        if single is not None:
            taken.add(single.start)
            ordinal = ordinal_of_single(lang, lower, single, sentence)  # "eine dritte Schülerin ist gestorben"
            bound.append((ordinal or Numeral(1, single.start, single.end, words=True), single))
    if lang.ordinals:  # "une troisième victime est décédée": the toll so far, not one
        bound = [(ordinal_after_one(lang, lower, n) or n, t) for n, t in bound]
    ranges = _ranges(lang, lower, numbers, bound) if lang.ranges else {}
    bound = _coordinated(lang, lower, numbers, bound, triggers, ranges)
    bound = _coordinated_after(lang, lower, numbers, bound, triggers)
    superseded: set[int] = set(told_before)
    for number, trigger in list(bound):
        later = _from_to(lang, lower, number, numbers)  # "de 9 a 25 muertos", "9명에서 25명으로"
        if later is not None:
            superseded.add(number.start)
            if all(n.start != later.start for n, _ in bound):
                bound.append((later, trigger))
    return bound, updates, ranges, superseded
