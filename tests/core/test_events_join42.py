"""Grouping (round 35): a report weeks to two years after its event, placed nowhere (it names the venue, a
village the gazetteer does not hold, or no place at all), that looks back on it with its very mass toll; and the
later reports of other disasters that must stay apart. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, text: str, published: datetime | None, title: str | None = None) -> ArticleFacts:
    """A report as the service stores it, published at `published` (None: sent with no publication date)."""
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


def _at(month: int, day: int, year: int = 2031, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def _dance_hall_shooting() -> list[ArticleFacts]:
    """A mass shooting at a nightclub in Toledo, Ohio, told on its day and the next."""
    return [
        _report(
            "first",
            "TOLEDO, Ohio - A gunman opened fire inside Club Tempo late on Friday, killing 12 people "
            "and wounding 9 before police shot him, the city's police chief said.",
            _at(3, 8),
            title="12 killed in shooting at Toledo nightclub",
        ),
        _report(
            "next",
            "TOLEDO, Ohio - Police on Saturday released the timeline of the attack at Club Tempo, where 12 "
            "people were killed and 9 wounded.",
            _at(3, 9),
            title="Toledo nightclub shooting: 12 dead, 9 hurt",
        ),
    ]


# ---------------------------------------------------------------------------------------------------------
# A look back a year on, naming the venue and no town


def test_a_look_back_a_year_on_naming_only_the_venue_joins_its_shooting() -> None:
    """A year later, families gather outside the nightclub; the report names no town, only the venue, and tells
    the very toll. No block's window reaches a year, so nothing pulled it to the shooting's block before."""
    later = _report(
        "year",
        "Families gathered on Sunday outside the shuttered Club Tempo to mark one year since a gunman "
        "killed 12 people and wounded 9 there. The names of the dead were read aloud.",
        _at(3, 9, year=2032),
        title="A year after the nightclub massacre, 12 names read aloud",
    )
    held = _holders([*_dance_hall_shooting(), later])
    assert held["year"] == held["first"] == held["next"]


def test_a_verdict_twenty_months_on_placed_nowhere_joins_its_shooting() -> None:
    """A jury's verdict long after: the report names neither town nor date of the shooting, only its toll."""
    verdict = _report(
        "verdict",
        "A jury on Thursday convicted the man who opened fire inside Club Tempo, killing 12 people "
        "and wounding 9 others.",
        _at(11, 4, year=2032),
        title="Dance hall gunman convicted",
    )
    held = _holders([*_dance_hall_shooting(), verdict])
    assert held["verdict"] == held["first"]


def test_a_fire_a_year_on_placed_nowhere_with_the_same_toll_stays_apart() -> None:
    """Another kind of disaster with the same number of dead, a year on, is not a look back at the shooting."""
    fire = _report(
        "fire",
        "Twelve people died and nine were hurt when a fire swept through a packed warehouse party early on Sunday, "
        "firefighters said.",
        _at(3, 9, year=2032),
        title="Warehouse party fire kills 12",
    )
    held = _holders([*_dance_hall_shooting(), fire])
    assert held["fire"] != held["first"]


def test_a_shooting_at_another_venue_a_year_on_with_the_same_toll_stays_apart() -> None:
    """A year on, a gunman kills as many at another club, and the report names no town: the venue it names is not
    the shooting's, so the equal toll is a coincidence."""
    other = _report(
        "other",
        "A gunman killed 12 people and wounded 9 at Club Mirage on Sunday before he was arrested in the parking lot.",
        _at(3, 9, year=2032),
        title="12 killed in nightclub shooting",
    )
    held = _holders([*_dance_hall_shooting(), other])
    assert held["other"] != held["first"]


def test_a_later_shooting_in_the_city_citing_the_massacre_stays_apart() -> None:
    """A year on, two men are shot in Toledo, and the report recalls the nightclub's toll as background."""
    later = _report(
        "street",
        "TOLEDO, Ohio - Two men were wounded in a shooting on Dorr Street on Sunday night, a year after a gunman "
        "killed 12 people at Club Tempo a few blocks away.",
        _at(3, 10, year=2032),
        title="Two wounded in Dorr Street shooting",
    )
    held = _holders([*_dance_hall_shooting(), later])
    assert held["street"] != held["first"]


