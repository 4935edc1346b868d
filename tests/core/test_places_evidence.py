"""Places by evidence: sentences of our own for each rule (headline capitals, common words, demonyms, the
outlet's country, villages, the level reports share)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from core.events import GroupingSettings, article_pieces
from core.models import KILLED, WOUNDED, ArticleFacts
from core.places import article_locations, main_location, outlet_country, outlet_regions, resolve_location
from core.places.place_votes import _airport_town
from core.places.reading import TITLE_KEY
from core.places.report_places import DATELINE_KEY
from core.similarity import fingerprint
from tests.core.eventkit import MemoryStore, make_claim
from tests.core.places_kit import placed

D = date(2031, 3, 4)


def facts(
    aid: str, claims: list[tuple[str, int, str | None]], *, title: str | None = None, text: str | None = None,
    url: str | None = None, published: datetime | None = None,
) -> ArticleFacts:  # fmt: skip
    built = tuple(make_claim(metric, value, location=where, incident_date=D) for metric, value, where in claims)
    return ArticleFacts(aid, "outlet", built, published, title, fingerprint(text or "", title), text, url)


def test_capitals_of_a_headline_are_no_evidence_of_a_town() -> None:
    # Hurricane is a town in Utah, but a headline naming a storm is not about it.
    text = "Hurricane Nora brought floods to the coast on Tuesday. Hurricane Nora killed three people, officials said."
    article = facts("a", [(KILLED, 3, None)], title="Hurricane Nora Death Toll Climbs To Three", text=text)
    assert TITLE_KEY not in article_locations(article)
    # The same town placed by the body is a place.
    placed = facts("b", [(KILLED, 3, None)], title="Hurricane Shooting Leaves Three Dead",
                   text="Three people were killed in Hurricane, Utah, on Tuesday.")  # fmt: skip
    assert article_locations(placed)[TITLE_KEY].label == "Hurricane, UT"


def test_words_the_body_writes_in_lower_case_are_not_places() -> None:
    text = "At Least nine people died in the flooding in Multan, at least nine, the agency said."
    article = facts("a", [(KILLED, 9, "Least"), (KILLED, 9, "Multan")], text=text)
    places = article_locations(article)
    assert places["Least"].kind == "unplaced"
    assert places["Multan"].kind == "city"


def test_demonyms_are_peoples_not_places() -> None:
    assert resolve_location("Kenyan").kind == "unplaced"
    assert resolve_location("Russians").kind == "unplaced"
    assert resolve_location("Somali").kind == "unplaced"  # also a region's name: the people come first


def test_the_outlet_domain_names_a_country() -> None:
    assert outlet_country("https://www.example.co.ke/news/1") == "KE"
    assert outlet_country("https://news.example.co.uk/a") == "GB"
    assert outlet_country("https://example.com/a") is None
    assert outlet_country("https://example.tv/a") is None  # a country code used as a generic domain
    assert outlet_country(None) is None


def test_the_outlet_country_breaks_a_tie_between_towns_of_one_name() -> None:
    text = "A bus overturned near Hamilton on Monday, killing four people, police said."
    nz = facts("a", [(KILLED, 4, "Hamilton")], text=text, url="https://www.example.co.nz/story")
    ca = facts("b", [(KILLED, 4, "Hamilton")], text=text, url="https://www.example.ca/story")
    assert article_locations(nz)["Hamilton"].region is not None
    assert str(article_locations(nz)["Hamilton"].region).startswith("NZ")
    assert str(article_locations(ca)["Hamilton"].region).startswith("CA")


def test_the_country_the_text_names_decides_between_places_of_one_name() -> None:
    # Two Cordobas (Spain, Argentina): the country named in the text decides.
    text = "A train derailed near Cordoba in Spain on Monday, killing five people."
    article = facts("a", [(KILLED, 5, "Cordoba")], text=text)
    assert str(article_locations(article)["Cordoba"].region).startswith("ES")


def test_a_village_resolves_in_the_country_the_article_names() -> None:
    text = "Two people were killed when a bridge collapsed in Soldeu, Andorra, on Sunday."
    article = facts("a", [(KILLED, 2, "Soldeu"), (KILLED, 2, "Andorra")], text=text)
    assert article_locations(article)["Soldeu"].kind == "city"
    assert main_location(article) is not None and main_location(article).label.startswith("Soldeu")


def groups(*articles: ArticleFacts) -> list[list[str]]:
    store = MemoryStore(GroupingSettings())
    for a in articles:
        store.add(a)
    return sorted(sorted(e.article_ids) for e in store.all_events())


STORY = (
    "A bomb exploded at a bus station in the town on Friday morning, killing twelve people and wounding "
    "thirty, the interior ministry said. Rescue workers searched the rubble of the station for survivors while "
    "the ministry blamed an armed group for the blast at the crowded bus station."
)


def test_a_report_from_the_capital_naming_the_town_joins_the_towns_event() -> None:
    # One report from the scene, one filed in the capital (dateline Nairobi) that names the town: one event.
    scene = facts("a", [(KILLED, 12, "Garissa"), (WOUNDED, 30, "Garissa")],
                  text="Garissa: " + STORY + " The blast in Garissa shook the town.")  # fmt: skip
    capital = facts("b", [(KILLED, 12, "Nairobi"), (WOUNDED, 31, "Nairobi")],
                    text="NAIROBI (Reuters) - " + STORY.replace("thirty", "thirty-one") +
                    " Officials said the attack in Garissa was planned. Schools in Garissa stay shut.")  # fmt: skip
    assert groups(scene, capital) == [["a", "b"]]
    assert groups(capital, scene) == [["a", "b"]]


def test_a_report_naming_another_town_of_another_country_stays_apart() -> None:
    scene = facts("a", [(KILLED, 12, "Garissa")], text="Garissa: " + STORY)
    elsewhere = facts("b", [(KILLED, 12, "Multan")], text="MULTAN - " + STORY + " A similar attack hit Garissa.")
    assert groups(scene, elsewhere) == [["a"], ["b"]]


def test_pieces_know_the_places_their_article_names() -> None:
    article = facts("a", [(KILLED, 12, "Nairobi")], text="NAIROBI - Twelve people were killed in Garissa on Friday.")
    main = next(p for p in article_pieces(article) if p.main)
    assert any(k.startswith("city:") and k != main.location.key for k in main.named)


def test_a_town_in_the_outlets_name_is_not_where_it_happened() -> None:
    text = "Five people died in a crowd crush at a concert in Denver on Friday, the Denver Post learned."
    article = facts("a", [(KILLED, 5, "Boston"), (KILLED, 5, "Denver")], text=text,
                    title="Five die in concert crush - The Boston Globe")  # fmt: skip
    places = article_locations(article)
    assert places["Boston"].kind == "unplaced"
    assert places["Denver"].kind == "city"  # the body places the crush there, though a paper bears its name too


FERRY = (
    "A passenger ferry sank on Tuesday morning, and rescuers pulled survivors from the cold water while the "
    "navy searched for dozens of missing passengers, the coast guard said."
)


def test_a_country_and_a_town_in_it_are_one_events_levels() -> None:
    country = facts("a", [(KILLED, 4, "Chile")], text="Four people died in Chile. " + FERRY)
    town = facts("b", [(KILLED, 9, "Puerto Montt")], text="Nine people died near Puerto Montt. " + FERRY)
    assert groups(country, town) == [["a", "b"]]
    assert groups(town, country) == [["a", "b"]]
    # A town of another country is not a level of it.
    abroad = facts("c", [(KILLED, 9, "Bergen")], text="Nine people died near Bergen, Norway. " + FERRY)
    assert groups(country, abroad) == [["a"], ["c"]]


def test_a_report_naming_two_events_places_makes_them_one() -> None:
    # A report from the capital and one from the scene, opened apart on unlike texts, are bridged by a third
    # that names both places and tells the same story.
    capital = facts("a", [(KILLED, 12, "Nairobi")], text="NAIROBI - Twelve people were killed, officials said.")
    scene = facts("b", [(KILLED, 14, "Garissa")], text="Garissa: " + STORY)
    both = facts("c", [(KILLED, 14, "Garissa"), (KILLED, 14, "Nairobi")],
                 text="NAIROBI - " + STORY + " The attack in Garissa was the worst this year.")  # fmt: skip
    assert groups(capital, scene) == [["a"], ["b"]]
    assert groups(capital, scene, both) == [["a", "b", "c"]]


def test_a_province_and_a_town_of_its_country_are_levels_of_one_event() -> None:
    flood = (
        "Flash floods swept through villages after days of monsoon rain, and rescuers used boats to reach "
        "families stranded on rooftops, the disaster management authority said on Wednesday."
    )
    province = facts("a", [(KILLED, 20, "Sindh"), (KILLED, 20, "Pakistan")], text="Floods in Sindh, Pakistan. " + flood)
    town = facts("b", [(KILLED, 25, "Karachi")], text="Twenty-five people died in Karachi. " + flood)
    assert article_locations(province)["Sindh"].kind == "province"
    assert groups(province, town) == [["a", "b"]]


def test_a_papers_masthead_is_not_where_it_happened() -> None:
    text = (
        "A stage collapsed at a fair in Tulsa, Oklahoma, on Saturday. Two people died, the sheriff told the "
        "Denver Post. Fourteen were hurt, according to the Denver Post."
    )
    article = facts("a", [(KILLED, 2, "Denver"), (WOUNDED, 14, "Denver")], text=text)
    assert main_location(article).label == "Tulsa, OK"  # type: ignore[union-attr]
    # The same paper's town, placed by the body, is a place.
    placed = facts("b", [(KILLED, 2, "Denver")], text="Two people died in Denver, the Denver Post reported.")
    assert main_location(placed).label == "Denver, CO"  # type: ignore[union-attr]


def test_a_countrys_toll_stays_with_the_country_when_a_town_is_only_named_in_passing() -> None:
    text = (
        "The earthquake struck at dawn, its epicentre 15 km from the town of Pisco. Thirty-five people died "
        "in Peru, civil defence said, and 210 were hurt in Peru's southern provinces."
    )
    article = facts("a", [(KILLED, 35, "Peru"), (WOUNDED, 210, "Peru")], text=text)
    assert main_location(article).label == "Peru"  # type: ignore[union-attr]
    # A dateline names the town the report is about: the country's toll is narrowed to it.
    filed = facts("b", [(KILLED, 35, "Peru")], text="PISCO, Peru (Reuters) - " + text)
    assert main_location(filed).label == "Pisco, PE"  # type: ignore[union-attr]


def test_a_town_after_a_sentences_article_is_written_on_its_own() -> None:
    # "A Dayton man": the town is not part of a longer name because a capitalised "A" stands before it.
    text = "A Dayton man was shot on Friday. He died at a hospital, police said."
    article = facts("a", [(KILLED, 1, "Dayton")], text=text)
    assert article_locations(article)["Dayton"].label == "Dayton, OH"


def test_a_county_beside_its_court_or_sheriff_is_the_county() -> None:
    # "Lucas County Common Pleas Judge": the county's court, so the county, and with Toledo it settles Ohio.
    text = (
        "A Toledo man was shot in his home. He was sentenced by Lucas County Common Pleas Judge Ann Smith, and the "
        "Lucas County Sheriff's Office investigated."
    )
    article = facts("a", [(WOUNDED, 1, "Toledo"), (WOUNDED, 1, "Lucas County")], text=text)
    places = article_locations(article)
    assert places["Toledo"].label == "Toledo, OH"
    assert places["Lucas County"].label == "Lucas County, OH"


def test_a_demonym_that_ends_a_persons_name_is_no_country() -> None:
    # "Judge Ian English" is a person; the English are not in this story.
    text = "A Toledo woman was shot in the leg. Judge Ian English set bond, and Lucas County Sheriff Tom French spoke."
    article = facts("a", [(WOUNDED, 1, "Toledo")], text=text)
    assert article_locations(article)["Toledo"].label == "Toledo, OH"


def test_a_street_named_after_a_town_is_no_place() -> None:
    text = "Two men were shot late Sunday in the 1500 block of Lincoln Avenue, police said."
    assert main_location(facts("a", [(WOUNDED, 2, None)], text=text)) is None
    placed = facts("b", [(WOUNDED, 2, None)], text=text.replace("Avenue,", "Avenue in Toledo, Ohio,"))
    assert main_location(placed).label == "Toledo, OH"  # type: ignore[union-attr]


def test_an_unknown_capitalised_headline_word_is_no_place() -> None:
    title = "Flood Toll Rises to 40 Due to Heavy Rain"
    text = title + "\nForty people have died after heavy rain flooded the valley, Peruvian officials said."
    article = facts("a", [(KILLED, 40, "Due")], title=title, text=text)
    assert article_locations(article)["Due"].kind == "unplaced"
    # A name the gazetteer does not know, that the body places things in, stays what the report is about.
    placed = facts("b", [(KILLED, 40, "Kasba Dhura")], title="Flood Toll In Kasba Dhura Rises To 40",
                   text="Forty people have died in Kasba Dhura after heavy rain, officials said.")  # fmt: skip
    assert article_locations(placed)["Kasba Dhura"].kind == "name"


def test_a_local_outlets_host_names_its_region() -> None:
    from core.places.outlets import outlet_region

    assert outlet_region("https://www.smallvillegazette.com/story") is None  # no big town of that name
    assert outlet_region("https://www.buffaloherald.com/story") == "US-NY"
    assert outlet_region("https://news.abc9columbus.com/a") == "US-OH"
    assert outlet_region("https://www.reuters.com/world") is None
    assert outlet_region(None) is None


def test_a_local_outlets_region_decides_between_towns_of_one_name() -> None:
    # "Mount Pleasant" is a town in a dozen states; a paper named after Pittsburgh reports on Pennsylvania's.
    text = "A teenager was shot and killed in Mount Pleasant late Friday, police said."
    local = facts("a", [(KILLED, 1, "Mount Pleasant")], text=text, url="https://www.pittsburghdaily.com/news/1")
    assert article_locations(local)["Mount Pleasant"].region == "US-PA"
    elsewhere = facts("b", [(KILLED, 1, "Mount Pleasant")], text=text, url="https://www.charlestonpost.com/news/1")
    assert article_locations(elsewhere)["Mount Pleasant"].region != "US-PA"


def test_a_country_the_text_keeps_naming_places_a_report_nothing_else_places() -> None:
    text = (
        "Peru has seen its worst rains in decades. Across Peru, 300 people have died and rivers are still rising, "
        "the emergency agency said."
    )
    article = facts("a", [(KILLED, 300, None)], text=text)
    assert main_location(article).label == "Peru"  # type: ignore[union-attr]
    # Two countries named as often: no telling which.
    both = facts("b", [(KILLED, 300, None)], text=text.replace("Across Peru", "Across Chile"))
    assert main_location(both) is None


def test_a_headline_names_a_country_in_its_possessive() -> None:
    title = "Peru's Flood Toll Rises to 300"
    article = facts("a", [(KILLED, 300, None)], title=title, text=title + "\nThree hundred people have died.")
    assert main_location(article).label == "Peru"  # type: ignore[union-attr]


def test_a_capitals_dateline_is_the_bureau_not_the_scene() -> None:
    text = "Landslides in northern Peru killed 27 people in three villages, civil defence officials said on Monday."
    filed = facts("a", [(KILLED, 27, "Peru")], text="LIMA (Wire) - " + text)
    assert main_location(filed).label == "Peru"  # type: ignore[union-attr]
    # The capital is the scene when a claim or the title names it, and the fallback when nothing else is named.
    struck = facts("b", [(KILLED, 4, "Lima")], text="LIMA (Wire) - A bus crash in Lima killed four people.")
    assert main_location(struck).label == "Lima, PE"  # type: ignore[union-attr]
    bare = facts("c", [(KILLED, 4, None)], text="LIMA (Wire) - A bus crash killed four people on Monday.")
    assert main_location(bare).label == "Lima, PE"  # type: ignore[union-attr]


def test_an_unknown_name_telling_the_main_figures_is_the_main_place_said_finer() -> None:
    text = "The toll from the fire in Osaka rose to 25. The blaze gutted a clinic in Kitashinchi Ward."
    article = facts("a", [(KILLED, 25, "Osaka"), (KILLED, 25, "Kitashinchi Ward")], text=text)
    assert [p.location.label for p in article_pieces(article)] == ["Osaka, JP"]
    # Other figures at the unknown name are another event's.
    other = facts("b", [(KILLED, 25, "Osaka"), (KILLED, 3, "Kitashinchi Ward")], text=text)
    assert len(article_pieces(other)) == 2


def test_a_big_town_a_sentence_case_headline_alone_names_places_the_report() -> None:
    body = "The youngest of the victims was eight. Officials said 22 people died and 116 were hurt."
    alone = facts("a", [(KILLED, 22, None)], title="Manchester attack: what we know about the victims", text=body)
    assert main_location(alone).label == "Manchester, GB"  # type: ignore[union-attr]
    # A capitalised word after it makes it part of a longer name; a small town needs the body's word.
    longer = facts("b", [(KILLED, 22, None)], title="Manchester United fans mourn victims", text=body)
    assert main_location(longer) is None


def test_a_town_of_some_size_a_sentence_case_headline_alone_names_places_the_report() -> None:
    """A town of a few tens of thousands named only by the headline ("Bozeman mass shooting: ...") whose body
    names only a bowling alley and a street is where it happened: the headline is the one place the report
    gives. A village (fewer than `HEADLINE_TOWN_POPULATION`) still needs the body's word."""
    body = ("Five people were killed and three injured on Wednesday night when a gunman opened fire at Spare Time "
            "Lanes on Main Street, the governor said.")  # fmt: skip
    town = facts("a", [(KILLED, 5, None)], title="Bozeman mass shooting: 5 dead, 3 injured", text=body)
    assert main_location(town).label == "Bozeman, MT"  # type: ignore[union-attr]
    village = facts("b", [(KILLED, 5, None)], title="Laconia mass shooting: 5 dead, 3 injured", text=body)
    assert main_location(village) is None


