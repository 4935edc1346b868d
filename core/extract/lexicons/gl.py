"""Galician lexicon (shared shape, see `es.py` for the names): data only. Close to Portuguese and Spanish, yet its
own words: "morreron" (they died, pt "morreram", es "murieron"), "feridos", "polo menos" (at least, pt "pelo
menos"), "arredor de" (about), "onte" (yesterday); its months ("xuño", "xullo") are dateparser's. py3langid knows
Galician and tells a text of it from either neighbour's."""

from __future__ import annotations

LANGUAGE = "gl"
MATCH = "word"
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"mil": 1000, "millóns": 1_000_000, "millón": 1_000_000}
NUMBER_WORDS = {
    "un": 1, "unha": 1, "dous": 2, "dúas": 2, "tres": 3, "catro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dezaseis": 16,
    "dezasete": 17, "dezaoito": 18, "dezanove": 19, "vinte": 20, "trinta": 30, "corenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cen": 100, "cento": 100, "douscentos": 200,
    "duascentas": 200, "trescentos": 300, "trescentas": 300, "catrocentos": 400, "catrocentas": 400,
    "cincocentos": 500, "cincocentas": 500, "seiscentos": 600, "seiscentas": 600, "setecentos": 700,
    "setecentas": 700, "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900,
}  # fmt: skip
NUMBER_JOINERS = ("e",)  # "vinte e tres" (23)
APPROXIMATE = {"unha ducia": 12, "un cento": 100, "un milleiro": 1000, "medio cento": 50}
VAGUE_QUANTITIES = {
    "decenas": (12, 12, 99), "ducias": (12, 12, 99), "centos": (100, 100, 999), "centenares": (100, 100, 999),
    "milleiros": (1000, 1000, 9999), "miles": (1000, 1000, 9999), "decenas de miles": (10_000, 10_000, 99_999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        "mortos", "morto", "morta", "mortas", "morreron", "morreu", "morre", "morren", "faleceron", "faleceu",
        "falecidos", "falecidas", "vítimas mortais", "vítimas mortas", "asasinados", "asasinadas", "asasinado",
        "asasinada", "matou", "mataron", "matando", "cadáveres", "corpos sen vida", "perderon a vida",
        "perdeu a vida",
        # 'caused the death of' before its count ("causou a morte de cinco persoas"), drowned
        "a morte de", "afogaron", "afogou", "afogados", "afogadas", "afogado", "afogada",
    ),
    "wounded": (
        "feridos", "ferido", "ferida", "feridas", "resultaron feridos", "resultaron feridas", "hospitalizados",
        "hospitalizadas", "lesionados", "lesionadas",
        # taken to hospital, given as the injured ("sete persoas foron trasladadas ao hospital")
        "trasladados ao hospital", "trasladadas ao hospital", "trasladados ó hospital", "trasladadas ó hospital",
    ),
    "missing": ("desaparecidos", "desaparecidas", "desaparecido", "desaparecida"),
    "displaced": ("desprazados", "desprazadas", "evacuados", "evacuadas", "desaloxados", "desaloxadas"),
    "arrested": ("detidos", "detidas", "detido", "detida", "arrestados", "arrestadas"),
}  # fmt: skip
DEAD_AND_WOUNDED = (
    "mortos e feridos", "mortos ou feridos", "mortos e desaparecidos", "mortos ou desaparecidos",
    "mortas ou desaparecidas", "mortas e desaparecidas",
)  # fmt: skip
INJURY_GRADES = {
    "critical": ("en estado crítico", "críticos"),
    "severe": ("graves", "de gravidade", "en estado grave"),
    "light": ("leves", "de carácter leve"),
}
COORDINATORS = ("e", "mentres", "mentres que")
RANGES = (("entre", "e", ""),)
QUALIFIERS_BEFORE = {
    "polo menos": "at_least", "como mínimo": "at_least", "ao menos": "at_least", "máis de": "more_than",
    "arredor de": "about", "ao redor de": "about", "preto de": "nearly", "case": "nearly", "uns": "about",
    "unhas": "about", "aproximadamente": "about", "ata": "up_to",
}  # fmt: skip
QUALIFIERS_AFTER_NOUN = {"como mínimo": "at_least", "polo menos": "at_least"}
SUBSET_BEFORE = ("entre eles", "entre elas", "dos cales", "das cales")
NOT_COUNTS_AFTER = (
    "anos", "meses", "mes", "semanas",  # "unha nena de 18 meses morreu": an age, no count
    "km", "quilómetros", "metros", "%", "por cento", "horas", "días", "minutos", "euros", "dólares",
    "casas", "vivendas", "hectáreas", "graos", "veces",
)  # fmt: skip
COUNT_NOUNS = ("número de", "cifra de", "balance")
UPDATE_BEFORE = ("ascende a", "elévase a", "eleva a", "aumenta a", "sobe a", "chega a", "ascendeu a")
EARLIER_BEFORE = ("inicialmente", "previamente", "nun primeiro momento")
INCREMENT_BEFORE = ("outros", "outras")
ACCORDING_BEFORE = ("segundo", "de acordo con", "conforme")
SPEECH_VERBS = ("dixo", "informou", "confirmou", "explicou", "sinalou", "indicou", "declarou", "engadiu")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "policía": "police", "garda civil": "police", "bombeiros": "fire service", "goberno": "government",
    "xunta": "government", "ministerio": "ministry", "ministro": "minister", "hospital": "hospital",
    "concello": "local authorities", "alcalde": "mayor", "emerxencias": "emergency service", "112": "emergency service",
}  # fmt: skip
SOURCE_LEADING = ("o", "a", "os", "as")
LOCATIVES = ("en", "na", "no")
ARTICLES = ("o", "a", "os", "as")
HOME_COUNTRIES = ("ES",)
DAYS_BACK = {"onte": 1, "antonte": 2}
STILL_IN_CARE = ("seguen", "permanecen", "aínda")
CARE_WORDS = ("hospital", "hospitalizados", "ingresados")
HAZARD_FAMILIES = {
    "quake": ("terremoto*", "sismo*", "tsunami*"),
    "water": ("inundación*", "enchente*", "riada*"),
    "fire": ("incendio*", "lume", "explosión*"),
    "air": ("avión*", "avioneta*", "helicóptero*"),
    "rail": ("tren", "descarrilamento*"),
    "road": ("autobús", "accidente de tráfico", "colisión*"),
    "ship": ("barco*", "naufraxio*", "pesqueiro*"),
    "attack": ("atentado*", "tiroteo*", "ataque*"),
}  # fmt: skip
NEGATIONS = ("non", "ninguén", "ningún", "ningunha")
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("ninguén", "ningún", "ningunha")
