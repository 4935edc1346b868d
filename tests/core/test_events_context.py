"""Grouping that reads the article around its claims: ambiguous places, datelines, states, articles without
figures, and names shared by follow-up reports."""

from __future__ import annotations

import itertools
from datetime import date, datetime

from core.events import GroupingSettings, article_pieces
from core.extract import extract
from core.models import KILLED, WOUNDED, ArticleFacts, ArticleInput
from core.places import article_locations, main_location, resolve_location
from core.reconcile import reconcile_event
from core.similarity import fingerprint, names_similarity
from tests.core.eventkit import MemoryStore, make_article, make_claim

TEMPLATE = (
    "Paramedics reported that {n} people were hurt when a gas cylinder exploded at a bakery in {place} "
    "on May {day}, 2023."
)
TOWNS = ["Nantes", "Braga", "Poznan", "Dresden", "Bergen", "Valencia"]


def templated(day: int, place: str) -> ArticleFacts:
    text = TEMPLATE.format(n=day + 2, place=place, day=day)
    published = datetime(2023, 5, day)
    claims = extract(ArticleInput(text, None, published)).claims
    return make_article(f"a{day}", list(claims), published_at=published, fingerprint=fingerprint(text), text=text)


def groups(articles: list[ArticleFacts], settings: GroupingSettings | None = None) -> list[list[str]]:
    store = MemoryStore(settings)
    for a in articles:
        store.add(a)
    return sorted(sorted(e.article_ids) for e in store.all_events())


def test_near_identical_texts_about_different_towns_stay_apart() -> None:
    """Regression: "Bergen" (Norway, the Netherlands, ...) was weakly resolved, so its text, a near copy of the
    others', pulled it into another town's event."""
    articles = [templated(day, place) for day, place in enumerate(TOWNS, start=1)]
    assert resolve_location("Bergen").ambiguous and resolve_location("Valencia").ambiguous
    expected = [[a.id] for a in articles]
    assert groups(articles) == expected
    for order in itertools.islice(itertools.permutations(articles), 0, None, 97):
        assert groups(list(order)) == expected


D = date(2023, 5, 6)
SAME_TEXT = (
    "Two people were injured when a gas cylinder exploded at a bakery early on Saturday, the fire service said. "
    "Both were taken to hospital; one is in a serious condition. Investigators are looking at the supply line."
)


def hurt(aid: str, place: str | None, day: date = D, **kw: object) -> ArticleFacts:
    claims = [make_claim(WOUNDED, 2, location=place, incident_date=day)]
    return make_article(aid, claims, fingerprint=fingerprint(SAME_TEXT), **kw)  # type: ignore[arg-type]


def test_ambiguous_place_joins_only_one_of_its_candidates() -> None:
    # Every order: an ambiguous "Bergen" never meets "Porto", however alike the texts.
    for pair in (("Bergen", "Porto"), ("Porto", "Bergen"), ("Valencia", "Leipzig"), ("Leipzig", "Valencia")):
        assert groups([hurt("a", pair[0]), hurt("b", pair[1])]) == [["a"], ["b"]]
    # ... but does meet a Bergen written with its country, and an unresolved name still joins on text.
    assert groups([hurt("a", "Bergen"), hurt("b", "Bergen, Norway")]) == [["a", "b"]]
    assert groups([hurt("a", "Bergen"), hurt("b", "Xqzville")]) == [["a", "b"]]


def test_state_and_country_only_meet_places_inside_them() -> None:
    assert groups([hurt("a", "Chicago"), hurt("b", "Texas")]) == [["a"], ["b"]]
    assert groups([hurt("a", "Chicago"), hurt("b", "Illinois")]) == [["a", "b"]]


def test_dateline_and_state_in_the_text_disambiguate_a_town() -> None:
    text = "BRISTOL, Tenn. (WKXX) - A man was killed and four people were hurt on the highway, police said."
    art = make_article("a", [make_claim(KILLED, 1, location="Bristol", incident_date=D)], text=text)
    assert main_location(art) is not None and main_location(art).label == "Bristol, TN"  # type: ignore[union-attr]
    plain = make_article("b", [make_claim(KILLED, 1, location="Bristol", incident_date=D)])
    assert main_location(plain).label != "Bristol, TN"  # type: ignore[union-attr]


def test_surname_read_as_a_town_gives_way_to_the_state_the_article_is_in() -> None:
    text = (
        "A woman was shot and killed in Little Rock on Tuesday, Arkansas police said. "
        "Officers said Vincent, who lived nearby, heard the shots on Bragg Street."
    )
    art = make_article(
        "a",
        [make_claim(KILLED, 1, location="Vincent", incident_date=D)] * 3,
        title="Woman killed in Little Rock shooting",
        text=text,
    )
    places = article_locations(art)
    assert places["Vincent"].kind == "unplaced"
    [piece] = article_pieces(art)
    assert piece.location.label == "Little Rock, AR"


def test_title_place_beats_a_claim_place_the_title_does_not_name() -> None:
    art = make_article(
        "a",
        [make_claim(WOUNDED, 5, location="Dexter", incident_date=D)],
        title="Five hurt in Memphis shooting",
        text="Five people were hurt in a shooting in Memphis, Tennessee, on Saturday.",
    )
    assert main_location(art).label == "Memphis, TN"  # type: ignore[union-attr]



def _read(title: str, text: str, language: str) -> ArticleFacts:
    published = datetime(2024, 5, 10, 10)
    claims = extract(ArticleInput(text, title, published, language=language)).claims
    return make_article("a", list(claims), published_at=published, title=title, text=text)


