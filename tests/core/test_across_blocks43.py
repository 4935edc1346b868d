"""The layer joining events of different blocks (`core.events.across_blocks`): sentences of our own."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime

import pytest

from core.events import GroupingSettings
from core.events.across_blocks import (
    EventProfile,
    crossing_keys,
    joined_event,
    joined_groups,
    linked,
    may_link,
    profile_of,
)
from core.events.blocks import anchor_of, blocks_of, group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint

ACROSS = GroupingSettings(merge_across_blocks=True)
BLOCKS_ONLY = GroupingSettings(merge_across_blocks=False)  # the grouper alone (the layer is on by default)


def _report(rid: str, title: str, text: str, day: int, hour: int = 9, language: str = "en") -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    published = datetime(2031, 3, day, hour, tzinfo=UTC)
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


# One bus crash told from the two countries' capitals: the crash's town in one, the victims' home in the other
_KISUMU = _report(
    "ke",
    "Bus plunges into river near Kisumu, 23 dead",
    "KISUMU, Kenya - A bus carrying traders plunged off a bridge "
    "into the Nyando river near Kisumu on Tuesday, killing 23 people, police said.",
    4,
)
_KAMPALA = _report(
    "ug",
    "23 Ugandan traders die as bus plunges into river",
    "KAMPALA - A bus carrying Ugandan traders plunged off a bridge into a river on Tuesday, killing 23 people, the "
    "foreign ministry in Kampala said.",
    4,
    15,
)
# One blast: Lebanon's report, and one whose "Tripoli" the gazetteer reads in Libya
_AKKAR = _report(
    "lb",
    "Fuel tank blast kills 28 in northern Lebanon",
    "BEIRUT - A fuel tank exploded in the northern Akkar region "
    "of Lebanon on Sunday, killing 28 people, the Red Cross said.",
    8,
)
_TRIPOLI = _report(
    "ly",
    "Fuel tank explosion in Tripoli: 28 dead",
    "A fuel tank exploded near Tripoli on Sunday and 28 people were killed, the health minister said.",
    8,
    13,
)
# Two floods of one week in two neighbouring countries, told in the same wire phrases
_KENYA_FLOOD = _report(
    "kef",
    "Floods kill 12 in Kenya",
    "NAIROBI - Flash floods killed 12 people in western Kenya on Monday, the Red Cross said.",
    10,
)
_TANZANIA_FLOOD = _report(
    "tzf",
    "Floods kill 9 in Tanzania",
    "DAR ES SALAAM - Floods killed nine people in northern Tanzania on Thursday, officials said.",
    13,
)
# Two shootings of one night in two states
_DAYTON = _report(
    "oh",
    "3 killed in Dayton shooting",
    "DAYTON, Ohio - Three people were killed and two wounded in a shooting outside "
    "a bar in Dayton on Saturday night, police said.",
    15,
)
_TULSA = _report(
    "ok",
    "2 killed in Tulsa shooting",
    "TULSA, Okla. - Two people were killed and one wounded in a shooting at a "
    "house party in Tulsa on Saturday night, police said.",
    15,
    11,
)


# Two shootings of one week, each firmly placed in its country, the same toll by chance
_KONYA = _report(
    "tr",
    "Gunman kills 12 at wedding in Konya",
    "KONYA, Turkey - A man opened fire on guests at a wedding hall in "
    "Konya on Friday evening, killing 12 people before he was arrested, the governor's office said.",
    20,
)
_CETINJE = _report(
    "me",
    "Twelve dead as man opens fire in Cetinje",
    "Police in Montenegro said a 40-year-old man shot dead 12 "
    "people, among them two children, in several streets of Cetinje on Wednesday before turning the gun on himself.",
    24,
)
# Two mass shootings a day apart whose reports name each other: their tolls disagree
_EL_PASO = _report(
    "tx",
    "22 killed in El Paso store shooting",
    "EL PASO, Texas - A gunman killed 22 people and wounded 26 at a store in El Paso on Saturday, police said.",
    22,
)
_DAYTON_NIGHT = _report(
    "oh2",
    "Nine killed in Dayton, hours after El Paso",
    "DAYTON, Ohio - A gunman killed nine people and wounded 26 "
    "in the Oregon district of Dayton early on Sunday, hours after the store shooting in El Paso, Texas.",
    23,
)


def _groups(reports: list[ArticleFacts], settings: GroupingSettings) -> set[frozenset[str]]:
    return {frozenset(e.article_ids) for e in group_articles(reports, settings) if e.incidents}


@pytest.mark.parametrize(
    ("first", "second"),
    [(_KISUMU, _KAMPALA), (_AKKAR, _TRIPOLI)],
    ids=["two-countries-datelines", "a-place-read-in-the-wrong-country"],
)
def test_one_disaster_in_two_blocks_is_joined(first: ArticleFacts, second: ArticleFacts) -> None:
    blocks = blocks_of([first, second], BLOCKS_ONLY)
    assert blocks[first.id] != blocks[second.id]  # the grouper keeps them apart
    assert _groups([first, second], BLOCKS_ONLY) == {frozenset({first.id}), frozenset({second.id})}
    assert _groups([first, second], ACROSS) == {frozenset({first.id, second.id})}


@pytest.mark.parametrize(
    ("first", "second"),
    [(_KENYA_FLOOD, _TANZANIA_FLOOD), (_DAYTON, _TULSA), (_KONYA, _CETINJE), (_EL_PASO, _DAYTON_NIGHT)],
    ids=["two-floods-of-one-week", "two-shootings-in-two-states", "one-toll-by-chance", "tolls-disagree"],
)
def test_two_events_of_two_blocks_stay_apart(first: ArticleFacts, second: ArticleFacts) -> None:
    assert _groups([first, second], ACROSS) == {frozenset({first.id}), frozenset({second.id})}


def test_the_absorbed_event_comes_back_empty_pointing_at_the_root() -> None:
    events = group_articles([_KISUMU, _KAMPALA, _DAYTON], ACROSS)
    emptied = [e for e in events if not e.incidents]
    assert len(emptied) == 1
    root = next(e for e in events if e.id == emptied[0].merged_into)
    assert root.article_ids == {"ke", "ug"}
    assert root.merged_into is None


def _profiles(reports: list[ArticleFacts]) -> list[EventProfile]:
    settings = BLOCKS_ONLY
    anchors = [anchor_of(a, settings) for a in reports]
    return [profile_of(e, anchors) for e in group_articles(reports, settings) if e.incidents]


def test_a_profile_is_plain_data() -> None:
    for profile in _profiles([_KISUMU, _KAMPALA, _AKKAR]):
        assert EventProfile.from_dict(profile.to_dict()) == profile


def test_profiles_that_may_be_linked_share_a_crossing_key() -> None:
    profiles = _profiles([_KISUMU, _KAMPALA, _AKKAR, _TRIPOLI, _KENYA_FLOOD, _TANZANIA_FLOOD, _DAYTON, _TULSA])
    for a, b in itertools.combinations(profiles, 2):
        if linked(a, b) or may_link(a, b):
            assert crossing_keys(a) & crossing_keys(b)


@pytest.mark.parametrize("gap", range(0, 9))
def test_crossing_keys_meet_whatever_the_gap_within_reach(gap: int) -> None:
    base = _profiles([_KISUMU])[0]
    for start in range(0, 7):
        first = date(2031, 3, 1 + start)
        a = EventProfile.from_dict({**base.to_dict(), "event_id": "a", "days": [first.isoformat()] * 2})
        later = date.fromordinal(first.toordinal() + gap)
        b = EventProfile.from_dict({**base.to_dict(), "event_id": "b", "days": [later.isoformat()] * 2})
        if gap <= 7:
            assert crossing_keys(a) & crossing_keys(b)


def test_joined_groups_do_not_depend_on_order() -> None:
    base = _profiles([_KISUMU])[0].to_dict()
    profiles = [
        EventProfile.from_dict({**base, "event_id": f"e{n}", "days": [f"2031-03-0{day}"] * 2})
        for n, day in enumerate([5, 3, 4, 3, 9])
    ]
    links = [("e0", "e1"), ("e2", "e0"), ("e3", "e4")]
    expected = {"e0": "e1", "e1": "e1", "e2": "e1", "e3": "e3", "e4": "e3"}
    draw = random.Random(7)
    for _ in range(10):
        draw.shuffle(profiles)
        draw.shuffle(links)
        assert joined_groups(profiles, [tuple(reversed(pair)) for pair in links]) == expected


def test_two_reports_of_one_day_are_one_incident_of_the_joined_event() -> None:
    first = _report(
        "a",
        "Bus plunges into river near Kisumu, 23 dead",
        "KISUMU, Kenya - A bus carrying traders plunged off a "
        "bridge into the Nyando river near Kisumu on March 4, 2031, killing 23 people, police said.",
        4,
    )
    second = _report(
        "b",
        "23 Ugandan traders die as bus plunges into river",
        "KAMPALA - A bus carrying Ugandan traders plunged off a bridge into a river on March 4, 2031, killing 23 "
        "people, the foreign ministry in Kampala said.",
        5,
    )
    events = [e for e in group_articles([first, second], BLOCKS_ONLY) if e.incidents]
    assert len(events) == 2
    assert all(e.start_date == date(2031, 3, 4) for e in events)
    root, other = sorted(events, key=lambda e: e.id)
    joined = joined_event(root, [other], {"a": first, "b": second})
    assert joined.id == root.id
    assert joined.article_ids == {"a", "b"}
    assert len(joined.incidents) == 1  # (not two incidents of one day that reconciliation would sum)
    assert len(root.incidents) == 1 and len(root.article_ids) == 1  # (the root itself is left as it was)
    assert _groups([first, second], ACROSS) == {frozenset({"a", "b"})}
