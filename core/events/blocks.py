"""Blocks: what makes grouping a function of the set of articles, whatever their arrival order.

Every article belongs to exactly one **block**: the country of its main place, or the state for a US place
(`block_of`). Grouping never looks across blocks (an event's index keys and an article's candidate keys are
prefixed with the block), so the events of a block depend only on the block's articles.

Inside a block, articles are grouped one by one in **canonical order** (publication time, then content, then id:
`canonical_key`), and every new event's id is derived from the article that opened it (`event_id_for`). So
the events of a block are a function of the set of its articles: the same set, in any order, on any number of
workers, gives the same events, incidents, headline values and ids.

An article arriving after every article of its block in canonical order (the usual case: news arrives roughly
in publication order) is placed on the stored events directly, which gives what regrouping the block would
give (`BlockGrouper.add` is that one step). One arriving earlier, or a deletion, regroups the block from its
articles (`regroup_block`): its cost grows with the block, and is measured by bench/order.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from core.dates import add_days
from core.events.across_blocks import merged_across_blocks
from core.events.assign import assign_article
from core.events.evidence import (
    MASS_CASUALTIES,
    _country,
    counts_on,
    how_toll_told,
)
from core.events.hazards import CROSSING_KINDS, told_hazards
from core.events.hurt_counts import pulled_by_its_hurt_count
from core.events.incidents import event_label
from core.events.keys import candidate_keys, index_keys
from core.events.local_detail import pulled_by_its_town_name, pulled_to_its_towns_tolls
from core.events.look_back_signs import pulled_as_its_later_stage, pulled_by_its_sign, signed_day, tells_a_later_stage
from core.events.lookback import pulled_to_its_day
from core.events.match import (
    _piece_interval,
    text_similarity,
    weak_location,
)
from core.events.named_towns import pulled_to_the_town_it_names
from core.events.pieces import (
    PlacedPieces,
    article_pieces,
    membership_piece,
    placed_pieces,
    told_joint,
    told_looks_back,
)
from core.events.rejoin import rejoin_lone_reports
from core.events.spread_events import pulled_by_its_lost
from core.events.state import EventState, GroupingSettings
from core.models import KILLED, MISSING, WOUNDED, ArticleFacts
from core.places.location import UNPLACED, Location, spot_tokens
from core.similarity import persons_of

UNPLACED_BLOCK = UNPLACED
# After any real publication time (the API accepts years up to 2099): articles without one sort last, so a
# report that nothing dates is placed on the events its block's dated reports made (a running toll joins its
# disaster) rather than opening one that dated reports must find.
NO_TIME = 1.0e12


@dataclass(frozen=True)
class Anchor:
    """What decides an article's block: its main place, when it happened, its text's fingerprint. Plain data
    (`to_dict`/`from_dict`), so a store can keep it and find the anchors whose windows overlap."""

    article_id: str
    home: str  # the block of its own main place
    weak: bool  # its place may be a misreading or too coarse (see `weak_location`)
    name: str  # its main place's folded name ("bristol"), "" when none
    window: tuple[date, date] | None  # the days its incident may fall on, widened by the event span
    fingerprint: tuple[int, ...]
    key: str = ""  # its main place's key
    named: frozenset[str] = frozenset()  # the other places it names (dateline, title, claims)
    published: float = NO_TIME  # `order_score`: its place in its block's canonical order
    kinds: frozenset[str] = frozenset()  # the kinds of disaster it tells (`core.events.hazards.told_hazards`)
    killed: int | None = None  # its main piece's death toll
    told: str = ""  # how it tells that toll (`core.events.match.how_toll_told`: risen to, lowered to)
    # The countries it names together as its disaster's scene ("struck southern Turkey and northwest Syria"): two
    # or more for a disaster that crosses borders (`core.places.joint`), else none. See `_joint_block`.
    joint: frozenset[str] = frozenset()
    venue: frozenset[str] = frozenset()  # the names of its main piece's spot (`spot_tokens`): "club q" gives {"q"}
    wounded: int | None = None  # its main piece's count of the hurt
    looks_back: date | None = None  # the day it looks back at, when it recounts an older event (`core.events.lookback`)
    missing: int | None = None  # its main piece's count of the missing
    signed_day: date | None = None  # the day its look-back sign names (`core.events.look_back_signs.signed_day`)
    stage: bool = False  # it tells a later stage of its event: a verdict, an inquiry (`look_back_signs.LATER_STAGE`)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "home": self.home,
            "weak": self.weak,
            "name": self.name,
            "window": [self.window[0].isoformat(), self.window[1].isoformat()] if self.window else None,
            "fingerprint": list(self.fingerprint),
            "key": self.key,
            "named": sorted(self.named),
            "published": self.published,
            "kinds": sorted(self.kinds),
            "killed": self.killed,
            "told": self.told,
            "joint": sorted(self.joint),
            "venue": sorted(self.venue),
            "wounded": self.wounded,
            "looks_back": self.looks_back.isoformat() if self.looks_back else None,
            "missing": self.missing,
            "signed_day": self.signed_day.isoformat() if self.signed_day else None,
            "stage": self.stage,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Anchor:
        window = d.get("window")
        return cls(
            article_id=str(d["article_id"]),
            home=str(d["home"]),
            weak=bool(d["weak"]),
            name=str(d.get("name") or ""),
            window=(date.fromisoformat(window[0]), date.fromisoformat(window[1])) if window else None,
            fingerprint=tuple(int(h) for h in d.get("fingerprint") or ()),
            key=str(d.get("key") or ""),
            named=frozenset(str(k) for k in d.get("named") or ()),
            published=float(d.get("published", NO_TIME)),
            kinds=frozenset(str(k) for k in d.get("kinds") or ()),
            killed=int(d["killed"]) if d.get("killed") is not None else None,
            told=str(d.get("told") or ""),
            joint=frozenset(str(c) for c in d.get("joint") or ()),
            venue=frozenset(str(w) for w in d.get("venue") or ()),
            wounded=int(d["wounded"]) if d.get("wounded") is not None else None,
            looks_back=date.fromisoformat(d["looks_back"]) if d.get("looks_back") else None,
            missing=int(d["missing"]) if d.get("missing") is not None else None,
            signed_day=date.fromisoformat(d["signed_day"]) if d.get("signed_day") else None,
            stage=bool(d.get("stage")),
        )


def anchor_of(article: ArticleFacts, settings: GroupingSettings) -> Anchor:
    pieces = article_pieces(article) or [membership_piece(article)]
    main = next((p for p in pieces if p.main), pieces[0])
    interval = _piece_interval(main, settings)
    span = settings.span_days
    window = (add_days(interval[0], -span), add_days(interval[1], span)) if interval else None
    loc = main.location
    values = main.headline_values()
    kinds = told_hazards(article)
    joint = told_joint(article) if kinds & CROSSING_KINDS else frozenset()
    return Anchor(
        article.id,
        block_of_location(loc),
        weak_location(loc),
        loc.name,
        window,
        article.fingerprint,
        loc.key,
        main.named,
        order_score(article),
        kinds,
        values.get(KILLED),
        how_toll_told(main),
        joint,
        spot_tokens(main.spot),
        values.get(WOUNDED),
        told_looks_back(article),
        values.get(MISSING),
        signed_day(article),
        tells_a_later_stage(article),
    )


def window_reach(settings: GroupingSettings) -> int:
    """The most days an anchor's window spans: anchors overlapping [lo, hi] start within [lo - reach, hi]."""
    return settings.report_lag_days + 2 * settings.span_days


