"""Norwegian lexicon (Bokmål and Nynorsk; shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "no"
MATCH = "word"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tusen": 1000, "millioner": 1_000_000, "million": 1_000_000}
NUMBER_WORDS = {
    "en": 1,
    "én": 1,  # the stressed 'one', never the article
    "ett": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "åtte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tjue": 20,
    "tretti": 30,
    "førti": 40,
    "femti": 50,
    "hundre": 100,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "seksti": 60,
    "sytti": 70,
    "åtti": 80,
    "nitti": 90,
    "tjueen": 21,
    "tjueto": 22,
    "tjuetre": 23,
    "tjuefire": 24,
    "tjuefem": 25,
    "tjueseks": 26,
    "tjuesju": 27,
    "tjuesyv": 27,
    "tjueåtte": 28,
    "tjueni": 29,
    "trettien": 31,
    "trettito": 32,
    "trettitre": 33,
    "trettifire": 34,
    "trettifem": 35,
    "trettiseks": 36,
    "trettisju": 37,
    "trettisyv": 37,
    "trettiåtte": 38,
    "trettini": 39,
    "førtien": 41,
    "førtito": 42,
    "førtitre": 43,
    "førtifire": 44,
    "førtifem": 45,
    "førtiseks": 46,
    "førtisju": 47,
    "førtisyv": 47,
    "førtiåtte": 48,
    "førtini": 49,
    "femtien": 51,
    "femtito": 52,
    "femtitre": 53,
    "femtifire": 54,
    "femtifem": 55,
    "femtiseks": 56,
    "femtisju": 57,
    "femtisyv": 57,
    "femtiåtte": 58,
    "femtini": 59,
    "sekstien": 61,
    "sekstito": 62,
    "sekstitre": 63,
    "sekstifire": 64,
    "sekstifem": 65,
    "sekstiseks": 66,
    "sekstisju": 67,
    "sekstisyv": 67,
    "sekstiåtte": 68,
    "sekstini": 69,
    "syttien": 71,
    "syttito": 72,
    "syttitre": 73,
    "syttifire": 74,
    "syttifem": 75,
    "syttiseks": 76,
    "syttisju": 77,
    "syttisyv": 77,
    "syttiåtte": 78,
    "syttini": 79,
    "åttien": 81,
    "åttito": 82,
    "åttitre": 83,
    "åttifire": 84,
    "åttifem": 85,
    "åttiseks": 86,
    "åttisju": 87,
    "åttisyv": 87,
    "åttiåtte": 88,
    "åttini": 89,
    "nittien": 91,
    "nittito": 92,
    "nittitre": 93,
    "nittifire": 94,
    "nittifem": 95,
    "nittiseks": 96,
    "nittisju": 97,
    "nittisyv": 97,
    "nittiåtte": 98,
    "nittini": 99,
}
# Round amounts: about the figure ("et titall ble skadd", about ten were injured)
APPROXIMATE = {
    "et titall": 10, "et tjuetall": 20, "et trettitall": 30,
    "et førtitall": 40, "et femtitall": 50, "et hundretall": 100, "et dusin": 12,
    "to dusin": 24, "tre dusin": 36,  # "over to dusin skadde", not "to" (2)
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dusinvis": (12, 12, 99),
    "flere dusin": (12, 12, 99),
    "hundrevis": (100, 100, 999),
    "flere hundre": (100, 100, 999),
    "tusenvis": (1000, 1000, 9999),
    "flere tusen": (1000, 1000, 9999),
    "titusenvis": (10_000, 10_000, 99_999),
    "hundretusenvis": (100_000, 100_000, 999_999),
    "titalls": (12, 12, 99),
    "flere titalls": (12, 12, 99),
    "noen hundre": (100, 100, 999),
}
NUMBER_JOINERS = ("og",)  # "tre hundre og femti" (350)
TRIGGERS = {
    "killed": (
        "drept*",
        "døde",
        "død",
        "omkom*",
        "mistet livet",
        "tok livet av",
        "livet av",
        "mennesker livet",
        "personer livet",
        "menneskeliv",
        "dødstall*",
        "dødsofre",
        "dødsfall",
        "drepte",
        "omkomne",
        "druknet",
        "druknede",
    ),
    "wounded": (
        "skadet",
        "skadd*",
        "såret",
        "sårede",
        "skader",
        "fraktet til sykehus",
        "sendt til sykehus",
        "kjørt til sykehus",
        "innlagt på sykehus",
        "brakt til sykehus",
        "fløyet til sykehus",
    ),
    "missing": ("savnet", "savnede", "sakna"),
    "displaced": ("evakuert", "hjemløse", "fordrevne",
        # "800 mennesker har måttet forlate hjemmene sine": those who had to leave their homes
        "forlate hjemmene", "forlate hjemmet", "forlatt hjemmene",
    ),
    "arrested": ("arrestert", "pågrepet", "anholdt"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "drept eller skadd", "drept eller såret", "drepte eller skadde", "døde eller skadde", "døde og skadde",
    "drepte og skadde", "omkom eller ble skadd", "døde eller ble skadd", "drept eller skadet",
    "døde eller savnet",
    "døde og savnede",
    "omkom eller er savnet",
)  # fmt: skip
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("kritisk", "kritisk skadd", "livstruende", "livstruende skadd"),
    "severe": ("alvorlig", "alvorlige", "hardt", "hardt skadd", "alvorleg"),
    "moderate": ("moderat", "moderate"),
    "light": ("lettere", "lett", "lettere skadd", "mindre alvorlig", "mindre alvorlige", "små skader"),
}
COORDINATORS = ("og", "mens")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (("mellom", "og", ""),)
FROM_TO = (("fra", "til"),)  # "from N to M": N is superseded
QUALIFIERS_BEFORE = {
    "minst": "at_least",
    "i hvert fall": "at_least",
    "mer enn": "more_than",
    "over": "more_than",
    "flere enn": "more_than",
    "opptil": "up_to",
    "inntil": "up_to",
    "nesten": "nearly",
    "nærmere": "nearly",
    "rundt": "about",
    "omkring": "about",
    "omtrent": "about",
    "cirka": "about",
    "ca.": "about",
    "har passert": "more_than",
    "passert": "more_than",
    "passerte": "more_than",
    "oversteg": "more_than",
    "overstiger": "more_than",
}
# Toll verbs before the number: the number after them is the toll's latest update
UPDATE_BEFORE = (
    "økte til",
    "har økt til",
    "økt til",
    "steg til",
    "har steget til",
    "steget til",
    "stiger til",
    "er oppe i",
    "nådde",
    "har nådd",
)
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "nedjustert",
    "justert ned",
    "nedjusterte",
    "redusert til",
    "nedjustert til",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "først ble det meldt",
    "tidligere",
    "i første omgang",
    "innledningsvis",
    "opprinnelig",
)
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = ("ytterligere",)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "terrorister",
    "gjerningsmenn",
    "angripere",
    "selvmordsbombere",
)
SUBSET_BEFORE = ("blant dem", "blant disse", "deriblant", "inkludert", "av dem")
SUBSET_AFTER = ("av dem",)
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("blant de", "blant")
NOT_COUNTS_AFTER = (
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "sykehus", "ulike sykehus", "forskjellige sykehus",
    "år",
    "km",
    "kilometer",
    "meter",
    "%",
    "prosent",
    "timer",
    "dager",
    "minutter",
    "kroner",
    "dollar",
    "grader",
    "hus",
)
COUNT_NOUNS = ("antall", "tallet på")
PROJECTION_BEFORE = ("kan stige", "kan bli", "frykter")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("i", "ved", "nær")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
# A toll to date over a whole war, season or year: any figure in the sentence is cumulative
SINCE_START = (
    "siden starten av året",
    "siden årsskiftet",
    "siden nyttår",
    "hittil i år",
    "så langt i år",
    "siden krigens start",
    "siden krigen startet",
    "siden begynnelsen av krigen",
    "siden sesongstart",
)
# With a superlative the toll-to-date words measure the incident
SUPERLATIVES = (
    "dødeligste",
    "verste",
    "mest dødelig",
)
HOME_COUNTRIES = ("NO",)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("fortsatt", "fremdeles", "ennå")
CARE_WORDS = (
    "sykehus*",
    "innlagt",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("jordskjelv*", "skjelvet", "tsunami"),
    "water": (
        "flom", "flommen", "flomkatastrofe*", "flomskred*", "oversvømmel*", "uvær*", "orkan*", "tyfon*", "jordras*",
        "leirskred*", "skred*", "snøskred*", "styrtregn*", "syklon*", "storm", "stormen", "lavine*", "regn",
        "dambrudd*", "ekstremvær*", "uværet",
        # a quick-clay slide ("kvikkleireskred", "jordskredet") and the slide itself ("raset", not "ras": Ras Tanura)
        "*skred", "*skredet", "*skredene", "raset", "rasene", "rasulykke*", "rasområde*", "*raset",
    ),
    "fire": ("brann*", "*brann", "eksplosjon*", "*brannen", "*brannene", "*branner", "skogbrann*"),
    "air": ("flyet", "flyulykke*", "flystyrt*", "helikopter*"),
    "rail": ("toget", "togulykke*", "jernbane*", "avsporing*"),
    "road": (
        "buss", "bussen", "busser", "bussulykke*", "lastebil*", "trafikkulykke*", "bilulykke*", "frontkollisjon*",
        "møteulykke*", "*bussulykke", "motorvei*",
    ),
    "ship": ("skipet", "skipsforlis*", "båt*", "ferge*", "forlis*", "kantr*", "sank", "kantret", "båtulykke*"),
    "attack": (
        "angrep*", "terror*", "bombe", "bomben", "bombeangrep*", "skyting*", "skyteepisode*", "massakre*", "rakett*",
        "eksplosjon*", "bakhold*", "skutt", "skudd", "skuddveksling*", "*angrep", "knivangrep*", "terrorangrep*",
        "masseskyting*", "*skyting", "*skytingen", "=åpnet ild", "massakren",
    ),
    "crowd": ("trengsel*", "opptøyer"),
    "collapse": ("kollaps*", "*kollaps", "raste sammen", "kollapset"),
    "mine": ("gruve*", "*gruve", "*gruven", "gruvearbeider*"),
    "weather": ("lynnedslag*", "hetebølge*", "kuldebølge*", "uvær*", "kulde", "hetebølge", "lynet"),
    "volcano": ("vulkan*", "*vulkan", "vulkanutbrudd*", "lava"),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("torsdagen", "torsdagskvelden"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = ("en", "s", "skveld", "skvelden", "smorgen", "snatt", "snatten")

# Who gave a figure (read by core.extract.world_attribution). Norwegian puts the finite verb second, as Swedish
# does: "Ifølge politiet omkom ...", "..., opplyser det greske brannvesenet", "Politiet opplyser".
VERB_SECOND = True
ACCORDING_BEFORE = ("ifølge",)
SPEECH_VERBS = (
    "opplyser", "opplyste", "sier", "sa", "melder", "meldte", "bekrefter", "bekreftet", "skriver", "skrev",
    "rapporterer", "rapporterte",
)  # fmt: skip
SOURCE_LEADING = ("den", "det", "de")
SOURCE_TRAILING = ("at",)  # "opplyser politiet at ...": the word that opens the reported clause
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "politiet": "police",
    "myndighetene": "authorities",
    "helsemyndighetene": "health authorities",
    "regjeringen": "government",
    "departementet": "ministry",
    "helsedepartementet": "health ministry",
    "sykehuset": "hospital",
    "brannvesenet": "fire service",
    "redningsmannskaper": "rescuers",
    "redningsmannskapene": "rescuers",
    "sivilforsvaret": "civil defence",
    "talsperson": "spokesperson",
    "talsmann": "spokesperson",
    "ordføreren": "mayor",
    "guvernøren": "governor",
    "nyhetsbyrået": "news agency",
    "statlige medier": "state media",
    "medier": "media",
    "kilder": "sources",
}
# "78 lik": the bodies recovered, the dead (only the number right before counts)
BODY_NOUNS = ("lik",)
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = ("til ntb", "i en pressemelding", "på twitter")

# 'this number', 'the figure' told on in a later sentence, a kind named before: that kind's updated count
# ("Mandag var ni personer omkommet. Tirsdag steg tallet til 25")
COUNT_ANAPHORS = ("tallet", "dette tallet", "antallet")
# A word right before a number that makes it no count: a road's number ("riksvei 7"), a kilometre post
NOT_COUNTS_BEFORE = ("riksvei", "fylkesvei", "rv.", "fv.", "km", "styrke")
# the past perfect: "Brannen i Mati hadde krevd 102 menneskeliv" (after the text's own toll, an older event's)
PAST_PERFECT = ("hadde",)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# dager tidligere", "# uker tidligere", "for # dager siden", "for # uker siden", "for en uke siden",
    "for en måned siden", "en uke tidligere", "en måned tidligere", "forrige uke", "i forrige uke", "forrige måned",
    "dagen før", "dagen i forveien",
)  # fmt: skip
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {
    "killed": (
        "krevde ... liv", "krevde ... menneskeliv", "kostet ... livet",
    ),
}
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("minnestund*", "begravelse*", "minnemarkering*", "bisettelse*", "sørgemarsj*")
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("ingen",)
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
# A relative pronoun after a comma goes on with the counted people (core.extract.world_binding):
# "16 mennesker, som døde i brannen"
RELATIVES = ("som",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("hovedsakelig", "de fleste", "særlig", "for det meste")
