"""Lingala lexicon (shared shape, see `es.py` for the names): data only. Whole words and stems (MATCH "word").
The lingua franca of Kinshasa and Brazzaville, in the Latin alphabet with "ɛ" and "ɔ" and tone accents
("bakúfí") or, by most news sites, with neither ("bakufi"): words are listed both ways. The count follows its noun
("bato zomi", ten people; "bato 12 bakufi", 12 people died); the numbers of people take the class prefix "mi-"
("bato mibale", two people). The tens and the hundreds come before their multiplier ("ntuku mibale", 20; "nkama
misato", 300: `SCALE_FIRST`), joined by "na" ("zomi na mitano", 15). py3langid has no Lingala: a text is told
Lingala by its share of the language's own function words (`FUNCTION_WORDS`)."""

from __future__ import annotations

LANGUAGE = "ln"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"nkoto": 1000, "nkóto": 1000, "milio": 1_000_000, "milyo": 1_000_000}
NUMBER_WORDS = {
    "moko": 1, "mibale": 2, "mibalé": 2, "misato": 3, "minei": 4, "mitano": 5, "motoba": 6, "nsambo": 7,
    "mwambe": 8, "libwa": 9, "zomi": 10, "ntuku": 10, "nkama": 100, "monkama": 100, "nkoto": 1000, "nkóto": 1000,
    # the counting forms, as some write them after "bato"
    "mibalɛ": 2, "mítáno": 5,
}  # fmt: skip
# "ntuku mibale" (20), "nkama misato" (300), "nkoto mibale" (2000): the ten, hundred and thousand before their
# multiplier
SCALE_FIRST = ("ntuku", "nkama", "nkoto", "nkóto")
NUMBER_JOINERS = ("na",)  # "zomi na mitano" (15), "ntuku mibale na moko" (21)
VAGUE_QUANTITIES = {
    "bankama": (100, 100, 999), "bankoto": (1000, 1000, 9999), "bantuku": (12, 12, 99),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # 'were killed', 'it killed' (test_four_forms43)
        "babomamaki", "ebomaki", "ebomi", "babomaki bato",
        "bakufi", "bakúfí", "bakufaki", "akufi", "akufaki", "bakufá", "kufa", "kokufa", "babomami", "abomami",
        "babomaki", "liwa", "bibembe", "bazindi",  # drowned
    ),
    "wounded": ("bazoki", "bazokí", "bazokaki", "azoki", "azokaki", "kozoka", "bapotá", "mpota", "lopitalo"),
    "missing": ("babungi", "babungá", "abungi", "bazangi", "bazangami", "kobunga"),
    "displaced": ("bakimi ndako", "bakimá ndako", "batikali na ndako te", "bakimaki"),
    "arrested": ("bakangami", "akangami", "bakangaki", "kokanga"),
}  # fmt: skip
COORDINATORS = ("mpe", "na", "kasi")
QUALIFIERS_BEFORE = {
    "koleka": "more_than", "koleka bato": "more_than", "pene na": "about", "pene na bato": "about",
    "soki moke": "at_least", "mingi koleka": "more_than",
}  # fmt: skip
QUALIFIERS_AFTER = {"koleka": "more_than", "to koleka": "more_than", "boye": "about"}
UPDATE_BEFORE = ("emati kino", "ekomi", "ekómí")
COUNT_NOUNS = ("motango", "motángo", "ebele")
EARLIER_BEFORE = ("liboso",)
INCREMENT_BEFORE = ("mosusu", "misusu", "basusu")
SUBSET_BEFORE = ("kati na bango", "na kati na bango")
NOT_COUNTS_AFTER = (
    "mbula", "mikolo", "mokolo", "ngonga", "km", "kilometele", "metele", "%", "miniti", "falanga", "dolare",
    "ndako", "sanza",
)  # fmt: skip
ACCORDING_BEFORE = ("engebene", "ndenge", "kolanda")
SPEECH_VERBS = ("alobi", "balobi", "elobi", "ayebisi", "bayebisi", "ete")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polisi": "police", "bapolisi": "police", "guvernema": "government", "leta": "government", "minisitɛ": "minister",
    "minisite": "minister", "lopitalo": "hospital", "mokonzi": "mayor", "basoda": "army", "mampinga": "army",
}  # fmt: skip
LOCATIVES = ("na", "o", "kati na")
HOME_COUNTRIES = ("CD", "CG")
DAYS_BACK = {"lobi eleki": 1, "lobí eleki": 1}
CARE_WORDS = ("lopitalo",)
HAZARD_FAMILIES = {
    "water": ("mpela", "mai ebuti", "mbula makasi"),
    "fire": ("mɔtɔ", "mɔ́tɔ", "likama ya mɔtɔ"),
    "road": ("likama ya motuka",),
    "ship": ("bwato", "masuwa"),
}  # fmt: skip
NEGATIONS = ("te", "moto moko te", "ata moko te")
# Words of its own a Lingala text is full of, none an English word (`core.extract.language`): 'of' (ya), 'and' (mpe,
# na), 'is' (ezali), 'who' (oyo), its 'people', 'they', 'said', 'that', 'in', 'because of'
FUNCTION_WORDS = (
    "ya", "mpe", "na", "ezali", "bazali", "azali", "oyo", "baye", "bato", "kati", "kasi", "lokola", "ete", "nde",
    "wana", "epai", "mpo", "ndenge", "bango", "esili", "ekomi", "mingi", "likolo", "nyonso", "lisusu", "awa",
    "balobi", "alobi", "moto", "mokolo", "boye", "ntango", "sima",
)  # fmt: skip
# Dates (core.extract.world_dates): the months as Lingala writes the French ones
MONTHS = {
    "yanwali": 1, "febwali": 2, "malsi": 3, "apríli": 4, "apreli": 4, "yuni": 6, "yuli": 7, "agusto": 8,
    "sɛtɛ́mbɛ": 9, "setembe": 9, "ɔkɔtɔ́bɛ": 10, "okotobe": 10, "novɛmbɛ": 11, "novembe": 11, "dɛsɛmbɛ": 12,
    "desembe": 12,
}  # fmt: skip
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("mibu", "mobu", "mikolo", "mokolo", "sanza")
