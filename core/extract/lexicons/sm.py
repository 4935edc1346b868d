"""Samoan lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). The glottal
stop is written with a turned comma, an apostrophe or not at all ("toʻalua", "to'alua", "toalua"), long vowels
with a macron or not ("fā", "fa"): words with them are listed each way. People are counted with "toʻa" written onto
the number word ("e toʻalua", two people) or as digits before or after "tagata" (people); "ua maliliu" is "(they)
have died", "ua oʻo i le 32 le aofaʻi" "the number has reached 32". py3langid has no Samoan: a text is told Samoan
by its share of the language's own function words (`FUNCTION_WORDS`, `core.extract.language`)."""

from __future__ import annotations

LANGUAGE = "sm"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"selau": 100, "afe": 1000, "miliona": 1_000_000}
NUMBER_WORDS = {
    "tasi": 1, "lua": 2, "tolu": 3, "fā": 4, "fa": 4, "lima": 5, "ono": 6, "fitu": 7, "valu": 8, "iva": 9,
    "sefulu": 10, "luasefulu": 20, "tolusefulu": 30, "fāsefulu": 40, "fasefulu": 40, "limasefulu": 50,
    "onosefulu": 60, "fitusefulu": 70, "valusefulu": 80, "ivasefulu": 90,
    # people counted with "toʻa" written onto the number ("e toʻalima", five people)
    "toʻatasi": 1, "to'atasi": 1, "toatasi": 1, "toʻalua": 2, "to'alua": 2, "toalua": 2, "toʻatolu": 3,
    "to'atolu": 3, "toatolu": 3, "toʻafā": 4, "to'afa": 4, "toafa": 4, "toʻalima": 5, "to'alima": 5, "toalima": 5,
    "toʻaono": 6, "to'aono": 6, "toaono": 6, "toʻafitu": 7, "to'afitu": 7, "toafitu": 7, "toʻavalu": 8,
    "to'avalu": 8, "toavalu": 8, "toʻaiva": 9, "to'aiva": 9, "toaiva": 9, "toʻasefulu": 10, "to'asefulu": 10,
    "toasefulu": 10,
}  # fmt: skip
NUMBER_JOINERS = ("ma le", "ma")  # "sefulu ma le lima" (15)
VAGUE_QUANTITIES = {"selau ma selau": (100, 100, 999), "afe ma afe": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        "maliliu", "maliu", "feoti", "oti", "fasiotia", "fasiotiina", "fasiotiga", "tino maliu", "leai se ola",
        "maumau ai le ola",
    ),
    "wounded": ("manuʻa", "manu'a", "manua", "manunuʻa", "manunu'a", "manunua", "lavea", "lavelavea", "tiga tele"),
    "missing": ("misi", "leiloa", "le o maua", "o loʻo misi", "o loo misi"),
    "displaced": ("sulufaʻi", "sulufa'i", "sulufai", "aveese mai o latou fale", "leai ni fale"),
    "arrested": ("pueina", "puʻea", "pu'ea", "saisaitia", "taofia e leoleo"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("maliliu ma manuʻa", "maliliu ma manu'a", "maliliu ma manua")
COORDINATORS = ("ma", "ae")
QUALIFIERS_BEFORE = {
    "e le itiiti ifo i le": "at_least", "e le itiiti ifo ma le": "at_least", "e le itiiti ifo i": "at_least",
    "silia ma le": "more_than", "e silia ma le": "more_than", "sili atu i le": "more_than", "e tusa ma le": "about",
    "pe tusa ma le": "about", "pe a ma le": "about", "toetoe": "nearly", "toeititi": "nearly",
}  # fmt: skip
# "ua oʻo i le 32 le aofaʻi ...", "ua siʻitia i le 40": the toll has reached, has risen to
UPDATE_BEFORE = (
    "ua oʻo i le", "ua o'o i le", "ua oo i le", "ua oʻo atu i le", "ua o'o atu i le", "ua oo atu i le",
    "ua siʻitia i le", "ua si'itia i le", "ua siitia i le", "ua faateleina i le",
)  # fmt: skip
COUNT_NOUNS = ("aofaʻi", "aofa'i", "aofai", "numera")
INCREMENT_BEFORE = ("isi", "toe")
SUBSET_BEFORE = ("e aofia ai", "aofia ai", "mai ia i latou")
NOT_COUNTS_AFTER = (
    "tausaga", "km", "kilomita", "mita", "%", "pasene", "itula", "aso", "tala", "fale", "minute", "vaiaso", "masina",
)  # fmt: skip
# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("i", "i le", "mai")
HOME_COUNTRIES = ("WS", "AS")
DAYS_BACK = {"ananafi": 1, "ananafi po": 1}
STILL_IN_CARE = ("o loo", "o loʻo", "o lo'o", "pea")
CARE_WORDS = ("falemaʻi", "falema'i", "falemai")
ACCORDING_BEFORE = ("e tusa ai ma le", "e tusa ai ma", "e pei ona taʻua e le", "e pei ona ta'ua e le")
SPEECH_VERBS = ("saunoa", "fai mai", "faʻailoa mai", "fa'ailoa mai", "faailoa mai", "taʻua", "ta'ua", "tautino mai")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "leoleo": "police", "malo": "government", "mālō": "government", "minisita": "minister",
    "palemia": "prime minister", "falemaʻi": "hospital", "falema'i": "hospital", "falemai": "hospital",
    "ofisa o faalavelave faafuasei": "disaster agency", "pulenuu": "village chief", "fomaʻi": "doctors",
    "fomai": "doctors",
}  # fmt: skip
SOURCE_LEADING = ("le", "o le", "ia", "e le")
HAZARD_FAMILIES = {
    "quake": ("mafuie", "galulolo"),
    "water": ("lologa", "timu mamafa"),
    "air": ("vaalele", "vaʻalele", "va'alele"),
    "road": ("taavale", "taʻavale", "ta'avale"),
}  # fmt: skip
NEGATIONS = ("leai", "e leai", "e le")
# Words of its own a Samoan text is full of (its particles and pronouns, as the text's words are told: a glottal
# stop written with an apostrophe parts a word, one written with a turned comma is a letter of it): py3langid has
# no Samoan, and tells a Samoan text Sesotho (`core.extract.language`)
FUNCTION_WORDS = (
    "ua", "le", "o", "i", "e", "na", "ma", "ai", "lea", "sa", "ona", "loo", "loʻo", "foi", "ia", "latou",
    "mai", "se", "tagata", "nei", "faapea", "aemaise", "ina", "mo",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser has no Samoan; "i le aso 8 o Me" (on the 8th of May)
MONTHS = {
    "ianuari": 1, "fepuari": 2, "mati": 3, "aperila": 4, "me": 5, "iuni": 6, "iulai": 7, "aokuso": 8, "setema": 9,
    "oketopa": 10, "novema": 11, "tesema": 12,
}  # fmt: skip
DAY_MONTH_LINKS = ("o",)
