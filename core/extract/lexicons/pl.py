"""Polish lexicon (shared shape, see `es.py` for the names): data only (inflected: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "pl"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tys.": 1000, "tysięcy": 1000, "tysiące": 1000, "tysiąc": 1000, "mln": 1_000_000, "milion": 1_000_000}
NUMBER_WORDS = {
    "jeden": 1,
    "jedna": 1,
    "dwa": 2,
    "dwie": 2,
    "dwóch": 2,
    "trzy": 3,
    "trzech": 3,
    "cztery": 4,
    "czterech": 4,
    "pięć": 5,
    "pięciu": 5,
    "sześć": 6,
    "sześciu": 6,
    "siedem": 7,
    "siedmiu": 7,
    "osiem": 8,
    "ośmiu": 8,
    "dziewięć": 9,
    "dziesięć": 10,
    "dwadzieścia": 20,
    "trzydzieści": 30,
    "czterdzieści": 40,
    "pięćdziesiąt": 50,
    "sto": 100,
}
TRIGGERS = {
    "killed": (
        "zgin",
        "zabit",
        "zabił",
        "zmarł",
        "zmarli",
        "śmierć",
        "śmierci",
        "nie żyj",
        "ofiar śmiertelnych",
        "ofiar",
        "ciał",
        "poległ",
    ),
    "wounded": ("rann", "obrażeń", "obrażenia", "poszkodowan"),
    "missing": ("zaginion", "zaginęł"),
    "displaced": ("ewakuowan", "bezdomn", "przesiedlon"),
    "arrested": ("zatrzyman", "aresztowan"),
}
QUALIFIERS_BEFORE = {
    "co najmniej": "at_least",
    "przynajmniej": "at_least",
    "ponad": "more_than",
    "więcej niż": "more_than",
    "prawie": "nearly",
    "niemal": "nearly",
    "blisko": "nearly",
    "około": "about",
    "ok.": "about",
    "mniej więcej": "about",
    "nawet": "up_to",
}
SUBSET_BEFORE = ("w tym", "wśród nich", "spośród nich")
SUBSET_AFTER = ("z nich",)
NOT_COUNTS_AFTER = (
    "lat",
    "roku",
    "rok",
    "km",
    "kilometr",
    "metr",
    "%",
    "proc",
    "godzin",
    "dni",
    "minut",
    "zł",
    "dolar",
    "stopni",
    "budyn",
)
COUNT_NOUNS = ("liczba", "bilans")
PROJECTION_BEFORE = ("może wzrosnąć", "może sięgnąć")
FROM_TO = (("z", "do"),)  # "from N to M": N is superseded
UPDATE_BEFORE = (
    "wzrosła do",
    "wzrósł do",
    "wzrosła",
    "sięga",
    "sięgnęła",
)  # toll verbs: the number after them is the toll's latest update
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("według", "jak podaje", "jak podała", "jak poinformował", "jak poinformowała")
SPEECH_VERBS = (
    "powiedział",
    "powiedziała",
    "poinformował",
    "poinformowała",
    "poinformowali",
    "przekazał",
    "przekazała",
    "podał",
    "podała",
    "oświadczył",
    "oświadczyła",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministerstwo": "ministry",
    "minister": "minister",
    "rząd": "government",
    "władze": "authorities",
    "policja": "police",
    "straż pożarna": "fire service",
    "strażacy": "firefighters",
    "burmistrz": "mayor",
    "prezydent": "president",
    "wojewoda": "governor",
    "prokuratura": "prosecutor",
    "rzecznik": "spokesperson",
    "rzeczniczka": "spokesperson",
    "agencja": "agency",
    "ratownicy": "rescuers",
}

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("w", "we", "niedaleko", "koło")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("PL",)
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("którzy", "które")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "od początku wojny",
    "od początku inwazji",
    "od początku konfliktu",
    "od początku roku",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "najkrwawsz",
    "najbardziej",
    "największ",
    "najtragiczniejsz",
)
# Places (core.extract.world_places): a name's endings when not inflected ("w Kłodzku": Kłodzko; "w Szczekocinach":
# Szczekociny); words before a country's name that make it the people's origin, not the place
PLACE_BASE_ENDINGS = ("a", "o", "y", "e")
ORIGIN_BEFORE = ("obywatele", "obywateli", "obywatel", "obywatelka", "pochodzący z", "pochodzących z", "pochodząca z")
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'w hotelu Marriott'
# (core.extract.world_places)
BUILDING_WORDS = (
    "budyn", "wieżowc", "wieżowiec", "hotel", "most", "ulic", "alej", "plac", "stadion", "szpital", "centrum handlow",
    "osiedl", "szkoł", "klub",
)  # fmt: skip
