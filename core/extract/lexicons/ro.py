"""Romanian lexicon (shared shape, see `es.py` for the names): data only; both comma- and cedilla-letters."""

from __future__ import annotations

LANGUAGE = "ro"
MATCH = "prefix"
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"mii": 1000, "de mii": 1000, "milioane": 1_000_000}
NUMBER_WORDS = {  # and without diacritics ('noua', 'sapte', 'douazeci')
    "unu": 1,
    "un": 1,  # "un mort și trei răniți"; as the article, guarded by the pipeline ('Un incendiu a ucis 12')
    "doi": 2,
    "două": 2,
    "trei": 3,
    "patru": 4,
    "cinci": 5,
    "șase": 6,
    "şase": 6,
    "șapte": 7,
    "şapte": 7,
    "opt": 8,
    "nouă": 9,
    "zece": 10,
    "douăzeci": 20,
    "treizeci": 30,
    "sută": 100,
    "unsprezece": 11,
    "doisprezece": 12,
    "douăsprezece": 12,
    "treisprezece": 13,
    "paisprezece": 14,
    "cincisprezece": 15,
    "șaisprezece": 16,
    "şaisprezece": 16,
    "șaptesprezece": 17,
    "şaptesprezece": 17,
    "optsprezece": 18,
    "nouăsprezece": 19,
    "patruzeci": 40,
    "cincizeci": 50,
    "șaizeci": 60,
    "şaizeci": 60,
    "șaptezeci": 70,
    "şaptezeci": 70,
    "optzeci": 80,
    "nouăzeci": 90,
    "o sută": 100,
    "sute": 100,
    "mie": 1000,
    "o mie": 1000,
    "doua": 2,
    "sase": 6,
    "sapte": 7,
    "noua": 9,
    "douazeci": 20,
    "suta": 100,
    "douasprezece": 12,
    "saisprezece": 16,
    "saptesprezece": 17,
    "nouasprezece": 19,
    "saizeci": 60,
    "saptezeci": 70,
    "nouazeci": 90,
    "o suta": 100,
}
NUMBER_JOINERS = ("și", "şi")  # "douăzeci și trei"
# the feminine one only after another number word ("douăzeci și una de victime", 21): alone "una" is a pronoun
NUMBER_WORDS_AFTER = {"una": 1}
TRIGGERS = {  # with the letters without their diacritics too, as many sites write them ('raniti', 'morti')
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "curmat viețile a", "curmat viața a", "curmat vieţile a", "curmat viaţa a", "curmat viețile", "curmat vieţile",
        # cost the life of: "incendiul a costat viața a 6 persoane"
        "pierit", "pieriră",  # perished: "au pierit 12 oameni"
        "costat viața", "costat viaţa", "costat viata", "costat viețile", "costat vieţile", "costat vietile",
        "morț", "morţ", "mort", "moart", "decedat", "decese", "deces", "victime", "și-au pierdut viața",
        "şi-au pierdut viaţa", "au murit", "a murit", "ucis", "omorât", "cadavre", "si-au pierdut viata", "omorat",
        # the masculine plural of the participles ends in 'ți' ("au fost uciși 4 oameni"): 'ucis' is no prefix of it
        "uciș", "uciş", "omorâț", "omorâţ", "asasinaț", "asasinaţ", "asasinati",
        "ucigând", "ucigand", "omorând",  # the gerund after the event: "..., ucigând 57 de oameni"
    ),
    "wounded": (
        "rănit", "răniț", "răniţ", "răniri", "spitalizat", "spitalizaț", "îngrijiri medicale", "suferit răni",
        "leziuni", "traumatism", "rănind",
        "transportați la spital", "transportate la spital", "transportat la spital", "duse la spital", "internaț",
        "internat", "ranit", "raniri", "ingrijiri medicale", "suferit rani", "transportati la spital",
    ),
    "missing": (
        "dispăru", "dispar", "disparu",
    ),
    "displaced": (
        "evacua", "strămuta", "fără adăpost", "stramuta", "fara adapost",
    ),
    "arrested": (
        "arestat", "reținut", "reţinut", "retinut",
    ),
}  # fmt: skip
# The dead counted together with the missing or the wounded: neither metric counts it
DEAD_AND_WOUNDED = (
    "au murit sau sunt date dispărute", "au murit sau sunt date disparute", "morți sau dispăruți",
    "morti sau disparuti", "morți și dispăruți", "morti si disparuti", "morți și răniți", "morti si raniti",
    "morți sau răniți", "morti sau raniti",
)  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "zeci": (12, 12, 99),
    "zeci de mii": (10_000, 10_000, 99_999),
    "sute": (100, 100, 999),
    "sute de mii": (100_000, 100_000, 999_999),
    "mii": (1000, 1000, 9999),
}
# The injured by severity ("trei răniți grav și alte 12 ușor" = 15, core.extract.world_grades)
INJURY_GRADES = {
    "critical": ("în stare critică", "stare critica", "în stare gravă", "stare grava"),
    "severe": ("grav", "grave"),
    "light": ("ușor", "usor", "ușoare", "usoare"),
}
COORDINATORS = ("și", "şi", "si", "iar")
# Ranges: "între 20 și 30" (between 20 and 30)
RANGES = (("între", "și", ""), ("intre", "si", ""), ("între", "şi", ""))
# The toll revised down: the number is the latest update, though smaller ("revizuit în scădere la 18")
REVISED_DOWN = (
    "revizuit în scădere", "revizuit in scadere", "în scădere la", "a scăzut la", "redus la", "a fost redus",
)  # fmt: skip
# Markers of an earlier figure shortly before the number ("Inițial fuseseră anunțați 25 de morți")
EARLIER_BEFORE = ("inițial", "iniţial", "initial", "anterior", "un bilanț anterior", "un bilant anterior")
# A word right before the number that adds to the toll ("Alte 3 cadavre au fost găsite")
INCREMENT_BEFORE = ("alte", "alţi", "alți", "alti")
QUALIFIERS_BEFORE = {
    "cel puțin": "at_least",
    "cel puţin": "at_least",
    "peste": "more_than",
    "mai mult de": "more_than",
    "mai bine de": "more_than",
    "aproape": "nearly",
    "aproximativ": "about",
    "circa": "about",
    "în jur de": "about",
    "până la": "up_to",
    "cel putin": "at_least",
    "in jur de": "about",
    "pana la": "up_to",
}
# The attackers, right after the number ("two gunmen killed four"): the subject of the harm, and their own dead
# are no toll of the victims
PERPETRATORS = ("atacator", "terorist", "agresor", "asasin", "bărbați înarmați", "indivizi înarmați", "răpitor")
# the doers of a harm when its own count follows the verb ("au ucis patru")
AGENT_NOUNS = ("bărbați", "bărbaţi", "femei", "indivizi", "tineri", "adolescenți", "adolescenţi", "necunoscuți",
               "polițiști", "poliţişti", "agenți", "soldați", "militari", "frați")
