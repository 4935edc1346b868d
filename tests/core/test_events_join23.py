"""Grouping reports as real feeds send them (round 23): half with no publication date, half with no title, in
several languages. Reports of our own."""

from __future__ import annotations

from core.models import ArticleFacts
from core.named_events import event_names
from tests.core.feed_kit import holders as _holders
from tests.core.feed_kit import report as _report

# A bus plunge at a bend the gazetteer does not know: its event stands at that name, with no region, in the
# country block its reports share.
_AT_THE_BEND = _report(
    "bend", "At least 23 people were killed and 14 injured when a bus plunged into a river at Kalo Dhunga in "
    "Nepal on Sunday, police said.", 12,
)
_IN_THE_COUNTRY = _report(
    "country", "A bus carrying pilgrims fell into a river in Nepal on Sunday, killing 23 people and injuring 14.", 12,
)
_UNDATED_HOMECOMING = _report(
    "home", "The bodies of the 23 pilgrims killed when their bus fell into a river in Nepal were flown home, "
    "officials said.", None,
)
_UNDATED_UNPLACED = _report(
    "unplaced", "Un autobús cayó a un río: murieron 23 peregrinos y otros 14 resultaron heridos.", None, "es",
)


def test_undated_reports_find_the_mass_toll_of_an_event_placed_at_an_unknown_name() -> None:
    """Nothing dates two of the reports: they look for the mass tolls of their country block (`mass:` keys).
    The event at "Kalo Dhunga" has no region of its own, so it used to be filed under no such key and the two
    stayed apart though their 23 dead are its toll; it stands in its block's country now."""
    holders = _holders([_AT_THE_BEND, _IN_THE_COUNTRY, _UNDATED_HOMECOMING, _UNDATED_UNPLACED])
    assert holders["bend"] == holders["country"] == holders["home"] == holders["unplaced"]


# A fire's first count comes from a report that names no place the gazetteer knows; four days on, a report from the
# town tells the toll risen from it.
def _first_count(title: str) -> ArticleFacts:
    return _report(
        "first", "A fire tore through a crowded concert hall during a show on Friday night, killing 32 young people, "
        "the emergency services said.", 10, title=title,
    )


_RISEN_AT_THE_TOWN = _report(
    "risen", "The death toll from the fire at a nightclub in Timisoara has risen to 45, the health ministry said on "
    "Tuesday.", 14, title="Club fire toll rises",
)


def test_a_count_placed_nowhere_joins_the_later_count_risen_from_it() -> None:
    """The later report tells its 45 risen, and 32 is a mass toll it may have risen from: the report placed nowhere
    is pulled into the town's block by that (as a later count placed nowhere is by the earlier one it counts on),
    and the town's report meets its event by it, though the two share neither place nor figure."""
    holders = _holders([_first_count("Fire kills 32 at concert hall"), _RISEN_AT_THE_TOWN])
    assert holders["first"] == holders["risen"]


def test_a_headline_naming_no_kind_still_tells_the_kind_of_its_opening() -> None:
    """"A night of mourning" names no kind of disaster; the report's opening tells the fire, and that is what
    joining on a shared kind reads of each member (as it reads of the report joining), not only its headline."""
    holders = _holders([_first_count("A night of mourning"), _RISEN_AT_THE_TOWN])
    assert holders["first"] == holders["risen"]


# Every report of a market fire comes undated; one, in German, names no place the gazetteer knows.
_UNDATED_AT_THE_TOWN = _report(
    "town", "A fire swept through a crowded market building in Chittagong, killing 46 people, officials said.", None,
    title="Fire in Chittagong market kills 46",
)
_UNDATED_NOWHERE = _report(
    "nowhere", "Bei einem Brand in einem Geschäftshaus sind 46 Menschen ums Leben gekommen, teilte die Feuerwehr mit.",
    None, "de", title="Marktbrand: 46 Tote",
)
_UNDATED_SMALL_FIRE = _report(
    "small", "Three people died when a fire broke out at a bus depot in Comilla, police said.", None,
    title="Depot fire kills three in Comilla",
)


