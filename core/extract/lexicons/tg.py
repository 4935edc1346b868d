"""Tajik lexicon (shared shape, see `es.py` for the names): data only. Persian written in Cyrillic letters with
"ҳ", "ҷ", "қ", "ғ", "ӣ", "ӯ"; whole words (MATCH "word"), verbs in their compound forms ("кушта шуданд", were
killed; "захмӣ шуданд", were wounded). People are counted with "нафар" ("12 нафар"); a ten and its unit are joined by
"-у" (and) written onto the ten ("бисту як", 21; "сиву панҷ", 35). py3langid has no Tajik: a text is told Tajik by
its share of the language's own function words (`FUNCTION_WORDS`)."""

from __future__ import annotations

LANGUAGE = "tg"
MATCH = "word"
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
LATIN_PLACES = False
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"ҳазор": 1000, "млн": 1_000_000, "миллион": 1_000_000}
_ten_words = (
    ("бист", "бисту", 20), ("сӣ", "сиву", 30), ("чил", "чилу", 40), ("панҷоҳ", "панҷоҳу", 50), ("шаст", "шасту", 60),
    ("ҳафтод", "ҳафтоду", 70), ("ҳаштод", "ҳаштоду", 80), ("навад", "наваду", 90),
)  # fmt: skip
NUMBER_WORDS = {
    "як": 1, "ду": 2, "се": 3, "чор": 4, "панҷ": 5, "шаш": 6, "ҳафт": 7, "ҳашт": 8, "нӯҳ": 9, "даҳ": 10,
    "ёздаҳ": 11, "дувоздаҳ": 12, "сенздаҳ": 13, "чордаҳ": 14, "понздаҳ": 15, "шонздаҳ": 16, "ҳабдаҳ": 17,
    "ҳаждаҳ": 18, "нуздаҳ": 19, "сад": 100, "саду": 100, "дусад": 200, "сесад": 300, "чорсад": 400,
    "панҷсад": 500, "шашсад": 600, "ҳафтсад": 700, "ҳаштсад": 800, "нӯҳсад": 900,
}  # fmt: skip
NUMBER_WORDS |= {alone: value for alone, _, value in _ten_words}
# the ten with "-у" (and) before its unit: "бисту як" is read as twenty and one
NUMBER_WORDS |= {joined: value for _, joined, value in _ten_words}
VAGUE_QUANTITIES = {"даҳҳо": (12, 12, 99), "садҳо": (100, 100, 999), "ҳазорҳо": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "куштанд", "кушт",
        "кушта шуданд", "кушта шуд", "кушта шудаанд", "ҳалок шуданд", "ҳалок шуд", "ҳалок шудаанд",
        # the verb said once for two figures ("нӯҳ нафар ҳалок ва 14 нафар захмӣ шуданд"): "ҳалок" alone
        "ҳалок", "ҷон бохтанд",
        "ҷон бохт", "фавтиданд", "фавтид", "даргузаштанд", "даргузашт", "мурданд", "ғарқ шуданд", "ҷасад", "ҷасади",
        "ҳалокшудагон", "кушташудагон", "қурбонӣ", "қурбониён", "кушта", "кушташуда",
    ),
    "wounded": (
        "захмӣ шуданд", "захмӣ шуд", "захмӣ", "захмиён", "маҷрӯҳ шуданд", "маҷрӯҳ", "ҷароҳат бардоштанд",
        "ҷароҳат бардошт", "осеб диданд", "осеб дид", "дар беморхона бистарӣ",
    ),
    "missing": ("бедарак", "бедарак шуданд", "гум шуданд", "ғайб заданд"),
    "displaced": ("бехона монданд", "кӯчонида шуданд", "муҳоҷир", "хонаҳояшонро тарк"),
    "arrested": (
        "боздошт шуданд", "боздошт шуд", "боздошт карданд", "боздошт кард", "боздошт", "дастгир шуданд", "дастгир шуд",
        "ҳабс шуданд",
    ),
}  # fmt: skip
DEAD_AND_WOUNDED = ("кушта ва захмӣ", "ҳалок ва захмӣ")
INJURY_GRADES = {"critical": ("вазъи вазнин",), "severe": ("сахт",), "light": ("сабук",)}
COORDINATORS = ("ва", "вале", "аммо")
QUALIFIERS_BEFORE = {
    "ақаллан": "at_least", "ҳадди ақал": "at_least", "дастикам": "at_least", "тақрибан": "about",
    "беш аз": "more_than", "зиёда аз": "more_than", "зиёда аз он": "more_than", "наздик ба": "nearly",
    "то": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("расид ба",)
UPDATE_AFTER = ("расид", "афзоиш ёфт")
EARLIER_BEFORE = ("қаблан", "аввал")
INCREMENT_BEFORE = ("боз", "яна")
SUBSET_BEFORE = ("аз ҷумла", "аз онҳо", "дар миёни онҳо")
NOT_COUNTS_AFTER = (
    "бор", "сола", "сол", "км", "километр", "метр", "%", "фоиз", "соат", "рӯз", "дақиқа", "сомонӣ", "доллар",
    "хона", "тонна",
)  # fmt: skip
COUNT_NOUNS = ("шумораи",)  # "шумори" is also "a number of" ("шумори зиёди", many): left out
ACCORDING_BEFORE = ("ба гуфтаи", "тибқи маълумоти", "бино ба иттилои", "ба иттилои")
SPEECH_VERBS = ("гуфт", "иттилоъ дод", "хабар дод", "эълон кард", "тасдиқ кард")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "милиса": "police", "милитсия": "police", "ҳукумат": "government", "вазир": "minister", "вазорат": "ministry",
    "беморхона": "hospital", "кумитаи ҳолатҳои фавқулода": "emergency service", "президент": "president",
}  # fmt: skip
HOME_COUNTRIES = ("TJ",)
DAYS_BACK = {"дирӯз": 1, "парерӯз": 2}
STILL_IN_CARE = ("ҳоло ҳам", "то ҳол")
CARE_WORDS = ("беморхона", "табобат")
HAZARD_FAMILIES = {
    "quake": ("заминларза*",),
    "water": ("обхезӣ*", "тарма*"),  # "сел" (mudflow) opens Russian "селу" (village): left out
    "fire": ("сӯхтор*", "таркиш*"),
    "air": ("ҳавопаймо*", "чархбол*"),
    "road": ("автобус*", "садамаи нақлиётӣ*", "садама*"),
    "attack": ("ҳамла*", "тирпарронӣ*", "таркиш*"),
}  # fmt: skip
NEGATIONS = ("на", "нест")
# Words of its own a Tajik text is full of, none a Russian one ("он", he, left out): 'and' (ва), 'in' (дар), 'to'
# (ба), 'from' (аз), 'that' (ки), 'with' (бо), 'this' (ин), 'was' (шуд, буд), 'is' (аст, мебошад)
FUNCTION_WORDS = (
    "ва", "дар", "ба", "аз", "ки", "бо", "ин", "шуд", "буд", "аст", "мебошад", "кард", "карданд", "нафар", "барои",
    "ҳам", "низ", "шуданд", "гуфт", "онҳо", "дигар", "пас", "тибқи", "бинобар", "вале", "аммо", "ҳамчунин", "то",
)  # fmt: skip
# Dates (core.extract.world_dates): "12 март" (12 March); the months as Tajik writes them
MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "май": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
# A relative pronoun after a comma goes on with the counted people (core.extract.world_binding):
# "16 нафаре, ки ҳалок шуданд"
RELATIVES = ("ки",)
