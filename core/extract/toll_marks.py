"""What the toll pass gives (`TollFigure`, `TollMark`) and how its figures take the place of the binder's claims
and set a claim's role."""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.extract.numbers import NumberMention
from core.extract.raw_claim import RawClaim
from core.extract.triggers import SHOT
from core.models import KILLED, WOUNDED, Claim, Qualifier, Role


@dataclass(frozen=True, slots=True)
class TollFigure:
    """A number the text gives as a toll: current (`earlier` False) or replaced (`earlier` True)."""

    metric: str
    mention: NumberMention
    qualifier: Qualifier
    low: int | None
    high: int | None
    start: int  # quote offsets in the field text
    end: int
    earlier: bool = False
    many_incidents: bool = False  # a toll over many incidents (cumulative), not the event's own
    down: bool = False  # a downward revision: "lowered the toll to 38"
    first_token: int = 0  # where the toll statement starts ("the death toll ...")
    scope: tuple[int, int] = (0, 0)  # offsets of the toll's own words before its verb: "the toll from Sunday's strike"
    projected: bool = False  # a toll the text expects or fears ("could rise to 100"), not one it reports
    national: bool = False  # a people's or a country's toll: "the overall Palestinian death toll", "the national toll"
    as_told_before: bool = False  # "the number of victims": of those shot, when the figure before counts them


@dataclass(frozen=True, slots=True)
class TollMark:
    """What the toll pass says of the claim starting at an offset."""

    earlier: bool
    many_incidents: bool
    down: bool = False
    scope: tuple[int, int] = (0, 0)  # see `TollFigure.scope`
    projected: bool = False  # see `TollFigure.projected`


def merge_tolls(
    raw: list[RawClaim], figures: list[TollFigure], told_before: str | None = None, natural: bool = False
) -> tuple[list[RawClaim], dict[int, TollMark]]:
    """The sentence's claims with each toll figure in place of whatever the binder made of that number, and
    the marks (update or earlier, the event's or many incidents') by claim start. `told_before`: the metric of the
    figure the text gave last before the sentence (for "that number rose to ..."). `natural`: the article is about
    a natural disaster (`names_natural_disaster`), whose national toll is its own."""
    if not figures:
        return raw, {}
    figures = _with_metrics(figures, raw, told_before)
    if not natural:
        figures = [_over_incidents(f, raw) for f in figures]
    kept = [rc for rc in raw if not any(rc.start < f.end and f.start < rc.end for f in figures)]
    marks: dict[int, TollMark] = {}
    for f in figures:
        kept.append(
            RawClaim(metric=f.metric, value=f.mention.value, low=f.low, high=f.high, qualifier=f.qualifier,
                     role=Role.TOTAL, start=f.start, end=f.end)
        )  # fmt: skip
        marks[f.start] = TollMark(f.earlier, f.many_incidents, f.down, f.scope, f.projected)
    kept.sort(key=lambda rc: rc.start)
    return kept, marks


def _over_incidents(figure: TollFigure, raw: list[RawClaim]) -> TollFigure:
    """'Strikes killed 22 people in the camp, bringing the overall Palestinian death toll to 8,000': a national toll
    told beside a smaller figure of the incident itself is one over many incidents. (Not a quake's or a flood's:
    'In Hatay, 40 more people died, bringing the national toll to 912' is the disaster's whole toll.)"""
    if not figure.national or figure.earlier:
        return figure
    own = [
        rc for rc in raw
        if rc.metric == figure.metric and rc.role is Role.TOTAL and not rc.singular and rc.end <= figure.start
        and rc.value < figure.mention.value
    ]  # fmt: skip
    return replace(figure, many_incidents=True) if own else figure


def _with_metrics(figures: list[TollFigure], raw: list[RawClaim], told_before: str | None) -> list[TollFigure]:
    """The toll figures with their metrics, in order: one that names none takes that of a claim told before it in the
    sentence, else of the toll figure told last before it ('the toll had risen to 48, but later said the correct
    number was 41': the toll's), else `told_before`."""
    out: list[TollFigure] = []
    for figure in figures:
        told = [(rc.end, rc.metric) for rc in raw] + [(f.end, f.metric) for f in out]
        before = [metric for end, metric in sorted(told) if end <= figure.start and metric in (KILLED, WOUNDED, SHOT)]
        found = _with_metric(figure, raw, before[-1] if before else told_before)
        if found is not None:
            out.append(found)
    return out


def _with_metric(figure: TollFigure, raw: list[RawClaim], told_before: str | None) -> TollFigure | None:
    """A toll whose head names no metric ("bringing the total to 57", "that number rose to") counts what the figure
    before it counts (in the sentence, else the one told last before it: `told_before`). 'The number of victims'
    after a figure of those shot counts those shot."""
    if figure.as_told_before:
        shot_before = [rc.metric for rc in raw if rc.end <= figure.start and rc.metric in (KILLED, WOUNDED, SHOT)]
        if (shot_before[-1] if shot_before else told_before) == SHOT:
            return replace(figure, metric=SHOT)
    if figure.metric:
        return figure
    before = [rc for rc in raw if rc.end <= figure.start and rc.metric in (KILLED, WOUNDED, SHOT)]
    if before:
        return replace(figure, metric=before[-1].metric)
    # "Police first reported five people were shot. They later revised that number to four."
    return replace(figure, metric=told_before) if told_before in (KILLED, WOUNDED, SHOT) else None


def apply_toll_mark(claim: Claim, mark: TollMark) -> Claim:
    """A toll is the event's current whole figure (an update), a figure it replaced (earlier), or a toll over
    many incidents (cumulative). A background sentence keeps its role: another disaster's toll."""
    if claim.role is Role.BACKGROUND:
        return claim
    if mark.many_incidents:
        return replace(claim, role=Role.CUMULATIVE, update=False)
    if mark.earlier or mark.projected:
        # a projection is no reported toll: like a replaced figure, it stands only when nothing else is given
        return replace(claim, role=Role.TOTAL, update=False, earlier_figure=True)
    return replace(claim, role=Role.TOTAL, update=True, earlier_figure=False, revised_down=mark.down)
