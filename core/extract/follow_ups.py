"""Passes over an English follow-up's claims: an article written days to years after its event (an anniversary, a
charge or a plea, an inquiry) tells that event's toll in the past, as a background sentence would tell an older
event's. When the article tells no harm of its own, the toll its lead tells that way is its figure."""

from __future__ import annotations

import re
from dataclasses import replace

from core.extract.numbers import words_to_int
from core.extract.roles import other_event_spans, sentence_role
from core.extract.triggers import SHOT
from core.models import KILLED, WOUNDED, Claim, Qualifier, Role

_HARM = (KILLED, WOUNDED, SHOT)
_NOT_OWN = (Role.BACKGROUND, Role.CUMULATIVE)
# A follow-up dates its event back from its own day: "a year ago today", "two years ago", "last month". A sentence that
# dates an event by its year ("In 1999, a quake ...", "the 2004 tsunami") or by the news ("comes two months after")
# tells history beside the news.
_COUNTED_BACK = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|a\s+hundred|several|a\s+few|\d+)"
    r"\s+(?:years?|months?|weeks?)\s+ago|last\s+(?:year|month|week|spring|summer|fall|autumn|winter))\b",
    re.IGNORECASE,
)


# A court step of the case, its penalty or redress, or an inquiry's finding: the follow-up's own news is the justice
# done for an older crime, or the causes found of an older disaster ("The royal commission has found that the
# building, whose collapse killed 115 ..., had design faults").
# (the look-ahead of the words' first letters lets the search skip the rest before testing the word boundary)
_COURT_NEWS = re.compile(
    r"(?=[spcfaivjwtdlo])\b(?:sentenc(?:ed|es|ing)|pleaded|pled|convicted|found\s+guilty|acquitted|indicted|arraigned"
    r"|verdict|jury|(?:was|were)\s+charged|inquiry|inquest|coroner|commission|tribunal"
    # the penalty or the redress of the case: "was fined $3 million for the 2010 explosion that killed 29 miners"
    r"|fined|fines|trial|prosecuted|prosecution|lawsuit|sued|compensation|ordered\s+to\s+pay)\b",
    re.IGNORECASE,
)


def own_event_told_as_background(
    claims: list[Claim], lead: tuple[int, ...], texts: dict[str, str]
) -> list[Claim]:
    """'A year ago today a gunman killed four people and wounded nine at a county fair', 'The man charged with killing
    three people at a bowling alley last month pleaded guilty': in an article that tells no harm of its own (every
    harm figure is background or a running toll), the background figures of its title or its first sentence
    (`lead`: where the text's first sentences start), when that sentence dates the event back from the article's day
    (`_COUNTED_BACK`), are its event's: the follow-up's subject is that event. So are those a court follow-up tells
    by its year in its lead or the sentence after (`_case_told_by_its_year`). A background
    figure further on ('Last month, two people were killed on the same block') stays another event's, and so does one
    told in a clause about another event after the lead's own news ('Fire destroyed a dormitory on Sunday, days after
    a school fire killed 17 boys'). `texts`: the fields' texts as submitted."""
    harm = [c for c in claims if c.metric in _HARM]
    if not harm:
        return claims
    told_own = [c for c in harm if c.role not in _NOT_OWN and not c.separate_incident]
    court = all(_in_lead(c, lead) for c in told_own) and _court_news(texts, lead)  # (the search last: it costs most)
    if told_own and not court:
        return claims
    own = {
        id(c) for c in harm
        if c.role is Role.BACKGROUND and not (c.separate_incident or c.earlier_figure)
        and (
            (_in_lead(c, lead[:1]) and _counted_back(c, texts.get(c.field, "")))
            or (court and _in_lead(c, lead[:2]) and _case_told_by_its_year(c, texts.get(c.field, "")))
        )
        and not _in_another_events_clause(c, texts.get(c.field, ""))
    }  # fmt: skip
    if not own:
        return claims
    return [replace(c, role=Role.TOTAL) if id(c) in own else c for c in claims]


