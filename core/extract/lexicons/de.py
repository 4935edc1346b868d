"""German lexicon (shared shape, see `es.py` for the names): data only. Compounds ("Todesopfer",
"Schwerverletzte") are matched as stems."""

from __future__ import annotations

LANGUAGE = "de"
MATCH = "word"
TEXT2NUM = True
DIGIT_GROUPS = ". '’"
DECIMAL = ","
SCALES = {"tausend": 1000, "million": 1_000_000, "millionen": 1_000_000, "mio.": 1_000_000, "mio": 1_000_000}
NUMBER_WORDS = (  # spans only: text2num gives the values
    "ein eine einer einem einen eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
    "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig "
    "siebzig achtzig neunzig hundert einhundert zweihundert dreihundert vierhundert fünfhundert tausend"
)
NUMBER_JOINERS = ("und",)
# "Einer starb später im Krankenhaus", "Eine Frau wurde getötet": the word for one in all its forms (text2num reads
# only "eins", "ein")
TEXT2NUM_SPELLINGS = {"einer": "eins", "eine": "eins", "einem": "eins", "einen": "eins"}
COMPOUND_NUMBERS = True  # "dreiundzwanzig", "zweihundertfünfzig": number words written as one word
MULTIPLIERS: tuple[str, ...] = ()
APPROXIMATE = {
    "dutzend": 12, "ein dutzend": 12,
    "zwei dutzend": 24, "drei dutzend": 36, "vier dutzend": 48,  # "zwei Dutzend Verletzte", not "zwei" (2)
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dutzende": (12, 12, 99),
    "dutzenden": (12, 12, 99),
    "hunderte": (100, 100, 999),
    "hunderten": (100, 100, 999),
    "tausende": (1000, 1000, 9999),
    "tausenden": (1000, 1000, 9999),
    "zehntausende": (10_000, 10_000, 99_999),
    "zehntausenden": (10_000, 10_000, 99_999),
    "hunderttausende": (100_000, 100_000, 999_999),
    "hunderttausenden": (100_000, 100_000, 999_999),
    "mehrere hundert": (100, 100, 999),
    "einige hundert": (100, 100, 999),
    "mehrere tausend": (1000, 1000, 9999),
    "einige tausend": (1000, 1000, 9999),
    "mehrere dutzend": (12, 12, 99),
    "einige dutzend": (12, 12, 99),
    "mehrere zehntausend": (10000, 10000, 99999),
}
TRIGGERS = {
    "killed": (
        "tote",
        "toten",
        "toter",  # "ein Toter, drei Verletzte"
        "todesopfer",
        "das leben kostete",  # a relative clause, the verb last: "der Brand, der 14 Menschen das Leben kostete"
        "das leben kosteten",
        "todesfälle",  # "wo 217 Todesfälle bestätigt wurden"
        "todesfällen",
        "getötet",
        "getötete",
        "getöteten",
        "starben",
        "starb",
        "sterben",  # a headline's present: "Drei Menschen sterben bei Brand"
        "stirbt",
        "gestorben",
        "ums leben",
        "kamen ums leben",
        "tot",
        "leichen",
        "opfer",
        "verstorben*",
        "tödlich",
        "tötete",
        "mordes an",  # "wegen Mordes an sieben Menschen angeklagt" (not "versuchten Mordes an")
        "töteten",  # the active plural before its count: "Bewaffnete töteten 30 Dorfbewohner"
        "tötet",
        "menschenleben",
        # succumbed (to their injuries): the dead, whatever 'verletzungen' (wounded) comes after
        "erlagen",
        "erlag",
        # the participle at the clause's end, after the injuries: "ist ihren schweren Verletzungen erlegen"
        "verletzungen erlegen",
        "erlegen",
        "verloren ihr leben",
        "ihr leben verloren",
        "leben verloren",
        "verlor sein leben",
        "verlor ihr leben",
        "ertrunken",
        "ertranken",
        # shot, stabbed or beaten dead ('angeschossen', shot and hurt, is no death)
        "erschossen",
        "erschoss",
        "erstochen",
        "erstach",
        "erschlagen",
        "ermordet",
        "ermordete",
        "ermordeten",
    ),
    "wounded": (
        "verletzt*",
        "schwerverletzt*",
        "leichtverletzt*",
        "verwundet*",
        # hit by stray bullets: bystanders, the hurt ("zwei Passanten wurden von Querschlägern getroffen")
        "von querschlägern getroffen", "von einem querschläger getroffen", "von verirrten kugeln getroffen",
        "von einer verirrten kugel getroffen",
        "angeschossen*",  # "elf Menschen wurden angeschossen": shot, and so hurt (the dead are told apart)
        "im krankenhaus behandelt",
        "ins krankenhaus gebracht",
        "ins krankenhaus eingeliefert",
        "in krankenhäuser gebracht",
        "verletzungen",
        "schussverletzungen",  # "22 Menschen erlitten Schussverletzungen" (gunshot wounds)
    ),
    "missing": ("vermisst*", "verschollen*"),
    "displaced": (
        "obdachlos*", "vertrieben*", "evakuiert*", "flüchtlinge",
        # "Rund 1.500 Menschen mussten ihre Häuser verlassen": those who had to leave their homes
        "ihre häuser verlassen", "ihre wohnungen verlassen", "ihr zuhause verlassen",
    ),
    "arrested": ("festgenommen*", "verhaftet*", "festnahmen"),
}
# A separable verb around its count, the particle at the clause's end ("Dabei kamen zwölf Menschen um")
SEPARABLE_TRIGGERS = {
    "killed": (
        "kamen ... um", "kam ... um",
        # "Der Angriff kostete 45 Menschen das Leben", "riss 12 Menschen in den Tod"
        "kostete ... das leben", "kosteten ... das leben", "kostet ... das leben", "kosten ... das leben",
        # the perfect and the relative clause, the verb last: "hat 14 Menschen das Leben gekostet", "der 14 Menschen
        # das Leben kostete"
        "hat ... das leben gekostet", "haben ... das leben gekostet", "hatte ... das leben gekostet",
        "riss ... in den tod", "rissen ... in den tod", "reißt ... in den tod",
    ),
}  # fmt: skip
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "tote und verletzte",
    "toten und verletzten",
    "tote oder verletzte",
    "getötet oder verletzt",
    "tot oder verletzt",
    "getötet und verletzt",
    "tot oder werden vermisst",
    "tot oder vermisst",
    "tote und vermisste",
    "tote oder vermisste",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
