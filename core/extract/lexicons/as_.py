"""Assamese lexicon (shared shape, see `es.py` for the names): data only. Written in the Bengali script with its own
"ৰ" and "ৱ"; Assamese (Bengali) digits are read as digits; case endings follow stems ("আহতসকলক", "মৃতকৰ") and are
written onto digits ("১০০তকৈ অধিক", more than 100): triggers match word starts (MATCH "prefix"). People are counted
with "জন" ("১২ জনৰ মৃত্যু", the death of 12 persons); each number to 40 is a word of its own ("পঁয়ত্ৰিশ", 35). The
module is `as_` ("as" is a Python keyword)."""

from __future__ import annotations

LANGUAGE = "as"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"হাজাৰ": 1000, "লাখ": 100_000, "নিযুত": 1_000_000, "কোটি": 10_000_000}
# "ন" (nine) alone is left out: it is also "new" ("ন বছৰ", the new year); "নজন" (nine persons) is read
NUMBER_WORDS = {
    "এক": 1, "দুই": 2, "তিনি": 3, "চাৰি": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আঠ": 8, "দহ": 10,
    "এঘাৰ": 11, "বাৰ": 12, "তেৰ": 13, "চৈধ্য": 14, "পোন্ধৰ": 15, "ষোল্ল": 16, "সোতৰ": 17, "ওঠৰ": 18, "ঊনৈছ": 19,
    "বিছ": 20, "একৈছ": 21, "বাইছ": 22, "তেইছ": 23, "চৌবিছ": 24, "পঁচিছ": 25, "ছাব্বিছ": 26, "সাতাইছ": 27,
    "আঠাইছ": 28, "ঊনত্ৰিশ": 29, "ত্ৰিশ": 30, "একত্ৰিশ": 31, "বত্ৰিশ": 32, "তেত্ৰিশ": 33, "চৌত্ৰিশ": 34,
    "পঁয়ত্ৰিশ": 35, "ছয়ত্ৰিশ": 36, "সাতত্ৰিশ": 37, "আঠত্ৰিশ": 38, "ঊনচল্লিশ": 39, "চল্লিশ": 40,
    "পঞ্চাশ": 50, "ষাঠি": 60, "সত্তৰ": 70, "আশী": 80, "নব্বৈ": 90, "এশ": 100, "শ": 100, "নজন": 9, "ন জন": 9, "দুশ": 200,
    "দু": 2, "এহাজাৰ": 1000,
}  # fmt: skip
# people counted: "দুজন", "বাৰজন" (the counter written onto the number word), with its case ("দুজনৰ", of two)
COMPOUND_NUMBERS = True
NUMBER_COUNTERS = ("জন", "জনৰ", "জনক", "জনকৈ", "টা")
# case endings written onto a number word: "হাজাৰতকৈ অধিক" (more than a thousand)
NUMBER_ENDINGS = ("তকৈ", "ৰ")
VAGUE_QUANTITIES = {"শ শ": (100, 100, 999), "হাজাৰ হাজাৰ": (1000, 1000, 9999), "শতাধিক": (100, 100, 999)}
TRIGGERS = {
    "killed": (
        # the relative 'that killed N' of a look back (test_four_forms43)
        "প্ৰাণ লোৱা", "প্ৰাণ কাঢ়ি",
        # "১২ জনৰ মৃত্যু" (the death of 12), "মৃতকৰ সংখ্যা" (the number of the dead), "প্ৰাণ হেৰুৱাইছে" (lost their
        # lives), "নিহত" (killed)
        "মৃত্যু", "মৃতক", "মৃতদেহ", "নিহত", "প্ৰাণ হেৰুৱা", "প্ৰাণহানি", "হত্যা", "জীৱন্তে দগ্ধ",
    ),
    "wounded": ("আহত", "গুৰুতৰভাৱে আহত", "জখম"),
    "missing": ("নিখোঁজ", "সন্ধান পোৱা যোৱা নাই"),
    "displaced": ("গৃহহীন", "আশ্ৰয় শিবিৰ", "স্থানান্তৰ", "ঘৰ-বাৰী এৰি"),
    "arrested": ("গ্ৰেপ্তাৰ", "আটক"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("হতাহত",)
INJURY_GRADES = {"critical": ("আশংকাজনক",), "severe": ("গুৰুতৰ",), "light": ("সামান্য",)}
COORDINATORS = ("আৰু", "লগতে", "যদিও")
QUALIFIERS_BEFORE = {"কমেও": "at_least", "অন্ততঃ": "at_least", "প্ৰায়": "about", "আনুমানিক": "about"}
QUALIFIERS_AFTER = {"তকৈ অধিক": "more_than", "তকৈও অধিক": "more_than", "অধিক": "more_than"}
QUALIFIERS_AFTER_NOUN = {"তকৈ অধিক": "more_than"}
# Toll verbs after the number (verb-final): "মৃতকৰ সংখ্যা ১৫লৈ বৃদ্ধি" (the toll rose to 15)
UPDATE_AFTER = ("লৈ বৃদ্ধি", "জনলৈ বৃদ্ধি", "বৃদ্ধি পাইছে", "লৈ বৃদ্ধি পাইছে")
EARLIER_BEFORE = ("পূৰ্বতে", "প্ৰথমতে")
SUBSET_BEFORE = ("ইয়াৰে", "তেওঁলোকৰ ভিতৰত", "মৃতকসকলৰ ভিতৰত")
NOT_COUNTS_AFTER = ("বাৰ", "বছৰ", "কিলোমিটাৰ", "কি.মি", "মিটাৰ", "%", "শতাংশ", "ঘণ্টা", "দিন", "মিনিট", "টকা", "ঘৰ")
COUNT_NOUNS = ("সংখ্যা",)
ACCORDING_AFTER = ("মতে", "অনুসৰি")
SPEECH_VERBS = ("কৈছে", "জনাইছে", "জনোৱা", "নিশ্চিত কৰিছে")
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "আৰক্ষী": "police", "চৰকাৰ": "government", "মন্ত্ৰী": "minister", "মুখ্যমন্ত্ৰী": "chief minister",
    "জিলাধিপতি": "collector", "বিষয়া": "officials", "চিকিৎসালয়": "hospital", "হাস্পতাল": "hospital",
    "অগ্নিনিৰ্বাপক": "fire brigade",
}  # fmt: skip
HOME_COUNTRIES = ("IN",)
DAYS_BACK = {"যোৱাকালি": 1}
STILL_IN_CARE = ("এতিয়াও",)
CARE_WORDS = ("চিকিৎসালয়", "হাস্পতাল", "চিকিৎসা")
HAZARD_FAMILIES = {
    "quake": ("ভূমিকম্প*",),
    "water": ("বানপানী*", "গৰাখহনীয়া*", "ভূমিস্খলন*", "ধুমুহা*"),
    "fire": ("অগ্নিকাণ্ড*", "জুই*", "বিস্ফোৰণ*"),
    "air": ("বিমান*", "হেলিকপ্টাৰ*"),
    "rail": ("ৰেল*",),
    "road": ("ট্ৰাক*", "পথ দুৰ্ঘটনা*"),  # "বাছ" (bus) opens Bengali "বাছাই" (choice)
    "ship": ("ফেৰী*",),  # "নাও" (boat) is Bengali "take"
    "attack": ("আক্ৰমণ*", "গুলীচালনা*", "বোমা*", "বিস্ফোৰণ*"),
}  # fmt: skip
# Dates (core.extract.world_dates): the months as Assamese writes the English ones
MONTHS = {
    "জানুৱাৰী": 1, "ফেব্ৰুৱাৰী": 2, "মাৰ্চ": 3, "এপ্ৰিল": 4, "মে'": 5, "জুন": 6, "জুলাই": 7, "আগষ্ট": 8,
    "ছেপ্তেম্বৰ": 9, "চেপ্টেম্বৰ": 9, "অক্টোবৰ": 10, "নৱেম্বৰ": 11, "ডিচেম্বৰ": 12,
}  # fmt: skip
# Dates written month first as well ('ಮೇ 12ರಂದು', 'тавдугаар сарын 12-нд': May 12; test_four_forms43)
MONTH_FIRST = True