def test_a_flights_origin_or_destination_is_not_the_scene() -> None:
    text = "The airliner from Lisbon crashed on approach, killing 61 people. The flight was bound for Montevideo."
    article = facts("a", [(KILLED, 61, "Lisbon")], text=text)
    assert main_location(article) is None
    # A town the text also puts something in is a scene after all.
    there = facts("b", [(KILLED, 61, "Lisbon")], text=text + " Relatives gathered in Lisbon.")
    assert main_location(there).label == "Lisbon, PT"  # type: ignore[union-attr]


def test_an_outlets_country_alone_does_not_make_a_world_city_a_namesake() -> None:
    body = "Dozens of people were missing after the fire in the tower block, police said."
    national = facts("a", [(KILLED, 12, None)], title="London tower fire: 12 dead", text=body,
                     url="https://www.nationalpaper.ca/world/fire")  # fmt: skip
    assert main_location(national).label == "London, GB"  # type: ignore[union-attr]
    # The text naming the country is evidence: then it is the London of Ontario.
    local = facts("b", [(KILLED, 12, None)], title="London tower fire: 12 dead",
                  text=body + " It was the worst fire in Canada in decades.",
                  url="https://www.nationalpaper.ca/world/fire")  # fmt: skip
    assert main_location(local).label == "London, CA"  # type: ignore[union-attr]