def test_a_headline_name_the_body_reads_as_a_state_is_that_state() -> None:
    """'l'Etat de Veracruz': a headline's capitals leave only 'Veracruz', the state's chief town; the body
    names the state, so the report is the state's (a town 60 km from another report's town split them)."""
    title = "Mexique : 15 morts dans un accident de bus dans l'Etat de Veracruz"
    text = "Quinze personnes ont été tuées jeudi lorsqu'un autobus est tombé dans un ravin dans l'Etat de Veracruz."
    assert main_location(_read(title, text, "fr")).kind == "province"  # type: ignore[union-attr]
    title = "Brasil: avião cai no estado de São Paulo e deixa 20 mortos"
    text = "Vinte pessoas morreram na queda de um avião no estado de São Paulo nesta sexta-feira."
    assert main_location(_read(title, text, "pt")).kind == "province"  # type: ignore[union-attr]
    # a headline town the body places in a state of another name stays the town
    title = "Bus crash near Xalapa kills 15"
    text = "Fifteen people were killed when a bus plunged into a ravine near Xalapa in the state of Veracruz."
    assert main_location(_read(title, text, "en")).label.startswith("Xalapa")  # type: ignore[union-attr]

FOLLOW_UP = (
    "Prosecutors charged Darnell Whitcombe on Friday in the shooting outside the Kessler Lounge that left "
    "Marisol Ortega dead. Whitcombe was arrested at a relative's house, detectives said, and Ortega's family "
    "attended the hearing."
)
FIRST = (
    "Marisol Ortega was shot and killed outside the Kessler Lounge on Saturday night and three others were "
    "wounded, police said. Detectives are looking for Darnell Whitcombe, who fled in a grey car."
)


def test_article_without_figures_joins_the_incident_its_text_matches() -> None:
    first = make_article(
        "first",
        [make_claim(KILLED, 1, location="Memphis", incident_date=D), make_claim(WOUNDED, 3, location="Memphis")],
        published_at=datetime(2023, 5, 7),
        fingerprint=fingerprint(FIRST, "Woman killed, three hurt outside Memphis lounge"),
        title="Woman killed, three hurt outside Memphis lounge",
    )
    follow = make_article(
        "follow",
        [],
        published_at=datetime(2023, 5, 12),
        fingerprint=fingerprint(FOLLOW_UP, "Man charged in Memphis lounge shooting"),
        title="Man charged in Memphis lounge shooting",
        text=FOLLOW_UP,
    )
    store = MemoryStore()
    store.add(first)
    store.add(follow)
    [event] = store.all_events()
    assert event.article_ids == {"first", "follow"}
    [incident] = event.incidents
    member = next(m for m in incident.members if m.article_id == "follow")
    assert member.claim_ids == []
    view = reconcile_event(event, store.articles)
    assert view.article_count == 2 and view.incidents[0].article_count == 2
    killed = next(f for f in view.incidents[0].figures if f.metric == KILLED)
    assert [v.article_id for v in killed.values] == ["first"]
    # Alone, an article without figures opens no event.
    alone = MemoryStore()
    alone.add(follow)
    assert alone.all_events() == []
    # Removing it leaves the first article's event as it was; removing the first leaves no event at all.
    store.add(follow)
    store.remove("follow")
    [event] = store.all_events()
    assert event.article_ids == {"first"}
    store.add(follow)
    store.remove("first")
    assert store.all_events() == []


def test_names_sketch_links_follow_ups_and_old_fingerprints_still_compare() -> None:
    a, b = fingerprint(FIRST), fingerprint(FOLLOW_UP)
    assert names_similarity(a, b) > 0.2
    assert names_similarity(a, fingerprint(SAME_TEXT)) < 0.1
    version_1 = (1, *a[1:129])
    assert names_similarity(version_1, a) == 0.0


def test_a_town_the_text_places_an_incident_in_is_not_dropped_as_a_misreading() -> None:
    """A one-word town in another region is kept when the text places something in it (not a surname)."""
    from core.places import _placed_in

    assert _placed_in("Beylagan", "two more civilians were killed in shelling on the southern town of Beylagan")
    assert _placed_in("Porto", "a fire in Porto injured four")
    assert not _placed_in("Evans", "Evans said the suspect fled on foot")
    assert not _placed_in("Evans", "")


def test_two_ambiguous_names_settle_on_the_state_they_share() -> None:
    # Neither "Toledo" (Spain, Ohio) nor "Lucas County" (Ohio, Iowa, ...) says the state alone; together they do.
    art = make_article(
        "a",
        [make_claim(KILLED, 1, location="Lucas County", incident_date=D)],
        title="Girl, 4, dies after shooting",
        text="A girl was shot at a home in Toledo on Monday, deputies of Lucas County said.",
    )
    assert article_locations(art)["Lucas County"].label == "Lucas County, OH"


def test_an_ambiguous_county_still_says_the_country() -> None:
    # "Beaufort County" is in North or South Carolina, so a "Pinetown" claim cannot be the South African city.
    art = make_article(
        "a",
        [
            make_claim(KILLED, 1, location="Beaufort County", incident_date=D),
            make_claim(KILLED, 1, location="Pinetown", incident_date=D),
        ],
        title="Girl, 6, killed in accidental shooting",
        text="A 6-year-old girl was killed on Tuesday near Pinetown, Beaufort County deputies said.",
    )
    main = main_location(art)
    assert main is not None and main.region is not None and main.region.startswith("US-")


def test_a_street_in_the_title_is_not_a_town() -> None:
    art = make_article(
        "a",
        [make_claim(KILLED, 1, location="Champaign", incident_date=D)],
        title="Suspect in deadly Green Street shooting arrested",
        text="A man was shot dead on Green Street in Champaign on Sunday, police said.",
    )
    main = main_location(art)
    assert main is not None and main.label == "Champaign, IL"
