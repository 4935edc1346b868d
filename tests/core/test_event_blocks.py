"""Blocks: the events of a set of articles do not depend on the order they come in (core.events.blocks)."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, datetime

import pytest

from core.events import EventState, GroupingSettings
from core.events.blocks import (
    UNPLACED_BLOCK,
    BlockGrouper,
    anchor_of,
    as_member,
    block_of_location,
    blocks_of,
    canonical_key,
    event_id_for,
    group_articles,
    regroup_block,
)
from core.extract import extract
from core.models import KILLED, WOUNDED, ArticleFacts, ArticleInput, Qualifier
from core.places.location import UNPLACED, Location
from core.similarity import fingerprint
from tests.core.eventkit import make_article, make_claim

SETTINGS = GroupingSettings()

# Our own short reports: two cities in two states, a town abroad, a report placed nowhere.
_CHICAGO = (
    "Two men were killed and three people wounded in a shooting on the South Side of Chicago on Saturday night, "
    "police said. Officers found the victims outside a corner store on 63rd Street."
)
_CHICAGO_LATER = (
    "A third man has died after the Saturday night shooting outside a corner store on 63rd Street on the South "
    "Side of Chicago, police said. Three people were killed and two remain in hospital."
)
_TOLEDO = "One woman was killed in a shooting at a Toledo apartment complex on Friday, Toledo police said."
_GANJA = (
    "A missile struck a residential area of Ganja overnight, killing nine civilians and wounding 34, officials said."
)


def _article(article_id: str, text: str, claims: list, published: datetime) -> ArticleFacts:
    return make_article(article_id, claims, published_at=published, fingerprint=fingerprint(text), text=text)


def _set() -> list[ArticleFacts]:
    return [
        _article(
            "chi-1",
            _CHICAGO,
            [
                make_claim(KILLED, 2, location="Chicago, Illinois", incident_date=date(2024, 6, 1)),
                make_claim(WOUNDED, 3, location="Chicago, Illinois", incident_date=date(2024, 6, 1)),
            ],
            datetime(2024, 6, 2, 8, 0),
        ),
        _article(
            "chi-2",
            _CHICAGO_LATER,
            [make_claim(KILLED, 3, location="Chicago, Illinois", incident_date=date(2024, 6, 1))],
            datetime(2024, 6, 3, 9, 30),
        ),
        _article(
            "chi-3",
            _CHICAGO,
            [make_claim(KILLED, 2, qualifier=Qualifier.AT_LEAST, location="Chicago, Illinois")],
            datetime(2024, 6, 2, 8, 0),  # the same minute as chi-1: the id breaks the tie
        ),
        _article(
            "tol-1",
            _TOLEDO,
            [make_claim(KILLED, 1, location="Toledo, Ohio", incident_date=date(2024, 5, 31))],
            datetime(2024, 6, 1, 12, 0),
        ),
        _article(
            "gan-1",
            _GANJA,
            [
                make_claim(KILLED, 9, location="Ganja, Azerbaijan", incident_date=date(2020, 10, 17)),
                make_claim(WOUNDED, 34, location="Ganja, Azerbaijan", incident_date=date(2020, 10, 17)),
            ],
            datetime(2020, 10, 17, 6, 0),
        ),
        _article(
            "gan-2",
            _GANJA,
            [make_claim(KILLED, 1, location="Ganja", incident_date=date(2020, 10, 17))],
            datetime(2020, 10, 17, 4, 0),
        ),
        # No place of its own: its text is a retelling of the Chicago report.
        _article("nowhere-1", _CHICAGO, [make_claim(KILLED, 2)], datetime(2024, 6, 2, 10, 0)),
    ]


def _dump(events: list[EventState]) -> str:
    return json.dumps([e.to_dict() for e in events], sort_keys=True)


def test_the_same_articles_in_any_order_give_the_same_events_and_ids() -> None:
    articles = _set()
    expected = _dump(group_articles(articles, SETTINGS))
    assert json.loads(expected), "the set makes events"
    for seed in range(6):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        assert _dump(group_articles(shuffled, SETTINGS)) == expected


def test_event_ids_come_from_the_article_that_opened_the_event() -> None:
    events = group_articles(_set(), SETTINGS)
    chicago = next(e for e in events if "chi-1" in e.article_ids)
    # chi-1 and chi-3 were published the same minute; chi-1 sorts first by id, so it opened the event.
    assert chicago.id == event_id_for("US-IL", "chi-1", 0)
    assert {"chi-1", "chi-2", "chi-3"} <= chicago.article_ids
    assert all(e.id.startswith("evt_") and len(e.id) == 20 for e in events)


def test_placing_arrivals_in_canonical_order_on_stored_events_gives_the_regrouped_block() -> None:
    """The service's fast path: an article later than every article of its block is placed on the stored
    events (JSON round trip, members as the store keeps them); the result is the block regrouped."""
    articles = [a for a in _set() if blocks_of(_set(), SETTINGS)[a.id] == "US-IL"]
    assert len(articles) >= 3
    stored: dict[str, dict] = {}
    kept: dict[str, ArticleFacts] = {}
    for article in sorted(articles, key=canonical_key):
        grouper = BlockGrouper(
            "US-IL", SETTINGS, [EventState.from_dict(json.loads(json.dumps(d))) for d in stored.values()]
        )
        for event in grouper.add(article, kept):
            stored.pop(event.id, None)
            if event.incidents:
                stored[event.id] = event.to_dict()
        kept[article.id] = as_member(article)
    regrouped = regroup_block("US-IL", {a.id: a for a in articles}, SETTINGS)
    assert json.dumps(stored, sort_keys=True) == json.dumps(
        {i: e.to_dict() for i, e in regrouped.items()}, sort_keys=True
    )


def test_an_article_placed_nowhere_joins_the_block_of_the_report_it_retells() -> None:
    blocks = blocks_of(_set(), SETTINGS)
    assert blocks["chi-1"] == blocks["nowhere-1"] == "US-IL"
    assert blocks["tol-1"] == "US-OH"
    assert blocks["gan-1"] == "AZ"


def test_removing_an_article_gives_what_the_set_without_it_gives() -> None:
    articles = _set()
    without = [a for a in articles if a.id != "chi-1"]
    events = group_articles(without, SETTINGS)
    assert all("chi-1" not in e.article_ids for e in events)
    # The Chicago event is now opened (and named) by the earliest remaining Chicago report.
    chicago = next(e for e in events if "chi-3" in e.article_ids)
    assert chicago.id == event_id_for("US-IL", "chi-3", 0)


@pytest.mark.parametrize(
    ("location", "block"),
    [
        (Location("city:us:il:chicago", "Chicago, IL", "city", "US-IL", name="chicago"), "US-IL"),
        (Location("city:az:ganja", "Ganja, AZ", "city", "AZ-20", name="ganja"), "AZ"),
        (Location("country:FR", "France", "country", "FR", name="france"), "FR"),
        (Location(UNPLACED, "unknown place", UNPLACED), UNPLACED_BLOCK),
        (Location("name:port blast", "Port Blast", "name", None, name="port blast"), UNPLACED_BLOCK),
    ],
)
def test_a_block_is_the_state_of_a_us_place_and_the_country_elsewhere(location: Location, block: str) -> None:
    assert block_of_location(location) == block


def test_canonical_order_is_publication_time_then_id() -> None:
    a, b, c = _set()[:3]
    assert sorted([b, c, a], key=canonical_key) == [a, c, b]
    assert min(_set(), key=canonical_key).id == "gan-2"


@pytest.mark.parametrize("published", [datetime(2024, 6, 2, 8, 0), None])
def test_reports_of_one_publication_moment_stand_in_the_order_of_their_content_not_their_ids(
    published: datetime | None,
) -> None:
    """A client's ids and the API's `art_...` ids must give one grouping: ties are broken by content."""
    one = _article("x", _CHICAGO, [make_claim(KILLED, 2)], published)  # type: ignore[arg-type]
    two = _article("y", _CHICAGO_LATER, [make_claim(KILLED, 3)], published)  # type: ignore[arg-type]
    firsts = {
        min([replace(one, id=first_id), replace(two, id=second_id)], key=canonical_key).fingerprint
        for first_id, second_id in (("a", "b"), ("b", "a"))
    }
    assert len(firsts) == 1


def test_a_member_keeps_the_places_its_text_gave_when_it_was_placed() -> None:
    """Events keep members without text or url (as the store does), but with the pieces their text gave: a
    member placed again from its claims alone would stand in Ohio, not Toledo, and offline grouping would
    differ from the service's."""
    from core.events.pieces import article_pieces
    from core.extract import extract
    from core.models import ArticleInput

    text = ("TOLEDO, Ohio (AP) - Two people were killed and three were wounded when gunfire broke out at a party "
            "late Saturday, police said.")  # fmt: skip
    published = datetime(2031, 4, 21, 18, 0)
    claims = extract(ArticleInput(text=text, published_at=published)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), published, None, fingerprint(text), text)
    member = as_member(article)
    assert member.text is None and member.url is None
    assert [p.location.key for p in article_pieces(member)] == [p.location.key for p in article_pieces(article)]
    assert article_pieces(article)[0].location.kind == "city"