# "seine Frau wurde schwer verletzt": the auxiliary's singular form (not "wurden") before the wounded word tells one
# person hurt; a negation before it or between tells none ("dabei wurde niemand verletzt")
SINGULAR_HURT = ("wurde",)
# A verb's singular form that tells the death of one, with no number ("Motorradfahrer stirbt bei Zusammenstoß")
SINGULAR_DEATHS = ("stirbt", "starb", "erlag", "ertrank", "verlor sein leben", "verlor ihr leben")
NEGATIONS = ("niemand", "keiner", "keine", "kein", "nicht", "nie", "niemals")
INJURY_GRADES = {
    "critical": ("lebensgefährlich", "lebensgefährlich verletzt", "schwerstverletzt*", "schwerst"),
    "severe": ("schwer", "schwerverletzt*", "schwere", "schweren"),
    "moderate": ("mittelschwer", "mittelschwere", "mittelschwerverletzt*"),
    "light": ("leicht", "leichtverletzt*", "leichte", "leichten", "leichter"),
}
COORDINATORS = ("und", "sowie", "während")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (("zwischen", "und", ""),)
QUALIFIERS_BEFORE = {
    "mindestens": "at_least",
    "wenigstens": "at_least",
    "nicht weniger als": "at_least",
    "mehr als": "more_than",
    "über": "more_than",
    "bis zu": "up_to",
    "fast": "nearly",
    "beinahe": "nearly",
    "knapp": "nearly",
    "rund": "about",
    "etwa": "about",
    "ungefähr": "about",
    "circa": "about",
    "ca.": "about",
    "gut": "more_than",
    "übersteigt": "more_than",
    "überstieg": "more_than",
    "überschritten": "more_than",
    "überschreitet": "more_than",
    "überschritt": "more_than",
}
# a verb of passing right after the number, verb-final ("hat die Marke von 100 überschritten")
QUALIFIERS_AFTER: dict[str, str] = {"überschritten": "more_than", "übersteigt": "more_than"}
QUALIFIERS_AFTER_NOUN = {"mindestens": "at_least"}  # "12 Tote mindestens"
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    # the figure set right after an earlier one of the same text ("die richtige Zahl sei 41"): the count, revised down
    "die richtige zahl", "die korrekte zahl", "die tatsächliche zahl", "die genaue zahl",
    "nach unten korrigiert",
    "korrigierten",
    "korrigierte",
    "nach unten",
    "gesenkt",
    "senkten",
    "senkte",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "statt",  # "Statt 23 seien es 19 Tote": the figure corrected
    "anstatt",
    "zunächst",
    "zuvor",
    "anfangs",
    "ursprünglich",
    "vorherige",
    "vorherigen",
    "erste bilanz",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "terroristen",
    "angreifer",
    "attentäter",
    "selbstmordattentäter",
    "dschihadisten",
    "täter",
    # armed, hired or masked men and hostage-takers: attackers too, the subject of the harm they did
    "bewaffnete", "schützen", "geiselnehmer", "maskierte",
)
SUBSET_BEFORE = ("darunter", "unter ihnen", "davon", "einschließlich", "unter den verletzten", "unter den toten")
SUBSET_AFTER = ("davon", "von ihnen")
# a relative of place: the count before it is of the places ('tres bares en los que murieron ocho')
# relative words that open a clause telling an event's toll ("der Brand, bei dem 61 Menschen starben")
EVENT_RELATIVES = ("bei dem", "bei der", "bei denen", "durch den", "durch die", "durch das")
PLACE_RELATIVES = ("bei denen", "in denen", "wo")  # ("bei dem" is also "at the")
# prepositions: the word for one after them is an article ('an einer Schule', 'dans une école'), no count
# 'with': its object may be the people counted ("con un policía y dos civiles heridos"), not a thing
WITH_WORDS = ("mit",)
ARTICLE_AFTER = (
    "an", "in", "auf", "bei", "aus", "vor", "nach", "mit", "von", "zu", "über", "unter", "hinter", "neben", "durch",
    "gegen", "für", "während", "wegen", "nahe",
)  # fmt: skip
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("unter den",)
ONE_PERSON_NOUNS = (  # after the word for one: a person ('ein Polizist', 'eine Frau'); no thing's article
    "mensch*", "person", "mann", "mannes", "frau", "kind*", "mädchen", "junge*", "jugendlich*", "minderjährig*",
    "baby", "säugling", "rentner*", "senior*", "nachbar*", "anwohner*", "bewohner*", "einwohner*", "bürger*",
    "zivilist*", "polizist*", "beamt*", "polizeibeamt*", "soldat*", "offizier*", "feuerwehrmann", "feuerwehrfrau",
    "feuerwehrm*", "retter*", "sanitäter*", "rettungssanitäter*", "arzt", "ärztin", "notarzt", "pfleger*",
    "fahrer*", "autofahrer*", "lkw-fahrer*", "busfahrer*", "beifahrer*", "insasse*", "passagier*", "fahrgast*",
    "fußgänger*", "passant*", "motorradfahrer*", "radfahrer*", "tourist*", "urlauber*", "arbeiter*",
    "mitarbeiter*", "angestellt*", "schüler*", "student*", "lehrer*", "journalist*", "reporter*", "fotograf*",
    "demonstrant*", "kämpfer*", "rebell*", "verdächtig*", "tatverdächtig*", "angreifer*", "täter*",
    "schütze*", "sohn", "tochter", "vater", "mutter", "bruder", "schwester", "ehemann", "ehefrau", "angehörig*",
    "freund*", "wachmann", "häftling*", "gefangen*", "migrant*", "flüchtling*", "fischer*", "bergmann",
    "bergarbeiter*", "landwirt*", "bauer*", "händler*", "kund*", "opfer*", "verletzt*", "tot*", "besatzungsmitglied*",
    "pilot*", "spieler*", "fan*", "bürgermeister*", "wanderer*", "bergsteiger*", "obdachlos*", "deutsch*",
    "mitglied*", "einsatzkraft", "helfer*", "weiter*", "älter*", "jünger*",
)  # fmt: skip
# Survivors and the rescued right after a number: counted, never as the hurt (world_roles._survivors_counted)
SURVIVOR_NOUNS = ("überlebende", "überlebenden", "überlebender", "gerettete", "geretteten")
# A singular death verb's subject that is a herd or the rest of a group, no one person dead ("part of the livestock
# perished", "the rest of the occupants died": world_triggers._not_one_subject)
NOT_ONE_SUBJECTS = ("vieh", "herde", "tiere", "kühe", "rinder", "schafe", "pferde", "rest", "übrigen")
# Animals right after a number (through ANIMAL_LINKS: a measure, "of"): a herd's count, no victims
ANIMAL_NOUNS = (
    "kühe", "kuh", "rinder", "rind", "kälber", "schafe", "ziegen", "schweine", "pferde", "tiere", "stück vieh", "vieh",
    "hühner", "geflügel",
)  # fmt: skip
ANIMAL_LINKS = ("stück",)
# Stems of harm in the survivors' own clause, which make them the hurt ("les 29 survivants ont été blessés")
SURVIVORS_HURT_STEMS = ("verletz", "verwund")
# A verb of surviving between a count and its word of harm: survivors, never the hurt (world_roles._survived_hurt)
SURVIVED_VERBS = ("überlebte", "überlebten", "hat überlebt", "haben überlebt")
NOT_COUNTS_AFTER = (
    # "in 2 Schichten", "im 3. Stock", "Gleis 5": a shift, a floor, a platform, no count of people
    "schichten", "schicht", "stock", "stockwerk", "etage", "runden",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    # and the one hospital ("in ein Krankenhaus gebracht": the article, no one hurt)
    "krankenhaus", "klinik", "klinikum", "spital",
    "krankenhäuser", "krankenhäusern", "kliniken", "spitäler", "spitälern", "verschiedene krankenhäuser",
    "jahre",
    "jahren",
    "monate",  # "Acht Monate nach den Anschlägen": a span of time, no count
    "monaten",
    "wochen",
    "jahr", "monat", "woche", "tag", "tage", "tagen", "stunde", "stunden", "minuten",  # "vor einem Jahr starben"
    "jährige",
    "jährigen",
    "%",
    "prozent",
    "kilometer",
    "km",
    "meter",
    "grad",
    "stunden",
    "uhr",
    "minuten",
    "tage",
    "tagen",
    "sekunden",
    "euro",
    "dollar",
    "gebäude",
    "häuser",
    "hektar",
    "tonnen",
    # the dead and the wounded together: neither metric's count
    "tote und verletzte",
    "tote oder verletzte",
    "menschen wurden getötet oder verletzt",
    "pro tag", "täglich",  # "etwa 600 Todesfälle pro Tag": a rate, no toll
)
COUNT_NOUNS = ("zahl der", "anzahl der", "bilanz", "opferzahl")
COUNT_ANAPHORS = (
    # the figure set right after an earlier one of the same text ("die richtige Zahl sei 41"): the count, revised down
    "die richtige zahl", "die korrekte zahl", "die tatsächliche zahl", "die genaue zahl",
    "korrigierten die zahl auf", "korrigierte die zahl auf", "senkten die zahl auf", "senkte die zahl auf",
    "ihre zahl",  # "their number": the count of the kind of victims named before
    # "the number" with no kind after it, told on after a kind named ("Zunächst war von acht Toten die Rede,
    # inzwischen ist die Zahl auf zwölf gestiegen"); never "die Zahl der Toten", a count noun of its own
    "die zahl auf", "die zahl stieg", "die zahl steigt", "die zahl erhöhte", "die zahl ist", "diese zahl",
)
# what may be, or is feared ("die UN befürchten bis zu 500 Tote"): a projection, not the bodies counted so far
PROJECTION_BEFORE = ("könnte", "könnten", "befürchtet", "befürchten", "befürchte", "fürchten", "fürchtet", "droht")
FROM_TO = (("von", "auf"),)  # "from N to M": N is superseded
# The toll revised at the clause's end after the number ("Die Zahl von 40 Toten wurde auf 31 korrigiert"). Not
# 'gestiegen': "ist auf mehr als 2000 gestiegen" made the rounded figure the update over the next sentence's 2012
UPDATE_AFTER = ("korrigiert", "nach unten korrigiert", "gesenkt")
UPDATE_BEFORE = (
    # the figure set right after an earlier one of the same text ("die richtige Zahl sei 41"): the count, revised down
    "die richtige zahl sei", "die richtige zahl ist", "die richtige zahl war", "die richtige zahl liege bei",
    "die richtige zahl liegt bei", "die richtige zahl betrage", "die richtige zahl beträgt", "die korrekte zahl sei",
    "die korrekte zahl ist", "die korrekte zahl war", "die korrekte zahl liege bei", "die korrekte zahl liegt bei",
    "die korrekte zahl betrage", "die korrekte zahl beträgt", "die tatsächliche zahl sei", "die tatsächliche zahl ist",
    "die tatsächliche zahl war", "die tatsächliche zahl liege bei", "die tatsächliche zahl liegt bei",
    "die tatsächliche zahl betrage", "die tatsächliche zahl beträgt", "die genaue zahl sei", "die genaue zahl ist",
    "die genaue zahl war", "die genaue zahl liege bei", "die genaue zahl liegt bei", "die genaue zahl betrage",
    "die genaue zahl beträgt",
    # the figure told on after an earlier one ("Zuvor war von 20 Toten die Rede, nun sind es 24")
    "nun sind es", "jetzt sind es", "inzwischen sind es", "mittlerweile sind es",
    "stieg auf",
    "steigt auf",
    "stiegen auf",
    "erhöhte sich auf",
    "erhöht sich auf",
    "kletterte auf",
    "ist auf",
    "gestiegen auf",
    "liegt bei",
    "lag bei",
)  # toll verbs: the number after them is the toll's latest update
TOLL_NOUNS = ("opferzahl",)  # a toll noun alone counts the dead ("con un saldo de 96")
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = (
    "seit beginn",
    "seit dem beginn",
    "seit anfang",
    "in diesem jahr",
    "dieses jahr",
    "landesweit",
    "krieg*",
    "konflikt*",
    "offensive",
    "bombardierungen",
    "kämpfe*",
)
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "seit beginn des krieges",
    "seit beginn des kriegs",
    "seit dem beginn des krieges",
    "seit kriegsbeginn",
    "seit beginn der invasion",
    "seit beginn des konflikts",
    "seit beginn der offensive",
    "seit jahresbeginn",
    "seit anfang des jahres",
    "seit beginn der saison",
    "seit beginn des winters",
    "seit winterbeginn",
    "seit saisonbeginn",
    "seit beginn der wintersaison",
    "in diesem winter",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "schwerste*",
    "tödlichste*",
    "blutigste*",
    "verheerendste*",
)
PARTITIVE = ("der",)  # right after the number: a part of a group ("12 of the wounded")
STAGE_AFTER = ("identifiziert",)  # right after the trigger: a stage of the count ("identified")
INCREMENT_BEFORE = ("weitere", "weiteren")  # "weitere 5 Tote": five more, not the toll
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = (
    "laut", "nach angaben", "nach angaben der", "nach angaben des", "nach offiziellen", "gemäß",
    "nach informationen", "nach informationen der", "nach informationen des", "nach ersten angaben",
    "nach bisherigen angaben", "nach vorläufigen angaben", "nach neuen angaben", "nach jüngsten angaben",
    "unter berufung auf",  # an outlet citing someone: the one cited gave the figure
)  # fmt: skip
ACCORDING_AFTER = ("zufolge", "zu folge")
SPEECH_VERBS = (
    "sagte",
    "sagten",
    "teilte mit",
    "teilte",
    "teilten",
    "teilten mit",
    "erklärte",
    "erklärten",
    "berichtete",
    "berichteten",
    "meldete",
    "meldeten",
    "bestätigte",
    "gab bekannt",
    "gaben bekannt",
    "hieß es",
    "berichtet",
    "meldet",
    "sprach von",
    "sprachen von",
    "spricht von",
    "sprechen von",
    "mitteilte",
    "mitteilten",
    "bekanntgab",
    "bekannt gab",
    "angab",
    "angaben",
    "bestätigten",
    "schrieb",
    "schreibt",
    "zählte",
    "zählten",
    "gab an",
    "gaben an",
    "heißt es",
    "berichten",
    "melden",
    "bestätigt",
    "sagt",
    "sagen",
    "erklärt",
    "mitteilt",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministerium": "ministry",
    "minister": "minister",
    "ministerin": "minister",
    "regierung": "government",
    "behörden": "authorities",
    "behörde": "authority",
    "polizei": "police",
    "feuerwehr": "fire service",
    "katastrophenschutz": "civil protection",
    "zivilschutz": "civil protection",
    "gouverneur": "governor",
    "bürgermeister": "mayor",
    "bürgermeisterin": "mayor",
    "staatsanwaltschaft": "prosecutor",
    "sprecher": "spokesperson",
    "sprecherin": "spokesperson",
    "präsident": "president",
    "präsidentin": "president",
    "staatsmedien": "state media",
    "staatsfernsehen": "state television",
    "agentur": "agency",
    "rettungskräfte": "rescuers",
    "rettungsdienst": "rescue service",
    "rotes kreuz": "red cross",
    "krankenhaus": "hospital",
    "armee": "army",
    "militär": "military",
    "medien": "media",
    "us-medien": "us media",
    "offiziellen zahlen": "official figures",
    "sender": "broadcaster",
    "senders": "broadcaster",
    "fernsehsender": "broadcaster",
    "nachrichtenagentur": "news agency",
    "einsatzkräfte": "rescuers",
    "rettungsdienste": "rescue service",
    "innenministerium": "interior ministry",
    "gesundheitsministerium": "health ministry",
    "zivilschutzbehörde": "civil protection",
    "ärzte": "doctors",
    "ärzten": "doctors",
    "mediziner": "doctors",
    "helfer": "rescuers",
    "retter": "rescuers",
    "stadtverwaltung": "city administration",
    "gouverneurin": "governor",
    "provinzgouverneur": "governor",
    "staatliche medien": "state media",
    "staatliche nachrichtenagentur": "state news agency",
    "klinik": "hospital",
    "kliniken": "hospital",
    "krankenhäuser": "hospital",
    "gesundheitsbehörden": "health authorities",
    "gesundheitsministeriums": "health ministry",
    "innenministeriums": "interior ministry",
    "ministeriums": "ministry",
    "einsatzleiter": "incident commander",
    "polizeisprecher": "police spokesperson",
    "feuerwehrsprecher": "fire service spokesperson",
    "rettungskräften": "rescuers",
    "regierungssprecher": "government spokesperson",
    "katastrophenschutzbehörde": "civil protection",
    "zivilschutzes": "civil protection",
    "roten kreuzes": "red cross",
    "bürgermeisters": "mayor",
    "gouverneurs": "governor",
    "behördenvertreter": "officials",
    "landrat": "district administrator",
    "sanitäter": "paramedics",
    "katastrophenschutzes": "civil protection",
    "krankenhauses": "hospital",
    "rettungsdienstes": "rescuers",
    "feuerwehren": "fire service",
    "staatsfernsehens": "state television",
    "militärs": "military",
}
# Sources who are not the authorities counting the harm (organisers, residents, witnesses, ...), each with its
# English kind: told beside an official source's other figure, theirs is an alternative, not the headline
# (`core.competing_claimants`); read as source nouns too (`core.extract.world_attribution`).
UNOFFICIAL_SOURCES = {
    "veranstalter": "organisers",
    "organisatoren": "organisers",
    "anwohner": "residents",
    "anwohnern": "residents",
    "bewohner": "residents",
    "bewohnern": "residents",
    "augenzeugen": "witnesses",
    "zeugen": "witnesses",
    "aktivisten": "activists",
    "demonstranten": "protesters",
    "angehörige": "relatives",
    "angehörigen": "relatives",
    "dorfbewohner": "villagers",
    "opposition": "opposition",
    "gewerkschaft": "union",
    "überlebende": "survivors",
    "überlebenden": "survivors",
}
# Words opening a clause set against the one before it: a source the clause names is its figures' own,
# not the sentence's first source (`core.extract.multilingual`): "während nach Angaben der Veranstalter 20 ..."
CONTRAST_CLAUSES = ("während",)  # fmt: skip
SOURCE_LEADING = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einer",
    "wie die",
    "wie der",
    "wie das",
    "wie den",
    "wie",
)
# nouns are capitalised: a source ends at a lowercase word after its nouns but for these ("Polizei | kamen",
# "Sprecher der Feuerwehr | am Montag", "Behörden von Texas")
NOUN_JOINERS = ("der", "des", "dem", "den", "die", "das", "von", "vom", "im", "in", "aus", "für", "und", "zur", "zum",
                "bei", "beim", "eines", "einer")  # fmt: skip
