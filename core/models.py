"""Plain dataclasses shared by extraction, grouping and reconciliation.

These are the domain's own types. Adapters (the API, the workers, the store) translate to and from them; the
domain never sees JSON, HTTP or Redis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from core.quick_init import quick_init

# The fixed harm metrics. Any other counted figure uses its counted noun as metric ("houses destroyed").
KILLED = "killed"
WOUNDED = "wounded"
MISSING = "missing"
DISPLACED = "displaced"
ARRESTED = "arrested"
HARM_METRICS = (KILLED, WOUNDED, MISSING, DISPLACED, ARRESTED)

# The largest figure a claim may carry: a billion; anything larger is a misreading (a serial number, a
# 400-digit string), never a toll. A digit string longer than MAX_FIGURE_DIGITS is not read as a number at all.
MAX_FIGURE = 1_000_000_000
MAX_FIGURE_DIGITS = len(str(MAX_FIGURE))


class Qualifier(StrEnum):
    """How the wording bounds the figure. Maps to low/high, see `core.extract.numbers.bounds`."""

    EXACT = "exact"  # "nine people": low = high = 9
    AT_LEAST = "at_least"  # "at least 4": low 4, high None
    MORE_THAN = "more_than"  # "more than 30", "over 30", "above 240": low 31, high None
    UP_TO = "up_to"  # "as many as 34", "up to 34": low None, high 34
    NEARLY = "nearly"  # "nearly 50", "almost 50": low None, high 49
    ABOUT = "about"  # "about 50", "around", "approximately", "some": low/high a band around the value
    RANGE = "range"  # "10 to 12", "between 5 and 7": low 10, high 12
    VAGUE = "vague"  # "dozens", "hundreds": low/high the band the word implies


class Role(StrEnum):
    """What part of the story a figure is."""

    TOTAL = "total"  # the figure for the whole incident
    SUBSET = "subset"  # "including four women", "two of them children"
    INCREMENT = "increment"  # "two more civilians", "another three"
    CUMULATIVE = "cumulative"  # toll to date over many incidents: "the death toll rose to", "so far"
    BACKGROUND = "background"  # other wars, historical totals
    PARTIAL = "partial"  # part of an incident: "a second rocket hit ..., injuring two people"


class ArticleStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    DONE = "done"
    FAILED = "failed"


@quick_init
@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric claim found in an article.

    `start`/`end` are character offsets of `quote` in the field named by `field` ("text" or "title"), so
    `source_text[start:end] == quote` always holds. `value` is the figure as written (for a range, its upper
    end); `low`/`high` are the bounds the wording implies (None = unbounded on that side).
    """

    metric: str
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    role: Role
    quote: str
    start: int
    end: int
    field: str = "text"
    subject: str | None = None  # what is counted: "civilians", "people", "women"
    location: str | None = None  # the place the figure refers to, as written
    incident_date: date | None = None  # resolved from the text, or None
    attribution: str | None = None  # who the article says gave the figure
    # Derivation: "derived" when computed ("4 shot, 1 fatally" -> 3 wounded), "perpetrator" for the gunman.
    derivation: str | None = None
    sentence_start: int = 0  # offsets of the sentence the claim sits in (same field)
    sentence_end: int = 0
    id: str | None = None  # assigned by the store once the article is saved: "<article_id>-c<n>"
    # True when the figure comes from a singular phrasing rather than a written number ("a man was killed").
    singular: bool = False
    # True when `location` is not named in the claim's own sentence but carried over from nearby sentences.
    location_carried: bool = False
    # True when `location`, though named in the sentence, does not set the figure apart as that one place's: it is
    # where the figure's source spoke ("officials in Cap-Haitien said 42 died in the quake", "the governor said in
    # Jakarta"), or one of several places named together ("strikes on Kyiv, Lviv and Odesa"). The headline pick
    # keeps such a figure in an article whose main place is another (grouping reads `location` as before).
    location_loose: bool = False
    # True when the text presents the figure as superseded ("initial reports said eight were shot").
    earlier_figure: bool = False
    # True when the text gives the figure as the incident's revised toll ("the death toll from the blast has
    # risen to five"): the latest total for that incident, preferred over earlier figures for it.
    update: bool = False
    # True when the text tells the figure as another incident than the article's own ("In a separate
    # incident in Brno, a fire injured two people"): a total for that incident, kept out of the main one.
    separate_incident: bool = False
    # True when the text gives the update as a downward revision ("authorities lowered the toll to 38"): a smaller
    # latest update replaces a larger earlier figure only when the text says it was revised down.
    revised_down: bool = False
    # True when `incident_date` is not the incident's own date in the claim's sentence: taken from the article's
    # incident date (the first dated sentence about the incident), or the day of a later count ("the toll rose to
    # 50 on Sunday"). Such a date does not by itself set the figure apart as another occurrence.
    date_carried: bool = False
    # True when the claim is read from the headline a text sent without a title opens with (`core.lead_headline`):
    # its offsets point into the text, as submitted, and it weighs as a title's figure.
    lead_headline: bool = False

    @property
    def in_headline(self) -> bool:
        """Told in the report's headline: its title, or the headline line its text opens with."""
        return self.field == "title" or self.lead_headline


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """All claims of one article plus the warnings a consumer should see (e.g. unsupported_language)."""

    claims: tuple[Claim, ...]
    warnings: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """What the extractor needs of an article."""

    text: str
    title: str | None = None
    published_at: datetime | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What grouping and reconciliation need of a processed article: its metadata and its claims."""

    id: str
    source: str
    claims: tuple[Claim, ...]
    published_at: datetime | None = None
    title: str | None = None
    # A compact fingerprint of the text (e.g. sorted shingle hashes) for near-duplicate / similarity checks.
    fingerprint: tuple[int, ...] = field(default_factory=tuple)
    # The body, when the caller has it at grouping time (not stored): grouping reads the article's own place
    # context from it (a dateline, the state it names, the town it mentions most). None: claims and title only.
    text: str | None = None
    # Where the article was published: the outlet's country (its domain) breaks ties between places of one name.
    url: str | None = None
    # Its pieces as worked out once from all the above (`core.events.pieces.PlacedPieces`, kept with the
    # article by the store): grouping then needs neither the text nor the url, and reads no place again. Left
    # out of equality and hashing: a function of the other fields.
    pieces: Any = field(default=None, compare=False, hash=False, repr=False)


def is_plausible(claim: Claim) -> bool:
    """True when every figure of `claim` lies in 0..MAX_FIGURE (extraction and reconciliation drop the rest)."""
    return all(v is None or 0 <= v <= MAX_FIGURE for v in (claim.value, claim.low, claim.high))
