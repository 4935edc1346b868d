"""Who gave a figure, in the reporters' own languages: one routine, the words are the lexicon's data.

A world lexicon may define:
- ACCORDING_BEFORE: a marker before the source ("según", "selon", "laut", "menurut", "بحسب", "за даними");
- ACCORDING_AFTER: a marker after it ("AFAD'a göre", "해경 등에 따르면", "der Polizei zufolge");
- SPEECH_VERBS: verbs of saying ("dijo", "a indiqué", "kata", "açıkladı", "قال", "повідомив", "밝혔다", "表示");
- REPORTING_VERBS: verbs by which a source puts the toll at a figure ("eleva a 23 la cifra", "porte le bilan à",
  "yükseltti"), read as verbs of saying for sources only;
- SOURCE_NOUNS: who gives figures ("ministerio", "protection civile", "polizei", "gubernur", "الدفاع المدني",
  "поліція", "소방당국", "卫健委");
- SOURCE_PHRASES: sources named only by a whole phrase whose first word alone is a common word that is also a
  town's name (el "πολιτική προστασία": 'πολιτική' is an adjective, and Πολιτικά a village): read as SOURCE_NOUNS,
  but their words are not the lexicon's own nouns that no place may bear (core.extract.place_lexicon reads
  SOURCE_NOUNS alone);
- UNOFFICIAL_SOURCES: claimants who are not the authorities ("organisateurs", "vecinos", "Anwohner", "السكان"), each
  with its English kind: read as SOURCE_NOUNS here, and by `core.competing_claimants` (the official figure wins);
- SOURCE_LEADING: articles dropped from the front of a source ("el", "la", "le", "der");
- SOURCE_TRAILING: words dropped from the end of a source: a separable verb's particle ("teilte die Polizei mit"),
  the word that opens a day phrase ("nesta" quinta-feira).
- VERB_SECOND: the finite verb comes second in the clause (sv, da): a source after an according-to marker that
  opens the clause ends with its source noun or name, before the verb ("Enligt polisen | omkom 12 personer"); a
  speaker after its speech verb may have adjectives before its noun ("uppger den grekiska räddningstjänsten"),
  and one before the verb opens its clause ("Polisen uppger"), not a name inside it ("öster om Aten, uppger").
- NOUN_JOINERS: the language capitalises its nouns (de): a source ends at a lowercase word after a capitalised one
  ("laut Polizei | kamen"), unless it is one of these words joining nouns ("Sprecher der Feuerwehr");
- ACCORDING_NAMED: the text before an according-to marker after it is a source only when it holds a source noun or
  a capitalised name (fi "poliisin mukaan", not "lapset mukaan lukien", children included);
- SAID_OF_BEFORE: openings of a sentence that gives the source of what was told before it ("Lo ha reso noto",
  "C'est ce qu'a", "Das teilte", "Про це"): its source is that of the figures before, though it states figures too;
- ACCORDING_ADJACENT: the source must follow the according-to marker right away ("Theo Bộ Y tế"; "theo dõi tình
  hình tại Hà Nội" names no one).
- REPORT_WORDS: words naming a statement, not who made it, before an according-to marker after its source
  ("Yapılan son açıklamaya göre", according to the latest statement made; "최신 발표에 따르면"): taken off the
  source's end ("Valilikten yapılan açıklamaya göre" is the governorate's), and a source of nothing else is none.
- SOURCE_ENDINGS: a particle written onto the source's last word ("소방당국은", "경찰이"), taken off it.
- SOURCE_COMPOUNDS: a statement's noun written onto its source's name in one word ("Nach Polizeiangaben", by the
  police's statements; "Regierungsinformationen"): the word's head is the source when it is a source noun.
- SOURCE_CHANNELS: how the source told it, after its name ("en un comunicado", "dans un communiqué", "у Telegram"):
  the source ends before it.

A day word (the language's weekdays and 'yesterday', 'today' from its date words) is no part of a source: the
source stops before it, and one opening the text after a speech verb is skipped ("ont indiqué lundi des sources").

In a sentence, tried in order: the phrase after (or before) an according-to marker; the subject of a speech verb
next to it, on either side: a phrase starting with a source noun, or, in scripts with capitals, a capitalised
name or an acronym ("el gobernador Josh Green dijo", "a indiqué le procureur François Molins", "kata Kepala BNPB
Sutopo"). The source is the text as written (offsets are not needed): reconciliation compares claimants by their
words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from types import ModuleType

from core.extract.alternation import alternation

_any_of = partial(alternation, loose_spaces=True)  # a space in a phrase matches a line break too

_SPAN = 70  # characters a source may take
_MAX_WORDS = 8
# where a source ends: punctuation (not brackets: "Badan Nasional (BNPB) mencatat"), a dash, a number, or a word
# that opens the reported clause ("que", "dass", "bahwa", "بأن", "що")
_END = re.compile(
    r"[,.;:!?\"“”«»\[\]|،、，。：；।॥۔؟።။]|\s[-–—]\s|\d"
    r"|\s(?:que|qui|that|dass|bahwa|che|ki|بأن|أن|إن|що|что|ότι|hogy)(?=\s)"
    # "قدرت وسائل الإعلام | عدد القتلى بـ", "أعلنت الوزارة | ارتفاع عدد القتلى", "| مقتل 12": the number of (the
    # dead), its rise, the killing or death of, open the figure's clause
    r"|\s(?:عدد|تعداد|ارتفاع|مقتل|وفاة)(?=\s)"
)
_CAPITAL_RUN = re.compile(
    r"(?<!\w)(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯІЇЄҐ][\w'’.-]*)(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯІЇЄҐ][\w'’.-]*|de|del|da|du|di|al|el|bin|van|von))*"
)
_DIGIT = re.compile(r"\d")
_WORD_END = re.compile(r"\w*")
# "BNPB: 844 Orang Meninggal", "Polizei: Zahl der Toten steigt auf 12": a headline (or sentence) opening with its
# source and a colon
_LABEL = re.compile(r"\s*([^:：\d\n]{2,40}?)\s*[:：]\s")
_LABEL_WORDS = 4


@dataclass(frozen=True, slots=True)
class Sources:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    speech: re.Pattern[str] | None
    nouns: re.Pattern[str] | None
    leading: re.Pattern[str] | None
    capitals: bool  # the script has capital letters: a capitalised name can be a source
    kinds: dict[str, str]  # source noun -> its English kind ("policía" -> "police")
    verb_final: bool  # the speaker opens the clause and the verb closes it (ko, ja, tr, hi, bn ...)
    trailing: frozenset[str] = frozenset()  # words dropped from a source's end ("mit", "nesta")
    times: tuple[re.Pattern[str], ...] = ()  # day words ("lundi", "quinta-feira", "gestern")
    verb_second: bool = False  # the finite verb comes second in the clause (sv, da)
    # nouns are capitalised (de): a source after its marker or verb ends at a lowercase word after a capitalised
    # one ("laut Polizei | kamen", "des Senders NTV | starben"), but for the words that join nouns ("der", "von")
    noun_joiners: frozenset[str] | None = None
    adjacent: bool = False  # the source follows its according-to marker right away ("Theo Bộ Y tế", not "theo dõi")
    named: bool = False  # the text before an according-to marker after it is a source only with a source noun or name
    points_back: re.Pattern[str] | None = None  # a sentence opening that points at what was just told ("Lo ha")
    report_words: frozenset[str] = frozenset()  # a statement's words before a marker after it ("son açıklamaya")
    endings: tuple[str, ...] = ()  # particles written onto a source's last word ("소방당국은")
    triggers: re.Pattern[str] | None = None  # the language's toll words: no part of a source ("hasičů | zahynulo")
    # the toll words of every language: a speech verb's subject that holds one is the figure's clause, no speaker
    # ("Doce personas murieron en Valencia, dijo", "Zwölf Menschen starben in Köln, hieß es")
    tolls: re.Pattern[str] | None = None
    # a number with a unit that makes it no count (NOT_COUNTS_AFTER) right before a speech verb: the day told
    # ("减灾委员会16日说"), no figure that ends the source
    told_on: re.Pattern[str] | None = None
    # how the source told it, after its name ("en un comunicado", "dans un communiqué", "у Telegram"): not its name
    channels: re.Pattern[str] | None = None
    # words a source may take (SOURCE_MAX_WORDS): more where a word is a syllable ("Ban Chỉ đạo Quốc gia về phòng
    # chống thiên tai", vi)
    max_words: int = 8
    # a statement's noun written onto its source's name ("polizeiangaben"): the word, its head in group 1
    compounds: re.Pattern[str] | None = None


def compile_sources(
    lexicon: ModuleType, boundaries: tuple[str, str], times: list[re.Pattern[str]] | None = None
) -> Sources | None:
    """The lexicon's source words compiled once; None when the lexicon names none."""
    left, right = boundaries
    nouns = _source_kinds(lexicon)
    table = {
        name: tuple(getattr(lexicon, name, ()))
        for name in ("ACCORDING_BEFORE", "ACCORDING_AFTER", "SPEECH_VERBS", "SOURCE_LEADING")
    }
    table["SOURCE_NOUNS"] = tuple(nouns)
    # verbs by which a source puts the toll at a figure ("eleva a 23 la cifra", "porte le bilan à"): read as its
    # verbs of saying, here only (places and dates read SPEECH_VERBS alone)
    table["SPEECH_VERBS"] += tuple(getattr(lexicon, "REPORTING_VERBS", ()))
    if not any(table.values()):
        return None

    def pattern(name: str, wrap: str = "{}") -> re.Pattern[str] | None:
        words = table[name]
        return re.compile(wrap.format(f"{left}(?:{_any_of(words)}){right}")) if words else None

    return Sources(
        before=pattern("ACCORDING_BEFORE"),
        after=pattern("ACCORDING_AFTER"),
        speech=pattern("SPEECH_VERBS"),
        nouns=pattern("SOURCE_NOUNS"),
        leading=re.compile(rf"^(?:{_any_of(table['SOURCE_LEADING'])})(?:\s+|(?<=['’]))", re.IGNORECASE)
        if table["SOURCE_LEADING"]
        else None,
        capitals=bool(getattr(lexicon, "CAPITALISED_NAMES", getattr(lexicon, "LATIN_PLACES", True))),
        kinds={_key(k): v for k, v in nouns.items() if v},
        verb_final=bool(getattr(lexicon, "VERB_FINAL", False)),
        trailing=frozenset(w.lower() for w in getattr(lexicon, "SOURCE_TRAILING", ())),
        times=tuple(times or ()),
        verb_second=bool(getattr(lexicon, "VERB_SECOND", False)),
        noun_joiners=frozenset(lexicon.NOUN_JOINERS) if hasattr(lexicon, "NOUN_JOINERS") else None,
        adjacent=bool(getattr(lexicon, "ACCORDING_ADJACENT", False)),
        named=bool(getattr(lexicon, "ACCORDING_NAMED", False)),
        report_words=frozenset(w.lower() for w in getattr(lexicon, "REPORT_WORDS", ())),
        endings=tuple(sorted(getattr(lexicon, "SOURCE_ENDINGS", ()), key=len, reverse=True)),
        triggers=_toll_words(lexicon, left),
        # (not where words are unspaced: "当地政府将死亡人数上调至23人" runs the source into its object)
        tolls=_toll_words(lexicon, left, every=True) if getattr(lexicon, "MATCH", "word") != "any" else None,
        max_words=int(getattr(lexicon, "SOURCE_MAX_WORDS", _MAX_WORDS)),
        channels=re.compile(rf"\s(?:{_any_of(tuple(lexicon.SOURCE_CHANNELS))}){right}")
        if getattr(lexicon, "SOURCE_CHANNELS", ())
        else None,
        told_on=re.compile(rf"\d+\s?(?:{_any_of(tuple(lexicon.NOT_COUNTS_AFTER))})\s*$")
        if getattr(lexicon, "NOT_COUNTS_AFTER", ())
        else None,
        compounds=re.compile(rf"(?<!\w)(\w{{3,}}?)(?:{_any_of(tuple(lexicon.SOURCE_COMPOUNDS))})(?!\w)")
        if getattr(lexicon, "SOURCE_COMPOUNDS", ())
        else None,
        points_back=re.compile(rf"\s*(?:{_any_of(tuple(lexicon.SAID_OF_BEFORE))}){right}")
        if getattr(lexicon, "SAID_OF_BEFORE", ())
        else None,
    )


