"""The dead told as everyone a vehicle carried: 'a plane carrying 61 people crashed, killing everyone on board' is
61 killed (derived), as 'none of the 40 passengers survived' is 40."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A passenger plane carrying 61 people crashed on Friday in a residential area, killing everyone on board.",
         "61"),
        ("A small plane carrying four people crashed into a field near the airport, killing all on board.", "4"),
        ("The helicopter, carrying 7 soldiers, came down in the mountains and all aboard were killed.", "7"),
        ("A bus with 32 passengers plunged into the river on Sunday and there were no survivors, police said.", "32"),
        ("The ferry carrying 45 passengers sank in the storm; everyone on board died.", "45"),
        # nobody died: the load is no toll
        ("A plane carrying 61 people made an emergency landing and everyone on board was safe.", "-"),
        # those killed on the ground are the toll the sentence gives
        ("A cargo plane carrying 3 crew crashed into a market, killing 2 people on the ground.", "2"),
    ],
)  # fmt: skip
def test_everyone_a_vehicle_carried_is_the_toll(text: str, killed: str) -> None:
    assert headlines(text, "en")[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the load in one sentence, everyone dead in the next
        ("The plane was carrying 62 people. There were no survivors.", "62"),
        ("A small plane carrying four people crashed into a hillside on Sunday. None of them survived, officials said.",
         "4"),
        ("The bus was carrying 32 passengers when it plunged into the gorge. All of them were killed.", "32"),
        ("The helicopter was carrying 7 soldiers. It came down in the mountains, and there were no survivors.", "7"),
        # "all of them" in the load's own sentence
        ("A bus carrying 30 pilgrims plunged into a gorge on Monday and all of them were killed.", "30"),
        # nobody died, or the next sentence counts those who lived
        ("A plane carrying 61 people made an emergency landing. Everyone on board was safe.", "-"),
        ("The ferry was carrying 45 passengers. Rescuers pulled 40 survivors from the water.", "-"),
    ],
)  # fmt: skip
def test_everyone_aboard_told_after_the_load(text: str, killed: str) -> None:
    assert headlines(text, "en")[0] == killed


@pytest.mark.parametrize(
    ("lang", "text", "killed"),
    [
        ("es", "Un avión con 62 personas a bordo se estrelló el viernes cerca de la ciudad. No hubo supervivientes, "
               "informaron los bomberos.", "62"),
        ("fr", "Un avion avec 48 personnes à bord s'est écrasé vendredi dans les montagnes. Il n'y a aucun survivant, "
               "selon les secours.", "48"),
        ("de", "Ein Hubschrauber mit 9 Menschen an Bord ist am Freitag abgestürzt. Es gibt keine Überlebenden.", "9"),
        ("pt", "O avião, com 23 pessoas a bordo, caiu na tarde de sexta-feira. Não houve sobreviventes, segundo a "
               "Defesa Civil.", "23"),
        ("it", "Un aereo con 14 persone a bordo è precipitato venerdì sulle Alpi. Non ci sono sopravvissuti.", "14"),
        # a toll of its own is the toll; nobody dead is no toll
        ("es", "Un autobús con 40 pasajeros a bordo volcó el lunes y 12 personas murieron.", "12"),
        ("es", "Un avión con 62 personas a bordo aterrizó de emergencia. Todos resultaron ilesos.", "-"),
    ],
)  # fmt: skip
def test_everyone_aboard_dead_in_the_reporters_own_languages(lang: str, text: str, killed: str) -> None:
    assert headlines(text, lang)[0] == killed
