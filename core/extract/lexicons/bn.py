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
    # 31-99: each its own word, as 11-29 above
    "একত্রিশ": 31,
    "বত্রিশ": 32,
    "তেত্রিশ": 33,
    "চৌত্রিশ": 34,
    "পঁয়ত্রিশ": 35,
    "ছত্রিশ": 36,
    "সাঁইত্রিশ": 37,
    "আটত্রিশ": 38,
    "ঊনচল্লিশ": 39,
    "একচল্লিশ": 41,
    "বিয়াল্লিশ": 42,
    "তেতাল্লিশ": 43,
    "চুয়াল্লিশ": 44,
    "পঁয়তাল্লিশ": 45,
    "ছেচল্লিশ": 46,
    "সাতচল্লিশ": 47,
    "আটচল্লিশ": 48,
    "ঊনপঞ্চাশ": 49,
    "একান্ন": 51,
    "বাহান্ন": 52,
    "তিপ্পান্ন": 53,
    "চুয়ান্ন": 54,
    "পঞ্চান্ন": 55,
    "ছাপ্পান্ন": 56,
    "সাতান্ন": 57,
    "আটান্ন": 58,
    "ঊনষাট": 59,
    "একষট্টি": 61,
    "বাষট্টি": 62,
    "তেষট্টি": 63,
    "চৌষট্টি": 64,
    "পঁয়ষট্টি": 65,
    "ছেষট্টি": 66,
    "সাতষট্টি": 67,
    "আটষট্টি": 68,
    "ঊনসত্তর": 69,
    "একাত্তর": 71,
    "বাহাত্তর": 72,
    "তিয়াত্তর": 73,
    "চুয়াত্তর": 74,
    "পঁচাত্তর": 75,
    "ছিয়াত্তর": 76,
    "সাতাত্তর": 77,
    "আটাত্তর": 78,
    "ঊনআশি": 79,
    "একাশি": 81,
    "বিরাশি": 82,
    "তিরাশি": 83,
    "চুরাশি": 84,
    "পঁচাশি": 85,
    "ছিয়াশি": 86,
    "সাতাশি": 87,
    "অষ্টাশি": 88,
    "ঊননব্বই": 89,
    "একানব্বই": 91,
    "বিরানব্বই": 92,
    "তিরানব্বই": 93,
    "চুরানব্বই": 94,
    "পঁচানব্বই": 95,
    "ছিয়ানব্বই": 96,
    "সাতানব্বই": 97,
    "আটানব্বই": 98,
    "নিরানব্বই": 99,
    # the spoken forms cut short with an apostrophe: "ছ'জনের মৃত্যু" (six died), "দু'জন", "ন'জন"
    "দু'": 2, "দু’": 2, "ছ'": 6, "ছ’": 6, "ন'": 9, "ন’": 9,
}
# people counted: "দুজন", "বারোজন" (the counter written onto the number word)
# Number words written together: "পাঁচশ" (500), "তিনশো" (300), "এগারোশ" (1100), "দুশো"
COMPOUND_NUMBERS = True
# with a case ending: "পাঁচজনের মৃত্যু"; the classifier of things: "তিনটি লাশ" (three bodies)
NUMBER_COUNTERS = ("জন", "জনের", "জনকে", "জনে", "জনই", "জনও", "টি")
# case endings written onto a number word: "দুই হাজারের বেশি" (more than two thousand), "হাজারেরও", "হাজারে"
NUMBER_ENDINGS = ("ের", "েরও", "ে", "েও")
# "অর্ধশত" (half a hundred) is not a number word here: a round amount, like "dozens" (no precise figure)
# A number and a half: "দেড় হাজার" (1500), "আড়াইশ" (250); "সাড়ে" adds a half: "সাড়ে তিন হাজার" (3500), read
# before a scale word (হাজার, লাখ, শ) or a "hundred and more" word ("দেড় শতাধিক")
FRACTIONS = {"দেড়": 1.5, "আড়াই": 2.5}
FRACTION_BEFORE = {"সাড়ে": 0.5}
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
        # with the verb that follows it, the number after them is theirs ("নিহত হয়েছেন ১২ জন এবং আহত হয়েছেন ৩০ জন")
        "নিহত হয়েছেন",
        "নিহত হয়েছে",
        "নিহত হন",
        "মারা গেছেন",
        "মারা গেছে",
        "মারা যান",
        "প্রাণ হারা",  # "প্রাণ হারান", "প্রাণ হারাল", "প্রাণ হারানো"
        "প্রাণ কেড়ে",  # "আগুন ১৭ জনের প্রাণ কেড়ে নিল": took 17 lives
        "প্রাণ যায়",
        "শহীদ",  # "martyred": the dead of an attack or a crackdown
        "হত্যা",  # "১২ জনকে হত্যা করেছে": killed twelve
        "ইন্তেকাল",
        "প্রাণ ঝর",  # "প্রাণ ঝরেছে", "প্রাণ ঝরল ১৭ জনের": lives fell
        "অঙ্গার",  # "পুড়ে অঙ্গার হয়েছেন": burnt to death (to charcoal)
    ),
    "wounded": (
        "আহত",
        "দগ্ধ",
        "জখম",
        "আঘাতপ্রাপ্ত",
        "আহত হয়েছেন",
        "আহত হয়েছে",
        "আহত হন",
        "দগ্ধ হয়েছেন",
        "দগ্ধ হয়েছে",
        "হাসপাতালে ভর্তি",
        "চিকিৎসা নিয়েছেন",  # those who received treatment: the injured figure hospitals give
        "চিকিৎসা নিয়েছে",
        "চিকিৎসা নেন",
    ),
    "missing": ("নিখোঁজ", "নিখোঁজ রয়েছেন", "নিখোঁজ হয়েছেন"),
    "displaced": ("গৃহহীন", "বাস্তুচ্যুত", "সরিয়ে নেওয়া"),
    "arrested": ("গ্রেপ্তার", "গ্রেফতার", "আটক"),
}
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {"critical": ("আশঙ্কাজনক",), "severe": ("গুরুতর",), "light": ("সামান্য", "হালকা")}
COORDINATORS = ("এবং",)
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
    "জনের মতো": "about",  # "৮০ জনের মতো": some 80
    "মতো": "about",
}
SUBSET_BEFORE = ("এর মধ্যে", "তাদের মধ্যে", "এদের মধ্যে", "যাদের মধ্যে", "মধ্যে")  # "নিহতদের মধ্যে ১০ জন": among the dead
NOT_COUNTS_AFTER = (
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "টি হাসপাতাল", "হাসপাতাল",
    "বার",  # "counted twice", "dos veces": how often, not how many
    "পরগনা",  # "দক্ষিণ ২৪ পরগনা": the district's name, no count
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
    "ডজন",  # "দুই ডজন", "কয়েক ডজন": dozens, no precise figure
)
COUNT_NOUNS = ("সংখ্যা",)
UPDATE_BEFORE = ("বেড়ে", "বেড়ে হয়েছে", "বেড়ে দাঁড়িয়েছে")  # "নিহতের সংখ্যা বেড়ে ...": the toll's latest update
INCREMENT_BEFORE = ("আরও", "আরো")  # "আরও ৫ জনের মৃত্যু": five more, not the toll
# "a hundred and more": more than 100; "fifty and over", "over a hundred"
ABOVE = {
    "শতাধিক": 100, "অর্ধশতাধিক": 50, "সহস্রাধিক": 1000,
    "পঞ্চাশোর্ধ্ব": 50, "শতোর্ধ্ব": 100, "অর্ধশতোর্ধ্ব": 50,
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("এর তথ্য অনুযায়ী", "তথ্য অনুযায়ী", "অনুযায়ী",
    "মতে",
    "সূত্রে",
    "তথ্যমতে",
    "দেওয়া তথ্যমতে",
    "দেওয়া তথ্য অনুযায়ী",
    "প্রতিবেদনে বলা হয়েছে",
    "খবরে বলা হয়েছে",
    "বিবৃতিতে বলা হয়েছে",
    "প্রতিবেদনে বলা হয়",
    "খবরে বলা হয়",
    "বিবৃতিতে বলা হয়",
    "এর বরাত দিয়ে",
    "বরাত দিয়ে",
)
SPEECH_VERBS = ("জানান", "জানিয়েছেন", "জানিয়েছে", "বলেন", "বলেছেন", "নিশ্চিত করেছেন", "নিশ্চিত করেছে",
    "জানায়",
    "বলেছে",
    "জানাল",
    "জানিয়েছিল",
    "ঘোষণা করেছে",
    "ঘোষণা করেন",
    "নিশ্চিত করেন",
)
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
    "চিকিৎসক": "doctors",
    "ডাক্তার": "doctors",
    "উদ্ধারকর্মী": "rescuers",
    "সেনাবাহিনী": "army",
    "রেড ক্রিসেন্ট": "red crescent",
    "অধিদপ্তর": "directorate",
    "রাষ্ট্রীয় গণমাধ্যম": "state media",
    "গণমাধ্যম": "media",
    "সংবাদমাধ্যম": "media",
    "র‍্যাব": "rab",
    "ইউএনও": "official",
    "প্রশাসন": "administration",
    "ওসি": "police",
    "সংস্থা": "agency",
}
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("BD", "IN")
# Words that read as a town's name with an ending ("সালের", of the year, is not "সালেম", Salem)
NOT_PLACES = ("সালের", "সালে", "সালেও", "সালেই")
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# last night
DAYS_BACK = {"গত রাতে": 1, "গতকাল রাতে": 1}
# Places the gazetteer has no Bengali name for, as English news names them (core.extract.world_places)
PLACE_NAMES = {
    "কক্সবাজার": ("Cox's Bazar", "BD"),
    "উখিয়া": ("Ukhia", "BD"),
    "গাজা": ("Gaza", "PS"),  # the gazetteer lists "গাজা সিটি" only
}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("সারা দেশে", "সারাদেশে", "দেশজুড়ে", "দেশব্যাপী")
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("রাজধানী",)
# Division words (or words beginning with one) written after a name (core.extract.world_places): the name is a
# province's, state's or governorate's, not a town's (ইদলিব প্রদেশে)
PROVINCE_WORDS = ("প্রদেশ", "বিভাগ", "রাজ্য")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "যুদ্ধ শুরুর পর থেকে",
    "যুদ্ধের শুরু থেকে",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "সবচেয়ে ভয়াবহ",
    "সবচেয়ে বড়",
    "সবচেয়ে প্রাণঘাতী",
)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("এখনও", "এখনো")
CARE_WORDS = (
    "হাসপাতাল",
    "ভর্তি",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("ভূমিকম্প*", "সুনামি*"),
    "water": ("বন্যা*", "ঘূর্ণিঝড়*", "ভূমিধস*", "পাহাড়ধস*", "বৃষ্টি*", "ঝড়*", "জলোচ্ছ্বাস*", "ঢল*"),
    "fire": ("আগুন*", "অগ্নিকাণ্ড*", "বিস্ফোরণ*"),
    "air": ("বিমান*", "উড়োজাহাজ*", "হেলিকপ্টার*"),
    "rail": ("ট্রেন*", "রেল*", "লাইনচ্যুত*"),
    "road": ("বাসের", "বাস দুর্ঘটনা*", "ট্রাক*", "সড়ক দুর্ঘটনা*", "মাইক্রোবাস*", "বাস খাদে*", "মহাসড়ক*"),
    "ship": ("লঞ্চ*", "নৌকা*", "ফেরি*", "জাহাজ*", "নৌকাডুবি*"),
    "attack": (
        "হামলা*", "বোমা*", "গুলি*", "সন্ত্রাস*", "বিস্ফোরণ*", "গুলিবর্ষণ*", "হত্যাযজ্ঞ*", "জঙ্গি*", "আত্মঘাতী*",
    ),
    "crowd": ("পদদলিত*", "দাঙ্গা*"),
    "collapse": ("ধস*", "ধসে*", "ভবন ধস*", "ছাদ ধস*"),
    "mine": ("খনি*",),
    "weather": ("বজ্রপাত*", "তাপপ্রবাহ*", "শৈত্যপ্রবাহ*", "ঝড়*", "তীব্র গরম*", "দাবদাহ*", "শীতে*", "হিটস্ট্রোক*"),
    "volcano": ("আগ্নেয়গিরি*",),
}  # fmt: skip
# 'Last' beside a weekday ('গত সোমবার'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("গত",)
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("মো.", "মোছা.", "ডা.", "মি.", "অ্যাড.", "ড.")
# Words naming a statement, not who made it, before an according-to marker after its source ("প্রাথমিক তথ্য
# অনুযায়ী", according to initial information): taken off the source's end, and a source of nothing else is none
REPORT_WORDS = ("প্রাথমিক", "সর্বশেষ", "সরকারি", "তথ্য", "হিসাব", "হিসাবে", "খবর", "প্রতিবেদন", "পরিসংখ্যান")
FROM_TO = (
    ("", "থেকে"), ("", "থেকে কমে"), ("", "থেকে বেড়ে"),
    # revised: "৪৯ থেকে সংশোধন করে ৪১", "৪৯ থেকে কমিয়ে ৪১", "১২ থেকে বাড়িয়ে ১৯"
    ("", "থেকে সংশোধন করে"), ("", "থেকে কমিয়ে"), ("", "থেকে বাড়িয়ে"),
)  # "from N to M" ("২১ থেকে কমে ১৮"): N is superseded
# Ranges: (word before the low figure, word between, word after the high one): "২০ থেকে ৩০ জন"
RANGES = (("", "থেকে", ""),)
# The past perfect tells the report's own toll as often as an older event's ('হয়েছিলেন'): an older event's only
# beside a word that sets it earlier (core.extract.world_roles)
PAST_PERFECT_TIMED = ("গিয়েছিলেন", "গিয়েছিল", "গিয়েছিলো", "হয়েছিলেন", "হয়েছিল", "হয়েছিলো", "ঘটেছিল")
LAST_YEAR = ("এর আগে", "এর আগের", "আগের বার", "গত বছর", "গত বছরের")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# দিন আগে", "এক সপ্তাহ আগে", "এক মাস আগে", "গত সপ্তাহে", "গত মাসে",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("বাংলাদেশি", "বাংলাদেশী", "প্রবাসী")
# An outbreak of a disease (dengue, cholera) or a mass poisoning (stems, read anywhere in the text): those admitted to
# hospital are the sick, not the wounded, unless a word of injury (HURT_STEMS) is told with their count
# (core.extract.poisonings)
POISONED_BY = (
    "ডেঙ্গু", "ডেঙ্গি", "কলেরা", "ডায়রিয়া", "ডায়রিয়া", "ম্যালেরিয়া",
    "ম্যালেরিয়া", "চিকুনগুনিয়া", "চিকুনগুনিয়া", "বিষাক্ত মদ", "খাদ্যে বিষক্রিয়া", "খাদ্যে বিষক্রিয়া",
)  # fmt: skip
HURT_STEMS = ("আহত", "জখম", "দগ্ধ", "আঘাত")
