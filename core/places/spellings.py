"""Spellings of one name: when do two ways of writing a name that fold alike name two places?"""

from __future__ import annotations

import unicodedata


def _bare(ch: str) -> bool:
    """A letter without a diacritic (of the ASCII letters)?"""
    return ch.isascii()


def accents_elsewhere(written: str, name: str) -> bool:
    """Do `written` and a place's `name`, alike but for their diacritics, each carry one where the other has a bare
    letter ('Saná', Spanish for Sanaa, and 'Saña', a Peruvian town)? Then the writer spelled another name: a name
    written without its accents ('Sana'), or with the same ones written otherwise ('Constanța', 'Constanţa'), or
    with only more of them, is the place's."""
    a = unicodedata.normalize("NFC", written).lower()
    b = unicodedata.normalize("NFC", name).lower()
    if len(a) != len(b) or a.isascii() or b.isascii():
        return False
    mine = any(not _bare(x) and _bare(y) for x, y in zip(a, b, strict=True))
    theirs = any(_bare(x) and not _bare(y) for x, y in zip(a, b, strict=True))
    return mine and theirs
