"""Spanish lexicon (shared shape, read by `core.extract.multilingual`): data only.

Names every world lexicon defines:
- LANGUAGE: ISO 639-1 code (also the text2num and dateparser code);
- MATCH: how triggers meet words: "word" (whole words; an entry ending in "*" is a stem), "prefix" (a word
  may go on after the entry: agglutinative languages), "any" (anywhere: languages written without spaces);
- DIGIT_GROUPS / DECIMAL: thousands separators and the decimal mark ("1.452" = 1452, "1,5 millones");
- SCALES: words after digits that multiply them; NUMBER_WORDS (+ NUMBER_JOINERS, MULTIPLIERS): number words
  when text2num does not cover the language (TEXT2NUM = True: it does, the words here only find the span);
  SCALE_JOINERS: the 'and' between a scaled thousand and the digits below it ("11 ألفا و300", "2 mil e 500");
- TRIGGERS: metric -> words that make a number next to them a count of that metric;
- QUALIFIERS_BEFORE / QUALIFIERS_AFTER: phrase -> qualifier (exact, at_least, more_than, up_to, nearly, about);
- SUBSET_BEFORE / SUBSET_AFTER: a figure that is part of another ("entre ellos 12 niños", "12 de ellos");
- NOT_COUNTS_AFTER: units after a number that make it no count of people ("45 años", "7 kilómetros");
- APPROXIMATE: a round-number noun ("un centenar" = about 100); SPACED = False: words run together (zh, ja);
  LATIN_PLACES = False: place names are not in Latin script (the gazetteer is searched for capitalised names);
  CAPITALISED_NAMES = True: a script other than Latin that has capitals (Cyrillic, Greek): a source's name is its
  capitalised words, as in Latin script;
- FRACTIONS / FRACTION_BEFORE: a number and a half before a scale word ("দেড় হাজার" = 1500) and a word adding
  a fraction to the number after it ("साढ़े तीन हजार" = 3500): South Asian languages (bn, hi, ne, ur);
- SINCE_START / SUPERLATIVES: words marking a sentence's figures as a toll to date over a war, season or year
  ("desde el inicio de la guerra": cumulative), unless a superlative makes them the incident's ("el más mortífero");
- NUMBER_COUNTERS / NUMBER_ENDINGS: a counter or a case ending written onto a number word ("বারোজন",
  "দুই হাজারের বেশি"); HYPHEN_ENDINGS: case endings written after a hyphen onto digits, which keep the number a
  count ("238-ra emelkedett", hu), where a hyphen and letters otherwise make an age or a size ("45-letni");
- VAGUE_QUANTITIES: "decenas" (12), "cientos" (100), coded the way ACLED codes them, with their band: never a
  precise figure (qualifier vague);
- DEAD_AND_WOUNDED: the dead counted together with the wounded or the missing ("57 muertos y heridos", "57 muertos
  o desaparecidos"): neither metric's count;
- INJURY_GRADES / COORDINATORS: severity words of the injured (critical, severe, moderate, light), summed as the
  injured total when the text gives none ("12 heridos graves y 20 leves" = 32), and the words that join two counts;
- STILL_IN_CARE: words of remaining that make a wounded figure those still in hospital, a part of the injured
  ("30 permanecen hospitalizados"); PERSON_COUNTERS: a counter of people after a number, which makes a
  year-shaped number a count ("2000人", zh, ko);
- NUMBER_WORDS_AFTER / TEXT2NUM_SPELLINGS: words that are a number only after another number word ("treinta y
  un"), and text2num's spelling of a word it does not read ("veintiún");
- HAZARD_FAMILIES: kinds of disaster (families named as in English: quake, water, fire, ...) -> the words a
  headline names them with (read by core.events.hazards).
"""

from __future__ import annotations

# Who gave a figure: in `es_sources` (a seam of this lexicon, re-exported here).
from core.extract.lexicons.es_sources import ACCORDING_BEFORE as ACCORDING_BEFORE
from core.extract.lexicons.es_sources import CLAIMANT_BREAKS as CLAIMANT_BREAKS
from core.extract.lexicons.es_sources import CONTRAST_CLAUSES as CONTRAST_CLAUSES
from core.extract.lexicons.es_sources import SAID_OF_BEFORE as SAID_OF_BEFORE
from core.extract.lexicons.es_sources import SOURCE_LEADING as SOURCE_LEADING
from core.extract.lexicons.es_sources import SOURCE_NOUNS as SOURCE_NOUNS
from core.extract.lexicons.es_sources import SOURCE_TRAILING as SOURCE_TRAILING
from core.extract.lexicons.es_sources import SPEECH_VERBS as SPEECH_VERBS
from core.extract.lexicons.es_sources import UNOFFICIAL_SOURCES as UNOFFICIAL_SOURCES

