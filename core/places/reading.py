"""Reading place words in an article's text and headline: the wire dateline, the names after "in", "at",
"near" (with a division's noun, an island, a state's name), the countries a text keeps naming, and the headline's
capitalised runs that name a place. `core.places.place_votes` weighs what these readings give (votes, settled names,
the main place); this module only reads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from core import tables
from core.places.gazetteer import _region, describes_resident, fold
from core.places.index import caseless_key, data_lines, gazetteer, words_by_language
from core.places.location import (
    _GENERIC,
    _STATE_ABBREVIATIONS,
    _VENUE,
    CARRIER_WORDS,
    Location,
    _bare_name,
    _state_hint,
    namesakes_of_several_countries,
    resolve_location,
)
from core.places.region_forms import regions_written
from core.places.seas import SEA_KIND, sea_named

# A sentence may open on its place: "In Colombo, 60 people were killed." (Not "At": "At Least 40 Dead".)
_PLACING = r"(?:\b(?:[Ii]n|at|[Nn]ear|[Oo]utside)|\b(?:town|city|village|district|province|region|county) of)"


def _as_word(word: str, text: str) -> bool:
    """Does `word` occur in `text` as a word of its own (no pattern compiled per word)?"""
    return any(_WORD_END.match(text, at) for at in _occurrences(word, text))


def _occurrences(word: str, text: str) -> Iterator[int]:
    """Where `word` starts in `text` and ends on a word boundary: one pattern for every word, not one compiled per
    word (a compile per new name was a few percent of a worker's time)."""
    at = text.find(word)
    while at >= 0:
        if _WORD_END.match(text, at + len(word)):
            yield at
        at = text.find(word, at + 1)


_TO = re.compile(r"\b(?:to|for)[ \t]+(?:the[ \t]+)?$")


@lru_cache(maxsize=1)
def list_conjunctions() -> frozenset[str]:
    """The words parting a list's last two names, in every language (`core/data/list_conjunctions.tsv`): "Kyiv,
    Lviv and Odesa", "en Turquie et en Syrie"."""
    return frozenset(word for cells in tables.rows("list_conjunctions.tsv") for word in cells[1].split())


def without_own_title(text: str, title: str | None) -> str:
    """The body with the headline it opens with blanked out (same length, so offsets hold). A text sent with
    its headline as the first line ("CAN: oito mortos ...", "Toll Climbs In Port Blast") would otherwise give
    the headline's words the weight of the body's: a "CAN:" read as a dateline, title-case words found
    "in the body" and so taken for places the article speaks of."""
    if not title:
        return text
    head = text.lstrip()
    start = len(text) - len(head)
    line = title.strip()
    if not line or not head.startswith(line) or head[len(line) : len(line) + 1] not in ("\n", "\r"):
        return text
    return text[:start] + " " * len(line) + text[start + len(line) :]


# "40 migrants, most of them from Egypt", "mostly from Bangladesh", "refugees from Syria", "pupils and teachers
# from Uthai Thani", "41 pilgrims from Indonesia and 12 from Pakistan": where the people came from, right before
# the name (`core.places.not_places._origin_only`; not a mention of the text's places)
_ORIGIN = re.compile(
    r"(?:\bof[ \t]+(?:them|whom)(?:[ \t]+(?:were|came))?|\b(?:mostly|mainly|largely|chiefly|predominantly)"
    r"|\b(?:nationals|citizens|migrants|refugees|asylum[ \t]+seekers|pupils|students|teachers|pilgrims|tourists"
    r"|worshippers|villagers)|\b\d[\d,]*|\bwho[ \t]+(?:were|came))"
    r"[ \t]+from[ \t]+(?:neighbou?ring[ \t]+|the[ \t]+)?$",
    re.IGNORECASE,
)


def _destination_only(written: str, text: str | None) -> bool:
    """A town the body only names as where people or bodies were taken ("the bodies were taken to Montreal for
    identification", "flown to Nairobi"), never as where anything happened: not the scene of its figures."""
    name = written.strip()
    if not text or "," in name or not name[:1].isupper() or _placed_in(name, text):
        return False
    ends = [text[max(0, m.start() - 12) : m.start()] for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return any(_TO.search(e) for e in ends)


def _placed_in(word: str, text: str) -> bool:
    """The text puts something in this place ("shelling on the town of Beylagan", "a fire in Porto"), so a
    one-word name is a place here, not a surname that happens to match one ("Evans said")."""
    if not text or word not in text:
        return False
    return any(_PLACED_BEFORE.search(text, max(0, at - _PLACED_REACH), at) for at in _occurrences(word, text))


_PLACED_BEFORE = re.compile(rf"{_PLACING}\s+(?:the\s+)?(?:[a-z]+\s+)?$")
_PLACED_REACH = 80  # characters before a name that "in the northern X" may take
_WORD_END = re.compile(r"\b")


# A capitalised run with one of these is a street: "the 1500 block of Lincoln Avenue" names no town.
_STREET = frozenset(
    ["street", "avenue", "road", "drive", "boulevard", "lane", "block", "highway", "parkway", "ave", "rd", "blvd"]
)
_NOT_A_TOWN = (
    _VENUE
    | CARRIER_WORDS
    | frozenset(["st", "ave", "rd", "blvd", "dr", "ln", "ct", "pl", "way", "pkwy", "hwy", "route"])
)


@dataclass(frozen=True)
class _TextContext:
    regions: tuple[tuple[str, float], ...] = ()  # state votes: ("US-TN", weight)
    dateline: str | None = None  # "Bristol, Tenn." as written
    mentions: tuple[str, ...] = ()  # capitalised names after "in", "at", "near", ... in text order
    countries: tuple[tuple[str, float], ...] = ()  # country votes from demonyms ("Kenyan": KE)


_NO_CONTEXT = _TextContext()
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]+:[ \t]*)?([A-Z][A-ZÀ-ÝĀ-Ž.'’ -]{2,40}?)(?:,[ \t]*([A-Z][A-Za-z. ]{1,20}?))?[ \t]*"
    # a wire's day: "BALASORE, India, June 3 (Reuters)"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*)?"
    r"(?:\([^)\n]{1,40}\))?[ \t]*(?:[–—]|-(?![A-Za-zÀ-ÝĀ-Ž])|\(|:(?=[ \t])|$)",  # "BHUBANESWAR: ..." too
    re.MULTILINE,
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_STATE_ABBR_WRITTEN = re.compile(r",[ \t]+((?:[A-Z]\.[ \t]?){2}|[A-Z][a-z]{1,4}\.)")
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.[ \t]")
# "in Kabul", "near the holy city of Mecca", and with a direction between: "in northeast Kenya", "in southern Turkey".
_DIRECTION = r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|central|downtown)"
_LOCATIVE = re.compile(
    rf"\b(?:[Ii]n|at|[Nn]ear|[Oo]utside|of|from|to)[ \t]+(?:{_DIRECTION}[ \t]+)?"
    # a name's lower-case link words too: "in Rio Grande do Sul", "in Rio de Janeiro", "in Santa Cruz de la Sierra"
    r"((?:[A-Z][\w'’.-]*)(?:[ \t]+(?:(?:do|da|dos|das|de|del|de la|di|du)[ \t]+)?(?:[A-Z][\w'’.-]*))*)"
)


# "at Brazil and La Grande avenues", "at Jordan and Main streets": a crossing of two streets named after places
_STREETS_AFTER = re.compile(
    r"[ \t]+and[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:avenues|streets|roads|boulevards|drives|lanes)\b"
)
# "on Brazil Avenue": a street named after a place
_STREET_AFTER = re.compile(r"[ \t]+(?:Avenue|Ave\b|Street|St\b|Road|Rd\b|Boulevard|Blvd\b|Drive|Lane|Parkway)")


def street_name_at(text: str, end: int) -> bool:
    """Is the name ending at `end` part of a street's ("Brazil Avenue", "at Brazil and La Grande avenues")?"""
    return bool(_STREET_AFTER.match(text, end) or _STREETS_AFTER.match(text, end))


# A US broadcaster's call sign in a report's first lines ("(WMC-TV) -", "TOPEKA (KSNT) -"): US local news
_US_CALL_SIGN = re.compile(r"\((?:K|W)[A-Z]{2,3}(?:-(?:TV|DT|FM|AM|CD|LD))?\)")
_CALL_SIGN_LINES = 600
_CALL_SIGN_VOTE = 3.0
# A broadcaster's brand before a place is a station, not a place: "from NBC Bay Area", "at CBS Chicago"
_NETWORKS = frozenset(["NBC", "CBS", "ABC", "FOX", "Fox", "CW", "PBS", "NPR", "CNN", "BBC", "ITV", "Sky", "WGN",
                       "Telemundo", "Univision", "Spectrum"])  # fmt: skip


# "on Maui", "across Lombok", "throughout Sicily": "on" and "across" place things only on an island of our table
# ("on Monday", "on Main Street", "across Texas" are read otherwise).
_ON_ISLAND = re.compile(r"\b(?:on|across|throughout)[ \t]+((?:[A-Z][\w'’.-]*)(?:[ \t]+(?:[A-Z][\w'’.-]*))*)")


# "the central state of Guanajuato", "the province of Idlib": the name after is the division, not its chief town.
_DIVISION_BEFORE = re.compile(r"\b(state|province|region|governorate|prefecture|department|oblast) $")
_DIVISION_NOUN_AFTER = re.compile(r"[ \t]+(state|province)\b(?![ \t]+of\b)")


_HEAD_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")


def _a_seas_tail(text: str, m: re.Match[str]) -> bool:
    """Is a locative "of X" the end of a sea's name ("the Gulf of Aden", "the Strait of Otranto"): no town's?"""
    if not text.startswith("of", m.start()):
        return False
    head = _HEAD_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if head is None or sea_named(fold(f"{head.group(1)} of {m.group(1)}")) is None:
        return False  # (a dict's look-up before the resolver: "University of Michigan")
    return resolve_location(f"{head.group(1)} of {m.group(1)}").kind == SEA_KIND


def _division_of(text: str, m: re.Match[str]) -> str:
    """A locative's run, with its division noun when one comes before "of" ("Guanajuato state")."""
    run = _SENTENCE_END.split(m.group(1))[0].rstrip(".'’")
    noun = (
        _DIVISION_BEFORE.search(text, max(0, m.start() - 14), m.start()) if text.startswith("of", m.start()) else None
    )
    if noun is not None:
        return f"{run} {noun.group(1)}"
    # "in Sao Paulo state": the state, not its capital of that name
    after = _DIVISION_NOUN_AFTER.match(text, m.start(1) + len(run))
    return f"{run} {after.group(1)}" if after is not None and m.group(1).startswith(run) else run


@lru_cache(maxsize=1)
def _island_names() -> frozenset[str]:
    return frozenset(fold(cells[0]) for cells in data_lines("islands.tsv"))


def _island_mentions(text: str) -> list[tuple[int, str]]:
    found = []
    for m in _ON_ISLAND.finditer(text):
        run = _SENTENCE_END.split(m.group(1))[0].rstrip(".'’")
        if fold(run) in _island_names():
            found.append((m.start(), run))
    return found


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """One-word country names ("pakistan" -> "PK"), leaving out those a US state shares ("Georgia")."""
    states = {fold(p.name) for p in gazetteer().of_kind("state")}
    return {
        fold(p.name): p.country
        for p in gazetteer().of_kind("country")
        if p.country and " " not in p.name and fold(p.name) not in states
    }


def countries_written(text: str) -> dict[str, int]:
    """Each country a text names by name (not inside a longer name, not a street's) -> how many times."""
    named: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        country = _country_words().get(fold(m.group()))
        if country is not None and not _in_a_name(text, m.start()) and not street_name_at(text, m.end()):
            named[country] = named.get(country, 0) + 1
    return named


def _most_named_country(text: str) -> str | None:
    """The country a text names by name at least twice, and more often than any other."""
    named = countries_written(text)
    ranked = sorted(named.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# a short lower-case word ('in', 'en', 'na', 'di', 'w') or a town's comma right before a name; not 'to', which
# names where things go ('Coast to Coast', 'flown to Kabul'), as `_destination_only` reads it
_PLACED_AFTER = re.compile(r"(?:(?:^|[^\w])(?!to[ \t])[^\W\d_A-Z]{1,3}|,)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_POSSESSIVE_IN_RUN = re.compile(r"['’]s\b")
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]{2,}(?:[ \t]+[A-Z][\w'’-]{2,})*")


def _division_countries(text: str) -> list[str]:
    """The country of the provinces a text places things in by their own name, when they all lie in one country
    and nothing else in the world bears that name ("Cundinamarca", "Munshiganj": Colombia, Bangladesh; not
    "Niger", a country and a Nigerian state, nor "Georgia"). A text about one country's disaster often names
    its province but never the country; the province is as sure of the country as the country's name."""
    found: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        # "in Kerala's Wayanad district": the province the district lies in, by its possessive
        run = fold(_POSSESSIVE_IN_RUN.split(m.group(), maxsplit=1)[0])
        if not run or run in _GENERIC or gazetteer().demonym(run) or _in_a_name(text, m.start()):
            continue
        if not _PLACED_AFTER.search(text, max(0, m.start() - 6), m.start()):
            continue  # placed by a short preposition or after a town's comma: not '"Coast to Coast"'
        after = _NEXT_WORD.match(text, m.end())
        if (
            after is not None
            and {run.split()[-1], *(fold(after.group(1)).rstrip("s"), fold(after.group(1)))} & _NOT_A_TOWN
        ):
            continue  # a street or a building named after a province ('16th and Guerrero streets')
        places = gazetteer().lookup(run)
        countries = {p.country for p in places}
        if len(countries) != 1 or (country := countries.pop()) is None:
            continue
        if any(p.kind == "province" and fold(p.name) == run for p in places):
            found.add(country)
    return sorted(found) if len(found) == 1 else []


_PROVINCE_NAME = r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’-]+)?)"


@lru_cache(maxsize=1)
def _divisions_named() -> re.Pattern[str]:
    """A province named with its division word, in any language we hold (data/province_words.tsv): "Ishikawa
    Prefecture", "la préfecture d'Ishikawa", "der Präfektur Ishikawa". The name is group 1 or group 2."""
    before: list[str] = []
    after: list[str] = []
    for _language, side, words in data_lines("province_words.tsv"):
        written = re.escape(words).replace(r"\ ", r"[ \t]+")
        if side == "after":
            after.append(written)
        else:
            before.append(written[:-1] + "['’]" if words.endswith("'") else written + r"[ \t]+")
    before_words = "|".join(sorted(before, key=len, reverse=True))
    after_words = "|".join(sorted(after, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{before_words}){_PROVINCE_NAME}|\b{_PROVINCE_NAME}[ \t]+(?:{after_words})\b")


def divisions_named(text: str) -> list[str]:
    """The regions of the provinces a text names with their division word beside them, anywhere ("the quake hit
    Ishikawa Prefecture", "a frappé la préfecture d'Ishikawa"): the word says the name is a province, not a
    person's or a town abroad's; the province then says which of a name's towns the text means ("Noto", Japan's,
    not Sicily's). A name of two words that is no province may be one followed by another word."""
    return sorted({loc.region for loc in provinces_named(text) if loc.region is not None})


def provinces_named(text: str, county_word: bool = True) -> list[Location]:
    """The provinces (or US counties) a text names with their division word beside them (`divisions_named`), in
    the order written, each once; without `county_word`, none named by the English 'County' after it (a US
    county's word, which "North County" or "Knox County" of no known state bear too)."""
    found: dict[str, Location] = {}
    for m in _divisions_named().finditer(text):
        if not county_word and m.group(0).lower().endswith(" county"):
            continue
        name = m.group(1) or m.group(2)
        # (before the word, its last word after a country's possessive: "Iran's Sistan-Baluchestan province")
        other = name.split()[0] if m.group(1) else name.split()[-1]
        for candidate in (name, other) if " " in name else (name,):
            if m.group(0).lower().endswith(" county") and gazetteer().lookup(fold(f"{candidate} county")):
                # "San Mateo County Sheriff": a US county, its state when one only has it ("Orange County": none)
                loc = resolve_location(f"{candidate} County")
                if loc.ambiguous:
                    break
            else:
                loc = resolve_location(f"{candidate} province")
            if loc.kind in ("province", "county") and loc.region is not None and "-" in loc.region:
                found.setdefault(loc.key, loc)
                break
    return list(found.values())


def ambiguous_counties_named(text: str) -> list[str]:
    """The US counties a text names with their word anywhere ("the Jefferson County coroner", "Lauderdale County
    deputies"), as written, when several states have one of the name (those `provinces_named` leaves out). Such a
    county does not say its state alone, but beside a town of a name the world shares ("Birmingham") it says the
    country, and the state where both have a place of their name (Jefferson County and Birmingham: Alabama)."""
    if " County" not in text:
        return []
    found: dict[str, None] = {}
    for m in _divisions_named().finditer(text):
        if not m.group(0).endswith(" County") or m.group(2) is None:
            continue
        name = m.group(2)
        for candidate in (name, name.split()[-1]) if " " in name else (name,):
            written = f"{candidate} County"
            if resolve_location(written).ambiguous:
                found.setdefault(written, None)
                break
    return list(found)


@lru_cache(maxsize=1)
def _state_agency_after() -> re.Pattern[str]:
    """The words after a US state's name that make it its agency's (data/state_agency_words.tsv), any language."""
    words = sorted({w for group in words_by_language("state_agency_words.tsv").values() for w in group}, key=len)
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in reversed(words)) + r")\b")


def state_named_by_its_agency(text: str, name: str) -> bool:
    """Does the text name the state `name` by its agency ("the Georgia State Patrol said")? Then a country of
    that name (Georgia) is the state there."""
    if not name or name not in text:
        return False
    return any(_state_agency_after().match(text, m.end()) for m in re.finditer(rf"\b{re.escape(name)}", text))


@lru_cache(maxsize=1)
def _state_names() -> tuple[re.Pattern[str], dict[str, str]]:
    states = {fold(p.name): p.admin1 for p in gazetteer().of_kind("state") if p.country == "US" and p.admin1}
    names = sorted((n for n in states if n != "washington"), key=len, reverse=True)
    # the look-ahead (a comma or a name's first letter) passes over at once the positions no match starts at
    firsts = "".join(sorted({n.title()[0] for n in names}))
    pattern = re.compile(
        rf"(?=[,{firsts}])(,[ \t]*)?\b(" + "|".join(n.title().replace(" ", r"[ \t]+") for n in names) + r")\b"
    )
    return pattern, {n: code for n, code in states.items() if code}


_NEXT_NAME_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _opens_a_town_elsewhere(text: str, end: int, state: str, code: str) -> bool:
    """A state's name that is the first word of a US town's name outside that state ('Kansas City' is mainly
    Missouri's, 'Missouri City' is in Texas, 'Michigan City' in Indiana): the town, not the state. A town of the
    state's own ('Oklahoma City', 'Virginia Beach') still says which state."""
    m = _NEXT_NAME_WORD.match(text, end)
    if m is None:
        return False
    name = fold(f"{state} {m.group(1)}")
    return any(
        p.kind == "city" and p.country == "US" and p.admin1 != code and fold(p.name) == name
        for p in gazetteer().lookup(name)
    )


@lru_cache(maxsize=4)
def _datelines(table: str) -> re.Pattern[str]:
    """One pattern of a dateline table's rows, each row's `(?P<town>...)` renamed apart (town0, town1 ...)."""
    return re.compile(
        "|".join(
            f"(?:{cells[1].replace('(?P<town>', '(?P<town' + str(n) + '>')})"
            for n, cells in enumerate(data_lines(table))
        )
    )


def _dateline_town(table: str, text: str, reach: int) -> str | None:
    """The town a row of `table` reads at the story's start (within `reach` characters), as written."""
    start = _body_start(text)
    m = _datelines(table).match(text[start : start + reach])
    if m is None:
        return None
    return next((town for town in m.groups() if town), None)


def _body_start(text: str) -> int:
    """Where the story starts: after leading blanks (a headline line the text opens with is blanked by the
    caller, `without_own_title`, or split off before extraction reads the text)."""
    return len(text) - len(text.lstrip())


def wire_dateline(text: str) -> str | None:
    """The town a wire in a script without capitals opens its report with ('新华社伊斯兰堡8月7日电', '(서울=연합뉴스)':
    data/wire_datelines.tsv), as written."""
    return _dateline_town("wire_datelines.tsv", text, 80)


def script_dateline(text: str) -> str | None:
    """The town a paper in a script without capitals opens its report with ('प्रयागराज।', 'بغداد - ':
    data/script_datelines.tsv), as written."""
    return _dateline_town("script_datelines.tsv", text, 60)


# A dateline in the capitals of another script: 'ΛΑΡΙΣΑ. ...', 'МОСКВА, 8 июля - ...', 'ΡΙΟ ΝΤΕ ΖΑΝΕΪΡΟ. ...'
_SCRIPT_CAPITALS = re.compile(r"^[ \t]*([^\W\d_]+(?:[ -][^\W\d_]+){0,3})(?:\.[ \t]|,|[ \t]+[-–—])")


def _capitals_dateline(head: str) -> str | None:
    """The town a report in Greek or Cyrillic opens with in capitals, by its gazetteer name ('ΛΑΡΙΣΑ.': Lárisa)."""
    m = _SCRIPT_CAPITALS.match(head[_body_start(head) :])
    if m is None:
        return None
    run = m.group(1).strip(" -'")
    if len(run) < 3 or not run.isupper() or any(ch.isascii() for ch in run if ch.isalpha()):
        return None  # (a Latin dateline is `_DATELINE`'s)
    found = gazetteer().script_names([caseless_key(run)], caseless=True)
    return found[caseless_key(run)][0] if found else None


@lru_cache(maxsize=1)
def _region_abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """Other countries' states by their abbreviations ('NSW', 'Qld': data/region_abbreviations.tsv) -> region."""
    found: dict[str, str] = {}
    for written, name, country in data_lines("region_abbreviations.tsv"):
        region = resolve_location(name, country).region
        if region is not None and "-" in region:
            found[written] = region
    pattern = "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?:{pattern})\b"), found


