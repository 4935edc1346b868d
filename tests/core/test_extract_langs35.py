"""Round 33 (langs35): figures in the reporters' own languages, on sentences of our own, one matrix per phenomenon.
Each row gives the headline killed and wounded figure ('-' for none).
- a thing told as a verb's object, then 'and' and a count of people ('La tormenta tiró un árbol y tres personas
  resultaron heridas'): the word for one is the thing's article, no person summed with the next count; a word for
  one before a person ('un bombero y dos vecinos') stays a count of one, joined to the next;
- charged with killing ('acusado de matar a seis personas', '5명을 살해한 혐의', '被控杀害5人'): the charge tells the
  dead; trying or threatening to kill ('trató de matar a dos', '살해하려', '企图杀害') kills no one."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines

_A_THINGS_ARTICLE_AFTER_A_VERB = [
    ("es", "La tormenta tiró un árbol sobre la carretera y tres personas resultaron heridas.", "-", "3"),
    ("es", "El alud sepultó una cabaña y cuatro montañeros murieron.", "4", "-"),
    ("pt", "A enchente arrastou um carro e três pessoas ficaram feridas.", "-", "3"),
    ("pt", "O tremor derrubou uma igreja e quatro pessoas morreram.", "4", "-"),
    ("fr", "La crue a emporté une voiture et trois personnes ont été blessées.", "-", "3"),
    ("fr", "Le séisme a fait s'effondrer un immeuble et quatre personnes sont mortes.", "4", "-"),
    ("it", "La frana ha travolto una baita e quattro escursionisti sono morti.", "4", "-"),
    ("it", "Il vento ha abbattuto un albero e tre persone sono rimaste ferite.", "-", "3"),
    ("de", "Die Lawine verschüttete eine Hütte und vier Bergsteiger starben.", "4", "-"),
    ("de", "Der Orkan riss ein Dach ab und drei Menschen wurden verletzt.", "-", "3"),
    ("nl", "De storm blies een boom om en drie mensen raakten gewond.", "-", "3"),
]

_A_PERSON_AND_MORE_PEOPLE = [
    # guards: the word for one before a person is a count, summed with the next
    ("es", "Un bombero y dos vecinos resultaron heridos.", "-", "3"),
    ("es", "Durante el incendio un bombero y dos vecinos resultaron heridos.", "-", "3"),
    ("es", "La explosión dejó un obrero y dos transeúntes heridos.", "-", "3"),
    ("pt", "Um bombeiro e dois moradores ficaram feridos.", "-", "3"),
    ("fr", "Un pompier et deux habitants ont été blessés.", "-", "3"),
    ("fr", "L'explosion a fait un mort et deux blessés.", "1", "2"),
    ("it", "Nell'esplosione un operaio e due passanti sono rimasti feriti.", "-", "3"),
    ("de", "Bei dem Brand wurden ein Feuerwehrmann und zwei Anwohner verletzt.", "-", "3"),
    ("nl", "Bij de brand raakten een brandweerman en twee buren gewond.", "-", "3"),
]

_CHARGED_WITH_KILLING = [
    ("es", "El joven está acusado de matar a seis personas y herir a otras dos.", "6", "2"),
    ("es", "La fiscalía acusa al hombre de asesinar a cinco vecinos.", "5", "-"),
    ("pt", "O homem é acusado de matar seis pessoas e ferir duas.", "6", "2"),
    ("de", "Die Frau ist wegen Mordes an fünf Menschen angeklagt.", "5", "-"),
    ("ko", "그는 5명을 살해한 혐의로 재판에 넘겨졌다.", "5", "-"),
    ("zh", "该女子被控杀害5人。", "5", "-"),
    ("ja", "女は5人を殺害した罪に問われている。", "5", "-"),
    ("id", "Wanita itu didakwa membunuh lima orang.", "5", "-"),
    # already read: the past participle
    ("fr", "Il est accusé d'avoir tué six personnes.", "6", "-"),
    ("it", "È accusato di aver ucciso sei persone.", "6", "-"),
]

_TRYING_TO_KILL = [
    ("es", "El hombre trató de matar a dos agentes.", "-", "-"),
    ("es", "Está acusado de intentar matar a tres personas.", "-", "-"),
    ("es", "El secuestrador amenazó con matar a cuatro rehenes.", "-", "-"),
    ("pt", "O suspeito tentou matar duas pessoas.", "-", "-"),
    ("pt", "O sequestrador ameaçou matar quatro reféns.", "-", "-"),
    ("de", "Er ist wegen versuchten Mordes an drei Menschen angeklagt.", "-", "-"),
    ("ko", "그는 3명을 살해하려 한 혐의를 받는다.", "-", "-"),
    ("zh", "该男子企图杀害3人。", "-", "-"),
    ("ja", "男は3人を殺害しようとした疑いが持たれている。", "-", "-"),
    ("id", "Pelaku berusaha membunuh tiga orang.", "-", "-"),
    ("tr", "Şüpheli üç kişiyi öldürmeye teşebbüs etmekle suçlanıyor.", "-", "-"),
    # what may come kills no one yet
    ("es", "Los expertos advierten que la ola de calor puede matar a cientos de personas.", "-", "-"),
    ("pt", "Especialistas alertam que a seca pode matar milhares de animais.", "-", "-"),
    ("fr", "Il a tenté de tuer deux personnes.", "-", "-"),
    ("it", "Ha tentato di uccidere due persone.", "-", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_THINGS_ARTICLE_AFTER_A_VERB)
def test_a_things_article_after_a_verb_is_no_count(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _A_PERSON_AND_MORE_PEOPLE)
def test_one_person_and_more_people_are_summed(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _CHARGED_WITH_KILLING)
def test_charged_with_killing_tells_the_dead(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _TRYING_TO_KILL)
def test_trying_to_kill_kills_no_one(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
