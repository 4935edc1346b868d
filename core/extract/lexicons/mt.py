"""Maltese lexicon (shared shape, see `es.py` for the names): data only. Latin letters with "ċ", "ġ", "għ", "ħ",
"ż"; whole words (MATCH "word"), the verb in its forms ("mietu", they died; "miet", he died; "inqatlu", they were
killed; "weġgħu", they were hurt). A unit comes before its ten, joined by "u" (and): "ħamsa u tletin" (35); before a
noun the units take a short form ("tliet persuni", three persons; "ħames", "għaxar"), listed too."""

from __future__ import annotations

LANGUAGE = "mt"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"elf": 1000, "elef": 1000, "miljun": 1_000_000, "miljuni": 1_000_000}
_unit_words = {
    "wieħed": 1, "waħda": 1, "tnejn": 2, "żewġ": 2, "tlieta": 3, "tliet": 3, "erbgħa": 4, "erba'": 4,
    "ħamsa": 5, "ħames": 5, "sitta": 6, "sitt": 6, "sebgħa": 7, "seba'": 7, "tmienja": 8, "tmien": 8,
    "disgħa": 9, "disa'": 9,
}  # fmt: skip
_ten_words = {
    "għoxrin": 20, "tletin": 30, "erbgħin": 40, "ħamsin": 50, "sittin": 60, "sebgħin": 70, "tmenin": 80,
    "disgħin": 90,
}  # fmt: skip
NUMBER_WORDS = _unit_words | _ten_words
NUMBER_WORDS |= {
    "għaxra": 10, "għaxar": 10, "ħdax": 11, "ħdax-il": 11, "tnax": 12, "tnax-il": 12, "tlettax": 13, "erbatax": 14,
    "ħmistax": 15, "ħmistax-il": 15, "sittax": 16, "sbatax": 17, "tmintax": 18, "dsatax": 19, "mija": 100,
    "mitt": 100, "mitejn": 200, "elfejn": 2000,
    # the units before "elef" (thousands): "tlitt elef" (3000), "ħamest elef" (5000)
    "tlitt": 3, "erbat": 4, "ħamest": 5, "sebat": 7, "tmint": 8, "disat": 9, "għaxart": 10,
}  # fmt: skip
# a unit before its ten, one count ("wieħed u għoxrin", 21; "ħamsa u tletin", 35): two units joined by "u" would be
# two numbers, a unit and a ten are listed whole
NUMBER_WORDS |= {f"{unit} u {ten}": u + t for unit, u in _unit_words.items() for ten, t in _ten_words.items()}
NUMBER_JOINERS = ("u",)
# "12-il persuna" (12 persons): 11 to 19 take "-il" before their noun, on digits too
HYPHEN_ENDINGS = ("il",)
# the article, alone or on a preposition, written onto digits with a hyphen as it is before the number said ("is-16",
# the 16; "tas-16-il persuna", of the 16 people; "l-20", "it-3"): still a count, no name like "F-16"
_articles = ("l", "il", "is", "it", "id", "in", "ir", "ix", "iż", "iċ", "iz", "ic")
COUNT_PREFIXES = tuple(
    dict.fromkeys(
        _articles
        + tuple(f"{p}{a[1:]}" for p in ("ta", "li", "mi", "bi", "fi", "għa", "ma", "sa") for a in _articles[1:])
        + ("lill", "mill", "għall")
    )
)
VAGUE_QUANTITIES = {"għexieren": (12, 12, 99), "mijiet": (100, 100, 999), "eluf": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "qatlu", "qatel", "qatlet",
        "mietu", "miet", "mietet", "inqatlu", "inqatel", "inqatlet", "nqatlu", "nqatel", "tilfu ħajjithom",
        "tilef ħajtu", "tilfet ħajjitha", "mejtin", "mewt", "imwiet", "qtil", "għerqu", "għereq",  # drowned
    ),
    "wounded": (
        "weġgħu", "weġa'", "weġgħet", "midruba", "midrub", "indarbu", "ndarbu", "korrimenti", "feruti", "korrew",
        "korra", "sofrew ġrieħi", "ġrieħi",
    ),
    "missing": ("neqsin", "nieqsa", "nieqes", "għadhom neqsin", "spiċċaw neqsin"),
    "displaced": ("bla dar", "evakwati", "ġew evakwati", "tilfu djarhom"),
    "arrested": ("arrestati", "ġew arrestati", "arrestat", "arrestata", "arrestaw", "inżammu arrestati"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("mejtin u midruba",)
INJURY_GRADES = {"critical": ("kritiċi", "kritika"), "severe": ("gravi", "serji"), "light": ("ħfief", "ħfief")}
COORDINATORS = ("u", "filwaqt li", "waqt li", "iżda")
QUALIFIERS_BEFORE = {
    "mill-inqas": "at_least", "madwar": "about", "aktar minn": "more_than", "iktar minn": "more_than",
    "kważi": "nearly", "qrib": "nearly", "sa": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("telgħet għal", "laħqet", "żdied għal")
COUNT_NOUNS = ("għadd", "numru")
EARLIER_BEFORE = ("qabel", "inizjalment")
INCREMENT_BEFORE = ("oħra", "oħrajn")
SUBSET_BEFORE = ("fosthom", "inkluż", "inklużi")
NOT_COUNTS_AFTER = (
    "sena", "snin", "km", "kilometru", "kilometri", "metru", "metri", "%", "siegħa", "sigħat", "jum", "jiem",
    "minuta", "minuti", "ewro", "euro", "djar", "darba", "drabi",
)  # fmt: skip
ACCORDING_BEFORE = ("skont",)
SPEECH_VERBS = ("qal", "qalet", "qalu", "stqarr", "stqarret", "ħabbret", "ħabbar", "ikkonferma", "ikkonfermat")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "pulizija": "police", "gvern": "government", "ministru": "minister", "sptar": "hospital", "armata": "army",
    "protezzjoni ċivili": "civil protection", "kelliem": "spokesperson",
}  # fmt: skip
HOME_COUNTRIES = ("MT",)
LOCATIVES = ("f'", "fil-", "fi", "ġo")
DAYS_BACK = {"ilbieraħ": 1, "ilbieraħ filgħaxija": 1, "lbieraħ": 1}
STILL_IN_CARE = ("għadhom", "għadu")
CARE_WORDS = ("sptar", "l-isptar", "kura")
HAZARD_FAMILIES = {
    "quake": ("terremot*",),
    "water": ("għargħar*", "maltempata"),
    "fire": ("ħruq", "splużjoni*"),  # "nar" (fire) is Turkish "pomegranate": left out
    "air": ("ajruplan*",),
    "road": ("inċident tat-traffiku", "xarabank*"),
    "ship": ("dgħajsa", "bastiment*"),
    "attack": ("attakk*", "sparatorja*", "splużjoni*"),
}  # fmt: skip
NEGATIONS = ("ebda", "ma")
# Dates (core.extract.world_dates): "fit-12 ta' Marzu" (on 12 March)
MONTHS = {
    "jannar": 1, "frar": 2, "marzu": 3, "april": 4, "mejju": 5, "ġunju": 6, "lulju": 7, "awwissu": 8,
    "settembru": 9, "ottubru": 10, "novembru": 11, "diċembru": 12,
}  # fmt: skip
DAY_MONTH_LINKS = ("ta'", "ta’")