_ADJECTIVE_VOTES = 3.0  # the most a region's adjective, however often written, votes for it


def _regions_by_their_forms(text: str) -> dict[str, float]:
    """Votes for the regions a text names by their adjective or own-language form ("the Victorian bushfires",
    "Bavarian police", "v Jihomoravském kraji"): as by the region's name, a few times at most (an adjective
    repeated is no surer)."""
    votes: dict[str, float] = {}
    for place in regions_written(text):
        region = _region(place)
        if region is not None and "-" in region:
            votes[region] = min(votes.get(region, 0.0) + 1.0, _ADJECTIVE_VOTES)
    return votes


@lru_cache(maxsize=2048)
def _text_context(text: str) -> _TextContext:
    """What the body says about where: a dateline ("OCALA, Fla. -", "TOPEKA (KSNT) -"), the US states it names
    ("Princeton, Kentucky" and "N.C." weigh more than a bare "Tennessee Bureau of Investigation"), and the
    capitalised names it puts after "in", "at", "near", ... (candidate towns, resolved by the caller)."""
    regions: dict[str, float] = {}
    dateline = None
    head = text[:400]
    for m in _DATELINE.finditer(head):
        city = m.group(1).strip(" .-")
        if len(city) < 3 or not any(ch.isalpha() for ch in city) or fold(city) in _GENERIC:
            continue
        state = (m.group(2) or "").strip()
        dateline = f"{city.title()}, {state}" if state else city.title()
        if state:
            country, admin1 = _state_hint(state)
            if country and admin1:
                regions[f"{country}-{admin1}"] = regions.get(f"{country}-{admin1}", 0.0) + 3.0
        break
    if dateline is None:
        dateline = wire_dateline(head) or _capitals_dateline(head) or script_dateline(head)
    pattern, codes = _state_names()
    for m in pattern.finditer(text):
        code = codes.get(fold(m.group(2)))
        if code is None or street_name_at(text, m.end()):
            continue  # "on Pennsylvania Avenue, Rochester police said": a street named after a state, not the state
        if not (m.group(1) is None and _opens_a_town_elsewhere(text, m.end(), m.group(2), code)):
            regions[f"US-{code}"] = regions.get(f"US-{code}", 0.0) + (1.5 if m.group(1) else 0.5)
    for m in _STATE_ABBR_WRITTEN.finditer(text):
        folded = fold(m.group(1))
        if folded in _STATE_ABBREVIATIONS:
            code = _STATE_ABBREVIATIONS[folded]
            regions[f"US-{code}"] = regions.get(f"US-{code}", 0.0) + 1.5
    abbreviated, abbreviations = _region_abbreviations()
    for m in abbreviated.finditer(text) if abbreviations else ():
        region = abbreviations[m.group()]  # "NSW police said": New South Wales
        regions[region] = regions.get(region, 0.0) + 1.5
    for region, votes in _regions_by_their_forms(text).items():
        regions[region] = regions.get(region, 0.0) + votes
    # A run ends with its sentence ("near Mecca. That figure"), not at an abbreviation ("St. Louis").
    found = [
        (m.start(), _division_of(text, m))
        for m in _LOCATIVE.finditer(text)
        if not _STREETS_AFTER.match(text, m.end()) and not _ORIGIN.search(text, max(0, m.start(1) - 40), m.start(1))
        and not _a_seas_tail(text, m)
    ]  # fmt: skip
    mentions = tuple(
        run for _, run in sorted(found + _island_mentions(text)) if run.split(maxsplit=1)[0] not in _NETWORKS
    )
    countries: dict[str, float] = {}
    for m in _CAPITALISED.finditer(text):
        word = fold(m.group())
        if _in_a_name(text, m.start()) or _ORIGIN.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Judge Ian English", "Sheriff Mark French": a surname, not a people; "most of them from Egypt"
        if _attacker_after().match(text, m.end()):
            continue  # "Pakistani shelling", "Russian missiles": who attacked, no hint of where
        country = gazetteer().demonym(word) or gazetteer().demonym(word.removesuffix("s"))
        if country is None and not _NAME_AFTER.match(text, m.end()) and not street_name_at(text, m.end()):
            country = _country_words().get(word)  # "Venezuela's Andes", "Egypt's health ministry"; not "Chad Smith"
        if country is not None:  # "Kenyan police", "a Russian strike": the people of a country, lightly
            countries[country] = min(countries.get(country, 0.0) + 0.25, 1.0)
    if _US_CALL_SIGN.search(text, 0, _CALL_SIGN_LINES):
        countries["US"] = _CALL_SIGN_VOTE  # a US station's own report: its news is local, as a dateline's is
    for country in _institution_countries(text):
        countries[country] = 1.0  # "la Guardia Civil informó": as if the text named the country
    return _TextContext(tuple(sorted(regions.items())), dateline, mentions, tuple(sorted(countries.items())))


