"""Origins: values from one claimant, or from articles sharing wire text, count once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from core.models import ArticleFacts
from core.places import fold
from core.reconcile.views import FigureValue
from core.similarity import near_duplicate_groups

_CLAIMANT_STOP_TEXT = "the s of a an and said says according to spokesman spokeswoman spokesperson"
_CLAIMANT_STOP = frozenset(_CLAIMANT_STOP_TEXT.split())


@lru_cache(maxsize=16384)
def claimant_key(attribution: str | None) -> frozenset[str]:
    """Tokens naming a claimant, crudely stemmed (6-letter prefixes) so demonyms and spellings meet."""
    if not attribution:
        return frozenset()
    text = fold(attribution).replace("defence", "defense")
    return frozenset(t[:6] for t in text.split() if t not in _CLAIMANT_STOP)


def same_claimant(a: frozenset[str], b: frozenset[str]) -> bool:
    """Equal token sets, or one (of two or more tokens) contained in the other."""
    if not a or not b:
        return False
    if a == b:
        return True
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small <= big


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Origin:
    members: list[FigureValue]
    by_claimant: bool  # members joined through a shared attribution (vs only shared text or alone)

    def latest(self, is_update: Callable[[FigureValue], bool] | None = None) -> FigureValue:
        """The origin's latest figure: the last one published; a report with no publication date whose figure is
        a toll update ("le bilan s'est alourdi à 61") above that one's counts on from it, so it is later."""
        dated = [v for v in self.members if v.published_at is not None]
        if not dated:
            return max(self.members, key=lambda v: (v.value, v.article_id))
        last = max(dated, key=lambda v: (v._when, v.value, v.article_id))
        if is_update is not None:
            above = [v for v in self.members if v.published_at is None and v.value > last.value and is_update(v)]
            if above:
                return max(above, key=lambda v: (v.value, v.article_id))
        return last


def _origins(values: Sequence[FigureValue], dup_of: Mapping[str, str]) -> list[_Origin]:
    """Union values by shared claimant (see `same_claimant`) and by shared wire text. Near-linear: distinct
    claimant keys are bucketed and containment is found through a token index, never all pairs."""
    uf = _UnionFind(len(values))
    by_key: dict[frozenset[str], list[int]] = {}
    first_by_dup: dict[str, int] = {}
    for i, v in enumerate(values):
        group = dup_of.get(v.article_id)
        if group is not None:
            if group in first_by_dup:
                uf.union(first_by_dup[group], i)
            else:
                first_by_dup[group] = i
        key = claimant_key(v.attribution)
        if key:
            by_key.setdefault(key, []).append(i)
    keys = list(by_key)
    postings: dict[str, set[int]] = {}
    for k, key in enumerate(keys):
        for token in key:
            postings.setdefault(token, set()).add(k)
    claimant_links: set[int] = set()
    for k, key in enumerate(keys):
        idx = by_key[key]
        linked = len(idx) > 1
        if len(key) >= 2:
            supersets = set.intersection(*(postings[t] for t in key)) - {k}
            for other in supersets:
                uf.union(idx[0], by_key[keys[other]][0])
                claimant_links.update(by_key[keys[other]])
                linked = True
        for i in idx[1:]:
            uf.union(idx[0], i)
        if linked:
            claimant_links.update(idx)
    groups: dict[int, list[int]] = {}
    for i in range(len(values)):
        groups.setdefault(uf.find(i), []).append(i)
    return [
        _Origin([values[i] for i in idx], any(i in claimant_links for i in idx)) for _, idx in sorted(groups.items())
    ]


def _duplicate_map(articles: Iterable[ArticleFacts]) -> tuple[dict[str, str], list[list[str]]]:
    groups = near_duplicate_groups([(a.id, a.fingerprint) for a in articles if a.fingerprint])
    return {aid: g[0] for g in groups for aid in g}, groups
