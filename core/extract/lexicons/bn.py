"""Bengali lexicon (shared shape, see `es.py` for the names): data only. Bengali digits are read as digits;
case endings follow stems ("নিহতের", "আহতদের"): triggers match word starts (MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "bn"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"হাজার": 1000, "লাখ": 100_000, "লক্ষ": 100_000, "কোটি": 10_000_000}
NUMBER_WORDS = {
    "এক": 1,
    "দুই": 2,
    "তিন": 3,
    "চার": 4,
    "পাঁচ": 5,
    "ছয়": 6,
    "সাত": 7,
    "আট": 8,
    "নয়": 9,
    "দশ": 10,
    "বিশ": 20,
    "ত্রিশ": 30,
    "চল্লিশ": 40,
    "পঞ্চাশ": 50,
    "একশ": 100,
}
TRIGGERS = {
    "killed": ("নিহত", "মৃত্যু", "মারা", "প্রাণ হারান", "প্রাণ হারিয়ে", "মৃত", "লাশ", "প্রাণহানি"),
    "wounded": ("আহত", "দগ্ধ", "জখম"),
    "missing": ("নিখোঁজ",),
    "displaced": ("গৃহহীন", "বাস্তুচ্যুত", "সরিয়ে নেওয়া"),
    "arrested": ("গ্রেপ্তার", "গ্রেফতার", "আটক"),
}
QUALIFIERS_BEFORE = {"অন্তত": "at_least", "কমপক্ষে": "at_least", "প্রায়": "about", "আনুমানিক": "about"}
QUALIFIERS_AFTER = {"জনের বেশি": "more_than", "এর বেশি": "more_than", "বেশি": "more_than", "জনেরও বেশি": "more_than"}
SUBSET_BEFORE = ("এর মধ্যে", "তাদের মধ্যে", "এদের মধ্যে")
NOT_COUNTS_AFTER = (
    "বছর",
    "কিলোমিটার",
    "মিটার",
    "%",
    "শতাংশ",
    "টায়",
    "টার",
    "ঘণ্টা",
    "দিন",
    "মিনিট",
    "তলা",
    "টাকা",
    "ডলার",
)
COUNT_NOUNS = ("সংখ্যা",)