@lru_cache(maxsize=1)
def _institutions() -> tuple[re.Pattern[str], dict[str, str]]:
    """Police forces and rescue services of one country (data/institutions.tsv) -> that country."""
    table = {row[0]: row[1] for row in data_lines("institutions.tsv")}
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)"), table


def _institution_countries(text: str) -> set[str]:
    pattern, table = _institutions()
    return {table[m.group()] for m in pattern.finditer(text)}


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?) $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")  # a capitalised word next: a first name ("Chad Smith", "Jordan Davis")
_NOT_A_NAME = frozenset(["the", "a", "an", "in", "on", "at", "of", "and", "by", "for", "from", "to", "with", "as"])


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:\n][\"'’”)]?\s*)$")


def _in_a_name(text: str, start: int) -> bool:
    """Is the capitalised word at `start` the last part of a name (a capitalised word right before it, not the
    sentence's first word: "Across Peru")?"""
    m = _NAME_BEFORE.search(text, max(0, start - 20), start)
    if m is None or fold(m.group(1)) in _NOT_A_NAME:
        return False
    return _SENTENCE_OPENS.search(text, max(0, m.start() - 4), m.start()) is None


TITLE_KEY = "\x00title"  # key of the title's place in `article_locations`
_TITLE_SPLIT = re.compile(r"\s+[-|–—:]\s+")
_TITLE_TAIL = re.compile(r"\s+[-|–—]\s+")  # " - Site Name" (a "Police: ..." prefix is kept: places follow it)
_CAP_RUN = re.compile(r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*)*")


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """A place name's lower-case particles ('de' of 'Rio de Janeiro': data/name_particles.tsv)."""
    return frozenset(cells[0] for cells in data_lines("name_particles.tsv"))


