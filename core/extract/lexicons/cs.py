"""Czech lexicon (shared shape, see `es.py` for the names): data only. Words are inflected ("zemřelo",
"zraněných", "pohřešovaných"): triggers are word beginnings (MATCH "prefix"); number words in their case forms
("pěti", "dvaceti")."""

from __future__ import annotations

LANGUAGE = "cs"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tis.": 1000, "tisíc": 1000, "tisíce": 1000, "mil.": 1_000_000, "milion": 1_000_000, "milionů": 1_000_000}
# Number words and their case forms ("pět", "pěti"); tens before units ("dvacet čtyři" = 24), hundreds after their
# multiplier ("dvě stě" = 200, "pět set" = 500)
NUMBER_WORDS = {
    "jeden": 1, "jedna": 1, "jednoho": 1, "dva": 2, "dvě": 2, "dvou": 2, "dvěma": 2, "tři": 3, "tří": 3, "třech": 3,
    "třemi": 3, "čtyři": 4, "čtyř": 4, "čtyřech": 4, "čtyřmi": 4, "pět": 5, "pěti": 5, "šest": 6, "šesti": 6,
    "sedm": 7, "sedmi": 7, "osm": 8, "osmi": 8, "devět": 9, "devíti": 9, "deset": 10, "deseti": 10,
    "jedenáct": 11, "jedenácti": 11, "dvanáct": 12, "dvanácti": 12, "třináct": 13, "třinácti": 13,
    "čtrnáct": 14, "čtrnácti": 14, "patnáct": 15, "patnácti": 15, "šestnáct": 16, "šestnácti": 16,
    "sedmnáct": 17, "sedmnácti": 17, "osmnáct": 18, "osmnácti": 18, "devatenáct": 19, "devatenácti": 19,
    "dvacet": 20, "dvaceti": 20, "třicet": 30, "třiceti": 30, "čtyřicet": 40, "čtyřiceti": 40, "padesát": 50,
    "padesáti": 50, "šedesát": 60, "šedesáti": 60, "sedmdesát": 70, "sedmdesáti": 70, "osmdesát": 80,
    "osmdesáti": 80, "devadesát": 90, "devadesáti": 90, "sto": 100, "sta": 100, "stě": 100, "set": 100,
    "tisíc": 1000,
    # units before tens written as one word with "a" ("pětadvacet" = 25, "čtyřiadvacet" = 24): listed, as a joining
    # "a" between number words apart would read "tři a dva" (three, and two) as five
    "jednaadvacet": 21, "jednaadvaceti": 21, "dvaadvacet": 22, "dvaadvaceti": 22, "třiadvacet": 23,
    "třiadvaceti": 23, "čtyřiadvacet": 24, "čtyřiadvaceti": 24, "pětadvacet": 25, "pětadvaceti": 25,
    "šestadvacet": 26, "šestadvaceti": 26, "sedmadvacet": 27, "sedmadvaceti": 27, "osmadvacet": 28,
    "osmadvaceti": 28, "devětadvacet": 29, "devětadvaceti": 29, "jednaatřicet": 31, "jednaatřiceti": 31,
    "dvaatřicet": 32, "dvaatřiceti": 32, "třiatřicet": 33, "třiatřiceti": 33, "čtyřiatřicet": 34,
    "čtyřiatřiceti": 34, "pětatřicet": 35, "pětatřiceti": 35, "šestatřicet": 36, "šestatřiceti": 36,
    "sedmatřicet": 37, "sedmatřiceti": 37, "osmatřicet": 38, "osmatřiceti": 38, "devětatřicet": 39,
    "devětatřiceti": 39, "jednaačtyřicet": 41, "jednaačtyřiceti": 41, "dvaačtyřicet": 42, "dvaačtyřiceti": 42,
    "třiačtyřicet": 43, "třiačtyřiceti": 43, "čtyřiačtyřicet": 44, "čtyřiačtyřiceti": 44, "pětačtyřicet": 45,
    "pětačtyřiceti": 45, "šestačtyřicet": 46, "šestačtyřiceti": 46, "sedmačtyřicet": 47, "sedmačtyřiceti": 47,
    "osmačtyřicet": 48, "osmačtyřiceti": 48, "devětačtyřicet": 49, "devětačtyřiceti": 49, "jednaapadesát": 51,
    "jednaapadesáti": 51, "dvaapadesát": 52, "dvaapadesáti": 52, "třiapadesát": 53, "třiapadesáti": 53,
    "čtyřiapadesát": 54, "čtyřiapadesáti": 54, "pětapadesát": 55, "pětapadesáti": 55, "šestapadesát": 56,
    "šestapadesáti": 56, "sedmapadesát": 57, "sedmapadesáti": 57, "osmapadesát": 58, "osmapadesáti": 58,
    "devětapadesát": 59, "devětapadesáti": 59, "jednaašedesát": 61, "jednaašedesáti": 61, "dvaašedesát": 62,
    "dvaašedesáti": 62, "třiašedesát": 63, "třiašedesáti": 63, "čtyřiašedesát": 64, "čtyřiašedesáti": 64,
    "pětašedesát": 65, "pětašedesáti": 65, "šestašedesát": 66, "šestašedesáti": 66, "sedmašedesát": 67,
    "sedmašedesáti": 67, "osmašedesát": 68, "osmašedesáti": 68, "devětašedesát": 69, "devětašedesáti": 69,
    "jednaasedmdesát": 71, "jednaasedmdesáti": 71, "dvaasedmdesát": 72, "dvaasedmdesáti": 72, "třiasedmdesát": 73,
    "třiasedmdesáti": 73, "čtyřiasedmdesát": 74, "čtyřiasedmdesáti": 74, "pětasedmdesát": 75, "pětasedmdesáti": 75,
    "šestasedmdesát": 76, "šestasedmdesáti": 76, "sedmasedmdesát": 77, "sedmasedmdesáti": 77, "osmasedmdesát": 78,
    "osmasedmdesáti": 78, "devětasedmdesát": 79, "devětasedmdesáti": 79, "jednaaosmdesát": 81,
    "jednaaosmdesáti": 81, "dvaaosmdesát": 82, "dvaaosmdesáti": 82, "třiaosmdesát": 83, "třiaosmdesáti": 83,
    "čtyřiaosmdesát": 84, "čtyřiaosmdesáti": 84, "pětaosmdesát": 85, "pětaosmdesáti": 85, "šestaosmdesát": 86,
    "šestaosmdesáti": 86, "sedmaosmdesát": 87, "sedmaosmdesáti": 87, "osmaosmdesát": 88, "osmaosmdesáti": 88,
    "devětaosmdesát": 89, "devětaosmdesáti": 89, "jednaadevadesát": 91, "jednaadevadesáti": 91, "dvaadevadesát": 92,
    "dvaadevadesáti": 92, "třiadevadesát": 93, "třiadevadesáti": 93, "čtyřiadevadesát": 94, "čtyřiadevadesáti": 94,
    "pětadevadesát": 95, "pětadevadesáti": 95, "šestadevadesát": 96, "šestadevadesáti": 96, "sedmadevadesát": 97,
    "sedmadevadesáti": 97, "osmadevadesát": 98, "osmadevadesáti": 98, "devětadevadesát": 99, "devětadevadesáti": 99,
    "jedenadvacet": 21, "jedenadvaceti": 21,
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "desítky": (12, 12, 99),
    "desítek": (12, 12, 99),
    "několik desítek": (12, 12, 99),
    "stovky": (100, 100, 999),
    "stovek": (100, 100, 999),
    "několik set": (100, 100, 999),
    "tisíce": (1000, 1000, 9999),
    "tisíců": (1000, 1000, 9999),
    "několik tisíc": (1000, 1000, 9999),
    "desítky tisíc": (10_000, 10_000, 99_999),
    "desítek tisíc": (10_000, 10_000, 99_999),
    "stovky tisíc": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        "zemřel", "zemřou", "zahynul", "zabit", "zabil", "usmrt", "mrtv", "obětí", "oběti", "úmrtí", "utonul", "utopil",
        "nepřežil", "přišlo o život", "přišli o život", "přišla o život", "přišel o život", "připravil o život",
        "připravila o život",
        "životů", "lidských životů",  # lives: "požár si vyžádal 14 lidských životů"
    ),
    "wounded": (
        "zraněn", "zranil", "raněn", "poraněn", "utrpěl", "zranění", "hospitalizován", "hospitalizovan",
        "převezen do nemocnic", "převezeno do nemocnic", "převezeni do nemocnic", "skončil v nemocnic",
        "skončilo v nemocnic", "skončili v nemocnic",
    ),
    "missing": ("pohřešuj", "pohřešovan", "nezvěstn"),
    "displaced": ("evakuován", "evakuovan", "evakuováno", "bez střechy nad hlavou", "bez domova"),
    "arrested": ("zatčen", "zadržen", "zatkl", "zadržel"),
}  # fmt: skip
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "mrtvých a zraněných", "mrtvých či zraněných", "mrtvých nebo zraněných", "zabitých a zraněných",
    "zabitých nebo zraněných", "zemřelo nebo bylo zraněno", "mrtvých a pohřešovaných", "mrtvých či pohřešovaných",
    "zemřelo nebo je pohřešováno",
)  # fmt: skip
# The injured by severity (core.extract.world_grades), and the words that coordinate two counts
INJURY_GRADES = {
    "critical": ("kritick", "život ohrožující"),
    "severe": ("vážně", "vážn", "těžce", "těžk"),
    "moderate": ("středně",),
    "light": ("lehce", "lehk", "lehč"),
}
COORDINATORS = ("a", "i", "zatímco")
# Ranges: (word before the low figure, word between, word after the high one): 'mezi 20 a 30'
RANGES = (("mezi", "a", ""), ("od", "do", ""), ("", "až", ""))  # "20 až 30 lidí"
QUALIFIERS_BEFORE = {
    "nejméně": "at_least",
    "minimálně": "at_least",
    "alespoň": "at_least",
    "přinejmenším": "at_least",
    "nejmíň": "at_least",
    "více než": "more_than",
    "víc než": "more_than",
    "přes": "more_than",
    "přesáhl": "more_than",
    "přesáhla": "more_than",
    "téměř": "nearly",
    "skoro": "nearly",
    "bezmála": "nearly",
    "asi": "about",
    "zhruba": "about",
    "přibližně": "about",
    "kolem": "about",
    "okolo": "about",
    "až": "up_to",
}
# The toll revised down: the number is the latest update, though smaller
REVISED_DOWN = ("snížil na", "snížila na", "snížilo na", "klesl na", "klesla na", "kleslo na", "revidoval")
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = ("původně", "zpočátku", "dříve", "předchozí", "nejprve")
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = ("další", "dalších")
# The attackers, right after the number: their own dead are no toll of the victims
PERPETRATORS = ("útoční", "teroris", "atentátní", "ozbrojenc")
# A toll noun alone counts the dead
TOLL_NOUNS = ("bilance",)
SUBSET_BEFORE = ("z toho", "mezi nimi", "včetně", "z nichž")
SUBSET_AFTER = ("z nich",)
NOT_COUNTS_AFTER = (
    "krát", "let", "roků", "roku", "rok", "km", "kilometr", "metr", "%", "procent", "hodin", "dní", "dnů", "minut",
    "kč", "korun", "dolar", "eur", "stup", "budov", "dom", "tun",
)  # fmt: skip
COUNT_NOUNS = ("počet", "bilance")
PROJECTION_BEFORE = ("může vzrůst", "může stoupnout", "by mohl", "by mohla")
FROM_TO = (("z", "na"),)  # "vzrostl z 10 na 15": the first is superseded
# The number fronted before its toll verb ("До 14 выросло число погибших", to 14 rose the number of the dead): the
# number is the toll's latest update
UPDATE_AFTER = ("stoupl", "vzrostl", "stoupla", "vzrostla", "stouplo", "vzrostlo")
UPDATE_BEFORE = (
    "vzrostl na", "vzrostla na", "vzrostlo na", "stoupl na", "stoupla na", "stouplo na", "se zvýšil na",
    "se zvýšila na", "se zvýšilo na", "dosáhl", "dosáhla", "dosáhlo", "činí",
)  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("podle", "jak uvedl", "jak uvedla", "jak uvedli", "jak informoval", "jak informovala")
SPEECH_VERBS = (
    "uvedl", "uvedla", "uvedlo", "uvedli", "řekl", "řekla", "oznámil", "oznámila", "oznámilo", "oznámili",
    "informoval", "informovala", "informovalo", "sdělil", "sdělila", "sdělilo", "potvrdil", "potvrdila",
    "potvrdilo",
)  # fmt: skip
# source noun -> its English kind, so claimants meet across languages; stems, as the nouns are declined ("podle
# hasičů", "podle ministerstva")
SOURCE_NOUNS = {
    "ministerstv": "ministry",
    "ministr": "minister",
    "vlád": "government",
    "úřad": "authorities",
    "polici": "police",
    "hasičský záchranný sbor": "fire service",
    "hasič": "firefighters",
    "záchranář": "rescuers",
    "záchranná služba": "ambulance service",
    "záchranné služby": "ambulance service",
    "starost": "mayor",
    "prezident": "president",
    "hejtman": "governor",
    "guvernér": "governor",
    "mluvčí": "spokesperson",
    "agentur": "agency",
    "nemocnic": "hospital",
    "médi": "media",
    "státní médi": "state media",
    "státních médi": "state media",
}
# Places (core.extract.world_places): words after which a capitalised name is where something happened
LOCATIVES = ("v", "ve", "u", "nedaleko", "poblíž")
# The countries where the language is the main one: between towns of one name, theirs
HOME_COUNTRIES = ("CZ",)
# A name's endings when not inflected ("v Ostravě": Ostrava, "v Brně": Brno)
PLACE_BASE_ENDINGS = ("a", "o", "y", "e")
# ... and a stem's last consonant as the locative softens it ("v Praze": Praha, "v Africe": Afrika)
PLACE_GRADATION = {"h": "z", "k": "c"}
# A name right after these (no preposition between) is a square's, a street's or a building's, not a town's:
# 'na náměstí Míru', 'v hotelu Hilton' (core.extract.world_places)
BUILDING_WORDS = (
    "náměstí", "ulic", "třídě", "třída", "nábřeží", "most", "hotel", "nádraží", "stadion", "nemocnic", "škol",
    "obchodní centrum", "obchodním centru", "sídliště", "klub",
)  # fmt: skip
ORIGIN_BEFORE = ("občané", "občanů", "pocházející z")
# A relative pronoun after a comma goes on with the counted people
RELATIVES = ("kteří", "které", "jež")
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("převážně", "většinou", "hlavně", "především")
# A toll to date over a whole war, season or year: any figure in the sentence is cumulative
SINCE_START = (
    "od začátku války", "od začátku invaze", "od začátku konfliktu", "od začátku roku", "od počátku války",
    "od počátku roku",
)  # fmt: skip
SUPERLATIVES = ("nejsmrtonosnější", "nejhorší", "nejtragičtější", "největší", "nejkrvavější")
# Relative day words, counted back from the publication
DAYS_BACK = {"včera": 1, "předevčírem": 2}
# Those still in care, a part of the injured, not their total
STILL_IN_CARE = ("stále", "nadále", "zůstává", "zůstávají", "dosud")
CARE_WORDS = ("nemocnic", "hospitaliz")
# Kinds of disaster a headline names, by family (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("zemětřesení", "tsunami"),
    "water": (
        "povodeň", "povodn*", "záplav*", "hurikán*", "tajfun*", "sesuv*", "lavin*", "bouř*", "cyklon*", "přívalov*",
        "déšť", "deště", "dešťů", "vichřic*", "tornád*", "protržení hráze", "povodně", "bouřky",
    ),
    "fire": ("požár*", "výbuch*", "exploz*"),
    "air": ("letadl*", "vrtulník*", "letecké neštěstí", "letoun*", "letecká nehoda", "letecké nehod*"),
    "rail": ("vlak*", "železnič*", "vykolej*", "tramvaj*"),
    "road": (
        "autobus*", "kamion*", "dopravní nehod*", "autonehod*", "čelní srážk*", "dopravních nehod*", "dálnic*",
        "hromadná nehoda", "hromadné nehodě",
    ),
    "ship": ("loď", "lodě", "trajekt*", "člun*", "potopil*", "potopení"),
    "attack": (
        "útok*", "atentát*", "bomba", "bomby", "bombov*", "bombard*", "střelb*", "ostřel*", "raket*", "výbuch*",
        "exploz*", "střelec", "střelce", "střelci", "zastřel*", "masakr*", "přestřelk*", "nálet*", "útočník*",
        "pobodal*",
    ),
    "crowd": ("tlačenic*", "ušlapán*", "nepokoj*", "výtržnost*", "vzpour*", "tlačenice"),
    "collapse": ("zřícení", "zřítil*", "zhroutil*", "zřítila", "zřítilo"),
    "mine": ("důl", "dolu", "horník*", "horníci"),
    "volcano": ("sopk*", "vulkán*", "erupc*", "láva", "lávy"),
    "weather": (
        "úder blesku", "bleskem", "vedro", "vedra", "horko", "horka", "mráz", "mrazy", "podchlazení", "vlna veder",
    ),
}  # fmt: skip
# "78 těl": the bodies recovered, the dead (only the number right before counts; not "tělocvičny")
BODY_NOUNS = ("těl ", "těl.", "těl,", "těla")
# A verb's singular form that tells the death of one, with no number ("the driver died"); not after a negation
SINGULAR_DEATHS = (
    "zemřel", "zemřela", "zahynul", "zahynula", "nepřežil", "nepřežila", "utonul", "utonula", "utopil", "utopila",
)  # fmt: skip

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "před # dny", "před # týdny", "před týdnem", "před měsícem", "o # dní dříve", "o týden dříve", "o den dříve",
    "minulý týden", "minulý měsíc", "den předtím",
)  # fmt: skip
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("pohřb", "pohřeb", "rozloučil", "rozloučen", "pietní", "tryzn", "posledn rozloučení")

# Date words: a headline counting years since an event ('Deset let od tragédie', 'před dvaceti lety', '10. výročí';
# `core.extract.look_back`)
# A phrase without a count ("rok po", a year after) counts one year (`core.extract.look_back`)
YEARS_ON = ("{n} let od", "{n} let po", "{n} roky od", "{n} roky po", "před {n} lety", "{n} výročí", "{n}. výročí",
            "rok po", "rok od", "je to rok", "před rokem")  # fmt: skip
YEAR_COUNTS = {
    "pět": 5, "deset": 10, "patnáct": 15, "dvacet": 20, "třicet": 30, "pěti": 5, "deseti": 10, "patnácti": 15,
    "dvaceti": 20, "třiceti": 30, "páté": 5, "desáté": 10, "dvacáté": 20,
}  # fmt: skip
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
