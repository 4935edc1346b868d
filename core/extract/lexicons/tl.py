"""Tagalog lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "tl"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"libo": 1000, "milyon": 1_000_000}
# Number words, and with the linker "-ng" written onto them ("tatlong tao", "pitong sugatan", "dalawang libo");
# tens and units joined by "'t" written onto the tens ("dalawampu't lima" = 25: COMPOUND_NUMBERS lets the joiner
# follow with no space); "isa"/"isang" (one, "a") are left out: "isa sa mga nasawi" is one of the dead
NUMBER_WORDS = {
    "dalawa": 2, "tatlo": 3, "apat": 4, "lima": 5, "anim": 6, "pito": 7, "walo": 8, "siyam": 9, "sampu": 10,
    "labing-isa": 11, "labindalawa": 12, "labintatlo": 13, "labing-apat": 14, "labinlima": 15, "labing-anim": 16,
    "labimpito": 17, "labingwalo": 18, "labinsiyam": 19, "dalawampu": 20, "tatlumpu": 30, "apatnapu": 40,
    "limampu": 50, "animnapu": 60, "pitumpu": 70, "walumpu": 80, "siyamnapu": 90, "sandaan": 100, "isandaan": 100,
    "isang daan": 100, "isang daang": 100, "daan": 100, "daang": 100,
    "dalawang": 2, "tatlong": 3, "limang": 5, "pitong": 7, "walong": 8, "sampung": 10, "labindalawang": 12,
    "labintatlong": 13, "labinlimang": 15, "labimpitong": 17, "labingwalong": 18, "dalawampung": 20,
    "tatlumpung": 30, "apatnapung": 40, "limampung": 50, "animnapung": 60, "pitumpung": 70, "walumpung": 80,
    "siyamnapung": 90,
}  # fmt: skip
COMPOUND_NUMBERS = True
MULTIPLIERS = ("daan", "daang")  # "dalawang daan" (200), "limang daang katao" (500)
NUMBER_JOINERS = ("'t", "’t")
NUMBER_WORDS_AFTER = {"isa": 1, "isang": 1}  # "dalawampu't isa" (21): one only after another number word
TRIGGERS = {
    "killed": (
        # 'was killed', 'killed' (test_four_forms43)
        "napatay", "pinatay", "pumatay", "pinaslang", "napaslang", "pumaslang",
        # took the lives of ('... took the lives of 57'): the dead
        "kumitil ng buhay ng", "kumitil sa buhay ng", "kumitil ng buhay sa",
        "patay",
        "nasawi",
        "namatay",
        "nasawi*",
        "pumanaw",
        "nasawian",
        "binawian ng buhay",
        "bangkay",
        "nasawing",
        "namatay*",
        "nalunod",  # drowned
    ),
    "wounded": ("sugatan", "nasugatan", "sugatan*", "nasaktan"),
    "missing": ("nawawala", "nawawala*"),
    "displaced": ("inilikas", "lumikas", "nawalan ng tirahan"),
    "arrested": ("inaresto", "arestado", "nadakip"),
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dose-dosenang": (12, 12, 99),
    "dose-dosena": (12, 12, 99),
    "sampu-sampung": (12, 12, 99),
    "daan-daang": (100, 100, 999),
    "daan-daan": (100, 100, 999),
    "libu-libong": (1000, 1000, 9999),
    "libu-libo": (1000, 1000, 9999),
}
QUALIFIERS_BEFORE = {
    "hindi bababa sa": "at_least",
    "di bababa sa": "at_least",
    "mahigit": "more_than",
    "higit sa": "more_than",
    "lampas": "more_than",
    "halos": "nearly",
    "humigit-kumulang": "about",
    "tinatayang": "about",
    "aabot sa": "up_to",
}
SUBSET_BEFORE = ("kabilang ang", "kasama ang")
NOT_COUNTS_AFTER = ("taong gulang", "taon", "km", "kilometro", "metro", "%", "porsiyento", "oras", "araw", "piso")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("sa",)
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("PH",)
# Dates (core.extract.world_dates): the month is written before the day.
MONTH_FIRST = True
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# yesterday, the day before (dateparser has no Tagalog relative days)
DAYS_BACK = {"kahapon": 1, "noong isang araw": 2}
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("lindol", "tsunami"),
    "water": ("baha", "pagbaha", "bagyo*", "landslide", "pagguho ng lupa", "malakas na ulan", "bagyong"),
    "fire": ("sunog", "pagsabog", "nasunog"),
    "air": ("eroplano", "helicopter"),
    "rail": ("tren",),
    "road": ("bus", "trak", "banggaan", "nabangga", "sumalpok", "jeep", "jeepney", "aksidente sa kalsada", "kalsada"),
    "ship": ("barko", "bangka", "lumubog", "tumaob", "motorbanca", "bangkang"),
    "attack": (
        "pag-atake", "pambobomba", "pamamaril", "pagsabog", "pananambang", "tinambangan", "inambus", "inambush",
        "binaril", "barilan", "pinagbabaril", "masaker", "sinaksak",
    ),
    "crowd": ("stampede", "kaguluhan", "riot"),
    "collapse": ("gumuho",),
    "mine": ("minahan",),
    "weather": ("kidlat", "matinding init", "heat index", "init"),
    "volcano": ("bulkan*", "pagputok ng bulkan", "lava", "lahar"),
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution): "ayon sa pulisya", "sinabi ng NDRRMC"
ACCORDING_BEFORE = ("ayon sa", "ayon kay", "ayon sa mga",
    "batay sa",
    "base sa",
    "ayon pa sa",
    "ayon pa kay",
)
SPEECH_VERBS = ("sinabi ng", "sinabi ni", "iniulat ng", "kinumpirma ng", "inihayag ng", "ani",
    "sabi ng",
    "sabi ni",
    "pahayag ng",
    "inanunsyo ng",
    "ibinalita ng",
    "kinumpirma ni",
    "inihayag ni",
    "iniulat ni",
    "sinabi pa ng",
    "sinabi pa ni",
    "dagdag ng",
    "dagdag ni",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "pulisya": "police",
    "pnp": "police",
    "awtoridad": "authorities",
    "opisyal": "officials",
    "ndrrmc": "ndrrmc",
    "ospital": "hospital",
    "gobyerno": "government",
    "alkalde": "mayor",
    "gobernador": "governor",
    "tagapagsalita": "spokesperson",
    "militar": "military",
    "kagawaran": "department",
    "ahensya": "agency",
    "bumbero": "firefighters",
    "coast guard": "coast guard",
    "doktor": "doctors",
    "mayor": "mayor",
    "governor": "governor",
    "rescuers": "rescuers",
    "red cross": "red cross",
    "pagasa": "pagasa",
    "phivolcs": "phivolcs",
    "dswd": "dswd",
    "doh": "health department",
    "ocd": "civil defence",
    "bfp": "fire service",
    "afp": "army",
    "hukbo": "army",
    "media": "media",
    "pulis": "police",
    "kapitan": "village chief",
}
SOURCE_LEADING = ("ang", "mga", "ng", "sa", "kay", "ni")
SOURCE_TRAILING = ("na",)
