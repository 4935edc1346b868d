"""Finnish lexicon (shared shape, see `es.py` for the names): data only (case endings: MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "fi"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tuhatta": 1000, "tuhat": 1000, "miljoonaa": 1_000_000}
NUMBER_WORDS = {
    "yksi": 1,
    "kaksi": 2,
    "kolme": 3,
    "neljä": 4,
    "viisi": 5,
    "kuusi": 6,
    "seitsemän": 7,
    "kahdeksan": 8,
    "yhdeksän": 9,
    "kymmenen": 10,
    "sata": 100,
    # teens and tens; written together with a unit ('kaksikymmentäkolme' = 23: COMPOUND_NUMBERS)
    "yksitoista": 11,
    "kaksitoista": 12,
    "kolmetoista": 13,
    "neljätoista": 14,
    "viisitoista": 15,
    "kuusitoista": 16,
    "seitsemäntoista": 17,
    "kahdeksantoista": 18,
    "yhdeksäntoista": 19,
    "kaksikymmentä": 20,
    "kolmekymmentä": 30,
    "neljäkymmentä": 40,
    "viisikymmentä": 50,
    "kuusikymmentä": 60,
    "seitsemänkymmentä": 70,
    "kahdeksankymmentä": 80,
    "yhdeksänkymmentä": 90,
    "sataa": 100,
    # the illative a rising toll puts both parts in ('nousi kahteenkymmeneen' = 20, 'kolmeenkymmeneenviiteen' = 35);
    # not 'yhteen' (1), which is also 'together'
    "kahteen": 2, "kolmeen": 3, "neljään": 4, "viiteen": 5, "kuuteen": 6, "seitsemään": 7, "kahdeksaan": 8,
    "yhdeksään": 9, "kymmeneen": 10, "sataan": 100, "kahteentoista": 12, "kolmeentoista": 13, "neljääntoista": 14,
    "viiteentoista": 15, "kahteenkymmeneen": 20, "kolmeenkymmeneen": 30, "neljäänkymmeneen": 40,
    "viiteenkymmeneen": 50, "kuuteenkymmeneen": 60, "seitsemäänkymmeneen": 70, "kahdeksaankymmeneen": 80,
    "yhdeksäänkymmeneen": 90,
}
COMPOUND_NUMBERS = True  # 'kaksikymmentäkolme', 'kaksisataa': number words written as one word
TRIGGERS = {
    "killed": (
        # the impersonal passive 'were killed' (test_four_forms43)
        "tapettiin",
        "kuol",
        "menehty",
        "sai surmansa",
        "saivat surmansa",
        "surmansa",
        "kuolonuhr",
        "uhri",
        "tapettu",
        "tappoi",
        "ruumi",
    ),
    "wounded": ("loukkaantu", "haavoittu", "vammautu"),
    "missing": ("kadoksissa", "kadonn"),
    "displaced": ("evakuoi", "kodittom"),
    "arrested": ("pidätet", "pidätti", "otettiin kiinni"),
}
QUALIFIERS_BEFORE = {
    "ainakin": "at_least",
    "vähintään": "at_least",
    "yli": "more_than",
    "lähes": "nearly",
    "melkein": "nearly",
    "noin": "about",
    "arviolta": "about",
    "jopa": "up_to",
    "peräti": "up_to",
}
# The attackers, right after the number ("two gunmen killed four"): the subject of the harm, and their own dead
# are no toll of the victims
PERPETRATORS = ("hyökkääj", "ampuj", "terrorist", "aseistautune", "iskuj")
SUBSET_BEFORE = ("heistä", "joista", "mukaan lukien")
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "kymmeniä": (12, 12, 99),
    "kymmenet": (12, 12, 99),
    "satoja": (100, 100, 999),
    "sadat": (100, 100, 999),
    "tuhansia": (1000, 1000, 9999),
    "tuhannet": (1000, 1000, 9999),
    "kymmeniätuhansia": (10_000, 10_000, 99_999),
}
# The injured by severity ("kolme loukkaantui vakavasti ja 12 lievästi" = 15, core.extract.world_grades)
INJURY_GRADES = {
    "critical": ("kriittisesti", "hengenvaarallisesti"),
    "severe": ("vakavasti", "vakavia", "vaikeasti"),
    "light": ("lievästi", "lieviä", "lievemmin"),
}
COORDINATORS = ("ja", "kun taas")
# The toll revised down ("Kuolleiden määrä laski 18:aan")
REVISED_DOWN = ("laski", "laskenut", "tarkistettiin alaspäin", "korjattiin alaspäin")
# Markers of an earlier figure shortly before the number ("Aiemmin kuolleita kerrottiin olevan 200")
EARLIER_BEFORE = ("aiemmin", "aluksi", "alun perin", "ensin")
# A word right before the number that adds to the toll ("vielä 5 ruumista")
INCREMENT_BEFORE = ("vielä", "lisää")
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("yhä", "edelleen", "vielä")
CARE_WORDS = ("sairaala*", "hoidossa", "hoidettavana")
NOT_COUNTS_AFTER = ("vuot", "km", "kilometr", "metri", "%", "prosent", "tunti", "päivä", "minuut", "euro", "dollari")
COUNT_NOUNS = ("määrä",)
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("FI",)
# A name takes up to four letters of case ending ("Tianjinissa", "Lontoossa")
PLACE_ENDINGS = 4
# A name's last double consonant is single before most endings (core.extract.world_places): "Turkki" is "Turkissa"
# (in Turkey), "Turkin" (Turkey's); "Kreikka" "Kreikassa"
PLACE_GRADATION = {"kk": "k", "pp": "p", "tt": "t", "nk": "ng"}
# Places (core.extract.world_places): a name in a locative case ("Helsingissä", "Oulussa") is where it happened
LOCATIVE_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä")
# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("lähellä",)
# Facilities named after their town, the town's name in the genitive first ("Istanbulin lentokentällä"): the town
# is where it happened (core.extract.world_places)
NAMED_FACILITIES = ("lentoasema", "lentokent", "rautatieasema", "satama", "sairaala", "yliopisto", "kauppakeskus")
# A country's name in the genitive right before an attack's noun is the attacker's ("Venäjän ohjusisku Odessaan"),
# not where it happened (stems; core.extract.world_places)
ATTACK_AFTER = (
    "isku",
    "iskun",
    "iskuss",
    "iskuj",
    "ohjusisk",
    "ilmaisk",
    "droonisk",
    "hyökkäy",
    "pommitu",
    "tykistötul",
)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("maanjäristy*", "tsunami*", "järistys*", "*järistys"),
    "water": (
        "tulva*", "*tulva", "myrsky*", "hurrikaani*", "taifuuni*", "maanvyöry*", "sykloni*", "rankkasade*", "sateet",
        "lumivyöry*", "*myrsky", "hirmumyrsky*", "tulvat", "tulvissa", "*tulvissa",
    ),
    "fire": ("tulipalo*", "*palo", "räjähdy*", "metsäpalo*", "maastopalo*", "*palossa", "*paloissa", "tulipalossa"),
    "air": (
        "lentokone*", "helikopteri*", "lento-onnettomuu*", "lentoturma*", "maahansyöks*", "*lentokone",
        "helikopteriturma*",
    ),
    "rail": ("juna*", "junaonnettomuu*", "raideliikenne*", "*juna", "junaturma*", "suistui kiskoilta", "kiskoilta"),
    "road": (
        "bussi*", "linja-auto*", "rekka*", "liikenneonnettomuu*", "kolari*", "*kolari", "*kolarissa",
        "auto-onnettomuu*", "bussiturma*", "bussionnettomuu*", "moottoritie*",
    ),
    "ship": (
        "laiva*", "lautta*", "haaksirik*", "upposi", "uppoa*", "veneonnettomuu*", "alus", "aluksen",
        "laivaonnettomuu*",
    ),
    "attack": (
        "isku*", "*isku", "hyökkäy*", "pommi*", "ammuskelu*", "ampumi*", "terrori*", "räjähdy*", "väijytys*",
        "väijytyk*", "ampuja*", "ammuttu*", "ampui", "verilöyly*", "joukkosurma*", "*hyökkäys", "*iskussa",
        "ilmaisku*", "puukotus*",
    ),
    "crowd": ("tungos*", "mellakka*", "mellako*", "mellakoissa"),
    "collapse": ("sortu*", "romahd*"),
    "mine": ("kaivos*", "kaivoks*", "*kaivos", "*kaivoksessa", "*kaivoksen", "kaivosmie*"),
    "weather": (
        "salamanisku*", "helleaalto*", "myrsky*", "helle", "helteen", "helteessä", "pakkanen", "pakkasessa",
        "kuumuus*", "kuumuuteen",
    ),
    "volcano": ("tulivuor*", "laava*", "purkaus", "purkauksen", "purkauksessa"),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("torstaina", "torstai-iltana"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = ("na", "iltana", "aamuna", "yönä", "n", "illan", "aamun", "yön")  # "perjantain iskuissa": Friday's

# Who gave a figure (read by core.extract.world_attribution): "poliisin mukaan", "pelastuslaitos kertoi",
# "kertoi poliisi"
ACCORDING_AFTER = ("mukaan",)
ACCORDING_NAMED = True  # "lapset mukaan lukien" (children included) names no one
SPEECH_VERBS = ("kertoi", "kertoo", "kertovat", "sanoi", "sanoo", "ilmoitti", "ilmoittaa", "vahvisti", "tiedotti",
                "raportoi", "tiedottaa",
    "kertoivat",
    "ilmoittivat",
    "vahvistivat",
    "sanoivat",
    "tiedottivat",
    "arvioi",
    "raportoivat",
    "uutisoi",
    "uutisoivat",
    "kirjoittaa",
    "kirjoitti",
)  # fmt: skip
SOURCE_NOUNS = {  # source noun (a stem: the language inflects it) -> its English kind
    "poliisi": "police",
    "viranomai": "authorities",
    "ministeriö": "ministry",
    "ministeri": "minister",
    "hallitu": "government",
    "pelastuslaito": "rescue service",
    "pelastustyönteki": "rescuers",
    "sairaala": "hospital",
    "uutistoimisto": "news agency",
    "pormestari": "mayor",
    "kuvernööri": "governor",
    "tiedottaja": "spokesperson",
    "tiedotusvälinei": "media",
    "media": "media",
    "armeija": "army",
    "palokun": "fire brigade",
    "pelastus": "rescuers",
    "sairaanhoitopiiri": "hospital district",
    "lääkär": "doctors",
    "virkamie": "officials",
    "kaupunginjohtaja": "mayor",
    "puolustusvoim": "army",
    "valtionmedia": "state media",
    "valtiollinen media": "state media",
    "punaisen ristin": "red cross",
    "punainen risti": "red cross",
    "terveysministeri": "health ministry",
    "sisäministeri": "interior ministry",
    "ulkoministeri": "foreign ministry",
    "pääministeri": "prime minister",
    "presidentti": "president",
    "hätäkeskus": "emergency centre",
    "ylilääkär": "chief physician",
    "viranomaist": "authorities",
}

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# päivää aiemmin", "# päivää sitten", "# viikkoa sitten", "viikko sitten", "kuukausi sitten", "viikkoa aiemmin",
    "viikkoa aikaisemmin", "viime viikolla", "viime kuussa", "edellisenä päivänä",
)  # fmt: skip
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {
    "killed": (
        "vaati ... hengen", "vaati ... ihmishenkeä", "vaati ... hengeä",
    ),
}
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("hautajais", "muistotilaisuu", "hyvästel", "muistojuhla", "surujuhla")
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
