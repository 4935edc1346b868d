"""Grouping (round 39, places46): an English first word of an event with no figure, beside the event's English
reports and its reports in other languages.

A report with no figure that resembles one of an event's many reports only is taken for that report's aside (its
city's other news told in passing: tests/core/test_city_asides38.py). The many were counted with the event's reports
in other languages, which share not a word with it: once Tamil, Hindi and Malayalam reports of a town's poisoning
were placed at the town, the English first word of it (guests taken to hospital, no death confirmed), which
resembles the first English report and the two later ones less, was left out as an aside. Only reports that share a
word or a name with it make the crowd. Sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, language: str, text: str, day: int, title: str | None = None) -> ArticleFacts:
    published = datetime(2031, 5, day, 18, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text, title), text, None)


def _poisoning() -> list[ArticleFacts]:
    """A wedding feast's poisoning in Chennai: three English reports and three in the languages of the region."""
    return [
        _report(
            "e1",
            "en",
            "CHENNAI - Nine guests died after eating biryani served at a wedding feast in Tondiarpet, and 60 others "
            "were being treated at Stanley hospital, health officials said.",
            14,
            title="Nine dead after wedding feast in Chennai",
        ),
        _report(
            "e2",
            "en",
            "The caterer who served the wedding meal in Chennai has been arrested. Eleven people have died, the "
            "state's health minister said.",
            15,
            title="Caterer arrested as Chennai toll reaches 11",
        ),
        _report(
            "e3",
            "en",
            "Eleven people are now dead after a meal at a wedding in Chennai, officials said.",
            15,
            title="Chennai wedding meal toll rises to 11",
        ),
        _report("ta", "ta", "சென்னையில் திருமண விருந்தில் உணவு உண்ட 11 பேர் உயிரிழந்தனர்.", 15),
        _report("hi", "hi", "चेन्नई में एक शादी की दावत में खाना खाने से 11 लोगों की मौत हो गई।", 15),
        _report("ml", "ml", "ചെന്നൈയിൽ വിവാഹ സദ്യ കഴിച്ച 11 പേർ മരിച്ചു.", 15),
    ]


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


def test_the_english_first_word_of_a_poisoning_told_also_in_other_languages_joins_it() -> None:
    alert = _report(
        "alert",
        "en",
        "Dozens of guests at a wedding feast in Chennai's Tondiarpet area were taken to Stanley hospital on Tuesday "
        "night with vomiting after eating biryani. Health officials have not confirmed any deaths.",
        13,
        title="Wedding guests taken to hospital in Chennai",
    )
    held = _holders([alert, *_poisoning()])
    assert len({held[r] for r in ("e1", "e2", "e3", "ta", "hi", "ml")}) == 1
    assert held["alert"] == held["e1"]