def test_a_look_back_more_than_two_years_on_is_not_pulled_across_time() -> None:
    """Past `mass_follow_up_days`, a toll placed nowhere is too weak a tie (a decade of attacks in one country).
    (A report that counts the years since, "three years since", is dated on the event's day instead: see
    tests/core/test_dates36.py.)"""
    late = _report(
        "late",
        "Families gathered on Sunday outside the shuttered Club Tempo to remember the night a "
        "gunman killed 12 people and wounded 9 there.",
        _at(3, 9, year=2034),
        title="At the nightclub, families remember",
    )
    held = _holders([*_dance_hall_shooting(), late])
    assert held["late"] != held["first"]


# ---------------------------------------------------------------------------------------------------------
# An event opened by a report placed nowhere, placed by its later reports


def _capsizing() -> list[ArticleFacts]:
    """A boat capsizing: its first report names no town the gazetteer holds, the next ones name Tanur, India."""
    return [
        _report(
            "alert",
            "A crowded tourist boat overturned near the estuary at dusk on Sunday, and 22 people drowned, rescuers "
            "said.",
            _at(5, 7, hour=18),
            title="Tourist boat overturns, 22 drowned",
        ),
        _report(
            "placed",
            "TANUR, India - A tourist boat capsized near Tanur in Kerala on Sunday evening, and 22 people drowned, "
            "including children, officials said on Monday.",
            _at(5, 8),
            title="22 drown as tourist boat capsizes in Kerala",
        ),
    ]


def test_a_report_placed_nowhere_days_on_joins_the_capsizing_its_later_reports_placed() -> None:
    """Two days on, the boat's operator is detained; the report names no town and no day, and tells the very toll
    and the sinking in words of its own. The event was opened by the first report, placed nowhere, and placed by
    the next one's town."""
    arrest = _report(
        "arrest",
        "Officers have detained the operator of the vessel, who had fled after 22 passengers lost their lives when "
        "it sank.",
        _at(5, 9),
        title="Operator detained after sinking that killed 22",
    )
    held = _holders([*_capsizing(), arrest])
    assert held["arrest"] == held["placed"]


def test_a_crash_placed_nowhere_days_on_with_the_same_toll_stays_apart_from_the_capsizing() -> None:
    """Two days on, a bus plunges into a gorge and 22 die; the report names no town: another kind of disaster."""
    crash = _report(
        "bus",
        "A bus carrying pilgrims plunged into a gorge after its brakes failed, and 22 people were killed, police said.",
        _at(5, 9),
        title="Bus plunges into gorge, 22 killed",
    )
    held = _holders([*_capsizing(), crash])
    assert held["bus"] != held["placed"]


def test_a_look_back_placed_nowhere_with_the_very_count_of_hurt_joins_its_shooting() -> None:
    """A shootout that killed few and hurt many: a year on, the report placed nowhere gives its very 6 dead and 14
    hurt; the hurt are its mass figure."""
    shootout = [
        _report(
            "gunfight",
            "FRESNO, California - Six people were killed and 14 wounded when rival groups exchanged gunfire outside "
            "a bar at closing time early on Sunday, police said.",
            _at(4, 6),
            title="Fresno shootout: 6 killed, 14 wounded",
        ),
        _report(
            "gunfight2",
            "FRESNO, California - Police said on Monday that 6 people died and 14 were wounded in the gunfire outside "
            "the bar, and that two men had been arrested.",
            _at(4, 7),
            title="Two arrested after Fresno shootout that killed 6",
        ),
    ]
    later = _report(
        "later",
        "A year after rival groups exchanged gunfire outside a bar at closing time, killing 6 people and wounding 14, "
        "relatives of the dead marched to demand tighter gun laws.",
        _at(4, 8, year=2032),
        title="A year after the shootout that killed 6 and wounded 14",
    )
    held = _holders([*shootout, later])
    assert held["later"] == held["gunfight"] == held["gunfight2"]
