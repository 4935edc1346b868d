"""Albanian lexicon (shared shape, see `es.py` for the names): data only. Words are inflected and take the article
at their end ("të plagosurit", "viktimave"): triggers are word beginnings (MATCH "prefix"). The dead "humbën
jetën" (lost their life); people are counted with "persona", "njerëz" or "vetë" ("5 vetë"); tens and units are
joined by "e" ("njëzet e pesë" = 25)."""

from __future__ import annotations

LANGUAGE = "sq"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"mijë": 1000, "milion": 1_000_000, "milionë": 1_000_000}
NUMBER_WORDS = {
    "një": 1, "dy": 2, "tre": 3, "tri": 3, "katër": 4, "pesë": 5, "gjashtë": 6, "shtatë": 7, "tetë": 8, "nëntë": 9,
    "dhjetë": 10, "njëmbëdhjetë": 11, "dymbëdhjetë": 12, "trembëdhjetë": 13, "katërmbëdhjetë": 14,
    "pesëmbëdhjetë": 15, "gjashtëmbëdhjetë": 16, "shtatëmbëdhjetë": 17, "tetëmbëdhjetë": 18, "nëntëmbëdhjetë": 19,
    "njëzet": 20, "tridhjetë": 30, "dyzet": 40, "pesëdhjetë": 50, "gjashtëdhjetë": 60, "shtatëdhjetë": 70,
    "tetëdhjetë": 80, "nëntëdhjetë": 90, "njëqind": 100, "qind": 100, "dyqind": 200, "treqind": 300,
    "katërqind": 400, "pesëqind": 500, "gjashtëqind": 600, "shtatëqind": 700, "tetëqind": 800, "nëntëqind": 900,
}  # fmt: skip
NUMBER_JOINERS = ("e",)
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dhjetëra": (12, 12, 99),
    "qindra": (100, 100, 999),
    "mijëra": (1000, 1000, 9999),
    "dhjetëra mijëra": (10_000, 10_000, 99_999),
}
TRIGGERS = {
    "killed": (
        "humbën jetën", "humbi jetën", "humbur jetën", "humbin jetën", "humbasin jetën", "vdiq", "vdekur", "vdekje",
        "vdesin", "vranë", "vrarë", "vrau", "vritën", "viktima", "viktimat", "viktimave", "të pajetë",
        "trupa të pajetë", "u mbytën", "u mbyt", "gjetën vdekjen", "gjeti vdekjen",
    ),
    "wounded": (
        "plagos", "lënduar", "lënduan", "lëndua", "u lëndua", "shtruar në spital", "shtruan në spital",
        "u dërguan në spital", "u shtruan", "me lëndime", "marrë lëndime", "morën lëndime",
    ),
    "missing": ("zhdukur", "zhdukën", "zhduk", "të pagjetur", "të humbur", "kërkohen ende"),
    "displaced": ("evakuu", "zhvendos", "të pastrehë", "mbetën pa shtëpi", "mbetur pa shtëpi"),
    "arrested": ("arrestua", "arrestoi", "arrestuar", "arrestuan", "u ndaluan", "u ndalua", "ndaluar", "shoqëruar"),
}  # fmt: skip
DEAD_AND_WOUNDED = (
    "të vdekur dhe të plagosur", "të vrarë dhe të plagosur", "viktima dhe të plagosur", "të vdekur e të plagosur",
    "të vrarë ose të plagosur", "të vdekur ose të zhdukur",
)  # fmt: skip
INJURY_GRADES = {
    "critical": ("në gjendje kritike", "gjendje kritike", "rrezik për jetën", "në rrezik për jetën"),
    "severe": ("rëndë", "të rënda", "rënda"),
    "light": ("lehtë", "të lehta", "lehta"),
}
COORDINATORS = ("dhe", "e", "ndërsa", "kurse")
RANGES = (("mes", "dhe", ""), ("nga", "në", ""), ("midis", "dhe", ""))
QUALIFIERS_BEFORE = {
    "të paktën": "at_least",
    "së paku": "at_least",
    "minimumi": "at_least",
    "mbi": "more_than",
    "më shumë se": "more_than",
    "më tepër se": "more_than",
    "afro": "nearly",
    "gati": "nearly",
    "pothuajse": "nearly",
    "rreth": "about",
    "përafërsisht": "about",
    "afërsisht": "about",
}
REVISED_DOWN = ("u ul në", "zbriti në", "u korrigjua në")
EARLIER_BEFORE = ("fillimisht", "më herët", "më parë", "paraprakisht")
INCREMENT_BEFORE = ("edhe",)
PERPETRATORS = ("sulmues", "terrorist", "atentator")
SUBSET_BEFORE = ("mes tyre", "midis tyre", "ndër ta", "përfshirë", "prej të cilëve", "nga të cilët")
SUBSET_AFTER = ("prej tyre", "nga ta")
NOT_COUNTS_AFTER = (
    "herë", "vjeç", "vjet", "vite", "vit", "km", "kilometra", "metra", "%", "përqind", "orë", "ditë", "minuta",
    "euro", "lekë", "dollarë", "gradë", "shtëpi", "ndërtesa", "ton", "hektarë",
)  # fmt: skip
COUNT_NOUNS = ("numri", "bilanci")
PROJECTION_BEFORE = ("mund të rritet", "pritet të rritet", "mund të arrijë")
FROM_TO = (("nga", "në"),)
UPDATE_BEFORE = (
    "u rrit në", "është rritur në", "ka arritur në", "arriti në", "arrin në", "shkon në", "shkoi në",
    "u rrit deri në", "është rritur deri në", "ka shkuar në",
)  # fmt: skip
ACCORDING_BEFORE = ("sipas", "siç njoftoi", "siç bëri të ditur")
SPEECH_VERBS = (
    "tha", "thanë", "deklaroi", "deklaruan", "njoftoi", "njoftuan", "konfirmoi", "konfirmuan", "raportoi",
    "raportuan", "bëri të ditur", "bënë të ditur", "bën të ditur",
)  # fmt: skip
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministria": "ministry", "ministrisë": "ministry", "ministri": "minister", "qeveria": "government",
    "autoritetet": "authorities", "policia": "police", "policisë": "police", "zjarrfikës": "firefighters",
    "shpëtimtar": "rescuers", "kryebashkiak": "mayor", "kryetari i bashkisë": "mayor", "presidenti": "president",
    "kryeministri": "prime minister", "zëdhënës": "spokesperson", "spitali": "hospital", "prokuroria": "prosecutor",
}  # fmt: skip
SOURCE_LEADING = ("nga",)  # "u bë e ditur nga policia"
LOCATIVES = ("në", "pranë", "afër", "te")
HOME_COUNTRIES = ("AL", "XK")
ORIGIN_BEFORE = ("shtetas të", "shtetas nga")
RELATIVES = ("që", "të cilët", "të cilat")
SINCE_START = ("që nga fillimi i luftës", "që nga fillimi i pushtimit", "që nga fillimi i vitit")
SUPERLATIVES = ("më vdekjeprurës", "më i rëndë", "më e rëndë", "më i madh", "më e madhe", "më i përgjakshëm")
DAYS_BACK = {"dje": 1, "mbrëmë": 1, "pardje": 2}
STILL_IN_CARE = ("ende", "vazhdojnë", "mbeten", "mbetet")
CARE_WORDS = ("spital", "shtruar")
CAPITAL_WORDS = ("kryeqytet",)
HAZARD_FAMILIES = {
    "quake": ("tërmet*", "cunami"),
    "water": ("përmbytje*", "vërshim*", "rrëshqitje dheu", "rrëshqitja e dheut", "stuhi*", "ortek*", "uragan*",
              "reshje*"),
    "fire": ("zjarr*", "shpërthim*"),
    "air": ("avion*", "helikopter*", "aeroplan*"),
    "rail": ("tren", "treni", "trenit", "trenin", "trenat", "trenave", "trenash", "hekurudh*"),
    "road": ("autobus*", "kamion*", "aksident rrugor", "aksidenti rrugor", "aksidentin rrugor", "përplasje*",
             "autostrad*"),
    "ship": (
        "anije*", "varkë*", "varka", "gomone*", "u fundos", "fundosja", "fundosjen", "fundosjes", "fundosi", "traget*",
    ),
    "attack": ("sulm*", "bomba", "bombë", "bombës", "bombave", "bombardim*", "të shtëna", "të shtënat", "shpërthim*",
               "raket*", "masakër*", "atentat*", "qitës*"),
    "crowd": ("stampedë*", "rrëmuj*"),
    "collapse": ("shemb*", "u shemb*"),
    "mine": ("minier*", "minator*"),
    "weather": ("rrufe*", "vapë*", "të ftohtë*", "i ftohti"),
    "volcano": ("vullkan*", "shpërthim vullkanik", "llav*"),
}  # fmt: skip
# A verb's singular form that tells the death of one, with no number ("the driver died"); not after a negation
SINGULAR_DEATHS = ("vdiq", "humbi jetën")
NEGATIONS = ("nuk", "s'", "asnjë")
# A singular verb counts one, never a number after it ("vdiq pasi u ndoq nga dy": world_binding)
SINGULAR_VERB_AGREES = True
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("askush", "asnjë")
