"""Dutch lexicon (shared shape, see `es.py` for the names): data only; text2num reads the number words."""

from __future__ import annotations

LANGUAGE = "nl"
MATCH = "word"
TEXT2NUM = True
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"duizend": 1000, "miljoen": 1_000_000}
NUMBER_WORDS = (
    "een één eén twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien twintig dertig "
    "veertig vijftig zestig zeventig tachtig negentig honderd duizend"
)
# written as one word, a unit before the tens with 'en' ('drieëntwintig' = 23, 'tweehonderd' = 200)
COMPOUND_NUMBERS = True
NUMBER_JOINERS = ("en", "ën")
TEXT2NUM_SPELLINGS = {"één": "een", "eén": "een"}  # "één dode": the stressed 'one', never the article
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "eiste het leven van", "eisten het leven van", "kostte het leven aan", "kostte het leven van",
        "doden",
        "dode",
        "omgekomen",
        "gedood",
        "doodde",  # the active verb before its count: "de aanvallers doodden 130 mensen"
        "doodden",
        "overleden",
        "om het leven",
        "dodental",
        "dodelijke slachtoffers",
        "slachtoffers",
        "stierven",
        "stierf",
        "omkwamen",  # the past of 'omkomen' after its count: "de brand, waarbij 57 mensen omkwamen"
        "omkwam",
        "kwamen om",
        "kwam om",
        "het leven gekost",  # "de aardbeving heeft twaalf mensen het leven gekost"
        "het leven kostte",
        "mensen het leven",  # "het noodweer kostte drie mensen het leven"
        "personen het leven",
        # shot / stabbed dead, drowned, 'found death' ("vier mensen vonden de dood"), 'lost their lives'
        "doodgeschoten", "doodgestoken", "verdronken", "verdronk", "vonden de dood", "vond de dood",
        "verloren het leven", "verloor het leven", "het leven verloren",
    ),
    "wounded": (
        "gewonden", "gewond*", "raakten gewond", "zwaargewond*", "lichtgewond*", "zwaar gewond", "licht gewond",
        "verwondde", "verwondden",  # the active verb before its count: "de aanvallers verwondden 20 mensen"
        # those treated at or taken to hospital, given as the injured ("30 mensen werden in het ziekenhuis behandeld")
        "in het ziekenhuis behandeld", "naar het ziekenhuis gebracht", "in het ziekenhuis opgenomen",
    ),
    "missing": ("vermist*",),
    "displaced": ("geëvacueerd", "dakloos", "daklozen", "ontheemd*"),
    "arrested": ("gearresteerd", "aangehouden", "opgepakt"),
}
# A separable verb around its count, the particle at the clause's end ("Bij het ongeluk kwamen drie mensen om")
# 'eiste 18 levens' (took 18 lives): the lives are the trigger after the count
SEPARABLE_TRIGGERS = {
    "killed": ("kwamen ... om", "kwam ... om", "komen ... om", "eiste ... levens", "eisten ... levens"),
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "tientallen": (12, 12, 99),
    "honderden": (100, 100, 999),
    "duizenden": (1000, 1000, 9999),
    "tienduizenden": (10_000, 10_000, 99_999),
    "honderdduizenden": (100_000, 100_000, 999_999),
}
# The dead and the wounded (or missing) counted together: neither metric counts it
DEAD_AND_WOUNDED = ("doden en gewonden", "doden of gewonden", "doden en vermisten", "doden of vermisten")
# The injured by severity ("drie zwaargewonden en twaalf lichtgewonden" = 15, core.extract.world_grades)
INJURY_GRADES = {
    "critical": ("kritiek", "levensgevaarlijk"),
    "severe": ("zwaargewond", "zwaargewonden", "zwaar gewond", "ernstig gewond", "ernstig"),
    "light": ("lichtgewond", "lichtgewonden", "licht gewond", "lichte verwondingen"),
}
COORDINATORS = ("en", "terwijl")
# Ranges: "tussen de 20 en 30" (between 20 and 30)
RANGES = (("tussen de", "en", ""), ("tussen", "en", ""))
QUALIFIERS_BEFORE = {
    "minstens": "at_least",
    "ten minste": "at_least",
    "minimaal": "at_least",
    "meer dan": "more_than",
    "ruim": "more_than",
    "tot": "up_to",
    "bijna": "nearly",
    "ongeveer": "about",
    "zo'n": "about",
    "circa": "about",
    "rond de": "about",
    "zeker": "at_least",
    "op zijn minst": "at_least",
    "tenminste": "at_least",
}
SUBSET_BEFORE = (
    "onder wie", "onder hen", "waaronder", "van wie", "onder de slachtoffers", "onder de doden", "onder de gewonden",
)  # fmt: skip
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("nog", "nog steeds", "nog altijd")
CARE_WORDS = ("ziekenhuis*", "opgenomen", "intensive care")
# the hospitals the hurt were taken to ("naar een ziekenhuis"): the article, no count of people
ONE_PERSON_NOUNS = (  # after the word for one: a person ('een agent', 'een vrouw'); no thing's article
    "mens", "persoon", "man", "vrouw", "kind", "meisje", "jongen", "jongere", "minderjarige", "baby", "tiener",
    "bejaarde", "oudere", "buurman", "buurvrouw", "bewoner", "inwoner", "burger", "agent*", "politieagent*",
    "politieman", "militair", "soldaat", "officier", "brandweerman", "brandweervrouw", "hulpverlener", "arts",
    "verpleegkundige", "ambulancemedewerker", "bestuurder", "chauffeur", "automobilist", "passagier",
    "inzittende", "voetganger", "voorbijganger", "motorrijder", "fietser", "toerist", "arbeider", "werknemer",
    "medewerker", "leerling", "student*", "leraar", "docent", "journalist", "fotograaf", "demonstrant", "strijder",
    "verdachte", "aanvaller", "dader", "schutter", "zoon", "dochter", "vader", "moeder", "broer", "zus",
    "echtgeno*", "familielid", "vriend*", "bewaker", "gevangene", "gedetineerde", "migrant", "vluchteling",
    "visser", "mijnwerker", "boer", "klant", "slachtoffer", "gewonde", "dode", "bemanningslid", "piloot",
    "speler", "supporter", "burgemeester", "wandelaar", "dakloze", "nederlander", "belg", "lid",
)  # fmt: skip
NOT_COUNTS_AFTER = (
    # "in 2 ploegen", "op de 3e verdieping": a shift, a floor, no count of people
    "ploegen", "verdieping", "e verdieping",
    "ziekenhuis", "ziekenhuizen",
    "jaar", "km", "kilometer", "meter", "%", "procent", "uur", "dagen", "minuten", "euro", "dollar",
)  # fmt: skip
COUNT_NOUNS = ("aantal", "dodental")
# a toll still expected ("de minister verwacht dat het aantal doden boven de 500 uitkomt", "men vreest dat het
# dodental nog stijgt tot 600"): no figure yet
PROJECTION_BEFORE = (
    "zou kunnen", "kan oplopen", "verwacht dat", "verwachten dat", "vreest dat", "vrezen dat", "zal oplopen",
    "zal stijgen", "zou oplopen", "zou stijgen",
)  # fmt: skip
FROM_TO = (("van", "naar"),)  # "from N to M": N is superseded
UPDATE_BEFORE = (
    "gestegen tot",
    "gestegen naar",
    "steeg tot",
    "steeg naar",
    "opgelopen tot",
    "loopt op tot",
    # a toll revised (down too): its "tot" is the verb's "to", no "up to" of the figure
    "bijgesteld tot",
    "bijgesteld naar",
    "herzien tot",
    "herzien naar",
    "verlaagd tot",
    "verlaagd naar",
)  # toll verbs: the number after them is the toll's latest update
# The toll revised down: the number is the latest update, though smaller ("het dodental naar beneden bijgesteld tot
# 58", "verlaagd tot 58")
REVISED_DOWN = ("naar beneden bijgesteld", "neerwaarts bijgesteld", "verlaagd", "bijgesteld", "herzien")
# Markers of an earlier figure shortly before the number ("Eerder werd gesproken over 71 doden", "aanvankelijk"):
# the headline takes a later one
EARLIER_BEFORE = ("eerder", "aanvankelijk", "eerst", "in eerste instantie", "een eerdere balans")
TOLL_NOUNS = ("dodental",)  # a toll noun alone counts the dead ("con un saldo de 96")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("volgens", "aldus")
VERB_SECOND = True  # the finite verb comes second: "Volgens de burgemeester | kwamen 23 mensen om"
SPEECH_VERBS = ("zei", "zegt", "meldde", "meldt", "liet weten", "maakte bekend", "bevestigde", "verklaarde")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministerie": "ministry",
    "minister": "minister",
    "regering": "government",
    "autoriteiten": "authorities",
    "politie": "police",
    "brandweer": "fire service",
    "burgemeester": "mayor",
    "parket": "prosecutor",
    "woordvoerder": "spokesperson",
    "woordvoerster": "spokesperson",
    "president": "president",
    "staatsmedia": "state media",
    "persbureau": "news agency",
    "hulpdiensten": "emergency services",
    "ziekenhuis": "hospital",
}
SOURCE_LEADING = ("de", "het", "een")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("in", "bij", "gemeente", "stad", "dorp", "luchthaven")  # "de gemeente Tilburg"
# A capitalised word right after a definite article is a noun ('la Santé', 'der Polizei'), not a town.
ARTICLES = ("de", "het")
# "de provincie Limburg", "het eiland Sulawesi": division words before a name make it the division of that name, not
# a town (an island the index holds as its province)
PROVINCE_WORDS_BEFORE = ("provincie", "eiland")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("NL", "BE")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "sinds het begin van de oorlog",
    "sinds het begin van het conflict",
    "sinds het begin van het jaar",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "dodelijkste",
    "bloedigste",
    "zwaarste",
    "ergste",
)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("aardbeving*", "tsunami"),
    "water": (
        "overstroming*", "noodweer", "orkaan*", "tyfoon*", "aardverschuiving*", "modderstroom*", "wateroverlast",
        "cycloon", "cyclonen", "storm", "stormen", "dijkdoorbraak*", "dambreuk*", "regenval", "wolkbreuk*",
        "hoogwater", "moesson*", "modderstromen", "lawine*", "stortregen*",
    ),
    "fire": (
        "branden", "*brand", "explosie*", "ontploffing*", "*branden", "vuurzee", "natuurbrand*", "bij brand",
        "bij een brand", "een brand", "grote brand", "zware brand", "door brand",
    ),  # not "brand" alone: an English word and name
    "air": ("vliegtuig*", "helikopter*", "vliegramp*", "vliegtuigcrash*", "neergestort*", "helikoptercrash*"),
    "rail": (
        "trein", "treinen", "treinramp*", "treinongeluk*", "ontsporing*", "ontspoor*", "tram", "treinongeval*",
        "treinbotsing*",
    ),
    "road": (
        "bus", "bussen", "busongeluk*", "vrachtwagen*", "verkeersongeluk*", "auto-ongeluk*", "kettingbotsing*",
        "=frontale botsing", "snelweg*", "busongeval*", "verkeersongeval*", "auto-ongeval*",
    ),
    "ship": (
        "schip", "schepen", "veerboot*", "boten", "*boot", "gekapseisd", "scheepsramp*", "gezonken", "zinkt",
        "kapseis*", "veerpont*", "*schip", "bootongeluk*", "migrantenboot*",
    ),
    "attack": (
        "aanslag*", "aanval*", "bom", "bommen", "bomaanslag*", "schietpartij*", "bloedbad*", "terreur*", "raket*",
        "explosie*", "ontploffing*", "hinderlaag*", "schoten", "beschoten", "doodgeschoten", "schutter*",
        "steekpartij*", "bombardement*", "*aanval", "*aanvallen", "*aanslag", "*aanslagen", "gijzeling*",
        "luchtaanval*", "schietincident*",
    ),
    "crowd": ("gedrang*", "stormloop*", "rellen", "muiterij*"),
    "collapse": ("instorting*", "ingestort*", "instort*", "ingestorte", "stort in", "=storten in"),
    "mine": ("*mijn", "mijnramp*", "mijnwerker*", "mijnongeluk*", "goudmijn*", "kolenmijn*"),
    "weather": (
        "bliksem*", "blikseminslag*", "hittegolf*", "koudegolf*", "onweer*", "noodweer", "hitte", "extreme hitte",
        "kou", "vrieskou", "onderkoeling",
    ),
    "volcano": ("vulkaan*", "*vulkaan", "vulkanen", "vulkanisch*", "uitbarsting*", "lava"),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("donderdagavond", "vrijdagnacht"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = ("avond", "ochtend", "nacht", "middag", "morgen")
# 'Last' beside a weekday ('afgelopen maandag'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("afgelopen", "vorige")
# "78 lichamen": the bodies recovered, the dead (only the number right before counts)
BODY_NOUNS = ("lichamen", "stoffelijke overschotten")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = ("in een verklaring", "op twitter", "tijdens een persconferentie", "tegenover")
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("dr.", "mr.", "prof.", "drs.", "ir.")
# a word between a trigger and its number right after it: "de lichamen van 20 mensen"
LABEL_LINKS = ("van",)
# "zijn vrouw raakte zwaargewond": the auxiliary's singular form (not "raakten", "werden") before the wounded word
# tells one person hurt; a negation before it or between tells none ("er raakte niemand gewond")
SINGULAR_HURT = ("raakte", "werd")
NEGATIONS = ("niemand", "geen", "niet", "nooit")

# 'this number', 'the figure' told on in a later sentence, a kind named before: that kind's updated count
# ("Maandag waren er negen doden. Dinsdag steeg het aantal naar 25")
COUNT_ANAPHORS = ("het aantal naar", "het aantal tot", "het aantal op", "dat aantal", "dit aantal")
# A count of victims, the dead and the hurt alike when its parts say so ("23 victimes, dont huit morts" and 15 hurt)
VICTIM_NOUNS = ("slachtoffers",)
# months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): the
# date is that event's, not the incident's (world_dates)
SPAN_AFTER = ("maanden na", "jaar na")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# dagen eerder", "# weken eerder", "# dagen geleden", "# weken geleden", "een week eerder", "een maand eerder",
    "een week geleden", "een maand geleden", "vorige week", "vorige maand", "de dag ervoor", "daags ervoor",
    "een dag eerder",
)  # fmt: skip
THING_VERBS = (  # a verb right after a thing's noun: its own clause ("en een huis werd verwoest")
    "werd", "werden", "is", "zijn", "was", "waren", "stortte", "stortten", "brandde", "brandden", "raakte",
    "raakten", "liep", "liepen", "ontplofte",
)  # fmt: skip
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("in totaal", "in totaal,")
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("landgenoten", "nederlanders", "nederlandse", "belgen", "belgische")
# The relative words that open the clause of an event's toll after its noun
# (multilingual._a_follow_ups_own_toll): "de brand van juni 2004, waarbij 57 mensen omkwamen"
EVENT_RELATIVES = ("waarbij", "waarin", "waardoor")
# A sentence dated to an earlier year that tells that event's toll as recalled: the past perfect's auxiliary
# ("Op 12 juni 2004 waren bij de brand 57 mensen omgekomen")
RECALL_VERBS = ("waren", "hadden")
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Duizenden mensen woonden de begrafenis van de doden bij"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("van de", "van het", "aan de")
# a court step a follow-up's headline tells (its lead then tells the case's toll as plain news)
COURT_WORDS = (
    "veroordeeld", "veroordeling", "vrijgesproken", "vrijspraak", "hoger beroep", "rechtbank", "gerechtshof",
    "vonnis", "celstraf", "gevangenisstraf", "strafzaak", "rechtszaak", "aangeklaagd", "cassatie", "strafeis",
)  # fmt: skip
# Look-backs: phrases counting the years since an event ('Tien jaar na de ramp'), the count in figures or a word
# (`core.extract.look_back`)
YEARS_ON = ("{n} jaar na", "{n} jaar geleden", "{n} jaar sinds", "{n} jaar later", "{n} jaar nadat")
YEAR_COUNTS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "vijftien": 15, "twintig": 20, "vijfentwintig": 25, "dertig": 30, "veertig": 40, "vijftig": 50,
}  # fmt: skip
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("niemand", "geen")

# Named times (`core.events.named_times`): words right before (after) a month named without a year ("last March",
# "in March") that name the latest such month before the report's publication; words before a named time that make
# it another event's ("the worst since March 2019")
PAST_MONTH_BEFORE = ("in", "afgelopen", "vorige")
PAST_MONTH_AFTER = ()
NAMED_TIME_SINCE = ("sinds",)
# A relative pronoun after a comma goes on with the counted people (core.extract.world_binding):
# "16 mensen, die omkwamen"
RELATIVES = ("die",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("vooral", "voornamelijk", "merendeels", "grotendeels", "de meesten")
