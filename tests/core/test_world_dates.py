"""Incident dates in the reporters' own languages (sentences of our own): month words, relative day words and
weekday names from dateparser's data for the language, counted back from the publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.world_dates import date_words, incident_date
from core.models import ArticleInput


def _dates(text: str, language: str, published: datetime | None) -> set[date | None]:
    claims = extract(ArticleInput(text=text, language=language, published_at=published)).claims
    assert claims
    return {c.incident_date for c in claims}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "L'explosion survenue hier soir a fait 12 morts.", date(2024, 5, 9)),  # published Friday 10 May
        ("es", "El derrumbe de ayer dejó 9 muertos.", date(2024, 5, 9)),
        ("de", "Bei dem Unglück am Dienstag kamen 4 Menschen ums Leben.", date(2024, 5, 7)),
        ("id", "Banjir pada Selasa malam menewaskan 15 orang.", date(2024, 5, 7)),
        ("tr", "Dün akşam meydana gelen patlamada 6 kişi hayatını kaybetti.", date(2024, 5, 9)),
        ("uk", "Вчора внаслідок обстрілу загинули 8 людей.", date(2024, 5, 9)),
    ],
)
def test_relative_day_words_and_weekdays_count_back_from_publication(language: str, text: str, expected: date) -> None:
    assert _dates(text, language, datetime(2024, 5, 10, 12, 0)) == {expected}


def test_a_weekday_with_a_day_and_month_is_read_as_the_date() -> None:
    text = "Le séisme de samedi 4 mai a fait 30 morts."
    assert _dates(text, "fr", datetime(2024, 5, 10)) == {date(2024, 5, 4)}


def test_a_month_word_without_a_year_takes_the_year_the_text_gives() -> None:
    text = "date 2019-02\nL'incendie du 20 février a fait 67 morts."
    assert _dates(text, "fr", None) == {date(2019, 2, 20)}


def test_the_date_of_the_sentence_with_the_figure_beats_a_page_date_line() -> None:
    words = date_words("es", spaced=True)
    text = "Publicado el 12.03.2024\nEl incendio del 9 de marzo dejó 7 muertos."
    figure_at = text.index("El incendio")
    got = incident_date(words, text, text.lower(), date(2024, 3, 12), lambda offset: offset >= figure_at)
    assert got == date(2024, 3, 9)


def test_an_older_event_years_before_is_not_the_incident_date() -> None:
    text = "Como en el terremoto del 6 de febrero de 2001, hoy murieron 14 personas."
    assert _dates(text, "es", datetime(2024, 5, 10)) == {date(2024, 5, 10)}


# Sentences of our own for the dates that anchor a report to its event (issue 13).


def test_a_year_told_in_passing_is_not_the_year_of_a_day_and_month() -> None:
    # no publication date: 'बीते 12 मार्च' has no year, and 1987 is an older flood's, not this one's
    text = "पटना। बीते 12 मार्च को आई बाढ़ में 40 लोग मारे गए। इससे पहले 1987 में भी ऐसी बाढ़ आई थी।"
    assert _dates(text, "hi", None) == {None}


def test_a_year_written_in_a_date_gives_a_day_and_month_its_year() -> None:
    text = "Mise à jour le 21.06.2019\nL'orage du 19 juin a fait 6 morts, comme celui de 1999."
    assert _dates(text, "fr", None) == {date(2019, 6, 19)}


def test_a_written_date_beats_a_weekday_in_the_same_sentence() -> None:
    # published Saturday 19 June 2021, a live page updated weeks after the crash
    text = "Un bus est tombé jeudi soir dans un ravin pendant la fête du 3 juin, faisant 9 morts."
    assert _dates(text, "fr", datetime(2021, 6, 19)) == {date(2021, 6, 3)}


def test_day_month_year_with_hyphens() -> None:
    text = "Trận lũ quét đêm 5-3-2022 đã làm 12 người chết."
    assert _dates(text, "vi", datetime(2022, 3, 8)) == {date(2022, 3, 5)}


def test_the_dateline_date_is_when_the_report_was_filed_not_the_incident() -> None:
    text = "القاهرة 9 مارس 2021 (رويترز) قالت الشرطة إن حريقا اندلع يوم 6 مارس أسفر عن مقتل 11 شخصا."
    assert _dates(text, "ar", datetime(2021, 3, 9)) == {date(2021, 3, 6)}
    text = "Lyon, 9 mars 2021 (AFP) - Un incendie survenu le 6 mars a fait 11 morts."
    assert _dates(text, "fr", datetime(2021, 3, 9)) == {date(2021, 3, 6)}


# Dates in the language's own calendar (lexicon LOCAL_CALENDAR), sentences of our own.


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        # Bikram Sambat: Baisakh 12, 2072 is 25 April 2015; with the year before or after, or the publication's
        ("ne", "वैशाख १२ गते गएको भूकम्पमा सात हजार जनाको ज्यान गएको छ।", datetime(2015, 5, 7), date(2015, 4, 25)),
        ("ne", "२०७२ वैशाख १२ गते गएको भूकम्पमा ७५९ जनाको ज्यान गएको छ।", None, date(2015, 4, 25)),
        ("ne", "वैशाख १२ गते, २०७२ गएको भूकम्पमा ७५९ जनाको ज्यान गएको छ।", None, date(2015, 4, 25)),
        # Solar Hijri: 15 Mehr 1402 (Dari: 15 Mizan) is 7 October 2023
        ("fa", "زلزله ۱۵ مهر ۱۴۰۲ در هرات دست‌کم ۱۰۰۰ کشته بر جا گذاشت.", None, date(2023, 10, 7)),
        ("fa", "در زلزله ۱۵ میزان در هرات دست‌کم ۱۰۰۰ نفر کشته شدند.", datetime(2023, 10, 9), date(2023, 10, 7)),
        # a Gregorian month in Persian letters ('اکتبر', where dateparser writes 'اكتبر')
        ("fa", "در زلزله ۷ اکتبر در هرات دست‌کم ۱۰۰۰ نفر کشته شدند.", datetime(2023, 10, 9), date(2023, 10, 7)),
    ],
)
def test_a_date_in_the_languages_own_calendar(
    language: str, text: str, published: datetime | None, expected: date
) -> None:
    assert _dates(text, language, published) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # month and day without a year: the publication's year (published 1 May 2015)
        ("zh", "4月25日发生的地震已造成8000人死亡。", date(2015, 4, 25)),
        ("ja", "4月25日に発生した地震で8000人が死亡した。", date(2015, 4, 25)),
        ("ko", "4월 16일 발생한 침몰 사고로 25명이 숨졌다.", date(2015, 4, 16)),
        # the day alone: the publication's month
        ("ko", "지난 16일 발생한 침몰 사고로 25명이 숨졌다.", date(2015, 4, 16)),
        # a Xinhua-style dispatch line '...4月26日电' is when the report was filed
        ("zh", "新华社加德满都4月26日电 4月25日发生的地震已造成2500人死亡。", date(2015, 4, 25)),
    ],
)
def test_chinese_japanese_and_korean_month_and_day(language: str, text: str, expected: date) -> None:
    assert _dates(text, language, datetime(2015, 5, 1)) == {expected}


# A report that dates nothing is of its day, unless it tells of an earlier year: then its figures may be a later
# count of an older incident, and the publication is no stand-in for the incident's date.


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un nuevo estudio cifra en 1.200 los muertos por las inundaciones de octubre de 2022."),
        ("is", "Samkvæmt nýrri rannsókn létust 340 manns í flóðunum í fyrra."),
        ("fr", "Selon une nouvelle étude, l'incendie de l'année dernière a fait 85 morts."),
    ],
)
def test_a_report_telling_of_an_earlier_year_is_not_dated_by_its_publication(language: str, text: str) -> None:
    assert _dates(text, language, datetime(2023, 9, 1)) == {None}


def test_a_report_that_dates_nothing_is_undated_as_an_english_one_is() -> None:
    # Dated by its publication, a report two days late was a dated incident of its own beside the disaster's
    # (a Hindi running toll of a train crash); undated, grouping places it by its publication, as in English.
    text = "La explosión en la fábrica dejó 14 muertos, según los bomberos."
    assert _dates(text, "es", datetime(2023, 9, 1)) == {None}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # 'ayer' after 'hasta': the day the official count stood at, not the day of the floods
        ("es", "Las inundaciones del 12 de marzo arrasaron el valle. Hasta ayer, la cifra oficial era de 190 muertos."),
        ("pt", "As enchentes de 12 de março arrasaram o vale. Até ontem, o número oficial era de 190 mortos."),
    ],
)
def test_a_day_a_count_stood_at_is_not_the_incidents(language: str, text: str) -> None:
    assert _dates(text, language, datetime(2023, 5, 20)) == {date(2023, 3, 12)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the month before the day (lexicon MONTH_FIRST)
        ("lt", "Rugpjūčio 14 d. sugriuvus tiltui žuvo 43 žmonės."),
        ("lt", "2018 m. rugpjūčio 14 d. sugriuvus tiltui žuvo 43 žmonės."),
        ("hu", "Az augusztus 14-én összeomlott hídon 43 ember meghalt."),
        ("tl", "Bumagsak ang tulay noong Agosto 14 at 43 ang nasawi."),
        ("ta", "ஆகஸ்ட் 14 அன்று பாலம் இடிந்து 43 பேர் உயிரிழந்தனர்."),
        # a day and month in figures after a weekday or the word for 'day' (lexicon DAY_WORDS)
        ("id", "Jembatan runtuh pada Selasa (14/8), menewaskan 43 orang."),
        ("vi", "Vụ sập cầu ngày 14/8 làm 43 người chết."),
    ],
)
def test_a_day_and_month_as_the_language_writes_them(language: str, text: str) -> None:
    assert _dates(text, language, datetime(2018, 8, 20, 10)) == {date(2018, 8, 14)}


def test_a_month_first_date_after_the_publication_is_the_year_befores() -> None:
    assert _dates("Gruodžio 30 d. per gaisrą žuvo 12 žmonių.", "lt", datetime(2019, 1, 5)) == {date(2018, 12, 30)}


def test_a_month_word_before_a_count_in_a_day_first_language_is_no_date() -> None:
    # Spanish writes the day first: 'agosto 14' is no date there, 'en agosto, 14 personas' is a count
    assert _dates("En agosto 14 personas murieron en el incendio.", "es", datetime(2018, 8, 20)) == {None}


def test_a_year_told_in_passing_dates_a_day_and_month_when_the_weekday_beside_them_agrees() -> None:
    # no publication date: 14 August 2021 was a Saturday, 14 August 2019 a Wednesday
    text = "Le séisme de samedi 14 août a fait 227 morts, soit plus que les inondations de 2019 et de 2021 réunies."
    assert _dates(text, "fr", None) == {date(2021, 8, 14)}
    text = "Le séisme de mercredi 14 août a fait 227 morts, soit plus que les inondations de 2021."
    assert _dates(text, "fr", None) == {None}  # 14 August 2021 was no Wednesday


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # relative day words dateparser lacks (lexicon DAYS_BACK), and Persian letters for its Arabic ones
        ("es", "El incendio de anoche en la fábrica dejó 7 muertos."),
        ("tl", "Kahapon, 12 katao ang nasawi sa sunog sa pabrika."),
        ("ur", "گزشتہ روز فیکٹری میں آگ لگنے سے 12 افراد ہلاک ہوگئے۔"),
        ("ru", "Накануне при пожаре на заводе погибли 5 человек."),
        ("uk", "Напередодні внаслідок пожежі на заводі загинули 4 людини."),
        ("fa", "دیروز در آتش‌سوزی کارخانه ۲۰ نفر کشته شدند."),
        ("fa", "دیشب در آتش‌سوزی کارخانه ۲۰ نفر کشته شدند."),
        ("ar", "قتل 12 شخصا في حريق في مصنع الليلة الماضية."),
        ("bn", "গত রাতে কারখানায় আগুনে ১২ জন নিহত হয়েছেন।"),
        ("zh", "昨晚，一家工厂发生爆炸，造成50人死亡。"),
        ("ja", "昨夜、工場で火災があり、5人が死亡した。"),
        ("ko", "지난밤 공장 화재로 12명이 숨졌다."),
        ("tr", "Dün gece fabrikada çıkan yangında 5 kişi öldü."),
        # Norwegian: dateparser's Bokmål data
        ("no", "I går døde 12 mennesker i en brann på en fabrikk."),
    ],
)
def test_yesterday_and_last_night_in_more_languages(language: str, text: str) -> None:
    assert _dates(text, language, datetime(2024, 5, 10, 12, 0)) == {date(2024, 5, 9)}


def test_norwegian_month_words() -> None:
    assert _dates("Brannen 3. mai drepte 12 mennesker.", "no", datetime(2024, 5, 10)) == {date(2024, 5, 3)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "روز دوشنبه در آتش‌سوزی کارخانه ۵ نفر کشته شدند."),  # Monday, not Dushanbe
        ("ar", "قتل 12 شخصا في حريق في مصنع يوم الخميس."),  # Thursday, not Khemis Miliana
    ],
)
def test_a_weekday_is_no_town(language: str, text: str) -> None:
    claims = extract(ArticleInput(text=text, language=language, published_at=datetime(2024, 5, 10))).claims
    assert claims and all(c.location is None for c in claims)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # 'as of' before a date written without a space, or after it (lexicon AS_OF, AS_OF_AFTER): the count's day
        ("zh", "8月12日晚，一家化工厂发生爆炸。截至13日下午，爆炸已造成50人死亡。"),
        ("zh", "8月12日晚，一家化工厂发生爆炸。到13日下午为止，爆炸已造成50人死亡。"),
        ("ja", "12日夜、化学工場で爆発があった。13日現在、50人が死亡した。"),
        ("ko", "12일 밤 화학공장에서 폭발이 일어났다. 13일 오전 현재 50명이 숨졌다."),
    ],
)
def test_the_day_a_count_stood_at_in_cjk(language: str, text: str) -> None:
    assert _dates(text, language, datetime(2015, 8, 14, 9)) == {date(2015, 8, 12)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ein Mann hat am Donnerstagabend fünf Menschen erschossen, teilte die Polizei mit."),
        ("nl", "Bij een schietpartij donderdagavond zijn vijf mensen om het leven gekomen."),
        ("sv", "Fem personer dödades i en skottlossning på torsdagskvällen, uppger polisen."),
        ("fi", "Viisi ihmistä kuoli ampumavälikohtauksessa torstaina, kertoo poliisi."),
        ("hu", "Öt ember meghalt egy lövöldözésben csütörtökön, közölte a rendőrség."),
    ],
)
def test_a_weekday_with_a_part_of_the_day_or_a_case_ending_written_onto_it_dates(language: str, text: str) -> None:
    # published on Friday 13 August 2021: Thursday is the 12th
    assert _dates(text, language, datetime(2021, 8, 13, 12)) == {date(2021, 8, 12)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Bilanțul incendiului din regiune a ajuns la 82 de morți, au anunțat miercuri autoritățile."),
        ("es", "Al menos 30 personas murieron en el incendio del mercado, dijo el martes la Protección Civil."),
        ("it", "Almeno 30 persone sono morte nell'incendio del mercato, ha dichiarato martedì la Protezione civile."),
    ],
)
def test_the_day_a_figure_was_told_is_not_the_incidents(language: str, text: str) -> None:
    """A weekday right after a verb of telling ('au anunțat miercuri', 'dijo el martes') dates the telling, as
    English 'officials said Tuesday' does: the fire broke out days before. The report is then dated by nothing
    (grouping places it by its publication), not by the announcement's day."""
    assert _dates(text, language, datetime(2031, 7, 17, 12)) == {None}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tres personas murieron el pasado lunes en un tiroteo en Valencia."),
        ("es", "Tres personas murieron el lunes pasado en un tiroteo en Valencia."),
        ("fr", "Trois personnes ont été tuées lundi dernier dans une fusillade à Lyon."),
        ("it", "Tre persone sono morte lunedì scorso in un incidente a Milano."),
        ("de", "Drei Menschen starben am vergangenen Montag bei einer Explosion in Köln."),
        ("pt", "Três pessoas morreram na segunda-feira passada num acidente em Lisboa."),
        ("tr", "Geçen pazartesi meydana gelen patlamada 3 kişi hayatını kaybetti."),
        ("ar", "قتل 3 أشخاص يوم الاثنين الماضي في انفجار في بيروت."),
        ("fa", "در انفجار دوشنبه گذشته ۳ نفر کشته شدند."),
        ("hi", "पिछले सोमवार को हुए विस्फोट में 3 लोगों की मौत हो गई।"),
        ("bn", "গত সোমবার বিস্ফোরণে ৩ জন নিহত হয়েছেন।"),
        ("ur", "گزشتہ پیر کو دھماکے میں 3 افراد ہلاک ہو گئے۔"),
        ("el", "Τρεις άνθρωποι σκοτώθηκαν την περασμένη Δευτέρα σε έκρηξη στην Αθήνα."),
        ("hu", "Három ember meghalt a múlt hétfőn történt robbanásban Budapesten."),
        ("ko", "지난 월요일 발생한 폭발로 3명이 숨졌다."),
    ],
)
def test_last_beside_the_publications_own_weekday_is_a_week_before(language: str, text: str) -> None:
    # published on Monday 13 May 2024: "last Monday" is 6 May, not the day itself
    assert _dates(text, language, datetime(2024, 5, 13, 12, 0)) == {date(2024, 5, 6)}


def test_a_weekday_without_last_on_the_publications_day_is_that_day() -> None:
    assert _dates("Drei Menschen starben am Montag bei einer Explosion in Köln.", "de", datetime(2024, 5, 13)) == {
        date(2024, 5, 13)
    }


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "上周五，一场爆炸造成3人死亡。", date(2024, 5, 3)),  # published Saturday 11 May: last week's Friday
        ("zh", "上周三，一场爆炸造成3人死亡。", date(2024, 5, 1)),
        ("zh", "周五，一场爆炸造成3人死亡。", date(2024, 5, 10)),
        ("ja", "先週の金曜日に起きた爆発で3人が死亡した。", date(2024, 5, 3)),
        ("ko", "지난주 금요일 발생한 폭발로 3명이 숨졌다.", date(2024, 5, 3)),
    ],
)
def test_a_weekday_of_last_week_is_counted_in_the_calendar_week_before(
    language: str, text: str, expected: date
) -> None:
    assert _dates(text, language, datetime(2024, 5, 11, 12, 0)) == {expected}
