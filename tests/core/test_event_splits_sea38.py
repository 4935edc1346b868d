"""Grouping (round 38): reports of one event at sea, and an early report of others hurt without a count; sentences
of our own.

Every report below is published in May 2031 (a Monday is the 12th), extracted as the service does."""

from __future__ import annotations

import pytest

from core.events.uncounted import tells_uncounted_hurt
from core.models import ArticleFacts
from core.named_events import site_names
from tests.core.feed_kit import holders, report

# ---------------------------------------------------------------------------------------------------------
# A vessel's name, read after its word in any language: it bridges the reports of its disaster as a victim's does


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fire broke out on the car deck of the ferry Coral Meridian overnight.", "site:meri"),
        ("The Coral Meridian ferry was towed to port on Tuesday.", "site:meri"),
        ("Les passagers du ferry « Coral Meridian » ont été hélitreuillés.", "site:meri"),
        ("Il traghetto Coral Meridian è stato rimorchiato verso Brindisi.", "site:meri"),
        ("Zjarri në tragetin Coral Meridian u shua të martën.", "site:meri"),
        ("De brandende veerboot Coral Meridian is naar de haven gesleept.", "site:meri"),
        ("Coral Meridian feribotundaki yangın söndürüldü.", "site:meri"),
        ("Le navire sénégalais « Kassoum » a chaviré au large.", "site:kass"),
        ("The cruise ship Ostrava sank within minutes on the reservoir.", "site:ostr"),
        ("Теплоход «Остава» затонул в водохранилище.", "site:оста"),
        ("Після підйому теплохода «Остава» рятувальники знайшли тіла.", "site:оста"),
    ],
)
def test_a_vessels_name_after_its_word_is_read(text: str, name: str) -> None:
    assert name in site_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ship hit Baltimore's harbour wall before dawn.",  # a place after a word: not quoted, not the name
        "Паром затонул у причала, сообщили спасатели.",  # a lower-case word after the word: no name
        "The boat capsized Sunday near the river mouth.",
    ],
)
def test_no_vessels_name_where_none_is_given(text: str) -> None:
    assert not {n for n in site_names(text) if n not in ("site:balt",)} or "Baltimore" not in text
    assert "site:balt" not in site_names(text)


def _river_ship_sinking() -> list[ArticleFacts]:
    """A river cruise ship sank on Sunday the 11th: counted in Russian and in English, the Russian names no town
    the English names."""
    return [
        report(
            "ru",
            "Теплоход «Остава» затонул в воскресенье на водохранилище, спасатели подняли тела 40 погибших, "
            "сообщили в МЧС.",
            12,
            language="ru",
            title="Число погибших при крушении теплохода «Остава» выросло до 40",
        ),
        report(
            "ru2",
            "Водолазы нашли в корпусе теплохода «Остава» ещё 12 тел; всего погибли 52 человека, среди них дети.",
            14,
            language="ru",
            title="Крушение «Оставы»: 52 погибших",
        ),
    ]


def test_two_reports_naming_the_river_ship_in_its_script_are_one_event() -> None:
    held = holders(_river_ship_sinking())
    assert held["ru"] == held["ru2"]


# ---------------------------------------------------------------------------------------------------------
# An early report of a small toll "and several others wounded": no lone victim beside the later count


def _march_ambush() -> list[ArticleFacts]:
    """Snipers fired on officers at the end of a march in Tulsa on Saturday night (the 10th): the later counts."""
    return [
        report(
            "count",
            "Five officers died and nine more were wounded in a sniper ambush at the close of a protest march in "
            "Tulsa, the police chief said on Sunday. One suspect was killed by a police robot.",
            11,
            title="Five officers killed, nine wounded in Tulsa sniper ambush",
        ),
        report(
            "count2",
            "The Tulsa police chief said five officers were killed and nine wounded by snipers firing from a "
            "garage at the end of Saturday's march; two civilians were also hurt.",
            11,
            title="Tulsa ambush: five officers dead",
        ),
    ]


def test_an_early_report_of_two_dead_and_several_others_wounded_joins_the_later_count() -> None:
    """The first report: two deputies killed "and several others wounded", sent with no date and in other words.
    Its others hurt are not counted, so it is no report of a lone victim or two beside the ambush: it is the
    ambush's."""
    early = report(
        "early",
        "Two deputies were killed and several others wounded on Saturday night when shots rang out near the end "
        "of a march downtown, the sheriff's office said. Marchers fled into side streets.",
        None,
        title="Two deputies shot dead, others wounded as gunfire erupts at Tulsa march",
    )
    held = holders([*_march_ambush(), early])
    assert held["count"] == held["count2"]
    assert held["early"] == held["count"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Two officers were killed and several others wounded on Thursday night.", True),
        ("One man died and many more were injured in the blast.", True),
        ("Deux policiers ont été tués et plusieurs autres blessés.", True),
        ("Dos agentes murieron y varios otros resultaron heridos.", True),
        ("Zwei Polizisten starben, mehrere weitere wurden verletzt.", True),
        ("Two officers were killed and three others wounded.", False),
        ("A man was shot dead; nobody else was hurt.", False),
        ("One person died and one more was injured.", False),
    ],
)
def test_others_hurt_without_a_count_are_told(text: str, told: bool) -> None:
    assert tells_uncounted_hurt(None, text) is told


def test_another_vessel_on_the_reservoir_stays_apart_from_the_sinking() -> None:
    """A motor boat with another name capsized on the same reservoir that week, nobody hurt: no name in common."""
    boat = report(
        "boat",
        "Моторная лодка «Чайка» с тремя рыбаками перевернулась у пристани; всех подняли на борт, никто не пострадал.",
        13,
        language="ru",
        title="У пристани перевернулась лодка «Чайка»",
    )
    held = holders([*_river_ship_sinking(), boat])
    assert held["ru"] == held["ru2"]
    assert held.get("boat") != held["ru"]
