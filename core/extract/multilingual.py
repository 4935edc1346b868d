"""One extraction pass for every language that has a lexicon module with the shared shape (see
`core.extract.lexicons`): all language knowledge is data there, this module has no per-language branch.

Per sentence holding a metric trigger: numbers (`numerals`) are bound to the nearest trigger after them ("50
muertos", "179명이 숨졌다"), else to a trigger before them that no number has taken ("la cifra de muertos
asciende a 1.452", "사망자는 179명"); another number in between blocks a binding. The qualifier is the phrase
right before ("al menos", "en az") or after ("以上", "이상", "多") the number. A subset marker ("entre ellos",
"dont", "darunter") makes a subset, a year earlier than the article's makes background. Quotes and offsets are
in the original text; metrics are the shared vocabulary (killed, wounded, missing, displaced, arrested). The
lexicon's words come compiled into patterns (`world_language.Language`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from core.extract.clean import normalise, safe_lower
from core.extract.combine import world_one_and_another
from core.extract.numerals import Numeral
from core.extract.qualifiers import bounds
from core.extract.survivors import world_all_aboard
from core.extract.world_attribution import source_in
from core.extract.world_dates import incident_date, without_local_dates
from core.extract.world_grades import Graded, sum_across_sentences, sum_runs
from core.extract.world_language import Language
from core.extract.world_roles import (
    _AFTER_BREAK,
    _COUNT_NOUN_GAP,
    _QUALIFIER_GAP,
    _SENTENCE_END,
    _UPDATE_WINDOW,
    _YEAR,
    _YEAR_BEFORE,
    _background,
    _increment,
    _latest_year,
    _not_a_count,
    _qualifier,
    _qualifier_after_trigger,
    _qualifier_before_count,
    _subset,
    _told_as_past,
    _Trigger,
)
from core.extract.world_sentences import SENTENCE, quote_closing, sentence_spans
from core.models import Claim, Qualifier, Role

_AFTER_WINDOW = 48  # characters from a number to a trigger after it ("50 personas han perdido la vida")
_BEFORE_WINDOW = 60  # from a trigger to a number after it ("el número de muertos por el sismo asciende a")
_HEAD_WINDOW = 90  # "el número de muertos por el terremoto de magnitud 7,8 en el sur del país asciende a"
_BARE_WINDOW = 20  # "con un saldo de 96", "le bilan est de 35"
_DATED_UPDATE_WINDOW = 48  # a toll verb with a day word in it: "ascendió el miércoles a"
_PROJECTION_WINDOW = 30
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
    end = number.end
    if lang.after is not None and (qualifier := lang.after[0].match(lower, end)) is not None:
        end = qualifier.end()  # "2000多人", "2000人以上": the qualifier between the number and its counter
    if lang.person_counters is not None and lang.person_counters.match(lower, end):
        return True
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


def world_claims(lang: Language, text: str, title: str | None, reference: date | None) -> list[Claim]:
    """All claims of an article in `lang` (title and text)."""
    text_map, title_map = _decomposed(text), _decomposed(title) if title else None
    if text_map is None and title_map is None:
        return _world_claims(lang, text, title, reference)
    # An Indic letter with a nukta written as one character ('য়', 'ज़'): read the text with the letter and its
    # nukta as two, as the lexicons write them, and give quotes and offsets in the original text.
    claims = _world_claims(lang, text_map[0] if text_map else text, title_map[0] if title_map else title, reference)
    originals = {"text": (text, text_map), "title": (title or "", title_map)}
    return [_remapped(c, *originals[c.field]) for c in claims]


# Indic letters with a nukta that Unicode also writes as one character (Devanagari, Bengali, Gurmukhi, Oriya)
_PRECOMPOSED = re.compile("[\u0958-\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59-\u0a5b\u0a5e\u0b5c\u0b5d]")


def _decomposed(text: str | None) -> tuple[str, list[int]] | None:
    """The text with each precomposed nukta letter as its letter and nukta, and where each of its characters
    (and its end) was in the original; None when there is none."""
    if not text or _PRECOMPOSED.search(text) is None:
        return None
    parts: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        piece = unicodedata.normalize("NFD", ch) if _PRECOMPOSED.match(ch) else ch
        parts.append(piece)
        where.extend([index] * len(piece))
    where.append(len(text))
    return "".join(parts), where


def _remapped(claim: Claim, original: str, mapping: tuple[str, list[int]] | None) -> Claim:
    if mapping is None:
        return claim
    where = mapping[1]

    def end(offset: int) -> int:
        return where[offset - 1] + 1 if offset > 0 else 0

    start, stop = where[claim.start], end(claim.end)
    return replace(claim, start=start, end=stop, quote=original[start:stop], sentence_start=where[claim.sentence_start],
                   sentence_end=end(claim.sentence_end))  # fmt: skip


def _world_claims(lang: Language, text: str, title: str | None, reference: date | None) -> list[Claim]:
    out: list[Claim] = []
    norm_text = normalise(text)
    lower_text = safe_lower(norm_text)

    def states_figure(offset: int) -> bool:
        sentence = next((m for m in SENTENCE.finditer(norm_text, max(0, offset - 400)) if m.end() > offset), None)
        return sentence is not None and lang.triggers.search(lower_text, sentence.start(), sentence.end()) is not None

    incident_date = _incident_date(lang, norm_text, lower_text, reference, states_figure)
    reference_year = reference.year if reference else _latest_year(lang, without_local_dates(lang.dates, norm_text))
    seen: set[tuple[str, int, str]] = set()
    norm_title = normalise(title) if title else None
    named = lang.places.countries_in(f"{norm_title or ''}\n{norm_text}")
    filed = lang.places.dateline(norm_text)
    for name, original in (("title", title), ("text", text)):
        if not original:
            continue
        norm, lower = (norm_text, lower_text) if name == "text" else (norm_title or "", None)
        lower = lower if lower is not None else safe_lower(norm)
        where = _Where(norm_text, named, name == "title", filed)
        for claim in _field_claims(
            lang, name, original, norm, lower, reference_year, incident_date, where, dated=reference is not None
        ):
            key = (claim.metric, claim.value, claim.quote)
            if key in seen and name == "title":
                continue
            seen.add(key)
            out.append(claim)
    # "con 62 personas a bordo ... no hubo supervivientes": the load, when the text states no toll of its own
    out.extend(world_all_aboard(lang, [("title", title, norm_title), ("text", text, norm_text)], out, incident_date))
    out = world_one_and_another(lang.code, {"title": title or "", "text": text}, out)  # "uno murió ... y otro en"
    out = _parts_of_a_sum(out)
    main_place = lang.places.article_place(norm_title, norm_text, named) if out else None
    if main_place is not None:
        out = [c if c.location else _with_place(c, main_place) for c in out]
    return out


_MIN_PARTS = 2


def _parts_of_a_sum(claims: list[Claim]) -> list[Claim]:
    """'10 ilde 284 kişi hayatını kaybetti ... Kahramanmaraş'ta 70 ... Hatay'da 4 ...': a run of figures of one
    metric, told one after another, that adds up to exactly another figure of the text is that figure's parts (a
    province's share, a site's), not a toll of the whole each."""
    text = [(i, c) for i, c in enumerate(claims) if c.field == "text" and c.role is Role.TOTAL and c.value > 0]
    if len(text) <= _MIN_PARTS:
        return claims
    parts: set[int] = set()
    for metric in {c.metric for _, c in text}:
        run = sorted(((i, c) for i, c in text if c.metric == metric), key=lambda ic: ic[1].start)
        wholes = {c.value for _, c in run}
        for first in range(len(run)):
            total = 0
            for last in range(first, len(run)):
                total += run[last][1].value
                if last - first + 1 >= _MIN_PARTS and total in wholes and all(
                    c.value < total for _, c in run[first : last + 1]
                ):
                    parts.update(i for i, _ in run[first : last + 1])
    if not parts:
        return claims
    return [replace(c, role=Role.SUBSET) if i in parts else c for i, c in enumerate(claims)]


@dataclass(frozen=True, slots=True)
class _Where:
    """What a field's sentences need to read their place: the article's text, the countries it names, whether
    the field is a headline, and the dateline's town (where the report was filed)."""

    body: str
    named: Counter[str]
    headline: bool
    filed: str | None


