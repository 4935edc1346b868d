"""Offline language check: English passes, confidently non-English text is refused.

A cheap stop-word ratio settles most English texts without loading the py3langid model (~0.5 s the first
time); only texts that fail it go to py3langid.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from core.extract.ascii_twin import compile_twin, reads_as_ascii
from core.extract.lexicons import ALIASES, ONE_LANGUAGE, WORLD_LANGUAGES, load

_WORD = compile_twin(r"[^\W\d_]+")
# English function words that are no word of another Latin-script language we read: "a" (Hungarian's,
# Spanish's, Romanian's ...), "in" (Dutch, German, Italian), "is" (Dutch, Hungarian), "was" (German, Dutch), "be"
# (Hungarian), "as" (Portuguese), "on" (French) and "it" left out, so that a Dutch text's "in ... is ..." is no
# English evidence.
_ENGLISH_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "that",
        "for",
        "with",
        "by",
        "at",
        "from",
        "he",
        "she",
        "they",
        "were",
        "has",
        "have",
        "said",
        "are",
    ]
)
# Share of those words that makes a text English (on gva-dev, gva-silver and news-dev: English texts 0.08 and
# above but for 8 of 4161, which go to py3langid; other languages at most 0.067).
_ENGLISH_RATIO = 0.08
# Letters under which a text in Latin letters is not judged: from 20, py3langid's confidence of 0.9 keeps English
# headlines English (none of 1899 gva-dev and news-dev English texts cut to 25, 30 or 45 characters, nor of 3149
# gva-silver ones, read as another language) and reads 47 more of 949 news-dev and own-set headlines right (40: 723).
_MIN_LETTERS_TO_JUDGE = 20
# A text written mostly in another script is no English at any length: a short headline in it is judged from this
# many letters and combining marks.
_MIN_SCRIPT_LETTERS_TO_JUDGE = 3
_CONFIDENCE = 0.9
_SAMPLE = 3000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_model() -> None:
    """Load the py3langid model now (~0.5 s, ~90 MB) rather than on the first text that needs it: a worker
    that loads it before forking shares its pages with its pool children."""
    _identifier()


def detect_language(text: str) -> str:
    """'en' unless the text is long enough and confidently another language (then its ISO 639-1 code). A text
    written mostly in another script than ASCII letters is no English whatever its length or py3langid's
    confidence: it gets the likeliest other language (a short Marathi headline is 0.63 Marathi, 0.3 Hindi).
    A language written in two scripts gets its lexicon of the text's script (`read_as`: Serbian in Cyrillic
    letters is `sr`, in Latin ones `hr`, whichever of sr, hr and bs py3langid ranks first)."""
    language = _language_of(text)
    return language if language == "en" else read_as(language, text)


def _language_of(text: str) -> str:
    """`detect_language`'s code as py3langid (or a lexicon's words) tells it, before the script picks a lexicon."""
    sample = text[:_SAMPLE]
    if _english_by_ascii_stopwords(sample):
        return "en"
    words = _WORD.findall(sample)
    lowered = list(map(str.lower, words))
    if own := _told_by_function_words(lowered):
        return own
    letters = sum(map(len, words))
    # "Séisme : 12 morts": Latin letters with accents are Latin all the same. Words all in ASCII (most English
    # texts': curly quotes and dashes are no words) are all Latin, told by one C pass, not a look per word.
    latin = "".join(words).isascii() or (
        2 * sum(len(word) for word in words if word.isascii() or _latin(word)) >= letters
    )
    if letters < _MIN_LETTERS_TO_JUDGE and (latin or _letters_and_marks(sample) < _MIN_SCRIPT_LETTERS_TO_JUDGE):
        # "Bogotá: 3 muertos": a casualty word of a lexicon judges a headline too short for py3langid alone
        if not latin or not (any(_trigger_languages(word.lower()) for word in words) or _short_triggers(sample)):
            return "en"
        return _told_by_triggers(words, _identifier().rank(sample), _has_digit(sample), sample) or "en"
    english = sum(map(_ENGLISH_STOPWORDS.__contains__, lowered))  # no per-word Python frame
    if english / len(words) >= _ENGLISH_RATIO:
        return "en"
    ranked = _identifier().rank(sample)
    if not latin:
        return _by_own_letters(sample, _best_lexicon([(code, pr) for code, pr in ranked if code != "en"])[0])
    language, confidence = _best_lexicon(ranked)
    if language != "en" and confidence >= _CONFIDENCE:
        return language
    return _told_by_triggers(words, ranked, _has_digit(sample), sample) or "en"


# Each byte that is no ASCII letter made a space, lower-cased: the words `_WORD` finds in a text read as ASCII
_ASCII_LETTERS_ONLY = bytes(byte if chr(byte).isascii() and chr(byte).isalpha() else 0x20 for byte in range(256))
_ENGLISH_STOPWORDS_ASCII = frozenset(word.encode() for word in _ENGLISH_STOPWORDS)


def _english_by_ascii_stopwords(sample: str) -> bool:
    """Is the sample English by its share of English stop words, as `detect_language` reads it, in a text that
    `_WORD` reads as ASCII (`reads_as_ascii`: most English texts)? Its words are then the runs of ASCII letters,
    and every other character (a symbol beyond ASCII made '?' here) parts them: bytes made spaces and split in C,
    not a pattern's match and a string per word. False sends the text on to the reading word by word."""
    if not reads_as_ascii(sample):
        return False
    words = sample.encode("ascii", "replace").translate(_ASCII_LETTERS_ONLY).lower().split()
    # every word holds a letter at least: as many words as the least letters are enough letters
    if len(words) < _MIN_LETTERS_TO_JUDGE and sum(map(len, words)) < _MIN_LETTERS_TO_JUDGE:
        return False
    if not _stop_words_reach(words, _ENGLISH_RATIO):
        return False
    # "ki he toko 9": Tongan written without its glottal stops holds English's "he" as often as English texts do
    return _told_by_function_words(words) is None


