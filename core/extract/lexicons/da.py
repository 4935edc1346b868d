"""Danish lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "da"
MATCH = "word"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tusind": 1000, "millioner": 1_000_000}
NUMBER_WORDS = {
    "en": 1,
    "én": 1,  # the stressed 'one', never the article
    "et": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "tyve": 20,
    "tredive": 30,
    "fyrre": 40,
    "halvtreds": 50,
    "hundrede": 100,
    # teens and the vigesimal tens; a unit before the tens with 'og' ('enogtyve' = 21)
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tres": 60,
    "halvfjerds": 70,
    "firs": 80,
    "halvfems": 90,
}
COMPOUND_NUMBERS = True  # "enogtyve", "femogtredive": written as one word
NUMBER_JOINERS = ("og",)
TRIGGERS = {
    "killed": (
        "dræbt",
        "dræbte",
        "døde",
        "død",
        "omkom",
        "omkommet",
        "omkomne",
        "dødsofre",
        "dødstal*",
        "mistede livet",
        "mistet livet",
        "mister livet",
        "dødsfald",
    ),
    "wounded": (
        "sårede", "såret", "kvæstede", "kvæstet", "skadede", "tilskadekomne", "kommet til skade", "kom til skade",
        # those treated at or taken to hospital, given as the injured ("387 er blevet behandlet på hospitaler")
        "behandlet på hospital*", "indlagt på hospital*", "bragt på hospital*", "kørt på hospital*",
    ),
    "missing": ("savnede", "savnet", "forsvundne"),
    "displaced": ("evakueret", "evakuerede", "hjemløse"),
    "arrested": ("anholdt", "anholdte", "arresteret", "anholdelser"),
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dusinvis": (12, 12, 99),
    "snesevis": (12, 12, 99),
    "hundredvis": (100, 100, 999),
    "flere hundrede": (100, 100, 999),
    "tusindvis": (1000, 1000, 9999),
    "flere tusinde": (1000, 1000, 9999),
    "titusindvis": (10_000, 10_000, 99_999),
}
# The dead and the wounded (or missing) counted together: neither metric counts it
DEAD_AND_WOUNDED = ("døde eller sårede", "døde og sårede", "dræbt eller såret", "døde eller savnede")
# The injured by severity ("tre alvorligt og tolv lettere såret" = 15, core.extract.world_grades)
INJURY_GRADES = {
    "critical": ("kritisk", "livstruende"),
    "severe": ("alvorligt", "alvorlige", "hårdt"),
    "light": ("lettere", "let", "lettere tilskadekomne"),
}
COORDINATORS = ("og", "mens")
# Ranges: 'mellem 20 og 30'
RANGES = (("mellem", "og", ""),)
FROM_TO = (("fra", "til"),)  # "from N to M": N is superseded
# Toll verbs before the number: the number after them is the toll's latest update ("er nu oppe på 53.000")
UPDATE_BEFORE = ("steget til", "er steget til", "stiger til", "steg til", "oppe på", "nu oppe på", "nået op på")
# The toll revised down ("nedjusteret dødstallet til 18")
REVISED_DOWN = ("nedjusteret", "nedjusterede", "justeret ned")
# Markers of an earlier figure shortly before the number ('initially')
EARLIER_BEFORE = ("tidligere", "først", "oprindelig", "i første omgang")
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = ("yderligere",)
QUALIFIERS_BEFORE = {
    "mindst": "at_least",
    "i hvert fald": "at_least",
    "mere end": "more_than",
    "over": "more_than",
    "flere end": "more_than",
    "op til": "up_to",
    "op mod": "up_to",
    "næsten": "nearly",
    "knap": "nearly",
    "omkring": "about",
    "cirka": "about",
    "ca.": "about",
}
# The attackers, right after the number ("two gunmen killed four"): the subject of the harm, and their own dead
# are no toll of the victims
PERPETRATORS = ("gerningsmænd", "angribere", "terrorister", "bevæbnede mænd", "skytter", "kidnappere")
SUBSET_BEFORE = ("heriblandt", "blandt dem", "herunder", "inklusive", "alene i")  # "Alene i Amatrice er 207 døde"
NOT_COUNTS_AFTER = (
    "hospital", "hospitaler", "sygehus",  # "til et hospital": the article, no count of people
    "år",
    "km",
    "kilometer",
    "meter",
    "%",
    "procent",
    "timer",
    "dage",
    "minutter",
    "kroner",
    "dollar",
    "grader",
)
COUNT_NOUNS = ("antallet", "dødstallet")
PROJECTION_BEFORE = ("kan stige", "frygter", "ventes", "forventes")
# Who gave a figure: Danish puts the finite verb second: "Ifølge politiet omkom ...", "..., oplyser de pakistanske
# myndigheder" (the speaker after the verb, adjectives first); see sv
VERB_SECOND = True
ACCORDING_BEFORE = ("ifølge",)
SPEECH_VERBS = (
    "oplyser", "oplyste", "meddeler", "meddelte", "siger", "sagde", "rapporterer", "rapporterede", "bekræfter",
    "bekræftede", "skriver", "skrev",
)  # fmt: skip
SOURCE_LEADING = ("den", "det", "de")
SOURCE_TRAILING = ("at",)  # "oplyser politiet at ...": the word that opens the reported clause
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "politiet": "police",
    "myndighederne": "authorities",
    "myndigheder": "authorities",
    "regeringen": "government",
    "ministeriet": "ministry",
    "redningstjenesten": "rescue service",
    "civilbeskyttelsen": "civil protection",
    "hospitalet": "hospital",
    "borgmesteren": "mayor",
}
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("fortsat", "stadig", "stadigvæk")
CARE_WORDS = ("hospital*", "indlagt", "intensiv*")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("i", "ved")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("DK",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("jordskælv*", "tsunami"),
    "water": (
        "oversvømmelse*", "uvejr*", "orkan*", "tyfon*", "jordskred*", "skybrud*", "cyklon*", "storm", "stormen",
        "lavine*", "regn", "skybrud", "dæmningsbrud*", "oversvømmelserne",
    ),
    "fire": (
        "branden", "brande", "*brand", "eksplosion*", "*brande", "*brandene", "*branden", "skovbrand*", "ved brand",
        "i brand", "voldsom brand",
    ),  # not "brand" alone: an English word and name
    "air": ("flyet", "flystyrt*", "flyulykke*", "helikopter*"),
    "rail": ("toget", "togulykke*", "jernbane*", "afsporing*"),
    "road": (
        "bus", "busser", "busulykke*", "lastbil*", "trafikulykke*", "bilulykke*", "frontalkollision*", "*busulykke",
        "motorvej*",
    ),
    "ship": ("skib*", "færge*", "båd*", "forlis*", "kæntr*", "sank", "kæntrede", "bådulykke*"),
    "attack": (
        "angreb*", "terror*", "bombe", "bomben", "bombeangreb*", "skyderi*", "massakre*", "raket*", "eksplosion*",
        "baghold*", "skudt", "skud", "skudepisode*", "*angreb", "knivangreb*", "terrorangreb*", "masseskyderi*",
        "*skyderi",
    ),
    "crowd": ("trængsel*", "optøjer"),
    "collapse": ("kollaps*", "sammenstyrt*", "*kollaps", "styrtede sammen"),
    "mine": ("kulmine*", "guldmine*", "minearbejder*", "mineulykke*"),
    "weather": ("lynnedslag*", "hedebølge*", "kuldebølge*", "uvejr*", "kulde", "kuldegrader", "varmebølge*", "lynet"),
    "volcano": ("vulkan*", "*vulkan", "vulkanudbrud*", "lava"),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("torsdagen", "torsdagsaften"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = ("en", "s", "saften", "smorgen", "snat")
# "78 lig": the bodies recovered, the dead (only the number right before counts)
BODY_NOUNS = ("lig",)
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = ("til ritzau", "i en pressemeddelelse", "på twitter")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# dage tidligere", "# uger tidligere", "for # dage siden", "for # uger siden", "for en uge siden",
    "en uge tidligere", "i sidste uge", "sidste uge", "sidste måned", "dagen før",
)  # fmt: skip
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {
    "killed": (
        "kostede ... livet", "krævede ... liv", "krævede ... menneskeliv",
    ),
}
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("ingen",)
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
# A relative pronoun after a comma goes on with the counted people (core.extract.world_binding):
# "de 16 mennesker, der døde"
RELATIVES = ("der", "som")
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("primært", "hovedsageligt", "de fleste", "især", "overvejende")
