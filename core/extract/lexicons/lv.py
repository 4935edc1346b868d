"""Latvian lexicon (shared shape, see `es.py` for the names): data only. Words take endings ("gājuši bojā",
"ievainoti", "cietušie"; "Rīgā", in Riga): triggers are word beginnings (MATCH "prefix"). A date writes its day
with a full stop before the month in the locative ("14. jūlijā"); tens and units follow each other ("divdesmit
trīs", 23)."""

from __future__ import annotations

LANGUAGE = "lv"
MATCH = "prefix"
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"tūkstoš": 1000, "tūkstotis": 1000, "tūkstoši": 1000, "miljon": 1_000_000, "miljoni": 1_000_000}
NUMBER_WORDS = {
    "viens": 1, "viena": 1, "divi": 2, "divas": 2, "trīs": 3, "četri": 4, "četras": 4, "pieci": 5, "piecas": 5,
    "seši": 6, "sešas": 6, "septiņi": 7, "septiņas": 7, "astoņi": 8, "astoņas": 8, "deviņi": 9, "deviņas": 9,
    "desmit": 10, "vienpadsmit": 11, "divpadsmit": 12, "trīspadsmit": 13, "četrpadsmit": 14, "piecpadsmit": 15,
    "sešpadsmit": 16, "septiņpadsmit": 17, "astoņpadsmit": 18, "deviņpadsmit": 19, "divdesmit": 20,
    "trīsdesmit": 30, "četrdesmit": 40, "piecdesmit": 50, "sešdesmit": 60, "septiņdesmit": 70,
    "astoņdesmit": 80, "deviņdesmit": 90, "simts": 100, "simt": 100, "simti": 100, "simtiem": 100,
}  # fmt: skip
MULTIPLIERS = ("simti", "simtiem")  # "trīs simti" (300)
VAGUE_QUANTITIES = {
    "desmitiem": (12, 12, 99), "simtiem": (100, 100, 999), "tūkstošiem": (1000, 1000, 9999),
    "vairāki desmiti": (12, 12, 99), "vairāki simti": (100, 100, 999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        "gājis bojā", "gājuši bojā", "gāja bojā", "gājusi bojā", "gājušas bojā", "bojāgājuš", "gāja bojā",
        "miruš", "mira", "miris", "nogalināt", "nogalina", "nogalin", "upur", "līķ", "zaudēja dzīvību",
        "nāves gadījum", "nāvē",
        "noslīk", "noslīc",  # drowned ("noslīka", "noslīkuši", "noslīcis")
    ),
    "wounded": ("ievainot", "ievainoj", "cietuš", "cieta", "guva traumas", "guvuši traumas", "traumēt",
                "hospitalizēt", "nogādāti slimnīcā", "nogādāts slimnīcā",
                "slimnīcā nogādāt"),  # the place first: "slimnīcā nogādāti septiņi cilvēki"
    "missing": ("pazudis", "pazuduš", "bez vēsts", "pazudu"),
    "displaced": ("evakuēt", "pajumti zaudēj", "bez pajumtes"),
    "arrested": ("aizturēt", "arestēt", "apcietināt"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("bojāgājušie un ievainotie", "gājuši bojā vai ievainoti")
INJURY_GRADES = {
    "critical": ("kritiskā stāvoklī",),
    "severe": ("smagi", "smagas", "smagā stāvoklī"),
    "light": ("viegli", "vieglas"),
}
COORDINATORS = ("un", "bet", "savukārt")
RANGES = (("no", "līdz", ""),)
QUALIFIERS_BEFORE = {
    "vismaz": "at_least", "ne mazāk kā": "at_least", "vairāk nekā": "more_than", "vairāk kā": "more_than",
    "pāri par": "more_than", "aptuveni": "about", "apmēram": "about", "ap": "about", "gandrīz": "nearly",
    "līdz pat": "up_to", "līdz": "up_to",
}  # fmt: skip
# 'grew to' in the past and the perfect too ("pieauga līdz 35", test_four_forms43)
UPDATE_BEFORE = (
    "pieaudzis līdz", "pieaudza līdz", "sasniedzis", "sasniedza", "palielinājies līdz", "pieauga līdz",
    "pieaugusi līdz", "palielinājās līdz", "sasniegusi",
)  # fmt: skip
COUNT_NOUNS = ("skaits",)
TOLL_NOUNS = ("bojāgājušo skaits",)
EARLIER_BEFORE = ("sākotnēji", "iepriekš")
INCREMENT_BEFORE = ("vēl",)
SUBSET_BEFORE = ("tostarp", "to skaitā", "starp tiem", "no tiem")
NOT_COUNTS_AFTER = (
    "gad", "km", "kilometr", "metr", "%", "procent", "stund", "dien", "minūt", "eiro", "dolār", "māj", "hektār",
    "reiz",
)  # fmt: skip
ACCORDING_BEFORE = ("saskaņā ar", "kā ziņo", "kā informē")
ACCORDING_AFTER = ("ziņām", "sniegtā informācija")
SPEECH_VERBS = ("pavēstīja", "paziņoja", "apstiprināja", "sacīja", "informēja", "ziņoja", "norādīja")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "policij": "police", "valsts policij": "police", "vugd": "fire service", "ugunsdzēsēj": "fire service",
    "valdīb": "government", "ministrij": "ministry", "ministr": "minister", "slimnīc": "hospital",
    "neatliekamās medicīniskās palīdzības dienest": "emergency service", "nmpd": "emergency service",
    "pašvaldīb": "local authorities", "mēr": "mayor",
}  # fmt: skip
HOME_COUNTRIES = ("LV",)
# Places (core.extract.world_places): a town's name in the locative ("Rīgā", "Daugavpilī", "Jelgavā")
LOCATIVE_ENDINGS = ("ā", "ī", "ē")
DAYS_BACK = {"vakar": 1, "aizvakar": 2}
STILL_IN_CARE = ("joprojām", "vēl aizvien", "patlaban")
CARE_WORDS = ("slimnīc",)
HAZARD_FAMILIES = {
    "quake": ("zemestrīc*", "cunami*"),
    "water": ("plūd*", "vētr*"),
    "fire": ("ugunsgrēk*", "sprādzien*"),
    "air": ("lidmašīn*", "helikopter*", "aviokatastrof*"),
    "rail": ("vilcien*",),
    "road": ("autobus*", "ceļu satiksmes negadījum*", "avārij*", "sadursm*"),
    "attack": ("uzbrukum*", "apšaud*", "teroraks*"),
}  # fmt: skip
NEGATIONS = ("ne", "neviens", "nav")
# Dates (core.extract.world_dates): a day's month is in the locative ("8. maijā", "14. jūlijā"), which dateparser's
# nominatives ("maijs", "jūlijs") do not begin; the stems, and the short months' two forms whole
MONTHS = {
    "janvār": 1, "februār": 2, "marts": 3, "martā": 3, "aprīl": 4, "maijs": 5, "maijā": 5, "jūnij": 6, "jūlij": 7,
    "august": 8, "septembr": 9, "oktobr": 10, "novembr": 11, "decembr": 12,
}  # fmt: skip
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
# A relative pronoun after a comma goes on with the counted people (core.extract.world_binding):
# "16 cilvēku, kuri gāja bojā"
RELATIVES = ("kuri", "kuras")
