"""Chichewa (Nyanja) lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). The
count follows its noun and agrees with it: people take "a-" ("anthu atatu", three people; "munthu mmodzi", one
person); six to nine are five and a unit ("asanu ndi awiri", 7), so they are listed whole (two units joined by "ndi"
would be two numbers); "ndi" (and) joins a ten and its unit ("khumi ndi awiri", 12; "makumi awiri ndi asanu", 25);
tens, hundreds and thousands come before their multiplier ("makumi atatu", 30; "mazana awiri", 200; "zikwi zitatu",
3000: `SCALE_FIRST`). Verbs carry subject and tense ("amwalira", have died; "anaphedwa", were killed): each form is
listed. py3langid has no Chichewa: a text is told Chichewa by its share of the language's own function words
(`FUNCTION_WORDS`)."""

from __future__ import annotations

LANGUAGE = "ny"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = " ,"
DECIMAL = "."
SCALES = {"miliyoni": 1_000_000, "mamiliyoni": 1_000_000}
SCALE_FIRST = ("makumi", "zana", "mazana", "chikwi", "zikwi", "handiredi", "sauzande")
# the units as counts of people ("awiri"), of tens, hundreds and thousands (class 5/6 "limodzi", "mawiri"; class 8
# "ziwiri"), and six to nine as five and a unit
_units = {
    "mmodzi": 1, "m'modzi": 1, "limodzi": 1, "chimodzi": 1, "awiri": 2, "ziwiri": 2, "atatu": 3, "zitatu": 3,
    "anayi": 4, "anai": 4, "zinayi": 4, "zinai": 4, "asanu": 5, "zisanu": 5,
}  # fmt: skip
NUMBER_WORDS = dict(_units)
for _five, _unit, _value in (("asanu", "mmodzi", 6), ("asanu", "limodzi", 6), ("zisanu", "chimodzi", 6),
                             ("asanu", "awiri", 7), ("zisanu", "ziwiri", 7), ("asanu", "atatu", 8),
                             ("zisanu", "zitatu", 8), ("asanu", "anayi", 9), ("asanu", "anai", 9),
                             ("zisanu", "zinayi", 9)):  # fmt: skip
    NUMBER_WORDS[f"{_five} ndi {_unit}"] = _value
