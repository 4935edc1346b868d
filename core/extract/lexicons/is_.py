"""Icelandic lexicon (shared shape, see `es.py` for the names): data only (inflected: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "is"
MATCH = "prefix"
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"þúsund": 1000, "milljón": 1_000_000}
# Number words, in their genders ("þrír", "þrjár", "þrjú"); tens and units joined by "og" ("tuttugu og fimm");
# one ("einn", "ein", "eitt": also "alone", "a certain") is left out
NUMBER_WORDS = {
    "tveir": 2, "tvær": 2, "tvö": 2, "þrír": 3, "þrjár": 3, "þrjú": 3, "fjórir": 4, "fjórar": 4, "fjögur": 4,
    "fimm": 5, "sex": 6, "sjö": 7, "átta": 8, "níu": 9, "tíu": 10, "ellefu": 11, "tólf": 12, "þrettán": 13,
    "fjórtán": 14, "fimmtán": 15, "sextán": 16, "sautján": 17, "átján": 18, "nítján": 19, "tuttugu": 20,
    "þrjátíu": 30, "fjörutíu": 40, "fimmtíu": 50, "sextíu": 60, "sjötíu": 70, "áttatíu": 80, "níutíu": 90,
    "hundrað": 100,
}  # fmt: skip
NUMBER_JOINERS = ("og",)
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "tugir": (12, 12, 99),
    "tugi": (12, 12, 99),
    "hundruð": (100, 100, 999),
    "þúsundir": (1000, 1000, 9999),
    "tugþúsundir": (10_000, 10_000, 99_999),
}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "drápu", "drap",
        "létust",
        "lést",
        "látist",
        "látið",
        "mannslíf",
        "látn",
        "látin",  # "látinna", of the dead
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
COUNT_NOUNS = ("tala", "fjöldi")
# Toll verbs before the number: the number after them is the toll's latest update ("Tala látinna er komin upp í 62")
UPDATE_BEFORE = ("komin upp í", "kominn upp í", "hækkað í", "hækkaði í", "er nú")
# Markers of an earlier figure shortly before the number ('initially')
EARLIER_BEFORE = ("áður", "í fyrstu", "upphaflega")
NOT_COUNTS_AFTER = ("ára", "ár", "km", "kílómetr", "metr", "%", "prósent", "klukkustund", "daga", "krón")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("IS",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("jarðskjálft*", "flóðbylgj*", "skjálft*"),
    "water": (
        "flóð*", "óveður*", "aurskrið*", "snjóflóð*", "fellibyl*", "stormur*", "rigning*", "skriða", "skriður",
        "skriðu*", "úrhelli*", "flóðin",
    ),
    "fire": ("bruni*", "eldsvoð*", "sprenging*", "skógareld*", "gróðureld*", "eldur", "eldsvoða*"),
    "air": ("flugvél*", "þyrl*", "flugslys*"),
    "rail": ("lestarslys*", "lestin", "lestar"),
    "road": ("rút*", "rútuslys*", "bílslys*", "umferðarslys*", "árekstur*"),
    "ship": ("skipið", "bátur*", "sjóslys*", "ferja*", "bátur", "sökk"),
    "attack": (
        "árás*", "hryðjuverk*", "sprengj*", "skotárás*", "sprenging*", "*árás", "*árásin", "*árásar", "skotið",
        "sprengjuárás*", "fjöldamorð*",
    ),
    "crowd": ("troðning*",),
    "collapse": ("hrun*",),
    "mine": ("náma*", "*náma", "*námu"),
    "volcano": ("eldgos*", "eldfjall*", "hraun", "hraunið"),
    "weather": ("hitabylgj*", "elding*", "kuldakast*"),
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution); the finite verb comes second, as in sv, da, no
ACCORDING_BEFORE = ("samkvæmt", "að sögn",
    "það mat",
    "er mat",
    "í mati",
)
VERB_SECOND = True
SPEECH_VERBS = (
    "segir", "sagði", "segja", "sögðu", "greinir frá", "greindi frá", "greina frá", "greindu frá", "tilkynnti",
    "tilkynntu", "staðfesti", "staðfestu", "hefur eftir",
)  # fmt: skip
SOURCE_NOUNS = {
    "lögregl": "police", "yfirvöld": "authorities", "yfirvalda": "authorities", "stjórnvöld": "government",
    "stjórnvalda": "government", "ráðuneyt": "ministry", "ráðherr": "minister", "slökkvilið": "fire service",
    "björgunarsveit": "rescuers", "almannavarn": "civil protection", "sjúkrahús": "hospital", "spítal": "hospital",
    "borgarstjór": "mayor", "ríkisstjór": "governor", "fréttastof": "news agency", "talsm": "spokesperson",
    "heilbrigðisráðuneyt": "health ministry",
    "fjölmiðl": "media", "ríkisútvarp": "state broadcaster", "embættismenn": "officials",
    "embættismanna": "officials",
}  # fmt: skip
SOURCE_TRAILING = ("að",)
# Look-backs: phrases counting the years since an event ('Tíu ár liðin frá brunanum'), the count in figures or a
# word (`core.extract.look_back`)
YEARS_ON = ("{n} ár liðin", "{n} ár frá", "{n} árum eftir", "{n} ár síðan", "{n} árum síðar")
YEAR_COUNTS = {
    "eitt": 1, "tvö": 2, "þrjú": 3, "fjögur": 4, "fimm": 5, "sex": 6, "sjö": 7, "átta": 8, "níu": 9, "tíu": 10,
    "fimmtán": 15, "tuttugu": 20, "þrjátíu": 30, "fjörutíu": 40, "fimmtíu": 50,
}  # fmt: skip
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
