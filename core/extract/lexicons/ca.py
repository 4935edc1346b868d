"""Catalan lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "ca"
MATCH = "word"
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"mil": 1000, "milions": 1_000_000, "milió": 1_000_000}
NUMBER_WORDS = {
    "un": 1,
    "una": 1,
    "dos": 2,
    "dues": 2,
    "tres": 3,
    "quatre": 4,
    "cinc": 5,
    "sis": 6,
    "set": 7,
    "vuit": 8,
    "nou": 9,
    "deu": 10,
    "vint": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "cent": 100,
    "onze": 11,
    "dotze": 12,
    "tretze": 13,
    "catorze": 14,
    "quinze": 15,
    "setze": 16,
    "disset": 17,
    "divuit": 18,
    "dinou": 19,
    "seixanta": 60,
    "setanta": 70,
    "vuitanta": 80,
    "noranta": 90,
    # hundreds after their multiplier: "dos-cents" (200), "dues-centes", "cinc-cents"
    "cents": 100,
    "centes": 100,
}
NUMBER_JOINERS = ("i",)  # "vint-i-dos" (22)
APPROXIMATE = {
    "una desena": 10,
    "una vintena": 20,
    "una trentena": 30,
    "una quarantena": 40,
    "una cinquantena": 50,
    "una seixantena": 60,
    "un centenar": 100,
    "un miler": 1000,
    "mig miler": 500,  # half a thousand
    "mig centenar": 50,  # half a hundred
    "dos centenars": 200,
    "tres centenars": 300,
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high); also so
# that "104 persones i centenars continuen desaparegudes" gives the missing no precise figure
VAGUE_QUANTITIES = {
    "desenes": (12, 12, 99),
    "dotzenes": (12, 12, 99),
    "centenars": (100, 100, 999),
    "milers": (1000, 1000, 9999),
    "desenes de milers": (10_000, 10_000, 99_999),
    "centenars de milers": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        "morts",
        "mort",
        "morta",
        "mortes",
        "van morir",
        "matant",  # the gerund after the event: "..., matant 57 persones"
        "moren",
        "mor",  # a headline's present: "Mor un motorista en un xoc"
        "va morir",
        "han mort",
        "ha mort",
        "víctimes mortals",
        "morts",
        "difunts",
        "morir",
        "morissin",  # subjunctive: "després que tres ferits morissin"
        "morís",
        "moriren",
        "periren", "van perir", "han perit",  # perished: "12 persones periren en l'incendi"
        "mortals",
        "defuncions",
        "cadàvers",
        "víctimes",
        "perdut la vida",
        "van perdre la vida",
        "cobrat la vida de",
        "costat la vida a",
        "va costar la vida a", "van costar la vida a", "costa la vida a", "va cobrar la vida de",
        "ha matat",  # the killer's verb before the count: "l'explosió ha matat 8 persones"
        "han matat",
        "va matar",
        "haver matat", "de matar",  # "sospitós d'haver matat sis persones", "acusat de matar tres persones"
        "van matar",
        # murdered, the passive ("han estat assassinades") and the killer's verb ("van assassinar cinc persones"); the
        # masculine only after its auxiliary, as 'assassinats' alone is the noun too ("300 assassinats l'any passat")
        "assassinad*", "han estat assassinats", "ha estat assassinat", "van ser assassinats", "va ser assassinat",
        "foren assassinats", "han assassinat", "ha assassinat", "haver assassinat", "van assassinar", "va assassinar",
    ),
    # the injured and those the emergency services attended ("el SEM ha atès 18 persones")
    "wounded": (
        "ferit*", "ferides", "ferida", "atès", "atesos", "atesa", "ateses", "hospitalitzat*", "ingressat*",
        # taken to hospital ("El SEM ha traslladat cinc persones a l'hospital")
        "ha traslladat", "han traslladat", "va traslladar", "van traslladar", "traslladats a l'hospital",
        "traslladades a l'hospital", "traslladat a l'hospital", "traslladada a l'hospital",
    ),
    "missing": ("desaparegut*", "desapareguda*", "desaparegudes"),
    "displaced": ("desallotjat*", "evacuat*", "evacuad*"),
    "arrested": ("detingut*", "detinguda*", "arrestat*"),
}
# The dead counted together with the missing or the wounded: neither metric counts it
DEAD_AND_WOUNDED = (
    "morts o desapareguts", "morts i desapareguts", "morts o ferits", "morts i ferits", "morts i de ferits",
)  # fmt: skip
QUALIFIERS_BEFORE = {
    "almenys": "at_least",
    "com a mínim": "at_least",
    "més de": "more_than",
    "gairebé": "nearly",
    "prop de": "nearly",
    "uns": "about",
    "unes": "about",
    "aproximadament": "about",
    "al voltant de": "about",
    "fins a": "up_to",
    # past a figure ("el nombre de morts ja supera els 20.000")
    "supera els": "more_than", "supera les": "more_than", "ha superat els": "more_than", "ha superat les": "more_than",
    "superen els": "more_than", "sobrepassa els": "more_than", "ha sobrepassat els": "more_than", "supera": "more_than",
    "ha superat": "more_than", "superen": "more_than",
}
QUALIFIERS_AFTER_NOUN = {"com a mínim": "at_least", "almenys": "at_least"}  # "5 morts com a mínim"
SUBSET_BEFORE = ("entre ells", "entre elles", "dels quals", "de les quals")
NOT_COUNTS_AFTER = (
    # "a les 5 de la tarda", "en 2 torns", "al 3r pis": a clock time, a shift, a floor, no count of people
    "de la tarda", "del matí", "de la nit", "de la matinada", "torns", "pis", "planta",
    "hospital", "hospitals", "centre hospitalari", "centres hospitalaris",  # "a un hospital": no count of people
    "vegades", "vegada",  # "counted twice", "dos veces": how often, not how many
    "anys",
    "any",
    "mesos", "mes", "setmanes", "setmana",  # "una nena de 18 mesos va morir": an age, no count
    "casos",  # "1.200 casos i 45 morts": the sick, never summed with the dead
    "km",
    "quilòmetres",
    "metres",
    "%",
    "per cent",
    "hores",
    "dies",
    "minuts",
    "euros",
    "graus",
)
COUNT_NOUNS = ("nombre de", "xifra de", "balanç")
# the figure as the subject of a toll verb, a kind named in an earlier sentence ("Inicialment es parlava de 12 morts.
# Ara la xifra ha pujat a 15"); "aquesta xifra" told on
COUNT_ANAPHORS = (
    "la xifra ha pujat", "la xifra puja", "la xifra s'ha elevat", "la xifra s'eleva", "la xifra ha augmentat",
    "la xifra augmenta", "aquesta xifra", "el seu nombre",
)  # fmt: skip
PROJECTION_BEFORE = ("podria", "podrien")
FROM_TO = (("de", "a"),)  # "from N to M": N is superseded
UPDATE_BEFORE = (
    "s'eleva a",
    "s'ha elevat a",
    "ha augmentat a",
    "puja a",
    "ha pujat a",
    "arriba a",
    "ha arribat a",
    # the verb's "to" written "fins a" ("ha augmentat fins a 7"): no "up to" of the figure
    "ha augmentat fins a",
    "augmenta fins a",
    "ha pujat fins a",
    "puja fins a",
    "s'ha elevat fins a",
)  # toll verbs: the number after them is the toll's latest update
# The toll revised down ("Sanitat rebaixa a 471 els morts", "el balanç s'ha revisat a la baixa fins a 18")
REVISED_DOWN = (
    "rebaixa a", "rebaixa fins a", "ha rebaixat a", "ha rebaixat fins a", "revisat a la baixa", "a la baixa",
)  # fmt: skip
TOLL_NOUNS = ("balanç",)  # a toll noun alone counts the dead ("con un saldo de 96")
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = ("des de l'inici", "des que", "aquest any", "guerra", "conflicte", "ofensiva", "bombardeigs")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "des de l'inici de la guerra",
    "des del començament de la guerra",
    "des de l'inici del conflicte",
    "des de l'inici de l'any",
    "des del començament de l'any",
    "en el que va d'any",
    "en el que portem d'any",
    "des de l'inici de la temporada",
    "des de l'inici de la invasió",
    "des de l'inici de l'ofensiva",
)
# The figure of the whole country beside the event's own: the sentence's figures are cumulative
NATIONWIDE = ("tot el país", "tot l'estat")
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "inicialment", "en un primer moment", "prèviament", "un primer balanç", "el balanç anterior",
    "l'anterior balanç", "anteriorment", "abans es parlava de", "abans s'havia", "abans s'havien",
    "en un primer recompte",
)  # fmt: skip
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = ("altres",)
COORDINATORS = ("i", "mentre", "mentre que")
# The injured by severity (core.extract.world_grades)
INJURY_GRADES = {
    "critical": ("crítics", "crítiques", "estat crític", "molt greus", "molt greu"),
    "severe": ("greu", "greus", "greument", "de gravetat", "de pronòstic greu"),
    "moderate": ("menys greus", "menys greu", "moderats", "moderades", "de pronòstic reservat"),
    "light": ("lleu", "lleus", "lleument", "de caràcter lleu", "de pronòstic lleu", "contusos"),
}
RANGES = (("entre", "i", ""),)
PERPETRATORS = ("terroristes", "atacants", "assaltants", "gihadistes", "agressors", "pistolers")
# the doers of a harm when its own count follows the verb ("van matar quatre")
AGENT_NOUNS = ("homes", "dones", "individus", "joves", "adolescents", "menors", "desconeguts", "delinqüents",
               "policies", "agents", "mossos", "soldats", "militars", "germans", "estudiants")
VICTIM_NOUNS = ("víctimes",)
SUBSET_AFTER = ("d'ells", "d'elles", "dels quals", "de les quals")
# a relative of place: the count before it is of the places ('tres bares en los que murieron ocho')
PLACE_RELATIVES = ("en què", "on")
# prepositions: the word for one after them is an article ('an einer Schule', 'dans une école'), no count
# 'with': its object may be the people counted ("con un policía y dos civiles heridos"), not a thing
WITH_WORDS = ("amb",)
ARTICLE_AFTER = ("en", "contra", "sobre", "amb", "per", "després d'", "durant")
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("entre els", "entre les")
LAST_YEAR = ("l'any passat", "fa un any")
PAST_PERFECT = ("havia", "havien")
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "més mortífer",
    "més mortífera",
    "més greu",
    "pitjor",
)
PARTITIVE = ("dels", "de les")  # right after the number: a part of a group ("12 of the wounded")
STAGE_AFTER = ("identificat*", "identificade*")  # right after the trigger: a stage of the count ("identified")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("segons", "d'acord amb",
    "tal com ha informat",
    "tal com han informat",
)
SPEECH_VERBS = (
    "ha dit",
    "ha explicat",
    "ha informat",
    "ha confirmat",
    "ha anunciat",
    "va dir",
    "va informar",
    "ha declarat",
    "han informat",
    "ha assegurat",
    "ha afirmat",
    "ha detallat",
    "ha precisat",
    "ha comunicat",
    "han confirmat",
    "han dit",
    "ha indicat",
    "ha assenyalat",
    "ha xifrat",
    "ha afegit",
    "va explicar",
    "va confirmar",
    "va anunciar",
    "van informar",
    "informa",
    "explica",
    "confirma",
    "han explicat",
    "han anunciat",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministeri": "ministry",
    "govern": "government",
    "autoritats": "authorities",
    "policia": "police",
    "bombers": "firefighters",
    "protecció civil": "civil protection",
    "alcalde": "mayor",
    "alcaldessa": "mayor",
    "conseller": "regional minister",
    "consellera": "regional minister",
    "generalitat": "regional government",
    "president": "president",
    "presidenta": "president",
    "portaveu": "spokesperson",
    "centre": "centre",
    "hospital": "hospital",
    "metges": "doctors",
    "sanitaris": "health workers",
    "sem": "emergency medical service",
    "ajuntament": "city council",
    "mossos": "police",
    "mossos d'esquadra": "police",
    "guàrdia civil": "police",
    "delegació del govern": "government",
    "mitjans": "media",
    "agència": "agency",
    "fonts": "sources",
    "exèrcit": "army",
    "creu roja": "red cross",
    "director": "director",
    "directora": "director",
    "serveis d'emergències": "emergency services",
    "emergències": "emergency services",
    "rescatadors": "rescuers",
    "salvament marítim": "rescuers",
}
SOURCE_LEADING = ("el", "la", "els", "les", "l'", "un", "una")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("a", "en")
# A capitalised word right after a definite article is a noun ('la Santé', 'der Polizei'), not a town.
ARTICLES = ("el", "la", "els", "les", "l'", "l’")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("ES", "AD")
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("que",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("en la seva majoria", "majoritàriament", "la majoria", "sobretot", "principalment")
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'la torre Windsor'
# (core.extract.world_places)
# A river's, a lake's or a mountain's word: the name after it is no town's (core.extract.world_places)
FEATURE_WORDS = ("riu", "llac", "volcà", "muntanya")
BUILDING_WORDS = (
    "torre", "edifici", "hotel", "pont", "carrer", "avinguda", "plaça", "estadi", "hospital", "centre comercial",
    "discoteca", "escola",
)  # fmt: skip
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("continuen", "segueixen", "romanen", "encara")
CARE_WORDS = (
    "hospital*",
    "ingressa*",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("terratrèmol*", "sisme*", "tsunami*"),
    "water": (
        "inundaci*", "aiguat*", "pluja*", "pluges", "temporal", "temporals", "huracà", "riuada*", "allau*",
        "esllavissada*", "tifó", "tifons", "cicló", "ciclons", "tempesta*", "gota freda", "la dana", "inundacions",
        "esllavissades", "calamarsa*", "tornado*", "riuades",
    ),
    "fire": ("incendi*", "foc", "flames", "explosió", "explosions", "focs", "incendis"),
    "air": ("avió", "avions", "avioneta*", "helicòpter*", "accident aeri", "aeronau*"),
    "rail": ("tren", "trens", "ferroviari*", "descarrilament*", "ferrocarril*", "tramvia*"),
    "road": (
        "autobús", "autobusos", "camió", "camions", "autocar*", "xoc", "xocs", "xoc frontal", "accident de trànsit",
        "accident de carretera", "atropellament*", "carretera", "autopista*", "bolcada",
    ),
    "ship": ("naufragi*", "vaixell*", "embarcaci*", "pastera*", "enfonsament*", "s'enfonsa", "barca", "barques"),
    "attack": (
        "atemptat*", "atac", "atacs", "bombardeig*", "bomba", "bombes", "tiroteig*", "massacre*", "terroris*",
        "explosió", "explosions", "emboscada*", "trets", "matança*", "apunyala*", "tiroteig", "tirador*", "motí",
    ),
    "crowd": ("estampida*", "aldarull*", "motí", "allau humana"),
    "collapse": ("esfondrament*", "ensorrament*", "ensorr*", "esfondr*", "s'ensorra"),
    "mine": ("miners", "miner", "mina de"),
    "weather": (
        "llamp*", "onada de calor", "cop de calor", "onada de fred", "calor", "glaçada*", "onades de calor",
        "tempesta elèctrica",
    ),
    "volcano": ("volcà", "volcans", "erupció*", "lava"),
}  # fmt: skip
# 'Last' beside a weekday ('dilluns passat'; core.extract.world_dates): on the weekday it names, the one a week before
LAST_WEEKDAY = ("passat", "passada")
# "78 cossos": the bodies recovered, the dead (only the number right before counts)
BODY_NOUNS = ("cossos", "cadàvers")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = ("en un comunicat", "en una nota", "a les xarxes", "en roda de premsa", "a través de", "a twitter")
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("sr.", "sra.", "dr.", "dra.")
# "magnitud 6": a word right before a number that makes it no count of people
NOT_COUNTS_BEFORE = ("a les", "des de les", "cap a les", "magnitud",
                     # "va matar una companya de 16": after one person's noun, "de" and a number tell an age
                     "companya de", "company de", "noia de", "noi de", "nena de", "nen de", "jove de", "dona de",
                     "home de", "alumna de", "alumne de", "estudiant de", "adolescent de",
                     # a numbered place's noun before its number: "la porta 3 de l'estadi", "la línia 5" (a name)
                     "porta", "andana", "terminal", "moll", "pavelló", "sala", "línia", "carretera", "autopista",
                     "número", "km", "quilòmetre", "nau")
# a word between a trigger and its number right after it: "els cossos de 25 persones", "la mort de 3 persones"
LABEL_LINKS = ("de",)
# A verb's singular form that tells the death of one, with no number ("Mor un motorista"); not after a negation
SINGULAR_DEATHS = ("mor", "va morir", "ha mort")  # "el conductor ha mort": one dead
# "el copilot ha resultat ferit greu": the auxiliary's singular before a wounded
# trigger (a word or two between) tells one person hurt
SINGULAR_HURT = ("ha",)
# The wounded words' plural forms: after that auxiliary they tell many hurt, uncounted
# ("hi ha ferits, sense precisar quants"), never one
PLURAL_HURT = (
    "ferits", "ferides", "atesos", "ateses", "hospitalitzats", "hospitalitzades", "ingressats", "ingressades",
)  # fmt: skip
NEGATIONS = ("no", "ningú")
# months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): the
# date is that event's, not the incident's (world_dates)
SPAN_AFTER = ("mesos després", "anys després", "any després")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# dies abans", "# setmanes abans", "fa # dies", "fa # setmanes", "fa una setmana", "fa un mes",
    "una setmana abans", "la setmana passada", "el mes passat", "el dia abans", "el dia anterior",
)  # fmt: skip
# A relative told with a possessive after and, one more of the count before ("han mort dues nenes i la seva mare")
KIN_AFTER_AND = (
    "el seu fill", "la seva filla", "la seva mare", "el seu pare", "la seva dona", "el seu marit", "el seu germà",
    "la seva germana", "el fill", "la filla", "la mare", "el pare",
)  # fmt: skip
# 'in all' after a number that closes its clause (", ocho en total"): the total of the count told before it
TOTAL_AFTER = ("en total", "en conjunt")
# A sentence dated to an earlier year that tells that event's toll as recalled (multilingual._a_follow_ups_own_toll):
# the gerund of the toll after the event ("..., matant 191 persones")
RECALL_VERBS = ("matant", "causant", "provocant", "deixant", "ferint")
# A singular verb counts one, never a number after it ("murió ... perseguido por dos vecinos": world_binding)
SINGULAR_VERB_AGREES = True
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Milhares de pessoas acompanharam o velório dos mortos"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("dels", "de les", "del", "als", "a les", "al")
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("ningú", "cap persona")

# A common word that begins as a country's name does, no adjective of its people (a meeting, not Réunion)
NOT_ADJECTIVES = ("reunió", "reunions")

# A sentence that tells its death toll as rumour, one no authority confirmed (social media, unconfirmed reports):
# the toll is an earlier figure, which a stated one or a stated zero outweighs (core.extract.multilingual)
RUMOUR_CUES = (
    "rumor", "rumors", "informacions no confirmades", "cap autoritat ha confirmat", "difosos a les xarxes",
    "difoses a les xarxes", "circulen per les xarxes", "missatges a les xarxes", "vídeos a les xarxes",
)  # fmt: skip
# An active harm verb whose subject is its doer and whose objects are its victims, listed one by one after it ("Un
# home va matar la seva dona i el seu fill": two dead, core.extract.world_objects): the verbs, the singular
# determiners of an object, and the nouns of one person it may name
ACTIVE_HARM_VERBS = ("va matar", "ha matat", "havia matat", "va assassinar", "ha assassinat", "va ferir", "ha ferit")
ONE_OBJECT_DETERMINERS = ("la seva", "el seu", "la", "el", "l'", "sa", "son")
ONE_OBJECT_NOUNS = (
    "dona", "esposa", "marit", "fill", "filla", "mare", "pare", "germà", "germana", "parella", "exparella",
    "companya", "company", "sogra", "sogre", "àvia", "avi", "nét", "néta", "nebot", "neboda", "oncle", "tia", "nadó",
    "veí", "veïna", "amic", "amiga",
)  # fmt: skip
# Claimants who are not the authorities ("El govern parla de 14 morts, però l'oposició en denuncia més de 50"): the
# official figure told beside theirs is the headline (`core.competing_claimants`), each with its English kind
UNOFFICIAL_SOURCES = {
    "oposició": "opposition", "veïns": "residents", "testimonis": "witnesses", "activistes": "activists",
    "rebels": "rebels", "organitzadors": "organisers", "familiars": "relatives", "supervivents": "survivors",
}  # fmt: skip
# Words opening a clause set against the one before it: each clause's figure is its own speaker's
CLAIMANT_BREAKS = ("però", "mentre", "mentre que", "en canvi")
