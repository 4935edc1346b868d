"""Tolls to date over a whole war, season or year, marked as such in the reporters' own languages (sentences of
our own): their figures are cumulative, never one event's total, and the day's own figure stays the headline;
with a superlative ('the deadliest since the start of the war') the figure is the incident's own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Role


def _claims(text: str, language: str) -> list[Claim]:
    return list(extract(ArticleInput(text=text, language=language)).claims)


@pytest.mark.parametrize(
    ("language", "text", "to_date", "today"),
    [
        ("es", "Desde el inicio de la guerra, 10.500 civiles han muerto en la región. El bombardeo de ayer mató "
               "a 8 personas.", 10500, 8),
        ("fr", "Depuis le début de la guerre, 12 000 personnes ont été tuées. La frappe de mardi a tué 9 "
               "personnes.", 12000, 9),
        ("pt", "Desde o início da guerra, 9.000 pessoas morreram. O ataque desta terça matou 7 pessoas.", 9000, 7),
        ("it", "Dall'inizio della guerra sono stati uccisi 30.000 civili. Il raid di ieri ha ucciso 5 persone.",
         30000, 5),
        ("de", "Seit Beginn des Krieges wurden mehr als 10.000 Zivilisten getötet. Bei dem Angriff am Dienstag "
               "starben 6 Menschen.", 10000, 6),
        ("tr", "Savaşın başından bu yana 15 bin kişi öldü. Dünkü saldırıda 4 kişi öldü.", 15000, 4),
        ("ar", "منذ بدء الحرب قتل أكثر من 30 ألف شخص. وقتل 6 أشخاص في غارة أمس.", 30000, 6),
        ("uk", "З початку війни загинули понад 500 дітей. Вчора внаслідок обстрілу загинули 3 людини.", 500, 3),
        ("ru", "С начала войны погибли более 10 тысяч мирных жителей. Вчера при обстреле погибли 2 человека.",
         10000, 2),
    ],
)  # fmt: skip
def test_a_toll_since_the_start_of_a_war_is_cumulative(language: str, text: str, to_date: int, today: int) -> None:
    claims = _claims(text, language)
    assert [c.role for c in claims if c.value == to_date] == [Role.CUMULATIVE]
    headline = pick_headline(main_incident_claims(claims), "killed")
    assert headline is not None and headline.value == today


def test_wounded_to_date_are_cumulative_too() -> None:
    text = "Desde el inicio de la guerra, 10.500 civiles han muerto y 20.000 han resultado heridos."
    claims = _claims(text, "es")
    assert {(c.metric, c.value, c.role) for c in claims} == {
        ("killed", 10500, Role.CUMULATIVE),
        ("wounded", 20000, Role.CUMULATIVE),
    }


def test_a_toll_so_far_this_year_is_cumulative() -> None:
    claims = _claims("En lo que va de año, 214 migrantes han muerto en esa ruta.", "es")
    assert [(c.value, c.role) for c in claims] == [(214, Role.CUMULATIVE)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El bombardeo más mortífero desde el inicio de la guerra mató a 31 personas en el mercado."),
        ("fr", "La frappe la plus meurtrière depuis le début de la guerre a tué 31 personnes."),
        ("de", "Bei dem schwersten Angriff seit Beginn des Krieges wurden 31 Menschen getötet."),
        ("tr", "Savaşın başından bu yana en ölümcül saldırıda 31 kişi öldü."),
    ],
)
def test_the_deadliest_since_the_start_of_a_war_keeps_its_own_toll(language: str, text: str) -> None:
    claims = _claims(text, language)
    assert [(c.value, c.role) for c in claims] == [(31, Role.TOTAL)]


def test_a_headline_repeating_the_bodys_toll_over_several_incidents_takes_its_role() -> None:
    """The headline's 48 is the body's toll over three disasters, written the same: it is no figure of the
    article's own incident either."""
    title, own = "Kenya: 48 killed in floods and landslides this month", 19
    text = (
        "NAIROBI, Kenya (Reuters) - At least 48 people have died in three floods and landslides across Kenya this "
        "month, including 19 villagers in Kitui, officials said. Seven more died in Garissa."
    )
    claims = list(extract(ArticleInput(text=text, title=title, language="en")).claims)
    killed = pick_headline(main_incident_claims(claims), "killed")
    assert killed is not None and killed.value == own
