"""Hungarian lexicon (shared shape, see `es.py` for the names): data only (suffixes: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "hu"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
# with a case ending ("meghaladja a 60 ezret", "38 ezerre emelkedett", "2 ezren", two thousand of them)
SCALES = {
    "ezer": 1000, "ezret": 1000, "ezerre": 1000, "ezren": 1000, "ezernél": 1000, "ezerig": 1000,
    "millió": 1_000_000, "milliót": 1_000_000, "millióra": 1_000_000,
}  # fmt: skip
# Case endings written after a hyphen onto digits: the number stays a count ("238-ra emelkedett", rose to 238;
# "12-en meghaltak", twelve of them died; "80-at", "40-nél többen"); not "-szor" (times) nor "-os" (a size)
HYPHEN_ENDINGS = (
    "ra", "re", "an", "en", "on", "ön", "ig", "at", "et", "ot", "öt", "t", "nál", "nél", "ról", "ről", "nak", "nek",
)  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "tucatnyi": (12, 12, 99),
    "több tucat": (12, 12, 99),
    "tucatnyian": (12, 12, 99),
    "több száz": (100, 100, 999),
    "százak": (100, 100, 999),
    "több ezer": (1000, 1000, 9999),
    "ezrek": (1000, 1000, 9999),
    "több tízezer": (10_000, 10_000, 99_999),
    "tízezrek": (10_000, 10_000, 99_999),
}
NUMBER_WORDS = {
    "egy": 1,
    "két": 2,
    "kettő": 2,
    "három": 3,
    "négy": 4,
    "öt": 5,
    "hat": 6,
    "hét": 7,
    "nyolc": 8,
    "kilenc": 9,
    "tíz": 10,
    "húsz": 20,
    "harminc": 30,
    "negyven": 40,
    "ötven": 50,
    "száz": 100,
    "ezer": 1000,
    # in compounds: "tizenkettő" (12), "huszonöt" (25)
    "tizen": 10,
    "huszon": 20,
    "hatvan": 60,
    "hetven": 70,
    "nyolcvan": 80,
    "kilencven": 90,
    # people counted together: "ketten" (two of them), "tizenketten" (twelve of them)
    "ketten": 2,
    "hárman": 3,
    "négyen": 4,
    "öten": 5,
    "hatan": 6,
    "heten": 7,
    "nyolcan": 8,
    "kilencen": 9,
    "tízen": 10,
    "húszan": 20,
    "harmincan": 30,
    "negyvenen": 40,
    "ötvenen": 50,
    "hatvanan": 60,
    "hetvenen": 70,
    "nyolcvanan": 80,
    "kilencvenen": 90,
    "százan": 100,
    "ezren": 1000,
    # the sublative, as a toll rises to it ("huszonháromra emelkedett", rose to 23); not "egyre" ('more and more')
    "kettőre": 2, "háromra": 3, "négyre": 4, "ötre": 5, "hatra": 6, "hétre": 7, "nyolcra": 8, "kilencre": 9,
    "tízre": 10, "húszra": 20, "harmincra": 30, "negyvenre": 40, "ötvenre": 50, "hatvanra": 60, "hetvenre": 70,
    "nyolcvanra": 80, "kilencvenre": 90, "százra": 100, "ezerre": 1000,
}
COMPOUND_NUMBERS = True
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43), the particle before or after
        "öltek meg", "ölt meg", "megöltek", "megölt",
        "meghalt",
        # the verb with its particle after it, where a focus stands before it ("Legalább 30 ember halt meg")
        "halt meg", "haltak meg", "hunyt el", "hunytak el", "halt bele", "haltak bele",
        "halott",
        "halálos áldozat",
        "áldozat",
        "életét vesztette",
        "életüket vesztették",
        "vesztette életét",  # the verb first ("38 ezer ember vesztette életét")
        "vesztették életüket",
        "halálát lelte",
        "lelte halálát",
        "életét követel",
        "életüket követel",
        "áldozatot követel",
        "elhunyt",
        "halál",
        "megöl",
        "holttest",
    ),
    "wounded": ("megsebesült", "sebesült", "sérült", "megsérült"),
    "missing": ("eltűnt",),
    "displaced": ("kitelepít", "evakuál", "hajléktalan"),
    "arrested": ("letartóztat", "őrizetbe", "őrizetbe vett"),
}
# The dead and the wounded (or missing) counted together: neither metric counts it
DEAD_AND_WOUNDED = (
    "halott és sebesült", "halottak és sebesültek", "halott vagy sebesült", "meghalt vagy megsebesült",
    "halott vagy eltűnt", "halottak és eltűntek",
)  # fmt: skip
# The injured by severity ("3 súlyosan és 12 könnyebben sérült" = 15, core.extract.world_grades), and the words
# that coordinate two counts
INJURY_GRADES = {
    "critical": ("életveszélyes", "életveszélyesen", "kritikus"),
    "severe": ("súlyos", "súlyosan"),
    "light": ("könnyű", "könnyebb", "könnyebben", "könnyen"),
}
COORDINATORS = ("és", "míg", "valamint")
# Ranges: "20 és 30 között" (between 20 and 30)
RANGES = (("", "és", "közötti"), ("", "és", "között"))
QUALIFIERS_BEFORE = {
    "meghaladja a": "more_than",
    "meghaladta a": "more_than",
    "legkevesebb": "at_least",
    "hozzávetőleg": "about",
    "megközelítőleg": "about",
    "legalább": "at_least",
    "több mint": "more_than",
    "mintegy": "about",
    "körülbelül": "about",
    "nagyjából": "about",
    "közel": "nearly",
    "csaknem": "nearly",
    "majdnem": "nearly",
    "akár": "up_to",
}
# The toll's update: a verb right after the number (with its "-ra"/"-re", to): "238-ra emelkedett", "nőtt"
UPDATE_AFTER = ("emelkedett", "emelkedik", "nőtt", "növekedett", "ugrott", "nő")
# The toll revised down ("18-ra csökkentették a halottak számát")
REVISED_DOWN = ("csökkentették", "csökkent", "lefelé módosították", "módosították")
# Markers of an earlier figure shortly before the number ('initially')
EARLIER_BEFORE = ("korábban", "kezdetben", "először", "eleinte")
# A word right before the number that adds to the toll ("további 5 holttestet")
INCREMENT_BEFORE = ("további", "újabb")
SUBSET_BEFORE = ("köztük", "közülük", "akik közül")
NOT_COUNTS_AFTER = (
    "éves",
    "év",
    "km",
    "kilométer",
    "méter",
    "%",
    "százal",
    "óra",
    "nap",
    "perc",
    "forint",
    "dollár",
    "fok",
)
COUNT_NOUNS = ("száma", "számát")
PROJECTION_BEFORE = ("tovább emelkedhet", "elérheti", "emelkedhet", "meghaladhatja")
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("még mindig", "továbbra is", "jelenleg is", "még")
CARE_WORDS = ("kórház*", "ápol*")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("szerint", "közölte", "jelentette")
ACCORDING_NAMED = True  # "az ideiglenes adatok szerint" (according to provisional data) names no one
SPEECH_VERBS = ("közölte", "mondta", "jelentette", "nyilatkozta", "írja", "számolt be", "tájékoztatott")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "minisztérium": "ministry",
    "miniszter": "minister",
    "kormány": "government",
    "hatóságok": "authorities",
    "rendőrség": "police",
    "tűzoltóság": "fire service",
    "katasztrófavédelem": "civil protection",
    "polgármester": "mayor",
    "kormányzó": "governor",
    "ügyészség": "prosecutor",
    "szóvivő": "spokesperson",
    "elnök": "president",
    "hírügynökség": "news agency",
    "mentők": "ambulance service",
    "kórház": "hospital",
    "média": "media",
    "sajtó": "press",
}
SOURCE_LEADING = ("a", "az", "egy")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("HU",)
# Dates (core.extract.world_dates): the month is written before the day.
MONTH_FIRST = True
# Places (core.extract.world_places): a name in a locative case ("Debrecenben", "Szegeden") is where it happened
LOCATIVE_ENDINGS = ("ban", "ben", "on", "en", "ön")
# A country's name right before an attack's noun is the attacker's ("Oroszország rakétatámadása Odesszában"), not
# where it happened (stems; core.extract.world_places)
ATTACK_AFTER = ("támad", "rakétatámad", "dróntámad", "légicsapás", "bombáz", "csapás")
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("földrengés*", "cunami"),
    "water": (
        "árvíz*", "áradás*", "vihar*", "hurrikán*", "földcsuszamlás*", "felhőszakadás*", "tájfun*", "ciklon*",
        "tornád*", "esőzés*", "özönvíz*", "gátszakadás*", "sárlavina*", "lavina*", "*vihar", "*viharban", "hóvihar*",
        "áradások",
    ),
    "fire": ("tűz", "tűzben", "*tűz", "tűzvész*", "robbanás*", "*tüzek", "tüzek", "erdőtűz*", "*tűzben", "lángok*"),
    "air": ("repülőgép*", "*repülőgép", "helikopter*", "légi katasztrófa*", "lezuhan*", "lezuhant"),
    "rail": ("vonat*", "*vonat", "vasúti*", "kisiklott*", "kisiklás*", "villamos*", "vonatbaleset*"),
    "road": (
        "busz", "buszbaleset*", "autóbusz*", "kamion*", "közúti baleset*", "autóbaleset*", "karambol*", "frontális*",
        "autópály*", "buszbaleset",
    ),
    "ship": ("hajó*", "*hajó", "komp", "kompon", "komphajó*", "hajószerencsétlenség*", "elsüllyed*"),
    "attack": (
        "támadás*", "*támadás", "merénylet*", "bomba*", "lövöldözés*", "terror*", "rakéta*", "robbanás*", "lövöldöz*",
        "mészárlás*", "lelőtt*", "lövész*", "késel*", "fegyveres*", "légicsapás*",
    ),
    "crowd": ("tülekedés*", "tömegkatasztrófa*", "zavargás*", "lázadás*", "tömegszerencsétlenség*"),
    "collapse": ("összeomlás*", "összeomlott*", "leomlott*", "beoml*", "leomlott", "összedőlt", "összeomlott"),
    "mine": ("bány*", "*bánya", "*bányában", "*bányászat*"),
    "weather": (
        "villám*", "hőség*", "kánikul*", "vihar*", "hőhullám*", "fagy*", "kihűl*", "villámcsapás*", "hőség",
        "kánikula",
    ),
    "volcano": ("vulkán*", "láva"),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("csütörtökön", "pénteken"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = ("on", "en", "ön", "án", "én", "n")
# 'Last' beside a weekday ('a múlt hétfőn'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("múlt",)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# nappal korábban", "# héttel korábban", "egy héttel korábban", "egy hónappal korábban", "egy nappal korábban",
    "# napja", "egy hete", "egy hónapja", "múlt héten", "a múlt héten", "múlt hónapban", "a múlt hónapban",
    "előző nap", "az előző napon",
)  # fmt: skip
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("temetés", "búcsúz", "megemlékez", "gyászszertartás", "végső búcsú")
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("senki",)
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
