"""Grouping (round 37): reports of one event that came out in pieces; sentences of our own. Every report below is
published in March 2032 (a Monday is the 8th) but the look backs years on, extracted as the service does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.match import first_alert_of
from core.events.pieces import membership_piece
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint


def _report(
    rid: str, text: str, day: int, hour: int, title: str, language: str = "en", year: int = 2032, month: int = 3
) -> ArticleFacts:
    """A report published at an hour (UTC) of a day of March 2032 (or of another month and year: a look back)."""
    published = datetime(year, month, day, hour, tzinfo=UTC)
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


def _holders(reports: list[ArticleFacts]) -> dict[str, set[str]]:
    """Each report's event, as the set of reports it holds."""
    held: dict[str, set[str]] = {}
    for event in group_articles(reports, GroupingSettings()):
        ids = {m.article_id for incident in event.incidents for m in incident.members}
        for rid in ids:
            held[rid] = ids
    return held


# ---------------------------------------------------------------------------------------------------------
# A quake strikes southern Peru; its counts come nationwide, its first word from the town it shook


def _quake_counts() -> list[ArticleFacts]:
    return [
        _report(
            "count",
            "An earthquake of magnitude 6.9 struck southern Peru on Monday afternoon, killing at least 38 people "
            "and injuring more than 200, the government said. Houses collapsed in Arequipa and in villages of "
            "the Colca valley.",
            8,
            21,
            "Peru earthquake kills 38",
        ),
        _report(
            "count2",
            "The death toll from Monday's earthquake in Peru has risen to 45, the civil defence institute said on "
            "Tuesday. More than 300 people were injured and thousands spent the night outdoors.",
            9,
            15,
            "Peru quake toll rises to 45",
        ),
    ]


def _quake_alert(day: int = 8, hour: int = 18) -> ArticleFacts:
    return _report(
        "alert",
        "AREQUIPA - Un fuerte sismo sacudió esta tarde la ciudad. En Yanahuara y Cerro Colorado se reportan "
        "viviendas derrumbadas; en la Plaza de Armas cayó parte de la torre de la Catedral. Los bomberos de Cayma "
        "acuden a la zona y el Indeci aún no tiene cifras de víctimas.",
        day,
        hour,
        "Fuerte sismo sacude Arequipa",
        language="es",
    )


def test_the_first_alert_from_the_town_a_quake_struck_joins_the_quake_its_counts_place_in_the_country() -> None:
    """The counts of the quake were told nationwide (Peru's toll), and name Arequipa among the towns hit. The first
    word came from Arequipa that very afternoon, in Spanish, before any count: no figure and no date to corroborate
    it, words the English counts do not share, but its town is one they name, its day the quake's and its kind of
    disaster theirs. It is the quake's first alert, though its town is only a part of the country they are placed
    at, and it joins them."""
    reports = [*_quake_counts(), _quake_alert()]
    event = next(e for e in group_articles(_quake_counts(), GroupingSettings()))
    assert first_alert_of(membership_piece(_quake_alert()), event, {a.id: a for a in reports})
    assert _holders(reports)["alert"] == {"count", "count2", "alert"}


@pytest.mark.parametrize(("day", "hour"), [(9, 20), (11, 9)])
def test_the_same_words_told_after_the_counts_are_no_first_alert_and_stay_apart(day: int, hour: int) -> None:
    """The counterpart: the same words published after the counts were out (the day after, or three days on) are
    no first word of the quake (a first alert comes before any of its reports); with no figure and no words in
    common they join nothing."""
    reports = [*_quake_counts(), _quake_alert(day, hour)]
    assert _holders(reports).get("alert", {"alert"}) == {"alert"}


def test_an_alert_from_a_town_the_counts_never_name_stays_apart() -> None:
    """A quake's alert from Trujillo, a city of the same country that none of the counts names, the same afternoon:
    nothing but the country ties it to the quake counted in the south (another quake may strike the north), so it
    is no first alert of that one and joins nothing."""
    alert = _report(
        "alert",
        "TRUJILLO - Un fuerte sismo sacudió esta tarde la ciudad. En El Porvenir y La Esperanza se reportan "
        "viviendas derrumbadas; en la Plaza de Armas cayó parte de la torre de la Catedral. Los bomberos de "
        "Huanchaco acuden a la zona y el Indeci aún no tiene cifras de víctimas.",
        8,
        18,
        "Fuerte sismo sacude Trujillo",
        language="es",
    )
    assert _holders([*_quake_counts(), alert]).get("alert", {"alert"}) == {"alert"}


# ---------------------------------------------------------------------------------------------------------
# A gunman kills eight at a bowling alley in Dayton; years later a verdict and a death recall it by its year


