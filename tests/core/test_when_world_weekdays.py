"""A weekday in the reporters' own languages followed by a figure, not a day of the month ('پنجشنبه ۴۰ کشته':
Thursday, 40 dead), and a weekday told in the place's own time on the day after the publication's by GMT.

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.extract import extract
from core.extract.clean import safe_lower
from core.extract.world_dates import incident_date
from core.extract.world_language import language
from core.models import ArticleInput

FRIDAY = datetime(2026, 3, 6, 9, tzinfo=UTC)


def _dates(text: str, language: str, published: datetime) -> set[date | None]:
    claims = extract(ArticleInput(text=text, language=language, published_at=published)).claims
    assert claims
    return {c.incident_date for c in claims}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "سیل روز پنجشنبه ۱۷ کشته در استان برجای گذاشت."),
        ("fr", "L'effondrement d'un immeuble a fait jeudi 14 morts à Marseille, selon les pompiers."),
        ("es", "El incendio del mercado dejó el jueves 9 muertos en Valparaíso, informaron los bomberos."),
    ],
)
def test_a_figure_after_a_weekday_is_no_day_of_the_month(language: str, text: str) -> None:
    assert _dates(text, language, FRIDAY) == {date(2026, 3, 5)}


def test_a_weekday_and_a_day_of_the_month_still_date_together() -> None:
    assert _dates("L'explosion de jeudi 26 février a fait 14 morts.", "fr", FRIDAY) == {date(2026, 2, 26)}


def test_a_weekday_at_local_time_may_be_the_day_after_the_publications() -> None:
    late_sunday = datetime(2026, 3, 8, 22, 30, tzinfo=UTC)
    text = "A landslide buried a village in the highlands early Monday local time, killing at least 21 people."
    assert _dates(text, "en", late_sunday) == {date(2026, 3, 9)}
    text = "Gunmen opened fire at a wedding at about 1 a.m. local time on Monday, killing 8 people, police said."
    assert _dates(text, "en", late_sunday) == {date(2026, 3, 9)}


def test_a_weekday_the_day_after_the_publications_without_local_time_is_last_weeks() -> None:
    late_sunday = datetime(2026, 3, 8, 22, 30, tzinfo=UTC)
    text = "A landslide buried a village in the highlands on Monday, killing at least 21 people."
    assert _dates(text, "en", late_sunday) == {date(2026, 3, 2)}


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        ("de", "Zwei Tage nach dem Erdbeben mit 61 Toten haben Helfer am Freitag ein Kind lebend geborgen.", FRIDAY,
         date(2026, 3, 4)),
        ("fr", "Une semaine après l'effondrement du pont qui a fait 12 morts, des milliers de personnes ont défilé "
               "hier à Gênes.", datetime(2026, 3, 14, 9, tzinfo=UTC), date(2026, 3, 6)),
        ("es", "Tres días después del alud que dejó 8 muertos, los rescatistas hallaron ayer a un montañista con "
               "vida.", FRIDAY, date(2026, 3, 2)),
    ],
)  # fmt: skip
def test_days_counted_after_the_incident_at_a_sentences_head_date_it_before_the_weekday(
    language: str, text: str, published: datetime, expected: date
) -> None:
    assert _dates(text, language, published) == {expected}


def test_days_counted_after_another_incident_inside_a_sentence_leave_its_weekday() -> None:
    text = "Am Donnerstag kamen bei einem Nachbeben drei Menschen ums Leben, zwei Tage nach dem schweren Erdbeben."
    assert _dates(text, "de", FRIDAY) == {date(2026, 3, 5)}


def test_a_dateline_on_a_line_after_the_pages_debris_is_the_filings_day() -> None:
    text = (
        "Accueil | Monde | Afrique\n"
        "Cap-Haïtien, 9 mars 2026 [Agence Caraïbe] --- Au moins 23 personnes ont péri dans l'effondrement d'une "
        "école survenu le samedi 7 mars 2026, selon la protection civile."
    )
    assert _dates(text, "fr", datetime(2026, 3, 9, 12, tzinfo=UTC)) == {date(2026, 3, 7)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Glissement de terrain : 31 morts, bilan actualisé le 9 mars\n\nLe glissement de terrain survenu le "
               "7 mars dans la vallée a fait 31 morts."),
        ("es", "Explosión en la refinería: 11 muertos (actualizado el 9 de marzo)\n\nLa explosión del 7 de marzo "
               "en la refinería dejó 11 muertos."),
    ],
)  # fmt: skip
def test_the_day_a_count_was_updated_on_is_no_incidents(language: str, text: str) -> None:
    assert _dates(text, language, datetime(2026, 3, 9, 12, tzinfo=UTC)) == {date(2026, 3, 7)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Am 16. März ist die Zahl der Toten nach dem Dammbruch auf 64 gestiegen. Der Damm war am 2. März "
               "gebrochen."),
        ("fr", "Le 16 mars, le bilan de l'effondrement de la mine s'est alourdi à 27 morts. La galerie s'était "
               "effondrée le 2 mars."),
    ],
)  # fmt: skip
def test_a_count_dated_by_a_written_date_leaves_the_incident_to_an_earlier_written_date(
    language: str, text: str
) -> None:
    assert _dates(text, language, datetime(2026, 3, 17, 9, tzinfo=UTC)) == {date(2026, 3, 2)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un plan de relogement sera présenté dès mardi aux sinistrés. L'incendie de l'immeuble a fait 6 morts "
               "mercredi."),
    ],
)  # fmt: skip
def test_a_weekday_still_to_come_is_not_counted_back(language: str, text: str) -> None:
    assert _dates(text, language, FRIDAY) == {date(2026, 3, 4)}


def test_a_weekday_still_to_come_in_the_figures_sentence_dates_nothing() -> None:
    text = "La explosión en la fábrica dejó 6 muertos y el informe pericial será entregado el martes al juez."
    assert _dates(text, "es", FRIDAY) == {None}


def test_a_year_of_the_buddhist_era_is_the_gregorian_year_543_before() -> None:
    text = "ไฟไหม้โกดังสินค้าในจังหวัดชลบุรี มีผู้เสียชีวิต 4 ราย เหตุเกิดเมื่อวันที่ 3 ธันวาคม 2569"
    words = language("th")
    assert words is not None
    assert incident_date(words.dates, text, safe_lower(text), None, lambda at: True) == date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's short form written with dots between its letters, as Thai news writes it
        ("รถบัสตกเหวที่จังหวัดตากเมื่อวันที่ 14 มี.ค. 2569 มีผู้เสียชีวิต 9 ราย", date(2026, 3, 14)),
        ("ไฟไหม้โรงงานในจังหวัดระยองเมื่อ 2 ธ.ค. 2568 มีผู้เสียชีวิต 5 ราย", date(2025, 12, 2)),
    ],
)
def test_a_thai_months_dotted_short_form_dates(text: str, expected: date) -> None:
    claims = extract(ArticleInput(text=text, language="th")).claims
    assert claims
    assert {c.incident_date for c in claims} == {expected}