def attraction(anchor: Anchor, other: Anchor, settings: GroupingSettings) -> float | None:
    """How strongly `other` pulls a weakly placed `anchor` into its home block, or None when it does not: the
    same place name, or a place one of them names, counts more than any text; text alone must be alike enough
    to join an event on text (`text_match_threshold`). Both in one time window; when nothing dates one of them,
    only a name both give (a victim, a storm, a site) pulls."""
    if not anchor.weak and (_timeless_report_naming_its_place(anchor, other) or _names_a_joint_disaster(anchor, other)):
        return 1.0
    if pulled_to_the_town_it_names(anchor, other):
        # Firmly placed at another town, maybe a misreading of its name, it names this report's town and tells
        # its very tolls in its days (`core.events.named_towns`)
        alike = text_similarity(anchor.fingerprint, other.fingerprint) if anchor.fingerprint else 0.0
        return 1.0 + alike
    if (
        not anchor.weak
        or other.home == UNPLACED_BLOCK  # no place to pull anyone to: a placed article keeps its own
        or other.article_id == anchor.article_id
        or _beyond_its_country(anchor, other)
    ):
        return None
    if pulled_by_its_town_name(anchor, other) and _days_meet(anchor, other):
        # The same town name, settled by `other` alone, the same kind and very tolls (`core.events.local_detail`)
        alike = text_similarity(anchor.fingerprint, other.fingerprint) if anchor.fingerprint else 0.0
        return 1.0 + alike
    if pulled_to_its_towns_tolls(anchor, other) and _days_meet(anchor, other):
        # A neighbourhood read as a namesake elsewhere, telling the town's very tolls: more than the namesake's
        # name alone, which may be the same misreading (`core.events.local_detail`)
        alike = text_similarity(anchor.fingerprint, other.fingerprint) if anchor.fingerprint else 0.0
        return 1.0 + _TOLL_PULL + alike
    if anchor.home == UNPLACED_BLOCK and _the_very_people_lost(anchor, other):
        # Placed nowhere, the very dead and missing together and its kind: `core.events.spread_events`
        return (
            _KIND_PULL
            + _TOLL_PULL
            + (text_similarity(anchor.fingerprint, other.fingerprint) if anchor.fingerprint else 0.0)
        )
    if anchor.window is None or other.window is None:
        # Nothing dates one of them: a name both give (a victim, a storm, a site: "il ponte Morandi" and "the
        # Morandi bridge") pulls, as it would join them (see `core.events.match._person_bridge`).
        if set(persons_of(anchor.fingerprint)) & set(persons_of(other.fingerprint)):
            return 1.0
        if anchor.window is None and other.window is None:
            return _undated_toll_pull(anchor, other)
        return _timeless_pull(anchor, other)
    if not _overlap(anchor.window, other.window):
        # (most pairs of a set: their texts are compared only when one of these pulls)
        if far_look_back(anchor, other, settings):
            return _TOLL_PULL + _alike(anchor, other)
        if pulled_as_its_later_stage(
            anchor.stage,
            anchor.window,
            anchor.kinds,
            anchor.killed,
            other.window,
            other.kinds,
            other.killed,
        ):
            return _KIND_PULL + _alike(anchor, other)  # (a verdict, an inquiry's report: `core.events.look_back_signs`)
        return _KIND_PULL + _alike(anchor, other) if _pulled_by_its_sign(anchor, other, settings) else None
    alike = _alike(anchor, other)
    if (anchor.name and anchor.name == other.name) or other.key in anchor.named or anchor.key in other.named:
        return 1.0 + alike
    if _tells_its_hurt_count(anchor, other):
        # Placed weakly (the whole country, a quadrant left unresolved) in the same days: nobody dead in either,
        # the very count of the wounded of one kind of disaster ("9명 부상" beside "nine hurt in Deanwood")
        return _KIND_PULL + _TOLL_PULL + alike
    if anchor.home == UNPLACED_BLOCK and anchor.venue & other.venue:
        # Placed nowhere but at the venue a report of its days placed at its town ("the five killed at Club Q")
        return 1.0 + alike
    if anchor.home == UNPLACED_BLOCK and _tells_its_mass_toll(anchor, other):
        # Placed nowhere (a village in a script the gazetteer does not hold), in the same days: the same kind
        # of disaster and the very mass toll are the same disaster ("तनहुँमा बस दुर्घटना: 27" beside "bus plunges
        # in Tanahun, 27 dead").
        return _KIND_PULL + _TOLL_PULL + alike
    if anchor.home == UNPLACED_BLOCK and _tells_its_toll_and_no_kind(anchor, other):
        # Placed nowhere and telling no kind of disaster, in the same days: the very mass toll (a list of the
        # victims: "The 12 people killed at the Borderline included ...")
        return _TOLL_PULL + alike
    if anchor.home == UNPLACED_BLOCK and (_counts_on_its_toll(anchor, other) or _counts_on_its_toll(other, anchor)):
        # "The death toll from Monday's bombing at the barracks mosque rose to 59": a later count of a disaster
        # of its kind in its days, less sure than the very toll; or the other way round, an earlier count the
        # other's report tells risen ("32 dead in a nightclub fire" placed nowhere, "the toll of the Bucharest
        # club fire has risen to 45" four days on)
        return _KIND_PULL + alike
    if anchor.home == UNPLACED_BLOCK and _looks_back_at_its_day(anchor, other, settings):
        # Placed nowhere, a look back at the other's very day ("a year after the shooting that killed five"): that
        # day, its toll and its kind of disaster name the event (`core.events.lookback`)
        return _KIND_PULL + _TOLL_PULL + alike
    if anchor.home == UNPLACED_BLOCK and _first_alert_placed_nowhere(anchor, other):
        # A report that states no figure, placed nowhere (a town of a size or in a script the gazetteer does not
        # hold: "an explosion ripped through the mine near Greymouth this afternoon"), in the days of a mass-casualty
        # disaster of its kind: that disaster's block is where it may be its first word, though the reports of the
        # block that share its words are undated and pull nothing. There it joins as any weakly placed report does,
        # on words (`core.events.assign._assign_membership`), never on its kind alone.
        return _KIND_PULL + alike
    threshold = settings.text_match_threshold
    if threshold is not None and alike >= threshold:
        return alike
    return None


