"""Icelandic lexicon (shared shape, see `es.py` for the names): data only (inflected: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "is"
MATCH = "prefix"
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"þúsund": 1000, "milljón": 1_000_000}
TRIGGERS = {
    "killed": (
        "létust",
        "lést",
        "látist",
        "látið",
        "mannslíf",
        "látn",
        "fórust",
        "fórst",
        "dauðsföll",
        "bana",
        "lík",
        "drepin",
        "drepnir",
    ),
    "wounded": ("slösuð", "slasað", "særð", "meidd"),
    "missing": ("saknað", "týnd"),
    "displaced": ("rýmd", "heimilislaus"),
    "arrested": ("handtek", "handtók"),
}
QUALIFIERS_BEFORE = {
    "að minnsta kosti": "at_least",
    "minnst": "at_least",
    "fleiri en": "more_than",
    "meira en": "more_than",
    "yfir": "more_than",
    "nærri": "nearly",
    "tæplega": "nearly",
    "nær": "nearly",
    "um": "about",
    "allt að": "up_to",
}
SUBSET_BEFORE = ("þar á meðal", "þeirra á meðal", "þar af")
NOT_COUNTS_AFTER = ("ára", "ár", "km", "kílómetr", "metr", "%", "prósent", "klukkustund", "daga", "krón")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("IS",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("jarðskjálft*",),
    "water": ("flóð*", "óveður*", "aurskrið*", "snjóflóð*"),
    "fire": ("bruni*", "eldsvoð*", "sprenging*"),
    "air": ("flugvél*", "þyrl*", "flugslys*"),
    "rail": ("lestarslys*",),
    "road": ("rút*", "rútuslys*"),
    "ship": ("skipið", "bátur*", "sjóslys*"),
    "attack": ("árás*", "hryðjuverk*", "sprengj*", "skotárás*"),
    "crowd": ("troðning*",),
    "collapse": ("hrun*",),
}  # fmt: skip
