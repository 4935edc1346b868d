"""Round 43 (langs52): three forms of a toll the Spanish, Romanian and Catalan lexicons missed, each a sentence of
our own. Spanish: the active past of 'asesinar' with the personal 'a' before the count ("asesinaron a 7 personas";
the lexicon listed 'mataron' and the participles 'asesinado*', not the finite verb). Romanian: the masculine plural
of the participle, whose 'ți' ending no trigger began ("au fost uciși", "omorâți", "asasinați": 'ucis' is a prefix
of 'ucise', not of 'uciși'). Catalan: 'assassinar' ("han estat assassinades", "van assassinar"), its masculine
only after an auxiliary ('assassinats' alone is the noun too: "300 assassinats l'any passat")."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("code", "text", "killed"),
    [
        # Spanish: the active, the victims after the personal "a"
        ("es", "Hombres armados asesinaron a 9 personas en una finca.", "9"),
        ("es", "Asesinan a 6 personas en un bar del centro.", "6"),
        ("es", "Un hombre asesinó a 3 personas y luego se entregó.", "3"),
        ("es", "Dos sicarios asesinaron a cuatro jóvenes en una fiesta.", "4"),
        ("es", "Hombres armados mataron a tres personas en el pueblo.", "3"),
        ("es", "Fueron asesinadas cinco personas en el ataque.", "5"),
        # ... a named victim is no count
        ("es", "Pistoleros asesinaron al alcalde del municipio.", "-"),
        # Romanian: the masculine plural participle, with and without its diacritics, the count before or after
        ("ro", "Au fost uciși patru oameni în atac.", "4"),
        ("ro", "Au fost ucişi 4 oameni în atac.", "4"),  # the cedilla of older keyboards
        ("ro", "Trei polițiști au fost uciși într-un atac.", "3"),
        ("ro", "Patru oameni au fost omorâți în sat.", "4"),
        ("ro", "Șase oameni au fost asasinați în sat.", "6"),
        ("ro", "Sase oameni au fost ucisi in atac.", "6"),
        # Catalan: murdered, the passive (count before or after) and the killer's verb
        ("ca", "Han estat assassinades cinc persones al barri.", "5"),
        ("ca", "Tres homes han estat assassinats a la frontera.", "3"),
        ("ca", "Un pistoler ha assassinat quatre persones al poble.", "4"),
        ("ca", "Cinc persones van ser assassinades a la plaça.", "5"),
        ("ca", "Uns pistolers van assassinar set persones.", "7"),
        ("ca", "Han mort sis persones en un incendi.", "6"),
        # ... the murder of one named man, years ago, is no count
        ("ca", "Fa deu anys de l'assassinat del periodista.", "-"),
        # ... nor a year's murders, the masculine plural alone being the noun too
        ("ca", "La ciutat va registrar 300 assassinats l'any passat.", "-"),
    ],
)
def test_romance_forms(code: str, text: str, killed: str) -> None:
    assert headlines(text, code)[0] == killed
