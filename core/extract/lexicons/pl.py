"""Polish lexicon (shared shape, see `es.py` for the names): data only (inflected: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "pl"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tys.": 1000, "tysięcy": 1000, "tysiące": 1000, "tysiąc": 1000, "mln": 1_000_000, "milion": 1_000_000}
NUMBER_WORDS = {
    "jeden": 1,
    "jedna": 1,
    "dwa": 2,
    "dwie": 2,
    "dwóch": 2,
    "trzy": 3,
    "trzech": 3,
    "cztery": 4,
    "czterech": 4,
    "pięć": 5,
    "pięciu": 5,
    "sześć": 6,
    "sześciu": 6,
    "siedem": 7,
    "siedmiu": 7,
    "osiem": 8,
    "ośmiu": 8,
    "dziewięć": 9,
    "dziesięć": 10,
    "dwadzieścia": 20,
    "trzydzieści": 30,
    "czterdzieści": 40,
    "pięćdziesiąt": 50,
    "dziewięciu": 9,
    "dziesięciu": 10,
    "jedenaście": 11,
    "jedenastu": 11,
    "dwanaście": 12,
    "dwunastu": 12,
    "trzynaście": 13,
    "trzynastu": 13,
    "czternaście": 14,
    "czternastu": 14,
    "piętnaście": 15,
    "piętnastu": 15,
    "szesnaście": 16,
    "szesnastu": 16,
    "siedemnaście": 17,
    "siedemnastu": 17,
    "osiemnaście": 18,
    "osiemnastu": 18,
    "dziewiętnaście": 19,
    "dziewiętnastu": 19,
    "dwudziestu": 20,
    "trzydziestu": 30,
    "czterdziestu": 40,
    "pięćdziesięciu": 50,
    "sześćdziesiąt": 60,
    "sześćdziesięciu": 60,
    "siedemdziesiąt": 70,
    "siedemdziesięciu": 70,
    "osiemdziesiąt": 80,
    "osiemdziesięciu": 80,
    "dziewięćdziesiąt": 90,
    "dziewięćdziesięciu": 90,
    "sto": 100,
    "stu": 100,
    "dwieście": 200,
    "dwustu": 200,
    "trzysta": 300,
    "trzystu": 300,  # the hundreds' genitive and dative: "zginęło trzystu żołnierzy"
    "czterysta": 400,
    "czterystu": 400,
    "pięćset": 500,
    "pięciuset": 500,
    "sześćset": 600,
    "sześciuset": 600,
    "siedemset": 700,
    "siedmiuset": 700,
    "osiemset": 800,
    "ośmiuset": 800,
    "dziewięćset": 900,
    "dziewięciuset": 900,
    # collective numbers of people and children ('troje dzieci', 'pięcioro')
    "dwoje": 2,
    "troje": 3,
    "czworo": 4,
    "pięcioro": 5,
    "sześcioro": 6,
    "siedmioro": 7,
    "ośmioro": 8,
    "dziewięcioro": 9,
    "dziesięcioro": 10,
}
# Round amounts, about the figure: "półtora tysiąca" (one and a half thousand)
APPROXIMATE = {"półtora tysiąca": 1500, "pół tysiąca": 500, "tuzin": 12}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dziesiątki": (12, 12, 99),
    "dziesiątek": (12, 12, 99),
    "setki": (100, 100, 999),
    "setek": (100, 100, 999),
    "tysiące": (1000, 1000, 9999),
    "dziesiątki tysięcy": (10_000, 10_000, 99_999),
    "setki tysięcy": (100_000, 100_000, 999_999),
    "kilkadziesiąt": (12, 12, 99),
    "kilkudziesięciu": (12, 12, 99),
    "kilkaset": (100, 100, 999),
    "kilkuset": (100, 100, 999),
    "kilka tysięcy": (1000, 1000, 9999),
    "kilku tysięcy": (1000, 1000, 9999),
    "kilkadziesiąt tysięcy": (10000, 10000, 99999),
    "kilkanaście": (12, 11, 19),
    "kilkunastu": (12, 11, 19),
}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "zabili", "zabiły",
        # took the lives of ('... took the lives of 57'): the dead
        "zabrał życie", "zabrała życie", "zabrało życie", "zabrały życie",
        # took the lives of ('... took the lives of 57'): the dead
        "odebrał życie", "odebrała życie", "odebrało życie", "odebrały życie",
        "zgin",
        "zabit",
        "zabił",
        "zmarł",
        "zmarli",
        "śmierć",
        "śmierci",
        "nie żyj",
        "ofiar śmiertelnych",
        "ofiar",
        "ciał",
        "poległ",
        "utonęł",
        "utonął",
        "utonęli",
        "utonął",
        # lives lost and taken: "12 osób straciło życie", "wypadek pochłonął życie czterech osób"
        "stracił życie", "straciła życie", "straciło życie", "stracili życie", "straciły życie",
        "pochłonął życie", "pochłonęła życie", "pochłonęło życie", "pochłonęły życie",
        "kosztował życie", "kosztowała życie", "kosztowało życie", "kosztowały życie",
    ),
    "wounded": (
        "rann",
        "obrażeń",
        "obrażenia",
        "poszkodowan",
        "ranił",
        "ranili",
        "raniąc",
        "raniła",
        "trafił do szpitala",
        "trafiło do szpitala",
        "trafiły do szpitala",
        "trafili do szpitala",
        # the hospital fronted before its verb ("Do szpitala trafiło 9 osób")
        "do szpitala trafił", "do szpitala trafiło", "do szpitala trafiła", "do szpitala trafili",
        "do szpitala trafiły", "do szpitali trafił", "do szpitali trafiło", "do szpitali trafili",
        "do szpitali trafiły",
        "hospitalizowan",
    ),
    "missing": ("zaginion", "zaginęł"),
    "displaced": ("ewakuowan", "bezdomn", "przesiedlon",
        # "1500 osób musiało opuścić swoje domy": those who had to leave their homes
        "opuścić swoje domy", "opuścić domy", "opuściło swoje domy", "opuściły swoje domy",
    ),
    "arrested": ("zatrzyman", "aresztowan"),
}
# Verbs that count victims only of people: "ucierpiało 10 osób" (were hurt), not "ucierpiało 200 hektarów lasu"
PEOPLE_TRIGGERS = {"wounded": ("ucierpiał", "ucierpiało", "ucierpieli", "ucierpiała", "ucierpiały")}
# "jego pasażer został ciężko ranny": the auxiliary's singular before a wounded trigger tells one person hurt
SINGULAR_HURT = ("został", "została")
# A hurt verb's own singular form, no auxiliary ("jego pasażer trafił do szpitala"): one hurt
SINGULAR_HURT_VERBS = ("trafił do szpitala", "trafiła do szpitala", "do szpitala trafił", "do szpitala trafiła")
PEOPLE_NOUNS = (
    "osób", "osoby", "ludzi", "dzieci", "mieszkańc", "pasażer", "pracownik", "żołnierz", "cywil", "strażak",
    "policjant", "turyst", "górnik",
)  # fmt: skip
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "zabitych i rannych", "zabitych lub rannych", "zabici i ranni", "zabici lub ranni", "zginęło lub zostało rann",
    "zginęło albo zostało rann", "zginęli lub zostali rann", "zginęły lub zostały rann", "ofiar śmiertelnych i rannych",
    "zginęło lub zaginęło",
    "zabitych i zaginionych",
    "zabitych lub zaginionych",
    "zginęli lub zaginęli",
)  # fmt: skip
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("krytyczn", "zagrożeniem życia"),
    "severe": ("ciężk", "ciężko", "poważn"),
    "light": ("lekk", "lżej", "lżejsz"),
}
COORDINATORS = ("i", "a", "oraz")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("między", "a", ""),
    ("od", "do", ""),
    ("pomiędzy", "a", ""),
)
QUALIFIERS_BEFORE = {
    "co najmniej": "at_least",
    "przynajmniej": "at_least",
    "ponad": "more_than",
    "więcej niż": "more_than",
    "prawie": "nearly",
    "niemal": "nearly",
    "blisko": "nearly",
    "około": "about",
    "ok.": "about",
    "mniej więcej": "about",
    "nawet": "up_to",
    "przekroczyła": "more_than",
    "przekroczył": "more_than",
    "przekroczyło": "more_than",
    "przekracza": "more_than",
    "przekroczyły": "more_than",
}
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "skorygowano w dół",
    "w dół",
    "obniżono",
    "obniżyła",
    "obniżył",
    "zmniejszyła się do",
    "spadła do",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "początkowo",
    "wcześniej",
    "pierwotnie",
    "poprzedni bilans",
)
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = (
    "kolejne",
    "kolejnych",
    "kolejni",
    "następne",
    "następnych",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "terroryst",
    "zamachowc",
    "napastni",  # napastnik, napastnicy, napastników
)
# A toll noun alone counts the dead ('الحصيلة ارتفعت إلى 46')
TOLL_NOUNS = ("bilans",)
SUBSET_BEFORE = ("w tym", "wśród nich", "spośród nich")
SUBSET_AFTER = ("z nich",)
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("wśród",)
NOT_COUNTS_AFTER = (
    # "o godz. 5", "na 3 piętrze", "na 2 zmiany": a clock time, a floor, a shift, no count of people
    "piętr", "zmian", "rano", "wieczorem",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "szpitali", "szpitala", "szpitale", "szpitalach", "szpitalu",  # not "szpitalnych" (hospital staff)
    "razy", "razów",  # "counted twice", "dos veces": how often, not how many
    "lat",
    "roku",
    "rok",
    "km",
    "kilometr",
    "metr",
    "%",
    "proc",
    "godzin",
    "dni",
    "minut",
    "zł",
    "dolar",
    "stopni",
    "budyn",
)
COUNT_NOUNS = ("liczba", "bilans")
PROJECTION_BEFORE = ("może wzrosnąć", "może sięgnąć", "obawiają się", "obawia się")
FROM_TO = (("z", "do"), ("z", "na"))  # "zmieniły liczbę ofiar z 49 na 41"  # "from N to M": N is superseded
# The number fronted before its toll verb ("До 14 выросло число погибших", to 14 rose the number of the dead): the
# number is the toll's latest update
UPDATE_AFTER = ("wzrosła", "wzrósł", "wzrosło", "wzrosły", "zwiększyła się")
UPDATE_BEFORE = (
    "wzrosła do",
    "wzrósł do",
    "wzrosła",
    "sięga",
    "sięgnęła",
    "wzrosło do",
    "zwiększyła się do",
    "wynosi",
    "wynosiła",
)  # toll verbs: the number after them is the toll's latest update
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("według", "jak podaje", "jak podała", "jak poinformował", "jak poinformowała",
    "jak przekazał",
    "jak przekazała",
    "jak przekazali",
    "jak poinformowali",
    "jak poinformowało",
    "jak podali",
    "jak podało",
    "jak informuje",
    "jak informują",
    "jak podają",
    "jak powiedział",
    "jak powiedziała",
    "powołując się na",
    "jak wynika z danych",
    "jak wynika z informacji",
    "według danych",
    "według informacji",
    "według szacunków",
)
SPEECH_VERBS = (
    "powiedział",
    "powiedziała",
    "poinformował",
    "poinformowała",
    "poinformowali",
    "przekazał",
    "przekazała",
    "podał",
    "podała",
    "oświadczył",
    "oświadczyła",
    "przekaza",
    "poinformowa",
    "potwierdzi",
    "oświadczy",
    "powiedzie",
    "podali",
    "podało",
    "podaje",
    "podają",
    "informuje",
    "informują",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministerstwo": "ministry",
    "minister": "minister",
    "rząd": "government",
    "władze": "authorities",
    "policja": "police",
    "straż pożarna": "fire service",
    "strażacy": "firefighters",
    "burmistrz": "mayor",
    "prezydent": "president",
    "wojewoda": "governor",
    "prokuratura": "prosecutor",
    "rzecznik": "spokesperson",
    "rzeczniczka": "spokesperson",
    "agencja": "agency",
    "ratownicy": "rescuers",
    "straży pożarn": "fire service",
    "straż pożarn": "fire service",
    "ministerstw": "ministry",
    "ratowni": "rescuers",
    "strażac": "firefighters",
    "szpital": "hospital",
    "lekarz": "doctors",
    "wojewod": "voivode",
    "mediów": "media",
    "państwow": "state",
    "telewizj": "television",
    "agencj": "agency",
    "wojsk": "army",
    "służb": "services",
    "gubernator": "governor",
    "urzędni": "officials",
    "prokuratur": "prosecutors",
    "policji": "police",
    "policję": "police",
}

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("w", "we", "niedaleko", "koło")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("PL",)
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("którzy", "które")
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("głównie", "w większości", "przeważnie", "większość z nich")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "od początku wojny",
    "od początku inwazji",
    "od początku konfliktu",
    "od początku roku",
    "od początku sezonu",
    "od początku zimy",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "najkrwawsz",
    "najbardziej",
    "największ",
    "najtragiczniejsz",
)
# Places (core.extract.world_places): a name's endings when not inflected ("w Kłodzku": Kłodzko; "w Szczekocinach":
# Szczekociny); words before a country's name that make it the people's origin, not the place
PLACE_BASE_ENDINGS = ("a", "o", "y", "e")
# ... and a stem's last consonant as the locative softens it ("w Pradze": Praga, "w Rydze": Ryga)
PLACE_GRADATION = {"g": "dz"}
ORIGIN_BEFORE = ("obywatele", "obywateli", "obywatel", "obywatelka", "pochodzący z", "pochodzących z", "pochodząca z")
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'w hotelu Marriott'
# (core.extract.world_places)
BUILDING_WORDS = (
    "budyn", "wieżowc", "wieżowiec", "hotel", "most", "ulic", "alej", "plac", "stadion", "szpital", "centrum handlow",
    "osiedl", "szkoł", "klub",
)  # fmt: skip
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("nadal", "wciąż", "pozostaj", "obecnie", "przebywa", "przebywają")
CARE_WORDS = (
    "szpital",
    "hospitaliz",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("trzęsieni*", "tsunami"),
    "water": (
        "powódź", "powodzi*", "powodz*", "ulew*", "burz*", "huragan*", "tajfun*", "osuwisk*", "lawin*", "cyklon*",
        "trąba powietrzna", "trąby powietrznej", "trąby powietrzne", "podtopie*", "nawałnic*", "gradobic*", "zalane",
        "zalanych", "osunięcie ziemi", "osunięcia ziemi", "przerwanie tamy", "przerwania wału", "powodzie", "ulewy",
        "sztorm*",
    ),
    "fire": ("pożar*", "wybuch*", "eksplozj*"),
    "air": (
        "samolot*", "helikopter*", "śmigłow*", "katastrofa lotnicza", "katastrofie lotniczej", "rozbił się samolot",
        "katastrofy lotniczej", "awionetk*",
    ),
    "rail": ("pociąg*", "kolejow*", "wykolej*", "tramwaj*", "katastrofa kolejowa"),
    "road": (
        "autobus*", "autokar*", "ciężarówk*", "wypadek drogowy", "wypadku drogowym", "wypadki drogowe",
        "czołowe zderzenie", "czołowym zderzeniu", "karambol*", "wypadek samochodowy", "autostrad*", "busem",
    ),
    "ship": (
        "statek*", "statku", "promu", "promie", "łódź", "łodzi*", "zatonął", "zaton*", "zatonięcie", "statki",
        "kuter", "kutra", "łódka", "łódki", "katastrofa promu",
    ),
    "attack": (
        "atak*", "zamach*", "bomba", "bomby", "bombard*", "strzelanin*", "ostrzał*", "rakiet*", "terror*", "wybuch*",
        "eksplozj*", "zasadzk*", "strzały", "strzałów", "zastrzel*", "masakr*", "nalot*", "napastnik*", "strzelec",
        "rzeź", "atakach",
    ),
    "crowd": ("stratowan*", "tratowan*", "zamieszk*", "tłum", "tłumie"),
    "collapse": (
        "zawaleni*", "zawalił*", "runął", "runęła", "runęło", "runęły", "zawaliła", "zawalił się", "zawalenie",
    ),
    "mine": ("kopalni*", "górnik*", "górnicy"),
    "weather": (
        "piorun*", "upał*", "mrozy", "mrozów", "burz*", "mróz", "mrozu", "wychłodzeni*", "fala upałów", "upałów",
        "wyładowanie atmosferyczne",
    ),
    "volcano": ("wulkan*", "erupcj*", "lawa", "lawy"),
}  # fmt: skip
# 'Last' beside a weekday ('w ubiegły poniedziałek'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("ubiegły", "ubiegłą", "zeszły", "zeszłą")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = (
    "w komunikacie", "na twitterze", "w mediach społecznościowych", "na konferencji", "w rozmowie z",
    "dziennikarzom",
)  # fmt: skip
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("prof.", "gen.", "płk.", "insp.")
# A verb's singular form that tells the death of one, with no number ("the driver died"); not after a negation
SINGULAR_DEATHS = ("zginął", "zginęła", "zmarł", "zmarła")
NEGATIONS = ("nie",)

# 'this number', 'the figure' told on in a later sentence, a kind named before: that kind's updated count
# ("W poniedziałek mówiono o 9 zabitych. We wtorek liczba ta wzrosła do 25")
COUNT_ANAPHORS = ("liczba ta", "ta liczba", "liczba wzrosła", "liczba ofiar wzrosła")
# A count of victims, the dead and the hurt alike when its parts say so ("23 victimes, dont huit morts" and 15 hurt)
VICTIM_NOUNS = ("ofiar", "ofiary")
# A word right before a number that makes it no count: a road's number ("na drodze krajowej nr 7"), a kilometre post
NOT_COUNTS_BEFORE = (
    "godz.", "godz", "godzinie",  # "o godz. 5": a clock time
    "peron", "peronie",  # "peron 3": a platform
    "nr", "nr.", "numer", "km", "krajowej", "wojewódzkiej", "magnitudzie",
)
# months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): the
# date is that event's, not the incident's (world_dates)
SPAN_AFTER = ("miesięcy po", "miesiące po", "lat po", "rok po")
# a figure of the whole country (core.extract.world_places, core.extract.multilingual)
NATIONWIDE = ("w całym kraju", "w skali kraju")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# dni temu", "# tygodnie temu", "tydzień temu", "miesiąc temu", "# dni wcześniej", "tydzień wcześniej",
    "miesiąc wcześniej", "dzień wcześniej", "w zeszłym tygodniu", "w ubiegłym tygodniu", "w zeszłym miesiącu",
    "w ubiegłym miesiącu",
)  # fmt: skip
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("łącznie", "w sumie")
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("rodaków", "rodacy", "polaków", "polacy", "polskich", "polscy")
# The relative words that open the clause of an event's toll after its noun
# (multilingual._a_follow_ups_own_toll): "pożar z czerwca 2004 roku, w którym zginęło 57 osób"
EVENT_RELATIVES = ("któr",)
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("pogrzeb", "pożegna", "żałob", "uczcić", "upamiętni", "ostatniej drodze")

# Date words: a headline counting years since an event ('Dziesięć lat po katastrofie', '20. rocznica';
# `core.extract.look_back`)
YEARS_ON = ("{n} lat po", "{n} lata po", "{n} lat temu", "{n} lata temu", "{n} rocznica", "{n} rocznicę",
            "{n} rocznicy")  # fmt: skip
YEAR_COUNTS = {
    "pięć": 5, "dziesięć": 10, "piętnaście": 15, "dwadzieścia": 20, "trzydzieści": 30, "piąta": 5, "piątą": 5,
    "piątej": 5, "dziesiąta": 10, "dziesiątą": 10, "dziesiątej": 10, "dwudziesta": 20, "dwudziestą": 20,
    "dwudziestej": 20,
}  # fmt: skip
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