# A statement's noun written onto its source's name ("Nach Polizeiangaben", "laut Behördeninformationen")
SOURCE_COMPOUNDS = ("angaben", "informationen", "schätzungen", "zählungen")
SOURCE_TRAILING = ("mit", "bekannt", "am", "an")  # "teilte die Polizei mit": a separable verb's particle
# A sentence opening that points back at what was told before it: its source gave those figures
SAID_OF_BEFORE = (
    "das teilte", "dies teilte", "das sagte", "dies sagte", "das bestätigte", "dies bestätigte", "das berichtete",
    "dies berichtete", "das meldete", "dies meldete", "das gab", "dies gab",
)  # fmt: skip
PAST_PERFECT = ("hatte", "hatten")  # "2010 hatte das Beben ... getötet"
# dates a past-perfect sentence earlier
LAST_YEAR = ("im vergangenen jahr", "vergangenes jahr", "letztes jahr", "im vorjahr", "vor einem jahr")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("in", "bei", "nahe", "Flughafen", "Bahnhof", "Stadt", "Gemeinde", "Dorf", "Ortschaft")
# A capitalised word right after a definite article is a noun ('la Santé', 'der Polizei'), not a town.
ARTICLES = ("der", "die", "das", "dem", "den")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("DE", "AT", "CH")
# A town's adjective is its name and an ending ("Kabuler Flughafen", "Pariser Polizei").
PLACE_SUFFIXES = ("er",)
# Every noun is capitalised: a capitalised word after a town ('Kabuler Flughafen') does not make it a longer name.
CAPITALISED_NOUNS = True
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("landesweit", "im ganzen land")
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("hauptstadt",)
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("die",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = (
    "vor allem", "überwiegend", "hauptsächlich", "größtenteils", "meist", "meistens", "zumeist", "mehrheitlich",
    "die meisten davon", "die meisten von ihnen",
)
# Places (core.extract.world_places): division words before a name make it a province's ("Bundesland Hessen");
# lower-case words inside a place's name ("Frankfurt am Main"); words before a country's name that make it the
# people's origin, not the place; verbs a capital governs ("Berlin verurteilte")
PROVINCE_WORDS_BEFORE = ("Bundesland", "Provinz", "Kanton", "Bundesstaat")
PLACE_NAME_LINKS = ("am", "an der", "ob der", "in der")
ORIGIN_BEFORE = ("Staatsbürger aus", "Staatsangehörige aus", "stammen aus", "stammte aus", "stammt aus")
GOVERNMENT_VERBS = ("verurteilte", "verurteilt", "beschuldigte", "beschuldigt", "kritisierte", "forderte")
# Compass words compounded with a country's name ("Nordsyrien", "Osttürkei"): the country (core.extract.world_places)
COUNTRY_PREFIXES = ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Zentral", "Mittel")
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_BEFORE = (
    "nach",
    "auf dem Weg nach",
    "unterwegs nach",
    "in Richtung",
    "Richtung",
    "mit Ziel",
    "mit dem Ziel",
    "aus Richtung",
)
ROUTE_AFTER = ("unterwegs", "gestartet", "kommend")
# A mass poisoning by drink or food (stems, read anywhere in the text): those treated in hospital are the sick, not
# the wounded, unless a word of injury (HURT_STEMS) is told with their count (core.extract.poisonings)
POISONED_BY = (
    "gepanscht", "methanol", "gift-alkohol", "giftalkohol", "giftiger alkohol", "giftigem alkohol",
    "giftigen alkohol", "schwarzgebrannt", "lebensmittelvergiftung", "vergiftete lebensmittel",
    "verdorbene lebensmittel",
    # a poisoned drink or water, a mass poisoning, an outbreak of a disease of dirty water: the sick, not the hurt
    "vergiftetes bier", "vergiftetem bier", "verseuchtes wasser", "massenvergiftung", "alkoholvergiftung", "cholera",
    "typhus",
    # an outbreak of a disease a mosquito carries: the admitted are the sick
    "dengue", "denguefieber",
)  # fmt: skip
HURT_STEMS = ("verletz", "verwund", "verbrenn", "verbrann")
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("noch", "weiterhin", "derzeit", "zurzeit", "momentan")
CARE_WORDS = (
    "krankenhaus",
    "krankenhäuser*",
    "klinik*",
    "intensivstation",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("*beben", "tsunami*"),
    "water": (
        "hochwasser*", "*hochwasser", "überschwemmung*", "*flut", "*fluten", "flutkatastrophe*", "unwetter*",
        "regenfälle", "starkregen", "sturm", "stürme", "*sturm", "orkan*", "hurrikan*", "taifun*", "zyklon*",
        "tornado*", "erdrutsch*", "lawine*", "*lawine", "monsun*", "dammbruch*", "gewitter*", "erdrutsche", "*rutsch",
        "mure", "muren", "murenabgang*", "deichbruch*", "wolkenbruch*", "sturzflut*", "regen", "dauerregen",
        "schlammlawine*", "dammbrüche", "regenfällen", "überschwemmt",
    ),
    "fire": ("*brand", "*brände", "feuer*", "*feuer", "explosion*", "flammen", "großbrand*"),
    "air": (
        "flugzeug*", "*flugzeug", "hubschrauber*", "helikopter*", "flugzeugabsturz*", "flieger", "passagiermaschine*",
        "*hubschrauber",
    ),
    "rail": (
        "zug", "züge", "zugunglück*", "bahnunglück*", "entgleis*", "zugentgleisung*", "eisenbahn*", "zugunfall*",
        "güterzug*", "regionalzug*", "personenzug*", "schnellzug*", "s-bahn", "u-bahn", "straßenbahn*", "*zugunglück",
    ),
    "road": (
        "bus", "busse", "busunglück*", "reisebus*", "linienbus*", "schulbus*", "lkw*", "lastwagen*",
        "verkehrsunfall*", "autounfall*", "busunfall*", "*busunfall", "auffahrunfall*", "frontalzusammenstoß*",
        "*karambolage", "massenkarambolage*", "geisterfahrer*", "autobahn", "lkw-unfall*", "*lkw",
    ),
    "ship": (
        "schiff*", "*schiff", "fähre*", "*fähre", "boote", "*boot", "gekentert", "kenter*", "schiffbruch*",
        "schiffsunglück*", "bootsunglück*", "kentert", "gesunken", "schiffsunglück", "flüchtlingsboot*", "*booten",
    ),
    "attack": (
        "anschlag*", "*anschlag", "anschläge", "angriff*", "*angriff", "attentat*", "bombe", "bomben",
        "bombenanschlag*", "*bombe", "schüsse", "schießerei*", "massaker*", "terror*", "rakete*", "raketen*",
        "explosion*", "selbstmordattentat*", "amoklauf*", "hinterhalt*", "schüssen", "*schüssen", "*schüsse",
        "*schütze", "erschießt", "erschossen", "erschießen", "*anschläge", "*anschlägen", "anschlägen",
        "geiselnahme*", "blutbad*", "luftangriffe", "*angriffe", "messerangriff*", "amokfahrt*", "krawalle",
        "ausschreitungen", "gefängnisrevolte*", "*meuterei",
    ),
    "crowd": (
        "massenpanik*", "gedränge*", "*panik", "krawalle", "ausschreitungen", "gefängnisrevolte*", "*meuterei",
        "*gedränge",
    ),
    "collapse": (
        "einsturz*", "*einsturz", "eingestürzt*", "=stürzt ein", "=stürzte ein", "eingestürzte*", "brückeneinsturz*",
    ),
    "mine": (
        "bergwerk*", "*bergwerk", "zeche*", "*grube", "grubenunglück*", "bergarbeiter*", "kohlemine*", "bergleute",
        "bergbau*", "goldmine*", "kupfermine*",
    ),
    "weather": (
        "blitzschlag*", "blitzeinschlag*", "hitzewelle*", "*hitzewelle", "hitzschlag*", "kältewelle*", "gewitter*",
        "sturm", "stürme", "*sturm", "unwetter*", "kälte", "hitze", "*hitze", "hitzetote*", "kältetote*", "erfroren",
        "kältewelle",
    ),
    "volcano": ("vulkan*", "*vulkan", "*vulkans", "vulkane", "vulkanausbruch*", "eruption*", "lava"),
}  # fmt: skip
# Places: a distance's units and the words between it and the town it is measured from ('80 Kilometer nördlich von
# Bogotá', '80 km von Bogotá entfernt'): the place is near the town, in its region, not the town itself
DISTANCE_UNITS = ("km", "Kilometer", "Kilometern", "Meilen")
BEARING_BEFORE = (
    "von",
    *(f"{side}lich von" for side in ("nörd", "süd", "öst", "west", "nordöst", "nordwest", "südöst", "südwest")),
    *(f"{side}lich" for side in ("nörd", "süd", "öst", "west", "nordöst", "nordwest", "südöst", "südwest")),
)

# A weekday with a part of the day or a case ending written onto it ("Donnerstagabend", "Freitagnacht"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = ("abend", "morgen", "nacht", "nachmittag", "vormittag", "mittag", "früh")

# Everyone aboard dead, told as no survivors: "ein Flugzeug mit 62 Menschen an Bord ... keine Überlebenden" (62).
NO_SURVIVOR_PHRASES = ("keine überlebenden", "niemand überlebte", "keiner überlebte", "ohne überlebende")
# Words that make a no-survivor phrase near them in its sentence an expectation or a fear, no one told dead yet
NO_SURVIVOR_HEDGES = (
    "erwartet", "befürchtet", "rechnet", "rechnen", "gerechnet", "zu befürchten", "zu erwarten",
)  # fmt: skip
ABOARD_PHRASES = ("an bord",)
# 'Last' beside a weekday ('am vergangenen Montag'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("vergangenen", "vergangener", "letzten", "letzter")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = (
    "in einer mitteilung", "in einer erklärung", "auf twitter", "bei einer pressekonferenz",
    "auf einer pressekonferenz", "in sozialen medien", "im kurznachrichtendienst", "gegenüber",
    "der nachrichtenagentur", "der deutschen presse-agentur",
)  # fmt: skip
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("dr.", "prof.", "st.")
# Verbs by which a source puts the toll at a figure ("eleva a 23 la cifra"): its verbs of saying (world_attribution)
REPORTING_VERBS = (
    "korrigierte die zahl der toten", "korrigierte die zahl der opfer", "korrigierte die zahl der verletzten",
    "korrigierten die zahl der toten", "korrigierten die zahl der opfer", "korrigierten die zahl der verletzten",
    "korrigiert die zahl der toten", "korrigiert die zahl der opfer", "korrigiert die zahl der verletzten",
    "bezifferte die zahl der toten", "bezifferte die zahl der opfer", "bezifferte die zahl der verletzten",
    "bezifferten die zahl der toten", "bezifferten die zahl der opfer", "bezifferten die zahl der verletzten",
    "beziffert die zahl der toten", "beziffert die zahl der opfer", "beziffert die zahl der verletzten",
    "erhöhte die zahl der toten", "erhöhte die zahl der opfer", "erhöhte die zahl der verletzten",
    "erhöhten die zahl der toten", "erhöhten die zahl der opfer", "erhöhten die zahl der verletzten",
    "erhöht die zahl der toten", "erhöht die zahl der opfer", "erhöht die zahl der verletzten",
)  # fmt: skip
# "magnitud 6": a word right before a number that makes it no count of people
NOT_COUNTS_BEFORE = ("gleis", "bahnsteig", "magnitude", "stärke")