NUMBER_WORDS |= {
    "khumi": 10, "makumi": 10, "zana": 100, "handiredi": 100, "mazana": 100, "chikwi": 1000, "zikwi": 1000,
    "sauzande": 1000,
}  # fmt: skip
NUMBER_JOINERS = ("ndi",)
VAGUE_QUANTITIES = {
    "makumi a anthu": (12, 12, 99), "mazana a anthu": (100, 100, 999), "zikwi za anthu": (1000, 1000, 9999),
    "mazanamazana": (100, 100, 999), "zikwizikwi": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # died, with a place's class as the subject ('Ku Mangochi kwafa anthu 12', test_four_forms43)
        "kwafa", "kunafa", "kwamwalira", "kunamwalira", "pafa", "panafa",
        # the active past, 'they killed N' (test_four_forms43) by class ('Kolera yapha anthu 40')
        "apha", "zapha", "anapha", "adapha", "yapha", "inapha", "idapha", "chapha", "chinapha", "wapha", "unapha",
        "linapha", "lapha",
        "amwalira", "anamwalira", "adamwalira", "wamwalira", "anamwalira", "amene anamwalira", "omwalira",
        "atamwalira", "kumwalira", "afa", "anafa", "adafa", "wafa", "atafa", "omwe afa", "aphedwa", "anaphedwa",
        "adaphedwa", "waphedwa", "kuphedwa", "ophedwa", "imfa", "mitembo", "amira", "anamira", "adamira",  # drowned
    ),
    "wounded": (
        "avulala", "anavulala", "adavulala", "wavulala", "ovulala", "kuvulala", "avulazidwa", "anavulazidwa",
        "adavulazidwa", "wavulazidwa", "ovulazidwa", "avulala kwambiri",
    ),
    "missing": (
        "akusowa", "asowa", "anasowa", "adasowa", "sakudziwika komwe ali", "sanapezeke", "sanapezekebe",
        "akusakidwa",
    ),
    "displaced": (
        "osowa pokhala", "alibe pokhala", "athawa nyumba zawo", "anathawa nyumba zawo", "asamutsidwa",
        "anasamutsidwa",
    ),
    "arrested": ("amangidwa", "anamangidwa", "adamangidwa", "wamangidwa", "omangidwa", "agwidwa", "anagwidwa"),
}  # fmt: skip
COORDINATORS = ("ndipo", "koma", "pamene", "pomwe")
QUALIFIERS_BEFORE = {
    "oposa": "more_than", "opitilira": "more_than", "oposera": "more_than", "kuposa": "more_than",
    "pafupifupi anthu": "about", "pafupifupi": "about", "osachepera": "at_least", "mpaka": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("chafika pa", "chakwera kufika pa", "chakwera kufika", "chafika")
COUNT_NOUNS = ("chiwerengero",)
EARLIER_BEFORE = ("poyamba",)
INCREMENT_BEFORE = ("ena",)
SUBSET_BEFORE = ("mwa iwo", "kuphatikizapo")
NOT_COUNTS_AFTER = (
    "zaka", "chaka", "masiku", "tsiku", "maola", "ola", "mphindi", "km", "makilomita", "mamita", "%", "kwacha",
    "nyumba", "miyezi", "mwezi", "matani",
)  # fmt: skip
ACCORDING_BEFORE = ("malinga ndi",)
SPEECH_VERBS = ("anati", "adati", "anatero", "adatero", "wati", "watero", "anena", "wanena", "adanena")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "apolisi": "police", "boma": "government", "nduna": "minister", "chipatala": "hospital", "asilikali": "army",
    "khonsolo": "local authorities", "mneneri": "spokesperson",
}  # fmt: skip
LOCATIVES = ("ku", "pa", "mu", "m'")
HOME_COUNTRIES = ("MW", "ZM", "MZ")
DAYS_BACK = {"dzulo": 1, "dzana": 2}
STILL_IN_CARE = ("akadali", "adakali", "akulandirabe")
CARE_WORDS = ("chipatala", "m'chipatala")
HAZARD_FAMILIES = {
    "water": ("madzi osefukira", "kusefukira kwa madzi", "chigumula", "mvula yamphamvu"),
    "fire": ("kuphulika", "moto unabuka"),
    "road": ("ngozi ya galimoto", "ngozi ya pamsewu", "ngozi ya basi"),
    "ship": ("bwato", "ngalawa"),
    "attack": ("chiwembu", "kuphulika"),
}  # fmt: skip
NEGATIONS = ("palibe", "sanafe")
# Words of its own a Chichewa text is full of, none an English word nor Swahili's "ya", "wa", "za", "kwa", "na"
# (`core.extract.language`): 'and' (ndi, ndipo), 'also' (komanso), 'that' (kuti), 'who' (omwe, amene), 'which'
# (zomwe), 'because' (chifukwa), 'when' (pamene), 'others' (ena), its 'people' (anthu), 'in' (m' read as "m")
FUNCTION_WORDS = (
    "ndi", "ndipo", "komanso", "koma", "kuti", "omwe", "amene", "zomwe", "chomwe", "chifukwa", "pamene", "pomwe",
    "kapena", "ngati", "iwo", "ena", "anthu", "munthu", "ku", "pa", "mu", "m", "anali", "adali", "kwambiri", "izi",
    "ichi", "malinga", "pambuyo", "apolisi", "anati", "adati", "oposa", "amwalira", "anamwalira", "chigawo",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser has no Chichewa; "pa 12 Malichi" (12 March)
MONTHS = {
    "januwale": 1, "febuluwale": 2, "malichi": 3, "epulo": 4, "meyi": 5, "juni": 6, "julayi": 7, "ogasiti": 8,
    "seputembala": 9, "okutobala": 10, "novembala": 11, "disembala": 12,
}  # fmt: skip
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("zaka", "chaka", "masiku", "tsiku", "miyezi", "mwezi")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("zigawenga", "achifwamba")
