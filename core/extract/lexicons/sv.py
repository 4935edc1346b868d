"""Swedish lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "sv"
MATCH = "word"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tusen": 1000, "miljoner": 1_000_000}
NUMBER_WORDS = {
    "en": 1,
    "én": 1,  # the stressed 'one', never the article
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "tjugo": 20,
    "trettio": 30,
    "fyrtio": 40,
    "femtio": 50,
    "hundra": 100,
    # teens and tens; written together with a unit ('tjugotre' = 23: COMPOUND_NUMBERS)
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "nitton": 19,
    "sextio": 60,
    "sjuttio": 70,
    "åttio": 80,
    "nittio": 90,
}
COMPOUND_NUMBERS = True  # 'tjugotre', 'fyrtiofem': number words written as one word
TRIGGERS = {
    "killed": (
        "döda",
        "dödade",
        "dödades",
        "omkom",
        "omkommit",
        "omkomna",
        "dog",
        "dött",
        "dödsoffer",
        "dödstal*",
        "miste livet",
        "avled",
        "avlidit",
        "avlidna",
        "döds*",
    ),
    "wounded": (
        "förts till sjukhus",  # "14 personer har förts till sjukhus med skador": the injured taken to hospital
        "fördes till sjukhus",
        "forslats till sjukhus",
        "skadade", "skadad", "skadats", "skadades", "sårade", "sårad",
    ),
    "missing": ("saknade", "saknas", "försvunna"),
    "displaced": ("evakuerade", "evakuerats", "hemlösa"),
    "arrested": ("gripna", "greps", "gripits", "anhållna", "arresterade"),
}
# Round amounts: about the figure ("ett tiotal skadades", about ten were injured)
APPROXIMATE = {
    "ett tiotal": 10, "ett femtontal": 15, "ett tjugotal": 20, "ett trettiotal": 30, "ett fyrtiotal": 40,
    "ett femtiotal": 50, "ett sextiotal": 60, "ett hundratal": 100, "ett dussin": 12,
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dussintals": (12, 12, 99),
    "tiotals": (12, 12, 99),
    "hundratals": (100, 100, 999),
    "flera hundra": (100, 100, 999),
    "tusentals": (1000, 1000, 9999),
    "flera tusen": (1000, 1000, 9999),
    "tiotusentals": (10_000, 10_000, 99_999),
}
# The dead and the wounded (or missing) counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = ("döda eller skadade", "döda och skadade", "döda eller saknade", "döda och saknade")
# The injured by severity ("3 skadades allvarligt och 12 lindrigt" = 15, core.extract.world_grades), and the words
# that coordinate two counts
INJURY_GRADES = {
    "critical": ("kritiskt", "livshotande", "livshotande skadade"),
    "severe": ("allvarligt", "svårt", "allvarligt skadade", "svårt skadade"),
    "light": ("lindrigt", "lättare", "lätt skadade", "lindrigt skadade"),
}
COORDINATORS = ("och", "medan")
# Ranges: (word before the low figure, word between, word after the high one): 'mellan 40 och 60'
RANGES = (("mellan", "och", ""),)
FROM_TO = (("från", "till"),)  # "from N to M": N is superseded
# Toll verbs before the number: the number after them is the toll's latest update
UPDATE_BEFORE = (
    "har stigit till",
    "stigit till",
    "steg till",
    "stiger till",
    "har ökat till",
    "ökat till",
    "ökade till",
    "uppgår nu till",
    "uppgår till",
    "har nått",
    "nådde",
)
# The toll revised down: the number is the latest update, though smaller ("justerat ned dödssiffran till 18")
REVISED_DOWN = ("justerat ned", "justerade ned", "nedjusterat", "nedjusterad", "reviderat ned", "sänkt")
# Markers of an earlier figure shortly before the number ("Först uppgavs 25 döda", "tidigare"): the headline takes
# a later one
EARLIER_BEFORE = ("tidigare", "först uppgavs", "inledningsvis", "ursprungligen", "först rapporterades")
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = ("ytterligare",)
QUALIFIERS_BEFORE = {
    "minst": "at_least",
    "drygt": "more_than",
    "knappt": "nearly",
    "åtminstone": "at_least",
    "mer än": "more_than",
    "över": "more_than",
    "fler än": "more_than",
    "upp till": "up_to",
    "nästan": "nearly",
    "närmare": "nearly",
    "omkring": "about",
    "cirka": "about",
    "runt": "about",
    "ungefär": "about",
    "ca": "about",
}
# The attackers, right after the number ("two gunmen killed four"): the subject of the harm, and their own dead
# are no toll of the victims
PERPETRATORS = ("gärningsmän", "angripare", "terrorister", "beväpnade män", "skyttar", "kidnappare")
SUBSET_BEFORE = ("bland dem", "varav", "däribland", "inklusive")
NOT_COUNTS_AFTER = (
    "sjukhus",  # the hospitals the hurt were taken to ("till ett sjukhus"): the article, no count of people
    "år",
    "km",
    "kilometer",
    "meter",
    "%",
    "procent",
    "timmar",
    "dagar",
    "minuter",
    "kronor",
    "dollar",
    "grader",
)
COUNT_NOUNS = ("antalet", "dödssiffran", "dödstalet")
PROJECTION_BEFORE = ("kan stiga", "befaras", "väntas", "riskerar att")
# Who gave a figure (read by core.extract.world_attribution)
# Swedish puts the finite verb second: "Enligt polisen omkom ...", "..., uppger den grekiska räddningstjänsten"
# (the speaker after the verb, adjectives first); a speaker before the verb opens its clause ("Polisen uppger").
VERB_SECOND = True
ACCORDING_BEFORE = ("enligt",)
SPEECH_VERBS = (
    "uppger", "uppgav", "meddelar", "meddelade", "säger", "sade", "rapporterar", "rapporterade", "bekräftar",
    "bekräftade", "skriver", "skrev",
)  # fmt: skip
SOURCE_LEADING = ("den", "det", "de")
SOURCE_TRAILING = ("att",)  # "uppger polisen att ...": the word that opens the reported clause
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polisen": "police",
    "räddningstjänsten": "fire service",
    "myndigheterna": "authorities",
    "regeringen": "government",
    "ministeriet": "ministry",
    "hälsoministeriet": "health ministry",
    "sjukhuset": "hospital",
    "utredningskommittén": "investigators",
    "kustbevakningen": "coast guard",
    "statliga medier": "state media",
    "nyhetsbyrån": "news agency",
    "borgmästaren": "mayor",
    "guvernören": "governor",
}
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("fortfarande", "ännu", "kvar")
CARE_WORDS = ("sjukhus*", "vårdas", "inlagda", "intensivvård*")  # a hospital, being admitted: read with STILL_IN_CARE

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("i", "vid")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("SE",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("jordbävning*", "jordskalv*", "tsunami"),
    "water": (
        "översvämning*", "oväder*", "orkan*", "tyfon*", "jordskred*", "skyfall*", "cyklon*", "storm", "stormen",
        "stormar", "lavin*", "laviner", "dammbrott*", "regn", "skred", "jordras*", "monsunregn*", "översvämningarna",
        "skyfallen",
    ),
    "fire": (
        "branden", "bränder", "*brand", "explosion*", "*bränder", "*bränderna", "bränderna", "*branden",
        "skogsbrand*", "eldsvåda*", "i brand", "en brand", "svår brand", "stor brand",
    ),  # not "brand" alone: an English word and name
    "air": (
        "flygplan*", "helikopter*", "flygolycka*", "störtade", "störtar", "flygkrasch*", "flygplansolycka*",
        "*flygplan",
    ),
    "rail": ("tåg", "tåget", "tågolycka*", "järnväg*", "urspår*", "*tåget", "tågkrock*", "pendeltåg*", "godståg*"),
    "road": (
        "buss", "bussen", "bussolycka*", "lastbil*", "trafikolycka*", "bilolycka*", "frontalkrock*", "krock*",
        "motorväg*", "*bussolycka",
    ),
    "ship": (
        "fartyg*", "färja*", "färjan", "båt*", "förlis*", "kantr*", "sjönk", "kapsejs*", "båtolycka*", "*båt",
        "fartygsolycka*",
    ),
    "attack": (
        "attack*", "attentat*", "terrordåd*", "bomb", "bomben", "bombdåd*", "bombattentat*", "skottlossning*",
        "skjutning*", "massaker*", "raket*", "explosion*", "bakhåll*", "skjuten", "skjutna", "skottdrama*",
        "*skjutning", "*skjutningen", "terrorattack*", "knivattack*", "dödsskjut*", "massakern", "flyganfall*",
    ),
    "crowd": ("trängsel*", "upplopp*", "kravaller", "masspanik*"),
    "collapse": ("kollaps*", "rasade", "rasat", "*kollaps", "*kollapsen", "störtade samman"),
    "mine": ("gruv*", "*gruva", "*gruvan", "gruvarbetar*"),
    "weather": (
        "blixtnedslag*", "värmebölja*", "värmeböljan", "köldknäpp*", "oväder*", "hetta", "hettan", "värmen", "kyla",
        "kylan", "åsknedslag*", "blixten", "värmebölja",
    ),
    "volcano": ("vulkan*", "*vulkan", "vulkanutbrott*", "lava"),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("torsdagen", "torsdagskvällen"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = (
    "en", "s", "skväll", "skvällen", "smorgon", "smorgonen", "snatt", "snatten", "seftermiddag", "seftermiddagen"
)
# "78 kroppar": the bodies recovered, the dead (only the number right before counts)
BODY_NOUNS = ("kroppar",)
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = ("till tt", "i ett pressmeddelande", "på twitter")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# dagar tidigare", "# veckor tidigare", "för # dagar sedan", "för # veckor sedan", "för en vecka sedan",
    "för en månad sedan", "en vecka tidigare", "en månad tidigare", "förra veckan", "förra månaden", "dagen innan",
    "dagen före",
)  # fmt: skip
# The relative words that open the clause of an event's toll after its noun
# (multilingual._a_follow_ups_own_toll): "branden den 12 juni 2004, då 57 människor omkom"
EVENT_RELATIVES = ("då", "där", "som", "vid vilken", "i vilken")
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Duizenden mensen woonden de begrafenis van de doden bij"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("av de", "för de")
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {
    "killed": (
        "krävde ... liv", "krävde ... människoliv", "skördade ... liv", "skördade ... människoliv",
        "kostade ... livet",
    ),
}
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("ingen", "inga")
# "klockan 5": a clock time before a number, no count of people
NOT_COUNTS_BEFORE = ("klockan", "kl.", "kl",)
# A relative pronoun after a comma goes on with the counted people (core.extract.world_binding):
# "16 personer, som dog i branden"
RELATIVES = ("som",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("främst", "mestadels", "de flesta", "huvudsakligen", "framför allt")
