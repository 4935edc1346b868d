"""Figures a text states, round 45. Sentences of our own.

1. Competing claimants told clause by clause ('Rebels said more than 50 people were killed, but the government said 14
   died', 'La oposición denunció más de 50 muertos, pero el gobierno cifró en 14 los fallecidos'): each clause's
   figure is its own speaker's, and the authorities' figure is the headline (lexicon CLAIMANT_BREAKS,
   UNOFFICIAL_SOURCES; core.extract.clause_claimants).
2. A number inside a name is no count: a numbered place's noun before it ('la Puerta 3 del estadio', 'la porte 3',
   lexicon NOT_COUNTS_BEFORE), and a CJK numeral of a park's name in a headline whose harm word lies past a space
   ('八仙樂園派對粉塵爆炸 大批民眾燒燙傷').
3. Lone victims without a numeral: 'became the first to die' (its rank is the toll so far: first, one dead;
   core.extract.first_to_die); gunfire told as the subject of 'struck' or 'hit', its victim the object ('the shots
   that struck Taylor Hayes': one shot, core.extract.gunfire_objects).
4. A court follow-up's penalty or redress ('were fined £1.7 million over the 1994 collapse in which six people died',
   'the trial opened of ... over the 2016 bridge collapse in which four workers died'): the case's toll, told by its
   year, is the article's figure, as a sentencing's is (follow_ups._COURT_NEWS).
5. A Romance active harm verb after one person ('Un hombre mató a su esposa y a su hijo', 'Un homme a tué sa femme et
   son fils'): the word for one is the doer's article, the victims are the verb's objects counted one by one, as in
   English (lexicon ACTIVE_HARM_VERBS, ONE_OBJECT_DETERMINERS, ONE_OBJECT_NOUNS; core.extract.world_objects).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("en", "Rebels said more than 50 people were killed, but the government said 14 died.", 14),
        ("en", "The government said 14 people died, while opposition leaders claimed more than 50 were killed.", 14),
        ("en", "The government says 14 people died. Opposition leaders allege that more than 50 died.", 14),
        ("en", "Officials put the death toll at 14, but opposition parties say more than 50 people died.", 14),
        ("en", "Activists said at least 50 people were killed. The interior ministry said 14 died.", 14),
        ("es", "La oposición denunció más de 50 muertos, pero el gobierno cifró en 14 los fallecidos.", 14),
        ("es", "El gobierno informó de 14 muertos, mientras que la oposición habla de más de 50 fallecidos.", 14),
        (
            "fr",
            "L'opposition affirme que plus de 50 personnes sont mortes, mais le gouvernement parle de 14 morts.",
            14,
        ),
        ("pt", "O governo fala em 14 mortos, enquanto a oposição fala em mais de 50 mortos.", 14),
        ("it", "Il governo parla di 14 morti, mentre l'opposizione parla di oltre 50 morti.", 14),
        ("ca", "El govern parla de 14 morts, però l'oposició en denuncia més de 50.", 14),
        ("ro", "Guvernul vorbește de 14 morți, dar opoziția susține că peste 50 de oameni au murit.", 14),
    ],
)
def test_the_authorities_figure_beside_a_claimants(language: str, text: str, killed: int) -> None:
    assert headline_figures(text, language=language)[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        ("en", "Police said 12 people were injured, while organisers put the number at 20.", 12),
        (
            "en",
            "Two people were killed and 14 were injured, police said, but witnesses said at least 20 were hurt.",
            14,
        ),
    ],
)
def test_an_official_count_stays_beside_a_claimants(language: str, text: str, wounded: int) -> None:
    assert headline_figures(text, language=language)[1] == wounded


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Tres heridos en un incendio en la Puerta 3 del estadio.", (None, 3)),
        ("fr", "Un incendie près de la porte 3 du stade a fait des blessés.", (None, None)),
        ("it", "Un incendio vicino alla porta 3 dello stadio ha causato feriti.", (None, None)),
        ("en", "Three people were hurt in a crash on Route 66 near Gate 3 of the base.", (None, 3)),
        ("en", "Visitors gathered at the 9/11 memorial, where one man was injured in a fall.", (None, 1)),
        ("zh", "八仙樂園派對粉塵爆炸 大批民眾燒燙傷", (None, None)),
        ("zh", "七星山火災 民眾受傷", (None, None)),
        ("zh", "八仙塵爆 498人燒燙傷", (None, 498)),
        ("zh", "台北火災 8人受傷 2人死亡", (2, 8)),
    ],
)
def test_a_number_inside_a_name_is_no_count(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A student with burns over most of his body became the first to die after the fairground blaze.", 1),
        ("A man became the first to die after the fire.", 1),
        ("A firefighter became the second person to die of his burns on Sunday.", 2),
        ("The girl became the third fatality of the outbreak.", 3),
        ("She became the first woman to lead the company.", None),
        ("He became the first death row inmate to be freed.", None),
    ],
)
def test_a_death_told_by_its_rank(text: str, killed: int | None) -> None:
    assert headline_figures(text, language="en")[0] == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Police think the shots that struck Lena Ortiz came from another car. The girl remains on life support.",
            1,
        ),
        ("A stray bullet struck a 9-year-old girl sitting on her porch.", 1),
        ("Gunfire hit a man sitting in his car on Elm Street.", 1),
        ("A car struck a 9-year-old girl on her bike.", None),
        ("The storm struck a town in the north.", None),
    ],
)
def test_gunfire_that_struck_one(text: str, wounded: int | None) -> None:
    assert headline_figures(text, language="en")[1] == wounded


@pytest.mark.parametrize(
    ("title", "text", "published", "killed"),
    [
        (
            "Record fines over harbour walkway collapse",
            "Three firms were fined a total of £2 million at the Crown Court over the 1994 collapse of a passenger "
            "walkway at the harbour in which six people died.",
            datetime(1997, 2, 28),
            6,
        ),
        (None, "The mine's owner was fined $3 million on Tuesday for the 2010 explosion that killed 29 miners.",
         datetime(2013, 5, 2), 29),
        (None, "The trial opened on Monday of two managers over the 2016 bridge collapse in which four workers died.",
         datetime(2019, 5, 2), 4),
        (None, "A new bridge opened on Monday. In 2016 a bridge collapse there killed four workers.",
         datetime(2019, 5, 2), None),
    ],
)  # fmt: skip
def test_a_court_follow_ups_penalty_tells_its_case(
    title: str | None, text: str, published: datetime, killed: int | None
) -> None:
    assert headline_figures(text, title=title, published_at=published, language="en")[0] == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("es", "Un hombre mató a su esposa y a su hijo en su casa de Sevilla.", 2),
        ("es", "Un hombre mató a su esposa, a su suegra y a su hijo.", 3),
        ("es", "Un hombre mató a su esposa en su casa.", 1),
        ("es", "Una explosión mató a un hombre y a una mujer.", 2),
        ("es", "Un tiroteo mató a cinco personas.", 5),
        ("pt", "Um homem matou a mulher e o filho em casa.", 2),
        ("it", "Un uomo ha ucciso la moglie e il figlio nella loro casa.", 2),
        ("fr", "Un homme a tué sa femme et son fils à leur domicile.", 2),
        ("ca", "Un home va matar la seva dona i el seu fill a casa.", 2),
        ("ro", "Un bărbat și-a ucis soția și fiul în locuința lor.", 2),
        ("es", "Un hombre murió en su casa.", 1),
    ],
)
def test_the_objects_of_an_active_kill_verb(language: str, text: str, killed: int) -> None:
    assert headline_figures(text, language=language)[0] == killed


def test_the_objects_of_an_active_wounding_verb() -> None:
    assert headline_figures("Un hombre hirió a su vecino y a su hija con un cuchillo.", language="es") == (None, 2)
