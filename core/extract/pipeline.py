"""Putting the passes together: sentences -> raw claims -> claims with role, place, date and source."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from core.extract.alternation import alternation
from core.extract.article_passes import (
    a_groups_hurt_in_a_disaster,
    a_season_beyond_the_lead,
    alone_beyond_the_whole,
    another_countrys_hurt,
    beyond_the_dead,
    corrected_down,
    hospital_census,
    named_older_incident,
    older_incidents_by_date,
    others_still_in_hospital,
    singles_within_a_larger_part,
    sites_summed,
    title_told_as_background,
    title_told_as_earlier,
    undated_years_told_apart,
)
from core.extract.ascii_twin import ascii_twin, compile_twin
from core.extract.attribution import attribution_in, source_of_figure_before
from core.extract.binder import numeric_claims
from core.extract.clean import (
    Sentence,
    boilerplate_spans,
    duplicate_key,
    keyword_view,
    lowercase_twin,
    normalise,
    overlaps,
    safe_lower,
    split_sentences,
)
from core.extract.combine import (
    ANOTHER_WORDS,
    ONE_AND_OTHERS_WORDS,
    derived_claims,
    died_among_wounded,
    one_and_another,
    one_and_others,
    two_people,
    whole_people_lists,
)
from core.extract.earlier_reports import (
    _EARLIER_REPORT_OPENER,
    _earlier_scopes,
    _first_after_earlier_cue,
    _later_news,
    _metric_told_last,
    _older_sections,
    _older_version_figures,
    _told_with_the_update,
    _unconfirmed,
)
from core.extract.language import detect_language, is_english_code
from core.extract.later_deaths import (
    dead_told_before_among_hurt,
    later_deaths_added,
    more_hurt_added,
    ordinal_death_among_hurt,
    tells_a_later_death,
)
from core.extract.lexicons import load as load_lexicon
from core.extract.multilingual import world_claims
from core.extract.one_by_one import (
    also_shot_besides_the_dead,
    dead_among_a_part_of_the_shot,
    hurt_counted_one_by_one,
)
from core.extract.other_incidents import opens_on_another_time, tells_another_episode, told_elsewhere
from core.extract.ranges import spread_ranges
from core.extract.raw_claim import RawClaim
from core.extract.roles import (
    OTHER_EVENT_WORDS,
    breakdowns_share_roles,
    carries_toll_on,
    clause_spans,
    is_incident_update,
    is_separate_incident,
    names_lasting_disaster,
    names_natural_disaster,
    one_days_strikes,
    opens_on_an_earlier_stretch,
    other_event_spans,
    over_several_incidents,
    sentence_role,
    tells_another_shock,
)
from core.extract.singulars import (
    MULTIPLE_WORDS,
    NAMED_HEAD_WORDS,
    SUICIDE_FIRST_WORDS,
    multiple_claims,
    named_harmed_claims,
    perpetrator_claims,
    singular_claims,
)
from core.extract.sources import carry_sources
from core.extract.survivors import (
    ALL_ABOARD_FIRST_WORDS,
    REST_FIRST_WORDS,
    all_aboard_claims,
    all_aboard_told_before,
    survivor_claims,
    the_rest_claims,
)
from core.extract.tokens import Token, tokenize
from core.extract.tolls import (
    ANAPHORIC_TOLL,
    MAY_STATE_TOLL,
    TollMark,
    apply_toll_mark,
    may_state_subject_toll,
    merge_tolls,
    toll_figures,
)
from core.extract.triggers import HAS_TRIGGER, SHOT, SURVIVAL_VERBS
from core.extract.where_when import (
    AHEAD_OF_PUBLICATION,
    AHEAD_OF_TEXT_DATE,
    DateMention,
    PlaceMention,
    anchor_date,
    called_out_date_in,
    dates_in,
    filed_date,
    incident_date_in,
    nearest_place,
    page_stamp,
    places_in,
    posted_date,
    scene_names,
)
from core.extract.wider_tolls import national_toll_beside_own
from core.extract.world_language import language as world_language
from core.lead_headline import lead_headline
from core.models import KILLED, WOUNDED, ArticleInput, Claim, ExtractionResult, Role, is_plausible
from core.text import VisibleText, visible_text

UNSUPPORTED_LANGUAGE = "unsupported_language"
EXTRACTION_ERROR = "extraction_error"
_PLACE_LOOKBACK = 4
_LASTING_LEAD = 800  # the title and lead name the disaster the article is about
_YEAR = compile_twin(r"(?:19|20)(?<!\w\d\d)\d\d\b")  # `\b` before the year, checked after its '19' (faster)


_HEADLINE_MOST = 120  # characters of a listed headline
_REPORT_LEAST = 80  # characters of a line of reporting before the list
_LINE_CLOSE = (".", "!", "?", '."', ".'", '?"', '!"', ".”", ":", ")")


def trailing_headlines(text: str) -> list[tuple[int, int]]:
    """Other stories' headlines closing a page with no header over them: 'which killed 15 people.' then 'Gunman kills
    12 in village rampage' and 'Floods: 19 dead in river valley', short lines closed by no full stop after the last
    paragraph of reporting. Two at least, and only after a paragraph of reporting (a page of short lines is left
    alone)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start() : m.end()].strip()]
    k = len(lines)
    while k > 0:
        a, b = lines[k - 1]
        line = text[a:b].strip()
        if len(line) > _HEADLINE_MOST or line.endswith(_LINE_CLOSE):
            break
        k -= 1
    listed = lines[k:]
    if len(listed) < 2 or k == 0:
        return []
    a, b = lines[k - 1]
    before = text[a:b].strip()
    return listed if len(before) >= _REPORT_LEAST and before.endswith(_LINE_CLOSE) else []


