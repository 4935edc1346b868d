"""World-language figures, round 38. Sentences of our own.

1. Competing claimants in every language: the authorities' figure told beside that of organisers, residents or
   witnesses (each language's UNOFFICIAL_SOURCES) is the headline, in one sentence (a clause set against the other,
   CONTRAST_CLAUSES) or in neighbouring ones; a correction's earlier figure ('d'abord') and a round floor before the
   authorities' exact count ('mehr als 50' ... 57) give way to the official figure.
2. No number: 'un número aún indeterminado de heridos' is no count of one.
3. A rate ('600 al día', 'about 600 a day') is no toll; 'a day after' is a time, no rate.
4. German 'angeschossen' (shot) counts the wounded; the parts told after the count do not add to it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.figures_kit import headline_figures

_DAY = datetime(2024, 6, 4)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La police a fait état de 12 blessés, tandis que les organisateurs parlent de 20 blessés.", (None, 12)),
        (
            "fr",
            "Selon les autorités, 85 personnes sont mortes. Les habitants affirment qu'au moins 120 personnes ont été "
            "tuées.",
            (85, None),
        ),
        ("es", "La policía informó de 12 heridos, mientras que los organizadores hablan de 20 heridos.", (None, 12)),
        (
            "es",
            "Según los vecinos, al menos 120 personas murieron en la inundación. Las autoridades dijeron que 85 "
            "personas murieron.",
            (85, None),
        ),
        (
            "de",
            "Die Polizei sprach von 12 Verletzten, während nach Angaben der Veranstalter 20 Menschen verletzt wurden.",
            (None, 12),
        ),
        (
            "de",
            "Nach Angaben von Anwohnern kamen mindestens 120 Menschen ums Leben. Die Behörden sprachen von 85 Toten.",
            (85, None),
        ),
        ("ar", "قالت الشرطة إن 12 شخصا أصيبوا، بينما قال المنظمون إن عدد المصابين 20.", (None, 12)),
        ("ar", "قال السكان إن 120 شخصا على الأقل قتلوا في الفيضان. وقالت السلطات إن 85 شخصا لقوا حتفهم.", (85, None)),
        ("ru", "По данным полиции, пострадали 12 человек, а организаторы говорят о 20 пострадавших.", (None, 12)),
        ("ru", "По словам местных жителей, погибли не менее 120 человек. Власти сообщили о 85 погибших.", (85, None)),
        (
            "tr",
            "Polis 12 kişinin yaralandığını açıkladı, organizatörler ise yaralı sayısının 20 olduğunu söyledi.",
            (None, 12),
        ),
        (
            "tr",
            "Yerel halka göre en az 120 kişi hayatını kaybetti. Yetkililer 85 kişinin öldüğünü açıkladı.",
            (85, None),
        ),
        ("it", "La polizia ha parlato di 12 feriti, mentre secondo gli organizzatori i feriti sono 20.", (None, 12)),
    ],
)
def test_the_official_figure_beside_another_claimants(
    language: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, published_at=_DAY, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # one claimant alone keeps its figure
        ("fr", "Les organisateurs parlent de 20 blessés.", (None, 20)),
        ("es", "Según los vecinos, al menos 120 personas murieron en la inundación.", (120, None)),
        # the same source's later figure is its update
        ("fr", "La police a fait état de 12 blessés. Plus tard, la police a fait état de 15 blessés.", (None, 15)),
        # a contrast word with no source of its own changes nothing
        ("fr", "Douze personnes ont été blessées, alors que la fête battait son plein.", (None, 12)),
        ("ru", "Погибли 12 человек, а еще 30 получили ранения, сообщили в МЧС.", (12, 30)),
    ],
)
def test_one_claimants_figures_stand(language: str, text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text", "title", "expected"),
    [
        (
            "fr",
            "Le bilan officiel de la tempête s'élève à 9 morts, après une correction des autorités, qui avaient "
            "d'abord parlé de 17 victimes.",
            None,
            9,
        ),
        ("fr", "Les secours avaient d'abord compté 17 morts. Le bilan officiel est désormais de 9 morts.", None, 9),
        (
            "de",
            "Die Behörden hatten zunächst von 17 Toten gesprochen. Die offizielle Bilanz liegt nun bei 9 Toten.",
            None,
            9,
        ),
        (
            "de",
            "Bei den Unruhen in der Haftanstalt sind mehr als 50 Gefangene getötet worden. Der Präsident rief den "
            "Notstand aus. Die Behörden sprachen von 57 Toten und 30 Verletzten.",
            "Mehr als 50 Tote bei Unruhen in Haftanstalt",
            57,
        ),
    ],
)
def test_the_corrected_or_official_figure_wins(language: str, text: str, title: str | None, expected: int) -> None:
    assert headline_figures(text, title=title, published_at=_DAY, language=language)[0] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Los bomberos informaron de decenas de muertos y un número aún indeterminado de heridos.", None),
        ("fr", "L'explosion a fait plusieurs morts et une quantité inconnue de blessés, selon les pompiers.", None),
        ("fr", "L'incendie a fait 4 morts et un nombre encore indéterminé de blessés.", None),
        ("it", "L'esplosione ha causato 3 morti e un numero imprecisato di feriti.", None),
        ("pt", "A explosão deixou 3 mortos e um número ainda indeterminado de feridos.", None),
    ],
)
def test_no_number_is_no_count_of_one(language: str, text: str, expected: int | None) -> None:
    assert headline_figures(text, published_at=_DAY, language=language)[1] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El número de muertes en la capital se ha duplicado hasta unas 600 al día por la ola de calor."),
        ("fr", "Le nombre de décès dans la capitale a doublé pour atteindre environ 600 par jour pendant la canicule."),
        ("de", "Die Zahl der Todesfälle in der Hauptstadt hat sich auf etwa 600 pro Tag verdoppelt."),
        ("ru", "Число смертей в столице выросло вдвое, до 600 в день, из-за жары."),
        ("it", "Il numero dei decessi nella capitale è raddoppiato fino a circa 600 al giorno per il caldo."),
        ("pt", "O número de mortes na capital dobrou para cerca de 600 por dia durante a onda de calor."),
        (
            "en",
            "The number of deaths in the capital has doubled to about 600 a day during the heat wave, officials said.",
        ),
        ("en", "Hospitals are recording 40 deaths a week from the smog, the health chief said."),
    ],
)
def test_a_rate_is_no_toll(language: str, text: str) -> None:
    assert headline_figures(text, published_at=_DAY, language=language)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman killed 12 people a day after the election, police said.", 12),
        ("The attack killed 12 people, a day after a bombing in the north.", 12),
        ("Twelve people were killed in the blast. Two more died a day later.", 14),
        ("The storm killed 14 people in a day of chaos.", 14),
    ],
)
def test_a_day_told_as_a_time_is_no_rate(text: str, expected: int) -> None:
    assert headline_figures(text, published_at=_DAY)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bei dem Angriff wurden drei Menschen getötet. Zwölf weitere Menschen wurden angeschossen, zehn "
            "Polizisten und zwei Passanten.",
            (3, 12),
        ),
        ("Bei dem Überfall wurden zwei Menschen erschossen und drei weitere angeschossen.", (2, 3)),
        ("Bei der Schießerei starben zwei Menschen, acht wurden durch Schüsse verletzt.", (2, 8)),
        ("Vier Polizisten wurden angeschossen, zwei von ihnen schwer.", (None, 4)),
        ("Der angeschossene Täter wurde festgenommen. Drei Menschen starben.", (3, None)),
    ],
)
def test_german_shot_are_wounded(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, published_at=_DAY, language="de") == expected
