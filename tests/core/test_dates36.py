"""Round 36 (dates36): the date a look-back report tells for the event it looks back at.

A report years after a disaster (an anniversary, a verdict, "ten years on") tells the old event's toll. Its figures
are the old event's, so they carry the old event's date, not the day the anniversary was marked: the date the text
writes in full with its year when it gives one, else the day as many years before the publication as the headline
counts ("ten years since", "20 years on", "the tenth anniversary": anniversaries are marked on the day). A year
alone ("the 2004 bombings") names no day: such a report keeps no date of its own (None), as before.

Guards: a report of a new incident whose headline states its own figure keeps its own day even when it counts
years since an older one; a report that only recalls an older event in passing ("the deadliest since the 2009
flood") has no count of years in its headline and keeps its own day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput, Claim, Role
from tests.core.test_events_join43 import _report


def _claims(title: str | None, text: str, published: str | None, language: str) -> list[Claim]:
    when = datetime.fromisoformat(published) if published else None
    return list(extract(ArticleInput(text=text, title=title, published_at=when, language=language)).claims)


def _dates_of(claims: list[Claim], metric: str, value: int) -> set[date | None]:
    return {c.incident_date for c in claims if c.metric == metric and c.value == value}


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "value", "expected"),
    [
        # an anniversary counted in years, the ceremony's weekday in the figure's sentence
        (
            "en",
            "Harbor town marks eight years since ferry fire",
            "Eight years after a fire on the ferry Northern Star killed 43 passengers off Port Ellery, relatives "
            "laid wreaths at the pier on Friday.",
            "2024-04-12T10:00:00",
            43,
            date(2016, 4, 12),
        ),
        # 'ago today': the anniversary is the publication's day
        (
            "en",
            "Twelve years after the Dunmore mine blast, families still ask why",
            "Twelve years ago today, a methane explosion in the Dunmore colliery killed 31 miners.",
            "2022-11-03T08:00:00",
            31,
            date(2010, 11, 3),
        ),
        # the date written in full with its year beats the count of years
        (
            "de",
            "Fünfzehn Jahre nach dem Busunglück von Kaltenbach",
            "Bei dem Unglück am 9. Oktober 2006 waren 27 Menschen ums Leben gekommen. Heute erinnerte die Gemeinde "
            "an die Opfer.",
            "2021-10-10T12:00:00",
            27,
            date(2006, 10, 9),
        ),
        # Portuguese, the count of years in the headline, the date in full in the text
        (
            "pt",
            "Quinze anos depois, Vila Serena lembra o desabamento",
            "A cidade recorda hoje o desabamento de 14 de Agosto de 2009, que matou 38 pessoas na escola municipal.",
            "2024-08-14T09:00:00",
            38,
            date(2009, 8, 14),
        ),
        # Spanish, 'a N años de', no date in full: as many years before the publication
        (
            "es",
            "A diez años del naufragio del Estrella del Sur",
            "Familiares de los 57 pasajeros que murieron en el naufragio se reunieron hoy en el puerto de Bahía Alta.",
            "2023-02-17T09:00:00",
            57,
            date(2013, 2, 17),
        ),
        # French, 'il y a N ans'
        (
            "fr",
            "Il y a vingt ans, le tunnel de Valmont s'effondrait",
            "L'effondrement du tunnel de Valmont avait fait 19 morts parmi les ouvriers du chantier.",
            "2019-03-05T09:00:00",
            19,
            date(1999, 3, 5),
        ),
        # Arabic, 'the tenth anniversary' in words
        (
            "ar",
            "المدينة تحيي الذكرى العاشرة لانهيار الجسر",
            "أحيت المدينة اليوم الذكرى العاشرة لانهيار الجسر الذي أودى بحياة 24 شخصا.",
            "2020-06-08T09:00:00",
            24,
            date(2010, 6, 8),
        ),
        # Japanese, 'N years since' written after the event's name
        (
            "ja",
            "トンネル崩落事故から10年 追悼式",
            "トンネル崩落事故で12人が死亡してから10年となり、現地で追悼式が開かれました。",
            "2022-12-02T09:00:00",
            12,
            date(2012, 12, 2),
        ),
    ],
)
def test_a_look_back_dates_its_figures_on_the_event_it_looks_back_at(
    language: str, title: str, text: str, published: str, value: int, expected: date
) -> None:
    assert _dates_of(_claims(title, text, published, language), "killed", value) == {expected}


def test_a_look_back_with_no_publication_date_takes_the_date_it_writes_in_full() -> None:
    claims = _claims(
        "Ten years on, Lakeview remembers the dam collapse",
        "On 2 May 2013, the Lakeview dam gave way and killed 64 people in the valley below.",
        None,
        "en",
    )
    assert _dates_of(claims, "killed", 64) == {date(2013, 5, 2)}


def test_a_new_incident_whose_headline_tells_its_own_toll_keeps_its_own_day() -> None:
    claims = _claims(
        "Five years after the Ridgeway flood, new storm kills 4 in Ridgeway",
        "A storm killed four people in Ridgeway on Monday, five years after the town's deadly flood.",
        "2024-05-14T09:00:00",
        "en",
    )
    assert _dates_of(claims, "killed", 4) == {date(2024, 5, 13)}


def test_a_toll_compared_with_an_older_disaster_keeps_its_own_day() -> None:
    claims = _claims(
        "Landslide kills 9 in Sierra Alta",
        "A landslide buried homes in Sierra Alta on Tuesday, killing nine people, the deadliest since the 2009 "
        "flood there.",
        "2024-09-11T09:00:00",
        "en",
    )
    assert _dates_of(claims, "killed", 9) == {date(2024, 9, 10)}


def test_a_year_alone_gives_no_day() -> None:
    claims = _claims(
        "Court convicts two over the 2015 stadium crush",
        "A court on Wednesday convicted two officials over the 2015 stadium crush, which killed 22 fans.",
        "2019-06-05T09:00:00",
        "en",
    )
    assert not any(d is not None and d.year == 2015 and d.month == 6 for d in _dates_of(claims, "killed", 22))


def test_a_new_incident_told_before_the_years_since_an_old_one_keeps_its_own_day() -> None:
    claims = _claims(
        "Storm batters Ridgeway again",
        "A storm killed four people in Ridgeway on Monday, five years after the town's deadly flood.",
        "2024-05-14T09:00:00",
        "en",
    )
    assert _dates_of(claims, "killed", 4) == {date(2024, 5, 13)}


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "value", "expected"),
    [
        (
            "fr",
            "Naufrage du Cap Blanc : un juge ordonne de nouvelles expertises",
            "Un juge a ordonné de nouvelles expertises dans l'enquête sur le naufrage du Cap Blanc. Le 4 mars 2011, "
            "le navire avait coulé près de l'île de Sarn, faisant 212 morts selon le bilan officiel.",
            "2016-11-08T09:00:00",
            212,
            date(2011, 3, 4),
        ),
        (
            "es",
            "Condenan a tres directivos por el incendio de la discoteca Aurora",
            "Un tribunal condenó a tres directivos por el incendio de la discoteca Aurora. El 2 de octubre de 2015, "
            "el fuego dejó 41 muertos en el local de Puerto Lindo.",
            "2019-04-10T09:00:00",
            41,
            date(2015, 10, 2),
        ),
    ],
)
def test_a_report_years_on_dates_its_figures_by_the_older_day_their_sentence_writes(
    language: str, title: str, text: str, published: str, value: int, expected: date
) -> None:
    assert _dates_of(_claims(title, text, published, language), "killed", value) == {expected}


# ---------------------------------------------------------------------------------------------------------
# Grouping: with its event's day, a look-back joins the event


def _quarry_collapse() -> list[ArticleFacts]:
    return [
        _report(
            "first",
            "HOLLIS, Maine - A rock face collapsed onto the crushing plant at the Greystone quarry on Tuesday, "
            "killing 14 workers, state officials said.",
            datetime(2030, 9, 11, 9, tzinfo=UTC),
            "14 killed in Maine quarry collapse",
        ),
        _report(
            "next",
            "HOLLIS, Maine - Rescuers on Wednesday recovered the last bodies from the Greystone quarry, where "
            "14 workers died when a rock face gave way.",
            datetime(2030, 9, 12, 9, tzinfo=UTC),
            "Last bodies recovered at Greystone quarry",
        ),
    ]


def test_a_look_back_counting_the_years_joins_the_event_it_looks_back_at() -> None:
    later = _report(
        "later",
        "Relatives laid flowers at the Greystone quarry gate on Friday, four years after a rock face collapsed and "
        "killed 14 workers there.",
        datetime(2034, 9, 10, 9, tzinfo=UTC),
        "Greystone quarry collapse: four years on, families remember",
    )
    held = {a: e.id for e in group_articles([*_quarry_collapse(), later], GroupingSettings()) for a in e.article_ids}
    assert held["later"] == held["first"] == held["next"]


def test_a_new_collapse_at_the_quarry_years_later_stays_apart() -> None:
    later = _report(
        "later",
        "HOLLIS, Maine - A rock face collapsed at the Greystone quarry on Monday, killing two workers, four years "
        "after the disaster there.",
        datetime(2034, 9, 9, 9, tzinfo=UTC),
        "2 killed in new Greystone quarry collapse",
    )
    held = {a: e.id for e in group_articles([*_quarry_collapse(), later], GroupingSettings()) for a in e.article_ids}
    assert held["later"] != held["first"]


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "value"),
    [
        (
            "en",
            "Marlow marks ten years since the flood",
            "The town unveiled a memorial on Sunday to the 27 people killed when the river burst its banks in June "
            "2012.",
            "2022-06-19T09:00:00",
            27,
        ),
        (
            "de",
            "Zehn Jahre nach dem Grubenunglück von Hagenau",
            "Bei dem Unglück im Jahr 2012 waren 17 Bergleute ums Leben gekommen. Am Sonntag wurde ein Denkmal "
            "enthüllt.",
            "2022-04-03T09:00:00",
            17,
        ),
    ],
)
def test_a_look_backs_figure_of_its_event_is_its_own_not_background(
    language: str, title: str, text: str, published: str, value: int
) -> None:
    claims = [c for c in _claims(title, text, published, language) if c.metric == "killed" and c.value == value]
    assert claims
    assert {c.role for c in claims} == {Role.TOTAL}
