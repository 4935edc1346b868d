"""Yoruba lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"). Tones are
written with accents, on the dotted vowels as marks of their own ("mẹ́ta", three), or, by many sites, not at all
("meta"): words are listed both ways. The count follows its noun ("èèyàn mẹ́wàá", ten people; "èèyàn 12"), and
numbers from 15 on count down from the next score ("márùndínlógójì", five less than forty: 35), listed whole.
"ló kú" (who died), "farapa" (were hurt)."""

from __future__ import annotations

import unicodedata

LANGUAGE = "yo"
MATCH = "word"
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"ẹgbẹ̀rún": 1000, "egberun": 1000, "mílíọ̀nù": 1_000_000, "milionu": 1_000_000}
NUMBER_WORDS = {
    "méjì": 2, "meji": 2, "mẹ́ta": 3, "meta": 3, "mẹ́rin": 4, "merin": 4, "márùn-ún": 5, "márùn": 5, "marun": 5,
    "mẹ́fà": 6, "mefa": 6, "méje": 7, "meje": 7, "mẹ́jọ": 8, "mejo": 8, "mẹ́sàn-án": 9, "mẹ́sàn": 9, "mesan": 9,
    "mẹ́wàá": 10, "mewaa": 10, "mọ́kànlá": 11, "mokanla": 11, "méjìlá": 12, "mejila": 12, "mẹ́tàlá": 13,
    "metala": 13, "mẹ́rìnlá": 14, "merinla": 14, "mẹ́ẹ̀ẹ́dógún": 15, "meedogun": 15, "mẹ́rìndínlógún": 16,
    "merindinlogun": 16, "mẹ́tàdínlógún": 17, "metadinlogun": 17, "méjìdínlógún": 18, "mejidinlogun": 18,
    "mọ́kàndínlógún": 19, "mokandinlogun": 19, "ogún": 20, "ogun": 20, "mọ́kànlélógún": 21, "mokanlelogun": 21,
    "méjìlélógún": 22, "mejilelogun": 22, "mẹ́tàlélógún": 23, "metalelogun": 23, "mẹ́rìnlélógún": 24,
    "merinlelogun": 24, "márùndínlọ́gbọ̀n": 25, "marundinlogbon": 25, "ọgbọ̀n": 30, "ogbon": 30,
    "márùndínlógójì": 35, "marundinlogoji": 35, "ogójì": 40, "ogoji": 40, "àádọ́ta": 50, "aadota": 50,
    "ọgọ́ta": 60, "ogota": 60, "àádọ́rin": 70, "aadorin": 70, "ọgọ́rin": 80, "ogorin": 80, "àádọ́rùn-ún": 90,
    "aadorun": 90, "ọgọ́rùn-ún": 100, "ọgọ́rùn": 100, "ogorun": 100,
}  # fmt: skip
# The rest of 21-99 composed as the language composes them, on its scores and half-scores: a unit added with
# "lé" ("méjìlélógún", two on twenty: 22) or taken off the next one with "dín" ("méjìdínlọ́gọ́ta", two less than
# sixty: 58), each ten in the form it takes after them ("lógún", "lọ́gbọ̀n", "láàádọ́ta"); with tones and without.
_units_joined = ((1, "mọ́kàn", "mokan"), (2, "méjì", "meji"), (3, "mẹ́tà", "meta"), (4, "mẹ́rìn", "merin"),
                 (5, "márùn", "marun"))  # fmt: skip
_tens_joined = ((20, "lógún", "logun"), (30, "lọ́gbọ̀n", "logbon"), (40, "lógójì", "logoji"),
                (50, "láàádọ́ta", "laadota"), (60, "lọ́gọ́ta", "logota"), (70, "láàádọ́rin", "laadorin"),
                (80, "lọ́gọ́rin", "logorin"), (90, "láàádọ́rùn", "laadorun"), (100, "lọ́gọ́rùn", "logorun"))  # fmt: skip
