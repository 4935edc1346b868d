"""Shona lexicon (shared shape, see `es.py` for the names): data only. Whole words and stems (MATCH "word"). The
count follows its noun and agrees with it: people take "va-" ("vanhu vatatu", three people; "vanhu vashanu
vakafa", five people died); "ne-" (and) is written onto the next word ("gumi nevaviri", 12; "makumi matatu
nevashanu", 35); the tens are "makumi" and a unit in their class ("makumi maviri", 20). Verbs take subject and
tense prefixes ("vakafa", they died; "vakakuvara", they were hurt): the verbs are stems. py3langid has no Shona: a
text is told Shona by its share of the language's own function words (`FUNCTION_WORDS`)."""

from __future__ import annotations

LANGUAGE = "sn"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = " ,"
DECIMAL = "."
SCALES = {"zviuru": 1000, "chiuru": 1000, "mamiriyoni": 1_000_000, "miriyoni": 1_000_000}
# the units as counts of people ("vatatu"), as counting words ("tatu") and with "ne-" (and) written onto them
# ("vana", four people, is also "children": left out)
_people = (("mumwe", 1), ("vaviri", 2), ("vatatu", 3), ("vashanu", 5), ("vatanhatu", 6), ("vanomwe", 7),
           ("vasere", 8), ("vapfumbamwe", 9))  # fmt: skip
NUMBER_WORDS = {word: value for word, value in _people}
NUMBER_WORDS |= {"ne" + word: value for word, value in _people}
NUMBER_WORDS |= {
    "piri": 2, "tatu": 3, "shanu": 5, "tanhatu": 6, "nomwe": 7, "sere": 8, "pfumbamwe": 9, "gumi": 10,
    "zana": 100, "chiuru": 1000, "nezana": 100,
    "makumi maviri": 20, "makumi matatu": 30, "makumi mana": 40, "makumi mashanu": 50, "makumi matanhatu": 60,
    "makumi manomwe": 70, "makumi masere": 80, "makumi mapfumbamwe": 90, "mazana maviri": 200,
    "mazana matatu": 300,
}  # fmt: skip
VAGUE_QUANTITIES = {"makumi": (12, 12, 99), "mazana": (100, 100, 999), "zviuru": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43), the dead's 'of'
        "vakauraya", "akauraya", "yakauraya", "kwakauraya", "zvakauraya", "yevakafa",
        "vakafa", "vafa", "vanofa", "akafa", "afa", "kufa", "vakaurayiwa", "vaurayiwa", "akaurayiwa", "kuurayiwa",
        "vakashaya", "akashaya", "rufu", "vakanyura",  # drowned
    ),
    "wounded": ("vakakuvara", "vakuvara", "akakuvara", "kukuvara", "vakakuvadzwa", "kukuvadzwa", "chipatara"),
    "missing": ("vakarasika", "varasika", "havasati vawanikwa", "havasi kuonekwa", "vachiri kutsvakwa"),
    "displaced": ("vasina pekugara", "vakatiza misha", "vakatiza"),
    "arrested": ("vakasungwa", "akasungwa", "kusungwa", "vasungwa"),
}  # fmt: skip
COORDINATORS = ("uye", "asi", "apo")
QUALIFIERS_BEFORE = {
    "vanopfuura": "more_than", "anopfuura": "more_than", "kupfuura": "more_than", "vanosvika": "about",
    "vangangosvika": "about", "vanokwana": "about", "vangangoita": "about", "kanenge": "about",
}  # fmt: skip
UPDATE_BEFORE = ("yakwira kusvika", "yasvika", "wakwira kusvika")
COUNT_NOUNS = ("nhamba",)
EARLIER_BEFORE = ("pakutanga",)
INCREMENT_BEFORE = ("vamwe",)
SUBSET_BEFORE = ("pakati pavo", "mavari")
NOT_COUNTS_AFTER = (
    "makore", "gore", "mazuva", "zuva", "maawa", "awa", "maminitsi", "km", "makiromita", "mamita", "%", "madhora",
    "dzimba", "imba", "mwedzi",
)  # fmt: skip
ACCORDING_BEFORE = ("sekureva kwa", "maererano na", "sekutaura kwa")
SPEECH_VERBS = ("vakati", "akati", "akataura", "vakataura", "akazivisa", "vakazivisa")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "mapurisa": "police", "hurumende": "government", "gurukota": "minister", "chipatara": "hospital",
    "mauto": "army", "kanzuru": "local authorities", "meya": "mayor",
}  # fmt: skip
LOCATIVES = ("mu", "ku", "pa", "muna", "kuna")
HOME_COUNTRIES = ("ZW", "MZ")
DAYS_BACK = {"nezuro": 1, "zuro": 1, "nezuro wacho": 2}
STILL_IN_CARE = ("vachiri", "achiri")
CARE_WORDS = ("chipatara", "muchipatara")
HAZARD_FAMILIES = {
    "water": ("mafashamo", "dutu"),
    "fire": ("kuputika", "moto wakapisa"),
    "road": ("tsaona", "tsaona yemotokari", "bhazi"),
    "mine": ("mugodhi",),
}  # fmt: skip
NEGATIONS = ("hapana", "hakuna", "hazvina")
# Words of its own a Shona text is full of, none an English word (`core.extract.language`): 'and' (uye), 'that'
# (kuti), 'in' (mu), its 'people', 'this' (izvi, iyi), 'they' (ivo), 'also' (zvakare), 'after' (mushure)
FUNCTION_WORDS = (
    "uye", "kuti", "ne", "mu", "pa", "ku", "vanhu", "vakati", "akati", "izvi", "iyi", "uyu", "avo", "ava",
    "zvakare", "asi", "kana", "mushure", "panguva", "vari", "iri", "ari", "muna", "kwa", "ndi", "ivo", "zvichienderana",
    "nekuti", "kubva", "kusvika", "vachiri", "vamwe", "yakaitika", "mapurisa",
)  # fmt: skip
# Dates (core.extract.world_dates): dateparser has no Shona; "musi wa12 Kurume" (12 March)
MONTHS = {
    "ndira": 1, "kukadzi": 2, "kurume": 3, "kubvumbi": 4, "chivabvu": 5, "chikumi": 6, "chikunguru": 7,
    "nyamavhuvhu": 8, "gunyana": 9, "gumiguru": 10, "mbudzi": 11, "zvita": 12,
}  # fmt: skip
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("makore", "gore", "mazuva", "mwedzi", "mavhiki")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("makororo", "mhondi", "magandanga")
