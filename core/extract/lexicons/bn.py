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
    "এগারো": 11,
    "বারো": 12,
    "তেরো": 13,
    "চৌদ্দ": 14,
    "পনেরো": 15,
    "ষোলো": 16,
    "ষোল": 16,
    "সতেরো": 17,
    "আঠারো": 18,
    "উনিশ": 19,
    "কুড়ি": 20,
    "একুশ": 21,
    "বাইশ": 22,
    "তেইশ": 23,
    "চব্বিশ": 24,
    "পঁচিশ": 25,
    "ছাব্বিশ": 26,
    "সাতাশ": 27,
    "আটাশ": 28,
    "ঊনত্রিশ": 29,
    "ষাট": 60,
    "সত্তর": 70,
    "আশি": 80,
    "নব্বই": 90,
    "একশ": 100,
    "একশো": 100,
    "শ": 100,
    "শো": 100,
    "শত": 100,
    "দু": 2,
}
# people counted: "দুজন", "বারোজন" (the counter written onto the number word)
NUMBER_COUNTERS = ("জন",)
TRIGGERS = {
    "killed": (
        "নিহত",
        "মৃত্যু",
        "মারা",
        "প্রাণ হারান",
        "প্রাণ হারিয়ে",
        "প্রাণ গেছে",
        "প্রাণ গেল",
        "মৃত",
        "লাশ",
        "মরদেহ",
        "প্রাণহানি",
    ),
    "wounded": ("আহত", "দগ্ধ", "জখম"),
    "missing": ("নিখোঁজ",),
    "displaced": ("গৃহহীন", "বাস্তুচ্যুত", "সরিয়ে নেওয়া"),
    "arrested": ("গ্রেপ্তার", "গ্রেফতার", "আটক"),
}
QUALIFIERS_BEFORE = {"অন্তত": "at_least", "কমপক্ষে": "at_least", "প্রায়": "about", "আনুমানিক": "about"}
QUALIFIERS_AFTER = {
    "জনের বেশি": "more_than",
    "এর বেশি": "more_than",
    "বেশি": "more_than",
    "জনেরও বেশি": "more_than",
    "ছাড়িয়ে": "more_than",
    "ছাড়াল": "more_than",
    "এর অধিক": "more_than",
    "অধিক": "more_than",
}
SUBSET_BEFORE = ("এর মধ্যে", "তাদের মধ্যে", "এদের মধ্যে", "মধ্যে")  # "নিহতদের মধ্যে ১০ জন": among the dead
NOT_COUNTS_AFTER = (
    "বছর",
    "কিলোমিটার",
    "মিটার",
    "%",
    "শতাংশ",
    "ঘণ্টা",
    "দিন",
    "মিনিট",
    "তলা",
    "টাকা",
    "ডলার",
    "ইউনিট",
    "সাল",
    "টা",
)
COUNT_NOUNS = ("সংখ্যা",)
UPDATE_BEFORE = ("বেড়ে", "বেড়ে হয়েছে", "বেড়ে দাঁড়িয়েছে")  # "নিহতের সংখ্যা বেড়ে ...": the toll's latest update
INCREMENT_BEFORE = ("আরও", "আরো")  # "আরও ৫ জনের মৃত্যু": five more, not the toll
ABOVE = {"শতাধিক": 100, "অর্ধশতাধিক": 50, "সহস্রাধিক": 1000}  # "a hundred and more": more than 100
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("এর তথ্য অনুযায়ী", "তথ্য অনুযায়ী", "অনুযায়ী")
SPEECH_VERBS = ("জানান", "জানিয়েছেন", "জানিয়েছে", "বলেন", "বলেছেন", "নিশ্চিত করেছেন", "নিশ্চিত করেছে")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "মন্ত্রণালয়": "ministry",
    "মন্ত্রী": "minister",
    "সরকার": "government",
    "কর্তৃপক্ষ": "authorities",
    "পুলিশ": "police",
    "ফায়ার সার্ভিস": "fire service",
    "দমকল": "fire service",
    "মেয়র": "mayor",
    "জেলা প্রশাসক": "district administrator",
    "মুখপাত্র": "spokesperson",
    "পরিচালক": "director",
    "কর্মকর্তা": "official",
    "হাসপাতাল": "hospital",
    "সংবাদ সংস্থা": "news agency",
}
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("BD", "IN")