def _alike(anchor: Anchor, other: Anchor) -> float:
    """How alike their texts are (`text_similarity`), 0 when `anchor` has no text to compare."""
    return text_similarity(anchor.fingerprint, other.fingerprint) if anchor.fingerprint else 0.0


def _the_very_people_lost(anchor: Anchor, other: Anchor) -> bool:
    """Do the two tell the very dead and missing together and a kind of disaster (`pulled_by_its_lost`), in days
    that meet or with nothing to date one of them?"""
    if anchor.window is not None and other.window is not None and not _overlap(anchor.window, other.window):
        return False
    return pulled_by_its_lost((anchor.killed, anchor.missing, anchor.kinds), (other.killed, other.missing, other.kinds))


def _looks_back_at_its_day(anchor: Anchor, other: Anchor, settings: GroupingSettings) -> bool:
    """Is `anchor` a look back at `other`'s day, its toll and its kind (`core.events.lookback.pulled_to_its_day`)?"""
    return pulled_to_its_day(
        anchor.looks_back,
        other.window,
        settings.span_days,
        (anchor.killed, anchor.wounded),
        (other.killed, other.wounded),
        anchor.kinds,
        other.kinds,
    )


def _pulled_by_its_sign(anchor: Anchor, other: Anchor, settings: GroupingSettings) -> bool:
    """Is `anchor`, placed nowhere, a look back at `other`'s day by its sign, of its kind of disaster
    (`core.events.look_back_signs.pulled_by_its_sign`)?"""
    return anchor.home == UNPLACED_BLOCK and pulled_by_its_sign(
        anchor.signed_day, anchor.kinds, anchor.killed, other.window, other.kinds, other.killed, settings.span_days
    )


