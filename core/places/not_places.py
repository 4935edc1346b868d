"""Names written in an article that are no place of it: the predicates that decide a capitalised name the
readers found is not where the article's figures happened.

A headline's capitals with no support in the body (`_title_evidence`, `_headline_only_town`), a name that is
part of a longer one (`_always_in_a_longer_name`, `_inside_names`, `_particle_name_only`, `_river_only`,
`_after_the_only`), the outlet's own name (`_outlet_name`), a common word at a sentence's start (`_common_word`),
and a place named only as a route's end or the people's origin (`_route_end_only`, `_origin_only`).
`core.places.place_votes` drops what these say before the places vote."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from core.models import ArticleFacts
from core.places.gazetteer import fold, resolve_place
from core.places.index import data_lines, gazetteer
from core.places.location import resolve_location
from core.places.reading import _BESIDE_A_TOWN, _ORIGIN, _TITLE_TAIL, _as_word, _occurrences, _placed_in

_EVENT_WORD = re.compile(r"\s+(?:shootings?|attacks?|killings?|massacre|blast|bombing|crash)$", re.IGNORECASE)


def _title_evidence(span: str, text: str | None, dateline: str | None) -> bool:
    """Is a capitalised headline span a place the article itself speaks of? Capitals in a headline are no
    evidence ("Toll Climbs In Port Blast", "Hurricane Nora Nears Coast"): without the body, any span counts;
    with it, the span must be a country or state, the dateline's, placed by the body ("in Port Louis"), or
    written in the body as a name of its own, not as part of a longer capitalised name ("Hurricane Nora")."""
    if not text:
        return True
    span = _EVENT_WORD.sub("", span)  # "Hurricane Shooting": the place is Hurricane
    if resolve_location(span).kind in ("state", "country", "province"):
        return True
    if dateline and fold(span) in fold(dateline):
        return True
    if _placed_in(span, text) and not _always_in_a_longer_name(span, text):
        return True
    for m in re.finditer(rf"\b{re.escape(span)}\b", text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        after = text[m.end() : m.end() + 30].split()
        joined_before = bool(before) and before[-1][:1].isupper() and not before[-1].endswith((".", ":", ",", '"'))
        if joined_before and before[-1].lower() not in ("in", "at", "near", "outside", "from", "the"):
            continue
        if after and after[0][:1].isupper() and text[m.end() : m.end() + 1] not in ",.;:":
            continue
        return True
    return False


def _always_in_a_longer_name(span: str, text: str) -> bool:
    """Is every mention of `span` in the body followed by another capitalised word ("at a Taylor Swift-themed
    dance class"): part of a name, not a place, however it is placed?"""
    found = list(re.finditer(rf"\b{re.escape(span)}\b", text))
    return bool(found) and all(_NAME_GOES_ON.match(text, m.end()) for m in found)


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]+-|[ \t]+[A-Z][a-z]+[ \t]+[a-z]")


# A town a headline alone names must be this big to be believed without the body: a town of some size ("Lewiston
# mass shooting: 18 dead" over a body naming a bowling alley and a bar), not a village a capitalised word may name.
HEADLINE_TOWN_POPULATION = 20_000


def _headline_only_town(span: str, title: str | None, text: str | None) -> bool:
    """A big town a sentence-case headline names on its own ("Manchester attack: what we know about the
    victims") that the body never writes: the headline is the one place the report gives. A capitalised word
    after it ("Manchester United") leaves it to `_title_evidence`."""
    if not title or not text or re.search(rf"\b{re.escape(span)}\b", text, re.IGNORECASE):
        return False
    m = re.search(rf"\b{re.escape(span)}\b\W*(\w)?", title)
    if m is None or (m.group(1) is not None and not m.group(1).islower()):
        return False
    place = resolve_place(span)
    return place is not None and place.kind == "city" and place.population >= HEADLINE_TOWN_POPULATION


_SIDE_BEFORE = (
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?west|north-?east|south-?west"
    r"|south-?east)\s+)?"
)
_LOWER_HEADLINE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_UPPER_HEADLINE_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


