"""Grouping when places are written differently, coarsely, ambiguously or wrongly."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.events import GroupingSettings, article_pieces
from core.models import KILLED, WOUNDED, ArticleFacts, Role
from core.places import _title_spans, resolve_location, title_locations
from core.similarity import fingerprint
from tests.core.eventkit import MemoryStore, make_article, make_claim

D = date(2015, 9, 11)
STORY = (
    "A man was shot dead and another wounded outside a deli on Beach Channel Drive late on Friday, police said. "
    "Officers found the victims near the corner after neighbours reported hearing several shots. Detectives "
    "were reviewing footage from the store and from a nearby bus stop, and no arrest had been made by morning."
)
OTHER_STORY = (
    "Two teenagers were hurt when someone opened fire at a basketball court behind the recreation centre, "
    "according to a city spokeswoman. Both were expected to recover. The court will stay closed this weekend "
    "while investigators canvass the housing complex next door and look for a grey sedan seen leaving."
)


def article(aid: str, place: str | None, day: date | None, killed: int, wounded: int, **kw: object) -> ArticleFacts:
    text = kw.get("text")
    claims = [
        make_claim(KILLED, killed, location=place, incident_date=day),
        make_claim(WOUNDED, wounded, location=place, incident_date=day),
    ]
    return make_article(
        aid,
        claims,
        published_at=kw.get("published"),  # type: ignore[arg-type]
        fingerprint=fingerprint(str(text)) if text else (),
        title=kw.get("title"),  # type: ignore[arg-type]
    )


def groups(*articles: ArticleFacts, settings: GroupingSettings | None = None) -> list[list[str]]:
    store = MemoryStore(settings)
    for a in articles:
        store.add(a)
    return sorted(sorted(e.article_ids) for e in store.all_events())


def test_neighbouring_towns_join_when_figures_agree() -> None:
    bethlehem = "Bethlehem, Pennsylvania"  # 10 km from Allentown, and neither lies inside a big city
    assert groups(article("a", "Allentown", D, 1, 1), article("b", bethlehem, D, 1, 1)) == [["a", "b"]]
    assert groups(article("a", "Allentown", D, 1, 1), article("b", bethlehem, D, 3, 0)) == [["a"], ["b"]]


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("Kingsessing", "Philadelphia, PA"),
        ("South Shore", "Chicago, IL"),
        ("Far Rockaway", "Queens, NY"),
        ("Englewood, Illinois", "Chicago, IL"),  # not Englewood, Colorado or New Jersey
    ],
)
def test_neighbourhood_listed_as_a_town_is_its_city(written: str, city: str) -> None:
    assert resolve_location(written).label == city


def test_a_town_of_its_own_near_a_city_stays_itself() -> None:
    assert resolve_location("Pflugerville").label == "Pflugerville, TX"  # 25 km from Austin: beyond its reach
    assert resolve_location("Gary, Indiana").label == "Gary, IN"  # another state's city is never its part


def test_county_and_city_on_other_days_join_only_on_text() -> None:
    city = article("a", "Austin", D, 1, 4, text=STORY)
    county_later = article("b", "Travis County", date(2015, 9, 20), 1, 4, text=STORY + " A suspect was charged.")
    assert groups(city, county_later) == [["a", "b"]]
    unrelated = article("c", "Travis County", date(2015, 9, 20), 1, 4, text=OTHER_STORY)
    assert groups(city, unrelated) == [["a"], ["c"]]


def test_ambiguous_name_meets_the_qualified_one() -> None:
    assert groups(article("a", "Bristol", D, 1, 4), article("b", "Bristol, Tennessee", D, 1, 4)) == [["a", "b"]]


def test_state_only_report_joins_the_city_on_the_same_day() -> None:
    assert groups(article("a", "Little Rock", D, 1, 4), article("b", "Arkansas", D, 1, 4)) == [["a", "b"]]


def test_misread_place_joins_by_text_but_other_places_do_not_ride_along() -> None:
    base = article("a", "Detroit", D, 1, 1, text=STORY, published=datetime(2015, 9, 12))
    misread = article("b", "Dan", D, 1, 1, text=STORY.replace("late on Friday", "on Friday night"))
    assert groups(base, misread) == [["a", "b"]]
    # An article about Detroit that also reports a shooting in Toledo: its Toledo claims keep their own event
    # even though the article's text matches the Detroit coverage.
    both = make_article(
        "c",
        [
            make_claim(KILLED, 1, location="Detroit", incident_date=D),
            make_claim(WOUNDED, 1, location="Detroit", incident_date=D),
            make_claim(KILLED, 2, location="Toledo", incident_date=D, role=Role.INCREMENT),
        ],
        fingerprint=fingerprint(STORY),
    )
    assert groups(base, both) == [["a", "c"], ["c"]]


def test_unrelated_text_never_joins_across_places() -> None:
    base = article("a", "Detroit", D, 1, 1, text=STORY)
    other = article("b", "Dan", D, 1, 1, text=OTHER_STORY)
    assert groups(base, other) == [["a"], ["b"]]
    off = GroupingSettings(text_match_threshold=None)
    assert groups(base, article("c", "Dan", D, 1, 1, text=STORY), settings=off) == [["a"], ["c"]]


def test_title_names_the_place_when_claims_do_not() -> None:
    assert [loc.label for loc in title_locations("Man arrested in deadly shooting at Ocala nightclub - WKMG")] == [
        "Ocala, FL"
    ]
    untitled = article("a", None, D, 1, 0, title="Two hurt in Memphis shooting")
    [piece] = article_pieces(untitled)
    assert piece.location.label == "Memphis, TN"


def test_lone_unknown_words_and_stations_are_not_places() -> None:
    art = make_article(
        "a",
        [
            make_claim(KILLED, 1, location="Memphis", incident_date=D),
            make_claim(WOUNDED, 2, location="NBC", incident_date=D),
            make_claim(WOUNDED, 2, location="Diana", incident_date=D),
        ],
    )
    assert [p.location.label for p in article_pieces(art)] == ["Memphis, TN"]


def test_abbreviated_names_are_every_place_of_the_full_name() -> None:
    # The gazetteer spells one Canadian town "Mt Pleasant" and the American ones "Mount Pleasant": a
    # headline's "Mt. Pleasant" must not settle on Canada for that reason alone.
    loc = resolve_location("Mt. Pleasant")
    assert loc.ambiguous and loc.region is not None and loc.region.startswith("US-")


def test_headline_town_of_a_resident_comes_after_the_scene() -> None:
    title = "Kannapolis officer's son, 14, killed in Charlotte shooting"
    assert _title_spans(title) == ("Charlotte", "Kannapolis")


VICTIM_STORY = (
    "A 19-year-old woman was shot and killed outside a nightclub early Sunday. Police identified her as Benita "
    "Rowland of Marion Oaks. Rowland was a nursing student, her family said. Detectives asked for video."
)
FOLLOW_UP = (
    "Two men were arrested in the shooting death of Benita Rowland, who was killed outside a club. Both men are "
    "charged with murder. Rowland's mother thanked detectives for the quick arrests."
)
OTHER_FOLLOW_UP = (
    "Two men were arrested in the shooting death of Carla Mendez, who was killed outside a club. Both men are "
    "charged with murder. Mendez's mother thanked detectives for the quick arrests."
)


def test_a_report_naming_the_same_victim_joins_though_its_place_resolved_elsewhere() -> None:
    first = article("a", "Ocala", D, 1, 0, text=VICTIM_STORY)
    # The follow-up's place resolved 55 km away (a misreading, or where the suspects were held).
    same_victim = article("b", "Gainesville, Florida", D, 1, 0, text=FOLLOW_UP)
    assert groups(first, same_victim) == [["a", "b"]]
    other_victim = article("c", "Gainesville, Florida", D, 1, 0, text=OTHER_FOLLOW_UP)
    assert groups(first, other_victim) == [["a"], ["c"]]


def test_a_report_naming_the_same_victim_joins_beyond_the_span() -> None:
    first = article("a", "Ocala", D, 1, 0, text=VICTIM_STORY)
    months_later = date(2015, 11, 20)  # dated by the trial, 70 days on: past the 14-day span
    same_victim = article("b", "Ocala", months_later, 1, 0, text=FOLLOW_UP)
    other_victim = article("c", "Ocala", months_later, 1, 0, text=OTHER_FOLLOW_UP)
    assert groups(first, same_victim) == [["a", "b"]]
    assert groups(first, other_victim) == [["a"], ["c"]]


UNNAMED_STORY = (
    "A 19-year-old woman was shot and killed outside a nightclub early Sunday, and five others were wounded, "
    "police said. Officers were reviewing video from the parking lot. No arrests had been made."
)


def test_a_report_naming_the_victim_of_two_events_merges_them() -> None:
    store = MemoryStore(None)
    store.add(article("a", "Ocala", D, 1, 5, text=UNNAMED_STORY))  # names nobody
    store.add(article("b", "Gainesville, Florida", D, 1, 0, text=VICTIM_STORY))  # names her, place read elsewhere
    assert sorted(sorted(e.article_ids) for e in store.all_events()) == [["a"], ["b"]]
    changed = store.add(article("c", "Ocala", D, 1, 5, text=FOLLOW_UP))  # Ocala, and names her: one event
    live = store.all_events()
    assert [sorted(e.article_ids) for e in live] == [["a", "b", "c"]]
    gone = [e for e in changed if not e.incidents]  # returned empty, for the store to delete
    assert len(gone) == 1 and gone[0].merged_into == live[0].id


def test_a_look_back_repeating_the_very_mass_toll_at_the_place_joins_the_event_a_year_on() -> None:
    # A hurricane's toll, then reports ten months later: one repeats the official 640 (a look back at the same
    # disaster), one gives another mass toll (a study's estimate: nothing ties it), one a small toll there.
    storm = date(2017, 9, 20)
    first = article("a", "Puerto Rico", storm, 640, 0, published=datetime(2017, 10, 2))
    text = "A year on, many homes still have blue tarps for roofs."
    look_back = article("b", "Puerto Rico", None, 640, 0, published=datetime(2018, 7, 30), text=text)
    estimate = article("c", "Puerto Rico", None, 1400, 0, published=datetime(2018, 7, 30), text=text)
    small = article("d", "Puerto Rico", None, 3, 0, published=datetime(2018, 7, 30), text=text)
    assert groups(first, look_back) == [["a", "b"]]
    assert groups(first, estimate) == [["a"], ["c"]]
    assert groups(first, small) == [["a"], ["d"]]
    # Three years on, it is too late to tell.
    too_late = article("e", "Puerto Rico", None, 640, 0, published=datetime(2020, 10, 1), text=text)
    assert groups(first, too_late) == [["a"], ["e"]]