def test_reports_that_both_lack_a_place_meet_on_text_only() -> None:
    """No place is no evidence: two undated reports placed nowhere share an event only if their texts agree."""
    flood = "Floodwaters swept through the valley overnight; rescuers said 14 people died and dozens are missing."
    quake = "A powerful earthquake flattened houses across the mountain district, killing 230 people, officials said."
    retold = "Rescuers said 14 people died and dozens are missing after floodwaters swept through the valley overnight."
    articles = [
        _article("flood-1", flood, [make_claim(KILLED, 14)], datetime(2024, 3, 1, 9, 0)),
        _article("quake-1", quake, [make_claim(KILLED, 230)], datetime(2024, 3, 1, 10, 0)),
        _article("flood-2", retold, [make_claim(KILLED, 14)], datetime(2024, 3, 1, 11, 0)),
    ]
    events = group_articles(articles, SETTINGS)
    holders = {a: e.id for e in events for a in e.article_ids}
    assert holders["flood-1"] == holders["flood-2"]
    assert holders["quake-1"] != holders["flood-1"]


def test_a_countrys_later_report_joins_the_events_of_its_towns_on_one_day_into_one() -> None:
    # Bombs in two towns of one country on one morning (Pisco and Ica, 70 km apart: two events while only the
    # towns' own reports are in); a later report of the country's toll that day sits at the level both share.
    day, morning, noon = date(2031, 5, 6), datetime(2031, 5, 6, 8), datetime(2031, 5, 6, 12)
    pisco = make_article(
        "pisco", [make_claim(KILLED, 9, location="Pisco, Peru", incident_date=day)], published_at=morning
    )
    ica = make_article("ica", [make_claim(KILLED, 4, location="Ica, Peru", incident_date=day)], published_at=morning)
    assert len(group_articles([pisco, ica], SETTINGS)) == 2
    country = make_article("nation", [make_claim(KILLED, 13, location="Peru", incident_date=day)], published_at=noon)
    for order in ([pisco, ica, country], [country, ica, pisco], [ica, country, pisco]):
        events = group_articles(order, SETTINGS)
        assert [sorted(e.article_ids) for e in events] == [["ica", "nation", "pisco"]]


_FLOOD_EARLY = (
    "Floods and landslides after weeks of heavy rain have killed 120 people across Peru, the national "
    "emergency agency said, as rivers burst their banks in the northern regions and thousands fled their homes."
)
_FLOOD_LATE = (
    "The death toll from the floods and landslides in Peru has risen to 410, the national emergency agency said, "
    "as the heavy rain eased and thousands who fled their homes began to return to the northern regions."
)


@pytest.mark.parametrize(("later", "one_event"), [(410, True), (40, False)])
def test_a_later_larger_toll_of_a_disaster_updates_it_weeks_on(later: int, one_event: bool) -> None:
    # Six weeks on, an undated report gives a larger running toll at the same place: the same disaster. A
    # smaller one that long after is not its update.
    early = make_article(
        "early", [make_claim(KILLED, 120, location="Peru", incident_date=date(2031, 2, 1))],
        published_at=datetime(2031, 2, 2), fingerprint=fingerprint(_FLOOD_EARLY), text=_FLOOD_EARLY,
    )  # fmt: skip
    text = _FLOOD_LATE.replace("410", str(later))
    late = make_article(
        "late", [make_claim(KILLED, later, location="Peru")],
        published_at=datetime(2031, 3, 20), fingerprint=fingerprint(text), text=text,
    )  # fmt: skip
    events = group_articles([early, late], SETTINGS)
    assert (len(events) == 1) is one_event


def test_a_report_placed_nowhere_pulls_nobody_out_of_their_place() -> None:
    """A weakly placed report (a name of towns in several countries) retold by a report with no place stays in
    its own block: the unplaced one joins it there, they do not swap blocks and miss each other."""
    placed = (
        "A bomb exploded at the end of a pop concert at the arena in Manchester on Monday night, killing 22 "
        "people and injuring 59, police said."
    )
    retold = "A bomb exploded at the end of a pop concert on Monday night, killing 22 people, police said."
    articles = [
        _article("m-1", placed, [make_claim(KILLED, 22, location="Manchester")], datetime(2024, 5, 23, 8, 0)),
        _article("m-2", retold, [make_claim(KILLED, 22)], datetime(2024, 5, 23, 9, 0)),
    ]
    blocks = blocks_of(articles, SETTINGS)
    assert blocks["m-1"] == blocks["m-2"] != UNPLACED_BLOCK
    assert len(group_articles(articles, SETTINGS)) == 1


def test_a_countrys_report_is_never_pulled_into_another_countrys_block() -> None:
    """A whole country's report retold word for word by a report placed abroad (a flight's origin read as the
    scene) stays in its country, where the events of its towns are."""
    text = "A passenger jet skidded off the runway and hit a wall on Sunday, killing 150 of the 152 people on board."
    articles = [
        _article("kr-1", text, [make_claim(KILLED, 150, location="South Korea")], datetime(2024, 5, 5, 8, 0)),
        _article("th-1", text, [make_claim(KILLED, 150, location="Bangkok")], datetime(2024, 5, 5, 9, 0)),
    ]
    blocks = blocks_of(articles, SETTINGS)
    assert blocks["kr-1"] == "KR" and blocks["th-1"] == "TH"


def test_a_whole_days_toll_beside_two_spots_is_an_incident_of_its_own() -> None:
    """Blasts at two churches of one town on one day, each reported at its church, and a report of the day's
    whole toll naming neither: the whole toll is an incident of its own, not one church's."""
    day = date(2024, 4, 21)
    church = "A bomb exploded during the morning service at {0}, killing {1} worshippers, police said."
    articles = [
        _article("c-1", church.format("St Anne's Church", 40),
                 [make_claim(KILLED, 40, location="St Anne's Church, Riverton", incident_date=day)],
                 datetime(2024, 4, 21, 12, 0)),
        _article("c-2", church.format("Grace Chapel", 25),
                 [make_claim(KILLED, 25, location="Grace Chapel, Riverton", incident_date=day)],
                 datetime(2024, 4, 21, 13, 0)),
        _article("all", "Coordinated bombings of churches in Riverton killed 90 people, police said.",
                 [make_claim(KILLED, 90, location="Riverton", incident_date=day)], datetime(2024, 4, 21, 18, 0)),
    ]  # fmt: skip
    events = group_articles(articles, SETTINGS)
    assert len(events) == 1
    incidents = {tuple(sorted(m.article_id for m in i.members)): i.spot for i in events[0].incidents}
    assert incidents.get(("all",), "missing") is None and len(incidents) == 3


