"""Haitian Creole lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"); the verb
does not change ("mouri", died; "blese", wounded), people are "moun" after the count ("12 moun mouri"); numbers are
French's in their own spelling, written as one word ("venteyen", 21; "trannsenk", 35; "katreven", 80). "de" (two) is
also the French and Creole "of": only "de moun" (two people), "de san" (200) and "de mil" (2000) are read, "de" alone
is no number."""

from __future__ import annotations

LANGUAGE = "ht"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = " ,."
DECIMAL = ","
SCALES = {"mil": 1000, "milyon": 1_000_000}
NUMBER_WORDS = {
    "youn": 1, "yon moun": 1, "de moun": 2, "twa": 3, "kat": 4, "senk": 5, "sis": 6, "sèt": 7, "uit": 8, "nèf": 9,
    "dis": 10, "onz": 11, "douz": 12, "trèz": 13, "katòz": 14, "kenz": 15, "sèz": 16, "disèt": 17, "dizuit": 18,
    "diznèf": 19, "ven": 20, "venteyen": 21, "vennde": 22, "venntwa": 23, "vennkat": 24, "vennsenk": 25,
    "trant": 30, "tranteyen": 31, "trannde": 32, "tranntwa": 33, "trannkat": 34, "trannsenk": 35, "karant": 40,
    "karanteyen": 41, "karannsenk": 45, "senkant": 50, "swasant": 60, "swasanndis": 70, "katreven": 80,
    "katrevendis": 90, "san": 100, "desan": 200, "de san": 200, "twa san": 300,
    "de mil": 2000,
}  # fmt: skip
VAGUE_QUANTITIES = {"plizyè dizèn": (12, 12, 99), "dizèn": (12, 12, 99), "santèn": (100, 100, 999),
                    "plizyè milye": (1000, 1000, 9999), "milye": (1000, 1000, 9999)}  # fmt: skip
TRIGGERS = {
    "killed": (
        "mouri", "mouri nan", "mò", "pèdi lavi", "pèdi lavi yo", "touye", "yo touye", "lanmò", "kadav", "kadav yo",
        "viktim ki mouri", "nwaye",  # drowned
    ),
    "wounded": ("blese", "moun blese", "blese grav", "frape", "sou kabann lopital"),
    "missing": ("disparèt", "pa jwenn", "toujou pa jwenn", "pèdi tras"),
    "displaced": ("san kay", "san abri", "deplase", "kite kay yo", "evakye"),
    "arrested": ("arete", "mete nan prizon", "nan men lapolis"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("mouri ak blese", "mò ak blese")
INJURY_GRADES = {"critical": ("nan eta grav",), "severe": ("grav",), "light": ("lejè", "ti blesi")}
COORDINATORS = ("e", "ak", "pandan", "men")
QUALIFIERS_BEFORE = {
    "omwen": "at_least", "pou pi piti": "at_least", "plis pase": "more_than", "plis ke": "more_than",
    "anviwon": "about", "apeprè": "about", "prèske": "nearly", "jiska": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("monte a", "rive a", "rive nan")
COUNT_NOUNS = ("kantite", "bilan")
EARLIER_BEFORE = ("anvan", "okòmansman")
INCREMENT_BEFORE = ("lòt",)
SUBSET_BEFORE = ("pami yo", "ladan yo", "tankou")
NOT_COUNTS_AFTER = (
    "an", "ane", "km", "kilomèt", "mèt", "%", "è", "èdtan", "jou", "minit", "goud", "dola", "kay", "fwa",
)  # fmt: skip
ACCORDING_BEFORE = ("dapre", "selon")
SPEECH_VERBS = ("di", "deklare", "fè konnen", "konfime", "anonse")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "lapolis": "police", "polis": "police", "pnh": "police", "gouvènman": "government", "minis": "minister",
    "lopital": "hospital", "sivil pwoteksyon": "civil protection", "pwoteksyon sivil": "civil protection",
    "meri": "town hall",
}  # fmt: skip
HOME_COUNTRIES = ("HT",)
LOCATIVES = ("nan", "lavil")
DAYS_BACK = {"yè": 1, "avanyè": 2}
STILL_IN_CARE = ("toujou",)
CARE_WORDS = ("lopital", "swen")
HAZARD_FAMILIES = {
    "quake": ("tranblemanntè", "tranbleman tè"),
    "water": ("inondasyon", "lavalas", "siklòn", "glisman tè"),
    "fire": ("dife", "eksplozyon"),
    "road": ("aksidan", "kamyon", "tap tap", "otobis"),
    "ship": ("batiman", "kannòt"),
    "attack": ("atak",),  # "tire" (shooting), "gang": English words, left out
}  # fmt: skip
NEGATIONS = ("pa", "okenn")
# Dates (core.extract.world_dates): dateparser has no Haitian Creole; "12 me" (12 May), "12 mas" (12 March)
MONTHS = {
    "janvye": 1, "fevriye": 2, "mas": 3, "avril": 4, "me": 5, "jen": 6, "jiyè": 7, "out": 8, "septanm": 9,
    "oktòb": 10, "novanm": 11, "desanm": 12,
}  # fmt: skip
