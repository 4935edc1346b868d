"""Grouping (round 45): the same city, the same kind, days apart. A second blast in a city three days after the first,
told in the same words and with a count the first one's early reports gave too ("five dead"), its report even
recounting the first one's toll as background: it tells the incident that followed, not the first. A report that
tells its incident as a second, new or further one of its kind (`core/data/second_incidents.tsv`), dated after the
event's days or placing itself days after another (`core/data/days_after_cues.tsv`), is held apart
(`core.events.decoys.told_as_the_later_one`). Twin blasts of one day, and a follow-up of the first blast days on,
stay with it. Sentences of our own, invented incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.pieces import PlacedPieces, placed_pieces
from core.events.second_incidents import tells_a_second_incident, tells_days_after
from core.extract import extract
from core.models import ArticleFacts, ArticleInput
from core.similarity import fingerprint
from tests.core.feed_kit import holders as _holders


def _report(rid: str, text: str, day: int | None, title: str, language: str = "en", hour: int = 18) -> ArticleFacts:
    """A report published on a day of March 2032 (or sent undated), extracted as the service does."""
    published = datetime(2032, 3, day, hour, tzinfo=UTC) if day is not None else None
    claims = extract(ArticleInput(text=text, title=title, published_at=published, language=language)).claims
    return ArticleFacts(rid, f"outlet-{rid}", claims, published, title, fingerprint(text), text, None)


@pytest.mark.parametrize(
    "title",
    [
        "Second blast in the port city kills five",
        "Another deadly explosion rocks the market district",
        "New shooting at a bus stop leaves two dead",
        "Segunda explosión en la ciudad deja cinco muertos",
        "Una nueva explosión sacude el barrio del mercado",
        "Une deuxième explosion fait cinq morts dans la ville",
        "Nouvelle fusillade dans le quartier nord : deux morts",
        "Segunda explosão na cidade deixa cinco mortos",
        "Nuova esplosione nel quartiere del mercato: cinque morti",
        "Zweite Explosion in der Hafenstadt: fünf Tote",
        "Tweede explosie in de havenstad eist vijf doden",
        "Kentte ikinci patlama: beş ölü",
        "Ledakan kedua di pasar kota tewaskan lima orang",
    ],
)
def test_a_second_incident_of_its_kind_is_read(title: str) -> None:
    assert tells_a_second_incident(title, "")


@pytest.mark.parametrize(
    "title",
    [
        "Second day of mourning in the port city",
        "Another 10 people were hurt in the blast, officials say",
        "New toll: twelve dead in market explosion",
        "Otro herido muere tras la explosión del mercado",
        "Une autre victime succombe à ses blessures",
        "Zweiter Tag der Trauer nach der Explosion",
    ],
)
def test_a_second_day_or_another_victim_is_no_second_incident(title: str) -> None:
    assert not tells_a_second_incident(title, "")


@pytest.mark.parametrize(
    "text",
    [
        "It came three days after a gas blast killed nine at the market.",
        "The fire broke out a week after the first explosion.",
        "Ocurrió tres días después de la explosión del mercado.",
        "L'explosion survient trois jours après celle du marché.",
        "A explosão ocorreu dois dias depois da primeira.",
        "Die Explosion ereignete sich drei Tage nach dem Unglück am Markt.",
        "L'esplosione è avvenuta tre giorni dopo quella del mercato.",
    ],
)
def test_days_after_another_is_read(text: str) -> None:
    assert tells_days_after("", text)


def test_after_alone_is_no_days_after() -> None:
    assert not tells_days_after("", "Rescuers searched the rubble after the blast for a second night.")


def _first_blast() -> list[ArticleFacts]:
    """A gas cylinder blast at a market in Arequipa on 6 March: five dead at first, nine the next day."""
    return [
        _report(
            "first-a",
            "AREQUIPA, Peru - A gas cylinder exploded at the San Camilo market on Saturday, killing five people and "
            "injuring at least 30, the fire brigade said.",
            6,
            "Gas blast at Arequipa market kills five",
        ),
        _report(
            "first-b",
            "AREQUIPA, Peru - The toll from Saturday's gas explosion at the San Camilo market rose to nine, with "
            "30 people still in hospital, officials said.",
            7,
            "Arequipa market blast toll rises to nine",
        ),
    ]


SECOND_BLASTS = {
    "en": (
        "Second blast in Arequipa kills five",
        "AREQUIPA, Peru - A second explosion tore through a house a few blocks from the market on Tuesday, killing "
        "five people and injuring 12, police said, three days after a gas blast killed nine in the city.",
    ),
    "es": (
        "Segunda explosión en Arequipa deja cinco muertos",
        "AREQUIPA, Perú - Una nueva explosión, esta vez en una vivienda cerca del mercado, mató el martes a cinco "
        "personas y dejó 12 heridos, informó la policía.",
    ),
    "fr": (
        "Pérou : une deuxième explosion fait cinq morts à Arequipa",
        "AREQUIPA, Pérou - Une deuxième explosion a tué mardi cinq personnes et blessé 12 autres, trois jours après "
        "une explosion de gaz qui avait tué neuf personnes au marché.",
    ),
    "de": (
        "Zweite Explosion in Arequipa: fünf Tote",
        "AREQUIPA, Peru - Eine zweite Explosion hat am Dienstag fünf Menschen getötet und zwölf verletzt, drei Tage "
        "nachdem eine Gasexplosion auf dem Markt neun Menschen getötet hatte.",
    ),
    "pt": (
        "Segunda explosão em Arequipa deixa cinco mortos",
        "AREQUIPA, Peru - Uma segunda explosão matou cinco pessoas e feriu 12 na terça-feira, três dias depois de "
        "uma explosão de gás que matou nove pessoas no mercado.",
    ),
}


@pytest.mark.parametrize("language", sorted(SECOND_BLASTS))
def test_a_second_blast_days_on_is_not_the_first(language: str) -> None:
    """The second blast shares the first one's early count (five dead) and its city and words; its report is
    dated on 9 March, three days on."""
    title, text = SECOND_BLASTS[language]
    second = _report("second", text, 9, title, language=language)
    held = _holders([*_first_blast(), second])
    assert held["first-a"] == held["first-b"]
    assert held["second"] != held["first-a"]


@pytest.mark.parametrize("language", ["en", "fr", "de", "pt"])
def test_an_undated_second_blast_that_says_days_after_is_not_the_first(language: str) -> None:
    """Sent with no date at all, the second blast's report still says it came three days after the first."""
    title, text = SECOND_BLASTS[language]
    second = _report("second", text, None, title, language=language)
    held = _holders([*_first_blast(), second])
    assert held["second"] != held["first-a"]