LANGUAGE = "es"
MATCH = "word"
TEXT2NUM = True
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"mil": 1000, "millón": 1_000_000, "millones": 1_000_000, "millon": 1_000_000}
NUMBER_WORDS = (  # spans only: text2num gives the values
    "uno un una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte veintiuno veintiún veintiuna veintidós veintitrés veinticuatro "
    "veinticinco veintiséis veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta "
    "ochenta noventa cien ciento doscientos doscientas trescientos trescientas cuatrocientos "
    "cuatrocientas quinientos quinientas seiscientos seiscientas setecientos setecientas ochocientos "
    "ochocientas novecientos novecientas"
)
NUMBER_JOINERS = ("y",)
NUMBER_WORDS_AFTER = ("un",)  # "treinta y un heridos", "doscientos un": one only after another number word
# "veintiún muertos", and the feminine "veintiuna víctimas"
TEXT2NUM_SPELLINGS = {"veintiún": "veintiuno", "veintiun": "veintiuno", "veintiuna": "veintiuno"}
MULTIPLIERS: tuple[str, ...] = ()
APPROXIMATE = {
    "una decena": 10,
    "dos decenas": 20,
    "tres decenas": 30,
    "cuatro decenas": 40,
    "cinco decenas": 50,
    "una docena": 12,
    "dos docenas": 24,  # "más de dos docenas de heridos", not "dos" (2)
    "tres docenas": 36,
    "media docena": 6,
    "una quincena": 15,
    "una veintena": 20,
    "una treintena": 30,
    "una cuarentena": 40,
    "una cincuentena": 50,
    "un centenar": 100,
    "un millar": 1000,
    "medio millar": 500,  # half a thousand
    "medio centenar": 50,  # half a hundred
    "dos centenares": 200,
    "tres centenares": 300,
    "cuatro centenares": 400,
    "dos millares": 2000,
    "una sesentena": 60,
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "decenas": (12, 12, 99),
    "cientos": (100, 100, 999),
    "centenares": (100, 100, 999),
    "miles": (1000, 1000, 9999),
    "decenas de miles": (10_000, 10_000, 99_999),
    "cientos de miles": (100_000, 100_000, 999_999),
    "centenares de miles": (100_000, 100_000, 999_999),
    "varios cientos": (100, 100, 999),
    "varios miles": (1000, 1000, 9999),
}
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "segó la vida de", "segó la vida a", "segado la vida de", "se llevó la vida de", "acabó con la vida de",
        "acabó con la vida a", "acabado con la vida de",
        "muerto*",
        "muerta*",
        "murió",
        "murieron",
        "muriera",  # the subjunctive: "después de que tres heridos murieran en el hospital"
        "murieran",
        "muriese",
        "muriesen",
        "muere",
        "mueren",
        "muerte*",
        "fallecido*",
        "fallecida*",
        "falleció",
        "fallecieron",
        # to perish, the written word of a look-back: "43 personas perecieron en el incendio"
        "perecieron", "pereció", "perecen", "perece", "perecido", "perecían",
        "falleciera",
        "fallecieran",
        "fallecen",
        "fallece",
        "víctimas mortales",
        "víctima mortal",  # one victim told as a person: "dejó una víctima mortal"
        "victima mortal",
        "victimas mortales",
        "perdieron la vida",
        "perdió la vida",
        "pierden la vida",
        "han perdido la vida",
        "cadáveres",
        "cuerpos sin vida",
        "asesinado*",
        "asesinada*",
        "mató",
        "mataron",
        # the active past of 'asesinar', its victims after the personal 'a' ("asesinaron a 7 personas")
        "asesinó", "asesinaron", "asesinan", "asesinando",
        "matado a",  # "las inundaciones han matado a 237 personas"
        "matar a",  # "acusado de matar a siete personas" (not after ATTEMPTED: "intentó matar a dos")
        "asesinar a",
        "matan",
        "matando",
        "decesos",
        "fallecimientos",
        "fallecidos",
        "vidas",
        "víctimas fatales",
        "víctima fatal",
        "victimas fatales",
        "cobró la vida de",
        "cobrado la vida de",
        "costó la vida a",
        "costaron la vida a",  # "las explosiones que costaron la vida a 14 personas"
        "ha costado la vida a",
        "cuesta la vida a",
        "cobró la vida a",
        "ahogado*",
        "ahogada*",
    ),
    "wounded": (
        "resultaron con lesiones", "resultó con lesiones", "sufrieron lesiones", "sufrió lesiones",
        # hit by stray bullets: bystanders, the hurt ("dos pasajeros fueron alcanzados por balas perdidas")
        "alcanzados por balas perdidas", "alcanzadas por balas perdidas", "alcanzado por una bala perdida",
        "alcanzada por una bala perdida", "alcanzados por bala perdida", "alcanzadas por bala perdida",
        "herido*",
        "herida*",
        "lesionado*",
        "lesionada*",
        "heridas",
        "resultaron heridos",
        "hospitalizado*",
        "hospitalizada*",
        # taken to hospital: the injured ("Doce personas fueron trasladadas al hospital")
        "trasladados al hospital", "trasladadas al hospital", "trasladados a hospitales", "trasladadas a hospitales",
        "sufrieron lesiones",
        "sufrió lesiones",
        "presentaban lesiones",
        # those the emergency services attended, the injured figure many authorities give ("el Samur atendió a 27
        # personas", "80 personas necesitaron atención médica")
        "hirió a",  # "mató a tres personas e hirió a otras siete"
        "herir a",
        "hirieron a",
        "hiriendo a",
        "atendido*",
        "atendida*",
        "atendió a",
        "atendieron a",
        "ha atendido a",
        "han atendido a",
        "atención médica",
        "asistencia sanitaria",
        "ingresado*",
        "ingresada*",
    ),
    "missing": ("desaparecido*", "desaparecida*", "paradero desconocido"),
    "displaced": (
        "desplazado*", "desplazada*", "evacuado*", "evacuada*", "damnificado*", "sin hogar",
        # "más de 3.000 tuvieron que abandonar sus casas": those who had to leave their homes
        "abandonar sus casas", "abandonar sus hogares", "abandonaron sus casas", "abandonaron sus hogares",
    ),
    "arrested": ("detenido*", "detenida*", "arrestado*", "arrestada*"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "muertos y heridos",
    "muertos o heridos",
    "fallecidos y heridos",
    "muertos y lesionados",
    "muertos y de heridos",
    "muertos o desaparecidos",
    "muertos y desaparecidos",
    "fallecidos o desaparecidos",
    "entre muertos y desaparecidos",
    "muertas o desaparecidas",
    "muertas y desaparecidas",
    "muertas y heridas",
    "muertas o heridas",
    "fallecidas o desaparecidas",
    "fallecidos o heridos",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("estado crítico", "críticos", "críticas", "muy graves", "muy grave"),
    "severe": ("grave", "graves", "gravemente", "de gravedad", "de consideración", "de pronóstico grave"),
    "moderate": ("menos graves", "menos grave", "moderados", "moderadas", "de pronóstico reservado"),
    "light": ("leve", "leves", "levemente", "de carácter leve", "de pronóstico leve", "contusos"),
}
COORDINATORS = ("y", "e", "mientras", "mientras que")
# The mark of a person as a verb's object, repeated after 'and' ("mató a un policía y a tres clientes")
OBJECT_MARKS = ("a",)
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("entre", "y", ""),
    ("entre", "e", ""),
)
QUALIFIERS_BEFORE = {
    "al menos": "at_least",
    "por lo menos": "at_least",
    "como mínimo": "at_least",
    "más de": "more_than",
    "mas de": "more_than",
    "superior a": "more_than",
    "supera los": "more_than",
    "superan los": "more_than",
    "hasta": "up_to",
    "casi": "nearly",
    "cerca de": "nearly",
    "unos": "about",
    "unas": "about",
    "alrededor de": "about",
    "aproximadamente": "about",
    "en torno a": "about",
    "en torno a los": "about",
    "unos mil": "about",
    "superó los": "more_than",
    "superaron los": "more_than",
    "supera las": "more_than",
    "superan las": "more_than",
    "rebasa los": "more_than",
    "rebasó los": "more_than",
    "sobrepasa los": "more_than",
    "sobrepasó los": "more_than",
}
QUALIFIERS_AFTER: dict[str, str] = {}
QUALIFIERS_AFTER_NOUN = {"como mínimo": "at_least", "por lo menos": "at_least"}  # "5 muertos como mínimo"
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    # the figure set right after an earlier one of the same text ("la cifra correcta era 41"): the count, revised down
    "la cifra correcta", "la cifra real", "la cifra exacta", "el número correcto", "el número real",
    "el balance correcto",
    "rebajó",
    "rebajaron",
    "rebajado",
    "rebajada",
    "revisó a la baja",
    "a la baja",
    "redujo",
    "redujeron",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "inicialmente",
    "en un primer momento",
    "previamente",
    "un primer balance",
    "el balance anterior",
    "el anterior balance",
    "anteriormente",
    "antes habían",
    "antes se había",
    "antes se informó",
)
# A word right before the number that adds to the toll ('five more'): an increment, not the toll
INCREMENT_BEFORE = (
    "otras",
    "otros",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "terroristas",
    "atacantes",
    "asaltantes",
    "yihadistas",
    "kamikazes",
    "agresores",
    "pistoleros",
    "terroristas suicidas",
    # armed, hired or masked men and hostage-takers: attackers too, the subject of the harm they did
    "hombres armados", "individuos armados", "sicarios", "encapuchados", "secuestradores",
)
AGENT_NOUNS = (  # "dos hombres mataron a cuatro": the doers when the verb's own count follows it
    "hombres", "mujeres", "individuos", "sujetos", "jóvenes", "adolescentes", "menores", "desconocidos",
    "delincuentes", "criminales", "policías", "agentes", "soldados", "militares", "hermanos", "estudiantes",
)
SUBSET_BEFORE = (
    "entre ellos",
    "entre ellas",
    "incluidos",
    "incluidas",
    "incluido",  # "Cinco personas, incluido el agresor, murieron": one included, in an aside
    "incluida",
    "de ellos",
    "de los cuales",
    "de las cuales",
    "entre los heridos",
    "entre los muertos",
    "entre los fallecidos",
)
SUBSET_AFTER = ("de ellos", "de ellas", "de los cuales", "de las cuales")
# a relative of place: the count before it is of the places ('tres bares en los que murieron ocho')
PLACE_RELATIVES = (
    "en el que", "en la que", "en los que", "en las que", "en el cual", "en la cual", "en los cuales",
    "en las cuales", "donde",
)  # fmt: skip
# prepositions: the word for one after them is an article ('an einer Schule', 'dans une école'), no count
# 'with': its object may be the people counted ("con un policía y dos civiles heridos"), not a thing
WITH_WORDS = ("con",)
ARTICLE_AFTER = (
    "en", "contra", "sobre", "desde", "hacia", "con", "para", "tras", "ante", "durante", "junto a", "cerca de",
)  # fmt: skip
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("entre los", "entre las")
ONE_PERSON_NOUNS = (  # after the word for one: a person ('un policía', 'una niña'); no thing's article
    "persona", "hombre", "mujer", "niñ*", "chic*", "joven", "menor", "bebé", "adolescente", "ancian*", "abuel*",
    "señor*", "vecin*", "residente", "ciudadan*", "habitante", "civil", "polic*", "agente", "guardia*", "militar",
    "soldado", "oficial", "sargento", "cabo", "capitán", "teniente", "bomber*", "médic*", "enfermer*", "paramédic*",
    "conductor*", "chofer", "chófer", "pasajer*", "peatón", "transeúnte", "motorista", "motociclista", "ciclista",
    "turista", "trabajador*", "obrer*", "emplead*", "estudiante", "alumn*", "profesor*", "maestr*", "periodista",
    "reporter*", "fotógraf*", "manifestante", "milician*", "combatiente", "rebelde", "insurgente", "sospechos*",
    "agresor*", "atacante", "tirador*", "hij*", "padre", "madre", "herman*", "espos*", "marido", "familiar",
    "amig*", "vigilante", "escolta", "custodio", "reclus*", "pres*", "detenid*", "migrante", "refugiad*",
    "pescador*", "minero", "campesin*", "agricultor*", "comerciante", "cliente", "víctima", "herid*", "muert*",
    "fallecid*", "individuo", "sujeto", "ocupante", "tripulante", "piloto", "jugador*", "aficionad*", "alcalde*",
    "funcionari*", "guardia", "joven*", "muchach*", "pequeñ*", "varón", "dama", "recién", "médico",
)  # fmt: skip
# Survivors and the rescued right after a number: counted, never as the hurt (world_roles._survivors_counted)
SURVIVOR_NOUNS = ("sobreviviente", "sobrevivientes", "superviviente", "supervivientes", "rescatados", "rescatadas")
# A singular death verb's subject that is a herd or the rest of a group, no one person dead ("part of the livestock
# perished", "the rest of the occupants died": world_triggers._not_one_subject)
NOT_ONE_SUBJECTS = ("ganado", "reses", "rebaño", "animales", "vacas", "ovejas", "caballos", "resto", "demás")
# Animals right after a number (through ANIMAL_LINKS: a measure, "of"): a herd's count, no victims
ANIMAL_NOUNS = (
    "vaca*", "reses", "res", "novillo*", "ternero*", "oveja*", "cordero*", "cabra*", "cerdo*", "caballo*", "mula*",
    "animales", "ganado", "gallina*", "pollo*", "aves", "camello*",
)  # fmt: skip
ANIMAL_LINKS = ("de", "cabezas de")
# Stems of harm in the survivors' own clause, which make them the hurt ("les 29 survivants ont été blessés")
SURVIVORS_HURT_STEMS = ("herid", "lesionad")
# A verb of surviving between a count and its word of harm: survivors, never the hurt (world_roles._survived_hurt)
SURVIVED_VERBS = ("sobrevivió", "sobrevivieron", "ha sobrevivido", "han sobrevivido")
NOT_COUNTS_AFTER = (
    "er", "ero", "º", "ª", "°",  # "el 3er piso", "la 2ª ronda": an ordinal, no count
    # "a las 5 de la tarde", "en 2 turnos", "el 3er piso": a clock time, a shift, a floor, no count of people
    "turnos", "turno", "piso", "pisos", "planta", "plantas",
    "rondas", "carriles", "de la tarde", "de la mañana", "de la madrugada", "de la noche",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    # and the one hospital ("llevados a un hospital": the article, no one hurt)
    "hospital", "centro hospitalario", "centro de salud", "centro médico", "clínica",
    "hospitales", "centros hospitalarios", "centros de salud", "centros médicos", "clínicas", "diferentes hospitales",
    "veces", "vez",  # "counted twice", "dos veces": how often, not how many
    "años",
    "año",
    "meses", "mes", "semanas", "semana",  # "una niña de 18 meses murió": an age, no count
    "casos",  # "1.200 casos y 45 muertes": the sick, never summed with the dead
    "%",
    "por ciento",
    "kilómetros",
    "km",
    "metros",
    "grados",
    "horas",
    "minutos",
    "días",
    "segundos",
    "euros",
    "dólares",
    "edificios",
    "viviendas",
    "casas",
    "hectáreas",
    "toneladas",
    "provincias",
    "municipios",
    "pueblos",
    "localidades",
    "comunidades",
    "estados",
    "regiones",
    # the dead and the wounded together: neither metric's count
    "víctimas entre muertos y heridos",
    "víctimas, entre muertos y heridos",
    "personas entre muertos y heridos",
    "entre muertos y heridos",
    "entre fallecidos y heridos",
    "muertos y heridos",
    "al día", "por día", "diarios", "diarias",  # "unas 600 muertes al día": a rate, no toll
    "número", "cantidad",  # "un número aún indeterminado de heridos": the article, no one
)
COUNT_NOUNS = ("número de", "numero de", "cifra de", "balance de", "saldo de", "recuento de", "total de")
COUNT_ANAPHORS = ("su número", "su numero", "su cifra",
    # the figure set right after an earlier one of the same text ("la cifra correcta era 41"): the count, revised down
    "la cifra correcta", "la cifra real", "la cifra exacta", "el número correcto", "el número real",
    "el balance correcto",
    # "the number of victims" after a kind of victims named: that kind ("dos muertes más, elevando a 31 el número de
    # víctimas")
    "el número de víctimas", "el numero de victimas", "la cifra de víctimas", "la cifra de victimas",
    "el total de víctimas", "el balance de víctimas",
    # the toll as the object pronoun of a toll verb ("El balance era de 12 muertos. Luego lo elevaron a 19")
    "lo elevaron", "lo elevó", "lo eleva", "la elevaron", "la elevó", "la eleva", "lo rebajaron", "lo rebajó",
    "la rebajaron", "la rebajó",
    # "the total" after a kind named ("se hallaron otros 3 cuerpos, con lo que el total asciende a 15")
    "el total", "la cifra total",
    # the figure with no kind after it, put at a number ("El lunes había 9 muertos. El martes, las autoridades
    # elevaron la cifra a 25"); never "la cifra de muertos", a count noun of its own
    "la cifra a", "la cifra en", "el balance a", "el balance en",
    # the whole toll put at a number after a part was told (the nationals among the dead): "X cifró el total de
    # víctimas en 717"
    "el total de víctimas en", "el total de victimas en", "el número total de víctimas en",
    "el numero total de victimas en", "la cifra total de víctimas en", "la cifra total de victimas en",
    # the figure as the subject of a toll verb, a kind named in an earlier sentence ("Inicialmente se informó de 12
    # muertos. Ahora la cifra se ha elevado a 15"); "esta cifra" told on
    "la cifra ha subido", "la cifra subió", "la cifra sube", "la cifra se ha elevado", "la cifra se elevó",
    "la cifra se eleva", "la cifra asciende", "la cifra ascendió", "la cifra ha ascendido", "la cifra aumentó",
    "la cifra ha aumentado", "esta cifra", "esa cifra")