def test_a_timeless_country_report_repeating_a_mass_toll_joins_the_towns_event() -> None:
    """A report with no date and no publication date, placed only by its country and written in another
    language (no words in common), repeating the very mass toll a town's reports give, is that event's."""
    day = date(2024, 9, 24)
    crush = "A crush at the pilgrimage site killed 717 people and injured 805, the civil defence said."
    articles = [
        _article("town-1", crush, [make_claim(KILLED, 717, location="Mecca", incident_date=day),
                                   make_claim(WOUNDED, 805, location="Mecca", incident_date=day)],
                 datetime(2024, 9, 24, 18, 0)),
        make_article("far-1", [make_claim(KILLED, 717, location="Saudi Arabia"),
                               make_claim(WOUNDED, 805, location="Saudi Arabia")],
                     published_at=None, fingerprint=fingerprint("تدافع منى ٧١٧ قتيلا"), text="تدافع منى"),
        make_article("far-2", [make_claim(KILLED, 41, location="Saudi Arabia")],
                     published_at=None, fingerprint=fingerprint("حادث سير ٤١ قتيلا"), text="حادث سير"),
    ]  # fmt: skip
    joined = {a: e.id for e in group_articles(articles[:2], SETTINGS) for a in e.article_ids}
    assert joined["far-1"] == joined["town-1"]
    # Another toll of the country, nothing dating it either, is not that event's.
    apart = {a: e.id for e in group_articles([articles[0], articles[2]], SETTINGS) for a in e.article_ids}
    assert apart["far-2"] != apart["town-1"]


def test_a_neighbouring_town_of_another_province_repeating_the_mass_toll_joins() -> None:
    """The airport town beside a capital lies in another province ("Zaventem" and "Brussels"): a report placed
    there, nothing dating it, giving the capital's reports' very mass toll is the same attack."""
    capital = "Explosions at the airport and a metro station killed 31 people, prosecutors said."
    articles = [
        _article("cap-1", capital, [make_claim(KILLED, 31, location="Brussels")], datetime(2024, 3, 22, 18, 0)),
        make_article("air-1", [make_claim(KILLED, 31, location="Zaventem")], published_at=None,
                     fingerprint=fingerprint("Attentats: 31 morts"), text="Attentats"),
        make_article("air-2", [make_claim(KILLED, 4, location="Zaventem")], published_at=None,
                     fingerprint=fingerprint("Accident: 4 morts"), text="Accident"),
    ]  # fmt: skip
    joined = {a: e.id for e in group_articles(articles[:2], SETTINGS) for a in e.article_ids}
    assert joined["air-1"] == joined["cap-1"]
    # Another toll at the airport town, nothing dating it either, is not that attack's.
    apart = {a: e.id for e in group_articles([articles[0], articles[2]], SETTINGS) for a in e.article_ids}
    assert apart["air-2"] != apart["cap-1"]


def _toll_update(claim):  # type: ignore[no-untyped-def]
    return replace(claim, update=True)


def test_a_timeless_toll_update_of_a_province_joins_its_towns_disaster_not_another_provinces() -> None:
    """A report nothing dates (no date in its text, no publication date), placed by its province, telling the
    toll as risen past the town's figures ("the number of dead has risen to 52"), is the later count of the
    disaster in a town of that province, not of a crash the same day in a town of another province."""
    day = date(2031, 8, 11)
    slide = "A landslide buried houses on the edge of Bukittinggi on Monday, killing 19 people, officials said."
    later = "The toll from Monday's landslide near Bukittinggi rose to 47 on Tuesday, with 30 people missing."
    crash = "A bus plunged into a ravine outside Medan on Monday evening, killing 14 passengers, police said."
    articles = [
        _article("slide-1", slide, [make_claim(KILLED, 19, location="Bukittinggi, Indonesia", incident_date=day)],
                 datetime(2031, 8, 11, 12)),
        _article("slide-2", later, [make_claim(KILLED, 47, location="Bukittinggi, Indonesia", incident_date=day)],
                 datetime(2031, 8, 12, 9)),
        _article("crash-1", crash, [make_claim(KILLED, 14, location="Medan, Indonesia", incident_date=day)],
                 datetime(2031, 8, 11, 20)),
        make_article("province-1", [_toll_update(make_claim(KILLED, 52, location="West Sumatra, Indonesia"))],
                     published_at=None, fingerprint=fingerprint("Longsor: korban tewas bertambah"), text="Longsor"),
    ]  # fmt: skip
    for order in (articles, articles[::-1], [articles[3], *articles[:3]]):
        holders = {a: e.id for e in group_articles(order, SETTINGS) for a in e.article_ids}
        assert holders["province-1"] == holders["slide-1"] == holders["slide-2"]
        assert holders["crash-1"] != holders["slide-1"]


def test_a_timeless_toll_without_update_words_opens_no_claim_on_the_disaster() -> None:
    """The same province's figure, neither dated nor told as a risen toll nor naming a kind of disaster, may be
    anything (another disaster's toll, an anniversary's): it is no running count. (A timeless report naming the
    disaster's kind is that disaster's: see the tests of reports that nothing dates below.)"""
    day = date(2031, 8, 11)
    slide = "A landslide buried houses on the edge of Bukittinggi on Monday, killing 19 people, officials said."
    articles = [
        _article("slide-1", slide, [make_claim(KILLED, 19, location="Bukittinggi, Indonesia", incident_date=day)],
                 datetime(2031, 8, 11, 12)),
        make_article("province-1", [make_claim(KILLED, 52, location="West Sumatra, Indonesia")],
                     published_at=None, fingerprint=fingerprint("Korban jiwa: 52 tewas"), text="Korban jiwa"),
    ]  # fmt: skip
    holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
    assert holders["province-1"] != holders["slide-1"]


def test_a_report_dated_inside_the_days_a_disaster_already_spans_joins_it() -> None:
    """A disaster's running toll stretched its event over three weeks; a report dated on its third day, repeating
    a toll told then, lies inside those days, though further than the span from the last of them."""
    flood = "Flash floods tore through the old town of Sagunto on Tuesday night, killing 95 people, officials said."
    third = "Rescuers in Sagunto were still searching flooded garages on Thursday; 158 people are confirmed dead."
    weeks = "The death toll from the floods around Sagunto has risen to 225, the regional government said."
    town = "Sagunto, Spain"
    articles = [
        _article("flood-1", flood, [make_claim(KILLED, 95, location=town, incident_date=date(2031, 10, 28))],
                 datetime(2031, 10, 29, 8)),
        _article("flood-2", third, [make_claim(KILLED, 158, location=town, incident_date=date(2031, 10, 30))],
                 datetime(2031, 10, 30, 20)),
        _article("flood-3", weeks, [_toll_update(make_claim(KILLED, 225, location="Sagunto, Spain",
                                                            incident_date=date(2031, 11, 18)))],
                 datetime(2031, 11, 18, 12)),
        make_article("flood-4", [make_claim(KILLED, 158, location="Sagunto, Spain", incident_date=date(2031, 10, 30))],
                     published_at=None, fingerprint=fingerprint("158 confirmed dead after the floods"), text="floods"),
    ]  # fmt: skip
    events = group_articles(articles, SETTINGS)
    assert [sorted(e.article_ids) for e in events] == [["flood-1", "flood-2", "flood-3", "flood-4"]]


