"""The words a sentence's numbers can count, in any language (read by `core.extract.multilingual` and
`world_binding`): the lexicon's metric words, toll nouns alone ('le bilan'), body nouns ('78 corps'), verbs that
count only people ('пострадали'), one victim told as a person ('une victime'), 'their number' and fronted
triggers ('A morire sono state'), each marked when it heads a count ('死亡人数'); and the singular verbs and nouns
that count one with no number ('погиб водитель'). All language knowledge is lexicon data."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.numerals import Numeral
from core.extract.world_language import Language
from core.extract.world_roles import (
    _AFTER_BREAK,
    _COUNT_NOUN_GAP,
    _SENTENCE_END,
    _Trigger,
)

_BARE_WINDOW = 20  # "con un saldo de 96", "le bilan est de 35"


def _singular_deaths(lang: Language, lower: str, triggers: list[_Trigger], s_start: int) -> list[_Trigger]:
    """The sentence's killed triggers that are a verb's singular form (SINGULAR_DEATHS: 'погиб', 'zemřel'), with
    no negation right before them ('не погиб'), and its wounded triggers after a singular auxiliary (SINGULAR_HURT:
    'wurde schwer verletzt')."""
    if (
        lang.singular_deaths is None
        and not lang.singular_hurt
        and not lang.singular_after
        and not lang.singular_before
        and lang.singular_hurt_verbs is None
    ):
        return []
    out = []
    for t in triggers:
        if t.metric == "wounded" and not t.bare and not t.heads_count and _singular_hurt(lang, lower, t, s_start):
            out.append(t)
            continue
        if t.metric not in ("killed", "wounded") or t.bare or t.heads_count:
            continue
        verbs = lang.singular_deaths if t.metric == "killed" else lang.singular_hurt_verbs
        if not (
            _singular_verb(verbs, lower, t)
            or (t.metric == "killed" and _one_named_after(lang, lower, t.end))
            or (t.metric == "killed" and _one_named_before(lang, lower, t, s_start))
        ):
            continue
        before = lower[max(s_start, t.start - 12) : t.start].split()
        if before and before[-1] in lang.negations:
            continue
        if _not_one_subject(lang, lower, t, s_start) or _none_of_a_group(lang, lower, t, s_start):
            continue
        after = _NEXT_WORD.match(lower, t.end)
        if after is not None and after.group(1) in lang.negations:
            continue  # "Bei dem Brand starb niemand": the negation after a verb-second verb
        if lang.plural_endings and any(
            w.endswith(lang.plural_endings) for w in lower[max(s_start, t.start - 30) : t.start].split()[-2:]
        ):
            continue  # "insanlar hayatını kaybetti": a plural subject, the verb singular all the same
        out.append(t)
    return out


_SUBJECT_REACH = 40  # characters before the verb where its subject is read ("el resto de los ocupantes")
_SUBJECT_WORDS = 4


def _not_one_subject(lang: Language, lower: str, trigger: _Trigger, s_start: int) -> bool:
    """'une partie du bétail a péri', 'el resto de los ocupantes falleció': a singular verb whose subject is a
    herd or the rest of a group (lexicon NOT_ONE_SUBJECTS) tells no one person dead."""
    if not lang.not_one_subjects:
        return False
    words = re.findall(r"\w+", lower[max(s_start, trigger.start - _SUBJECT_REACH) : trigger.start])
    return any(w in lang.not_one_subjects for w in words[-_SUBJECT_WORDS:])


_NONE_OF_REACH = 60  # characters before the verb where 'none of the' opens its subject ("ninguno de los 12 heridos")
_CLAUSE_MARKS = re.compile(r"[,;:]")


def _none_of_a_group(lang: Language, lower: str, trigger: _Trigger, s_start: int) -> bool:
    """'Ninguno de los ocho heridos murió', 'Nessuno degli otto feriti è morto': a singular verb whose subject is
    none of a group (NOBODY then PARTITIVE, no clause mark between it and the verb) tells no one dead."""
    if lang.none_of is None:
        return False
    window_start = max(s_start, trigger.start - _NONE_OF_REACH)
    return any(
        _CLAUSE_MARKS.search(lower, m.end(), trigger.start) is None
        for m in lang.none_of.finditer(lower, window_start, trigger.start)
    )


def _singular_verb(verbs: re.Pattern[str] | None, lower: str, trigger: _Trigger) -> bool:
    """The trigger is a singular verb of the list, whole: the trigger itself ('σκοτώθηκε'), or a trigger's stem the
    verb runs on from ('τραυματ' of 'τραυματίστηκε'); not inside a longer word ('مصرعه' inside 'مصرعهم', theirs)."""
    if verbs is None:
        return False
    m = verbs.match(lower, trigger.start)
    return m is not None and m.end() >= trigger.end and not lower[m.end() : m.end() + 1].isalpha()


_NEXT_WORD = re.compile(r"\w*\s+(\w+)(?!\w)")


def _one_named_after(lang: Language, lower: str, end: int) -> bool:
    """'قتل شخص وأصيب ثلاثة آخرون': a singular noun of SINGULAR_NOUNS_AFTER right after the trigger's word is the
    count, one."""
    if not lang.singular_after:
        return False
    m = _NEXT_WORD.match(lower, end)
    return m is not None and m.group(1) in lang.singular_after


_SINGULAR_BEFORE_REACH = 40  # characters before a trigger where its singular noun and particle stand


def _one_named_before(lang: Language, lower: str, trigger: _Trigger, s_start: int) -> bool:
    """'35 वर्षीय व्यक्ति की मौत': a singular noun with its possessive particle of SINGULAR_NOUNS_BEFORE right before
    the trigger is the count, one; not with a negation the next word ('की मौत नहीं हुई', whole words: a vowel sign
    ends 'नहीं', no `\\w`)."""
    if not lang.singular_before:
        return False
    words = lower[max(s_start, trigger.start - _SINGULAR_BEFORE_REACH) : trigger.start].split()
    following = lower[trigger.end : trigger.end + _SINGULAR_BEFORE_REACH].split()[:2]
    return " ".join(words[-2:]) in lang.singular_before and not any(w in lang.negations for w in following)


_SINGULAR_HURT_GAP = 2  # words between the auxiliary and the trigger: "wurde dabei schwer verletzt"


def _singular_hurt(lang: Language, lower: str, trigger: _Trigger, s_start: int) -> bool:
    """'seine Frau wurde schwer verletzt': SINGULAR_HURT's auxiliary right before the wounded trigger, or a word or
    two before it, with no negation or number between ('dabei wurde niemand verletzt')."""
    if not lang.singular_hurt or lower[trigger.start : trigger.end] in lang.plural_hurt:
        return False  # "hi ha ferits, sense precisar quants": the plural, no one counted
    words = lower[max(s_start, trigger.start - 40) : trigger.start].split()[-(_SINGULAR_HURT_GAP + 2) :]
    for k in range(len(words) - 1, max(-1, len(words) - _SINGULAR_HURT_GAP - 2), -1):
        if words[k].strip(",;:") != words[k] or any(ch.isdigit() for ch in words[k]):
            return False
        if words[k] in lang.negations:
            return False
        if words[k] in lang.singular_hurt:
            return not (k > 0 and words[k - 1] in lang.negations)
    return False


def _with_anaphors(lang: Language, lower: str, triggers: list[_Trigger]) -> list[_Trigger]:
    """'Their number' ("броят им нарасна до 18", "ihre Zahl stieg auf 18") counts the kind of victims the nearest
    trigger before it names: a toll noun of that metric, in its sentence or the one before."""
    assert lang.count_anaphors is not None
    spans = [(t.start, t.end) for t in triggers]
    anaphors = []
    for m in lang.count_anaphors.finditer(lower):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        named = [t for t in triggers if t.end <= m.start() and not t.bare]
        # "12 muertos y 40 heridos, elevando a 52 el número de víctimas": both kinds named in its sentence, no one's
        kinds = {t.metric for t in named if not _SENTENCE_END.search(lower, t.end, m.start())}
        if named and len(kinds) <= 1:
            anaphors.append(_Trigger(named[-1].metric, m.start(), m.end(), heads_count=True, bare=True, anaphor=True))
    return sorted([*triggers, *anaphors], key=lambda t: t.start) if anaphors else triggers


_SHARED_LETTERS = 2  # letters a count noun after a trigger may share with its end ("사망자" + "자 수")


def _heads_count(lang: Language, lower: str, start: int, end: int) -> bool:
    """A trigger inside 'the number of ...' (a count noun just before it, or right after it: '死亡人数')."""
    if lang.count_nouns is None:
        return False
    # "死亡人数", "মৃতের সংখ্যা", "ölü sayısı"; "사망자 수": the count noun "자 수" shares the trigger's last letter
    after = lang.count_nouns.search(lower, max(start, end - _SHARED_LETTERS), end + 24)
    if after is not None and after.start() < end and after.end() <= end:
        after = lang.count_nouns.search(lower, end, end + 24)
    if (
        after is not None
        and after.start() - end <= 4
        and not _AFTER_BREAK.search(lower, end, after.start())
        and not _SENTENCE_END.search(lower, end, after.start())  # "... bị thương. Con số ...": another sentence
    ):
        return True
    before = lang.count_nouns.search(lower, max(0, start - _COUNT_NOUN_GAP), start)
    # "수십 명이 숨졌다", "数十人が死亡": the count noun ('수', '数') inside a vague quantity is none
    # "死亡人数已升至31人，另有100多人受伤": a count noun of the clause before the comma heads another count
    return (
        before is not None
        and not lang.numbers.vague_at(lower, before.start(), before.end())
        and not _AFTER_BREAK.search(lower, before.end(), start)
        and not _noun_of_the_number(lang, lower, before.start())
    )


_DIGITS_BEFORE = re.compile(r"\d[^\W\d_]*\s*$")  # '2,000කට ': digits, a case ending written on them


def _noun_of_the_number(lang: Language, lower: str, start: int) -> bool:
    """'පවුල් 2,000කට වැඩි සංඛ්‍යාවක් අවතැන් වී ඇත' (a number of more than 2,000 families were displaced): a count
    noun right after a number in digits (and its qualifier) is that number's own noun, not 'the number of' a
    count told later."""
    head = lower[max(0, start - 24) : start]
    if lang.after is not None:
        head = lang.after[0].sub(" ", head)
    return _DIGITS_BEFORE.search(head) is not None


_ONE_VICTIM_HURT_REACH = 40  # from a victim noun to a word for the hurt of its clause ("une victime ... blessée")


def _one_victims(lang: Language, lower: str, triggers: list[_Trigger]) -> list[_Trigger]:
    """'una vittima', 'une victime' (ONE_VICTIM_NOUNS): a victim told as a person, killed, but not one a word for
    the hurt follows in its clause ('une victime a été grièvement blessée')."""
    assert lang.one_victim is not None
    spans = [(t.start, t.end) for t in triggers]
    hurt = [t.start for t in triggers if t.metric == "wounded"]
    return [
        _Trigger("killed", m.start(), m.end(), before=True)
        for m in lang.one_victim.finditer(lower)
        if not any(a < m.end() and m.start() < b for a, b in spans)
        and not any(_hurt_victim(lang, lower, m.end(), h) for h in hurt)
        and not _victim_of_a_kind(lang, lower, m.end())
    ]


def _victim_of_a_kind(lang: Language, lower: str, end: int) -> bool:
    """'una vittima di usura', 'une victime d'agression', 'vittima di un incidente': the victim noun, 'of' (lexicon
    ONE_VICTIM_OF) and no definite article after it, a victim of a kind, not a death ('une victime de l'attentat',
    'una vittima del crollo' stay the dead)."""
    words = lower[end : end + 30].split()
    if not words:
        return False
    first = words[0]
    of = next((w for w in lang.victim_of if first == w or (w.endswith(("'", "’")) and first.startswith(w))), None)
    if of is None:
        return False
    rest = first[len(of) :] if first != of else (words[1] if len(words) > 1 else "")
    if any(rest == a or (a.endswith(("'", "’")) and rest.startswith(a)) for a in lang.articles):
        return False
    return not _an_age_after(lang, lower, end)


_AGE_REACH = 40  # characters after a victim noun where an age stands ("une victime d'une cinquantaine d'années")


def _an_age_after(lang: Language, lower: str, end: int) -> bool:
    """A number or a word that makes one no count (NOT_COUNTS_AFTER: 'anni', 'années') right after a victim noun:
    'una vittima di 31 anni' is a person's age, the victim still one dead."""
    window = lower[end : end + _AGE_REACH]
    if any(ch.isdigit() for ch in window):
        return True
    return lang.not_counts is not None and any(
        lang.not_counts.match(lower, end + m.start()) for m in re.finditer(r"\s", window)
    )