def _incident_date(
    lang: Language, text: str, lower: str, reference: date | None, states_figure: Callable[[int], bool]
) -> date | None:
    # a report that dates nothing is undated (grouping places it by its publication, as an English one)
    return incident_date(lang.dates, text, lower, reference, states_figure)


def _with_place(claim: Claim, place: str) -> Claim:
    return replace(claim, location=place, location_carried=True)


def _field_claims(
    lang: Language,
    field: str,
    original: str,
    norm: str,
    lower: str,
    reference_year: int | None,
    incident_date: date | None,
    where: _Where,
    dated: bool = True,
) -> list[Claim]:
    out: list[Claim] = []
    triggers_all = [
        _Trigger(m.lastgroup or "", m.start(), m.end(), _heads_count(lang, lower, m.start(), m.end()))
        for m in lang.triggers.finditer(lower)
        if m.lastgroup
    ]
    together = [m.span() for m in lang.together.finditer(lower)] if lang.together is not None else []
    if together:
        triggers_all = [t for t in triggers_all if not any(a < t.end and t.start < b for a, b in together)]
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
    if lang.people_triggers:
        spans = [(t.start, t.end) for t in triggers_all]
        people = [
            _Trigger(metric, m.start(), m.end(), people=True)
            for metric, pattern in lang.people_triggers.items()
            for m in pattern.finditer(lower)
            if not any(a < m.end() and m.start() < b for a, b in spans)
        ]
        triggers_all = sorted([*triggers_all, *people], key=lambda t: t.start)
    if lang.count_anaphors is not None:
        triggers_all = _with_anaphors(lang, lower, triggers_all)
    if not triggers_all:
        return out
    spans = sentence_spans(lang, norm)
    sources: dict[int, str | None] = {}
    stated: set[str] = set()  # the metrics earlier sentences of the field gave a figure of
    graded: list[Graded] = []  # sentences whose one injured figure is of one severity ("5 heridos graves.")
    undated_told = False  # an earlier sentence gave a figure and named no year
    for index_of_sentence, (s_start, s_end) in enumerate(spans):
        triggers = [t for t in triggers_all if s_start <= t.start < s_end]
        if not triggers:
            continue
        numbers = [n for n in lang.numbers.read(norm, lower, s_start, s_end) if not _not_a_count(lang, lower, n, s_end)]
        singles = _singular_deaths(lang, lower, triggers, s_start)
        if not numbers and not singles:
            continue
        sentence_lower = lower[s_start:s_end]
        dated_earlier = _background(lang, sentence_lower, reference_year)
        background = (
            dated_earlier
            or _told_as_past(lang, sentence_lower)
            # no publication date: after figures the text tells undated (of its day), a sentence that dates its
            # own to a year ("en la riada de 1957 murieron 81") tells an earlier event
            or (not dated and undated_told and _YEAR.search(sentence_lower) is not None)
        )
        # "أسفر الزلزال عن مقتل 40 شخصا، وهو الأعنف منذ زلزال 2016 الذي أودى بحياة 670": a figure in a clause
        # before the earlier year's, a break between, is the text's own
        own_clause = (
            _own_clause_end(lang, lower, s_start, s_end)
            if dated_earlier and background is dated_earlier and not _told_as_past(lang, sentence_lower)
            else None
        )
        place = lang.places.sentence_place(norm[s_start:s_end], where.body, where.named, headline=where.headline,
                                           filed=where.filed)  # fmt: skip
        taken: set[int] = set()
        articles: set[int] = set()  # numbers in a count noun's phrase, no count ("... de um edifício")
        bound: list[tuple[Numeral, _Trigger]] = []
        pending: list[Numeral] = []
        updates: set[int] = set()
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
            nxt = next((n.start for n in numbers[index + 1 :] if not _article_like(n) or not _relative_between(
                lang, lower, number.end, n.start)), s_end)  # fmt: skip
            update = _update(lang, lower, max(previous_end, s_start), lead, number.start) or _update_after(
                lang, lower, number, nxt, triggers
            )
            if update:
                updates.add(number.start)
            # "portant à cinq le nombre de victimes": after a toll verb, the count noun may follow the number
            after = next(
                (
                    t for t in triggers
                    if number.end <= t.start < min(nxt, number.end + _AFTER_WINDOW) and t.start not in taken
                    and (not t.heads_count or (update and not t.bare) or _right_after(lower, number, t))
                    and (not t.body or len(lower[number.end : t.start].split()) <= 1)
                    and (not t.people or _of_people(lang, lower, number, t))
                    and not _broken_after(lang, lower, number.end, t.start)
                    and not (lang.group_after is not None and lang.group_after.match(lower, number.end, t.start))
                    and not (_article_like(number) and _object_count(lang, lower, t, numbers[index + 1 :], triggers))
                ),
                None,
            )  # fmt: skip
            if after is None and _article_like(number) and _shares_verb(number, following, triggers, s_end):
                # "mató a un hombre de 45 años y a 300 personas más": the article, and the verb's count after it
                articles.add(number.start)
                continue
            label = next(
                (t for t in triggers if t.end <= lead and t.start not in taken
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
        for number in pending:
            previous = max((n.end for n in numbers if n.end <= number.start and n.start not in articles),
                           default=s_start)  # fmt: skip
            update = number.start in updates  # "la cifra de muertos (...) se elevó a 55": the whole clause
            before = [
                t for t in triggers
                if (update or max(previous, number.start - _window(t)) <= t.start)
                and previous <= t.start and t.end <= number.start
                and t.start not in taken and not t.body and not _broken(lower, t.end, number.start)
                and (not t.people or _of_people(lang, lower, number))
            ]  # fmt: skip
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
        if singles and not any(t.metric == "killed" for _, t in bound):
            # "В ДТП погиб водитель, ещё трое пострадали": the verb's singular form is the count, one
            single = next((t for t in singles if t.start not in taken), None)
            if single is not None:
                taken.add(single.start)
                bound.append((Numeral(1, single.start, single.end, words=True), single))
        ranges = _ranges(lang, lower, numbers, bound) if lang.ranges else {}
        superseded: set[int] = set()
        for number, trigger in list(bound):
            later = _from_to(lang, lower, number, numbers)  # "de 9 a 25 muertos", "9명에서 25명으로"
            if later is not None:
                superseded.add(number.start)
                if all(n.start != later.start for n, _ in bound):
                    bound.append((later, trigger))
        source = _source(lang, norm, lower, spans, index_of_sentence, sources, triggers_all) if bound else None
        # "৩ জন নিহত ও আরও ২৫ জন আহত", "12 Tote und weitere 30 Verletzte": 'more' after a figure of another kind
        # adds another group of victims, not more of its own kind
        # "12 Tote. Weitere 30 wurden verletzt", "নিহত ৮ জন। আহত আরও ২০ জন।": so too in a sentence after one
        # that gave only figures of other kinds
        first_of: dict[str, int] = dict.fromkeys(stated, -1)
        for number, trigger in sorted(bound, key=lambda b: b[0].start):
            first_of.setdefault(trigger.metric, number.start)
        stated.update(first_of)
        first_claim = len(out)
        claim_at: dict[int, int] = {}  # number start -> its claim's index in `out`
        counted = {n.start for n, _ in bound}
        # each number's end, and whether it counts no victims (a year is neither)
        free = tuple((n.end, n.start not in counted) for n in numbers if not n.year_like)
        for number, trigger in bound:
            claim = _claim(lang, field, original, lower, number, trigger, (s_start, s_end),
                           background and not (own_clause is not None and trigger.end <= own_clause
                                               and number.end <= own_clause),
                           place, incident_date, free)  # fmt: skip
            update = number.start in updates
            if (
                claim.role is Role.INCREMENT
                and number.start == first_of[trigger.metric]
                and (
                    any(m != trigger.metric and at < number.start for m, at in first_of.items())
                    # "Un bombero murió y otras tres personas resultaron heridas": a death told without a number
                    or any(t.metric != trigger.metric and s_start <= t.start < t.end <= number.start for t in triggers)
                )
            ):
                claim = replace(claim, role=Role.TOTAL)
            if (
                (update or trigger.heads_count)
                and claim.role is Role.TOTAL
                and _many_incidents(lang, lower, s_start, number.start)
            ):
                # "el número de muertos desde el inicio de la guerra asciende a": a running toll of many incidents
                claim = replace(claim, role=Role.CUMULATIVE)
                update = False
            elif claim.role is Role.TOTAL and lang.several is not None and lang.several.match(lower, number.end, s_end):
                # "40 personas murieron en tres estampidas": a toll of them all, no incident's own figure
                claim = replace(claim, role=Role.CUMULATIVE)
                update = False
            elif claim.role is Role.TOTAL and _since_start(lang, lower, s_start, s_end):
                # "desde el inicio de la guerra, 10.500 civiles han muerto": a toll to date, whatever tells it
                claim = replace(claim, role=Role.CUMULATIVE)
                update = False
            if update:
                claim = replace(claim, update=True)
                if _revised_down(lang, lower, number, s_start, s_end):
                    claim = replace(claim, revised_down=True)
            elif claim.role is Role.TOTAL and _revised_down(lang, lower, number, s_start, s_end):
                claim = replace(claim, update=True, revised_down=True)
            elif _earlier(lang, lower, number, s_start):
                claim = replace(claim, earlier_figure=True)
            elif claim.role is Role.TOTAL and _nationwide(lang, lower, s_start, s_end):
                # "Landesweit kamen mindestens 41 Menschen ums Leben": the whole country's figure, over a city's
                # update ("die Zahl der Toten in Kiew stieg auf 33"), as "in all" / "nationwide" in English
                claim = replace(claim, update=True)
            if number.start in ranges:  # "entre 20 y 30 muertos": from the low figure to the high one
                low = ranges[number.start]
                start = min(claim.start, low.start)
                claim = replace(claim, low=low.value, high=number.value, qualifier=Qualifier.RANGE, start=start,
                                quote=original[start : claim.end])  # fmt: skip
            if source:
                claim = replace(claim, attribution=source)
            claim_at[number.start] = len(out)
            out.append(replace(claim, earlier_figure=True) if number.start in superseded else claim)
        if len(out) > first_claim and _YEAR.search(sentence_lower) is None:
            undated_told = True
        if lang.grades is not None and len(out) > first_claim:
            metric_of = {number.start: trigger.metric for number, trigger in bound}
            graded.extend(
                sum_runs(
                    lang.grades, original, lower, numbers, metric_of, out, claim_at, (s_start, s_end), index_of_sentence
                )
            )
    if graded:
        sum_across_sentences(original, out, graded)
    return out


def _own_clause_end(lang: Language, lower: str, s_start: int, s_end: int) -> int | None:
    """Where the clause before a comparison with an earlier year ends ('40 muertos, el más mortífero desde 2016'):
    the last break before the year, with a superlative between (lexicon SUPERLATIVES); None when there is none
    ('Murieron 17.000, la mayoría en Izmit, en el sismo de 1999' is all of 1999)."""
    if lang.superlatives is None:
        return None
    year = _YEAR.search(lower, s_start, s_end)
    if year is None:
        return None
    breaks = list(_AFTER_BREAK.finditer(lower, s_start, year.start()))
    if not breaks or lang.superlatives.search(lower, breaks[-1].end(), year.start()) is None:
        return None
    return breaks[-1].start()


def _singular_deaths(lang: Language, lower: str, triggers: list[_Trigger], s_start: int) -> list[_Trigger]:
    """The sentence's killed triggers that are a verb's singular form (SINGULAR_DEATHS: 'погиб', 'zemřel'), with
    no negation right before them ('не погиб')."""
    if lang.singular_deaths is None:
        return []
    out = []
    for t in triggers:
        if t.metric != "killed" or t.bare or t.heads_count or not lang.singular_deaths.fullmatch(lower, t.start, t.end):
            continue
        before = lower[max(s_start, t.start - 12) : t.start].split()
        if before and before[-1] in lang.negations:
            continue
        out.append(t)
    return out


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
        if named:
            anaphors.append(_Trigger(named[-1].metric, m.start(), m.end(), heads_count=True, bare=True))
    return sorted([*triggers, *anaphors], key=lambda t: t.start) if anaphors else triggers


def _source(
    lang: Language,
    norm: str,
    lower: str,
    spans: list[tuple[int, int]],
    index: int,
    cache: dict[int, str | None],
    triggers: list[_Trigger],
) -> str | None:
    """Who the sentence says gave its figures; else the next sentence's source when that sentence states no figure
    of its own ("... 23 morts. C'est ce qu'a annoncé le préfet."), else the source the previous sentence named."""
    if lang.sources is None:
        return None

    def of(i: int) -> str | None:
        if i not in cache:
            a, b = spans[i]
            cache[i] = source_in(lang.sources, norm[a:b], lower[a:b]) if lang.sources else None
        return cache[i]

    own = of(index)
    if own:
        return own
    # a sentence inside a quotation that a later sentence closes with its speaker ('"... 23 людини загинули. ...",
    # - написав Моргунов'): the speaker's
    closing = quote_closing(norm, spans, index)
    if closing is not None and (speaker := of(closing)):
        return speaker
    # the sentences next to it, past blank ones (the spaces that end a line of a page are a span of their own)
    after_index = next((i for i in range(index + 1, len(spans)) if not norm[spans[i][0] : spans[i][1]].isspace()), None)
    before_index = next((i for i in range(index - 1, -1, -1) if not norm[spans[i][0] : spans[i][1]].isspace()), None)
    if after_index is not None:
        a, b = spans[after_index]
        # "... 148 morti. Lo ha reso noto il ministro, precisando che 142 studenti ...": a sentence that opens by
        # pointing back at what was told is the source of those figures, though it gives figures of its own
        back = lang.sources.points_back is not None and lang.sources.points_back.match(lower, a) is not None
        # (a toll noun alone, "le bilan restait inchangé", states no figure)
        if (back or not any(a <= t.start < b and not t.bare for t in triggers)) and (after := of(after_index)):
            return after
    return of(before_index) if before_index is not None else None


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


def _article_like(number: Numeral) -> bool:
    """'Un incendie', 'Una explosión', 'Um terremoto': the word for one, which is also the indefinite article."""
    return number.words and number.value == 1


def _object_count(
    lang: Language, lower: str, verb: _Trigger, later: list[Numeral], triggers: list[_Trigger]
) -> bool:
    """Whether the next number stands right after the toll verb as its count ('Un incendie a tué 12 personnes':
    'Un' is the subject's article), not as the subject of a figure of its own ('... y 12 personas resultaron
    heridas')."""
    if not later:
        return False
    count = later[0]
    if count.start - verb.end > _OBJECT_GAP or _AFTER_BREAK.search(lower, verb.end, count.start):
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


def _many_incidents(lang: Language, lower: str, start: int, end: int) -> bool:
    return lang.many_incidents is not None and lang.many_incidents.search(lower, start, end) is not None


def _since_start(lang: Language, lower: str, start: int, end: int) -> bool:
    """Whether the sentence marks its figures as a toll to date ('desde el inicio de la guerra'), not as the
    measure of one incident ('el ataque más mortífero desde el inicio de la guerra')."""
    if lang.since_start is None or lang.since_start.search(lower, start, end) is None:
        return False
    return lang.superlatives is None or lang.superlatives.search(lower, start, end) is None


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
_DOWN_WINDOW = 60  # from a revised-down phrase to the number ("le bilan a été revu à la baisse à 18")
_EARLIER_WINDOW = 40  # from an earlier-figure marker to the number ("Zunächst war von 23 Toten die Rede")


def _update_after(lang: Language, lower: str, number: Numeral, stop: int, triggers: list[_Trigger]) -> bool:
    """A toll verb right after the number in a verb-final language ('ölü sayısı 52'ye yükseldi'), with no other
    trigger between them (no other count's verb)."""
    if lang.updates_after is None:
        return False
    m = lang.updates_after.search(lower, number.end, min(stop, number.end + _AFTER_VERB_WINDOW))
    if m is None or _AFTER_BREAK.search(lower, number.end, m.start()):
        return False
    return not any(number.end <= t.start < m.start() for t in triggers)


def _revised_down(lang: Language, lower: str, number: Numeral, s_start: int, s_end: int) -> bool:
    """A revised-down phrase before the number in its clause, or right after it ('18'e düşürüldü')."""
    if lang.revised_down is None:
        return False
    begin = max(s_start, number.start - _DOWN_WINDOW)
    for m in lang.revised_down.finditer(lower, begin, number.start):
        if not _SENTENCE_END.search(lower, m.end(), number.start) and not re.search(
            r"[;()]", lower[m.end() : number.start]
        ):
            return True
    after = lang.revised_down.search(lower, number.end, min(s_end, number.end + _AFTER_VERB_WINDOW))
    return after is not None and not _AFTER_BREAK.search(lower, number.end, after.start())


def _earlier(lang: Language, lower: str, number: Numeral, s_start: int) -> bool:
    """An earlier-figure marker shortly before the number in its sentence ('initialement', 'zunächst')."""
    if lang.earlier is None:
        return False
    return lang.earlier.search(lower, max(s_start, number.start - _EARLIER_WINDOW), number.start) is not None


def _from_to(lang: Language, lower: str, number: Numeral, numbers: list[Numeral]) -> Numeral | None:
    """The later figure of 'from N to M' (FROM_TO: the word before N, the word between): N is superseded."""
    if lang.from_to is None:
        return None
    later = next((n for n in numbers if n.start >= number.end), None)
    if later is None or later.start - number.end > _FROM_TO_GAP:
        return None
    between = lower[number.end : later.start]
    for before, middle in lang.from_to:
        if middle.search(between) and (
            before is None or before.search(lower[max(0, number.start - 12) : number.start])
        ):
            return later
    return None


def _claim(
    lang: Language,
    field: str,
    original: str,
    lower: str,
    number: Numeral,
    trigger: _Trigger,
    sentence: tuple[int, int],
    background: bool,
    place: str | None,
    incident_date: date | None,
    free: tuple[tuple[int, bool], ...] = (),
) -> Claim:
    """`free`: the sentence's numbers' ends, each with whether it counts no victims ('363 bányászt ... élve')."""
    start, end = min(number.start, trigger.start), max(number.end, trigger.end)
    limit = trigger.start if trigger.start >= number.end else min(sentence[1], number.end + _QUALIFIER_GAP + 20)
    qualifier, q_start, q_end = _qualifier(lang, lower, number, sentence[0], limit)
    verb = _update_verb(lang, lower, sentence[0], q_start, number.start) if q_start < number.start else None
    if verb is not None and verb.start() <= q_start < verb.end() and qualifier is not Qualifier.MORE_THAN:
        # "đã lên tới 4.352": the verb, no qualifier; but a verb of passing stays "more than" ("melampaui 900")
        qualifier, q_start, q_end = Qualifier.EXACT, number.start, number.end
    if qualifier is Qualifier.EXACT and trigger.heads_count and trigger.end <= number.start:
        # "تجاوز عدد القتلى 1000": a verb of exceeding before the count noun, the number after it
        qualifier = _qualifier_before_count(lang, lower, trigger, number, sentence[0])
    if qualifier is Qualifier.EXACT and trigger.start >= number.end and lang.after_noun is not None:
        # "21 قتيلا على الأقل", "21 muertos como mínimo": the qualifier right after the count's own word
        qualifier, q_start, q_end = _qualifier_after_trigger(lang, lower, number, trigger, sentence[1])
    if number.band is not None:  # "decenas de muertos": a vague quantity, never a precise figure
        qualifier = Qualifier.VAGUE
    if qualifier is Qualifier.EXACT and number.approximate:
        qualifier = Qualifier.ABOUT
    if qualifier is Qualifier.EXACT and number.above:
        qualifier = Qualifier.MORE_THAN
    start, end = min(start, q_start), max(end, q_end)
    role = Role.BACKGROUND if background else Role.TOTAL
    if role is Role.TOTAL and _subset(lang, lower, number, trigger, sentence[0], free):
        role = Role.SUBSET
    if role is Role.TOTAL and _increment(lang, lower, q_start, sentence[0]):
        role = Role.INCREMENT
    low, high = bounds(number.value, qualifier, number.band)
    # "podría superar los 5.700", "pourrait atteindre 80": a projection, not the current figure; the headline
    # takes it only when the text gives no other (the flag the headline reads for superseded figures)
    window_start = max(sentence[0], min(number.start, trigger.start) - _PROJECTION_WINDOW)
    projected = bool(lang.projection and lang.projection.search(lower, window_start, number.start))
    perpetrators = lang.perpetrators is not None and lang.perpetrators.match(lower, number.end, sentence[1]) is not None
    return Claim(
        derivation="perpetrator" if perpetrators else None,
        metric=trigger.metric,
        value=number.value,
        low=low,
        high=high,
        qualifier=qualifier,
        role=role,
        quote=original[start:end],
        start=start,
        end=end,
        field=field,
        location=place,
        incident_date=incident_date,
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        singular=number.words and number.value == 1,
        earlier_figure=projected,
    )


def _nationwide(lang: Language, lower: str, start: int, end: int) -> bool:
    """The sentence tells its figure for the whole country (the lexicon's NATIONWIDE: "landesweit", "en todo el
    país")."""
    pattern = lang.places.nationwide
    return pattern is not None and pattern.search(lower, start, end) is not None


def _heads_count(lang: Language, lower: str, start: int, end: int) -> bool:
    """A trigger inside 'the number of ...' (a count noun just before it, or right after it: '死亡人数')."""
    if lang.count_nouns is None:
        return False
    after = lang.count_nouns.search(lower, end, end + 24)  # "死亡人数", "মৃতের সংখ্যা", "ölü sayısı"
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
    )
