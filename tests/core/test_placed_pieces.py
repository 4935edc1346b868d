"""An article's pieces kept as plain data (core.events.pieces.PlacedPieces): read back, they are the pieces
its text gives, and grouping with them alone (no text, no url) gives the same events."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.pieces import PlacedPieces, article_pieces, membership_piece, placed_pieces, with_pieces
from core.models import KILLED, WOUNDED, ArticleFacts, Role
from core.similarity import fingerprint
from tests.core.eventkit import make_article, make_claim

SETTINGS = GroupingSettings()

# Our own short reports: a dateline, a title, a place in a claim, a claim without one, a report with no figure.
_DAYTON = (
    "DAYTON, Ohio (WDTN) - Two people were killed and four wounded when gunfire broke out at a bar on Fifth "
    "Street early Sunday, Dayton police said. A third victim remains in hospital."
)
_DAYTON_VIGIL = (
    "DAYTON, Ohio (WDTN) - Friends gathered on Fifth Street on Monday night for a vigil for the two people "
    "killed when gunfire broke out at a bar early Sunday, Dayton police said."
)
_MOBILE = "A teenager was shot and wounded near a park in Mobile on Friday evening, police in Alabama said."


def _article(article_id: str, text: str, claims: list, published: datetime, title: str | None = None,
             url: str | None = None) -> ArticleFacts:  # fmt: skip
    article = make_article(article_id, claims, published_at=published, fingerprint=fingerprint(text, title), text=text)
    return replace(article, title=title, url=url)


def _articles() -> list[ArticleFacts]:
    return [
        _article(
            "day-1",
            _DAYTON,
            [
                make_claim(KILLED, 2, location="Dayton", incident_date=date(2024, 8, 4)),
                make_claim(WOUNDED, 4, incident_date=date(2024, 8, 4)),
                make_claim(KILLED, 40, role=Role.CUMULATIVE, location="Ohio"),
            ],
            datetime(2024, 8, 4, 9, 0),
            title="Two killed, four hurt in Dayton bar shooting",
            url="https://www.daytondailynews.com/local/shooting",
        ),
        _article("day-2", _DAYTON_VIGIL, [], datetime(2024, 8, 6, 7, 0), title="Vigil held for bar shooting victims"),
        _article(
            "mob-1", _MOBILE, [make_claim(WOUNDED, 1, location="Mobile", incident_date=date(2024, 8, 2))],
            datetime(2024, 8, 3, 1, 0),
        ),
    ]  # fmt: skip


def _stored(article: ArticleFacts) -> ArticleFacts:
    """The article as a store gives it back to grouping: its pieces through JSON, without text or url."""
    raw = json.loads(json.dumps(placed_pieces(article).to_dict()))
    placed = PlacedPieces.from_dict(raw, replace(article, text=None, url=None))
    assert placed is not None
    return replace(article, text=None, url=None, pieces=placed)


def test_pieces_read_back_are_the_pieces_the_text_gives() -> None:
    for article in _articles():
        stored = _stored(article)
        assert article_pieces(stored) == article_pieces(article)
        assert membership_piece(stored) == membership_piece(article)
    day_1, day_2, _ = _articles()
    assert article_pieces(day_1), "a report with figures has pieces"
    assert not article_pieces(day_2) and _stored(day_2).pieces.membership is not None, "a vigil has none"


def test_grouping_with_stored_pieces_alone_gives_the_events_the_texts_give() -> None:
    articles = _articles()
    expected = [e.to_dict() for e in group_articles(articles, SETTINGS)]
    assert expected, "the reports make events"
    assert [e.to_dict() for e in group_articles([_stored(a) for a in articles], SETTINGS)] == expected
    assert [e.to_dict() for e in group_articles([with_pieces(a) for a in articles], SETTINGS)] == expected


def test_pieces_of_another_extraction_or_format_are_not_used() -> None:
    article = _articles()[0]
    raw = placed_pieces(article).to_dict()
    fewer_claims = replace(article, claims=article.claims[:1])
    assert PlacedPieces.from_dict(raw, fewer_claims) is None, "a claim the pieces name is gone"
    assert PlacedPieces.from_dict({**raw, "v": 0}, article) is None, "another format"


def test_pieces_are_left_out_of_an_articles_equality() -> None:
    article = _articles()[0]
    assert with_pieces(article) == article
    assert hash(with_pieces(article)) == hash(article)


def test_headline_values_follow_the_claims_a_piece_is_given() -> None:
    piece = article_pieces(_articles()[0])[0]
    before = piece.headline_values()
    assert before.get(KILLED) == 2
    more = make_claim(KILLED, 3, location="Dayton", incident_date=date(2024, 8, 4), start=500)
    piece.claims = [*piece.claims, ("day-1-c9", more)]  # a list put in their place is noticed
    assert piece.headline_values() == replace(piece).headline_values() != before  # as worked out afresh
    piece.claims.append(("day-1-c10", make_claim(KILLED, 4, location="Dayton", start=600)))  # grown: noticed too
    assert piece.headline_values() == replace(piece).headline_values()


def _sites_report(aid: str, text: str) -> ArticleFacts:
    from core.extract import extract
    from core.models import ArticleInput
    from core.similarity import fingerprint

    published = datetime(2031, 4, 21, 18, 0)
    claims = extract(ArticleInput(text=text, published_at=published)).claims
    return ArticleFacts(aid, "outlet", tuple(claims), published, None, fingerprint(text), text)


def test_towns_of_one_countrys_flood_on_one_day_are_sites_of_one_event() -> None:
    from core.events import GroupingSettings
    from core.events.blocks import group_articles
    from core.reconcile import reconcile_event

    text = ("Flash floods swept through towns across Sri Lanka on Sunday. In Colombo, 60 people were killed. "
            "In Negombo, 104 people were killed. In Batticaloa, 28 people died, police said.")  # fmt: skip
    report = _sites_report("a", text)
    pieces = article_pieces(report)
    assert len({p.location.key for p in pieces}) == 1  # one place, the main town's
    assert sorted(p.spot or "" for p in pieces) == ["batticaloa", "colombo", "negombo"]
    [event] = group_articles([report], GroupingSettings())
    killed = next(f for f in reconcile_event(event, {"a": report}).figures if f.metric == "killed")
    assert killed.estimate.best == 192  # three sites, no whole toll stated: they add up
    # A whole toll of the country stays the whole; the towns are its parts.
    whole = _sites_report("b", "A powerful earthquake killed at least 150 people across Peru on Sunday, "
                          "officials said. In Cuzco, 60 people were killed. In Arequipa, 40 died.")  # fmt: skip
    [event] = group_articles([whole], GroupingSettings())
    killed = next(f for f in reconcile_event(event, {"b": whole}).figures if f.metric == "killed")
    assert killed.estimate.best == 150


def test_the_shelling_of_two_towns_on_one_day_stays_two_events_to_its_report() -> None:
    text = ("Artillery shelling hit towns across Azerbaijan on Sunday. In Ganja, one person was killed. In "
            "Tartar, two people were killed, the ministry said.")  # fmt: skip
    assert len({p.location.key for p in article_pieces(_sites_report("a", text))}) == 2


def test_a_town_of_another_day_or_a_separate_incident_is_no_site() -> None:
    text = ("A bomb killed 12 people in Kandahar, Afghanistan, on Sunday. Separately, three people were killed "
            "in Herat on Sunday.")  # fmt: skip
    pieces = article_pieces(_sites_report("a", text))
    assert {p.location.label for p in pieces} == {"Kandahār, AF", "Herāt, AF"}
    later = _sites_report("b", "A bomb killed 12 people in Kandahar, Afghanistan, on Sunday. Three people were killed "
                          "in Herat on Friday.")  # fmt: skip
    assert {p.location.label for p in article_pieces(later)} == {"Kandahār, AF", "Herāt, AF"}


def test_one_of_a_list_of_towns_is_not_the_reports_place() -> None:
    from core.extract import extract
    from core.models import ArticleInput

    title = "Earthquake kills 640 in Chile"
    text = ("At least 640 people were killed in Chile when a powerful earthquake shook Arica, Iquique and "
            "Antofagasta on Monday, the interior ministry said.")  # fmt: skip
    published = datetime(2031, 4, 21, 18, 0)
    claims = extract(ArticleInput(text=text, title=title, published_at=published)).claims
    report = ArticleFacts("a", "outlet", tuple(claims), published, title, fingerprint(text, title), text)
    [main] = [p for p in article_pieces(report) if p.main]
    assert main.location.label == "Chile"


def test_towns_of_a_quake_are_its_sites_though_the_report_names_no_country() -> None:
    """A report of its own country's disaster names the provinces, not the country ("In Malatya, 40 ...")."""
    text = ("A strong earthquake struck before dawn on Sunday. In Malatya, 40 people were killed. In Adiyaman, "
            "25 people died. In Diyarbakir, 12 were killed, the disaster agency said.")  # fmt: skip
    pieces = article_pieces(_sites_report("a", text))
    assert len({p.location.key for p in pieces}) == 1
    assert len(pieces) == 3


