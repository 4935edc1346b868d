"""Kinds of disaster named in headlines keep two events of one country apart. Headlines written for these tests."""

from __future__ import annotations

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.hazards import hazards_exclude, headline_hazards
from core.models import KILLED, ArticleFacts
from core.similarity import fingerprint
from tests.core.eventkit import make_article, make_claim


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Passenger jet crashes on landing, killing 120", "Ferry sinks with 300 aboard", True),
        ("Earthquake toll rises to 2,000", "Floods sweep the valley, 40 dead", True),
        ("Bus plunges into ravine, 25 dead", "Floods kill 30 in the valley", True),
        ("Fuel tanker explodes on highway, 90 dead", "Tanker blast toll rises to 140", False),
        # One occurrence named two ways: an explosion and its fire, a quake and its tsunami, gunfire and a shooting.
        ("Warehouse explosion kills 50", "Port fire still burning, toll at 85", False),
        ("Quake and tsunami kill 1,200", "Tsunami death toll climbs", False),
        ("Gunman opens fire at concert", "Concert shooting: 58 dead", False),
        # A headline naming no kind rules nothing out.
        ("What we know about the victims", "Ferry sinks with 300 aboard", False),
    ],
)
def test_headlines_of_other_kinds_of_disaster_exclude_each_other(a: str, b: str, apart: bool) -> None:
    assert hazards_exclude(headline_hazards(a), [headline_hazards(b)]) is apart


def test_a_timeless_report_of_another_kind_of_disaster_stays_out_of_the_countrys_event() -> None:
    """Nothing dates either report and both are placed only by their country: the place alone would make a
    plane crash and a ferry sinking one event; their headlines keep them apart."""
    settings = GroupingSettings()

    def report(aid: str, title: str, killed: int) -> ArticleFacts:
        return make_article(aid, [make_claim(KILLED, killed, location="South Korea")], published_at=None,
                            title=title, fingerprint=fingerprint(title), text=title)  # fmt: skip

    sinking = report("ship-1", "Ferry sinks off the southern coast, 300 dead", 300)
    crash = report("jet-1", "Passenger jet crashes on landing, killing 179", 179)
    later = report("ship-2", "Ferry disaster: divers recover more bodies, toll 290", 290)
    holders = {a: e.id for e in group_articles([sinking, crash, later], settings) for a in e.article_ids}
    assert holders["ship-1"] == holders["ship-2"] != holders["jet-1"]
