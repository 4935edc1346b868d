"""Wolof lexicon (shared shape, see `es.py` for the names): data only. Whole words and stems (MATCH "word").
Senegal's and the Gambia's lingua franca, in the Latin alphabet with "ñ", "ŋ", "ë" and accents ("juróom", five;
"téeméer", a hundred) or, by many sites, without them ("juroom", "teemeer", "nyaar"): words are listed both ways.
Numbers count on five ("juróom ñaar", five two: 7) and ten ("ñaar fukk", two tens: 20; "fukk ak benn", ten and one:
11); a number before its noun takes the linking "-i" ("ñetti nit", three people; "fukki at", ten years), and the
units of a count may follow its noun ("fukki xale ak benn", ten children and one: 11, `UNITS_AFTER_NOUN`). Verbs
are followed by their subject marker ("faatu nañu", they died; "gaañu nañu", they were hurt). py3langid has no
Wolof: a text is told Wolof by its share of the language's own function words (`FUNCTION_WORDS`)."""

from __future__ import annotations

LANGUAGE = "wo"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"junni": 1000, "junniy": 1000, "tamndareet": 1_000_000, "milyoŋ": 1_000_000, "milyon": 1_000_000}
# each unit as written alone and before its noun ("ñaar", "ñaari"), with its letters and without
_units = {
    1: ("benn", "benni"), 2: ("ñaar", "ñaari", "naar", "naari", "nyaar", "nyaari"),
    3: ("ñett", "ñetti", "nett", "netti", "nyett", "nyetti"),
    4: ("ñeent", "ñeenti", "neent", "neenti", "nyeent", "nyeenti"), 5: ("juróom", "juróomi", "juroom", "juroomi"),
}  # fmt: skip
NUMBER_WORDS = {word: value for value, words in _units.items() for word in words}
# six to nine are five and a unit, written as one number ("juróom ñaar", 7): two units in a row are otherwise two
NUMBER_WORDS |= {
    f"{five}{joint}{unit}": 5 + value
    for five in ("juróom", "juroom")
    for joint in (" ", "-")  # the official spelling joins them with a hyphen ("juróom-ñeent", 9)
    for value, words in _units.items()
    if value < 5
    for unit in words
}  # fmt: skip
NUMBER_WORDS |= {
    "fukk": 10, "fukki": 10, "fanweer": 30, "fanweeri": 30, "téeméer": 100, "téeméeri": 100, "teemeer": 100,
    "teemeeri": 100, "temeer": 100, "temeeri": 100, "junni": 1000, "junniy": 1000,
}  # fmt: skip
# the tens, a unit before "fukk" ("ñaar fukk", 20; "juróom benn fukk", 60), listed whole: after "ak" a ten is added,
# not a multiplier ("téeméer ak fukk", 110)
NUMBER_WORDS |= {
    f"{unit} {ten}": value * 10
    for unit, value in list(NUMBER_WORDS.items())
    if 1 < value < 10
    for ten in ("fukk", "fukki")
}  # fmt: skip
NUMBER_JOINERS = ("ak",)  # "fukk ak ñaar" (12), "téeméer ak juróom fukk" (150)
# "fukki xale ak benn" (ten children and one): the units after the count's noun, joined by 'ak'
UNITS_AFTER_NOUN = ("ak",)
VAGUE_QUANTITIES = {
    "ay téeméer": (100, 100, 999), "ay teemeer": (100, 100, 999), "ay junni": (1000, 1000, 9999),
    "ay fukk": (12, 12, 99), "ay fukki": (12, 12, 99),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # 'kill' ('lañu rey', 'rey nañu', 'reyoon', test_four_forms43)
        "rey", "reyoon", "rey nañu", "rey nanu",
        "faatu", "faatoo", "dee", "dee nañu", "dee nanu", "bóom", "boom", "bóomees", "boomees", "ñakk bakkan",
        "nakk bakkan", "ñàkk bakkanu", "nakk bakkanu", "néew", "neew", "sàqu", "labe",  # drowned
    ),
    "wounded": ("gaañu", "gaanu", "gaañ", "gaan", "gaaña", "gaana", "jot gaaña", "loppitaan", "opitaal", "hopitaal"),
    "missing": ("réer", "reer", "réeru", "reeru", "amul fenn", "gisuñu leen", "gisunu leen"),
    "displaced": ("gàddaay", "gaddaay", "daw seen kër", "daw seen ker"),
    "arrested": ("jàpp nañu", "japp nanu", "jàpp", "japp", "téj", "tej"),
}  # fmt: skip
COORDINATORS = ("ak", "te", "waaye", "ba")
QUALIFIERS_BEFORE = {
    "lu mu néew néew": "at_least", "lu mu neew neew": "at_least", "lu ëpp": "more_than", "lu epp": "more_than",
    "ëpp": "more_than", "epp": "more_than", "lu tollu ci": "about", "lu tollu": "about", "lu jege": "nearly",
    "lu jëm ci": "about", "lu jem ci": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {"ak lu ëpp": "more_than", "ak lu epp": "more_than"}
UPDATE_BEFORE = ("yokku na ba", "yokku na ba ci", "àgg na", "agg na")
COUNT_NOUNS = ("limu", "lim", "limub")
EARLIER_BEFORE = ("bu jëkk", "bu jekk")
INCREMENT_BEFORE = ("yeneen",)
SUBSET_BEFORE = ("ci seen biir", "ci ñoom", "ci noom")
NOT_COUNTS_AFTER = (
    "at", "ati", "fan", "fani", "waxtu", "simili", "km", "kilomeetar", "meetar", "%", "dërëm", "derem", "fraŋ",
    "frang", "kër", "ker", "weer", "ayu-bés", "ayu bes",
)  # fmt: skip
ACCORDING_BEFORE = ("ni ko", "ci kaw", "ni ko")
SPEECH_VERBS = ("wax na", "nee na", "neena", "yégle na", "yegle na", "xamle na", "wax", "nee")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polis": "police", "poliis": "police", "jàndarm": "police", "jandarm": "police", "nguur": "government",
    "nguur gi": "government", "jawriñ": "minister", "jawrin": "minister", "loppitaan": "hospital",
    "opitaal": "hospital", "hopitaal": "hospital", "sapeer-pompiye": "fire service", "meer": "mayor",
    "làrme": "army", "larme": "army",
}  # fmt: skip
LOCATIVES = ("ci", "ca", "fa")
HOME_COUNTRIES = ("SN", "GM")
DAYS_BACK = {"démb": 1, "demb": 1, "bërki-démb": 2, "berki-demb": 2, "bërki démb": 2, "berki demb": 2}
STILL_IN_CARE = ("ngi ci", "nga ci", "ñu ngi ci", "nu ngi ci")
CARE_WORDS = ("loppitaan", "opitaal", "hopitaal")
HAZARD_FAMILIES = {
    "water": ("ndox mu bari", "mbënn", "mbenn"),
    "fire": ("lakk", "safara"),
    "road": ("aksidaa", "aksidan"),
    "ship": ("gaalu", "gaal gi"),
}  # fmt: skip
NEGATIONS = ("kenn", "amul", "du", "dul")
# Words of its own a Wolof text is full of, none an English word (`core.extract.language`): its articles (bi, yi,
# gi, mi), 'in', 'and', its subject markers and focus words, 'people', 'house', 'who'
FUNCTION_WORDS = (
    "ci", "ak", "bi", "yi", "gi", "mi", "ñi", "ni", "nañu", "nanu", "ñu", "nu", "mu", "dafa", "dañu", "danu", "ñoo",
    "noo", "waa", "kër", "ker", "bu", "yu", "lu", "nit", "seen", "ngir", "dina", "daan", "ca", "ba", "yépp", "yepp",
    "dëkk", "dekk", "amoon", "laa", "lañu", "lanu", "fi", "ñoom", "noom",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser has no Wolof; the months as Wolof writes the French ones
MONTHS = {
    "sanwiye": 1, "samwiye": 1, "fewriye": 2, "feewariye": 2, "mars": 3, "awril": 4, "me": 5, "suwe": 6,
    "sulet": 7, "ut": 8, "sattumbar": 9, "septaambar": 9, "oktoobar": 10, "nowaambar": 11, "noowambar": 11,
    "desaambar": 12, "deesaambar": 12,
}  # fmt: skip
WEEKDAYS = {
    "altine": 0, "talaata": 1, "àllarba": 2, "allarba": 2, "alxames": 3, "alxamis": 3, "àjjuma": 4, "ajjuma": 4,
    "gaawu": 5, "dibéer": 6, "dibeer": 6,
}  # fmt: skip
