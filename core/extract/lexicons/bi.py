"""Bislama lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). Bislama, the
creole of Vanuatu, spells English words its own way ("saeklon", cyclone; "Disasta", disaster; "haos", house): the
dead are "man i ded" or "man oli ded" (people have died; "i" and "oli" are the verb's marker, singular and
plural), the killing "kilim ded"; a person hurt "i kasem kil" or "i kil"; the lost "oli lus". The count comes
before its noun ("11 man", "tri pikinini"). py3langid has no Bislama (it reads a Bislama text as Bikol or Nigerian
Pidgin): a text is told Bislama by its share of the language's own function words (`FUNCTION_WORDS`,
`core.extract.language`)."""

from __future__ import annotations

LANGUAGE = "bi"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"handred": 100, "taosen": 1000, "milian": 1_000_000}
# "wan" (one) is also the indefinite article ("wan man", a man), "tu" (two) also "too", "fo" (four) also "for":
# left out
NUMBER_WORDS = {
    "tri": 3, "faef": 5, "sikis": 6, "seven": 7, "eit": 8, "naen": 9, "ten": 10, "leven": 11, "twelef": 12,
    "twanti": 20, "twante": 20, "toti": 30, "teti": 30, "foti": 40, "fifti": 50,
}  # fmt: skip
NUMBER_JOINERS = ("mo",)  # "twanti mo faef" (25)
VAGUE_QUANTITIES = {"plante handred": (100, 100, 999), "plante taosen": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "kilim","ded", "dae", "daed", "kilim ded", "kilim i ded", "ded bodi", "dedbodi"),
    "wounded": ("kasem kil", "kil", "soa", "harem nogud", "kasem soa", "bodi i soa"),
    "missing": ("lus", "lusum", "no faenem yet", "mising"),
    "displaced": ("no gat haos", "lusum haos", "evakuesen senta"),
    "arrested": ("polis i holem", "polis i arestem", "arestem", "holem long kalabus", "kalabus"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("ded mo kil", "ded mo soa")
COORDINATORS = ("mo", "be")
QUALIFIERS_BEFORE = {
    "moa long": "more_than", "moa we": "more_than", "bitim": "more_than", "samwe long": "about", "samwe": "about",
    "klosap": "nearly", "klosap long": "nearly", "lis": "at_least", "lis long": "at_least",
}  # fmt: skip
# "namba blong ol man we oli ded i go antap long 20": the number of the dead has gone up to 20
UPDATE_BEFORE = ("i go antap long", "i go antap kasem", "i kasem")
COUNT_NOUNS = ("namba",)
INCREMENT_BEFORE = ("narafala", "sam moa")
SUBSET_BEFORE = ("insaed long olgeta", "long olgeta ia")
NOT_COUNTS_AFTER = (
    "yia", "km", "kilometa", "mita", "%", "pesen", "aoa", "dei", "vatu", "haos", "minit", "wik", "manis",
)  # fmt: skip
# Places (core.extract.world_places): words after which a capitalised name is where something happened
LOCATIVES = ("long",)
HOME_COUNTRIES = ("VU",)
DAYS_BACK = {"yestedei": 1, "las naet": 1}
STILL_IN_CARE = ("stap yet", "oli stap")
CARE_WORDS = ("hospitol", "haospitol", "hosbitol")
ACCORDING_BEFORE = ("folem", "folem ripot blong")
SPEECH_VERBS = ("i talem se", "oli talem se", "i talem", "oli talem", "i tokbaot", "i talemaot", "i singaot")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polis": "police", "gavman": "government", "minista": "minister", "praem minista": "prime minister",
    "hospitol": "hospital", "nasonal disasta manejmen ofis": "disaster agency", "ndmo": "disaster agency",
    "jif": "village chief",
}  # fmt: skip
HAZARD_FAMILIES = {
    "quake": ("graon i seksek", "etkwek", "sunami"),
    "water": ("saeklon", "bigfala ren", "haekalin"),
    "road": ("aksiden blong trak", "aksiden blong bas", "aksiden blong kaa"),
}  # fmt: skip
NEGATIONS = ("no", "nomo", "i no")
# Words of its own a Bislama text is full of (its particles, pronouns and everyday words of its own spelling):
# py3langid has no Bislama (`core.extract.language`); English words it keeps ("from", "no", "we", "man") are left out
FUNCTION_WORDS = (
    "i", "oli", "long", "blong", "mo", "se", "ol", "olsem", "bin", "nao", "stap", "hem", "emi", "wetem", "sapos",
    "evri", "plante", "nomo", "gat", "kasem", "bifo", "wanem", "taem", "samfala", "mekem", "talem", "gavman",
    "pipol", "olgeta", "bigfala", "smol", "yumi", "mifala", "olbaot", "tekem", "givim", "kam",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser has no Bislama; "long 13 Maj" (on 13 March)
MONTHS = {
    "januari": 1, "februari": 2, "maj": 3, "eprel": 4, "mei": 5, "jun": 6, "julae": 7, "ogis": 8, "septemba": 9,
    "oktoba": 10, "novemba": 11, "desemba": 12,
}  # fmt: skip
WEEKDAYS = {"mande": 0, "tusde": 1, "wenesde": 2, "tosde": 3, "fraede": 4, "sarede": 5, "sande": 6}
