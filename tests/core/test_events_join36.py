"""Grouping (round 31): reports sent with no publication date, as about half a real feed's are; sentences of our own."""

from __future__ import annotations

from core.events.blocks import order_score
from core.models import ArticleFacts
from tests.core.feed_kit import holders, report

_ALERT = (
    "SPRINGVALE - Two explosions went off near the central bus terminal of Springvale this morning. There are many "
    "dead and injured, witnesses said, and ambulances are on their way."
)


def _blasts() -> list[ArticleFacts]:
    return [
        report(
            "toll",
            "SPRINGVALE - Twin blasts at the central bus terminal of Springvale killed 41 people and wounded 120, "
            "the interior minister said.",
            None,
            title="Twin blasts kill 41 at Springvale bus terminal",
        ),
        report(
            "toll2",
            "SPRINGVALE - The number of people killed in the twin bombings at the Springvale bus terminal rose to "
            "47, the health ministry said; 98 remain in hospital.",
            None,
            title="Springvale bombings toll rises to 47",
        ),
    ]


def test_an_undated_report_with_no_figure_stands_after_the_undated_reports_with_figures() -> None:
    """Placed among them by its content, it could come before the event it tells was opened, and stay alone."""
    alert = report("alert", _ALERT, None, title="Explosions at Springvale bus terminal")
    assert all(order_score(alert) > order_score(r) for r in _blasts())


def test_an_undated_first_alert_joins_the_mass_attack_of_its_town() -> None:
    alert = report("alert", _ALERT, None, title="Explosions at Springvale bus terminal")
    held = holders([alert, *_blasts()])
    assert held["alert"] == held["toll"] == held["toll2"]
