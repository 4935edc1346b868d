"""Where a claim is about: the nearest place of the incident. When it is about lives in `core.extract.when`;
its names are re-exported here for the callers that import both from one module.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter

from core.extract.ascii_twin import compile_twin
from core.extract.lexicon import HOLIDAYS, WEEKDAYS
from core.extract.lexicon import MONTHS as MONTH_NAMES
from core.extract.tokens import Token, index_at
from core.extract.when import (
    _DAY,
    _INCIDENT_STEP,
    _INCIDENT_STEP_LOWER,
    AHEAD_OF_PUBLICATION,
    AHEAD_OF_TEXT_DATE,
    DateMention,
    _dates_in,
    anchor_date,
    called_out_date_in,
    dates_in,
    explicit_dates,
    filed_date,
    incident_date_in,
    is_later_step,
    posted_date,
)
from core.extract.world_dates import page_stamp
from core.places import (
    CARRIER_WORDS,
    Place,
    attacker_nouns,
    border_words,
    care_words,
    describes_resident,
    fold,
    is_demonym,
    names_a_container,
    past_words,
    resolve_location,
    resolve_place,
)
from core.places.index import words_by_language
from core.places.seas import SEA_KIND, sea_named
from core.quick_init import quick_init

__all__ = [
    "AHEAD_OF_PUBLICATION",
    "AHEAD_OF_TEXT_DATE",
    "_DAY",
    "_INCIDENT_STEP",
    "_INCIDENT_STEP_LOWER",
    "DateMention",
    "PlaceMention",
    "_dates_in",
    "anchor_date",
    "called_out_date_in",
    "dates_in",
    "explicit_dates",
    "filed_date",
    "incident_date_in",
    "is_later_step",
    "mention_end_index",
    "nearest_place",
    "page_stamp",
    "places_in",
    "posted_date",
    "scene_names",
]

# ---------------------------------------------------------------------------------------------- places
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "of", "from", "on", "into", "across", "around"])
# Before a name the gazetteer does not know, only these make it a place: "in Mayfair", "town of Jabrayil".
_UNKNOWN_PLACE_CUES = frozenset(["in", "at", "near", "outside"])
# A building's kind in lower case after a name the gazetteer does not know: the name is the building's, no place
_NAMED_BUILDINGS = frozenset(
    ["school", "hospital", "mosque", "church", "synagogue", "temple", "university", "college", "academy", "stadium"]
)
_SETTLEMENT_NOUNS = frozenset(
    ["city", "town", "village", "district", "region", "province", "county", "neighborhood", "neighbourhood"]
)
_DIVISION_NOUNS = frozenset(["region", "province", "oblast", "governorate", "prefecture", "state", "department"])
# Division words (in lower case) after a name the gazetteer does not know: the name is a district's ("in Nuapada
# district"), not a neighbourhood's or a venue's
_DISTRICT_WORDS = frozenset(["district", "province", "region", "governorate", "prefecture", "oblast", "division"])
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_NOT_PLACES = (
    _MONTH_ABBREVIATIONS
    | {"more", "update", "updated", "watch", "video", "photo"}
    | frozenset(
        [
            "the",
            "a",
            "an",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "his",
            "her",
            "their",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "police",
            "president",
            *WEEKDAYS,
            *MONTH_NAMES,
            *HOLIDAYS,
            "god",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sheriff",
            "officer",
            "chief",
            "said",
            "according",
            "read",
            "but",
            "and",
            "or",
            "if",
            "when",
            "while",
            "after",
            "before",
            "as",
            "in",
            "on",
            "at",
            "for",
            "with",
            "by",
            "from",
            "of",
            "to",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "many",
            "some",
            "several",
            "all",
            "both",
            "most",
            "other",
            "another",
            "no",
            "none",
            "police",
            "officials",
            "authorities",
            "ministry",
            "office",
            "department",
            "army",
            "forces",
            "court",
        ]
    )
)
_COARSE_KINDS = ("country", "state")
_NO_TOWN_KINDS = ("country", "state", "unplaced")  # ('US' is unplaced: the country of every US report)


@quick_init
@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    name: str
    coarse: bool  # a country or state: less specific than a city
    scene: bool = False  # introduced as the scene: "in Ganja", "on the town of Beylagan", "Ganja city"
    resident: bool = False  # describes a person ("a Mundelein man"): a scene named beside it wins
    # where a background clause opens ("..., a week after a bridge collapse in Genoa killed 43"): the place is that
    # earlier event's, not the place of a figure written before the clause; -1: no such clause
    background: int = -1


# A vessel's noun right before a capitalised name: the name is the ship's ("the ship Bulgaria", "the ferry Sewol"),
# never where it sank; ships are often named after a country or a town
_VESSEL_NOUNS = frozenset(["ship", "vessel", "steamer", "liner", "ferry", "boat", "tanker", "cruiser", "yacht"])
# ... and a name after 'the' that a ship's own verb follows ("The Bulgaria sank", "the Norman Atlantic capsized"): a
# country or town takes no 'the', a ship does (not 'went', 'ran', 'caught': "the Philippines went into lockdown")
_VESSEL_VERBS = frozenset(["sank", "capsized", "foundered", "sailed", "docked", "keeled", "berthed", "moored"])
_VESSEL_NAME_WORDS = 3  # capitalised words a ship's name runs to
# A holiday named for whom it honours: the word after the possessive ("Mother's Day", "Valentine's Day",
# "New Year's Eve", "Presidents' Day") ends the holiday's name, no place
_HOLIDAY_HEADS = frozenset(["day", "eve"])


# Titles before a person's name: the capitalised words after them are the name, not a place.
_PERSON_TITLES = frozenset(
    [
        *("chief", "sheriff", "officer", "mr", "mrs", "ms", "dr", "president", "mayor", "governor", "gov"),
        *("sergeant", "sgt", "captain", "capt", "lieutenant", "lt", "detective", "det", "deputy", "commissioner"),
        *("spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep", "judge", "minister", "trooper"),
        *("corporal", "cpl", "officers", "coroner", "prosecutor", "attorney", "superintendent", "commander"),
    ]
)


def _not_place(low: str) -> bool:
    """A word that is never a place, also as a possessive ("Monday's explosion", "Police's statement")."""
    if low.endswith("'s"):
        low = low[:-2]
    return low in _NOT_PLACES


def _title_cased(tokens: list[Token]) -> bool:
    """Is the headline written in title case ("4 Wounded In Shooting Outside Lancaster Nightclub")? Then a
    capitalised run after "in" is no sign of a name the gazetteer does not know."""
    words = [t for t in tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.is_capitalised for t in words) >= 0.8 * len(words)


def _unknown(name: str) -> bool:
    return resolve_location(name).kind == "name"


def places_in(
    tokens: list[Token], scenes: Collection[str] = frozenset(), title_case: bool = False
) -> list[PlaceMention]:
    """Place names among the tokens of one sentence: capitalised runs the gazetteer knows, or that follow a
    place preposition ('in Mayfair', 'the town of Beylagan').

    `scenes` are the folded names the whole text puts things in ("in Kendall"): a small town's one-word name
    elsewhere in the text counts only if it is one of them, so "Davis said" or "Kendall was arrested" is a
    person, not a town (see `_small_town_by_name_alone`)."""
    found: list[PlaceMention] = []
    capitals_say_nothing = title_case and _title_cased(tokens)
    i = 0  # where the next name may start
    for start in [k for k, tok in enumerate(tokens) if tok.is_capitalised]:  # one pass: the few that may open one
        tok = tokens[start]
        if start < i or _not_place(tok.low) or tok.is_digits or tok.low.endswith(_STYLED_ON):
            continue
        if _page_stamp_label(tokens, start):
            continue  # "... turns himself in Posted: Monday, June 22": the page's stamp, no place
        if _names_no_place(tokens, start):
            continue
        i = start
        j = i + 1
        joined = 0  # "al-Arabi" in "Al-Ahli al-Arabi Hospital": part of the name, not a word of its own
        while j < len(tokens) and j - i < 3 + joined and not _not_place(tokens[j].low):
            if tokens[j - 1].text.endswith(("'s", "'", "’s", "’")) and not _possessive_name(tokens, i, j):
                break
            if tokens[j].low.endswith(_STYLED_ON):
                break
            if not tokens[j].is_capitalised:
                if not _JOINED_ARTICLE.match(tokens[j].text):
                    break
                joined += 1
            j += 1
        if j < len(tokens) and tokens[j].low.endswith(_STYLED_ON):
            i = j + 1  # "a Taylor Swift-themed class": the whole name is an adjective, no place
            continue
        j = _through_particles(tokens, i, j)
        j = next((m for m in range(i + 1, j) if _division_phrase(tokens, m)), j)  # "Gwoza Local Government Area"
        if i > 0 and tokens[i - 1].low in _PERSON_TITLES:
            i = j  # "Fire Chief Dana Roe", "Sheriff Tom Bell": a person's name
            continue
        if _is_street(tokens, i, j):
            i = j + 1
            continue
        if (near := _reference_point(tokens, i)) is not None:
            # "250 kilometres east of Montreal", "north of Bogota": where it is measured from, not where it happened;
            # the place is near it, in its region (as written: the location resolver reads it so)
            mention = _best_place(tokens, i, j, scenes, title_case)
            if mention is not None and mention.start == tokens[i].start:
                end = _with_container(tokens, mention, mention_end_index(tokens, mention, i, j)).end
                found.append(PlaceMention(tokens[near].start, end, mention.name, True, True))
                i = mention_end_index(tokens, mention, i, j)
            else:
                i = j
            continue
        mention = _best_place(tokens, i, j, scenes, title_case)
        if mention is not None and capitals_say_nothing and mention.name and _unknown(mention.name):
            mention = None  # "Victim In Critical Condition", "Shooting Outside Lancaster Nightclub": no town
        if mention is not None:
            i = mention_end_index(tokens, mention, i, j)
            if (mention.coarse or is_demonym(mention.name)) and _names_the_attacker(tokens, i):
                continue
            if _at_a_border(tokens, mention.start, i) and resolve_location(mention.name).kind in _NO_TOWN_KINDS:
                continue  # "near the US border", "the border with Mexico": a border has two sides, no scene
            at = index_at(tokens, mention.start) or 0  # the name's first token
            if (
                _where_treated(tokens, at)
                or _in_a_victims_past(tokens, at)
                or _an_offices_seat(tokens, at, mention.name)
            ) and _another_scene(scenes, mention.name):
                continue
            found.append(_with_container(tokens, mention, i))
        else:
            i = j
    found = _capitals_named(tokens, found) if "capital" in map(_LOW, tokens) else found  # map, `in`: C loops
    return _in_the_background(tokens, found)


def _names_no_place(tokens: list[Token], k: int) -> bool:
    """Does the capitalised `k`th token open a name that is no place: a ship's after its noun ("the ship Bulgaria")
    or a holiday's last word after a possessive ("a Mother's Day party")?"""
    if k == 0:
        return False
    before = tokens[k - 1]
    if before.low in _VESSEL_NOUNS or (before.low == "the" and _before_a_ships_verb(tokens, k)):
        return True
    return tokens[k].low in _HOLIDAY_HEADS and before.text.endswith(("'s", "'", "’s", "’"))


