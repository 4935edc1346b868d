"""Numbers that count no people, in the reporters' languages, round 40. Sentences of our own.

A clock time ('a las 5', 'alle 5', 'às 5', 'saat 5'te', 'o godz. 5'), a shift ('en 2 turnos', 'in 2 Schichten'),
a floor ('au 3e étage', 'al 3º piano'), an hour or a day ('2 días después') next to a word for the dead or the hurt
is no count of them: each language's NOT_COUNTS_BEFORE and NOT_COUNTS_AFTER say so, as English's non-count units
do. The counts beside them stay counts.
"""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # times of day
        ("es", "Los fallecidos fueron velados en Cuenca a las 5 de la tarde."),
        ("es", "Los heridos llegaron al hospital desde las 3 de la madrugada."),
        ("fr", "Les victimes ont été tuées à 5 heures du matin."),
        ("it", "Le vittime sono state uccise alle 5 del mattino."),
        ("de", "Die Opfer wurden um 5 Uhr morgens getötet."),
        ("pt", "As vítimas foram mortas às 5 da manhã."),
        ("pl", "Ofiary zginęły o godz. 5 rano."),
        ("tr", "Kurbanlar saat 5'te öldürüldü."),
        ("ru", "Погибшие были убиты в 5 часов утра."),
        ("ja", "犠牲者は5時に殺害された。"),
        ("nl", "De slachtoffers werden om 5 uur gedood."),
        ("ca", "Les víctimes van morir a les 5 de la tarda."),
        ("ro", "Victimele au fost ucise la ora 5 dimineața."),
        ("sv", "Offren dödades klockan 5 på morgonen."),
        ("id", "Para korban tewas pada pukul 5 pagi."),
        ("ar", "قتل الضحايا في الساعة 5 صباحا."),
        ("fa", "قربانیان ساعت 5 صبح کشته شدند."),
        ("el", "Τα θύματα σκοτώθηκαν στις 5 το πρωί."),
        # shifts
        ("es", "Los médicos atendieron a los heridos en 2 turnos."),
        ("pt", "Os feridos foram atendidos em 2 turnos."),
        ("it", "I feriti sono stati curati in 2 turni."),
        ("de", "Die Verletzten wurden in 2 Schichten versorgt."),
        ("ru", "Раненых лечили в 2 смены."),
        ("nl", "De gewonden werden in 2 ploegen verzorgd."),
        # floors and ordinals
        ("es", "Los heridos fueron trasladados al 3er piso del hospital."),
        ("es", "Los heridos están en la 3ª planta del hospital."),
        ("fr", "Les blessés ont été soignés au 3e étage de l'hôpital."),
        ("it", "I feriti sono ricoverati al 3º piano."),
        ("it", "I feriti sono stati curati al 3 piano dell'ospedale."),
        ("pt", "Os feridos estão no 3º andar do hospital."),
        ("nl", "De gewonden liggen op de 3e verdieping."),
        ("ru", "Раненых разместили на 3 этаже больницы."),
        # rounds
        ("es", "Los heridos fueron atendidos en 2 rondas de evacuación."),
        ("fr", "Les blessés ont été évacués en 2 rotations."),
        # hours and days
        ("es", "Los heridos esperaron 3 horas en urgencias."),
        ("fr", "Les blessés ont attendu 3 heures aux urgences."),
        ("de", "Die Verletzten warteten 3 Stunden in der Notaufnahme."),
        ("en", "The wounded were treated for 3 hours."),
        ("en", "The victims were killed at 5 o'clock."),
    ],
)
def test_a_number_that_counts_no_people_is_no_figure(language: str, text: str) -> None:
    killed, wounded = headline_figures(text, language=language)
    assert (killed, wounded) == (None, None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "El ataque dejó 3 muertos y 12 heridos a las 5 de la tarde.", (3, 12)),
        ("es", "Tres muertos y 4 heridos en el incendio del 3er piso.", (3, 4)),
        ("fr", "L'attaque a fait 3 morts et 12 blessés au 2e étage.", (3, 12)),
        ("it", "L'attacco alle 5 del mattino ha causato 3 morti e 12 feriti.", (3, 12)),
        ("pt", "O ataque às 5 da manhã deixou 3 mortos e 12 feridos.", (3, 12)),
        ("de", "Bei dem Angriff um 5 Uhr gab es 3 Tote und 12 Verletzte.", (3, 12)),
        ("tr", "Saat 5'te düzenlenen saldırıda 3 kişi öldü, 12 kişi yaralandı.", (3, 12)),
        # platforms and lanes: a number named by the word before it
        ("es", "Dos heridos en el andén 3 de la estación.", (None, 2)),
        ("it", "Due feriti sul binario 3 della stazione.", (None, 2)),
        ("de", "Zwei Verletzte am Gleis 3 des Bahnhofs.", (None, 2)),
        ("es", "Tres heridos en el carril 2 de la autopista.", (None, 3)),
        ("pl", "Dwie osoby zostały ranne na peronie 3.", (None, 2)),
        ("sv", "Klockan 5 dödades 3 personer och 12 skadades.", (3, 12)),
        ("ar", "قتل 3 أشخاص وأصيب 12 آخرون في الساعة 5 صباحا.", (3, 12)),
    ],
)
def test_the_counts_beside_them_stay_counts(language: str, text: str, expected: tuple[int, int]) -> None:
    assert headline_figures(text, language=language) == expected