# Days counted after the incident at a sentence's head: its weekday is then what followed (world_dates)
# months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): the
# date is that event's, not the incident's (world_dates)
SPAN_AFTER = ("monate nach", "monaten nach", "jahre nach", "jahr nach", "jahren nach")
DAYS_AFTER = {
    "einen Tag nach": 1, "zwei Tage nach": 2, "drei Tage nach": 3, "eine Woche nach": 7, "zwei Wochen nach": 14,
}  # fmt: skip
# Characters from a number to a trigger after it: the participle ends the clause ("Rund 20 Menschen wurden bei
# dem Zusammenstoß zweier Busse verletzt")
AFTER_WINDOW = 96
# A count of victims, the dead and the hurt alike when its parts say so ("23 victimes, dont huit morts" and 15 hurt)
VICTIM_NOUNS = ("opfer",)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "vor # Tagen", "vor # Wochen", "vor # Monaten", "vor einer Woche", "vor einem Monat", "# Tage zuvor",
    "# Wochen zuvor", "# Monate zuvor", "eine Woche zuvor", "einen Monat zuvor", "# Tage vorher", "eine Woche vorher",
    "letzte Woche", "vergangene Woche", "in der vergangenen Woche", "in der letzten Woche", "letzten Monat",
    "im vergangenen Monat", "im letzten Monat", "am Vortag", "tags zuvor", "am Tag zuvor",
)  # fmt: skip
# the news's incident told as coming a span of time after another:
# "Der Brand ereignete sich vier Tage nach der Explosion";
# the verbs of happening, and the spans with 'after'; the figures after them in the sentence are the earlier
# event's when the text tells its own
COMES_AFTER = ("ereignete sich", "ereignet sich", "geschah", "geschieht", "kommt", "kam", "folgt", "folgte")
TIME_AFTER = ("tag nach", "tage nach", "woche nach", "wochen nach", "monat nach", "monate nach")

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('wegen versuchten Mordes an zwei Menschen', 'versucht, zwei Menschen zu töten')
ATTEMPTED = (
    "versuchten", "versuchtem", "versucht", "versuchte", "drohte", "drohten",
)  # fmt: skip
THING_VERBS = (  # a verb right after a thing's noun: its own clause ("und ein Haus wurde zerstört")
    "wurde", "wurden", "ist", "sind", "war", "waren", "stürzte", "stürzten", "brannte", "brannten", "brach",
    "brachen", "explodierte", "geriet", "gerieten",
)  # fmt: skip
# A charge names its victims after it ("acusado de matar a seis"): a count before it is the accused
CHARGE_WORDS = ("mordes an",)
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("insgesamt",)
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("landsleute", "bundesbürger", "deutsche staatsbürger", "deutsche touristen", "deutschen touristen",
    "deutsche urlauber", "deutschen urlauber", "österreicher", "schweizer bürger")
