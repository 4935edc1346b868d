"""Grouping reports into events (round 24): a disaster that crossed a border, told country by country. Reports of
our own."""

from __future__ import annotations

from core.similarity import fingerprint
from tests.core.feed_kit import holders as _holders
from tests.core.feed_kit import report as _report

# One named storm over two neighbouring countries: each country's press tells its own dead, an agency both.
_ONE_SIDE = _report(
    "one", "Cyclone Nirel killed at least nine people in Chittagong after it made landfall on Sunday night, uprooting "
    "trees and flattening thousands of huts, officials said.", 13, title="Cyclone Nirel kills nine in Chittagong",
)
_OTHER_SIDE = _report(
    "other", "Cyclone Nirel left at least 12 people dead in Sittwe, where floodwaters swept through low-lying "
    "neighbourhoods, the local administration said on Monday.", 14, title="Cyclone Nirel: 12 dead in Sittwe",
)
_BOTH_SIDES = _report(
    "both", "Cyclone Nirel has killed at least nine people in Bangladesh, the disaster ministry said on Tuesday. In "
    "Myanmar, 12 people died in Rakhine state as the storm moved inland, state media reported.", 15,
    title="Cyclone Nirel kills 21 across the Bay of Bengal",
)


def test_a_report_telling_each_countrys_toll_of_one_storm_holds_both_countries_reports() -> None:
    """The joint report names the two countries in two sentences, with no list's conjunction between them: a toll
    placed in each of two countries is the scene of one disaster that crossed the border, so the reports of either
    country about it, in its days, are grouped together."""
    holders = _holders([_ONE_SIDE, _OTHER_SIDE, _BOTH_SIDES])
    assert holders["one"] == holders["other"] == holders["both"]


def test_an_undated_report_of_one_country_naming_the_storm_joins_the_storm_of_both() -> None:
    """Nothing dates the later count from Chittagong; it is firmly placed in Bangladesh, so no place pulls it away.
    It names the storm the joint report names, and that report tells Bangladesh's toll: it joins the storm."""
    undated = _report(
        "undated", "The number of people killed by Cyclone Nirel in Chittagong and the nearby coastal districts has "
        "risen to 11, the disaster management ministry said.", None, title="Nirel death toll rises to 11",
    )
    holders = _holders([_ONE_SIDE, _OTHER_SIDE, _BOTH_SIDES, undated])
    assert holders["undated"] == holders["one"] == holders["other"] == holders["both"]


def test_a_storm_in_one_country_stays_apart_from_a_fire_in_the_neighbour() -> None:
    """The joint report holds reports of its kind of disaster: a fire in Sittwe in the storm's days stays its own."""
    fire = _report(
        "fire", "A fire destroyed a market in Sittwe on Monday, killing four traders, the fire service said.", 14,
        title="Market fire kills four in Sittwe",
    )
    holders = _holders([_ONE_SIDE, _OTHER_SIDE, _BOTH_SIDES, fire])
    assert holders["fire"] != holders["both"]


# A flight's crash told at length in English, and in a line of Japanese (a language written without spaces: the
# line is two words to the fingerprint, too few to sketch).
_FLIGHT_AT_LENGTH = _report(
    "jet", "A passenger jet operating flight 7731 skidded off the runway while landing at Sapporo on Friday, killing "
    "12 people and injuring 40, the airline said.", 10,
)


def test_a_short_report_in_a_language_without_spaces_keeps_the_flight_it_names() -> None:
    """"7731便の事故で12人が死亡。" has no sketch, but it names the flight: its fingerprint keeps that name (its
    sketches empty, compared as unknown), so it meets the report naming the flight."""
    line = _report("line", "7731便の事故で12人が死亡。", 12, "ja")
    assert fingerprint(line.text)
    holders = _holders([_FLIGHT_AT_LENGTH, line])
    assert holders["line"] == holders["jet"]


def test_a_short_report_naming_another_flight_stays_apart() -> None:
    """The name kept is evidence both ways: a line naming another flight is another crash."""
    other = _report("other", "8102便の事故で12人が死亡。", 12, "ja")
    holders = _holders([_FLIGHT_AT_LENGTH, other])
    assert holders["other"] != holders["jet"]


def test_a_short_text_naming_nothing_still_has_no_fingerprint() -> None:
    assert fingerprint("Fire kills 3") == ()


# A storm over two countries, told by reports that nothing dates (no date in the text, no publication date).
_UNDATED_PORT = _report(
    "port", "Cyclone Lemba killed at least 40 people in Beira, where it tore roofs off homes and flooded streets, "
    "officials said.", None, title="Cyclone Lemba kills 40 in Beira",
)
_UNDATED_BOTH = _report(
    "joint", "Cyclone Lemba has killed at least 58 people in Mozambique and Malawi, the United Nations said, "
    "as aid agencies struggled to reach flooded districts.", None, title="Cyclone Lemba toll reaches 58",
)
_UNDATED_NEIGHBOUR = _report(
    "neighbour", "Eighteen people were killed in Malawi as Cyclone Lemba brought torrential rain and floods, the "
    "government said.", None, title="Malawi: Cyclone Lemba kills 18",
)


def test_undated_reports_of_a_storm_over_two_countries_are_one_event() -> None:
    """Nothing dates them, so no joint block holds them; the report of Malawi's dead (placed by the whole country)
    is pulled by the report telling Mozambique's and Malawi's dead together, by the storm both name, and meets its
    event there though the event stands in Mozambique."""
    holders = _holders([_UNDATED_PORT, _UNDATED_BOTH, _UNDATED_NEIGHBOUR])
    assert holders["neighbour"] == holders["joint"] == holders["port"]


def test_an_undated_report_of_the_neighbour_naming_another_storm_stays_apart() -> None:
    other = _report(
        "other", "Eighteen people were killed in Malawi as Cyclone Kofi brought torrential rain and floods, the "
        "government said.", None, title="Malawi: Cyclone Kofi kills 18",
    )
    holders = _holders([_UNDATED_PORT, _UNDATED_BOTH, other])
    assert holders["other"] != holders["joint"]
