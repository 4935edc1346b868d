"""Croatian, Bosnian and Serbian lexicon (shared shape, see `es.py` for the names), one for the three standards
and both of Serbian's scripts ("poginulo" and "погинуло"): data only; a text in Cyrillic letters is read by `sr`,
these words with its places read as a Cyrillic script's (`SCRIPT_TWINS`). Words are inflected ("poginulo",
"ranjenih", "nestalih"): triggers are word beginnings (MATCH "prefix"). py3langid splits a text among hr, bs and
sr; the three count as one (`core.extract.lexicons.ALIASES`, `ONE_LANGUAGE`)."""

from __future__ import annotations

LANGUAGE = "hr"
SCRIPT_TWINS = {"CYRILLIC": "sr"}  # Serbian in Cyrillic letters: its towns are read in that script
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {
    "tisuća": 1000, "tisuće": 1000, "hiljada": 1000, "hiljade": 1000, "hiljadu": 1000, "tis.": 1000,
    "хиљада": 1000, "хиљаде": 1000, "milijun": 1_000_000, "milion": 1_000_000, "милион": 1_000_000,
}  # fmt: skip
# Number words of both scripts, with the forms for groups of people ("dvojica", "petoro"); tens before units
# ("dvadeset pet" = 25, "dvadeset i pet")
NUMBER_WORDS = {
    "jedan": 1, "jedna": 1, "jednog": 1, "jednu": 1, "jednoga": 1,
    "dva": 2, "dvije": 2, "dve": 2, "dvoje": 2, "dvojica": 2, "dvojicu": 2,
    "tri": 3, "troje": 3, "trojica": 3, "trojicu": 3, "četiri": 4, "četvoro": 4, "četvorica": 4, "četvoricu": 4,
    "pet": 5, "petoro": 5, "petorica": 5, "petoricu": 5, "šest": 6, "šestoro": 6, "šestorica": 6, "sedam": 7,
    "sedmoro": 7, "sedmorica": 7, "osam": 8, "osmoro": 8, "osmorica": 8, "devet": 9, "devetoro": 9, "deset": 10,
    "desetoro": 10, "desetorica": 10, "jedanaest": 11, "dvanaest": 12, "trinaest": 13, "četrnaest": 14,
    "petnaest": 15, "šesnaest": 16, "sedamnaest": 17, "osamnaest": 18, "devetnaest": 19, "dvadeset": 20,
    "trideset": 30, "četrdeset": 40, "pedeset": 50, "šezdeset": 60, "sedamdeset": 70, "osamdeset": 80,
    "devedeset": 90, "sto": 100, "stotinu": 100, "dvjesto": 200, "dvesta": 200, "tristo": 300, "trista": 300,
    "četiristo": 400, "petsto": 500,
    "један": 1, "једна": 1, "једног": 1, "једну": 1, "једнога": 1,
    "два": 2, "две": 2, "двоје": 2, "двојица": 2, "три": 3, "троје": 3, "тројица": 3,
    "четири": 4, "четворо": 4, "четворица": 4, "пет": 5, "петоро": 5, "петорица": 5, "шест": 6, "шесторо": 6,
    "седам": 7, "седморо": 7, "осам": 8, "осморо": 8, "девет": 9, "десет": 10, "једанаест": 11, "дванаест": 12,
    "тринаест": 13, "четрнаест": 14, "петнаест": 15, "шеснаест": 16, "седамнаест": 17, "осамнаест": 18,
    "деветнаест": 19, "двадесет": 20, "тридесет": 30, "четрдесет": 40, "педесет": 50, "шездесет": 60,
    "седамдесет": 70, "осамдесет": 80, "деведесет": 90, "сто": 100, "двеста": 200, "триста": 300,
    # collective numerals for groups of people in both spellings, Croatian "-ero" ("osmero ljudi") and Serbian
    # "-oro" ("деветоро деце"), and the masculine "-orica" of both scripts
    "četvero": 4, "petero": 5, "šestero": 6, "sedmero": 7, "osmero": 8, "devetero": 9, "desetero": 10,
    "šestoricu": 6, "sedmoricu": 7, "osmoricu": 8, "devetorica": 9, "devetoricu": 9, "desetoricu": 10,
    "четверо": 4, "петеро": 5, "шестеро": 6, "седмеро": 7, "осмеро": 8, "деветеро": 9, "десетеро": 10,
    "деветоро": 9, "десеторо": 10, "двојицу": 2, "тројицу": 3, "четворицу": 4, "петорицу": 5, "шесторица": 6,
    "шесторицу": 6, "седморица": 7, "седморицу": 7, "осморица": 8, "осморицу": 8, "деветорица": 9,
    "деветорицу": 9, "десеторица": 10, "десеторицу": 10,
}  # fmt: skip
# a thousand as the object ("tisuću ljudi", "oko tisuću"), and in Serbian ("hiljadu")
NUMBER_WORDS |= {"tisuću": 1000, "tisuća": 1000, "hiljadu": 1000, "hiljada": 1000, "хиљаду": 1000, "хиљада": 1000}
NUMBER_JOINERS = ("i", "и")  # "dvadeset i pet" (25)
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "desetine": (12, 12, 99), "desetak": (12, 12, 99), "desetci": (12, 12, 99), "desetke": (12, 12, 99),
    "nekoliko desetina": (12, 12, 99), "desetina": (12, 12, 99), "stotine": (100, 100, 999),
    "stotina": (100, 100, 999), "tisuće": (1000, 1000, 9999), "hiljade": (1000, 1000, 9999),
    "desetine tisuća": (10_000, 10_000, 99_999), "desetine hiljada": (10_000, 10_000, 99_999),
    "десетине": (12, 12, 99), "стотине": (100, 100, 999), "хиљаде": (1000, 1000, 9999),
    "десетине хиљада": (10_000, 10_000, 99_999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "odnio živote", "odnijela živote", "odnijelo živote", "odnijeli živote",
        "poginu", "ubij", "ubijen", "ubio", "ubila", "ubili", "usmrt", "preminu", "umrl", "umro", "mrtv", "žrtav",
        "smrt", "stradal", "stradao", "izgubil život", "izgubio život", "tijel", "utopil",
        "погину", "убиј", "убијен", "убио", "убила", "убили", "усмрт", "преминул", "преминуо", "умрл", "умро",
        "мртв", "жртав", "смрт", "страдал", "страдао", "изгубил живот", "изгубио живот", "утопил",
    ),
    "wounded": (
        "ranjen", "ranio", "ranila", "ranili", "ozlijeđen", "ozleđen", "povrijeđen", "povređen", "povrede",
        "ozljede", "hospitaliz", "prevezen u bolnic", "prevezeno u bolnic", "prevezeni u bolnic",
        "рањен", "ранио", "ранила", "ранили", "повређен", "повреде", "хоспитализ", "превезен у болниц",
        # the auxiliary between the participle and the hospital ("14 ljudi prevezeno je u bolnicu")
        "prevezeno je u bolnic", "prevezeni su u bolnic", "prevezen je u bolnic", "prevezena je u bolnic",
        "превезено у болниц", "превезени у болниц", "превезено је у болниц", "превезени су у болниц",
        "превезен је у болниц", "превезена је у болниц",
    ),
    "missing": ("nestal", "nestao", "vode se kao nestal", "нестал", "нестао"),
    "displaced": ("evakuiran", "evakuisan", "raseljen", "bez krova nad glavom", "евакуисан", "расељен"),
    "arrested": ("uhapšen", "uhićen", "priveden", "uhapsi", "ухапшен", "приведен"),
}  # fmt: skip
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "mrtvih i ranjenih", "poginulih i ranjenih", "ubijenih i ranjenih", "mrtvih ili ranjenih",
    "poginulih i nestalih", "mrtvih i nestalih", "мртвих и рањених", "погинулих и рањених", "убијених и рањених",
)  # fmt: skip
# The injured by severity (core.extract.world_grades), and the words that coordinate two counts
INJURY_GRADES = {
    "critical": ("kritičn", "opasne po život", "životno ugrožen", "критичн", "опасне по живот"),
    "severe": ("teško", "teške", "teških", "teže", "тешко", "тешке", "теже"),
    "light": ("lakše", "lako", "lake", "lakših", "лакше", "лако", "лаке"),
}
COORDINATORS = ("i", "a", "dok", "и", "а", "док")
# Ranges: (word before the low figure, word between, word after the high one): 'između 20 i 30'
RANGES = (("između", "i", ""), ("od", "do", ""), ("између", "и", ""), ("од", "до", ""))
QUALIFIERS_BEFORE = {
    "najmanje": "at_least", "barem": "at_least", "најмање": "at_least",
    "više od": "more_than", "preko": "more_than", "više nego": "more_than", "више од": "more_than",
    "преко": "more_than", "gotovo": "nearly", "skoro": "nearly", "blizu": "nearly", "готово": "nearly",
    "скоро": "nearly", "близу": "nearly", "oko": "about", "otprilike": "about", "približno": "about",
    "око": "about", "отприлике": "about", "приближно": "about",
}  # fmt: skip
REVISED_DOWN = ("smanjen na", "smanjio na", "pao na", "смањен на", "пао на")
EARLIER_BEFORE = ("prvobitno", "prvotno", "ranije", "prethodno", "isprva", "првобитно", "раније", "претходно")
INCREMENT_BEFORE = ("još", "још")
PERPETRATORS = ("napadač", "teroris", "bombaš", "нападач", "терорис")
SUBSET_BEFORE = ("među njima", "među kojima", "uključujući", "od toga", "међу њима", "међу којима", "укључујући")
SUBSET_AFTER = ("od njih", "од њих")
NOT_COUNTS_AFTER = (
    "puta", "godin", "km", "kilometar", "kilometara", "metar", "metara", "%", "posto", "odsto", "sati", "sata",
    "dana", "minut", "kuna", "eura", "evra", "dinara", "dolar", "stepen", "stupnj", "kuća", "zgrad",
    "пута", "годин", "км", "километара", "метара", "одсто", "сати", "сата", "дана", "минут", "евра", "динара",
    "долар", "степен", "кућа", "зград",
)  # fmt: skip
COUNT_NOUNS = ("broj", "број")
PROJECTION_BEFORE = ("mogao bi", "могао би", "mogla bi", "могла би")
FROM_TO = (("sa", "na"), ("s", "na"), ("са", "на"))
# The number fronted before its toll verb ("До 14 выросло число погибших", to 14 rose the number of the dead): the
# number is the toll's latest update
UPDATE_AFTER = ("porastao", "porastao je", "porasla", "porasla je", "narastao", "narastao je")
UPDATE_BEFORE = (
    "porastao na", "porasla na", "poraslo na", "popeo na", "popela na", "povećao na", "povećan na", "iznosi",
    "порастао на", "порасла на", "попео на", "повећан на", "износи",
)  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("prema", "kako je", "према", "како је")
SPEECH_VERBS = (
    "rekao", "rekla", "rekli", "izjavio", "izjavila", "saopćio", "saopćila", "saopćilo", "saopštio", "saopštila",
    "saopštilo", "saopštili", "priopćio", "priopćila", "priopćilo", "priopćeno", "potvrdio", "potvrdila",
    "potvrdilo", "naveo", "navela", "navelo", "kazao", "kazala",
    "рекао", "рекла", "рекли", "изјавио", "изјавила", "саопштио", "саопштила", "саопштило", "саопштили",
    "потврдио", "потврдила", "потврдило", "навео", "навела", "навело",
)  # fmt: skip
# source noun -> its English kind, so claimants meet across languages; stems, as the nouns are declined ("prema
# navodima policije", "saopštilo je Ministarstvo")
SOURCE_LEADING = ("je", "su", "је", "су")  # "saopštilo je Ministarstvo": the auxiliary after the verb
SOURCE_NOUNS = {
    "ministarstv": "ministry", "ministar": "minister", "vlad": "government", "vlast": "authorities",
    "policij": "police", "mup": "police", "vatrogas": "firefighters", "spasio": "rescuers",
    "hitna pomoć": "ambulance service", "hitne pomoći": "ambulance service", "gradonačelnik": "mayor",
    "predsjednik": "president", "predsednik": "president", "glasnogovorni": "spokesperson", "portparol": "spokesperson",
    "bolnic": "hospital", "tužilaštv": "prosecutor", "министарств": "ministry", "министар": "minister",
    "влад": "government", "власт": "authorities", "полициј": "police", "муп": "police",
    "ватрогас": "firefighters", "хитна помоћ": "ambulance service", "хитне помоћи": "ambulance service",
    "градоначелник": "mayor", "председник": "president", "портпарол": "spokesperson", "болниц": "hospital",
    "тужилаштв": "prosecutor",
}  # fmt: skip
LOCATIVES = ("u", "kod", "blizu", "у", "код")
HOME_COUNTRIES = ("HR", "BA", "RS", "ME")
PLACE_BASE_ENDINGS = ("a", "o", "e", "i")
ORIGIN_BEFORE = ("državljani", "državljana", "држављани", "држављана")
RELATIVES = ("koji", "koje", "који", "које")
SINCE_START = (
    "od početka rata", "od početka invazije", "od početka sukoba", "od početka godine", "од почетка рата",
    "од почетка године",
)  # fmt: skip
SUPERLATIVES = ("najsmrtonosnij", "najgor", "najtež", "najveć", "најсмртоносниј", "најгор", "највећ")
DAYS_BACK = {"jučer": 1, "juče": 1, "јуче": 1, "prekjučer": 2, "prekjuče": 2}
STILL_IN_CARE = ("još uvijek", "još uvek", "i dalje", "ostaje", "ostaju", "још увек", "и даље")
CARE_WORDS = ("bolnic", "hospitaliz", "болниц", "хоспитализ")
HAZARD_FAMILIES = {
    "quake": ("potres*", "zemljotres*", "земљотрес*", "tsunami"),
    "water": (
        "poplav*", "поплав*", "klizišt*", "uragan*", "oluj*", "лавин*", "lavin*", "ciklon*", "tajfun*", "bujic*",
        "бујиц*", "nevrijem*", "nevrem*", "невреме*", "kiša", "kiše", "киша", "кише", "odron*",
    ),
    "fire": ("požar*", "пожар*", "eksplozij*", "експлозиј*", "vatra", "vatre", "ватра", "ватре", "šumski požar"),
    "air": ("avion*", "helikopter*", "авион*", "хеликоптер*", "zrakoplov*"),
    "rail": ("vlak*", "vozu", "voza", "воз", "возу", "железни*", "željezni*", "iskliznuo*", "исклизнуо*", "tramvaj*"),
    "road": (
        "autobus*", "аутобус*", "kamion*", "saobraćajn*", "prometn*", "саобраћајн*", "sudar autobusa",
        "saobraćajna nesreća", "prometna nesreća", "udes*", "удес*",
    ),
    "ship": (
        "brod", "broda", "brodu", "брод*", "trajekt*", "čamac", "čamca", "potonu*", "потону*", "brodolom*",
        "бродолом*",
    ),
    "attack": (
        "napad*", "напад*", "bomba", "bombe", "bombaš*", "bombard*", "бомб*", "pucnjav*", "пуцњав*", "eksplozij*",
        "raket*", "ракет*", "zasjed*", "masakr*", "масакр*", "strijelac", "strelac", "стрелац", "pucao", "пуцао",
        "pucnjave",
    ),
    "crowd": ("stampedo", "stampeda", "nered*", "неред*"),
    "collapse": (
        "urušav*", "urušil*", "obrušav*", "урушав*", "srušio*", "срушио*", "srušila", "urušio*", "урушио*", "urušila",
    ),
    "mine": ("rudnik*", "rudar*", "рудник*", "рудар*"),
    "weather": (
        "udar groma", "toplinski val", "toplinskog vala", "oluj*", "toplotni talas", "топлотни талас", "vrućin*",
        "врућин*", "toplinskog udara", "toplotnog udara", "munja", "муња", "hladnoć*",
    ),
    "volcano": ("vulkan*", "вулкан*", "erupcij*", "ерупциј*", "lava", "лава"),
}  # fmt: skip
# A verb's singular form that tells the death of one, with no number ("the driver died"); not after a negation
SINGULAR_DEATHS = ("poginuo", "poginula", "preminuo", "preminula", "umro", "umrla", "погинуо", "погинула")
NEGATIONS = ("nije", "није")
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("ukupno", "укупно", "sveukupno", "свеукупно")
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {
    "killed": (
        "odnio ... života", "odnijela ... života", "odnijelo ... života", "odnijeli ... života",
    ),
}
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("sprovod", "pogreb", "oprostil", "oprašta", "komemoracij", "posljednji ispraćaj", "ispraćaj")
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
