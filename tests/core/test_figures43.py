"""Figures a text states, round 43. Sentences of our own.

1. A child's age in months or weeks ('una niña de 18 meses', 'une fillette de 18 mois', 'a boy aged 18 months', 'a
   baby of six months') is no count: the child is one victim. English reads an age after 'aged' (with or without its
   unit) or after 'of' (with its unit) as the person's, in the singular and the plural ('Two men aged 20 and 25').
2. Cases of a disease told beside its deaths ('1 200 cas et 45 décès') are never summed with the dead.
3. Stated zeros: an authority's denial ('denied there were any dead', 'negó que hubiera muertos'), a zero told of one
   kind of person ('no fan died', 'ningún aficionado murió') and a negated loss of life ('no loss of life', 'sin
   pérdidas humanas', 'aucune perte en vie humaine') say none dead, and nothing of the hurt.
4. A figure told as rumour ('rumours on social media spoke of dozens of dead') or as an earlier report yields to the
   zero the authorities state ('police said no fan died').
5. Hurt told without a count: 'hi ha ferits, sense precisar quants' (the wounded word's plural after the auxiliary
   'ha') is no count of one.
6. A death told with no numeral: 'claimed the life of a girl', 'va costar la vida a una nena' is one dead; 'changed
   the life of a girl' is none.
7. An outbreak's toll 'since March' is the outbreak's own, not a count over many incidents (a pandemic's or a war's
   still is).
8. The object of a verb of harm ('a man suspected of injuring four people was arrested', 'who killed four people')
   is that harm's count, not the subject of the verb after it.
"""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Una niña de 18 meses murió tras el naufragio de la embarcación.", (1, None)),
        ("fr", "Une fillette de 18 mois est morte dans le naufrage du bateau.", (1, None)),
        ("it", "Una bambina di 18 mesi è morta nel naufragio del barcone.", (1, None)),
        ("pt", "Uma menina de 18 meses morreu no naufrágio do barco.", (1, None)),
        ("ca", "Una nena de 18 mesos va morir en el naufragi de la barca.", (1, None)),
        ("gl", "Unha nena de 18 meses morreu no naufraxio.", (1, None)),
        ("it", "Un bambino di 10 mesi è rimasto ferito nell'incidente stradale.", (None, 1)),
        ("es", "Un bebé de 3 semanas resultó herido en el derrumbe.", (None, 1)),
        ("en", "A girl of 18 months died after the boat capsized off the coast.", (1, None)),
        ("en", "A boy aged 18 months was killed when the wall collapsed.", (1, None)),
        ("en", "A baby of six months was killed when the wall collapsed.", (1, None)),
        ("en", "A girl aged 3 died after the boat capsized off the coast.", (1, None)),
        ("en", "A woman aged 72 was injured when the wall collapsed.", (None, 1)),
        ("en", "Two men aged 20 and 25 were killed when the wall collapsed.", (2, None)),
    ],
)
def test_an_age_in_months_is_no_count(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Depuis mars, 1 200 cas et 45 décès ont été signalés dans la province."),
        ("es", "Desde marzo se han notificado 1.200 casos y 45 muertes en la provincia."),
        ("it", "Da marzo sono stati segnalati 1.200 casi e 45 decessi nella provincia."),
        ("pt", "Desde março foram registados 1.200 casos e 45 mortes na província."),
        ("en", "By Friday 1,200 cases and 45 deaths had been reported in the province."),
    ],
)
def test_cases_are_not_summed_with_the_dead(language: str, text: str) -> None:
    assert headline_figures(text, language=language)[0] == 45


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The government denied there were any dead after the stampede at the stadium."),
        ("es", "El gobierno negó que hubiera muertos tras la estampida en el estadio."),
        ("es", "Protección Civil informó de la estampida y negó que haya personas fallecidas."),
        ("fr", "Le gouvernement a démenti qu'il y ait eu des morts après la bousculade."),
        ("it", "Il governo ha negato che ci siano stati morti dopo la calca allo stadio."),
        ("pt", "O governo negou que houvesse mortos após o tumulto no estádio."),
        ("ca", "El govern va negar que hi hagués morts després de l'allau a l'estadi."),
        ("en", "Police said no fan died in the crush at the stadium."),
        ("es", "La policía aseguró que ningún aficionado murió en la avalancha del estadio."),
        ("fr", "Selon la police, aucun supporter n'est mort dans la bousculade."),
        ("pt", "A polícia disse que nenhum adepto morreu no tumulto do estádio."),
        ("en", "The fire caused no loss of life, officials said."),
        ("en", "No lives were lost when the dam gave way, the governor said."),
        ("fr", "L'incendie n'a fait aucune perte en vie humaine, selon les pompiers."),
        ("es", "El incendio no causó pérdidas humanas, según los bomberos."),
        ("it", "L'incendio si è concluso senza perdite di vite umane, secondo i vigili del fuoco."),
        ("pt", "O incêndio não causou perdas de vidas humanas, segundo os bombeiros."),
    ],
)
def test_a_stated_zero_of_the_dead(language: str, text: str) -> None:
    assert headline_figures(text, language=language) == (0, None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Police said no passenger was injured when the bus overturned.", (None, 0)),
        ("en", "The blast killed three workers; no loss of life was reported elsewhere in the town.", (3, None)),
    ],
)
def test_a_stated_zero_beside_other_figures(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Rumours on social media spoke of dozens of dead, but police said no fan died.", (0, None)),
        (
            "en",
            "Videos circulating online claimed 40 people had died. Police said no one was killed in the crush.",
            (0, None),
        ),
        ("en", "Initial reports said three people died, but police later said no one was killed.", (0, None)),
        ("en", "Rumours spread that 40 people had died. The ministry said 12 people were killed.", (12, None)),
        ("en", "Three people died in the blast, police said. Rumours on social media put the toll higher.", (3, None)),
        (
            "en",
            "Prosecutors say a feud on social media prompted a shooting that killed two people and injured three.",
            (2, 3),
        ),
    ],
)
def test_a_rumour_yields_to_a_stated_figure(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ca", "Hi ha ferits, sense precisar quants, després de l'explosió.", (None, None)),
        ("ca", "L'explosió ha causat ferits, però els bombers no han dit quants.", (None, None)),
        ("ca", "El copilot ha resultat ferit greu.", (None, 1)),
        ("it", "Il passeggero è rimasto ferito.", (None, 1)),
        ("pt", "O passageiro ficou ferido.", (None, 1)),
    ],
)
def test_hurt_told_without_a_count(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The crash claimed the life of a 16-year-old girl.", (1, None)),
        ("en", "The blast took the life of a firefighter.", (1, None)),
        ("en", "The war changed the life of a girl forever.", (None, None)),
        ("en", "To take the life of a young person is senseless, the mayor said.", (None, None)),
        ("ca", "L'accident va costar la vida a una nena.", (1, None)),
        ("ca", "L'explosió va costar la vida a tres treballadors.", (3, None)),
        ("es", "El accidente costó la vida a una niña.", (1, None)),
        ("fr", "L'accident a coûté la vie à une fillette.", (1, None)),
    ],
)
def test_a_life_taken(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The outbreak has killed more than 300 people since March and infected over 12,000.", (300, None)),
        ("Cholera has killed at least 300 people in the region since March.", (300, None)),
        ("More than 300 people have died of measles since January, the health ministry said.", (300, None)),
        ("Since March, the war has killed 300 people. A strike on Tuesday killed 5.", (5, None)),
        ("By Friday 3,000 cases and 210 deaths had been reported since the outbreak began.", (210, None)),
        ("Since the outbreak of the war, 12,000 people have been killed. A strike on Tuesday killed 5.", (5, None)),
    ],
)
def test_an_outbreaks_toll_since_a_month(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language="en") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "A man suspected of injuring four people was arrested.", (None, 4)),
        ("en", "A teenager suspected of killing two men and injuring four was arrested on Monday.", (2, 4)),
        ("en", "A man who killed four people was arrested.", (4, None)),
        ("en", "The man is suspected of killing six people and wounding three others.", (6, 3)),
        ("fr", "Un homme soupçonné d'avoir tué six personnes et blessé trois autres a été arrêté.", (6, 3)),
        ("es", "Detenido un hombre sospechoso de matar a seis personas y herir a tres.", (6, 3)),
        ("it", "L'uomo è sospettato di aver ucciso sei persone e di averne ferite tre.", (6, 3)),
        ("pt", "O homem é suspeito de matar seis pessoas e ferir outras três.", (6, 3)),
        ("ca", "L'home és sospitós d'haver matat sis persones i d'haver-ne ferit tres.", (6, 3)),
    ],
)
def test_the_object_of_a_verb_of_harm(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected
