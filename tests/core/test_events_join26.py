"""Round 26 (join26): kinds of disaster from the table `core/data/hazard_words.tsv` (a landslide told as a
mountainside's collapse, an airliner told by its airline or its take-off), and two strikes or two disasters of
a country kept apart when the report that would bridge them fits only one's days, a town read in a title and
left a bare name in the text one place. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events.hazards import headline_hazards
from core.events.pieces import placed_pieces
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders


def report(rid: str, text: str, day: int | None, title: str | None = None) -> ArticleFacts:
    """A report published on a day of May 2031 (or with no date), its weekdays read against that day."""
    published = datetime(2031, 5, day, 9, tzinfo=UTC) if day is not None else None
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def test_a_mountainside_that_gives_way_is_a_landslide_as_the_english_word_is() -> None:
    mountain = headline_hazards("贵州某县山体垮塌 20余人失联")
    assert "water" in mountain
    assert mountain & headline_hazards("Landslide sweeps away a hillside hamlet in Guizhou")
    assert "water" not in headline_hazards("商场楼板垮塌 3人受伤")  # a building's collapse stays one


def test_an_airliner_is_told_by_its_airline_maker_or_take_off() -> None:
    assert "air" in headline_hazards("Air Zambezi crash kills 40 near the coast")
    assert "air" in headline_hazards("Regional airline's turboprop goes down moments after take-off")
    assert "air" in headline_hazards("Crash d'Air Volta : aucun survivant parmi les 60 passagers")
    assert "air" in headline_hazards("L'appareil s'est écrasé dans un champ près de la piste")
    assert "air" not in headline_hazards("Air strike on a market kills nine")  # an attack, no aircraft's crash


def test_a_countrys_report_of_one_strike_does_not_bring_another_citys_strike_of_other_days() -> None:
    reports = [
        report(
            "k1",
            "KYIV — A Russian missile strike on a residential district of Kharkiv killed 12 people, "
            "including four children, the regional governor said.",
            4,
        ),
        report(
            "k2",
            "The death toll from the Russian missile strike on a residential district of Kharkiv rose to 14, "
            "including four children, officials said.",
            5,
        ),
        report(
            "o1",
            "KYIV — Two Russian ballistic missiles struck the centre of Odesa on Tuesday, killing 25 people "
            "and wounding 60, the city's mayor said.",
            13,
        ),
        report(
            "o2",
            "A Russian missile strike on a city centre on Tuesday killed 27 people, including two children, "
            "and wounded 61, Ukraine's emergency service said.",
            14,
        ),
    ]
    events = holders(reports)
    assert events["k1"] == events["k2"]
    assert events["o1"] == events["o2"]
    assert events["k1"] != events["o1"]


def test_an_undated_report_does_not_bridge_two_disasters_four_weeks_apart() -> None:
    reports = [
        report(
            "b1",
            "BANGKOK — A tour bus caught fire on a highway on the edge of the capital on Thursday, "
            "killing 19 passengers, police said.",
            1,
        ),
        report("b2", "The death toll from the tour bus fire near Bangkok has risen to 21, police said.", None),
        report(
            "f1",
            "BANGKOK — An explosion at a fireworks factory in Suphan Buri province killed nine workers "
            "on Friday, officials said.",
            30,
        ),
    ]
    events = holders(reports)
    assert events["b1"] == events["b2"]
    assert events["f1"] != events["b1"]


def test_a_town_read_in_the_title_and_left_a_bare_name_in_the_text_is_one_place() -> None:
    decoy = report(
        "h1",
        "HALF MOON BAY — Five people were killed and one was critically wounded Monday evening in "
        "shootings at two flower nurseries near Half Moon Bay, the county sheriff said.",
        6,
        "5 killed in shootings at two Half Moon Bay nurseries",
    )
    reports = [
        report(
            "m1",
            "MONTEREY PARK, Calif. — A gunman opened fire at a dance hall in Monterey Park late Saturday, "
            "killing 10 people and wounding 10 others, the sheriff said.",
            4,
            "10 killed in dance hall shooting near Los Angeles",
        ),
        report(
            "m2",
            "One of the wounded died on Monday, raising the toll of Saturday's shooting at a Monterey Park "
            "dance hall to 11, the sheriff said.",
            5,
            "Monterey Park shooting toll rises to 11",
        ),
        decoy,
    ]
    assert {p.location.kind for p in placed_pieces(decoy).pieces} == {"city"}
    events = holders(reports)
    assert events["m1"] == events["m2"]
    assert events["h1"] != events["m1"]


def test_an_explosion_at_a_fireworks_works_or_of_a_gas_bottle_is_no_attack() -> None:
    assert headline_hazards("Blast at a fireworks workshop kills seven in Sivakasi") == {"fire"}
    assert headline_hazards("Gas cylinder explosion levels a teahouse, four dead") == {"fire"}
    assert headline_hazards("ร้านขายพลุระเบิด มีผู้เสียชีวิต 3 ราย") == {"fire"}
    assert "attack" in headline_hazards("Bomb attack at a fireworks market kills five")  # a bomb is one still
