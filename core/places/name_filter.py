"""A Bloom filter over the index's folded names: which names are surely not places, without a query.

Extraction asks the index about every capitalised run a place reader meets ('Police', 'Monday', 'John Smith'),
and most of them name no place: on gva-dev ~1,200 of a first pass's ~1,600 by-name queries found nothing, each
a SQLite query and the kernel time of its reads. The filter answers "surely not" for nearly all of them from a
bit array built with the index (table `name_filter`) and read once per process (`Gazetteer.name_filter`, loaded
by `warm_up` before workers fork).

A Bloom filter has no false negatives: every name the index holds sets its bits at build time, so it always
passes, and `Gazetteer.lookup` answers as the query alone would. A name it does not hold passes with the chosen
false-positive rate (then the query runs and finds nothing, as before).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from hashlib import blake2b

# The share of names the index does not hold that still pass (and cost the query): 1% needs ~9.6 bits a name.
FALSE_POSITIVE_RATE = 0.01

_LOW_64 = (1 << 64) - 1


class NameFilter:
    """`bits` (the filter's bit array, bit `i` is `bits[i // 8] >> (i % 8) & 1`) tested at `hashes` positions a
    name: double hashing over one 128-bit BLAKE2b digest of the name's UTF-8 (stable across processes and
    Python versions, unlike `hash`)."""

    __slots__ = ("_size", "bits", "hashes")

    def __init__(self, bits: bytes, hashes: int) -> None:
        if not bits or hashes < 1:
            raise ValueError("a name filter needs bits and at least one hash")
        self.bits = bits
        self.hashes = hashes
        self._size = len(bits) * 8

    @classmethod
    def over(cls, names: Collection[str], false_positives: float = FALSE_POSITIVE_RATE) -> NameFilter:
        """The filter every one of `names` passes, sized for `false_positives` among other names."""
        count = max(len(names), 1)
        size = math.ceil(-count * math.log(false_positives) / math.log(2) ** 2)
        hashes = max(1, round(size / count * math.log(2)))
        bits = bytearray((size + 7) // 8)
        size = len(bits) * 8
        for name in names:
            first, step = _hash_pair(name)
            for _ in range(hashes):
                position = first % size
                bits[position >> 3] |= 1 << (position & 7)
                first += step
        return cls(bytes(bits), hashes)

    def may_hold(self, name: str) -> bool:
        """False when the filter was surely not built over `name`; True for every name it was built over."""
        bits, size = self.bits, self._size
        first, step = _hash_pair(name)
        for _ in range(self.hashes):
            position = first % size
            if not bits[position >> 3] >> (position & 7) & 1:
                return False
            first += step
        return True


def _hash_pair(name: str) -> tuple[int, int]:
    """Two 64-bit hashes of the name: the first position, and the (odd) step between its positions."""
    digest = int.from_bytes(blake2b(name.encode("utf-8"), digest_size=16).digest(), "little")
    return digest & _LOW_64, (digest >> 64) | 1