def test_a_province_the_index_places_in_no_region_meets_its_towns_event() -> None:
    """A province known only with its country ("Batangas province": no region of the Philippines in the
    index) shares no region key with its towns' events; a later, larger toll told for it the next day is still
    the same disaster's."""
    day = date(2031, 7, 6)
    town = "A landslide buried homes in Lipa on Sunday, killing at least 18 people, officials said."
    province = "The toll from Sunday's landslide in Batangas province rose to 27, the provincial governor said."
    articles = [
        _article("town-1", town, [make_claim(KILLED, 18, location="Lipa, Philippines", incident_date=day)],
                 datetime(2031, 7, 6, 12)),
        _article("prov-1", province, [make_claim(KILLED, 27, location="Batangas province, Philippines",
                                                 incident_date=day)], datetime(2031, 7, 7, 9)),
    ]  # fmt: skip
    events = group_articles(articles, SETTINGS)
    assert [sorted(e.article_ids) for e in events] == [["prov-1", "town-1"]]


def _titled(article_id: str, title: str, text: str, claims: list, published: datetime) -> ArticleFacts:
    return make_article(article_id, claims, published_at=published, fingerprint=fingerprint(text), text=text,
                        title=title)  # fmt: skip


def test_a_countrys_running_toll_of_the_same_kind_of_disaster_joins_the_towns_event() -> None:
    """Floods around a town; a week after they began, a report placed only by the country, in another language,
    whose headline names floods too, tells the toll as risen past every figure: the same disaster's count. The
    country's toll of a mine blast, or a flood toll told over a month after the floods began, is not."""
    town = "Floods swept through Pelotas after days of rain, killing 29 people, the state civil defence said."
    later = "The death toll from the floods around Pelotas rose to 56 on Saturday, the civil defence said."
    articles = [
        _titled("town-1", "Floods kill 29 in southern Brazil", town,
                [make_claim(KILLED, 29, location="Pelotas, Brazil", incident_date=date(2031, 4, 28))],
                datetime(2031, 4, 29, 8)),
        _titled("town-2", "Flood toll rises to 56", later,
                [_toll_update(make_claim(KILLED, 56, location="Pelotas, Brazil", incident_date=date(2031, 5, 3)))],
                datetime(2031, 5, 3, 18)),
    ]  # fmt: skip

    def country_report(aid: str, title: str, day: date) -> ArticleFacts:
        text = "Nach den Überschwemmungen ist die Zahl der Toten auf 107 gestiegen, teilte der Zivilschutz mit."
        claim = _toll_update(make_claim(KILLED, 107, location="Brazil", incident_date=day))
        return _titled(aid, title, text, [claim], datetime(day.year, day.month, day.day, 9))

    flood = country_report("country-1", "Brasilien: Zahl der Toten nach Überschwemmungen steigt auf 107",
                           date(2031, 5, 8))
    mine = country_report("country-2", "Brasilien: Zahl der Toten nach Explosion in Bergwerk steigt auf 107",
                          date(2031, 5, 8))
    late = country_report("country-3", "Brasilien: Zahl der Toten nach Überschwemmungen steigt auf 107",
                          date(2031, 6, 5))
    for report, joins in ((flood, True), (mine, False), (late, False)):
        holders = {a: e.id for e in group_articles([*articles, report], SETTINGS) for a in e.article_ids}
        assert (holders[report.id] == holders["town-1"] == holders["town-2"]) is joins, report.id


def _read(article_id: str, title: str, text: str, language: str, published: datetime) -> ArticleFacts:
    from core.extract import extract
    from core.models import ArticleInput

    claims = extract(ArticleInput(text, title, published, language=language)).claims
    return make_article(
        article_id, list(claims), published_at=published, title=title, fingerprint=fingerprint(text, title), text=text
    )


def test_a_report_in_another_language_that_dates_nothing_joins_the_disaster_its_toll_repeats() -> None:
    """A Hindi report two days on, placed by the state, dating nothing, repeating the very mass toll: dated by
    its publication it was an incident two days late in a province (no text in common), and stood apart."""
    crash = "Two passenger trains collided near Cuttack on Friday evening, killing 212 people, officials said."
    update = "The toll from Friday's train collision near Cuttack rose to 240 on Saturday, officials said."
    later = "ओडिशा में हुए भीषण रेल हादसे में मरने वालों की संख्या 240 हो गई है।"
    articles = [
        _read("en-1", "Trains collide in India, 212 dead", crash, "en", datetime(2031, 6, 6, 22)),
        _read("en-2", "India train crash toll rises to 240", update, "en", datetime(2031, 6, 7, 15)),
        _read("hi-1", "ओडिशा रेल हादसा: 240 की मौत", later, "hi", datetime(2031, 6, 8, 9)),
    ]
    holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
    assert holders["hi-1"] == holders["en-1"] == holders["en-2"]


def test_a_lone_victim_beside_a_mass_shooting_of_that_city_and_day_is_another_shooting() -> None:
    """'A man shot dead in West Baltimore' the afternoon of a block party shooting across town (2 dead, 28
    wounded): place and day alike, no figure in common, only the topic's words: another shooting."""
    day = date(2031, 7, 6)
    party = (
        "Two people were killed and 28 others were wounded when gunfire erupted at a Fourth of July block party in "
        "the Brooklyn Homes neighborhood of south Baltimore early Sunday, police said. The acting commissioner said "
        "the victims ranged in age from 13 to 32."
    )
    lone = (
        "A 35-year-old man was shot and killed in West Baltimore on Sunday afternoon, police said. Officers found "
        "him on the 1800 block of North Fulton Avenue."
    )
    update = (
        "A third person has died from injuries suffered in Sunday's mass shooting at a block party in south "
        "Baltimore, raising the death toll to three, police said Wednesday. Twenty-seven others were wounded."
    )
    articles = [
        _article("party", party, [make_claim(KILLED, 2, location="Baltimore", incident_date=day),
                                  make_claim(WOUNDED, 28, location="Baltimore", incident_date=day)],
                 datetime(2031, 7, 6, 3)),
        _article("lone", lone, [make_claim(KILLED, 1, location="Baltimore", incident_date=day)],
                 datetime(2031, 7, 6, 14)),
        _article("third", update, [make_claim(KILLED, 3, location="Baltimore", incident_date=day)],
                 datetime(2031, 7, 9, 10)),
    ]  # fmt: skip
    holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
    assert holders["lone"] != holders["party"]
    assert holders["third"] == holders["party"]  # a later toll of the party shooting still joins it


def test_a_village_the_gazetteer_does_not_know_stands_in_the_country_of_the_towns_its_report_names() -> None:
    """'At Bhimdhunga Bend', a bend of a highway no gazetteer lists, with the towns the bus travelled between:
    the report was placed nowhere and stood apart from the country's reports of the same crash. A village of the
    same name in a report naming towns of another country stays apart."""
    day = datetime(2031, 9, 12, 8)
    village = (
        "At least 19 people were killed and 11 injured when a bus skidded off the road at Bhimdhunga Bend on "
        "Thursday, police said. The bus was travelling from Pokhara to Kathmandu."
    )
    country = "A bus plunged off a highway in Nepal on Thursday, killing 19 passengers and injuring 11, police said."
    elsewhere = (
        "At least 19 people were killed and 11 injured when a bus skidded off the road at Bhimdhunga Bend on "
        "Thursday, police said. The bus was travelling from Lahore to Multan."
    )
    articles = [
        _read("village", "Bus skids off road at Bhimdhunga Bend, 19 dead", village, "en", day),
        _read("country", "Nepal bus crash kills 19", country, "en", day.replace(hour=11)),
    ]
    holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
    assert holders["village"] == holders["country"]
    other = [_read("elsewhere", "Bus skids off road, 19 dead", elsewhere, "en", day), articles[1]]
    holders = {a: e.id for e in group_articles(other, SETTINGS) for a in e.article_ids}
    assert holders["elsewhere"] != holders["country"]