def test_a_capitals_dateline_over_a_story_the_title_places_in_the_country_is_the_bureau() -> None:
    """A wire filed from the capital whose title places the disaster in the country and whose body names no town
    ("Quake in Morocco" under "RABAT -") is the country's report, not the capital's: the bureau is not the
    scene. A title naming the capital, or a title naming no place, keeps the capital."""
    text = "RABAT - After the strong earthquake in the mountains the death toll has risen to 2,100."
    bureau = facts("a", [(KILLED, 2100, None)], title="Quake in Morocco: more than 2,000 dead", text=text)
    assert main_location(bureau).label == "Morocco"  # type: ignore[union-attr]
    own = facts("b", [(KILLED, 4, None)], title="Rabat: four killed in market fire",
                text="RABAT - A fire at a market killed four people.")  # fmt: skip
    assert main_location(own).label == "Rabat, MA"  # type: ignore[union-attr]
    bare = facts("c", [(KILLED, 4, None)], title="Four killed in market fire",
                 text="RABAT - A fire at a market killed four people.")  # fmt: skip
    assert main_location(bare).label == "Rabat, MA"  # type: ignore[union-attr]


def test_a_state_capitals_dateline_is_a_bureau_too() -> None:
    text = "SACRAMENTO, Calif. (AP) - Two people were killed in a shooting at a Stockton warehouse, police said."
    filed = facts("a", [(KILLED, 2, "Stockton")], text=text)
    assert main_location(filed).label == "Stockton, CA"  # type: ignore[union-attr]


