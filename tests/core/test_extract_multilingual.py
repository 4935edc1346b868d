"""Figures in the reporters' own languages: one pass, the language's lexicon as data (sentences of our own)."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.extract.lexicons import WORLD_LANGUAGES, load
from core.extract.numerals import compose
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier, Role

# (language, text, metric, value, qualifier)
CASES = [
    ("es", "El sismo dejó al menos 1.452 muertos en la región, según Protección Civil.", "killed", 1452,
     Qualifier.AT_LEAST),
    ("es", "Veintidós personas resultaron heridas en el choque de dos autobuses.", "wounded", 22, Qualifier.EXACT),
    ("es", "La cifra de fallecidos por las inundaciones asciende a 1,5 millones, exageró el diario.", "killed",
     1_500_000, Qualifier.EXACT),
    ("fr", "L'incendie a fait plus de 6 500 blessés selon la préfecture.", "wounded", 6500, Qualifier.MORE_THAN),
    ("fr", "Une centaine de personnes ont été blessées dans l'explosion.", "wounded", 100, Qualifier.ABOUT),
    ("de", "Bei dem Unglück kamen mindestens 14 Menschen ums Leben.", "killed", 14, Qualifier.AT_LEAST),
    ("de", "Rund 2.300 Menschen wurden verletzt.", "wounded", 2300, Qualifier.ABOUT),
    ("it", "Almeno 38 persone sono morte nel crollo del ponte.", "killed", 38, Qualifier.AT_LEAST),
    ("pt", "Pelo menos 12 pessoas morreram e outras 40 ficaram feridas.", "killed", 12, Qualifier.AT_LEAST),
    ("pt", "Pelo menos 12 pessoas morreram e outras 40 ficaram feridas.", "wounded", 40, Qualifier.EXACT),
    ("id", "Sedikitnya 34 orang tewas akibat banjir bandang di desa itu.", "killed", 34, Qualifier.AT_LEAST),
    ("id", "Lebih dari 3 ribu warga mengungsi ke tempat yang lebih aman.", "displaced", 3000, Qualifier.MORE_THAN),
    ("tr", "Depremde en az 44 bin 218 kişi hayatını kaybetti.", "killed", 44218, Qualifier.AT_LEAST),
    ("tr", "Kazada 50'den fazla kişi yaralandı.", "wounded", 50, Qualifier.MORE_THAN),
    ("ar", "أسفر الانفجار عن مقتل ما لا يقل عن 27 شخصا وإصابة 140 آخرين.", "killed", 27, Qualifier.AT_LEAST),
    ("ar", "أسفر الانفجار عن مقتل ما لا يقل عن 27 شخصا وإصابة 140 آخرين.", "wounded", 140, Qualifier.EXACT),
    ("ar", "ارتفع عدد القتلى إلى ١٢٣ شخصا.", "killed", 123, Qualifier.EXACT),
    ("el", "Τουλάχιστον 57 άνθρωποι σκοτώθηκαν στη σύγκρουση των τρένων.", "killed", 57, Qualifier.AT_LEAST),
    ("hi", "हादसे में कम से कम 15 लोगों की मौत हो गई।", "killed", 15, Qualifier.AT_LEAST),
    ("bn", "আগুনে অন্তত ৭০ জন নিহত হয়েছেন।", "killed", 70, Qualifier.AT_LEAST),
    ("bn", "বন্যায় মৃতের সংখ্যা বেড়ে ১,২০,৫০০ জনে দাঁড়িয়েছে।", "killed", 120500, Qualifier.EXACT),
    ("hi", "बाढ़ से 2,35,000 लोग बेघर हो गए।", "displaced", 235000, Qualifier.EXACT),
    ("no", "Minst 8 personer omkom i skredet.", "killed", 8, Qualifier.AT_LEAST),
    ("pl", "Co najmniej 21 osób zginęło w wypadku autobusu.", "killed", 21, Qualifier.AT_LEAST),
    ("uk", "Кількість загиблих зросла до 23 людей.", "killed", 23, Qualifier.EXACT),
    ("ko", "화재로 최소 30명이 숨졌다.", "killed", 30, Qualifier.AT_LEAST),
    ("ko", "사고로 179명 이상이 다쳤다.", "wounded", 179, Qualifier.AT_LEAST),
    ("zh", "爆炸造成170多人死亡。", "killed", 170, Qualifier.MORE_THAN),
    ("zh", "地震已造成三千五百人受伤。", "wounded", 3500, Qualifier.EXACT),
    ("ja", "事故で少なくとも12人が死亡した。", "killed", 12, Qualifier.AT_LEAST),
]  # fmt: skip


def _claims(text: str, language: str | None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, language=language)).claims)


@pytest.mark.parametrize(("language", "text", "metric", "value", "qualifier"), CASES)
def test_a_figure_in_the_reporters_language(
    language: str, text: str, metric: str, value: int, qualifier: Qualifier
) -> None:
    result = extract(ArticleInput(text=text, language=language))
    assert not result.warnings
    assert result.language == language
    found = [c for c in result.claims if c.metric == metric and c.value == value]
    assert found, [(c.metric, c.value) for c in result.claims]
    assert found[0].qualifier is qualifier
    assert text[found[0].start : found[0].end] == found[0].quote  # quotes stay in the original text


def test_a_language_without_a_lexicon_gets_unsupported_language() -> None:
    result = extract(ArticleInput(text="Tri homoj mortis en la atako.", language="eo"))  # Esperanto: no lexicon
    assert result.warnings == ("unsupported_language",) and result.claims == ()


def test_the_language_is_detected_when_not_given() -> None:
    text = "Al menos 12 personas murieron y otras 30 resultaron heridas en el derrumbe de un edificio en Lima."
    result = extract(ArticleInput(text=text))
    assert result.language == "es"
    assert {(c.metric, c.value) for c in result.claims} == {("killed", 12), ("wounded", 30)}


def test_dates_ages_units_and_magnitudes_are_not_counts() -> None:
    text = (
        "El terremoto de magnitud 7,8 del 6 de febrero, a 17 kilómetros de profundidad, mató a un hombre de 45 años "
        "y a 300 personas más."
    )
    values = {c.value for c in _claims(text, "es")}
    assert 300 in values
    assert not values & {7, 8, 6, 17, 45}


def test_a_subset_and_an_older_disaster_are_not_the_total() -> None:
    text = (
        "Al menos 80 personas murieron en el incendio, entre ellos 12 menores que murieron en sus camas. "
        "En 1999 otro incendio en la misma ciudad mató a 200 personas."
    )
    article = ArticleInput(text=text, language="es", published_at=datetime(2024, 3, 2))
    claims = list(extract(article).claims)
    roles = {c.value: c.role for c in claims if c.metric == "killed"}
    assert roles[80] is Role.TOTAL and roles[12] is Role.SUBSET and roles[200] is Role.BACKGROUND
    headline = pick_headline(main_incident_claims(claims), "killed")
    assert headline is not None and headline.value == 80


def test_claims_carry_the_date_the_text_gives() -> None:
    text = "El 14 de julio de 2016 un camión arrolló a la multitud: 86 personas murieron."
    claims = _claims(text, "es")
    assert claims and all(str(c.incident_date) == "2016-07-14" for c in claims)


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("ar", "قتل 12 شخصا في غزة مساء الثلاثاء.", "Gaza"),
        ("uk", "У Вінниці загинули 23 людини.", "Vinnytsya"),
        ("zh", "天津爆炸造成50人死亡。", "Tianjin"),
        ("es", "En Valencia murieron 12 personas.", "Valencia"),
    ],
)
def test_claims_carry_a_place_the_english_reports_share(language: str, text: str, place: str) -> None:
    claims = _claims(text, language)
    assert claims and all(c.location == place for c in claims)


def test_a_capitalised_common_word_is_not_a_place() -> None:
    # "Centro" is a town name somewhere, but this text writes "centro" as a common word too
    text = "Centro de la ciudad: 12 personas murieron. Los heridos fueron llevados al centro de salud."
    assert all(c.location != "Centro" for c in _claims(text, "es"))


def test_a_number_is_not_taken_by_a_trigger_another_number_took() -> None:
    # "murieron" belongs to 5; 20 has its own trigger after it
    text = "En el accidente murieron 5 personas y 20 resultaron heridas."
    got = {(c.metric, c.value) for c in _claims(text, "es")}
    assert got == {("killed", 5), ("wounded", 20)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La cifra de muertos pasó de 9 a 25 durante la noche."),
        ("ko", "사망자가 밤사이 9명에서 25명으로 늘었다."),
        ("de", "Die Zahl der Toten stieg von 9 auf 25."),
    ],
)
def test_from_one_figure_to_another_the_later_is_the_toll(language: str, text: str) -> None:
    claims = _claims(text, language)
    assert {c.value: c.earlier_figure for c in claims if c.metric == "killed"} == {9: True, 25: False}
    headline = pick_headline(main_incident_claims(claims), "killed")
    assert headline is not None and headline.value == 25


def test_a_projection_is_not_the_current_figure() -> None:
    text = (
        "Al menos 40 personas murieron en el derrumbe. "
        "Los bomberos advierten que la cifra de muertos podría superar los 90."
    )
    claims = list(extract(ArticleInput(text=text, language="es")).claims)
    assert {c.value: c.earlier_figure for c in claims if c.metric == "killed"} == {40: False, 90: True}
    headline = pick_headline(main_incident_claims(claims), "killed")
    assert headline is not None and headline.value == 40


def test_thousands_in_words_then_digits_are_one_number() -> None:
    text = "سیلاب سے جاں بحق افراد کی تعداد ایک ہزار396 ہو گئی۔"
    assert ("killed", 1396) in {(c.metric, c.value) for c in _claims(text, "ur")}


def test_a_count_noun_heads_the_number_after_it() -> None:
    # "the number of wounded to 934": 769 is the deaths, not the wounded
    text = "ارتفع عدد الوفيات إلى 769 وعدد المصابين إلى 934 حالة."
    got = {(c.metric, c.value) for c in _claims(text, "ar")}
    assert got == {("killed", 769), ("wounded", 934)}


def test_every_world_lexicon_uses_only_the_shared_names() -> None:
    shared = {
        "LANGUAGE", "MATCH", "SPACED", "TEXT2NUM", "DIGIT_GROUPS", "DECIMAL", "SCALES", "NUMBER_WORDS",
        "NUMBER_JOINERS", "MULTIPLIERS", "APPROXIMATE", "TRIGGERS", "QUALIFIERS_BEFORE", "QUALIFIERS_AFTER",
        "SUBSET_BEFORE", "SUBSET_AFTER", "NOT_COUNTS_AFTER", "COUNT_NOUNS", "LATIN_PLACES", "FROM_TO",
        "CAPITALISED_NAMES", "TOLD_VERBS", "SPEECH_AFTER_TIME",
        "PROJECTION_BEFORE", "LAKH_GROUPS", "UPDATE_BEFORE", "TOLL_NOUNS", "MANY_INCIDENTS",
        "SINCE_START", "SUPERLATIVES", "LABEL_LINKS", "PARTITIVE", "STAGE_AFTER", "COMPOUND_NUMBERS",
        "NUMBER_COUNTERS", "NUMBER_ENDINGS", "INCREMENT_BEFORE", "INCREMENT_AFTER", "ABOVE", "FRACTIONS",
        "FRACTION_BEFORE",
        "ACCORDING_BEFORE", "ACCORDING_AFTER", "SPEECH_VERBS", "SOURCE_NOUNS", "SOURCE_LEADING", "VERB_FINAL",
        "VERB_SECOND", "NOUN_JOINERS", "ACCORDING_ADJACENT", "ACCORDING_NAMED", "SAID_OF_BEFORE",
        "LOCATIVES", "JOINED_PARTICLES", "NOT_PLACES", "PLACE_ENDINGS", "ARTICLES", "HOME_COUNTRIES",
        "PLACE_SUFFIXES", "CAPITALISED_NOUNS", "APOSTROPHE_ENDINGS", "NAMED_FACILITIES", "PLACE_BASE_ENDINGS",
        "SUFFIX_PARTICLES", "VOWEL_LETTERS", "LOCAL_CALENDAR", "AS_OF", "WEEKDAY_SUFFIXES", "LAST_WEEKDAY", "LAST_WEEK",
        "MONTH_FIRST", "DAY_WORDS", "DAYS_BACK", "DAYS_AFTER", "FUTURE_BEFORE", "ERA_YEARS", "PLACE_NAMES",
        "EARLIER_OPENINGS", "NO_SURVIVOR_HEDGES",
        "INCLUDING_AFTER", "SURVIVED_WORDS", "SURVIVED_VERBS", "SURVIVOR_NOUNS", "ANIMAL_NOUNS", "ANIMAL_LINKS",
            "NOT_ONE_SUBJECTS", "SURVIVORS_HURT_STEMS", "EVENT_RELATIVES", "COMES_AFTER", "TIME_AFTER", "WITH_WORDS",
        "ONE_PERSON_NOUNS", "ATTEMPTED", "THING_VERBS", "CHARGE_WORDS", "NOT_MONTHS", "TOTAL_BEFORE", "NOT_TRIGGERS",
        "KIN_AFTER_AND", "TOTAL_AFTER", "NATIONALS", "RECALL_VERBS", "SINGULAR_VERB_AGREES", "OF_THE_BEFORE",
        "PLACE_STEM_VOWELS", "PLACE_GRADATION",
        "NATIONWIDE", "CAPITAL_WORDS", "AS_OF_AFTER", "RELATIVES", "PROVINCE_WORDS", "PROVINCE_WORDS_BEFORE",
        "ASIDE_OPENERS",
        "ORIGIN_BEFORE", "GOVERNMENT_VERBS", "PLACE_NAME_LINKS", "LOCATIVE_ENDINGS", "TOWN_WORDS", "BUILDING_WORDS",
        "COUNTY_WORDS_BEFORE", "FEATURE_WORDS", "OBJECT_WORDS_AFTER",
        "COUNTRY_PREFIXES", "UNITS_AFTER_NOUN",
        "AMONG", "ARTICLE_AFTER", "SPAN_AFTER", "PLACE_RELATIVES",
        "LOCATIVES_AFTER", "JOINED_LOCATIVES", "BEARING_BEFORE", "DISTANCE_UNITS",
        "ROUTE_BEFORE", "ROUTE_AFTER", "FELT_WORDS", "ATTACK_AFTER", "ADJECTIVE_PREFIXES", "ADJECTIVE_DROP",
        "ADJECTIVE_SUFFIXES", "ADJECTIVE_JOINS", "ADJECTIVE_STEMS", "NOT_ADJECTIVES",
        "VAGUE_QUANTITIES", "DEAD_AND_WOUNDED", "INJURY_GRADES", "COORDINATORS", "UPDATE_AFTER", "REVISED_DOWN",
        "EARLIER_BEFORE", "RANGES", "PERPETRATORS", "STILL_IN_CARE", "PERSON_COUNTERS", "NUMBER_WORDS_AFTER",
        "TEXT2NUM_SPELLINGS", "HAZARD_FAMILIES", "CARE_WORDS", "QUALIFIERS_AFTER_NOUN",
        "SOURCE_TRAILING", "PAST_PERFECT", "SEVERAL_COUNTS", "SEVERAL_INCIDENTS", "HYPHEN_ENDINGS",
        "NO_SURVIVOR_PHRASES", "ABOARD_PHRASES", "AND_ANOTHER", "REPORT_WORDS", "SOURCE_ENDINGS",
        "NOT_COUNTS_BEFORE", "GROUP_AFTER", "BODY_NOUNS", "COUNT_ANAPHORS", "PEOPLE_TRIGGERS", "PEOPLE_NOUNS",
        "SINGULAR_DEATHS", "SINGULAR_HURT", "PLURAL_ENDINGS", "SINGULAR_NOUNS_AFTER", "NEGATIONS", "NOBODY",
        "SOURCE_MAX_WORDS", "PLURAL_HURT",
        "SCALE_FIRST", "SOURCE_CHANNELS", "ABBREVIATIONS", "REPORTING_VERBS", "SEPARABLE_TRIGGERS", "SOURCE_COMPOUNDS",
        "AFTER_WINDOW", "SCALE_JOINERS", "FRONTED_BEFORE", "LAST_YEAR", "VICTIM_NOUNS", "CLAUSE_SUBJECTS",
        "SINGULAR_HURT_VERBS", "SINGULAR_NOUNS_BEFORE", "OWN_LETTERS", "PAST_PERFECT_TIMED",
        "ONE_VICTIM_NOUNS", "ONE_VICTIM_OF", "SOURCE_PHRASES", "YEARS_ON", "YEAR_COUNTS",
        "FUNCTION_WORDS", "GATHERING_WORDS", "MONTHS", "DAY_MONTH_LINKS", "WEEKDAYS", "DAY_OF_EVENT",
        "MOURNED_LINKS", "ORDINALS", "ORDINAL_NOT_PERSON", "SHORT_DATE_BEFORE", "MOURNING_WORDS", "DATE_NAME_LINKS",
        "UNOFFICIAL_SOURCES", "CONTRAST_CLAUSES",
        "COUNT_PREFIXES", "SCRIPT_TWINS", "COURT_WORDS", "POISONED_BY", "HURT_STEMS", "OBJECT_MARKS",
        "PERPETRATORS_BEFORE", "AGENT_NOUNS", "RUMOUR_CUES",
        "ACTIVE_HARM_VERBS", "ONE_OBJECT_DETERMINERS", "ONE_OBJECT_NOUNS", "PERSON_OBJECT_MARKS", "CLAIMANT_BREAKS",
        "PAST_MONTH_BEFORE", "PAST_MONTH_AFTER", "NAMED_TIME_SINCE", "ORDINAL_DOT", "ORDINAL_DOT_BEFORE",
    }  # fmt: skip
    metrics = {"killed", "wounded", "missing", "displaced", "arrested"}
    for language in WORLD_LANGUAGES:
        lexicon = load(language)
        names = {name for name in vars(lexicon) if name.isupper()}
        assert names <= shared, (language, names - shared)
        assert language == lexicon.LANGUAGE
        assert lexicon.MATCH in ("word", "prefix", "any")
        assert set(lexicon.TRIGGERS) <= metrics and {"killed", "wounded"} <= set(lexicon.TRIGGERS)
        for table in ("QUALIFIERS_BEFORE", "QUALIFIERS_AFTER"):
            assert set(getattr(lexicon, table, {}).values()) <= {q.value for q in Qualifier}, (language, table)
        assert set(getattr(lexicon, "INJURY_GRADES", {})) <= {"critical", "severe", "moderate", "light"}, language
        for value, low, high in getattr(lexicon, "VAGUE_QUANTITIES", {}).values():
            assert low <= value <= high, language


def test_languages_written_without_spaces_match_inside_words() -> None:
    # the same trigger list, matched anywhere for zh (MATCH "any"), only as whole words or stems for es
    assert load("zh").MATCH == "any" and load("es").MATCH == "word" and load("tr").MATCH == "prefix"
    assert {(c.metric, c.value) for c in _claims("事故造成3人死亡、12人受伤。", "zh")} == {
        ("killed", 3),
        ("wounded", 12),
    }


@pytest.mark.parametrize(
    ("values", "multipliers", "expected"),
    [
        ([2, 1000, 500], [False, False, False], 2500),  # dos mil quinientos
        ([3, 1000, 5, 100, 10000], [False, False, False, True, False], 35_000_000),  # 三千五百万
        ([2, 10, 3], [False, True, False], 23),  # 二十三
        ([4, 100], [False, False], 400),  # dört yüz
        ([1, 1_000_000, 200, 1000], [False, False, False, False], 1_200_000),  # un millón doscientos mil
    ],
)
def test_number_words_compose(values: list[int], multipliers: list[bool], expected: int) -> None:
    assert compose(values, multipliers) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Al menos 1\u200b2 personas murieron en la explosi\u00f3n, seg\u00fan los bomberos."),
        ("fr", "Au moins 1\u00ad2 personnes ont \u00e9t\u00e9 tu\u00e9es dans l'explosion, selon les pompiers."),
    ],
)
def test_invisible_characters_change_no_figure_in_another_language(language: str, text: str) -> None:
    """The world pass reads the visible text, and its quotes and offsets still point into the submitted text."""
    (claim,) = [c for c in extract(ArticleInput(text=text, language=language)).claims if c.metric == "killed"]
    assert claim.value == 12
    assert text[claim.start : claim.end] == claim.quote
    assert text[claim.sentence_start : claim.sentence_end].startswith("A")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das Innenministerium meldete am Sonntag 2012 Tote und 2059 Verletzte.", "de"),
        ("Le ministère de l'Intérieur a fait état dimanche de 2012 morts et 2059 blessés.", "fr"),
        ("أعلنت وزارة الداخلية يوم الأحد عن 2012 قتيلا و2059 مصابا.", "ar"),
    ],
)
def test_year_shaped_counts_are_no_year_that_makes_the_toll_old_news(text: str, language: str) -> None:
    """With no publication date, the latest year the text names is its year: "2059 Verletzte" is a count, not a
    year, so it does not make "2012 Tote" a toll of an earlier year (background)."""
    totals = {(c.metric, c.value) for c in _claims(text, language) if c.role is Role.TOTAL}
    assert {("killed", 2012), ("wounded", 2059)} <= totals
