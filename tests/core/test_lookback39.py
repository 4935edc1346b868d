"""Look-backs join their event (round 39): a report published months or years after an event that recounts it
(an anniversary, a verdict, a memorial) is taken as of the day it looks back at, so it joins the event of that
day, place and kind, and stays apart from any other (an older one of the same place, a newer one there).
Sentences of our own."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.lookback import LOOK_BACK_DAYS, looks_back_at
from core.events.pieces import PIECES_FORMAT, PlacedPieces, placed_pieces, told_looks_back, with_pieces
from core.extract import extract
from core.extract.look_back import look_back_day
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


def _at(year: int, month: int, day: int, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------------------
# Extraction: the day a look-back counts back to, in the languages the reports come in


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "day"),
    [
        ("en", "Neighbours remember", "Neighbours lit candles for the four people killed a year ago.", date(2030, 4, 2),
         date(2029, 4, 2)),
        ("nl", "Tien jaar na de brand in de haven", "De stad herdacht de brand waarbij elf mensen omkwamen.",
         date(2031, 9, 14), date(2021, 9, 14)),
        ("is", "Minningarathöfn í þorpinu", "Í dag eru tíu ár liðin frá því að aurskriða féll á þorpið og sjö fórust.",
         date(2030, 3, 3), date(2020, 3, 3)),
        ("es", "Recuerdan a las víctimas", "Este lunes se cumple un año del incendio que dejó doce muertos.",
         date(2030, 6, 10), date(2029, 6, 10)),
        ("cs", "Rok po výbuchu se obec vzpamatovává", "Výbuch plynu zabil pět lidí.", date(2030, 1, 20),
         date(2029, 1, 20)),
    ],
)  # fmt: skip
def test_a_look_back_is_dated_on_the_day_it_counts_back_to(
    language: str, title: str, text: str, published: date, day: date
) -> None:
    assert look_back_day(language, title, text, published) == day


def test_a_report_of_its_own_days_counts_back_to_nothing() -> None:
    assert (
        look_back_day("cs", "Výbuch plynu v obci", "Výbuch plynu zabil v pondělí pět lidí.", date(2030, 1, 20)) is None
    )


# ---------------------------------------------------------------------------------------------------------
# The report's look-back day, kept with its pieces


def test_a_look_back_keeps_the_day_it_looks_back_at_with_its_pieces() -> None:
    report = _report(
        "later",
        "Two years after the warehouse fire that killed nine workers in Fresno, their families "
        "are still waiting for the trial.",
        _at(2032, 7, 4),
    )
    placed = placed_pieces(report)
    assert placed.looks_back == date(2030, 7, 4)
    assert PIECES_FORMAT >= 10  # (the format that first kept the look-back day)
    assert PlacedPieces.from_dict(placed.to_dict(), report) == placed
    assert told_looks_back(with_pieces(report)) == date(2030, 7, 4)


def test_a_report_of_its_own_days_looks_back_at_nothing() -> None:
    report = _report("news", "A warehouse fire killed nine workers in Fresno on Tuesday.", _at(2030, 7, 4))
    assert placed_pieces(report).looks_back is None
    assert looks_back_at(placed_pieces(report).pieces, date(2030, 7, 4)) is None
    assert GroupingSettings().running_toll_days <= LOOK_BACK_DAYS


# ---------------------------------------------------------------------------------------------------------
# Grouping: a look back placed nowhere joins the event of its day


def _neighbourhood_shooting() -> list[ArticleFacts]:
    """A shooting that killed five in a neighbourhood of Dayton, Ohio, told on its day and the next."""
    return [
        _report(
            "first",
            "DAYTON, Ohio - Five people were killed and two were wounded when a gunman opened fire along the creek "
            "trail in the Orchard Vale neighbourhood on Saturday evening, police said.",
            _at(2030, 9, 14, 23),
            title="Five killed in Dayton shooting",
        ),
        _report(
            "next",
            "DAYTON, Ohio - Police on Sunday named the five people killed in Saturday's shooting in "
            "Orchard Vale. Two others were wounded and remain in hospital.",
            _at(2030, 9, 15),
            title="Dayton shooting victims named",
        ),
    ]


_VIGIL = (
    "Candles lined the path on Sunday for the five people killed a year ago. Both of those wounded that night "
    "came, and a bench now carries every name."
)


def test_a_vigil_a_year_on_placed_nowhere_joins_the_shooting_of_its_day() -> None:
    vigil = _report("vigil", _VIGIL, _at(2031, 9, 14), title="A year after the shooting, candles on the path")
    held = _holders([*_neighbourhood_shooting(), vigil])
    assert held["vigil"] == held["first"] == held["next"]


def test_a_vigil_does_not_join_a_newer_shooting_of_the_same_toll_in_its_own_days() -> None:
    """Another shooting with five dead in the city the week of the vigil is news of its own days: the vigil looks
    back a year, to the older one."""
    newer = _report(
        "newer",
        "DAYTON, Ohio - Five people were killed and two wounded in a shooting outside a bar on "
        "Friday night, police said.",
        _at(2031, 9, 13),
        title="Five killed outside Dayton bar",
    )
    vigil = _report("vigil", _VIGIL, _at(2031, 9, 14), title="A year after the shooting, candles on the path")
    held = _holders([*_neighbourhood_shooting(), newer, vigil])
    assert held["vigil"] == held["first"]
    assert held["newer"] != held["first"]


def test_a_vigil_does_not_pull_an_older_shooting_of_the_same_toll_together_with_its_own() -> None:
    """A shooting with the same toll in the city months before is another event: the vigil's day is not one of its
    days, and the two stay apart."""
    older = _report(
        "older",
        "DAYTON, Ohio - A gunman killed five people and wounded two at a house party early on Sunday, police said.",
        _at(2030, 5, 4),
        title="Five killed at Dayton house party",
    )
    vigil = _report("vigil", _VIGIL, _at(2031, 9, 14), title="A year after the shooting, candles on the path")
    held = _holders([older, *_neighbourhood_shooting(), vigil])
    assert held["vigil"] == held["first"]
    assert held["older"] != held["first"]


def test_a_look_back_at_a_day_no_event_has_stays_apart() -> None:
    """The same words looking back two years instead of one name another day: no event of these reports."""
    vigil = _report(
        "vigil",
        _VIGIL.replace("a year ago", "two years ago"),
        _at(2031, 9, 14),
        title="Two years after the shooting, candles on the path",
    )
    held = _holders([*_neighbourhood_shooting(), vigil])
    assert held["vigil"] != held["first"]


# ---------------------------------------------------------------------------------------------------------
# A look back tells a mass toll's final count, which its first days' reports did not give


def _mine_blast() -> list[ArticleFacts]:
    """A gas blast in a coal mine at Zonguldak, Turkey, told on its day and the next with the early count."""
    return [
        _report(
            "blast",
            "ZONGULDAK, Turkey - A gas explosion tore through a coal mine on Tuesday afternoon, killing at least "
            "20 miners, the governor said.",
            _at(2030, 11, 5, 18),
            title="At least 20 miners killed in Zonguldak mine blast",
        ),
        _report(
            "morning",
            "ZONGULDAK, Turkey - Rescuers worked through the night at the mine where at least 20 miners were "
            "killed in Tuesday's explosion.",
            _at(2030, 11, 6),
            title="Zonguldak mine: rescuers search through the night",
        ),
    ]


def _years_on(killed: int, years: str = "Three") -> ArticleFacts:
    return _report(
        "years",
        f"The disaster killed {killed} men who never came back up. On Sunday their widows laid carnations at the "
        "sealed shaft and asked when the trial would begin.",
        _at(2033, 11, 5),
        title=f"{years} years after the mine disaster, widows wait for a verdict",
    )


def test_a_look_back_with_the_final_count_of_a_mass_toll_joins_the_disaster_of_its_day() -> None:
    held = _holders([*_mine_blast(), _years_on(23)])
    assert held["years"] == held["blast"] == held["morning"]


def test_a_look_back_at_another_year_s_day_stays_apart_from_the_disaster() -> None:
    """Counting four years back from the same day names a day a year before the blast: another disaster."""
    held = _holders([*_mine_blast(), _years_on(23, "Four")])
    assert held["years"] != held["blast"]
