"""Punjabi lexicon, Gurmukhi script (shared shape, see `es.py` for the names): data only. Gurmukhi digits are read
as digits; postpositions are separate words ("12 ਲੋਕਾਂ ਦੀ ਮੌਤ", 12 people's death) and stems take endings (MATCH
"prefix"). Letters with a nukta are written as the letter and its nukta ("ਜ਼ਖ਼ਮੀ"), as the pipeline reads them."""

from __future__ import annotations

LANGUAGE = "pa"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"ਹਜ਼ਾਰ": 1000, "ਹਜਾਰ": 1000, "ਲੱਖ": 100_000, "ਕਰੋੜ": 10_000_000}
NUMBER_WORDS = {
    "ਇੱਕ": 1, "ਇਕ": 1, "ਦੋ": 2, "ਤਿੰਨ": 3, "ਚਾਰ": 4, "ਪੰਜ": 5, "ਛੇ": 6, "ਸੱਤ": 7, "ਅੱਠ": 8, "ਨੌਂ": 9, "ਨੌ": 9,
    "ਦਸ": 10, "ਗਿਆਰਾਂ": 11, "ਬਾਰਾਂ": 12, "ਤੇਰਾਂ": 13, "ਚੌਦਾਂ": 14, "ਪੰਦਰਾਂ": 15, "ਸੋਲਾਂ": 16, "ਸਤਾਰਾਂ": 17,
    "ਅਠਾਰਾਂ": 18, "ਉੱਨੀ": 19, "ਵੀਹ": 20, "ਪੱਚੀ": 25, "ਤੀਹ": 30, "ਚਾਲੀ": 40, "ਪੰਜਾਹ": 50, "ਸੱਠ": 60,
    "ਸੱਤਰ": 70, "ਅੱਸੀ": 80, "ਨੱਬੇ": 90, "ਸੌ": 100,
    # both, all three ("ਦੋਵਾਂ ਦੀ ਮੌਤ", the death of both)
    "ਦੋਵੇਂ": 2, "ਦੋਵਾਂ": 2, "ਤਿੰਨੋਂ": 3, "ਤਿੰਨਾਂ": 3,
}  # fmt: skip
# 21-99, each a word of its own ("ਇੱਕੀ", 21; "ਪੈਂਤੀ", 35)
NUMBER_WORDS |= {
    "ਇੱਕੀ": 21, "ਬਾਈ": 22, "ਤੇਈ": 23, "ਚੌਵੀ": 24, "ਛੱਬੀ": 26, "ਸਤਾਈ": 27, "ਅਠਾਈ": 28, "ਉਨੱਤੀ": 29, "ਇਕੱਤੀ": 31,
    "ਬੱਤੀ": 32, "ਤੇਤੀ": 33, "ਚੌਂਤੀ": 34, "ਪੈਂਤੀ": 35, "ਛੱਤੀ": 36, "ਸੈਂਤੀ": 37, "ਅਠੱਤੀ": 38, "ਉਨਤਾਲੀ": 39,
    "ਇਕਤਾਲੀ": 41, "ਬਿਆਲੀ": 42, "ਤਿਰਤਾਲੀ": 43, "ਚੁਤਾਲੀ": 44, "ਪੰਤਾਲੀ": 45, "ਛਿਆਲੀ": 46, "ਸੰਤਾਲੀ": 47,
    "ਅਠਤਾਲੀ": 48, "ਉਨੰਜਾ": 49, "ਇਕਵੰਜਾ": 51, "ਬਵੰਜਾ": 52, "ਤਰਵੰਜਾ": 53, "ਚਰਵੰਜਾ": 54, "ਪਚਵੰਜਾ": 55,
    "ਛਪੰਜਾ": 56, "ਸਤਵੰਜਾ": 57, "ਅਠਵੰਜਾ": 58, "ਉਨਾਹਠ": 59, "ਇਕਾਹਠ": 61, "ਬਾਹਠ": 62, "ਤਰੇਹਠ": 63, "ਚੌਂਹਠ": 64,
    "ਪੈਂਹਠ": 65, "ਛਿਆਹਠ": 66, "ਸਤਾਹਠ": 67, "ਅਠਾਹਠ": 68, "ਉਨੱਤਰ": 69, "ਇਕਹੱਤਰ": 71, "ਬਹੱਤਰ": 72, "ਤਿਹੱਤਰ": 73,
    "ਚੌਹੱਤਰ": 74, "ਪਚੱਤਰ": 75, "ਛਿਹੱਤਰ": 76, "ਸਤੱਤਰ": 77, "ਅਠੱਤਰ": 78, "ਉਨਾਸੀ": 79, "ਇਕਾਸੀ": 81, "ਬਿਆਸੀ": 82,
    "ਤਰਾਸੀ": 83, "ਚੁਰਾਸੀ": 84, "ਪਚਾਸੀ": 85, "ਛਿਆਸੀ": 86, "ਸਤਾਸੀ": 87, "ਅਠਾਸੀ": 88, "ਉਨਾਨਵੇਂ": 89,
    "ਇਕਾਨਵੇਂ": 91, "ਬਾਨਵੇਂ": 92, "ਤਰਾਨਵੇਂ": 93, "ਚੁਰਾਨਵੇਂ": 94, "ਪਚਾਨਵੇਂ": 95, "ਛਿਆਨਵੇਂ": 96, "ਸਤਾਨਵੇਂ": 97,
    "ਅਠਾਨਵੇਂ": 98, "ਨੜਿੰਨਵੇਂ": 99,
}  # fmt: skip
# A number and a half before a scale word: "ਡੇਢ ਹਜ਼ਾਰ" (1500), "ਢਾਈ ਸੌ"; "ਸਾਢੇ ਤਿੰਨ ਹਜ਼ਾਰ" (3500)
FRACTIONS = {"ਡੇਢ": 1.5, "ਢਾਈ": 2.5}
FRACTION_BEFORE = {"ਸਾਢੇ": 0.5}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "ਦਰਜਨਾਂ": (12, 12, 99),
    "ਸੈਂਕੜੇ": (100, 100, 999),
    "ਸੈਂਕੜਿਆਂ": (100, 100, 999),
    "ਹਜ਼ਾਰਾਂ": (1000, 1000, 9999),
    "ਲੱਖਾਂ": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        # 'the killing of N', 'that took the lives' (test_four_forms43)
        "ਦਾ ਕਤਲ", "ਦੀ ਹੱਤਿਆ", "ਜਾਨ ਲੈਣ ਵਾਲ",
        # took the lives of ('... took the lives of 57'): the dead
        "ਦੀ ਜਾਨ ਲੈ ਲਈ", "ਜਾਨ ਲੈ ਲਈ", "ਦੀਆਂ ਜਾਨਾਂ ਲੈ ਲਈਆਂ", "ਜਾਨਾਂ ਲੈ ਲਈਆਂ",
        # "12 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ" (12 people's death happened), "ਜਾਨ ਗੁਆ ਦਿੱਤੀ" (gave up their life)
        "ਮੌਤ", "ਮਾਰੇ ਗਏ", "ਮਾਰੇ ਗਈਆਂ", "ਮ੍ਰਿਤਕ", "ਜਾਨ ਗੁਆ", "ਜਾਨ ਗਵਾ", "ਜਾਨ ਚਲੀ", "ਜਾਨਾਂ ਗਈਆਂ", "ਲਾਸ਼",
        "ਮਰ ਗਏ", "ਮਰਨ ਵਾਲ", "ਦਮ ਤੋੜ", "ਮੌਤ ਦੇ ਘਾਟ", "ਡੁੱਬ ਕੇ",
    ),
    "wounded": ("ਜ਼ਖ਼ਮੀ", "ਜ਼ਖਮੀ", "ਜਖਮੀ", "ਫੱਟੜ", "ਹਸਪਤਾਲ ਵਿੱਚ ਦਾਖ਼ਲ", "ਹਸਪਤਾਲ ਵਿੱਚ ਦਾਖਲ", "ਹਸਪਤਾਲ ਦਾਖ਼ਲ"),
    "missing": ("ਲਾਪਤਾ", "ਗੁੰਮ"),
    "displaced": ("ਬੇਘਰ", "ਉਜਾੜ", "ਵਿਸਥਾਪਿਤ", "ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ", "ਸੁਰੱਖਿਅਤ ਥਾਂਵਾਂ", "ਸੁਰੱਖਿਅਤ ਕੱਢ"),
    "arrested": ("ਗ੍ਰਿਫ਼ਤਾਰ", "ਗ੍ਰਿਫਤਾਰ", "ਹਿਰਾਸਤ", "ਕਾਬੂ ਕੀਤਾ", "ਕਾਬੂ ਕਰ"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("ਮ੍ਰਿਤਕਾਂ ਅਤੇ ਜ਼ਖ਼ਮੀਆਂ", "ਮਾਰੇ ਗਏ ਜਾਂ ਜ਼ਖ਼ਮੀ", "ਮਾਰੇ ਗਏ ਜਾਂ ਲਾਪਤਾ")
INJURY_GRADES = {"critical": ("ਨਾਜ਼ੁਕ",), "severe": ("ਗੰਭੀਰ",), "light": ("ਮਾਮੂਲੀ",)}
COORDINATORS = ("ਅਤੇ", "ਜਦਕਿ", "ਜਦੋਂਕਿ", "ਤੇ")
RANGES = (("", "ਤੋਂ", ""),)
FROM_TO = (("", "ਤੋਂ ਵਧ ਕੇ"), ("", "ਤੋਂ ਵੱਧ ਕੇ"))  # "from N to M": N is superseded
QUALIFIERS_BEFORE = {
    "ਘੱਟੋ-ਘੱਟ": "at_least", "ਘੱਟੋ ਘੱਟ": "at_least", "ਲਗਭਗ": "about", "ਕਰੀਬ": "about", "ਤਕਰੀਬਨ": "about",
    "ਤਕਰੀਬਨ ਕੁੱਲ": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {
    "ਤੋਂ ਵੱਧ": "more_than", "ਤੋਂ ਵਧ": "more_than", "ਤੋਂ ਜ਼ਿਆਦਾ": "more_than", "ਤੋਂ ਵਧੇਰੇ": "more_than",
    "ਤੋਂ ਉੱਪਰ": "more_than", "ਤੋਂ ਉੱਤੇ": "more_than",
}  # fmt: skip
# Toll verbs before the number: "ਮ੍ਰਿਤਕਾਂ ਦੀ ਗਿਣਤੀ ਵਧ ਕੇ 15 ਹੋ ਗਈ" (the toll rose to 15)
UPDATE_BEFORE = ("ਵਧ ਕੇ", "ਵੱਧ ਕੇ")
UPDATE_AFTER = ("ਤੱਕ ਪਹੁੰਚ", "ਤਕ ਪਹੁੰਚ")
REVISED_DOWN = ("ਘਟ ਕੇ", "ਘੱਟ ਕੇ")
EARLIER_BEFORE = ("ਸ਼ੁਰੂ ਵਿੱਚ", "ਸ਼ੁਰੂਆਤ ਵਿੱਚ", "ਪਹਿਲਾਂ")
PERPETRATORS = ("ਅੱਤਵਾਦੀ", "ਹਮਲਾਵਰ")
SUBSET_BEFORE = ("ਜਿਨ੍ਹਾਂ ਵਿੱਚ", "ਇਨ੍ਹਾਂ ਵਿੱਚ", "ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ", "ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ", "ਮ੍ਰਿਤਕਾਂ ਵਿੱਚ", "ਜ਼ਖ਼ਮੀਆਂ ਵਿੱਚ")
NOT_COUNTS_AFTER = (
    "ਵਾਰ", "ਸਾਲ", "ਕਿਲੋਮੀਟਰ", "ਕਿਮੀ", "ਮੀਟਰ", "%", "ਫ਼ੀਸਦ", "ਫੀਸਦੀ", "ਪ੍ਰਤੀਸ਼ਤ", "ਘੰਟੇ", "ਦਿਨ", "ਮਿੰਟ", "ਰੁਪਏ",
    "ਮੰਜ਼ਿਲ", "ਫੁੱਟ",
)  # fmt: skip
COUNT_NOUNS = ("ਗਿਣਤੀ", "ਅੰਕੜਾ")
ACCORDING_AFTER = ("ਦੇ ਮੁਤਾਬਕ", "ਦੇ ਅਨੁਸਾਰ", "ਮੁਤਾਬਕ", "ਅਨੁਸਾਰ")
SPEECH_VERBS = ("ਨੇ ਦੱਸਿਆ", "ਨੇ ਕਿਹਾ", "ਨੇ ਪੁਸ਼ਟੀ ਕੀਤੀ", "ਨੇ ਜਾਣਕਾਰੀ ਦਿੱਤੀ", "ਦੱਸਿਆ ਕਿ")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ਪੁਲਿਸ": "police", "ਪੁਲੀਸ": "police", "ਸਰਕਾਰ": "government", "ਅਧਿਕਾਰੀ": "official", "ਮੰਤਰੀ": "minister",
    "ਮੁੱਖ ਮੰਤਰੀ": "chief minister", "ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ": "collector", "ਹਸਪਤਾਲ": "hospital", "ਪ੍ਰਸ਼ਾਸਨ": "administration",
    "ਡਾਕਟਰ": "doctors",
}  # fmt: skip
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
HOME_COUNTRIES = ("IN",)
# "ਲੁਧਿਆਣਾ ਵਿੱਚ", "ਗੁਡੌਰੀ 'ਚ": the postposition after a name places it (in)
LOCATIVES_AFTER = ("ਵਿੱਚ", "ਵਿਚ", "'ਚ")
CAPITAL_WORDS = ("ਰਾਜਧਾਨੀ",)
HAZARD_FAMILIES = {
    "quake": ("ਭੂਚਾਲ*",),
    "water": ("ਹੜ੍ਹ*", "ਹੜ*", "ਭਾਰੀ ਮੀਂਹ*", "ਤੂਫ਼ਾਨ*", "ਤੂਫਾਨ*", "ਢਿੱਗਾਂ*", "ਬੱਦਲ ਫਟ*"),
    "fire": ("ਅੱਗ*", "ਧਮਾਕ*"),
    "air": ("ਜਹਾਜ਼*", "ਹੈਲੀਕਾਪਟਰ*"),
    "rail": ("ਰੇਲ*", "ਟ੍ਰੇਨ*"),
    "road": ("ਬੱਸ*", "ਟਰੱਕ*", "ਸੜਕ ਹਾਦਸ*"),
    "ship": ("ਕਿਸ਼ਤੀ*",),
    "attack": ("ਹਮਲ*", "ਗੋਲੀਬਾਰੀ*", "ਬੰਬ*"),
    "crowd": ("ਭਗਦੜ*",),
    "collapse": ("ਢਹਿ*", "ਡਿੱਗ*"),
}  # fmt: skip
