"""Which trigger a number of a sentence counts, in any language (read by `core.extract.multilingual`): given the
field's triggers (`world_triggers`), each number bound to the nearest trigger after it ("50 muertos", "179명이
숨졌다"), else to a trigger before it that no number has taken ("la cifra de muertos asciende a 1.452"); the toll
verbs that make a number an update ('se elevó a', "52'ye yükseldi"), ranges ('entre 20 y 30') and the 'from N to
M' that supersedes N. The claims' roles are `world_roles`'; all language knowledge is lexicon data. Counts
joined to others (asides, 'and', kin, parts) are read by `world_coordination`; the word for one that counts a thing,
not people, by `world_things`."""

from __future__ import annotations

import re
from itertools import pairwise

from core.extract.numerals import Numeral
from core.extract.world_coordination import (
    _a_crowd_for_them,
    _another_nouns_victims,
    _coordinated,
    _coordinated_after,
    _joined_by_and,
    _subset_aside,
)
from core.extract.world_language import Language
from core.extract.world_objects import objects_counted
from core.extract.world_roles import (
    _AFTER_BREAK,
    _SENTENCE_END,
    _UPDATE_WINDOW,
    _YEAR_BEFORE,
    _qualifier,
    _Trigger,
    counted_people,
    deaths_of_a_hurt_group,
)
from core.extract.world_things import _article_like, _nobody_told, _placed_article, _thing_counted, _word_end
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


def _a_year(
    lang: Language, triggers: list[_Trigger], numbers: list[Numeral], index: int, lower: str, s_start: int
) -> bool:
    """Is the number at `index` a year, no count ("en 1999", "2023 yılında"; not "2012 قتيلا", "2012 morts", nor more
    than or at least a year's worth: "понад 2000 людей", "yli 2000 ihmistä", "অন্তত ২০০০ জন")?"""
    number = numbers[index]
    following = numbers[index + 1] if index + 1 < len(numbers) else None
    return (
        number.year_like
        and not _counted_year(lang, triggers, number, lower, following)
        and _qualifier(lang, lower, number, s_start, number.end)[0] not in _COUNT_QUALIFIERS
    )


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


def _death_of_the_hurt(
    lang: Language, lower: str, number: Numeral, label: _Trigger, after: _Trigger, lead: int
) -> bool:
    """'le décès de deux blessés', 'la muerte de tres heridos': a noun of death linked to the number, the hurt right
    after it. The number counts deaths among the hurt, not the hurt."""
    return (
        label.metric == "killed" and after.metric == "wounded" and after.start - number.end <= 3
        and lang.label_links is not None and lang.label_links.fullmatch(lower, label.end, lead) is not None
    )  # fmt: skip


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


def _assailants_counted(lang: Language, lower: str, number: Numeral) -> bool:
    """'les deux assaillants ont tué quatre personnes', 'dos pistoleros mataron a seis': the number counts the
    attackers (PERPETRATORS right after it, or PERPETRATORS_BEFORE right before it where a number follows its noun:
    "'yan bindiga biyu sun kashe mutane hudu"), the subject of the verb whose object the next number is."""
    if lang.perpetrators is not None and lang.perpetrators.match(lower, number.end) is not None:
        return True
    before = lang.perpetrators_before
    reach = max(0, number.start - _ASSAILANTS_REACH)
    return before is not None and before.search(lower, reach, number.start) is not None


def _agents_of_the_verb(lang: Language, lower: str, number: Numeral, verb: _Trigger, later: list[Numeral]) -> bool:
    """'Dos hombres mataron a cuatro', 'Due uomini hanno ucciso quattro persone': people (AGENT_NOUNS) counted
    right before a harm verb whose own count follows it at once (nothing between but an object mark or a
    qualifier) are the ones who did it, not its victims."""
    if lang.agents is None or not later or lang.agents.match(lower, number.end) is None:
        return False
    between = lower[verb.end : later[0].start]
    if _AFTER_BREAK.search(between):
        return False
    words = between.split()
    return all(w in lang.object_marks for w in words) or (
        lang.before is not None and lang.before[0].search(between) is not None and len(words) <= 3
    )