def _before_a_ships_verb(tokens: list[Token], k: int) -> bool:
    """Do the capitalised words from the `k`th run (at most `_VESSEL_NAME_WORDS`) up to a ship's verb ("the
    Bulgaria sank", "the Norman Atlantic capsized")? Then they are a ship's name: a place takes no 'the'."""
    for n in range(k, min(k + _VESSEL_NAME_WORDS, len(tokens) - 1)):
        if not tokens[n].is_capitalised:
            return False
        if tokens[n + 1].low in _VESSEL_VERBS:
            return True
    return False


def _page_stamp_label(tokens: list[Token], k: int) -> bool:
    """Is the word a web page's stamp label, a name the gazetteer does not know written before a colon and a day
    or a month ("Posted: Monday, June 22", "Updated: June 23")? A headline's place before a colon ("Kabul: 40
    killed") is a known place or has no day after it."""
    if k + 2 >= len(tokens) or tokens[k + 1].text != ":":
        return False
    after = tokens[k + 2].low
    return (after in WEEKDAYS or after in MONTH_NAMES) and _unknown(tokens[k].text)


def _names_the_attacker(tokens: list[Token], k: int) -> bool:
    """Is a country's name or its people's adjective followed by an attacker's weapon or force ("Pakistani
    shelling", "Russian missiles", "Israeli strikes")? Then it is who attacked, not where anyone died."""
    if k >= len(tokens):
        return False
    nouns = attacker_nouns("en")
    return tokens[k].low in nouns or (k + 1 < len(tokens) and f"{tokens[k].low} {tokens[k + 1].low}" in nouns)


