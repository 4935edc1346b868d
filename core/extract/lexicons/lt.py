"""Lithuanian lexicon (shared shape, see `es.py` for the names): data only (inflected: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "lt"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tūkst.": 1000, "tūkstančiai": 1000, "tūkstančių": 1000, "mln.": 1_000_000}
NUMBER_WORDS = {
    "vienas": 1, "viena": 1, "du": 2, "dvi": 2, "trys": 3, "keturi": 4, "keturios": 4, "penki": 5, "penkios": 5,
    "šeši": 6, "šešios": 6, "septyni": 7, "septynios": 7, "aštuoni": 8, "aštuonios": 8, "devyni": 9, "devynios": 9,
    "dešimt": 10, "vienuolika": 11, "dvylika": 12, "trylika": 13, "keturiolika": 14, "penkiolika": 15,
    "šešiolika": 16, "septyniolika": 17, "aštuoniolika": 18, "devyniolika": 19, "dvidešimt": 20, "trisdešimt": 30,
    "keturiasdešimt": 40, "penkiasdešimt": 50, "šešiasdešimt": 60, "septyniasdešimt": 70, "aštuoniasdešimt": 80,
    "devyniasdešimt": 90, "šimtas": 100, "šimtai": 100, "šimtų": 100, "tūkstantis": 1000,
    # the genitive, after "iki" (up to: "išaugo iki dvidešimt trijų") and "daugiau nei"
    "dviejų": 2, "trijų": 3, "keturių": 4, "penkių": 5, "šešių": 6, "septynių": 7, "aštuonių": 8, "devynių": 9,
    "dešimties": 10, "vienuolikos": 11, "dvylikos": 12, "trylikos": 13, "keturiolikos": 14, "penkiolikos": 15,
    "tūkstančio": 1000, "tūkstančių": 1000,
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "nužudė","žuv", "mirė", "mirusi", "aukų", "aukos", "nužudyt", "žūtį", "mirt", "kūn"),
    "wounded": ("sužeist", "sužalot"),
    "missing": ("dingus", "dingę", "dingo"),
    "displaced": ("evakuot", "be pastogės"),
    "arrested": ("suimt", "sulaikyt"),
}
QUALIFIERS_BEFORE = {
    "mažiausiai": "at_least",
    "bent": "at_least",
    "daugiau nei": "more_than",
    "daugiau kaip": "more_than",
    "per": "more_than",
    "beveik": "nearly",
    "apie": "about",
    "maždaug": "about",
    "iki": "up_to",
}
# Toll verbs before the number: the number after them is the toll's latest update ("aukų skaičius išaugo iki 284":
# the verb's "iki" is no "up to")
UPDATE_BEFORE = ("išaugo iki", "padidėjo iki", "pakilo iki", "išaugo", "padidėjo", "pasiekė")
COUNT_NOUNS = ("skaičius", "skaičių")
# Markers of an earlier figure shortly before the number ('initially')
EARLIER_BEFORE = ("anksčiau", "iš pradžių", "pradžioje")
# A word right before the number that adds to the toll ('five more'): an increment, not the toll; "Dar 62 žmonės
# buvo sužeisti" after a sentence of the dead is another group (core.extract.multilingual)
INCREMENT_BEFORE = ("dar",)
SUBSET_BEFORE = ("tarp jų", "iš jų")
NOT_COUNTS_AFTER = ("met", "km", "kilometr", "metr", "%", "proc", "valand", "dien", "minut", "eur", "dolerių")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("LT",)
# A place name's nominative endings, put back on a stem whose case ending was taken off ("Vilniuje", "Vilniaus":
# "Vilnius"; "Kaune": "Kaunas"; "Klaipėdoje": "Klaipėda")
PLACE_BASE_ENDINGS = ("us", "as", "is", "ys", "a", "ė", "ai")
# Dates (core.extract.world_dates): the month is written before the day.
MONTH_FIRST = True
# Places (core.extract.world_places): a name in the locative case ("Mančesteryje", "Vilniuje", "Kaune") is where it
# happened
LOCATIVE_ENDINGS = ("yje", "oje", "ėje", "uje", "je")
# A country's name in the genitive right before an attack's noun is the attacker's ("Rusijos raketų smūgis
# Odesai"), not where it happened (stems; core.extract.world_places)
ATTACK_AFTER = ("smūg", "atak", "antskryd", "apšaud", "bombard")
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("žemės drebėjim*", "cunami*"),
    "water": (
        "potvyn*", "audra", "audros", "audrų", "uragan*", "nuošliauž*", "ciklon*", "taifūn*", "liūt*", "lavin*",
        "užtvank*",
    ),
    "fire": ("gaisr*", "sprogim*"),
    "air": ("lėktuv*", "sraigtasparn*"),
    "rail": ("traukin*",),
    "road": ("autobus*", "sunkvežim*", "eismo įvyk*", "autoavarij*"),
    "ship": ("laiv*", "keltas", "kelto", "kelte", "nuskend*", "apvirto"),
    "attack": (
        "išpuol*", "atak*", "bomba", "bombos", "bombard*", "šaudym*", "teror*", "sprogim*", "šaulys", "žudyn*",
        "šūvi*", "nušov*",
    ),
    "crowd": ("spūst*", "riauš*"),
    "collapse": ("griūt*", "sugriuv*"),
    "mine": ("kasykl*", "šacht*", "kalnakas*"),
    "volcano": ("ugnikaln*", "išsiveržim*", "lava"),
    "weather": ("karštis", "karščio banga", "karščiai", "žaib*", "šalčiai", "šaltis"),
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution): "pasak policijos", "policija pranešė",
# "pranešė ugniagesiai" (source nouns are stems: the language inflects them)
ACCORDING_BEFORE = ("pasak", "remiantis", "kaip pranešė")
SPEECH_VERBS = ("pranešė", "sakė", "teigė", "patvirtino", "nurodė", "informavo", "praneša")
SOURCE_NOUNS = {  # source noun stem -> its English kind
    "policij": "police",
    "ministerij": "ministry",
    "ministr": "minister",
    "vyriausyb": "government",
    "valdži": "authorities",
    "pareigūn": "officials",
    "ugniagesi": "firefighters",
    "gelbėtoj": "rescuers",
    "ligonin": "hospital",
    "agentūr": "agency",
    "meras": "mayor",
    "mero": "mayor",
    "atstov": "spokesperson",
    "žiniasklaid": "media",
    "kariuomen": "army",
    "gydytoj": "doctors",
    "gubernator": "governor",
    "raudonasis kryžius": "red cross",
    "sveikatos apsaugos ministerij": "health ministry",
    "priešgaisrin": "fire service",
    "tarnyb": "service",
}
ACCORDING_AFTER = ("teigimu", "duomenimis", "žiniomis", "pranešimu")
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {
    "killed": (
        "nusinešė ... gyvyb*",
    ),
}
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("laidotuv", "atsisveikin", "pagerb", "gedul", "paskutinėn kelionėn")
# A relative pronoun after a comma goes on with the counted people (core.extract.world_binding):
# "16 žmonių, kurie žuvo"
RELATIVES = ("kurie", "kurios")
