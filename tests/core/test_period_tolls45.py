"""Round 45 (stats1): a statistic over a period, and its combined count, on sentences of our own.

- A count of the dead and the hurt together, then the dead among them ("41 hikers were attacked, three of whom
  died"; "けがをしたり死亡したりした人は42人。このうち3人が死亡"; "пострадали 57 человек, трое из них погибли"):
  killed is the later count; the first is neither killed nor wounded, and the hurt are the rest only where the text
  says so (`core/extract/combined_counts.py`, `core/data/combined_counts.tsv`). A count told with a plain word of
  injury, or a part that is no death count ("darunter drei Kinder"), is left alone.
- A toll that is a statistic over a period (a year, a fiscal year, a season, "since the start of the year": its
  headline, its lead sentence or the sentence of one of its tolls names the period, `core/data/period_tolls.tsv`)
  is a period report, counted at its country: the reports of one country's period toll, in any language and with
  their interim and final figures, are one event, which takes no single incident of another kind (a level-crossing
  crash) nor of its own kind (one bear's attack at a town, on a day): that stays an event of its own
  (`core/events/period_tolls.py`). Dated or not.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.period_tolls import is_period_report, tells_a_period_toll
from core.events.pieces import PlacedPieces, placed_pieces
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.world_kit import headlines

_DEAD_AMONG_A_COMBINED_COUNT = [
    ("en", "Wolves attacked 41 hikers in the park last summer, three of whom died, rangers said.", "3", "-"),
    ("en", "Some 88 people were injured or killed in the stampede, of whom nine died.", "9", "-"),
    ("ja", "イノシシに襲われてけがをしたり死亡したりした人は42人に上った。このうち3人が死亡した。", "3", "-"),
    ("ja", "市によると、野犬による人身被害は27人で、うち2人が死亡した。", "2", "-"),
    ("ru", "От нападений волков пострадали 57 человек, трое из них погибли.", "3", "-"),
    ("ru", "На горнолыжных курортах пострадали 64 человека, из них 4 погибли.", "4", "-"),
    ("ru", "Всего 57 человек подверглись нападению волков, трое из них погибли, остальные ранены.", "3", "-"),
    ("zh", "全省共有83人遭野猪袭击，其中4人死亡。", "4", "-"),
    ("ko", "멧돼지 습격 피해자는 46명으로 집계됐으며 이 가운데 5명이 숨졌다.", "5", "-"),
    ("fr", "Au total, 73 personnes ont été attaquées par des loups, dont quatre sont mortes.", "4", "-"),
    ("de", "Insgesamt wurden 58 Menschen von Wölfen angegriffen, davon starben drei.", "3", "-"),
    (
        "es",
        "Un total de 66 personas resultaron heridas o muertas en el derrumbe, de las cuales cinco murieron.",
        "5",
        "-",
    ),
    ("pt", "Ao todo, 71 pessoas foram atacadas por onças, das quais quatro morreram.", "4", "-"),
    ("it", "In tutto 49 persone sono state aggredite dagli orsi, di cui tre sono morte.", "3", "-"),
    ("pl", "Łącznie 53 osoby zostały zaatakowane przez dziki, z czego cztery zginęły.", "4", "-"),
    ("id", "Sebanyak 61 orang diserang buaya, di antaranya tujuh orang tewas.", "7", "-"),
    # the rest said to be hurt: the hurt are the rest
    ("ru", "В горах пострадали 57 человек, трое из них погибли, остальные ранены.", "3", "54"),
    ("ja", "野犬による人身被害は27人で、うち2人が死亡、残る25人はけがをした。", "2", "25"),
]

# Not a combined count: a part that is no count of the dead, the dead counted with a plain verb
_LEFT_ALONE = [
    ("de", "Bei dem Brand starben 12 Menschen, darunter drei Kinder.", "12", "-"),
    ("en", "Twelve people were killed in the blast, among them three children.", "12", "-"),
    ("fr", "L'incendie a fait 12 morts, dont trois enfants.", "12", "-"),
]


@pytest.mark.parametrize(("code", "text", "killed", "wounded"), _DEAD_AMONG_A_COMBINED_COUNT + _LEFT_ALONE)
def test_the_dead_among_a_combined_count_are_the_toll(code: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, code) == (killed, wounded)


# ---------------------------------------------------------------------------------------------------------
# Grouping: a statistic over a period is its country's period event (`core/events/period_tolls.py`)


def _report(rid: str, when: datetime | None, title: str, text: str, lang: str) -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, published_at=when, language=lang)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, when, title, fingerprint(text, title), text, None)


def _at(month: int, day: int, year: int = 2031) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


# A year's toll of bear attacks in Slovakia: an interim count in October (64 harmed, 4 dead) and the fiscal year's
# (81, 5), in four languages; none names a town or a day of its own
_PERIOD_REPORTS = [
    ("p1", _at(10, 20), "Bear attacks in Slovakia reach a record",
     "Bears have attacked 64 people in Slovakia since the start of the year, the environment ministry said. Four of "
     "them died.", "en"),
    ("p2", _at(4, 10, 2032), "Record bear toll in Slovakia in fiscal 2031",
     "A total of 81 people were attacked by bears in Slovakia in the fiscal year to March, five of whom died, the "
     "ministry said.", "en"),
    ("p3", _at(4, 11, 2032), "Slowakei: Rekord bei Bärenangriffen",
     "In der Slowakei sind im vergangenen Geschäftsjahr 81 Menschen von Bären angegriffen worden, davon starben "
     "fünf.", "de"),
    ("p4", _at(4, 12, 2032), "Slovaquie : les attaques d'ours atteignent un record",
     "En Slovaquie, 81 personnes ont été attaquées par des ours au cours de l'exercice 2031, dont cinq sont "
     "mortes.", "fr"),
    ("p5", _at(10, 22), "В Словакии растёт число нападений медведей",
     "С начала года в Словакии от нападений медведей пострадали 64 человека, четверо из них погибли.", "ru"),
]  # fmt: skip
# Single incidents of those months in the country: another kind (a level-crossing crash) and the same kind (one
# bear's attack at a town, on a day)
_INCIDENTS = [
    ("crash", _at(11, 3), "Two killed as train hits truck at crossing near Zilina, Slovakia",
     "Two people were killed and nine injured when a passenger train hit a truck at a level crossing near Zilina, "
     "Slovakia, on Sunday, police said.", "en"),
    ("bear", _at(11, 5), "Bear kills mushroom picker near Poprad, Slovakia",
     "A bear killed a mushroom picker on Tuesday in the woods near Poprad in northern Slovakia, police said. His "
     "son was injured.", "en"),
]  # fmt: skip


def _groups(rows: list[tuple[str, datetime | None, str, str, str]]) -> list[list[str]]:
    reports = [_report(*row) for row in rows]
    return sorted(sorted(e.article_ids) for e in group_articles(reports, GroupingSettings()) if e.article_ids)


@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
def test_a_period_toll_is_one_event_apart_from_single_incidents(dated: bool) -> None:
    rows = [(rid, when if dated else None, *rest) for rid, when, *rest in _PERIOD_REPORTS + _INCIDENTS]
    assert _groups(rows) == [["bear"], ["crash"], ["p1", "p2", "p3", "p4", "p5"]]


# Another period toll of the country and the same months, of another kind (a dengue season): its own event
_OTHER_PERIOD = [
    ("d1", _at(10, 21), "Dengue deaths in Slovakia reach a record this year",
     "Dengue fever has killed 12 people in Slovakia since the start of the year, the health ministry said.", "en"),
    ("d2", _at(10, 23), "Slowakei: Rekord bei Dengue-Toten",
     "In der Slowakei sind seit Jahresbeginn zwölf Menschen an Denguefieber gestorben.", "de"),
]  # fmt: skip


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a period report joins its country's period event whatever its kind (period_event_for), and "
    "events of one country's key merge later even when the assignment keeps them apart",
)
def test_period_tolls_of_two_kinds_in_one_country_stay_apart() -> None:
    assert _groups(_PERIOD_REPORTS + _OTHER_PERIOD) == [["d1", "d2"], ["p1", "p2", "p3", "p4", "p5"]]


@pytest.mark.parametrize(
    ("title", "text", "period"),
    [
        ("Bear attacks in Slovakia reach a record", "Bears have attacked 64 people so far this year.", True),
        ("Record bear toll in fiscal 2031", "Five people died.", True),
        ("クマ被害、今年度の人身被害が過去最多に", "このうち5人が死亡した。", True),
        ("", "За прошлый финансовый год от нападений медведей пострадали 81 человек.", True),
        # a single incident whose text ranks it within a year: no period toll
        (
            "Gunman kills three at a college",
            "A gunman killed three students on Monday. Depuis le début de l'année, the country has seen 60 mass "
            "shootings.",
            False,
        ),
        ("Bear kills a hiker near Poprad", "A bear killed a hiker on Tuesday.", False),
    ],
)
def test_a_period_toll_is_told_by_its_headline_lead_or_toll_sentence(title: str, text: str, period: bool) -> None:
    claims = extract(ArticleInput(text=text, title=title or None)).claims
    assert tells_a_period_toll(title or None, text, claims) is period


def test_a_period_report_is_kept_with_its_pieces_and_round_trips() -> None:
    report = _report(*_PERIOD_REPORTS[1])
    placed = placed_pieces(report)
    assert placed.period_toll and [p.location.key for p in placed.pieces] == ["country:SK"]
    back = PlacedPieces.from_dict(placed.to_dict(), report)
    assert back is not None and back.period_toll
    assert is_period_report(replace(report, text=None, pieces=back))  # a stored member: no text, its pieces