def test_a_dateline_is_where_it_happened_when_the_body_places_the_toll_in_its_state() -> None:
    # A storm over several states: the toll is the dateline's state's ("in Kentucky alone"); a town of another state
    # named for its own few dead does not make the dateline a bureau's.
    text = ("MAYFIELD, Ky. (AP) - Storms tore through Kentucky and Illinois overnight, killing at least 40 people in "
            "Kentucky alone, the governor said. At a factory in Edwardsville, Illinois, four workers died.")
    told = facts("a", [(KILLED, 40, "Kentucky"), (KILLED, 4, "Edwardsville, Illinois")], text=text)
    assert main_location(told).region == "US-KY"  # type: ignore[union-attr]
    elsewhere = ("MAYFIELD, Ky. (AP) - Storms tore through Illinois overnight, killing four workers at a factory in "
                 "Edwardsville, the governor said.")
    filed = facts("b", [(KILLED, 4, "Edwardsville")], text=elsewhere)
    assert main_location(filed).label == "Edwardsville, IL"  # type: ignore[union-attr]


def _locations(text: str) -> list[str | None]:
    from core.extract import extract
    from core.models import ArticleInput

    return [c.location for c in extract(ArticleInput(text=text)).claims]


def test_an_arabic_names_lower_case_article_is_part_of_the_name() -> None:
    # Cut at "al-", the venue's first word was an unknown place of its own and split the report in two.
    [where] = _locations("At least 40 people were killed at Dar al-Salam Mosque on Friday, medics said.")
    assert where == "Dar al-Salam Mosque" and resolve_location(where).kind == "spot"
    assert _locations("Nine people were killed in Tell al-Abyad on Monday.") == ["Tell al-Abyad"]
    assert _locations("Two people were killed in Deir ez-Zor on Monday.") == ["Deir ez-Zor"]


