"""The word for one that counts a thing, not people, in any language (read by `core.extract.world_binding`):
the article of a thing's phrase ('un autobus', 'ein Haus'), of a place after a preposition, of a verb's object or
of the next clause's subject, and of a clause that states nobody harmed. All language knowledge is lexicon data."""

from __future__ import annotations

import re

from core.extract.numerals import Numeral
from core.extract.world_language import Language
from core.extract.world_roles import _Trigger


def _word_end(lower: str, end: int) -> int:
    while end < len(lower) and lower[end].isalpha():
        end += 1
    return end


def _thing_counted(lang: Language, lower: str, number: Numeral) -> bool:
    """'یک قایق', 'un autobus': the word for one before a thing no count is of (NOT_COUNTS_AFTER), the indefinite
    article of a phrase inside the clause, which ends no count's phrase ('۴۰ نفر ... در غرق شدن یک قایق ... جان
    باختند')."""
    return lang.not_counts is not None and lang.not_counts.match(lower, number.end) is not None


_PREPOSITION_REACH = 12


def _placed_article(lang: Language, lower: str, number: Numeral) -> bool:
    """'Zwei Menschen wurden an einer Schule erschossen', 'Deux personnes ont été tuées dans une école': the word for
    one after a preposition (lexicon ARTICLE_AFTER) is the article of a place or a thing, which ends no count's
    phrase before it."""
    if lang.article_after is None or not _article_like(number):
        return False
    return lang.article_after.search(lower, max(0, number.start - _PREPOSITION_REACH), number.start) is not None


def _governed_thing(lang: Language, lower: str, number: Numeral) -> bool:
    """'Un camión chocó contra un autobús y cinco personas murieron', 'prallte gegen einen Bus und fünf Menschen':
    the word for one right after a preposition (ARTICLE_AFTER) is the article of what the preposition governs, no
    count of people joined to the next by 'and'; not after 'with' (WITH_WORDS: 'con un policía y dos civiles
    heridos', the people the phrase counts), nor after a preposition further back ('En Madrid un policía y dos ...')."""
    if not _placed_article(lang, lower, number):
        return False
    before = lower[max(0, number.start - _PREPOSITION_REACH) : number.start].split()
    return not before or before[-1] not in lang.with_words


_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”]")
_CLAUSE_REACH = 60  # characters back from the word for one where a clause's start is looked for


def _objects_thing(lang: Language, lower: str, number: Numeral) -> bool:
    """'El fuego destruyó una casa y dos personas resultaron heridas', 'Das Feuer zerstörte ein Haus und zwei
    Menschen': the word for one after other words of its clause (a verb's object) and before a noun that counts no
    person (lexicon ONE_PERSON_NOUNS) is a thing's article, no count of people joined to the next by 'and'. At the
    clause's start it stays a count ('Un policía y dos civiles resultaron heridos'), whatever its noun."""
    if lang.one_person is None or not _article_like(number):
        return False
    head = lower[max(0, number.start - _CLAUSE_REACH) : number.start]
    clause = _CLAUSE_BREAK.split(head)[-1]
    if not clause.strip():
        return False
    return lang.one_person.match(lower, number.end) is None


_THING_NOUN_WORDS = 2  # words of a thing's noun (and its adjective) before its verb ('una vivienda familiar quedó')


def _subjects_thing(lang: Language, lower: str, number: Numeral) -> bool:
    """'Murieron dos personas y una casa quedó destruida', 'Es starben zwei Menschen und ein Haus wurde zerstört',
    'Murieron dos personas y un menor está grave': the word for one before its noun and a verb of its own (lexicon
    THING_VERBS) opens the next clause, its subject's article or count, not one more of the people before. Without
    the verb it stays a count, whatever its noun: a people's name ('dos franceses y un alemán') is one more person."""
    if lang.thing_verbs is None or not _article_like(number):
        return False
    rest = lower[number.end : number.end + _CLAUSE_REACH]
    rest = _CLAUSE_BREAK.split(rest)[0]
    words = list(re.finditer(r"\S+", rest))
    return any(lang.thing_verbs.match(rest, w.end()) is not None for w in words[:_THING_NOUN_WORDS])


def _article_like(number: Numeral) -> bool:
    """'Un incendie', 'Una explosión', 'Um terremoto': the word for one, which is also the indefinite article."""
    return number.words and number.value == 1


def _nobody_told(lang: Language, lower: str, number: Numeral, trigger: _Trigger) -> bool:
    """'Bij een brand in een loods is niemand gewond geraakt', 'Vid en brand skadades ingen': a word that says no one
    (NOBODY) between the word for one and the harm's word, or right after a verb-second harm verb, makes that one the
    article of a clause that states none, no count of one."""
    if lang.nobody is None or lang.nobody_after is None:
        return False
    return (
        lang.nobody.search(lower, number.end, trigger.start) is not None
        or lang.nobody_after.match(lower, trigger.end) is not None
    )
