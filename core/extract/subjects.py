"""Who a singular phrasing is about: the subject ending right before a trigger.

"a 15-year-old boy who was fatally shot", "LaPrida Shears, 25, of Tyler, was killed", "The victim (John Doe Jr.)
died", "he died": the subject's first token, its head, and whether it is the attacker. Used by `singulars`.
"""

from __future__ import annotations

from core.extract.noun_phrases import SINGULAR_PERSON, _is_age
from core.extract.numbers import NUMBER_WORDS
from core.extract.tokens import Token
from core.extract.triggers import PERPETRATOR_NOUNS

_DETERMINERS = frozenset({"a", "an", "another", "the", "his", "her", "their"})
_NONE_WORDS = frozenset({"no", "not", "neither", "nor"})
_NOT_NAMES = frozenset(
    [
        "police",
        "officials",
        "authorities",
        "investigators",
        "it",
        "this",
        "that",
        "there",
        "he",
        "she",
        "they",
        "we",
        "i",
        "who",
        "what",
        "which",
        "one",
        "the",
        "a",
        "an",
        "and",
        "but",
        "said",
        "according",
        "detectives",
        "witnesses",
        "prosecutors",
        "deputies",
        "officers",
    ]
) | {
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("january", "february", "march", "april", "june", "july", "august", "september", "october"),
    *("november", "december", "hospital", "center", "centre", "medical", "county", "department", "office"),
    *("school", "street", "avenue", "road", "park", "church", "court", "jail", "university", "college"),
    *("posted", "updated", "photo", "video", "watch", "click", "copyright"),
}


_ORDINAL_WORDS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"})


_PARENTS = frozenset({"father", "mother", "parent", "grandfather", "grandmother", "dad", "mom", "mum"})
_CHILDREN = frozenset({"children", "kids", "sons", "daughters", "boys", "girls", "grandchildren"})


def _past_a_parents_children(tokens: list[Token], q: int) -> int:
    """'A mother of two was shot dead', 'a father of two children was killed': the subject is the parent; the number
    is the size of the family."""
    nearest = (q, q - 1, q - 2) if tokens[q].low in _CHILDREN else (q,)  # "of two (young) children"
    for at in nearest:
        # (the cheap tests first: this is asked of every singular's subject)
        if at >= 2 and tokens[at - 1].low == "of" and tokens[at - 2].low in _PARENTS:
            return at - 2 if tokens[at].is_digits or _is_number_word(tokens[at].low) else q
    return q