def _first_alert_placed_nowhere(anchor: Anchor, other: Anchor) -> bool:
    """Is `anchor` a dated report that states no figure, telling `other`'s kind of disaster, `other` a mass toll
    (`MASS_CASUALTIES` or more dead and hurt)?"""
    mass = (other.killed or 0) + (other.wounded or 0) >= MASS_CASUALTIES
    return _states_no_figure(anchor) and anchor.window is not None and mass and bool(anchor.kinds & other.kinds)


def _states_no_figure(anchor: Anchor) -> bool:
    """Does the anchor's report state no figure at all? `order_score` stands such a report `NO_TIME` after its
    publication time (after every report with figures), which no report with a figure reaches: one dated stands
    its publication time beyond, one undated a whole `NO_TIME` beyond, and an undated report with figures only a
    fraction of a second."""
    return anchor.killed is None and anchor.wounded is None and anchor.published >= NO_TIME + 1.0


def far_look_back(anchor: Anchor, other: Anchor, settings: GroupingSettings) -> bool:
    """Is `anchor`, placed nowhere, a look back at `other`'s disaster from weeks to two years later (its window
    after `other`'s, up to `mass_follow_up_days`): its very mass death toll or count of the hurt, of its kind or
    telling no kind (a sentence, an anniversary, the victims named: "a year since the 22 drowned")? No window
    overlaps across that time, so no other pull reaches it (another venue's report is not one); the event it then
    joins must hold that figure too (`core.events.far_reports.its_look_back_placed_nowhere`)."""
    if anchor.home != UNPLACED_BLOCK or anchor.window is None or other.window is None:
        return False
    gap = (anchor.window[0] - other.window[1]).days
    if gap <= 0 or gap > settings.mass_follow_up_days:
        return False
    if not _shares_its_mass_figure(anchor, other):
        return False
    if anchor.venue and other.venue and not anchor.venue & other.venue:
        return False  # (another venue's toll: another club's shooting a year after this one's)
    return not anchor.kinds or bool(anchor.kinds & other.kinds)


def _shares_its_mass_figure(anchor: Anchor, other: Anchor) -> bool:
    """Does `anchor` give `other`'s very death toll or count of the hurt, a mass one (`MASS_CASUALTIES`)?"""
    return any(
        mine is not None and mine >= MASS_CASUALTIES and mine == theirs
        for mine, theirs in ((anchor.killed, other.killed), (anchor.wounded, other.wounded))
    )


def _timeless_report_naming_its_place(anchor: Anchor, other: Anchor) -> bool:
    """Does a report that nothing dates name the place of a dated report of its kind of disaster in another
    block? Its own place is only the town its text happened to pick."""
    return (
        anchor.window is None
        and other.window is not None
        and other.home != anchor.home
        and other.home != UNPLACED_BLOCK
        and bool(other.key)
        and other.key in anchor.named
        and bool(anchor.kinds & other.kinds)
    )


def _names_a_joint_disaster(anchor: Anchor, other: Anchor) -> bool:
    """Is a report nothing dates, firmly placed in a country, about a disaster that crossed its border: one it
    names as `other` does (a storm, a victim), `other` telling it of that country with others (`Anchor.joint`)?
    "Remal death toll rises to 16" from Bangladesh's coast belongs with "Cyclone Remal kills 16 in Bangladesh, six
    in India" (`timeless_block` then gives it the disaster's joint block). When nothing dates `other` either, it
    goes to `other`'s home, where the joint report meets it across the border (a feed that dates nothing)."""
    return (
        anchor.window is None
        and timeless_movable(anchor)
        and _country(anchor.home) in other.joint
        and bool(anchor.kinds & other.kinds & CROSSING_KINDS)
        and bool(set(persons_of(anchor.fingerprint)) & set(persons_of(other.fingerprint)))
    )


