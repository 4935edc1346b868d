"""Slovenian lexicon (shared shape, see `es.py` for the names): data only. Words are inflected ("umrlo",
"ranjenih", "pogrešanih"): triggers are word beginnings (MATCH "prefix"). Units come before tens in one word
("petindvajset" = 25); news write such numbers in digits."""

from __future__ import annotations

LANGUAGE = "sl"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tisoč": 1000, "tis.": 1000, "milijon": 1_000_000, "milijona": 1_000_000, "milijonov": 1_000_000}
NUMBER_WORDS = {
    "en": 1, "ena": 1, "eno": 1, "enega": 1, "dva": 2, "dve": 2, "dvema": 2, "trije": 3, "tri": 3, "treh": 3,
    "štirje": 4, "štiri": 4, "štirih": 4, "pet": 5, "petih": 5, "šest": 6, "šestih": 6, "sedem": 7, "sedmih": 7,
    "osem": 8, "osmih": 8, "devet": 9, "devetih": 9, "deset": 10, "desetih": 10, "enajst": 11, "dvanajst": 12,
    "trinajst": 13, "štirinajst": 14, "petnajst": 15, "šestnajst": 16, "sedemnajst": 17, "osemnajst": 18,
    "devetnajst": 19, "dvajset": 20, "petindvajset": 25, "trideset": 30, "štirideset": 40, "petdeset": 50,
    "šestdeset": 60, "sedemdeset": 70, "osemdeset": 80, "devetdeset": 90, "sto": 100, "dvesto": 200, "tristo": 300,
    "petsto": 500,
}  # fmt: skip
# 21-99 written as one word, the unit, "in" (and), the ten ("enaindvajset", 21; "petintrideset", 35)
NUMBER_WORDS |= {
    f"{unit}in{ten}": tens + n
    for ten, tens in (("dvajset", 20), ("trideset", 30), ("štirideset", 40), ("petdeset", 50), ("šestdeset", 60),
                      ("sedemdeset", 70), ("osemdeset", 80), ("devetdeset", 90))
    for n, unit in enumerate(("ena", "dva", "tri", "štiri", "pet", "šest", "sedem", "osem", "devet"), start=1)
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "več deset": (12, 12, 99), "desetine": (12, 12, 99), "na desetine": (12, 12, 99), "več sto": (100, 100, 999),
    "stotine": (100, 100, 999), "na stotine": (100, 100, 999), "tisoče": (1000, 1000, 9999),
    "na tisoče": (1000, 1000, 9999), "več tisoč": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        "umrl", "umrlo", "umrla", "smrtn", "ubit", "ubil", "mrtv", "žrtev", "žrtve", "izgubil življenje",
        "izgubilo življenje", "izgubili življenje", "izgubila življenje", "utonil", "trupl", "preminil", "umrlih",
        "smrt",
    ),
    "wounded": (
        "ranjen", "ranil", "poškodovan", "poškodb", "hospitaliz", "odpeljali v bolnišnic", "prepeljali v bolnišnic",
        "oskrbeli v bolnišnic",
    ),
    "missing": ("pogrešan", "pogreša"),
    "displaced": ("evakuir", "brez strehe", "razseljen"),
    "arrested": ("aretir", "prijet", "prijeli", "pridržal", "pridržan", "priprl", "priprt"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("mrtvih in ranjenih", "mrtvih ali ranjenih", "mrtvih in poškodovanih", "mrtvih in pogrešanih")
INJURY_GRADES = {
    "critical": ("kritičn", "življenjsko ogrožen"),
    "severe": ("hudo", "hude", "težje", "težko", "hujše", "hujšimi"),
    "light": ("lažje", "lažjimi", "lahke", "lahko poškodovan"),
}
COORDINATORS = ("in", "ter", "medtem ko", "pa")
RANGES = (("med", "in", ""), ("od", "do", ""))
QUALIFIERS_BEFORE = {
    "najmanj": "at_least", "vsaj": "at_least", "več kot": "more_than", "preko": "more_than", "skoraj": "nearly",
    "približno": "about", "okoli": "about", "okrog": "about",
}  # fmt: skip
REVISED_DOWN = ("znižalo na", "znižal na", "zmanjšalo na", "padlo na")
EARLIER_BEFORE = ("sprva", "prej", "predhodno", "najprej")
INCREMENT_BEFORE = ("še",)
PERPETRATORS = ("napadal", "teroris", "strelec")
SUBSET_BEFORE = ("med njimi", "med katerimi", "vključno z", "od tega")
SUBSET_AFTER = ("od njih",)
NOT_COUNTS_AFTER = (
    "krat", "let", "leta", "km", "kilometr", "metr", "%", "odstot", "ur", "dni", "dan", "minut", "evr", "dolar",
    "stopinj", "hiš", "stavb", "ton",
)  # fmt: skip
COUNT_NOUNS = ("število",)
PROJECTION_BEFORE = ("bi lahko", "lahko naraste")
FROM_TO = (("s", "na"), ("z", "na"))
UPDATE_BEFORE = (
    "povzpelo na", "povzpel na", "naraslo na", "narasel na", "povečalo na", "povečal na", "zvišalo na", "zvišal na",
    "znaša",
)  # fmt: skip
ACCORDING_BEFORE = ("po podatkih", "po navedbah", "kot so sporočili", "po besedah")
SPEECH_VERBS = (
    "so sporočili", "je sporočil", "je sporočila", "sporočili", "je dejal", "je dejala", "je povedal", "je povedala",
    "so potrdili", "je potrdil", "je potrdila", "navaja", "poroča", "poročajo",
)  # fmt: skip
SOURCE_LEADING = ("s", "z", "iz", "je", "so")  # "so sporočili s policije"
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "policij": "police", "ministrstv": "ministry", "minist": "minister", "vlad": "government", "oblast": "authorities",
    "gasil": "firefighters", "reševal": "rescuers", "župan": "mayor", "predsednik": "president",
    "premier": "prime minister", "tiskovni predstavnik": "spokesperson", "tiskovna predstavnica": "spokesperson",
    "bolnišnic": "hospital", "tožilstv": "prosecutor", "uprava za zaščito in reševanje": "emergency service",
}  # fmt: skip
LOCATIVES = ("v", "pri", "na")
HOME_COUNTRIES = ("SI",)
ORIGIN_BEFORE = ("državljani", "državljanov")
RELATIVES = ("ki",)
SINCE_START = ("od začetka vojne", "od začetka invazije", "od začetka leta")
SUPERLATIVES = ("najsmrtonosnejš", "najhujš", "največj", "najbolj krvav")
DAYS_BACK = {"včeraj": 1, "sinoči": 1, "predvčerajšnjim": 2}
STILL_IN_CARE = ("še vedno", "ostajajo", "ostaja")
CARE_WORDS = ("bolnišnic", "hospitaliz")
CAPITAL_WORDS = ("prestolnic",)
HAZARD_FAMILIES = {
    "quake": ("potres*", "cunami"),
    "water": ("poplav*", "plaz", "plazu", "plazov", "zemeljski plaz", "snežni plaz", "neurj*", "orkan*", "tajfun*",
              "hudourni*"),
    "fire": ("požar*", "eksplozij*", "ogenj", "ognja"),
    "air": ("letalo", "letala", "letalom", "letalu", "letalska nesreča", "helikopter*", "strmoglavi*"),
    "rail": ("vlak*", "železni*", "iztiril*", "tramvaj*"),
    "road": ("avtobus*", "tovornjak*", "prometn*", "avtocest*", "trčenj*"),
    "ship": ("ladj*", "trajekt*", "čoln*", "potonil*"),
    "attack": (
        "napad*", "bomba", "bombe", "bombni", "bombnem", "bombnega", "bombard*", "streljanj*", "raket*", "pokol*",
        "atentat*", "strelec", "eksplozij*",
    ),
    "crowd": ("stampedo", "gnečo", "nemir*"),
    "collapse": ("zrušil*", "porušil*", "zrušitev*", "udrl*"),
    "mine": ("rudnik*", "rudar*"),
    "weather": ("vročin*", "strela", "strele", "mraz*", "toča", "toče"),
    "volcano": ("vulkan*", "izbruh*", "lava"),
}  # fmt: skip
SINGULAR_DEATHS = ("umrl", "umrla", "preminil", "preminila")
NEGATIONS = ("ni", "ne")
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {
    "killed": (
        "terjal ... življenj", "terjala ... življenj", "terjalo ... življenj", "terjali ... življenj",
    ),
}
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