def _at_a_border(tokens: list[Token], start: int, k: int) -> bool:
    """Is a country named with a border's words ("near the US border", "at the border with Mexico")? Then it is
    the border the scene lies near, not the scene: a border has two sides."""
    before, after = border_words("en")
    at = index_at(tokens, start) or 0
    head = [t.low for t in tokens[max(0, at - 3) : at]]
    tail = tuple(t.low for t in tokens[k : k + 2])
    return any(tuple(head[-len(w) :]) == w for w in before if len(w) <= len(head)) or any(
        tail[: len(w)] == w for w in after
    )


def _where_treated(tokens: list[Token], k: int) -> bool:
    """Do words of care stand right before the name, its first token the `k`th ("died at a burn institute in
    Lahore", "treated in hospitals of Anantnag")?"""
    lows = [t.low for t in tokens[max(0, k - 3) : k]]
    tails = _care_tails()
    if tuple(lows[-2:]) not in tails and tuple(lows[-1:]) not in tails:
        return False  # most names: the words before them end no phrase of care (each phrase ends so to match)
    return any(len(words) <= len(lows) and tuple(lows[-len(words) :]) == words for words in care_words("en"))


@cache
def _care_tails() -> frozenset[tuple[str, ...]]:
    """The last two words of each of `care_words` (its one word, for a phrase of one)."""
    return frozenset(words[-2:] for words in care_words("en"))