# A sentence dated to an earlier year that tells that event's toll as recalled (multilingual._a_follow_ups_own_toll):
# the passive's participle of a perfect told of it ("1998 waren 101 Menschen getötet und 105 verletzt worden")
RECALL_VERBS = ("worden", "waren")  # "... waren 57 Menschen ums Leben gekommen": a past perfect with 'sein'
# A singular verb counts one, never a number after it ("murió ... perseguido por dos vecinos": world_binding)
SINGULAR_VERB_AGREES = True

# Date words: a headline counting years since an event (`core.extract.look_back`); {n} in figures or a word
YEARS_ON = ("{n} jahre nach", "{n} jahr nach", "vor {n} jahren", "vor {n} jahr", "{n} jahrestag",
            "{n} jahre danach")  # fmt: skip
YEAR_COUNTS = {
    "ein": 1, "einem": 1, "ersten": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "zehnten": 10, "fünfzehn": 15, "zwanzig": 20, "zwanzigsten": 20,
    "fünfundzwanzig": 25, "dreißig": 30,
}
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Milhares de pessoas acompanharam o velório dos mortos"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("der", "für die", "um die", "an die")
# "eine dritte Schülerin ist gestorben": an ordinal with a singular death is the toll so far (world_triggers)
ORDINALS = {
    f"{stem}{ending}": value
    for stem, value in (("zweite", 2), ("dritte", 3), ("vierte", 4), ("fünfte", 5), ("sechste", 6), ("siebte", 7),
                        ("siebente", 7), ("achte", 8), ("neunte", 9), ("zehnte", 10))
    for ending in ("", "r", "s", "n")
}  # fmt: skip
# after an ordinal, words that make it no person: "zum dritten Mal", "am dritten Tag", "im dritten Stock"
ORDINAL_NOT_PERSON = ("mal", "tag", "woche", "monat", "jahr", "stock", "teil", "stelle", "platz", "runde", "welle",
                      "etage", "liga")  # fmt: skip