PROJECTION_BEFORE = (
    "podría", "podrían", "podria", "prevé", "se teme", "temen que", "hasta podría", "temen", "se temen",
)  # fmt: skip
FROM_TO = (("de", "a"), ("de", "hasta"))  # "from N to M": N is superseded
UPDATE_BEFORE = (
    # the figure set right after an earlier one of the same text ("la cifra correcta era 41"): the count, revised down
    "la cifra correcta era de", "la cifra correcta es de", "la cifra correcta era", "la cifra correcta es",
    "la cifra correcta sería de", "la cifra real era de", "la cifra real es de", "la cifra real era",
    "la cifra real es", "la cifra real sería de", "la cifra exacta era de", "la cifra exacta es de",
    "la cifra exacta era", "la cifra exacta es", "la cifra exacta sería de", "el número correcto era de",
    "el número correcto es de", "el número correcto era", "el número correcto es", "el número correcto sería de",
    "el número real era de", "el número real es de", "el número real era", "el número real es",
    "el número real sería de", "el balance correcto era de", "el balance correcto es de", "el balance correcto era",
    "el balance correcto es", "el balance correcto sería de",
    # the toll revised down in the passive, after an earlier figure of its own ("El balance inicial de 40 muertos
    # fue rebajado a 31")
    "rebajado a", "rebajada a", "reducido a", "reducida a", "corregido a", "corregida a",
    # the figure told on after an earlier one in the same sentence ("que inicialmente era de 12, ha ascendido a 17")
    "ha ascendido a", "han ascendido a", "ahora es de", "es ahora de",
    # a source puts the toll at the figure, the count noun after it ("rebajaron a 12 la cifra de fallecidos")
    "rebajó a", "rebajaron a", "redujo a", "redujeron a", "cifró en", "cifraron en", "cifra en", "elevaron a",
    "se elevó a",
    "se eleva a",
    "se elevaba a",
    "se ha elevado a",
    "ha elevado a",  # "el Cecopi ha elevado este jueves a 158 la cifra de fallecidos"
    "han elevado a",
    "ha rebajado a",
    "han rebajado a",
    "ha cifrado en",
    "eleva a",
    "elevó a",
    "elevando a",  # the gerund: "dos muertes más, elevando a 31 el número de víctimas"
    "asciende a",
    "ascendió a",
    "ascendía a",
    "aumentó a",
    "aumenta a",
    "ha aumentado a",
    "subió a",
    "sube a",
    "ha subido a",
    "llegó a",
    "llega a",
    "alcanzó",
    "alcanza",
    "alcanzaba",
    # the verb's "to" written "hasta" ("aumentó hasta 15"): no "up to" of the figure
    "aumentó hasta",
    "ha aumentado hasta",
    "ascendió hasta",
    "asciende hasta",
    "se elevó hasta",
    "se eleva hasta",
    "subió hasta",
    "ha subido hasta",
    "creció hasta",
    "actualizó a",
    "actualizó hasta",
    "actualiza a",
    # revised down, its "to" written "hasta" ("corregida a la baja, hasta 19"): no "up to" of the figure
    "a la baja, hasta",
    "a la baja hasta",
    "rebajó hasta",
    "rebajaron hasta",
    "rebajada hasta",
    "rebajado hasta",
)  # toll verbs: the number after them is the toll's latest update
BODY_NOUNS = ("cuerpos",)  # "78 cuerpos": the bodies recovered, the dead (only the number right before counts)
TOLL_NOUNS = ("saldo", "balance")  # a toll noun alone counts the dead ("con un saldo de 96")
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = (
    "desde el inicio",
    "desde el comienzo",
    "desde que",
    "en lo que va de año",
    "este año",
    "en todo el país",
    "guerra",
    "conflicto",
    "ofensiva",
    "bombardeos",
    "hostilidades",
    "campaña",
)
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "desde el inicio de la guerra",
    "desde el comienzo de la guerra",
    "desde el inicio del conflicto",
    "desde el comienzo del conflicto",
    "desde el inicio de la invasión",
    "desde el inicio de la ofensiva",
    "desde el inicio de las hostilidades",
    "desde el inicio de la temporada",
    "en lo que va de año",
    "en lo que va del año",
    "en lo que va de la guerra",
    "en lo que va de temporada",
    "en lo que va de la temporada",
    "desde el inicio de la temporada de lluvias",
    "en lo que va del invierno",
    "en lo que va de invierno",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "más mortífero",
    "más mortífera",
    "más mortal",
    "más letal",
    "más sangriento",
    "más sangrienta",
    "peor",
    "más grave",
)
PARTITIVE = ("de los", "de las")  # right after the number: a part of a group ("12 of the wounded")
STAGE_AFTER = (
    "identificado*",
    "identificada*",
    "han sido identificado*",
    "han sido identificada*",
)  # right after the trigger: a stage of the count ("identified")
PAST_PERFECT = ("había", "habían")  # "en 2010 el sismo había dejado"
LAST_YEAR = ("el año pasado", "el pasado año", "hace un año")  # dates a past-perfect sentence earlier
# a toll over several incidents: '40 murieron en tres estampidas' is no incident's own figure
SEVERAL_COUNTS = ("dos", "tres", "cuatro", "cinco", "seis", "varios", "varias", "múltiples")
SEVERAL_INCIDENTS = (
    "estampidas",
    "avalanchas",
    "explosiones",
    "ataques",
    "atentados",
    "incendios",
    "accidentes",
    "deslaves",
    "derrumbes",
    "naufragios",
    "tiroteos",
)

