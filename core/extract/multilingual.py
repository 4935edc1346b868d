"""One extraction pass for every language that has a lexicon module with the shared shape (see
`core.extract.lexicons`): all language knowledge is data there, this module has no per-language branch.

Per sentence holding a metric trigger: numbers (`numerals`) are bound to the nearest trigger after them ("50
muertos", "179명이 숨졌다"), else to a trigger before them that no number has taken ("la cifra de muertos
asciende a 1.452", "사망자는 179명"); another number in between blocks a binding (`world_binding`). Each bound
number makes a claim here, its roles read by `world_roles`. The qualifier is the phrase
right before ("al menos", "en az") or after ("以上", "이상", "多") the number. A subset marker ("entre ellos",
"dont", "darunter") makes a subset, a year earlier than the article's makes background. Quotes and offsets are
in the original text; metrics are the shared vocabulary (killed, wounded, missing, displaced, arrested). The
lexicon's words come compiled into patterns (`world_language.Language`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from core.extract.clean import boilerplate_spans, normalise, safe_lower
from core.extract.combine import world_one_and_another
from core.extract.numerals import Numeral
from core.extract.qualifiers import bounds
from core.extract.speculative import possible_between
from core.extract.stated_zeros import ZeroText, with_stated_zeros
from core.extract.survivors import world_all_aboard
from core.extract.world_attribution import source_in
from core.extract.world_binding import _AFTER_VERB_WINDOW, _update_verb, bind
from core.extract.world_dates import incident_date, without_local_dates
from core.extract.world_grades import Graded, sum_across_sentences, sum_runs
from core.extract.world_language import Language
from core.extract.world_parts import nationals_beside_the_whole, totals_of_parts
from core.extract.world_roles import (
    _AFTER_BREAK,
    _QUALIFIER_GAP,
    _SENTENCE_END,
    _YEAR,
    _background,
    _in_clause_of,
    _increment,
    _increment_after,
    _latest_year,
    _names_a_year,
    _not_a_count,
    _past_perfects,
    _qualifier,
    _qualifier_after_trigger,
    _qualifier_before_count,
    _subset,
    _survived_hurt,
    _told_as_past,
    _Trigger,
    deaths_of_a_hurt_group,
)
from core.extract.world_sentences import SENTENCE, quote_closing, sentence_spans
from core.extract.world_shares import listed_shares, sum_lists
from core.extract.world_triggers import _singular_deaths, field_triggers
from core.models import KILLED, Claim, Qualifier, Role

_PROJECTION_WINDOW = 30


def world_claims(lang: Language, text: str, title: str | None, reference: date | None) -> list[Claim]:
    """All claims of an article in `lang` (title and text)."""
    text_map, title_map = _decomposed(text), _decomposed(title) if title else None
    if text_map is None and title_map is None:
        return _world_claims(lang, text, title, reference)
    # An Indic letter with a nukta written as one character ('য়', 'ज़'): read the text with the letter and its
    # nukta as two, as the lexicons write them; Arabic short vowels ('قُتل' for 'قتل'): read without them, as the
    # lexicons write the words; give quotes and offsets in the original text.
    claims = _world_claims(lang, text_map[0] if text_map else text, title_map[0] if title_map else title, reference)
    originals = {"text": (text, text_map), "title": (title or "", title_map)}
    return [_remapped(c, *originals[c.field]) for c in claims]


# Indic letters with a nukta that Unicode also writes as one character (Devanagari, Bengali, Gurmukhi, Oriya)
_PRECOMPOSED = re.compile("[\u0958-\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59-\u0a5b\u0a5e\u0b5c\u0b5d]")
# Arabic short vowels, tanween, shadda and sukun: optional marks a reporter may write ('قُتل', 'شخصاً')
_HARAKAT = re.compile("[\u064b-\u0652]")
_REWRITTEN = re.compile(f"{_PRECOMPOSED.pattern}|{_HARAKAT.pattern}")


def _decomposed(text: str | None) -> tuple[str, list[int]] | None:
    """The text with each precomposed nukta letter as its letter and nukta and without Arabic short vowels, and
    where each of its characters (and its end) was in the original; None when there is nothing to rewrite."""
    if not text or _REWRITTEN.search(text) is None:
        return None
    parts: list[str] = []
    where: list[int] = []
    last = 0
    for m in _REWRITTEN.finditer(text):
        index = m.start()
        parts.append(text[last:index])
        where.extend(range(last, index))
        piece = "" if _HARAKAT.match(m.group()) else unicodedata.normalize("NFD", m.group())
        parts.append(piece)
        where.extend([index] * len(piece))
        last = index + 1
    parts.append(text[last:])
    where.extend(range(last, len(text) + 1))
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
    furniture = boilerplate_spans(norm_text, world=True)
    if furniture:  # other stories' headlines and their days ("Mehr zum Thema" / "Eschede: 101 Tote"): not read
        text, norm_text = _blanked(text, furniture), _blanked(norm_text, furniture)
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
    out = _earlier_events(lang, lower_text, out)
    out = _coming_after_another(lang, lower_text, out)
    out = _a_follow_ups_own_toll(lang, norm_text, lower_text, reference_year, out, safe_lower(norm_title or ""))
    out = _hurt_who_died(lang, lower_text, out)
    out = nationals_beside_the_whole(lang, lower_text, out)
    # "con 62 personas a bordo ... no hubo supervivientes": the load, when the text states no toll of its own (not
    # when no survivors are only expected: "« Aucun survivant n'est attendu »")
    if not any(c.metric == "killed" and c.value > 0 and c.role is Role.TOTAL for c in out):  # else no load is read
        told = [("title", title, _told_no_survivors(lang, norm_title)),
                ("text", text, _told_no_survivors(lang, norm_text))]  # fmt: skip
        out.extend(world_all_aboard(lang, told, out, incident_date))
    out = world_one_and_another(lang.code, {"title": title or "", "text": text}, out)  # "uno murió ... y otro en"
    out = _parts_of_a_sum(out)
    out = _victims_of_both_kinds(lang, out)
    out = _parts_of_a_combined_count(lang, lower_text, out)
    out = _stale_titles(out)
    zero_texts = [ZeroText("title", safe_lower(norm_title), title)] if title and norm_title else []
    out = with_stated_zeros(lang.code, [*zero_texts, ZeroText("text", lower_text, text)], out, incident_date)
    # The article's place is only for the claims whose sentence names none: read it only when there is one (its
    # reading of the title and the text's head is much of a report's time; a fifth of them place every claim).
    main_place = lang.places.article_place(norm_title, norm_text, named) if _unplaced(out) else None
    if main_place is not None:
        out = [c if c.location else _with_place(c, main_place) for c in out]
    return out


def _unplaced(claims: list[Claim]) -> bool:
    """Does a claim name no place of its own (it takes the article's)?"""
    return any(not c.location for c in claims)


_DIED_REACH = 80  # from one person told hurt to the verb of their death ("... som skadades på Las Ramblas har avlidit")


def _hurt_who_died(lang: Language, lower: str, claims: list[Claim]) -> list[Claim]:
    """'Une femme blessée lors de l'attaque est décédée', 'En kvinna som skadades i attacken har avlidit', 'Una mujer
    que resultó herida murió en el hospital': one person told hurt, then a verb of death in the sentence with no
    'and' between, no count of its own (not 'un policier blessé dans l'attaque qui a fait trois morts'), is one who
    died of their wounds: a death (a part of the toll), no one hurt."""
    hurt = [
        i for i, c in enumerate(claims)
        if c.field == "text" and c.metric == "wounded" and c.singular and c.value == 1 and c.role is Role.TOTAL
    ]  # fmt: skip
    if not hurt:
        return claims
    counted = [(c.start, c.end) for c in claims if c.field == "text" and c.metric == "killed" and c.value != 1]
    died = set()
    for i in hurt:
        c = claims[i]
        stop = min(c.sentence_end, c.end + _DIED_REACH)
        for m in lang.triggers.finditer(lower, c.end, stop):
            if m.lastgroup != "killed" or any(a <= m.start() < b for a, b in counted):
                continue
            if not any(w in lang.and_words for w in lower[c.end : m.start()].split()):
                died.add(i)
            break
    return [replace(c, role=Role.SUBSET) if i in died else c for i, c in enumerate(claims)]


def _told_no_survivors(lang: Language, norm: str | None) -> str | None:
    """The text with its no-survivor phrases that are only expected or feared blanked ('aucun survivant n'est
    attendu', 'keine Überlebenden erwartet'): no one is told dead there."""
    if not norm or lang.expected_no_survivors is None:
        return norm
    spans = [m.span() for m in lang.expected_no_survivors.finditer(safe_lower(norm))]
    return _blanked(norm, spans) if spans else norm


def _earlier_events(lang: Language, lower: str, claims: list[Claim]) -> list[Claim]:
    """'Cinq jours plus tôt, l'incendie de la tour avait fait 58 morts', 'El mes pasado, otro incendio dejó 58
    muertos', 'Vor einer Woche waren bei einem Brand 58 Menschen gestorben': the figures of a sentence that opens on a
    time a day or more back (lexicon EARLIER_OPENINGS) tell an earlier event's, background, when the text or its
    title gives a figure of that kind of its own, before them or after; alone they may be the report's own (a
    follow-up, an anniversary)."""
    opening = lang.earlier_opening
    if opening is None or len(claims) < 2:  # an earlier event's figure and the text's own
        return claims
    earlier = {
        i for i, c in enumerate(claims)
        if c.field == "text" and c.role is Role.TOTAL and opening.match(lower, c.sentence_start) is not None
    }  # fmt: skip
    if not earlier:
        return claims
    own = {
        c.metric for i, c in enumerate(claims)
        if i not in earlier and c.role is Role.TOTAL and c.value > 0 and not c.earlier_figure
    }  # fmt: skip
    return [replace(c, role=Role.BACKGROUND) if i in earlier and c.metric in own else c for i, c in enumerate(claims)]


def _coming_after_another(lang: Language, lower: str, claims: list[Claim]) -> list[Claim]:
    """'O caso ocorre quatro dias após a explosão na refinaria, que deixou 58 mortos', 'Le sinistre survient quatre
    jours après l'explosion, qui a fait 58 morts': the figures after the news's incident told as coming a span of time
    after another (lexicon COMES_AFTER, TIME_AFTER) are that earlier event's, background, when the text or its title
    tells a figure of its own; alone they may be the report's (a follow-up: 'la misa ocurre siete días después')."""
    pattern = lang.comes_after
    if pattern is None or len(claims) < 2:
        return claims
    earlier = set()
    for i, c in enumerate(claims):
        if c.field != "text" or c.role is not Role.TOTAL:
            continue
        m = pattern.search(lower, c.sentence_start, c.start)
        if m is not None:
            earlier.add(i)
    if not earlier or not any(
        i not in earlier and c.role is Role.TOTAL and c.value > 0 and not c.earlier_figure for i, c in enumerate(claims)
    ):
        return claims
    return [replace(c, role=Role.BACKGROUND) if i in earlier else c for i, c in enumerate(claims)]


_LEAD_SENTENCES = 3  # a follow-up's lead: its news, then the event it follows, told with its date
_COURT_LEAD = 2  # a court follow-up's lead: its news, then its case's toll (as `core.extract.follow_ups` reads one)
_RELATIVE_REACH = 40  # from the relative word that opens the event's clause to its toll ("que matou 61 pessoas")


def _a_follow_ups_own_toll(
    lang: Language, norm: str, lower: str, reference_year: int | None, claims: list[Claim], lower_title: str = ""
) -> list[Claim]:
    """'O júri condenou os réus pelo incêndio de março de 2015, que matou 61 pessoas': a report whose only figures
    are those its lead dates to an earlier year, told as that event's, recalled (in a relative clause of the event,
    a gerund after it, a past perfect: '..., matando 192 pessoas', 'le ferry avait sombré, faisant 1 863 morts',
    'am 3. Juni 1998 waren 101 Menschen getötet ... worden') after the news the lead tells (a trial, a sentence,
    an anniversary years on), tells that event's toll, its own: the report is that event's. Not when it tells any
    figure of its own, nor a larger toll told in another sentence (a new incident's report that recalls an old
    one), nor a toll the sentence tells as its news ('Murieron 17.000 personas en el sismo de 1999'), unless the
    title or the lead's first sentence tells a court step (lexicon COURT_WORDS: 'in hoger beroep veroordeeld') and
    the toll stands in one of its first two sentences: a verdict's report tells its case's toll so ('Bij de ramp in
    mei 2000 kwamen 23 mensen om het leven')."""
    harm = [c for c in claims if c.metric in ("killed", "wounded")]
    if not harm or any(c.role is not Role.BACKGROUND for c in harm) or any(c.field != "text" for c in harm):
        return claims
    lead = sentence_spans(lang, norm)[:_LEAD_SENTENCES]
    span = next(
        (
            (a, b) for a, b in lead
            if any(c.sentence_start == a for c in harm) and _background(lang, lower[a:b], reference_year)
        ),
        None,
    )  # fmt: skip
    if span is None:
        return claims
    own = [c for c in harm if c.sentence_start == span[0]]
    largest = {m: max(c.value for c in own if c.metric == m) for m in {c.metric for c in own}}
    if any(c.metric not in largest or c.value > largest[c.metric] for c in harm if c not in own):
        return claims  # another sentence's toll, larger or of another kind: not one event's, recalled
    court = span in lead[:_COURT_LEAD] and _court_news(lang, lower, lead[0], lower_title)
    if not court and not _told_as_recalled(
        lang, lower, span, min(own, key=lambda c: c.start), first_sentence=span == lead[0]
    ):
        return claims
    return [replace(c, role=Role.TOTAL) if c in own else c for c in claims]


def _court_news(lang: Language, lower: str, first: tuple[int, int], lower_title: str) -> bool:
    """Do the title or the text's first sentence tell a court step ('veroordeeld', 'Urteil', 'condamnés')?"""
    words = lang.court_words
    return words is not None and (words.search(lower_title) is not None or words.search(lower, *first) is not None)


def _told_as_recalled(lang: Language, lower: str, span: tuple[int, int], first: Claim, first_sentence: bool) -> bool:
    """The toll's sentence tells it as an earlier event's, recalled: in the lead's first sentence, a relative word
    before the toll or the participle that is its verb ("61 kişinin öldüğü yangın"); in any, a gerund or a
    perfect's participle of it (lexicon RECALL_VERBS), or the sentence's past perfect. (A relative word further
    on may be a preposition: 'bei dem Unglück' is also 'in the accident'.)"""
    relative = lang.event_relatives
    if first_sentence and relative is not None and any(
        span[0] < m.start() and first.start - m.end() <= _RELATIVE_REACH
        for m in relative.finditer(lower, max(span[0], first.start - _RELATIVE_REACH), first.end)
    ):
        return True
    if lang.recall_verbs is not None and lang.recall_verbs.search(lower, span[0], span[1]) is not None:
        return True
    return bool(_past_perfects(lang, lower, span[0], span[1]))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans' characters made spaces (lines kept): offsets stay those of the text as sent."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [c if c == "\n" else " " for c in chars[start:end]]
    return "".join(chars)


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


_PARTS_REACH = 300  # from the end of a victims count's sentence to its wounded part ("Les quinze autres ...")


def _victims_of_both_kinds(lang: Language, claims: list[Claim]) -> list[Claim]:
    """'23 victimes, dont huit morts. Les quinze autres ont été hospitalisées', '35 Opfer, darunter zwölf Tote und
    23 Verletzte': a count of victims read as the dead that a dead figure in its sentence and a wounded figure
    after it add up to exactly counts the dead and the hurt together, neither; its dead part is the toll and its
    wounded part the injured. Only a count of victims (lexicon VICTIM_NOUNS): '35 morts, dont 20 tués à l'aéroport'
    and fifteen hurt is a toll, its sum a coincidence."""
    if lang.victims is None or not any(c.metric == "wounded" for c in claims):
        return claims
    out = claims
    for whole in claims:
        if whole.metric != "killed" or whole.role is not Role.TOTAL or whole.value <= 0:
            continue
        if lang.victims.search(safe_lower(whole.quote)) is None:
            continue
        dead = [c for c in out if c.metric == "killed" and c.field == whole.field and c.start >= whole.end
                and c.start < whole.sentence_end and 0 < c.value < whole.value]  # fmt: skip
        hurt = [c for c in out if c.metric == "wounded" and c.field == whole.field and c.start >= whole.end
                and c.start < whole.sentence_end + _PARTS_REACH and 0 < c.value < whole.value]  # fmt: skip
        pair = next(((d, h) for d in dead for h in hurt if d.value + h.value == whole.value), None)
        if pair is None:
            continue
        parts = {id(pair[0]), id(pair[1])}
        out = [
            replace(c, role=Role.TOTAL) if id(c) in parts and c.role is Role.SUBSET else c
            for c in out
            if c is not whole
        ]
    return out


_COMBINED_REACH = 160  # from a part back to a combined count's words ("死者・行方不明者は計50人。このうち死者は38人")


def _parts_of_a_combined_count(lang: Language, lower: str, claims: list[Claim]) -> list[Claim]:
    """'死者・行方不明者は計50人。このうち死者は38人', '500 muertos y heridos, de ellos 120 muertos': the dead told as a
    part of a count of the dead and the missing or the hurt together are all the dead, no subset (not so the hurt:
    '40 morts et blessés, dont 12 blessés graves' are some of them)."""
    if lang.together is None:
        return claims
    out = []
    for c in claims:
        if c.role is Role.SUBSET and c.field == "text" and c.metric == "killed":
            combined = [m.end() for m in lang.together.finditer(lower, max(0, c.start - _COMBINED_REACH), c.start)]
            if combined and not any(
                o.field == "text" and o.metric == c.metric and combined[-1] <= o.start < c.start for o in claims
            ):
                c = replace(c, role=Role.TOTAL)
        out.append(c)
    return out


def _stale_titles(claims: list[Claim]) -> list[Claim]:
    """'Incêndio em boate deixa 245 mortos' over a text that updates the toll to 242 and tells 245 as the earlier
    figure ('o balanço anterior de 245'): the headline's figure is that earlier one too."""
    earlier = {(c.metric, c.value) for c in claims if c.field == "text" and c.earlier_figure}
    if not earlier:
        return claims
    updated = {c.metric for c in claims if c.field == "text" and c.update and not c.earlier_figure}
    told = {(c.metric, c.value) for c in claims if c.field == "text" and not c.earlier_figure}
    return [
        replace(c, earlier_figure=True)
        if c.field == "title" and c.metric in updated and (c.metric, c.value) in earlier - told
        else c
        for c in claims
    ]


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


_CLAUSE_BREAK = re.compile(r"[,;]\s")


def _clause_places(
    lang: Language, norm: str, sentence: tuple[int, int], numbers: list[Numeral], where: _Where
) -> dict[int, str]:
    """'In Polen starben fünf Menschen, in Tschechien kamen zwei ums Leben': figures in clauses of their own that
    name places of their own take each its clause's place (number start -> place), when two clauses name two."""
    if len(numbers) < 2:
        return {}
    s_start, s_end = sentence
    text = norm[s_start:s_end]
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    clauses = list(pairwise(cuts))
    cuts = cuts[:-1]  # clause i begins at cuts[i]
    of = {n.start: max(bisect_right(cuts, n.start - s_start) - 1, 0) for n in numbers}
    if len(set(of.values())) < 2:
        return {}
    used = sorted(set(of.values()))
    places = lang.places.clause_places(text, where.body, where.named, [clauses[i] for i in used],
                                       headline=where.headline, filed=where.filed)  # fmt: skip
    if len({p for p in places if p is not None}) < 2:
        return {}
    by_clause = dict(zip(used, places, strict=True))
    return {start: p for start, i in of.items() if (p := by_clause[i]) is not None}


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
    triggers_all = field_triggers(lang, lower)
    if not triggers_all:
        return out
    spans = sentence_spans(lang, norm)
    sources: dict[int, str | None] = {}
    stated: set[str] = set()  # the metrics earlier sentences of the field gave a figure of
    lead: tuple[int, int] | None = None  # the first sentence with figures (an incident's when it names no weather)
    graded: list[Graded] = []  # sentences whose one injured figure is of one severity ("5 heridos graves.")
    undated_told = False  # an earlier sentence gave a figure and named no year
    lists: list[tuple[int, list[Numeral]]] = []  # a toll told as a list of places, its word told once
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
            # own to a year ("en la riada de 1957 murieron 81") tells an earlier event; a count of year's shape is
            # none ("über 2000 Häuser brannten nieder": `_years`)
            or (not dated and undated_told and _names_a_year(lang, sentence_lower))
        )
        # after the text's own toll of a kind, an older event's of that kind told in the past perfect ("l'incendie
        # de Mati avait fait 102 morts"): the kinds told before, whose figures in the past perfect's clause are
        # background
        told_before = frozenset(stated) if stated else frozenset()
        perfects = _past_perfects(lang, lower, s_start, s_end) if told_before else ()
        # "أسفر الزلزال عن مقتل 40 شخصا، وهو الأعنف منذ زلزال 2016 الذي أودى بحياة 670": a figure in a clause
        # before the earlier year's, a break between, is the text's own
        own_clause = (
            _own_clause_end(lang, lower, s_start, s_end)
            if dated_earlier and background is dated_earlier and not _told_as_past(lang, sentence_lower)
            else None
        )
        bound, updates, ranges, superseded = bind(lang, lower, numbers, triggers, singles, (s_start, s_end))
        bound = [(n, t) for n, t in bound if not _survived_hurt(lang, lower, n, t)]
        totals, parts = totals_of_parts(lang, lower, numbers, bound)
        bound = sorted([*bound, *totals], key=lambda b: b[0].start) if totals else bound
        places_of = _clause_places(lang, norm, (s_start, s_end), [n for n, _ in bound], where)
        # the sentence's place, for the figures no clause of their own places (read only when one needs it: the
        # place readers are much of a report's time, and many sentences bind no figure)
        place = (
            lang.places.sentence_place(norm[s_start:s_end], where.body, where.named, headline=where.headline,
                                       filed=where.filed)
            if any(n.start not in places_of for n, _ in bound)
            else None
        )  # fmt: skip
        source = _source(lang, norm, lower, spans, index_of_sentence, sources, triggers_all) if bound else None
        # "৩ জন নিহত ও আরও ২৫ জন আহত", "12 Tote und weitere 30 Verletzte": 'more' after a figure of another kind
        # adds another group of victims, not more of its own kind
        # "12 Tote. Weitere 30 wurden verletzt", "নিহত ৮ জন। আহত আরও ২০ জন।": so too in a sentence after one
        # that gave only figures of other kinds
        first_of: dict[str, int] = dict.fromkeys(stated, -1)
        for number, trigger in sorted(bound, key=lambda b: b[0].start):
            first_of.setdefault(trigger.metric, number.start)
        if lead is None and bound:
            lead = (s_start, s_end)
        stated.update(first_of)
        first_claim = len(out)
        claim_at: dict[int, int] = {}  # number start -> its claim's index in `out`
        counted = {n.start for n, _ in bound}
        # each number's end, and whether it counts no victims (a year is neither)
        free = tuple((n.end, n.start not in counted) for n in numbers if not n.year_like)
        for number, trigger in bound:
            claim = _claim(lang, field, original, lower, number, trigger, (s_start, s_end),
                           (background or (trigger.metric in told_before and _in_clause_of(
                               lower, min(number.start, trigger.start), max(number.end, trigger.end), perfects)))
                           and not (own_clause is not None and trigger.end <= own_clause and number.end <= own_clause),
                           places_of.get(number.start, place), incident_date, free)  # fmt: skip
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
            elif claim.role is Role.TOTAL and _of_several(lang, lower, number, bound, s_end):
                # "40 personas murieron en tres estampidas": a toll of them all, no incident's own figure
                claim = replace(claim, role=Role.CUMULATIVE)
                update = False
            elif (
                claim.role is Role.TOTAL
                and first_of[trigger.metric] < 0
                and lead is not None
                and _nationwide(lang, lower, s_start, s_end)
                and _weather_of_days(lang, lower, s_start, s_end)
                and not _weather_of_days(lang, lower, *lead)
            ):
                # "9人が死亡した。韓国全体では大雨による死者は33人に上っている", "En todo el país, las lluvias han
                # dejado 30 muertos": after an incident's own toll, the country's toll of days of rain, over many
                # incidents (after a lead that tells the rains' toll, "5 muertos en 24 horas por las lluvias", the
                # country's is theirs)
                claim = replace(claim, role=Role.CUMULATIVE)
                update = False
            elif claim.role is Role.TOTAL and _since_start(lang, lower, s_start, s_end):
                # "desde el inicio de la guerra, 10.500 civiles han muerto": a toll to date, whatever tells it
                claim = replace(claim, role=Role.CUMULATIVE)
                update = False
            others = tuple(n.start for n, _ in bound if n.start != number.start)
            if update:
                claim = replace(claim, update=True)
                if _revised_down(lang, lower, number, s_start, s_end, others):
                    claim = replace(claim, revised_down=True)
            elif claim.role is Role.TOTAL and _revised_down(lang, lower, number, s_start, s_end, others):
                # "nach unten korrigiert: Statt 23 seien es 19 Tote": the figure the correction replaced is earlier
                corrected = _earlier(lang, lower, number, s_start)
                claim = replace(claim, update=True, revised_down=True, earlier_figure=corrected)
            elif _earlier(lang, lower, number, s_start) or _rumoured(lang, lower, claim.metric, s_start, s_end):
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
                own = _clause_source(lang, norm, lower, number.start, (s_start, s_end))
                claim = replace(claim, attribution=own or source)
            if number.start in parts and claim.role is Role.TOTAL:  # "... 4명을 포함해 모두 12명": a part of it
                claim = replace(claim, role=Role.SUBSET)
            claim_at[number.start] = len(out)
            out.append(replace(claim, earlier_figure=True) if number.start in superseded else claim)
        if len(out) > first_claim and _YEAR.search(sentence_lower) is None:
            undated_told = True
        if len(out) > first_claim and len(numbers) > len(bound):  # "70 muertos en Manabí y 4 en Guayas": 74
            lists.extend(listed_shares(lang, original, lower, numbers, bound, out, claim_at, triggers))
        if lang.grades is not None and len(out) > first_claim:
            metric_of = {number.start: trigger.metric for number, trigger in bound}
            graded.extend(
                sum_runs(
                    lang.grades, original, lower, numbers, metric_of, out, claim_at, (s_start, s_end), index_of_sentence
                )
            )
    if graded:
        sum_across_sentences(original, out, graded)
    if lists:
        sum_lists(original, out, lists)
    return out


