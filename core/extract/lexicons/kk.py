"""Kazakh lexicon (shared shape, see `es.py` for the names): data only. Words take endings ("қаза тапқандар",
"жарақат алды"): triggers are word beginnings (MATCH "prefix"). Endings are written after a hyphen onto digits
("15-ке жетті", reached 15; "100-ден астам", more than 100): `HYPHEN_ENDINGS` keep such a number a count. Tens
and units follow each other with no joiner ("он екі" = 12)."""

from __future__ import annotations

LANGUAGE = "kk"
MATCH = "prefix"
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
LATIN_PLACES = False
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"мың": 1000, "млн": 1_000_000, "миллион": 1_000_000}
NUMBER_WORDS = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
    "жүз": 100,
    # the collective forms of people ("екеуі қаза тапты", two of them died)
    "екеуі": 2, "үшеуі": 3, "төртеуі": 4, "бесеуі": 5,
}  # fmt: skip
MULTIPLIERS = ("жүз",)  # "үш жүз" = 300
HYPHEN_ENDINGS = (
    "ке", "ге", "қа", "ға", "ден", "дан", "тен", "тан", "нен", "нан", "і", "ы", "сі", "сы", "ке дейін", "ге дейін",
    "қа дейін", "ға дейін", "ден астам", "дан астам", "тен астам", "тан астам",
)  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {"ондаған": (12, 12, 99), "жүздеген": (100, 100, 999), "мыңдаған": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # 'were killed', 'killed' (test_four_forms43)
        "өлтіріл", "өлтірд",
        # took the lives of ('... took the lives of 57'): the dead
        "өмірін қи", "өмірін жалма", "өмірін алды",
        # "12 адам қаза тапты" (12 people found death), "қаза тапқандар саны" (the number of the dead)
        "қаза тап", "қаза тауып", "қаза болд", "қайтыс бол", "мерт бол", "көз жұмд", "опат бол", "өлді", "өлген",
        "өліп", "өлім", "құрбан бол", "құрбан", "мәйіт",
    ),
    "wounded": (
        "жарақат", "жарал", "зардап шек", "ауруханаға жеткізіл", "ауруханаға түс", "ауруханаға жатқызыл",
        "емделуде",
    ),
    "missing": ("хабар-ошарсыз", "із-түзсіз", "жоғалып кет", "жоғалған", "іздестіріл"),
    "displaced": ("эвакуацияла", "эвакуация", "көшіріл", "баспанасыз", "қоныс аудар"),
    "arrested": ("ұстал", "ұстады", "қамауға алын", "тұтқындал", "құрықта"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("қаза тапқандар мен жараланғандар", "қаза тауып, жарақат алған", "өлген және жараланған")
INJURY_GRADES = {
    "critical": ("аса ауыр", "өте ауыр", "өміріне қауіп"),
    "severe": ("ауыр",),
    "moderate": ("орташа",),
    "light": ("жеңіл",),
}
COORDINATORS = ("және", "мен", "ал", "ә")
QUALIFIERS_BEFORE = {"кемінде": "at_least", "ең кемі": "at_least", "шамамен": "about", "шамасы": "about",
                     "жуық": "nearly"}  # fmt: skip
QUALIFIERS_AFTER = {
    "-ден астам": "more_than", "-дан астам": "more_than", "-тен астам": "more_than", "-тан астам": "more_than",
    "-нен астам": "more_than", "-нан астам": "more_than", "-ден артық": "more_than", "-дан артық": "more_than",
    "астам": "more_than", "-ке жуық": "nearly", "-ге жуық": "nearly", "-қа жуық": "nearly", "-ға жуық": "nearly",
    "ге жуық": "nearly", "ке жуық": "nearly", "ға жуық": "nearly", "қа жуық": "nearly", "дан астам": "more_than",
    "ден астам": "more_than",
}  # fmt: skip
# Toll verbs after the number (verb-final): "қаза тапқандар саны 15-ке жетті" (the toll reached 15)
UPDATE_AFTER = ("жетті", "дейін өсті", "дейін артты", "өсті", "артты")
REVISED_DOWN = ("дейін азайды", "дейін төмендеді")
EARLIER_BEFORE = ("бастапқыда", "алдында", "бұған дейін", "алғашқы")
INCREMENT_BEFORE = ("тағы",)
SUBSET_BEFORE = ("оның ішінде", "олардың ішінде", "соның ішінде", "олардың")
NOT_COUNTS_AFTER = (
    "рет", "жаста", "жасар", "жыл", "км", "шақырым", "метр", "%", "пайыз", "сағат", "күн", "минут", "теңге",
    "доллар", "градус", "үй", "ғимарат", "тонна",
)  # fmt: skip
COUNT_NOUNS = ("саны",)
ACCORDING_AFTER = (
    "мәліметінше", "хабарлауынша", "деректеріне сәйкес", "мәліметі бойынша", "сөзінше", "мәліметтері бойынша",
)  # fmt: skip
SPEECH_VERBS = (
    "деп хабарлады", "хабарлады", "мәлімдеді", "деді", "растады", "хабарлайды", "мәлім етті", "деп жазды",
    "деп мәлімдеді",
)  # fmt: skip
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "полиция": "police", "ішкі істер министрлігі": "police", "іім": "police", "министрлі": "ministry",
    "министр": "minister", "үкімет": "government", "билік": "authorities", "тжм": "emergency service",
    "төтенше жағдайлар министрлігі": "emergency service", "құтқарушы": "rescuers", "өрт сөндіруші": "firefighters",
    "әкім": "mayor", "президент": "president", "аурухана": "hospital", "прокуратура": "prosecutor",
    "баспасөз хатшысы": "spokesperson", "денсаулық сақтау министрлігі": "ministry",
}  # fmt: skip
HOME_COUNTRIES = ("KZ",)
CAPITAL_WORDS = ("елорда",)
DAYS_BACK = {"кеше": 1, "кеше кешке": 1, "алдыңғы күні": 2}
STILL_IN_CARE = ("әлі де", "әлі", "жатыр")
CARE_WORDS = ("аурухана", "емделу")
SINCE_START = ("соғыс басталғаннан бері", "жыл басынан бері")
HAZARD_FAMILIES = {
    "quake": ("жер сілкіні*", "цунами"),
    "water": ("су тасқын*", "тасқын*", "сел", "селдің", "көшкін*", "дауыл*", "боран*", "нөсер*"),
    "fire": ("өрт*", "жарылыс*"),
    "air": ("ұшақ*", "тікұшақ*", "әуе апат*"),
    "rail": ("пойыз*", "теміржол*"),
    "road": ("автобус*", "жүк көлі*", "жол-көлік оқиға*", "жол апат*", "көлік апат*", "жантайы*"),
    "ship": ("кеме*", "қайық*", "паром*", "батып кет*"),
    "attack": ("шабуыл*", "террор*", "жарылыс*", "атыс*", "бомба*", "зымыран*", "оқ ат*"),
    "crowd": ("қарбалас*", "жаппай тәртіпсіздік*"),
    "collapse": ("құлап*", "опырылы*", "құлады"),
    "mine": ("шахта*", "кенші*", "кеніш*"),
    "weather": ("аптап*", "найзағай*", "аяз*"),
    "volcano": ("жанартау*", "лава"),
}  # fmt: skip
SINGULAR_DEATHS = ("қаза тапты", "қайтыс болды")
NEGATIONS = ("жоқ", "емес")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("жерлеу", "жаназа", "қоштас", "еске алу", "соңғы сапарға")