def test_who_holds_a_place_is_no_part_of_its_name() -> None:
    assert _locations("Five people were killed in Hamas-ruled Gaza on Monday.") == ["Gaza"]
    assert _locations("Seven people were killed in Russian-occupied Melitopol overnight.") == ["Melitopol"]


def test_a_name_made_an_adjective_is_no_place() -> None:
    # "a Taylor Swift-themed dance class", "a Disney-inspired party": what the scene is styled on, not a town
    assert _locations("Three girls were killed at a Taylor Swift-themed dance class on Monday.") == [None]
    assert _locations("Two teenagers were shot at a Harry Potter-inspired party on Saturday.") == [None, None]
    assert _locations("Four people were killed at a Tesla-owned warehouse in Fremont.") == ["Fremont"]
    assert _locations("Six people were killed in Hamas-ruled Gaza on Monday.") == ["Gaza"]
    # headlines: no article before the name, so the run started at "Taylor" and kept "Swift-themed"
    assert _title_locations("Third child dies after knife attack at Taylor Swift-themed dance class") == [None]
    assert set(_title_locations("Two shot at Harry Potter-inspired party in Fremont")) == {"Fremont"}


def test_a_feast_names_a_gathering_not_its_place() -> None:
    assert set(_title_locations("149 killed in Halloween crowd crush in Seoul's Itaewon")) == {"Seoul"}
    assert _title_locations("Stampede at Diwali fair kills 12") == [None]
    assert _locations("Nine people were killed in a crush at an Easter procession in Antigua on Sunday.") == ["Antigua"]


