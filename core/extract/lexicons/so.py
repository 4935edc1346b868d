"""Somali lexicon (shared shape, see `es.py` for the names): data only. Verbs take endings ("dhintay",
"dhaawacmay", "dhaawacyo"): triggers are word beginnings (MATCH "prefix"). The count comes before its noun ("15 qof",
"toban qof"), often with the focus particle "ayaa" between it and the verb ("15 qof ayaa ku dhintay"); units come
before tens, joined by "iyo" ("shan iyo labaatan" = 25)."""

from __future__ import annotations

LANGUAGE = "so"
MATCH = "prefix"
# the article written onto digits with a hyphen ("16-ka qof", the 16 people; "-kii", "-ta", "-tii"): still a count
HYPHEN_ENDINGS = ("ka", "ta", "kii", "tii", "kan", "tan", "kaas", "taas")
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"kun": 1000, "malyan": 1_000_000, "milyan": 1_000_000}
NUMBER_WORDS = {
    "kow": 1, "laba": 2, "saddex": 3, "afar": 4, "shan": 5, "lix": 6, "toddoba": 7, "todobo": 7, "siddeed": 8,
    "sagaal": 9, "toban": 10, "labaatan": 20, "soddon": 30, "afartan": 40, "konton": 50, "lixdan": 60,
    "toddobaatan": 70, "siddeetan": 80, "sagaashan": 90, "boqol": 100, "kun": 1000,
}  # fmt: skip
NUMBER_WORDS |= {"labo": 2}  # two before "iyo" ("labo iyo toban", 12)
NUMBER_JOINERS = ("iyo",)
VAGUE_QUANTITIES = {
    "tobanaan": (12, 12, 99),
    "boqolaal": (100, 100, 999),
    "kumanaan": (1000, 1000, 9999),
    "tobanaan kun": (10_000, 10_000, 99_999),
}
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "galaaftay nolosha", "galaaday nolosha",
        "dhintay", "dhinteen", "dhimatay", "dhimasho", "dhimashada", "ku dhimatay", "la dilay", "dilay", "dileen",
        "geeriyooday", "geeriyootay", "geeri", "naftooda ku waayeen", "nafta ku waayay", "meydad", "maydad", "mayd",
    ),
    "wounded": ("dhaawac", "ku dhaawacmay", "dhaawacmay", "dhaawacantay", "la dhaawacay", "isbitaal"),
    "missing": ("la la'yahay", "la waayay", "maqan", "lumay", "lumeen"),
    "displaced": ("barakac", "ka barakacay", "guryahooda ka qaxay", "qaxooti"),
    "arrested": ("la xiray", "la qabtay", "xabsiga"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("dhimasho iyo dhaawac", "dhintay ama dhaawacmay", "dhintay iyo dhaawacmay", "khasaare")
INJURY_GRADES = {
    "critical": ("xaalad halis", "xaalad culus"),
    "severe": ("si culus", "culus", "halis"),
    "light": ("si fudud", "fudud"),
}
COORDINATORS = ("iyo", "halka", "iyadoo", "kuwa kalena")
RANGES = (("inta u dhexeysa", "iyo", ""), ("u dhexeeya", "iyo", ""))
QUALIFIERS_BEFORE = {
    "ugu yaraan": "at_least",
    "ugu yaraannan": "at_least",
    "in ka badan": "more_than",
    "ka badan": "more_than",
    "wax ka badan": "more_than",
    "ku dhawaad": "nearly",
    "ku dhowaad": "nearly",
    "qiyaastii": "about",
    "qiyaas ahaan": "about",
    "illaa": "up_to",
    "ilaa": "up_to",
}
UPDATE_BEFORE = ("gaaray", "gaadhay", "kor u kacay", "kor u kacday", "ayaa gaaray", "ayaa gaadhay", "mareysa")
EARLIER_BEFORE = ("markii hore", "hore", "bilowgii")
INCREMENT_BEFORE = ("kale",)
SUBSET_BEFORE = ("waxaa ku jira", "oo ay ku jiraan", "kuwaas oo ay ku jiraan")
SUBSET_AFTER = ("ka mid ah",)
NOT_COUNTS_AFTER = (
    "jeer", "sano", "sanno", "km", "kilomitir", "mitir", "%", "boqolkiiba", "saac", "maalmood", "maalin", "daqiiqo",
    "doolar", "shilin", "guri", "guryo", "tan",
)  # fmt: skip
COUNT_NOUNS = ("tirada",)
PROJECTION_BEFORE = ("laga yaabo", "la filayo", "ay kordhi karto", "ayaa laga cabsi qabaa")
ACCORDING_BEFORE = (
    "sida uu sheegay", "sida ay sheegtay", "sida ay sheegeen", "sida lagu sheegay", "sida ay xaqiijisay",
)  # fmt: skip
SPEECH_VERBS = (
    "ayaa sheegay", "sheegay", "sheegtay", "sheegeen", "xaqiijiyay", "xaqiijisay", "xaqiijiyeen", "ku dhawaaqay",
    "u sheegay",
    "ayuu yiri",
    "ayay tiri",
    "ayay yiraahdeen",
    "yiri",
    "tiri",
)  # fmt: skip
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "booliska": "police", "booliiska": "police", "taliyaha": "commander", "wasaaradda": "ministry",
    "wasiirka": "minister", "dowladda": "government", "dawladda": "government", "maamulka": "authorities",
    "guddoomiyaha": "governor", "madaxweynaha": "president", "afhayeenka": "spokesperson", "isbitaalka": "hospital",
    "ciidamada": "army", "gurmadka": "rescuers", "dab damiska": "fire service",
}  # fmt: skip
LOCATIVES = ("magaalada", "gobolka", "degmada", "tuulada", "deegaanka", "xaafadda")
HOME_COUNTRIES = ("SO", "ET", "DJ", "KE")
DAYS_BACK = {"shalay": 1, "xalay": 1}
RELATIVES = ("oo",)
STILL_IN_CARE = ("weli", "wali", "ilaa hadda")
CARE_WORDS = ("isbitaal*", "cisbitaal*", "daaweyn")
SINCE_START = ("tan iyo bilowgii dagaalka", "tan iyo bilowgii sanadka")
HAZARD_FAMILIES = {
    "quake": ("dhulgariir*", "dhul gariir*"),
    "water": ("fatahaad*", "daadad*", "daad", "duufaan*", "roobab*"),
    "fire": ("dab", "dabka", "qarax*"),
    "air": ("diyaarad*", "helikobtar*"),
    "road": ("shil", "shilka", "baabuur*"),
    "ship": ("doon", "doonta", "markab*"),
    "attack": ("weerar*", "qarax*", "ismiidaamin*", "rasaas*", "gaadmo*"),
    "collapse": ("dumis*", "burbur*"),
}  # fmt: skip
