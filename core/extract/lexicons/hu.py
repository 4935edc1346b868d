"""Hungarian lexicon (shared shape, see `es.py` for the names): data only (suffixes: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "hu"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"ezer": 1000, "millió": 1_000_000}
NUMBER_WORDS = {
    "egy": 1,
    "két": 2,
    "kettő": 2,
    "három": 3,
    "négy": 4,
    "öt": 5,
    "hat": 6,
    "hét": 7,
    "nyolc": 8,
    "kilenc": 9,
    "tíz": 10,
    "húsz": 20,
    "harminc": 30,
    "negyven": 40,
    "ötven": 50,
    "száz": 100,
    "ezer": 1000,
    # in compounds: "tizenkettő" (12), "huszonöt" (25)
    "tizen": 10,
    "huszon": 20,
    "hatvan": 60,
    "hetven": 70,
    "nyolcvan": 80,
    "kilencven": 90,
    # people counted together: "ketten" (two of them), "tizenketten" (twelve of them)
    "ketten": 2,
    "hárman": 3,
    "négyen": 4,
    "öten": 5,
    "hatan": 6,
    "heten": 7,
    "nyolcan": 8,
    "kilencen": 9,
    "tízen": 10,
    "húszan": 20,
    "harmincan": 30,
    "negyvenen": 40,
    "ötvenen": 50,
    "hatvanan": 60,
    "hetvenen": 70,
    "nyolcvanan": 80,
    "kilencvenen": 90,
    "százan": 100,
    "ezren": 1000,
}
COMPOUND_NUMBERS = True
TRIGGERS = {
    "killed": (
        "meghalt",
        "halott",
        "halálos áldozat",
        "áldozat",
        "életét vesztette",
        "életüket vesztették",
        "életét követel",
        "életüket követel",
        "áldozatot követel",
        "elhunyt",
        "halál",
        "megöl",
        "holttest",
    ),
    "wounded": ("megsebesült", "sebesült", "sérült", "megsérült"),
    "missing": ("eltűnt",),
    "displaced": ("kitelepít", "evakuál", "hajléktalan"),
    "arrested": ("letartóztat", "őrizetbe", "őrizetbe vett"),
}
QUALIFIERS_BEFORE = {
    "legalább": "at_least",
    "több mint": "more_than",
    "mintegy": "about",
    "körülbelül": "about",
    "nagyjából": "about",
    "közel": "nearly",
    "csaknem": "nearly",
    "majdnem": "nearly",
    "akár": "up_to",
}
SUBSET_BEFORE = ("köztük", "közülük", "akik közül")
NOT_COUNTS_AFTER = (
    "éves",
    "év",
    "km",
    "kilométer",
    "méter",
    "%",
    "százal",
    "óra",
    "nap",
    "perc",
    "forint",
    "dollár",
    "fok",
)
COUNT_NOUNS = ("száma",)
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("szerint", "közölte", "jelentette")
SPEECH_VERBS = ("közölte", "mondta", "jelentette", "nyilatkozta", "írja", "számolt be", "tájékoztatott")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "minisztérium": "ministry",
    "miniszter": "minister",
    "kormány": "government",
    "hatóságok": "authorities",
    "rendőrség": "police",
    "tűzoltóság": "fire service",
    "katasztrófavédelem": "civil protection",
    "polgármester": "mayor",
    "kormányzó": "governor",
    "ügyészség": "prosecutor",
    "szóvivő": "spokesperson",
    "elnök": "president",
    "hírügynökség": "news agency",
    "mentők": "ambulance service",
    "kórház": "hospital",
}
SOURCE_LEADING = ("a", "az", "egy")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("HU",)
# Dates (core.extract.world_dates): the month is written before the day.
MONTH_FIRST = True
# Places (core.extract.world_places): a name in a locative case ("Debrecenben", "Szegeden") is where it happened
LOCATIVE_ENDINGS = ("ban", "ben", "on", "en", "ön")
# A country's name right before an attack's noun is the attacker's ("Oroszország rakétatámadása Odesszában"), not
# where it happened (stems; core.extract.world_places)
ATTACK_AFTER = ("támad", "rakétatámad", "dróntámad", "légicsapás", "bombáz", "csapás")
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("földrengés*", "cunami"),
    "water": ("árvíz*", "áradás*", "vihar*", "hurrikán*", "földcsuszamlás*", "felhőszakadás*"),
    "fire": ("tűz", "tűzben", "*tűz", "tűzvész*", "robbanás*"),
    "air": ("repülőgép*", "*repülőgép", "helikopter*", "légi katasztrófa*"),
    "rail": ("vonat*", "*vonat", "vasúti*", "kisiklott*", "kisiklás*"),
    "road": ("busz", "buszbaleset*", "autóbusz*", "kamion*"),
    "ship": ("hajó*", "*hajó", "komp", "kompon", "komphajó*", "hajószerencsétlenség*"),
    "attack": ("támadás*", "*támadás", "merénylet*", "bomba*", "lövöldözés*", "terror*", "rakéta*"),
    "crowd": ("tülekedés*", "tömegkatasztrófa*"),
    "collapse": ("összeomlás*", "összeomlott*", "leomlott*"),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("csütörtökön", "pénteken"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = ("on", "en", "ön", "án", "én", "n")