def test_a_countrys_running_toll_without_a_headline_tells_its_disaster_by_its_opening() -> None:
    """Many reports reach us with their text alone. A country's toll four days on ("ascendió a 58") names the
    ferry's sinking in its opening, not in a headline it does not have: that is its kind of disaster, as a
    headline's would be. The same toll of a bus crash in the country stays apart."""
    sinking = (
        "A passenger ferry carrying 300 people sank off the southern port of Mokpo on Wednesday, killing at "
        "least 25 people, the coast guard said. Hundreds were missing."
    )
    update = (
        "The toll from the ferry sinking off Mokpo rose to 31 on Thursday as divers reached the ship, the coast "
        "guard said."
    )
    later = (
        "El número de muertos por el naufragio del transbordador en Corea del Sur ascendió a 58 el domingo, "
        "informaron las autoridades, mientras continúa la búsqueda de los desaparecidos."
    )
    bus = (
        "El número de muertos por el accidente de autobús en Corea del Sur ascendió a 58 el domingo, informaron "
        "las autoridades, mientras continúa la búsqueda de los desaparecidos."
    )
    articles = [
        _read("en-1", "Ferry sinks off South Korea's Mokpo, 25 dead", sinking, "en", datetime(2031, 4, 16, 12)),
        _read("en-2", "South Korea ferry toll rises to 31", update, "en", datetime(2031, 4, 17, 12)),
    ]
    holders = {a: e.id for e in group_articles([*articles, _read_untitled("es", later)], SETTINGS)
               for a in e.article_ids}  # fmt: skip
    assert holders["es"] == holders["en-1"] == holders["en-2"]
    holders = {a: e.id for e in group_articles([*articles, _read_untitled("es", bus)], SETTINGS)
               for a in e.article_ids}  # fmt: skip
    assert holders["es"] != holders["en-1"]


def _read_untitled(article_id: str, text: str) -> ArticleFacts:
    return replace(_read(article_id, "", text, "es", datetime(2031, 4, 20, 12)), title=None)


def _timeless(article_id: str, text: str, language: str, title: str | None = None) -> ArticleFacts:
    """A report as many reach us: its text alone, no publication date, no date in it."""
    return replace(_read(article_id, title or "", text, language, None), title=title)  # type: ignore[arg-type]


def test_a_report_that_nothing_dates_joins_the_disaster_of_its_kind_in_its_country() -> None:
    """A Finnish report of the earthquake's toll, placed by a town two provinces away and dating nothing, has
    no date to set it apart from the quake reported from the epicentre: it joins it (a quake spans a region),
    not a bombing of those days in a third town."""
    quake = (
        "A magnitude 7.1 earthquake struck near Malatya before dawn on Monday, killing at least 900 people, "
        "officials said."
    )
    bombing = "A car bomb exploded outside a police station in Izmir on Tuesday, killing 12 people, officials said."
    articles = [
        _read("en-1", "Quake near Malatya kills 900", quake, "en", datetime(2031, 2, 3, 9)),
        _read("en-2", "Car bomb kills 12 in Izmir", bombing, "en", datetime(2031, 2, 4, 15)),
    ]
    toll = _timeless("fi-1", "Maanjäristyksen kuolonuhrien määrä on noussut yli 1 500:aan Adanassa ja sen "
                     "ympäristössä, kertoivat viranomaiset.", "fi")  # fmt: skip
    holders = {a: e.id for e in group_articles([*articles, toll], SETTINGS) for a in e.article_ids}
    assert holders["fi-1"] == holders["en-1"]
    assert holders["en-2"] != holders["en-1"]


def test_a_report_placed_nowhere_and_dated_by_nothing_joins_the_disaster_whose_kind_and_toll_it_tells() -> None:
    """A Bengali report of a launch capsizing names a river no gazetteer knows, and nothing dates it: the kind
    of disaster and the toll it tells are all it has. It joins the capsizing whose toll it gives, not a fire of
    the same days in the same country."""
    capsize = (
        "A ferry carrying about 60 passengers capsized on a river near Narayanganj on Sunday, killing 18 people, "
        "officials said."
    )
    fire = "A fire swept through a market in Chittagong on Sunday, killing 18 people, fire officials said."
    articles = [
        _read("en-1", "Ferry capsizes near Narayanganj, 18 dead", capsize, "en", datetime(2031, 3, 16, 12)),
        _read("en-2", "Market fire kills 18 in Chittagong", fire, "en", datetime(2031, 3, 16, 13)),
    ]
    launch = _timeless("bn-1", "ধলেশ্বরী নদীতে লঞ্চডুবির ঘটনায় ১৮ জনের লাশ উদ্ধার করা হয়েছে।", "bn",
                       "ধলেশ্বরীতে লঞ্চডুবি: ১৮ জনের লাশ উদ্ধার")  # fmt: skip
    holders = {a: e.id for e in group_articles([*articles, launch], SETTINGS) for a in e.article_ids}
    assert holders["bn-1"] == holders["en-1"] != holders["en-2"]


def test_a_provinces_running_toll_joins_the_disaster_of_its_town() -> None:
    """A Romanian report of the Attica region's toll two days on joins the wildfire reported from Athens, the
    region's capital: a province's running toll of the same kind of disaster, as a country's is. An earthquake's
    toll there is another disaster."""
    town = "A wildfire tore through seaside villages near Athens on Monday, killing at least 50 people, officials said."
    fire = "Bilanțul victimelor incendiului din regiunea Attica a crescut miercuri la 80 de morți, anunță pompierii."
    quake = "Bilanțul victimelor cutremurului din regiunea Attica a crescut miercuri la 80 de morți, anunță ANSA."
    athens = _read("en-1", "Wildfire near Athens kills 50", town, "en", datetime(2031, 7, 14, 12))
    for title, text, joins in (
        ("Grecia: bilanțul incendiului a crescut la 80 de morți", fire, True),
        ("Grecia: bilanțul cutremurului a crescut la 80 de morți", quake, False),
    ):
        region = _read("ro-1", title, text, "ro", datetime(2031, 7, 16, 15))
        holders = {a: e.id for e in group_articles([athens, region], SETTINGS) for a in e.article_ids}
        assert (holders["ro-1"] == holders["en-1"]) is joins, title


def test_a_report_nothing_dates_never_joins_a_disaster_of_another_kind_or_makes_two_decades_one() -> None:
    """A Spanish report of a ferry's sinking, dating nothing and placed only by the country, fitted the country's
    plane crash ten years on as well as the sinking (nothing dates it; its kind was read in no headline): it
    joined the crash and bridged the two into one event spanning ten years. Its opening's kind rules the crash
    out, and two events that far apart are never bridged."""
    sinking = "A ferry carrying 300 people sank off the port of Mokpo on Wednesday, killing at least 25, police said."
    crash = "A passenger plane crashed at an airport in South Korea on Sunday, killing at least 85, officials said."
    articles = [
        _read("en-1", "Ferry sinks off Mokpo, 25 dead", sinking, "en", datetime(2031, 4, 16, 12)),
        _read("en-2", "Plane crash in South Korea kills 85", crash, "en", datetime(2041, 12, 29, 12)),
        _timeless("es-1", "Al menos 40 personas murieron en el naufragio del ferry en Corea del Sur.", "es"),
    ]
    holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
    assert holders["en-1"] != holders["en-2"]
    assert holders["es-1"] == holders["en-1"]