def _in_lead(claim: Claim, starts: tuple[int, ...]) -> bool:
    """Is the claim in the title, or in a text sentence starting at one of `starts`?"""
    return claim.field == "title" or claim.sentence_start in starts


def _court_news(texts: dict[str, str], lead: tuple[int, ...]) -> bool:
    """Do the title or the text's first sentence tell a court step ('was sentenced', 'pleaded guilty')?"""
    title, text = texts.get("title") or "", texts.get("text") or ""
    first = text[lead[0] : lead[1]] if len(lead) > 1 else text[lead[0] :] if lead else ""
    return _COURT_NEWS.search(title) is not None or _COURT_NEWS.search(first) is not None


def _case_told_by_its_year(claim: Claim, text: str) -> bool:
    """'sentenced ... for killing nine shoppers at the mall in 2021': is the claim's sentence background only by its
    past year (read without the article's date, it is the sentence's own toll)? Then in a court follow-up it tells the
    case's crime, as it does when the article comes undated."""
    sentence = text[claim.sentence_start : claim.sentence_end]
    return sentence_role(sentence, None) is Role.TOTAL


def _counted_back(claim: Claim, text: str) -> bool:
    """Does the claim's sentence date its event back from the article's day ('a year ago', 'last month')?"""
    return _COUNTED_BACK.search(text, claim.sentence_start, claim.sentence_end) is not None


def _in_another_events_clause(claim: Claim, text: str) -> bool:
    """Is the claim told in a clause of its sentence about another, earlier event (`other_event_spans`)?"""
    sentence = text[claim.sentence_start : claim.sentence_end].lower()
    at = claim.start - claim.sentence_start
    return any(a <= at < b for a, b in other_event_spans(sentence))


# "faces four counts of manslaughter, one for every student killed": a charge counted per victim, the victims' count.
_COUNTS_PER_VICTIM = re.compile(
    r"\b(?P<n>\d{1,3}|(?:[a-z]+-)?[a-z]+)\s+counts\s+of\s+[a-z -]{3,40}?,\s+one\s+(?:for|per)\s+(?:each|every)\s+"
    r"(?:[a-z]+\s+){0,2}?(?P<harm>killed|dead|slain|wounded|injured|hurt|shot)\b",
    re.IGNORECASE,
)
# the part of `_COUNTS_PER_VICTIM` after its number, which opens with a literal word: a quick search first, for the
# whole pattern tries a word at every word of the text
_PER_VICTIM_TAIL = re.compile(r"counts\s+of\s+[a-z -]{3,40}?,\s+one\s+(?:for|per)\s+(?:each|every)\s", re.IGNORECASE)
_COUNTED_HARM = {"killed": KILLED, "dead": KILLED, "slain": KILLED, "wounded": WOUNDED, "injured": WOUNDED,
                 "hurt": WOUNDED, "shot": SHOT}  # fmt: skip


def charges_counted_per_victim(claims: list[Claim], text: str | None) -> list[Claim]:
    """'Each faces four counts of involuntary manslaughter, one for every student killed': N counts, one for each
    victim, tell N victims, when the article tells no figure of that harm otherwise (a court follow-up often names
    its case's toll only so)."""
    if not text or "counts of" not in text or _PER_VICTIM_TAIL.search(text) is None:
        return claims
    added: list[Claim] = []
    for m in _COUNTS_PER_VICTIM.finditer(text):
        word = m.group("n").lower()
        value = int(word) if word.isdigit() else words_to_int(tuple(word.split("-")))
        metric = _COUNTED_HARM[m.group("harm").lower()]
        if not value or any(c.metric == metric and c.role not in _NOT_OWN for c in (*claims, *added)):
            continue
        start = text.rfind(".", 0, m.start()) + 1
        end = text.find(".", m.end())
        added.append(
            Claim(
                metric=metric, value=value, low=value, high=value, qualifier=Qualifier.EXACT, role=Role.TOTAL,
                quote=m.group(), start=m.start(), end=m.end(), field="text",
                sentence_start=start + len(text[start:]) - len(text[start:].lstrip()),
                sentence_end=len(text) if end < 0 else end + 1,
            )
        )  # fmt: skip
    return [*claims, *added] if added else claims