# Places (core.extract.world_places): words after which a capitalised name is where something happened; words
# that are no place on their own (folded).
LOCATIVES = ("en", "cerca de", "municipio de", "localidad de", "pueblo de")
NOT_PLACES = ("centro",)  # "Centro de ...": an institution, like "center" in English
# A capitalised word right after a definite article is a noun ('la Santé', 'der Polizei'), not a town.
ARTICLES = ("el", "la", "los", "las")
# Dates (core.extract.world_dates): a date right after these words is the day a count stood at ('hasta ayer'),
# not the incident's.
AS_OF = ("hasta", "actualizado el", "actualizado a")  # and "updated on"
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# "last night" (dateparser has "ayer" only)
DAYS_BACK = {"anoche": 1}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("todo el país",)
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("la capital",)
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = ("que",)
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = (
    "en su mayoría", "en su mayor parte", "la mayoría", "mayoritariamente", "principalmente", "sobre todo",
    "casi todos",
)
# A word between a trigger noun and its number that keeps them one phrase (core.extract.multilingual): "la muerte de
# 3 personas y heridas a otras 11" gives 3 to the deaths, not to the wounded further on
LABEL_LINKS = ("de", "a")  # "la muerte de 3 personas", "mató a 5 y dejó heridos a 12"
# Places (core.extract.world_places): division words before a name make it a province's ("departamento del Cauca");
# lower-case words inside a place's name ("Valverde del Camino"); words before a country's name that make it the
# people's origin ("ciudadanos de Alemania"), not the place; verbs a capital governs ("Madrid condenó"), making it
# the government, not the place
PROVINCE_WORDS_BEFORE = (
    "provincia de", "departamento de", "departamento del", "estado de", "comunidad de", "región de", "region de",
    "distrito de", "distrito del", "provincias de", "departamentos de", "distritos de",
)  # fmt: skip
# a US county named in the language: the county, not a town of its name (core.extract.world_places)
COUNTY_WORDS_BEFORE = ("condado de", "condado del")
PLACE_NAME_LINKS = ("de", "del", "de la", "de los", "de las")
ORIGIN_BEFORE = (
    "ciudadanos de", "ciudadano de", "procedentes de", "originarios de", "naturales de", "natural de",
    # a country's embassy, consulate or foreign ministry speaks for its nationals abroad
    "embajada de", "embajador de", "consulado de", "cancillería de", "primera dama de",
)  # fmt: skip
GOVERNMENT_VERBS = ("acusó", "condenó", "denunció", "exigió", "acusa", "condena")
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'el edificio Windsor'
# (core.extract.world_places)
# A river's, a lake's or a mountain's word: the name after it is no town's (core.extract.world_places)
FEATURE_WORDS = ("río", "arroyo", "lago", "laguna", "volcán", "monte", "cerro")
BUILDING_WORDS = (
    "edificio", "torre", "torres", "hotel", "puente", "calle", "avenida", "plaza", "estadio", "hospital",
    "centro comercial", "discoteca", "condominio", "residencial", "mercado", "colegio", "escuela",
    # a company's name is no place either ('un bus de la empresa San Martín de Porres': no Saint Martin)
    "empresa", "compañía", "aerolínea", "naviera", "cooperativa",
)  # fmt: skip
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_BEFORE = (
    "rumbo a",
    "con destino a",
    "con rumbo a",
    "que se dirigía a",
    "que se dirigían a",
    "procedente de",
    "procedentes de",
    "que viajaba a",
    "que cubría la ruta entre",
)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
# A mass poisoning by drink or food (stems, read anywhere in the text): those treated in hospital are the sick, not
# the wounded, unless a word of injury (HURT_STEMS) is told with their count (core.extract.poisonings)
POISONED_BY = (
    "alcohol adulterado", "bebidas adulteradas", "bebida adulterada", "licor adulterado", "aguardiente adulterado",
    "alcohol metílico", "metanol", "intoxicación alimentaria", "alimentos contaminados", "comida contaminada",
    # a poisoned drink or water, a mass poisoning, an outbreak of a disease of dirty water: the sick, not the hurt
    "cerveza envenenada", "cerveza adulterada", "bebida envenenada", "envenenamiento", "agua contaminada",
    "tifoidea", "disentería",
    # cholera only as "el cólera" (the disease is masculine) and its phrases: "la cólera de los vecinos" is anger
    "el cólera", "del cólera", "al cólera", "brote de cólera", "epidemia de cólera", "casos de cólera",
    "muertes por cólera", "fallecidos por cólera", "enfermos de cólera",
)  # fmt: skip
HURT_STEMS = ("herid", "lesion", "quemad")
STILL_IN_CARE = (
    "siguen",
    "sigue",
    "permanecen",
    "permanece",
    "continúan",
    "continúa",
    "todavía",
    "aún",
    "actualmente",
    "en estos momentos",
)
CARE_WORDS = (
    "hospital*",
    "ingresad*",
    "uci",
    "clínico",
    "internad*",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("terremoto*", "sismo*", "seísmo*", "temblor*", "maremoto*", "tsunami*"),
    "water": (
        "inundaci*", "riada*", "lluvia*", "aguacero*", "temporal", "temporales", "huracán", "huracanes", "tifón",
        "ciclón", "tormenta*", "tornado*", "deslizamiento*", "deslave*", "alud", "aludes", "crecida*",
        "desbordamiento*", "monzón", "tifones", "ciclones", "aluvión", "aluviones", "=rotura de la presa",
        "=rotura de una presa", "=rotura de presa", "=ruptura de la presa", "dique", "diques",
        "corrimiento de tierra", "corrimientos de tierra", "inundad*", "huaico*", "huayco*",
        "tromba de agua", "marejada*", "vendaval*", "gota fría", "la dana", "granizada*", "lluvias torrenciales",
    ),
    "fire": ("incendio*", "fuego*", "llamas", "explosión", "explosiones", "deflagración"),
    "air": (
        "avión", "aviones", "avioneta*", "aeronave*", "helicóptero*", "accidente aéreo", "aerolínea*",
        "=accidente de avión", "=accidente de helicóptero",
    ),
    "rail": ("tren", "trenes", "ferroviari*", "descarrilamiento*", "descarril*", "tranvía*", "=choque de trenes"),
    "road": (
        "autobús", "autobuses", "bus", "microbús", "camión", "camiones", "autocar*", "accidente de tráfico",
        "accidente vial", "accidente de tránsito", "barranco", "accidente de carretera", "choque frontal",
        "choque múltiple", "carretera", "autopista*", "volcadura*", "atropell*", "tráiler", "camioneta*",
        "microbuses", "accidentes de tráfico", "accidente múltiple",
    ),
    "ship": (
        "naufragio*", "barco*", "ferri", "ferry", "embarcación*", "buque*", "hundimiento*", "patera*", "cayuco*",
        "lancha*", "zozobr*", "bote", "botes", "barcaza*", "naufrag*",
    ),
    "attack": (
        "atentado*", "ataque*", "bombardeo*", "bomba", "bombas", "tiroteo*", "masacre*", "terroris*", "misil*",
        "disparos", "explosión", "explosiones", "suicida", "deflagración", "emboscada*", "balacera*", "tirador*",
        "atacante*", "pistolero*", "sicario*", "matanza*", "acribillad*", "=a tiros", "motín", "motines",
        "enfrentamiento*", "balead*", "apuñala*", "disparo",
    ),
    "crowd": (
        "estampida*", "avalancha humana", "motín", "motines", "disturbios", "tumulto*", "=avalancha humana",
    ),
    "collapse": ("derrumbe*", "colapso*", "derrumb*", "desplom*"),
    "mine": ("minero", "mineros", "mina de", "minera", "=tragedia minera"),
    "weather": (
        "ola de calor", "olas de calor", "golpe de calor", "ola de frío", "tormenta*", "tormenta eléctrica", "rayo",
        "rayos", "calor", "frío", "helada*", "hipotermia", "insolación", "temperaturas extremas", "canícula",
    ),
    "volcano": ("volcán", "volcanes", "volcánic*", "erupción", "erupciones", "lava", "piroclástic*"),
}  # fmt: skip
# Places: a distance's units and the words between it and the town it is measured from ('a 80 km al norte de
# Bogotá', 'a 80 kilómetros de Bogotá'): the place is near the town, in its region, not the town itself
DISTANCE_UNITS = ("km", "kilómetros", "kilometros", "millas")
BEARING_BEFORE = (
    "de",
    *(f"al {side} de" for side in ("norte", "sur", "este", "oeste", "noreste", "noroeste", "sureste", "suroeste")),
)

