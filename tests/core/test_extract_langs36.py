"""Round 34 (langs36): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure ('-' for none).
- a verb, a count of people, 'and', then a thing (or a person) with a verb of its own ('Fallecieron tres personas
  y una vivienda quedó en ruinas', 'y un niño está grave'): the word for one opens the next clause, its subject's
  article or count, not one more summed with the count before; a person or a people's name after the word for
  one, with no verb of its own ('tres italianos y un austriaco'), stays a count of one, summed;
- Russian charged with killing ('обвиняют в убийстве пяти человек'): the charge tells the dead; an attempt
  ('покушение на убийство') kills no one;
- a count before a charge's word (CHARGE_WORDS: 'Tres hombres acusados de matar a un taxista') counts the accused,
  no dead: the charge's victims come after it."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines

_A_THING_WITH_ITS_OWN_VERB = [
    ("es", "Fallecieron tres personas y una vivienda quedó en ruinas.", "3", "-"),
    ("es", "Resultaron heridos cuatro vecinos y un puente se derrumbó.", "-", "4"),
    ("pt", "Morreram três pessoas e uma ponte ficou destruída.", "3", "-"),
    ("pt", "Ficaram feridos quatro moradores e um prédio foi interditado.", "-", "4"),
    ("fr", "Trois personnes sont mortes et une école a été détruite.", "3", "-"),
    ("fr", "Sont morts trois randonneurs et un refuge a été emporté.", "3", "-"),
    ("it", "Sono morte tre persone e una scuola è stata distrutta.", "3", "-"),
    ("it", "Sono rimasti feriti quattro operai e un capannone è crollato.", "-", "4"),
    ("de", "Es starben drei Menschen und ein Haus wurde zerstört.", "3", "-"),
    ("de", "Verletzt wurden vier Anwohner und eine Brücke stürzte ein.", "-", "4"),
    ("nl", "Er stierven drie mensen en een huis werd verwoest.", "3", "-"),
    ("nl", "Er raakten vier mensen gewond en een brug stortte in.", "-", "4"),
    # a person with a verb of its own: the next clause, not one more of those before
    ("es", "Fallecieron tres turistas y un niño está grave.", "3", "-"),
    ("fr", "Sont morts trois ouvriers et un enfant est dans un état grave.", "3", "-"),
    ("de", "Es starben drei Menschen und ein Kind ist in kritischem Zustand.", "3", "-"),
]

_ONE_MORE_PERSON_AFTER_AND = [
    # guards: a person, or a people's name, after the word for one is one more of those counted
    ("es", "Resultaron heridos tres italianos y un austriaco.", "-", "4"),
    ("es", "Murieron dos soldados y un civil en el ataque.", "3", "-"),
    ("es", "Resultaron heridos tres italianos y un austriaco que viajaba con ellos.", "-", "4"),
    ("pt", "Ficaram feridos três italianos e um austríaco.", "-", "4"),
    ("fr", "Ont été blessés trois Italiens et un Autrichien.", "-", "4"),
    ("it", "Sono rimasti feriti tre tedeschi e un austriaco.", "-", "4"),
    ("de", "Verletzt wurden drei Italiener und ein Österreicher.", "-", "4"),
    ("nl", "Gewond raakten drie Italianen en een Oostenrijker.", "-", "4"),
]

_CHARGED_WITH_KILLING_RU = [
    ("ru", "Мужчина обвиняется в убийстве пяти человек.", "5", "-"),
    ("ru", "Её обвиняют в убийстве трёх соседей.", "3", "-"),
    ("ru", "Суд признал его виновным в убийстве шести человек.", "6", "-"),
    ("ru", "Задержан подозреваемый в убийстве двух человек.", "2", "-"),
    # statistics of murders, no charge: no count after the charge's word
    ("ru", "За год в области зарегистрировали 120 убийств.", "-", "-"),
    # an attempt kills no one
    ("ru", "Мужчина обвиняется в покушении на убийство двух человек.", "-", "-"),
    ("ru", "Ему предъявлено обвинение в покушении на убийство четырёх полицейских.", "-", "-"),
]

_THE_ACCUSED_BEFORE_THE_CHARGE = [
    # the count before a charge's word is the accused, its victims come after it
    ("ru", "Трое мужчин обвиняются в убийстве журналиста.", "-", "-"),
    ("ru", "Двое подростков задержаны по подозрению в убийстве двух человек.", "2", "-"),
    ("es", "Tres hombres están acusados de matar a un taxista.", "1", "-"),
    ("es", "Cuatro jóvenes fueron acusados de asesinar a dos turistas.", "2", "-"),
    ("pt", "Três homens são acusados de matar um motorista.", "1", "-"),
    ("de", "Drei Männer sind wegen Mordes an zwei Touristen angeklagt.", "2", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_THING_WITH_ITS_OWN_VERB)
def test_a_thing_with_its_own_verb_is_no_count(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _ONE_MORE_PERSON_AFTER_AND)
def test_one_more_person_after_and_is_summed(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _CHARGED_WITH_KILLING_RU)
def test_russian_charge_of_killing_tells_the_dead(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _THE_ACCUSED_BEFORE_THE_CHARGE)
def test_the_accused_before_a_charge_are_no_dead(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