@dataclass
class _Field:
    """One field (text or title) being processed, with lazily computed per-sentence context."""

    name: str
    original: str  # as submitted: claim offsets and quotes refer to it
    visible: VisibleText  # what a reader sees (invisible characters removed); `norm` is its same-length copy
    norm: str
    sentences: list[Sentence]
    reference: date | None
    reference_year: int | None
    ahead: int  # how far past `reference` a date without a year may fall (see `dates_in`)
    places_cache: dict[int, list[PlaceMention]] = field(default_factory=dict)
    attribution_cache: dict[int, tuple[str | None, bool]] = field(default_factory=dict)
    tokens_cache: dict[int, list[Token]] = field(default_factory=dict)
    scenes: frozenset[str] | None = None
    lasting: bool = False  # the article is about a disaster that lasts for weeks (`names_lasting_disaster`)
    natural: bool = False  # the article is about a quake, a flood or a storm (`names_natural_disaster`)
    furniture_cache: list[tuple[int, int]] | None = None

    def furniture(self) -> list[tuple[int, int]]:
        """Spans of page furniture (`boilerplate_spans`): site lines, and other stories' headlines and their days
        ("Related headlines" / "School shooting: 6 killed (March 27)")."""
        if self.furniture_cache is None:
            self.furniture_cache = sorted([*boilerplate_spans(self.norm), *trailing_headlines(self.norm)])
        return self.furniture_cache

    def reported_spans(self) -> list[tuple[int, int]]:
        """The sentences' spans but those of page furniture, which state and date nothing of this report."""
        skip = self.furniture()
        return [(s.start, s.end) for s in self.sentences if not (skip and overlaps(skip, s.start, s.end))]

    def tokens(self, index: int) -> list[Token]:
        if index not in self.tokens_cache:
            s = self.sentences[index]
            self.tokens_cache[index] = tokenize(self.norm, s.start, s.end)
        return self.tokens_cache[index]

    def places(self, index: int) -> list[PlaceMention]:
        if index not in self.places_cache:
            if self.scenes is None:
                self.scenes = scene_names(self.norm)
            self.places_cache[index] = places_in(self.tokens(index), self.scenes, title_case=self.name == "title")
        return self.places_cache[index]

    def attribution(self, index: int) -> tuple[str | None, bool]:
        if index not in self.attribution_cache:
            s = self.sentences[index]
            self.attribution_cache[index] = attribution_in(self.norm[s.start : s.end])
        return self.attribution_cache[index]


def extract(article: ArticleInput) -> ExtractionResult:
    """All numeric claims of `article`. Never raises: on an internal error the result carries a warning."""
    try:
        return _with_lead_headline(article) or _extract(article)
    except Exception:  # a bug must not take down a worker; the warning makes it visible
        return ExtractionResult(claims=(), warnings=(EXTRACTION_ERROR,), language=None)


def _with_lead_headline(article: ArticleInput) -> ExtractionResult | None:
    """A text sent without a title whose first line is its headline (`core.lead_headline`) is read as a title
    and a body, as it would be if sent so: the headline's figure is a headline's, not the first sentence's. The
    claims' offsets still point into the text as submitted (field "text"). None when there is no such line."""
    if article.title or not isinstance(article.text, str) or (headline := lead_headline(article.text)) is None:
        return None
    head_at = article.text.index(headline)
    body_at = len(article.text) - len(article.text[head_at + len(headline) :].lstrip())
    result = _extract(replace(article, title=headline, text=article.text[body_at:]))
    return replace(result, claims=tuple(_into_text(c, head_at, body_at) for c in result.claims))


def _into_text(claim: Claim, head_at: int, body_at: int) -> Claim:
    """A claim read from the headline line or the body, pointing into the text as submitted."""
    by = head_at if claim.field == "title" else body_at
    return replace(
        claim, field="text", lead_headline=claim.field == "title", start=claim.start + by, end=claim.end + by,
        sentence_start=claim.sentence_start + by, sentence_end=claim.sentence_end + by,
    )  # fmt: skip


def _extract(article: ArticleInput) -> ExtractionResult:
    submitted_text = article.text if isinstance(article.text, str) else ""
    visible = {name: visible_text(value) for name, value in (("title", article.title), ("text", submitted_text))
               if isinstance(value, str)}  # fmt: skip
    text = visible["text"].text
    title = visible["title"].text if "title" in visible else None
    language = article.language
    if not language:
        language = detect_language(f"{title or ''}\n{text}")
    if not is_english_code(language):
        world = _world_extract(text, title, article, language)
        originals = {"title": article.title or "", "text": submitted_text}
        mapped = tuple(_in_submitted(c, visible[c.field], originals[c.field]) for c in world.claims if is_plausible(c))
        return replace(world, claims=mapped)
    norm_text = normalise(text)
    # the text's own days are the reference only without a publication date: not read with one
    reference = article.published_at.date() if article.published_at else anchor_date(norm_text)
    # a page's stamp at the head of the text is its publication day: a day ahead of it is last year's as well
    ahead = AHEAD_OF_PUBLICATION if article.published_at or page_stamp(norm_text) else AHEAD_OF_TEXT_DATE
    reference = filed_date(norm_text, reference, ahead) or posted_date(norm_text, reference) or reference
    reference_year = reference.year if reference else _latest_year(norm_text)
    lasting = names_lasting_disaster(f"{title or ''} {norm_text[:_LASTING_LEAD]}")
    natural = names_natural_disaster(f"{title or ''} {norm_text[:_LASTING_LEAD]}")
    fields = [
        _Field(
            name, original, visible[name], norm, split_sentences(norm), reference, reference_year, ahead,
            lasting=lasting, natural=natural,
        )
        for name, original in (("title", article.title), ("text", submitted_text))
        if original and visible[name].text
        for norm in (normalise(visible[name].text),)
    ]
    # Claims whose sentence dates nothing (or only a later step) take the date the text gives the incident.
    incident_date = next(
        (
            found
            for fld in fields
            if (found := incident_date_in(fld.norm, fld.reported_spans(), reference, ahead))
        ),
        None,
    ) or next(
        (
            found
            for fld in fields
            if (found := called_out_date_in(fld.norm, fld.reported_spans(), reference, ahead))
        ),
        None,
    )
    claims: list[Claim] = []
    seen: set[str] = set()
    for fld in fields:
        claims.extend(_field_claims(fld, seen, incident_date))
    claims = title_told_as_earlier(title_told_as_background(claims))
    claims = carry_sources(_drop_wounded_who_died(beyond_the_dead(claims)))
    claims = _hurt_who_later_died(claims, {fld.name: fld for fld in fields})
    body_text = next((fld.original for fld in fields if fld.name == "text"), None)
    claims = more_hurt_added(later_deaths_added(claims, body_text))
    claims = ordinal_death_among_hurt(claims, body_text)
    claims = dead_told_before_among_hurt(claims, body_text)
    claims = alone_beyond_the_whole(claims, body_text)
    claims = a_groups_hurt_in_a_disaster(claims, body_text)
    claims = another_countrys_hurt(claims)
    claims = hospital_census(claims, {fld.name: fld.original for fld in fields})
    claims = singles_within_a_larger_part(others_still_in_hospital(claims, body_text))
    claims = older_incidents_by_date(claims)
    claims = named_older_incident(claims, title, body_text)
    claims = undated_years_told_apart(claims, title, body_text, dated=article.published_at is not None)
    claims = a_season_beyond_the_lead(claims, body_text)
    claims = sites_summed(claims, body_text)
    claims = corrected_down(claims, body_text)
    claims = hurt_counted_one_by_one(dead_among_a_part_of_the_shot(claims, body_text))
    claims = also_shot_besides_the_dead(claims, body_text)
    claims = national_toll_beside_own(claims, body_text)
    claims.extend(_wounded_when_nobody_died(claims, f"{title or ''} {_told_apart_blanked(claims, norm_text)}"))
    claims = [c for c in claims if is_plausible(c)]  # defensive: the number reader already refuses these
    return ExtractionResult(tuple(claims), (), "en")


