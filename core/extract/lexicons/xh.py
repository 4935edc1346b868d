"""Xhosa lexicon (shared shape, see `es.py` for the names): data only. Verbs take their subject and tense as
prefixes ("basweleka", they died; "bonzakele", they were injured; "babulawa", they were killed): triggers are stems
matched anywhere in a word (MATCH "any"). The count follows its noun; number words take the people class's prefix
("abantu abathathu", three people), digits are written onto it with a hyphen ("abantu aba-12", "abangama-30"); a
ten and its unit: "ishumi elinesihlanu" (15), "amashumi amabini" (20)."""

from __future__ import annotations

LANGUAGE = "xh"
MATCH = "any"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = " ,"
DECIMAL = "."
SCALES = {"amawaka": 1000, "iwaka": 1000, "isigidi": 1_000_000, "izigidi": 1_000_000}
NUMBER_WORDS = {
    "omnye": 1, "mnye": 1, "ababini": 2, "babini": 2, "abathathu": 3, "bathathu": 3, "abane": 4, "bane": 4,
    "abahlanu": 5, "bahlanu": 5, "abathandathu": 6, "bathandathu": 6, "abasixhenxe": 7, "abasibhozo": 8,
    "abalithoba": 9, "abalishumi": 10, "ishumi": 10, "elinanye": 1, "elinesibini": 2, "elinesithathu": 3,
    "elinesine": 4, "elinesihlanu": 5, "elinesithandathu": 6, "elinesixhenxe": 7, "elinesibhozo": 8,
    "elinesithoba": 9, "amashumi amabini": 20, "amashumi amathathu": 30, "amashumi amane": 40,
    "amashumi amahlanu": 50, "amashumi amathandathu": 60, "amashumi asixhenxe": 70, "amashumi asibhozo": 80,
    "amashumi alithoba": 90, "ikhulu": 100, "abalikhulu": 100, "amakhulu amabini": 200, "amakhulu amathathu": 300,
    "iwaka": 1000, "amawaka amabini": 2000,
}  # fmt: skip
# the unit after a ten, "that has" it: "ishumi elinesihlanu" (ten that has five, 15), "amashumi amabini ananye" (21)
NUMBER_WORDS |= {
    "ananye": 1, "anesibini": 2, "anesithathu": 3, "anesine": 4, "anesihlanu": 5, "anesithandathu": 6,
    "anesixhenxe": 7, "anesibhozo": 8, "anesithoba": 9,
}  # fmt: skip
# The people class's prefixes written onto a count's digits with a hyphen ("aba-12", "abangama-30", "ku-15", to 15)
# ... and the prefixes of 'to' and 'by' ("laya kuma-35", rose to 35, test_four_forms43)
COUNT_PREFIXES = (
    "aba", "abangama", "ba", "bangama", "angama", "ama", "ku", "kwaba", "kwabangama", "kwama", "nama", "kuma", "kwi",
    "ngama",
)  # fmt: skip
VAGUE_QUANTITIES = {"amashumi": (12, 12, 99), "amakhulu": (100, 100, 999), "amawaka": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # 'killed', perfect: 'ibulale' (test_four_forms43)
        "bulale",
        "swelek", "bulewe", "bulawa", "bafile", "afile", "ufile", "ukufa", "izidumbu", "isidumbu",
        "phulukene nobomi", "bulala", "rhaxwa",  # drowned ("barhaxwa")
    ),
    "wounded": ("onzakal", "enzakal", "onzakele", "enzakele", "esibhedlele"),
    "missing": ("lahlekile", "ayaziwa apho bakhoyo", "akafumaneki", "abafumaneki"),
    "displaced": ("ngenamakhaya", "fuduswe", "shiywe bengenakhaya"),
    "arrested": ("banjwa", "banjiwe", "bambekile"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("abaswelekileyo nabonzakeleyo",)
INJURY_GRADES = {"critical": ("kwimeko embi kakhulu",), "severe": ("kanobuzaza", "kakhulu"), "light": ("kancinci",)}
COORDINATORS = ("kwaye", "ngelixa", "kodwa", "nto")
QUALIFIERS_BEFORE = {
    "ubuncinane": "at_least", "ngaphezulu kwe": "more_than", "ngaphezulu kwa": "more_than",
    "ngaphezu": "more_than", "malunga ne": "about", "malunga": "about", "phantse": "nearly",
    # the qualifier before the noun and its class prefix: "ubuncinane abantu aba-8" (at least 8 people), "abantu
    # abangaphezulu kwama-2000" (more than 2000 people)
    "ubuncinane abantu aba-": "at_least", "ubuncinane aba-": "at_least", "abangaphezulu kwama-": "more_than",
    "abangaphezulu kwaba-": "more_than", "ngaphezulu kwama-": "more_than", "malunga nama-": "about",
}  # fmt: skip
UPDATE_BEFORE = ("sinyukele ku-", "sifikile ku-", "sinyukele")
COUNT_NOUNS = ("inani", "isibalo")
EARLIER_BEFORE = ("ekuqaleni",)
INCREMENT_BEFORE = ("abanye",)
SUBSET_BEFORE = ("kubandakanya", "phakathi kwabo")
NOT_COUNTS_AFTER = (
    "iminyaka", "unyaka", "iintsuku", "usuku", "iiyure", "imizuzu", "km", "iikhilomitha", "iimitha", "%", "iirandi",
    "izindlu", "iinyanga",
)  # fmt: skip
ACCORDING_BEFORE = ("ngokutsho kwe", "ngokutsho kwa", "ngokuka")
SPEECH_VERBS = ("utshilo", "batshilo", "utsho", "uthe", "bathe", "uqinisekisile")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "amapolisa": "police", "urhulumente": "government", "umphathiswa": "minister", "isibhedlele": "hospital",
    "umasipala": "municipality", "isithethi": "spokesperson",
}  # fmt: skip
HOME_COUNTRIES = ("ZA",)
DAYS_BACK = {"izolo": 1}
STILL_IN_CARE = ("basesibhedlele", "busesibhedlele")
CARE_WORDS = ("isibhedlele", "esibhedlele")
HAZARD_FAMILIES = {
    "water": ("izikhukula", "unogumbe"),
    "fire": ("umlilo", "uqhushumbo"),
    "road": ("ingozi yendlela", "ibhasi", "iteksi"),
    "attack": ("ukudubula", "uhlaselo"),
    "mine": ("emgodini",),
}  # fmt: skip
NEGATIONS = ("akukho", "hayi")
# Dates (core.extract.world_dates): dateparser has no Xhosa; "ngomhla we-12 kuMatshi" (on 12 March)
MONTHS = {
    "janyuwari": 1, "februwari": 2, "matshi": 3, "epreli": 4, "meyi": 5, "juni": 6, "julayi": 7, "agasti": 8,
    "septemba": 9, "okthobha": 10, "novemba": 11, "disemba": 12,
}  # fmt: skip
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("imigulukudu", "abahlaseli", "izigebenga")
# "we-12 kweyeMeyi" (on the 12th of May): 'of' with the month's class, written onto the month
DAY_MONTH_LINKS = ("kweye",)