_STRETCH = 64  # words counted at a time by `_stop_words_reach`


def _stop_words_reach(words: list[bytes], ratio: float) -> bool:
    """Do English stop words make `ratio` or more of `words` (as bytes)? Counted a stretch at a time, the answer is
    given once the count so far reaches the share of all the words (a count only grows): an English text's stop
    words reach it within its first stretch, and the rest of its words are not looked up."""
    count = 0
    for at in range(0, len(words), _STRETCH):
        count += sum(map(_ENGLISH_STOPWORDS_ASCII.__contains__, words[at : at + _STRETCH]))
        if count / len(words) >= ratio:
            return True
    return False


# A language py3langid does not know (Samoan, Tongan) is told by its lexicon's FUNCTION_WORDS: a text of at least
# this many words of which this share are one language's (on gva-dev, gva-silver, news-dev and the own sets, texts
# of other languages at most 0.26 Samoan, Tagalog's 'sa' and 'na', and 0.09 Tongan; Samoan and Tongan texts near
# 0.6). A headline alone is too short to tell.
_FUNCTION_WORDS_RATIO = 0.35
_MIN_FUNCTION_WORDS_TEXT = 12
# ... of its first this many words (a look at every word of every English text would cost 0.08 ms a text)
_FUNCTION_WORDS_READ = 80


def _told_by_function_words(words: list[str] | list[bytes]) -> str | None:
    """The language whose FUNCTION_WORDS make `_FUNCTION_WORDS_RATIO` or more of the (lower-cased) words, as str or,
    from the ASCII reading, as bytes; None when none does or the text is too short to tell."""
    if len(words) < _MIN_FUNCTION_WORDS_TEXT:
        return None
    words = words[:_FUNCTION_WORDS_READ]
    needed = _FUNCTION_WORDS_RATIO * len(words)
    any_text, any_bytes = _any_function_words()
    # one pass over the words with every such language's words at once: too few of them (every English text) and
    # no language has its share, without a pass per language
    if sum(map((any_bytes if isinstance(words[0], bytes) else any_text).__contains__, words)) < needed:
        return None
    for code, (as_text, as_bytes) in _function_words().items():
        table = as_bytes if isinstance(words[0], bytes) else as_text
        if sum(map(table.__contains__, words)) >= needed:
            return code
    return None