_ASSAILANTS_REACH = 40  # characters before a number its attackers' noun is looked for in


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


_CJK_SPACE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]\s+[\u3040-\u30ff\u3400-\u9fff]")


def _broken_after(lang: Language, lower: str, start: int, end: int) -> bool:
    """Whether a comma or a bracket ends the number's phrase before a trigger after it; not a comma that opens a
    relative clause of the counted people ('понад 117 містян, котрі отримали поранення': lexicon RELATIVES), nor
    one whose participle is the trigger itself ('16 человек, погибших при пожаре': the relative may reach past
    `end`, the trigger's start); nor a space between Chinese or Japanese words, which parts a headline's phrases as
    a comma would ('八仙樂園派對粉塵爆炸 大批民眾燒燙傷': the 八 of the park's name counts no one hurt)."""
    if _CJK_SPACE.search(lower, start, end):
        return True
    stop = _AFTER_BREAK.search(lower, start, end)
    if stop is None:
        return False
    if _closed_aside(lang, lower, stop, end):
        return False
    if lang.relatives is None or stop.group() not in ",،，" or lang.relatives.match(lower, stop.end()) is None:
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


def _closed_aside(lang: Language, lower: str, comma: re.Match[str], end: int) -> bool:
    """'nueve personas, en su mayoría niños, murieron': an aside on who the counted were (lexicon ASIDE_OPENERS)
    opens at the comma and closes with a comma, with no number in it (a number there would be the next count's),
    and the verb follows it within its clause."""
    if lang.asides is None or comma.group() not in ",،，" or lang.asides.match(lower, comma.end(), end) is None:
        return False
    closing = _AFTER_BREAK.search(lower, comma.end(), end)
    return (
        closing is not None
        and closing.group() in ",،，"
        and not any(ch.isdigit() for ch in lower[comma.end() : closing.start()])
        and _AFTER_BREAK.search(lower, closing.end(), end) is None
        and len(lower[closing.end() : end].split()) <= _AFTER_ASIDE_WORDS
    )


def _comma_ends_phrase(lang: Language, lower: str, start: int, end: int) -> bool:
    """A break between a number and a count noun after it, not a closed aside ('9 personnes, pour la plupart des
    enfants, ont été blessées')."""
    stop = _AFTER_BREAK.search(lower, start, end)
    return stop is not None and not _closed_aside(lang, lower, stop, end)


_AFTER_ASIDE_WORDS = 6  # "neun Menschen, vor allem Kinder, kamen bei dem Erdrutsch ums Leben": a verb in two parts


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
        and (_article_like(following) or _one_person(lang, lower, number))
        and _AFTER_BREAK.search(lower, number.end, following.start) is None
        and _joined_by_and(lang, lower[number.end : following.start].split(), following, attached=False)
    )


