"""Per-article headline figures (issue #11), ninth session, second figures round: more of the hurt told with the
injured figure, the hurt who later died counted among the dead, one survivor taken to hospital with injuries, and a
single drowning told with no number word (cs, sk). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'took N more to hospital' beside those treated at the scene: both are the hurt
        (
            "A minibus overturned on the ring road on Thursday. Paramedics treated 30 people at the scene and took "
            "10 more to hospital, the ambulance service said.",
            (None, 40),
        ),
        (
            "Two people died when a gas cylinder exploded at a market in Kano. Medics treated 18 people on the spot "
            "and took five more to the general hospital.",
            (2, 23),
        ),
        # 'took' with no people taken counts no one
        (
            "Three people were injured in the collision. The ambulance took 10 minutes to reach the hospital.",
            (None, 3),
        ),
    ],
)
def test_more_of_the_hurt_taken_to_hospital_add_to_those_treated(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five people were killed and 12 injured, two of whom later died, when a tanker exploded on the highway "
            "outside Multan.",
            (7, 10),
        ),
        (
            "Three workers died and nine were hurt, one of whom later died in hospital, when scaffolding collapsed "
            "at a building site in Leeds.",
            (4, 8),
        ),
        # no dead told before the hurt: only the hurt lose the one who died
        ("Five people were injured in the crash, including a man who later died.", (1, 4)),
    ],
)
def test_the_hurt_who_later_died_join_the_dead_told_before_them(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A light aircraft came down in a field near the airfield on Sunday, killing 18 people. The pilot, the "
            "sole survivor, was taken to hospital with injuries.",
            (18, 1),
        ),
        (
            "A bus plunged off a bridge in Himachal Pradesh, killing 11 passengers. The driver, the only survivor, "
            "was taken to the district hospital with serious injuries.",
            (11, 1),
        ),
        # taken to hospital with no injury told, or with no survivor told: someone already counted, who may have died
        ("A man was killed when his car hit a tree. The passenger was taken to hospital.", (1, None)),
        ("A man was killed when his car hit a tree. The passenger was taken to hospital with injuries.", (1, None)),
        # taken with injuries and then died: no one hurt
        (
            "Four people died in the fire. The caretaker, the sole survivor, was taken to hospital with burns, where "
            "he died.",
            (4, None),
        ),
    ],
)
def test_one_survivor_taken_to_hospital_with_injuries_is_one_hurt(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("cs", "V sobotu odpoledne se v přehradě u Brna utopil muž. Policie případ prošetřuje.", 1),
        ("cs", "Při koupání v rybníce se utopila starší žena, její vnuk přežil.", 1),
        ("cs", "Při povodních se utopili tři lidé.", 3),
        ("cs", "Dítě spadlo do bazénu, ale nikdo se neutopil.", None),
        ("sk", "V nedeľu sa v jazere pri Senci utopil mladý muž.", 1),
    ],
)
def test_a_single_drowning_with_no_number_word_is_one_dead(language: str, text: str, expected: int | None) -> None:
    assert headline_figures(text, language=language)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein 61-jähriger Radfahrer kam ums Leben, sein Sohn wurde schwer verletzt.", (1, 1)),
        ("Auf der Landstraße bei Ulm starb ein Motorradfahrer. Seine Beifahrerin wurde dabei leicht verletzt.", (1, 1)),
        # the plural auxiliary, a number, or a negation: no singular
        ("Bei dem Brand in Kassel starben drei Menschen, zwölf wurden verletzt.", (3, 12)),
        ("Auf der Landstraße bei Ulm starb ein Motorradfahrer. Dabei wurde niemand sonst verletzt.", (1, None)),
        ("Auf der Landstraße bei Ulm starb ein Motorradfahrer. Verletzt wurde niemand.", (1, 0)),
    ],
)
def test_de_one_hurt_told_by_the_singular_auxiliary(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language="de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sivas'ta kamyonla çarpışan otomobilin sürücüsü hayatını kaybetti.", 1),
        ("Kazada ölen sürücü 52 yaşındaydı, savcılık soruşturma başlattı.", 1),
        # a count bound, a vague count, a plural subject, or a negated verb: no single death
        ("Yangında 3 kişi öldü, 12 kişi yaralandı.", 3),
        ("Depremde yüzlerce kişi hayatını kaybetti.", None),
        ("Sel sularına kapılan köylüler hayatını kaybetti.", None),
        ("Kazada kimse hayatını kaybetmedi.", None),
    ],
)
def test_tr_one_death_told_by_a_verb_with_no_count(text: str, expected: int | None) -> None:
    assert headline_figures(text, language="tr")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل رجل وأصيب أربعة آخرون في انفجار عبوة ناسفة في الموصل.", (1, 4)),
        ("أسفر الحريق عن مقتل طفل وإصابة والدته.", (1, None)),
        # the dual or a count bound: no single death
        ("قتل شخصان وأصيب سبعة في انفجار.", (2, 7)),
        ("قتل 14 شخصا في الغارة.", (14, None)),
    ],
)
def test_ar_one_dead_told_by_a_singular_noun_after_the_verb(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language="ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bij het ongeluk bij Zwolle kwam een fietser om het leven, zijn vrouw raakte zwaargewond.", (1, 1)),
        ("Bij de brand kwamen drie mensen om het leven, twaalf mensen raakten gewond.", (3, 12)),
        ("Een automobilist kwam om het leven. Er raakte verder niemand gewond.", (1, None)),
    ],
)
def test_nl_one_hurt_told_by_the_singular_auxiliary(text: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language="nl") == expected
