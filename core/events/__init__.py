"""Grouping claims into events and incidents.

Two levels, one structure:

* an **event** is one place and one kind of harm over a span of days (`GroupingSettings.span_days`). It is
  what a reader searches for ("the Ganja strikes") and what the store indexes;
* an **incident** inside it is one occurrence: one date (or no known date) and, when the text says so, one
  spot finer than the place (a street address, a neighbourhood). Two shootings in one city on different
  days, or at different addresses on one day, are two incidents of one event.

Only claim *ids* live in the state, plus each member's date, spot and headline values, so an event can be
regrouped without loading its articles. The claims themselves stay in `ArticleFacts`.

How an article is grouped (`assign_article`):

1. Places (`core.places`, not this package): `article_locations` resolves the article's location strings
   together (the state or country its mentions agree on disambiguates "Bristol"; a one-word "town" abroad
   is taken for a misreading; a lone unknown word, a TV station or a venue is not a place of its own). When
   the caller passes the body (`ArticleFacts.text`), its dateline ("OCALA, Fla. -"), the states it names
   and the towns it puts after "in"/"at" vote too, so a surname read as a town in another state is dropped.
   `main_location` prefers a place the dateline or title names; without a usable claim place it falls back
   to the dateline's, the title's or the text's most-named town.
2. `article_pieces` splits the claims by place (claims without one follow the article's main place), then
   by (incident date, spot). Background and cumulative claims never open a piece nor reach a place they do
   not name; a county, state or country holding the main place counts as the main place.
3. Each piece joins the best candidate event of the same kind of harm whose first-to-last dates stay within
   `span_days`: the same place; a related place (county/city/state of one state, towns within `near_km`)
   when corroborated by date and figures or text; or, for the article's main piece when one side's place is
   weak (unresolved, coarse or ambiguous), any place in the window when the texts match
   (`text_match_threshold`), except that two resolved places that cannot be one another never meet on text
   (an ambiguous "Bergen" only meets one of the Bergens; a state only places inside it). A later report
   on the same place may join past the span when figures and text say it is a follow-up (`follow_up_days`).
   Otherwise it opens an event. An article with no claims to place (an arrest, a funeral) joins the event
   its place, time and text fit as a member without claims (counted, never a figure), or nothing.
4. Inside the event every member is placed again, in a canonical order (so arrival order does not matter):
   same date and compatible spot; a neighbouring date when figures or text corroborate; another date only on
   strongly similar text; undated reports join the incident their figures, text and publication date fit,
   else an undated incident. Incident ids carry over by overlap.

The service groups block by block (`core.events.blocks`): the events of a set of articles do not depend on
their arrival order, and event ids are derived from the article that opened each event.

All state is plain dataclasses with `to_dict`/`from_dict` (JSON-safe), and every decision is deterministic.
"""

from __future__ import annotations

from core.events.assign import (
    _assign_membership,
    _bridged_events,
    _merge_into,
    _merge_order,
    _neg_id,
    _piece_order,
    _start_ord,
    assign_article,
    remove_article,
)
from core.events.evidence import (
    _country,
    _figure_affinity,
    _has_date,
    _hints,
    _timing,
)
from core.events.incidents import (
    _CONTRADICTED,
    _NEAR_MIN_TEXT,
    _SOLE_LAG_DAYS,
    _UNDATED_JOIN,
    _apply_clusters,
    _carry_ids,
    _Cluster,
    _copy,
    _corroborated,
    _Fingerprints,
    _fingerprints,
    _incident_score,
    _join,
    _names_a_member,
    _new_event,
    _place,
    _refresh,
    _regroup,
    _text_to_cluster,
    _unit_order,
    event_label,
    warm_up,
)
from core.events.keys import _event_weeks, _location_keys, _unplaced_keys, _week, _weeks, candidate_keys, index_keys
from core.events.match import (
    _NESTING_KINDS,
    _WEAK_KINDS,
    MAX_PERSONS,
    MAX_PLACES,
    NAMED_TEXT_FACTOR,
    NAMES_WEIGHT,
    PERSON_BONUS,
    PERSON_MATCH,
    RELATED,
    SAME,
    UNRELATED,
    _add_persons,
    _add_places,
    _corroborated_place,
    _dates_compatible,
    _event_score,
    _event_window,
    _follow_up,
    _follow_up_evidence,
    _harm_compatible,
    _named_candidates,
    _person_bridge,
    _piece_interval,
    _places_exclude,
    _text_affinity,
    _text_match_score,
    place_relation,
    text_similarity,
    weak_event,
    weak_location,
)
from core.events.pieces import (
    _CARE_WORDS,
    _NAMED_PLACE_KINDS,
    Piece,
    _care_spot,
    _distance,
    _Entry,
    _key_order,
    _published,
    _split_by_date_and_spot,
    article_claims,
    article_pieces,
    claim_id,
    harm_of,
    membership_piece,
    named_places,
)
from core.events.state import (
    _HARM_OF_METRIC,
    _HARM_PRIORITY,
    CASUALTIES,
    DISPLACEMENT,
    OTHER,
    Day,
    EventState,
    GroupingSettings,
    IncidentState,
    Member,
    _iso,
    _parse_date,
)

__all__ = [
    "CASUALTIES",
    "DISPLACEMENT",
    "MAX_PERSONS",
    "MAX_PLACES",
    "NAMED_TEXT_FACTOR",
    "NAMES_WEIGHT",
    "OTHER",
    "PERSON_BONUS",
    "PERSON_MATCH",
    "RELATED",
    "SAME",
    "UNRELATED",
    "_CARE_WORDS",
    "_CONTRADICTED",
    "_HARM_OF_METRIC",
    "_HARM_PRIORITY",
    "_NAMED_PLACE_KINDS",
    "_NEAR_MIN_TEXT",
    "_NESTING_KINDS",
    "_SOLE_LAG_DAYS",
    "_UNDATED_JOIN",
    "_WEAK_KINDS",
    "Day",
    "EventState",
    "GroupingSettings",
    "IncidentState",
    "Member",
    "Piece",
    "_Cluster",
    "_Entry",
    "_Fingerprints",
    "_add_persons",
    "_add_places",
    "_apply_clusters",
    "_assign_membership",
    "_bridged_events",
    "_care_spot",
    "_carry_ids",
    "_copy",
    "_corroborated",
    "_corroborated_place",
    "_country",
    "_dates_compatible",
    "_distance",
    "_event_score",
    "_event_weeks",
    "_event_window",
    "_figure_affinity",
    "_fingerprints",
    "_follow_up",
    "_follow_up_evidence",
    "_harm_compatible",
    "_has_date",
    "_hints",
    "_incident_score",
    "_iso",
    "_join",
    "_key_order",
    "_location_keys",
    "_merge_into",
    "_merge_order",
    "_named_candidates",
    "_names_a_member",
    "_neg_id",
    "_new_event",
    "_parse_date",
    "_person_bridge",
    "_piece_interval",
    "_piece_order",
    "_place",
    "_places_exclude",
    "_published",
    "_refresh",
    "_regroup",
    "_split_by_date_and_spot",
    "_start_ord",
    "_text_affinity",
    "_text_match_score",
    "_text_to_cluster",
    "_timing",
    "_unit_order",
    "_unplaced_keys",
    "_week",
    "_weeks",
    "article_claims",
    "article_pieces",
    "assign_article",
    "candidate_keys",
    "claim_id",
    "event_label",
    "harm_of",
    "index_keys",
    "membership_piece",
    "named_places",
    "place_relation",
    "remove_article",
    "text_similarity",
    "warm_up",
    "weak_event",
    "weak_location",
]
