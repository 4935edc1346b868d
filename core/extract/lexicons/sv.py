"""Swedish lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "sv"
MATCH = "word"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tusen": 1000, "miljoner": 1_000_000}
NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "tjugo": 20,
    "trettio": 30,
    "fyrtio": 40,
    "femtio": 50,
    "hundra": 100,
    # teens and tens; written together with a unit ('tjugotre' = 23: COMPOUND_NUMBERS)
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "nitton": 19,
    "sextio": 60,
    "sjuttio": 70,
    "åttio": 80,
    "nittio": 90,
}
COMPOUND_NUMBERS = True  # 'tjugotre', 'fyrtiofem': number words written as one word
TRIGGERS = {
    "killed": (
        "döda",
        "dödade",
        "dödades",
        "omkom",
        "omkommit",
        "omkomna",
        "dog",
        "dödsoffer",
        "dödstal*",
        "miste livet",
        "avled",
        "döds*",
    ),
    "wounded": ("skadade", "skadad", "skadats", "skadades", "sårade", "sårad"),
    "missing": ("saknade", "saknas", "försvunna"),
    "displaced": ("evakuerade", "evakuerats", "hemlösa"),
    "arrested": ("gripna", "greps", "gripits", "anhållna", "arresterade"),
}
QUALIFIERS_BEFORE = {
    "minst": "at_least",
    "åtminstone": "at_least",
    "mer än": "more_than",
    "över": "more_than",
    "fler än": "more_than",
    "upp till": "up_to",
    "nästan": "nearly",
    "närmare": "nearly",
    "omkring": "about",
    "cirka": "about",
    "runt": "about",
    "ungefär": "about",
    "ca": "about",
}
SUBSET_BEFORE = ("bland dem", "varav", "däribland", "inklusive")
NOT_COUNTS_AFTER = (
    "år",
    "km",
    "kilometer",
    "meter",
    "%",
    "procent",
    "timmar",
    "dagar",
    "minuter",
    "kronor",
    "dollar",
    "grader",
)
COUNT_NOUNS = ("antalet",)
PROJECTION_BEFORE = ("kan stiga", "befaras")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("i", "vid")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("SE",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("jordbävning*", "jordskalv*", "tsunami"),
    "water": ("översvämning*", "oväder*", "orkan*", "tyfon*", "jordskred*", "skyfall*"),
    "fire": ("branden", "bränder", "*brand", "explosion*"),  # not "brand" alone: an English word and name
    "air": ("flygplan*", "helikopter*", "flygolycka*"),
    "rail": ("tåg", "tåget", "tågolycka*", "järnväg*", "urspår*"),
    "road": ("buss", "bussen", "bussolycka*", "lastbil*"),
    "ship": ("fartyg*", "färja*", "färjan", "båt*", "förlis*", "kantr*"),
    "attack": (
        "attack*", "attentat*", "terrordåd*", "bomb", "bomben", "bombdåd*", "bombattentat*", "skottlossning*",
        "skjutning*", "massaker*", "raket*"
    ),
    "crowd": ("trängsel*",),
    "collapse": ("kollaps*",),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("torsdagen", "torsdagskvällen"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = (
    "en", "s", "skväll", "skvällen", "smorgon", "smorgonen", "snatt", "snatten", "seftermiddag", "seftermiddagen"
)