@lru_cache(maxsize=1)
def _any_function_words() -> tuple[frozenset[str], frozenset[bytes]]:
    """The FUNCTION_WORDS of every lexicon that lists them, as str and, those in ASCII, as bytes."""
    tables = _function_words().values()
    return frozenset().union(*(t for t, _ in tables)), frozenset().union(*(b for _, b in tables))


@lru_cache(maxsize=1)
def _function_words() -> dict[str, tuple[frozenset[str], frozenset[bytes]]]:
    """Each lexicon that lists FUNCTION_WORDS -> those words, and those of them in ASCII as bytes."""
    found = {}
    for code in WORLD_LANGUAGES:
        words = frozenset(w.lower() for w in getattr(load(code), "FUNCTION_WORDS", ()))
        if words:
            found[code] = (words, frozenset(w.encode() for w in words if w.isascii()))
    return found


# A word of the text must be this long to count as a lexicon's trigger word ("muertos", "Tote", "morti"); one with a
# letter beyond ASCII may be shorter ("ölü")
_MIN_TRIGGER_LETTERS = 4
_MIN_ACCENTED_TRIGGER_LETTERS = 3
# ... and this long to be read at the end of a longer word ('wafariki', 'walifariki': Swahili's subject and tense
# prefixes before 'fariki')
_MIN_INNER_TRIGGER_LETTERS = 5


def _told_by_triggers(words: list[str], ranked: list[tuple[str, float]], digits: bool, sample: str) -> str | None:
    """A short or unsure headline in Latin letters that holds a casualty word of a lexicon and a count ('Bogotá: 3
    muertos', 'Drei Tote bei Busunglück', 'Alluvione in Emilia-Romagna, otto morti'): the language of those words,
    when py3langid ranks it first of the languages we have a lexicon for (English included). None otherwise: a
    casualty word alone ('Tote Bags For Sale', 'Feriti memorial') is no evidence against English."""
    candidates = {lang for word in words for lang in _trigger_languages(word.lower())} | _short_triggers(sample)
    if not candidates:
        return None
    totals: dict[str, float] = {}
    for code, probability in ranked:
        lexicon = _one_language(code)
        if lexicon == "en" or lexicon in WORLD_LANGUAGES:
            totals[lexicon] = totals.get(lexicon, 0.0) + float(probability)
    best = max(totals, key=totals.__getitem__)
    if best not in candidates or not (digits or _holds_count(best, words)):
        return None
    return best


# A three-letter casualty word in ASCII (fr 'tue', de 'tot', sv 'dog') counts only with its count right after it,
# or after one of the lexicon's qualifiers ('Un incendie tue 3 personnes', 'tue au moins 12'): alone, or a word
# away from a number, it is as likely an English word ('Dog attack: 3 hurt', 'Tue night')
_SHORT_TRIGGER_LETTERS = 3
_TOKEN = compile_twin(r"\w+")


def _short_triggers(sample: str) -> frozenset[str]:
    """The lexicons whose three-letter ASCII trigger stands in the sample right before a count (digits or one of
    that lexicon's number words), or before one of its qualifiers and a count."""
    short = _short_trigger_words()
    tokens = _TOKEN.findall(sample.lower())
    found: set[str] = set()
    for index, token in enumerate(tokens):
        for code in short.get(token, ()):
            if _count_follows(code, tokens[index + 1 :]):
                found.add(code)
    return frozenset(found)


def _count_follows(code: str, after: list[str]) -> bool:
    numbers = _number_words(code)
    for skip in (0, *_qualifier_lengths(code, tuple(after[:4]))):
        if len(after) > skip and (after[skip].isdigit() or after[skip] in numbers):
            return True
    return False


def _qualifier_lengths(code: str, start: tuple[str, ...]) -> list[int]:
    """How many words each of the lexicon's qualifiers before a count takes at the start of `start`."""
    return [len(words) for words in _qualifier_words(code) if start[: len(words)] == words]


