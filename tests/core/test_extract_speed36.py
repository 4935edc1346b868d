"""Speed changes of round 36 that keep the output: each test states the old reading and checks the new one finds
the same, on sentences of our own and on random strings."""

from __future__ import annotations

import random
import re

from core.extract.ascii_twin import AsciiTwin, compile_twin

_CLASS_ESCAPES = re.compile(r"(?<!\\)(?:\\\\)*\\[swdS]")

# Patterns that use the class escapes in every place they may stand: alone, repeated, in a class, in a negated one,
# beside ranges and literals, ignoring case, verbose.
_SAMPLES = [
    (r"\b\w+\b", 0),
    (r"\d+(?:[.,]\d+)*\s+(?:people|dead)", 0),
    (r"[\w'\u00c0-\u024f]+(?:-[\w.]+)*", 0),
    (r"[^\s\w]", 0),
    (r"\S+\s*$", 0),
    (r"[\s,;]+and[\s-]+\d", re.IGNORECASE),
    (r"(?x) \d{1,3} \s+ (?: killed | hurt ) \b", 0),
    (r"[^\d\s]{2}\W\D", 0),
    (r"\\s\\w and \\\d", 0),  # an escaped backslash before the letter: no class escape
]


def _texts() -> list[str]:
    """Sentences of our own, the separators Unicode counts as white space, symbols beyond ASCII and random ASCII."""
    plain = [
        "Three people were killed and 12 hurt on Main St. late Friday, police said.",
        "The toll rose to 1,204 dead; 3-year-old boy among the injured (officials).",
        "A\tcar\nhit\x0bthe\x0cwall\r at 9:30 -- 'nobody' was_hurt \\s \\w.",
    ]
    texts = [*plain, *(s.replace(" ", sep) for s in plain for sep in "\x1c\x1d\x1e\x1f")]
    texts += [s.replace(" ", " \u2014 ", 2) + " \u00a9 2024 \u2026" for s in plain]
    rng = random.Random(36)
    pieces = [*" \t\n\x0b\x0c\r\x1c\x1f.,;:-'\"()[]\\_0123456789AzZkq", "killed", "and", "people", "\u2019", "\u00d7"]
    for _ in range(400):
        texts.append("".join(rng.choice(pieces) for _ in range(30)))
    return texts


def test_an_ascii_twin_writes_out_the_members_of_its_class_escapes() -> None:
    """The twin of a pattern holds no \\s, \\w, \\d or \\S for the engine to test by category: their ASCII members are
    written out, which the engine tests with one look-up in a bitmap."""
    for source, flags in _SAMPLES:
        twin = compile_twin(source, flags)
        assert _CLASS_ESCAPES.search(twin._ascii.pattern) is None, (source, twin._ascii.pattern)


def test_a_twin_with_written_out_classes_finds_what_the_unicode_pattern_finds() -> None:
    """On ASCII text and on text whose only other characters are symbols, the twin's matches and groups are the
    Unicode pattern's."""
    texts = _texts()
    for source, flags in _SAMPLES:
        twin = compile_twin(source, flags)
        unicode_pattern = re.compile(source, flags)
        for text in texts:
            assert isinstance(twin, AsciiTwin)
            found = [(m.span(), m.groups()) for m in twin.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in unicode_pattern.finditer(text)], (source, text)


def test_the_source_searches_of_attribution_run_as_ascii_twins() -> None:
    """The searches for who gave a figure run over every sentence that may name one ('X said' before each speech verb,
    'according to X', the cheap look for any source word): on ASCII text they take the ASCII twin."""
    from core.extract.attribution import _patterns

    patterns, _, any_source, _, _, _, speech_at, _ = _patterns("en")
    assert all(isinstance(p, AsciiTwin) for p in (*patterns, any_source, speech_at))


def test_who_gave_a_figure_is_read_as_the_unicode_patterns_read_it() -> None:
    """Sources of our own, in ASCII and with symbols beyond it: the twins name who the Unicode patterns name."""
    from core.extract.attribution import _patterns, attribution_in

    sentences = [
        "Two men were killed late Sunday, the county sheriff's office said.",
        "According to the state health ministry, 14 people died in the floods.",
        "Mayor Ann Roe said three officers were hurt in the crash near the school.",
        "The mayor of Tarvos, Ann Roe, said six people were wounded.",
        "Police on Monday said a fourth victim had died at the hospital.",
        "Four died, said Bo Diaz, a spokesman for the regional fire service.",
        "Rescue workers said the toll could rise, citing local officials.",
        "It said 12 were hurt \u2014 the ministry\u2019s figure \u00a9 2024.",
        "Nobody said anything about the 7 wounded.",
    ]
    assert (attribution_in(sentences[0])[0] or "").endswith("sheriff's office")
    assert "health ministry" in (attribution_in(sentences[1])[0] or "")
    patterns, _, any_source, _, _, _, speech_at, _ = _patterns("en")
    rng = random.Random(3636)
    words = [w for s in sentences for w in s.split()]
    texts = [*sentences, *(" ".join(rng.choice(words) for _ in range(14)) for _ in range(300))]
    for twin in (*patterns, any_source, speech_at):
        unicode_pattern = re.compile(twin.pattern, twin.flags)
        for text in texts:
            found = [(m.span(), m.groups()) for m in twin.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in unicode_pattern.finditer(text)], (twin.pattern, text)
