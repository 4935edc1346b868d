"""Luganda lexicon (shared shape, see `es.py` for the names): data only. Verbs take their subject, tense and relative
markers as prefixes ("bafudde", they have died; "abaafudde", those who died; "battiddwa", they were killed): the
triggers are whole words, each form listed (MATCH "word"), as Luganda's doubled letters make a stem matched
anywhere in a word too loose. The count follows its noun ("abantu 94", 94 people; "emirambo 94", 94 bodies), and a
number word takes the noun class's prefix ("abantu bataano", five people; "ebyalo bisatu", three villages). An
apostrophe joins a particle onto the next word ("n'agamba", "eby'okuyamba"). py3langid knows Luganda (`lg`)."""

from __future__ import annotations

LANGUAGE = "lg"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
# "lukumi" (a thousand) and "kikumi" (a hundred) count alone; their plurals come before their multiplier
# ("enkumi bbiri", 2000), which the digits news writes instead mostly spare
SCALES: dict[str, int] = {}
# Number words, with the people class's prefix ("babiri", "basatu") and without it; "omu" (one) is left out: it
# is also "in the", and "emu" a common word
NUMBER_WORDS = {
    "babiri": 2, "bibiri": 2, "bbiri": 2, "basatu": 3, "bisatu": 3, "ssatu": 3, "bana": 4, "bina": 4, "nnya": 4,
    "bataano": 5, "bitaano": 5, "ttaano": 5, "mukaaga": 6, "musanvu": 7, "munaana": 8, "mwenda": 9,
    "kkumi": 10, "ekkumi": 10, "amakumi abiri": 20, "amakumi asatu": 30, "amakumi ana": 40,
    "amakumi ataano": 50, "nkaaga": 60, "nsanvu": 70, "kinaana": 80, "kyenda": 90, "kikumi": 100,
    "lukumi": 1000, "kakumi": 1000,
}  # fmt: skip
NUMBER_JOINERS = ("mu", "na")  # "kkumi mu babiri" (12), "amakumi abiri mu bataano" (25)
VAGUE_QUANTITIES = {"bikumi na bikumi": (100, 100, 999), "nkumi na nkumi": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43) by class
        "batta", "baatta", "yatta", "eyatta", "gwatta", "kyatta",
        "bafudde", "baafudde", "abafudde", "abaafudde", "yafudde", "eyafudde", "baafa", "abaafa", "bafa",
        "bafiiridde", "baafiiridde", "abafiiridde", "abaafiiridde", "battiddwa", "baattiddwa", "abattiddwa",
        "abaattiddwa", "battibwa", "baattibwa", "emirambo", "omulambo", "mirambo", "bafiiriddwa",
        # died, the relative of the past ("abantu 16 abaafiira mu muliro", the 16 people who died in the fire)
        "abaafiira", "baafiira", "abafiira", "bafiira",
    ),
    "wounded": (
        "balumiziddwa", "baalumiziddwa", "abalumiziddwa", "abaalumiziddwa", "balumiddwa", "baalumiddwa",
        "abalumiddwa", "abaalumiddwa", "bafunye ebisago", "baafunye ebisago", "abafunye ebisago",
        "abaafunye ebisago", "bali bubi", "baddusiddwa mu ddwaliro",
    ),
    "missing": (
        "tebannalabika", "tebalabika", "tebannazuulwa", "tebazuuliddwa", "babuze", "baabuze", "abaabuze",
        "abaabulidde", "babulidde",
    ),
    "displaced": ("basenguddwa", "abasenguddwa", "tebalina we basula", "baasenguddwa"),
    "arrested": ("bakwatiddwa", "baakwatiddwa", "abakwatiddwa", "abaakwatiddwa", "bakwatibwa"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("abafudde n'abalumiziddwa", "abaafudde n'abaalumiziddwa")
COORDINATORS = ("ne", "n'", "era", "so nga")
QUALIFIERS_BEFORE = {
    "abasoba mu": "more_than", "basoba mu": "more_than", "egisoba mu": "more_than", "ebisoba mu": "more_than",
    "abasukka mu": "more_than", "kumpi": "about", "waakiri": "at_least", "wakiri": "at_least",
    "abatakka wansi wa": "at_least",
}  # fmt: skip
# "omuwendo gw'abafudde gulinnye okutuuka ku 40": the number of the dead has risen to 40
UPDATE_BEFORE = ("gulinnye okutuuka ku", "gulinnye ku", "gutuuse ku", "gweyongedde okutuuka ku")
COUNT_NOUNS = ("omuwendo",)
INCREMENT_BEFORE = ("abalala",)
SUBSET_BEFORE = ("mu bo", "ku bo", "mwe muli")
NOT_COUNTS_AFTER = (
    "emyaka", "km", "kilomita", "mita", "%", "ebitundu ku kikumi", "essaawa", "ennaku", "ssente", "shs", "ennyumba",
    "ebyalo", "byalo", "eddakiika", "wiiki", "emyezi",
)  # fmt: skip
# Places (core.extract.world_places): words after which a capitalised name is where something happened ("e Bududa",
# at Bududa; "mu Kampala", in Kampala)
LOCATIVES = ("e", "mu", "ku", "okuva e")
HOME_COUNTRIES = ("UG",)
STILL_IN_CARE = ("bakyali", "akyali", "bakyajjanjabirwa")
CARE_WORDS = ("eddwaliro", "ddwaliro", "mu ddwaliro")
ACCORDING_BEFORE = ("okusinziira ku",)
SPEECH_VERBS = ("yagambye", "yategeezezza", "baategeezezza", "bagambye", "agamba", "bagamba", "yagamba", "yalangiridde")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "poliisi": "police", "gavumenti": "government", "minisita": "minister", "pulezidenti": "president",
    "eddwaliro": "hospital", "omwogezi": "spokesperson", "red cross": "red cross", "amagye": "army",
    "abakulembeze": "local leaders", "ssentebe": "district chairman",
}  # fmt: skip
HAZARD_FAMILIES = {
    "quake": ("musisi", "kikankano"),
    "water": ("mataba", "amataba", "enkuba", "kabenje k'ettaka", "ettaka"),
    "road": ("kabenje k'emmotoka", "emmotoka", "bbaasi", "loole", "bodaboda"),
    "air": ("nnyonyi",),
}  # fmt: skip
NEGATIONS = ("te", "tewali", "teri")
# Dates (core.extract.world_dates): dateparser has no Luganda; "nga 1 Maaki" (on 1 March)
MONTHS = {
    "janwali": 1, "febwali": 2, "maaki": 3, "apuli": 4, "maayi": 5, "jjuuni": 6, "juuni": 6, "julaayi": 7,
    "agusito": 8, "sebuttemba": 9, "okitobba": 10, "novemba": 11, "desemba": 12,
}  # fmt: skip
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("emyaka", "omwaka", "ennaku", "olunaku", "emyezi", "omwezi")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("abazigu", "abatemu")
