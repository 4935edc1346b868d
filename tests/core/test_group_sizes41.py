"""'Two of the eight people shot died': the number after 'N of the' is the size of the group the N are part of;
the N are the dead, the group's size counts the hurt when the group is named by its harm, never the toll
(`core.extract.binder.bind_number`)."""

import pytest

from core.extract import extract
from core.models import KILLED, ArticleInput


def _figures(text: str, metric: str) -> list[int | None]:
    result = extract(ArticleInput(text=text, title=None, published_at=None, language="en"))
    return [c.value for c in result.claims if c.metric == metric]


@pytest.mark.parametrize(
    ("text", "killed", "group"),
    [
        ("Two of the eight people shot at the party died, police said.", 2, 8),
        ("One of the five men shot outside the bar died on Sunday.", 1, 5),
        ("Two of the eight people who were shot died in hospital.", 2, 8),
    ],
)
def test_the_size_of_a_group_some_of_which_died_is_no_toll(text: str, killed: int, group: int) -> None:
    figures = _figures(text, KILLED)
    assert killed in figures and group not in figures, figures


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two of the 30 people killed in the blast were children.", 30),
        ("Three of the 12 wounded later died in hospital.", 3),
        ("Five of the 20 passengers were killed.", 5),
    ],
)
def test_a_group_named_by_its_dead_or_the_dead_among_the_wounded_still_count(text: str, killed: int) -> None:
    assert killed in _figures(text, KILLED)


def _world(text: str, language: str, metric: str) -> list[int | None]:
    result = extract(ArticleInput(text=text, title=None, published_at=None, language=language))
    return [c.value for c in result.claims if c.metric == metric]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Ninguno de los ocho heridos murió en el hospital."),
        ("es", "Ninguna de las tres pasajeras falleció."),
        ("de", "Keiner der acht Verletzten starb im Krankenhaus."),
        ("pt", "Nenhum dos oito feridos morreu."),
        ("it", "Nessuno degli otto feriti è morto."),
        ("it", "Nessuno dei passeggeri è morto."),
    ],
)
def test_none_of_a_group_told_with_a_singular_verb_is_no_death(language: str, text: str) -> None:
    assert all(v == 0 for v in _world(text, language, KILLED)), _world(text, language, KILLED)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Dos de los ocho heridos murieron en el hospital."),
        ("fr", "Deux des huit blessés sont morts à l'hôpital."),
        ("de", "Zwei der acht Verletzten starben im Krankenhaus."),
        ("pt", "Dois dos oito feridos morreram no hospital."),
        ("it", "Due degli otto feriti sono morti in ospedale."),
    ],
)
def test_some_of_a_group_of_the_hurt_who_died_are_the_dead(language: str, text: str) -> None:
    killed = _world(text, language, KILLED)
    assert 2 in killed and 8 not in killed, killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("es", "Ninguno de los heridos está grave, pero un hombre murió.", 1),
        ("es", "Dos de los 30 muertos eran niños.", 30),
    ],
)
def test_a_death_beside_a_group_is_still_read(language: str, text: str, killed: int) -> None:
    assert killed in _world(text, language, KILLED)


def test_deaths_among_the_counted_hurt_add_to_the_toll() -> None:
    text = "Bei dem Unfall starben zwölf Menschen. Zwei der 40 Verletzten starben später im Krankenhaus."
    result = extract(ArticleInput(text=text, title=None, published_at=None, language="de"))
    assert [(c.value, c.role.value) for c in result.claims if c.metric == KILLED] == [(12, "total"), (2, "increment")]
