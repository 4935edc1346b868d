"""Māori lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). Long vowels are
written with a macron or doubled or not at all ("whā", "whaa", "wha"): words with them are listed with and without
it. A number stands after its particle "e" ("e ono ngā tāngata", six people); people are also counted with "toko"
written onto the number ("tokorima", five people). The tens are the unit times ten ("rua tekau", 20), a unit after
them joined with "mā" ("rua tekau mā rima", 25). The verb comes first: "kua mate e ono" (six have died), or after
its people in a relative ("ngā tāngata kua mate", the people who died). "mate" alone is also an illness ("te mate
korona"): only "kua/i/ka mate" count the dead. py3langid has no Māori: only a text labelled "mi" is read with it."""

from __future__ import annotations

LANGUAGE = "mi"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"rau": 100, "mano": 1000, "miriona": 1_000_000}
_units = (("tahi", 1), ("rua", 2), ("toru", 3), ("whā", 4), ("wha", 4), ("rima", 5), ("ono", 6), ("whitu", 7),
          ("waru", 8), ("iwa", 9))  # fmt: skip
NUMBER_WORDS = {"kotahi": 1, "tekau": 10} | dict(_units)
# the tens, the unit times ten ("rua tekau", 20)
NUMBER_WORDS |= {f"{unit} tekau": value * 10 for unit, value in _units if value > 1}
# people counted with "toko" written onto the number ("tokorua", two people)
NUMBER_WORDS |= {f"toko{unit}": value for unit, value in _units if value > 1} | {"tokotekau": 10}
NUMBER_JOINERS = ("mā", "ma")  # "tekau mā rima" (15), "rua tekau mā whā" (24)
VAGUE_QUANTITIES = {"ngā rau": (100, 100, 999), "nga rau": (100, 100, 999), "ngā mano": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        "kua mate", "i mate", "ka mate", "kua hemo", "i hemo", "kua matemate", "i matemate", "kua patua", "i patua",
        "ka patua", "kua whakamatea", "i whakamatea", "kua mate rawa", "tūpāpaku", "tupapaku", "ngā tūpāpaku",
        "kua toremi", "i toremi",  # drowned
    ),
    "wounded": ("kua whara", "i whara", "ka whara", "kua taotū", "i taotū", "kua taotu", "i taotu", "taotū"),
    "missing": ("kua ngaro", "e ngaro ana", "i ngaro"),
    "displaced": ("kua nekehia", "i nekehia", "kāinga kore", "kainga kore"),
    "arrested": ("kua mauheretia", "i mauheretia", "kua hopukina", "i hopukina", "kua mau i ngā pirihimana"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("kua mate, kua whara rānei", "i mate, i whara rānei")
# The verb comes first, its count after its particle: "kua mate e ono ngā tāngata" (six people have died)
LABEL_LINKS = ("e",)
COORDINATORS = ("me", "ā")
QUALIFIERS_BEFORE = {
    "neke atu i te": "more_than", "neke atu i": "more_than", "nui ake i te": "more_than", "tata ki te": "nearly",
    "tata ki": "nearly", "tōna": "about", "tona": "about", "āhua": "about", "ahua": "about",
    "i te iti rawa": "at_least",
}  # fmt: skip
# "kua piki ki te 35", "kua eke ki te 35": the toll has risen to, has reached
UPDATE_BEFORE = ("kua piki ki te", "kua piki ake ki te", "kua eke ki te", "kua tae ki te")
COUNT_NOUNS = ("tokomaha", "tatau")
INCREMENT_BEFORE = ("anō", "ano", "atu anō")
SUBSET_BEFORE = ("tae atu ki", "i roto i a rātou", "i roto i a ratou")
NOT_COUNTS_AFTER = (
    "tau", "rā", "ra", "marama", "wiki", "hāora", "haora", "meneti", "km", "kiromita", "mita", "%", "ōrau",
    "orau", "tāra", "tara", "whare",
)  # fmt: skip
# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("i", "ki", "kei", "i te")
HOME_COUNTRIES = ("NZ",)
DAYS_BACK = {"inanahi": 1, "nanahi": 1}
STILL_IN_CARE = ("kei te", "e noho tonu ana", "tonu")
CARE_WORDS = ("hōhipera", "hohipera")
ACCORDING_BEFORE = ("e ai ki ngā", "e ai ki te", "e ai ki")
SPEECH_VERBS = ("i kī", "i ki", "i mea", "ka kī", "kua whakaū", "i whakaū")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "pirihimana": "police", "kāwanatanga": "government", "kawanatanga": "government", "minita": "minister",
    "pirimia": "prime minister", "hōhipera": "hospital", "hohipera": "hospital", "kaunihera": "council",
}  # fmt: skip
SOURCE_LEADING = ("ngā", "nga", "te")
HAZARD_FAMILIES = {
    "quake": ("rū whenua", "ru whenua", "parawhenua"),
    "water": ("waipuke", "ua nui"),
    "fire": ("ahi", "ahi mura", "pahūtanga", "pahutanga"),
    "air": ("waka rererangi",),
    "road": ("tūkinga waka", "tukinga waka", "aituā waka", "aitua waka"),
}  # fmt: skip
NEGATIONS = ("kāore", "kaore", "kīhai", "kihai", "kore")
# Dates (core.extract.world_dates): the months as news writes them, borrowed ("Mei") and of the old calendar
# ("Haratua", May), after "o" ("i te 12 o Haratua", on 12 May)
MONTHS = {
    "hānuere": 1, "hanuere": 1, "pēpuere": 2, "pepuere": 2, "māehe": 3, "maehe": 3, "āperira": 4, "aperira": 4,
    "mei": 5, "hune": 6, "hūrae": 7, "hurae": 7, "ākuhata": 8, "akuhata": 8, "hepetema": 9, "oketopa": 10,
    "noema": 11, "tīhema": 12, "tihema": 12, "kohitātea": 1, "kohitatea": 1, "hui-tanguru": 2,
    "poutū-te-rangi": 3, "poutu-te-rangi": 3, "paenga-whāwhā": 4, "paenga-whawha": 4, "haratua": 5, "pipiri": 6,
    "hōngongoi": 7, "hongongoi": 7, "here-turi-kōkā": 8, "here-turi-koka": 8, "mahuru": 9, "whiringa-ā-nuku": 10,
    "whiringa-a-nuku": 10, "whiringa-ā-rangi": 11, "whiringa-a-rangi": 11, "hakihea": 12,
}  # fmt: skip
DAY_MONTH_LINKS = ("o",)
