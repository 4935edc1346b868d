"""Basque lexicon (shared shape, see `es.py` for the names): data only. Words take endings ("hildakoak", the dead;
"zaurituak", the injured; "Bilbon", in Bilbao): triggers are word beginnings (MATCH "prefix"). Numbers count
by twenties ("hogeita hiru" 23, "berrogei" 40, "hirurogei" 60) and the noun comes before a number word ("lau
pertsona" but "pertsona bat", one person). "Gutxienez" (at least) and "inguru" (about) follow the count."""

from __future__ import annotations

LANGUAGE = "eu"
MATCH = "prefix"
DIGIT_GROUPS = "."
DECIMAL = ","
SCALES = {"mila": 1000, "milioi": 1_000_000}
NUMBER_WORDS = {
    "bi": 2, "hiru": 3, "lau": 4, "bost": 5, "sei": 6, "zazpi": 7, "zortzi": 8, "bederatzi": 9, "hamar": 10,
    "hamaika": 11, "hamabi": 12, "hamahiru": 13, "hamalau": 14, "hamabost": 15, "hamasei": 16, "hamazazpi": 17,
    "hemezortzi": 18, "hemeretzi": 19, "hogei": 20, "hogeita hamar": 30, "berrogei": 40, "berrogeita hamar": 50,
    "hirurogei": 60, "hirurogeita hamar": 70, "laurogei": 80, "laurogeita hamar": 90, "ehun": 100,
    "berrehun": 200, "hirurehun": 300, "laurehun": 400, "bostehun": 500,
    # "hogeita hiru" (23), "berrogeita bost" (45): a score with "eta" (and) written onto it, before its units
    "hogeita": 20, "berrogeita": 40, "hirurogeita": 60, "laurogeita": 80,
}  # fmt: skip
NUMBER_WORDS_AFTER = {"bat": 1}  # "hogeita bat" (21): "bat" (one, a) counts only after another number word
VAGUE_QUANTITIES = {
    "dozenaka": (12, 12, 99), "hamarnaka": (12, 12, 99), "ehunka": (100, 100, 999), "milaka": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        "hil dira", "hil zen", "hil ziren", "hildako", "hilda", "hil", "hilik", "hiltzen", "heriotz", "zendu",
        "bizia galdu", "gorpu", "erail", "hilketa",
    ),
    "wounded": ("zauritu", "zauri", "larri zauritu", "ospitaleratu", "ospitalera eraman"),
    "missing": ("desagertu", "desagertutako", "galdutako"),
    "displaced": ("ebakuatu", "etxerik gabe", "lekualdatu"),
    "arrested": ("atxilotu", "atxilotuta", "atxiloketa"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("hildako eta zauritu", "hildakoak eta zaurituak")
INJURY_GRADES = {
    "critical": ("egoera kritikoan",),
    "severe": ("larri", "larriak"),
    "light": ("arin", "arinak"),
}
COORDINATORS = ("eta", "baina", "berriz")
QUALIFIERS_BEFORE = {"ia": "nearly", "gutxi gorabehera": "about", "gutxienez": "at_least"}
# "15 pertsona gutxienez", "100 baino gehiago", "20 inguru": after the count (and its noun)
QUALIFIERS_AFTER = {"baino gehiago": "more_than", "inguru": "about", "ingurua": "about"}
QUALIFIERS_AFTER_NOUN = {"gutxienez": "at_least", "baino gehiago": "more_than", "inguru": "about"}
UPDATE_AFTER = ("igo da", "iritsi da", "izatera iritsi")
COUNT_NOUNS = ("kopurua",)
EARLIER_BEFORE = ("hasieran", "lehenago")
INCREMENT_BEFORE = ("beste",)
SUBSET_BEFORE = ("horien artean", "tartean")
NOT_COUNTS_AFTER = (
    "urte", "km", "kilometro", "metro", "%", "ehuneko", "ordu", "egun", "minutu", "euro", "dolar", "etxe",
    "hektarea", "aldiz",
)  # fmt: skip
ACCORDING_AFTER = ("arabera", "esanetan")
SPEECH_VERBS = ("esan du", "adierazi du", "jakinarazi du", "baieztatu du", "azaldu du", "esan zuen")
VERB_FINAL = True
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ertzaintza": "police", "polizia": "police", "guardia zibil": "police", "suhiltzaile": "fire service",
    "gobernu": "government", "jaurlaritza": "government", "ministeritza": "ministry", "ministro": "minister",
    "ospitale": "hospital", "udal": "local authorities", "alkate": "mayor", "larrialdi": "emergency service",
}  # fmt: skip
HOME_COUNTRIES = ("ES", "FR")
# Places (core.extract.world_places): the endings of where ("Bilbon", "Donostian", "Gasteizen", "Iruñean")
LOCATIVE_ENDINGS = ("ean", "an", "en", "on")
DAYS_BACK = {"atzo": 1, "herenegun": 2}
STILL_IN_CARE = ("oraindik",)
CARE_WORDS = ("ospitale",)
HAZARD_FAMILIES = {
    "quake": ("lurrikara*", "tsunami*"),
    "water": ("uholde*", "ekaitz*"),
    "fire": ("sutea", "sutean", "suteak", "leherketa*"),
    "air": ("hegazkin*", "helikoptero*"),
    "rail": ("tren", "trena", "trenak"),
    "road": ("autobus*", "trafiko istripu*", "auto istripu*"),
    "attack": ("atentatu*", "eraso*", "tiroketa*", "bonba*"),
}  # fmt: skip
NEGATIONS = ("ez", "inor ez", "ez da")
GATHERING_WORDS = ("hileta", "omenaldi", "elkarretaratze")
# Dates (core.extract.world_dates): the month before its day, in the genitive ("maiatzaren 8an", on 8 May)
MONTH_FIRST = True