def _timeless_pull(anchor: Anchor, other: Anchor) -> float | None:
    """How a report that nothing dates (no date in its text, no publication date), placed nowhere or only
    coarsely, is pulled by a dated report of its kind of disaster: by the kind alone, lightly; more when it also
    tells the other's death toll; most when their texts are alike too. Without a date or a place, the kind and
    the figures are all it has ("a ferry capsized, 32 bodies recovered", in a language whose river names the
    gazetteer does not know)."""
    if anchor.window is not None or other.window is None or not anchor.kinds & other.kinds:
        return None
    if (
        anchor.home != UNPLACED_BLOCK
        and _country(anchor.home) != _country(other.home)
        and not _names_its_country(anchor, other)
    ):
        # a place of its own, however weak, is more than a kind shared abroad ("PARIS: Gunmen ..."), unless it
        # names that country too ("the quake's toll in Turkey and Syria")
        return None
    pull = _KIND_PULL
    if (anchor.killed is not None and anchor.killed == other.killed) or _tells_its_hurt_count(anchor, other):
        pull += _TOLL_PULL
    if anchor.fingerprint:
        pull += text_similarity(anchor.fingerprint, other.fingerprint)
    return pull


def _undated_toll_pull(anchor: Anchor, other: Anchor) -> float | None:
    """How a report placed nowhere and dated by nothing is pulled by another report nothing dates, placed in a
    block: by the same kind of disaster and its very mass toll, or a count risen or lowered from the other's (or
    the other's from its own). Half a feed's reports come undated; when every report of a disaster does, a report
    in a script whose places the gazetteer does not hold ("বেইলি রোডের ভবনে আগুন: ৪৬ জনের মৃত্যু") has nothing
    else to meet the others by. The other must be a report a store finds by its kind (`timeless_movable`). A report
    placed weakly in the other's country (the whole country: "미국 총격…9명 부상") meets it so by the very count of the
    hurt of an event nobody died in (`core.events.hurt_counts`)."""
    if not timeless_movable(other) or not anchor.kinds & other.kinds:
        return None
    alike = text_similarity(anchor.fingerprint, other.fingerprint) if anchor.fingerprint else 0.0
    if anchor.home != UNPLACED_BLOCK:
        same_country = _country(anchor.home) == _country(other.home)
        return _KIND_PULL + _TOLL_PULL + alike if same_country and _tells_its_hurt_count(anchor, other) else None
    if _tells_its_mass_toll(anchor, other) or _tells_its_hurt_count(anchor, other):
        return _KIND_PULL + _TOLL_PULL + alike
    if _counts_on_its_toll(anchor, other) or _counts_on_its_toll(other, anchor):
        return _KIND_PULL + alike
    return None


def _names_its_country(anchor: Anchor, other: Anchor) -> bool:
    """Does `anchor` name `other`'s country, or its place?"""
    return f"country:{_country(other.home)}" in anchor.named or other.key in anchor.named


def _tells_its_mass_toll(anchor: Anchor, other: Anchor) -> bool:
    """Does `anchor` tell `other`'s kind of disaster and its very death toll, a mass one (`MASS_CASUALTIES`)?"""
    return (
        anchor.killed is not None
        and anchor.killed >= MASS_CASUALTIES
        and anchor.killed == other.killed
        and bool(anchor.kinds & other.kinds)
    )


def _tells_its_hurt_count(anchor: Anchor, other: Anchor) -> bool:
    """Nobody dead in either, the very count of the wounded, one kind (`core.events.hurt_counts`)?"""
    return pulled_by_its_hurt_count(
        anchor.weak, (anchor.killed, anchor.wounded), (other.killed, other.wounded), (anchor.kinds, other.kinds)
    )


def _tells_its_toll_and_no_kind(anchor: Anchor, other: Anchor) -> bool:
    """Does `anchor`, telling no kind of disaster at all, tell `other`'s very mass toll? A list of the victims
    ("the 12 people killed at the Borderline included ...") names neither a town nor what killed them: its toll
    and its days are what it has (the event it then joins must share a few of its words too:
    `core.events.match._toll_told_of_no_kind`)."""
    return (
        not anchor.kinds
        and anchor.killed is not None
        and anchor.killed >= MASS_CASUALTIES
        and anchor.killed == other.killed
    )


def _counts_on_its_toll(anchor: Anchor, other: Anchor) -> bool:
    """Does `anchor` tell `other`'s kind of disaster with a death toll risen or lowered from `other`'s mass toll
    (`core.events.match.counts_on`)?"""
    if anchor.killed is None or other.killed is None or not anchor.kinds & other.kinds:
        return False
    return counts_on(anchor.told, anchor.killed, other.killed)


_KIND_PULL = 0.25
_TOLL_PULL = 0.5


# Places whose country is certain however weak they are as an event's place ("South Korea", "Sindh province").
_SURE_OF_COUNTRY = ("country:", "state:", "province:")


def _beyond_its_country(anchor: Anchor, other: Anchor) -> bool:
    """Would `other` pull a report whose place is a whole country or province out of that country? A
    country's report may meet its towns' events, never another country's (a flight's origin, a neighbour);
    one that nothing dates may meet a disaster of its kind in a country it names (`_timeless_pull`), or one that
    `other` tells of its country with others (`Anchor.joint`: "Idai's toll in Mozambique and Zimbabwe" pulls
    "Zimbabwe: Cyclone Idai kills 31" when nothing dates them, by the storm both name)."""
    if not anchor.key.startswith(_SURE_OF_COUNTRY) or _country(anchor.home) == _country(other.home):
        return False
    return not (anchor.window is None and (_names_its_country(anchor, other) or _country(anchor.home) in other.joint))


