"""Grouping (round 35): one event's toll stages and languages falling apart, and first alerts left alone;
sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(
    rid: str, text: str, published: datetime | None, title: str | None = None, language: str = "en"
) -> ArticleFacts:
    """A report as the service stores it, published at `published` (None: sent with no publication date)."""
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


def _at(month: int, day: int, hour: int = 9, year: int = 2031) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------------------
# A country's toll risen from the town's first small counts, its kind told by its opening only


def _ferry() -> list[ArticleFacts]:
    return [
        _report(
            "ferry",
            "MWANZA - Seven passengers drowned when an overloaded ferry capsized near the port of Mwanza on Thursday "
            "afternoon, and dozens are still missing, police said.",
            _at(3, 6, 18),
            title="Ferry capsizes at Mwanza, seven dead",
        ),
        _report(
            "ferry2",
            "MWANZA - Rescuers pulled seven bodies from the water after the ferry overturned close to the shore at "
            "Mwanza on Thursday; 40 people were rescued.",
            _at(3, 7, 6),
            title="Seven dead as Mwanza ferry overturns",
        ),
    ]


def test_a_countrys_toll_risen_from_the_towns_first_counts_joins_the_ferry_its_opening_tells() -> None:
    """Six days on, a German report placed only by the country says the toll has risen to 15: its headline names
    no kind, its opening the ferry's capsizing. The town's reports gave 7, below a mass toll, so the toll is not
    a running count of a mass toll, but it has risen from theirs to one: a later stage of the same disaster."""
    later = _report(
        "risen",
        "Die Zahl der Toten nach dem Kentern einer Personenfähre im Norden Tansanias ist auf 15 gestiegen, teilte die "
        "Regierung mit. Taucher der Marine bargen weitere Leichen aus dem Wrack.",
        _at(3, 12, 8),
        title="Tansania: Zahl der Toten steigt auf 15",
        language="de",
    )
    held = _holders([*_ferry(), later])
    assert held["risen"] == held["ferry"] == held["ferry2"]


def test_a_countrys_toll_of_its_own_from_another_ferry_days_later_stays_apart() -> None:
    """A week on (Friday the 14th), another ferry sinks on another lake of the country with a toll of its own, not
    told as risen: another disaster of the same kind."""
    other = _report(
        "other",
        "Auf dem Tanganjikasee im Westen Tansanias ist ein Fährschiff gesunken; 15 Menschen kamen ums Leben, "
        "meldete die Polizei am Freitag.",
        _at(3, 15, 8),
        title="Tansania: 15 Tote bei Fährunglück auf dem Tanganjikasee",
        language="de",
    )
    held = _holders([*_ferry(), other])
    assert held["other"] != held["ferry"]


def test_a_countrys_risen_toll_of_floods_stays_apart_from_the_ferry() -> None:
    """The same days, the country's flood toll told as risen to 15: another kind of disaster."""
    floods = _report(
        "floods",
        "Die Zahl der Todesopfer nach heftigen Überschwemmungen in Tansania ist auf 15 gestiegen, teilte die "
        "Regierung mit. Tausende Menschen mussten ihre Häuser verlassen.",
        _at(3, 12, 8),
        title="Tansania: Zahl der Toten steigt auf 15",
        language="de",
    )
    held = _holders([*_ferry(), floods])
    assert held["floods"] != held["ferry"]