def test_a_report_nothing_dates_under_a_headline_naming_no_kind_tells_its_kind_by_its_opening() -> None:
    """A Korean report of the victims' families, placed nowhere and dated by nothing, under a headline that names
    no kind of disaster ("families demand answers"): its opening names the airliner, and it tells the crash's
    toll. It joins the crash, not a factory fire in the same country the day before."""
    crash = "A passenger jet skidded off the runway at Muan airport on Sunday and burst into flames, killing 179."
    fire = "A fire at a factory in Busan on Saturday killed three workers, firefighters said."
    articles = [
        _read("en-1", "Jet crash at Muan airport kills 179", crash, "en", datetime(2031, 12, 29, 8)),
        _read("en-2", "Factory fire kills 3 in Busan", fire, "en", datetime(2031, 12, 28, 10)),
    ]
    families = _timeless(
        "ko-1",
        "제주항공 여객기 참사 유가족들이 정부에 철저한 사고 원인 조사를 요구했다. "
        "이번 사고로 숨진 179명 가운데 대부분은 연말 여행을 다녀오던 승객이었다.",
        "ko",
        "참사 유가족, 진상 규명 촉구",
    )
    holders = {a: e.id for e in group_articles([*articles, families], SETTINGS) for a in e.article_ids}
    assert holders["ko-1"] == holders["en-1"] != holders["en-2"]


def test_a_report_placed_in_a_town_is_not_pulled_abroad_by_its_kind_of_disaster() -> None:
    """A report nothing dates, placed (weakly) in Paris by its dateline, telling an attack: a dated attack
    abroad of another toll does not pull it out of France, however alike their kinds."""
    paris = _timeless(
        "en-1",
        "PARIS: Gunmen and bombers attacked restaurants and a concert hall across the city, killing at least 120 "
        "people in what the president called an act of war.",
        "en",
        "In pictures: a night of terror",
    )
    abroad = _read("en-2", "Bomb attack kills 40 at a market in Kabul",
                   "A suicide bomber attacked a crowded market in Kabul on Friday, killing 40 people, police said.",
                   "en", datetime(2031, 11, 14, 9))  # fmt: skip
    anchors = [anchor_of(a, SETTINGS) for a in (paris, abroad)]
    assert anchors[0].home == "FR" and anchors[0].window is None and anchors[0].kinds & anchors[1].kinds
    assert blocks_of([paris, abroad], SETTINGS)["en-1"] == "FR"


def test_a_countrys_running_toll_of_a_mine_disaster_joins_the_mines_event() -> None:
    """A Lithuanian report of a coal mine's toll, placed only by Turkey, joins the mine blast reported from the
    town days before: a mine disaster is a kind of its own in every language ("kasykla"), so the running toll is
    of that disaster, not of a road crash in another town of the country."""
    blast = "An explosion at a coal mine in Soma, Turkey, killed at least 160 miners on Tuesday, officials said."
    crash = "A truck hit a minibus near Izmir on Wednesday, killing three people, officials said."
    articles = [
        _read("en-1", "Coal mine blast in Turkey kills 160", blast, "en", datetime(2031, 5, 13, 22)),
        _read("en-2", "Three die as truck hits minibus near Izmir", crash, "en", datetime(2031, 5, 14, 15)),
    ]
    toll = _read("lt-1", "Turkijos kasyklos nelaimės aukų skaičius išaugo iki 290",
                 "Turkijoje per sprogimą anglių kasykloje žuvusių kalnakasių skaičius išaugo iki 290, pranešė "
                 "ministras.", "lt", datetime(2031, 5, 16, 9))  # fmt: skip
    holders = {a: e.id for e in group_articles([*articles, toll], SETTINGS) for a in e.article_ids}
    assert holders["lt-1"] == holders["en-1"] != holders["en-2"]


def test_a_report_placed_nowhere_joins_the_disaster_of_its_kind_and_very_mass_toll_in_its_days() -> None:
    """A Nepali report names only a rural municipality the gazetteer does not hold, and dates nothing in its
    text; it was published an hour before the English report of the bus plunge whose toll it tells. The kind of
    disaster and the very mass toll, in the same days, are the same disaster (whichever arrives first), not a
    landslide of that toll in the country the same day."""
    plunge = (
        "A bus carrying pilgrims plunged into a river in Tanahun district on Friday, killing 27 people, police said. "
        "It was heading to Kathmandu from Pokhara."
    )
    slide = "A landslide buried houses in a village of Sindhupalchok on Friday, killing 27 people, officials said."
    nepali = _read("ne-1", "बस दुर्घटना : मृत्यु हुनेको संख्या २७ पुग्यो",
                   "आँबुखैरेनी गाउँपालिकामा बस नदीमा खस्दा मृत्यु हुनेको संख्या २७ पुगेको छ।", "ne",
                   datetime(2031, 8, 22, 9))  # fmt: skip
    articles = [
        nepali,
        _read("en-1", "Bus plunges into river in Nepal, 27 dead", plunge, "en", datetime(2031, 8, 22, 10)),
        _read("en-2", "Landslide in Nepal kills 27", slide, "en", datetime(2031, 8, 22, 11)),
    ]
    holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
    assert holders["ne-1"] == holders["en-1"] != holders["en-2"]


def test_a_countrys_toll_of_one_days_attack_never_makes_an_attack_on_another_town_the_next_day_the_same() -> None:
    """A hospital blast in one town and an airstrike on another town of the territory the next day are two
    events; a report of the blast's toll placed only by the territory, dated by the blast's day or by nothing,
    joins the blast and bridges nothing (bombs in two towns on the report's own day are one event: see the Pisco
    and Ica test above)."""
    blast = make_article("blast", [make_claim(KILLED, 300, location="Gaza City", incident_date=date(2031, 10, 17))],
                         published_at=datetime(2031, 10, 17, 20))  # fmt: skip
    strike = make_article("strike", [make_claim(KILLED, 13, location="Khan Yunis", incident_date=date(2031, 10, 18))],
                          published_at=datetime(2031, 10, 18, 9))  # fmt: skip
    for when in (date(2031, 10, 17), None):
        toll = make_article("toll", [make_claim(KILLED, 280, location="Palestinian Territory", incident_date=when)],
                            published_at=datetime(2031, 10, 18, 15))  # fmt: skip
        holders = {a: e.id for e in group_articles([blast, strike, toll], SETTINGS) for a in e.article_ids}
        assert holders["blast"] != holders["strike"], when


def test_a_small_toll_of_its_own_later_day_beside_a_mass_disaster_is_another_incident() -> None:
    """A new quake two weeks on kills three in the province whose capital the great quake's reports are placed
    in: a disaster's count only grows, so a tenth of its toll on a later day of its own is another event (an
    aftershock). A larger count that day still updates it."""
    quake = make_article("quake", [make_claim(KILLED, 20000, location="Antakya", incident_date=date(2031, 2, 6))],
                         published_at=datetime(2031, 2, 9, 17))  # fmt: skip
    for later, joins in ((3, False), (41000, True)):
        new = make_article("new", [make_claim(KILLED, later, location="Antakya", incident_date=date(2031, 2, 17))],
                           published_at=datetime(2031, 2, 17, 21))  # fmt: skip
        holders = {a: e.id for e in group_articles([quake, new], SETTINGS) for a in e.article_ids}
        assert (holders["quake"] == holders["new"]) is joins, later


def test_a_report_placed_nowhere_telling_a_risen_toll_joins_the_disaster_of_its_kind_in_its_days() -> None:
    """An update names only a compound and a hospital, neither of them a town: "the death toll from Monday's
    bombing at the barracks mosque rose to 61". The day, the kind of disaster and a toll risen from the one the
    town's report gave (a mass toll) are the disaster's later count; not a bombing of another country, nor a
    fire. A toll the report does not tell as risen, or one smaller than the event's, is no such count."""
    first = ("QUETTA (Wire) - A suicide bomber blew himself up in a mosque inside a police compound in Quetta on "
             "Monday, killing at least 31 people and wounding 120, officials said.")  # fmt: skip
    other = ("KANO (Wire) - A suicide bomber killed 19 people at a market in Kano on Monday, police said, in the "
             "deadliest attack on the city in years.")  # fmt: skip
    for toll, told, joins in ((61, "rose to 61 overnight", True), (61, "killed 61 people", False),
                              (12, "rose to 12 overnight", False)):  # fmt: skip
        update = _read("en-3", f"Toll from barracks mosque bombing: {toll}",
                       f"The death toll from Monday's suicide bombing at the mosque in the police barracks {told}, "
                       "a spokesman for the main hospital said.", "en", datetime(2031, 1, 14, 5))  # fmt: skip
        articles = [
            _read("en-1", "Suicide bomber kills 31 at mosque in Pakistan", first, "en", datetime(2031, 1, 13, 12)),
            _read("en-2", "Market bombing kills 19 in Nigeria", other, "en", datetime(2031, 1, 13, 14)),
            update,
        ]
        holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
        assert (holders["en-3"] == holders["en-1"]) is joins, told
        assert holders["en-1"] != holders["en-2"], told
        if joins:
            assert holders["en-3"] != holders["en-2"], told