def test_an_unknown_neighbourhood_written_with_its_town_is_that_towns() -> None:
    # "Keyham, Plymouth": a part the gazetteer does not know, of a town too small to be a "big city" container
    [where] = _locations("Five people were killed in a shooting in Keyham, Plymouth, on Thursday, police said.")
    assert where == "Keyham, Plymouth" and resolve_location(where).label == "Plymouth, GB"
    # a known town before a comma and another town is still two places ("Leeds, Bradford")
    assert "Leeds, Bradford" not in _locations("Two people were killed in Leeds, Bradford police said.")


def test_a_headlines_unknown_name_is_read_as_the_body_writes_it_in_full() -> None:
    title = "Six dead in Keyham shooting"
    text = "Five people were killed in a shooting in Keyham, Plymouth, on Thursday, police said."
    loc = main_location(_extracted("a", text, title))
    assert loc is not None and loc.label == "Plymouth, GB"
    places = {w: p.label for w, p in article_locations(_extracted("a", text, title)).items()}
    assert places.get("Keyham") == "Plymouth, GB"


def _title_locations(title: str) -> list[str | None]:
    from core.extract import extract
    from core.models import ArticleInput

    claims = extract(ArticleInput(text="Police said more details would follow.", title=title)).claims
    return [c.location for c in claims]


def _extracted(aid: str, text: str, title: str | None = None) -> ArticleFacts:
    from core.extract import extract
    from core.models import ArticleInput

    claims = extract(ArticleInput(text=text, title=title)).claims
    return ArticleFacts(aid, "outlet", tuple(claims), datetime(2031, 5, 11), title, fingerprint(text, title), text)


def test_a_carrier_named_after_its_home_is_not_where_it_crashed() -> None:
    title = "Qatar Airways passengers among 66 killed"
    text = "Two passengers who had flown in on Qatar Airways were among the 66 people killed when a plane crashed at "
    text += "Kathmandu's airport on Saturday."
    assert main_location(_extracted("a", text, title)).label == "Kathmandu, NP"  # type: ignore[union-attr]
    assert _locations("A Jeju Air jet skidded off the runway and burst into flames, killing 40 people.") != ["Jeju"]
    # The country itself, named as such, still places the report.
    placed = _extracted("b", "A plane crashed in Qatar on Saturday, killing 66 people, officials said.")
    assert main_location(placed).label == "Qatar"  # type: ignore[union-attr]


def test_a_sentence_may_open_on_its_place() -> None:
    text = "Bombs tore through churches on Sunday. In Colombo, 60 people were killed, Sri Lankan police said."
    assert main_location(_extracted("a", text)).label == "Colombo, LK"  # type: ignore[union-attr]
    # "At" opens no place: "At Least" is a headline's figure, not a town.
    text = "At Least 12 Dead. At least 12 people died when the bus overturned in Cuzco, Peruvian police said."
    assert "Least" not in {loc.name for loc in article_locations(_extracted("b", text)).values()}


def test_a_town_a_distance_is_measured_from_is_not_where_it_happened() -> None:
    # Near it, so in its region (Quebec, Kabul province); never the town itself.
    where = _locations("Three people died in a town 250 kilometres east of Montreal on Saturday.")
    assert [resolve_location(w or "").key for w in where] == ["province:CA-QC"]
    where = _locations("Two people were killed in a village 30 miles southwest of Kabul.")
    assert [resolve_location(w or "").kind for w in where] == ["province"]
    # A bearing alone ("just east of Peebles") is near enough to be the town, as local news names a village.
    assert _locations("A landslide just north of Bogota killed 11 people on Sunday.") == ["Bogota"]
    # The town it happened in, named before its bearing, is the place.
    assert _locations("The quake killed 40 people in Ovalle, 400 km north of Santiago.") == ["Ovalle"]


def test_a_province_with_its_division_word_is_the_province_even_after_a_countrys_possessive() -> None:
    assert _locations("A landslide killed at least 23 people in a village in Sichuan province.") == ["Sichuan province"]
    text = "The death toll from the landslide in southwest China's Sichuan province has climbed to 31, officials said."
    assert main_location(_extracted("a", text)).label == "Sichuan"  # type: ignore[union-attr]


