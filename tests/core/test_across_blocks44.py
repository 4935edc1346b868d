"""The layer joining events of different blocks, second round: a small figure shared, with a place named or texts
alike, ties only events of close days (`core.events.across_blocks.TIED_DAYS`). Our own sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events import GroupingSettings
from core.events.across_blocks import EventProfile, may_link, profile_of, tied
from core.events.blocks import anchor_of, group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint

ACROSS = GroupingSettings(merge_across_blocks=True)
BLOCKS_ONLY = GroupingSettings(merge_across_blocks=False)


def _report(rid: str, title: str, text: str, day: int, language: str = "en") -> ArticleFacts:
    published = datetime(2031, 3, day, 9, tzinfo=UTC)  # (March 8, 2031 is a Saturday)
    claims = extract(ArticleInput(text=text, title=title, language=language, published_at=published)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


_BAR = (
    "A man was shot dead and a woman was wounded outside a bar on {street} in {city} late on {day}, police said. "
    "Officers said two gunmen fled on a motorcycle and no one has been arrested."
)
_BAR_ES = (
    "Un hombre murió baleado y una mujer resultó herida frente a un bar de la avenida {street} en {city} la noche "
    "del {day}, informó la policía. Los dos atacantes huyeron en una motocicleta."
)


def _bar(
    rid: str, template: str, street: str, city: str, day: str, published: int, language: str = "en"
) -> ArticleFacts:
    title = (
        f"Man shot dead outside bar in {city}" if language == "en" else f"Matan a un hombre frente a un bar en {city}"
    )
    return _report(rid, title, template.format(street=street, city=city, day=day), published, language)


# Two one-death shootings told in one wire's phrasing, in two countries, four days apart
_NAIROBI_SAT = _bar("ke", _BAR, "Moi Avenue", "Nairobi", "Saturday", 9)
_LUSAKA_TUE = _bar("zm", _BAR, "Cairo Road", "Lusaka", "Tuesday", 5)
_LIMA_SAT = _bar("pe", _BAR_ES, "Abancay", "Lima", "sábado", 9, "es")
_BOGOTA_TUE = _bar("co", _BAR_ES, "Caracas", "Bogotá", "martes", 5, "es")
# One spree's eight dead, and a shooting of eight six days later in another state whose report names the first
_SPAS = _report(
    "ga",
    "Gunman kills 8 at three spas in Atlanta",
    "ATLANTA - A gunman killed eight people at three day spas in Atlanta on Tuesday, police said. A suspect was "
    "arrested on the highway south of the city.",
    3,
)
_SUPERMARKET = _report(
    "co",
    "Eight killed at Boulder supermarket",
    "BOULDER, Colo. - A gunman killed eight people at a supermarket in Boulder on Monday, police said, six days "
    "after eight were killed at spas in Atlanta.",
    9,
)
# The Nairobi shooting told with no place at all: a report the grouper cannot place
_NOWHERE = _report(
    "un",
    "Man shot dead outside bar",
    _BAR.format(street="the main road", city="the city centre", day="Saturday"),
    9,
)


def _groups(reports: list[ArticleFacts], settings: GroupingSettings) -> set[frozenset[str]]:
    return {frozenset(e.article_ids) for e in group_articles(reports, settings) if e.incidents}


@pytest.mark.parametrize(
    ("first", "second"),
    [(_NAIROBI_SAT, _LUSAKA_TUE), (_LIMA_SAT, _BOGOTA_TUE)],
    ids=["one-dead-four-days-apart", "un-muerto-cuatro-dias-antes"],
)
def test_small_tolls_told_alike_days_apart_stay_apart(first: ArticleFacts, second: ArticleFacts) -> None:
    assert len(_groups([first, second], BLOCKS_ONLY)) == 2  # two blocks: the grouper keeps them apart
    assert _groups([first, second], ACROSS) == {frozenset({first.id}), frozenset({second.id})}


def test_a_report_with_no_place_still_joins_its_shooting_on_text() -> None:
    assert _groups([_NAIROBI_SAT, _NOWHERE], ACROSS) == {frozenset({"ke", "un"})}


def _profile(report: ArticleFacts) -> EventProfile:
    event = next(e for e in group_articles([report], BLOCKS_ONLY) if e.incidents)
    return profile_of(event, [anchor_of(report, BLOCKS_ONLY)])


def _moved(profile: EventProfile, event_id: str, days: int = 0, **fields: object) -> EventProfile:
    start = date(2031, 3, 8 + days).isoformat()
    return EventProfile.from_dict({**profile.to_dict(), "event_id": event_id, "days": [start, start], **fields})


@pytest.mark.parametrize(("days", "expected"), [(0, True), (1, True), (2, False), (4, False)])
def test_a_small_toll_tied_by_text_needs_days_at_most_one_apart(days: int, expected: bool) -> None:
    # a report placed nowhere (no place to disagree), the same text told `days` later in another block
    unplaced = _profile(_NOWHERE)
    first = _moved(unplaced, "a", block="unplaced")
    second = _moved(unplaced, "b", days, block="elsewhere")
    assert tied(first, second) is expected


def test_a_shooting_naming_one_of_six_days_before_may_not_link_to_it() -> None:
    spas, supermarket = _profile(_SPAS), _profile(_SUPERMARKET)
    assert spas.block != supermarket.block and spas.killed == supermarket.killed == (8,)
    assert not may_link(spas, supermarket)


def test_a_shared_victim_ties_whatever_the_days() -> None:
    nairobi = _profile(_NAIROBI_SAT)
    first = _moved(nairobi, "a", persons=[7], block="KE")
    second = _moved(nairobi, "b", 5, persons=[7], block="ZM")
    assert tied(first, second)


def test_an_old_stored_profile_still_reads() -> None:
    stored = {"event_id": "e1", "block": "KE", "harm": "casualties", "days": ["2031-03-08", "2031-03-08"]}
    profile = EventProfile.from_dict(stored)
    assert profile.killed == () and profile.venue == frozenset() and profile.size == 0


# A report naming only its venue (no town): the grouper's pull already holds it with the town's report in one block,
# the layer (which joins only events of different blocks) has nothing to add
_HOSTEL_TOWN = _report(
    "nz1",
    "Six dead in Wellington hostel fire",
    "WELLINGTON - Six people died when fire swept through the Harbour Lodge hostel in Newtown early on Tuesday, "
    "police said. Several residents are unaccounted for.",
    11,
)
_HOSTEL_ONLY = _report(
    "nz2",
    "Harbour Lodge: six confirmed dead",
    "Police confirmed six deaths at the Harbour Lodge on Tuesday afternoon. Residents described climbing out of "
    "windows as smoke filled the corridors.",
    11,
)


@pytest.mark.parametrize("settings", [BLOCKS_ONLY, ACROSS], ids=["grouper", "with-the-layer"])
def test_a_report_naming_only_its_venue_is_held_with_its_town(settings: GroupingSettings) -> None:
    assert _groups([_HOSTEL_TOWN, _HOSTEL_ONLY], settings) == {frozenset({"nz1", "nz2"})}
