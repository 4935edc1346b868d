"""US shootings split apart (round 39): a report placed firmly at the wrong town, in another state (a venue, a
street or a suburb the gazetteer reads as a town elsewhere: "the Country Club apartments", "the Pleasant Hill
tavern"), that names the right town in its title and tells the very dead and hurt of that town's report in the
same days, is the same shooting: it joins that report's event (`core.events.named_towns`). A count that differs,
weeks between them, or a lone victim or two (every day's news in a large city) keep them apart. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import anchor_of, group_articles
from core.events.named_towns import same_tolls
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, title: str, text: str, published: datetime) -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _together(reports: list[ArticleFacts]) -> bool:
    events = group_articles(reports, GroupingSettings())
    return any({r.id for r in reports} <= set(e.article_ids) for e in events)


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


_WICHITA = (
    "Two dead, two hurt in Wichita shooting",
    "Two men were killed and two women were wounded in a shooting at an apartment complex in Wichita, Kansas, on "
    "Sunday night.",
)
_OMAHA = (
    "Three hurt in Omaha shooting",
    "Three people were wounded in a shooting outside a bar in Omaha, Nebraska, early Saturday.",
)


@pytest.mark.parametrize(
    ("town", "title", "text", "published"),
    [
        (_WICHITA, "Wichita: gunman sought after apartment shooting",
         "Two men were killed and two women were wounded when a gunman opened fire at the Country Club apartments "
         "late Sunday.", _at(2032, 8, 3)),
        (_OMAHA, "Omaha police seek shooter",
         "Three people were wounded early Saturday when shots were fired outside the Pleasant Hill tavern.",
         _at(2032, 3, 6)),
    ],
)  # fmt: skip
def test_a_report_misplaced_in_another_state_joins_the_town_it_names(
    town: tuple[str, str], title: str, text: str, published: datetime
) -> None:
    first = _report("town", town[0], town[1], published)
    other = _report("other", title, text, published)
    assert anchor_of(other, GroupingSettings()).home != anchor_of(first, GroupingSettings()).home  # (misread)
    assert _together([first, other])


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        # another count of the dead
        ("Wichita: gunman sought after apartment shooting",
         "Three men were killed and two women were wounded when a gunman opened fire at the Country Club apartments "
         "late Sunday.", _at(2032, 8, 3)),
        # weeks later: another shooting
        ("Wichita: gunman sought after apartment shooting",
         "Two men were killed and two women were wounded when a gunman opened fire at the Country Club apartments "
         "late Sunday.", _at(2032, 9, 14)),
    ],
)  # fmt: skip
def test_another_count_or_other_days_stay_apart(title: str, text: str, published: datetime) -> None:
    first = _report("town", *_WICHITA, _at(2032, 8, 2))
    assert not _together([first, _report("other", title, text, published)])


def test_a_lone_victim_is_no_bridge_between_towns() -> None:
    first = _report(
        "town", "One hurt in Omaha shooting", "A man was wounded in a shooting outside a bar in Omaha, Nebraska, early "
        "Saturday.", _at(2032, 3, 6)
    )  # fmt: skip
    other = _report(
        "other", "Omaha police seek shooter", "A man was wounded early Saturday when shots were fired outside the "
        "Pleasant Hill tavern.", _at(2032, 3, 6)
    )  # fmt: skip
    assert not _together([first, other])


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ((2, 2), (2, 2), True),
        ((None, 3), (None, 3), True),
        ((1, None), (1, None), False),  # one victim: every day's news
        ((1, 1), (1, 1), False),  # one dead, one hurt: as common
        ((2, 2), (2, None), False),  # the hurt told by one only
        ((1, 3), (1, 4), False),
    ],
)
def test_same_tolls(mine: tuple[int | None, int | None], theirs: tuple[int | None, int | None], same: bool) -> None:
    assert same_tolls(mine, theirs) is same
