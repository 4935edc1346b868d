"""The toll pass's words for one language, read once from its lexicon (`core.extract.lexicons`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from core.extract.lexicons import load


@dataclass(frozen=True)
class _Vocabulary:
    heads: dict[str, str]
    modifiers: dict[str, str | None]
    counted: dict[str, str]
    counted_people: frozenset[str]
    kinds_of_people: frozenset[str]
    counted_adjectives: frozenset[str]
    verbs: dict[tuple[str, ...], str | None]
    auxiliaries: frozenset[str]
    prepositions: frozenset[str]
    time_words: frozenset[str]
    actions: frozenset[str]
    downward: frozenset[str]
    earlier_links: tuple[tuple[str, ...], ...]
    earlier_fillers: frozenset[str]
    earlier_cues: tuple[tuple[str, ...], ...]
    earlier_after: tuple[tuple[str, ...], ...]
    earlier_before: tuple[tuple[str, ...], ...]
    earlier_aside: frozenset[str]
    determiners: frozenset[str]
    still_rising: tuple[tuple[str, ...], ...]
    many_incidents: tuple[tuple[str, ...], ...]
    stable_since: frozenset[str]
    projection: frozenset[str]
    combined: frozenset[str]
    national: frozenset[str]
    anaphoric: frozenset[str]
    anaphoric_subjects: frozenset[str]
    corrected_adjectives: frozenset[str]
    change_verbs: frozenset[str]
    labels: dict[str, str]
    as_told_before: frozenset[str]
    place_sides: frozenset[str]
    subjects: dict[str, str]
    relative_counted: dict[str, str]
    relative_words: frozenset[str]
    set_incidents: frozenset[str]
    infinitive_openers: frozenset[str]


def _phrases(items: object) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(p).split()) for p in items)  # type: ignore[attr-defined]


_NOT_A_KIND = frozenset({"more", "other"})  # person nouns that name no people of their own: "the number of more ..."


def _kinds_of_people(lex: ModuleType) -> frozenset[str]:
    """The people a count of the harmed may name beside 'people' and 'victims' ('the number of miners killed', 'the
    number of pilgrims who died'): the lexicon's person nouns, less the ones that name who did it."""
    people = frozenset(getattr(lex, "PERSON_NOUNS", ()))
    return people - frozenset(getattr(lex, "PERPETRATOR_NOUNS", ())) - _NOT_A_KIND


@lru_cache(maxsize=8)
def vocabulary(language: str = "en") -> _Vocabulary:
    lex: ModuleType = load(language)
    return _Vocabulary(
        heads=dict(lex.TOLL_HEADS),
        modifiers=dict(lex.TOLL_MODIFIERS),
        counted=dict(lex.COUNTED_WORDS),
        counted_people=frozenset(lex.COUNTED_PEOPLE),
        kinds_of_people=_kinds_of_people(lex),
        counted_adjectives=frozenset(lex.COUNTED_ADJECTIVES),
        verbs={tuple(k.split()): v for k, v in lex.TOLL_VERBS.items()},
        auxiliaries=frozenset(lex.TOLL_AUXILIARIES),
        prepositions=frozenset(lex.TOLL_PREPOSITIONS),
        time_words=frozenset(lex.TOLL_TIME_WORDS),
        actions=frozenset(lex.TOLL_ACTION_VERBS),
        downward=frozenset(lex.TOLL_DOWNWARD),
        earlier_links=_phrases(lex.EARLIER_LINKS),
        earlier_fillers=frozenset(lex.EARLIER_FILLERS),
        earlier_cues=_phrases(lex.EARLIER_CUES),
        earlier_after=_phrases(getattr(lex, "EARLIER_AFTER_TOLL", ())),
        earlier_before=_phrases(lex.EARLIER_BEFORE_TOLL),
        earlier_aside=frozenset(getattr(lex, "EARLIER_ASIDE_OPENERS", ())),
        determiners=frozenset(lex.TOLL_DETERMINERS),
        still_rising=_phrases(lex.STILL_RISING),
        many_incidents=_phrases(lex.MANY_INCIDENTS),
        stable_since=frozenset(lex.TOLL_STABLE_SINCE),
        projection=frozenset(getattr(lex, "TOLL_PROJECTION", ())),
        combined=frozenset(getattr(lex, "COMBINED_WITH", ())),
        national=frozenset(getattr(lex, "NATIONAL_TOLL", ())),
        anaphoric=frozenset(getattr(lex, "ANAPHORIC_TOLL_HEADS", ())),
        anaphoric_subjects=frozenset(getattr(lex, "ANAPHORIC_TOLL_SUBJECTS", ())),
        corrected_adjectives=frozenset(getattr(lex, "CORRECTED_TOLL_ADJECTIVES", ())),
        change_verbs=frozenset(getattr(lex, "CHANGE_TOLL_VERBS", ())),
        labels=dict(getattr(lex, "FIGURE_LABELS", {})),
        as_told_before=frozenset(getattr(lex, "COUNTED_AS_TOLD_BEFORE", ())),
        place_sides=frozenset(getattr(lex, "TOLL_PLACE_SIDES", ())),
        subjects=dict(getattr(lex, "TOLL_SUBJECTS", {})),
        relative_counted=dict(getattr(lex, "COUNTED_IN_RELATIVE", {})),
        relative_words=frozenset(getattr(lex, "RELATIVE_WORDS", ())),
        set_incidents=frozenset(getattr(lex, "TOLL_SET_INCIDENTS", ())),
        infinitive_openers=frozenset(getattr(lex, "INFINITIVE_OPENERS", ())),
    )
