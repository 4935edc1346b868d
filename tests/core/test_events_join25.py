"""Grouping reports into events (round 25): one storm named in several scripts. Reports of our own."""

from __future__ import annotations

from core.named_events import event_names, name_sound, storm_sounds
from tests.core.feed_kit import holders as _holders
from tests.core.feed_kit import report as _report


def test_a_storms_name_sounds_alike_in_every_script() -> None:
    """Scripts write a name's vowels their own way ("Remal", Bengali "রিমাল" and "রেমাল", Hindi "रेमल"), and add
    endings ("রিমালের", of Remal); its consonants agree: r-m-l."""
    written = ["Remal", "রিমাল", "রেমালের", "रेमल", "Тарок", "Tarok", "تاروك", "타로크"]
    assert [name_sound(w) for w in written] == ["rml", "rml", "rml", "rml", "trk", "trk", "trk", "trk"]
    assert name_sound("Ida") == ""  # too few consonants to tell one storm by


def test_a_storm_word_of_another_script_reads_the_name_after_it() -> None:
    texts = [
        "ঘূর্ণিঝড় তারোকের আঘাতে খুলনায় নয়জনের মৃত্যু হয়েছে।",
        "चक्रवाती तूफान तारोक के कारण पश्चिम बंगाल में पांच लोगों की मौत हो गई।",
        "أودى إعصار تاروك بحياة تسعة أشخاص.",
        "Циклон Тарок унёс жизни девяти человек.",
        "Cyclone Tarok killed nine people.",
    ]
    assert [storm_sounds(t) for t in texts] == [{"storm~trk"}] * len(texts)
    # the other scripts' names bridge only: they tell no storm apart from another
    assert [event_names(t) for t in texts[:4]] == [frozenset()] * 4


def test_no_name_after_a_storm_word_followed_by_a_common_word() -> None:
    """Arabic writes an adjective after the storm with the article ("the destructive storm"): no name; nor is a
    Cyrillic word in lower case after the storm word."""
    assert storm_sounds("ضرب الإعصار المدمر الساحل.") == frozenset()
    assert storm_sounds("Ураган обрушился на побережье.") == frozenset()


# One storm over two countries: an agency tells both tolls; each country's press, in its own script, tells its own,
# and nothing dates those two.
_BOTH = _report(
    "both", "Cyclone Tarok killed at least nine people in Bangladesh and five in India's West Bengal state after it "
    "crossed the coast near Mongla on Sunday night, officials in both countries said.", 20,
    title="Cyclone Tarok kills 14 in Bangladesh and India",
)
_BENGALI = _report(
    "bengali", "ঘূর্ণিঝড় তারোকের আঘাতে খুলনা ও সাতক্ষীরায় অন্তত নয়জনের মৃত্যু হয়েছে। গাছ ও ঘর ভেঙে পড়ে তাঁরা মারা যান।", None,
    "bn", title="ঘূর্ণিঝড় তারোকে নয়জনের মৃত্যু",
)
_HINDI = _report(
    "hindi", "कोलकाता: चक्रवाती तूफान तारोक के कारण पश्चिम बंगाल में पांच लोगों की मौत हो गई। कई जिलों में पेड़ उखड़ गए।", None,
    "hi", title="चक्रवात तारोक: बंगाल में पांच की मौत",
)


def test_undated_reports_in_two_scripts_join_the_storm_they_name() -> None:
    """The Bengali and Hindi reports name the storm the agency names, in their scripts: its sound joins them to it
    as a victim's name would."""
    holders = _holders([_BOTH, _BENGALI, _HINDI])
    assert holders["bengali"] == holders["hindi"] == holders["both"]


def test_an_undated_report_of_another_storm_in_another_script_stays_apart() -> None:
    """A Bengali report of another storm (another sound) in the same districts is not pulled to Tarok."""
    other = _report(
        "other", "ঘূর্ণিঝড় সিত্রাংয়ের আঘাতে খুলনা ও সাতক্ষীরায় অন্তত নয়জনের মৃত্যু হয়েছে।", None, "bn",
        title="ঘূর্ণিঝড় সিত্রাংয়ে নয়জনের মৃত্যু",
    )
    holders = _holders([_BOTH, _BENGALI, other])
    assert holders["other"] != holders["both"]


def test_two_latin_storm_names_of_one_sound_are_still_two_storms() -> None:
    """"Remal" and "Romel" sound r-m-l both; written in Latin letters they are read as names, and two names with
    none in common are two storms, whatever they sound."""
    one = _report("one", "Cyclone Remal killed seven people in Khulna on Sunday, officials said.", 20)
    two = _report("two", "Cyclone Romel killed seven people in Khulna on Sunday, officials said.", 21)
    holders = _holders([one, two])
    assert holders["one"] != holders["two"]


