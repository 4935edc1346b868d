"""Places (round 31, places34): the place of a report in every language. A state's name opening a town quarter's
name is no state, with or without a dateline; a US town written with its state in another script is that town
(states' names in Korean, Japanese, Greek; a Chinese state's name with its word; a whole katakana name); a town
abroad is no place beside a US state; a country's people ('日本人') are no place; a Chinese wire's dateline places a
report with no figure; so does a big town a spaced script's title names; a world city a sentence-case headline
places things in; a victim's earlier escape elsewhere is no scene; a flight's ends are no scene in no/sv. Sentences
of our own."""

from __future__ import annotations

import pytest

from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Six killed in Oregon District shooting",
         "Six people were killed and 14 hurt when a man opened fire outside a bar in the Oregon District early "
         "Saturday, police said."),
        ("en", "The six lives lost in the Oregon District",
         "Six people died. Anna Smith, 31, was a teacher; her brother Tom, 28, worked at a bakery."),
        ("no", None,
         "Seks personer ble drept da en mann åpnet ild i utelivsstrøket Oregon District i Dayton i Ohio lørdag."),
    ],
)  # fmt: skip
def test_a_states_name_opening_a_quarters_name_is_no_state_without_a_dateline(
    language: str, title: str | None, text: str
) -> None:
    loc = placed(language, text, title)
    assert loc is None or loc.label != "Oregon"
    if language == "no":
        assert loc is not None and loc.label == "Dayton, OH"