# Everyone aboard dead, told as no survivors: "un avión con 62 personas a bordo ... no hubo supervivientes" (62).
NO_SURVIVOR_PHRASES = (
    "no hubo supervivientes", "no hay supervivientes", "sin supervivientes", "ningún superviviente",
    "no hubo sobrevivientes", "no hay sobrevivientes", "sin sobrevivientes", "ningún sobreviviente",
    "nadie sobrevivió",
)  # fmt: skip
# Words that make a no-survivor phrase near them in its sentence an expectation or a fear, no one told dead yet
NO_SURVIVOR_HEDGES = (
    "se espera", "se esperan", "esperado", "esperados", "se teme", "temen", "teme", "se prevé", "previsto",
)  # fmt: skip
ABOARD_PHRASES = ("a bordo",)
# A second death told with the verb left out, after a one-person death: "Uno murió en el lugar y otro en el hospital".
AND_ANOTHER = (
    "y otro en", "y otra en", "y otro al", "y otra al", "y el otro en", "y la otra en", "y otro camino",
    "y otra camino", "y otro horas", "y otra horas", "y otro más tarde", "y otra más tarde",
)  # fmt: skip
# 'Last' beside a weekday ('el pasado lunes', 'el lunes pasado'; core.extract.world_dates): on the weekday it names, the
# one a week before
LAST_WEEKDAY = ("pasado", "último")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = (
    "a la agencia", "a la prensa", "a los periodistas", "a los medios",  # "dijo a la prensa el alcalde"
    "en un comunicado", "en una nota", "en una rueda de prensa", "en rueda de prensa", "en declaraciones",
    "a través de", "en su cuenta", "en sus redes", "en redes sociales", "en un mensaje", "en un informe",
    "en un boletín", "en twitter", "en una conferencia",
)  # fmt: skip
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("sr.", "sra.", "dr.", "dra.", "lic.", "ing.", "gral.", "gob.")
# "magnitud 6": a word right before a number that makes it no count of people
NOT_COUNTS_BEFORE = (  # "en el kilómetro 345 de la A-7"
    "a las", "desde las", "hasta las", "hacia las", "eso de las",  # "a las 5": a clock time
    "andén", "carril",  # "andén 3": a platform, a lane
    "magnitud", "kilómetro", "km", "nacional",
    # "mató a una compañera de 16": after one person's noun, "de" and a number tell an age
    "compañera de", "compañero de", "niña de", "niño de", "joven de", "chica de", "chico de", "muchacha de",
    "muchacho de", "mujer de", "hombre de", "estudiante de", "alumna de", "alumno de", "adolescente de",
    "anciana de", "anciano de", "bebé de",
    # a numbered place's noun before its number: "la Puerta 3 del estadio", "la Ruta 40" (a name, no count)
    "puerta", "terminal", "muelle", "pabellón", "sala", "ruta", "línea", "autopista", "autovía", "carretera", "número",
    "nº", "hangar", "nave",
)
# Verbs by which a source puts the toll at a figure, read as verbs of saying for sources only (world_attribution)
REPORTING_VERBS = ("rebajó", "rebajaron", "elevaron", "cifraron", "redujo", "redujeron",
                   "hablan de", "habla de", "afirman", "aseguran")  # "los vecinos hablan de 20 heridos"