def _placed_by_a_sentence_case_headline(span: str, title: str | None) -> bool:
    """A big town a sentence-case headline places things in ("Huge fire engulfs tower block in west London"): the
    headline's own 'in' is evidence, as the body's is, though the body writes the town only inside a longer name
    ("London Fire Brigade"). Not a title-case headline, where every word is capitalised."""
    if not title or len(_LOWER_HEADLINE_WORD.findall(title)) <= len(_UPPER_HEADLINE_WORD.findall(title)):
        return False
    if re.search(rf"\b(?:in|at|near)\s+{_SIDE_BEFORE}{re.escape(span)}\b(?!\s+[A-Z])", title) is None:
        return False
    place = resolve_place(span)
    own_name = place is not None and fold(place.name) == fold(span)  # not 'Chelsea', one of London's other names
    return own_name and place is not None and place.kind == "city" and place.population >= HEADLINE_TOWN_POPULATION


def _outlet_name(written: str, article: ArticleFacts) -> bool:
    """A place that is only part of the outlet's name ("Los Angeles Times", a headline's " - Houston
    Chronicle" tail) and that the body never places anything in: the paper, not where it happened."""
    names = [article.source or ""]
    if article.title:
        names += _TITLE_TAIL.split(article.title.strip())[1:]
    folded = fold(written)
    if not folded or not any(f" {folded} " in f" {fold(n)} " and fold(n) != folded for n in names):
        return False
    return not _placed_in(written.strip(), article.text or "")


def _common_word(written: str, text: str | None, title: str | None = None) -> bool:
    """A one-word location the body writes as a common word ("at least", "due to", "the hurricane") and never
    places anything in: an extraction slip, not a town. A name the article never writes as the location has it
    is no slip of its capitals but a reader's name for what it wrote ('Indonesia' for "wilayah timur indonesia")."""
    word = written.strip()
    if not text or " " in word or "," in word or not word[:1].isupper():
        return False
    if not _as_word(word, text) and not _as_word(word, title or ""):
        return False
    return _as_word(word.lower(), text) and not _placed_in(word, text)


