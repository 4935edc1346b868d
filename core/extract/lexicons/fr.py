"""French lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "fr"
MATCH = "word"
TEXT2NUM = True
DIGIT_GROUPS = " .'’"
DECIMAL = ","
SCALES = {"mille": 1000, "million": 1_000_000, "millions": 1_000_000, "milliers": 0}
NUMBER_WORDS = (  # spans only: text2num gives the values
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt vingts trente quarante cinquante soixante soixante-dix quatre-vingt "
    "quatre-vingts quatre-vingt-dix cent cents"
)
NUMBER_JOINERS = ("et",)
MULTIPLIERS: tuple[str, ...] = ()
APPROXIMATE = {
    "une dizaine": 10,
    "une douzaine": 12,  # "Une douzaine de personnes ont été tuées": no "une" (1) before an unread noun
    "une demi-douzaine": 6,
    "deux douzaines": 24,  # "plus de deux douzaines de blessés", not "deux" (2)
    "trois douzaines": 36,
    "une quinzaine": 15,
    "une vingtaine": 20,
    "une trentaine": 30,
    "une quarantaine": 40,
    "une cinquantaine": 50,
    "une soixantaine": 60,
    "une centaine": 100,
    "un millier": 1000,
    "un demi-millier": 500,  # half a thousand
    "une demi-centaine": 50,  # half a hundred
    "deux centaines": 200,
    "trois centaines": 300,
    "quatre centaines": 400,
    "deux milliers": 2000,
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "dizaines": (12, 12, 99),
    "centaines": (100, 100, 999),
    "milliers": (1000, 1000, 9999),
    "dizaines de milliers": (10_000, 10_000, 99_999),
    "centaines de milliers": (100_000, 100_000, 999_999),
    "plusieurs centaines": (100, 100, 999),
    "plusieurs milliers": (1000, 1000, 9999),
    "quelques centaines": (100, 100, 999),
}
TRIGGERS = {
    "killed": (
        # the singular's verb with its auxiliary, one dead (SINGULAR_DEATHS): "le conducteur est mort sur le coup"
        "est mort", "est morte", "a été tué", "a été tuée", "est décédé", "est décédée", "a perdu la vie",
        # one found or brought up dead: "le plongeur a été remonté sans vie", "retrouvée morte"
        "a été retrouvé mort", "a été retrouvée morte", "a été retrouvé sans vie", "a été retrouvée sans vie",
        "a été remonté sans vie", "a été remontée sans vie", "a été repêché sans vie", "a été repêchée sans vie",
        "a été découvert sans vie", "a été découverte sans vie", "a été remonté mort", "a été remontée morte",
        "a été repêché mort", "a été repêchée morte",
        "mort",
        "morts",
        "morte",
        "mortes",
        "tué*",
        "tuée*",
        "décès",
        "décédé*",
        "décédée*",
        "péri",
        "ont péri",
        # the literary tenses of a look-back or a headline: "onze mineurs périrent", "douze passagers périssaient",
        # "12 migrants périssent en mer"
        "périrent", "périt", "périssaient", "périssait", "périssent",
        "moururent", "mourut", "mouraient", "perdirent la vie", "perdit la vie",
        "victimes",
        "perdu la vie",
        "trouvé la mort",
        "tuant",
        "tue",  # a headline's present: "Un accident tue 3 personnes"
        "tuent",
        "a tué",
        "ont tué",
        "cadavres",
        "corps sans vie",
        "personnes sont mortes",
        "morts",
        "décédées",
        "décédés",
        "trépassés",
        "vies",
        "coûté la vie à",
        "coûte la vie à",
        "coûta la vie à",  # the passé simple of a look-back: "l'incendie qui coûta la vie à 14 personnes"
        "coûtèrent la vie à",
        "coûté la vie",
        "noyé*",
        "meurent",  # a headline's present: "Trois personnes meurent dans l'incendie"
        "meurt",
        "périssent",
        "noyée*",
    ),
    "wounded": (
        "blessé*", "blessée*", "blessant", "hospitalisé*",
        # those the emergency services took care of or took to hospital, given as the injured ("Vingt-trois
        # personnes ont été prises en charge par les secours")
        "pris en charge", "prises en charge", "transportés à l'hôpital", "transportées à l'hôpital",
        "transporté à l'hôpital", "transportée à l'hôpital", "soigné*", "soignée*",
        # hit by stray bullets: bystanders, the hurt ("deux passants ont été touchés par des balles perdues")
        "touchés par des balles perdues", "touchées par des balles perdues", "touché par une balle perdue",
        "touchée par une balle perdue", "atteints par des balles perdues", "atteintes par des balles perdues",
        "atteint par une balle perdue", "atteinte par une balle perdue",
    ),
    "missing": ("disparu*", "disparue*", "portés disparus", "portées disparues"),
    "displaced": ("déplacé*", "déplacée*", "évacué*", "évacuée*", "sans-abri", "sinistrés", "réfugiés",
        # "Quelque 5 000 personnes ont dû quitter leur domicile": those who had to leave their homes
        "quitter leur domicile", "quitter leurs domiciles", "quitter leurs maisons", "quitter leur maison",
    ),
    "arrested": (
        "arrêté*",
        "arrêtée*",
        "interpellé*",
        "interpellée*",
        "interpellations",
        "arrestations",
        # a stem's '*' ends an entry only: each form of a phrase is written out
        "placé en garde à vue", "placés en garde à vue", "placée en garde à vue", "placées en garde à vue",
        "gardes à vue",
    ),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "morts et blessés",
    "morts et de blessés",
    "morts ou blessés",
    "tués ou blessés",
    "tuées ou blessées",
    "tués et blessés",
    "morts ou disparus",
    "morts et disparus",
    "morts ou portés disparus",
    "mortes ou disparues",
    "mortes et blessées",
    "tuées et blessées",
    "mortes ou blessées",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("état critique", "pronostic vital engagé", "entre la vie et la mort"),
    "severe": ("grave", "graves", "grièvement", "gravement", "sérieusement", "urgence absolue", "urgences absolues"),
    "light": ("léger", "légers", "légère", "légères", "légèrement", "urgence relative", "urgences relatives"),
}
COORDINATORS = ("et", "ainsi que", "tandis que", "alors que")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (("entre", "et", ""),)
QUALIFIERS_BEFORE = {
    "au moins": "at_least",
    "pas moins de": "at_least",
    "au minimum": "at_least",
    "plus de": "more_than",
    "plus d'": "more_than",
    "au-delà de": "more_than",
    "jusqu'à": "up_to",
    "près de": "nearly",
    "presque": "nearly",
    "quelque": "about",
    "quelques": "about",
    "environ": "about",
    "autour de": "about",
    "une trentaine de": "about",
    "dépasse les": "more_than",
    "dépassé les": "more_than",
    "dépassent les": "more_than",
    "dépasse": "more_than",
    "dépassé": "more_than",
    "franchi la barre des": "more_than",
    "franchi le cap des": "more_than",
    "passé la barre des": "more_than",
}
QUALIFIERS_AFTER = {"environ": "about"}
QUALIFIERS_AFTER_NOUN = {"au moins": "at_least", "au minimum": "at_least"}  # "86 morts au moins"
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    # the figure set right after an earlier one of the same text ("le bon chiffre est de 41"): the count, revised down
    "le bon chiffre", "le chiffre exact", "le chiffre correct", "le vrai chiffre", "le bon bilan", "le bilan exact",
    "revu à la baisse",
    "revue à la baisse",
    "révisé à la baisse",
    "révisée à la baisse",
    "à la baisse",
    "revu en baisse",
    "abaissé",
    "ramené à",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "initialement",
    "dans un premier temps",
    "un premier bilan",
    "le précédent bilan",
    "précédent bilan",
    "au départ",
    "auparavant",
    "d'abord",  # "les autorités, qui avaient d'abord évoqué 24 victimes" (the corrected figure is told beside it)
    "d’abord",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "terroristes",
    "assaillants",
    "kamikazes",
    "djihadistes",
    "jihadistes",
    "agresseurs",
    "tireurs",
    # armed, hired or masked men and hostage-takers: attackers too, the subject of the harm they did
    "hommes armés", "individus armés", "hommes cagoulés", "kidnappeurs", "preneurs d'otages",
)
AGENT_NOUNS = (  # "deux hommes ont tué quatre personnes": the doers when the verb's own count follows it
    "hommes", "femmes", "individus", "jeunes", "adolescents", "mineurs", "inconnus", "malfaiteurs", "criminels",
    "policiers", "gendarmes", "agents", "soldats", "militaires", "frères", "étudiants", "élèves",
)
SUBSET_BEFORE = (
    "dont",
    "parmi eux",
    "parmi lesquels",
    "parmi lesquelles",
    "y compris",
    "notamment",
    "parmi les blessés",
    "parmi les morts",
    "parmi les tués",
)
SUBSET_AFTER = ("d'entre eux", "d'entre elles", "parmi eux")
# a relative of place: the count before it is of the places ('tres bares en los que murieron ocho')
PLACE_RELATIVES = (
    "où", "dans lequel", "dans laquelle", "dans lesquels", "dans lesquelles", "lors duquel", "lors de laquelle",
)  # fmt: skip
# prepositions: the word for one after them is an article ('an einer Schule', 'dans une école'), no count
# 'with': its object may be the people counted ("con un policía y dos civiles heridos"), not a thing
WITH_WORDS = ("avec",)
ARTICLE_AFTER = (
    "dans", "sur", "contre", "devant", "derrière", "près d'", "chez", "vers", "avec", "pour", "par", "lors d'",
    "après", "pendant", "sous",
)  # fmt: skip
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("parmi les",)
ONE_PERSON_NOUNS = (  # after the word for one: a person ('un policier', 'une fillette'); no thing's article
    "personne", "homme", "femme", "enfant", "fille*", "garçon", "jeune", "mineur*", "bébé", "adolescent*",
    "nourrisson", "retraité*", "octogénaire", "septuagénaire", "sexagénaire", "quinquagénaire", "quadragénaire",
    "trentenaire", "vieil*", "vieille", "voisin*", "riverain*", "résident*", "habitant*", "civil*", "polic*",
    "agent*", "gendarme", "militaire", "soldat", "officier", "sergent", "capitaine", "lieutenant", "pompier",
    "sapeur*", "médecin", "infirmi*", "secouriste", "conducteur*", "conductrice", "chauffeur*", "automobiliste",
    "passag*", "piéton*", "passant*", "motard", "motocycliste", "cycliste", "touriste", "ouvri*", "employé*",
    "salarié*", "travailleu*", "étudiant*", "élève", "lycéen*", "collégien*", "professeu*", "enseignant*",
    "journaliste", "reporter", "photographe", "manifestant*", "milicien*", "combattant*", "rebelle", "suspect*",
    "agresseu*", "assaillant*", "tireu*", "fils", "père", "mère", "frère", "sœur", "soeur", "épou*", "mari",
    "proche", "ami*", "vigile", "détenu*", "prisonni*", "migrant*", "réfugié*", "pêcheu*", "mineu*", "agricult*",
    "commerçant*", "client*", "victime", "blessé*", "mort*", "occupant*", "membre", "pilote", "joueu*",
    "supporte*", "maire", "fonctionnaire", "individu", "quidam", "sans-abri", "randonneu*", "alpiniste",
)  # fmt: skip
# Survivors and the rescued right after a number: counted, never as the hurt (world_roles._survivors_counted)
SURVIVOR_NOUNS = (
    "survivant", "survivants", "survivante", "survivantes", "rescapé", "rescapés", "rescapée", "rescapées",
)  # fmt: skip
# A singular death verb's subject that is a herd or the rest of a group, no one person dead ("part of the livestock
# perished", "the rest of the occupants died": world_triggers._not_one_subject)
NOT_ONE_SUBJECTS = (
    "bétail", "cheptel", "troupeau", "animaux", "bêtes", "vaches", "moutons", "chevaux", "volailles", "reste",
)  # fmt: skip
# Animals right after a number (through ANIMAL_LINKS: a measure, "of"): a herd's count, no victims
ANIMAL_NOUNS = (
    "vache*", "bovin*", "veau*", "mouton*", "brebis", "agneau*", "chèvre*", "cochon*", "porc*", "cheval", "chevaux",
    "animaux", "bêtes", "bétail", "volaille*", "poulet*", "chameau*", "dromadaire*",
)  # fmt: skip
ANIMAL_LINKS = ("de", "d'", "têtes de", "têtes d'")
# Stems of harm in the survivors' own clause, which make them the hurt ("les 29 survivants ont été blessés")
SURVIVORS_HURT_STEMS = ("bless",)
# A verb of surviving between a count and its word of harm: survivors, never the hurt (world_roles._survived_hurt)
SURVIVED_VERBS = ("a survécu", "ont survécu", "survécut", "survécurent")
NOT_COUNTS_AFTER = (
    "e", "ème", "eme", "er", "ère", "ᵉ",  # "au 3e étage", "la 2ème manche": an ordinal, no count
    # "au 3e étage", "en 2 rotations": a floor, a shift, no count of people
    "étage", "étages", "rotations", "manches", "du matin", "du soir", "de l'après-midi",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    # and the one hospital ("évacués vers un hôpital": the article, no one hurt)
    "hôpital", "centre hospitalier", "établissement hospitalier", "clinique",
    "hôpitaux", "centres hospitaliers", "établissements hospitaliers", "cliniques", "différents hôpitaux",
    "fois",  # "counted twice", "dos veces": how often, not how many
    "ans",
    "an",
    "mois", "semaines", "semaine",  # "une fillette de 18 mois est morte": an age, no count
    "cas",  # "1 200 cas et 45 décès": the sick, never summed with the dead
    "années", "d'années", "d’années",  # "une cinquantaine d'années": an age
    "%",
    "pour cent",
    "kilomètres",
    "km",
    "mètres",
    "degrés",
    "heures",
    "h",
    "minutes",
    "jours",
    "secondes",
    "euros",
    "dollars",
    "bâtiments",
    "maisons",
    "hectares",
    "tonnes",
    "ème",
    "e ",
    "er ",
    "départements",
    "communes",
    "villes",
    "provinces",
    "régions",
    "villages",
    # the dead and the wounded together: neither metric's count
    "victimes, morts et blessés confondus",
    "victimes entre morts et blessés",
    "morts et blessés",
    "tués et blessés",
    "par jour", "chaque jour", "quotidiens",  # "environ 600 décès par jour": a rate, no toll
    "nombre", "quantité",  # "une quantité inconnue de blessés": the article, no one
)
COUNT_NOUNS = ("nombre de", "bilan", "décompte")
COUNT_ANAPHORS = ("leur nombre",
    # the figure set right after an earlier one of the same text ("le bon chiffre est de 41"): the count, revised down
    "le bon chiffre", "le chiffre exact", "le chiffre correct", "le vrai chiffre", "le bon bilan", "le bilan exact",
    "le total",  # "the total" after a kind named ("trois autres corps, ce qui porte le total à 15")
    # 'this number', 'the figure' told on in a later sentence, a kind named before: that kind's updated count
    # ("Lundi, on comptait 9 morts. Mardi, ce chiffre est passé à 25")
    "ce chiffre", "ce nombre", "ce bilan",
)  # "their number": the count of the kind of victims named before
PROJECTION_BEFORE = ("pourrait", "pourraient", "risque de", "craint", "craindre", "craignent", "redoutent", "redoute")
FROM_TO = (("de", "à"),)  # "from N to M": N is superseded
UPDATE_BEFORE = (
    # the figure set right after an earlier one of the same text ("le bon chiffre est de 41"): the count, revised down
    "le bon chiffre est de", "le bon chiffre était de", "le bon chiffre est", "le bon chiffre était",
    "le bon chiffre serait de", "le chiffre exact est de", "le chiffre exact était de", "le chiffre exact est",
    "le chiffre exact était", "le chiffre exact serait de", "le chiffre correct est de", "le chiffre correct était de",
    "le chiffre correct est", "le chiffre correct était", "le chiffre correct serait de", "le vrai chiffre est de",
    "le vrai chiffre était de", "le vrai chiffre est", "le vrai chiffre était", "le vrai chiffre serait de",
    "le bon bilan est de", "le bon bilan était de", "le bon bilan est", "le bon bilan était", "le bon bilan serait de",
    "le bilan exact est de", "le bilan exact était de", "le bilan exact est", "le bilan exact était",
    "le bilan exact serait de",
    # the toll revised down in the passive, after an earlier figure of its own ("Le bilan initial de 40 morts a été
    # ramené à 31")
    "ramené à", "ramenée à", "abaissé à", "abaissée à", "corrigé à", "corrigée à",
    # the figure told on after an earlier one ("faisait état de 15 morts ; il est désormais de 19")
    "est désormais de", "est à présent de", "est maintenant de",
    # the toll revised down to the figure, a toll verb too ("a été revu à la baisse à 27")
    "revu à la baisse à", "revue à la baisse à", "révisé à la baisse à", "révisée à la baisse à",
    "s'élève à",
    "s'élevait à",
    "élevé à",
    "s'alourdit",
    "alourdi",
    "alourdissant",
    "porté à",
    "porte à",
    "portant",
    "passé à",
    "passe à",
    "grimpé à",
    "grimpe à",
    "atteint",
    "atteignant",
)  # toll verbs: the number after them is the toll's latest update
BODY_NOUNS = ("corps",)  # "78 corps": the bodies recovered, the dead (only the number right before counts)
TOLL_NOUNS = ("bilan",)  # a toll noun alone counts the dead ("con un saldo de 96")
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = (
    "depuis le début",
    "depuis que",
    "cette année",
    "dans tout le pays",
    "guerre",
    "conflit",
    "offensive",
    "bombardements",
    "hostilités",
    "campagne",
)
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "depuis le début de la guerre",
    "depuis le début du conflit",
    "depuis le début de l'invasion",
    "depuis le début de l'offensive",
    "depuis le début des hostilités",
    "depuis le début de la saison",
    "depuis le début de l'année",
    "depuis le déclenchement de la guerre",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "le plus meurtrier",
    "la plus meurtrière",
    "le plus sanglant",
    "la plus sanglante",
    "le plus grave",
    "la plus grave",
    "le pire",
    "la pire",
)
PARTITIVE = ("des", "d'entre les")  # right after the number: a part of a group ("12 of the wounded")
STAGE_AFTER = (
    "identifié*",
    "identifiée*",
    "ont été identifié*",
    "ont été identifiée*",
    "formellement identifié*",
)  # right after the trigger: a stage of the count ("identified")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = (
    "selon", "d'après", "d’après", "de source", "a annoncé",
    # "un bilan communiqué par la préfecture": the source of a toll after a participle
    "communiqué par", "communiqués par", "publié par", "fourni par", "établi par", "dressé par",
    "citant",  # an outlet citing someone: the one cited gave the figure,
    "aux dires de",
    "aux dires des",
    "aux dires du",
)  # fmt: skip
# Verbs of a report made public, not spoken: a day right after them is the day the figure was told ("selon un
# nouveau bilan officiel publié jeudi"), not the incident's. Read by dates only (no source follows them).
TOLD_VERBS = ("publié", "publiée", "publiés", "publiées", "diffusé", "diffusée", "communiqué", "communiquée")
SPEECH_VERBS = (
    "a déclaré",
    "a indiqué",
    "a annoncé",
    "a précisé",
    "a affirmé",
    "a confirmé",
    "a dit",
    "a expliqué",
    "a fait savoir",
    "ont annoncé",
    "ont indiqué",
    "ont déclaré",
    "ont précisé",
    "indique",
    "annonce",
    "précise",
    "déclare",
    "a rapporté",
    "a communiqué",
    "a assuré",
    "a souligné",
    # the present of reporting ("informe le ministère", "le préfet évoque 12 morts"), the past perfect of an
    # earlier statement ("la gendarmerie n'avait confirmé que 4 décès"), "fait état de"
    "informe",
    "informent",
    "a informé",
    "évoque",
    "évoquent",
    "a évoqué",
    "fait état",
    "font état",
    "a fait état",
    "ont fait état",
    "confirme",
    "rapporte",
    "affirme",
    "ont confirmé",
    "ont rapporté",
    "avait confirmé",
    "avait annoncé",
    "avait indiqué",
    "a ajouté",
    "ont ajouté",
    "a signalé",
    "ont signalé",
    "a déploré",
    "déplore",
    "a recensé",
    "recense",
    "ont recensé",
    "a dénombré",
    "dénombre",
    "a relevé",
    "a publié",
    "avance",
    "a avancé",
    "rapportent",
    "ont affirmé",
    "ont dit",
    "a estimé",
    "a fait part",
    "a révélé",
    "signale",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministère": "ministry",
    "ministre": "minister",
    "gouvernement": "government",
    "autorités": "authorities",
    "police": "police",
    "pompiers": "firefighters",
    "protection civile": "civil protection",
    "préfecture": "prefecture",
    "préfet": "prefect",
    "préfète": "prefect",
    "gouverneur": "governor",
    "gouverneure": "governor",
    "maire": "mayor",
    "procureur": "prosecutor",
    "parquet": "prosecutor",
    "porte-parole": "spokesperson",
    "président": "president",
    "présidente": "president",
    "médias d'état": "state media",
    "agence": "agency",
    "sécurité civile": "civil protection",
    "secours": "rescuers",
    "services de secours": "rescuers",
    "croix-rouge": "red cross",
    "gendarmerie": "gendarmerie",
    "responsables": "officials",
    "sources": "sources",
    "source": "sources",  # "une source policière"
    "hôpital": "hospital",
    "centre de crise": "crisis centre",
    "armée": "army",
    "sûreté": "police",
    "chaîne": "broadcaster",
    "médias": "media",
    "bilan officiel": "official figures",
    "directeur": "director",
    "directrice": "director",
    "médecins": "doctors",
    "secouristes": "rescuers",
    "sauveteurs": "rescuers",
    "mairie": "city hall",
    "municipalité": "municipality",
    "médias officiels": "state media",
    "presse officielle": "state media",
    "télévision d'état": "state television",
    "télévision publique": "state television",
    "télévision": "television",
    "militaires": "military",
    "croissant-rouge": "red crescent",
    "onu": "united nations",
    "responsable": "official",
    "hôpitaux": "hospitals",
    "ministères": "ministry",
    "autorité": "authority",
}
# Sources who are not the authorities counting the harm (organisers, residents, witnesses, ...), each with its
# English kind: told beside an official source's other figure, theirs is an alternative, not the headline
# (`core.competing_claimants`); read as source nouns too (`core.extract.world_attribution`).
UNOFFICIAL_SOURCES = {
    "organisateurs": "organisers",
    "habitants": "residents",
    "riverains": "residents",
    "témoins": "witnesses",
    "militants": "activists",
    "manifestants": "protesters",
    "proches": "relatives",
    "familles": "families",
    "villageois": "villagers",
    "opposition": "opposition",
    "syndicat": "union",
    "syndicats": "union",
    "survivants": "survivors",
    "voisins": "neighbours",
}
# Words opening a clause set against the one before it: a source the clause names is its figures' own,
# not the sentence's first source (`core.extract.multilingual`): "tandis que les organisateurs parlent de 20 blessés"
CONTRAST_CLAUSES = ("tandis que", "alors que",)  # fmt: skip
SOURCE_LEADING = ("le", "la", "les", "l'", "l’", "un", "une", "du", "des")
# "ce lundi" is no source's; nor "n'" ("la gendarmerie n'avait confirmé")
SOURCE_TRAILING = ("ce", "cette", "n'", "n’", "ne")
# A sentence opening that points back at what was told before it: its source gave those figures
SAID_OF_BEFORE = (
    "c'est ce qu", "c’est ce qu", "c'est ce que", "c’est ce que", "ce bilan a été", "ces chiffres ont été",
)  # fmt: skip
PAST_PERFECT = ("avait", "avaient")  # "en 2010, le séisme avait fait"
# dates a past-perfect sentence earlier
LAST_YEAR = ("l'an dernier", "l'année dernière", "l'an passé", "l’an dernier", "l’année dernière")
# a toll over several incidents: '40 murieron en tres estampidas' is no incident's own figure
SEVERAL_COUNTS = ("deux", "trois", "quatre", "cinq", "six", "plusieurs", "différentes", "différents")
SEVERAL_INCIDENTS = (
    "bousculades",
    "explosions",
    "attaques",
    "attentats",
    "incendies",
    "accidents",
    "glissements",
    "naufrages",
    "embuscades",
    "fusillades",
)

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("à", "au", "en", "dans", "près de", "près d'", "non loin de", "commune de")
# A capitalised word right after a definite article is a noun ('la Santé', 'der Polizei'), not a town; a
# country or region takes one ('du Québec', 'nella Liguria'), a town does not.
ARTICLES = ("le", "la", "les", "l'", "l’", "du", "des", "au", "aux")
# Dates (core.extract.world_dates): a date right after these words is the day a count stood at ('hasta ayer'),
# not the incident's.
AS_OF = ("jusqu'à", "jusqu’à", "actualisé le", "actualisé au", "mis à jour le")  # and "updated on"
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("tout le pays", "l'ensemble du pays")
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("la capitale",)
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("qui",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = (
    "pour la plupart", "en majorité", "majoritairement", "principalement", "surtout", "essentiellement", "la plupart",
)
# A word between a trigger noun and its number that keeps them one phrase (core.extract.multilingual): "la mort de
# 3 personnes et blessé 11 autres" gives 3 to the deaths, not to the wounded further on
LABEL_LINKS = ("de",)
# Places (core.extract.world_places): division words before a name make it a province's ("département du Var");
# words before a country's name that make it the people's origin, not the place; verbs a capital governs
# ("Paris a condamné"), making it the government, not the place
PROVINCE_WORDS_BEFORE = (
    "département de", "département du", "département des", "province de", "province du", "région de", "région du",
    "département d'", "province d'", "région d'", "district de", "district du", "district d'", "État de", "Etat de",
    "État du", "Etat du", "gouvernorat de", "provinces de", "provinces d'", "départements de", "départements d'",
)  # fmt: skip
# a US county named in the language: the county, not a town of its name (core.extract.world_places)
COUNTY_WORDS_BEFORE = ("comté de", "comté du", "comté d'")
ORIGIN_BEFORE = (
    "ressortissants de", "ressortissants du", "ressortissant de", "originaires de", "originaire de", "originaires du",
    "originaire du",
    # a country's embassy, consulate or foreign ministry speaks for its nationals abroad
    "ambassade de", "ambassade du", "ambassade d'", "consulat de", "consulat du", "consulat d'",
)  # fmt: skip
GOVERNMENT_VERBS = (
    "a condamné", "a accusé", "a dénoncé", "a exigé", "condamne", "accuse", "dénonce", "dément", "a démenti",
)  # fmt: skip
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'la tour Hamilton'
# (core.extract.world_places)
# A river's, a lake's or a mountain's word: the name after it is no town's (core.extract.world_places)
FEATURE_WORDS = ("rivière", "fleuve", "lac", "volcan", "mont")
BUILDING_WORDS = (
    "tour", "immeuble", "résidence", "hôtel", "pont", "rue", "avenue", "boulevard", "place", "stade", "hôpital",
    "centre commercial", "gare", "quartier", "école", "lycée", "marché", "salle", "discothèque", "usine",
)  # fmt: skip
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_BEFORE = (
    "en route vers",
    "vers",
    "à destination de",
    "à destination d'",
    "en provenance de",
    "en provenance d'",
    "parti de",
    "partie de",
    "partis de",
)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
# A mass poisoning by drink or food (stems, read anywhere in the text): those treated in hospital are the sick, not
# the wounded, unless a word of injury (HURT_STEMS) is told with their count (core.extract.poisonings)
POISONED_BY = (
    "alcool frelaté", "alcools frelatés", "boissons frelatées", "boisson frelatée", "alcool de contrebande",
    "alcool toxique", "méthanol", "intoxication alimentaire", "intoxications alimentaires", "aliments avariés",
    # a poisoned drink or water, a mass poisoning, an outbreak of a disease of dirty water: the sick, not the hurt
    "bière empoisonnée", "bière frelatée", "bière contaminée", "boisson empoisonnée", "empoisonnement",
    "eau contaminée", "choléra", "typhoïde", "dysenterie",
)  # fmt: skip
HURT_STEMS = ("bless", "brûl")
STILL_IN_CARE = ("restent", "reste", "demeurent", "toujours", "encore", "actuellement")
CARE_WORDS = (
    "hôpita*",
    "hospitalisé*",
    "urgences",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("séisme*", "tremblement de terre", "tremblements de terre", "tsunami*"),
    "water": (
        "inondation*", "crue", "crues", "pluie*", "intempérie*", "tempête*", "ouragan*", "typhon*", "cyclone*",
        "tornade*", "glissement de terrain", "glissements de terrain", "coulée de boue", "coulées de boue",
        "avalanche*", "mousson", "orage*", "inondé*", "digue*", "=rupture de barrage", "=rupture du barrage",
        "éboulement*", "déluge", "trombe*", "submersion", "intempéries", "=coulée de boue", "=coulées de boue",
        "pluies",
    ),
    "fire": ("incendie*", "feu", "feux", "flammes", "explosion*", "brasier*"),
    "air": (
        "avion", "avions", "hélicoptère*", "crash aérien", "catastrophe aérienne", "accident aérien",
        "=crash d'avion", "=crash d'un avion", "aéronef*",
    ),
    "rail": (
        "train", "trains", "ferroviaire*", "déraillement*", "tgv", "tramway*", "=collision ferroviaire", "déraill*",
    ),
    "road": (
        "bus", "autobus", "autocar*", "camion*", "accident de la route", "ravin", "ravins",
        "=accident de la circulation", "accident routier", "carambolage*", "=collision frontale", "=sortie de route",
        "voiture*", "minibus", "=poids lourd", "autoroute*", "accidents de la route",
    ),
    "ship": (
        "naufrage*", "bateau*", "ferry", "navire*", "embarcation*", "chavir*", "paquebot*", "pirogue*", "chaloupe*",
        "coulé", "sombré",
    ),
    "attack": (
        "attentat*", "attaque*", "bombardement*", "bombe", "bombes", "fusillade*", "tuerie*", "massacre*",
        "terroris*", "kamikaze*", "frappe", "frappes", "missile*", "explosion*", "tirs", "embuscade*", "tireur*",
        "=coups de feu", "=ouvre le feu", "=ouvert le feu", "assaillant*", "djihadiste*", "jihadiste*", "roquette*",
        "otage*", "=prise d'otages", "poignard*", "émeute*", "mutinerie*",
    ),
    "crowd": ("bousculade*", "mouvement de foule", "émeute*", "mutinerie*", "piétiné*", "cohue"),
    "collapse": ("effondrement*", "effondr*", "écroulement*", "écroulé*", "s'écroule", "effondré*"),
    "mine": ("mineurs", "mine de", "mines de", "houillère*"),
    "weather": (
        "foudre", "foudroyé", "foudroyés", "canicule*", "vague de chaleur", "coup de chaleur", "vague de froid",
        "orage*", "tempête*", "chaleur", "chaleurs", "=grand froid", "foudroyée*", "hypothermie",
    ),
    "volcano": ("volcan", "volcans", "volcanique*", "éruption*", "=coulée de lave", "=coulées de lave"),
}  # fmt: skip
# Places: a distance's units and the words between it and the town it is measured from ('à 80 km au nord de
# Bogota', 'à 80 km de Bogota'): the place is near the town, in its region, not the town itself
DISTANCE_UNITS = ("km", "kilomètres", "kilometres", "milles")
BEARING_BEFORE = (
    "de",
    "d'",
    *(f"au {side} de" for side in ("nord", "sud", "nord-est", "nord-ouest", "sud-est", "sud-ouest")),
    *(f"au {side} d'" for side in ("nord", "sud", "nord-est", "nord-ouest", "sud-est", "sud-ouest")),
    "à l'est de", "à l'ouest de", "à l'est d'", "à l'ouest d'",
)

# Everyone aboard dead, told as no survivors: "un avion avec 62 personnes à bord ... aucun survivant" (62).
NO_SURVIVOR_PHRASES = (
    "aucun survivant", "pas de survivant", "pas de survivants", "aucun rescapé", "personne n'a survécu",
)  # fmt: skip
# Words that make a no-survivor phrase near them in its sentence an expectation or a fear, no one told dead yet
NO_SURVIVOR_HEDGES = (
    "attendu", "attendus", "s'attend", "s'attendent", "craint", "craignent", "redoute", "redoutent", "espérer",
    "prévu",
)  # fmt: skip
ABOARD_PHRASES = ("à bord",)
# A second death told with the verb left out, after a one-person death: "l'un est mort sur place et l'autre à
# l'hôpital".
AND_ANOTHER = (
    "et l'autre à", "et l'autre dans", "et l'autre en", "et l'autre lors", "et l'autre peu", "et un autre à",
    "et une autre à", "et l’autre à", "et l’autre dans", "et l’autre en",
)  # fmt: skip
# 'Last' beside a weekday ('lundi dernier'; core.extract.world_dates): on the weekday it names, the one a week before
LAST_WEEKDAY = ("dernier",)
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = (
    "dans un communiqué", "lors d'une conférence", "lors d'un point presse", "sur twitter", "sur son compte",
    "sur les réseaux sociaux", "à l'afp", "à la presse", "dans une déclaration",
)  # fmt: skip
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("mme.", "mgr.", "pr.")
# Verbs by which a source puts the toll at a figure ("eleva a 23 la cifra"): its verbs of saying (world_attribution)
REPORTING_VERBS = (
    "a porté à", "ont porté à",  # "les autorités ont porté à 45 le nombre de morts"
    "porte le bilan", "a porté le bilan", "ont porté le bilan", "revoit le bilan", "a revu le bilan",
    "ont revu le bilan", "a relevé le bilan", "a alourdi le bilan", "actualise le bilan", "a actualisé le bilan",
    "parlent de", "parle de", "affirment", "assurent", "évoquent",  # "les organisateurs parlent de 20 blessés"
)  # fmt: skip
# "magnitud 6": a word right before a number that makes it no count of people
NOT_COUNTS_BEFORE = ("quai", "voie", "magnitude", "départementale", "nationale", "km",  # "sur la départementale 12"
                     # "a tué une camarade de 16": after one person's noun, "de" and a number tell an age
                     "camarade de", "fillette de", "garçon de", "jeune fille de", "adolescente de", "adolescent de",
                     "élève de", "lycéenne de", "lycéen de", "collégienne de", "collégien de",
                     # a numbered place's noun before its number: "la porte 3 du stade", "la ligne 13" (a name)
                     "porte", "terminal", "salle", "hall", "pavillon", "route", "ligne", "autoroute", "numéro", "n°",
                     "hangar", "bâtiment")

# Days counted after the incident at a sentence's head: its weekday is then what followed (world_dates)
# months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): the
# date is that event's, not the incident's (world_dates)
SPAN_AFTER = ("mois après", "ans après", "an après", "années après")
DAYS_AFTER = {
    "au lendemain de": 1, "au lendemain du": 1, "au lendemain des": 1, "deux jours après": 2, "trois jours après": 3,
    "une semaine après": 7, "deux semaines après": 14,
}  # fmt: skip
# What is still to come a few words before a weekday ('sera présenté dès mardi'): no day counted back (world_dates)
FUTURE_BEFORE = ("sera", "seront", "aura lieu", "auront lieu", "prévu", "prévue", "prévus", "prévues")
# A verb's singular form that tells the death of one, with no number ("Un motard meurt dans une collision"); not
# after a negation
SINGULAR_DEATHS = (
    "meurt", "décède", "succombe",
    "est mort", "est morte", "a été tué", "a été tuée", "est décédé", "est décédée", "a perdu la vie",
    "a été retrouvé mort", "a été retrouvée morte", "a été retrouvé sans vie", "a été retrouvée sans vie",
    "a été remonté sans vie", "a été remontée sans vie", "a été repêché sans vie", "a été repêchée sans vie",
    "a été découvert sans vie", "a été découverte sans vie", "a été remonté mort", "a été remontée morte",
    "a été repêché mort", "a été repêchée morte",
)  # fmt: skip
NEGATIONS = ("ne", "n'", "personne", "aucun", "aucune")
# A count of victims, the dead and the hurt alike when its parts say so ("23 victimes, dont huit morts" and 15 hurt)
VICTIM_NOUNS = ("victimes",)
# One victim told as a person ("l'incendie a fait une victime"): the dead, counted only by the word for one right
# before it ("victime d'une agression" is none; "une victime grièvement blessée" is the hurt's)
ONE_VICTIM_NOUNS = ("victime",)
ONE_VICTIM_OF = ("de", "d'", "d’")  # "une victime d'agression": a victim of a kind ("une victime de l'attentat" died)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# jours plus tôt", "# semaines plus tôt", "# mois plus tôt", "# jours auparavant", "# semaines auparavant",
    "# mois auparavant", "une semaine plus tôt", "un mois plus tôt", "une semaine auparavant", "un mois auparavant",
    "il y a # jours", "il y a # semaines", "il y a # mois", "il y a une semaine", "il y a un mois",
    "la semaine dernière", "la semaine passée", "la semaine précédente", "le mois dernier", "le mois passé",
    "le mois précédent", "la veille", "l'avant-veille",
)  # fmt: skip
# the news's incident told as coming a span of time after another:
# "Le sinistre survient quatre jours après l'explosion";
# the verbs of happening, and the spans with 'after'; the figures after them in the sentence are the earlier
# event's when the text tells its own
COMES_AFTER = (
    "survient", "est survenu", "est survenue", "intervient", "est intervenu", "est intervenue", "se produit",
    "s'est produit", "s'est produite", "arrive", "a lieu", "a eu lieu",
)  # fmt: skip
TIME_AFTER = ("jour après", "jours après", "semaine après", "semaines après", "mois après")

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('a tenté de tuer deux personnes', 'tentative de meurtre')
ATTEMPTED = (
    "tenté de", "tenter de", "tentait de", "tentative de", "menacé de", "menacer de", "menaçait de",
    "voulait", "voulu",
)  # fmt: skip
THING_VERBS = (  # a verb right after a thing's noun: its own clause ("et une maison a été détruite")
    "a été", "ont été", "est", "sont", "était", "étaient", "fut", "s'est", "s’est", "se sont", "avait", "a subi",
    "ont subi",
)  # fmt: skip
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("au total", "en tout", "au total,", "un total de")
# A relative told with a possessive after and, one more of the count before ("sont morts deux enfants et leur mère")
KIN_AFTER_AND = (
    "son fils", "sa fille", "sa mère", "son père", "sa femme", "son mari", "son épouse", "son époux", "son frère",
    "sa sœur", "sa soeur", "leur mère", "leur père", "sa compagne", "son compagnon",
)  # fmt: skip
# 'in all' after a number that closes its clause (", ocho en total"): the total of the count told before it
TOTAL_AFTER = ("au total", "en tout")
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("compatriotes", "ressortissants", "ressortissantes", "touristes français", "pèlerins français",
    "touristes belges", "touristes suisses", "citoyens français")
# A sentence dated to an earlier year that tells that event's toll as recalled (multilingual._a_follow_ups_own_toll):
# the gerund of the toll after the event ("le ferry avait sombré, faisant 1 863 morts")
RECALL_VERBS = ("faisant", "tuant", "causant", "provoquant", "blessant")
# A singular verb counts one, never a number after it ("murió ... perseguido por dos vecinos": world_binding)
SINGULAR_VERB_AGREES = True

# Date words: a headline counting years since an event (`core.extract.look_back`); {n} in figures or a word
YEARS_ON = ("{n} ans après", "{n} an après", "il y a {n} ans", "il y a {n} an", "{n} ans plus tard",
            "{n} ans jour pour jour", "{n} anniversaire")  # fmt: skip
YEAR_COUNTS = {
    "un": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "dixième": 10, "quinze": 15, "vingt": 20, "vingtième": 20, "vingt-cinq": 25,
    "trente": 30,
}
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Milhares de pessoas acompanharam o velório dos mortos"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("des", "du", "aux", "au", "pour les")
# "une troisième victime est décédée": an ordinal with a singular death is the toll so far (world_triggers)
ORDINALS = {"deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
            "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10}  # fmt: skip
# after an ordinal, words that make it no person: "pour la troisième fois", "le troisième jour", "au cinquième étage"
ORDINAL_NOT_PERSON = ("fois", "jour", "journée", "semaine", "mois", "an", "année", "étage", "partie", "vague", "place",
                      "tour", "de", "du", "des", "guerre")  # fmt: skip
# A word for 'on' right before a day and month in figures ('le 12/07'): a date, the language's day first, in the
# publication's year (core.extract.world_dates)
SHORT_DATE_BEFORE = ("le", "du", "depuis le", "ce")
# A day of mourning told right after a weekday or a date ('dimanche journée de deuil national';
# core.extract.world_dates)
MOURNING_WORDS = ("deuil",)
# What joins a place noun (BUILDING_WORDS) to the date that names it ('rue du 8 Mai 1945'; core.extract.world_dates)
DATE_NAME_LINKS = ("du",)
# a court step a follow-up's headline tells (its lead then tells the case's toll as plain news)
COURT_WORDS = (
    "condamné", "condamnés", "condamnée", "condamnées", "condamnation", "acquitté", "acquittés", "acquittement",
    "procès", "en appel", "tribunal", "cour d'assises", "peine de prison", "mis en examen", "verdict", "relaxé",
    "relaxés",
)  # fmt: skip
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("personne ne", "personne n'a", "personne n'est", "personne n’a", "personne n’est", "aucun", "aucune")

# Named times (`core.events.named_times`): words right before (after) a month named without a year ("last March",
# "in March") that name the latest such month before the report's publication; words before a named time that make
# it another event's ("the worst since March 2019")
PAST_MONTH_BEFORE = ("en", "mois de")
PAST_MONTH_AFTER = ("dernier",)
NAMED_TIME_SINCE = ("depuis",)

# A common word that begins as a country's name does, no adjective of its people (a meeting, not Réunion)
NOT_ADJECTIVES = ("réunion", "réunions")

# A sentence that tells its death toll as rumour, one no authority confirmed (social media, unconfirmed reports):
# the toll is an earlier figure, which a stated one or a stated zero outweighs (core.extract.multilingual)
RUMOUR_CUES = (
    "rumeur", "rumeurs", "informations non confirmées", "aucune autorité n'a confirmé",
    "diffusées sur les réseaux", "diffusés sur les réseaux", "circulent sur les réseaux",
    "ont circulé sur les réseaux", "publications sur les réseaux", "messages sur les réseaux",
    "vidéos sur les réseaux",
)  # fmt: skip
# An active harm verb whose subject is its doer and whose objects are its victims, listed one by one after it ("Un
# homme a tué sa femme et son fils": two dead, core.extract.world_objects): the verbs, the singular determiners of an
# object, and the nouns of one person it may name
ACTIVE_HARM_VERBS = ("a tué", "avait tué", "tua", "a abattu", "avait abattu", "a blessé", "blessa")
ONE_OBJECT_DETERMINERS = ("sa", "son", "la", "le", "l'")
ONE_OBJECT_NOUNS = (
    "femme", "épouse", "mari", "fils", "fille", "mère", "père", "frère", "sœur", "soeur", "compagne", "compagnon",
    "ex-compagne", "ex-femme", "ex-épouse", "belle-mère", "beau-père", "grand-mère", "grand-père", "petit-fils",
    "petite-fille", "neveu", "nièce", "oncle", "tante", "bébé", "voisin", "voisine", "ami", "amie", "conjointe",
    "conjoint", "concubine",
)  # fmt: skip
# Claimants who are not the authorities, besides those above: an armed side or the political opposition
UNOFFICIAL_SOURCES |= {"rebelles": "rebels", "insurgés": "insurgents", "opposants": "opposition"}
# Words opening a clause set against the one before it, besides CONTRAST_CLAUSES ("L'opposition affirme que plus de
# 50 personnes sont mortes, mais le gouvernement parle de 14 morts"): each clause's figure is its own speaker's
CLAIMANT_BREAKS = ("mais", "cependant", "pourtant")
