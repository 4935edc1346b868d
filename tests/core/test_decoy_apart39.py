"""Grouping (round 39): a smaller, different incident of the event's city within days of it (a lone shooting the
night after a spree, a drive-by days before a mass shooting) stays apart; reports of the event itself dated a
day later, or whose toll rose by a later death, still join. Sentences of our own."""

from __future__ import annotations

import json
from dataclasses import replace

from core.events import GroupingSettings
from core.events.blocks import group_articles
from core.events.pieces import PlacedPieces, article_sets_its_incident_apart, placed_pieces
from core.events.set_apart import sets_its_incident_apart
from core.models import ArticleFacts
from tests.core.test_events_join31 import report


def _holders(reports: list[ArticleFacts]) -> dict[str, str]:
    return {a: e.id for e in group_articles(reports, GroupingSettings()) for a in e.article_ids}


# ---------------------------------------------------------------------------------------------------------
# Monday the 12th of May 2031: a spree along a canal path in Tallow Creek


def _spree() -> list[ArticleFacts]:
    return [
        report(
            "spree",
            "TALLOW CREEK, Ohio - A gunman killed six people and wounded three others along the canal towpath on "
            "Monday evening before he was arrested near the old mill, police said.",
            12,
            title="Six killed, three wounded in Tallow Creek towpath shooting",
        ),
        report(
            "spree2",
            "TALLOW CREEK, Ohio - The man accused of killing six people on the canal towpath on Monday was "
            "charged with murder. Three people wounded in the attack remain in hospital.",
            13,
            title="Towpath gunman charged with six murders",
        ),
    ]


def test_a_lone_shooting_the_next_night_stays_apart() -> None:
    """One man shot dead outside a petrol station on Tuesday night, the day after a spree that killed six and
    wounded three in the same city: another incident, its lone victim no count of the spree's."""
    lone = report(
        "lone",
        "TALLOW CREEK, Ohio - A man was shot and killed on Tuesday night outside a petrol station on Harbor "
        "Street, police said. No arrest has been made.",
        14,
        title="Man shot dead outside Harbor Street petrol station",
    )
    held = _holders([*_spree(), lone])
    assert held["spree"] == held["spree2"]
    assert held["lone"] != held["spree"]


def test_a_lone_shooting_two_days_on_stays_apart_whichever_comes_first() -> None:
    """A woman shot dead on Wednesday at a bus stop, two days after the spree; sent in either order."""
    lone = report(
        "stop",
        "TALLOW CREEK, Ohio - A woman was found shot dead at a bus stop on Wednesday, deputies said. They do not "
        "believe the killing is linked to other cases.",
        14,
        title="Woman found shot dead at bus stop",
    )
    for reports in ([*_spree(), lone], [lone, *_spree()]):
        held = _holders(reports)
        assert held["stop"] != held["spree"]
        assert held["spree"] == held["spree2"]


def test_the_spree_told_a_day_later_with_a_death_more_joins() -> None:
    """The counterpart: one of the wounded died on Tuesday; the report of the risen toll is the spree's."""
    risen = report(
        "risen",
        "TALLOW CREEK, Ohio - One of the three people wounded in Monday's towpath shooting died in hospital on "
        "Tuesday, bringing the number killed to seven, police said.",
        14,
        title="Towpath shooting toll rises to seven",
    )
    held = _holders([*_spree(), risen])
    assert held["risen"] == held["spree"]


def test_the_spree_told_the_next_day_naming_its_officer_joins() -> None:
    """The counterpart: a report the next day telling one victim of the spree by name (one killed, nothing more)
    dated by its words on the spree's day is the spree's."""
    named = report(
        "named",
        "TALLOW CREEK, Ohio - Among the six killed on the canal towpath on Monday was a retired teacher who "
        "walked her dog there every evening, her family said.",
        13,
        title="Retired teacher among those killed on towpath",
    )
    held = _holders([*_spree(), named])
    assert held["named"] == held["spree"]


# ---------------------------------------------------------------------------------------------------------
# A drive-by on Friday the 9th, a mass shooting outside a hall on Monday the 12th


def _drive_by() -> ArticleFacts:
    return report(
        "driveby",
        "BRACKWATER, Fla. - One person was killed and five others were wounded when shots were fired from a passing "
        "car at people queuing outside a bakery on Friday night, police said.",
        10,
        title="1 dead, 5 hurt in Brackwater drive-by",
    )


def _hall() -> list[ArticleFacts]:
    return [
        report(
            "hall",
            "BRACKWATER, Fla. - Three people were killed and 22 wounded when gunmen opened fire on a crowd leaving a "
            "concert at a banquet hall early Monday, police said.",
            12,
            title="3 killed, 22 wounded outside Brackwater banquet hall",
        ),
        report(
            "hall2",
            "BRACKWATER, Fla. - Police are searching for the gunmen who killed three people and wounded 22 outside a "
            "banquet hall early Monday. The concert had drawn hundreds.",
            12,
            title="Manhunt after banquet hall shooting",
        ),
    ]


def test_a_drive_by_days_before_a_mass_shooting_stays_apart() -> None:
    """The drive-by's six victims three days before the hall's twenty-five: another incident of the city, sent
    before or after the hall's reports."""
    for reports in ([_drive_by(), *_hall()], [*_hall(), _drive_by()]):
        held = _holders(reports)
        assert held["hall"] == held["hall2"]
        assert held["driveby"] != held["hall"]


