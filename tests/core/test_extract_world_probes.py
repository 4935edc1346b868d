"""Multi-outlet probes of world-language reports (sentences of our own): the article as the subject before a toll
verb whose object and a second count follow, sources bounded by day words and verb particles, background years."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim


def _claims(text: str, language: str | None = None) -> list[Claim]:
    return list(extract(ArticleInput(text=text, language=language)).claims)


def _heads(text: str, language: str | None = None) -> tuple[int | None, int | None]:
    main = main_incident_claims(_claims(text, language))
    killed, wounded = pick_headline(main, "killed"), pick_headline(main, "wounded")
    return (killed.value if killed else None, wounded.value if wounded else None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "Un'esplosione in un deposito ha ucciso almeno 23 persone e ferito altre 41 nel porto.", (23, 41)),
        ("it", "Un incendio in un ospedale ha ucciso 9 pazienti e ferito altri 14.", (9, 14)),
        ("es", "Un derrumbe en una mina mató a 11 trabajadores y dejó heridos a otros 6.", (11, 6)),
    ],
)  # fmt: skip
def test_the_article_before_a_toll_verb_with_two_counts_after_it(
    language: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _heads(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("pt", "Pelo menos 14 pessoas morreram nas enchentes em Maceió, informou o Corpo de Bombeiros nesta "
               "segunda-feira.", "Corpo de Bombeiros"),
        ("de", "Bei dem Brand in einem Wohnhaus in Hamburg kamen drei Menschen ums Leben, teilte die Feuerwehr mit.",
         "Feuerwehr"),
        ("de", "Bei dem Unfall auf der Autobahn starben vier Menschen, teilte die Polizei am Sonntag mit.", "Polizei"),
        ("fr", "Au moins 25 civils ont été tués dans une embuscade au Niger, ont indiqué mardi des sources "
               "locales.", "sources locales"),
        ("fr", "Au moins 25 civils ont été tués dans une embuscade à Tillabéri, selon le gouverneur de la région "
               "de Tillabéri.", "gouverneur de la région de Tillabéri"),
    ],
)  # fmt: skip
def test_a_source_ends_before_a_day_word_or_a_verb_particle(language: str, text: str, source: str) -> None:
    claims = _claims(text, language)
    assert claims
    assert (claims[0].attribution or "").split(" (")[0] == source


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a year right before a toll verb whose own count follows dates it
        ("es", "El temporal en Alicante dejó 9 muertos. En la gran nevada de 1971 murieron 64 personas en la "
               "provincia.", (9, None)),
        ("pt", "A enchente em Blumenau deixou 6 mortos. Na cheia de 1983 morreram 49 pessoas na região.", (6, None)),
        # no publication date: a year and the past perfect tell an earlier event
        ("it", "La frana a Sarno ha ucciso 14 persone. Nel 1998 un'altra frana aveva causato 160 vittime.", (14, None)),
        ("fr", "Le glissement de terrain a tué 8 personnes à Fréjus. En 1959, la rupture du barrage avait fait 423 "
               "morts.", (8, None)),
    ],
)  # fmt: skip
def test_an_earlier_years_figure_is_background(
    language: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _heads(text, language) == expected
    assert all(c.value < 1900 for c in _claims(text, language))


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Le séisme a fait 2015 morts et 400 blessés, selon les autorités.", 2015),
        ("es", "Las lluvias dejaron 2010 muertos y 700 heridos en todo el país.", 2010),
    ],
)
def test_a_year_shaped_count_before_its_noun_is_still_a_count(language: str, text: str, value: int) -> None:
    assert _heads(text, language)[0] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 52 people were killed in two landslides in Uganda this week, including 31 villagers in Bududa, "
         "police said.", (31, None)),
        ("Some 90 people have died in four separate boat accidents on Lake Kivu since June, including 40 near "
         "Goma, officials said.", (40, None)),
    ],
)  # fmt: skip
def test_a_toll_over_several_incidents_is_no_incidents_figure(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    claims = _claims(text)
    assert _heads(text) == expected
    assert any(c.role.value == "cumulative" for c in claims)


def test_a_toll_of_one_incident_told_among_others_stays_its_total() -> None:
    text = "Police said 14 people were killed in the attack, the third in two weeks, including 3 children."
    assert _heads(text)[0] == 14


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Al menos 48 personas murieron en dos explosiones en minas de Sonora esta semana, informaron las "
               "autoridades."),
        ("fr", "Au moins 33 personnes sont mortes dans trois naufrages au large de la Libye ce mois-ci, selon l'ONU."),
        ("it", "Almeno 21 persone sono morte in tre frane in Calabria nell'ultima settimana, secondo la prefettura."),
    ],
)  # fmt: skip
def test_a_world_toll_over_several_incidents_is_cumulative(language: str, text: str) -> None:
    killed = [c for c in _claims(text, language) if c.metric == "killed"]
    assert killed
    assert all(c.role.value == "cumulative" for c in killed)