@lru_cache(maxsize=1)
def _particle_run() -> re.Pattern[str]:
    """A run of capitals that goes on across a name's lower-case particles ('Franco da Rocha', 'Mar del Plata':
    data/name_particles.tsv), never ending on one."""
    particles = "|".join(sorted({re.escape(cells[0]) for cells in data_lines("name_particles.tsv")}, key=len))
    return re.compile(rf"{_CAPITAL}[\w'’.]*(?:(?:[ -]|\s(?:{particles})\s){_CAPITAL}[\w'’.]*)*")


# A name's capital: a Latin one with its accent or macron too ('Ōtautahi', 'Évry', 'Łódź')
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x41, 0x180)) if c.isupper()) + "]"


@lru_cache(maxsize=1)
def _storm_words() -> frozenset[str]:
    return frozenset(fold(cells[0]) for cells in data_lines("storm_words.tsv"))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _title_runs(head: str) -> Iterator[tuple[int, str]]:
    """(start, run) for each run of capitals of a headline, read across name particles; a storm's given name after
    its word ('Cyclone Gombe', 'ciclone Gombe', 'Typhoon Haiyan': data/storm_words.tsv) is left out of its run (the
    storm's word stays: 'Hurricane Shooting Leaves Three Dead' may be about Hurricane, Utah)."""
    storms = _storm_words()
    for m in _particle_run().finditer(head):
        words = m.group().split(" ")
        before = _WORD_BEFORE.search(head, max(0, m.start() - 30), m.start())
        names = {0} if before is not None and fold(before.group(1)) in storms else set()
        names |= {i + 1 for i, word in enumerate(words[:-1]) if fold(word) in storms}
        offset, at = m.start(), m.start()
        piece: list[str] = []
        for i, word in enumerate(words):
            if i in names:
                if piece:
                    yield at, " ".join(piece)
                piece, at = [], offset + len(word) + 1
            else:
                if not piece:
                    at = offset
                piece.append(word)
            offset += len(word) + 1
        if piece:
            yield at, " ".join(piece)


