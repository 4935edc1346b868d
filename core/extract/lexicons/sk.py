"""Slovak lexicon (shared shape, see `es.py` for the names): data only. Words are inflected ("zomrelo",
"zranených", "nezvestných"): triggers are word beginnings (MATCH "prefix"); number words in their case forms
("piatich", "dvadsiatich")."""

from __future__ import annotations

LANGUAGE = "sk"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tis.": 1000, "tisíc": 1000, "tisíce": 1000, "mil.": 1_000_000, "milión": 1_000_000, "miliónov": 1_000_000}
# Number words and their case forms ("päť", "piatich"); tens before units ("dvadsať štyri" = 24), hundreds after
# their multiplier written together or apart ("dvesto", "tri sto")
NUMBER_WORDS = {
    "jeden": 1, "jedna": 1, "jedného": 1, "dva": 2, "dve": 2, "dvaja": 2, "dvoch": 2, "dvom": 2, "tri": 3,
    "traja": 3, "troch": 3, "štyri": 4, "štyria": 4, "štyroch": 4, "päť": 5, "piati": 5, "piatich": 5, "šesť": 6,
    "šiesti": 6, "šiestich": 6, "sedem": 7, "siedmi": 7, "siedmich": 7, "osem": 8, "ôsmi": 8, "ôsmich": 8,
    "deväť": 9, "deviati": 9, "deviatich": 9, "desať": 10, "desiati": 10, "desiatich": 10, "jedenásť": 11,
    "jedenástich": 11, "dvanásť": 12, "dvanástich": 12, "trinásť": 13, "trinástich": 13, "štrnásť": 14,
    "štrnástich": 14, "pätnásť": 15, "pätnástich": 15, "šestnásť": 16, "šestnástich": 16, "sedemnásť": 17,
    "sedemnástich": 17, "osemnásť": 18, "osemnástich": 18, "devätnásť": 19, "devätnástich": 19, "dvadsať": 20,
    "dvadsiatich": 20, "tridsať": 30, "tridsiatich": 30, "štyridsať": 40, "štyridsiatich": 40, "päťdesiat": 50,
    "päťdesiatich": 50, "šesťdesiat": 60, "sedemdesiat": 70, "osemdesiat": 80, "deväťdesiat": 90, "sto": 100,
    "dvesto": 200, "tristo": 300, "štyristo": 400, "päťsto": 500, "tisíc": 1000,
}  # fmt: skip
COMPOUND_NUMBERS = True  # tens and units written as one word ("dvadsaťpäť" = 25)
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "desiatky": (12, 12, 99),
    "desiatok": (12, 12, 99),
    "niekoľko desiatok": (12, 12, 99),
    "stovky": (100, 100, 999),
    "stoviek": (100, 100, 999),
    "niekoľko sto": (100, 100, 999),
    "tisíce": (1000, 1000, 9999),
    "tisícov": (1000, 1000, 9999),
    "desiatky tisíc": (10_000, 10_000, 99_999),
    "desaťtisíce": (10_000, 10_000, 99_999),
}
TRIGGERS = {
    "killed": (
        "zomrel", "zahynul", "zabit", "zabil", "usmrt", "mŕtv", "obetí", "obete", "úmrtí", "utopil", "neprežil",
        "prišlo o život", "prišli o život", "prišla o život", "prišiel o život", "pripravil o život",
    ),
    "wounded": (
        "zranen", "zranil", "ranen", "poranen", "utrpel", "zranenia", "hospitalizovan", "previezli do nemocnic",
        "prevezen", "skončil v nemocnic", "skončilo v nemocnic", "skončili v nemocnic",
    ),
    "missing": ("nezvestn", "pohrešuj", "pohrešovan"),
    "displaced": ("evakuovan", "bez strechy nad hlavou", "bez domova"),
    "arrested": ("zatknut", "zadržan", "zadržal", "zatkl"),
}  # fmt: skip
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "mŕtvych a zranených", "mŕtvych či zranených", "mŕtvych alebo zranených", "zabitých a zranených",
    "zomrelo alebo bolo zranených", "mŕtvych a nezvestných", "mŕtvych alebo nezvestných",
)  # fmt: skip
# The injured by severity (core.extract.world_grades), and the words that coordinate two counts
INJURY_GRADES = {
    "critical": ("kritick", "ohrozením života"),
    "severe": ("vážne", "vážn", "ťažko", "ťažk"),
    "moderate": ("stredne",),
    "light": ("ľahko", "ľahk", "ľahš"),
}
COORDINATORS = ("a", "i", "pričom", "zatiaľ čo")
# Ranges: (word before the low figure, word between, word after the high one): 'medzi 20 a 30'
RANGES = (("medzi", "a", ""), ("od", "do", ""))
QUALIFIERS_BEFORE = {
    "najmenej": "at_least",
    "minimálne": "at_least",
    "aspoň": "at_least",
    "prinajmenšom": "at_least",
    "viac ako": "more_than",
    "viac než": "more_than",
    "vyše": "more_than",
    "cez": "more_than",
    "takmer": "nearly",
    "skoro": "nearly",
    "bezmála": "nearly",
    "asi": "about",
    "zhruba": "about",
    "približne": "about",
    "okolo": "about",
    "až": "up_to",
}
REVISED_DOWN = ("znížil na", "znížila na", "znížilo na", "klesol na", "klesla na", "kleslo na")
EARLIER_BEFORE = ("pôvodne", "spočiatku", "predtým", "predchádzajúci", "najprv")
INCREMENT_BEFORE = ("ďalší", "ďalších", "ďalšie")
PERPETRATORS = ("útoční", "terorist", "atentátni", "ozbrojenc")
TOLL_NOUNS = ("bilancia", "bilanciu")
SUBSET_BEFORE = ("z toho", "medzi nimi", "vrátane", "z ktorých")
SUBSET_AFTER = ("z nich",)
NOT_COUNTS_AFTER = (
    "krát", "rokov", "roku", "rok", "rokmi", "km", "kilometr", "meter", "metr", "%", "percent", "hodín", "dní",
    "minút", "eur", "dolár", "stup", "budov", "dom", "ton",
)  # fmt: skip
COUNT_NOUNS = ("počet", "bilancia")
PROJECTION_BEFORE = ("môže stúpnuť", "môže vzrásť", "by mohol", "by mohla")
FROM_TO = (("z", "na"),)
UPDATE_BEFORE = (
    "stúpol na", "stúpla na", "stúplo na", "vzrástol na", "vzrástla na", "vzrástlo na", "sa zvýšil na",
    "sa zvýšila na", "sa zvýšilo na", "dosiahol", "dosiahla", "dosiahlo",
)  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("podľa", "ako uviedol", "ako uviedla", "ako informoval", "ako informovala")
SPEECH_VERBS = (
    "uviedol", "uviedla", "uviedli", "povedal", "povedala", "oznámil", "oznámila", "oznámili", "informoval",
    "informovala", "potvrdil", "potvrdila", "potvrdili",
)  # fmt: skip
# source noun -> its English kind, so claimants meet across languages; stems, as the nouns are declined ("podľa
# polície", "podľa hasičov")
SOURCE_NOUNS = {
    "ministerstv": "ministry",
    "minister": "minister",
    "vlád": "government",
    "úrad": "authorities",
    "políci": "police",
    "policajt": "police",
    "hasič": "firefighters",
    "záchranár": "rescuers",
    "záchranná služba": "ambulance service",
    "záchrannej služby": "ambulance service",
    "starost": "mayor",
    "primátor": "mayor",
    "prezident": "president",
    "hovor": "spokesperson",
    "agentúr": "agency",
    "nemocnic": "hospital",
}
LOCATIVES = ("v", "vo", "pri", "neďaleko", "blízko")
HOME_COUNTRIES = ("SK",)
PLACE_BASE_ENDINGS = ("a", "o", "y", "e")
ORIGIN_BEFORE = ("občania", "občanov", "pochádzajúci z")
RELATIVES = ("ktorí", "ktoré")
SINCE_START = ("od začiatku vojny", "od začiatku invázie", "od začiatku konfliktu", "od začiatku roka")
SUPERLATIVES = ("najsmrteľnejš", "najhorš", "najtragickejš", "najväčš", "najkrvavejš")
DAYS_BACK = {"včera": 1, "predvčerom": 2}
STILL_IN_CARE = ("stále", "naďalej", "zostáva", "zostávajú", "doteraz")
CARE_WORDS = ("nemocnic", "hospitaliz")
HAZARD_FAMILIES = {
    "quake": ("zemetrasen*", "tsunami"),
    "water": (
        "povodeň", "povodn*", "záplav*", "hurikán*", "tajfún*", "zosuv*", "lavín*", "búrk*", "cyklón*", "prívalov*",
        "dážď", "dažde", "víchric*", "tornád*", "povodne",
    ),
    "fire": ("požiar*", "výbuch*", "explóz*"),
    "air": ("lietadl*", "vrtuľník*", "letecké nešťastie", "letecká nehoda", "leteckej nehod*"),
    "rail": ("vlak*", "železnič*", "vykoľaj*", "električk*"),
    "road": (
        "autobus*", "kamión*", "dopravná nehoda", "dopravnej nehode", "autonehod*", "čelná zrážka", "čelnej zrážke",
        "dopravnej nehod*", "diaľnic*", "hromadná nehoda",
    ),
    "ship": ("loď", "loďou", "lodí", "trajekt*", "čln*", "potopil*", "potopenie"),
    "attack": (
        "útok*", "atentát*", "bomba", "bomby", "bombov*", "bombard*", "streľb*", "ostreľ*", "rakiet*", "výbuch*",
        "explóz*", "strelec", "strelca", "zastrelil*", "masaker*", "nálet*", "prestrelk*", "útočník*",
    ),
    "crowd": ("tlačenic*", "ušliapan*", "nepokoj*", "vzbur*"),
    "collapse": ("zrúten*", "zrútil*"),
    "mine": ("baňa", "bane", "baníc*", "baník*"),
    "volcano": ("sopk*", "vulkán*", "erupci*", "láva", "lávy"),
    "weather": ("úder blesku", "bleskom", "horúčav*", "mráz", "mrazy", "podchladeni*"),
}  # fmt: skip
# A verb's singular form that tells the death of one, with no number ("the driver died"); not after a negation
SINGULAR_DEATHS = ("zomrel", "zomrela", "zahynul", "zahynula", "neprežil", "neprežila", "utopil", "utopila")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("pohreb", "rozlúčil", "rozlúčk", "pietn", "zádušn")
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