def test_a_quakes_later_toll_told_from_a_town_of_the_stricken_region_joins_the_quake() -> None:
    """Four days after a quake placed in the big city near its epicentre, a report from a mountain town 60 km
    away gives the official toll, now higher: a quake or a flood strikes a region's towns, so its running toll
    may be told from any of them. Not from a town of the country far from the region (another disaster there),
    and not for an attack (a bombing's toll is told of its own town)."""
    quake = ("TABRIZ (Wire) - A powerful earthquake struck near Tabriz in north-western Iran late on Friday, killing "
             "at least 300 people and injuring 400, officials said.")  # fmt: skip
    for town, kind, joins in (("Marand", "quake", True), ("Zahedan", "quake", False), ("Marand", "bombing", False)):
        later = (f"Rescuers are still digging through rubble in {town}, where the {kind} flattened homes. The official "
                 "death toll now stands at 2,400, with 2,100 people injured.")  # fmt: skip
        articles = [
            _read("en-1", "Strong earthquake in Iran kills 300", quake, "en", datetime(2031, 9, 6, 3)),
            _read("en-2", f"{town}: rubble and grief", later, "en", datetime(2031, 9, 9, 9)),
        ]
        holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
        assert (holders["en-1"] == holders["en-2"]) is joins, (town, kind)


def test_a_quakes_later_toll_told_from_a_town_joins_the_quake_its_first_report_placed_in_the_country() -> None:
    """The first wire places the quake only by the country ("struck eastern Iran"); the next day's toll, higher,
    is told of the town at its centre. A quake strikes a region's towns: the town's count is the country's
    quake's."""
    first = ("A magnitude 7.4 earthquake struck eastern Iran early on Monday, killing at least 900 people and "
             "toppling buildings across the region.")  # fmt: skip
    later = ("The number of people who died in the quakes centred on Birjand has risen to 2,300, the disaster "
             "agency said. Search and rescue work goes on in ten provinces.")  # fmt: skip
    articles = [
        _read("en-1", "Major earthquake kills 900 in Iran", first, "en", datetime(2031, 2, 3, 8)),
        _read("en-2", "Birjand quake: toll rises to 2,300", later, "en", datetime(2031, 2, 4, 6)),
    ]
    holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
    assert holders["en-1"] == holders["en-2"]


def test_a_countrys_toll_revised_down_joins_the_disaster_it_revises_not_a_smaller_one_of_the_next_day() -> None:
    """A ministry lowers a hospital blast's toll from 500 to 471, in a report placed only by the territory and
    dated by nothing but its publication, the day after the blast and the day of an airstrike that killed 13 in
    another town. A lowered toll is that disaster's count revised, not a running toll of the small strike."""
    blast = ("GAZA CITY - An explosion at a hospital in Gaza City on Tuesday evening killed at least 500 people, the "
             "health ministry said.")  # fmt: skip
    strike = ("KHAN YOUNIS - An airstrike on a home in Khan Younis on Wednesday morning killed 13 members of one "
              "family, medics said.")  # fmt: skip
    # placed nowhere ("Palestinian" is a people), or only by the territory ("in Gaza")
    for lowered in ("The Palestinian health ministry has lowered the death toll from the hospital explosion to 471, "
                    "with 314 wounded.",
                    "The health ministry in Gaza has lowered the death toll from the hospital explosion to 471, with "
                    "314 wounded."):  # fmt: skip
        articles = [
            _read("en-1", "Hospital blast kills 500", blast, "en", datetime(2031, 10, 14, 20)),
            _read("en-2", "Airstrike kills 13 of one family", strike, "en", datetime(2031, 10, 15, 9)),
            _read("en-3", "Ministry lowers hospital blast toll to 471", lowered, "en", datetime(2031, 10, 15, 16)),
        ]
        holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
        assert holders["en-3"] == holders["en-1"] != holders["en-2"], lowered


def test_a_report_from_another_town_of_the_province_telling_the_very_mass_toll_of_its_kind_joins() -> None:
    """Gunmen attack a church in one town of a province and a police post in its capital the same evening; the
    reports of the first town give 20 killed, and the capital's own report, dating nothing, gives the 20 killed
    across the region. Two towns of one province, the same kind and the very mass toll within days are one
    event. Another toll there is another event."""
    first = ("Gunmen attacked a church and a synagogue in Derbent on Sunday evening, killing 20 people, 15 of them "
             "police officers, officials said.")  # fmt: skip
    for toll, joins in ((20, True), (3, False)):
        capital = (f"MAKHACHKALA - In Makhachkala, gunmen fired on a traffic police post and a church. The governor "
                   f"said {toll} people had been killed across the region and declared days of mourning.")  # fmt: skip
        articles = [
            _read("en-1", "Gunmen kill 20 in attacks on churches", first, "en", datetime(2031, 6, 23, 22)),
            _read("en-2", "Region mourns after attacks", capital, "en", datetime(2031, 6, 24, 9)),
        ]
        holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
        assert (holders["en-1"] == holders["en-2"]) is joins, toll


def test_a_timeless_report_of_a_quake_across_a_border_joins_the_quake_of_the_other_country_it_names() -> None:
    """A live page with no date tells the quake's toll in two countries; its main figure is placed in the second
    ("in Syria, 1,200 died") and it names the first. The quake's reports in the first country are where it
    belongs: a quake knows no border. A timeless report of a bombing in the second country, naming no other
    country, stays in its own."""
    quake = ("GAZIANTEP - A magnitude 7.8 earthquake struck near Gaziantep early on Monday, killing at least 2,300 "
             "people in Turkey, the disaster agency said.")  # fmt: skip
    both = ("The death toll from the earthquake has risen to 5,000 in Turkey and Syria. In Syria, 1,200 people died "
            "and 2,000 were injured, the health ministry said.")  # fmt: skip
    bomb = "A car bomb killed 14 people in a market in Syria, the health ministry said."
    articles = [
        _read("en-1", "Quake kills 2,300 in Turkey", quake, "en", datetime(2031, 2, 3, 9)),
        _read("en-2", "Quake toll rises in Turkey and Syria", both, "en", None),  # type: ignore[arg-type]
        _read("en-3", "Car bomb kills 14 in Syria", bomb, "en", None),  # type: ignore[arg-type]
    ]
    holders = {a: e.id for e in group_articles(articles, SETTINGS) for a in e.article_ids}
    assert holders["en-2"] == holders["en-1"] != holders["en-3"]


