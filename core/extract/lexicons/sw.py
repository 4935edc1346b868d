"""Swahili lexicon (shared shape, see `es.py` for the names): data only. Verbs take their subject, tense and
relative markers as prefixes ("wamefariki", "waliofariki", "kujeruhiwa"): triggers are stems matched anywhere in
a word (MATCH "any"). The count follows its noun ("watu 16", "watu saba"), and a number word takes the noun class's
prefix ("watano", five people)."""

from __future__ import annotations

LANGUAGE = "sw"
MATCH = "any"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = ","
DECIMAL = "."
# "elfu" (thousand) and "mia" (hundred) come before their multiplier ("elfu mbili", 2000): not read as scales
# but as number words written first (SCALE_FIRST: "elfu mbili mia tano" = 2500, "mia moja na hamsini" = 150)
SCALES: dict[str, int] = {}
SCALE_FIRST = ("mia", "elfu", "laki")
# Number words, with the people class's prefix where it takes one ("wawili", "watano"); tens and units joined by
# "na" ("ishirini na tano" = 25); "moja" (one) is left out, "mmoja" (one person) kept
NUMBER_WORDS = {
    "mmoja": 1, "wawili": 2, "mbili": 2, "watatu": 3, "tatu": 3, "wanne": 4, "nne": 4, "watano": 5, "tano": 5,
    "sita": 6, "saba": 7, "wanane": 8, "nane": 8, "tisa": 9, "kumi": 10, "ishirini": 20, "thelathini": 30,
    "arobaini": 40, "hamsini": 50, "sitini": 60, "sabini": 70, "themanini": 80, "tisini": 90, "mia": 100,
    "elfu": 1000, "laki": 100_000,
}  # fmt: skip
NUMBER_JOINERS = ("na",)
NUMBER_WORDS_AFTER = {"moja": 1}  # "mia moja" (100): one only after another number word, "moja" alone is "one"
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "makumi": (12, 12, 99),
    "mamia": (100, 100, 999),
    "maelfu": (1000, 1000, 9999),
    "makumi ya maelfu": (10_000, 10_000, 99_999),
}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43) and the relative by class ('lililoua'); not 'ua' alone
        "aliua ", "ameua ", "anaua ", "lililoua", "iliyoua", "yaliyoua", "kilichoua", "zilizoua", "uliloua",
        # took the lives of ('... took the lives of 57'): the dead
        "gharimu maisha ya",
        "fariki",  # "wamefariki", "waliofariki dunia", "kufariki"
        "vifo",
        "kifo",
        "uawa",  # "wameuawa", "waliuawa", "kuuawa"
        # 'to die' (kufa) with its subject and tense written on: not "kufa" alone, which opens "kufanya" (to do)
        "wamekufa", "walikufa", "waliokufa", "amekufa", "alikufa", "aliyekufa",
        "poteza maisha",  # "wamepoteza maisha"
        "maiti",
        "miili",
        # drowned, with a person's subject prefix ("watu saba walizama"; not "ilizama", the boat sank)
        "walizama", "wamezama", "waliozama", "alizama", "amezama", "aliyezama",
    ),
    # "kujeruhiwa", "wamejeruhiwa", "majeruhi"; "wakiwa na majeraha" (being with injuries: "110 wamelazwa
    # hospitalini wakiwa na majeraha", admitted to hospital with injuries)
    "wounded": ("jeruhi", "majeruhi", "wakiwa na majeraha"),
    "missing": ("hawajulikani walipo", "hawajapatikana", "towek", "potea"),
    "displaced": ("kukosa makazi", "wamekosa makazi", "wakimbizi", "hamishwa"),
    "arrested": ("kamatwa", "tiwa mbaroni", "shikiliwa"),
}
# The dead and the wounded (or missing) counted together: neither metric counts it
DEAD_AND_WOUNDED = ("vifo na majeruhi", "waliofariki na kujeruhiwa", "wamefariki au kujeruhiwa")
# The injured by severity, and the words that coordinate two counts
INJURY_GRADES = {
    "critical": ("mahututi", "hali mbaya"),
    "severe": ("vibaya", "majeraha makubwa"),
    "light": ("madogo", "kidogo"),
}
COORDINATORS = ("na", "huku", "wakati")
# Ranges: (word before the low figure, word between, word after the high one): 'kati ya 20 na 30'
RANGES = (("kati ya", "na", ""),)
# also before the people's noun, which comes before its count ("zaidi ya watu 100")
QUALIFIERS_BEFORE = {
    "zaidi ya watu": "more_than",
    "si chini ya watu": "at_least",
    "angalau watu": "at_least",
    "takriban watu": "about",
    "karibu watu": "nearly",
    "zaidi ya": "more_than",
    "si chini ya": "at_least",
    "angalau": "at_least",
    "takriban": "about",
    "takribani": "about",
    "karibu": "nearly",
    "hadi": "up_to",
    # 'not fewer than' after the people's noun, with its class prefix ("watu wasiopungua 12", "wanafunzi
    # wasiopungua 30"; "visivyopungua" for things is no people's)
    "wasiopungua": "at_least",
    "wasiozidi": "up_to",  # 'not more than'
}
# Toll verbs before the number: the number after them is the toll's latest update ("Idadi ya vifo imefikia 16",
# "yafikia", "imeongezeka hadi 20": the verb's "hadi" is no "up to")
UPDATE_BEFORE = (
    "fikia",
    "imeongezeka hadi",
    "imeongezeka kufikia",
    "imepanda hadi",
    "imepanda kufikia",
    "zimeongezeka hadi",
    "zimefikia",
)
# The toll revised down ("imepunguzwa hadi 18")
REVISED_DOWN = ("imepunguzwa", "imeshuka hadi", "zimepunguzwa")
# Markers of an earlier figure shortly before the number ('initially')
EARLIER_BEFORE = ("awali", "hapo awali", "mwanzoni")
SUBSET_BEFORE = ("miongoni mwao", "wakiwemo", "ikiwa ni pamoja na", "kati yao")
NOT_COUNTS_AFTER = (
    "mara",  # times
    "km",
    "kilomita",
    "mita",
    "%",
    "asilimia",
    "saa",
    "siku",
    "dakika",
    "shilingi",
    "dola",
)
COUNT_NOUNS = ("idadi ya",)
PROJECTION_BEFORE = ("huenda", "inatarajiwa", "inahofiwa", "yaweza")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("kwa mujibu wa", "kulingana na")
SPEECH_VERBS = ("amesema", "alisema", "wamesema", "walisema", "amethibitisha", "alithibitisha", "ametangaza")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polisi": "police",
    "kamanda wa polisi": "police",
    "jeshi la polisi": "police",
    "mkuu wa mkoa": "regional commissioner",
    "mkuu wa wilaya": "district commissioner",
    "waziri mkuu": "prime minister",
    "waziri": "minister",
    "wizara": "ministry",
    "rais": "president",
    "serikali": "government",
    "msemaji": "spokesperson",
    "mamlaka": "authorities",
    "jeshi la zimamoto": "fire service",
    "zimamoto": "fire service",
    "hospitali": "hospital",
    "msalaba mwekundu": "red cross",
}
SOURCE_LEADING = ("bw.", "bi.")