def _of_several(
    lang: Language, lower: str, number: Numeral, bound: list[tuple[Numeral, _Trigger]], s_end: int
) -> bool:
    """'40 personas murieron en tres estampidas': a toll over several incidents told right after the number; the
    figures told together before it share it, so a later one is of several only when the sentence's first is too ('Al
    menos 18 personas murieron y 13 resultaron heridas en dos tiroteos' is one attack's toll, both figures)."""
    if lang.several is None or not lang.several.match(lower, number.end, s_end):
        return False
    first = min((n for n, _ in bound), key=lambda n: n.start)
    return first.start == number.start or lang.several.match(lower, first.end, s_end) is not None


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
    if breaks and lang.superlatives.search(lower, breaks[-1].end(), year.start()) is not None:
        return breaks[-1].start()
    # "2015'ten bu yana en kanlı saldırı", "是2015年以来最严重的袭击", "2015년 이후 최악의": where the year comes
    # first and the superlative after it in its clause, the comparison opens at the break before the year (or at
    # the year's own words, where no break stands between: "138명이 숨져 2015년 이후 최악의")
    after = _AFTER_BREAK.search(lower, year.end(), s_end)
    if lang.superlatives.search(lower, year.end(), after.start() if after else s_end) is None:
        return None
    return breaks[-1].start() if breaks else _words_before_year(lower, s_start, year.start())


