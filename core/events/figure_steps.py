"""The steps a count takes between two reports of one event as its coverage goes on.

Reports of one event rarely give one set of figures. A wounded victim dies days or weeks later (one dead and six
hurt become two dead and five hurt: the same seven victims); a count of bodies takes in the attacker that a count
of victims leaves out ("seven bodies found", "six killed before the gunman shot himself"); people missing after a
collapse or a capsizing are later counted dead ("about 70 missing", "59 dead"). Plain figure agreement
(`core.events.evidence._figure_affinity`) scores each of those as a disagreement, as if another incident's, and so
a later report that only its figures could tie to the event (weeks on, or from a related place) is split off.

`stepped_affinity` is that agreement with such steps counted as agreeing. A step is read against one member's
figures at a time (the dead and the hurt of one report), never pieced together from several reports, and only
where chance can hardly give it: the victims' total of a later death at least `_LEAST_VICTIMS`, a count of the dead
one off only from `_LEAST_ONE_OFF` dead up (one dead and two dead are any two shootings of a town).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from core.dates import add_days
from core.events.evidence import _figure_affinity, _hints, _timing
from core.events.pieces import Piece
from core.events.state import EventState, Member
from core.models import KILLED, MISSING, WOUNDED

# Victims (dead and hurt together) from which a death moved from the hurt to the dead is told apart from chance
_LEAST_VICTIMS = 4
# Dead from which a count one larger or smaller is the same dead with or without the attacker
_LEAST_ONE_OFF = 3
# A count of dead at least this share of the people a report gave missing is those missing counted dead
_MISSING_FOUND_DEAD = 0.5


def stepped_affinity(values: Mapping[str, int], event: EventState) -> float:
    """Figure agreement of a piece's headline values with an event's reports (`_figure_affinity`), a metric that
    differs from a member's by a step of coverage (`stepped_metrics`) agreeing as a shared value does."""
    members = [m for i in event.incidents for m in i.members]
    return stepped_affinity_of(values, members, _hints(members))


def stepped_affinity_of(
    values: Mapping[str, int], members: Sequence[Member], hints: Mapping[str, Sequence[int]]
) -> float:
    score = _figure_affinity(values, hints)
    for metric in stepped_metrics(values, members):
        value = values[metric]
        if value in hints.get(metric, ()):
            continue
        agreeing = 1.0 if value > 1 else 0.5
        score += agreeing + (0.5 if hints.get(metric) else 0.0)  # (the disagreement it was scored, undone)
    return score


def stepped_metrics(values: Mapping[str, int], members: Iterable[Member]) -> frozenset[str]:
    """The metrics of a piece's values that one member's figures reach by a step of coverage: a later death of
    the hurt, the attacker counted among the dead or not, the missing counted dead (and the other way round: the
    piece may be the earlier report)."""
    out: set[str] = set()
    for member in members:
        theirs = member.values
        if a_later_death(values, theirs) or a_later_death(theirs, values):
            out |= {KILLED, WOUNDED}
        elif one_dead_apart(values, theirs):
            out.add(KILLED)
        if missing_counted_dead(values, theirs) or missing_counted_dead(theirs, values):
            out |= {KILLED, MISSING} & set(values)
    return frozenset(out)


def a_later_death(later: Mapping[str, int], earlier: Mapping[str, int]) -> bool:
    """Are `later`'s dead and hurt `earlier`'s after one or more of its hurt died: more dead, as many fewer hurt,
    the same victims in all (at least `_LEAST_VICTIMS`), some still hurt?"""
    dead, hurt = later.get(KILLED), later.get(WOUNDED)
    dead0, hurt0 = earlier.get(KILLED), earlier.get(WOUNDED)
    if dead is None or hurt is None or dead0 is None or hurt0 is None:
        return False
    return dead > dead0 and 0 < hurt < hurt0 and dead + hurt == dead0 + hurt0 >= _LEAST_VICTIMS


def one_dead_apart(one: Mapping[str, int], other: Mapping[str, int]) -> bool:
    """Are two counts of the dead one apart, the smaller at least `_LEAST_ONE_OFF` (six victims, and the gunman
    with them seven bodies)?"""
    dead, dead0 = one.get(KILLED), other.get(KILLED)
    return dead is not None and dead0 is not None and abs(dead - dead0) == 1 and min(dead, dead0) >= _LEAST_ONE_OFF


def missing_counted_dead(dead_count: Mapping[str, int], missing_count: Mapping[str, int]) -> bool:
    """Is `dead_count`'s toll the people `missing_count` gave missing (with no dead of its own) counted dead: no
    more than them, and at least `_MISSING_FOUND_DEAD` of them?"""
    dead, missing = dead_count.get(KILLED), missing_count.get(MISSING)
    if dead is None or missing is None or missing_count.get(KILLED) or missing < _LEAST_VICTIMS:
        return False
    return missing * _MISSING_FOUND_DEAD <= dead <= missing


def its_dead_told_in_its_days(piece: Piece, event: EventState, slack: int) -> bool:
    """Does a report of a related place (the state a town lies in, a town beside it), when it or the event is
    undated, count the event's dead in the event's days: its death toll (at least `_LEAST_ONE_OFF`) one of the
    event's, or a step of coverage from one (six victims beside seven bodies counted with the gunman's), told
    within `slack` days of the event's (its date, else its publication)? A report in another language shares no
    words with the event's: its dead and its days are what tie it ("छह श्रद्धालुओं की मौत" in the state beside the
    town's "7 dead, including the gunman")."""
    if piece.date is not None and event.start_date is not None:
        return False  # (both dated: the event's days decide, `core.events.match._corroborated_place`)
    values = piece.headline_values()
    killed = values.get(KILLED)
    if killed is None or killed < _LEAST_ONE_OFF:
        return False
    timing = _timing(piece, event)
    if timing is None:
        return False
    when, first, last = timing
    if not add_days(first, -slack) <= when <= add_days(last, slack):
        return False
    members = [m for i in event.incidents for m in i.members]
    return any(m.values.get(KILLED) == killed for m in members) or KILLED in stepped_metrics(values, members)
