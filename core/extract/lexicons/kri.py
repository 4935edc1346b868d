"""Krio lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). An English-based
creole of Sierra Leone, written with "ɛ" and "ɔ" ("dɛn", they, the plural; "dɔn", have) or, by many, in English
letters ("den", "don"): words are listed both ways. "Tri pipul dɛn day" (three people died), "dɛn wund" (were
injured), "at list" (at least), "mɔ pas" (more than), "yɛstade" (yesterday). py3langid has no Krio and reads it
as Nigerian Pidgin ("pcm"), which no lexicon reads, or as English: a text is told Krio by its share of the
language's own function words (`FUNCTION_WORDS`, `core.extract.language`), none of them an English word."""

from __future__ import annotations

LANGUAGE = "kri"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"tawzin": 1000, "tawzan": 1000, "milyɔn": 1_000_000, "milyon": 1_000_000}
NUMBER_WORDS = {
    "wan": 1, "tu": 2, "tri": 3, "trii": 3, "fo": 4, "fayv": 5, "siks": 6, "sɛvin": 7, "sevin": 7,
    "et": 8, "nayn": 9, "tɛn": 10, "ten": 10, "lɛvin": 11, "levin": 11, "twɛlv": 12, "twelv": 12, "tatin": 13,
    "fɔtin": 14, "fotin": 14, "fiftin": 15, "sikstin": 16, "sɛvintin": 17, "sevintin": 17, "etin": 18,
    "nayntin": 19, "twɛnti": 20,
    "twenti": 20, "tati": 30, "fɔti": 40, "foti": 40, "fifti": 50, "siksti": 60, "sɛvinti": 70, "sevinti": 70,
    "eti": 80, "naynti": 90, "ɔndrɛd": 100, "ondred": 100, "wan ɔndrɛd": 100, "wan ondred": 100,
}  # fmt: skip
MULTIPLIERS = ("ɔndrɛd", "ondred")  # "tri ɔndrɛd" (300)
VAGUE_QUANTITIES = {"ɔndrɛd ɔndrɛd": (100, 100, 999), "ondred ondred": (100, 100, 999),
                    "tawzin tawzin": (1000, 1000, 9999)}  # fmt: skip
TRIGGERS = {
    "killed": (
        "day", "dai", "dɔn day", "don day", "kil", "dɛn kil", "den kil", "lɔs dɛn layf", "los den layf",
        "lɔs dɛn lɛf", "dɛd bɔdi", "ded bodi", "dɛd", "ded",
        "drɔwn", "drown",  # drowned
    ),
    "wounded": ("wund", "wɔnd", "get wund", "get ɔt", "get ot", "ɔt", "injɔ", "injo", "ɔspitul", "ospitul"),
    "missing": ("lɔs", "los", "dɛn nɔ si", "den no si", "nɔ si dɛn", "no si den"),
    "displaced": ("nɔ get os", "no get os", "lɛf dɛn os", "lef den os"),
    "arrested": ("arɛst", "arest", "dɛn kech", "den kech", "dɛn ol", "den ol"),
}  # fmt: skip
COORDINATORS = ("ɛn", "en", "bɔt", "bot")
QUALIFIERS_BEFORE = {
    "at list": "at_least", "atlist": "at_least", "mɔ pas": "more_than", "mo pas": "more_than", "lɛk": "about",
    "lek": "about", "nia": "nearly", "ɔlmɔs": "nearly", "olmos": "nearly", "rawnd": "about",
}  # fmt: skip
UPDATE_BEFORE = ("dɔn go ɔp to", "don go op to", "dɔn rich", "don rich", "go ɔp to", "go op to")
COUNT_NOUNS = ("nɔmba", "nomba")
EARLIER_BEFORE = ("fɔs", "fos", "bifo")
INCREMENT_BEFORE = ("ɔda", "oda", "mɔ", "mo")
SUBSET_BEFORE = ("insay dɛn", "insay den", "wit", "pan dɛn")
NOT_COUNTS_AFTER = (
    "ia", "iaz", "yia", "km", "kilomita", "mita", "%", "pasɛnt", "pasent", "awa", "awaz", "de", "dez", "minit",
    "liɔn", "lion", "os", "ose",
)  # fmt: skip
ACCORDING_BEFORE = ("akɔdin to", "akodin to", "akɔdin", "akodin")
SPEECH_VERBS = ("se", "tɔk se", "tok se", "tɔk", "tok", "kɔnfam", "konfam", "anawns", "anawnz")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "pɔlis": "police", "polis": "police", "gɔvmɛnt": "government", "govment": "government", "minista": "minister",
    "ministri": "ministry", "ɔspitul": "hospital", "ospitul": "hospital", "nda": "disaster agency",
    "mɛya": "mayor", "meya": "mayor", "kawnsil": "local authorities",
}  # fmt: skip
SOURCE_LEADING = ("di",)
LOCATIVES = ("na", "nia", "insay")
HOME_COUNTRIES = ("SL",)
DAYS_BACK = {"yɛstade": 1, "yestade": 1, "yɛstɛde": 1}
STILL_IN_CARE = ("stil", "stil de")
CARE_WORDS = ("ɔspitul", "ospitul")
HAZARD_FAMILIES = {
    "water": ("flɔd", "bɔku ren", "boku ren", "mɔdslayd", "modslayd"),
    "fire": ("ɛksplozhɔn", "eksplozhon"),
    "road": ("aksidɛn", "aksiden", "kar aksidɛn", "poda-poda"),
    "collapse": ("os fɔdɔm", "os fodom"),
}  # fmt: skip
NEGATIONS = ("nɔ", "no", "nɔbɔdi", "nobodi")
# Words of its own a Krio text is full of, none an English word (`core.extract.language`): its plural and
# pronouns, its article, its tense and aspect words, its 'people', 'and', 'for', 'in', 'with', 'that'
FUNCTION_WORDS = (
    "dɛn", "den", "di", "na", "dɔn", "bin", "ɛn", "fɔ", "pipul", "insay", "wit", "pan", "sɛf", "wetin", "ɔl", "bifo",
    "afta", "tɔk", "se", "dɛm", "nɔ", "kin", "tin", "dis", "dat", "wan", "fɔs", "ɔda", "bɔku", "boku", "mek",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser has no Krio; "di 8 Me" (8 May)
MONTHS = {
    "janwari": 1, "fɛbwari": 2, "febwari": 2, "mach": 3, "epril": 4, "me": 5, "jun": 6, "julay": 7, "ɔgɔst": 8,
    "ogost": 8, "sɛptɛmba": 9, "septemba": 9, "ɔktoba": 10, "oktoba": 10, "novɛmba": 11, "novemba": 11,
    "disɛmba": 12, "disemba": 12,
}  # fmt: skip
