"""Putting the passes together: sentences -> raw claims -> claims with role, place, date and source."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from core.extract.alternation import alternation
from core.extract.article_passes import (
    a_groups_hurt_in_a_disaster,
    a_nations_share_of_the_dead,
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
from core.extract.binder import numeric_claims
from core.extract.clause_claimants import claimants_by_clause
from core.extract.clean import (
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
from core.extract.combined_counts import dead_among_a_combined_count
from core.extract.counted_phrasings import (
    MULTIPLE_WORDS,
    NAMED_HEAD_WORDS,
    SUICIDE_FIRST_WORDS,
    multiple_claims,
    named_harmed_claims,
    names_a_fatal_event,
    perpetrator_claims,
)
from core.extract.earlier_reports import (
    _EARLIER_REPORT_OPENER,
    _earlier_scopes,
    _first_after_earlier_cue,
    _later_news,
    _metric_told_last,
    _older_sections,
    _older_version_figures,
    _rumoured,
    _told_with_the_update,
    _unconfirmed,
    refuted,
)
from core.extract.field_context import (
    Field,
    attribution_for,
    clause_sources,
    finish_claim,
    place_of_a_zero,
    source_of_part,
    sources_told_next,
    toll_words_date,
)
from core.extract.first_to_die import deaths_told_by_rank
from core.extract.follow_ups import charges_counted_per_victim, own_event_told_as_background
from core.extract.killer_among_dead import SELF_OBJECTS, killer_among_the_killed
from core.extract.language import detect_language, is_english_code, read_as
from core.extract.later_deaths import (
    dead_told_before_among_hurt,
    later_deaths_added,
    more_hurt_added,
    ordinal_death_among_hurt,
    tells_a_later_death,
)
from core.extract.lexicons import load as load_lexicon
from core.extract.look_back import looked_back
from core.extract.multilingual import world_claims
from core.extract.named_dead import dead_counted_by_their_names
from core.extract.not_the_toll import (
    RITE_WORDS,
    dead_honoured_at_the_scene_dropped,
    earlier_death_beside_none_killed,
    funeral_scenes_blanked,
)
from core.extract.one_by_one import (
    also_shot_besides_the_dead,
    dead_among_a_part_of_the_shot,
    hurt_counted_one_by_one,
)
from core.extract.other_events_told import another_events_toll
from core.extract.other_incidents import (
    at_a_landmark_of_another_toll,
    opens_on_another_time,
    tells_another_episode,
    told_elsewhere,
)
from core.extract.poisonings import the_poisoned_are_not_hurt
from core.extract.ranges import spread_ranges
from core.extract.raw_claim import RawClaim
from core.extract.rites import dead_counted_by_their_rites
from core.extract.roles import (
    a_second_following_the_first,
    breakdowns_share_roles,
    carries_toll_on,
    clause_spans,
    counts_a_rate,
    is_incident_update,
    is_separate_incident,
    names_lasting_disaster,
    names_natural_disaster,
    one_days_strikes,
    opens_on_an_earlier_stretch,
    over_several_incidents,
    sentence_role,
    tells_another_shock,
)
from core.extract.round_ups import round_up_totals
from core.extract.singulars import singular_claims
from core.extract.sources import carry_sources
from core.extract.speculative import lives_feared_for
from core.extract.stated_zeros import ZeroText, with_stated_zeros
from core.extract.survivors import (
    ALL_ABOARD_FIRST_WORDS,
    REST_FIRST_WORDS,
    all_aboard_claims,
    all_aboard_told_before,
    no_hope_claims,
    survivor_claims,
    the_rest_claims,
)
from core.extract.tokens import Token, word_set
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
    anchor_date,
    called_out_date_in,
    dates_in,
    filed_date,
    incident_date_in,
    page_stamp,
    posted_date,
)
from core.extract.wider_tolls import national_toll_beside_own
from core.extract.world_language import language as world_language
from core.lead_headline import lead_headline
from core.models import KILLED, WOUNDED, ArticleInput, Claim, ExtractionResult, Role, is_plausible
from core.text import VisibleText, visible_text

UNSUPPORTED_LANGUAGE = "unsupported_language"
EXTRACTION_ERROR = "extraction_error"
_LASTING_LEAD = 800  # the title and lead name the disaster the article is about
_YEAR = compile_twin(r"(?:19|20)(?<!\w\d\d)\d\d\b")  # `\b` before the year, checked after its '19' (faster)


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
    """The claims of `article`, a look-back report's dated on the day of the event it looks back at."""
    result = _extract_claims(article)
    text = article.text if isinstance(article.text, str) else ""
    published = article.published_at.date() if article.published_at else None
    code = (result.language or "en").strip().lower().replace("_", "-").split("-")[0]
    claims = the_poisoned_are_not_hurt(result.claims, code, article.title, text)
    claims = dead_among_a_combined_count(claims, code, article.title, text)
    claims = claimants_by_clause(claims, code, article.title, text)
    return replace(result, claims=tuple(looked_back(claims, code, article.title, text, published)))


