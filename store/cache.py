"""A bounded, thread-safe per-process cache of values that never change once stored (an article's facts once
it is placed, its anchor once its block is decided): read many ids at once, load the missing ones in one go."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

V = TypeVar("V")


class ImmutableCache(Generic[V]):
    def __init__(self, size: int) -> None:
        self._items: OrderedDict[str, V] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()
        self._dropped = 0  # counts `forget`/`clear` calls

    def get_many(self, ids: Iterable[str], load: Callable[[list[str]], dict[str, V]]) -> dict[str, V]:
        """The values of `ids` (those that exist): cached ones, the rest from `load(missing ids)`, which are
        then kept (the oldest are dropped past the size), unless something was forgotten meanwhile (another
        thread learnt of a deletion: what was loaded may predate it)."""
        wanted = list(ids)
        with self._lock:
            found = {i: self._items[i] for i in wanted if i in self._items}
            dropped = self._dropped
        missing = [i for i in wanted if i not in found]
        if missing:
            loaded = load(missing)
            with self._lock:
                if self._dropped == dropped:
                    self._items.update(loaded)
                    while len(self._items) > self._size:
                        self._items.popitem(last=False)
            found.update(loaded)
        return found

    def forget(self, item_id: str) -> None:
        with self._lock:
            self._items.pop(item_id, None)
            self._dropped += 1

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._dropped += 1


class TtlCache(Generic[V]):
    """A bounded, thread-safe per-process cache whose entries expire `ttl` seconds after they were stored
    (`clock` is injectable for tests). Used where a short staleness is an accepted, documented price."""

    def __init__(self, size: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._items: OrderedDict[str, tuple[float, V]] = OrderedDict()
        self._size = size
        self._clock = clock
        self._lock = threading.Lock()

    def get(self, key: str) -> V | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            if item[0] <= self._clock():
                del self._items[key]
                return None
            return item[1]

    def put(self, key: str, value: V, ttl: float) -> None:
        if ttl <= 0:
            return
        with self._lock:
            self._items[key] = (self._clock() + ttl, value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def drop_where(self, matches: Callable[[V], bool]) -> None:
        with self._lock:
            for key in [k for k, (_, v) in self._items.items() if matches(v)]:
                del self._items[key]
