"""One event told in two languages (round 45): a report in a language the event's other reports are not written in
joins them where its place, day, kind and figures agree, whatever words they share. What kept such reports apart
was read on one side only:

- the kind of disaster: a headline's word of time ("après", "after", "nach") followed by what the victim died of
  ("meurt après des tirs visant une voiture") was read as a later disaster's time, so only the car was left (a
  road crash beside a shooting's reports); "en plein air" (open air) was read as English 'air' (an air crash), and
  sunstroke ("insolation", "insolación", "Hitzschlag") named no kind at all, nor a hot-air balloon in Chinese
  ('熱氣球爆炸': only the explosion, an attack's or a fire's word) (`core.events.hazards`,
  `core/data/hazard_words.tsv`);
- the place: a town's name in another script the gazetteer does not give ('تشابل هيل', Chapel Hill; '盧克索',
  Luxor), so the report was placed at its state or country, a level apart from its event's town
  (`core/places/data/script_names.tsv`); a venue's own one-word name before a link word and its
  big town ("la iglesia Lifepoint de Colorado Springs", "el hotel Marriott de Houston": a building's word before
  the venue's name stopped the reading at the venue); a town and its state written in the text's language
  after a comma ("Greenville, Carolina del Sur", "Florence, Caroline du Sud": the state's name with a link word
  inside was not read as the town's anchor, and a bigger namesake abroad, Italy's Florence, kept it)
  (`core.extract.latin_towns`).

Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.hazards import headline_hazards
from core.events.pieces import article_locations
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.places.main_place import main_location
from core.similarity import fingerprint


def _report(rid: str, lang: str, title: str, text: str, published: datetime | None) -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title or None, published_at=published, language=lang)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title or None, fingerprint(text), text, None)


def _together(reports: list[ArticleFacts]) -> bool:
    events = group_articles(reports, GroupingSettings())
    return any({r.id for r in reports} <= set(e.article_ids) for e in events)


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    "headline",
    [
        "Dayton : une fillette de huit ans meurt après des tirs visant une voiture",
        "Girl, 8, dies after shots fired at family car",
        "Achtjährige stirbt nach Schüssen auf ein Auto",
        "Muore dopo gli spari contro un'auto una bambina di otto anni",
    ],
)
def test_what_a_victim_died_of_after_a_word_of_time_is_the_kind(headline: str) -> None:
    assert "attack" in headline_hazards(headline)


@pytest.mark.parametrize(
    ("headline", "kinds"),
    [
        ("Airstrike kills seven hours after quake", {"attack"}),
        ("Drei Tote bei Busunglück nach Erdbeben", {"road"}),
    ],
)
def test_a_disaster_named_before_the_word_of_time_is_still_the_kind(headline: str, kinds: set[str]) -> None:
    assert headline_hazards(headline) == kinds


@pytest.mark.parametrize(
    "headline",
    [
        "Inde : 12 morts d'insolation lors d'un rassemblement en plein air",
        "Doce muertos por insolación en un mitin al aire libre",
        "Zwölf Tote durch Hitzschlag bei Kundgebung",
        "Doze mortos por insolação num comício",
    ],
)
def test_sunstroke_is_the_weather_and_open_air_no_aircraft(headline: str) -> None:
    assert headline_hazards(headline) == {"weather"}


@pytest.mark.parametrize(
    "headline", ["热气球在埃及爆炸 19名游客遇难", "熱氣球墜毀 19人死亡", "Hot-air balloon explodes, 19 tourists dead"]
)
def test_a_balloons_fall_is_an_air_crash(headline: str) -> None:
    assert "air" in headline_hazards(headline)


@pytest.mark.parametrize(
    ("text", "lang", "town", "country"),
    [
        ("قتل ثلاثة أشخاص بالرصاص في منزل بمدينة تشابل هيل.", "ar", "Chapel Hill", "US-NC"),
        ("埃及盧克索一架熱氣球墜毀，造成19人死亡。", "zh", "Luxor", "EG"),
        ("埃及卢克索一架热气球坠毁，造成19人死亡。", "zh", "Luxor", "EG"),
    ],
)
def test_a_town_written_in_another_script_is_read(text: str, lang: str, town: str, country: str) -> None:
    report = _report("r", lang, "", text, None)
    place = main_location(report, article_locations(report))
    assert place is not None and place.label.startswith(town) and (place.region or "").startswith(country)


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("es", "Un hombre mató a dos personas en la iglesia Lifepoint de Colorado Springs.", "Colorado Springs"),
        ("es", "Dos muertos en un tiroteo en el hotel Marriott de Houston.", "Houston"),
        ("es", "Tres heridos en el centro comercial Westfield de Omaha.", "Omaha"),
        ("it", "Due morti nella sparatoria all'hotel Brown di Denver.", "Denver"),
        ("pt", "Dois mortos no hotel Tivoli de Lisboa.", "Lisbon"),
        ("fr", "Deux morts dans l'église New Life de Colorado Springs.", "Colorado Springs"),
    ],
)
def test_a_venues_name_before_its_town_leaves_the_town(lang: str, text: str, town: str) -> None:
    report = _report("r", lang, "", text, None)
    place = main_location(report, article_locations(report))
    assert place is not None and place.kind == "city" and place.label.startswith(town)


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("es", "Un policía murió en un tiroteo en Florence, Carolina del Sur.", "Florence, SC"),
        ("es", "Un policía murió en Greenville, Carolina del Sur.", "Greenville, SC"),
        ("fr", "Un policier est mort dans une fusillade à Florence, Caroline du Sud.", "Florence, SC"),
        ("pt", "Um polícia morreu num tiroteio em Florence, Carolina do Sul.", "Florence, SC"),
        ("de", "Ein Polizist starb bei einer Schießerei in Florence, South Carolina.", "Florence, SC"),
        ("es", "Un policía murió en Las Cruces, Nuevo México.", "Las Cruces, NM"),
    ],
)
def test_a_town_with_its_state_in_the_texts_language(lang: str, text: str, label: str) -> None:
    report = _report("r", lang, "", text, None)
    place = main_location(report, article_locations(report))
    assert place is not None and place.label == label


def test_a_country_after_the_comma_is_no_state() -> None:
    report = _report("r", "es", "", "Murió en Tiflis, Georgia, durante las protestas.", None)
    place = main_location(report, article_locations(report))
    assert place is not None and place.region is not None and place.region.startswith("GE")


_PAIRS = [
    (  # a shooting's child victim: en reports of the day, an undated fr one
        [("en", "Girl, 8, shot in family car in Dayton", "An eight-year-old girl was shot in the back seat of her "
          "family's car in Dayton on Friday night. She died in hospital, police said.", _at(2033, 6, 4))],
        ("fr", "Dayton : une fillette de huit ans meurt après des tirs visant une voiture",
         "Une fillette de huit ans, touchée par des tirs visant la voiture de sa famille, est morte à Dayton.", None),
    ),
    (  # heatstroke at a rally: en of the day, fr the day after
        [("en", "12 die of heatstroke at open-air rally in Nagpur", "Twelve people died of heatstroke after "
          "waiting for hours in the sun at an open-air rally in Nagpur, officials said.", _at(2033, 5, 2))],
        ("fr", "Inde : 12 morts d'insolation lors d'un rassemblement en plein air à Nagpur",
         "Douze personnes sont mortes d'insolation après des heures au soleil lors d'un rassemblement à Nagpur.",
         _at(2033, 5, 3)),
    ),
    (  # three shot dead: en of the day, an undated ar one naming the town in Arabic letters
        [("en", "Three shot dead at Chapel Hill home", "Three people were shot dead at a home in Chapel Hill on "
          "Tuesday evening, and a neighbour was charged with murder.", _at(2033, 3, 9))],
        ("ar", "مقتل ثلاثة بالرصاص في كارولاينا الشمالية",
         "قتل ثلاثة أشخاص بالرصاص في منزل بمدينة تشابل هيل في ولاية كارولاينا الشمالية، ووجهت تهمة القتل إلى جار.",
         None),
    ),
    (  # a church shooting: en of the day, an undated es one naming the church's own name before its town
        [("en", "Gunman kills two at Colorado Springs church", "A gunman killed two people and wounded three in the "
          "parking lot of a church in Colorado Springs on Sunday, police said.", _at(2033, 12, 11))],
        ("es", "Tiroteo en una iglesia de Colorado: dos muertos",
         "Un hombre armado mató a dos personas e hirió a otras tres a las puertas de la iglesia Lifepoint de "
         "Colorado Springs.", None),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("event", "other"), _PAIRS)
def test_a_report_in_another_language_joins_its_event(
    event: list[tuple[str, str, str, datetime]], other: tuple[str, str, str, datetime | None]
) -> None:
    reports = [_report(f"e{n}", *row) for n, row in enumerate(event)]
    reports.append(_report("other", *other))
    assert _together(reports)
