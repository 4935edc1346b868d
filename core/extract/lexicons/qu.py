"""Quechua lexicon (shared shape, see `es.py` for the names): data only. Words take suffixes ("wañurqanku", they
died; "wañuchisqa", killed; "k'irisqa", wounded): triggers are word beginnings (MATCH "prefix"). Spanish loans
name institutions ("Ministerio del Interior") and months. A count comes before its noun ("51 runakuna", 51
people); "huk" (one) is also the indefinite article ("huk bus", a bus), a count only with a person's noun after
it."""

from __future__ import annotations

LANGUAGE = "qu"
MATCH = "prefix"
DIGIT_GROUPS = " ,."
DECIMAL = ","
SCALES = {"waranqa": 1000, "warânqa": 1000, "hunu": 1_000_000, "millón": 1_000_000}
NUMBER_WORDS = {
    "huk": 1, "iskay": 2, "kimsa": 3, "tawa": 4, "pichqa": 5, "pisqa": 5, "phisqa": 5, "suqta": 6, "soqta": 6,
    "qanchis": 7, "pusaq": 8, "isqun": 9, "isqon": 9, "chunka": 10, "chunca": 10, "pachak": 100, "pachaq": 100,
    # a unit after tens takes "-yuq" ("with"), "-niyuq" after a consonant: "qanchis chunka tawayuq" (74), "chunka
    # iskayniyuq" (12)
    "hukniyuq": 1, "iskayniyuq": 2, "kimsayuq": 3, "tawayuq": 4, "pichqayuq": 5, "pisqayuq": 5, "phisqayuq": 5,
    "suqtayuq": 6, "soqtayuq": 6, "qanchisniyuq": 7, "pusaqniyuq": 8, "isqunniyuq": 9, "isqonniyuq": 9,
}  # fmt: skip
MULTIPLIERS = ("chunka", "chunca", "pachak", "pachaq")  # "iskay chunka" = 20, "kimsa pachak" = 300
ONE_PERSON_NOUNS = ("runa", "warmi", "qari", "wawa", "irqi", "wayna", "sipas", "llamkaq", "yachachiq")
VAGUE_QUANTITIES = {"achka": (12, 12, 99), "chunka chunka": (12, 12, 99), "pachak pachak": (100, 100, 999)}
TRIGGERS = {
    "killed": ("wañu", "huañu", "kawsayninta chinkachi", "kawsayninkuta chinkachi", "sipisqa", "sipirqa"),
    "wounded": ("k'iri", "kiri", "qhiri", "chhuqri", "ch'uqri", "nanachisqa"),
    "missing": ("chinkasqa", "chinkarqa", "mana tarisqa", "maskasqa"),
    "displaced": ("ayqi", "wasinkunata chinkachi", "mana wasiyuq"),
    "arrested": ("hap'isqa", "hapisqa", "hap'irqa", "wisq'asqa", "wisqasqa"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("wañuqkuna k'irisqakunapas", "wañuqkuna kirisqakunapas")
COORDINATORS = ("hinallataq", "-pas", "chaymanta")
QUALIFIERS_BEFORE = {"yaqa": "nearly", "yaqa yaqa": "nearly", "pisimanta": "at_least", "masnin": "about"}  # fmt: skip
QUALIFIERS_AFTER = {"hina": "about", "aswan": "more_than", "astawan": "more_than"}
COUNT_NOUNS = ("yupay",)
SUBSET_BEFORE = ("chaykunamanta", "chaykuna ukhupi", "paykuna ukhupi")
NOT_COUNTS_AFTER = (
    "wata", "km", "kilómetro", "kilometro", "metro", "%", "por ciento", "hora", "punchaw", "p'unchaw", "killa",
    "sol", "soles", "wasi",
)  # fmt: skip
ACCORDING_AFTER = ("nisqanman hina", "willakusqanman hina", "nisqankuman hina")
SPEECH_VERBS = ("nispa willakun", "nispa willarqan", "willakun", "willarqan", "nirqan", "nin", "ninku", "nispa")
VERB_FINAL = True  # the speaker before the speech verb that closes the sentence
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ministerio": "ministry", "policía": "police", "policia": "police", "gobierno": "government",
    "kamachiq": "authorities", "hospital": "hospital", "alcalde": "mayor", "bomberos": "firefighters",
    "indeci": "civil defence", "defensa civil": "civil defence", "fiscalía": "prosecutor",
}  # fmt: skip
HOME_COUNTRIES = ("PE", "BO", "EC")
DAYS_BACK = {"qayna punchaw": 1, "qayna p'unchaw": 1, "qayna punchay": 1}
CARE_WORDS = ("hospital", "hampina wasi", "hampiy wasi")
HAZARD_FAMILIES = {
    "quake": ("pacha kuyuy", "pachakuyuy", "pacha kuyu*"),
    "water": ("lloqlla*", "lluqlla*", "yaku hunt'a*"),
}  # fmt: skip
NEGATIONS = ("mana", "manam", "manan")