@lru_cache(maxsize=8192)
def _title_spans(title: str) -> tuple[str, ...]:
    """The written spans behind `title_locations`, in order (resolved again with the article's hints)."""
    head = _TITLE_TAIL.split(title.strip())[0]
    found: list[str] = []
    residents: list[str] = []
    for start, run in _title_runs(head):
        if set(fold(run).split()) & _NOT_A_TOWN:
            continue  # "Green Street shooting", "Greenbriar Mall": a street or a venue, not a town
        span = _place_span(run)
        if span is None or span in found or _bound_for_only(span, head):
            continue
        at = start + run.replace("-", " ").find(span)
        if _abbreviation_as_a_word(span, head, at):
            continue
        span = _owner_over_a_namesake_abroad(run, span)
        after = head[at + len(span) :].split()
        if after and after[0].rstrip(",.:;") in _DIVISION_NOUNS and after[1:2] != ["of"]:
            # "Plane crashes in Brazil's Sao Paulo state": the state, not its capital of that name
            division = f"{span} {after[0].rstrip(',.:;')}"
            if resolve_location(division).kind in ("province", "state"):
                span = division
        # "Kannapolis officer's son killed in Charlotte": Kannapolis is where he lived; a scene named beside it
        # comes first.
        (residents if after and describes_resident(after[0]) else found).append(span)
    return tuple(found + [r for r in residents if r not in found])