_DECADE_WORDS = frozenset(
    {"teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
)
_DECADE_SPAN = 4  # "in his late 50 s": the words of the phrase after "in"


def _a_decade(tokens: list[Token], q: int) -> int | None:
    """Index of the first token of an age decade ending at q ('50 s', 'mid-30s', 'twenties', 'late 40 s'), or None."""
    low = tokens[q].low
    if low in _DECADE_WORDS or (low.endswith("0s") and low[-3:-2].isdigit()):
        first = q
    elif low == "s" and q > 0 and tokens[q - 1].is_digits and tokens[q - 1].end == tokens[q].start:
        first = q - 1
    else:
        return None
    if first > 0 and tokens[first - 1].low in ("early", "mid", "late"):
        first -= 1
    return first


def _past_an_age_decade(tokens: list[Token], q: int) -> int:
    """The token before 'in his 50s' / 'in her late twenties' ending at q ('A man in his 50s drowned': the subject is
    the man, the decade his age, no count), or q itself."""
    if q < 3 or (tokens[q].low not in _DECADE_WORDS and not tokens[q].low.endswith("s")):
        return q  # the cheap test first: this is asked of every singular's subject
    first = _a_decade(tokens, q)
    if first is None or first < 3 or q - first >= _DECADE_SPAN:
        return q
    if tokens[first - 1].low in ("his", "her", "their") and tokens[first - 2].low == "in":
        return first - 3
    return q


_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


def _past_a_stated_age(tokens: list[Token], q: int) -> int:
    """The token before an age written after its person ending at q ('A boy aged 3 died', 'a girl aged 18 months',
    'a baby of six months was killed': the subject is the child, the number an age, no count), or q itself. 'of' takes
    a unit ('a girl of 3' may be read either way); 'aged' need not."""
    if q < 2:
        return q
    unit = tokens[q].low in _AGE_UNITS
    number = q - 1 if unit else q
    if number < 1 or not (tokens[number].is_digits or tokens[number].low in NUMBER_WORDS):
        return q
    before = tokens[number - 1].low
    if before == "aged" or (before == "of" and unit):
        return number - 2
    return q


_AMONG_GROUPS = frozenset({"victims", "wounded", "injured", "hurt", "dead", "passengers", "people"})


def _past_among_them(tokens: list[Token], q: int) -> int:
    """The token before 'among them' / 'among the victims' ending at q ('A woman among them later died': the subject is
    the woman, one of a group counted before), or q itself."""
    if q >= 2 and tokens[q].low in ("them", "those") and tokens[q - 1].low == "among":
        return q - 2
    if q >= 3 and tokens[q].low in _AMONG_GROUPS and tokens[q - 1].low == "the" and tokens[q - 2].low == "among":
        return q - 3
    return q


def _subject_before(tokens: list[Token], q: int) -> tuple[int, str, bool] | None:
    """(start index, head, is_perpetrator) of a singular subject ending at token q."""
    if q < 0:
        return None
    if tokens[q].low == "." and q > 0 and tokens[q - 1].low in ("jr", "sr"):
        q -= 1  # "Malik Roe Jr. was shot"
    if tokens[q].low in ("who", "that") and q > 0:
        q -= 1  # "a 15-year-old boy who was fatally shot"
        if tokens[q].low == "," and q > 0 and tokens[q].start > 0 and tokens[q - 1].is_capitalised:
            q -= 1  # "including John Roe, who later died"
    q = _past_among_them(tokens, q)
    q = _past_an_age_decade(tokens, q)
    q = _past_a_stated_age(tokens, q)
    if tokens[q].low == ")":
        opening_bracket = _find_back(tokens, q, "(", 10)
        if opening_bracket is None or opening_bracket == 0:
            return None
        q = opening_bracket - 1  # "The victim (John Doe Jr.) died"
    if tokens[q].low == ",":
        opening = _apposition_start(tokens, q)
        if opening is None:
            return None
        q = opening - 1  # "LaPrida Shears, 25, of Tyler, was killed"
        while q >= 2 and tokens[q].is_digits and tokens[q - 1].low == ",":
            q -= 2  # "Jane Roe, 31, of Springfield,": the age is a second apposition
        if q < 0:
            return None
    q = _past_a_parents_children(tokens, q)
    head = tokens[q].low
    if _is_age(head):
        r = q
        while r - 1 >= 0 and (
            tokens[r - 1].is_digits or tokens[r - 1].low == "-" or _is_number_word(tokens[r - 1].low)
        ):
            r -= 1
        if r - 1 >= 0 and tokens[r - 1].low in _DETERMINERS:
            r -= 1
        return r, "person", False
    if head in SINGULAR_PERSON or head in PERPETRATOR_NOUNS:
        r = q - 1
        while r >= 0 and q - r <= 5 and tokens[r].low not in _DETERMINERS:
            if tokens[r].low in (":", "|") and r < q - 0:
                return r + 1, head, head in PERPETRATOR_NOUNS  # headline after a colon: "Police: Baby wounded"
            if not (tokens[r].text[:1].isalnum() or tokens[r].low == "-"):
                return None
            if tokens[r].low in _NONE_WORDS:
                return None  # "No officer was injured", "not a single student was hurt": no one
            r -= 1
        if any(t.low == "only" for t in tokens[max(r, 0) : q]):
            return None  # "the only person injured" states exclusivity, not a count
        if r >= 0 and tokens[r].low in _DETERMINERS:
            return r, head, head in PERPETRATOR_NOUNS
        if r < 0:
            return 0, head, head in PERPETRATOR_NOUNS  # headline style: "Teen fatally shot by deputy"
        return None
    if head in ("he", "she"):
        return q, head, False
    if (
        head in _ORDINAL_WORDS and q > 0 and tokens[q - 1].low in ("a", "an")
        and (q + 1 >= len(tokens) or tokens[q + 1].low not in ("were", "are", "have"))  # "a third were hurt": a part
    ):  # fmt: skip
        return q - 1, "person", False  # "Two were killed at the scene; a third died later": one more person
    if tokens[q].is_capitalised and head not in _NOT_NAMES and not tokens[q].is_digits and len(head) > 1:
        r = q
        while r - 1 >= 0 and tokens[r - 1].is_capitalised and tokens[r - 1].low not in _NOT_NAMES:
            r -= 1
        if r > 1 and tokens[r - 1].low in _PLACE_BEFORE_NAME:
            # "A teenage family member at Fort Riley died": the person before the place is the subject
            outer = _subject_before(tokens, r - 2)
            if outer is not None and outer[1] in SINGULAR_PERSON:
                return outer
        if r > 0 and tokens[r - 1].low in _NAME_CANNOT_FOLLOW:
            return None  # "the Smith family", "a hospital in Richmond in critical condition"
        return r, tokens[q].text, False
    return None


def _is_number_word(low: str) -> bool:
    return all(part in NUMBER_WORDS for part in low.split("-"))


_PLACE_BEFORE_NAME = frozenset({"at", "in", "near", "from"})
_NAME_CANNOT_FOLLOW = frozenset({"the", "a", "an", "in", "at", "near", "into", "outside", "inside"})


def _find_back(tokens: list[Token], start: int, text: str, limit: int) -> int | None:
    for k in range(start - 1, max(-1, start - 1 - limit), -1):
        if tokens[k].low == text:
            return k
    return None


def _apposition_start(tokens: list[Token], close: int) -> int | None:
    """Index of the comma opening the apposition that `close` (a comma) ends, within 8 tokens."""
    for k in range(close - 1, max(-1, close - 9), -1):
        if tokens[k].low == ",":
            return k if k > 0 else None
        if tokens[k].low in ("was", "were", "said", ".", ";", "and"):
            return None
    return None