@cache  # one entry per language: more than 64 of them
def _qualifier_words(code: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_TOKEN.findall(q.lower())) for q in getattr(load(code), "QUALIFIERS_BEFORE", {}))


@lru_cache(maxsize=1)
def _short_trigger_words() -> _TriggerTable:
    """Each one-word casualty trigger of three ASCII letters -> the lexicons it belongs to ('tue': fr)."""
    short: dict[str, set[str]] = {}
    for code in WORLD_LANGUAGES:
        for triggers in getattr(load(code), "TRIGGERS", {}).values():
            for trigger in triggers:
                word = trigger.lower()
                if len(word) == _SHORT_TRIGGER_LETTERS and word.isascii() and word.isalpha():
                    short.setdefault(word, set()).add(code)
    return _frozen(short)


def _holds_count(language: str, words: list[str]) -> bool:
    """A count written in words in the text: one of the lexicon's number words ('Drei', 'due')."""
    numbers = _number_words(language)
    return any(word.lower() in numbers for word in words)


@cache  # one entry per language: more than 64 of them
def _number_words(language: str) -> frozenset[str]:
    given = getattr(load(language), "NUMBER_WORDS", {})  # values, or a string of the words text2num reads
    words = given.split() if isinstance(given, str) else list(given)
    return frozenset(word.lower() for word in words if " " not in word)


def _has_digit(sample: str) -> bool:
    return any(ch.isdigit() for ch in sample)


def _trigger_languages(word: str) -> frozenset[str]:
    """The lexicons whose one-word casualty trigger the word is, or begins with (a stem: 'muerto*', or any trigger
    of a lexicon that matches prefixes: Turkish 'ölü' of 'ölüler'), or ends with (a trigger of a lexicon that
    matches anywhere in a word, its subject and tense written before it: Swahili 'fariki' of 'wafariki')."""
    whole, stems, ends = _trigger_words()
    found = set(whole.get(word, ()))
    for length in range(_MIN_ACCENTED_TRIGGER_LETTERS, len(word) + 1):
        found.update(stems.get(word[:length], ()))
    for length in range(_MIN_INNER_TRIGGER_LETTERS, len(word)):
        found.update(ends.get(word[-length:], ()))
    return frozenset(found)


_TriggerTable = dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _trigger_words() -> tuple[_TriggerTable, _TriggerTable, _TriggerTable]:
    """Each one-word casualty trigger of a lexicon written in Latin letters -> the lexicons it belongs to: the
    whole words, the stems ('muerto*'; every trigger of a lexicon that MATCHes prefixes), and the word ends (the
    triggers, of `_MIN_INNER_TRIGGER_LETTERS` or more, of a lexicon that MATCHes anywhere in a word: 'fariki')."""
    whole: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    ends: dict[str, set[str]] = {}
    for code in WORLD_LANGUAGES:
        lexicon = load(code)
        match = getattr(lexicon, "MATCH", "word")
        for triggers in getattr(lexicon, "TRIGGERS", {}).values():
            for trigger in triggers:
                word = trigger.lower().rstrip("*")
                shortest = _MIN_TRIGGER_LETTERS if word.isascii() else _MIN_ACCENTED_TRIGGER_LETTERS
                if " " in word or "*" in word or len(word) < shortest or not _latin(word):
                    continue
                table = stems if match == "prefix" or trigger.endswith("*") else whole
                table.setdefault(word, set()).add(code)
                if match == "any" and len(word) >= _MIN_INNER_TRIGGER_LETTERS:
                    ends.setdefault(word, set()).add(code)
    return _frozen(whole), _frozen(stems), _frozen(ends)


def _frozen(table: dict[str, set[str]]) -> _TriggerTable:
    return {word: frozenset(codes) for word, codes in table.items()}


def _latin(word: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in word)