# Places (core.extract.world_places): words after which a capitalised name is where something happened ("katika
# eneo la Kariakoo", "jijini Dar es Salaam", "mkoani Morogoro", "wilayani Hanang")
LOCATIVES = ("katika", "huko", "jijini", "mjini", "mkoani", "wilayani", "kijijini", "eneo la")
# The countries where the language is the main one: between towns of one name, theirs
HOME_COUNTRIES = ("TZ", "KE")
# Where a ship, a flight or people were going or came from: a town right after these is a route's end, not where it
# happened (core.extract.world_places): "iliyokuwa ikielekea Nairobi" (that was heading for), "ikitokea" (coming from)
ROUTE_BEFORE = ("ikielekea", "likielekea", "kikielekea", "wakielekea", "ikitokea", "likitokea", "wakitokea")
# Relative day words, counted back from the publication: yesterday, the day before
DAYS_BACK = {"jana": 1, "juzi": 2}
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("bado", "wangali")
CARE_WORDS = ("hospitali*", "wanatibiwa", "wamelazwa", "wanapatiwa matibabu")
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("tetemeko", "matetemeko"),
    "water": (
        "mafuriko", "maporomoko", "kimbunga", "vimbunga", "bwawa", "mvua", "mvua kubwa", "maporomoko ya ardhi",
        "mafuriko makubwa",
    ),
    "fire": ("moto", "mlipuko", "milipuko"),
    "air": ("helikopta", "ndege", "ajali ya ndege"),
    "rail": ("treni", "gari la moshi"),
    "road": (
        "basi", "mabasi", "lori", "malori", "ajali ya barabarani", "barabarani", "matatu", "ajali ya basi", "magari",
    ),
    "ship": ("meli", "kivuko", "boti", "mtumbwi", "kuzama", "ilizama", "ajali ya boti", "mashua"),
    "attack": (
        "shambulio", "mashambulio", "shambulizi", "mashambulizi", "bomu", "mabomu", "ugaidi", "mlipuko", "milipuko",
        "risasi", "kigaidi", "ufyatuaji", "wanamgambo", "shambulizi la kigaidi",
    ),
    "crowd": ("msongamano", "mkanyagano", "ghasia", "vurugu"),
    "collapse": ("*poromoka", "kuanguka"),
    "mine": ("mgodi*", "migodi*", "wachimbaji"),
    "volcano": ("volkano", "mlima wa volkano", "mlipuko wa volkano"),
    "weather": ("joto kali",),
}  # fmt: skip
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("mazishi", "kuwaaga", "kuaga miili", "ibada ya kuwaombea")
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("miaka", "mwaka", "siku", "miezi", "mwezi", "wiki")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("washambuliaji", "wanamgambo", "majambazi", "watu wenye silaha", "magaidi")