def block_of(anchor: Anchor, others: Iterable[Anchor], settings: GroupingSettings) -> str:
    """The block an article is grouped in: its main place's US state ("US-IL"), else its country ("AZ"),
    `unplaced` when no place is known. An article whose place is weak (unresolved, coarse, picked by population
    alone) goes instead to the home block of the article that pulls it most (`attraction`; ties: the smaller
    block, then id). Only homes count, never the other's own block, so an article's block is a function of it
    and the others' anchors: no chain, no arrival order."""
    others = list(others)
    best = strongest_pull(anchor, others, settings)
    if best is not None and _kept_by_its_words(anchor, best, others, settings):
        best = None
    if anchor.window is None and best is not None:
        return timeless_block(anchor, best, others)
    home = best[1] if best is not None else anchor.home
    return _joint_block(anchor, home, others) or home


def _kept_by_its_words(anchor: Anchor, pull: Pull, others: Sequence[Anchor], settings: GroupingSettings) -> bool:
    """Does a first alert placed nowhere, pulled by its kind and days alone (`_first_alert_placed_nowhere`), stay
    placed nowhere because a report with figures placed nowhere too, in its days, shares its words
    (`text_match_threshold`)? Those are the reports of its own language, whose town the gazetteer does not hold
    either ("İstiklal Caddesi'nde patlama" and the minister's count of the dead the next day): it joins them there."""
    threshold = settings.text_match_threshold
    puller = next((o for o in others if o.article_id == pull[2]), None)
    if threshold is None or puller is None or anchor.window is None or not anchor.fingerprint:
        return False
    alike = text_similarity(anchor.fingerprint, puller.fingerprint)
    if not _first_alert_placed_nowhere(anchor, puller) or alike >= threshold:
        return False  # (pulled by its words, as any report placed nowhere)
    return any(
        o.home == UNPLACED_BLOCK
        and o.article_id != anchor.article_id
        and not _states_no_figure(o)
        and o.window is not None
        and _overlap(anchor.window, o.window)
        and text_similarity(anchor.fingerprint, o.fingerprint) >= threshold
        for o in others
    )


def timeless_block(anchor: Anchor, pull: Pull, others: Sequence[Anchor]) -> str:
    """The block of a report nothing dates that `pull` pulls: its puller's home, or the joint block of a
    disaster that crossed a border when the puller's days meet a report naming that home's country with others
    (`_joint_block`, timed by the puller). `others`: anchors holding the puller and those reports."""
    puller = next((o for o in others if o.article_id == pull[2]), None)
    if puller is None or puller.window is None:
        return pull[1]
    return _joint_block(anchor, pull[1], others, window=puller.window) or pull[1]


def joint_key(bridge: Anchor) -> str:
    """The block a report naming countries together as its disaster's scene opens (`_joint_block`): "BE+DE"."""
    return "+".join(sorted(bridge.joint))


def may_bridge(bridge: Anchor, anchor: Anchor, block: str | None) -> bool:
    """May `bridge` (a report naming countries together, `Anchor.joint`) move `anchor`, now in `block`, into
    its joint block, or hold it there: a dated report of its kind of disaster in its days, homed or placed in
    one of its countries. A store looks again at the block of these only when such a report arrives or leaves;
    `block_of` decides it."""
    if not bridge.joint or anchor.window is None or bridge.window is None or not _overlap(anchor.window, bridge.window):
        return False
    if not bridge.kinds & anchor.kinds & CROSSING_KINDS:
        return False
    countries = {_country(anchor.home), *(_country(b) for b in (block or "").split("+") if b)}
    return bool(countries & bridge.joint)


def _joint_block(
    anchor: Anchor, home: str, others: Sequence[Anchor], window: tuple[date, date] | None = None
) -> str | None:
    """The block of a disaster that crosses borders, when `anchor` belongs to one: a report (it, or another)
    names its country together with others as the scene of a disaster of its kind in its days ("floods in
    Germany and Belgium", `Anchor.joint`). Its block is then those countries together ("BE+DE"), where the
    reports of every one of them about it are grouped, so that a report of Belgium's dead meets a report of
    Germany's and one of both. Among several such reports, the earliest (canonical order) names the block."""
    days = window or anchor.window
    if days is None or not anchor.kinds & CROSSING_KINDS:
        return None
    country = _country(home) if home != UNPLACED_BLOCK else None
    countries = {country} if country else set(anchor.joint)
    bridges = [
        b for b in (anchor, *others)
        if b.joint & countries and b.window is not None and _overlap(b.window, days)
        and b.kinds & anchor.kinds & CROSSING_KINDS
    ]  # fmt: skip
    if not bridges:
        return None
    return joint_key(min(bridges, key=lambda b: (b.published, b.article_id)))


Pull = tuple[float, str, str]  # (-attraction, the puller's home, its article id): the smallest pulls most