def test_a_later_report_of_the_hall_with_a_near_toll_joins() -> None:
    """The counterpart: two days on, the hall's wounded counted 24 and one more dead: near its first count."""
    later = report(
        "later",
        "BRACKWATER, Fla. - Four people have now died and 24 were wounded in Monday's shooting outside a banquet "
        "hall, police said on Wednesday.",
        14,
        title="Banquet hall shooting: fourth victim dies",
    )
    held = _holders([*_hall(), later])
    assert held["later"] == held["hall"]


# ---------------------------------------------------------------------------------------------------------
# Sent with no date: a lone victim's report that sets its incident apart from the event


def _fair() -> list[ArticleFacts]:
    return [
        report(
            "fair",
            "MILLBANK, Ore. - Three people were killed and four wounded when a man opened fire at the county fair on "
            "Sunday evening, the sheriff said. The suspect was arrested at the gate.",
            None,
            title="3 killed, 4 wounded in shooting at Millbank county fair",
        ),
        report(
            "fair2",
            "MILLBANK, Ore. - The sheriff named the man accused of killing three people and wounding four at the "
            "county fair on Sunday. He is due in court on Tuesday.",
            None,
            title="Suspect in county fair shooting named",
        ),
    ]


def _set_apart() -> ArticleFacts:
    return report(
        "alley",
        "MILLBANK, Ore. - A man was found shot to death in an alley behind a tyre shop, police said. Detectives said "
        "the killing was not related to Sunday's shooting at the county fair.",
        None,
        title="Man found shot dead in alley behind tyre shop",
    )


def test_an_undated_lone_victim_set_apart_from_the_shooting_stays_apart() -> None:
    """Nothing dates either report: the lone victim's report says its killing is not related to the fair's shooting,
    so it is the city's other news, sent before or after the fair's reports."""
    for reports in ([*_fair(), _set_apart()], [_set_apart(), *_fair()]):
        held = _holders(reports)
        assert held["fair"] == held["fair2"]
        assert held["alley"] != held["fair"]


def test_a_motive_ruled_out_sets_nothing_apart() -> None:
    """The counterpart: "not related to terrorism" rules out a motive, not another incident."""
    assert not sets_its_incident_apart(None, "The sheriff said the attack was not related to terrorism.")
    assert sets_its_incident_apart(None, "Detectives said the two cases are not connected.")
    assert sets_its_incident_apart(None, "La police assure que le meurtre n'a aucun lien avec la fusillade du parc.")


# ---------------------------------------------------------------------------------------------------------
# Dated by its publication only: a report that recounts the event's toll as the incident its own came after


def _warehouse() -> list[ArticleFacts]:
    return [
        report(
            "warehouse",
            "CARVER CITY, Mo. - A former employee shot dead eight people at a parcel warehouse on Dock Street on "
            "his last shift, police said. He was arrested in the car park.",
            12,
            title="Eight killed in Carver City warehouse shooting",
        ),
        report(
            "warehouse2",
            "CARVER CITY, Mo. - Police named the eight workers shot dead at the Dock Street parcel warehouse by a "
            "former employee on his last shift. He was arrested in the car park.",
            13,
            title="Warehouse shooting victims named",
        ),
    ]


def test_an_undated_shooting_recounting_the_warehouse_as_the_one_before_stays_apart() -> None:
    """Two killed at a home, told as coming three days after the warehouse's eight: the report's own incident is
    another, though its words date it on no day, sent before or after the warehouse's reports."""
    home = report(
        "home",
        "CARVER CITY, Mo. - Two people were killed in a shooting at a home on the south side, police said. The "
        "killings came three days after eight people were shot dead at the Dock Street warehouse.",
        15,
        title="Two killed in south side shooting",
    )
    for reports in ([*_warehouse(), home], [home, *_warehouse()]):
        held = _holders(reports)
        assert held["warehouse"] == held["warehouse2"]
        assert held["home"] != held["warehouse"]


def test_an_undated_report_of_the_warehouse_recalling_an_older_attack_joins() -> None:
    """The counterpart: a report telling the warehouse's own eight, and an older attack's twelve as the one before,
    is the warehouse's."""
    recalling = report(
        "recalling",
        "CARVER CITY, Mo. - Eight people were shot dead at the Dock Street parcel warehouse, the deadliest attack in "
        "the state since a gunman killed 12 people at a bus depot in 2015.",
        13,
        title="Warehouse shooting deadliest in state since 2015",
    )
    held = _holders([*_warehouse(), recalling])
    assert held["recalling"] == held["warehouse"]


def test_an_incident_set_apart_is_kept_with_the_pieces() -> None:
    """A member's text is not kept by the store: that its report sets its incident apart is kept with its pieces, read
    back through their plain data."""
    article = _set_apart()
    raw = json.loads(json.dumps(placed_pieces(article).to_dict()))
    placed = PlacedPieces.from_dict(raw, replace(article, text=None))
    assert placed is not None and placed.set_apart
    assert article_sets_its_incident_apart(replace(article, text=None, pieces=placed))


def test_a_report_of_the_spree_telling_a_lone_death_of_another_day_in_passing_joins() -> None:
    """The counterpart: a report of the spree's six that also reads as one killed on Wednesday (its piece of that
    day a lone victim's, beside its main piece of the spree's day) is the spree's report; that aside is no other
    incident of the city."""
    aside = report(
        "aside",
        "TALLOW CREEK, Ohio - Hundreds gathered on Wednesday to remember a retired teacher killed on the canal "
        "towpath, one of the six people killed in Monday's shooting.",
        14,
        title="Tallow Creek remembers teacher killed on towpath",
    )
    held = _holders([*_spree(), aside])
    assert held["aside"] == held["spree"] == held["spree2"]