def _hurt_victim(lang: Language, lower: str, end: int, hurt: int) -> bool:
    """A word for the hurt after a victim noun ending at `end`, in its clause with no 'and' between: the victim's
    own state ('une victime grièvement blessée'), not the next count ('une victime et trois blessés')."""
    if not 0 <= hurt - end <= _ONE_VICTIM_HURT_REACH or _AFTER_BREAK.search(lower, end, hurt):
        return False
    return not any(w in lang.and_words for w in lower[end:hurt].split())


def field_triggers(lang: Language, lower: str) -> list[_Trigger]:
    """A field's triggers in order: the lexicon's metric words, then toll nouns alone ('le bilan'), body nouns ('78
    corps'), verbs that count only people ('пострадали') and 'their number', where no metric word stands."""
    triggers_all = [
        _Trigger(m.lastgroup or "", m.start(), m.end(), _heads_count(lang, lower, m.start(), m.end()))
        for m in lang.triggers.finditer(lower)
        if m.lastgroup
    ]
    if lang.attempted is not None:
        triggers_all = [t for t in triggers_all if not _attempted(lang, lower, t)]
    if lang.charge_words is not None:
        charge = lang.charge_words
        triggers_all = [replace(t, victims_after=True) if charge.match(lower, t.start) else t for t in triggers_all]
    together = [m.span() for m in lang.together.finditer(lower)] if lang.together is not None else []
    if together:
        triggers_all = [t for t in triggers_all if not any(a < t.end and t.start < b for a, b in together)]
    if lang.not_triggers is not None and triggers_all:
        wounds = [m.span() for m in lang.not_triggers.finditer(lower)]
        triggers_all = [t for t in triggers_all if not any(a <= t.start and t.end <= b for a, b in wounds)]
    if lang.toll_nouns is not None:
        spans = [(t.start, t.end) for t in triggers_all]
        bare = [
            _Trigger("killed", m.start(), m.end(), heads_count=True, bare=True)
            for m in lang.toll_nouns.finditer(lower)
            if not any(a < m.end() and m.start() < b for a, b in spans)
            and not any(0 <= a - m.end() <= _BARE_WINDOW for a, _ in together)  # "le bilan des morts et blessés"
        ]
        triggers_all = sorted([*triggers_all, *bare], key=lambda t: t.start)
    if lang.body_nouns is not None:
        spans = [(t.start, t.end) for t in triggers_all]
        bodies = [
            _Trigger("killed", m.start(), m.end(), body=True)
            for m in lang.body_nouns.finditer(lower)
            if not any(a < m.end() and m.start() < b for a, b in spans)
        ]
        triggers_all = sorted([*triggers_all, *bodies], key=lambda t: t.start)
    if lang.one_victim is not None:
        triggers_all = sorted([*triggers_all, *_one_victims(lang, lower, triggers_all)], key=lambda t: t.start)
    if lang.people_triggers:
        spans = [(t.start, t.end) for t in triggers_all]
        people = [
            _Trigger(metric, m.start(), m.end(), people=True)
            for metric, pattern in lang.people_triggers.items()
            for m in pattern.finditer(lower)
            if not any(a < m.end() and m.start() < b for a, b in spans)
        ]
        triggers_all = sorted([*triggers_all, *people], key=lambda t: t.start)
    if lang.separable:
        spans = [(t.start, t.end) for t in triggers_all]
        particles = [
            _Trigger(metric, *m.span(m.lastgroup or 0))
            for metric, pattern in lang.separable.items()
            for m in pattern.finditer(lower)
            if not any(a < m.end(m.lastgroup or 0) and m.start(m.lastgroup or 0) < b for a, b in spans)
        ]
        triggers_all = sorted([*triggers_all, *particles], key=lambda t: t.start)
    if lang.count_anaphors is not None:
        triggers_all = _with_anaphors(lang, lower, triggers_all)
    if lang.fronted is not None:
        triggers_all = [replace(t, fronted=True) if _fronted(lang, lower, t) else t for t in triggers_all]
    return triggers_all