# ... and a route's words that need no vehicle before them ("a Boeing 737 bound for Nairobi", "minutes after take-off
# from Jakarta", "en route to Lagos")
_ROUTE = re.compile(
    r"(?:\b(?:flight|flights|plane|jet|airliner|aircraft|train|bus|coach|ferry|ship|boat|vessel)\b[\w \t-]{0,24}?"
    r"\b(?:from|to|for|bound for)"
    r"|\b(?:bound|destined|headed|heading)[ \t]+(?:for|to)|\ben[ \t]+route[ \t]+(?:to|from)"
    r"|\b(?:take-?off|took[ \t]+off|taking[ \t]+off|departed|departing|departure)[ \t]+from)"
    r"[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _route_end_only(written: str, text: str | None) -> bool:
    """A town the body only names as where a flight, train or ship came from or was going ("the flight from
    Bangkok", "a train bound for Moscow"), never placing anything in it: not the scene of its figures."""
    name = written.strip()
    if not text or "," in name or not name[:1].isupper() or _placed_in(name, text):
        return False
    ends = [text[max(0, m.start() - 40) : m.start()] for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(ends) and all(_ROUTE.search(e) for e in ends)


def _origin_only(written: str, text: str | None) -> bool:
    """A place the body only names as where the people came from ("40 migrants, most of them from Egypt",
    "mostly from Bangladesh", "refugees from Syria"), never placing anything in it: their origin, not the scene."""
    name = written.strip()
    if not text or "," in name or not name[:1].isupper() or _placed_in(name, text):
        return False
    ends = [text[max(0, m.start() - 40) : m.start()] for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(ends) and all(_ORIGIN.search(e) for e in ends)


@lru_cache(maxsize=1)
def _aside_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Right before a town: a word of care of any language ('burn institute in', 'hospital de': data/care_words.tsv)
    after a verb of dying or being treated ('died', 'morreu': data/care_verbs.tsv);
    and a survivor's words at most four words before it in its clause ('had survived the 2017 shooting in':
    data/past_words.tsv).
    """
    care = "|".join(map(_spaced, sorted({w for _, w in data_lines("care_words.tsv")}, key=len, reverse=True)))
    verbs = "|".join(map(re.escape, sorted({w for _, w in data_lines("care_verbs.tsv")}, key=len, reverse=True)))
    past = "|".join(map(_spaced, sorted({w for _, w in data_lines("past_words.tsv")}, key=len, reverse=True)))
    return (
        re.compile(
            rf"(?<!\w)(?:{verbs})\w*(?:\s+[^\s,.;!?]+){{0,5}}?\s+(?:{care})[ \t]*{_LISTED_BEFORE}$", re.IGNORECASE
        ),
        re.compile(rf"(?<!\w)(?:{past})(?:\s+[^\s,.;!?]+){{0,4}}\s+$", re.IGNORECASE),
    )


# the towns listed before the last one after a word of care ("taken to hospitals in Ringim and Hadejia"): each
# of them is where some of the hurt were treated (names start capitalised: the pattern is read case-blind)
_CAPITALISED_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*"
_LISTED_BEFORE = rf"(?:{_CAPITALISED_WORD}(?:[ \t]+{_CAPITALISED_WORD})?(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)){{0,3}}"


def _spaced(words: str) -> str:
    return r"\s+".join(map(re.escape, words.split()))


def _aside_only(written: str, text: str | None) -> bool:
    """A town the body names only as where the hurt were treated or died in care ("died at the burn institute in
    Dhaka", "morreu no hospital de São José") or as the place of an event the victims lived through before ("had
    survived the shooting in Las Vegas"): no scene of the report's figures when it names another place."""
    name = written.strip()
    if text and "," in name and name not in text:
        name = name.split(",")[0]  # "Santa Maria, Brazil": the world reader's town with its country
    if not text or "," in name or not name[:1].isupper():
        return False
    care, past = _aside_before()
    starts = list(_occurrences(name, text))
    return bool(starts) and all(
        care.search(text, max(0, at - 90), at) or past.search(text, max(0, at - 90), at) for at in starts
    )


@lru_cache(maxsize=1)
def _earlier() -> re.Pattern[str]:
    """Words that date an event to before the report's (data/earlier_words.tsv), or a year in figures."""
    words = "|".join(map(_spaced, sorted({w for _, w in data_lines("earlier_words.tsv")}, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{words}|(?:19|20)\d\d)(?!\w)", re.IGNORECASE)


_SENTENCE_STOP = re.compile(r"[.!?;](?:\s|$)")


def _earlier_event_only(written: str, text: str | None) -> bool:
    """A town the body names only as the place of an event the victims survived before, dated so in its sentence
    ("had survived the shooting in Las Vegas last year", "survivor of the 2017 fire in X"): another event's for
    certain, not the scene, even when the report names no other place."""
    _care, past = _aside_before()

    def dated_before(text: str, name: str, at: int) -> bool:
        m = past.search(text, max(0, at - 90), at)
        if m is None:
            return False
        stop = _SENTENCE_STOP.search(text, at + len(name))
        return _earlier().search(text, m.start(), stop.start() if stop else len(text)) is not None

    return _every_mention(written, text, dated_before)


def _every_mention(written: str, text: str | None, told: Callable[[str, str, int], bool]) -> bool:
    """Does the body name the town (one name, capitalised, no comma) at least once, and each time as `told(text,
    name, at)` says: the shared walk of the checks that a town is only another event's place?"""
    name = written.strip()
    if not text or "," in name or not name[:1].isupper():
        return False
    starts = list(_occurrences(name, text))
    return bool(starts) and all(told(text, name, at) for at in starts)


@lru_cache(maxsize=1)
def _other_event_clause() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An opening of a clause on another event (data/other_event_words.tsv): a link word after a time unit ('in four
    days, after'), and a link word after a rank word earlier in its sentence ('the second ... after', 'the deadliest
    ... since'). Each pattern ends right after the link."""
    words: dict[str, set[str]] = {"link": set(), "rank": set(), "unit": set(), "count": set()}
    for _language, kind, written in data_lines("other_event_words.tsv"):
        words[kind].add(written)

    def either(kind: str) -> str:
        return "|".join(map(_spaced, sorted(words[kind], key=len, reverse=True)))

    links = either("link")
    # ... then a toll of its own before the town: a figure in digits or a count word
    toll = rf"(?=[^.!?;]*?(?:\d|(?<!\w)(?:{either('count')})(?!\w)))"
    return (
        re.compile(rf"(?<!\w)(?:{either('unit')}),?\s+(?:{links})(?!\w){toll}", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{either('rank')})(?!\w)[^.!?;]*?(?<!\w)(?:{links})(?!\w){toll}", re.IGNORECASE),
    )


_SENTENCE_OPEN = re.compile(r".*[.!?;]\s", re.DOTALL)


def _other_event_only(written: str, text: str | None) -> bool:
    """A town the body names only inside a clause on another event ("It was the second mass shooting in four days,
    after five people were killed at a nightclub in Colorado Springs"): that event's place, no evidence of where
    the report's own figures happened (nor that its dateline is only a bureau)."""
    after_unit, after_rank = _other_event_clause()

    def in_its_clause(text: str, _name: str, at: int) -> bool:
        opened = _SENTENCE_OPEN.match(text, max(0, at - 240), at)
        head = text[opened.end() if opened else max(0, at - 240) : at]
        return bool(after_unit.search(head) or after_rank.search(head))

    return _every_mention(written, text, in_its_clause)


_RIVER_AFTER = re.compile(r"[ \t]+[Rr]iver\b")


@lru_cache(maxsize=1)
def _particle_after() -> re.Pattern[str]:
    """A name's lower-case particle and the capitalised word after it ('de Bay' of 'Laguna de Bay':
    data/name_particles.tsv)."""
    particles = "|".join(sorted({re.escape(cells[0]) for cells in data_lines("name_particles.tsv")}, key=len))
    return re.compile(rf"[ \t]+(?:{particles})[ \t]+[A-Z]")


def _particle_name_only(written: str, text: str | None) -> bool:
    """A one-word name the body only writes as the start of a longer one joined by a particle ("capsized in Laguna
    de Bay off Binangonan"): the lake, not a town of the first word's name (Laguna, California)."""
    name = written.strip()
    if not text or " " in name or "," in name or not name[:1].isupper():
        return False
    ends = [m.end() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(ends) and all(_particle_after().match(text, end) for end in ends)


def _river_only(written: str, text: str | None) -> bool:
    """A name the body only writes as a river's ("capsized on the Zambezi river near Tete"): the river, not the
    town of that name (Zambezi, Zambia); the scene is the town it is near."""
    name = written.strip()
    if not text or "," in name or not name[:1].isupper():
        return False
    ends = [m.end() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(ends) and all(_RIVER_AFTER.match(text, end) for end in ends)


def _after_the_only(written: str, text: str | None) -> bool:
    """A one-word name the text only writes after 'the' ("went down in the Potomac", "the Dali brought down the
    bridge"), when no place of the index is named so with its article (as 'The Bronx', 'The Hague' are): a river,
    a ship, a building, not the town of that name (Potomac, Maryland; Dali, China)."""
    name = written.strip()
    if not text or " " in name or "," in name or not name[:1].isupper():
        return False
    found = list(re.finditer(rf"\b{re.escape(name)}\b", text))
    if not found or not all(_THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) for m in found):
        return False
    if any(_CAPITALISED_NEXT.match(text, m.end()) for m in found):
        return False  # "the Karachi Police Office": a longer name the town's name opens
    if any(_AREA_NEXT.match(text, m.end()) for m in found):
        return False  # "in the Tulsa area": the region around the town
    return not gazetteer().lookup(fold(f"the {name}"))


_THE_BEFORE = re.compile(r"(?<![^\W_])[Tt]he[ \t]$")
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")
_AREA_NEXT = re.compile(r"[ \t]+(?:metro[ \t]+)?(?:area|region|suburbs|metro)\b")


def _inside_names(written: str, text: str | None) -> bool:
    """A place name the body only writes inside longer names ("The George Washington University", "the Ganja
    Hotel in Baku", "Montreal Maine Railway") and never places anything in: a person's or an institution's
    name, not the town. A neighbour that may stand beside a town ("Kabul airport", "Garissa University") keeps
    it a town."""
    name = written.strip()
    if not text or "," in name or "(" in name or not name[:1].isupper() or _placed_in(name, text):
        return False
    found = False
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        found = True
        before = text[max(0, m.start() - 30) : m.start()].split()
        after = text[m.end() : m.end() + 30].split()
        joined_before = (
            bool(before)
            and text[m.start() - 1 : m.start()] == " "
            and before[-1][:1].isupper()
            and before[-1][-1:].isalpha()
            and not before[-1].endswith(("'s", "’s"))  # "China's Sichuan province": a place's, not a name's
            and not _beside_a_town(before[-1])
            and not _region_possessive(before[-1])
            and not _short_word_opening_a_sentence(text, m.start() - 1 - len(before[-1]), before[-1])
            and not (text[m.end() : m.end() + 1] in ("'", "’") and _its_city(before[-1], name))
        )
        joined_after = (
            bool(after)
            and text[m.end() : m.end() + 1] == " "
            and after[0][:1].isupper()
            and not _beside_a_town(after[0])
            and (_LOCATIVE_NAME.search(after[0]) is None or name_head(after[0]))
        )
        if not (joined_before or joined_after):
            return False  # written on its own at least once
    return found


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n»\"“”]\s*|^\s+)$")


def _short_word_opening_a_sentence(text: str, start: int, word: str) -> bool:
    """A word of one to three letters that opens a sentence ("En Noto el sismo...", "À Noto, ...", "In Noto"): a
    preposition capitalised by its place, not the first word of a longer name. A title has no vowel ("Mr", "Dr",
    "St"); a one-letter preposition may ("W Krakowie", "В Сумах")."""
    vowel_or_one = len(word) == 1 or any(c in "aeiouyàáâãäåèéêëìíîïòóôõöùúûüаеёиоуыэюяі" for c in word.lower())
    return vowel_or_one and len(word) <= 3 and start >= 0 and bool(_SENTENCE_END.search(text, max(0, start - 3), start))


def _beside_a_town(word: str) -> bool:
    """A word that may stand beside a town's name, also as the last part of a compound ('US-Bundesstaat',
    'Nord-Provinz': a division's word with what qualifies it written on)."""
    word = _POSSESSIVE_END.sub("", word)  # "the Sacramento County Coroner's Office": the county's coroner
    return fold(word) in _BESIDE_A_TOWN or ("-" in word and fold(word.rsplit("-", 1)[1]) in _BESIDE_A_TOWN)


_POSSESSIVE_END = re.compile(r"['’]s?[,.;:]?$")


# "İstanbul Beyoğlu'nda": a name with the locative ending after an apostrophe is a place, here the district of the
# city named right before it: that city is no part of a longer name
_LOCATIVE_NAME = re.compile(r"\w['’]n?[dt][ae](?:ki)?$")


def name_head(word: str) -> bool:
    """Is the word, less its ending after an apostrophe, the head noun of a compound name ('Caddesi'nde',
    'Havalimanı'nda': data/name_heads.tsv), written after the name the street or building is named for?"""
    return fold(re.split(r"['’]", word)[0]) in _name_heads()


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(fold(word) for _code, word in data_lines("name_heads.tsv"))


def _its_city(word: str, name: str) -> bool:
    """Is the capitalised word before a place's name the town or province the place lies in ("Ankara Çankaya'da":
    the district, with its case ending, after its city), not the first word of a longer name? (Asked only of a name
    with an ending after an apostrophe: 'İstanbul Atatürk Havalimanı' is an airport's name, whatever quarter bears
    'Atatürk'.)"""
    if not word[:1].isupper() or not name[:1].isupper():
        return False
    owner, place = resolve_location(word), resolve_location(name)
    return (
        owner.kind in ("city", "province") and place.kind == "city" and not owner.ambiguous
        and owner.region is not None and owner.region == place.region
    )  # fmt: skip


_APOSTROPHE_CASE = re.compile(r"^([^\W\d_][\w-]*)['’]\w{1,4}$")


def _region_possessive(word: str) -> bool:
    """A country's or a region's name with a possessive or genitive ending after an apostrophe ("Britain's",
    "İngiltere'nin", "Bayern's"): the region the town after it lies in, not part of the town's name."""
    m = _APOSTROPHE_CASE.match(word)
    if m is None:
        return False
    stem = m.group(1)
    kinds = ("country", "state", "province") if word[-2:] in ("'s", "’s") else ("country", "state", "province", "city")
    # ... and a province's town-like name in another language's genitive ("Kastamonu'nun Tosya ilçesinde")
    return resolve_location(stem).kind in kinds or gazetteer().country_written(stem) is not None


_QUARTER_WORDS = frozenset(cells[0] for cells in data_lines("quarter_words.tsv"))


def _state_naming_a_quarter_only(written: str, text: str | None, dateline: str | None) -> bool:
    """A US state's name the body writes only before a quarter's word ("in the Oregon District", data/
    quarter_words.tsv): a town's quarter, not the state (which would pull a dateline "DAYTON —" to its namesake
    there, Dayton, Oregon; and a report with no dateline, "Dayton police said", to the state). Under a dateline of
    that very state the state stays ("PORTLAND — ... in the Pearl District"), as does a dateline no place reads."""
    name = written.strip()
    if not text or not name[:1].isupper() or "," in name:
        return False
    words = name.split()
    if len(words) > 1 and words[-1] in _QUARTER_WORDS:
        name = " ".join(words[:-1])  # "Oregon District" as the reader wrote it down
    state = resolve_location(name)
    if state.kind != "state" or (dateline is not None and resolve_location(dateline).region in (None, state.region)):
        return False
    found = list(re.finditer(rf"\b{re.escape(name)}\b", text))
    return bool(found) and all(
        (after := _NEXT_CAPITAL.match(text, m.end())) is not None and after.group(1) in _QUARTER_WORDS for m in found
    )


_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def a_quarters_name(written: str, text: str, end: int) -> bool:
    """Is a name, as a reader wrote it down ending at `end` in `text`, a quarter's ("Oregon District": a quarter's
    word of data/quarter_words.tsv ends it or follows it)?"""
    if written.rsplit(None, 1)[-1] in _QUARTER_WORDS:
        return True
    after = _NEXT_CAPITAL.match(text, end)
    return after is not None and after.group(1) in _QUARTER_WORDS


def is_demonym(name: str) -> bool:
    """Does the name call a country's people ('Pakistani', 'Israeli': `data/demonyms.tsv`)?"""
    return gazetteer().demonym(fold(name)) is not None


_DATELINE_REACH = 3  # a word the text writes this near its start is its dateline ('NEMA -'), no name in a sentence


def _acronym_only(name: str, title: str | None, text: str | None) -> bool:
    """A title's word in capitals, in a title not all in capitals ('NEMA: Mutum 85 suka rasu'), that the text writes
    only in capitals and inside its sentences ('hukumar ... NEMA ta ce', 'the agency (NEMA) said'), and that spells a
    town's own name (Néma, Mauritania): an agency's or a group's initials, not the town. A town's short form in
    capitals ('NYC') is no spelling of its name and stays the town."""
    word = name.strip()
    if len(word) < 3 or not word.isalpha() or not word.isupper() or not title or title.isupper() or not text:
        return False
    found = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE))
    if not found or any(m.group() != word for m in found) or all(m.start() < _DATELINE_REACH for m in found):
        return False
    place = resolve_place(word)
    return place is not None and place.kind == "city" and fold(place.name) == fold(word)


_SENTENCE_ENDS = frozenset(".!?:;\"'»”")


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """The person's titles of every language data/person_titles.tsv gives ('präsident', 'presidente')."""
    return frozenset(cells[1] for cells in data_lines("person_titles.tsv"))


_TITLE_REACH = 3  # words between a person's title and the name ("il ministro dei Trasporti Maurizio Lupi")


def after_a_persons_title(before: str) -> bool:
    """Does the text before a name end with a person's title within `_TITLE_REACH` words ('il ministro Maurizio',
    'ministro dei Trasporti Maurizio')? A compound title counts by its end ('US-Präsident')."""
    words = before.lower().split()[-_TITLE_REACH - 1 :]
    return any(w.rsplit("-", 1)[-1].strip(",") in _person_titles() for w in words)


def _surname_only(name: str, text: str | None) -> bool:
    """A title's name the text writes as a person's surname, after a person's title and a first name ('Obama nach
    Amoklauf' over '... hat Präsident Barack Obama'), and never after a lower-case word ('in Obama'): the person,
    not the town it spells (Obama, Japan). A compound title counts by its end ('US-Präsident')."""
    if not text:
        return False
    titles = _person_titles()
    person = False
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        words = text[max(0, m.start() - 60) : m.start()].split()
        if words and words[-1][:1].islower() and words[-1][-1:] not in _SENTENCE_ENDS:
            return False  # "in Obama", not "... getötet. Obama sagte"
        if len(words) >= 2 and words[-1][:1].isupper() and words[-1][-1:].isalpha():
            title = words[-2].lower().split("-")[-1]
            person = person or (title in titles and resolve_place(words[-1]) is None)
    return person


@lru_cache(maxsize=1)
def _line_words() -> frozenset[str]:
    """A transport line's nouns in every language data/line_words.tsv gives ('línea', 'linie')."""
    return frozenset(fold(cells[1]) for cells in data_lines("line_words.tsv"))


def _line_only(name: str, text: str | None) -> bool:
    """A name ending in a transport line's noun that the title and text write only right before a number ('la Línea
    12 del Metro'): the line, not the town it spells (La Línea de la Concepción)."""
    if not text or fold(name.split()[-1]) not in _line_words():
        return False
    found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    return bool(found) and all(_NUMBER_NEXT.match(text, m.end()) is not None for m in found)


_NUMBER_NEXT = re.compile(r"\s?[0-9]+[A-Z]?\b")