def _toll_words(lexicon: ModuleType, left: str, every: bool = False) -> re.Pattern[str] | None:
    """The language's killed and wounded words, where a source after its marker ends ("Podle hasičů | zahynulo",
    "Според МВР | загиналите", "وكالة الأنباء الرسمية | بمقتل"): whole-word languages' sources are cut at
    punctuation already (but for `every`)."""
    if getattr(lexicon, "MATCH", "word") == "word" and not every:
        return None
    words = tuple(w.rstrip("*") for metric in ("killed", "wounded") for w in lexicon.TRIGGERS.get(metric, ()))
    return re.compile(rf"{left}(?:{_any_of(words)})") if words else None


def _source_kinds(lexicon: ModuleType) -> dict[str, str]:
    """The lexicon's source nouns and phrases, each with its English kind ('' when the lexicon gives none)."""
    nouns = getattr(lexicon, "SOURCE_NOUNS", ())
    kinds = dict(nouns) if isinstance(nouns, dict) else dict.fromkeys(nouns, "")
    # the unofficial claimants ("los vecinos", "die Veranstalter") give figures too: their English kind goes with
    # the source, so that `core.competing_claimants` tells them from the authorities in any language
    return {**kinds, **getattr(lexicon, "SOURCE_PHRASES", {}), **getattr(lexicon, "UNOFFICIAL_SOURCES", {})}