def test_an_undated_report_placed_nowhere_joins_an_undated_report_of_its_kind_and_very_mass_toll() -> None:
    """With nothing dated, only a name both give used to pull a report placed nowhere into a block: the German
    report stayed in the block of no place. The same kind of disaster and the very mass toll (46) pull it now,
    and the Chittagong report meets its event though the German report opened it (canonical order)."""
    holders = _holders([_UNDATED_AT_THE_TOWN, _UNDATED_NOWHERE])
    assert holders["town"] == holders["nowhere"]


def test_a_few_dead_at_a_town_do_not_join_an_event_placed_nowhere() -> None:
    """The depot fire's three dead, at a town of the same country, with nothing to date them, are as likely
    another fire there: a placed report meets an event placed nowhere by its kind only with a mass toll."""
    holders = _holders([_UNDATED_AT_THE_TOWN, _UNDATED_NOWHERE, _UNDATED_SMALL_FIRE])
    assert holders["town"] == holders["nowhere"] != holders["small"]


# A building collapse, every report undated: the first from the town gives five dead (no mass toll, so its event is
# filed under no mass key), a Swahili report placed nowhere 29 (it opens an event of its own, finding none), then the
# town's toll risen to 13 (it joins the town's event). The block's canonical order is this one.
_FIVE_AT_THE_TOWN = _report(
    "first", "Five people died when a four-storey building collapsed in a market street in Mwanza, police said.",
    None, title="Mwanza: building collapse kills five",
)
_TWENTY_NINE_NOWHERE = _report(
    "nowhere", "Idadi ya watu waliofariki kwenye jengo lililoporomoka imeongezeka hadi 29, polisi walisema.", None,
    "sw", title="Jengo laporomoka: idadi ya vifo yafikia 29",
)
_THIRTEEN_AT_THE_TOWN = _report(
    "risen", "The death toll from the building collapse in Mwanza has risen to 13, police said.", None,
    title="Mwanza collapse toll rises to 13",
)


def test_an_undated_mass_toll_at_the_town_bridges_the_event_reports_placed_nowhere_opened() -> None:
    """The town's report of 13 dead would have joined the event the report placed nowhere opened (a mass toll of
    its kind, nothing dating either), had the town's own event not been there: it makes the two one, as it does
    for such an event of its days when dated."""
    holders = _holders([_FIVE_AT_THE_TOWN, _TWENTY_NINE_NOWHERE, _THIRTEEN_AT_THE_TOWN])
    assert holders["first"] == holders["nowhere"] == holders["risen"]


def test_a_flight_number_written_onto_its_word_or_after_an_inflected_one_is_the_flight() -> None:
    """Japanese, Chinese and Korean write a flight's number onto its word ("…5342便"); Russian inflects the word
    before it ("рейса 5342"); Persian and Hindi put their own word before it. Each names the flight
    as "vuelo 5342" does, so the reports meet as reports naming one victim do (`core.named_events`). Two digits
    alone before 便 are a count of flights, not a flight."""
    for text in (
        "ワシントン近郊で旅客機5342便がヘリコプターと衝突した。",
        "一架5342航班在华盛顿附近与直升机相撞。",
        "5342편 여객기가 헬기와 충돌했다.",
        "Самолёт рейса 5342 столкнулся с вертолётом.",
        "El vuelo 5342 chocó con un helicóptero.",
        "پرواز 5342 با یک بالگرد برخورد کرد.",
        "फ्लाइट 5342 एक हेलीकॉप्टर से टकरा गई।",
    ):
        assert event_names(text) == {"flight:5342"}, text
    assert event_names("大雪で10便が欠航した。") == frozenset()


def test_reports_in_two_scripts_naming_one_flight_share_its_event() -> None:
    """A Japanese and a Spanish report of one crash, placed only by the country, meet through the flight's
    number whatever their texts share (nothing else: no common words, other figures)."""
    ja = _report(
        "ja", "国土交通省によると、東京発の旅客機7731便が11日夜、着陸に失敗し、乗客ら12人が死亡した。", 12, "ja",
        title="旅客機7731便が着陸失敗、12人死亡",
    )
    es = _report(
        "es", "El vuelo 7731 se salió de la pista al aterrizar en Japón; al menos 14 personas murieron.", 13, "es",
        title="Mueren 14 en el accidente del vuelo 7731 en Japón",
    )
    holders = _holders([ja, es])
    assert holders["ja"] == holders["es"]
