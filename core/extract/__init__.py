"""Claim extraction: numeric casualty claims out of one article, with offsets into the original text.

`extract` is pure and deterministic, loads nothing from the network and never raises for str input.
"""

from __future__ import annotations

from core.extract.pipeline import extract

__all__ = ["extract"]