def _owner_over_a_namesake_abroad(run: str, span: str) -> str:
    """The owner of a possessive run ("Nangarhar's Lalpur") when the name after it is known only as a town of another
    country (India's Lālpur: Afghanistan's district is in no gazetteer): the province or country the headline places
    it in is the finer place we can read. Else the span ("Kerala's Wayanad": Wayanad, of Kerala's country)."""
    parts = _POSSESSIVE_IN_RUN.split(run, maxsplit=1)
    if len(parts) != 2 or span not in parts[1]:
        return span
    owner = parts[0].strip()
    held = resolve_location(owner)
    countries = {p.country for p in gazetteer().lookup(fold(owner)) if p.kind in ("province", "state") and p.country}
    if held.kind == "country" and held.region:
        countries = {held.region}
    if len(countries) != 1:
        return span
    town = resolve_location(span)
    country = countries.pop()
    abroad = town.kind in ("city", "county") and town.region is not None and town.region.split("-")[0] != country
    if not abroad:
        return span
    if held.kind == "country":
        return owner
    division = f"{owner} province"  # (as the resolver reads a province's name: with its word)
    return division if resolve_location(division).kind == "province" else span


def _abbreviation_as_a_word(span: str, head: str, at: int) -> bool:
    """A state's abbreviation that is also a word ("Mass shooting at a bar", "Miss America", "Wash away"): the state
    only when written as an abbreviation, with its period ("Mass. man dies") or after a town and its comma
    ("Springfield, Mass"); else the word."""
    if _bare_name(fold(span)).strip() not in _STATE_ABBREVIATIONS:  # (an upper-case "MASS SHOOTING" too)
        return False
    end = at + len(span)
    return not (span.endswith(".") or head[end : end + 1] == "." or head[:at].rstrip().endswith(","))