def test_a_persons_home_town_is_not_carried_to_the_next_figure() -> None:
    # The town a suspect or witness comes from, told between two figures, is not where the next figure happened:
    # the earlier scene is.
    text = (
        "Two children died and nine others were injured in a knife attack in Southport, police said. "
        "A 17-year-old boy from Banks in Lancashire has been arrested. "
        "Four of the wounded are in a critical condition."
    )
    assert _locations(text)[-1] == "Southport"
    text = (
        "Three people were shot dead at a bar in Leeds on Friday. A man from Bradford was detained. "
        "Two other people were wounded."
    )
    assert _locations(text) == ["Leeds", "Leeds"]
    # the town a later sentence puts the harm in is still carried on
    text = "A car bomb exploded in Mogadishu on Monday. Five people were killed, police said."
    assert _locations(text) == ["Mogadishu"]


def test_the_attackers_country_is_not_where_anyone_died() -> None:
    text = "Russia launched a missile attack on Ukrainian cities on Monday, killing at least 31 people, officials said."
    assert _locations(text) == [None]
    assert _locations("Moscow fired 40 missiles overnight, killing 12 people in Odesa.") == ["Odesa"]
    # a country where the deaths were is still their place
    assert _locations("At least 31 people were killed in Russia on Monday.") == ["Russia"]


def test_an_airport_named_after_its_town_is_that_towns() -> None:
    # a paper abroad about its nationals among the dead: the airport's town, not the paper's or victims' country
    title = "Two Thai passengers among dead in jet crash"
    text = (
        "Two Thai nationals were among the 179 people killed when a jet crashed at Muan International Airport on "
        "Sunday, the Thai foreign ministry said."
    )
    article = replace(_extracted("a", text, title), url="https://www.bangkokpost.com/world/1")
    assert main_location(article).label == "Muan, KR"  # type: ignore[union-attr]
    # an airport named after a person is no town
    assert _airport_town("Hamid Karzai International Airport") is None
    assert _airport_town("Kabul airport").label == "Kabul, AF"  # type: ignore[union-attr]


def test_a_town_named_only_as_what_the_scene_is_near_stands_for_the_scene() -> None:
    # the dateline's suburb, not the big city it is near
    text = (
        "HIGHLAND PARK, Ill. (AP) - A gunman opened fire on a holiday parade in suburban Chicago on Monday, "
        "killing six people, police said."
    )
    loc = main_location(_extracted("a", text, "6 killed in parade shooting near Chicago"))
    assert loc is not None and loc.label == "Highland Park, IL"
    # in French: "près de Chicago" in the headline, the suburb in the body
    title = "Six morts dans une fusillade près de Chicago"
    text = "Six personnes ont été tuées lundi lors d'un défilé à Highland Park, a annoncé la police."
    from core.extract import extract
    from core.models import ArticleInput

    claims = extract(ArticleInput(text, title, datetime(2031, 5, 11), language="fr")).claims
    article = ArticleFacts("b", "outlet", tuple(claims), datetime(2031, 5, 11), title, fingerprint(text, title), text)
    assert {loc.label for loc in article_locations(article).values()} == {"Highland Park, IL"}
    # a town named only as near, with no other place of its region: still the place given
    text = "Two people were killed in a crash near Tulsa on Monday, police said."
    assert main_location(_extracted("c", text)).label == "Tulsa, OK"  # type: ignore[union-attr]


def test_where_the_dead_came_from_is_not_where_they_died() -> None:
    text = (
        "The 27 pilgrims from Jalgaon in Maharashtra were killed when their bus fell into a river in Nepal on "
        "Friday, officials said."
    )
    assert _locations(text) == ["Nepal"]
    # with no other place in the sentence, the home is all it gives
    assert _locations("Two men from Gary were shot and killed on Friday, police said.") == ["Gary"]


def test_a_regions_name_with_its_link_words_is_read_whole_in_the_text() -> None:
    # "in Rio Grande do Sul state": the text's place stopped at "do" and read the town Rio Grande
    text = (
        "PORTO ALEGRE, Brazil (AP) - Floods and mudslides killed at least 29 people in Rio Grande do Sul state, "
        "officials said on Thursday."
    )
    loc = main_location(_extracted("a", text, "Floods kill 29 in southern Brazil"))
    assert loc is not None and loc.label == "Rio Grande do Sul"


def test_a_us_stations_call_sign_in_its_host_name_says_the_united_states() -> None:
    assert outlet_country("https://www.wxyz.com/news/local") == "US"
    assert outlet_country("https://kabc7.com/story") == "US"
    assert outlet_country("https://www.wired.com/story") is None  # a word, not a call sign


