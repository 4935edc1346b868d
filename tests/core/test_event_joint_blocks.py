"""A disaster that crosses a border is one event: a report naming the countries together as its scene ties the
reports of each country about it (`core.places.joint`, `core.events.blocks._joint_block`). Reports of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import blocks_of, group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places.joint import joint_countries
from core.reconcile import reconcile_event
from core.similarity import fingerprint


@pytest.mark.parametrize(
    ("title", "text", "countries"),
    [
        ("Quake kills hundreds in Turkey and Syria", None, {"TR", "SY"}),
        ("Erdbeben in der Türkei und Syrien: viele Tote", None, {"TR", "SY"}),
        ("Séisme en Turquie et en Syrie : des centaines de morts", None, {"TR", "SY"}),
        (None, "BERLIN - Floods swept through western Germany and Belgium this week, killing dozens.", {"DE", "BE"}),
        ("Floods kill six in Slovenia", None, set()),  # one country
        ("Georgia and Florida brace for the storm", None, set()),  # a state is no country
        ("Turkey sends rescuers to Syria after quake", None, set()),  # not named together
    ],
)
def test_countries_named_together_as_the_scene(title: str | None, text: str | None, countries: set[str]) -> None:
    assert joint_countries(title, text) == frozenset(countries)


def _report(rid: str, title: str, text: str, day: int, language: str = "en") -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    return ArticleFacts(
        rid, f"outlet-{rid}", claims, datetime(2031, 7, day, 9, tzinfo=UTC), title, fingerprint(text), text, None
    )


_GERMAN_TOWN = _report(
    "de", "Hochwasser in Hagen: 31 Tote", "In Hagen sind nach dem Unwetter 31 Menschen ums Leben gekommen, teilte "
    "die Polizei am Donnerstag mit.", 16, "de",
)
_BELGIAN_TOWN = _report(
    "be", "Inondations à Verviers : 12 morts", "À Verviers, les inondations ont fait 12 morts jeudi, selon le "
    "bourgmestre.", 16, "fr",
)
_BOTH = _report(
    "both", "Floods kill more than 40 in Germany and Belgium", "BERLIN - Floods swept through western Germany and "
    "Belgium on Thursday, killing more than 40 people, authorities said.", 17,
)
_LATER_GERMAN_FLOOD = _report(
    "later", "Flash flood kills two in Bavaria", "A flash flood killed two people in the Bavarian town of "
    "Passau on Tuesday, police said.", 29,
)


def _together(reports: list[ArticleFacts]) -> set[frozenset[str]]:
    return {frozenset(e.article_ids) for e in group_articles(reports)}


def test_a_report_naming_both_countries_makes_one_event_of_the_reports_of_each() -> None:
    events = group_articles([_GERMAN_TOWN, _BELGIAN_TOWN, _BOTH, _LATER_GERMAN_FLOOD])
    together = {frozenset(e.article_ids) for e in events}
    assert frozenset({"de", "be", "both"}) in together
    assert frozenset({"later"}) in together  # another flood, days later: not that one
    labels = {frozenset(e.article_ids): e.label for e in events}
    assert labels[frozenset({"de", "be", "both"})].startswith("Belgium and Germany: ")
    assert labels[frozenset({"later"})].startswith("Passau")  # in the joint block, but of one country


def test_without_such_a_report_each_country_keeps_its_own_event() -> None:
    assert _together([_GERMAN_TOWN, _BELGIAN_TOWN]) == {frozenset({"de"}), frozenset({"be"})}


def test_an_attack_told_of_two_countries_ties_nothing() -> None:
    """Attacks, crashes and collapses happen in one place: only a quake, a flood, a storm, heat or a wildfire
    is read as crossing a border."""
    strike = _report(
        "strike", "Drone strike kills 12 in Belgorod", "A drone strike killed 12 people in Belgorod on Thursday, "
        "the governor said.", 16,
    )
    kyiv = _report(
        "kyiv", "Missile attack kills 9 in Kyiv", "A missile attack killed nine people in Kyiv on Thursday, "
        "officials said.", 16,
    )
    both = _report(
        "war", "Attacks in Russia and Ukraine kill 21", "Attacks in Russia and Ukraine killed 21 people on "
        "Thursday, officials on both sides said.", 17,
    )
    together = _together([strike, kyiv, both])
    assert frozenset({"strike"}) in together and frozenset({"kyiv"}) in together


def test_each_countrys_share_is_a_part_of_the_whole_not_a_dispute() -> None:
    """31 dead in a German town and 12 in a Belgian one beside "more than 40 in Germany and Belgium": the shares
    are no contenders of the whole's figure (no dispute, the estimate is the whole's), and each says whose share
    it is."""
    reports = [_GERMAN_TOWN, _BELGIAN_TOWN, _BOTH]
    (event,) = [e for e in group_articles(reports) if "both" in e.article_ids]
    figure = next(f for f in reconcile_event(event, {r.id: r for r in reports}).figures if f.metric == "killed")
    assert {v.article_id: v.share for v in figure.values} == {"de": "DE", "be": "BE", "both": None}
    assert not figure.disputed
    assert figure.estimate.best == 40
    assert any("Germany's share" in n for n in figure.notes) and any("Belgium's share" in n for n in figure.notes)


def test_with_only_countries_shares_each_country_is_compared_with_itself() -> None:
    reports = [_GERMAN_TOWN, _BELGIAN_TOWN, _BOTH]
    event = next(e for e in group_articles(reports) if "both" in e.article_ids)
    view = reconcile_event(event, {r.id: r for r in reports if r.id != "both"})
    figure = next(f for f in view.figures if f.metric == "killed")
    assert not figure.disputed  # 31 in Germany and 12 in Belgium do not contradict each other
    assert any("Only countries' shares" in n for n in figure.notes)


def test_the_whole_disasters_running_count_joins_a_towns_report_of_it_though_their_figures_differ() -> None:
    """"At least seven dead in Poland and the Czech Republic" a day after "four dead in Nysa": the whole
    disaster's count, naming both countries and no town, and a town's earlier count of it."""
    town = _report(
        "town", "Floods kill four in Nysa", "Floodwaters swept through the Polish town of Nysa on Sunday, killing "
        "four people, the fire service said.", 15,
    )
    whole = _report(
        "whole", "Hochwasser in Polen und Tschechien: mindestens sieben Tote", "Nach den Regenfällen ist die Zahl "
        "der Todesopfer in Polen und Tschechien auf mindestens sieben gestiegen, teilten die Behörden am Montag "
        "mit.", 16, "de",
    )
    assert frozenset({"town", "whole"}) in _together([town, whole])


def _dated(rid: str, title: str, text: str, language: str = "en") -> ArticleFacts:
    return _report(rid, title, text, 18, language)


def test_one_death_across_the_border_from_a_quakes_towns_is_its_share_there() -> None:
    """A girl killed in a Peruvian town by the quake whose towns in Ecuador counted twelve dead, on the day a report
    names both countries: no lone victim of another incident, and found though no place key is shared."""
    machala = _dated("machala", "Quake kills 12 in Machala", "A strong earthquake killed 12 people in the "
                     "Ecuadorian city of Machala on Saturday, officials said.")
    both = _dated("both", "Earthquake in Ecuador and Peru kills 13", "An earthquake struck southern Ecuador and "
                  "northern Peru on Saturday, killing 13 people, authorities said.")
    tumbes = _dated("tumbes", "Girl dies in Tumbes as quake topples house", "A four-year-old girl died in Tumbes "
                    "on Saturday when the earthquake brought down her family's house, officials said.")
    assert frozenset({"machala", "both", "tumbes"}) in _together([machala, both, tumbes])


def test_a_report_nothing_dates_follows_its_puller_into_the_joint_block() -> None:
    """A report with no date and no publication date naming the two countries of a cyclone is pulled by a dated
    report of its kind in one of them: it follows it into the countries' joint block and its event."""
    beira = _report("beira", "Cyclone kills 84 in Beira", "The cyclone that hit the Mozambican city of Beira on "
                    "Thursday night has killed at least 84 people, the president said.", 18)
    both = _report("both", "Cyclone toll passes 150 in Mozambique and Zimbabwe", "More than 150 people have "
                   "died in Mozambique and Zimbabwe since the cyclone struck, the two governments said on "
                   "Tuesday.", 19)
    undated = _report("undated", "Cyclone toll in Mozambique and Zimbabwe tops 300", "The cyclone that struck "
                      "Mozambique before moving into Zimbabwe has killed more than 300 people, the two "
                      "governments said.", 20)
    undated = replace(undated, published_at=None)
    blocks = blocks_of([beira, both, undated], GroupingSettings())
    assert blocks["undated"] == blocks["beira"] == "MZ+ZW"