def _key(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


def source_in(sources: Sources, sentence: str, lower: str) -> str | None:
    """The source the sentence names for its figures, or None; with the English kind of its source nouns
    ("नेपाल पुलिस (police)"), so that reports in different languages from one claimant meet."""
    who = _source_in(sources, sentence, lower)
    if who is None or sources.nouns is None or not sources.kinds:
        return who
    folded = who.lower()
    kinds = [sources.kinds.get(_key(m.group()), "") for m in sources.nouns.finditer(folded)]
    kinds = [k for k in dict.fromkeys(kinds) if k and k not in folded]
    return f"{who} ({', '.join(kinds)})" if kinds else who


def _source_in(sources: Sources, sentence: str, lower: str) -> str | None:
    if sources.nouns is not None and (label := _LABEL.match(sentence)) is not None:
        who = _tidy(sources, label.group(1), require=True, at_start=True)
        if who is not None and len(who.split()) <= _LABEL_WORDS and sources.nouns.match(who.lower()):
            return who
    # "Nach Polizeiangaben": the source written into the statement's word, before any marker reads the word
    if sources.compounds is not None and sources.nouns is not None:
        for m in sources.compounds.finditer(lower):
            head = m.group(1)
            # "Regierungsangaben": the head with the linking 's' of a compound taken off
            for name in (head, head[:-1] if head.endswith("s") else None):
                if name and sources.nouns.fullmatch(name):
                    return sentence[m.start() : m.start() + len(name)]
    if sources.before is not None:
        for m in sources.before.finditer(lower):
            who = _forward(sources, sentence, lower, m.end(), require=False)
            if who:
                return who
    if sources.after is not None:
        for m in sources.after.finditer(lower):
            who = _backward(sources, sentence, lower, m.start(), require=False)
            if who:
                return who
    if sources.speech is not None:
        markers = [b.span() for b in sources.before.finditer(lower)] if sources.before is not None else []
        for m in sources.speech.finditer(lower):
            if any(a <= m.start() < b for a, b in markers):
                continue  # "Nach ersten Angaben": the marker's noun, no verb of saying ("wie die Polizei angaben")
            who = _forward(sources, sentence, lower, m.end(), require=True)
            if who and sources.tolls is not None and sources.tolls.search(who.lower()):
                who = None  # "Nach ersten Angaben | starben drei Menschen": the figure's clause, no speaker
            who = who or _backward(sources, sentence, lower, m.start(), require=True)
            if who and sources.tolls is not None and sources.tolls.search(who.lower()):
                who = None  # "wo 217 Todesfälle bestätigt wurden": the counted before a passive, no speaker
            if who:
                return who
            if not lower[m.end() :].strip(_CLOSERS) and (opening := _END.search(lower)) is not None:
                # "رئیس جمعیت هلال احمر از کشته شدن ۲۳ نفر خبر داد": the verb closes the sentence, its subject
                # opens it, the figure between
                who = _tidy(sources, sentence[: opening.start()], require=True, at_start=True)
                if who and (sources.tolls is None or sources.tolls.search(who.lower()) is None):
                    return who
    return None


_CLOSERS = " \t\n.!?。！？؟।۔።။\"”»'’)"  # what may follow a sentence's last word


def _forward(sources: Sources, sentence: str, lower: str, start: int, *, require: bool) -> str | None:
    """The source starting right after `start` (after a marker or a speech verb), up to a clause break."""
    stop = _END.search(lower, start, start + _SPAN)
    end = stop.start() if stop else min(len(sentence), start + _SPAN)
    segment = _skip_times(sources, sentence[start:end].strip())
    if sources.channels is not None and (channel := sources.channels.match(f" {segment.lower()}")) is not None:
        # "повідомив у Telegram міський голова", "a déclaré à l'AFP une source policière": how it was told, then who
        segment = segment[channel.end() - 1 :].strip()
    if not require:  # "selon un bilan dressé par la Sûreté du Québec": from the first source noun or name
        first = _first_source(sources, segment, segment.lower(), sentence_start=False)
        if first is None or (first > 0 and sources.adjacent):
            return None  # "selon un premier bilan": no one named
        if first > 0 and sources.tolls is not None and sources.tolls.search(segment[:first].lower()):
            return None  # "Nach ersten Angaben | starben drei Menschen": the figure's clause, before any source
        segment = segment[first:]
        if sources.verb_second:
            segment = _before_the_verb(sources, segment)
    elif sources.noun_joiners is not None:  # "teilte die griechische Feuerwehr mit": adjectives before the noun
        tidy = _tidy(sources, segment, require=False, at_start=True) or ""
        first = next((i for i, w in enumerate(tidy.split()) if w[:1].isupper()), None)
        if first is not None and 0 < first <= _ADJECTIVES:
            return _before_lowercase(sources.noun_joiners, tidy, skip=first)
    elif sources.verb_second:  # "uppger den grekiska räddningstjänsten": adjectives before the source noun
        first = _first_source(sources, segment, segment.lower(), sentence_start=False)
        if first is not None and first > 0 and len(segment[:first].split()) <= _ADJECTIVES:
            return _tidy(sources, segment, require=False, at_start=True)  # the adjectives are the source's
    if sources.noun_joiners is not None:
        segment = _before_lowercase(sources.noun_joiners, segment)
    return _tidy(sources, segment, require=require, at_start=True)


_TOLL_PREFIX = 2  # letters a toll word may have written before it ("بمقتل", "والقتلى")
_ADJECTIVES = 3  # words ("den grekiska") a speaker after its verb may have before its source noun


def _before_lowercase(joiners: frozenset[str], segment: str, skip: int = 0) -> str:
    """'Polizei kamen' -> 'Polizei', 'Sprecher der Feuerwehr am Montag' -> 'Sprecher der Feuerwehr': where nouns are
    capitalised, a lowercase word after a capitalised one (but for a joining word) is past the source's end (the
    first `skip` words, adjectives before the noun, are kept)."""
    words = segment.split()
    capital = False
    for i, word in enumerate(words):
        if i < skip:
            continue
        if word[:1].isupper():
            capital = True
        elif capital and word.lower() not in joiners:
            return " ".join(words[:i])
    return segment


def _before_the_verb(sources: Sources, segment: str) -> str:
    """'polisen omkom' -> 'polisen': the source after an according-to marker, in a verb-second language, up to the
    end of its source noun or capitalised name (the verb follows it)."""
    lower = segment.lower()
    ends = []
    if sources.nouns is not None and (m := sources.nouns.match(lower)) is not None:
        word = _WORD_END.match(lower, m.end())  # a stem's ending ("lögregl|unni") is the noun's
        ends.append(word.end() if word is not None else m.end())
    if sources.capitals and (m := _CAPITAL_RUN.match(segment)) is not None:
        ends.append(m.end())
    if not ends:
        return segment
    end = max(ends)
    return segment[:end]


def _backward(sources: Sources, sentence: str, lower: str, end: int, *, require: bool) -> str | None:
    """The source ending right before `end` (before a speech verb or an 'according to' after it)."""
    if sources.verb_final and require and sources.nouns is not None:
        # "범정부 사고대책본부는 ... 발표했다": the first source noun of the clause, with the word before it
        m = sources.nouns.search(lower, 0, end)
        if m is None:
            return None
        word_start = lower.rfind(" ", 0, m.start()) + 1
        before = lower.rfind(" ", 0, max(0, word_start - 1)) + 1 if word_start else 0
        # "23 kişi hayatını kaybetti, AFAD açıkladı", "Bu bilgiyi AFAD paylaştı": the word before is the clause's
        if _END.search(lower, before, word_start) or lower[before:word_start].strip() in sources.report_words:
            before = word_start
        word_end = lower.find(" ", m.end())
        word_end = word_end if word_end != -1 else m.end()
        if sources.capitals:  # "İçişleri Bakanı Süleyman Soylu, ...": the name after the title is the speaker's
            word_end = _name_after(sentence, word_end, end)
        return _tidy(sources, sentence[before:word_end], require=False, at_start=False)
    if require and sources.told_on is not None and (day := sources.told_on.search(lower, max(0, end - 12), end)):
        end = day.start()  # "国家减灾委员会16日说": the day it was told stands between the source and its verb
    start = max(0, end - _SPAN)
    breaks = list(_END.finditer(lower, start, end))
    if breaks:
        start = breaks[-1].end()
    segment = sentence[start:end].strip()
    if not segment and len(breaks) >= 2 and lower[breaks[-1].start()] == "," and lower[breaks[-2].start()] in ",.":
        # "el ministro de Salud, Juan Pérez, dijo": the apposition between the last two commas, or a title's full
        # stop and a comma ("..., Dr. Luis Pérez, dijo") (not the clause before a comma after a number: "12
        # Menschen starben, teilte ... mit")
        segment = sentence[breaks[-2].end() : breaks[-1].start()].strip()
    if not segment:
        return None
    if require:  # a speech verb's subject: from the first source noun or capitalised name in the clause
        first = _first_source(sources, segment, segment.lower())
        if first is None:
            return None
        if sources.verb_second and first > 0:
            return None  # "öster om Aten, uppger ...": a name inside the clause, not its subject
        segment = segment[first:]
        if sources.tolls is not None and sources.tolls.search(segment.lower()) is not None:
            return None  # "Doce personas murieron en Valencia, dijo": the figure's own clause, no speaker
    else:
        if sources.named and _first_source(sources, segment, segment.lower(), sentence_start=False) is None:
            return None  # "lapset mukaan lukien" (children included): the marker's other sense names no one
        if sources.report_words:  # "Yapılan son açıklamaya göre": a statement, not who made it
            words = segment.split()
            while words and words[-1].lower() in sources.report_words:
                words.pop()
            if not words:
                return None
            segment = " ".join(words)
    return _tidy(sources, segment, require=require, at_start=False)


# a word with no case ending after it ("Soylu", not "Ankara'da"); `_name_after` takes the capitalised ones
_NAME_WORD = re.compile(r"\s+[^\W\d_]+(?=[\s,])")
_NAME_WORDS = 3


def _name_after(sentence: str, at: int, end: int) -> int:
    """Where a name of capitalised words right after `at` (a title's end) ends, before `end`; `at` when none."""
    for _ in range(_NAME_WORDS):
        word = _NAME_WORD.match(sentence, at, end)
        if word is None or not word.group().strip()[:1].isupper():
            break
        at = word.end()
    return at


def _first_source(sources: Sources, segment: str, lower: str, sentence_start: bool = True) -> int | None:
    """Where the first source noun or capitalised name of the segment starts (a capital at the segment's start
    counts only where the segment may start a sentence)."""
    starts = []
    if sources.nouns is not None:
        m = sources.nouns.search(lower)
        if m:
            starts.append(m.start())
    if sources.capitals:
        m = _CAPITAL_RUN.search(segment, 1) if segment[:1].isupper() else _CAPITAL_RUN.search(segment)
        if m:
            starts.append(m.start())
        if segment[:1].isupper() and (sentence_start or not _is_leading(sources, segment)):
            starts.append(0)
    return min(starts) if starts else None


def _is_leading(sources: Sources, segment: str) -> bool:
    return sources.leading is not None and sources.leading.match(segment) is not None


def _skip_times(sources: Sources, segment: str) -> str:
    """'lundi des sources sécuritaires' -> 'des sources sécuritaires': a day word opening the segment, also after a
    short word of its own ('am Montag die Polizei' -> 'die Polizei')."""
    lower = segment.lower()
    first = lower.split(maxsplit=1)[0] if lower.strip() else ""
    starts = (0, len(first) + 1) if 0 < len(first) <= _TIME_LEAD and first.isalpha() else (0,)
    for at in starts:
        for pattern in sources.times:
            m = pattern.match(lower, at)
            if m is not None:
                return segment[m.end() :].strip()
    return segment


_TIME_LEAD = 3  # letters of a word a day word may follow at a segment's start ("am", "on", "le", "el")


def _within_brackets(segment: str) -> str:
    """'fonti qualificate) 42' -> 'fonti qualificate': a source told in an aside ends where the aside closes; one
    with a bracket left open ends before it ('Centro de Periodismo (CPI' -> 'Centro de Periodismo')."""
    close = segment.find(")")
    if close != -1 and "(" not in segment[:close]:
        return segment[:close]
    opening = segment.rfind("(")
    if opening > 0 and ")" not in segment[opening:]:
        return segment[:opening]
    return segment


def _before_times(sources: Sources, segment: str) -> str:
    """'Defesa Civil estadual nesta quinta-feira' -> 'Defesa Civil estadual nesta': up to the first day word."""
    lower = segment.lower()
    cut = min((m.start() for p in sources.times if (m := p.search(lower, 1)) is not None), default=len(segment))
    return segment[:cut]


def _tidy(sources: Sources, segment: str, *, require: bool, at_start: bool) -> str | None:
    segment = _within_brackets(segment)
    if sources.leading is not None:
        segment = sources.leading.sub("", segment, count=1)
    if sources.channels is not None and (channel := sources.channels.search(segment.lower(), 1)) is not None:
        segment = segment[: channel.start()]  # "Protección Civil en un comunicado" -> "Protección Civil"
    if sources.triggers is not None and (toll := sources.triggers.search(segment.lower(), 1)) is not None:
        # "hasičů zahynulo v požáru" -> "hasičů": the toll's clause begins; with a short prefix written onto the
        # toll word ("الرسمية بمقتل"), at the word's start
        space = segment.rfind(" ", 0, toll.start())
        segment = segment[: space if space >= 0 and toll.start() - space <= _TOLL_PREFIX + 1 else toll.start()]
    words = _before_times(sources, segment).split()
    while len(words) > 1 and words[-1].lower() in sources.trailing:
        words.pop()
    if not words or _DIGIT.search(words[0]):
        return None
    if len(words) > sources.max_words:
        if not at_start:
            return None
        words = words[: sources.max_words]
    who = " ".join(words).strip(" '’,;:،")  # "İçişleri Bakanlığı, 12 kişinin ...": no comma of the clause
    if sources.speech is not None:  # "据新华社报道", "communiqué par les autorités fait état de": a speech verb after
        # the source's start (written onto its end, or the clause's verb) is no part of its name
        verb = next((m for m in sources.speech.finditer(who.lower()) if m.start() > 0), None)
        who = who[: verb.start()].rstrip(" '’,;:،") if verb is not None else who
    for _ in range(2):  # "소방당국은" -> "소방당국", "政府发布的数据" -> "政府": particles are no part of the name
        last = len(who.rsplit(" ", 1)[-1])
        particle = next((e for e in sources.endings if who.endswith(e) and last > len(e) + 1), None)
        if particle is None:
            break
        who = who[: -len(particle)]
    if len(who) < 2:
        return None
    if require and at_start:
        lower = who.lower()
        noun = sources.nouns.match(lower) if sources.nouns is not None else None
        capital = sources.capitals and who[:1].isupper()
        if noun is None and not capital:
            return None
    return who