def test_the_first_blasts_undated_report_is_not_the_seconds() -> None:
    """The second blast's report came first into its own event; an undated report of the first blast's nine dead
    (no count the second blast's reports give) is not that one's."""
    title, text = SECOND_BLASTS["es"]
    second = _report("second", text, 9, title, language="es")
    late = _report(
        "first-late",
        "AREQUIPA, Perú - Nueve personas murieron en la explosión de una garrafa de gas en el mercado San Camilo.",
        None,
        "Nueve muertos por la explosión en el mercado de Arequipa",
        language="es",
    )
    held = _holders([*_first_blast(), second, late])
    assert held["second"] != held["first-late"]
    assert held["first-late"] == held["first-a"]


def test_twin_blasts_of_one_day_are_one_event() -> None:
    """A second blast minutes after the first, told the same day: one incident of the market, not two."""
    twin = _report(
        "twin",
        "AREQUIPA, Peru - A second explosion hit the San Camilo market minutes after the first on Saturday, police "
        "said; five people were killed.",
        6,
        "Second blast hit Arequipa market minutes after the first",
        hour=21,
    )
    held = _holders([*_first_blast(), twin])
    assert held["twin"] == held["first-a"]


def test_a_follow_up_days_after_the_blast_is_the_blasts() -> None:
    """Three days after the blast the toll is recounted: 'days after', but no second incident."""
    follow = _report(
        "follow",
        "AREQUIPA, Peru - Three days after the gas explosion at the San Camilo market, the toll stands at nine "
        "dead, officials said.",
        9,
        "Arequipa market blast: nine dead, three days on",
    )
    held = _holders([*_first_blast(), follow])
    assert held["follow"] == held["first-a"]


def test_the_cues_are_kept_with_the_pieces_and_read_back() -> None:
    """A member's text is not kept: its cues travel with its pieces; pieces stored without them read as none."""
    title, text = SECOND_BLASTS["en"]
    placed = placed_pieces(_report("second", text, None, title))
    assert (placed.second_one, placed.days_after) == (True, True)
    stored = placed.to_dict()
    back = PlacedPieces.from_dict(stored, _report("second", text, None, title))
    assert back is not None and (back.second_one, back.days_after) == (True, True)
    older = {k: v for k, v in stored.items() if k not in ("second_one", "days_after")}
    old = PlacedPieces.from_dict(older, _report("second", text, None, title))
    assert old is not None and (old.second_one, old.days_after) == (False, False)