def test_a_lowered_toll_agrees_with_the_figures_of_the_disaster_it_lowers_only() -> None:
    """A territory's report that dates nothing may fit both a hospital blast and the next day's strike; a toll told
    as lowered from the blast's (500 to 471) agrees with the blast's figures, as plain figures cannot tell (471 is
    neither 500 nor 13). A toll told as a figure of its own agrees with neither."""
    from core.events.match import _counted_on
    from core.events.pieces import article_pieces

    def main_piece(text: str):  # type: ignore[no-untyped-def]
        article = _read("en-3", "Toll", text, "en", datetime(2031, 10, 15, 16))
        return next(p for p in article_pieces(article) if p.main)

    lowered = main_piece("The health ministry in Gaza has lowered the death toll to 471.")
    assert _counted_on(lowered, {KILLED: [500]}) > 0 == _counted_on(lowered, {KILLED: [13]})
    plain = main_piece("The health ministry in Gaza said 471 people were killed.")
    assert _counted_on(plain, {KILLED: [500]}) == 0


def test_a_report_nothing_dates_naming_the_town_of_a_dated_disaster_of_its_kind_joins_it() -> None:
    """Its own place is only the town its text happened to pick (a vigil in Houston); the town its headline names
    is where a dated report of its kind of disaster happened, in another block."""
    from core.events.pieces import article_pieces

    collapse = _read("garage-1", "Parking garage collapse in Orlando kills 4", "ORLANDO, Fla. - Part of a parking "
                     "garage collapsed in Orlando on Thursday, killing four workers, officials said.", "en",
                     datetime(2031, 6, 26, 18))  # fmt: skip
    shooting = _read("shooting-1", "Two killed in Orlando shooting", "ORLANDO, Fla. - Two men were shot dead "
                     "outside a bar in Orlando on Friday, police said.", "en", datetime(2031, 6, 27, 9))  # fmt: skip
    vigil = _timeless("vigil-1", "HOUSTON - Hundreds of people gathered at a church in Houston to remember the four "
                      "people killed when a parking garage collapsed. Relatives of two of the victims live in Houston.",
                      "en", title="Orlando collapse: a vigil for the victims")  # fmt: skip
    assert block_of_location(article_pieces(vigil)[0].location) == "US-TX"
    holders = {a: e.id for e in group_articles([collapse, shooting, vigil], SETTINGS) for a in e.article_ids}
    assert holders["vigil-1"] == holders["garage-1"] != holders["shooting-1"]
    # A report of another kind naming that town stays where its text placed it.
    fire = _timeless("fire-1", "HOUSTON - A fire at a warehouse in Houston killed three workers, officials said.",
                     "en", title="Orlando company's warehouse fire kills 3")  # fmt: skip
    holders = {a: e.id for e in group_articles([collapse, fire], SETTINGS) for a in e.article_ids}
    assert holders["fire-1"] != holders["garage-1"]


def test_a_report_telling_the_very_toll_of_an_event_opened_by_an_unplaced_report_makes_them_one() -> None:
    """A Bengali report placed nowhere opens an event of its own (no report of its toll yet); the wire's later
    count of the same toll joins the town's event, and brings the unplaced report's event with it."""
    town = _read("rangpur-1", "Lightning kills 12 farmers in Rangpur", "RANGPUR - Lightning killed 12 farmers "
                 "working in paddy fields in Rangpur district on Tuesday afternoon, police said.", "en",
                 datetime(2031, 5, 13, 14))  # fmt: skip
    unplaced = _read("bn-1", "বজ্রপাতে ১৩ জন কৃষকের মৃত্যু", "মঙ্গলবার দুপুরে ধানখেতে কাজ করার সময় বজ্রপাতে ১৩ জন "
                     "কৃষকের মৃত্যু হয়েছে বলে পুলিশ জানিয়েছে।", "bn", datetime(2031, 5, 13, 15))  # fmt: skip
    wire = _read("bd-1", "Lightning kills 13 farmers in Bangladesh", "Lightning killed 13 farmers in northern "
                 "Bangladesh on Tuesday, police said.", "en", datetime(2031, 5, 13, 18))  # fmt: skip
    for order in ([town, unplaced, wire], [wire, unplaced, town]):
        assert [sorted(e.article_ids) for e in group_articles(order, SETTINGS)] == [["bd-1", "bn-1", "rangpur-1"]]


def test_a_risen_mass_toll_filed_from_the_neighbouring_capital_is_the_towns_disasters_count() -> None:
    """Two towns close by on one day are one event when the figures agree, or when one tells a mass toll no
    smaller than any the event gave: its running count, filed from the capital's bureau."""
    from core.events.pieces import article_pieces

    first = _read("town-1", "Incendio en la cárcel de Támara deja 31 muertos", "Al menos 31 reclusos murieron este "
                  "jueves en un incendio en la cárcel, en Támara, a unos 25 kilómetros de Tegucigalpa, informó la "
                  "policía.", "es", datetime(2031, 3, 14, 6))  # fmt: skip
    later = _read("capital-1", "Sube a 35 la cifra de muertos", "TEGUCIGALPA - Subió a 35 el número de internos "
                  "fallecidos tras el siniestro del jueves en el penal de Támara, confirmó Medicina Forense.", "es",
                  datetime(2031, 3, 15, 8))  # fmt: skip
    assert [p.location.key for p in article_pieces(later)] != [p.location.key for p in article_pieces(first)]
    assert [sorted(e.article_ids) for e in group_articles([first, later], SETTINGS)] == [["capital-1", "town-1"]]
    # A small toll of the capital that day is another incident.
    small = _read("capital-2", "Dos muertos en un tiroteo en Tegucigalpa", "TEGUCIGALPA - Dos hombres murieron "
                  "el jueves en un tiroteo en un mercado de Tegucigalpa, informó la policía.", "es",
                  datetime(2031, 3, 15, 9))  # fmt: skip
    assert len(group_articles([first, small], SETTINGS)) == 2


def test_a_toll_told_as_risen_from_a_small_disasters_first_counts_joins_it_from_a_town_of_its_province() -> None:
    """5 or 6 dead on the first day is no mass toll, but "has risen to 15" from a town of the province, a week on
    and undated, is that disaster's later count (up to ten times its largest toll: own set s17 holds the case of a
    truck crash's 2 dead that a volcano's risen 34 must not take)."""
    first = _read("isle-1", "Volcano erupts off the coast: six dead", "Six people are confirmed dead after the "
                  "volcano on White Island erupted on Monday afternoon while tourists were on it, police said.", "en",
                  datetime(2031, 12, 9, 8))  # fmt: skip
    later = _read("town-1", "Eruption toll rises to 15 as another patient dies", "WHAKATANE - The death toll from "
                  "the eruption has risen to 15 after a patient died in hospital overnight, police said.", "en",
                  datetime(2031, 12, 16, 5))  # fmt: skip
    assert [sorted(e.article_ids) for e in group_articles([first, later], SETTINGS)] == [["isle-1", "town-1"]]


def test_a_report_stating_no_figure_joins_the_event_a_later_report_with_figures_opens() -> None:
    """The first report of a crash says who was aboard, not how many died; the next gives the toll. The
    figureless report stands after the reports with figures in canonical order, so it joins their event."""
    def report(rid: str, title: str, text: str, hour: int) -> ArticleFacts:
        claims = extract(ArticleInput(text=text, title=title, language="en")).claims
        return _article(rid, text, list(claims), datetime(2031, 8, 9, hour, 0))

    early = report(
        "early", "Passenger plane comes down near Vinhedo",
        "A passenger plane came down in a residential area of Vinhedo, in Sao Paulo state, on Friday afternoon, "
        "the airline said. Firefighters said there were no signs of survivors.", 18,
    )
    toll = report(
        "toll", "Plane crash in Vinhedo kills all 61 aboard",
        "All 61 people aboard were killed when a passenger plane crashed in Vinhedo, Sao Paulo state, on Friday, "
        "officials said.", 22,
    )
    assert not early.claims or all(c.metric not in (KILLED, WOUNDED) for c in early.claims)
    assert canonical_key(toll) < canonical_key(early)
    together = {frozenset(e.article_ids) for e in group_articles([early, toll], SETTINGS)}
    assert frozenset({"early", "toll"}) in together
