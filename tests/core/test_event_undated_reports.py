"""Reports that nothing dates (no date in the text, no publication date): half the coverage a client sends may
come so. Their kind of disaster and their country tie them to an event; a smaller toll at a place of their own
is another disaster there (`core.events.match._another_places_smaller_toll`). Reports of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, title: str, text: str, day: int | None, language: str = "en") -> ArticleFacts:
    claims = extract(ArticleInput(text=text, title=title, language=language)).claims
    published = datetime(2031, 3, day, 9, tzinfo=UTC) if day is not None else None
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


_FIRST = _report(
    "first", "Floods kill 40 in Mendoza", "MENDOZA - Flash floods tore through Mendoza on Tuesday, killing 40 "
    "people, the provincial government said.", 12,
)
_UNDATED_COUNT = _report(
    "count", "Inundaciones en Mendoza: ya son 52 los muertos", "La cifra de muertos por las inundaciones en "
    "Mendoza subió a 52, informó el gobierno provincial.", None, "es",
)
_UNDATED_OTHER_TOWN = _report(
    "other", "Inundación en San Rafael deja seis muertos", "Seis personas murieron por una crecida repentina "
    "del río en San Rafael, informó la policía.", None, "es",
)


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


def test_an_undated_later_count_of_the_disasters_place_joins_it() -> None:
    holders = _holders([_FIRST, _UNDATED_COUNT])
    assert holders["first"] == holders["count"]


def test_an_undated_smaller_toll_at_a_town_of_its_own_is_another_flood() -> None:
    """San Rafael is a town of Mendoza province the floods' reports never name; its six dead are none of their
    figures and fewer than any: nothing says it is the same flood rather than another of another year."""
    for order in ([_FIRST, _UNDATED_COUNT, _UNDATED_OTHER_TOWN], [_UNDATED_OTHER_TOWN, _UNDATED_COUNT, _FIRST]):
        holders = _holders(order)
        assert holders["first"] == holders["count"] != holders["other"]


def test_an_undated_earlier_count_of_a_national_disaster_at_another_town_joins_it() -> None:
    """Hundreds dead in a quake is a country's rare disaster: a count of 640 told from one town, with nothing to
    date it, is an earlier count of the quake whose 2,100 dead another town's reports tell, not another quake."""
    town = _report(
        "town", "Quake toll rises to 2,100 in Mendoza", "MENDOZA - The death toll from Tuesday's earthquake rose "
        "to 2,100 on Thursday, the provincial government said.", 14,
    )
    earlier = _report(
        "earlier", "Sismo: ya son 640 los muertos en San Rafael", "La cifra de muertos por el terremoto subió a "
        "640 en San Rafael, informó la policía.", None, "es",
    )
    holders = _holders([town, earlier])
    assert holders["town"] == holders["earlier"]


def test_an_undated_toll_risen_to_a_mass_toll_in_the_events_province_counts_on_its_smaller_toll() -> None:
    """Six dead, then, with nothing to date it and in another language, "has risen to 14" from a town of that
    province: the update says it counts on from an earlier figure, though the event's own toll was not yet a mass
    toll. (Neither names a kind of disaster and their words differ: only the update ties them.)"""
    first = _report(
        "first", "Six dead in Kerala", "Six people died across Kerala on Monday as hillsides gave way onto houses, "
        "the chief minister told reporters.", 3,
    )
    update = _report(
        "update", "केरल: मृतकों की संख्या 14 हुई", "कोच्चि: केरल में मरने वालों की संख्या बढ़कर 14 हो गई है, "
        "अधिकारियों ने बताया।", None, "hi",
    )
    holders = _holders([first, update])
    assert holders["first"] == holders["update"]