def _letters_and_marks(sample: str) -> int:
    """How many letters the sample has, each vowel sign and virama counted with them: in Devanagari, Bengali,
    Tamil ... a word is letters and combining marks ('मृत्यू' is 3 letters and 3 marks), and `_WORD` splits it at
    each mark, so a short headline of such a script reads as half its length. Counted only for the texts
    `_WORD` finds too short (one pass over at most `_SAMPLE` characters)."""
    return sum(1 for ch in sample if unicodedata.category(ch)[0] in "LM")


def _by_own_letters(sample: str, best: str) -> str:
    """The language whose own letters the sample holds most, among the lexicons that list them (OWN_LETTERS) when
    `best` is one of them: kanji alone ('熊本県地震 死者9人') are Japanese by '県', though py3langid says Chinese."""
    own = _own_letters()
    lexicon = ALIASES.get(best, best)
    if lexicon not in own:
        return best
    counts = {code: len(letters.findall(sample)) for code, letters in own.items()}
    likeliest = max(counts, key=counts.__getitem__)
    return likeliest if counts[likeliest] > counts[lexicon] else best


@lru_cache(maxsize=1)
def _own_letters() -> dict[str, re.Pattern[str]]:
    """Each lexicon that lists letters of its own -> a pattern of those letters."""
    return {
        code: re.compile(f"[{re.escape(letters)}]")
        for code in WORLD_LANGUAGES
        if (letters := getattr(load(code), "OWN_LETTERS", ""))
    }


def _best_lexicon(ranked: list[tuple[str, float]]) -> tuple[str, float]:
    """The likeliest language and its confidence, the codes one lexicon reads counted as one: py3langid splits
    an Indonesian text between Indonesian and Malay (0.69 / 0.31), an Arabic one between Arabic and its Moroccan
    and Egyptian forms, a Chinese one between Mandarin, Wu and Cantonese, each below the confidence that one
    code alone needs."""
    totals: dict[str, float] = {}
    best: dict[str, str] = {}
    for code, probability in ranked:
        lexicon = _one_language(code)
        totals[lexicon] = totals.get(lexicon, 0.0) + float(probability)
        best.setdefault(lexicon, code)
    lexicon = max(totals, key=totals.__getitem__)
    return best[lexicon], totals[lexicon]


def _one_language(code: str) -> str:
    """The lexicon a code is read by, one for the codes of one language written in two scripts (`ONE_LANGUAGE`)."""
    lexicon = ALIASES.get(code, code)
    return ONE_LANGUAGE.get(lexicon, lexicon)


# Letters of a text looked at to tell its script, for a label that names a language written in two
_SCRIPT_SAMPLE = 200


def read_as(code: str, text: str) -> str:
    """The language a text labelled `code` is read as. A label may name a language written in two scripts, one
    lexicon each ('ku' is Kurdish: Kurmanji in Latin letters, read by `ku`, and Sorani in Arabic ones, read by
    `ckb`; feeds label both 'ku'): a text mostly in the other script's letters is read by that script's lexicon
    (the label's lexicon's SCRIPT_TWINS, script name -> lexicon). Any other label is kept as sent."""
    base = code.strip().lower().replace("_", "-").split("-")[0]
    twins = _script_twins().get(ALIASES.get(base, base))  # ('bs' and 'cnr' are read by `hr`, and so are its twins)
    if not twins:
        return code
    scripts: dict[str, int] = {}
    for ch in text[:_SCRIPT_SAMPLE]:
        if ch.isalpha():
            script = unicodedata.name(ch, "").split(" ", 1)[0]
            scripts[script] = scripts.get(script, 0) + 1
    letters = sum(scripts.values())
    return next((twin for script, twin in twins.items() if 2 * scripts.get(script, 0) > letters), code)


@lru_cache(maxsize=1)
def _script_twins() -> dict[str, dict[str, str]]:
    """Each lexicon that names another script's lexicon for its language (SCRIPT_TWINS) -> those twins."""
    return {code: twins for code in WORLD_LANGUAGES if (twins := getattr(load(code), "SCRIPT_TWINS", {}))}


def is_english_code(code: str) -> bool:
    return code.strip().lower().replace("_", "-").split("-")[0] in ("en", "eng", "english")
