"""Italian lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "it"
MATCH = "word"
TEXT2NUM = True
DIGIT_GROUPS = ". '’"
DECIMAL = ","
SCALES = {"mila": 1000, "mille": 1000, "milione": 1_000_000, "milioni": 1_000_000}
NUMBER_WORDS = (  # spans only: text2num gives the values
    "uno una un due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove venti ventuno ventidue ventitré trenta quaranta "
    "cinquanta sessanta settanta ottanta novanta cento duecento trecento quattrocento cinquecento "
    "seicento settecento ottocento novecento mille mila duemila tremila tré vent trent quarant cinquant sessant "
    "settant ottant novant"
)
COMPOUND_NUMBERS = True  # "trentacinque", "duemilacinquecento": number words written as one word
NUMBER_JOINERS = ("e",)
MULTIPLIERS: tuple[str, ...] = ()
APPROXIMATE = {
    "una decina": 10,
    "una dozzina": 12,  # "Una dozzina di persone sono state uccise": no "una" (1) before an unread noun
    "mezza dozzina": 6,
    "due dozzine": 24,  # "più di due dozzine di feriti", not "due" (2)
    "tre dozzine": 36,
    "una quindicina": 15,
    "una ventina": 20,
    "una trentina": 30,
    "una quarantina": 40,
    "una cinquantina": 50,
    "una sessantina": 60,
    "una settantina": 70,
    "un'ottantina": 80,
    "un’ottantina": 80,
    "una novantina": 90,
    "un centinaio": 100,
    "un migliaio": 1000,
    "due centinaia": 200,
    "tre centinaia": 300,
    "quattro centinaia": 400,
    "un paio di centinaia": 200,
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "decine": (12, 12, 99),
    "centinaia": (100, 100, 999),
    "migliaia": (1000, 1000, 9999),
    "decine di migliaia": (10_000, 10_000, 99_999),
    "centinaia di migliaia": (100_000, 100_000, 999_999),
    "alcune centinaia": (100, 100, 999),
    "alcune migliaia": (1000, 1000, 9999),
}
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "strappato la vita a", "spezzato la vita a", "spezzato la vita di", "stroncato la vita a",
        "stroncato la vita di", "tolto la vita a",
        "morti",
        "morto",
        "morta",
        "muoiono",  # a headline's present: "Tre persone muoiono nell'incendio"
        "muore",
        "perdono la vita",
        "perde la vita",
        "morte",
        "vittime",
        "uccis*",
        "uccidendo",  # the gerund after the event: "..., uccidendo 57 persone e ferendone 900"
        "deceduti",
        "decedute",
        "deceduto",
        "deceduta",
        "hanno perso la vita",
        "ha perso la vita",
        "perso la vita",
        # to perish, the written word of a look-back: "29 persone perirono nel crollo" ("perit*" is also an expert)
        "perirono", "perì", "sono periti", "sono perite", "erano periti", "erano perite",
        "persero la vita", "perse la vita",  # the historic past: "12 persone persero la vita"
        "a perdere la vita",  # fronted: "A perdere la vita sono stati tre operai" (FRONTED_BEFORE)
        "a morire",
        "a restare uccis*",
        "a rimanere uccis*",
        "a perdere la vita",  # "A perdere la vita nel crollo sono state 42 persone": who died, then the count
        "sono morti",
        "sono morte",
        "morirono",  # the historic past: "nell'incendio del 2015 morirono 61 persone"
        "cadaveri",
        "corpi",
        "decessi",
        "vite",
        "annegat*",
        "costato la vita a",
        "costata la vita a",
        # the historic past and the present of a look-back or a headline: "la strage che costò la vita a 14 persone"
        "costò la vita a",
        "costarono la vita a",
        "costa la vita a",
    ),
    "wounded": ("ferit*", "a restare ferit*", "a rimanere ferit*", "feriti", "ferite", "ricoverat*", "ferimento",
                # hit by stray bullets: bystanders, the hurt ("due passanti sono stati colpiti da proiettili vaganti")
                "colpiti da proiettili vaganti", "colpite da proiettili vaganti", "colpito da un proiettile vagante",
                "colpita da un proiettile vagante",
                "ferì", "ferirono",  # the historic past of a follow-up years on: "che uccise 61 persone e ne ferì 130"
                "ferendo", "ferendone",  # the gerund after the event: "..., uccidendo 57 persone e ferendone 900"
                # bruised, treated on the spot ("Quattordici persone sono rimaste contuse", "12 medicati sul posto")
                "contus*", "medicat*"),
    "missing": ("dispers*", "scompars*"),
    "displaced": ("sfollat*", "evacuat*", "senzatetto", "senza casa",
        # "3.000 persone hanno dovuto lasciare le loro case": those who had to leave their homes
        "lasciare le loro case", "lasciare le proprie case", "lasciare la propria casa", "abbandonare le loro case",
    ),
    "arrested": ("arrestat*", "fermat*", "arresti"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "morti e feriti",
    "morti o feriti",
    "uccisi o feriti",
    "morti e dei feriti",
    "vittime tra morti e feriti",
    "morti e dispersi",
    "morti o dispersi",
    "tra morti e dispersi",
    "morte o disperse",
    "morte e ferite",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("gravissimo", "gravissima", "gravissimi", "gravissime", "in pericolo di vita", "codice rosso"),
    "severe": ("grave", "gravi", "gravemente", "in gravi condizioni", "in condizioni gravi", "seriamente"),
    "moderate": ("meno gravi", "codice giallo", "media gravità"),
    "light": ("lieve", "lievi", "lievemente", "leggermente", "in modo lieve", "non gravi", "codice verde"),
}
COORDINATORS = ("e", "ed", "mentre")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("tra le", "e le", ""),  # "tra le 20 e le 30 persone"
    ("tra i", "e i", ""),  # "tra i 20 e i 30 morti"
    ("fra i", "e i", ""),
    ("fra le", "e le", ""),
    ("tra", "e", ""),
    ("fra", "e", ""),
    ("tra", "ed", ""),
)
QUALIFIERS_BEFORE = {
    "almeno": "at_least",
    "non meno di": "at_least",
    "più di": "more_than",
    "oltre": "more_than",
    "fino a": "up_to",
    "quasi": "nearly",
    "circa": "about",
    "intorno a": "about",
    "approssimativamente": "about",
    "una trentina di": "about",
    "supera i": "more_than",
    "supera le": "more_than",
    "superato i": "more_than",
    "superato le": "more_than",
    "supera quota": "more_than",
    "superato quota": "more_than",
    "superano i": "more_than",
}
QUALIFIERS_AFTER: dict[str, str] = {}
QUALIFIERS_AFTER_NOUN = {"almeno": "at_least", "come minimo": "at_least"}  # "5 morti almeno"
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    # the figure set right after an earlier one of the same text ("la cifra corretta era 41"): the count, revised down
    "la cifra corretta", "il numero corretto", "il numero reale", "il bilancio corretto", "la cifra esatta",
    "rivisto al ribasso",
    "rivista al ribasso",
    "al ribasso",
    "ridimensionato",
    "ridimensionata",
    "abbassato",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "inizialmente",
    "in un primo momento",
    "il precedente bilancio",
    "precedente bilancio",
    "in precedenza",
    "un primo bilancio",
)
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = (
    "altre",
    "altri",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "terroristi",
    "attentatori",
    "assalitori",
    "kamikaze",
    "jihadisti",
    "aggressori",
    # armed, hired or masked men and hostage-takers: attackers too, the subject of the harm they did
    "uomini armati", "sicari", "killer", "rapitori",
)
AGENT_NOUNS = (  # "due uomini hanno ucciso quattro persone": the doers when the verb's own count follows it
    "uomini", "donne", "individui", "giovani", "ragazzi", "adolescenti", "minorenni", "sconosciuti", "banditi",
    "criminali", "poliziotti", "carabinieri", "agenti", "soldati", "militari", "fratelli", "studenti",
)
SUBSET_BEFORE = (
    "tra cui",
    "tra loro",
    "fra cui",
    "tra questi",
    "compresi",
    "compreso",  # "Cinque persone, compreso l'aggressore, sono morte": one included, in an aside
    "compresa",
    "comprese",
    "incluse",
    "inclusi",
    "di cui",
    "tra i feriti",
    "fra i feriti",
    "tra i morti",
)
SUBSET_AFTER = ("dei quali", "delle quali", "di loro")
# a relative of place: the count before it is of the places ('tres bares en los que murieron ocho')
PLACE_RELATIVES = ("in cui", "nel quale", "nella quale", "nei quali", "nelle quali", "dove")
# prepositions: the word for one after them is an article ('an einer Schule', 'dans une école'), no count
# 'with': its object may be the people counted ("con un policía y dos civiles heridos"), not a thing
WITH_WORDS = ("con",)
ARTICLE_AFTER = ("in", "su", "contro", "con", "per", "da", "dopo", "durante", "presso", "vicino a")
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("tra i", "tra le", "tra gli", "fra i", "fra le", "fra gli")
ONE_PERSON_NOUNS = (  # after the word for one: a person ('un poliziotto', 'una bambina'); no thing's article
    "persona", "uomo", "donna", "bambin*", "ragazz*", "giovane", "minore", "minorenne", "neonat*", "adolescente",
    "anzian*", "pensionat*", "signor*", "vicin*", "residente", "cittadin*", "abitante", "civile", "poliziott*",
    "agente", "carabinier*", "finanzier*", "vigile", "militare", "soldato", "ufficiale", "sergente", "capitano",
    "tenente", "pompier*", "medico", "infermier*", "soccorritor*", "conducente", "autista", "guidator*",
    "passegger*", "pedone", "passante", "motociclista", "centauro", "ciclista", "turista", "operai*",
    "lavorator*", "dipendente", "impiegat*", "student*", "alunn*", "professor*", "insegnante", "giornalista",
    "fotografo", "manifestante", "miliziano", "combattente", "ribelle", "sospett*", "aggressor*", "assalitor*",
    "figli*", "padre", "madre", "fratello", "sorella", "marito", "moglie", "familiare", "parente", "amic*",
    "guardia*", "detenut*", "prigionier*", "migrante", "profug*", "pescator*", "minator*", "agricoltor*",
    "commerciante", "cliente", "vittima", "ferit*", "mort*", "occupante", "membro", "pilota", "giocator*",
    "tifos*", "sindac*", "funzionari*", "individuo", "clochard", "senzatetto", "escursionista", "alpinista",
    "italian*", "connazionale", "cinquantenne", "quarantenne", "trentenne", "ventenne", "sessantenne",
    "settantenne", "ottantenne", "diciottenne",
)  # fmt: skip
# Survivors and the rescued right after a number: counted, never as the hurt (world_roles._survivors_counted)
SURVIVOR_NOUNS = ("sopravvissuto", "sopravvissuti", "sopravvissuta", "sopravvissute", "superstite", "superstiti")
# A singular death verb's subject that is a herd or the rest of a group, no one person dead ("part of the livestock
# perished", "the rest of the occupants died": world_triggers._not_one_subject)
NOT_ONE_SUBJECTS = ("bestiame", "gregge", "mandria", "animali", "mucche", "pecore", "cavalli", "resto")
# Animals right after a number (through ANIMAL_LINKS: a measure, "of"): a herd's count, no victims
ANIMAL_NOUNS = (
    "mucc*", "vacch*", "bovin*", "vitell*", "pecor*", "agnell*", "capr*", "maial*", "suin*", "cavall*", "animali",
    "bestiame", "bestie", "pollam*", "galline", "polli",
)  # fmt: skip
ANIMAL_LINKS = ("di", "capi di")
# Stems of harm in the survivors' own clause, which make them the hurt ("les 29 survivants ont été blessés")
SURVIVORS_HURT_STEMS = ("ferit",)
# A verb of surviving between a count and its word of harm: survivors, never the hurt (world_roles._survived_hurt)
SURVIVED_VERBS = ("è sopravvissuto", "è sopravvissuta", "sono sopravvissuti", "sopravvisse")
NOT_COUNTS_AFTER = (
    "º", "ª", "°",  # "al 3º piano": an ordinal, no count
    # "alle 5 del mattino", "al 3 piano", "in 2 turni": a clock time, a floor, a shift, no count of people
    "piano", "piani", "turni", "turno", "del mattino", "del pomeriggio", "di sera", "di notte",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    # and the one hospital ("portati in un ospedale": the article, no one hurt)
    "ospedale", "struttura ospedaliera", "struttura sanitaria", "clinica", "pronto soccorso",
    "ospedali", "strutture ospedaliere", "strutture sanitarie", "cliniche", "diversi ospedali",
    "volte", "volta",  # "counted twice", "dos veces": how often, not how many
    "anni",
    "anno",
    "mesi", "mese", "settimane", "settimana",  # "una bambina di 18 mesi è morta": an age, no count
    "casi",  # "1.200 casi e 45 decessi": the sick, never summed with the dead
    "%",
    "per cento",
    "chilometri",
    "km",
    "metri",
    "gradi",
    "ore",
    "minuti",
    "giorni",
    "secondi",
    "euro",
    "dollari",
    "edifici",
    "case",
    "ettari",
    "tonnellate",
    "province",
    "comuni",
    "regioni",
    "città",
    "paesi",
    # the dead and the wounded together: neither metric's count
    "vittime tra morti e feriti",
    "vittime, tra morti e feriti",
    "persone tra morti e feriti",
    "tra morti e feriti",
    "morti e feriti",
    "al giorno", "ogni giorno",  # "circa 600 decessi al giorno": a rate, no toll
    "numero", "quantità",  # "un numero imprecisato di feriti": the article, no one
)
COUNT_NOUNS = ("numero dei", "numero delle", "numero di", "bilancio", "conteggio")
COUNT_ANAPHORS = ("rivisto al ribasso", "rivista al ribasso", "il loro numero",
    # the figure set right after an earlier one of the same text ("la cifra corretta era 41"): the count, revised down
    "la cifra corretta", "il numero corretto", "il numero reale", "il bilancio corretto", "la cifra esatta",
    # "the number of victims" after a kind of victims named: that kind ("altri due decessi, portando a 31 il numero
    # delle vittime")
    "il numero delle vittime", "il bilancio delle vittime", "il totale delle vittime",
    "il totale",  # "the total" after a kind named ("altri tre corpi: il totale sale a 15")
    # 'this number', 'the figure' told on in a later sentence, a kind named before: that kind's updated count
    # ("Lunedì si contavano 9 morti. Martedì la cifra è salita a 25")
    "la cifra è", "la cifra sale", "la cifra a", "questa cifra", "questo numero", "il numero è salito",
    "il numero sale", "il numero a",
)
PROJECTION_BEFORE = ("potrebbe", "potrebbero", "si teme", "temono")
FROM_TO = (("da", "a"),)  # "from N to M": N is superseded
UPDATE_BEFORE = (
    # the figure set right after an earlier one of the same text ("la cifra corretta era 41"): the count, revised down
    "la cifra corretta era di", "la cifra corretta è di", "la cifra corretta era", "la cifra corretta è",
    "la cifra corretta sarebbe di", "il numero corretto era di", "il numero corretto è di", "il numero corretto era",
    "il numero corretto è", "il numero corretto sarebbe di", "il numero reale era di", "il numero reale è di",
    "il numero reale era", "il numero reale è", "il numero reale sarebbe di", "il bilancio corretto era di",
    "il bilancio corretto è di", "il bilancio corretto era", "il bilancio corretto è",
    "il bilancio corretto sarebbe di", "la cifra esatta era di", "la cifra esatta è di", "la cifra esatta era",
    "la cifra esatta è", "la cifra esatta sarebbe di",
    # the toll revised down in the passive, after an earlier figure of its own ("Il bilancio iniziale di 40 morti è
    # stato ridotto a 31")
    "ridotto a", "ridotta a", "abbassato a", "abbassata a", "corretto a", "corretta a", "rivisto al ribasso a",
    # the figure told on after an earlier one ("inizialmente fissato a 9, è ora di 11")
    "è ora di", "è adesso di", "è ora salito a",
    # a source puts the toll at the figure, the count noun after it ("ha portato a 45 il numero delle vittime")
    "portato a", "porta a", "portano a", "hanno portato a", "portando a",
    "salito a",
    "sale a",
    "salgono a",
    "saliti a",
    "aumentato a",
    "arrivato a",
    "arriva a",
    "raggiunto",
    "raggiunge",
    "sale a quota",
    # "sale così a 30", "è salito quindi a 30": an adverb of consequence inside the toll verb
    "sale così a", "salito così a", "sale quindi a", "salito quindi a", "salgono così a", "portando così a",
    "salito a quota",
    # the verb's "to" written "fino a" ("è salito fino a 14"): no "up to" of the figure
    "salito fino a",
    "saliti fino a",
    "sale fino a",
    "aumentato fino a",
)  # toll verbs: the number after them is the toll's latest update
TOLL_NOUNS = ("bilancio",)  # a toll noun alone counts the dead ("con un saldo de 96")
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = (
    "dall'inizio",
    "da quando",
    "quest'anno",
    "in tutto il paese",
    "guerra",
    "conflitto",
    "offensiva",
    "bombardamenti",
    "ostilità",
    "campagna",
)
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "dall'inizio della guerra",
    "dall'inizio del conflitto",
    "dall'inizio dell'invasione",
    "dall'inizio dell'offensiva",
    "dall'inizio della stagione",
    "dall'inizio dell'anno",
    "dallo scoppio della guerra",
    "da inizio anno",
    "da inizio stagione",
    "da inizio anno a oggi",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "più letale",
    "più sanguinoso",
    "più sanguinosa",
    "più grave",
    "peggiore",
    "più mortale",
)
PARTITIVE = ("dei", "delle", "degli")  # right after the number: a part of a group ("12 of the wounded")
STAGE_AFTER = (
    "identificat*",
    "sono state identificat*",
    "sono stati identificat*",
)  # right after the trigger: a stage of the count ("identified")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = (
    "secondo", "stando a", "riferisce", "fa sapere",
    # "come comunicato ieri dalla Prefettura": the source of a figure after a participle
    "come comunicato", "come reso noto", "come riferito", "come annunciato", "come confermato",
    "citando",  # an outlet citing someone: the one cited gave the figure,
    "a detta di",
    "a detta del",
    "a detta della",
    "a detta dei",
)  # fmt: skip
SPEECH_VERBS = (
    "ha detto",
    "ha dichiarato",
    "ha spiegato",
    "ha riferito",
    "ha annunciato",
    "ha confermato",
    "ha precisato",
    "hanno detto",
    "hanno riferito",
    "hanno annunciato",
    "riferisce",
    "comunica",
    "annuncia",
    "spiega",
    "ha affermato",
    "ha fatto sapere",
    "ha reso noto",
    "hanno reso noto",
    "rende noto",
    "hanno confermato",
    "conferma",
    "ha aggiunto",
    "hanno aggiunto",
    "ha comunicato",
    "hanno comunicato",
    "ha sottolineato",
    "hanno precisato",
    "ha diffuso",
    "hanno fatto sapere",
    "ha riportato",
    "riporta",
    "riportano",
    "scrive",
    "ha scritto",
    "dicono",
    "dice",
    "afferma",
    "spiegano",
    "ha parlato di",
    "parla di",
    "parlano di",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministero": "ministry",
    "ministro": "minister",
    "governo": "government",
    "autorità": "authorities",
    "polizia": "police",
    "vigili del fuoco": "firefighters",
    "pompieri": "firefighters",
    "protezione civile": "civil protection",
    "prefettura": "prefecture",
    "prefetto": "prefect",
    "sindaco": "mayor",
    "procura": "prosecutor",
    "procuratore": "prosecutor",
    "portavoce": "spokesperson",
    "presidente": "president",
    "governatore": "governor",
    "agenzia": "agency",
    "fonti": "sources",
    "fonte": "sources",  # "una fonte della polizia"
    "soccorritori": "rescuers",
    "croce rossa": "red cross",
    "carabinieri": "police",
    "ospedale": "hospital",
    "regione": "region",
    "questura": "police",
    "soccorso alpino": "rescuers",
    "media": "media",
    "medici": "doctors",
    "ospedali": "hospitals",
    "soccorsi": "rescuers",
    "comune": "municipality",
    "asl": "health authority",
    "tv di stato": "state television",
    "televisione di stato": "state television",
    "media di stato": "state media",
    "esercito": "army",
    "militari": "military",
    "funzionari": "officials",
    "mezzaluna rossa": "red crescent",
    "direttore": "director",
    "sanitari": "health workers",
    "vigili": "firefighters",
    "sindaca": "mayor",
    "governatrice": "governor",
    "protezione civile regionale": "civil protection",
}
# Sources who are not the authorities counting the harm (organisers, residents, witnesses, ...), each with its
# English kind: told beside an official source's other figure, theirs is an alternative, not the headline
# (`core.competing_claimants`); read as source nouns too (`core.extract.world_attribution`).
UNOFFICIAL_SOURCES = {
    "organizzatori": "organisers",
    "residenti": "residents",
    "abitanti": "residents",
    "testimoni": "witnesses",
    "attivisti": "activists",
    "manifestanti": "protesters",
    "parenti": "relatives",
    "familiari": "relatives",
    "opposizione": "opposition",
    "sindacato": "union",
    "sindacati": "union",
    "sopravvissuti": "survivors",
}
# Words opening a clause set against the one before it: a source the clause names is its figures' own,
# not the sentence's first source (`core.extract.multilingual`): "mentre secondo gli organizzatori i feriti sono 20"
CONTRAST_CLAUSES = ("mentre",)  # fmt: skip
SOURCE_LEADING = ("il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "una", "del", "della", "dei")
# A sentence opening that points back at what was told before it: its source gave those figures
SAID_OF_BEFORE = (
    "lo ha", "l'ha", "l’ha", "lo hanno", "lo riferisce", "lo rende noto", "lo comunica", "lo conferma", "è quanto",
)  # fmt: skip
SOURCE_TRAILING = ("questo", "questa", "nella", "nel")  # "questa mattina" is no source's
PAST_PERFECT = ("aveva", "avevano", "era stato", "erano stati", "erano state", "era stata")  # "nel 2009 aveva causato"
LAST_YEAR = ("l'anno scorso", "lo scorso anno", "l’anno scorso", "un anno fa")  # dates a past-perfect sentence earlier
# a toll over several incidents: '40 murieron en tres estampidas' is no incident's own figure
SEVERAL_COUNTS = ("due", "tre", "quattro", "cinque", "sei", "diversi", "diverse", "vari", "varie")
SEVERAL_INCIDENTS = (
    "calche",
    "esplosioni",
    "attacchi",
    "attentati",
    "incendi",
    "incidenti",
    "frane",
    "naufragi",
    "sparatorie",
)

# Places (core.extract.world_places): words after which a capitalised name is where something happened; words
# that are no place on their own (folded).
LOCATIVES = ("a", "ad", "in", "vicino a", "nei pressi di", "comune di")
NOT_PLACES = ("centro",)  # "Centro de ...": an institution, like "center" in English
# A capitalised word right after a definite article is a noun ('la Santé', 'der Polizei'), not a town; a
# country or region takes one ('du Québec', 'nella Liguria'), a town does not.
ARTICLES = ("il", "lo", "la", "i", "gli", "le", "l'", "l’", "del", "della", "dello", "nel", "nella", "nello")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("IT",)
# Dates (core.extract.world_dates): a date right after these words is the day a count stood at ('hasta ayer'),
# not the incident's.
AS_OF = ("fino a", "fino ad")
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("tutto il paese",)
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("la capitale",)
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("che",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = (
    "per lo più", "perlopiù", "in maggioranza", "per la maggior parte", "la maggior parte", "soprattutto",
    "principalmente", "in gran parte",
)
# A word between a trigger noun and its number that keeps them one phrase (core.extract.multilingual): "la morte di
# 3 persone e il ferimento di altre 11" gives 3 to the deaths, not to the wounded further on
LABEL_LINKS = ("di",)
# Places (core.extract.world_places): division words before a name make it a province's ("provincia di Chieti");
# lower-case words inside a place's name ("Reggio di Calabria"); words before a country's name that make it the
# people's origin ("36enne della Romania", "cittadini del Marocco"), not the place; verbs a capital governs
PROVINCE_WORDS_BEFORE = ("provincia di", "regione")
PLACE_NAME_LINKS = ("di", "del", "della", "dei", "sul", "sulla")
# a US county named in the language: the county, not a town of its name (core.extract.world_places)
COUNTY_WORDS_BEFORE = ("contea di", "contea del", "contea della")
ORIGIN_BEFORE = (
    "cittadini", "cittadino", "cittadina", "cittadine", "originario di", "originaria di", "originari di",
    "originario del", "originaria della", "proveniente da", "provenienti da", "proveniente dalla", "provenienti dalla",
    "enne della", "enne dalla", "enne del", "enne dal", "enne di", "nato in", "nata in",
    # a country's embassy, consulate or foreign ministry speaks for its nationals abroad
    "ambasciata di", "ambasciata del", "ambasciata della", "consolato di", "consolato del", "consolato della",
)  # fmt: skip
GOVERNMENT_VERBS = ("ha accusato", "ha condannato", "accusa", "condanna")
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'il ponte Victoria'
# (core.extract.world_places)
# A river's, a lake's or a mountain's word: the name after it is no town's (core.extract.world_places)
FEATURE_WORDS = ("fiume", "torrente", "lago", "vulcano", "monte")
BUILDING_WORDS = (
    "ponte", "torre", "palazzo", "edificio", "hotel", "via", "viale", "piazza", "stadio", "ospedale",
    "centro commerciale", "stazione", "quartiere", "scuola", "discoteca", "condominio",
)  # fmt: skip
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_BEFORE = (
    "diretto a",
    "diretta a",
    "diretti a",
    "dirette a",
    "diretto verso",
    "diretta verso",
    "in rotta verso",
    "in rotta per",
    "con destinazione",
    "proveniente da",
    "provenienti da",
    "partito da",
    "partita da",
    "partiti da",
    # "poco dopo il decollo da Addis Abeba": where the flight took off from
    "decollo da",
    "decollato da",
    "decollata da",
)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
# A mass poisoning by drink or food (stems, read anywhere in the text): those treated in hospital are the sick, not
# the wounded, unless a word of injury (HURT_STEMS) is told with their count (core.extract.poisonings)
POISONED_BY = (
    "alcol adulterato", "alcolici adulterati", "vino al metanolo", "metanolo", "intossicazione alimentare",
    "cibo avariato", "cibo contaminato",
    # a poisoned drink or water, a mass poisoning, an outbreak of a disease of dirty water: the sick, not the hurt
    "birra avvelenata", "birra contaminata", "bevanda avvelenata", "avvelenamento", "acqua contaminata", "colera",
    # typhus as a word, never the stem inside "tifosi" (fans: "i tifosi saltavano ... una ventina medicate")
    "tifo ", "tifo.", "tifo,", "tifo;", "tifoide",
)  # fmt: skip
HURT_STEMS = ("ferit", "ferì", "ferir", "ferend", "ustion", "contus")
STILL_IN_CARE = ("ancora", "restano", "rimangono", "tuttora", "attualmente")
CARE_WORDS = (
    "ospedal*",
    "ricoverat*",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("terremoto*", "sisma*", "scossa", "scosse", "tsunami*"),
    "water": (
        "alluvione*", "inondazion*", "esondazion*", "nubifragio*", "maltempo", "pioggia", "piogge", "tempesta*",
        "uragano*", "tifone*", "ciclone*", "tromba d'aria", "frana", "frane", "valanga*", "slavina*", "temporale",
        "temporali", "alluvioni", "=bomba d'acqua", "=crollo della diga", "=cedimento della diga", "mareggiata*",
        "smottament*", "colata di fango", "bufera*", "grandinata*", "acquazzon*", "esondato", "esondazione",
        # a flood wave ("piena" alone is also 'full')
        "onda di piena", "ondata di piena", "piena improvvisa", "piene improvvise", "piena del fiume",
    ),
    "fire": (
        "incendio*", "incendi", "rogo", "roghi", "fiamme", "esplosione*", "scoppio*", "fuoco", "incendi boschivi",
    ),
    "air": ("aereo", "aerei", "elicottero*", "disastro aereo", "velivolo*"),
    "rail": ("treno", "treni", "ferroviari*", "deragliament*", "deraglia*"),
    "road": (
        "autobus", "bus", "camion*", "incidente stradale", "scontro frontale", "incidenti stradali", "furgone*",
        "autostrada*", "incidente d'auto",
    ),
    "ship": (
        "naufragio*", "nave", "navi", "traghetto*", "barcone*", "barca", "barche", "imbarcazione*", "affondament*",
        "gommone*", "naufragi", "affonda", "barconi", "affondato", "affondata",
    ),
    "attack": (
        "attentato*", "attacco*", "attacchi", "bombardament*", "bomba", "bombe", "sparatoria*", "massacro*",
        "terroris*", "kamikaze", "missil*", "raid", "esplosione*", "scoppio*", "imboscata*",
        "spari", "sparato", "agguato*", "accoltella*", "colpi di pistola", "colpi d'arma da fuoco", "rivolta",
        "uccisi a colpi",
    ),
    "crowd": ("calca", "ressa", "disordini", "rivolta", "schiacciati"),
    "collapse": ("crollo*", "crollat*", "cedimento*", "croll*"),
    "mine": ("miniera", "miniere", "minatori", "minatore"),
    "weather": (
        "fulmine", "fulmini", "fulminato", "fulminata", "fulminati", "ondata di caldo", "ondata di calore",
        "colpo di calore", "ondata di gelo", "temporale", "temporali", "tempesta*", "maltempo", "caldo", "gelo",
        "freddo", "ondate di calore", "ipotermia",
    ),
    "volcano": ("vulcano", "vulcani", "vulcanic*", "eruzione*", "eruzioni", "lava"),
}  # fmt: skip
# Places: a distance's units and the words between it and the town it is measured from ('a 80 km a nord di
# Bogotà', 'a 80 chilometri da Bogotà'): the place is near the town, in its region, not the town itself
DISTANCE_UNITS = ("km", "chilometri", "miglia")
BEARING_BEFORE = (
    "da",
    "di",
    *(
        f"a {side} {of}"
        for side in ("nord", "sud", "est", "ovest", "nord-est", "nord-ovest", "sud-est", "sud-ovest")
        for of in ("di", "da")
    ),
)

# Everyone aboard dead, told as no survivors: "un aereo con 62 persone a bordo ... nessun sopravvissuto" (62).
NO_SURVIVOR_PHRASES = (
    "nessun sopravvissuto", "nessun superstite", "non ci sono sopravvissuti", "non ci sono superstiti",
    "non ci sono stati sopravvissuti",
)  # fmt: skip
# Words that make a no-survivor phrase near them in its sentence an expectation or a fear, no one told dead yet
NO_SURVIVOR_HEDGES = (
    "atteso", "attesi", "si attende", "si attendono", "si teme", "temono", "teme", "previsto",
)  # fmt: skip
ABOARD_PHRASES = ("a bordo",)
# A second death told with the verb left out, after a one-person death: "uno è morto sul colpo e l'altro in ospedale".
AND_ANOTHER = ("e l'altro in", "e l'altro all", "e l'altro durante", "e un altro in", "e l’altro in", "e l’altro all")
# 'Last' beside a weekday ('lunedì scorso', 'domenica scorsa'; core.extract.world_dates): on the weekday it names, the
# one a week before
LAST_WEEKDAY = ("scorso", "scorsa")
# "78 salme": the bodies recovered, the dead (only the number right before counts)
BODY_NOUNS = ("salme",)
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = (
    "in una nota", "in un comunicato", "in conferenza stampa", "su twitter", "sui social", "attraverso", "tramite",
)  # fmt: skip
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("sig.", "dott.", "on.", "prof.", "gen.", "avv.")
# Verbs by which a source puts the toll at a figure ("eleva a 23 la cifra"): its verbs of saying (world_attribution)
REPORTING_VERBS = (
    "ha portato a", "hanno portato a",  # "la prefettura ha portato a 45 il numero delle vittime"
    "aggiorna il bilancio", "ha aggiornato il bilancio", "porta il bilancio", "ha portato il bilancio",
    "ha rivisto il bilancio", "aggiornano il bilancio", "hanno aggiornato il bilancio",
)  # fmt: skip
# "magnitud 6": a word right before a number that makes it no count of people
NOT_COUNTS_BEFORE = (  # "sulla statale 106"
    "alle", "dalle", "verso le", "fino alle",  # "alle 5": a clock time
    "binario", "corsia",  # "binario 3": a platform, a lane
    "magnitudo", "statale", "provinciale", "km", "chilometro", "civico",
    # "ha ucciso una compagna di 16": after one person's noun, "di" and a number tell an age
    "compagna di", "compagno di", "ragazza di", "ragazzo di", "bambina di", "bambino di", "donna di", "uomo di",
    "giovane di", "studentessa di", "studente di", "anziana di", "anziano di",
    # a numbered place's noun before its number: "la porta 3 dello stadio", "la linea 2" (a name, no count)
    "porta", "cancello", "terminal", "molo", "padiglione", "sala", "linea", "autostrada", "numero", "uscita", "hangar",
    "capannone",
)

# Days counted after the incident at a sentence's head: its weekday is then what followed (world_dates)
# months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): the
# date is that event's, not the incident's (world_dates)
SPAN_AFTER = ("mesi dopo", "anni dopo", "anno dopo")
DAYS_AFTER = {
    "un giorno dopo": 1, "due giorni dopo": 2, "tre giorni dopo": 3, "una settimana dopo": 7, "a una settimana da": 7,
    "due settimane dopo": 14,
}  # fmt: skip
# What is still to come a few words before a weekday ('sarà presentato martedì'): no day counted back (world_dates)
FUTURE_BEFORE = ("sarà", "saranno", "si terrà", "si terranno", "previsto", "prevista", "previsti", "previste")
# A verb's singular form that tells the death of one, with no number ("Muore motociclista nello scontro"); not
# after a negation
SINGULAR_DEATHS = ("muore", "morto", "morta", "deceduto", "deceduta", "ha perso la vita", "perde la vita")
# "il passeggero è rimasto ferito": the auxiliary's singular before a wounded
# trigger (a word or two between) tells one person hurt
SINGULAR_HURT = ("è",)
# The wounded words' plural forms: after that auxiliary they tell many hurt, uncounted
# ("ci sono feriti"), never one
PLURAL_HURT = ("feriti", "ferite")
NEGATIONS = ("non", "nessuno", "nessun", "nessuna")
# "A perdere la vita (...) sono stati 4 giovani", "A morire sono state cinque persone": a toll verb fronted with "a"
# at its sentence's start (its trigger written with it, "a morire"); its count follows the copula, past asides
FRONTED_BEFORE = ("a",)
# A count of victims, the dead and the hurt alike when its parts say so ("23 victimes, dont huit morts" and 15 hurt)
VICTIM_NOUNS = ("vittime",)
# One victim told as a person ("ha confermato una vittima, una donna di 31 anni"): the dead, counted only by the word
# for one right before it ("vittima di un incidente" is none; "una vittima è rimasta ferita" is the hurt's)
ONE_VICTIM_NOUNS = ("vittima",)
ONE_VICTIM_OF = ("di",)  # "una vittima di usura": a victim of a kind, no death ("una vittima del crollo" is)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# giorni prima", "# settimane prima", "# mesi prima", "una settimana prima", "un mese prima", "# giorni fa",
    "# settimane fa", "# mesi fa", "una settimana fa", "un mese fa", "la settimana scorsa", "la scorsa settimana",
    "la settimana precedente", "il mese scorso", "lo scorso mese", "il giorno prima", "il giorno precedente",
)  # fmt: skip
# the news's incident told as coming a span of time after another:
# "L'episodio avviene quattro giorni dopo l'esplosione";
# the verbs of happening, and the spans with 'after'; the figures after them in the sentence are the earlier
# event's when the text tells its own
COMES_AFTER = ("avviene", "è avvenuto", "è avvenuta", "arriva", "è arrivato", "è arrivata", "accade", "è accaduto",
               "è accaduta", "si verifica", "si è verificato", "si è verificata")
TIME_AFTER = ("giorno dopo", "giorni dopo", "settimana dopo", "settimane dopo", "mese dopo", "mesi dopo")

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('ha tentato di uccidere due persone', 'tentato omicidio')
ATTEMPTED = (
    "tentato di", "tentare di", "tentava di", "tentativo di", "minacciato di", "minacciare di",
    "minacciava di", "voleva",
)  # fmt: skip
THING_VERBS = (  # a verb right after a thing's noun: its own clause ("e una casa è stata distrutta")
    "è", "sono", "era", "erano", "fu", "si", "ha subito", "hanno subito", "è stato", "è stata", "rimasto", "rimasta",
    "è rimasto", "è rimasta",
)  # fmt: skip
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("in totale", "in tutto", "complessivamente", "un totale di")
# the wounds themselves, no people hurt ("murió a causa de las heridas sufridas"): a trigger word inside is none
NOT_TRIGGERS = ("ferite riportate", "ferite subite", "sue ferite", "ferite che aveva riportato")
# A relative told with a possessive after and, one more of the count before ("sono morti due bambini e la madre")
KIN_AFTER_AND = (
    "suo figlio", "sua figlia", "sua madre", "suo padre", "sua moglie", "suo marito", "suo fratello", "sua sorella",
    "la loro madre", "il loro padre", "il figlio", "la figlia", "la madre", "il padre", "la moglie", "il marito",
    "la nonna", "il nonno",
)  # fmt: skip
# 'in all' after a number that closes its clause (", ocho en total"): the total of the count told before it
TOTAL_AFTER = ("in tutto", "in totale", "complessivamente")
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("connazionali", "compatrioti", "italiani", "italiane")
# A sentence dated to an earlier year that tells that event's toll as recalled (multilingual._a_follow_ups_own_toll):
# the gerund of the toll after the event ("..., uccidendo 191 persone e ferendone 1.800")
RECALL_VERBS = (
    "uccidendo", "causando", "provocando", "facendo", "ferendo", "ferendone",
    # the historic past and the past perfect with 'essere' ("l'incendio provocò la morte di 57 giovani", "erano
    # morte 57 persone")
    "provocò", "causò", "uccise", "morirono", "erano", "era morto", "era morta",
)  # fmt: skip
# A singular verb counts one, never a number after it ("murió ... perseguido por dos vecinos": world_binding)
SINGULAR_VERB_AGREES = True

# Date words: a headline counting years since an event (`core.extract.look_back`); {n} in figures or a word
YEARS_ON = ("{n} anni dopo", "{n} anno dopo", "{n} anni fa", "a {n} anni", "{n} anniversario")
YEAR_COUNTS = {
    "un": 1, "uno": 1, "primo": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "decimo": 10, "quindici": 15, "venti": 20, "ventesimo": 20, "venticinque": 25,
    "trenta": 30,
}
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Milhares de pessoas acompanharam o velório dos mortos"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("dei", "degli", "delle", "del", "della", "dello", "ai", "agli", "alle", "al", "alla", "allo")
# "è morta una terza vittima": an ordinal with a singular death is the toll so far (world_triggers); not
# 'secondo' (also 'according to') nor 'quarto' alone
ORDINALS = {"seconda": 2, "terzo": 3, "terza": 3, "quarta": 4, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6,
            "settimo": 7, "settima": 7, "ottavo": 8, "ottava": 8, "nono": 9, "nona": 9, "decimo": 10,
            "decima": 10}  # fmt: skip
# after an ordinal, words that make it no person: "per la terza volta", "la terza parte", "al terzo piano"
ORDINAL_NOT_PERSON = ("volta", "parte", "giorno", "giornata", "settimana", "mese", "anno", "piano", "ondata",
                      "posto", "di", "del", "della", "dei", "delle")  # fmt: skip
# A word for 'on' right before a day and month in figures ('il 12/07'): a date, the language's day first, in the
# publication's year (core.extract.world_dates)
SHORT_DATE_BEFORE = ("il", "del", "dal", "lo scorso")
# A day of mourning told right after a weekday or a date ('domenica giornata di lutto'; core.extract.world_dates)
MOURNING_WORDS = ("lutto",)
# a court step a follow-up's headline tells (its lead then tells the case's toll as plain news)
COURT_WORDS = (
    "condannato", "condannati", "condannata", "condanna", "assolto", "assolti", "assoluzione", "processo",
    "tribunale", "sentenza", "appello", "cassazione", "ergastolo", "anni di carcere",
)  # fmt: skip
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("nessuno", "nessun", "nessuna")

# Named times (`core.events.named_times`): words right before (after) a month named without a year ("last March",
# "in March") that name the latest such month before the report's publication; words before a named time that make
# it another event's ("the worst since March 2019")
PAST_MONTH_BEFORE = ("a", "scorso", "mese di")
PAST_MONTH_AFTER = ("scorso",)
NAMED_TIME_SINCE = ("dal", "dalla", "dallo", "da")

# A common word that begins as a country's name does, no adjective of its people (a meeting, not Réunion)
NOT_ADJECTIVES = ("riunione", "riunioni")

# A sentence that tells its death toll as rumour, one no authority confirmed (social media, unconfirmed reports):
# the toll is an earlier figure, which a stated one or a stated zero outweighs (core.extract.multilingual)
RUMOUR_CUES = (
    "voce non confermata", "voci non confermate", "indiscrezioni non confermate", "notizie non confermate",
    "nessuna autorità ha confermato", "diffusi sui social", "diffuse sui social", "circolano sui social",
    "circolati sui social", "circolate sui social", "post sui social", "messaggi sui social",
    "video sui social",
)  # fmt: skip
# An active harm verb whose subject is its doer and whose objects are its victims, listed one by one after it ("Un
# uomo ha ucciso la moglie e il figlio": two dead, core.extract.world_objects): the verbs, the singular determiners of
# an object, and the nouns of one person it may name
ACTIVE_HARM_VERBS = ("ha ucciso", "aveva ucciso", "uccise", "ha ammazzato", "ha ferito", "ferì")
ONE_OBJECT_DETERMINERS = ("la sua", "il suo", "la", "il", "lo", "l'", "sua", "suo")
ONE_OBJECT_NOUNS = (
    "moglie", "marito", "figlio", "figlia", "madre", "padre", "fratello", "sorella", "fidanzata", "fidanzato",
    "compagna", "compagno", "ex moglie", "ex compagna", "ex fidanzata", "suocera", "suocero", "nonna", "nonno",
    "nipote", "cognato", "cognata", "zio", "zia", "vicino", "vicina", "amico", "amica", "figliastro", "figliastra",
    "convivente", "bambino", "bambina", "neonato", "neonata",
)  # fmt: skip
# Claimants who are not the authorities, besides those above: an armed side or the political opposition
UNOFFICIAL_SOURCES |= {"ribelli": "rebels", "insorti": "insurgents", "oppositori": "opposition"}
# Words opening a clause set against the one before it, besides CONTRAST_CLAUSES ("L'opposizione parla di oltre 50
# morti, ma il governo ne conta 14"): each clause's figure is its own speaker's
CLAIMANT_BREAKS = ("ma", "però", "tuttavia", "invece")
