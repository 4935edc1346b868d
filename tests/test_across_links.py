"""The merge layer's pure helpers in usecases/across.py: which pairs a link step decides, what it links and
unlinks, the component a reader walks, and the group version. Profiles are stand-ins: the decision is passed in."""

from __future__ import annotations

import itertools
import random

from usecases.across import component, group_version, link_changes, pairs_to_decide


def test_pairs_to_decide_are_the_changed_events_candidates_and_current_links() -> None:
    pairs = pairs_to_decide(["b"], {"b": {"a", "c", "b"}}, {"b": {"d"}})
    assert pairs == {("a", "b"), ("b", "c"), ("b", "d")}


def test_pairs_of_two_changed_events_are_decided_once() -> None:
    assert pairs_to_decide(["a", "b"], {"a": {"b"}, "b": {"a"}}, {}) == {("a", "b")}


def _same_letter(a: str, b: str) -> bool:
    return a[0] == b[0]


def test_link_changes_link_what_is_wanted_and_unlink_what_is_not() -> None:
    profiles = {"x1": "x1", "x2": "x2", "y1": "y1", "gone": None}
    current = {"x1": {"y1", "gone"}}
    pairs = {("x1", "x2"), ("x1", "y1"), ("gone", "x1")}
    link, unlink = link_changes(pairs, profiles, current, decide=_same_letter)  # type: ignore[arg-type]
    assert link == {("x1", "x2")}
    assert unlink == {("x1", "y1"), ("gone", "x1")}


def test_link_changes_write_nothing_when_nothing_changed() -> None:
    profiles = {"x1": "x1", "x2": "x2"}
    link, unlink = link_changes({("x1", "x2")}, profiles, {"x2": {"x1"}}, decide=_same_letter)  # type: ignore[arg-type]
    assert link == set() and unlink == set()


def _final_links(arrivals: list[str], decide) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Events arriving one by one, each relinked against the stored ones as the link step does (its candidates
    are every stored event): the links at the end."""
    stored: dict[str, str] = {}
    links: dict[str, set[str]] = {}
    for event in arrivals:
        stored[event] = event
        pairs = pairs_to_decide([event], {event: set(stored) - {event}}, links)
        add, drop = link_changes(pairs, stored, links, decide=decide)
        for a, b in add:
            links.setdefault(a, set()).add(b)
            links.setdefault(b, set()).add(a)
        for a, b in drop:
            links[a].discard(b)
            links[b].discard(a)
    return {(a, b) for a, bs in links.items() for b in bs if a < b}


def test_links_are_a_function_of_the_events_whatever_their_order() -> None:
    events = ["a1", "a2", "b1", "a3", "c1", "b2"]
    orders = list(itertools.permutations(events))
    random.Random(7).shuffle(orders)
    seen = {frozenset(_final_links(list(order), _same_letter)) for order in orders[:50]}
    assert seen == {frozenset({("a1", "a2"), ("a1", "a3"), ("a2", "a3"), ("b1", "b2")})}


def _graph(edges: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    links: dict[str, set[str]] = {}
    for a, b in edges:
        links.setdefault(a, set()).add(b)
        links.setdefault(b, set()).add(a)
    return lambda ids: {i: links.get(i, set()) for i in ids}


def test_component_is_the_same_from_every_member() -> None:
    neighbours = _graph([("a", "b"), ("b", "c"), ("d", "e")])
    found = [component(start, neighbours) for start in "abc"]
    assert all(f == ({"a", "b", "c"}, {("a", "b"), ("b", "c")}) for f in found)
    assert component("d", neighbours) == ({"d", "e"}, {("d", "e")})
    assert component("z", neighbours) == ({"z"}, set())


def test_a_component_larger_than_the_bound_is_none_from_every_member() -> None:
    chain = [(f"e{n:02d}", f"e{n + 1:02d}") for n in range(9)]
    neighbours = _graph(chain)
    assert all(component(f"e{n:02d}", neighbours, bound=5) is None for n in range(10))
    assert component("e00", neighbours, bound=10) is not None


def test_group_version_changes_with_any_member_and_with_membership() -> None:
    base = group_version({"a": 3, "b": 5})
    assert base == group_version({"b": 5, "a": 3})
    assert base != group_version({"a": 3, "b": 6})
    assert base != group_version({"a": 3, "b": 5, "c": 1})
    assert base > 2**62, "never one of a single event's versions"
