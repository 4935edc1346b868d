"""A big disaster's later reports, as they reach us weeks on: no incident date, only when they were published; one
town of the county the first reports placed it in, or only the missing. Sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.models import KILLED, MISSING, ArticleFacts
from core.similarity import fingerprint
from tests.core.eventkit import make_article, make_claim

SETTINGS = GroupingSettings()


def _report(article_id: str, text: str, claims: list, published: datetime) -> ArticleFacts:
    return make_article(article_id, claims, published_at=published, fingerprint=fingerprint(text), text=text)


def _first_reports() -> list[ArticleFacts]:
    county = "Butte County, California"
    return [
        _report("first", "The wildfire burning across Butte County has killed 23 people, the sheriff said.",
                [make_claim(KILLED, 23, location=county)], datetime(2031, 11, 10, 9)),
        _report("second", "The death toll from the Butte County wildfire rose to 48 on Tuesday.",
                [make_claim(KILLED, 48, location=county)], datetime(2031, 11, 14, 9)),
    ]


def _holders(articles: list[ArticleFacts]) -> dict[str, set[str]]:
    holders: dict[str, set[str]] = {}
    for event in group_articles(articles, SETTINGS):
        for article_id in event.article_ids:
            holders.setdefault(article_id, set()).add(event.id)
    return holders


def test_a_later_toll_at_a_town_of_the_county_joins_an_event_its_reports_date_only_by_publication() -> None:
    # Nothing dates the fire in any report: the event runs while its reports are published, and a running toll
    # from a town of the county a few days on is its count.
    later = _report(
        "later",
        "Crews searching the ruins of Paradise found more remains; the death toll climbed to 71.",
        [make_claim(KILLED, 71, location="Paradise, California")],
        datetime(2031, 11, 19, 9),
    )
    holders = _holders([*_first_reports(), later])
    assert holders["later"] == holders["first"] == holders["second"]


def test_a_report_of_only_the_missing_is_no_lone_victim_beside_the_mass_toll() -> None:
    # "1,000 unaccounted for" tells no victim of its own: it is not another small incident beside the fire.
    missing = _report(
        "missing",
        "An estimated 1,000 people are still unaccounted for, officials said on Sunday night as the recovery went on.",
        [make_claim(MISSING, 1000, location="Butte County, California")],
        datetime(2031, 11, 19, 9),
    )
    holders = _holders([*_first_reports(), missing])
    assert holders["missing"] == holders["first"] == holders["second"]


def test_a_town_of_another_province_is_not_the_provinces_disaster() -> None:
    # Heavy rain on two days: a bus swept off a road in a town of one state, and a cloudburst's toll for the whole
    # next state a day later. The gazetteer's codes say the town lies outside that state: two disasters.
    day, next_day = datetime(2031, 7, 9, 9), datetime(2031, 7, 10, 9)
    bus = _report("bus", "A bus was swept off a road by a swollen stream near Mandi, killing 6 passengers; 20 "
                  "are missing.", [make_claim(KILLED, 6, location="Mandi, India", incident_date=day.date()),
                                   make_claim(MISSING, 20, location="Mandi, India", incident_date=day.date())], day)
    flood = _report("flood", "Flash floods after a cloudburst killed 23 people across Uttarakhand, officials said.",
                    [make_claim(KILLED, 23, location="Uttarakhand, India", incident_date=next_day.date())], next_day)
    town = _report("town", "In Dehradun, the state capital, rescuers pulled 23 bodies from the debris.",
                   [make_claim(KILLED, 23, location="Dehradun, India", incident_date=next_day.date())], next_day)
    holders = _holders([flood, bus, town])
    assert holders["flood"] != holders["bus"]
    assert holders["flood"] == holders["town"]  # a town of the state still meets the state's disaster


def test_a_countrys_dated_toll_joins_the_disaster_its_reports_date_only_by_publication() -> None:
    # The city's reports give no incident date; a national report a few days on dates the floods to the Tuesday
    # before any of them was published, and tells a larger toll: the running count, not an earlier disaster.
    tuesday = datetime(2031, 10, 28, 20)
    city = "Valencia, Spain"
    first = _report("first", "At least 95 people have died in the floods in Valencia, officials said.",
                    [make_claim(KILLED, 95, location=city)], datetime(2031, 10, 30, 9))
    second = _report("second", "Floods in the Valencia region: the toll rose to 205, with dozens missing.",
                     [make_claim(KILLED, 205, location=city)], datetime(2031, 11, 1, 9))
    national = _report("national", "Inondations en Espagne : le bilan s'alourdit à 211 morts, selon le gouvernement.",
                       [replace(make_claim(KILLED, 211, location="Spain", incident_date=tuesday.date()), update=True)],
                       datetime(2031, 11, 2, 9))
    holders = _holders([first, second, national])
    assert holders["national"] == holders["first"] == holders["second"]


def test_a_train_crashs_toll_told_from_other_towns_of_its_state_is_its_count() -> None:
    """A train crash at one town of a state, its toll told on the same day from the town its hurt were taken to (a
    larger count) and from the state's capital (revised down): one crash, though the towns lie far apart and none
    repeats another's toll. Its kind is read from the headlines (a shared family, any language)."""

    def report(
        aid: str, title: str, killed: int, place: str, published: datetime, *, lowered: bool = False
    ) -> ArticleFacts:
        claim = make_claim(KILLED, killed, location=place, incident_date=datetime(2031, 6, 2).date())
        if lowered:
            claim = replace(claim, update=True, revised_down=True)
        article = _report(aid, title, [claim], published)
        return replace(article, title=title)

    crash = report("crash", "Train collision near Balasore: 233 dead", 233, "Balasore, Odisha", datetime(2031, 6, 3, 6))
    hospital = report("hospital", "ओडिशा रेल हादसा: मरने वालों की संख्या 261 हुई", 261, "Cuttack, Odisha",
                      datetime(2031, 6, 3, 9))  # fmt: skip
    capital = report("capital", "Train crash death toll revised down to 250", 250, "Bhubaneswar, Odisha",
                     datetime(2031, 6, 4, 9), lowered=True)  # fmt: skip
    holders = _holders([crash, hospital, capital])
    assert holders["crash"] == holders["hospital"] == holders["capital"]
