"""Places of international reports: sentences of our own for datelines filed elsewhere, figures about another
country's people or events, and institutions named after people or places."""

from __future__ import annotations

from datetime import date

from core.events import article_pieces
from core.extract import extract
from core.models import KILLED, ArticleFacts, ArticleInput
from core.places import article_locations, main_location, resolve_location
from core.places.main_place import _contains
from core.places.nearby import in_another_province
from core.places.reading import _text_context
from core.places.report_places import DATELINE_KEY, TEXT_KEY
from core.similarity import fingerprint
from tests.core.eventkit import make_claim

D = date(2031, 3, 4)


def facts(claims: list[tuple[str, int, str | None]], *, title: str | None = None, text: str | None = None,
          url: str | None = None) -> ArticleFacts:  # fmt: skip
    built = tuple(make_claim(metric, value, location=where, incident_date=D) for metric, value, where in claims)
    return ArticleFacts("a", "outlet", built, None, title, fingerprint(text or "", title), text, url)


def test_a_hyphenated_dateline_town_is_read_whole() -> None:
    assert _text_context("SAINT-HYACINTHE, Que. - A barn fire killed two farm workers.").dateline == (
        "Saint-Hyacinthe, Que."
    )
    assert _text_context("LAC-MÉGANTIC (CP) — Rescuers searched the ruins.").dateline == "Lac-Mégantic"
    assert _text_context("KANO — A fuel tanker exploded.").dateline == "Kano"


def test_a_locative_ends_with_its_sentence() -> None:
    mentions = _text_context("The ferry sank near Mokpo. Officials said nine were missing.").mentions
    assert "Mokpo" in mentions


def test_a_dateline_the_body_never_places_anything_in_is_where_the_report_was_filed() -> None:
    text = (
        "LONDON (Wire) - A dam burst above the village of Derna on Sunday night. Floodwater swept through "
        "Derna before dawn and at least 40 people died in Derna, the coastguard said. Rescuers in Benghazi "
        "sent boats."
    )
    article = facts([(KILLED, 40, "Derna")], text=text)
    places = article_locations(article)
    assert DATELINE_KEY not in places  # London is where the wire filed from
    main = main_location(article, places)
    assert main is not None and main.region is not None and main.region.startswith("LY")


def test_a_dateline_the_body_agrees_with_stays_the_place() -> None:
    text = "DENVER (Wire) - Two people were shot dead in Denver on Sunday night, police said."
    places = article_locations(facts([(KILLED, 2, None)], text=text))
    assert places[DATELINE_KEY].label == "Denver, CO"


def test_figures_about_another_country_s_pilgrims_do_not_move_the_scene() -> None:
    text = (
        "A crush at the shrine in Karbala killed 31 pilgrims on Tuesday, officials in Karbala said. Karbala's "
        "hospitals were full. Iran said 12 of its citizens died in the crush, and Pakistan said 4 did."
    )
    article = facts([(KILLED, 31, "Karbala"), (KILLED, 12, "Iran"), (KILLED, 4, "Pakistan")], text=text)
    main = main_location(article)
    assert main is not None and main.label == "Karbala, IQ"


def test_an_older_attack_in_another_country_does_not_pull_the_report() -> None:
    # The report's own figure has no place; a background paragraph names another country's attack.
    text = (
        "Gunmen stormed a college in northern Nigeria on Friday. Students fled the campus of Maiduguri "
        "University College as the attack went on, and Maiduguri hospitals took in the wounded. Maiduguri "
        "was calm by night. It echoed a raid in Pakistan in 2014 where 141 people were killed."
    )
    article = facts([(KILLED, 20, None), (KILLED, 141, "Pakistan")], text=text)
    places = article_locations(article)
    assert places[TEXT_KEY].label == "Maiduguri, NG"
    main = main_location(article, places)
    assert main is not None and main.label == "Maiduguri, NG"


def test_a_place_inside_a_person_s_or_an_institution_s_name_is_not_the_town() -> None:
    text = (
        "A study led by the Abraham Lincoln Institute found that 640 people died after the cyclone struck "
        "Mozambique. The institute's team counted deaths in the months that followed."
    )
    places = article_locations(facts([(KILLED, 640, "Lincoln")], text=text))
    assert places["Lincoln"].kind == "unplaced"
    hotel = "Guests of the Kandy Hotel in Colombo were evacuated; 3 died in the fire, police in Colombo said."
    assert article_locations(facts([(KILLED, 3, "Kandy")], text=hotel))["Kandy"].kind == "unplaced"
    # Beside a word that may stand next to a town, the name is the town: "Kandy hospital".
    ward = "Two patients died at Kandy hospital after the wall fell, doctors said."
    assert article_locations(facts([(KILLED, 2, "Kandy")], text=ward))["Kandy"].label == "Kandy, LK"


def test_a_country_the_text_keeps_naming_is_the_place_when_no_town_is() -> None:
    text = (
        "The cyclone that struck Mozambique last March killed 640 people, a study found. Mozambicans in "
        "poorer districts died at higher rates, and Mozambique's government accepted the figure."
    )
    main = main_location(facts([(KILLED, 640, None)], text=text))
    assert main is not None and main.label == "Mozambique"