def _report_at(aid: str, text: str, published: datetime) -> ArticleFacts:
    from core.extract import extract
    from core.models import ArticleInput
    from core.similarity import fingerprint

    claims = extract(ArticleInput(text=text, published_at=published)).claims
    return ArticleFacts(aid, "outlet", tuple(claims), published, None, fingerprint(text), text)


def test_a_site_of_a_later_report_follows_its_main_piece_into_the_disasters_event() -> None:
    """Alone, a town's small toll days after a mass disaster is another incident; as a site of a report whose
    main piece is that disaster's later count, it is a part of the disaster."""
    from core.events.blocks import group_articles

    first = _report_at("first", "A powerful earthquake and tsunami struck Palu on Friday, killing at least 384 "
                       "people, the disaster agency said.", datetime(2031, 4, 18, 20, 0))  # fmt: skip
    later = _report_at("later", "Jumlah korban tewas akibat gempa dan tsunami di Palu bertambah menjadi 844 orang "
                       "pada Senin, kata BNPB. Di Donggala, 3 orang tewas.", datetime(2031, 4, 21, 18, 0))  # fmt: skip
    assert sorted(p.spot or "" for p in article_pieces(later)) == ["donggala", "palu"]
    [event] = group_articles([first, later], SETTINGS)
    assert event.article_ids == {"first", "later"}
