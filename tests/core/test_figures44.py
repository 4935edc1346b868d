"""Figures a text states, round 44. Sentences of our own.

1. Stated zeros beside a lone death or an injured count: 'no one else inside was hurt' (a place between 'else' and
   the verb), the singular 'nessun morto', 'ningún fallecido', 'nenhum morto', 'cap mort', 'niciun mort' say none
   dead (wounded none) beside the other harm's figure.
2. People counted right before a harm verb whose own count follows it ('Dos hombres mataron a cuatro personas',
   'Deux hommes ont tué quatre personnes') are the doers (lexicon AGENT_NOUNS): the toll is the object's count, and
   the same people before a verb with no count after it ('Dos hombres murieron') are still the dead.
3. After one person's noun, 'de'/'di' and a number tell an age ('una compañera de 16', 'una compagna di 16'): the
   victim is one, not sixteen (lexicon NOT_COUNTS_BEFORE).
4. The killer told as the last object of his killing verb ('killed his wife and son and then himself') is one of
   the dead the sentence lists: three, where no numeral counts the victims ('killed his two children and then
   himself' stays 2, as round 38's 'six relatives'). His death told by a verb of its own ('before turning the gun
   on himself', 'the shooter then killed himself') stays apart from the victims' count, as before.
5. One hurt told by the wound's noun with no numeral ('One other student suffered a graze wound and another was
   hurt'): two hurt.
6. A death toll told as rumour in Spanish, Portuguese, French, Italian ('videos difundidos en redes sociales',
   'voci non confermate') yields to the authorities' figure or their stated zero (lexicon RUMOUR_CUES).
7. Those arrested or accused for a death ('Detienen a cuatro adolescentes por la muerte de una niña') are none of
   the dead: the death's victims are told after it (lexicon CHARGE_WORDS).
"""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "A nine-year-old boy died after shots hit the house overnight. No one else inside was hurt.", (1, 0)),
        ("en", "The driver was killed when the truck overturned. Nobody else in the car was injured.", (1, 0)),
        ("en", "A pilot died in the crash of the small plane. No one else on board was hurt.", (1, 0)),
        ("it", "Sono 15 i feriti dopo il crollo della tribuna. Nessun morto.", (0, 15)),
        ("it", "Otto feriti, nessun morto e tanta paura sul treno deragliato.", (0, 8)),
        ("es", "El choque del autobús dejó 12 heridos, uno de ellos grave, y ningún fallecido.", (0, 12)),
        ("es", "Hay nueve heridos y ningún muerto tras la explosión en la fábrica.", (0, 9)),
        ("pt", "O desabamento deixou 11 feridos e nenhum morto.", (0, 11)),
        ("pt", "A explosão fez seis feridos, nenhuma vítima mortal.", (0, 6)),
        ("ca", "L'accident de l'autobús ha deixat set ferits i cap mort.", (0, 7)),
        ("ro", "Explozia a lăsat cinci răniți și niciun mort.", (0, 5)),
    ],
)
def test_a_stated_zero_beside_the_other_harm(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Dos hombres mataron a cuatro personas en un bar del centro.", 4),
        ("es", "Tres jóvenes asesinaron a cinco vecinos durante la noche.", 5),
        ("pt", "Dois homens mataram quatro pessoas num bar da cidade.", 4),
        ("fr", "Deux hommes ont tué quatre personnes dans un café.", 4),
        ("it", "Due uomini hanno ucciso quattro persone in un bar.", 4),
        ("ca", "Dos homes van matar quatre persones en un bar.", 4),
        ("ro", "Doi bărbați au ucis patru persoane într-un bar.", 4),
        ("es", "Dos hombres murieron en el tiroteo del bar.", 2),
        ("it", "Due uomini sono morti nell'incidente sulla statale.", 2),
    ],
)
def test_the_doers_of_a_killing_are_not_its_toll(language: str, text: str, expected: int) -> None:
    assert headline_figures(text, language=language)[0] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un estudiante de 17 años mató a tiros a una compañera de 16 en el comedor."),
        ("pt", "Um aluno de 17 anos matou a tiro uma colega de 16 na cantina."),
        ("it", "Uno studente di 17 anni ha ucciso una compagna di 16 nella mensa."),
        ("fr", "Un lycéen de 17 ans a tué une camarade de 16 à la cantine."),
        ("ca", "Un alumne de 17 anys va matar una companya de 16 al menjador."),
        ("es", "Un hombre de 40 murió al caer del andamio."),
    ],
)
def test_an_age_after_one_persons_noun_is_no_count(language: str, text: str) -> None:
    assert headline_figures(text, language=language)[0] == 1


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "El incendio dejó un saldo de 16 muertos.", 16),
        ("es", "La muerte de 16 personas conmocionó al país.", 16),
        ("it", "La morte di 16 persone ha scosso il paese.", 16),
    ],
)
def test_a_count_after_de_is_still_a_count(language: str, text: str, expected: int) -> None:
    assert headline_figures(text, language=language)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The father killed his wife and son and then himself, prosecutors said.", 3),
        ("Police say a man killed his two young children and then himself at the farm.", 2),  # a numeral: victims
        ("A father killed six relatives and then himself at the farmhouse.", 6),
        ("Police said the man killed the boy and himself in the garage.", 2),
        ("Investigators said the man killed his 6-year-old daughter, his 4-year-old son, and then himself.", 3),
        ("A woman killed her husband and then herself at their home.", 2),
        ("A man fatally shot his wife and then himself on Sunday.", 2),
        ("The gunman killed three people before turning the gun on himself.", 3),
        ("A boy was shot and killed; the shooter then killed himself.", 1),
    ],
)
def test_the_killer_as_the_last_of_the_killed(text: str, expected: int) -> None:
    assert headline_figures(text, language="en")[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "One other student suffered a graze wound and another was hurt in the rush.",
        "A guard suffered a stab wound and another was hurt in the struggle.",
    ],
)
def test_two_hurt_told_without_numerals(text: str) -> None:
    assert headline_figures(text, language="en")[1] == 2


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Videos difundidos en redes sociales aseguran que hubo 14 muertos en la pelea, una cifra que ninguna "
            "autoridad ha confirmado. La fiscalía sostiene que no hay víctimas mortales.",
            0,
        ),
        ("es", "En redes circularon versiones de 30 muertos. El gobierno informó de 4 fallecidos.", 4),
        (
            "pt",
            "Vídeos nas redes sociais falam em 12 mortos, mas nenhuma autoridade confirmou. A polícia diz que não "
            "houve mortos.",
            0,
        ),
        ("it", "Voci non confermate parlavano di 15 morti. La prefettura ha precisato che non ci sono morti.", 0),
        ("fr", "Des rumeurs évoquaient 20 morts. La préfecture a fait état de 3 morts.", 3),
        ("es", "Según versiones no confirmadas, murieron 8 personas en el ataque.", 8),
        ("es", "Una pelea en redes sociales terminó en un tiroteo que dejó dos muertos.", 2),
    ],
)
def test_a_rumoured_toll_yields(language: str, text: str, expected: int) -> None:
    assert headline_figures(text, language=language)[0] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Detienen a cuatro adolescentes por la muerte de una niña de 11 años.", 1),
        ("es", "La policía detuvo a tres hombres por la muerte de dos jóvenes en una fiesta.", 2),
        ("pt", "Polícia prende quatro adolescentes pela morte de uma menina.", 1),
        ("fr", "La police a interpellé quatre adolescents pour la mort d'une fillette.", 1),
        ("it", "La polizia ha fermato quattro ragazzi per la morte di una bambina.", 1),
        ("es", "El incendio causó la muerte de tres personas.", 3),
        ("pt", "O acidente provocou a morte de 5 pessoas.", 5),
    ],
)
def test_the_arrested_for_a_death_are_not_its_dead(language: str, text: str, expected: int) -> None:
    assert headline_figures(text, language=language)[0] == expected