def _words_before_year(lower: str, s_start: int, year: int) -> int:
    """Where the word that runs into the year begins ('sejak 2015', '2015年': the year itself)."""
    start = year
    while start > s_start and lower[start - 1].isalpha() and not lower[start - 1].isspace():
        start -= 1
    return start


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


def _clause_source(lang: Language, norm: str, lower: str, at: int, sentence: tuple[int, int]) -> str | None:
    """The source of the clause holding the figure at `at`, where the sentence sets one clause against another:
    "La police a fait état de 12 blessés, tandis que les organisateurs parlent de 20" (12 is the police's, 20 the
    organisers'), "Polis 12 kişinin yaralandığını açıkladı, organizatörler ise ... 20 olduğunu söyledi". A clause
    set against the one before it opens at the break before its word (the subject may come first); None when the
    sentence has no such clause or the figure's clause names no source of its own."""
    if lang.contrast is None or lang.sources is None:
        return None
    s_start, s_end = sentence
    cuts = [_clause_opening(lower, s_start, m.start()) for m in lang.contrast.finditer(lower, s_start, s_end)]
    if not cuts:
        return None
    start = max((c for c in cuts if c <= at), default=s_start)
    end = min((c for c in cuts if c > at), default=s_end)
    return source_in(lang.sources, norm[start:end], lower[start:end])


