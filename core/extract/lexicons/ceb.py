"""Cebuano lexicon (shared shape, see `es.py` for the names): data only. A count of people is the number word and
the linker "ka" before the noun ("duha ka tawo ang namatay", two people died); "usa ka" (one, a) counts one only
with that linker ("usa sa mga namatay" is one of the dead)."""

from __future__ import annotations

LANGUAGE = "ceb"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"gatos": 100, "libo": 1000, "milyon": 1_000_000}
NUMBER_WORDS = {
    "usa ka": 1, "duha": 2, "tulo": 3, "upat": 4, "lima": 5, "unom": 6, "pito": 7, "walo": 8, "siyam": 9,
    "napulo": 10, "kawhaan": 20, "katloan": 30, "kap-atan": 40, "kalim-an": 50, "kan-uman": 60, "kapitoan": 70,
    "kawaloan": 80, "kasiyaman": 90,
}  # fmt: skip
# the numbers from Spanish that Cebuano news writes as often ("onse ka tawo", 11; "baynte", 20)
NUMBER_WORDS |= {
    "onse": 11, "dose": 12, "trese": 13, "katorse": 14, "kinse": 15, "disisais": 16, "disisyete": 17,
    "disiotso": 18, "disinuwebe": 19, "baynte": 20, "trayinta": 30, "kuwarenta": 40, "singkwenta": 50,
}  # fmt: skip
NUMBER_JOINERS = ("ug",)  # "kawhaan ug lima" (25)
NUMBER_WORDS_AFTER = {"usa": 1}  # "kawhaan ug usa" (21): one only after another number word
VAGUE_QUANTITIES = {
    "dinosena": (12, 12, 99),
    "napulo ka napulo": (12, 12, 99),
    "gatosan": (100, 100, 999),
    "linibo": (1000, 1000, 9999),
}
TRIGGERS = {
    "killed": (
        # the relative 'that killed N' of a look back (test_four_forms43)
        "mipatay", "mopatay", "nipatay",
        "namatay", "nangamatay", "patay", "nasawi", "napatay", "gipatay", "nalunod", "nangalunod", "minatay",
        "kamatayon", "nikalas sa kinabuhi", "nakalas ang kinabuhi",
    ),
    "wounded": ("naangol", "nangaangol", "samaran", "nasamdan", "nasamaran", "nasakitan", "nadaot"),
    "missing": ("nawala", "nangawala", "gipangita pa"),
    "displaced": ("gibakwit", "nibakwit", "nangbakwit", "evacuees", "nawad-an og balay"),
    "arrested": ("gidakop", "nadakpan", "naaresto"),
}  # fmt: skip
QUALIFIERS_BEFORE = {
    "labing menos": "at_least",
    "dili moubos sa": "at_least",
    "kapin sa": "more_than",
    "kapin": "more_than",
    "dul-an sa": "nearly",
    "hapit": "nearly",
    "gibanabana nga": "about",
    "mokabat sa": "up_to",
}
SUBSET_BEFORE = ("lakip ang", "apil ang", "uban ang")
NOT_COUNTS_AFTER = (
    "ka tuig", "tuig", "km", "kilometro", "metro", "%", "porsiyento", "ka oras", "oras", "adlaw", "pesos",
)  # fmt: skip
INCREMENT_BEFORE = ("laing", "dugang")  # "laing duha ka tawo", "dugang tulo": more, not the toll

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("sa",)
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("PH",)
# Dates (core.extract.world_dates): the month is written before the day.
MONTH_FIRST = True
# Relative day words, counted back from the publication (core.extract.world_dates): yesterday
DAYS_BACK = {"gahapon": 1, "kagahapon": 1}
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES)
HAZARD_FAMILIES = {
    "quake": ("linog", "tsunami"),
    "water": ("baha", "bagyo*", "landslide", "pagdahili sa yuta", "kusog nga uwan"),
    "fire": ("sunog", "buto", "pagbuto"),
    "road": ("aksidente", "bus", "trak", "nabangga", "banggaan"),
    "ship": ("barko", "bangka", "nalunod", "naunlod"),
    "attack": ("pagpamusil", "gipusil", "pagpabuto", "ambus", "gipangpusil"),
    "mine": ("minahan",),
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution): "matud sa pulis", "sumala sa MDRRMO"
ACCORDING_BEFORE = ("matud sa", "sumala sa", "sumala pa sa", "matod sa", "pinasubay sa")
SPEECH_VERBS = ("miingon", "nag-ingon", "giingon", "gikompirma", "gipahayag", "nagkanayon", "matud pa")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "pulis": "police", "kapulisan": "police", "pnp": "police", "awtoridad": "authorities", "opisyal": "officials",
    "mdrrmo": "mdrrmo", "ndrrmc": "ndrrmc", "ospital": "hospital", "gobyerno": "government", "mayor": "mayor",
    "gobernador": "governor", "tigpamaba": "spokesperson", "bfp": "fire service", "bumbero": "firefighters",
    "coast guard": "coast guard", "phivolcs": "phivolcs", "pagasa": "pagasa", "kapitan": "village chief",
}  # fmt: skip
SOURCE_LEADING = ("ang", "mga", "sa", "ni", "kang")
