"""Oromo lexicon (shared shape, see `es.py` for the names): data only. Whole words and stems (MATCH "word"). Written
in the Latin alphabet (Qubee), a long vowel doubled and the glottal stop an apostrophe ("du'an", they died). The
count follows its noun ("namoonni 10 du'an", 10 people died; "namoota shan", five people); "ol" after the count is
more than ("100 ol"). Tens from twenty take "-ii" before their unit ("digdamii shan", 25), ten its "kudha" form
("kudha lama", 12); a hundred and a thousand come before their multiplier ("dhibba lama", 200: `SCALE_FIRST`).
py3langid has no Oromo: a text is told Oromo by its share of the language's own function words."""

from __future__ import annotations

LANGUAGE = "om"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"kuma": 1000, "kumaa": 1000, "miliyoona": 1_000_000, "miiliyoona": 1_000_000}
_tens = (
    ("digdama", 20), ("soddoma", 30), ("afurtama", 40), ("shantama", 50), ("jaatama", 60), ("torbaatama", 70),
    ("saddeettama", 80), ("sagaltama", 90),
)  # fmt: skip
NUMBER_WORDS = {
    "tokko": 1, "lama": 2, "sadii": 3, "afur": 4, "shan": 5, "ja'a": 6, "jaha": 6, "torba": 7, "saddeet": 8,
    "sagal": 9, "kudhan": 10, "kudha": 10, "dhibba": 100, "dhibbaa": 100, "kuma": 1000, "kumaa": 1000,
    # the forms a number takes at a sentence's end or before "fi" (and): "lamaa", "sadii"
    "tokkoo": 1, "lamaa": 2, "afurii": 4, "shanii": 5, "torbaa": 7, "saddeetii": 8, "sagalii": 9,
}  # fmt: skip
# the tens, and their "-ii" form before a unit ("digdamii tokko", 21; "soddomii shan", 35)
NUMBER_WORDS |= {word: value for ten, value in _tens for word in (ten, ten + "a", ten[:-1] + "ii")}
SCALE_FIRST = ("dhibba", "dhibbaa", "kuma", "kumaa")  # "dhibba lama" (200), "kuma sadii" (3000)
NUMBER_JOINERS = ("fi",)  # "dhibba fi digdama" (120)
VAGUE_QUANTITIES = {"kumaatamaan": (1000, 1000, 9999), "dhibbaatamaan": (100, 100, 999), "kudhaniin": (12, 12, 99)}
TRIGGERS = {
    "killed": (
        # the count of the dead ('Lakkoofsi du'aa 35 ga'eera', test_four_forms43)
        "lakkoofsi du'aa",
        "du'an", "du'ani*", "du'e", "du'eera", "du'uu", "ajjeefaman", "ajjeefame", "ajjeefamani*", "ajjeese",
        "ajjeesan", "lubbuun isaanii darbe", "lubbuu dhaban", "lubbuun darbe", "reeffa", "bishaan liqimsee",
    ),
    "wounded": ("madaa'an", "madaa'e", "madaa'ani*", "miidhaa qaamaa", "miidhamani*", "miidhaman", "hospitaala"),
    "missing": ("dhabaman", "dhabamani*", "bade", "badan", "eessa akka jiran hin beekamu"),
    "displaced": ("buqqa'an", "buqqa'ani*", "qe'ee isaanii irraa", "baqatan"),
    "arrested": ("hidhaman", "hidhamani*", "to'annoo jala oolan", "qabaman", "qabamani*"),
}  # fmt: skip
COORDINATORS = ("fi", "akkasumas", "garuu", "yoo")
QUALIFIERS_BEFORE = {
    "yoo xiqqaate": "at_least", "yoo xiqqaatu": "at_least", "gara": "about", "naannoo": "about",
    "kan caalu": "more_than", "caalaa": "more_than", "dhihaatu": "nearly", "dhiyaatu": "nearly",
    # the qualifier before the noun its count follows: "yoo xiqqaate namoonni 30" (at least 30 people)
    "yoo xiqqaate namoonni": "at_least", "yoo xiqqaate namoota": "at_least", "gara namoota": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {"ol": "more_than", "oliin": "more_than", "caalu": "more_than", "ta'an": "about"}
UPDATE_BEFORE = ("ga'eera", "gahee jira", "dabalee")
COUNT_NOUNS = ("lakkoofsi", "lakkoofsa", "baay'inni")
EARLIER_BEFORE = ("duraan", "jalqaba")
INCREMENT_BEFORE = ("dabalataan", "biroo")
INCREMENT_AFTER = ("biroo", "dabalataa")
SUBSET_BEFORE = ("isaan keessaa", "keessaa")
NOT_COUNTS_AFTER = (
    "waggaa", "wagga", "guyyaa", "sa'aatii", "daqiiqaa", "km", "kiilomeetira", "meetira", "%", "birrii", "birr",
    "doolaara", "mana", "manneen", "ji'a",
)  # fmt: skip
ACCORDING_BEFORE = ("akka", "akka jedhetti", "akka ibsetti")
SPEECH_VERBS = ("jedhe", "jedhan", "jedhaniiru", "ibse", "ibsan", "himan", "hime")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "poolisii": "police", "poolisiin": "police", "mootummaa": "government", "mootummaan": "government",
    "ministirii": "minister", "hospitaala": "hospital", "hospitaalli": "hospital", "waraana": "army",
    "waraanni": "army", "bulchiinsa": "local authorities", "bulchiinsi": "local authorities",
}  # fmt: skip
LOCATIVES = ("keessatti", "irratti", "bakka", "naannoo")
HOME_COUNTRIES = ("ET", "KE")
DAYS_BACK = {"kaleessa": 1, "kaleessaa": 1, "kaleessa dura": 2}
STILL_IN_CARE = ("ammallee", "amma iyyuu")
CARE_WORDS = ("hospitaala", "hospitaalatti")
HAZARD_FAMILIES = {
    "water": ("lolaa", "lolaan", "bishaan badiisa"),
    "fire": ("ibidda", "ibiddi", "dhoho"),
    "road": ("balaa konkolaataa", "balaa tiraafikaa", "konkolaataa"),
    "collapse": ("kufaatii lafaa", "lafti gadi bade"),
    "attack": ("haleellaa", "haleellaan"),
}  # fmt: skip
NEGATIONS = ("hin", "homaa", "namni tokkollee")
# Words of its own an Oromo text is full of, none an English word (`core.extract.language`): 'and' (fi), 'that'
# (kan, akka), 'on' and 'in' (irratti, keessatti), 'was' (ture), 'said' (jedhe), its 'people', 'after', 'this'
FUNCTION_WORDS = (
    "fi", "kan", "irratti", "keessatti", "akka", "ture", "jedhe", "jedhan", "kana", "sana", "isaan", "yeroo",
    "booda", "namoonni", "namoota", "naannoo", "irraa", "keessaa", "akkasumas", "ni", "hin", "ta'e", "jiru", "jira",
    "garuu", "waan", "kun", "kunis", "godina", "magaalaa", "aanaa", "sababa", "ibsaniiru", "jiran",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser has no Oromo; the month first, "Caamsaa 12" (12 May)
MONTH_FIRST = True
MONTHS = {
    "amajjii": 1, "guraandhala": 2, "bitootessa": 3, "ebla": 4, "caamsaa": 5, "waxabajjii": 6, "adoolessa": 7,
    "hagayya": 8, "fulbaana": 9, "onkoloolessa": 10, "sadaasa": 11, "muddee": 12,
}  # fmt: skip
WEEKDAYS = {
    "wiixata": 0, "kibxata": 1, "roobii": 2, "kamisa": 3, "jimaata": 4, "sanbata": 5, "dilbata": 6,
}  # fmt: skip
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("hidhatan", "shiftaa")
# Characters from a number to a trigger after it: the verb ends the clause, after the place and the time
# ("Namoonni 23 ibidda ... keessatti ka'een du'aniiru")
AFTER_WINDOW = 96
