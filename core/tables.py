"""The one reader of the packaged data tables (`core/data/*.tsv`, `core/places/data/*.tsv`).

Language- and place-specific knowledge lives in such tables: one row per line, cells parted by tabs, `#` lines
and blank lines ignored. Every module reads them through `rows`, so the format is defined once.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources


def rows(name: str, package: str = "core") -> Iterator[list[str]]:
    """The rows of `<package>/data/<name>`, without comments and blank lines, each cell stripped."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]