def pull_of(anchor: Anchor, other: Anchor, settings: GroupingSettings) -> Pull | None:
    score = attraction(anchor, other, settings)
    return None if score is None else (-score, other.home, other.article_id)


def strongest_pull(anchor: Anchor, others: Iterable[Anchor], settings: GroupingSettings) -> Pull | None:
    """The pull `block_of` follows: the strongest (ties: the smaller block, then id), None when nothing pulls."""
    best: Pull | None = None
    for other in _may_pull(anchor, others):
        candidate = pull_of(anchor, other, settings)
        if candidate is not None and (best is None or candidate < best):
            best = candidate
    return best


def _may_pull(anchor: Anchor, others: Iterable[Anchor]) -> Iterable[Anchor]:
    """The others that may pull `anchor` at all, a superset of those `attraction` scores: a firmly placed report
    is pulled only by one whose place it names (`pulled_to_the_town_it_names`, `_timeless_report_naming_its_place`)
    or, when nothing dates it, by one telling a disaster across borders (`_names_a_joint_disaster`). Grouping a
    set reads every anchor against every other: a set look-up per pair instead of a call of `attraction`."""
    if anchor.weak:
        return others
    named = anchor.named
    if anchor.window is None:
        return [o for o in others if o.key in named or o.joint]
    return [o for o in others if o.key in named] if named else ()


def timeless_movable(anchor: Anchor) -> bool:
    """Is it a report nothing dates whose block another report may decide: a weakly placed one, or one naming
    other places and telling a kind of disaster (`_timeless_report_naming_its_place`)? Time cannot find what
    pulls it (see `attraction`): the dated reports of its kinds of disaster and the reports naming a person it
    names do, and a store finds them by kind and by person."""
    return anchor.window is None and (anchor.weak or (bool(anchor.named) and bool(anchor.kinds)))


def anchor_persons(anchor: Anchor) -> tuple[int, ...]:
    """The persons (victims, storms, sites: `core.similarity.persons_of`) an anchor's text names: a report nothing
    dates is pulled by, or pulls, a report naming one of them whatever their dates."""
    return persons_of(anchor.fingerprint)


def _days_meet(anchor: Anchor, other: Anchor) -> bool:
    """Do their windows overlap, or does nothing date one of them?"""
    return anchor.window is None or other.window is None or _overlap(anchor.window, other.window)


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def block_of_location(location: Location) -> str:
    region = location.region
    if location.key == UNPLACED or not region:
        return UNPLACED_BLOCK
    if region.startswith("US-"):
        return region
    return _country(region) or UNPLACED_BLOCK


def publication_score(published_at: datetime | None) -> float:
    """The article's publication time as a number (seconds since the epoch, UTC; naive times are UTC)."""
    if published_at is None:
        return NO_TIME
    moment = published_at if published_at.tzinfo is not None else published_at.replace(tzinfo=UTC)
    return moment.timestamp()


def order_score(article: ArticleFacts) -> float:
    """The article's place in its block's canonical order as one number: its publication time, and within the
    same second (or among reports with no publication time) a fraction drawn from its content (title and text
    fingerprint), never from its id. The same articles under other ids (a client's own, the API's `art_...`)
    then stand in the same order and group the same way; only articles of identical content fall back on ids."""
    digest = hashlib.sha256(repr((article.title or "", article.fingerprint)).encode()).digest()
    published = publication_score(article.published_at)
    if not article_pieces(article):
        # A report that states no figure ("a plane with 61 aboard came down; no survivors") can only join an event
        # its block's reports with figures open: it stands after them, as if published after every one, however
        # early it was (among such reports, in publication order). One sent with no publication date stands after
        # the undated reports with figures too: placed among them by its content, it would come before the
        # event it announces was opened, and stay alone.
        published += NO_TIME
    return published + int.from_bytes(digest[:4]) * _CONTENT_STEP


# A content fraction below half a second: exact enough at epoch times, and about 4,000 distinct steps at NO_TIME
_CONTENT_STEP = 0.5 / 2**32


def canonical_key(article: ArticleFacts) -> tuple[float, str]:
    """Where the article stands in its block's canonical order: `order_score`, then id (a store can keep the
    same order in a sorted set scored by it, whose ties sort by member)."""
    return (order_score(article), article.id)


def event_id_for(block: str, article_id: str, n: int) -> str:
    """The id of the n-th event (0, 1, ...) an article opens in a block: derived from content, never from
    arrival (the block is in it, so an article moving to another block never reuses an id still in use)."""
    digest = hashlib.sha256(f"{block}\x00{article_id}\x00{n}".encode()).hexdigest()
    return f"evt_{digest[:16]}"


def _new_ids(block: str, article_id: str) -> Callable[[], str]:
    counter = iter(range(1_000_000))
    return lambda: event_id_for(block, article_id, next(counter))