def _extract_claims(article: ArticleInput) -> ExtractionResult:
    submitted_text = article.text if isinstance(article.text, str) else ""
    visible = {name: visible_text(value) for name, value in (("title", article.title), ("text", submitted_text))
               if isinstance(value, str)}  # fmt: skip
    text = visible["text"].text
    title = visible["title"].text if "title" in visible else None
    language = article.language
    if not language:
        language = detect_language(f"{title or ''}\n{text}")
    else:
        language = read_as(language, f"{title or ''}\n{text}")
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
        Field(
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
    claims = a_nations_share_of_the_dead(claims, body_text)
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
    texts = {fld.name: fld.original for fld in fields}
    published = article.published_at.date() if article.published_at else None
    claims = own_event_told_as_background(another_events_toll(claims, texts, published), _lead_starts(fields), texts)
    claims = charges_counted_per_victim(claims, body_text)
    claims = deaths_told_by_rank(claims, body_text)
    claims = dead_counted_by_their_rites(claims, body_text)
    claims = dead_counted_by_their_names(claims, body_text, title)
    claims = round_up_totals(claims, texts)
    claims.extend(_wounded_when_nobody_died(claims, f"{title or ''} {_told_apart_blanked(claims, norm_text)}"))
    zero_texts = [ZeroText(fld.name, safe_lower(fld.norm), fld.original, fld.visible.span) for fld in fields]
    claims = earlier_death_beside_none_killed(with_stated_zeros("en", zero_texts, claims, incident_date))
    by_name = {fld.name: fld for fld in fields}
    claims = [place_of_a_zero(by_name[c.field], c) if c.value == 0 and c.field in by_name else c for c in claims]
    claims = [c for c in claims if is_plausible(c)]  # defensive: the number reader already refuses these
    return ExtractionResult(tuple(claims), (), "en")


_AMONG_THEM = re.compile(r"\s*of\s+(?:them|whom|those|the (?:victims|injured|wounded|people))\b", re.IGNORECASE)
_ALL_OF_THEM = re.compile(r"(?:both|all)\b", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\b(?:all|both)\s+$", re.IGNORECASE)  # "All three died"
_LATER_DIED_SPAN = 2  # sentences after the injured figure where its later deaths are told


def _hurt_who_later_died(claims: list[Claim], fields: dict[str, Field]) -> list[Claim]:
    """'Six people suffered gunshot wounds. One victim, a 20-year-old man, later died at the hospital.': the injured
    figure counted the one who died, the first death the text tells, so five are injured (as in 'five were
    wounded, one of whom later died')."""
    fld = fields.get("text")
    if fld is None:
        return claims
    # "A fatal shooting left four people wounded ... she later died": the event's name tells that one died, not who
    body = sorted(
        (c for c in claims if c.field == "text" and not (c.metric == KILLED and names_a_fatal_event(c.quote))),
        key=lambda c: c.start,
    )
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


_DATELINE_LENGTH = 20  # a reported "sentence" shorter than this is a dateline ("WASHINGTON, D.C."), not the lead


def _lead_starts(fields: list[Field], count: int = 2) -> tuple[int, ...]:
    """Where the text's first `count` sentences of reporting (not page furniture, not a dateline cut off by its
    abbreviation: 'PONTIAC, Mich.') start, in the text as submitted."""
    body = next((fld for fld in fields if fld.name == "text"), None)
    spans = [s for s in body.reported_spans() if s[1] - s[0] >= _DATELINE_LENGTH][:count] if body is not None else []
    return tuple(body.visible.span(*span)[0] for span in spans) if body is not None else ()


def _in_submitted(claim: Claim, visible: VisibleText, original: str) -> Claim:
    """A claim read from the visible text, with its quote and offsets pointing into the submitted text."""
    start, end = visible.span(claim.start, claim.end)
    sentence_start, sentence_end = visible.span(claim.sentence_start, claim.sentence_end)
    quote = original[start:end]
    if (quote, start, end, sentence_start, sentence_end) == (
        claim.quote, claim.start, claim.end, claim.sentence_start, claim.sentence_end
    ):
        return claim  # a text with nothing invisible in it (most): the claim already points into it (no copy made)
    return replace(
        claim, quote=quote, start=start, end=end, sentence_start=sentence_start, sentence_end=sentence_end
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
        c if c.date_carried == (c.incident_date is not None) else replace(c, date_carried=c.incident_date is not None)
        for c in world_claims(lexicon, text, title, reference)
    ]  # (a claim already marked so is kept as it is: no copy)
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
    text = funeral_scenes_blanked(text)
    lowered = keyword_view(text)
    if lowered is None:
        return _DEATH_VOCABULARY.search(text) is not None
    return _DEATH_VOCABULARY_LOWER.search(lowered) is not None


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def _field_claims(fld: Field, seen: set[str], article_date: date | None) -> list[Claim]:
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
        raw = refuted(lower, _sentence_claims(fld.tokens(index)), sentence.start, sentence.end)
        marks: dict[int, TollMark] = {}
        if MAY_STATE_TOLL.search(lower, sentence.start, sentence.end) or may_state_subject_toll(
            lower, sentence.start, sentence.end
        ):
            told_metric = _metric_told_last(out, fld.norm, sentence.start)
            raw, marks = merge_tolls(raw, toll_figures(fld.tokens(index)), told_metric, natural=fld.natural)
        if not raw:
            out.extend(_load_told_before(fld, index, article_date))
            continue
        attribution = attribution_for(fld, index)
        parts = clause_sources(fld, sentence) if attribution else None
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
            source = source_of_part(parts, rc.start, raw) if parts else attribution
            claim = finish_claim(fld, index, sentence, rc, role, source, dates, article_date)
            if claim.role is Role.TOTAL and at_a_landmark_of_another_toll(lower, sentence.start, rc.start):
                claim = replace(claim, role=Role.BACKGROUND)  # "a block from the bar where three were killed"
            if (
                any(a <= rc.start < b for a, b in earlier) or _unconfirmed(lower, rc, sentence.end) or told_earlier
                or _rumoured(lower, sentence.start, sentence.end, rc)
            ):  # fmt: skip
                claim = replace(claim, earlier_figure=True)
            if claim.role is Role.TOTAL and lives_feared_for(lower, rc, sentence.end):
                claim = replace(claim, role=Role.SUBSET)  # "30 of those treated might not survive": a part
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
                if claim.role is Role.TOTAL and counts_a_rate(clause):
                    claim = replace(claim, role=Role.CUMULATIVE, update=False)  # "deaths doubled to 700 a day"
                if claim.metric == WOUNDED and _STILL_IN_CARE.search(lower, *mark.scope):
                    # "the number of injured people still in hospital stood at 367": those still there, a part
                    claim = replace(claim, role=Role.SUBSET, update=False)
                if told_before:  # "Earlier reports had put the toll at 7": the toll as it was, not an update
                    claim = replace(claim, update=False, earlier_figure=True)
            if _whole_scope(lower, sentence.start, rc.start, claim) or _whole_scope_after(
                lower, sentence.end, rc.end, claim
            ):
                # "In all, 24 people died", "Across the region, the quake killed 150", "killed eight people in all":
                # the text's figure for the whole incident, over figures for one town, one site or one hospital
                claim = replace(claim, update=True)
            if claim.update and not claim.date_carried and (own := toll_words_date(dates, mark)) is not None:
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
            elif (
                claim.metric == WOUNDED and claim.role is Role.SUBSET and not rc.singular
                and _OF_THEM.match(lower, rc.end) is not None
                and not any(c.metric in _HURT and c.role is not Role.BACKGROUND for c in (*out, *sentence_claims))
                and _a_group_told_unhurt(lower, fld, index, rc.start)
            ):  # fmt: skip
                # "57 have been found safe. Nine of them were injured": the hurt among a group that is no count of hurt
                # people are the first hurt the text tells, not a part of a wounded figure
                claim = replace(claim, role=Role.TOTAL)
            after, said = lower[rc.end : rc.end + 120], lower[sentence.start : sentence.end]
            if (
                claim.role in (Role.TOTAL, Role.CUMULATIVE) and over_several_incidents(after)
                and not one_days_strikes(after, said) and not a_second_following_the_first(after, said, lower)
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
    return sources_told_next(fld, _older_version_figures(out, older_sections), lower)


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


def _load_told_before(fld: Field, index: int, article_date: date | None) -> list[Claim]:
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
    source = attribution_for(fld, index) or attribution_for(fld, index - 1)
    return [finish_claim(fld, index - 1, before, rc, Role.TOTAL, source, dates, article_date) for rc in raw]


_OF_THEM = re.compile(r"\s*of\s+(?:them|whom|those)\b")
_HARM_TOTALS = (KILLED, WOUNDED, SHOT)
_HURT = (WOUNDED, SHOT)
_STILL_IN_CARE = re.compile(r"\b(?:still|remain(?:ing|s|ed)?)\b[^.;]{0,30}?\b(?:hospitals?|hospitali[sz]ed|in care)\b")
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


_WHOLE_SCOPE = re.compile(rf"\b(?:{alternation(_EN.WHOLE_SCOPE)})\b")
_WHOLE_SCOPE_REACH = 60  # characters before a figure where a whole-scope cue of its clause may stand


# A group told as hurt without a count of hurt ("Over 40 people were admitted to hospital", "Four people were found
# bleeding from gunshot wounds"): a part of it is a part of the hurt.
_HURT_GROUP = re.compile(r"\b(?:hospital|admitted|treated|injur|wound|hurt|bleed|burn|critical|casualt)")


def _a_group_told_unhurt(lower: str, fld: Field, index: int, position: int) -> bool:
    """'57 have been found safe. Nine of them were injured': does the figure open its sentence, the group 'them' told
    in the sentence before with no word of hurt?"""
    sentence = fld.sentences[index]
    if index == 0 or lower[sentence.start : position].strip():
        return False
    before = fld.sentences[index - 1]
    return _HURT_GROUP.search(lower, before.start, before.end) is None


def _whole_scope(lower: str, sentence_start: int, position: int, claim: Claim) -> bool:
    if claim.metric not in (KILLED, WOUNDED) or claim.role is not Role.TOTAL or claim.singular or claim.earlier_figure:
        return False
    start = max(sentence_start, position - _WHOLE_SCOPE_REACH)
    before = lower[start:position]
    cut = max(before.rfind(";"), before.rfind(" but "), before.rfind(" while "))
    return bool(_WHOLE_SCOPE.search(before, cut + 1 if cut >= 0 else 0))


# Right after a figure and its one noun, the words that make it the whole over parts told before: "The rampage killed
# eight people in all", "14 dead in total". (A figure of a group, "four Turkish pilgrims in total", is that group's
# whole; "overall", "combined" and "across ..." after a figure rank or place it.)
_WHOLE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:in all|in total|altogether|all told)\b")
_WHOLE_AFTER_REACH = 40


def _whole_scope_after(lower: str, sentence_end: int, position: int, claim: Claim) -> bool:
    if claim.metric not in (KILLED, WOUNDED) or claim.role is not Role.TOTAL or claim.singular or claim.earlier_figure:
        return False
    return _WHOLE_AFTER.search(lower[position : min(sentence_end, position + _WHOLE_AFTER_REACH)]) is not None


def _sentence_claims(tokens: list[Token]) -> list[RawClaim]:
    used: set[int] = set()
    raw = numeric_claims(tokens, used)
    raw += singular_claims(tokens, used)
    # The rarer passes find nothing in a sentence without their first words: one set of its words decides
    # for all three, instead of a scan of its tokens each (a fifth of the sentence's time).
    words = word_set(tokens)
    if not words.isdisjoint(SUICIDE_FIRST_WORDS):
        raw += perpetrator_claims(tokens)
    if not words.isdisjoint(MULTIPLE_WORDS):
        raw += multiple_claims(tokens)
    if not words.isdisjoint(SELF_OBJECTS):
        raw = killer_among_the_killed(tokens, raw)  # "killed his wife and son and then himself": three dead
    if not words.isdisjoint(NAMED_HEAD_WORDS):
        raw += named_harmed_claims(tokens)
    if not words.isdisjoint(SURVIVAL_VERBS):
        raw += survivor_claims(tokens)
    if "hope" in words:
        raw += no_hope_claims(tokens)
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
    if not words.isdisjoint(RITE_WORDS):
        raw = dead_honoured_at_the_scene_dropped(tokens, raw)
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
