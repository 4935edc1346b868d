"""Zulu lexicon (shared shape, see `es.py` for the names): data only. Verbs take their subject and tense as
prefixes ("bashonile", they died; "balimele", they were injured; "babulawa", they were killed): triggers are stems
matched anywhere in a word (MATCH "any"). The count follows its noun, its digits written onto the class prefix
with a hyphen ("abantu abangu-12", "abayi-9", "abangama-30"); number words take the people class's prefix
("abathathu", three people)."""

from __future__ import annotations

LANGUAGE = "zu"
MATCH = "any"
DIGIT_GROUPS = " ,"
DECIMAL = "."
SCALES = {"izinkulungwane": 1000, "inkulungwane": 1000, "isigidi": 1_000_000, "izigidi": 1_000_000}
NUMBER_WORDS = {
    "munye": 1, "oyedwa": 1, "ababili": 2, "babili": 2, "abathathu": 3, "bathathu": 3, "abane": 4, "bane": 4,
    "abahlanu": 5, "bahlanu": 5, "abayisithupha": 6, "abayisikhombisa": 7, "abayisishiyagalombili": 8,
    "abayisishiyagalolunye": 9, "abayishumi": 10, "ayishumi": 10, "amashumi amabili": 20,
    "amashumi amathathu": 30, "amashumi amane": 40, "amashumi amahlanu": 50, "ikhulu": 100, "abayikhulu": 100,
}  # fmt: skip
# The people class's prefixes written onto a count's digits with a hyphen ("abangu-12", "abayi-9", "abangama-30",
# and "ku-15", to 15)
COUNT_PREFIXES = (
    "abangu", "abayi", "abangama", "bangu", "bayi", "bangama", "angu", "ayi", "angama", "ku", "kwabangu", "kwabayi",
    "kwabangama",
)  # fmt: skip
VAGUE_QUANTITIES = {
    "amashumi": (12, 12, 99), "amakhulu": (100, 100, 999), "izinkulungwane": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # 'killed', perfect: 'zibulale', 'ubulale' (test_four_forms43)
        "bulale",
        "shonile", "shone", "bafile", "afile", "ufile", "bulawa", "bulewe", "ukufa", "kushona", "izidumbu",
        "isidumbu", "lahlekelwe yimpilo", "lahlekelwe ngumphefumulo", "bulala",
    ),
    "wounded": ("limele", "limala", "ukulimala", "lumele", "lunyazwe", "esibhedlela"),
    "missing": ("nyamalele", "nyamalala", "akatholakali", "lahlekile"),
    "displaced": ("ngenamakhaya", "susiwe", "khishwe emakhaya"),
    "arrested": ("boshiwe", "boshwe", "botshwe", "botshiwe", "bophiwe"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("abashonile nabalimele", "bashonile balimala")
INJURY_GRADES = {
    "critical": ("esimweni esibucayi",),
    "severe": ("kanzima", "kabi", "ngokungathi sína"),
    "light": ("kancane",),
}
COORDINATORS = ("kanti", "kanye", "futhi", "bese")
QUALIFIERS_BEFORE = {
    "okungenani": "at_least", "ngaphezu": "more_than", "cishe": "about", "okungaba": "about",
    # the qualifier before the noun and its class prefix: "okungenani abantu abangu-12" (at least 12 people),
    # "abantu abangaphezu kwabangu-40" (more than 40 people)
    "okungenani abantu abangu-": "at_least", "okungenani abantu abayi-": "at_least",
    "okungenani abangu-": "at_least", "okungenani abayi-": "at_least", "abangaphezu kwabangu-": "more_than",
    "abangaphezu kwabayi-": "more_than", "ngaphezu kwabangu-": "more_than", "cishe abangu-": "about",
    "okungaba abangu-": "about",
}  # fmt: skip
UPDATE_BEFORE = (
    "senyukele ku-",
    "sesifinyelele ku-",
    "sekufinyelele ku-",
    "sikhuphukele ku-",
    "senyukele",
    "sesifinyelele",
)
COUNT_NOUNS = ("isibalo",)
EARLIER_BEFORE = ("ekuqaleni", "phambilini")
INCREMENT_BEFORE = ("abanye", "abanye abangu")
SUBSET_BEFORE = ("kubandakanya", "phakathi kwabo")
NOT_COUNTS_AFTER = (
    "iminyaka", "ubudala", "km", "amakhilomitha", "amamitha", "%", "amaphesenti", "amahora", "izinsuku",
    "imizuzu", "amarandi", "izindlu",
)  # fmt: skip
ACCORDING_BEFORE = ("ngokusho kwe", "ngokusho kwa", "ngokusho kuka", "ngokwe", "ngokwa")
SPEECH_VERBS = ("kusho", "esho", "ushilo", "usho", "uthe", "bathe", "uqinisekisile", "ukuqinisekisile")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "amaphoyisa": "police", "saps": "police", "uhulumeni": "government", "ungqongqoshe": "minister",
    "umnyango": "ministry", "isibhedlela": "hospital", "umasipala": "local authorities", "imeya": "mayor",
    "abezimo eziphuthumayo": "emergency service", "abezempilo": "paramedics", "okhulumela": "spokesperson",
}  # fmt: skip
HOME_COUNTRIES = ("ZA",)
DAYS_BACK = {"izolo": 1, "kuthangi": 2}
STILL_IN_CARE = ("basesibhedlela", "bisesibhedlela", "kusesibhedlela")
CARE_WORDS = ("isibhedlela", "esibhedlela")
HAZARD_FAMILIES = {
    "water": ("izikhukhula", "isiphepho", "imvula enamandla"),
    "fire": ("umlilo", "ukuqhuma"),
    "air": ("indiza", "ibhanoyi", "indizamshini"),
    "rail": ("isitimela",),
    "road": ("ibhasi", "itekisi", "ingozi yomgwaqo", "ukushayisana"),
    "attack": ("ukudubula", "ukudutshulwa", "ukuhlasela"),
    "mine": ("imayini", "emayini"),
}  # fmt: skip
NEGATIONS = ("akekho", "akukho", "ayikho", "cha")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("izigebengu", "abahlaseli", "izigelekeqe")