def assign_in_block(
    block: str,
    article: ArticleFacts,
    candidates: Sequence[EventState],
    settings: GroupingSettings,
    articles: Mapping[str, ArticleFacts] | None = None,
) -> list[EventState]:
    """`assign_article` with content-derived ids; every event it opens belongs to `block`."""
    changed = assign_article(
        article, candidates, new_id=_new_ids(block, article.id), settings=settings, articles=articles
    )
    for event in changed:
        event.block = block
        event.label = event_label(event)  # (a disaster that crossed a border is named by its block's countries)
    return changed


class BlockGrouper:
    """One block's events in memory, indexed the way the store indexes them."""

    def __init__(self, block: str, settings: GroupingSettings, events: Iterable[EventState] = ()) -> None:
        self.block = block
        self.settings = settings
        self.events: dict[str, EventState] = {}
        self._index: dict[str, set[str]] = {}
        self._keys: dict[str, set[str]] = {}
        for event in events:
            self._put(event)

    def candidates(self, article: ArticleFacts) -> list[EventState]:
        ids: set[str] = set()
        for key in candidate_keys(article, self.settings, block=self.block):
            ids |= self._index.get(key, set())
        return [self.events[i] for i in sorted(ids)]

    def add(self, article: ArticleFacts, members: Mapping[str, ArticleFacts]) -> list[EventState]:
        """Place one article (the next in canonical order); returns the events it changed. `members` holds the
        facts of the articles already placed, as events see them (`as_member`); those of its candidates' members
        are passed on for text similarity."""
        candidates = self.candidates(article)
        related = {i: members[i] for e in candidates for i in e.article_ids if i in members}
        related[article.id] = article
        changed = assign_in_block(self.block, article, candidates, self.settings, related)
        rejoined = rejoin_lone_reports(article.id, candidates, changed, self.settings, related, canonical_key)
        for event in rejoined:
            event.label = event_label(event)
        changed = sorted({e.id: e for e in [*changed, *rejoined]}.values(), key=lambda e: e.id)
        for event in changed:
            self._drop(event.id)
            if event.incidents and event.article_ids:
                self._put(event)
        return changed

    def _put(self, event: EventState) -> None:
        keys = index_keys(event)
        self.events[event.id] = event
        self._keys[event.id] = keys
        for key in keys:
            self._index.setdefault(key, set()).add(event.id)

    def _drop(self, event_id: str) -> None:
        self.events.pop(event_id, None)
        for key in self._keys.pop(event_id, set()):
            ids = self._index.get(key)
            if ids is not None:
                ids.discard(event_id)
                if not ids:
                    del self._index[key]


def as_member(article: ArticleFacts) -> ArticleFacts:
    """An article as events see it once placed: claims, metadata, fingerprint and the pieces its text and url
    gave when it was placed, not the text or url themselves (what the store keeps of members; only the article
    being placed reads its text and url for its places). Without its pieces, a member would be placed again
    from its claims alone, and grouping offline would differ from the service's."""
    placed = article.pieces if isinstance(article.pieces, PlacedPieces) else placed_pieces(article)
    return replace(article, text=None, url=None, pieces=placed)


def regroup_block(
    block: str, articles: Mapping[str, ArticleFacts], settings: GroupingSettings
) -> dict[str, EventState]:
    """The events of a block, grouped from its articles (each with its text and url) in canonical order:
    what arrivals in canonical order give, each one placed seeing its candidates' members as the store
    keeps them (`as_member`)."""
    grouper = BlockGrouper(block, settings)
    seen: dict[str, ArticleFacts] = {}
    for article in sorted(articles.values(), key=canonical_key):
        grouper.add(article, seen)
        seen[article.id] = as_member(article)
    return grouper.events


def blocks_of(
    articles: Iterable[ArticleFacts], settings: GroupingSettings, anchors: Sequence[Anchor] | None = None
) -> dict[str, str]:
    """Each article's block (see `block_of`); `anchors`: the articles' anchors, when already worked out."""
    if anchors is None:
        anchors = [anchor_of(a, settings) for a in articles]
    return {a.article_id: block_of(a, anchors, settings) for a in anchors}


def group_articles(articles: Iterable[ArticleFacts], settings: GroupingSettings | None = None) -> list[EventState]:
    """Every event of a set of articles (each block regrouped); what the service stores for that set. With
    `merge_across_blocks`, events of different blocks the scored layer finds one are joined
    (`core.events.across_blocks`): the root holds them all, the others come back emptied, `merged_into` it."""
    settings = settings or GroupingSettings()
    articles = list(articles)
    anchors = [anchor_of(a, settings) for a in articles]
    blocks = blocks_of(articles, settings, anchors)
    by_block: dict[str, dict[str, ArticleFacts]] = {}
    for article in articles:
        by_block.setdefault(blocks[article.id], {})[article.id] = article
    events: list[EventState] = []
    for block in sorted(by_block):
        events.extend(regroup_block(block, by_block[block], settings).values())
    if settings.merge_across_blocks:
        events = merged_across_blocks(events, anchors, {a.id: a for a in articles}, settings)
    return sorted(events, key=lambda e: e.id)