def test_when_nothing_is_dated_each_countrys_report_joins_the_report_of_both() -> None:
    """A feed that dates nothing: the agency's report of both countries is placed in India (West Bengal), the
    Bengali report at Khulna, the Hindi one at Kolkata. The Bengali report names the storm the report of both
    names, which tells Bangladesh's toll: it follows that report across the border; the Hindi report's five dead,
    fewer than the disaster's, are India's share of it, not another disaster of Kolkata."""
    both = _report(
        "both", "Cyclone Tarok killed at least nine people in Bangladesh and five in India's West Bengal state after "
        "it crossed the coast near Mongla, officials in both countries said.", None,
        title="Cyclone Tarok kills 14 in Bangladesh and India",
    )
    holders = _holders([both, _BENGALI, _HINDI])
    assert holders["bengali"] == holders["hindi"] == holders["both"]


def test_storm_words_of_more_languages_and_their_inflected_forms_read_the_name() -> None:
    """Greek writes "κακοκαιρία" (a bad-weather storm) before a Latin name, Swahili "kimbunga", Czech "bouře";
    German inflects its storm words ("des Wirbelsturms Tavi", "des Hurrikans Tavi"). A Greek name in Greek
    letters is kept as its sound ("Ντάνιελ" d-n-l)."""
    texts = [
        "Οι νεκροί από την κακοκαιρία Tavi αυξήθηκαν σε τρεις.",
        "Watu watatu wamefariki baada ya kimbunga Tavi kupiga pwani.",
        "Bouře Tavi si vyžádala tři oběti.",
        "Die Zahl der Todesopfer des Wirbelsturms Tavi ist gestiegen.",
        "Nach dem Durchzug des Hurrikans Tavi fehlt Strom.",
    ]
    assert [event_names(t) for t in texts] == [{"storm:tavi"}] * len(texts)
    assert storm_sounds("Οι νεκροί από την κακοκαιρία Ντάνιελ αυξήθηκαν.") == {"storm~dnl"}


def test_a_floods_toll_risen_to_a_mass_toll_at_another_town_of_its_region_is_its_running_count() -> None:
    """A flood's first counts are small (two dead at one town, then three across the region); two days on, a
    report from another town of the region tells the toll risen to eleven. A flood strikes a region's towns:
    the count told from one of them is the flood's, though the first counts were no mass toll."""
    first = _report(
        "first", "Floodwaters swept through Faenza on Tuesday, killing two people, the civil protection agency said.",
        16, title="Floods kill two in Faenza",
    )
    region = _report(
        "region", "The number of people killed by the floods in Emilia-Romagna rose to three on Wednesday, with "
        "thousands evacuated from their homes.", 17, title="Emilia-Romagna floods: three dead",
    )
    later = _report(
        "later", "CESENA - The death toll from the floods has risen to 11, officials in Cesena said, as rivers "
        "burst their banks across the plain.", 18, title="Flood death toll rises to 11",
    )
    holders = _holders([first, region, later])
    assert holders["later"] == holders["first"] == holders["region"]


def test_a_storm_told_in_a_list_of_three_countries_holds_the_first_countrys_reports() -> None:
    """"In Mozambique, Zimbabwe and Malawi": the list is read as its last two countries joined; the toll the report
    tells first is placed in Mozambique, so Mozambique is of the disaster's scene too, and the Zimbabwean report
    and the report from Beira meet it in the block of the three."""
    zimbabwe = _report(
        "zimbabwe", "Cyclone Tavi has killed 31 people in Zimbabwe, most of them in Chimanimani district, the "
        "information ministry said on Sunday.", 17, title="Zimbabwe: Cyclone Tavi kills 31",
    )
    beira = _report(
        "beira", "BEIRA - The death toll from Cyclone Tavi in Beira has risen to 84, the mayor said on Monday, as "
        "rescuers searched flooded neighbourhoods.", 18, title="Cyclone Tavi toll rises to 84 in Beira",
    )
    three = _report(
        "three", "The number of people killed by Cyclone Tavi in Mozambique, Zimbabwe and Malawi has risen to more "
        "than 500, officials said on Thursday. In Mozambique alone, 417 people died.", 21,
        title="Cyclone Tavi: more than 500 dead in southern Africa",
    )
    holders = _holders([zimbabwe, beira, three])
    assert holders["zimbabwe"] == holders["beira"] == holders["three"]