def _bound_for_only(span: str, head: str) -> bool:
    """A town a headline names only as where a bus, train or flight was going ("Pune-bound bus catches fire",
    "Delhi-bound flight"): its destination, not the scene."""
    written = len(re.findall(rf"(?<!\w){re.escape(span)}(?!\w)", head))
    return written > 0 and len(re.findall(rf"(?<!\w){re.escape(span)}-bound\b", head, re.IGNORECASE)) == written


# Capitalised words that may stand beside a place name without making it part of another name: "Kabul
# Police", "Sindh Province", "Paris Mayor". Any other capitalised neighbour ("Hurricane Nora", "Port Blast")
# makes the span part of a longer name, which is not the town.
_DIVISION_NOUNS = frozenset(["state", "province"])
_BESIDE_TEXT = """
    police officials authorities county city province region district state governor mayor fire department
    residents people government ministry municipality town village capital airport station university college
    school hospital sheriff sheriffs prosecutor prosecutors court circuit superior common jail coroner
    council news times post tribune herald journal daily metro area on monday tuesday wednesday thursday
    friday saturday sunday and or the a an
    arena stadium cathedral mosque market metro bridge harbour harbor port international
    girls boys primary secondary elementary
"""
_BESIDE = frozenset(_BESIDE_TEXT.split())
# A paper's masthead ("told the New York Times", "the Dallas Morning News reported") names where the paper is
# printed, not where anything happened: beside these words a town is part of a longer name.
_MASTHEAD = frozenset(["news", "times", "post", "tribune", "herald", "journal", "daily"])
# ... and the division, town and facility words of other languages that are capitalised beside a town ('Stadt
# Passau', 'Kabupaten Sumedang', 'Flughafen Muan': data/beside_words.tsv), and the capes' and bays' words opening
# the name of a town's coast ('Tanjung Karawang': data/coast_words.tsv)
_BESIDE_A_TOWN = (
    (_BESIDE - _MASTHEAD)
    | frozenset(fold(cells[0]) for cells in data_lines("beside_words.tsv"))
    | frozenset(fold(cells[1]) for cells in data_lines("coast_words.tsv"))
)


# A capitalised neighbour of these kinds makes a span part of a longer name; a state or country beside a town
# ("Lahaina Maui"? no: "Kabul Afghanistan") does not.
_JOINING_KINDS = frozenset({"name"})


_POSSESSIVE = re.compile(r"['’]s$")


def _place_span(run: str, *, strict: bool = False) -> str | None:
    """The longest sub-run of a run of capitalised words that resolves to a city, county, state or country.
    `strict` (a run of the body, where capitals mean names): only when the run's other words may stand beside
    a place name (see `_BESIDE`). A headline's capitals mean nothing; its spans are checked against the body
    instead (`_title_evidence`)."""
    words = run.replace("-", " ").split()
    if not strict:
        words = [_POSSESSIVE.sub("", w) for w in words]  # a headline's "Pakistan's Casualties Rise"
    for size in range(min(len(words), 4), 0, -1):
        for start in range(len(words) - size + 1):
            span = " ".join(words[start : start + size])
            if size == 1 and len(span) < 4:
                continue
            rest = words[:start] + words[start + size :]
            if strict and start + size < len(words) and words[start + size] in _particles():
                continue  # "Laguna de Bay": the head of a name its particle goes on with (a lake), not Laguna
            owner = words[:start] if start and _POSSESSIVE.search(words[start - 1]) else []
            if strict and any(
                fold(w) not in _BESIDE and resolve_location(w).kind in _JOINING_KINDS for w in rest if w not in owner
            ):
                continue  # "Hurricane Nora", "George Washington University": part of a longer name; not a
                # country's possessive before its town ("Afghanistan's Jalalabad")
            if _end_of_unknown_name(words, start, size):
                continue
            if start and fold(words[start - 1]) in _cape_words():
                continue  # "Cape York": a headland's name, not York (the whole run was tried first: "Cape Town")
            if resolve_location(span).kind in _SPAN_KINDS or bool(namesakes_of_several_countries(span)):
                return span
    if strict and len(words) > 1 and _POSSESSIVE.search(words[0]):
        # "in Kerala's Wayanad" where Wayanad is no town the gazetteer knows: the state the run puts it in
        possessor = _POSSESSIVE.sub("", words[0])
        if _sole_division_country(possessor) is not None:
            return possessor
    return None