_SEAT_LINKS = frozenset(["in", "at"])


def _an_offices_seat(tokens: list[Token], k: int, name: str) -> bool:
    """Is the town the seat of an office that speaks of events elsewhere, written right after its noun and 'in'
    ('the embassy in Wellington said', 'a court in Lüneburg heard', 'the judge in Évry'; `data/seat_nouns.tsv`)?
    Where the source sits, not the scene, when the text puts things in another place (the caller's test)."""
    if k < 2 or tokens[k - 1].low not in _SEAT_LINKS or tokens[k - 2].low not in _seat_nouns():
        return False
    return resolve_location(name).kind == "city"


@cache
def _seat_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in words_by_language("seat_nouns.tsv").get("en", ()))


_PAST_GAP = 4  # words at most between a survivor's words and the town ("survived | the 2017 shooting in | Las Vegas")


def _in_a_victims_past(tokens: list[Token], k: int) -> bool:
    """Do a survivor's words stand at most `_PAST_GAP` words before the name (its first token the `k`th), in its
    clause ("had survived the 2017 shooting in Las Vegas", "survivors of the fire in Lisbon")? Then it is another
    event the victims lived through."""
    lows = [t.low for t in tokens[max(0, k - _PAST_GAP - 3) : k]]
    if _past_first_words().isdisjoint(lows):
        return False  # most names: no survivor's word before them, told by one set look-up per word
    for words in past_words("en"):
        for at in range(len(lows) - len(words), -1, -1):
            between = lows[at + len(words) :]
            if len(between) > _PAST_GAP or "," in between:
                break
            if tuple(lows[at : at + len(words)]) == words:
                return True
    return False


@cache
def _past_first_words() -> frozenset[str]:
    """The first words of `past_words`: without one among the words before a name, none of them stands there."""
    return frozenset(words[0] for words in past_words("en") if words)


def _another_scene(scenes: Collection[str], name: str) -> bool:
    """Does the text put things in a place other than this one ("in Kasur")?"""
    own = fold(name)
    names = {n.rstrip(".") for s in scenes for n in (s, s.split()[0])}  # "in Kasur. Two more ...": 'kasur two'
    return any(n != own and not own.startswith(n) and resolve_location(n).kind != "name" for n in names)


# "a week after", "two years after", "days before": a clause on another event, with its own place and figures
_TIME_UNITS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "decade"])
_BACKGROUND_LINKS = frozenset(["after", "before"])


def _in_the_background(tokens: list[Token], found: list[PlaceMention]) -> list[PlaceMention]:
    """The places written inside a background clause ("..., a week after a bridge collapse in Genoa killed 43"),
    marked with where the clause opens: they are no place for a figure written before it."""
    if not found:
        return found
    opens = next(
        (tokens[k].start for k in range(1, len(tokens))
         if tokens[k].low in _BACKGROUND_LINKS and tokens[k - 1].low in _TIME_UNITS),
        None,
    )  # fmt: skip
    if opens is None:
        return found
    return [replace(p, background=opens) if p.start > opens else p for p in found]


_LOW = attrgetter("low")
# "capital punishment", "capital gains": the word as an adjective names no city
_CAPITAL_AS_ADJECTIVE = frozenset(
    ["punishment", "gains", "market", "markets", "expenditure", "spending", "investment", "flight", "flows", "crime"]
)


def _capitals_named(tokens: list[Token], found: list[PlaceMention]) -> list[PlaceMention]:
    """"in Bangladesh's capital", "the capital of Afghanistan", "the Afghan capital": the mention is the whole
    phrase, which the resolver reads as the country's capital city (`core.places.location`), not the country."""
    out = list(found)
    for k, tok in enumerate(tokens):
        if tok.low != "capital" or k == 0 or (k + 1 < len(tokens) and tokens[k + 1].low in _CAPITAL_AS_ADJECTIVE):
            continue
        prev = tokens[k - 1]
        if prev.low.endswith(("'s", "’s")):  # "Bangladesh's capital"
            country = next((m for m in out if m.start == prev.start and m.coarse), None)
            if country is not None:
                out[out.index(country)] = replace(country, end=tok.end, name=f"{country.name}'s capital")
        elif k + 2 < len(tokens) and tokens[k + 1].low == "of":  # "the capital of Afghanistan"
            country = next((m for m in out if m.start == tokens[k + 2].start and m.coarse), None)
            if country is not None:
                out[out.index(country)] = replace(country, start=tok.start, name=f"capital of {country.name}")
        elif prev.is_capitalised and k > 1 and tokens[k - 2].low == "the" and _a_capital(f"{prev.text} capital"):
            scene = k > 2 and tokens[k - 3].low in _PLACE_PREPOSITIONS
            out.append(PlaceMention(prev.start, tok.end, f"{prev.text} capital", False, scene))
    return sorted(out, key=lambda m: m.start)