# Days counted after the incident at a sentence's head: its weekday is then what followed (world_dates)
# months or years after an earlier event before its date ('huit mois après les attentats du 13 novembre'): the
# date is that event's, not the incident's (world_dates)
SPAN_AFTER = (
    "meses después de", "meses después del", "años después de", "años después del", "año después de",
    "año después del", "meses tras", "años tras", "año tras",
)  # fmt: skip
DAYS_AFTER = {
    "un día después": 1, "dos días después": 2, "tres días después": 3, "una semana después": 7,
    "dos semanas después": 14,
}  # fmt: skip
# What is still to come a few words before a weekday ('será presentado el martes'): no day counted back (world_dates)
FUTURE_BEFORE = ("será", "serán", "se celebrará", "se celebrarán", "previsto", "prevista", "previstos", "previstas")
# A verb's singular form that tells the death of one, with no number ("Fallece un motorista", "el conductor murió");
# not after a negation
SINGULAR_DEATHS = ("murió", "muere", "falleció", "fallece", "perdió la vida")
# "su acompañante resultó herido de gravedad": the auxiliary's singular before a wounded
# trigger (a word or two between) tells one person hurt
SINGULAR_HURT = ("resultó", "quedó", "sobreviviente", "superviviente")  # "el único sobreviviente herido": one hurt
NEGATIONS = ("no", "nadie", "ningún", "ninguna")
# A count of victims, the dead and the hurt alike when its parts say so ("23 victimes, dont huit morts" and 15 hurt)
VICTIM_NOUNS = ("víctimas", "victimas")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# días antes", "# semanas antes", "# meses antes", "# días atrás", "una semana antes", "un mes antes",
    "un día antes", "hace # días", "hace # semanas", "hace # meses", "hace una semana", "hace un mes",
    "la semana pasada", "la semana anterior", "el mes pasado", "el mes anterior", "el día anterior", "la víspera",
)  # fmt: skip
# the news's incident told as coming a span of time after another:
# "El suceso se produce cuatro días después de la explosión";
# the verbs of happening, and the spans with 'after'; the figures after them in the sentence are the earlier
# event's when the text tells its own
COMES_AFTER = (
    "se produce", "se produjo", "ocurre", "ocurrió", "sucede", "sucedió", "llega", "llegó", "tiene lugar", "tuvo lugar",
)  # fmt: skip
TIME_AFTER = (
    "día después", "días después", "semana después", "semanas después", "mes después", "meses después",
    "día tras", "días tras", "semana tras", "semanas tras",
)  # fmt: skip

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('intentó matar a dos personas', 'amenazó con matar a tres')
ATTEMPTED = (
    "intentó", "intentaron", "intentar", "intentado", "intentaba", "intento de", "trató de", "trataron de",
    "tratar de", "tratado de", "tentativa de", "amenazó con", "amenazaron con", "amenazar con", "amenazado con",
    "planeaba", "planeaban", "planear", "quería", "querían", "pretendía", "pretender",
    # what may come: "el sismo puede matar a miles"
    "puede", "pueden", "podría", "podrían", "podrá", "podrán", "va a", "van a", "iba a", "iban a",
)  # fmt: skip
THING_VERBS = (  # a verb right after a thing's noun: its own clause ("y una casa quedó destruida")
    "quedó", "quedaron", "quedaba", "fue", "fueron", "resultó", "resultaron", "se", "ha", "han", "había", "habían",
    "está", "están", "estaba", "sufrió", "sufrieron",
)  # fmt: skip
# A charge names its victims after it ("acusado de matar a seis"): a count before it is the accused
CHARGE_WORDS = ("matar a", "asesinar a", "herir a",
                # "Detienen a cuatro adolescentes por la muerte de una niña": the death's victims after it, the
                # count before it (the arrested, the accused) none of the dead
                "muerte de", "muerte del", "asesinato de", "asesinato del", "homicidio de", "homicidio del")
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("en total", "un total de", "en total,")
# the wounds themselves, no people hurt ("murió a causa de las heridas sufridas"): a trigger word inside is none
NOT_TRIGGERS = (
    "heridas sufridas", "heridas recibidas", "sus heridas", "heridas que sufrió", "heridas que sufrieron",
)  # fmt: skip
# A relative told with a possessive after and, one more of the count before ("murieron dos niñas y su madre")
KIN_AFTER_AND = (
    "su hijo", "su hija", "su madre", "su padre", "su esposa", "su esposo", "su marido", "su mujer", "su hermano",
    "su hermana", "su novia", "su novio", "su pareja", "su nieto", "su nieta", "su abuela", "su abuelo", "su bebé",
)  # fmt: skip
# 'in all' after a number that closes its clause (", ocho en total"): the total of the count told before it
TOTAL_AFTER = ("en total",)
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("compatriotas", "connacionales", "españoles", "españolas", "mexicanos", "argentinos",
    "colombianos", "chilenos", "peruanos", "bolivianos", "venezolanos", "ecuatorianos", "cubanos",
    "uruguayos", "paraguayos")
