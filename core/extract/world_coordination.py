"""Counts joined to others in a sentence, in any language (read by `core.extract.world_binding`): a subset aside
('8 kişi, aralarında beş çocuk, ...'), counts coordinated by 'and' ('Diez niñas y una monitora'), kin joined to a
count's noun ('dos niñas ... y su madre'), a part of them ('2 منهم'), a crowd gathered for the dead, and the dead's
word as the complement of another noun. All language knowledge is lexicon data."""

from __future__ import annotations

from core.extract.numerals import Numeral
from core.extract.world_language import Language
from core.extract.world_roles import (
    _AFTER_BREAK,
    _SENTENCE_END,
    _Trigger,
)
from core.extract.world_things import _governed_thing, _objects_thing, _subjects_thing, _thing_counted

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
    if len(words) > 2 and words[-1] in lang.object_marks and words[-2] in lang.and_words:
        words = words[:-1]  # "un policía y a tres clientes": 'and', then the object's mark
    if not 2 <= len(words) <= _COORDINATED_NOUN + 1 or any(w in lang.and_words for w in words[:-1]):
        return False
    last = words[-1]
    return last in lang.and_words or (attached and second.words and len(last) > 2 and last[:1] in lang.and_words)