SUBSET_BEFORE = (
    "printre care", "dintre care", "inclusiv", "printre",  # "Printre răniți se află și doi cetățeni români"
)  # fmt: skip
NOT_COUNTS_AFTER = (
    # "la ora 5 dimineața", "în 2 ture": a clock time, a shift, no count of people
    "dimineața", "dimineata", "seara", "ture",
    "ani",
    "an ",
    "luni", "lună", "luna ", "săptămâni", "saptamani",  # "o fetiță de 18 luni a murit": an age
    "km",
    "kilometri",
    "metri",
    "%",
    "la sută",
    "ore",
    "zile",
    "minute",
    "lei",
    "euro",
    "dolari",
    "grade",
)
COUNT_NOUNS = (
    "numărul", "bilanțul", "bilanţul", "numarul", "bilantul",
)  # fmt: skip
PROJECTION_BEFORE = ("ar putea", "se tem de", "se teme că", "se tem că")
UPDATE_BEFORE = (
    "a crescut la", "a urcat la", "a ajuns la", "crește la", "urcă la", "creste la", "urca la",
)  # fmt: skip  # toll verbs: the number after them is the toll's latest update
TOLL_NOUNS = (
    "bilanțul", "bilanţul", "bilantul",
)  # fmt: skip  # a toll noun alone counts the dead ("con un saldo de 96")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("potrivit", "conform", "după cum a anunțat",
    "după cum au anunțat",
    "după cum a precizat",
    "după cum au precizat",
    "după cum a declarat",
    "citând",
    "potrivit datelor",
    "dupa cum a anuntat",
)
SPEECH_VERBS = ("a declarat", "a spus", "a anunțat", "a precizat", "a transmis", "au anunțat", "a informat",
    "a afirmat",
    "au declarat",
    "au precizat",
    "au transmis",
    "au informat",
    "a confirmat",
    "au confirmat",
    "au spus",
    "a comunicat",
    "au comunicat",
    "a raportat",
    "a adăugat",
    "a explicat",
    "a arătat",
    "anunță",
    "transmite",
    "informează",
    "precizează",
    "a anuntat",
    "au anuntat",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministerul": "ministry",
    "ministrul": "minister",
    "guvernul": "government",
    "autoritățile": "authorities",
    "poliția": "police",
    "pompierii": "firefighters",
    "isu": "emergency service",
    "primarul": "mayor",
    "prefectul": "prefect",
    "purtătorul de cuvânt": "spokesperson",
    "președintele": "president",
    "agenția": "agency",
    "salvatorii": "rescuers",
    "parchetul": "prosecutor",
    "spital": "hospital",
    "inspectoratul": "inspectorate",
    "smurd": "smurd",
    "salvamont": "mountain rescue",
    "jandarmeri": "gendarmerie",
    "mass-media": "media",
    "agerpres": "agerpres",
    "televiziun": "television",
    "surse": "sources",
    "sursel": "sources",
    "oficial": "officials",
    "guvernator": "governor",
    "autorități": "authorities",
    "autoritati": "authorities",
    "poliți": "police",
    "politi": "police",
    "pompier": "firefighters",
    "salvator": "rescuers",
    "primar": "mayor",
    "primări": "city hall",
    "prefect": "prefect",
    "ministerul sănătății": "health ministry",
    "dsu": "emergency department",
    "departamentul": "department",
}

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("în", "la", "lângă", "din")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("RO", "MD")
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("care",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("majoritatea", "în mare parte", "în special", "mai ales", "în principal")
# Places (core.extract.world_places): division words before a name make it a province's ("județul Gorj"); words
# before a country's name that make it the people's origin, not the place
PROVINCE_WORDS_BEFORE = ("județul", "judeţul", "județului", "judeţului", "provincia")
ORIGIN_BEFORE = ("cetățeni din", "cetăţeni din", "cetățeni ai", "originari din", "originar din")
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'blocul Victoria'
# (core.extract.world_places)
# A river's, a lake's or a mountain's word: the name after it is no town's (core.extract.world_places)
FEATURE_WORDS = ("râul", "fluviul", "lacul", "vulcanul", "muntele")
BUILDING_WORDS = (
    "blocul", "turnul", "clădirea", "hotelul", "podul", "strada", "bulevardul", "piața", "stadionul", "spitalul",
    "clubul", "mall-ul", "școala",
)  # fmt: skip
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = (
    "încă", "rămân", "inca", "raman",
)  # fmt: skip
CARE_WORDS = (
    "spital",
    "internat",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("cutremur*", "seism*", "tsunami"),
    "water": (
        "inundați*", "inundaţi*", "viitur*", "ploi", "ploile", "ploilor", "furtun*", "uragan*", "taifun*",
        "alunecar*", "ciclon*", "tornad*", "alunecăr*", "torențial*", "torenţial*", "baraj", "barajul", "avalanș*",
        "avalanş*", "potop", "potopul", "inundațiile", "viitura", "furtuna",
    ),
    "fire": ("incendi*", "explozi*", "flăcări", "foc", "focul"),
    "air": ("avion*", "elicopter*"),
    "rail": ("tren", "trenul", "trenuri", "trenului", "feroviar*", "deraier*"),
    "road": (
        "autobuz*", "autocar*", "microbuz*", "camion*", "accident rutier", "accidentul rutier", "accidente rutiere",
        "rutier*", "carambol*", "impact frontal", "autostrad*", "mașină", "mașini",
    ),
    "ship": ("navă", "navei", "naufragi*", "vapor*", "scufund*", "ambarcațiun*", "ambarcaţiun*", "barcă", "barca"),
    "attack": (
        "atac*", "atentat*", "bombă", "bombe", "bombardament*", "împușcături*", "împuşcături*", "masacru*", "terori*",
        "rachet*", "explozi*", "ambuscad*", "împușcat*", "împuşcat*", "atacator*", "focuri de armă",
        "schimb de focuri", "masacrul", "atentatul",
    ),
    "crowd": ("busculad*", "îmbulzeal*", "revolta", "revolte", "busculadă"),
    # (not "prăbuși*" alone, which is an aircraft's or a cable car's crash and a fall as often as a building's collapse:
    # "prăbușirea avionului", "prăbușirea unei telecabine")
    "collapse": (
        "surpa*", "surpă*", "năruir*", "năruit*", "clădirea prăbușită", "blocul prăbușit",
        "pod prăbușit", "pod prăbuşit", "clădire prăbușită", "clădire prăbuşită", "bloc prăbușit", "bloc prăbuşit",
        # ... the crash word with what fell: a building, a bridge, a roof, a wall
        *(f"{fall} {what}" for fall in ("prăbușirea", "prăbuşirea") for what in (
            "unei clădiri", "clădirii", "unui bloc", "blocului", "unui pod", "podului", "unei case", "casei",
            "tavanului", "acoperișului", "acoperişului", "unui zid", "zidului",
        )),
        *(f"{fall} {what}" for fall in ("prăbușit", "prăbuşit") for what in (  # "S-a prăbușit un pod"
            "o clădire", "clădirea", "un bloc", "blocul", "un pod", "podul", "o casă", "casa", "tavanul",
            "acoperișul", "acoperişul", "un zid", "zidul",
        )),
        *(f"{what} {fall}" for fall in ("s-a prăbușit", "s-a prăbuşit") for what in (  # "Un bloc s-a prăbușit"
            "bloc", "blocul", "clădire", "clădirea", "pod", "podul", "casă", "casa", "tavanul", "zidul",
        )),
    ),
    "mine": ("minei", "mineri", "minerii", "mina de", "mină de"),
    "weather": (
        "fulger*", "caniculă", "canicula", "caniculei", "val de căldură", "furtun*", "gerul", "frigul", "trăsnet*",
        "trăsnit*", "căldură", "căldura", "hipotermie",
    ),
    "volcano": ("vulcan*", "erupți*", "erupţi*", "lavă", "lava"),
}  # fmt: skip
# 'Last' beside a weekday ('lunea trecută'; core.extract.world_dates): on the weekday it names, the one a week before
LAST_WEEKDAY = ("trecută", "trecuta", "trecut")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = ("într-un comunicat", "pe facebook", "într-o conferință", "la o conferință", "pe rețelele")
# "20 de trupuri" (20 bodies): the bodies recovered are the dead, a number right next to the noun
BODY_NOUNS = ("trupuri", "trupurile")
LABEL_LINKS = ("a",)  # "trupurile a 12 persoane", "moartea a 12 persoane": of, before the number
# A count of victims, the dead and the hurt alike when its parts say so ("23 victimes, dont huit morts" and 15 hurt)
VICTIM_NOUNS = ("victime",)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "cu # zile în urmă", "cu # săptămâni în urmă", "cu o săptămână în urmă", "cu o lună în urmă",
    "cu # zile mai devreme", "# zile mai devreme", "o săptămână mai devreme", "cu o zi înainte", "săptămâna trecută",
    "luna trecută", "în ziua precedentă",
)  # fmt: skip
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("în total", "in total")
# 'in all' after a number that closes its clause (", ocho en total"): the total of the count told before it
TOTAL_AFTER = ("în total", "in total")
# A sentence dated to an earlier year that tells that event's toll as recalled (multilingual._a_follow_ups_own_toll):
# the gerund of the toll after the event ("..., ucigând 191 de oameni")
RECALL_VERBS = ("ucigând", "omorând", "provocând", "rănind", "soldându-se")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("înmormântar", "inmormantar", "funerali", "priveghi", "comemor", "ultimul drum", "rămas bun")
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("nimeni", "niciun", "nicio", "niciunul", "niciuna")
# "la ora 5": a clock time before a number, no count of people
NOT_COUNTS_BEFORE = ("ora", "orele",
                     # a numbered place's noun before its number: "poarta 3 a stadionului", "linia 2" (a name)
                     "poarta", "terminalul", "peronul", "linia", "sala", "pavilionul", "drumul", "km", "kilometrul",
                     "numărul", "hangarul", "hala")