def test_a_state_named_on_its_own_stays_the_state() -> None:
    loc = placed("en", "Two people were killed when their car left a highway in Oregon on Sunday, troopers said.")
    assert loc is not None and loc.label == "Oregon"


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        # a town written after its state in the language's own words: the town, not the state nor the country
        ("ko", "미국 플로리다주 파크랜드의 한 교회 앞에서 총격이 일어나 3명이 숨졌다고 경찰이 밝혔다.", "Parkland, FL"),
        ("el", "Τρεις άνθρωποι σκοτώθηκαν από πυρά έξω από ένα εστιατόριο στο Ντέιτον του Οχάιο το Σάββατο.",
         "Dayton, OH"),
        ("ja", "米コネチカット州ニュータウンの住宅で発砲事件があり、3人が死亡した。", "Newtown, CT"),
    ],
)  # fmt: skip
def test_a_us_town_written_with_its_state_in_another_script_is_the_town(language: str, text: str, label: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.label == label


def test_a_us_states_name_with_its_word_in_chinese_is_the_state_past_a_bureaus_dateline() -> None:
    # (Xinhua's New York bureau files it; the state is the scene's)
    loc = placed("zh", "新华社纽约5月3日电 美国康涅狄格州一所中学3日发生枪击事件，造成4人死亡。")
    assert loc is not None and loc.label == "Connecticut"


def test_a_town_abroad_is_no_place_beside_a_us_state_in_a_report_naming_no_country() -> None:
    # 'Batman' is a film here, not the town in Turkey
    title = "Schüsse bei Batman-Vorführung: Drei Tote in Kino in Colorado"
    text = "In einem Kino in Aurora hat ein Mann drei Menschen erschossen, teilte die Polizei mit."
    loc = placed("de", text, title)
    assert loc is not None and loc.label == "Aurora, CO"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "旅客機が山岳地帯に墜落し、日本人2人を含む40人が死亡した。"),
        ("zh", "客机坠毁，机上40人全部遇难，其中包括2名日本人。"),
    ],
)
def test_a_countrys_people_are_no_place_in_chinese_and_japanese(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is None or loc.label != "Japan"


def test_a_wire_dateline_in_chinese_places_a_report_with_no_figure() -> None:
    loc = placed("zh", "新华社郑州8月2日电 2日下午郑州市遭遇强降雨，多条道路积水。", "郑州遭遇强降雨")
    assert loc is not None and loc.label == "Zhengzhou, CN"


def test_a_world_city_a_sentence_case_headline_places_things_in_outweighs_a_namesake_village_abroad() -> None:
    # ('North Kensington' is also a village of Maryland; the body writes London only in the brigade's name)
    title = "Blaze tears through block of flats in west London"
    text = (
        "Dozens of firefighters fought a blaze at a 20-storey block in North Kensington overnight. London Fire "
        "Brigade said it had sent 30 engines."
    )
    loc = placed("en", text, title)
    assert loc is not None and loc.label == "London, GB"


@pytest.mark.parametrize(
    ("language", "title", "text", "label"),
    [
        ("uk", "У Харкові пролунали вибухи", "Вибухи пролунали вранці, повідомив мер. Інформація про постраждалих "
         "уточнюється.", "Kharkiv, UA"),
        ("ko", "대구 시장 건물서 불…인명 피해 확인 중", "소방당국이 진화 작업을 벌이고 있다.", "Daegu, KR"),
        ("ko", "경찰, 방화 용의자 체포", "대구 도심 상가 방화 사건을 수사 중인 경찰은 50대 남성을 붙잡았다.",
         "Daegu, KR"),
    ],
)  # fmt: skip
def test_a_big_town_a_scripts_title_or_opening_names_places_a_report_with_no_figure(
    language: str, title: str, text: str, label: str
) -> None:
    loc = placed(language, text, title)
    assert loc is not None and loc.label == label


def test_a_german_noun_after_a_town_is_no_particle_of_a_longer_name() -> None:
    # "Dayton das Feuer": 'das' is the article of a capitalised noun, not the 'das' of 'São José das ...'
    title = "Vier Tote bei Schüssen in Dayton"
    text = "In Ohio hat ein Mann in der Stadt Dayton das Feuer eröffnet und vier Menschen getötet."
    loc = placed("de", text, title)
    assert loc is not None and loc.label == "Dayton, OH"


def test_a_town_a_victim_had_escaped_a_shooting_in_weeks_earlier_is_no_scene() -> None:
    text = (
        "The nine people killed at the Starlight bar included Maria Lopez, 29, who had escaped a shooting at a "
        "Houston mall only weeks earlier, and her cousin Ana, 31."
    )
    loc = placed("en", text, "Remembering the Starlight victims")
    assert loc is None or loc.label != "Houston, TX"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("no", "Alle de 40 om bord omkom da flyet styrtet i fjellet. Flyet var på vei fra Bergen til Stavanger."),
        ("sv", "Alla 40 ombord omkom när planet störtade i bergen. Planet var på väg från Göteborg till Malmö."),
    ],
)
def test_a_flights_start_and_end_are_no_scene_in_the_scandinavian_languages(language: str, text: str) -> None:
    loc = placed(language, text)
    assert loc is None or loc.label not in ("Stavanger, NO", "Bergen, NO", "Malmö, SE", "Gothenburg, SE")


def test_a_world_citys_other_name_in_a_headline_is_no_world_city() -> None:
    # 'Chelsea' is one of London's other names in the gazetteer, and a town of Massachusetts
    title = "Two hurt in shooting in Chelsea"
    text = "Two men were wounded in a shooting on Broadway in Chelsea, Massachusetts, on Friday night, police said."
    loc = placed("en", text, title)
    assert loc is None or loc.label != "London, GB"


def test_a_state_a_headline_names_picks_its_town_among_namesakes() -> None:
    # Parkland, Florida, not the bigger Parkland, Washington
    title = "Sparatoria in un liceo della Florida: 5 morti"
    text = "È di 5 morti il bilancio della sparatoria di ieri in un liceo di Parkland, a nord di Miami."
    loc = placed("it", text, title)
    assert loc is not None and loc.label == "Parkland, FL"


def test_a_states_name_ending_a_longer_name_in_a_headline_votes_for_no_state() -> None:
    title = "Girl, 3, fatally shot in Mount Washington"
    text = "A 3-year-old girl was fatally shot inside a Mount Washington home on Sunday, Pittsburgh police said."
    loc = placed("en", text, title)
    assert loc is None or loc.region != "US-WA"