# A sentence dated to an earlier year that tells that event's toll as recalled (multilingual._a_follow_ups_own_toll):
# the gerund of the toll after the event ("..., matando a 192 personas e hiriendo a 2.000")
RECALL_VERBS = ("matando", "dejando", "causando", "provocando", "hiriendo")
# A singular verb counts one, never a number after it ("murió ... perseguido por dos vecinos": world_binding)
SINGULAR_VERB_AGREES = True

# Date words: a headline counting years since an event (`core.extract.look_back`); {n} in figures or a word
YEARS_ON = ("{n} años después", "{n} año después", "a {n} años", "a {n} año", "hace {n} años", "se cumplen {n} años",
            "{n} años tras", "{n} aniversario", "se cumple {n} año")  # fmt: skip
YEAR_COUNTS = {
    "un": 1, "uno": 1, "primer": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "décimo": 10, "quince": 15, "veinte": 20, "vigésimo": 20, "veinticinco": 25,
    "treinta": 30,
}
# 'of the' (and 'to', 'for the') before the victims' word, words after the count: the victims are another
# noun's complement ("Milhares de pessoas acompanharam o velório dos mortos"), the count is not theirs (world_binding)
OF_THE_BEFORE = ("de los", "de las", "del", "a los", "a las", "al")
# "murió una tercera víctima": an ordinal with a singular death is the toll so far (world_triggers); not 'cuarto'
# (a room) nor 'segundo' alone
ORDINALS = {"segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6,
            "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10,
            "décima": 10}  # fmt: skip
