"""Igbo lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). Written with dotted
vowels ("ọ", "ụ", "ị") and "ṅ", which many sites leave out ("abuo" for "abụọ", two): words are listed both ways.
The count follows its noun ("mmadụ iri nwụrụ", ten people died); ten comes before its multiplier ("iri abụọ", 20:
`SCALE_FIRST`) and takes its unit with "na" ("iri na ise", 15; "iri atọ na ise", 35); a hundred ("narị") and a
thousand ("puku") come after a multiplier or before it ("otu narị", "narị abụọ"). py3langid has no Igbo: a text is
told Igbo by its share of the language's own function words (`FUNCTION_WORDS`)."""

from __future__ import annotations

LANGUAGE = "ig"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"puku": 1000, "nde": 1_000_000, "nari": 100, "narị": 100}
NUMBER_WORDS = {
    "otu": 1, "abụọ": 2, "abuo": 2, "atọ": 3, "ato": 3, "anọ": 4, "ano": 4, "ise": 5, "isii": 6, "asaa": 7,
    "asatọ": 8, "asato": 8, "itoolu": 9, "iteghete": 9, "iri": 10, "narị": 100, "nari": 100, "puku": 1000,
}  # fmt: skip
SCALE_FIRST = ("iri", "narị", "nari", "puku")  # "iri abụọ" (20), "narị atọ" (300)
NUMBER_JOINERS = ("na",)  # "iri na otu" (11), "iri abụọ na ise" (25)
VAGUE_QUANTITIES = {"ọtụtụ narị": (100, 100, 999), "otutu nari": (100, 100, 999), "ọtụtụ puku": (1000, 1000, 9999),
                    "otutu puku": (1000, 1000, 9999), "ọtụtụ iri": (12, 12, 99), "otutu iri": (12, 12, 99)}  # fmt: skip
TRIGGERS = {
    "killed": (
        "nwụrụ", "nwuru", "nwụrụ anwụ", "nwuru anwu", "anwụọla", "anwuola", "nwụọ", "nwuo", "egburu", "gburu",
        "e gburu", "ozu", "tụfuru ndụ", "tufuru ndu", "mmiri riri",  # drowned
    ),
    "wounded": ("merụrụ ahụ", "meruru ahu", "merụọ ahụ", "meruo ahu", "mmerụ ahụ", "mmeru ahu", "ụlọ ọgwụ", "ulo ogwu"),
    "missing": ("furu efu", "efuola", "a hụbeghị", "a hubeghi"),
    "displaced": ("enweghị ebe obibi", "enweghi ebe obibi", "gbapụrụ", "gbapuru"),
    "arrested": ("jidere", "e jidere", "jichiri", "njide"),
}  # fmt: skip
COORDINATORS = ("na", "ma", "mana", "ebe")
QUALIFIERS_BEFORE = {
    "opekata mpe": "at_least", "ọ dịkarịa ala": "at_least", "o dikarie ala": "at_least", "karịrị": "more_than",
    "kariri": "more_than", "ihe karịrị": "more_than", "ihe kariri": "more_than", "ihe dị ka": "about",
    "ihe di ka": "about", "ihe ruru": "about", "ihe fọrọ nke nta": "nearly", "ihe foro nke nta": "nearly",
    # the qualifier before the noun its count follows: "ihe karịrị mmadụ 100" (more than 100 people)
    "opekata mpe mmadụ": "at_least", "opekata mpe mmadu": "at_least", "ihe karịrị mmadụ": "more_than",
    "ihe kariri mmadu": "more_than", "ihe dị ka mmadụ": "about", "ihe di ka mmadu": "about",
}  # fmt: skip
UPDATE_BEFORE = ("eruola", "erula", "ruru")
COUNT_NOUNS = ("ọnụ ọgụgụ", "onu ogugu")
EARLIER_BEFORE = ("na mbụ", "na mbu")
INCREMENT_BEFORE = ("ọzọ", "ozo")
INCREMENT_AFTER = ("ọzọ", "ozo")
SUBSET_BEFORE = ("n'ime ha", "n'ime ndị ahụ")
NOT_COUNTS_AFTER = (
    "afọ", "afo", "ụbọchị", "ubochi", "awa", "nkeji", "km", "kilomita", "mita", "%", "naira", "dọla", "dola",
    "ụlọ", "ulo", "ọnwa", "onwa",
)  # fmt: skip
ACCORDING_BEFORE = ("dịka", "dika", "dị ka", "di ka", "dabere na")
SPEECH_VERBS = ("kwuru", "kwuru na", "kpọsara", "kposara", "gwara")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ndị uwe ojii": "police", "ndi uwe ojii": "police", "gọọmentị": "government", "gọọmenti": "government",
    "gomenti": "government", "gọvanọ": "governor", "govano": "governor", "ụlọ ọgwụ": "hospital",
    "ulo ogwu": "hospital", "ndị agha": "army", "ndi agha": "army",
}  # fmt: skip
LOCATIVES = ("na", "n'ime", "n'obodo")
HOME_COUNTRIES = ("NG",)
DAYS_BACK = {"ụnyaahụ": 1, "unyaahu": 1}
STILL_IN_CARE = ("ka nọ", "ka no")
CARE_WORDS = ("ụlọ ọgwụ", "ulo ogwu")
HAZARD_FAMILIES = {
    "water": ("idei mmiri", "ide mmiri"),
    "fire": ("ọkụ gbara", "oku gbara", "mgbawa"),
    "road": ("ihe mberede ụgbọ ala", "ihe mberede ugbo ala", "ụgbọ ala", "ugbo ala"),
    "attack": ("mwakpo",),
}  # fmt: skip
NEGATIONS = ("ọ dịghị onye", "o dighi onye", "onweghị", "onweghi")
# Words of its own an Igbo text is full of, none an English word (`core.extract.language`): 'of' (nke), the plural
# (ndị), 'is' (bụ), 'that' (na, ka), 'in' (n'ime), 'when' (mgbe), 'said' (kwuru)
FUNCTION_WORDS = (
    "na", "nke", "ndị", "ndi", "ya", "bụ", "bu", "ka", "n'ime", "mgbe", "ọ", "site", "maka", "ebe", "dị", "di",
    "nwere", "kwuru", "ruo", "ugbu", "kwa", "mmadụ", "mmadu", "ahụ", "ahu", "ọzọ", "ozo", "niile", "n'ụlọ", "n'ulo",
    "gara", "nọ",
)  # fmt: skip
# Dates (core.extract.world_dates): "na 12 Jenụwarị" (12 January)
MONTHS = {
    "jenụwarị": 1, "jenuwari": 1, "febụwarị": 2, "febuwari": 2, "maachị": 3, "maachi": 3, "eprel": 4, "mee": 5,
    "juun": 6, "julaị": 7, "julai": 7, "ọgọọst": 8, "ogoost": 8, "septemba": 9, "ọktoba": 10, "oktoba": 10,
    "novemba": 11, "disemba": 12,
}  # fmt: skip
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("afọ", "afo", "ụbọchị", "ubochi", "ọnwa", "onwa")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("omekome",)