_ATTEMPT_REACH = 20  # characters around a killing verb where a word of trying is looked for ("intentó matar a")


def _attempted(lang: Language, lower: str, trigger: _Trigger) -> bool:
    """'Intentó matar a dos personas', 'wegen versuchten Mordes an zwei Menschen', '企图杀害2人', '2명을 살해하려':
    a killing verb a word of trying or threatening stands right before (or is written on: the Korean ending), the
    deed not done: no one killed by it (lexicon ATTEMPTED). Only right before: 'podrían haber muerto 30' is a toll
    told with a hedge, not a deed undone."""
    assert lang.attempted is not None
    if trigger.metric != "killed":
        return False
    return any(
        m.start() == trigger.start
        or (m.end() <= trigger.start and not lower[m.end() : trigger.start].strip())
        for m in lang.attempted.finditer(lower, max(0, trigger.start - _ATTEMPT_REACH), trigger.end + _ATTEMPT_REACH)
    )


_FRONT_REACH = 12


def _fronted(lang: Language, lower: str, trigger: _Trigger) -> bool:
    """'A morire sono state cinque persone': a trigger a fronting word opens the sentence with (FRONTED_BEFORE)."""
    assert lang.fronted is not None
    return (
        lang.fronted.match(lower, trigger.start) is not None
        and _SENTENCE_OPEN.search(lower, max(0, trigger.start - _FRONT_REACH), trigger.start) is not None
    )