NUMBER_WORDS |= {
    unit + joiner + ten: value
    for n, units, plain_units in _units_joined
    for score, tens, plain_tens in _tens_joined
    for value, joiner_pair in ((score + n, ("lé", "le")), (score - n, ("dín", "din")))
    if 15 <= value < 100 and (joiner_pair[0] == "dín" or n < 5)
    for unit, joiner, ten in ((units, joiner_pair[0], tens), (plain_units, joiner_pair[1], plain_tens))
}  # fmt: skip
NUMBER_WORDS |= {"ọ̀ọ́dúnrún": 300, "oodunrun": 300, "irínwó": 400, "irinwo": 400}
# Many sites keep the dots below and drop the tones ("mẹsan-an", nine; "mẹrindinlogun", sixteen): each number word
# also in that spelling, with the echo vowel after a hyphen where the toned word writes one
_tones = str.maketrans("", "", "\u0300\u0301\u0304")
NUMBER_WORDS |= {
    unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).translate(_tones)): value
    for word, value in list(NUMBER_WORDS.items())
}
VAGUE_QUANTITIES = {
    "ọgọ́rọ̀ọ̀rún": (100, 100, 999), "ogooorun": (100, 100, 999), "ẹgbẹẹgbẹ̀rún": (1000, 1000, 9999),
    "egbeegberun": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        "kú", "ku", "ló kú", "lo ku", "ti kú", "ti ku", "pàdánù ẹ̀mí", "padanu emi", "pàdánù ẹ̀mí wọn",
        "padanu emi won", "gbẹ́mìí", "gbemii", "òkú", "oku", "pa", "ṣekúpa", "sekupa", "ikú", "iku",
        # the focus "ló" before the perfect ("èèyàn 23 ló ti kú"): no "more than" ("ju ... lọ")
        "ló ti kú", "lo ti ku", "ló ti ku",
    ),
    "wounded": (
        "farapa", "fara pa", "ṣèṣe", "sese", "ní ọgbẹ́", "ni ogbe", "ilé ìwòsàn", "ile iwosan",
        # taken to hospital ("gbé èèyàn 14 lọ sí ilé ìwòsàn"): "lọ" (went) right after the count, no "more than"
        "lọ sí ilé ìwòsàn", "lo si ile iwosan", "lọ si ile iwosan",
        # the focus "ló" before the verb ("èèyàn 18 ló farapa"): no "more than" ("ju ... lọ")
        "ló farapa", "lo farapa", "ló fara pa", "lo fara pa", "ló ti farapa", "lo ti farapa",
    ),
    "missing": ("àwátì", "awati", "sọnù", "sonu", "di àwátì", "di awati"),
    "displaced": ("di aláìnílé", "di alainile", "kúrò nílé", "kuro nile"),
    "arrested": ("ti mú", "ti mu", "fi pańpẹ́ ọba gbé", "fi panpe oba gbe", "atìmọ́lé", "atimole"),
}  # fmt: skip
COORDINATORS = ("àti", "ati", "nígbà tí", "nigba ti")
QUALIFIERS_BEFORE = {
    "ó kéré tán": "at_least", "o kere tan": "at_least", "ó kéré jù": "at_least", "o kere ju": "at_least",
    "tó lé ní": "more_than", "to le ni": "more_than", "ju": "more_than", "bíi": "about", "bii": "about",
    # the qualifier before the noun its count follows: "ó kéré tán èèyàn 12" (at least 12 people)
    "ó kéré tán èèyàn": "at_least", "o kere tan eeyan": "at_least", "ó kéré tán ènìyàn": "at_least",
    "o kere tan eniyan": "at_least", "bíi èèyàn": "about", "bii eeyan": "about", "tó fẹ́rẹ̀ tó": "nearly",
    "to fere to": "nearly", "nǹkan bíi": "about", "nnkan bii": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {"lọ": "more_than", "lo": "more_than"}  # "ju èèyàn ogún lọ" (more than twenty people)
UPDATE_BEFORE = ("ti lọ sókè sí", "ti lo soke si", "ti di", "ti gòkè sí", "ti goke si")
COUNT_NOUNS = ("iye", "àròpọ̀", "aropo")
EARLIER_BEFORE = ("tẹ́lẹ̀", "tele", "níṣàájú", "nisaaju")
INCREMENT_BEFORE = ("mìíràn", "miiran")
SUBSET_BEFORE = ("lára wọn", "lara won", "nínú wọn", "ninu won")
NOT_COUNTS_AFTER = (
    "ọdún", "odun", "km", "kìlómítà", "kilomita", "mítà", "mita", "%", "ìdá", "ida", "wákàtí", "wakati", "ọjọ́",
    "ojo", "ìṣẹ́jú", "iseju", "náírà", "naira", "dọ́là", "dola", "ilé", "ile",
)  # fmt: skip
ACCORDING_BEFORE = ("gẹ́gẹ́ bí", "gege bi", "bí", "bi")
SPEECH_VERBS = ("sọ pé", "so pe", "kéde pé", "kede pe", "fìdí ẹ̀ múlẹ̀", "fidi e mule", "sọ", "so")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ọlọ́pàá": "police", "olopaa": "police", "àwọn ọlọ́pàá": "police", "ìjọba": "government", "ijoba": "government",
    "gómìnà": "governor", "gomina": "governor", "mínísítà": "minister", "minisita": "minister",
    "ilé ìwòsàn": "hospital", "ile iwosan": "hospital", "àjọ": "agency", "ajo": "agency",
    "agbẹnusọ": "spokesperson", "agbenuso": "spokesperson",
}  # fmt: skip
LOCATIVES = ("ní", "ni", "nílùú", "niluu", "sí", "si")
HOME_COUNTRIES = ("NG", "BJ")
DAYS_BACK = {"àná": 1, "ana": 1, "lánàá": 1, "lanaa": 1, "níjẹta": 2, "nijeta": 2}
STILL_IN_CARE = ("ṣì wà", "si wa")
CARE_WORDS = ("ilé ìwòsàn", "ile iwosan")
HAZARD_FAMILIES = {
    "water": ("omíyalé", "omiyale"),
    "fire": ("ìbúgbàmù", "ibugbamu"),
    "air": ("bàálù", "baalu", "ọkọ̀ òfurufú", "oko ofurufu"),
    "road": ("ìjàmbá ọkọ̀", "ijamba oko"),
    "attack": ("ìkọlù", "ikolu"),
}  # fmt: skip
NEGATIONS = ("kò", "ko", "kò sí", "ko si", "kòsí")
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("ọdún", "ọdun", "odun", "ọjọ́", "ọjọ", "ojo", "oṣù", "osu")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("agbebọn", "agbebon", "apanilaya", "ajinigbe")
