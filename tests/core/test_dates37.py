"""Round 37 (dates37): incident dates in the reporters' own languages, on sentences written for these tests.

- A date in figures told inside a sentence ('Bei einem Brand am 12.07.2024 ...') is the incident's: only a date
  that opens its line after a label or a time ('date 2024-10-31', '11:59 15.07.2022') is a page's stamp.
- Month names dateparser lacks: the Levant's and the Maghreb's in Arabic ('١٢ تموز', '9 جويلية'); a weekday told
  with its word for 'day' where its name alone is another word (Urdu 'ہفتے کے روز', on Saturday).
- A look-back headline counting years in Turkish, Indonesian, Polish and in Chinese numerals dates its figures on
  the event it looks back at.
- Guards: relative day words and weekdays in other languages counted back from the publication; a year alone of
  an older event ('the 2004 bombings', 'la catastrophe de 1999', 'в 2010 году') dates nothing.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.models import ArticleInput

# a Thursday
_PUBLISHED = "2024-03-14T10:00:00"


def _dates(text: str, language: str, published: str | None = _PUBLISHED, title: str | None = None) -> set[date | None]:
    when = datetime.fromisoformat(published) if published else None
    claims = extract(ArticleInput(text=text, title=title, published_at=when, language=language)).claims
    assert claims
    return {c.incident_date for c in claims if c.metric == "killed"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Bei einem Brand in einer Lagerhalle am 02.03.2024 sind neun Menschen gestorben.", date(2024, 3, 2)),
        ("de", "Beim Einsturz einer Brücke am 2.3.2024 starben 11 Menschen.", date(2024, 3, 2)),
        ("es", "El derrumbe de un edificio del 02/03/2024 en Valdelobos dejó 13 muertos.", date(2024, 3, 2)),
        ("fr", "L'explosion du 02/03/2024 dans une usine de Saint-Ambrin a fait 6 morts.", date(2024, 3, 2)),
    ],
)
def test_a_date_in_figures_told_in_a_sentence_is_the_incidents(language: str, text: str, expected: date) -> None:
    assert _dates(text, language) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a page's stamp after a label or a time is still no incident's date: the weekday counts from it
        ("de", "date 2024-03-14 Bei einem Brand in einer Lagerhalle sind am Dienstag neun Menschen gestorben.",
         date(2024, 3, 12)),
        ("de", "Lokales\n\n08:15 14.03.2024\n\nBei einem Brand sind am Dienstag neun Menschen gestorben.",
         date(2024, 3, 12)),
    ],
)  # fmt: skip
def test_a_pages_stamp_at_the_head_still_counts_its_weekdays(language: str, text: str, expected: date) -> None:
    assert _dates(text, language, published=None) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the Levant's month names
        ("ar", "لقي 9 أشخاص حتفهم في ٣ آذار إثر انهيار مبنى سكني.", date(2024, 3, 3)),
        ("ar", "قتل 12 شخصا في 28 شباط في انفجار بمستودع للوقود.", date(2024, 2, 28)),
        ("ar", "أسفر حريق اندلع في 5 كانون الثاني عن مقتل 8 أشخاص.", date(2024, 1, 5)),
        # a day of the month before the publication's: last year's
        ("ar", "أسفر حريق اندلع في 20 كانون الأول عن مقتل 8 أشخاص.", date(2023, 12, 20)),
        # the Maghreb's
        ("ar", "لقي 6 أشخاص حتفهم في 11 فيفري في حادث مرور.", date(2024, 2, 11)),
    ],
)
def test_arabic_month_names_of_the_levant_and_the_maghreb(language: str, text: str, expected: date) -> None:
    assert _dates(text, language) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'ہفتے کے روز': on Saturday (the 9th before Thursday the 14th)
        ("ہفتے کے روز ایک بس کھائی میں گرنے سے 14 مسافر ہلاک ہو گئے۔", date(2024, 3, 9)),
        ("ہفتہ کو ایک بس کھائی میں گرنے سے 14 مسافر ہلاک ہو گئے۔", date(2024, 3, 9)),
    ],
)
def test_an_urdu_saturday_told_with_its_word_for_day(text: str, expected: date) -> None:
    assert _dates(text, "ur") == {expected}


def test_an_urdu_last_week_is_no_saturday() -> None:
    # 'گزشتہ ہفتے': last week, no day
    assert _dates("گزشتہ ہفتے ایک بس کھائی میں گرنے سے 14 مسافر ہلاک ہو گئے۔", "ur") == {None}


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        (
            "tr",
            "Tünel faciasının 12. yılında anma töreni",
            "Tünelin çökmesi sonucu 37 işçi hayatını kaybetmişti. Aileler bugün tören için bir araya geldi.",
            date(2012, 3, 14),
        ),
        (
            "tr",
            "Baraj faciasının üzerinden on yıl geçti",
            "Barajın yıkılması sonucu 58 kişi hayatını kaybetmişti.",
            date(2014, 3, 14),
        ),
        (
            "id",
            "Lima belas tahun tragedi longsor Bukit Sari",
            "Longsor di Bukit Sari menewaskan 46 warga desa. Keluarga korban berdoa bersama hari ini.",
            date(2009, 3, 14),
        ),
        (
            "pl",
            "Dwadzieścia lat po pożarze szpitala w Borkowie",
            "W pożarze szpitala zginęło 19 pacjentów. Dziś mieszkańcy złożyli kwiaty.",
            date(2004, 3, 14),
        ),
        (
            "zh",
            "化工厂爆炸事故十五周年 家属举行悼念",
            "该化工厂爆炸事故造成53人死亡。家属今天举行悼念活动。",
            date(2009, 3, 14),
        ),
    ],
)
def test_a_look_back_counting_years_dates_its_figures_on_its_event(
    language: str, title: str, text: str, expected: date
) -> None:
    assert _dates(text, language, title=title) == {expected}


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        (
            "cs",
            "Patnáct let od neštěstí v dole Horní Lipová",
            "Výbuch metanu v dole zabil 23 horníků. Pozůstalí si dnes připomněli oběti.",
            date(2009, 3, 14),
        ),
        (
            "ha",
            "Shekaru biyu bayan hatsarin jirgin ruwa na Gidan Bakin",
            "Jirgin ruwan ya kife a kogi kuma ya kashe mutum 41. Iyalan waɗanda suka rasu sun taru yau.",
            date(2022, 3, 14),
        ),
    ],
)
def test_a_look_back_in_czech_and_hausa(language: str, title: str, text: str, expected: date) -> None:
    assert _dates(text, language, title=title) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fifth day of the sinking, the 13th: the sinking was on the 9th
        ("유람선 침몰 닷새째를 맞는 13일 사망자가 27명으로 늘었다.", date(2024, 3, 9)),
        # the third day of the landslide, today (the 14th): the 12th
        ("산사태 사흘째인 오늘 실종자 4명이 숨진 채 발견돼 사망자가 19명으로 늘었다.", date(2024, 3, 12)),
        # no count of days: the date is the incident's
        ("지난 12일 산사태로 19명이 숨졌다.", date(2024, 3, 12)),
    ],
)
def test_a_korean_date_told_as_the_nth_day_of_the_incident(text: str, expected: date) -> None:
    assert _dates(text, "ko") == {expected}


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "expected"),
    [
        # a look back a few days after the anniversary: the day and month the text writes, in the year counted
        (
            "fr",
            "Saint-Ours, six ans après l'explosion",
            "L'explosion du 9 mars dans la raffinerie avait fait 17 morts.",
            "2024-03-14T10:00:00",
            date(2018, 3, 9),
        ),
        (
            "en",
            "Seven years after the Port Ellery bridge collapse",
            "The bridge gave way on March 10, killing 22 commuters.",
            "2024-03-14T10:00:00",
            date(2017, 3, 10),
        ),
        # a day after the anniversary's in the calendar: the year before the one counted
        (
            "es",
            "A cinco años del incendio del mercado de Valdelobos",
            "El incendio del 30 de diciembre dejó 14 muertos entre los comerciantes.",
            "2024-01-04T10:00:00",
            date(2018, 12, 30),
        ),
        # no day written: the anniversary is the publication's day that many years back
        (
            "fr",
            "Saint-Ours, six ans après l'explosion",
            "L'explosion dans la raffinerie avait fait 17 morts. Une cérémonie a eu lieu ce jeudi.",
            "2024-03-14T10:00:00",
            date(2018, 3, 14),
        ),
    ],
)
def test_a_look_back_dates_the_day_and_month_it_writes_in_the_year_it_counts(
    language: str, title: str, text: str, published: str, expected: date
) -> None:
    assert _dates(text, language, published=published, title=title) == {expected}


def test_a_new_incident_told_beside_an_older_one_keeps_its_own_day() -> None:
    text = "Wczoraj w pożarze hali zginęło 5 osób. Dziesięć lat temu w tym samym miejscu zginęły 2 osoby."
    assert _dates(text, "pl", title="Pożar w hali targowej: zginęło 5 osób") == {date(2024, 3, 13)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Un alud mató ayer a 4 esquiadores en Valderrobres.", date(2024, 3, 13)),
        ("fr", "Un glissement de terrain a tué hier 4 randonneurs près de Saint-Ours.", date(2024, 3, 13)),
        ("de", "Bei einem Lawinenabgang sind gestern 4 Skifahrer ums Leben gekommen.", date(2024, 3, 13)),
        ("ru", "Вчера под лавиной погибли 4 лыжника.", date(2024, 3, 13)),
        ("tr", "Dün çığ altında kalan 4 kayakçı hayatını kaybetti.", date(2024, 3, 13)),
        ("id", "Tanah longsor kemarin menewaskan 4 pendaki.", date(2024, 3, 13)),
        ("ar", "لقي 4 متسلقين حتفهم أمس في انهيار ثلجي.", date(2024, 3, 13)),
        ("ja", "昨日、雪崩が発生し、スキー客4人が死亡した。", date(2024, 3, 13)),
        # weekdays: Saturday the 9th before Thursday the 14th
        ("es", "Un alud mató el sábado a 4 esquiadores.", date(2024, 3, 9)),
        ("fr", "Une avalanche a tué samedi 4 skieurs.", date(2024, 3, 9)),
        ("ru", "В субботу под лавиной погибли 4 лыжника.", date(2024, 3, 9)),
        ("tr", "Cumartesi günü çığ altında kalan 4 kayakçı hayatını kaybetti.", date(2024, 3, 9)),
        ("ar", "لقي 4 متسلقين حتفهم يوم السبت في انهيار ثلجي.", date(2024, 3, 9)),
        ("zh", "周六，一场雪崩造成4名滑雪者死亡。", date(2024, 3, 9)),
        # another script's digits and month words
        ("bn", "৯ মার্চ একটি ভবন ধসে ৪ জন নিহত হয়েছেন।", date(2024, 3, 9)),
        ("ar", "لقي ٤ أشخاص حتفهم في ٩ مارس في انهيار ثلجي.", date(2024, 3, 9)),
    ],
)
def test_relative_days_weekdays_and_other_digits_count_from_the_publication(
    language: str, text: str, expected: date
) -> None:
    assert _dates(text, language) == {expected}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the older year right before the day and month is theirs: no day of the publication's year
        ("es", "En 2011, el 2 de marzo, una riada mató a 31 personas en Valdelobos."),
        ("fr", "En 2009, le 3 mars, l'explosion de la raffinerie de Saint-Ours avait fait 17 morts."),
        ("ru", "В 2012 году, 5 марта, при пожаре на складе погибли 19 человек."),
        ("ar", "في عام 2012، في 5 آذار، قتل 19 شخصا في حريق بمستودع."),
    ],
)
def test_a_day_and_month_after_an_older_year_are_that_years(language: str, text: str) -> None:
    assert _dates(text, language) == {None}


def test_a_year_told_as_a_noun_gives_no_day_its_year() -> None:
    # '2023' here is a record year, not the day's: the day is this year's
    text = "Tras un 2023 récord, el 2 de marzo una riada mató a 31 personas en Valdelobos."
    assert _dates(text, "es") == {date(2024, 3, 2)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The 2004 bombings killed 191 people in the capital, the court heard."),
        ("fr", "La catastrophe de 1999 avait fait 19 morts dans la vallée de Saint-Ours."),
        ("ru", "В 2010 году при пожаре в клубе погибли 156 человек."),
        ("de", "Im Jahr 2010 starben bei dem Unglück 21 Menschen."),
        ("pl", "W 2010 roku w katastrofie zginęło 96 osób."),
    ],
)
def test_a_year_alone_of_an_older_event_dates_nothing(language: str, text: str) -> None:
    assert _dates(text, language) == {None}