# A sentence that tells its death toll as rumour, one no authority confirmed (social media, unconfirmed reports):
# the toll is an earlier figure, which a stated one or a stated zero outweighs (core.extract.multilingual)
RUMOUR_CUES = (
    "zvon", "zvonuri", "informații neconfirmate", "nicio autoritate nu a confirmat", "postări pe rețelele sociale",
    "circulă pe rețelele sociale", "videoclipuri pe rețelele sociale",
)  # fmt: skip
# An active harm verb whose subject is its doer and whose objects are its victims, listed one by one after it ("Un
# bărbat și-a ucis soția și fiul": two dead, core.extract.world_objects): the verbs, the mark of a person as the
# object ('pe'), and the nouns of one person it may name (their article written onto them)
ACTIVE_HARM_VERBS = ("a ucis", "și-a ucis", "şi-a ucis", "a omorât", "și-a omorât", "şi-a omorât", "a rănit",
                     "și-a rănit", "şi-a rănit")  # fmt: skip
PERSON_OBJECT_MARKS = ("pe",)
ONE_OBJECT_NOUNS = (
    "soția", "soţia", "soțul", "soţul", "fiul", "fiica", "mama", "tatăl", "fratele", "sora", "iubita", "iubitul",
    "concubina", "fosta soție", "soacra", "socrul", "bunica", "bunicul", "nepotul", "nepoata", "vecinul", "vecina",
    "prietena", "prietenul", "copilul", "bebelușul", "partenera",
)  # fmt: skip
# Claimants who are not the authorities ("Guvernul vorbește de 14 morți, dar opoziția acuză peste 50"): the official
# figure told beside theirs is the headline (`core.competing_claimants`), each with its English kind
UNOFFICIAL_SOURCES = {
    "opoziția": "opposition", "opoziţia": "opposition", "opoziție": "opposition", "rebelii": "rebels",
    "localnicii": "residents", "martorii": "witnesses", "activiștii": "activists", "organizatorii": "organisers",
    "rudele": "relatives", "supraviețuitorii": "survivors",
}  # fmt: skip
# Words opening a clause set against the one before it: each clause's figure is its own speaker's
CLAIMANT_BREAKS = ("dar", "însă", "în timp ce", "pe când")
