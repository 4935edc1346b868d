"""Grouping (round 38): reports of one real event left apart; sentences of our own.

Every report below is published in May 2031 (a Monday is the 12th), extracted as the service does."""

from __future__ import annotations

from core.models import ArticleFacts
from tests.core.feed_kit import holders, report

# ---------------------------------------------------------------------------------------------------------
# A first alert that states no figure and names no place the gazetteer knows


def _mine_disaster() -> list[ArticleFacts]:
    """Fourteen miners killed on Monday the 12th at a coal mine in Chile: counted on Tuesday in Spanish, and in
    English by a report sent with no publication date."""
    return [
        report(
            "toll",
            "Catorce mineros murieron en la explosión de metano del lunes en una mina de carbón del sur de "
            "Chile, informó el martes el ministerio de Minería.",
            13,
            language="es",
            title="Explosión en una mina de carbón en Chile deja 14 muertos",
        ),
        report(
            "toll2",
            "Fourteen miners were killed when methane exploded at the Quebrada Ulmen coal mine in Chile, and rescue "
            "crews brought the last of the miners who had been underground to the surface overnight.",
            None,
            title="Chile coal mine explosion kills 14",
        ),
    ]


_ALERT = (
    "An explosion tore through the Quebrada Ulmen coal mine this morning and the company has lost contact with the "
    "miners underground. Rescue crews are gathering at the mine entrance."
)


def test_a_first_alert_of_the_mine_disaster_placed_nowhere_joins_it() -> None:
    """The first word of the blast came on its very morning, before any count: it names the mine, which no gazetteer
    holds, and no town. The dated report of the fourteen dead is in another language, the one sharing its words is
    undated: its kind of disaster and its days bring it where those reports are, and its words join it to them."""
    alert = report("alert", _ALERT, 12, title="Blast at coal mine, miners unaccounted for")
    held = holders([*_mine_disaster(), alert])
    assert held["toll"] == held["toll2"]
    assert held.get("alert") == held["toll"]


def test_an_alert_of_another_kind_placed_nowhere_does_not_join_the_mine_disaster() -> None:
    """A fire at a warehouse the same morning, placed nowhere either and stating no figure: a fire is of the
    explosion's family, but nothing else of it is the mine's."""
    fire = report(
        "fire",
        "A fire broke out at a textile warehouse this morning and firefighters are still battling the flames. "
        "Residents were asked to keep their windows shut.",
        12,
        title="Warehouse fire, residents told to stay indoors",
    )
    held = holders([*_mine_disaster(), fire])
    assert held.get("fire") != held["toll"]


def test_an_alert_of_another_mine_placed_nowhere_does_not_join_the_mine_disaster() -> None:
    """A report of a blast at another coal mine that week, stating no figure and no place, in words of its own:
    its kind and its days are the disaster's, nothing else is."""
    other = report(
        "other",
        "A blast shook a coal pit in the south this afternoon and workers were evacuated from the lower galleries, "
        "the operator said. An inspection team was sent to the pit.",
        14,
        title="Workers evacuated after blast at coal pit",
    )
    held = holders([*_mine_disaster(), other])
    assert held.get("other") != held["toll"]


def test_a_first_alert_placed_nowhere_stays_with_the_reports_of_its_words_placed_nowhere() -> None:
    """A blast on a shopping street of a Turkish city, told in Spanish with the city's name (six dead, eighty
    hurt). The first alert and the next day's count in the alert's own words name only the street, which no
    gazetteer holds: the alert shares their words, not the Spanish report's, and stays where they are."""
    placed = report(
        "placed",
        "Seis personas murieron y ochenta resultaron heridas el domingo por la explosión de una bomba en una calle "
        "comercial de Esmirna, en Turquía, informó el gobierno.",
        12,
        language="es",
        title="Una bomba en Esmirna deja seis muertos y ochenta heridos",
    )
    alert = report(
        "alert",
        "An explosion went off on Kordelya Pasajı Avenue at about 4 pm and ambulances and police teams were sent to "
        "the scene. The avenue was closed to pedestrians and the cause of the explosion is not yet known.",
        12,
        title="Explosion on Kordelya Pasajı Avenue",
    )
    count = report(
        "count",
        "Six people were killed and 80 wounded in the explosion on Kordelya Pasajı Avenue on Sunday, the interior "
        "minister said, announcing that the suspect who left the bomb on the avenue had been detained.",
        13,
        title="Minister: suspect in Kordelya Pasajı Avenue explosion detained",
    )
    held = holders([placed, alert, count])
    assert held.get("alert") == held["count"]