def _bowling_counts() -> list[ArticleFacts]:
    return [
        _report(
            "count",
            "DAYTON, Ohio - A gunman opened fire at a bowling alley on Saturday night, killing "
            "eight people and wounding five before police shot him, Dayton police said.",
            7,
            4,
            "Eight killed in shooting at Dayton bowling alley",
        ),
        _report(
            "count2",
            "DAYTON, Ohio - Police on Sunday named the eight people killed at the bowling alley, among them a league "
            "champion and two brothers. Five wounded bowlers remain in hospital.",
            8,
            14,
            "Victims of Dayton bowling alley shooting named",
        ),
    ]


def _look_back(text: str, title: str) -> ArticleFacts:
    return _report("verdict", text, 14, 19, title, year=2034, month=10)


def test_a_verdict_years_later_naming_the_shootings_year_and_toll_joins_it() -> None:
    """Two years and a half on, a jury convicts the man who supplied the gun. The report is placed at Dayton, names
    the shooting by its year only ("the 2032 shooting": no day to date it) and gives its toll, eight dead: long past
    any span or follow-up a report naming neither could join, it is a look back at the shooting and joins it."""
    verdict = _look_back(
        "DAYTON, Ohio - A federal jury on Thursday convicted a gun dealer of selling the rifle used in the 2032 "
        "shooting at a bowling alley, which killed eight people. Prosecutors said he ignored warning signs. "
        "Sentencing was set for January.",
        "Dealer convicted over gun used in Dayton bowling alley shooting",
    )
    assert _holders([*_bowling_counts(), verdict])["verdict"] == {"count", "count2", "verdict"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # another year: another shooting at that town, whatever its toll
            "DAYTON, Ohio - A federal jury on Thursday convicted a gun dealer of selling the rifle used in the 2029 "
            "shooting at a nightclub downtown, which killed eight people. Prosecutors said he ignored warning "
            "signs. Sentencing was set for January.",
            "Dealer convicted over gun used in Dayton nightclub shooting",
        ),
        (  # the year, but a toll none of the shooting's reports gave
            "DAYTON, Ohio - A federal jury on Thursday convicted a gun dealer of selling the rifle used in a 2032 "
            "shooting on Fifth Street, which killed three people. Prosecutors said he ignored warning signs. "
            "Sentencing was set for January.",
            "Dealer convicted over gun used in Dayton street shooting",
        ),
    ],
)
def test_a_verdict_naming_another_year_or_another_toll_stays_apart(text: str, title: str) -> None:
    """The counterparts: the same verdict naming another year's shooting with the same toll, or the shooting's year
    with a toll its reports never gave, tells another shooting at Dayton, and joins no event of this one."""
    verdict = _look_back(text, title)
    assert _holders([*_bowling_counts(), verdict])["verdict"] == {"verdict"}


# ---------------------------------------------------------------------------------------------------------
# A train derails at Uelzen; a trial dropped years later and an anniversary recall its day and its final toll


def _derailment_counts() -> list[ArticleFacts]:
    return [
        _report(
            "count",
            "UELZEN, Germany - A high-speed train derailed near Uelzen on Monday morning and slammed into a road "
            "bridge, killing at least 40 people, police said.",
            8,
            15,
            "Train derails near Uelzen, at least 40 dead",
        ),
        _report(
            "count2",
            "UELZEN, Germany - The toll of Monday's train derailment near Uelzen has risen to 55, rail officials "
            "said on Tuesday, as cranes lifted the wrecked carriages.",
            9,
            12,
            "Uelzen derailment toll rises to 55",
        ),
    ]


def test_a_trial_dropped_years_on_and_an_anniversary_of_the_same_day_and_toll_are_the_derailments() -> None:
    """Five years on, a German report that the trial of two rail workers was dropped, naming no place, its headline
    telling no disaster (a trial), dates the accident to its day and gives its final toll, 61; twenty years on an
    English report at Uelzen remembers the derailment of that day and its 61 dead. The first came before the
    second and met no report of 61 dead; the second, the derailment's by its place, day and kind, finds the
    trial's event of its very day and toll, which tells no kind of disaster to rule it out: they are one, the
    derailment's."""
    trial = _report(
        "trial",
        "Fünf Jahre nach dem Unglück ist der Strafprozess gegen zwei Fahrdienstleiter gegen "
        "Geldauflagen eingestellt worden. Bei dem Unglück am 8. März 2032 waren 61 Menschen getötet worden. "
        "Angehörige der Opfer reagierten mit Empörung.",
        10,
        9,
        "Prozess gegen Fahrdienstleiter eingestellt",
        language="de",
        year=2037,
        month=3,
    )
    anniversary = _report(
        "anniversary",
        "UELZEN, Germany - Hundreds gathered in Uelzen to remember the 61 people killed when a high-speed train "
        "derailed there on March 8, 2032, twenty years ago.",
        8,
        18,
        "Uelzen remembers train derailment victims",
        year=2052,
        month=3,
    )
    held = _holders([*_derailment_counts(), trial, anniversary])
    assert held["trial"] == held["anniversary"]
