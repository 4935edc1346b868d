"""Hmong lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). White Hmong
(Hmoob Dawb) and Green Hmong (Moob Leeg) in the Romanized Popular Alphabet, where a word's last consonant letter is
its tone ("tuag", died; "raug mob", were hurt): no accents. The count comes before a classifier and its noun
("plaub tus neeg tuag", four people died; "rau leej raug mob", six were hurt), things take "lub" ("peb lub tsev",
three houses: no count of people). Numbers: "kaum" (ten) before its unit ("kaum ob", 12), the tens as a unit
before "caug" or "caum" ("peb caug tsib", 35), twenty its own word ("nees nkaum"), hundreds with "puas" after their
multiplier ("ib puas", 100: "puas" alone is the question word, so the hundreds are listed whole), thousands with
"txhiab". "peb" is also "we", "ib" also "a" and "rau" also "to": a count only where a trigger binds it.
py3langid has no Hmong: a text is told Hmong by its share of its own function words (`FUNCTION_WORDS`)."""

from __future__ import annotations

LANGUAGE = "hmn"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"txhiab": 1000, "vam": 10_000, "lab": 1_000_000}
_units = {"ib": 1, "ob": 2, "peb": 3, "plaub": 4, "tsib": 5, "rau": 6, "xya": 7, "yim": 8, "cuaj": 9}
NUMBER_WORDS = {
    **_units, "kaum": 10, "nees nkaum": 20, "nees-nkaum": 20, "neeg nkaum": 20, "caug": 10, "caum": 10,
    "txhiab": 1000,
}  # fmt: skip
# "ib puas" (100) ... "cuaj puas" (900): "puas" alone asks a question ("puas muaj", is there)
NUMBER_WORDS |= {f"{unit} puas": value * 100 for unit, value in _units.items()}
# "peb caug" (3 x 10), "ob txhiab" (2 x 1000)
MULTIPLIERS = ("caug", "caum")
VAGUE_QUANTITIES = {
    "ntau pua": (100, 100, 999), "puas pua": (100, 100, 999), "ntau txhiab": (1000, 1000, 9999),
    "txhiab txhiab": (1000, 1000, 9999), "kaum tawm": (12, 12, 99),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        "tuag", "tuag lawm", "raug tua tuag", "raug tua", "tua tuag", "tas sim neej", "poob siav", "poob txoj sia",
        "cev tuag", "tuag dej",  # drowned
    ),
    "wounded": (
        "raug mob", "raug mob hnyav", "raug txhab", "raug txhab hnyav", "muaj qhov txhab", "tsev kho mob",
        "raug mob me ntsis",
    ),
    "missing": ("ploj", "ploj lawm", "ploj zuj zus", "nrhiav tsis tau", "nrhiav tsis pom", "tsis pom tuaj"),
    "displaced": ("tsis muaj tsev nyob", "khiav tawm hauv lawv lub tsev", "khiav tawm ntawm tsev"),
    "arrested": ("raug ntes", "ntes tau", "raug kaw"),
}  # fmt: skip
COORDINATORS = ("thiab", "nrog rau", "tab sis", "tiam sis")
QUALIFIERS_BEFORE = {
    "tsawg kawg": "at_least", "tsawg kawg yog": "at_least", "tsawg kawg li": "at_least", "tshaj": "more_than",
    "ntau tshaj": "more_than", "tshaj li": "more_than", "kwv yees li": "about", "kwv yees": "about",
    "txog li": "about", "yuav luag": "nearly", "ze li": "nearly",
}  # fmt: skip
QUALIFIERS_AFTER = {"tshaj": "more_than", "ntau dua": "more_than", "tawm": "more_than"}
UPDATE_BEFORE = ("nce mus txog", "nce txog", "tau nce mus rau", "tam sim no yog")
COUNT_NOUNS = ("tus lej", "tus naj npawb", "naj npawb")
EARLIER_BEFORE = ("thaum xub thawj", "ua ntej")
INCREMENT_BEFORE = ("ntxiv",)
INCREMENT_AFTER = ("ntxiv",)
SUBSET_BEFORE = ("ntawm lawv", "hauv lawv", "muaj cov")
NOT_COUNTS_AFTER = (
    "xyoo", "hnub", "hli", "hlis", "teev", "feeb", "km", "mais", "meter", "%", "duas las", "daus las", "lub",
    "lub tsev", "daim", "tsheb", "zaus", "lub zos",
)  # fmt: skip
ACCORDING_BEFORE = ("raws li", "raws")
SPEECH_VERBS = ("hais tias", "hais", "qhia tias", "qhia", "tshaj tawm")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "tub ceev xwm": "police", "tub polis": "police", "tsoom fwv": "government", "tsoom hwv": "government",
    "tsev kho mob": "hospital", "tus kav nroog": "mayor", "tub rog": "army",
}  # fmt: skip
LOCATIVES = ("hauv", "nyob", "ntawm", "nyob hauv", "tom")
HOME_COUNTRIES = ("LA", "US")
DAYS_BACK = {"nag hmo": 1, "hnub nag hmo": 1, "hmo nag hmo": 1}
STILL_IN_CARE = ("tseem nyob", "tseem pw")
CARE_WORDS = ("tsev kho mob",)
HAZARD_FAMILIES = {
    "water": ("dej nyab",),
    "fire": ("hluav taws kub", "hluav taws"),
    "road": ("tsheb tsoo", "tsheb sib tsoo"),
    "attack": ("tua phom", "phom"),
}  # fmt: skip
NEGATIONS = ("tsis", "tsis muaj", "tsis tau")
# Words of its own a Hmong text is full of, none an English word (`core.extract.language`): its classifiers, 'and',
# 'in', 'at', 'have', 'people', 'said', 'that', 'they', the perfect and the plural
FUNCTION_WORDS = (
    "thiab", "hauv", "tus", "tau", "muaj", "neeg", "cov", "lub", "nyob", "hais", "tias", "mus", "yog", "ntawm",
    "kuj", "lawm", "uas", "tsis", "txog", "ua", "nws", "lawv", "qab", "kom", "ntau", "leej", "rau", "ib", "peb",
    "nrog", "thaum", "hnub", "tom", "xwm",
)  # fmt: skip
# Weekdays: "Hnub Caiv" (Sunday), the others by number ("Hnub Ib", Monday): no count after "hnub"
WEEKDAYS = {"hnub ib": 0, "hnub ob": 1, "hnub peb": 2, "hnub plaub": 3, "hnub tsib": 4, "hnub rau": 5, "hnub caiv": 6}
NOT_COUNTS_BEFORE = ("hnub", "Hnub", "lub", "Lub", "thib", "zaum")