def _a_capital(written: str) -> bool:
    """Does the resolver read the phrase as a capital city ("the Afghan capital")?"""
    return resolve_location(written).kind == "city"


# "Hamas-ruled Gaza", "Russian-occupied Crimea": who holds the place is no part of its name
_RULED_BY = tuple(
    "-" + w for w in ("ruled", "held", "controlled", "occupied", "run", "led", "backed", "based", "administered")
)
# "a Taylor Swift-themed class", "a Harry Potter-inspired party": a name made an adjective says what a scene is
# styled on or who owns it, never where it is (its first words are no place either)
_STYLED_ON = _RULED_BY + tuple("-" + w for w in ("themed", "inspired", "style", "styled", "owned", "branded"))
# An Arabic name's article written in lower case inside it: "Al-Ahli al-Arabi Hospital", "Ras al-Ain", "Deir ez-Zor"
_JOINED_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ez|ed|es|ul|ud|ur)-[A-Z]?[a-z]{2,}$")


_STREET_WORDS = frozenset(
    [
        "road",
        "rd",
        "street",
        "st",
        "avenue",
        "ave",
        "boulevard",
        "blvd",
        "drive",
        "dr",
        "lane",
        "ln",
        "way",
        "court",
        "ct",
        "highway",
        "hwy",
        "parkway",
        "pkwy",
        "place",
        "circle",
        "terrace",
        "trail",
        "pike",
        "mill",
        "square",
        "plaza",
    ]
)


_DISTANCE_UNITS = frozenset(["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"])
_COMPASS = frozenset(
    w + end
    for w in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    for end in ("", "ern")
)


def _reference_point(tokens: list[Token], i: int) -> int | None:
    """Is the name at tokens[i] measured from ("250 km east of Montreal", "30 miles from Kabul")? Then the index of
    the phrase's first token (the distance). A bearing alone ("just east of Peebles") is near enough to be the town:
    local news names a village so, and the town's region would part its reports from those naming the town."""
    if i < 2 or tokens[i - 1].low not in ("of", "from"):
        return None
    k = i - 2
    if tokens[k].low in _COMPASS:
        k -= 1
    if k >= 0 and tokens[k].low in _DISTANCE_UNITS:
        return k - 1 if k > 0 and tokens[k - 1].is_digits else k
    return None


_STREETS = frozenset(w + "s" for w in ("road", "street", "avenue", "boulevard", "drive", "lane", "way", "court"))
_CROSSING = frozenset(["intersection", "corner", "block", "blocks"])