def _clause_opening(lower: str, s_start: int, marker: int) -> int:
    """Where a clause opened by the contrast word at `marker` starts: right after the break before it, else there."""
    comma = max(lower.rfind(mark, s_start, marker) for mark in ",;،")
    return comma + 1 if comma >= 0 else marker


def _many_incidents(lang: Language, lower: str, start: int, end: int) -> bool:
    return lang.many_incidents is not None and lang.many_incidents.search(lower, start, end) is not None


def _since_start(lang: Language, lower: str, start: int, end: int) -> bool:
    """Whether the sentence marks its figures as a toll to date ('desde el inicio de la guerra'), not as the
    measure of one incident ('el ataque más mortífero desde el inicio de la guerra')."""
    if lang.since_start is None or lang.since_start.search(lower, start, end) is None:
        return False
    return lang.superlatives is None or lang.superlatives.search(lower, start, end) is None


_DOWN_WINDOW = 60  # from a revised-down phrase to the number ("le bilan a été revu à la baisse à 18")
_EARLIER_WINDOW = 40  # from an earlier-figure marker to the number ("Zunächst war von 23 Toten die Rede")


def _revised_down(
    lang: Language, lower: str, number: Numeral, s_start: int, s_end: int, others: tuple[int, ...] = ()
) -> bool:
    """A revised-down phrase before the number in its clause, with no other count between ('rebajada a 8 tras
    comprobarse que dos cuerpos ...': the 8, not the bodies of the explanation), or right after it ('18'e
    düşürüldü'). `others`: the starts of the sentence's other counted numbers."""
    if lang.revised_down is None:
        return False
    begin = max(s_start, number.start - _DOWN_WINDOW)
    for m in lang.revised_down.finditer(lower, begin, number.start):
        if (
            not _SENTENCE_END.search(lower, m.end(), number.start)
            and not re.search(r"[;()]", lower[m.end() : number.start])
            and not any(m.end() <= at < number.start for at in others)
        ):
            return True
    after = lang.revised_down.search(lower, number.end, min(s_end, number.end + _AFTER_VERB_WINDOW))
    return after is not None and not _AFTER_BREAK.search(lower, number.end, after.start())


