"""Grouping (round 36): first alerts, the reports with no figure that come out first, while it happens; sentences of
our own. Every report below is published in May 2031 (a Monday is the 12th), extracted as the service does."""

from __future__ import annotations

from datetime import UTC, datetime

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.hazards import headline_hazards
from core.events.match import first_alert_of
from core.events.occurrences import events_it_may_tell
from core.events.pieces import membership_piece
from core.events.state import EventState
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(rid: str, text: str, day: int, hour: int, title: str) -> ArticleFacts:
    """A report published at an hour (UTC) of a day of May 2031: a first alert comes out hours before the counts."""
    published = datetime(2031, 5, day, hour, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language="en")).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _one_event(reports: list[ArticleFacts]) -> EventState:
    events = group_articles(reports, GroupingSettings())
    assert len(events) == 1
    return events[0]


# ---------------------------------------------------------------------------------------------------------
# A chemical plant blows up in Joliet; the first word comes from Chicago, forty miles away


def _plant_blast() -> list[ArticleFacts]:
    return [
        _report(
            "blast",
            "JOLIET, Ill. - At least 23 people were killed and more than 100 injured on Monday when an explosion "
            "tore through a chemical plant in the city, officials said.",
            12,
            20,
            "23 killed in blast at Joliet chemical plant",
        ),
        _report(
            "blast2",
            "JOLIET, Ill. - Twenty-six people are now known to have died in Monday's explosion at the plant, "
            "Joliet officials said on Tuesday, as crews searched the wreckage.",
            13,
            16,
            "Joliet plant blast toll rises to 26",
        ),
    ]


def _alert(hour: int, day: int = 12) -> ArticleFacts:
    return _report(
        "alert",
        "CHICAGO - Emergency crews are rushing to a refinery near Joliet, southwest of the city, after a huge "
        "explosion before dawn. Witnesses describe many casualties. People living nearby were told to "
        "stay indoors.",
        day,
        hour,
        "Explosion at refinery southwest of Chicago",
    )


def test_a_first_alert_filed_from_the_big_city_is_the_first_word_of_the_blast_in_the_town_it_names() -> None:
    """The first word of the blast was filed in Chicago that morning, before any count, and it names Joliet, where
    the plant stands and where the event's reports are placed. The alert's own town is the city it was filed from;
    the event's is the town it names: the same place at another level, so it is the blast's first alert."""
    event = _one_event(_plant_blast())
    alert = _alert(hour=11)
    assert first_alert_of(membership_piece(alert), event, {a.id: a for a in [*_plant_blast(), alert]})


def test_the_same_words_told_the_day_after_the_counts_are_no_first_alert() -> None:
    """The counterpart: the same words published on Tuesday, after the count of 23 was out, are no first word of
    the blast: a first alert comes out before any of the event's reports."""
    event = _one_event(_plant_blast())
    late = _alert(hour=9, day=13)
    assert not first_alert_of(membership_piece(late), event, {a.id: a for a in [*_plant_blast(), late]})


# ---------------------------------------------------------------------------------------------------------
# A ferry capsizes off Mombasa on Monday; two weeks later two boats bump in its harbour and no one is hurt


def _sinking() -> list[ArticleFacts]:
    return [
        _report(
            "ferry",
            "MOMBASA, Kenya - At least 40 people drowned when an overloaded ferry capsized off Mombasa on Monday "
            "evening, the Kenya Red Cross said.",
            12,
            21,
            "Ferry capsizes off Mombasa, 40 dead",
        ),
    ]


def _scare() -> list[ArticleFacts]:
    return [
        _report(
            "scare",
            "MOMBASA, Kenya - Two passenger ferries bumped into each other in Mombasa harbour, sending passengers "
            "running for life jackets. Nobody was hurt.",
            26,
            9,
            "Ferries collide in Mombasa harbour",
        ),
    ]


def _ferry_alert() -> ArticleFacts:
    return _report(
        "alert",
        "MOMBASA, Kenya - A ferry carrying passengers has capsized off Mombasa and rescuers fear many have died.",
        12,
        19,
        "Ferry capsizes off Mombasa",
    )


def test_a_first_alert_does_not_tell_a_scare_told_only_two_weeks_after_it() -> None:
    """The alert came out while the ferry went down. The harbour scare nothing dates was told two weeks later:
    whatever its words share with the alert's (a ferry, the harbour), an event whose every report came out days
    after the alert is no event it announces, when the sinking's event was told on its very day."""
    sinking, scare = _one_event(_sinking()), _one_event(_scare())
    assert scare.start_date is None  # (nothing dates the scare: only its publication tells its days)
    alert = _ferry_alert()
    articles = {a.id: a for a in [*_sinking(), *_scare(), alert]}
    kept = events_it_may_tell(alert, [(sinking, 0.4), (scare, 0.6)], articles)
    assert [e.id for e, _s in kept] == [sinking.id]


def test_an_undated_report_told_the_next_morning_stays_beside_the_alerts_event() -> None:
    """The counterpart: a report nothing dates that came out the next morning may tell what the alert announced;
    it stays among the events the alert may tell."""
    sinking = _one_event(_sinking())
    morning = _report(
        "morning",
        "MOMBASA, Kenya - Twelve people drowned and 30 were rescued when a ferry capsized off Mombasa, the Kenya "
        "Red Cross said.",
        13,
        6,
        "Twelve drown as ferry capsizes off Mombasa",
    )
    told = _one_event([morning])
    assert told.start_date is None
    alert = _ferry_alert()
    articles = {a.id: a for a in [*_sinking(), morning, alert]}
    kept = events_it_may_tell(alert, [(sinking, 0.4), (told, 0.6)], articles)
    assert {e.id for e, _s in kept} == {sinking.id, told.id}


# ---------------------------------------------------------------------------------------------------------
# Gunfire at a county fair in Salinas on Sunday evening: the first word names the shots, not a shooting


def test_a_first_alert_that_names_the_shots_fired_tells_the_shooting_it_announces() -> None:
    """The first word came out within the hour: shots fired at the fair, people running for the exits, nobody yet
    counted. It names the shots and the fleeing crowds, words of no crush; the shooting's reports, hours later,
    count five dead. Its kind of disaster is theirs, so it is their event's first alert."""
    alert = _report(
        "alert",
        "SALINAS, Calif. - People ran for the exits of the county fairgrounds on Sunday evening after gunfire broke "
        "out near the livestock barns. Police asked everyone to stay away from the area. There was no word yet on "
        "anyone hurt.",
        11,
        3,
        "Shots fired at county fair, crowds flee",
    )
    shooting = [
        _report(
            "fair",
            "SALINAS, Calif. - Five people were killed and nine wounded when a gunman opened fire at the county fair "
            "in Salinas on Sunday evening, police said.",
            11,
            9,
            "5 killed, 9 wounded in shooting at Salinas county fair",
        ),
        _report(
            "fair2",
            "SALINAS, Calif. - Police on Monday named the gunman who killed five people at the county fair on "
            "Sunday. Nine people were wounded.",
            12,
            18,
            "Police name gunman in Salinas fair shooting",
        ),
    ]
    held = {a: e.id for e in group_articles([alert, *shooting], GroupingSettings()) for a in e.article_ids}
    assert held["alert"] == held["fair"] == held["fair2"]


def test_a_headline_of_flu_shots_names_no_attack() -> None:
    """The counterpart: 'shots' alone is a vaccine's word too; only shots fired, heard or ringing out are gunfire."""
    assert "attack" not in headline_hazards("Free flu shots at the county fair this weekend")
    assert "attack" in headline_hazards("Shots heard near the county fair")
