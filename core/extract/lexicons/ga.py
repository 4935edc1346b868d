"""Irish lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). The verb opens
its clause ("Maraíodh triúr", three were killed; "Gortaíodh 25 duine", 25 people were injured), and "died" is a verb
and its object around the count ("Fuair 12 duine bás": `SEPARABLE_TRIGGERS`). People are counted with words of
their own ("beirt", two people; "triúr", three), or a number and "duine" (person); the teens are a unit and
"déag" ("trí déag", 13), a ten and its unit are joined by "a" ("fiche a haon", 21); initial letters change after
some words ("dhá", two before a noun; "dhéag" for "déag"), and both forms are listed."""

from __future__ import annotations

LANGUAGE = "ga"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"míle": 1000, "mhíle": 1000, "milliún": 1_000_000}
_unit_words = (("aon", "haon", 1), ("dó", "dó", 2), ("trí", "trí", 3), ("ceathair", "ceathair", 4), ("cúig", "cúig", 5),
          ("sé", "sé", 6), ("seacht", "seacht", 7), ("ocht", "hocht", 8), ("naoi", "naoi", 9))  # fmt: skip
_ten_words = (("fiche", 20), ("tríocha", 30), ("daichead", 40), ("caoga", 50), ("seasca", 60), ("seachtó", 70),
         ("ochtó", 80), ("nócha", 90))  # fmt: skip
NUMBER_WORDS = {
    # people: "beirt" (two people), "triúr" (three) ... "deichniúr" (ten)
    "beirt": 2, "bheirt": 2, "triúr": 3, "thriúr": 3, "ceathrar": 4, "cheathrar": 4, "cúigear": 5, "seisear": 6,
    "sheisear": 6, "seachtar": 7, "sheachtar": 7, "ochtar": 8, "naonúr": 9, "deichniúr": 10, "dheichniúr": 10,
    # before a noun: "dhá", "ceithre"; counting: "a dó", "a trí"
    "dhá": 2, "ceithre": 4, "deich": 10, "céad": 100, "chéad": 100, "dhá chéad": 200,
}  # fmt: skip
# alone, "aon" is also "any", "dó" "to him", "trí" "through" and "sé" "he": left out, read in the teens, tens and
# before a hundred or a thousand ("trí chéad", 300; "sé mhíle", 6000)
NUMBER_WORDS |= {unit: value for unit, _, value in _unit_words if unit not in ("aon", "dó", "trí", "sé")}
NUMBER_WORDS |= {f"{unit} {scale}": value * size for unit, _, value in _unit_words[2:] for scale, size in
                 (("chéad", 100), ("mhíle", 1000))}  # fmt: skip
NUMBER_WORDS |= dict(_ten_words)
# the teens: "aon déag" (11), "dó dhéag" (12), "trí déag" (13)
NUMBER_WORDS |= {f"{unit} {'dhéag' if value == 2 else 'déag'}": 10 + value for unit, _, value in _unit_words}
# a ten, "a" and its unit: "fiche a haon" (21), "tríocha a cúig" (35)
NUMBER_WORDS |= {f"{ten} a {said}": tens + value for ten, tens in _ten_words for _, said, value in _unit_words}
# the teens of people, the noun between the unit and "déag": "cúig dhuine dhéag" (15 people), "dháréag" (12 people)
NUMBER_WORDS |= {
    f"{unit} {noun} dhéag": 10 + value
    for unit, _, value in _unit_words
    for noun in ("duine", "dhuine", "nduine")
    if value != 2
}  # fmt: skip
NUMBER_WORDS |= {"dháréag": 12}
SEPARABLE_TRIGGERS = {"killed": ("fuair ... bás", "bhfuair ... bás")}
VAGUE_QUANTITIES = {"na mílte": (1000, 1000, 9999), "na céadta": (100, 100, 999), "scórtha": (12, 12, 99)}
TRIGGERS = {
    "killed": (
        "maraíodh", "mharaigh", "maraithe", "marbh", "cailleadh", "bádh", "básaíodh", "bás", "a maraíodh",
        "a cailleadh", "ndearnadh dúnmharú",
    ),
    "wounded": ("gortaíodh", "gortaithe", "gortú", "gortuithe", "a gortaíodh", "gortaithe go dona"),
    "missing": ("ar iarraidh", "ar lár"),
    "displaced": ("gan dídean", "aslonnaíodh", "aistríodh", "d'fhág a dtithe", "gan teach"),
    "arrested": ("gabhadh", "gafa", "ghabh", "gabhadh iad", "a gabhadh"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("maraíodh nó gortaíodh",)
INJURY_GRADES = {"critical": ("go criticiúil",), "severe": ("go dona", "go tromchúiseach"), "light": ("beagán",)}
COORDINATORS = ("agus", "is", "ach", "cé gur")
QUALIFIERS_BEFORE = {
    "ar a laghad": "at_least", "thart ar": "about", "timpeall is": "about", "níos mó ná": "more_than",
    "os cionn": "more_than", "beagnach": "nearly", "suas le": "up_to",
}  # fmt: skip
QUALIFIERS_AFTER = {"ar a laghad": "at_least"}
UPDATE_BEFORE = ("ardaíodh go", "d'ardaigh go", "tá sé anois")
COUNT_NOUNS = ("líon",)
EARLIER_BEFORE = ("ar dtús", "roimhe sin")
INCREMENT_BEFORE = ("eile",)
SUBSET_BEFORE = ("ina measc", "ina measc siúd", "lena n-áirítear")
NOT_COUNTS_AFTER = (
    "bliain", "bliana", "mbliana", "km", "ciliméadar", "méadar", "%", "faoin gcéad", "uair", "n-uair", "lá", "lae",
    "nóiméad", "euro", "teach", "tithe",
)  # fmt: skip
ACCORDING_BEFORE = ("de réir", "dar le")
SPEECH_VERBS = ("dúirt", "a dúirt", "d'fhógair", "dheimhnigh", "a deir")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "gardaí": "police", "na gardaí": "police", "póilíní": "police", "rialtas": "government", "aire": "minister",
    "ospidéal": "hospital", "arm": "army", "urlabhraí": "spokesperson",
}  # fmt: skip
HOME_COUNTRIES = ("IE",)
LOCATIVES = ("i", "in", "ag")
DAYS_BACK = {"inné": 1, "arú inné": 2}
STILL_IN_CARE = ("fós",)
CARE_WORDS = ("ospidéal", "san ospidéal")
HAZARD_FAMILIES = {
    "quake": ("crith talún",),
    "water": ("tuilte", "tuile", "stoirm"),
    "fire": ("dóiteán", "pléasc*"),  # "tine" (fire) is an English word: left out
    "air": ("eitleán",),
    "rail": ("traein",),
    "road": ("timpiste bhóthair", "bus"),
    "ship": ("bád",),
    "attack": ("ionsaí", "lámhach", "pléasc*"),
}  # fmt: skip
NEGATIONS = ("níor", "ní", "gan")
# Dates (core.extract.world_dates): "12 Bealtaine" (12 May), "ar an 12 Márta"
MONTHS = {
    "eanáir": 1, "feabhra": 2, "márta": 3, "aibreán": 4, "bealtaine": 5, "meitheamh": 6, "iúil": 7, "lúnasa": 8,
    "meán fómhair": 9, "deireadh fómhair": 10, "samhain": 11, "samhna": 11, "nollaig": 12,
}  # fmt: skip