def _one_person(lang: Language, lower: str, number: Numeral) -> bool:
    """'a tué un policier et trois clients': the word for one before a noun of one person (ONE_PERSON_NOUNS) is
    a person counted, whom a count of others joined by 'and' adds to."""
    return (
        _article_like(number) and lang.one_person is not None and lang.one_person.match(lower, number.end) is not None
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


_NONE_OF_REACH = 30  # characters before a number where 'none of the' ends


def _none_of_the_group(lang: Language, lower: str, number: Numeral) -> bool:
    """'Ninguna de las tres pasajeras falleció': the number right after NOBODY and PARTITIVE is the size of a group
    none of which came to harm, no count of the harm (unless the harm's word names the group right after it:
    'ninguno de los ocho heridos', the hurt)."""
    if lang.none_of is None:
        return False
    return any(
        not lower[m.end() : number.start].strip()
        for m in lang.none_of.finditer(lower, max(0, number.start - _NONE_OF_REACH), number.start)
    )


def _deaths_among_the_hurt(
    lang: Language,
    lower: str,
    numbers: list[Numeral],
    bound: list[tuple[Numeral, _Trigger]],
    triggers: list[_Trigger],
    taken: set[int],
) -> list[tuple[Numeral, _Trigger]]:
    """'Dos de los ocho heridos murieron': the number before PARTITIVE and a count of the hurt is the dead among
    them, bound to the verb of dying right after the hurt word (the count of the hurt keeps its own)."""
    if lang.partitive is None:
        return []
    counted = {n.start for n, _ in bound}
    out = []
    for number in numbers:
        if number.start in counted:
            continue
        died = next(
            (t for t in triggers if t.metric == "killed" and t.start > number.end and t.start not in taken
             and deaths_of_a_hurt_group(lang, lower, number, t)),
            None,
        )  # fmt: skip
        if died is not None:
            taken.add(died.start)
            out.append((number, died))
    return out


def _objects_listed(
    lang: Language, lower: str, numbers: list[Numeral], triggers: list[_Trigger], taken: set[int], s_end: int
) -> list[tuple[Numeral, _Trigger]]:
    """'mató a su esposa y a su hijo': an untaken active harm verb's victims, its objects counted one by one."""
    if lang.objects is None:
        return []
    out = []
    for t in triggers:
        if t.start in taken:
            continue
        count = objects_counted(lang.objects, lower, (t.start, t.end), numbers, s_end)
        if count is not None:
            taken.add(t.start)
            out.append((count, t))
    return out


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
        if _a_year(lang, triggers, numbers, index, lower, s_start):
            continue  # "en 1999", "2023 yılında": a year, not a count; "2012 قتيلا", "2012 morts" are counts
        lead = _qualifier(lang, lower, number, s_start, number.end)[1]  # "مقتل ما لا يقل عن 27"
        previous_end = numbers[index - 1].end if index else s_start
        # "103 personnes, qui revenaient d'un mariage, ont péri": an article inside a relative clause ends no phrase
        aside = _subset_aside(lang, lower, number, s_end, triggers)
        phrase_end = aside if aside is not None else number.end  # the count's trigger past a subset aside
        nxt = next((n.start for i, n in enumerate(numbers[index + 1 :], index + 1) if n.start >= phrase_end
            # "500 Menschen sind 2023 an der Cholera gestorben": a year between the count and its verb ends no phrase
            and not _a_year(lang, triggers, numbers, i, lower, s_start)
            and (not _article_like(n) or not (
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
                and not (t.heads_count and _comma_ends_phrase(lang, lower, number.end, t.start))
                and not (lang.group_after is not None and lang.group_after.match(lower, number.end, t.start))
                and not _clause_subject(lang, lower, phrase_end, t.start)
                # "el ataque a tres bares en el que murieron ocho personas": the places the deaths were in
                and not (lang.place_relatives is not None and lang.place_relatives.search(lower, phrase_end, t.start))
                and not (
                    (_article_like(number) or _assailants_counted(lang, lower, number))
                    and _object_count(lang, lower, t, numbers[index + 1 :], triggers)
                )
                and not _agents_of_the_verb(lang, lower, number, t, numbers[index + 1 :])
                # "Un hombre mató a su esposa y a su hijo": the word for one is the doer's article, the victims follow
                and not (_article_like(number) and objects_counted(lang.objects, lower, (t.start, t.end), numbers,
                                                                   s_end))
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
        if label is not None and after is not None and _death_of_the_hurt(lang, lower, number, label, after, lead):
            after = None  # "après le décès de deux blessés": two deaths among the hurt, no count of the hurt
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
    bound += _objects_listed(lang, lower, numbers, triggers, taken, s_end)
    told_before.update(_updates_told_on(lang, lower, numbers, bound, updates, triggers))
    bound += _deaths_among_the_hurt(lang, lower, numbers, bound, triggers, taken)
    bound = [(n, t) for n, t in bound if _right_after(lower, n, t) or not _none_of_the_group(lang, lower, n)]
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