# after an ordinal, words that make it no person: "por tercera vez", "la tercera parte", "al tercer día"
ORDINAL_NOT_PERSON = ("vez", "parte", "día", "dia", "jornada", "semana", "mes", "año", "piso", "planta", "ola",
                      "ronda", "lugar", "de", "del", "edad")  # fmt: skip
# A word for 'on' right before a day and month in figures ('el 12/07'): a date, the language's day first, in the
# publication's year (core.extract.world_dates)
SHORT_DATE_BEFORE = ("el", "del", "desde el", "este")
# A day of mourning told right after a weekday or a date ('declaró el domingo día de luto'): the mourning's day, not
# the incident's (core.extract.world_dates)
MOURNING_WORDS = ("día de luto", "días de luto", "duelo nacional", "duelo oficial", "luto nacional", "luto oficial",
    "jornada de luto")  # fmt: skip
# a court step a follow-up's headline tells (its lead then tells the case's toll as plain news)
COURT_WORDS = (
    "condenado", "condenados", "condenada", "condenadas", "absuelto", "absueltos", "absuelta", "juicio",
    "tribunal", "sentencia", "audiencia nacional", "juzgado", "procesados", "veredicto", "años de prisión",
)  # fmt: skip
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("nadie", "ningún", "ninguna", "ninguno")

# Named times (`core.events.named_times`): words right before (after) a month named without a year ("last March",
# "in March") that name the latest such month before the report's publication; words before a named time that make
# it another event's ("the worst since March 2019")
PAST_MONTH_BEFORE = ("en", "pasado", "mes de")
PAST_MONTH_AFTER = ("pasado",)
NAMED_TIME_SINCE = ("desde",)

# A common word that begins as a country's name does, no adjective of its people (a meeting, not Réunion)
NOT_ADJECTIVES = ("reunión", "reuniones")

# A sentence that tells its death toll as rumour, one no authority confirmed (social media, unconfirmed reports):
# the toll is an earlier figure, which a stated one or a stated zero outweighs (core.extract.multilingual)
RUMOUR_CUES = (
    "rumor", "rumores", "se rumorea", "versiones no confirmadas", "informaciones no confirmadas",
    "ninguna autoridad ha confirmado", "ninguna autoridad confirmó", "difundidos en redes",
    "difundidas en redes", "difundidos en las redes", "difundidas en las redes", "circulan en redes",
    "circularon en redes", "en redes circulan", "en redes circularon", "publicaciones en redes",
    "mensajes en redes", "videos en redes", "vídeos en redes",
)  # fmt: skip
# An active harm verb whose subject is its doer and whose objects are its victims, listed one by one after it ("Un
# hombre mató a su esposa y a su hijo": two dead, core.extract.world_objects): the verbs, the singular determiners of
# an object, and the nouns of one person it may name
ACTIVE_HARM_VERBS = ("mató", "asesinó", "ha matado", "había matado", "ha asesinado", "había asesinado", "hirió",
                     "ha herido")  # fmt: skip
ONE_OBJECT_DETERMINERS = ("su", "el", "la", "al", "a la", "a su")
ONE_OBJECT_NOUNS = (
    "esposa", "esposo", "mujer", "marido", "hijo", "hija", "madre", "padre", "hermano", "hermana", "novia", "novio",
    "pareja", "expareja", "exesposa", "exmujer", "exnovia", "suegra", "suegro", "abuela", "abuelo", "nieto", "nieta",
    "cuñado", "cuñada", "sobrino", "sobrina", "tío", "tía", "bebé", "hijastro", "hijastra", "vecino", "vecina",
    "amigo", "amiga", "compañera", "compañero",
)  # fmt: skip
