"""A report sent as text alone, its headline as the first line, reads as if sent with that title: the headline's
figures weigh as a headline's, its words are no dateline, and a wire's dateline follows it. Lines of our own."""

from __future__ import annotations

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.lead_headline import lead_headline, reading_title
from core.models import ArticleFacts, ArticleInput
from core.places import Location, article_locations, main_location


def _placed(text: str, language: str) -> Location | None:
    """The report's main place as grouping reads a text sent without a title."""
    claims = extract(ArticleInput(text=text, language=language)).claims
    article = ArticleFacts("r", "", claims, None, reading_title(None, text), (), text, None)
    return main_location(article, article_locations(article))


def test_a_headline_in_a_script_without_spaces_is_a_headline() -> None:
    text = "泰国曼谷一栋大楼倒塌已致九人死亡\n\n新华社曼谷3月29日电 救援人员29日继续在倒塌的大楼废墟中搜救。"
    assert lead_headline(text) == "泰国曼谷一栋大楼倒塌已致九人死亡"
    assert lead_headline("曼谷\n\n新华社曼谷3月29日电 救援人员继续搜救。") is None  # one word is no headline


def test_the_headline_lines_figures_point_into_the_text_and_are_marked_as_the_headline() -> None:
    text = (
        "Boiler blast at dye factory in Gujarat kills 12\n\n"
        "AHMEDABAD - A boiler exploded at a dye factory in the western Indian city of Vadodara on Thursday, "
        "killing 12 workers and injuring 19, police said."
    )
    claims = extract(ArticleInput(text=text, language="en")).claims
    assert claims and all(c.field == "text" and text[c.start : c.end] == c.quote for c in claims)
    in_headline = [c for c in claims if c.lead_headline]
    assert [(c.metric, c.value) for c in in_headline] == [("killed", 12)]
    assert all(c.in_headline for c in in_headline)
    killed, wounded = (pick_headline(claims, m) for m in ("killed", "wounded"))
    assert killed is not None and killed.value == 12
    assert wounded is not None and wounded.value == 19


def test_the_headline_lines_place_does_not_set_the_bodys_figures_apart() -> None:
    """The headline's town is not the main incident's place the body's figures are measured against: a body
    figure told of a suburb stays the incident's (as it does when the headline is sent as the title)."""
    text = (
        "Tanker fire in Lagos kills 20\n\n"
        "A fuel tanker caught fire on a highway in Ikorodu on Monday, killing 20 people and injuring 15, "
        "emergency officials said."
    )
    main = main_incident_claims(extract(ArticleInput(text=text, language="en")).claims)
    wounded = pick_headline(main, "wounded")
    assert wounded is not None and wounded.value == 15


def test_a_headline_ending_its_first_word_with_a_colon_is_no_dateline() -> None:
    text = (
        "CAN: huit morts dans une bousculade devant le stade d'Olembé\n\n"
        "Huit personnes sont mortes et une trentaine ont été blessées lundi soir dans une bousculade à l'entrée "
        "du stade d'Olembé, à Yaoundé, avant un match de la Coupe d'Afrique."
    )
    place = _placed(text, "fr")
    assert place is not None and place.region is not None and place.region.startswith("CM")


def test_a_wires_dateline_after_the_headline_line_is_read() -> None:
    text = (
        "台风造成的死亡人数升至3600余人\n\n"
        "新华社马尼拉11月16日电 菲律宾国家减灾委员会16日说，台风造成的死亡人数已升至3621人，另有1140人失踪。"
    )
    place = _placed(text, "zh")
    assert place is not None and place.kind == "country" and place.region == "PH"  # filed from Manila


def test_a_district_the_headline_names_is_read_with_the_division_word_of_the_body() -> None:
    text = (
        "Floods in Wayanad: 30 dead after cloudburst\n\n"
        "At least 30 people died after a cloudburst hit villages near Meppadi in Kerala's Wayanad district "
        "early on Tuesday, officials said."
    )
    place = _placed(text, "en")
    assert place is not None and place.kind == "province" and place.region == "IN-13"
