"""Tagalog lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "tl"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"libo": 1000, "milyon": 1_000_000}
TRIGGERS = {
    "killed": (
        "patay",
        "nasawi",
        "namatay",
        "nasawi*",
        "pumanaw",
        "nasawian",
        "binawian ng buhay",
        "bangkay",
        "nasawing",
        "namatay*",
    ),
    "wounded": ("sugatan", "nasugatan", "sugatan*", "nasaktan"),
    "missing": ("nawawala", "nawawala*"),
    "displaced": ("inilikas", "lumikas", "nawalan ng tirahan"),
    "arrested": ("inaresto", "arestado", "nadakip"),
}
QUALIFIERS_BEFORE = {
    "hindi bababa sa": "at_least",
    "di bababa sa": "at_least",
    "mahigit": "more_than",
    "higit sa": "more_than",
    "lampas": "more_than",
    "halos": "nearly",
    "humigit-kumulang": "about",
    "tinatayang": "about",
    "aabot sa": "up_to",
}
SUBSET_BEFORE = ("kabilang ang", "kasama ang")
NOT_COUNTS_AFTER = ("taong gulang", "taon", "km", "kilometro", "metro", "%", "porsiyento", "oras", "araw", "piso")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("sa",)
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("PH",)
# Dates (core.extract.world_dates): the month is written before the day.
MONTH_FIRST = True
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# yesterday, the day before (dateparser has no Tagalog relative days)
DAYS_BACK = {"kahapon": 1, "noong isang araw": 2}
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("lindol", "tsunami"),
    "water": ("baha", "pagbaha", "bagyo", "landslide", "pagguho ng lupa"),
    "fire": ("sunog", "pagsabog"),
    "air": ("eroplano", "helicopter"),
    "rail": ("tren",),
    "road": ("bus", "trak"),
    "ship": ("barko", "bangka", "lumubog"),
    "attack": ("pag-atake", "pambobomba", "pamamaril"),
    "crowd": ("stampede",),
    "collapse": ("gumuho",),
}  # fmt: skip
