"""Compact text fingerprints for near-duplicate detection and topical similarity.

A fingerprint is a flat `tuple[int, ...]` (JSON- and Redis-friendly, ~130 small ints) holding two
one-permutation MinHash sketches (Li, Owen & Zhang 2012, with rotation densification):

* a *copy* sketch over 4-word shingles: high resemblance means shared wording, i.e. wire copy or a rewrite of
  the same dispatch. Independent reports of one incident rarely exceed ~0.1 here, copies land above ~0.5;
* a *topic* sketch over content words: a weak "same story?" signal used by grouping to break ties;
* a *names* sketch (version 2) over capitalised words inside sentences (people, streets, venues, agencies):
  follow-ups on one incident repeat its names even when they share little else, so this separates two
  shootings in one city better than the topic sketch does (on the GVA dev set, resemblance >= 0.2 holds for
  about half of same-incident pairs and 7% of different incidents in the same city within 90 days, against
  39% and 10% for topics).

Version 1 fingerprints (no names sketch) still compare on copy and topic; their names similarity is 0.

Version 3 appends the hashes of the *persons* the text names in full near the incident ("Benetria Robinson",
"James Robert Gustafson": a victim or a suspect, mentioned again later by surname). Two reports sharing such a
name are about one incident far more reliably than any resemblance: on the GVA dev set 24% of same-incident
pairs share one, against 17 of 230,000 other pairs published within a year (see `person_names`). The storm or
the flight a text names ("Hurricane Maria", "vuelo 2216": `core.named_events`) counts as such a name: it singles
out one event in any language. So does the site it names ("the Morandi bridge", "il ponte Morandi"), though two
reports naming two sites are not kept apart for it (a report names several).

Each sketch costs one hash per shingle (not one per shingle per permutation), so fingerprinting a long article
takes about a millisecond. Hashes come from blake2b, so fingerprints are stable across processes and versions
of Python (no `hash()` randomisation).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from hashlib import blake2b
from operator import eq

from core.named_events import event_names_and_sounds, site_names

VERSION = 3
SKETCH_SIZE = 64
SHINGLE_WORDS = 4
_HEADER = 1  # the version number
_SKETCHES = {1: 2, 2: 3, 3: 3}  # version -> number of sketches (copy, topic[, names])
_PERSONS_FROM = 3  # versions from which the sketches are followed by person-name hashes (any number)
# After the persons, this marker and the hashes of the named storms and flights alone (no 32-bit hash equals it).
NAMED_EVENTS = 1 << 32
FINGERPRINT_LENGTH = _HEADER + _SKETCHES[VERSION] * SKETCH_SIZE  # without person names
NEAR_DUPLICATE_THRESHOLD = 0.5
_EMPTY = 0xFFFFFFFF  # marks an empty sketch bin (no shingle fell into it and densification had nothing)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOPWORD_TEXT = """
    a an and are as at be been but by for from had has have he her his in into is it its of on or said says
    she that the their there they this to was were which who will with would after before about than then
    also not no more one two over when while we our you your i him them what where all can could up out new
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# A capitalised word not at the start of a sentence or line (those are capitalised whatever they are).
_NAME = re.compile(r"(?<![.!?:\n\"“]\s)(?<![.!?:\n\"“])(?<!^)\b([A-Z][a-z]{2,})\b")
_NAME_STOP_TEXT = """
    the this that police officers officer sunday monday tuesday wednesday thursday friday saturday january
    february march april may june july august september october november december he she they it his her
    according read more photo video copyright news
"""
_NAME_STOP = frozenset(_NAME_STOP_TEXT.split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _hash64(token: str) -> int:
    return int.from_bytes(blake2b(token.encode("utf-8"), digest_size=8).digest(), "big")


def _sketch(tokens: Iterable[str]) -> list[int]:
    """One-permutation MinHash: bin each token hash by its low bits, keep the minimum per bin, densify."""
    bins = [_EMPTY] * SKETCH_SIZE
    from_bytes = int.from_bytes
    for token in set(tokens):
        h = from_bytes(blake2b(token.encode("utf-8"), digest_size=8).digest(), "big")  # `_hash64`, inlined: hot
        slot = h % SKETCH_SIZE
        value = (h >> 32) & 0xFFFFFFFF
        if value < bins[slot]:
            bins[slot] = value
    if all(b == _EMPTY for b in bins):
        return bins
    # Rotation densification: an empty bin borrows the next non-empty bin's value (circularly), so two texts
    # with the same token set still agree bin for bin and the estimator stays unbiased enough for our use.
    filled = [b for b in bins if b != _EMPTY]
    if len(filled) < SKETCH_SIZE:
        out = list(bins)
        for i in range(SKETCH_SIZE):
            if out[i] == _EMPTY:
                j = (i + 1) % SKETCH_SIZE
                while bins[j] == _EMPTY:
                    j = (j + 1) % SKETCH_SIZE
                out[i] = bins[j]
        return out
    return bins


def fingerprint(text: str, title: str | None = None) -> tuple[int, ...]:
    """The stored fingerprint of an article: (version, 64 copy-sketch bins, 64 topic-sketch bins, 64 names-sketch
    bins, then the sorted 32-bit hashes of `person_names(text)`).

    Text too short to shingle yields the empty tuple, which compares as "unknown" (similarity 0); when it names a
    person, a storm, a flight or a site, its sketches are empty (they compare as unknown too) and those names are
    kept: a short report in a language written without spaces ("東京発の旅客機7731便が着陸に失敗し、12人が死亡した。"
    is two words to `_words`) still meets the reports naming its flight.
    """
    words = _words(f"{title}\n{text}" if title else text)
    events, sounds = event_names_and_sounds(text)
    named = sorted({_hash64(name) & 0xFFFFFFFF for name in events})
    # sites and a storm's sound in any script ("ঘূর্ণিঝড় রিমাল", "Cyclone Remal") bridge as persons do; only the
    # storms and flights read as names tell two events apart
    sites = {_hash64(name) & 0xFFFFFFFF for name in site_names(text) | sounds}
    persons = sorted({_hash64(name) & 0xFFFFFFFF for name in person_names(text)} | sites | set(named))
    tail = (NAMED_EVENTS, *named) if named else ()
    if len(words) < SHINGLE_WORDS:
        return (VERSION, *[_EMPTY] * (_SKETCHES[VERSION] * SKETCH_SIZE), *persons, *tail) if persons else ()
    shingles = (" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))
    content = [w for w in words if len(w) > 2 and w not in _STOPWORDS and not w.isdigit()]
    body = f"{title}\n{text}" if title else text
    names = [w.lower() for w in _NAME.findall(body) if w.lower() not in _NAME_STOP]
    return (VERSION, *_sketch(shingles), *_sketch(content or words), *_sketch(names), *persons, *tail)


def _sized(fp: Sequence[int]) -> bool:
    if not fp or fp[0] not in _SKETCHES:
        return False
    size = _HEADER + _SKETCHES[fp[0]] * SKETCH_SIZE
    return len(fp) >= size if fp[0] >= _PERSONS_FROM else len(fp) == size


def _part(fp: Sequence[int], which: int) -> Sequence[int] | None:
    if not _sized(fp):
        return None
    if which >= _SKETCHES[fp[0]]:
        return None
    start = _HEADER + which * SKETCH_SIZE
    return fp[start : start + SKETCH_SIZE]


def _resemblance(a: Sequence[int] | None, b: Sequence[int] | None) -> float:
    if a is None or b is None:
        return 0.0
    if a[0] == _EMPTY or b[0] == _EMPTY:
        return 0.0
    same: int = sum(map(eq, a, b))
    return same / SKETCH_SIZE


def copy_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard resemblance of the two texts' 4-word shingles (0 when either is unknown)."""
    return _resemblance(_part(a, 0), _part(b, 0))


def topic_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard resemblance of the two texts' content-word sets (0 when either is unknown)."""
    return _resemblance(_part(a, 1), _part(b, 1))


def names_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard resemblance of the names the two texts use (0 when either is unknown or version 1)."""
    return _resemblance(_part(a, 2), _part(b, 2))


def persons_of(fp: Sequence[int]) -> tuple[int, ...]:
    """The person-name hashes a fingerprint carries (none before version 3), the named storms and flights
    among them (see `named_events_of`)."""
    if not _sized(fp) or fp[0] < _PERSONS_FROM:
        return ()
    tail = tuple(fp[_HEADER + _SKETCHES[fp[0]] * SKETCH_SIZE :])
    return tail[: tail.index(NAMED_EVENTS)] if NAMED_EVENTS in tail else tail


def named_events_of(fp: Sequence[int]) -> frozenset[int]:
    """The hashes of the storms and flights a text names (`core.named_events`): two reports naming different
    ones are two events."""
    if not _sized(fp) or fp[0] < _PERSONS_FROM:
        return frozenset()
    tail = tuple(fp[_HEADER + _SKETCHES[fp[0]] * SKETCH_SIZE :])
    return frozenset(tail[tail.index(NAMED_EVENTS) + 1 :]) if NAMED_EVENTS in tail else frozenset()


def shared_persons(a: Sequence[int], b: Sequence[int]) -> int:
    """How many persons (see `person_names`) both texts name (0 when either is unknown or older than version 3)."""
    return len(set(persons_of(a)) & set(persons_of(b)))


# ------------------------------------------------------------------------------------------------- persons
_FULL_NAME = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[A-Z]\.\s+|[A-Z][a-z]+\s+)?([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)\b"
)
# Around a victim's or a suspect's name, some word of the incident or the case.
_CASE_WORD = re.compile(
    r"\b(?=[acdghikmsvw])(?:shot|shooting|killed|dead|died|death|wounded|injured|victims?|identified|suspects?"
    r"|charged|arrested"
    r"|accused|slain|murder(?:ed)?|homicide|gunman|shooter)\b",
    re.IGNORECASE,
)
_CASE_REACH = 150  # characters either side of a name searched for a case word
_TITLE_TEXT = """
    chief sgt lt capt det officer officers commissioner detective spokesman spokeswoman reporter sheriff deputy
    mayor gov governor sen senator rep attorney judge prosecutor coroner dr mr mrs ms lieutenant sergeant captain
    corporal trooper investigator director superintendent pastor rev by photographer editor anchor president
    professor coach principal
"""
_TITLES = frozenset(_TITLE_TEXT.split())
_NOT_NAME_TEXT = """
    the a an and but in on at of for to from with by as if when while after before this that these those he she
    it they we his her their police sheriff county city state news department street avenue road drive court
    boulevard lane monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december related read more copyright associated press facebook
    twitter share click comments posted updated channel action hospital medical center high school university
    college church park north south east west new fox live breaking watch video photo image gallery homicide unit
    crime stoppers anyone investigators officials authorities according family friends shooting fatal accidental
    year old man woman boy girl teen mount saint fort lake force task caption hide buy disciples gang bureau
    corporation county's like pinterest photographer photo side northeast northwest southeast southwest
"""
# Last words of organisations, papers and places that read like "First Last": "Chicago Tribune", "Kerr Jail".
_ORGANISATION_TEXT = """
    tribune sun sun-times times post chronicle news herald journal gazette star press sentinel courier observer
    register record examiner inquirer dispatch bulletin daily weekly avalanche jail prison st ave rd blvd dr
    street avenue road district township regional region security apartments coalition circuit fire memorial
    health hospital clinic center centre church school academy university college office department council
    authority services service center's group company inc llc association foundation club bar lounge grill
    presbyterian samaritan images level line creek ridge mall plaza village park heights impala
"""
# Vehicles read like names too ("Chevy Impala", "Honda Accord") and recur across unrelated stories.
_MAKES_TEXT = """
    chevy chevrolet ford honda toyota nissan dodge jeep buick cadillac chrysler hyundai kia bmw mercedes lexus
    acura pontiac gmc mazda subaru volkswagen audi infiniti mitsubishi volvo lincoln mercury saturn
"""
_MAKES = frozenset(_MAKES_TEXT.split())
_ORGANISATION = frozenset(_ORGANISATION_TEXT.split())
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\b\.?")
_BIG_PLACE = 300_000  # a first word naming a place this big begins an organisation ("Chicago Tribune")
_NOT_NAME = frozenset(_NOT_NAME_TEXT.split())
_SPEAKS = re.compile(r"\s*,?\s*(?:said|says|told|added|explained|wrote)\b")


def person_names(text: str) -> frozenset[str]:
    """Persons a text names in full near the incident: "First [M.] Last", lower-cased.

    A pair of capitalised words counts only when it reads as a victim's or a suspect's name: a case word within
    `_CASE_REACH` characters; no title before it ("Chief", "Sgt.": officials recur across unrelated stories) and
    no "said" after it; neither word a common word (written in lower case elsewhere in the text) nor a place;
    and the surname used again on its own, as news style does for the people a story is about.
    """
    from core.places import is_known_place, resolve_place  # the gazetteer loads on first use only

    text = _SUFFIX.sub("", text)  # "Paul Kendall Jr." is Paul Kendall
    found: set[str] = set()
    words = _WORD.findall(text)
    lower_words = {w for w in words if not w[:1].isupper()}
    uses = Counter(words)
    for m in _FULL_NAME.finditer(text):
        first, last = m.group(1), m.group(2).removesuffix("'s").removesuffix("’s")
        if first.lower() in _NOT_NAME or last.lower() in _NOT_NAME or {first.lower(), last.lower()} & _TITLES:
            continue
        if last.lower() in _ORGANISATION or first.lower() in _MAKES:
            continue
        if first.lower() in lower_words or last.lower() in lower_words:
            continue
        if uses[last.split("-")[0].split("'")[0].split("’")[0]] < 2:
            continue  # the surname is never used again on its own
        if not _CASE_WORD.search(text, max(0, m.start() - _CASE_REACH), m.end() + _CASE_REACH):
            continue
        place = resolve_place(first)
        if place is not None and (place.kind in ("state", "country") or place.population >= _BIG_PLACE):
            continue
        before = text[max(0, m.start() - 20) : m.start()].split()
        if before and before[-1].lower().strip(",.") in _TITLES:
            continue
        if _SPEAKS.match(text, m.end()) or is_known_place(f"{first} {last}"):
            continue
        last_place = resolve_place(last)
        if last_place is not None and last_place.kind in ("state", "country"):
            continue  # "Northern Ireland", "Eastern Kentucky"
        found.add(f"{first} {last}".lower())
    return frozenset(found)


def is_near_duplicate(a: Sequence[int], b: Sequence[int], threshold: float = NEAR_DUPLICATE_THRESHOLD) -> bool:
    """Do the texts share so much wording that they are copies of one dispatch (not independent reports)?"""
    return copy_similarity(a, b) >= threshold


def near_duplicate_groups(
    fingerprints: Sequence[tuple[str, Sequence[int]]],
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
    bands: int = 16,
) -> list[list[str]]:
    """Groups (of two or more ids) whose texts are near-duplicates, via MinHash LSH banding.

    Linear in the number of fingerprints (plus verified candidate pairs), so it stays cheap for events with
    thousands of articles. Groups are transitive closures (A~B, B~C => one group), sorted for determinism.
    """
    rows = SKETCH_SIZE // bands
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sketches: dict[str, Sequence[int]] = {}
    for key, fp in fingerprints:
        part = _part(fp, 0)
        if part is not None and part[0] != _EMPTY:
            sketches[key] = part
            parent[key] = key
    ordered = sorted(sketches.items())
    for band in range(bands):
        buckets: dict[tuple[int, ...], str] = {}
        lo, hi = band * rows, (band + 1) * rows
        for key, sketch in ordered:
            sig = tuple(sketch[lo:hi])
            first = buckets.setdefault(sig, key)
            if first != key and find(first) != find(key) and _resemblance(sketches[first], sketch) >= threshold:
                a, b = sorted((find(first), find(key)))
                parent[b] = a
    groups: dict[str, list[str]] = {}
    for key in sketches:
        groups.setdefault(find(key), []).append(key)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)
