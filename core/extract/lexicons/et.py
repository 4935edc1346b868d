"""Estonian lexicon (shared shape, see `es.py` for the names): data only. Words take endings ("hukkus",
"hukkunud", "vigastada sai"; "Tallinnas", in Tallinn): triggers are word beginnings (MATCH "prefix"). Tens and
units follow each other ("kakskümmend kolm", 23); a date writes its day with a full stop ("14. juulil")."""

from __future__ import annotations

LANGUAGE = "et"
MATCH = "prefix"
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"tuhat": 1000, "tuhande": 1000, "miljon": 1_000_000, "miljonit": 1_000_000}
NUMBER_WORDS = {
    "üks": 1, "kaks": 2, "kolm": 3, "neli": 4, "viis": 5, "kuus": 6, "seitse": 7, "kaheksa": 8, "üheksa": 9,
    "kümme": 10, "üksteist": 11, "kaksteist": 12, "kolmteist": 13, "neliteist": 14, "viisteist": 15,
    "kuusteist": 16, "seitseteist": 17, "kaheksateist": 18, "üheksateist": 19, "kakskümmend": 20,
    "kolmkümmend": 30, "nelikümmend": 40, "viiskümmend": 50, "kuuskümmend": 60, "seitsekümmend": 70,
    "kaheksakümmend": 80, "üheksakümmend": 90, "sada": 100, "sadat": 100, "kakssada": 200, "kolmsada": 300,
    "nelisada": 400, "viissada": 500,
}  # fmt: skip
VAGUE_QUANTITIES = {
    "kümneid": (12, 12, 99), "sadu": (100, 100, 999), "tuhandeid": (1000, 1000, 9999),
    "mitukümmend": (12, 12, 99), "mitusada": (100, 100, 999), "mitu tuhat": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "tapsid",
        "hukkus", "hukkunud", "hukkunu", "suri", "surid", "surnud", "surnu", "tapeti", "tapetud", "tappis",
        "sai surma", "said surma", "hukkunute", "surma sai", "surma said", "laip", "elu kaotanud", "kaotas elu",
        "uppus", "uppunu",  # drowned ("uppus", "uppusid", "uppunud")
    ),
    "wounded": (
        "vigastada", "vigastatud", "vigastus", "sai viga", "said viga", "haavata", "haavatud", "viga sai",
        "viga said", "toimetati haiglasse", "haiglasse viidi", "hospitaliseeriti",
    ),
    "missing": ("kadunud", "kadunuks", "teadmata kadunud"),
    "displaced": ("evakueeriti", "evakueeritud", "kodutuks"),
    "arrested": ("vahistati", "vahistatud", "kinni peetud", "peeti kinni"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("hukkunud ja vigastatud", "hukkunut ja vigastatut")
INJURY_GRADES = {
    "critical": ("kriitilises seisundis",),
    "severe": ("raskelt", "raskeid", "raskes seisundis"),
    "light": ("kergelt", "kergeid"),
}
COORDINATORS = ("ja", "ning", "kuid")
QUALIFIERS_BEFORE = {
    "vähemalt": "at_least", "üle": "more_than", "rohkem kui": "more_than", "umbes": "about", "ligi": "nearly",
    "ligikaudu": "about", "peaaegu": "nearly", "kuni": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("tõusis", "kasvas", "on tõusnud", "on kasvanud")
COUNT_NOUNS = ("arv",)
TOLL_NOUNS = ("hukkunute arv",)
EARLIER_BEFORE = ("esialgu", "varem")
INCREMENT_BEFORE = ("veel",)
SUBSET_BEFORE = ("sealhulgas", "nende seas", "neist")
NOT_COUNTS_AFTER = (
    "aasta", "km", "kilomeetr", "meetr", "%", "protsent", "tund", "päev", "minut", "eurot", "dollarit", "maja",
    "hektar", "korda",
)  # fmt: skip
ACCORDING_BEFORE = ("vastavalt",)
ACCORDING_AFTER = ("teatel", "andmetel", "sõnul")
SPEECH_VERBS = ("teatas", "ütles", "kinnitas", "sõnas", "täpsustas", "lisas")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "politsei": "police", "ppa": "police", "päästeamet": "fire service", "pääste": "rescuers",
    "valitsus": "government", "ministeerium": "ministry", "minister": "minister", "haigla": "hospital",
    "kiirabi": "emergency service", "häirekeskus": "emergency service", "linnapea": "mayor",
}  # fmt: skip
HOME_COUNTRIES = ("EE",)
# Places (core.extract.world_places): a town's name in the inessive ("Tallinnas", "Tartus", "Londonis", "Tartuses")
LOCATIVE_ENDINGS = ("as", "us", "is", "es")
DAYS_BACK = {"eile": 1, "üleeile": 2}
STILL_IN_CARE = ("endiselt", "veel")
CARE_WORDS = ("haigla",)
HAZARD_FAMILIES = {
    "quake": ("maavärin*", "tsunami*"),
    "water": ("üleujutus*",),
    "fire": ("tulekahju*", "põleng*", "plahvatus*"),
    "air": ("lennuk*", "helikopter*"),
    "rail": ("rongi", "rongiõnnetus*"),
    "road": ("buss", "bussi", "liiklusõnnetus*", "avarii*", "kokkupõrge*"),
    "attack": ("rünnak*", "tulistamine*", "terrorirünnak*"),
}  # fmt: skip
NEGATIONS = ("ei", "keegi ei", "pole")
# Dates (core.extract.world_dates): a day's month takes the adessive ("8. mail", "14. juulil"); dateparser's "mai"
# is a whole word, so its form with the ending is listed
MONTHS = {"mail": 5}
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
# Case endings on digits ('tõusis 35-ni', rose to 35; '35-le', '35-st'): the number stays a count
HYPHEN_ENDINGS = ("ni", "le", "st", "ga", "ks", "ne")