def test_a_us_stations_call_sign_in_the_report_outweighs_a_foreign_town_of_a_neighbourhoods_name() -> None:
    """Kingswood is a Louisville neighbourhood in this invented report and a part of Bristol, England, in our
    gazetteer; the station's call sign and the city it names make it a US story."""
    text = (
        "(WKLV) - A grieving Louisville father is asking for witnesses a week after his son was shot and killed "
        "in Kingswood. Police said the shooting in Kingswood happened late on Saturday."
    )
    article = facts("a", [(KILLED, 1, "Kingswood"), (KILLED, 1, "Louisville")], text=text,
                    title="Father asks for witnesses after son killed")  # fmt: skip
    main = main_location(article)
    assert main is not None and main.region == "US-KY"


def test_a_street_named_after_a_country_is_not_that_country() -> None:
    """"On Peru Avenue", "at Peru and Mission streets": streets, not the country (a Fresno report here)."""
    text = (
        "Three people were wounded in a shooting at Peru and Mission streets in Fresno on Sunday, police said. The "
        "gunman fled on Peru Avenue in a dark sedan."
    )
    article = facts("a", [(WOUNDED, 3, "Fresno")], text=text, title="Three wounded in shooting")
    main = main_location(article)
    assert main is not None and main.region == "US-CA"


def test_a_broadcasters_brand_before_a_place_is_a_station_not_a_place() -> None:
    """"NBC Bay Area" is a station; read as a place it was a town called Bay in the Philippines, and the
    article's San Francisco went with it."""
    text = (
        "Four students were shot outside a high school in San Francisco on Tuesday, police said. Jane Roe of NBC "
        "Bay Area reports. Classes in San Francisco resumed on Wednesday."
    )
    article = facts("a", [(WOUNDED, 4, "San Francisco")], text=text, title="Four students shot outside school")
    main = main_location(article)
    assert main is not None and main.label == "San Francisco, CA"


def test_a_city_outlet_covers_its_metro_area_across_a_state_line() -> None:
    """A Cincinnati paper's "Florence" is Florence, Kentucky, across the river, not Florence, Alabama."""
    text = "A man was shot and killed outside a bar in Florence on Sunday night, police said."
    article = facts("a", [(KILLED, 1, "Florence")], text=text, url="https://www.cincinnati.com/story/news/1",
                    title="Man killed outside bar")  # fmt: skip
    assert article_locations(article)["Florence"].label == "Florence, KY"
    assert set(outlet_regions("https://www.nbcnewyork.com/news/local")) == {"US-NY", "US-NJ", "US-CT"}


def test_a_gathering_held_at_one_place_is_where_a_report_naming_no_town_happened() -> None:
    """Filed from the capital, a report naming no town but the Hajj is about Mecca: the gathering's town comes
    before a national capital's bureau (data/gatherings.tsv). A state capital's own station keeps its town."""
    text = ("RIYADH (Wire) - Saudi Arabia said on Sunday that 1,200 people died during this year's Hajj, most of "
            "them from the heat.")  # fmt: skip
    hajj = facts("a", [(KILLED, 1200, None)], text=text)
    assert main_location(hajj).label == "Makkah, SA"  # type: ignore[union-attr]
    plain = facts("b", [(KILLED, 4, None)], text="RIYADH (Wire) - A fire at a warehouse killed four workers.")
    assert main_location(plain).label == "Riyadh, SA"  # type: ignore[union-attr]
    station = ("INDIANAPOLIS (WXYZ) - Two men were shot and killed early Saturday; a third was taken to St. Vincent "
               "Hospital.")  # fmt: skip
    local = facts("c", [(KILLED, 2, None)], text=station)
    assert main_location(local).label == "Indianapolis, IN"  # type: ignore[union-attr]


def test_a_bare_dateline_named_as_the_countrys_capital_is_the_capital_not_a_namesake_of_the_state_told() -> None:
    """A wire's "WASHINGTON -" above a story of a town in Maine is Washington, DC (the bureau), not the village
    of Washington, Maine; a dateline that writes its state ("WASHINGTON, Maine -") stays that village."""
    text = "WASHINGTON - Le suspect de la fusillade de Lewiston, dans le Maine, a été retrouvé mort vendredi."
    assert article_locations(facts("a", [], text=text))[DATELINE_KEY].label == "Washington, DC"
    own = "WASHINGTON, Maine - A man was found dead in a house in Lewiston, Maine, on Friday."
    assert article_locations(facts("b", [], text=own))[DATELINE_KEY].label == "Washington, ME"


def test_a_headline_word_that_is_part_of_a_longer_name_in_the_body_is_no_place() -> None:
    """ "at a Taylor Swift-themed party" places no town called Taylor (in Michigan), though "at a" stands before
    it: the name goes on. The seaside town the body names keeps its own country."""
    place = placed(
        "en",
        "Two people were crushed to death at a Taylor Swift-themed party in the seaside town of Southport, "
        "police said Tuesday.",
        title="Two dead in crush at Taylor Swift-themed party",
    )
    assert place is not None and place.region is not None and place.region.startswith("GB")