def test_a_town_bodies_were_taken_to_is_not_the_scene() -> None:
    text = (
        "KANO (Wire) - A fuel tanker exploded at a market in Kano on Monday. Police in Kano said 23 people "
        "died; the bodies were flown to Abuja for identification."
    )
    article = facts([(KILLED, 23, "Kano"), (KILLED, 23, "Abuja")], text=text)
    places = article_locations(article)
    assert places["Abuja"].kind == "unplaced"  # its claim follows the article's place
    main = main_location(article, places)
    assert main is not None and main.label == "Kano, NG"


def test_a_province_holds_its_towns_and_not_another_province_s() -> None:
    province = resolve_location("Punjab", "PK")
    assert province.kind == "province"
    assert _contains(province, resolve_location("Multan", "PK"))  # a town of Punjab
    assert not _contains(province, resolve_location("Hyderabad", "PK"))  # a town of Sindh
    # A department only GeoNames lists by that name is known too, once the country is.
    assert resolve_location("Nippes", "HT").kind == "province"


def test_the_city_and_the_province_of_one_flood_are_one_place_in_a_report() -> None:
    text = "Floods in Punjab killed 40 people on Sunday, 25 of them in Multan, officials in Multan said."
    article = facts([(KILLED, 40, "Punjab"), (KILLED, 25, "Multan")], text=text)
    places = article_locations(article)
    main = main_location(article, places)
    assert main is not None and main.label == "Multan, PK"
    assert _contains(places["Punjab"], main)  # the province's figure is the same event, said coarsely


def test_a_division_word_makes_a_province_without_the_article_s_country() -> None:
    assert resolve_location("Herat province").kind == "province"
    assert resolve_location("Sud Department").region == resolve_location("Les Cayes", "HT").region
    # Provinces of one name in two countries still need the article's country.
    assert resolve_location("Punjab province").kind == "name"
    assert resolve_location("Punjab province", "IN").kind == "province"


def test_a_separate_incident_s_place_is_not_the_report_s() -> None:
    text = (
        "GAZA CITY - At least 37 people were killed when warplanes bombed a school in Nuseirat, medics said. "
        "Separately, three people were killed in a strike on a house in Khan Younis."
    )
    claims = extract(ArticleInput(text=text)).claims
    article = ArticleFacts("a", "wire.example.com", claims, None, None, fingerprint(text), text, None)
    # Nuseirat is unknown to the gazetteer; Khan Younis is known, but "Separately" says it is another incident.
    main = main_location(article)
    assert main is not None and main.label == "Gaza, PS"
    (head,) = [p for p in article_pieces(article) if p.main]
    assert head.headline_values() == {KILLED: 37}


def test_a_division_word_of_bangladesh_makes_the_division() -> None:
    assert resolve_location("Dhaka Division").kind == "province"  # not the city of Dhaka
    assert resolve_location("Homicide Division").kind == "name"  # a police unit: no division of that name


def test_a_state_capitals_dateline_over_a_town_far_off_in_its_state_is_where_it_was_filed() -> None:
    from datetime import datetime

    text = ("LUCKNOW, India (Wire) - At least 87 people were killed in a stampede at a religious gathering in "
            "Hathras district in the northern state of Uttar Pradesh on Tuesday, officials said.")  # fmt: skip
    claims = extract(ArticleInput(text=text, published_at=datetime(2031, 7, 2))).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text), text)
    assert main_location(article).label == "Hāthras, IN"  # type: ignore[union-attr]


def test_a_venue_named_after_its_town_leaves_the_town_the_scene() -> None:
    title = "Manchester, esplosione al concerto: 22 morti"
    text = "Sono 22 i morti e 59 i feriti dell'esplosione alla Manchester Arena, ha detto la polizia."
    claims = extract(ArticleInput(text=text, title=title, language="it")).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, title, fingerprint(text, title), text)
    assert main_location(article).label == "Manchester, GB"  # type: ignore[union-attr]


def test_a_big_capitals_dateline_over_far_towns_is_the_wires_bureau_in_any_language() -> None:
    text = ("KABARKITA.CO, Jakarta - Badan penanggulangan bencana mencatat 120 orang meninggal akibat banjir "
            "bandang di Manado, Sulawesi Utara.")  # fmt: skip
    claims = extract(ArticleInput(text=text, language="id")).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text), text)
    assert main_location(article).label == "Manado, ID"  # type: ignore[union-attr]


def test_a_big_citys_dateline_over_figures_of_countries_is_the_wires_bureau() -> None:
    text = ("ISTANBUL (Wire) - A strong earthquake struck the east of the country on Monday, killing more than "
            "300 people in Turkey, the disaster agency said.")  # fmt: skip
    claims = extract(ArticleInput(text=text)).claims
    article = ArticleFacts("a", "outlet", tuple(claims), None, None, fingerprint(text), text)
    assert main_location(article).label == "Turkey"  # type: ignore[union-attr]


def test_a_grouping_of_provinces_coded_by_iso_alone_holds_towns_it_cannot_tell() -> None:
    """Indonesia's provinces lie in geographical units ("Sulawesi", ID-SL) that towns' codes do not name: a town
    of North Sulawesi is not "in another province" than Sulawesi, though their codes differ; a town of East Java
    still is another province's than North Sulawesi."""
    manado, surabaya = resolve_location("Manado", "ID"), resolve_location("Surabaya", "ID")
    assert not in_another_province(manado.region, "ID-SL")
    assert in_another_province(surabaya.region, resolve_location("Sulawesi Utara", "ID").region)