_AMONG_THEM = re.compile(r"\s*of\s+(?:them|whom|those|the (?:victims|injured|wounded|people))\b", re.IGNORECASE)
_ALL_OF_THEM = re.compile(r"(?:both|all)\b", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\b(?:all|both)\s+$", re.IGNORECASE)  # "All three died"
_LATER_DIED_SPAN = 2  # sentences after the injured figure where its later deaths are told


def _hurt_who_later_died(claims: list[Claim], fields: dict[str, _Field]) -> list[Claim]:
    """'Six people suffered gunshot wounds. One victim, a 20-year-old man, later died at the hospital.': the injured
    figure counted the one who died, the first death the text tells, so five are injured (as in 'five were
    wounded, one of whom later died')."""
    fld = fields.get("text")
    if fld is None:
        return claims
    body = sorted((c for c in claims if c.field == "text"), key=lambda c: c.start)
    hurt = next((c for c in body if c.metric in (KILLED, WOUNDED) and c.role is not Role.BACKGROUND), None)
    if hurt is None or hurt.metric != WOUNDED or hurt.role is not Role.TOTAL or hurt.singular or hurt.derivation:
        return claims  # the text told a death, or no injured figure, first
    first_death = next((c for c in body if c.metric == KILLED and c.start > hurt.end), None)
    if first_death is None or first_death.separate_incident:
        return claims
    # "Two people were taken to hospital, where both later died", "... All three died overnight": all of them
    all_died = first_death.value == hurt.value and (
        _ALL_OF_THEM.match(fld.original, first_death.start) is not None
        or _ALL_BEFORE.search(fld.original, max(0, first_death.start - 5), first_death.start) is not None
    )
    if first_death.value >= hurt.value and not all_died:
        return claims
    index_of = {fld.visible.span(s.start, s.end)[0]: i for i, s in enumerate(fld.sentences)}  # claim offsets
    here, there = index_of.get(hurt.sentence_start), index_of.get(first_death.sentence_start)
    if here is None or there is None or not (0 < there - here <= _LATER_DIED_SPAN or (all_died and there == here)):
        return claims
    if all_died:
        return [c for c in claims if c is not hurt]  # no one of them is left hurt
    told = fld.sentences[there]
    among = _AMONG_THEM.match(fld.original, first_death.end) is not None  # "One of them, a 19-year-old, has died"
    if not among and not tells_a_later_death(fld.norm, told.start, told.end):
        return claims
    value = hurt.value - first_death.value
    dead = first_death.value
    low, high = (None if b is None else b - dead for b in (hurt.low, hurt.high))
    fewer = replace(hurt, value=value, low=low, high=high, derivation="derived")
    # "Eleven people were injured. Two of the injured have since died": with no toll told, those who died are it
    toll = first_death.role is Role.INCREMENT and among and not any(
        c.metric == KILLED and c.role is Role.TOTAL and not c.separate_incident for c in claims
    )
    dead_now = replace(first_death, role=Role.TOTAL) if toll else first_death
    return [fewer if c is hurt else dead_now if c is first_death else c for c in claims]


def _in_submitted(claim: Claim, visible: VisibleText, original: str) -> Claim:
    """A claim read from the visible text, with its quote and offsets pointing into the submitted text."""
    start, end = visible.span(claim.start, claim.end)
    sentence_start, sentence_end = visible.span(claim.sentence_start, claim.sentence_end)
    return replace(
        claim, quote=original[start:end], start=start, end=end, sentence_start=sentence_start, sentence_end=sentence_end
    )


def _world_extract(text: str, title: str | None, article: ArticleInput, language: str) -> ExtractionResult:
    """Another language: the lexicon-driven pass when the language has a lexicon, else no claims."""
    code = language.strip().lower().replace("_", "-").split("-")[0]
    lexicon = world_language(code)
    if lexicon is None:
        return ExtractionResult((), (UNSUPPORTED_LANGUAGE,), language)
    reference = article.published_at.date() if article.published_at else None
    # The lexicon pass dates every claim with the article's one incident date, never a sentence's own.
    claims = [
        replace(c, date_carried=c.incident_date is not None) for c in world_claims(lexicon, text, title, reference)
    ]
    return ExtractionResult(tuple(carry_sources(title_told_as_background(claims))), (), code)


_LEAD_CHARS = 1500  # a death that matters is reported in the title or the first paragraphs
_DEATH_VOCABULARY = re.compile(
    r"\b(?:died|dies|die|dead|death|deaths|fatal|fatally|(?<!nearly )killed|killing|kills|homicide|murdered"
    r"|slain|slaying|suicide|bodies|funeral|vigil|obituary)\b",
    re.IGNORECASE,
)
_DEATH_VOCABULARY_LOWER = ascii_twin(lowercase_twin(_DEATH_VOCABULARY))  # on `keyword_view`: no case to ignore
# The text says everyone hurt lives: death words elsewhere ("one of the shootings was a homicide") are other news.
_ALL_SURVIVE = re.compile(
    r"\bnone\s+of\s+(?:the|their)\s+(?:\w+'?\s+)?(?:injuries|wounds)\s+(?:\w+\s+){0,4}?life[- ]threatening"
    r"|\b(?:all|both)\s+(?:of\s+(?:them|the\s+victims)\s+|victims\s+)?(?:are|were)\s+expected\s+to\s+"
    r"(?:survive|recover)",
    re.IGNORECASE,
)


def _told_apart_blanked(claims: list[Claim], text: str) -> str:
    """The lead of `text` with the sentences that tell another incident blanked: "The shooting comes two weeks
    after a gunman killed nine people at a church" names a death, but not one of the article's incident."""
    lead = text[:_LEAD_CHARS]
    told: dict[tuple[int, int], bool] = {}  # sentence -> are all its claims another incident's?
    for c in claims:
        if c.field == "text" and c.sentence_start < len(lead):
            span = (c.sentence_start, c.sentence_end)
            told[span] = told.get(span, True) and (c.role is Role.BACKGROUND or c.separate_incident)
    for (a, b), apart in told.items():
        if not apart:
            continue
        lead = lead[:a] + " " * (min(b, len(lead)) - a) + lead[b:]
    return lead


def _wounded_when_nobody_died(claims: list[Claim], text: str) -> list[Claim]:
    """'A girl was shot in the leg' with no death anywhere in the article: everyone shot is wounded."""
    if any(c.metric in (KILLED, WOUNDED) and c.role is Role.TOTAL and c.value > 0 and not c.separate_incident
           for c in claims):  # fmt: skip
        return []
    shot = [c for c in claims if c.metric == SHOT and c.role is Role.TOTAL and c.derivation is None]
    if not shot or (_names_a_death(text) and not _ALL_SURVIVE.search(text)):
        return []
    total = max(shot, key=lambda c: (not c.earlier_figure, not c.singular, c.value))  # the latest figure of them
    return [replace(total, metric=WOUNDED, derivation="derived")]


def _names_a_death(text: str) -> bool:
    lowered = keyword_view(text)
    if lowered is None:
        return _DEATH_VOCABULARY.search(text) is not None
    return _DEATH_VOCABULARY_LOWER.search(lowered) is not None


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def _field_claims(fld: _Field, seen: set[str], article_date: date | None) -> list[Claim]:
    skip = fld.furniture()
    lower = safe_lower(fld.norm)
    cues = _named_firsts_blanked(fld.norm, lower)
    trigger_positions = [m.start() for m in HAS_TRIGGER.finditer(lower)]
    anaphoric = [m.start() for m in ANAPHORIC_TOLL.finditer(lower)]  # "It has since risen to 15": no harm word
    if anaphoric:
        trigger_positions = sorted(trigger_positions + anaphoric)
    older_sections = _older_sections(lower)
    out: list[Claim] = []
    for index, sentence in enumerate(fld.sentences):
        if skip and overlaps(skip, sentence.start, sentence.end):
            continue
        first_trigger = bisect_left(trigger_positions, sentence.start)
        if first_trigger == len(trigger_positions) or trigger_positions[first_trigger] >= sentence.end:
            continue
        key = duplicate_key(fld.norm[sentence.start : sentence.end])
        if key in seen:
            continue
        seen.add(key)
        raw = _sentence_claims(fld.tokens(index))
        marks: dict[int, TollMark] = {}
        if MAY_STATE_TOLL.search(lower, sentence.start, sentence.end) or may_state_subject_toll(
            lower, sentence.start, sentence.end
        ):
            told_metric = _metric_told_last(out, fld.norm, sentence.start)
            raw, marks = merge_tolls(raw, toll_figures(fld.tokens(index)), told_metric, natural=fld.natural)
        if not raw:
            out.extend(_load_told_before(fld, index, article_date))
            continue
        attribution = _attribution_for(fld, index)
        parts = _clause_sources(fld, sentence) if attribution else None
        clauses = [
            (sentence.start + a, sentence.start + b, lower[sentence.start + a : sentence.start + b])
            for a, b in clause_spans(lower[sentence.start : sentence.end])
        ]
        roles = breakdowns_share_roles(
            [
                (a, b, sentence_role(clause, fld.reference_year, fld.reference, fld.lasting), clause)
                for a, b, clause in clauses
            ]
        )
        if opens_on_an_earlier_stretch(lower[sentence.start : sentence.end]) and any(
            c.role is Role.TOTAL and c.metric in _HARM_TOTALS and not c.earlier_figure for c in out
        ):
            roles = [(a, b, Role.BACKGROUND if r is Role.TOTAL else r, c) for a, b, r, c in roles]
        elif tells_another_shock(lower[sentence.start : sentence.end]) and any(
            c.role is Role.TOTAL and c.metric in _HARM_TOTALS and not c.earlier_figure for c in out
        ):  # "A 6.3 magnitude quake struck again on Wednesday, killing one": that shock's own, told after the toll
            roles = [(a, b, Role.PARTIAL if r is Role.TOTAL else r, c) for a, b, r, c in roles]
        dates = dates_in(fld.norm, sentence.start, sentence.end, fld.reference, fld.ahead)
        earlier = _earlier_scopes(cues, sentence.start, sentence.end)
        told_earlier = _EARLIER_REPORT_OPENER.match(lower, sentence.start, sentence.end) is not None
        separate = is_separate_incident(lower[sentence.start : sentence.end]) or _another_incident_after(
            lower[sentence.start : sentence.end], sentence.start, raw[0], dates, out
        )
        counted_on: set[date] = set()  # dates the sentence gives a later count of a toll
        dated_by_toll: dict[date, date] = {}  # a count's day -> the day its toll's own words give
        sentence_claims: list[Claim] = []
        several_from: int | None = None  # where a toll over several incidents was told in the sentence
        for rc in raw:
            role, clause = next(((r, c) for a, b, r, c in roles if a <= rc.start < b), (Role.TOTAL, ""))
            source = _source_of_part(parts, rc.start, raw) if parts else attribution
            claim = _finish(fld, index, sentence, rc, role, source, dates, article_date)
            if any(a <= rc.start < b for a, b in earlier) or _unconfirmed(lower, rc, sentence.end) or told_earlier:
                claim = replace(claim, earlier_figure=True)
            if separate and not carries_toll_on(clause):
                # its own incident: a place carried over from the main story's sentences is not its place
                place = claim.location if not claim.location_carried else None
                claim = replace(claim, separate_incident=True, location=place, location_carried=False)
            if claim.role is Role.TOTAL and not rc.singular and rc.role is Role.TOTAL and is_incident_update(clause):
                claim = replace(claim, update=True)
            elif (
                claim.role is Role.TOTAL
                and not rc.singular
                and claim.metric in (KILLED, WOUNDED)
                and _later_news(clause)
            ):
                claim = replace(claim, update=True)  # "By Tuesday, 18 people had died": later news of the toll
            mark = marks.get(rc.start)
            if mark is not None:
                told_before = claim.earlier_figure and (
                    told_earlier or _first_after_earlier_cue(cues, earlier, rc, raw)
                )
                claim = apply_toll_mark(claim, mark)
                if claim.metric == WOUNDED and _STILL_IN_CARE.search(lower, *mark.scope):
                    # "the number of injured people still in hospital stood at 367": those still there, a part
                    claim = replace(claim, role=Role.SUBSET, update=False)
                if told_before:  # "Earlier reports had put the toll at 7": the toll as it was, not an update
                    claim = replace(claim, update=False, earlier_figure=True)
            if _whole_scope(lower, sentence.start, rc.start, claim):
                # "In all, 24 people died", "Across the region, the quake killed 150": the text's figure for the
                # whole incident, over figures for one town or one hospital
                claim = replace(claim, update=True)
            if claim.update and not claim.date_carried and (own := _toll_words_date(dates, mark)) is not None:
                # "the number killed in Wednesday's explosions climbed to 85 on Saturday": the toll's own words
                # date the deaths, however near the count's day is to the figure
                if claim.incident_date is not None and claim.incident_date != own:
                    dated_by_toll[claim.incident_date] = own
                claim = replace(claim, incident_date=own)
            elif claim.update and not claim.date_carried:
                # "the toll rose to 50 on Sunday": the day of the count, not of the deaths; the deaths are the
                # article's incident's, when the text dates it
                if claim.incident_date is not None:
                    counted_on.add(claim.incident_date)
                claim = replace(claim, date_carried=True, incident_date=article_date or claim.incident_date)
            if claim.metric == KILLED and claim.role is Role.SUBSET:
                # "Ten people were shot, three of them fatally", "Six were shot. One of them died", "nine people were
                # shot, including two who died": the deaths among those shot are the killed figure, not a part of it
                of_them = _OF_THEM.match(lower, rc.end) is not None
                told = [*out, *sentence_claims] if of_them else sentence_claims  # "including": in its own sentence
                last = next((c for c in reversed(told) if c.metric in _HARM_TOTALS), None)
                if last is not None and last.metric == SHOT and last.role is Role.TOTAL and not last.singular:
                    claim = replace(claim, role=Role.TOTAL)
                elif (
                    last is not None and last.metric == WOUNDED and last.role is Role.TOTAL and not last.singular
                    and rc.value < last.value and not any(c.metric == KILLED and c.role is Role.TOTAL for c in told)
                ):  # fmt: skip
                    # "Seven were wounded. One of them has since died": the first deaths the text tells, among the hurt
                    claim = replace(claim, role=Role.TOTAL)
            if (
                claim.role in (Role.TOTAL, Role.CUMULATIVE) and over_several_incidents(lower[rc.end : rc.end + 120])
                and not one_days_strikes(lower[rc.end : rc.end + 120], lower[sentence.start : sentence.end])
            ):  # fmt: skip
                # "67 people have died in three stampedes, including 35 children in Ibadan": a toll of them all;
                # the figures of the sites told after it are each incident's own
                claim = replace(claim, role=Role.CUMULATIVE, update=False)
                several_from = rc.end if several_from is None else several_from
            elif (
                claim.role is Role.SUBSET and several_from is not None and claim.location and not claim.location_carried
            ):
                claim = replace(claim, role=Role.TOTAL)
            sentence_claims.append(claim)
        # "... nears 1,300 with 26 lives lost in the last 24 hours and 12,588 injured": the count's day dates
        # the figures told with it too
        # "The death toll from Saturday's crush rose to 151 on Sunday, with 82 people injured": the figures told
        # with the count have the toll's own date too
        sentence_claims = [
            replace(c, incident_date=dated_by_toll[c.incident_date])
            if not c.date_carried and c.incident_date in dated_by_toll
            else c
            for c in sentence_claims
        ]
        sentence_claims = _told_with_the_update(sentence_claims)
        out.extend(
            replace(c, date_carried=True) if not c.date_carried and c.incident_date in counted_on else c
            for c in sentence_claims
        )
    return _sources_told_next(fld, _older_version_figures(out, older_sections), lower)


def _another_incident_after(
    sentence: str, offset: int, first: RawClaim, dates: list[DateMention], before: list[Claim]
) -> bool:
    """Does `sentence` tell another incident than the article's own, whose harm the claims `before` told?"""
    elsewhere = told_elsewhere(sentence)
    if not elsewhere and not opens_on_another_time(sentence):
        return False
    own = [
        c for c in before
        if c.field == "text" and c.metric in _HARM_TOTALS and c.role is Role.TOTAL
        and not (c.separate_incident or c.earlier_figure)
    ]  # fmt: skip
    if not own:
        return False
    days = {c.incident_date for c in own if c.incident_date is not None}  # its sentence's day, or the text's
    return elsewhere or tells_another_episode(sentence, offset, first, dates, days)


def _load_told_before(fld: _Field, index: int, article_date: date | None) -> list[Claim]:
    """'The plane was carrying 62 people. There were no survivors.': everyone the sentence before says a vehicle
    carried is dead, a claim quoted from that sentence."""
    tokens = fld.tokens(index)
    if index == 0 or ALL_ABOARD_FIRST_WORDS.isdisjoint(t.low for t in tokens):
        return []
    raw = all_aboard_told_before(fld.tokens(index - 1), tokens)
    if not raw:
        return []
    before = fld.sentences[index - 1]
    dates = dates_in(fld.norm, before.start, before.end, fld.reference, fld.ahead)
    source = _attribution_for(fld, index) or _attribution_for(fld, index - 1)
    return [_finish(fld, index - 1, before, rc, Role.TOTAL, source, dates, article_date) for rc in raw]


_OF_THEM = re.compile(r"\s*of\s+(?:them|whom|those)\b")
_HARM_TOTALS = (KILLED, WOUNDED, SHOT)
_STILL_IN_CARE = re.compile(r"\b(?:still|remain(?:ing|s|ed)?)\b[^.;]{0,30}?\b(?:hospitals?|hospitali[sz]ed|in care)\b")
_ATTRIBUTION_LOOKBACK = 4
# A figure the text itself presents as superseded by a later one.
_EN = load_lexicon("en")


# "at First Baptist Church", "at First and Main": a name that opens with "First", no "at first" of an earlier report.
_NAMED_FIRST = re.compile(r"\b(?:at|At|AT) (First)(?= [A-Z0-9])")


def _named_firsts_blanked(cased: str, lower: str) -> str:
    """The lowered text with the 'first' of a name after 'at' written apart ('at f_rst'), so that no earlier-figure
    cue reads it; offsets are kept."""
    if " First " not in cased:  # every match holds it: a substring search spares a pattern tried at each character
        return lower
    spans = [m.span(1) for m in _NAMED_FIRST.finditer(cased)]
    if not spans or len(cased) != len(lower):
        return lower
    out = list(lower)
    for a, _ in spans:
        out[a + 1] = "_"
    return "".join(out)


# "Seven people were killed, while police said 12 were hurt": a source inside a concessive or "as" clause gives
# the figures of that clause, not those before it.
_SOURCE_CLAUSE = re.compile(rf",\s+(?:{alternation(_EN.CONCESSIVE_WORDS + _EN.SOURCE_CLAUSE_WORDS)})\s")


_Part = tuple[int, int, str | None, int]  # start, end, source, where the source is named (-1: none)


def _clause_sources(fld: _Field, sentence: Sentence) -> list[_Part] | None:
    """The parts of a sentence split at its concessive clauses with their sources, or None for one part."""
    lower = safe_lower(fld.norm[sentence.start : sentence.end])
    breaks = [m.start() for m in _SOURCE_CLAUSE.finditer(lower)]
    if not breaks:
        return None
    parts: list[_Part] = []
    for a, b in pairwise([0, *breaks, len(lower)]):
        text = fld.norm[sentence.start + a : sentence.start + b]
        who = attribution_in(text)[0]
        at = text.find(who) if who else -1
        parts.append((sentence.start + a, sentence.start + b, who, sentence.start + a + at if at >= 0 else -1))
    return parts


def _source_of_part(parts: list[_Part], position: int, raw: list[RawClaim]) -> str | None:
    """The source of the part holding `position`; with none of its own, the sentence's source, unless that is
    named in a later part before figures of that part ("..., while police said 12 were hurt"): those are its."""
    here = next(i for i, (a, b, _, _) in enumerate(parts) if a <= position < b or i == len(parts) - 1)
    own = parts[here][2]
    if own is not None:
        return own
    for a, b, who, at in parts[here + 1 :]:
        if who and any(a <= rc.start < b and rc.start > at for rc in raw):
            return None
    return next((who for _, _, who, _ in parts if who), None)


_WHOLE_SCOPE = re.compile(rf"\b(?:{alternation(_EN.WHOLE_SCOPE)})\b")
_WHOLE_SCOPE_REACH = 60  # characters before a figure where a whole-scope cue of its clause may stand


def _whole_scope(lower: str, sentence_start: int, position: int, claim: Claim) -> bool:
    if claim.metric not in (KILLED, WOUNDED) or claim.role is not Role.TOTAL or claim.singular or claim.earlier_figure:
        return False
    start = max(sentence_start, position - _WHOLE_SCOPE_REACH)
    before = lower[start:position]
    cut = max(before.rfind(";"), before.rfind(" but "), before.rfind(" while "))
    return bool(_WHOLE_SCOPE.search(before, cut + 1 if cut >= 0 else 0))


_SOURCE_OPENS = 40  # characters from a sentence's start within which its source opens it


def _sources_told_next(fld: _Field, claims: list[Claim], lower: str) -> list[Claim]:
    """'The death toll has grown to three. Provincial police said two more bodies were found overnight.': a whole
    figure with no source takes the source that opens the next sentence, when that sentence goes on about the harm.
    (Even when that source gives another figure: measured on news-dev (validation split), naming it agrees with the
    annotation more often than leaving the figure unattributed.)"""
    if not any(c.attribution is None and c.role is Role.TOTAL and not c.singular for c in claims):
        return claims  # no figure wants a source: the sentence index below is not built (most fields)
    index_of = {fld.visible.span(s.start, s.end)[0]: i for i, s in enumerate(fld.sentences)}
    # a source giving one part's figure ("One hospital said it had received 22 bodies") is not the whole's
    partial = {index_of.get(c.sentence_start, -1) for c in claims if c.role is Role.PARTIAL}
    out: list[Claim] = []
    for claim in claims:
        if claim.attribution is None and claim.role is Role.TOTAL and not claim.singular:
            index = index_of.get(claim.sentence_start, -1)
            who = _source_opening(fld, index + 1, lower) if index >= 0 and index + 1 not in partial else None
            if who is not None:
                claim = replace(claim, attribution=who)
        out.append(claim)
    return out


def _source_opening(fld: _Field, index: int, lower: str) -> str | None:
    """The named source opening sentence `index` when it speaks of harm, else None."""
    if index >= len(fld.sentences):
        return None
    after = fld.sentences[index]
    if not HAS_TRIGGER.search(lower, after.start, after.end):
        return None
    who, is_pronoun = fld.attribution(index)
    if who is None or is_pronoun:
        return None
    opening = fld.norm.find(who, after.start, min(after.end, after.start + _SOURCE_OPENS + len(who)))
    return who if 0 <= opening - after.start <= _SOURCE_OPENS else None


def _attribution_for(fld: _Field, index: int) -> str | None:
    """The sentence's source; 'it said' / 'he said' resolve to the last named source just before; with none,
    a next sentence that opens 'the minister announced the new figure' names it."""
    who, is_pronoun = fld.attribution(index)
    if who is None and index + 1 < len(fld.sentences):
        after = fld.sentences[index + 1]
        return source_of_figure_before(fld.norm[after.start : after.end])
    if not is_pronoun:
        return who
    for back in range(index - 1, max(-1, index - 1 - _ATTRIBUTION_LOOKBACK), -1):
        earlier, earlier_is_pronoun = fld.attribution(back)
        if earlier and not earlier_is_pronoun:
            return earlier
    return None


def _sentence_claims(tokens: list[Token]) -> list[RawClaim]:
    used: set[int] = set()
    raw = numeric_claims(tokens, used)
    raw += singular_claims(tokens, used)
    # The rarer passes find nothing in a sentence without their first words: one set of its words decides
    # for all three, instead of a scan of its tokens each (a fifth of the sentence's time).
    words = {t.low for t in tokens}
    if not words.isdisjoint(SUICIDE_FIRST_WORDS):
        raw += perpetrator_claims(tokens)
    if not words.isdisjoint(MULTIPLE_WORDS):
        raw += multiple_claims(tokens)
    if not words.isdisjoint(NAMED_HEAD_WORDS):
        raw += named_harmed_claims(tokens)
    if not words.isdisjoint(SURVIVAL_VERBS):
        raw += survivor_claims(tokens)
    if not words.isdisjoint(ALL_ABOARD_FIRST_WORDS):
        raw += all_aboard_claims(tokens)
    if "of" in words and not words.isdisjoint(REST_FIRST_WORDS):
        raw = the_rest_claims(tokens, raw)
    if not words.isdisjoint(ONE_AND_OTHERS_WORDS):
        raw = one_and_others(tokens, raw)
    if not words.isdisjoint(ANOTHER_WORDS):
        raw = one_and_another(tokens, raw)
    raw = two_people(tokens, raw)
    if "," in words and "and" in words and any(c.metric in _HARM_TOTALS for c in raw):
        raw = whole_people_lists(tokens, raw)
    raw += derived_claims(raw)
    return spread_ranges(tokens, died_among_wounded(tokens, _drop_overlapping_singulars(raw)))


def _drop_wounded_who_died(claims: list[Claim]) -> list[Claim]:
    """'injured a 16-year-old' (early report) and 'killing a 16-year-old': one person, who died."""
    dead = [c.quote for c in claims if c.metric == KILLED and c.singular]
    dead_quotes = {q.lower() for q in dead}
    dead_names = {w for q in dead for w in _NAME_WORD.findall(q)} - _NOT_NAME_WORDS

    def same_person(claim: Claim) -> bool:
        return claim.quote.lower() in dead_quotes or bool(set(_NAME_WORD.findall(claim.quote)) & dead_names)

    return [c for c in claims if not (c.metric == WOUNDED and c.singular and same_person(c))]


# Name-like words of a quote (capitalised in the source): shared ones mean the same person.
_NAME_WORD = re.compile(r"\b[A-Z][a-z'-]{2,}\b")
_NOT_NAME_WORDS = frozenset({"The", "His", "Her", "Their", "Police", "Officers", "Another", "She"})


def _drop_overlapping_singulars(raw: list[RawClaim]) -> list[RawClaim]:
    """A singular phrase inside a numeric claim's span, or the same perpetrator twice, is one claim."""
    kept: list[RawClaim] = []
    for rc in raw:
        if rc.singular and any(
            other is not rc
            and not (other.singular and other.derivation == rc.derivation)
            and other.start < rc.end
            and rc.start < other.end
            and other.metric == rc.metric
            for other in raw
        ):
            continue
        if rc.derivation == "perpetrator" and any(k.derivation == "perpetrator" for k in kept):
            continue
        kept.append(rc)
    return kept


def _finish(
    fld: _Field,
    index: int,
    sentence: Sentence,
    rc: RawClaim,
    sentence_level_role: Role,
    attribution: str | None,
    dates: list[DateMention],
    article_date: date | None,
) -> Claim:
    overrides = sentence_level_role is Role.BACKGROUND or rc.role is Role.TOTAL
    role = sentence_level_role if overrides else rc.role
    place, in_sentence, loose = _place_for(fld, index, rc.start)
    # a figure summed over places it names ("30 were injured in Kurla and 18 in Ghatkopar") is no one place's
    loose = loose or (place is not None and rc.start <= place.start and place.end <= rc.end)
    incident_date, date_carried = _date_for(dates, rc.start, article_date)
    start, end = fld.visible.span(rc.start, rc.end)
    sentence_start, sentence_end = fld.visible.span(sentence.start, sentence.end)
    return Claim(
        metric=rc.metric,
        value=rc.value,
        low=rc.low,
        high=rc.high,
        qualifier=rc.qualifier,
        role=role,
        quote=fld.original[start:end],
        start=start,
        end=end,
        field=fld.name,
        subject=rc.subject,
        location=fld.visible.text[place.start : place.end] if place else None,
        incident_date=incident_date,
        attribution=attribution,
        derivation=rc.derivation,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        singular=rc.singular,
        location_carried=place is not None and not in_sentence,
        location_loose=loose,
        date_carried=date_carried,
    )


_DESTINATION = compile_twin(rf"\b(?:{alternation(_EN.DESTINATION_BEFORE_PLACE)})\s+$", re.IGNORECASE)
# "from Banks in Lancashire", "from Bradford": somebody's home (the names between are the home's own parts)
_HOME = re.compile(
    rf"\b(?:{alternation(_EN.HOME_BEFORE_PLACE)})\s+(?:[A-Z][\w'’.-]*(?:\s+|,\s*)(?:in\s+)?){{0,3}}$"
)
_ATTACKER = re.compile(rf"\s+(?:{alternation(_EN.ATTACKER_VERBS)})\b")
_SPEECH = compile_twin(r"\b(?:said|says|told|reported|announced|according)\b")
_SPOKEN_IN = compile_twin(rf"\b(?:{alternation(_EN.SPEECH_BEFORE_PLACE)})\s+$", re.IGNORECASE)


def _place_for(fld: _Field, index: int, position: int) -> tuple[PlaceMention | None, bool, bool]:
    """The figure's place, whether its own sentence names it, and whether that place is loose (see
    `Claim.location_loose`): only the source's (on the far side of "said", or "said in Jakarta that ..."), or one
    of a list of places."""
    # "Russia launched a missile attack ..., killing 31": the attacker's country is not where anyone died
    places = [p for p in fld.places(index) if not _ATTACKER.match(fld.norm, p.end)]
    # "the 27 pilgrims from Jalgaon in Maharashtra who were killed when their bus fell into a river in Nepal":
    # where they came from, beside where it happened
    scenes = [p for p in places if not _HOME.search(fld.norm, max(0, p.start - 60), p.start)]
    places = _outside_other_events(fld, index, position, scenes or places)
    if places:
        # A place on the far side of "said" belongs to the source ("officials in Baku said ...").
        same_side = [
            p for p in places
            if not _SPEECH.search(fld.norm, min(p.end, position), max(p.start, position))
        ]  # fmt: skip
        # where the hurt were taken is not where it happened; with only that, the place is looked for before
        here = [p for p in same_side or places if not _DESTINATION.search(fld.norm, max(0, p.start - 30), p.start)]
        place = nearest_place(here, position) if here else None
        if place is not None:
            spoken_in = _SPOKEN_IN.search(fld.norm, max(0, place.start - 40), place.start) is not None
            return place, True, not same_side or spoken_in or _in_a_list(fld.norm, fld.sentences[index], place)
    paragraph = fld.sentences[index].paragraph
    for back in range(index - 1, max(-1, index - 1 - _PLACE_LOOKBACK), -1):
        candidates = fld.places(back)
        specific = [p for p in candidates if not p.coarse and not _HOME.search(fld.norm, max(0, p.start - 60), p.start)]
        if specific:
            return max(specific, key=lambda p: (p.scene, p.start)), False, False
        if fld.sentences[back].paragraph != paragraph and back < index - 2:
            break
    return None, False, False


def _outside_other_events(fld: _Field, index: int, position: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """"Seven climbers were killed on Monday, a week after a bridge collapse in Genoa killed 43": a place named in a
    clause about another, earlier event (`other_event_spans`) is that event's, not the place of a figure told
    outside the clause."""
    if not places:
        return places
    sentence = fld.sentences[index]
    if not any(fld.norm.find(w, sentence.start, sentence.end) >= 0 for w in OTHER_EVENT_WORDS):
        return places  # most sentences: no slice, no lower-casing
    spans = other_event_spans(fld.norm[sentence.start : sentence.end].lower())
    if not spans:
        return places
    own = [(sentence.start + a, sentence.start + b) for a, b in spans]
    if any(a <= position < b for a, b in own):
        return places
    return [p for p in places if not any(a <= p.start < b for a, b in own)]


# A list of three names or more: "Kyiv, Lviv and Odesa", "Peshawar, Mastung, and Quetta" (a name the gazetteer does
# not know counts: the list is the text's).
_LIST_NAME = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}"
_PLACE_LIST = compile_twin(
    rf"{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})+\s*,?\s+(?:{alternation(_EN.LIST_CONJUNCTIONS)})\s+{_LIST_NAME}"
)


def _in_a_list(text: str, sentence: Sentence, place: PlaceMention) -> bool:
    """Is the place one of a list of places ("strikes on Kyiv, Lviv and Odesa")? Two names ("Berkeley and
    Richmond") are as often the places of another incident as those of a wider figure: not a list here."""
    return any(
        m.start() <= place.start and place.end <= m.end()
        for m in _PLACE_LIST.finditer(text, sentence.start, sentence.end)
    )


def _toll_words_date(dates: list[DateMention], mark: TollMark | None) -> date | None:
    """The date within an update's toll words before its verb ("the death toll from Sunday's strike", "the
    number killed in Wednesday's explosions"), if any. An update the toll pass did not read has no such words."""
    if mark is None:
        return None
    own = [d for d in dates if not d.later_step and mark.scope[0] <= d.start < mark.scope[1]]
    return own[0].value if own else None


def _date_for(dates: list[DateMention], position: int, article_date: date | None) -> tuple[date | None, bool]:
    """The incident date nearest the claim in its sentence; a date of a later step ("charged Tuesday") is not
    one, nor is a fallback day (a quoted post's, a celebration's: the article's incident date falls back on it).
    Else the article's incident date, marked carried (True)."""
    own = [d for d in dates if not d.later_step and not d.fallback]
    if own:
        # a wire dateline's day is when the story was filed: the incident's only when the sentence gives no other
        told = [d for d in own if not d.filed] or own
        return min(told, key=lambda d: abs(d.start - position)).value, False
    return article_date, article_date is not None
