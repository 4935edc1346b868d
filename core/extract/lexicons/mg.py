"""Malagasy lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). The verb
usually opens the sentence and the count follows its noun ("maty ny olona 12", 12 people died; "olona 12 no maty",
it is 12 people who died). Numbers are written units first: "dimy amby telopolo" (five over thirty: 35), "iraika
ambin'ny folo" (one over ten: 11), the tens one word ("roapolo", 20; "dimampolo", 50), hundreds too ("zato", 100;
"roanjato", 200). "iray" is also the article ("olona iray", a person) and "iraika" the one in a compound."""

from __future__ import annotations

LANGUAGE = "mg"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"arivo": 1000, "alina": 10_000, "hetsy": 100_000, "tapitrisa": 1_000_000}
NUMBER_WORDS = {
    "iraika": 1, "roa": 2, "telo": 3, "efatra": 4, "dimy": 5, "enina": 6, "fito": 7, "valo": 8, "sivy": 9,
    "folo": 10, "roapolo": 20, "telopolo": 30, "efapolo": 40, "dimampolo": 50, "enimpolo": 60, "fitopolo": 70,
    "valopolo": 80, "sivifolo": 90, "zato": 100, "roanjato": 200, "telonjato": 300, "efajato": 400,
    "dimanjato": 500, "eninjato": 600, "fitonjato": 700, "valonjato": 800, "sivinjato": 900, "arivo": 1000,
}  # fmt: skip
NUMBER_WORDS_AFTER = {"iray": 1}  # "iray" alone is the article: one only after another number word
NUMBER_JOINERS = ("amby", "ambin'ny", "ambiny", "sy")  # "dimy amby telopolo" (35), "iraika ambin'ny folo" (11)
VAGUE_QUANTITIES = {
    "am-polony": (12, 12, 99), "an-jatony": (100, 100, 999), "an'arivony": (1000, 1000, 9999),
    "an-arivony": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "namono", "mamono",
        "maty", "namoy ny ainy", "namoy ain", "nahafatesana", "nahafaty", "matin'ny", "novonoina", "vonoina",
        "faty", "fatin'olona", "maty an-drano", "rendrika",  # drowned
    ),
    "wounded": ("naratra", "maratra", "voadona", "mafy naratra", "hopitaly", "toeram-pitsaboana"),
    "missing": ("tsy hita", "tsy hita popoka", "nanjavona", "mbola tsy hita"),
    "displaced": ("tsy manan-kialofana", "nafindra toerana", "nifindra toerana", "very fonenana"),
    "arrested": ("nosamborina", "voasambotra", "tratra", "nogadraina"),
}  # fmt: skip
COORDINATORS = ("sy", "ary", "fa", "nefa", "raha")
QUALIFIERS_BEFORE = {
    "farafahakeliny": "at_least", "mihoatra ny": "more_than", "mihoatra": "more_than", "manodidina ny": "about",
    "eo amin'ny": "about", "efa ho": "nearly", "saika": "nearly", "maherin'ny": "more_than", "maherin'": "more_than",
    # the qualifier before the noun its count follows: "farafahakeliny olona 20" (at least 20 people)
    "farafahakeliny olona": "at_least", "olona mihoatra ny": "more_than", "manodidina ny olona": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {"eo ho eo": "about", "mahery": "more_than", "farafahakeliny": "at_least"}
UPDATE_BEFORE = ("nitombo ho", "niakatra ho", "tonga amin'ny", "lasa")
COUNT_NOUNS = ("isan'ny", "isa", "tarehimarika")
EARLIER_BEFORE = ("tany am-boalohany", "voalohany")
INCREMENT_BEFORE = ("hafa koa",)
INCREMENT_AFTER = ("hafa", "fanampiny")
SUBSET_BEFORE = ("anisan'izany", "amin'izy ireo", "ao anatin'izany")
NOT_COUNTS_AFTER = (
    "taona", "andro", "ora", "minitra", "km", "kilometatra", "metatra", "%", "ariary", "dolara", "trano",
    "volana", "herinandro",
)  # fmt: skip
ACCORDING_BEFORE = ("araka ny", "araka", "hoy", "raha ny filazan'ny")
SPEECH_VERBS = ("hoy", "nilaza", "nanambara", "nanamafy", "niteny")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polisy": "police", "zandarimariam-pirenena": "police", "zandary": "police", "governemanta": "government",
    "minisitra": "minister", "ministera": "ministry", "hopitaly": "hospital", "ben'ny tanàna": "mayor",
    "miaramila": "army", "bngrc": "disaster agency",
}  # fmt: skip
LOCATIVES = ("tao", "ao", "tany", "any", "eto", "teto", "amin'ny", "tamin'ny", "tao amin'ny")
HOME_COUNTRIES = ("MG",)
DAYS_BACK = {"omaly": 1, "afak'omaly": 2}
STILL_IN_CARE = ("mbola", "mbola ao")
CARE_WORDS = ("hopitaly", "toeram-pitsaboana")
HAZARD_FAMILIES = {
    "water": ("tondra-drano", "rivodoza", "fahatafahana"),
    "fire": ("afo", "fipoahana"),
    "road": ("lozam-pifamoivoizana", "fiara", "taxi-brousse"),
    "ship": ("lakana",),
}  # fmt: skip
NEGATIONS = ("tsy", "tsy nisy", "tsisy")
# Dates (core.extract.world_dates): "ny 12 Janoary" (12 January)
MONTHS = {
    "janoary": 1, "febroary": 2, "martsa": 3, "aprily": 4, "mey": 5, "jona": 6, "jolay": 7, "aogositra": 8,
    "septambra": 9, "oktobra": 10, "novambra": 11, "desambra": 12,
}  # fmt: skip
WEEKDAYS = {
    "alatsinainy": 0, "talata": 1, "alarobia": 2, "alakamisy": 3, "zoma": 4, "sabotsy": 5, "alahady": 6,
}  # fmt: skip
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("jiolahy", "mpanafika")