def _earlier(lang: Language, lower: str, number: Numeral, s_start: int) -> bool:
    """An earlier-figure marker shortly before the number in its sentence ('initialement', 'zunächst'), no other
    number between them ("당초 25명에서 22명으로": 'at first' marks the 25, not the 22 it was corrected to)."""
    if lang.earlier is None:
        return False
    return any(
        _DIGIT.search(lower, m.end(), number.start) is None
        for m in lang.earlier.finditer(lower, max(s_start, number.start - _EARLIER_WINDOW), number.start)
    )


def _rumoured(lang: Language, lower: str, metric: str, s_start: int, s_end: int) -> bool:
    """'Videos difundidos en redes sociales aseguran que hubo 17 muertos, una cifra que ninguna autoridad ha
    confirmado': a death toll its sentence tells as rumour (lexicon RUMOUR_CUES)."""
    cues = lang.rumour_cues
    return metric == KILLED and cues is not None and cues.search(lower, s_start, s_end) is not None


_DIGIT = re.compile(r"\d")


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
    bare = qualifier is Qualifier.EXACT and trigger.start >= number.end
    head = _word_right_before(lang, lower, number) if bare else None
    if head is not None:
        # "تجاوز عدد الجرحى 600 جريح": the count noun's word right before the number, the number's own after it
        qualifier = _qualifier_before_count(lang, lower, head, number, sentence[0])
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
    if role is Role.TOTAL and (
        _increment(lang, lower, q_start, sentence[0]) or _increment_after(lang, lower, number.end)
        or deaths_of_a_hurt_group(lang, lower, number, trigger)
    ):
        role = Role.INCREMENT
    low, high = bounds(number.value, qualifier, number.band)
    # "podría superar los 5.700", "pourrait atteindre 80": a projection, not the current figure; the headline
    # takes it only when the text gives no other (the flag the headline reads for superseded figures)
    projected = _projected(lang, lower, min(number.start, trigger.start), number, sentence[0], qualifier)
    projected = projected or possible_between(lang.projection, lower, number.end, trigger.start)  # "70 may have died"
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