def _ordinal(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] a numbered street ("21st" is read as "21" "st")?"""
    return tokens[k].is_digits or (tokens[k].low in ("st", "nd", "rd", "th") and k > 0 and tokens[k - 1].is_digits)


def _is_street(tokens: list[Token], i: int, j: int) -> bool:
    """'Walker Mill Road', 'Elm Street': an address, not a place to group by. So are the two names of a
    crossing ('near 21st and Cleveland', 'at Meridian and Grace Streets', 'the intersection of Prescott and
    Gollihar') and a block's street ('the 5300 block of Radnor')."""
    if any(t.low in _STREET_WORDS for t in tokens[i + 1 : j]):
        return True
    if j < len(tokens) and tokens[j].low in _STREET_WORDS:
        return True
    if i >= 2 and tokens[i - 1].low == "of" and tokens[i - 2].low in _CROSSING:
        return True  # "the intersection of Prescott ...", "the 5300 block of Radnor"
    if i >= 3 and tokens[i - 1].low == "and" and (_ordinal(tokens, i - 2) or _is_street(tokens, i - 2, i - 1)):
        return True  # "near 21st and Cleveland", "the intersection of Prescott and Gollihar"
    return j + 2 < len(tokens) and tokens[j].low == "and" and tokens[j + 2].low in _STREETS


# Lower-case words inside place names: "Santiago de Compostela", "Rio de Janeiro", "Frankfurt am Main",
# "Dar es Salaam", "Alphen aan den Rijn".
_NAME_PARTICLES = frozenset(
    ["de", "del", "della", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "el", "al", "am", "an", "upon",
     "sur", "en", "von", "van", "der", "den", "es", "aan", "op"]
)  # fmt: skip


def _through_particles(tokens: list[Token], i: int, j: int) -> int:
    """Extend the capitalised run tokens[i:j] over "de Compostela", "de la Frontera": a particle (or two) and a
    capitalised word, when the longer name is a place the gazetteer knows."""
    if j < len(tokens) - 1 and tokens[j].low == "of" and tokens[j + 1].is_capitalised:
        sea = " ".join(t.text for t in tokens[i : j + 2])
        if _a_sea(sea):
            return j + 2  # "Strait of Otranto", "Gulf of Aden": the sea, not the town on its shore
    k = j
    while k < len(tokens) and tokens[k].low in _NAME_PARTICLES and k - j < 2:
        k += 1
    if k == j or k >= len(tokens) or not tokens[k].is_capitalised:
        return j
    name = " ".join(t.text for t in tokens[i : k + 1])
    return k + 1 if resolve_place(name) is not None else j


def _a_sea(name: str) -> bool:
    """Is the name a sea's, strait's or gulf's that no town bears ("Strait of Otranto", "Gulf of Aden")?"""
    return sea_named(fold(name)) is not None and resolve_location(name).kind == SEA_KIND  # (a dict's look-up first)


# Division words English news writes after a district's name, of one word or several ("Gwoza Local Government
# Area", "Sigi Regency", "Kazipur Upazila", "Mardan Tehsil"): the name before them is the district, which bears its
# chief town's name, and where it happened
_DIVISION_PHRASES = (
    ("local", "government", "area"),
    ("local", "government", "council"),
    ("local", "government"),
    *((w,) for w in ("lga", "regency", "upazila", "upazilla", "tehsil", "taluka", "taluk")),
)


def _possessive_name(tokens: list[Token], i: int, j: int) -> bool:
    """Is a possessive inside a place's name ("Cox's Bazar", "Coffs Harbour" aside): the run with the next word is a
    place the gazetteer knows by that very name?"""
    if not tokens[j].is_capitalised:
        return False
    name = " ".join(t.text for t in tokens[i : j + 1])
    place = resolve_place(name)
    return place is not None and fold(place.name) == fold(name)


_DIVISION_FIRST_WORDS = frozenset(phrase[0] for phrase in _DIVISION_PHRASES)


def _division_phrase(tokens: list[Token], k: int) -> int:
    """How many tokens from tokens[k] are a division's words ("Local Government Area": 3), else 0."""
    if k >= len(tokens) or tokens[k].low not in _DIVISION_FIRST_WORDS:
        return 0  # most tokens: one set look-up
    for phrase in _DIVISION_PHRASES:
        if tuple(t.low for t in tokens[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _with_container(tokens: list[Token], mention: PlaceMention, k: int) -> PlaceMention:
    """ "Kensington, west London", "Paris, Texas": a place followed by the state, country or big city it lies in
    is written with it, so the place is looked up there (not in a Kensington or Paris elsewhere). So is a district
    followed by the state it lies in ("Bokkos Local Government Area of Plateau State"). The container stays a
    mention of its own too."""
    words = _division_phrase(tokens, k) or int(k < len(tokens) and tokens[k].text == "district")  # "Kullu district"
    if k < len(tokens) and words and k + words < len(tokens):
        if tokens[k + words].low == "of":
            m = n = k + words + 1
            while n < len(tokens) and n - m < 3 and tokens[n].is_capitalised and not _not_place(tokens[n].low):
                n += 1
            part = " ".join(t.text for t in tokens[m:n])
            if n > m and not mention.coarse and resolve_location(f"{mention.name}, {part}").kind == "city":
                return replace(mention, end=tokens[n - 1].end, name=f"{mention.name}, {part}")
        return mention
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return mention
    m = k + 1
    if tokens[m].low in _SIDE_WORDS and m + 1 < len(tokens):
        m += 1  # "west London"
    n = m
    while n < len(tokens) and n - m < 3 and tokens[n].is_capitalised and not _not_place(tokens[n].low):
        n += 1
    if n == m or mention.coarse:
        return mention
    n = _through_particles(tokens, m, n)  # "Petropolis, Rio de Janeiro": the state, not "Rio" (the city)
    part = " ".join(t.text for t in tokens[k + 1 : n])
    if not names_a_container(part) and not _unknown_part_of_a_town(mention.name, part):
        return mention
    return replace(mention, end=tokens[n - 1].end, name=f"{mention.name}, {part}")


def _unknown_part_of_a_town(name: str, part: str) -> bool:
    """"in Keyham, Plymouth": a name the gazetteer does not know, written with a town after it, is a part of that
    town (a neighbourhood, an estate), whatever the town's size."""
    return _unknown(name) and resolve_location(f"{name}, {part}").kind == "city"


# Directions before a container's name: "Kensington, west London".
_SIDE_WORDS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"])


def mention_end_index(tokens: list[Token], mention: PlaceMention, i: int, j: int) -> int:
    for k in range(i, j):
        if tokens[k].end >= mention.end:
            return k + 1
    return j


_SMALL_TOWN = 100_000  # below this, a one-word town named without "in"/"at" may well be a surname


def scene_names(text: str) -> frozenset[str]:
    """Folded one- and two-word names the text puts something in, at or near ("in Kendall", "near Fort Riley")."""
    return frozenset(fold(m.group(1)) for m in _SCENE.finditer(text))


_ARTICLES = frozenset(["a", "an", "the"])
_SCENE = compile_twin(r"\b(?:in|at|near|outside)\s+(?:(?:a|an|the)\s+)?([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?)")


def _small_town_by_name_alone(tokens: list[Token], i: int, k: int, place: Place, scenes: Collection[str]) -> bool:
    """A one-word town of under `_SMALL_TOWN` people, named with no place preposition, no ", State" after it,
    and never placed anything in by the text: more likely a person ("Davis", "Kendall", "Burke")."""
    if k != i + 1 or place.kind != "city" or place.population >= _SMALL_TOWN:
        return False
    word = fold(tokens[i].text.removesuffix("'s"))
    if word in scenes or any(name.split()[0] == word for name in scenes):
        return False
    return not (k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].is_capitalised)


# Speech verbs after a one-word name make it a person: "Jackson said", "Norman told reporters".
_SPEECH_AFTER_NAME = frozenset(
    ["said", "says", "told", "added", "explained", "testified", "wrote", "admitted", "confessed", "denied"]
)
# Capitalised words that may follow a town's name without making it a person's: "Orlando Regional Medical
# Center", "Memphis Fire Department", "Jackson Park", "Chicago Tribune" (not a scene either, but a place word).
_AFTER_TOWN_TEXT = """
    fire department dept county city township parish borough village heights hills beach lake river bay falls
    springs valley harbor harbour port north south east west northeast northwest southeast southwest central
    downtown district ward metro area region school schools high middle elementary university college academy
    hospital medical regional memorial center centre general health clinic public international airport mall
    park zoo library church cathedral temple mosque stadium arena club bar lounge hotel inn motel casino
    apartments apartment station news times post tribune daily herald journal gazette star sun press sentinel
    courier observer register record magazine tv radio police sheriff sheriffs office department's
    metropolitan municipal community state national federal unified independent homicide crime emergency rescue
    ems transit housing authority division unit bureau agency court circuit superior family children's
"""
_AFTER_TOWN = frozenset(_AFTER_TOWN_TEXT.split()) | _STREET_WORDS


def _person_named_like_a_town(tokens: list[Token], i: int, k: int, j: int, place: Place, title_case: bool) -> bool:
    """A one-word town that is somebody's name here: followed by "said" ("Jackson said"), or, outside a
    title-case headline, by a capitalised word that is no place word ("Orlando Collins", "Norman Bice")."""
    if k != i + 1 or place.kind != "city":
        return False
    if k < len(tokens) and tokens[k].low in _SPEECH_AFTER_NAME:
        return True
    return not title_case and j > k and not any(t.low.rstrip(".") in _AFTER_TOWN for t in tokens[k:j])


def _best_place(
    tokens: list[Token], i: int, j: int, scenes: Collection[str] = frozenset(), title_case: bool = False
) -> PlaceMention | None:
    """The longest run tokens[i:k] (k <= j) that is a place."""
    before = tokens[i - 1].low if i > 0 else ""
    after_preposition = before in _PLACE_PREPOSITIONS
    unknown_ok = before in _UNKNOWN_PLACE_CUES or (before == "of" and i > 1 and tokens[i - 2].low in _SETTLEMENT_NOUNS)
    # "in Ganja", "in Ganja's centre", "outside an Ocala nightclub", "at a Memphis gas station"
    scene = after_preposition or (
        i > 1 and (before.endswith("'s") or before in _ARTICLES) and tokens[i - 2].low in _PLACE_PREPOSITIONS
    )
    sentence_initial = i == 0
    whole = " ".join(t.text for t in tokens[i:j])
    if whole.isupper() and len(whole) > 3 and (sentence_initial or (j < len(tokens) and tokens[j].text in ",(")):
        return None  # a dateline such as "BAKU, Oct 4 (Reuters) -" or "SAN ANTONIO -" (not "SAN" in Mali)
    j = _without_glued_acronyms(tokens, i, j)
    for k in range(j, i, -1):
        start = tokens[i].start
        name = " ".join(t.text for t in tokens[i:k])
        if name.endswith("'s") and resolve_location(f"{name} County").kind == "county":
            # "Prince George's" is the county named so (Prince George's County, Maryland), not Prince George
            return PlaceMention(start, tokens[k - 1].end, f"{name} County", False, scene, False)
        name = name[:-2] if name.endswith("'s") else name.rstrip("'")
        if name.endswith("'s"):
            name = name[:-2]
        if name.isupper() and len(name) > 3 and (sentence_initial or (k < len(tokens) and tokens[k].text in ",(")):
            continue  # a dateline such as "BAKU, Oct 4 (Reuters) -"
        followed_by_settlement = k < len(tokens) and (
            tokens[k].low in _SETTLEMENT_NOUNS or _division_phrase(tokens, k) > 0
        )
        if k < len(tokens) and tokens[k].low in CARRIER_WORDS:
            return None  # "Qatar Airways", "a Jeju Air jet": the carrier's home, not where it happened
        place = resolve_place(name)
        if place is None and _a_sea(name):
            # "in the Adriatic", "in the Strait of Otranto": a sea, coarse as a country is (a port named beside it
            # is nearer the scene), not the shore's town its name ends with ("the Gulf of Aden")
            return PlaceMention(start, start + len(name), name, True, scene or followed_by_settlement, False)
        if before == "of" and i > 1 and tokens[i - 2].low in _DIVISION_NOUNS:
            # "the central state of Guanajuato", "the province of Idlib": the division, not its chief town
            written = f"{name} {tokens[i - 2].low}"
            if resolve_location(written).kind in ("province", "state"):
                # the location as written is "state of Guanajuato": the division, not the town named after it
                return PlaceMention(tokens[i - 2].start, start + len(name), written, True, True)
        if k < len(tokens) and tokens[k].low in _DIVISION_NOUNS:
            # "Poltava region", "Herat province": the division, not its chief town; "Sichuan province" too, a
            # division no town bears the name of
            written = f"{name} {tokens[k].text}"
            if resolve_location(written).kind in ("province", "state"):
                return PlaceMention(start, tokens[k].end, written, True, True)
        named_alone = not (scene or followed_by_settlement)
        if place is not None and named_alone and _small_town_by_name_alone(tokens, i, k, place, scenes):
            place = None
        if place is not None and _person_named_like_a_town(tokens, i, k, j, place, title_case):
            place = None
        # "a Mundelein man was killed", "James Howell, 37, of Detroit": where he lived, which may not be where
        # it happened
        resident = (k < len(tokens) and describes_resident(tokens[k].text)) or _of_a_person(tokens, i)
        if place is not None:
            return PlaceMention(
                start,
                start + len(name),
                name,
                place.kind in _COARSE_KINDS,
                scene or followed_by_settlement,
                resident,
            )
        if unknown_ok and k == j and not sentence_initial:
            if is_demonym(tokens[i].text):
                return None  # "in Turkish ski resort fire", "in Iraqi COVID ward": a people's adjective, no town
            if k < len(tokens) and tokens[k].low in _NAMED_BUILDINGS:
                return None  # "at Vladislav Ribnikar school", "in Lady Reading hospital": the building's name
            if k < len(tokens) and tokens[k].text in _DISTRICT_WORDS:  # "in Nuapada district": a district, as written
                return PlaceMention(start, tokens[k].end, f"{name} {tokens[k].text}", False, True)
            return PlaceMention(start, start + len(name), name, False, True)
    return None


def _acronym(token: Token) -> bool:
    return 2 <= len(token.text) <= 6 and token.text.isalpha() and token.text.isupper()


def _without_glued_acronyms(tokens: list[Token], i: int, j: int) -> int:
    """The end of a run without the acronyms a headline glues after a place's name ("Colorado Springs LGBTQ club",
    "Iraqi COVID ward"): a name the gazetteer knows only without them ends before them ("DC" in "Washington DC"
    is kept: the whole is a place; "Club XO" too: "Club" alone is no place, so the acronym is the venue's name)."""
    if j - i < 2 or not _acronym(tokens[j - 1]) or tokens[i].text.isupper():
        return j
    if resolve_place(" ".join(t.text for t in tokens[i:j])) is not None:
        return j
    end = j
    while end - i > 1 and _acronym(tokens[end - 1]):
        end -= 1
    if end - i == 1 and resolve_place(tokens[i].text) is None:
        return j
    return end


def _of_a_person(tokens: list[Token], i: int) -> bool:
    """Is the name a person's town: "..., 37, of Detroit", "Christian Merced, of Miami"?"""
    if i < 3 or tokens[i - 1].low != "of" or tokens[i - 2].text != ",":
        return False
    before = tokens[i - 3]
    return before.is_digits or (before.is_capitalised and resolve_place(before.text) is None)


def nearest_place(places: list[PlaceMention], position: int) -> PlaceMention | None:
    """The specific place (city, county, unknown) nearest to `position`, else the nearest coarse one."""
    # a place inside a background clause written after the figure is that other event's
    places = [p for p in places if p.background < 0 or position >= p.background]
    if not places:
        return None
    # a container written with its place ("Kullu district of Himachal Pradesh", "Kensington, west London") is read
    # with it, not on its own
    whole = [p for p in places if not any(o is not p and o.start <= p.start and p.end <= o.end and o.start < p.start
                                          for o in places)]  # fmt: skip
    return min(whole or places, key=lambda p: (p.coarse, p.resident, not p.scene, abs(p.start - position)))
