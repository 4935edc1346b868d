"""West Frisian lexicon (shared shape, see `es.py` for the names): data only. Close to Dutch, yet its own words:
"omkommen" and "stoarn" (died), "ferwûne" (injured, nl "gewond"), "op syn minst" (at least), "likernôch" (about),
"juster" (yesterday); py3langid knows Frisian and tells it from Dutch. Number words are written as one word, the
unit before its ten with "en" ("trijentweintich", 23)."""

from __future__ import annotations

LANGUAGE = "fy"
MATCH = "word"
DIGIT_GROUPS = "."
DECIMAL = ","
SCALES = {"tûzen": 1000, "miljoen": 1_000_000}
NUMBER_WORDS = {
    "ien": 1, "twa": 2, "trije": 3, "fjouwer": 4, "fiif": 5, "seis": 6, "sân": 7, "acht": 8, "njoggen": 9,
    "tsien": 10, "alve": 11, "tolve": 12, "trettjin": 13, "fjirtjin": 14, "fyftjin": 15, "sechstjin": 16,
    "santjin": 17, "achttjin": 18, "njoggentjin": 19, "tweintich": 20, "tritich": 30, "fjirtich": 40,
    "fyftich": 50, "sechstich": 60, "santich": 70, "tachtich": 80, "njoggentich": 90, "hûndert": 100,
}  # fmt: skip
COMPOUND_NUMBERS = True
NUMBER_JOINERS = ("en", "n")  # "trijentweintich" (23), "fjouwerenfyftich" (54)
MULTIPLIERS = ("hûndert",)
VAGUE_QUANTITIES = {
    "tsientallen": (12, 12, 99), "hûnderten": (100, 100, 999), "tûzenen": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # 'perished', plural: 'dêr't 150 minsken by omkamen' (test_four_forms43)
        "omkamen",
        "omkommen", "omkaam", "om it libben kommen", "om it libben", "kamen om", "kaam om", "stoarn", "stoaren",
        "stoar",
        "deade", "deaden", "dea", "fermoarde", "fermoarde", "libben litten", "liken",
        # 'died' with its prefix, shot / stabbed dead, drowned
        "ferstoarn", "ferstoar", "ferstoaren", "deasketten", "deasketen", "deastutsen", "ferdronken", "ferdronk",
    ),
    "wounded": ("ferwûne", "ferwûnen", "ferwûnings", "rekke ferwûne", "blessearre", "nei it sikehûs brocht"),
    "missing": ("fermist", "wurde fermist", "wurdt fermist"),
    "displaced": ("evakuearre", "dakleas"),
    "arrested": ("arrestearre", "oanhâlden", "oanholden", "oanhâlde"),
}  # fmt: skip
# A separable verb around its count, the particle at the clause's end ("By it ûngelok kamen fiif minsken om")
SEPARABLE_TRIGGERS = {"killed": ("kamen ... om", "kaam ... om", "komme ... om")}
DEAD_AND_WOUNDED = ("deaden en ferwûnen", "deade en ferwûne")
INJURY_GRADES = {
    "critical": ("kritike tastân",),
    "severe": ("slim", "swier", "swier ferwûne", "slim ferwûne"),
    "light": ("licht", "licht ferwûne"),
}
COORDINATORS = ("en", "wylst")
RANGES = (("tusken", "en", ""),)
QUALIFIERS_BEFORE = {
    "op syn minst": "at_least", "teminsten": "at_least", "minstens": "at_least", "mear as": "more_than",
    "mear dan": "more_than", "likernôch": "about", "sa'n": "about", "om de": "about", "hast": "nearly",
    "oant": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("oprûn ta", "stjitten ta", "tanommen ta")
COUNT_NOUNS = ("tal", "oantal")
EARLIER_BEFORE = ("earst", "earder")
INCREMENT_BEFORE = ("noch",)
SUBSET_BEFORE = ("dêrûnder", "wêrûnder", "wêrfan")
NOT_COUNTS_AFTER = (
    "jier", "km", "kilometer", "meter", "%", "prosint", "oere", "dagen", "minuten", "euro", "huzen", "hektare",
    "kear",
)  # fmt: skip
ACCORDING_BEFORE = ("neffens",)
SPEECH_VERBS = ("sei", "seit", "melde", "meldt", "befêstige", "befêstiget")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "plysje": "police", "brânwar": "fire service", "regear": "government", "minister": "minister",
    "sikehûs": "hospital", "gemeente": "local authorities", "boargemaster": "mayor", "ambulânse": "emergency service",
    "wurdfierder": "spokesperson",
}  # fmt: skip
SOURCE_LEADING = ("de", "it")
LOCATIVES = ("yn", "by", "tichtby")
HOME_COUNTRIES = ("NL",)
DAYS_BACK = {"juster": 1, "earjuster": 2}
STILL_IN_CARE = ("noch altyd", "noch")
CARE_WORDS = ("sikehûs",)
HAZARD_FAMILIES = {
    "water": ("oerstreaming*", "stoarm*"),
    "fire": ("brân", "eksploazje*"),
    "air": ("fleantúch*",),
    "rail": ("trein*",),
    "road": ("bus", "ûngelok*", "botsing*", "ferkearsûngelok*"),
    "attack": ("sjitpartij*", "oanfal*"),
}  # fmt: skip
NEGATIONS = ("net", "gjin", "nimmen")
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("nimmen", "gjin")