def _projected(
    lang: Language, lower: str, start: int, number: Numeral, s_start: int, qualifier: Qualifier
) -> bool:
    """A word of what may be or is feared shortly before the count ('podría superar los 5.700'): within
    _PROJECTION_WINDOW characters of it; or a few words before a ceiling ('up to'), past a verb-second subject
    ('befürchten die Vereinten Nationen bis zu 500 Tote'). Not a count after a clause of its own farther back ('Un
    bilan qui risque de s'alourdir car plus d'une centaine de personnes ont été blessées': those hurt now)."""
    if lang.projection is None:
        return False
    window_start = max(s_start, start - _PROJECTION_WINDOW)
    if lang.projection.search(lower, window_start, number.start):
        return True
    if qualifier is not Qualifier.UP_TO:
        return False
    reach = max(s_start, start - _PROJECTION_WINDOW - _PROJECTION_WORDS * 12)
    return any(
        len(lower[m.end() : number.start].split()) <= _PROJECTION_WORDS
        for m in lang.projection.finditer(lower, reach, number.start)
    )


_PROJECTION_WORDS = 5

_HEAD_REACH = 30


def _word_right_before(lang: Language, lower: str, number: Numeral) -> _Trigger | None:
    """A metric's word that ends right before the number (spaces or a colon between), as a trigger; only where a
    count noun stands before it (what `_qualifier_before_count` reads)."""
    begin = max(0, number.start - _HEAD_REACH)
    if lang.before is None or lang.count_nouns is None or lang.count_nouns.search(lower, begin, number.start) is None:
        return None
    last = None
    for m in lang.triggers.finditer(lower, begin, number.start):
        last = m
    if last is None or last.lastgroup is None or lower[last.end() : number.start].strip(" \t:"):
        return None
    return _Trigger(last.lastgroup, last.start(), last.end(), heads_count=True)


def _weather_of_days(lang: Language, lower: str, start: int, end: int) -> bool:
    """The sentence names weather that lasts days (rain, storms: lexicon HAZARD_FAMILIES' water and weather)."""
    return lang.weather is not None and lang.weather.search(lower, start, end) is not None


def _nationwide(lang: Language, lower: str, start: int, end: int) -> bool:
    """The sentence tells its figure for the whole country (the lexicon's NATIONWIDE: "landesweit", "en todo el
    país")."""
    pattern = lang.places.nationwide
    return pattern is not None and pattern.search(lower, start, end) is not None