@cache
def _cape_words() -> frozenset[str]:
    """The words opening a headland's name ('Cape York'; data/cape_words.tsv), folded."""
    return frozenset(fold(cells[0]) for cells in data_lines("cape_words.tsv"))


# The last words of towns' names that are towns of their own somewhere (Springs, South Africa; Heights, ...): after
# a name the gazetteer does not know ("Pinewick Springs church") they end that unknown town's name.
_NAME_ENDS_TEXT = """springs falls heights hills beach city park lake lakes creek valley ridge grove harbor harbour
    point junction bay bluffs gardens village mills crossing landing ferry station"""
_NAME_ENDS = frozenset(_NAME_ENDS_TEXT.split())


def _end_of_unknown_name(words: list[str], start: int, size: int) -> bool:
    """Is the one word a town's name's usual last word after capitalised words the gazetteer does not know
    ("Pinewick Springs"), so the end of a small town's name it lacks, not the town of that word abroad?"""
    if size != 1 or start == 0 or start != len(words) - 1 or fold(words[start]) not in _NAME_ENDS:
        return False
    before = words[:start]
    return all(fold(w) not in _BESIDE and resolve_location(w).kind == "name" for w in before)


def _sole_division_country(name: str) -> str | None:
    """The country whose first-level division (a state, a province) bears this name, if only one country's does
    ("Kerala": India; not "Punjab", India's and Pakistan's), and no town's name ("Toledo's Old West End")."""
    places = gazetteer().lookup(fold(name))
    if any(p.kind in ("city", "county") and p.major for p in places):
        return None
    countries = {p.country for p in places if p.kind in ("state", "province") and p.admin1}
    return countries.pop() if len(countries) == 1 else None


def possessive_country(run: str) -> str | None:
    """The country a run of capitals opens with in the possessive ("Afghanistan's Jalalabad": AF; a state or
    province of one country: "Kerala's Wayanad", IN), if any."""
    first = run.split(maxsplit=1)[0]
    if not _POSSESSIVE.search(first):
        return None
    loc = resolve_location(_POSSESSIVE.sub("", first))
    if loc.kind == "country" and loc.region:
        return loc.region.split("-")[0]
    return _sole_division_country(_POSSESSIVE.sub("", first)) if len(run.split()) > 1 else None  # "Kerala's Wayanad"


def mention_location(run: str, town: str) -> Location:
    """A town a run of the body names, in the country the run puts it in ("Afghanistan's Jalalabad")."""
    return resolve_location(town, possessive_country(run))


# What a span of capitals may name. A province elsewhere resolves only when sure without the article's country:
# an island of our table ("Lombok"), or a name with its division noun ("Sindh province").
_SPAN_KINDS = frozenset({"city", "county", "state", "country", "province"})


@lru_cache(maxsize=8192)
def title_locations(title: str) -> tuple[Location, ...]:
    """Places named in a headline (before any " - Site Name" tail): for each run of capitalised words, its
    longest sub-run that is a city, county, state or country. Used as votes and as a fallback main place."""
    head = _TITLE_SPLIT.split(title.strip())[0]
    found: list[Location] = []
    for _, run in _title_runs(head):
        words = run.replace("-", " ").split()
        hit = None
        for size in range(min(len(words), 4), 0, -1):
            for start in range(len(words) - size + 1):
                span = " ".join(words[start : start + size])
                if size == 1 and len(span) < 4:
                    continue
                loc = resolve_location(span)
                if loc.kind in ("city", "county", "state", "country"):
                    hit = loc
                    break
                if bool(namesakes_of_several_countries(span)):
                    break  # "Half Moon Bay": towns of several countries, none of them Half Moon
            else:
                continue
            break
        if hit is not None and hit not in found:
            found.append(hit)
    return tuple(found)


@cache
def attacker_nouns(language: str) -> frozenset[str]:
    """The language's nouns of an attacker's weapons or forces (`data/attacker_nouns.tsv`): a country or its
    people's adjective right before one ('Pakistani shelling', 'Russian missiles') names who attacked, no scene."""
    return frozenset(words_by_language("attacker_nouns.tsv").get(language, ()))


@lru_cache(maxsize=1)
def _attacker_after() -> re.Pattern[str]:
    """Right after a people's adjective: one of the attacker nouns of any language (`attacker_nouns`)."""
    words = sorted({w for _, w in data_lines("attacker_nouns.tsv")}, key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


@cache
def care_words(language: str) -> tuple[tuple[str, ...], ...]:
    """The language's words before a town where the hurt were treated ('burn institute in', 'hospitals of':
    `data/care_words.tsv`), each as its lower-case words."""
    return tuple(tuple(w.split()) for w in words_by_language("care_words.tsv").get(language, ()))


@cache
def past_words(language: str) -> tuple[tuple[str, ...], ...]:
    """The language's words that, a few words before a town, make it a place of the victims' past ('had survived
    the 2017 shooting in Las Vegas': `data/past_words.tsv`), each as its lower-case words."""
    return tuple(tuple(w.lower().split()) for w in words_by_language("past_words.tsv").get(language, ()))


@cache
def border_words(language: str) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The language's words of a border (`data/border_words.tsv`), each as its lower-case words: those right before
    a country ('border with'), and those right after it ('US border'). A country at a border names no scene."""
    before: list[tuple[str, ...]] = []
    after: list[tuple[str, ...]] = []
    for code, side, words in data_lines("border_words.tsv"):
        if code == language:
            (before if side == "before" else after).append(tuple(words.lower().split()))
    return tuple(before), tuple(after)
