"""Gunfire told as the subject of a verb of striking, its victim the object: 'the shots that struck Taylor Hayes',
'A stray bullet hit a 9-year-old girl', 'gunfire struck a man sitting in his car'. The victim was shot, as 'was
struck by a bullet' says in the passive (`phrases._struck_by_gunfire`); a car or a storm that struck someone is no
shooting, so the verb's subject must be a word of gunfire."""

from __future__ import annotations

from core.extract.phrases import _GUNFIRE, _STRUCK
from core.extract.tokens import Token

# words between the gunfire's noun and its verb: "the shots that struck", "a bullet fired from the street hit"
_BETWEEN = frozenset({"that", "which", "also", "then", "fired", "apparently"})
_NOT_GUNFIRE = frozenset({"taser", "tasers", "stun", "rubber", "beanbag", "bean-bag", "plastic", "paintball", "pellet"})
_REACH = 3  # tokens from the verb back to the gunfire's noun


def struck_by_gunfire_object(tokens: list[Token], p: int) -> bool:
    """Is tokens[p] the first word of the object of a verb of striking (tokens[p - 1]) whose subject is gunfire?"""
    verb = p - 1
    if verb < 1 or tokens[verb].low not in _STRUCK:
        return False
    for k in range(verb - 1, max(-1, verb - 1 - _REACH), -1):
        low = tokens[k].low
        if low in _GUNFIRE:
            # "the three Taser shots struck Luke": a stun gun's darts or a rubber round, no gunshot wound
            return k == 0 or tokens[k - 1].low not in _NOT_GUNFIRE
        if low not in _BETWEEN:
            return False
    return False
