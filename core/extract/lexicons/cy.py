"""Welsh lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). A word's first
letter changes after some words (mutation: "marw" died, "bu farw" (there) died; "dau", "ddau"; "pump", "bump"):
the mutated forms are listed beside the plain ones. The verb comes first, its count after it: "bu farw pump o
bobl" (five people died), "cafodd 12 o bobl eu hanafu" (12 people were hurt): `LABEL_LINKS`. Numbers are counted
by tens ("dau ddeg tri", 23) or, in the older way, by twenties ("tri ar hugain", 23)."""

from __future__ import annotations

LANGUAGE = "cy"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"mil": 1000, "miliwn": 1_000_000, "filiwn": 1_000_000}
NUMBER_WORDS = {
    "un": 1, "dau": 2, "ddau": 2, "dwy": 2, "ddwy": 2, "tri": 3, "dri": 3, "thri": 3, "tair": 3, "dair": 3,
    "pedwar": 4, "bedwar": 4, "pedair": 4, "bedair": 4, "pump": 5, "bump": 5, "pum": 5, "bum": 5, "chwech": 6,
    "chwe": 6, "saith": 7, "wyth": 8, "naw": 9, "deg": 10, "ddeg": 10, "deuddeg": 12, "ddeuddeg": 12,
    "pymtheg": 15, "bymtheg": 15, "ugain": 20, "hugain": 20, "cant": 100, "gant": 100, "chant": 100,
}  # fmt: skip
# the traditional count, on twenty: "un ar ddeg" (one on ten, 11), "un ar bymtheg" (16), "deunaw" (18),
# "un ar hugain" (21), "pymtheg ar hugain" (35), "deugain" (40), "hanner cant" (50), "trigain" (60)
NUMBER_WORDS |= {
    "un ar ddeg": 11, "dau ar ddeg": 12, "tri ar ddeg": 13, "tair ar ddeg": 13, "pedwar ar ddeg": 14,
    "pedair ar ddeg": 14, "un ar bymtheg": 16, "dau ar bymtheg": 17, "dwy ar bymtheg": 17, "deunaw": 18,
    "pedwar ar bymtheg": 19, "pedair ar bymtheg": 19, "deugain": 40, "hanner cant": 50, "trigain": 60,
    "pedwar ugain": 80,
}  # fmt: skip
NUMBER_JOINERS = ("ar",)
MULTIPLIERS = ("deg", "ddeg", "cant", "gant", "chant")  # "dau ddeg" (20), "tri chant" (300)
VAGUE_QUANTITIES = {"dwsinau": (12, 12, 99), "degau": (12, 12, 99), "cannoedd": (100, 100, 999),
                    "miloedd": (1000, 1000, 9999)}  # fmt: skip
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "lladdodd", "laddodd",
        "bu farw", "wedi marw", "marw", "farw", "meirw", "wedi eu lladd", "wedi'u lladd", "eu lladd", "lladd",
        "ladd", "laddwyd", "lladdwyd", "colli eu bywydau", "colli ei fywyd", "colli ei bywyd", "cyrff", "marwolaeth",
        "marwolaethau",
        "boddi", "foddi", "boddodd",  # drowned ("wedi boddi", "cafodd ... eu boddi", mutated "foddi")
    ),
    "wounded": (
        "eu hanafu", "wedi eu hanafu", "wedi'u hanafu", "anafwyd", "anafu", "anafiadau", "anafiadau difrifol",
        "wedi eu hanafu'n ddifrifol", "clwyfwyd", "yn yr ysbyty", "i'r ysbyty",
    ),
    "missing": ("ar goll", "yn eisiau"),
    "displaced": ("wedi gorfod gadael eu cartrefi", "symud o'u cartrefi", "wedi eu symud"),
    "arrested": ("wedi eu harestio", "wedi'u harestio", "arestiwyd", "harestio", "arestio"),
}  # fmt: skip
# The verb before its count: "bu farw pump o bobl", "cafodd 12 o bobl eu hanafu", "mae 20 o bobl wedi marw"
LABEL_LINKS = (
    "o bobl",
    "o",
)
DEAD_AND_WOUNDED = ("wedi marw neu eu hanafu", "marw neu eu hanafu")
INJURY_GRADES = {
    "critical": ("cyflwr difrifol iawn", "cyflwr critigol"),
    "severe": ("yn ddifrifol", "difrifol"),
    "light": ("mân anafiadau", "yn ysgafn"),
}
COORDINATORS = ("a", "ac", "tra")
RANGES = (("rhwng", "a", ""),)
QUALIFIERS_BEFORE = {
    "o leiaf": "at_least", "mwy na": "more_than", "dros": "more_than", "tua": "about", "oddeutu": "about",
    "bron": "nearly", "bron i": "nearly", "hyd at": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("wedi codi i", "wedi cyrraedd", "yn codi i")
COUNT_NOUNS = ("nifer",)
EARLIER_BEFORE = ("yn wreiddiol", "yn gynharach")
INCREMENT_BEFORE = ("arall", "eraill")
SUBSET_BEFORE = ("gan gynnwys", "yn eu plith", "ymhlith")
NOT_COUNTS_AFTER = (
    "oed", "mlwydd", "blynedd", "mlynedd", "km", "cilomedr", "metr", "%", "y cant", "awr", "diwrnod", "munud",
    "punt", "o bunnoedd", "tŷ", "gwaith",
)  # fmt: skip
ACCORDING_BEFORE = ("yn ôl",)
SPEECH_VERBS = ("meddai", "dywedodd", "cadarnhaodd", "cyhoeddodd", "ychwanegodd")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "heddlu": "police", "gwasanaeth tân": "fire service", "llywodraeth": "government", "gweinidog": "minister",
    "ysbyty": "hospital", "cyngor": "local authorities", "gwasanaeth ambiwlans": "emergency service",
    "prif weinidog": "prime minister",
}  # fmt: skip
SOURCE_LEADING = ("y", "yr", "'r")
LOCATIVES = ("yng", "ym", "yn", "ger")
HOME_COUNTRIES = ("GB",)
DAYS_BACK = {"ddoe": 1, "echdoe": 2}
STILL_IN_CARE = ("yn dal", "o hyd")
CARE_WORDS = ("ysbyty",)
HAZARD_FAMILIES = {
    "water": ("llifogydd",),
    "fire": ("ffrwydrad*",),
    "air": ("awyren*", "hofrennydd"),
    "road": ("bws", "gwrthdrawiad*", "damwain ffordd"),
    "attack": ("ymosodiad*", "saethu"),
    "mine": ("pwll glo", "glofa*"),
}  # fmt: skip
NEGATIONS = ("dim", "neb", "ni", "na")