_SENTENCE_OPEN = re.compile(r"(?:^|(?<=[\n.:;!?\"«“]))\s*$")


_ORDINAL_WORDS_BEFORE = 4  # words from an ordinal to the death verb after it: "eine dritte Schülerin ist gestorben"
_ORDINAL_WORDS_AFTER = 3  # words from the death verb to an ordinal after it: "murió una tercera víctima"
_ORDINAL_REACH = 60  # characters either side of the verb where its clause's ordinal is looked for
_CLAUSE_BREAKS = re.compile(r"[,;:.!?()«»\"“”]")
_WORD = re.compile(r"[^\s,;:.!?()«»\"“”]+")


def ordinal_of_single(lang: Language, lower: str, trigger: _Trigger, sentence: tuple[int, int]) -> Numeral | None:
    """'eine dritte Schülerin ist gestorben', 'murió una tercera víctima', 'третий пострадавший скончался': a singular
    death told with an ordinal (lexicon ORDINALS) in its clause is the toll so far (3), not one. Not when the word
    after the ordinal makes it no person ('zum dritten Mal', 'la tercera parte': ORDINAL_NOT_PERSON)."""
    if not lang.ordinals:
        return None
    s_start, s_end = sentence
    before = max(s_start, trigger.start - _ORDINAL_REACH)
    breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(lower, before, trigger.start)]
    words_before = list(_WORD.finditer(lower, breaks[-1] if breaks else before, trigger.start))
    after = min(s_end, trigger.end + _ORDINAL_REACH)
    stop = _CLAUSE_BREAKS.search(lower, trigger.end, after)
    words_after = list(_WORD.finditer(lower, trigger.end, stop.start() if stop else after))
    if words_after and not lower[trigger.end : trigger.end + 1].isspace():
        words_after = words_after[1:]  # the rest of the verb's own word
    near = [*words_before[-_ORDINAL_WORDS_BEFORE:], *words_after[:_ORDINAL_WORDS_AFTER]]
    for index, word in enumerate(near):
        value = lang.ordinals.get(word.group())
        if value is None:
            continue
        following = near[index + 1].group() if index + 1 < len(near) else ""
        if _no_person(lang, following):
            return None
        return Numeral(value, word.start(), word.end(), words=True)
    return None


_TWO_WORDS = re.compile(r"\s+([^\s,;:.!?()«»\"“”]+)(?:\s+([^\s,;:.!?()«»\"“”]+))?")


def ordinal_after_one(lang: Language, lower: str, number: Numeral) -> Numeral | None:
    """'une troisième victime est décédée', 'eine dritte Schülerin ist gestorben': the word for one (an article) right
    before an ordinal of ORDINALS counts the toll so far (3), not one; not 'une troisième fois'."""
    if not lang.ordinals or number.value != 1 or not number.words:
        return None
    m = _TWO_WORDS.match(lower, number.end)
    if m is None or m.group(1) not in lang.ordinals or _no_person(lang, m.group(2) or ""):
        return None
    return Numeral(lang.ordinals[m.group(1)], number.start, m.end(1), words=True)


def _no_person(lang: Language, following: str) -> bool:
    """The word after an ordinal makes it no person: 'zum dritten Mal', 'la tercera parte' (ORDINAL_NOT_PERSON)."""
    return bool(lang.ordinal_not_person) and following.startswith(lang.ordinal_not_person)
