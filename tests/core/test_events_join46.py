"""Grouping (round 36): reports days to weeks after their event, and revisions, that stood apart from it; sentences
of our own."""

from __future__ import annotations

from tests.core.test_events_join43 import _at, _holders, _report

# ---------------------------------------------------------------------------------------------------------
# The next day's risen toll from another town of the province, beside a first report that dates nothing


def test_a_risen_toll_from_the_provinces_capital_joins_the_first_undated_report_of_the_bombings() -> None:
    """The evening of the bombings, a report placed at the town the trains left from gives 192 dead and 1,400 hurt
    but names no day. The next morning, a report from the province's capital 30 km off, dated by its "Thursday",
    tells the toll as risen to 199: another town of the province, a count of the same attack in its days. With
    nothing dating the first report, its days are those it was published in."""
    first = _report(
        "first",
        "Bombs on four commuter trains from Alcala de Henares killed 192 people and wounded more than 1,400, the "
        "interior minister said, in the worst attack the country has known.",
        _at(3, 13, 20),
        title="Train bombings near Alcala de Henares: 192 dead",
    )
    risen = _report(
        "risen",
        "MADRID - The death toll from Thursday's bomb attacks on commuter trains has risen to 199, the government "
        "said on Friday; 1,400 people were wounded.",
        _at(3, 14, 11),
        title="Madrid train bombings toll rises to 199",
    )
    held = _holders([first, risen])
    assert held["risen"] == held["first"]
