"""Tongan lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). The glottal
stop is written with a turned comma ("ʻi", "naʻe", "Puleʻanga"), an apostrophe or not at all, long vowels with a
macron or not: words with them are listed each way. People are counted after "toko" ("toko 9", "toko nima",
five people) or with it written onto the number ("tokoua", two people); "kuo mate" is "have died", "kuo aʻu ki he
toko 9" "has reached 9". py3langid has no Tongan (it tells a Tongan text Fula): a text is told Tongan by its share
of the language's own function words (`FUNCTION_WORDS`, `core.extract.language`)."""

from __future__ import annotations

LANGUAGE = "to"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"teau": 100, "afe": 1000, "miliona": 1_000_000}
NUMBER_WORDS = {
    "taha": 1, "ua": 2, "tolu": 3, "fā": 4, "fa": 4, "nima": 5, "ono": 6, "fitu": 7, "valu": 8, "hiva": 9,
    "hongofulu": 10, "uofulu": 20, "tolungofulu": 30, "fāngofulu": 40, "fangofulu": 40, "nimangofulu": 50,
    "onongofulu": 60, "fitungofulu": 70, "valungofulu": 80, "hivangofulu": 90,
    # people counted with "toko" written onto the number ("tokoua", two people)
    "tokotaha": 1, "tokoua": 2, "tokotolu": 3, "tokofā": 4, "tokofa": 4, "tokonima": 5, "tokoono": 6,
    "tokofitu": 7, "tokovalu": 8, "tokohiva": 9, "tokohongofulu": 10,
}  # fmt: skip
NUMBER_JOINERS = ("mā", "ma")  # "hongofulu mā nima" (15)
VAGUE_QUANTITIES = {"ngaahi teau": (100, 100, 999), "ngaahi afe": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # 'killed' with an apostrophe for the ʻokina (test_four_forms43)
        "tāmate'i", "tāmatei",
        "mate", "pekia", "tāmateʻi", "tamateʻi", "tamate'i", "tamatei", "mole ʻa e moʻui", "mole 'a e mo'ui",
        "mole a e moui", "ngaahi sino", "sino mate",
    ),
    "wounded": ("lavea", "lavelavea", "kafo", "ngaahi kafo"),
    "missing": ("mole", "ʻikai ke ʻilo", "'ikai ke 'ilo", "ikai ke ilo", "kei kumi"),
    "displaced": ("hūfanga", "hufanga", "ʻikai ha fale", "'ikai ha fale", "ikai ha fale"),
    "arrested": ("puke pōpula", "puke popula", "tauhi pōpula", "tauhi popula"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("mate mo lavea", "mate pea lavea")
# The verb comes first, its count after it: "kuo mate ʻa e toko 6" (six have died), "lavea ʻa e kakai ʻe toko 14"
LABEL_LINKS = (
    "ʻa e toko", "'a e toko", "a e toko", "ʻa e kakai ʻe toko", "'a e kakai 'e toko", "a e kakai e toko", "ʻa e",
    "'a e", "a e", "toko",
)  # fmt: skip
COORDINATORS = ("mo", "pea", "kae")
QUALIFIERS_BEFORE = {
    "meimei": "nearly", "meimei toko": "nearly", "laka hake ʻi he": "more_than", "laka hake 'i he": "more_than",
    "laka hake i he": "more_than", "laka hake he": "more_than", "laka hake ʻi he toko": "more_than",
    "laka hake 'i he toko": "more_than", "laka hake i he toko": "more_than", "laka hake he toko": "more_than",
    "fakafuofua ki he": "about", "fakafuofua ki he toko": "about", "fakafuofua": "about",
    "siʻi taha": "at_least", "si'i taha": "at_least", "sii taha": "at_least",
}  # fmt: skip
# "kuo aʻu ki he toko 9", "kuo tupu ki he 40": the toll has reached, has grown to
UPDATE_BEFORE = (
    "kuo aʻu ki he", "kuo a'u ki he", "kuo au ki he", "kuo aʻu ki he toko", "kuo a'u ki he toko",
    "kuo au ki he toko", "kuo tupu ki he", "kuo tupu ki he toko",
)  # fmt: skip
COUNT_NOUNS = ("fika", "lau")
INCREMENT_BEFORE = ("toe",)
SUBSET_BEFORE = ("kau ai", "ʻi ai", "'i ai")
NOT_COUNTS_AFTER = (
    "taʻu", "ta'u", "tau", "km", "kilomita", "mita", "%", "peseti", "houa", "ʻaho", "'aho", "aho", "paʻanga",
    "pa'anga", "fale", "miniti", "uike", "māhina", "mahina",
)  # fmt: skip
# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("ʻi", "'i", "i", "ki")
HOME_COUNTRIES = ("TO",)
DAYS_BACK = {"ʻaneafi": 1, "'aneafi": 1, "aneafi": 1}
STILL_IN_CARE = ("kei", "ʻoku kei", "'oku kei", "oku kei")
CARE_WORDS = ("falemahaki",)
ACCORDING_BEFORE = (
    "fakatatau ki he", "fakatatau ki", "ʻo fakatatau ki he", "'o fakatatau ki he", "ko e fakamatala ia ʻa e",
    "ko e fakamatala ia 'a e", "ko e fakamatala ia a e",
)  # fmt: skip
SPEECH_VERBS = ("naʻe pehē", "na'e pehe", "pehē", "fakahā", "fakaha", "talaki")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "puleʻanga": "government", "pule'anga": "government", "puleanga": "government", "polisi": "police",
    "minisitā": "minister", "minisita": "minister", "palēmia": "prime minister", "palemia": "prime minister",
    "falemahaki": "hospital", "nemo": "disaster agency",
}  # fmt: skip
SOURCE_LEADING = ("he", "ʻa e", "'a e", "a e", "e he")
HAZARD_FAMILIES = {
    "quake": ("mofuike", "peau kula"),
    "water": ("tāfea", "tafea", "lōmaki", "lomaki"),
    "air": ("vakapuna",),
    "ship": ("vaka",),
}  # fmt: skip
NEGATIONS = ("ʻikai", "'ikai", "ikai", "ʻikai ha", "'ikai ha")
# Words of its own a Tongan text is full of (its particles, as the text's words are told: a glottal stop written
# with an apostrophe parts a word, one written with a turned comma is a letter of it): py3langid has no Tongan, and
# tells a Tongan text Fula (`core.extract.language`)
FUNCTION_WORDS = (
    "ʻi", "he", "ʻa", "e", "ko", "kuo", "naʻe", "nae", "ki", "mo", "ʻo", "ʻe", "pea", "ʻoku", "oku", "toko", "ngaahi",
    "kau", "ia", "hono", "ʻaho", "aho",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser's Tongan months, and May's short name it leaves out as too short
# for a whole word ("ʻi he ʻaho 8 ʻo Mē", on the 8th of May)
MONTHS = {"mē": 5}
DAY_MONTH_LINKS = ("ʻo", "'o", "o")
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("ta'u 'e", "taʻu ʻe", "'aho 'e", "ʻaho ʻe", "māhina 'e", "māhina ʻe")
