"""A firmly placed report is pulled only by one whose place it names, or (undated) by a joint disaster's report:
`strongest_pull` reads only those (`_may_pull`) and finds the same pull as reading every other anchor."""

import random
from datetime import date

import pytest

from core.events.blocks import Anchor, GroupingSettings, _may_pull, attraction, pull_of, strongest_pull
from core.similarity import fingerprint

SETTINGS = GroupingSettings()
HOMES = ["US-IL", "US-TX", "AZ", "BE", "DE", "unplaced"]
KEYS = ["", "city:US:chicago", "city:US:austin", "city:AZ:baku", "country:BE", "country:DE"]
WINDOWS = [
    None,
    (date(2024, 5, 1), date(2024, 5, 9)),
    (date(2024, 5, 6), date(2024, 5, 14)),
    (date(2025, 1, 1), date(2025, 1, 9)),
]
KINDS = [frozenset(), frozenset({"flood"}), frozenset({"shooting"}), frozenset({"flood", "storm"})]
JOINTS = [frozenset(), frozenset(), frozenset({"BE", "DE"})]
TOLLS = [None, 0, 1, 3, 12]
TEXTS = [
    "",
    "A gunman killed three people at a bar on Elm Street late on Friday, police said.",
    "Three people were shot dead at an Elm Street bar on Friday night; the gunman fled.",
    "Floods swept through the river valley, leaving twelve dead and hundreds homeless.",
    "The river burst its banks and twelve people drowned as the valley flooded.",
]


def _anchors(seed: int, n: int = 40) -> list[Anchor]:
    rnd = random.Random(seed)
    return [
        Anchor(
            article_id=f"a{seed}-{i:02d}",
            home=rnd.choice(HOMES),
            weak=rnd.random() < 0.4,
            name=rnd.choice(["", "chicago", "baku"]),
            window=rnd.choice(WINDOWS),
            fingerprint=fingerprint(text, None) if (text := rnd.choice(TEXTS)) else (),
            key=rnd.choice(KEYS),
            named=frozenset(rnd.sample(KEYS[1:], rnd.randint(0, 2))),
            published=float(i),
            kinds=rnd.choice(KINDS),
            killed=rnd.choice(TOLLS),
            wounded=rnd.choice(TOLLS),
            joint=rnd.choice(JOINTS),
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("seed", range(6))
def test_a_pull_scores_as_its_texts_told(seed):
    """A pull out of its days is scored with the texts' likeness, read only then (`_alike`)."""
    anchors = _anchors(seed)
    scores = [s for a in anchors for o in anchors if (s := attraction(a, o, SETTINGS)) is not None]
    assert all(s > 0 for s in scores)


@pytest.mark.parametrize("seed", range(6))
def test_every_anchor_that_pulls_is_read(seed):
    anchors = _anchors(seed)
    for anchor in anchors:
        read = list(_may_pull(anchor, anchors))
        for other in anchors:
            if attraction(anchor, other, SETTINGS) is not None:
                assert other in read


@pytest.mark.parametrize("seed", range(6))
def test_the_strongest_pull_as_over_every_anchor(seed):
    anchors = _anchors(seed)
    for anchor in anchors:
        pulls = [p for o in anchors if (p := pull_of(anchor, o, SETTINGS)) is not None]
        assert strongest_pull(anchor, anchors, SETTINGS) == (min(pulls) if pulls else None)


def test_a_firmly_placed_dated_report_naming_nothing_reads_no_one():
    anchor = Anchor("a", "US-IL", False, "chicago", WINDOWS[1], (), key="city:US:chicago")
    assert list(_may_pull(anchor, _anchors(0))) == []


def test_some_pulls_are_found():
    found = [strongest_pull(a, _anchors(s), SETTINGS) for s in range(6) for a in _anchors(s)]
    assert sum(p is not None for p in found) >= 10