# A word for 'on' right before a day and month in figures ('am 12.07.', 'am 12.7.'): a date, day first, in the
# publication's year (core.extract.world_dates)
SHORT_DATE_BEFORE = ("am", "vom", "seit dem")
# A day of mourning told right after a weekday or a date ('den Sonntag zum Trauertag erklärt'; core.extract.world_dates)
MOURNING_WORDS = ("trauer", "staatstrauer", "landestrauer", "nationaltrauer")
# a court step a follow-up's headline tells (its lead then tells the case's toll as plain news)
COURT_WORDS = (
    "verurteilt", "verurteilung", "urteil", "freigesprochen", "freispruch", "prozess", "prozessauftakt",
    "berufungsprozess", "revision", "angeklagt", "anklage", "haftstrafe", "gefängnisstrafe", "landgericht",
    "schuldig gesprochen", "schuldspruch",
)  # fmt: skip
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("niemand", "keiner", "keine", "kein", "keinen")

# Named times (`core.events.named_times`): words right before (after) a month named without a year ("last March",
# "in March") that name the latest such month before the report's publication; words before a named time that make
# it another event's ("the worst since March 2019")
PAST_MONTH_BEFORE = ("im", "letzten", "vergangenen")
PAST_MONTH_AFTER = ()
NAMED_TIME_SINCE = ("seit",)
# An ordinal is written with a full stop ("im 3. Stock", "am 2. Tag"): it ends no sentence before a lowercase word or
# after a word that takes an ordinal (a noun after it is capitalised), and is no count (core.extract.world_sentences,
# world_roles)
ORDINAL_DOT = True
ORDINAL_DOT_BEFORE = (
    "im", "am", "zum", "zur", "beim", "vom", "ins", "ans", "der", "die", "das", "den", "dem", "des", "dieser",
    "diesem", "dieses", "jeder", "jedem", "seinem", "seiner", "ihrem", "ihrer", "einem", "einer",
)  # fmt: skip
