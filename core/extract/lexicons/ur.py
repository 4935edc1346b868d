"""Urdu lexicon (shared shape, see `es.py` for the names): data only (Arabic script; MATCH "any")."""

from __future__ import annotations

LANGUAGE = "ur"
MATCH = "any"
LATIN_PLACES = False
DIGIT_GROUPS = ",٬"
LAKH_GROUPS = True
DECIMAL = "٫"
SCALES = {"ہزار": 1000, "لاکھ": 100_000}
# (80, "اسی", is also "that very": left out)
NUMBER_WORDS = {
    "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9, "دس": 10, "بیس": 20,
    "سو": 100, "ہزار": 1000,
    "گیارہ": 11, "بارہ": 12, "تیرہ": 13, "چودہ": 14, "پندرہ": 15, "سولہ": 16, "سترہ": 17, "اٹھارہ": 18, "انیس": 19,
    "اکیس": 21, "بائیس": 22, "تئیس": 23, "چوبیس": 24, "پچیس": 25, "چھبیس": 26, "ستائیس": 27, "اٹھائیس": 28,
    "انتیس": 29, "تیس": 30, "چالیس": 40, "پچاس": 50, "ساٹھ": 60, "ستر": 70, "نوے": 90,
}  # fmt: skip
# 31-99, each a word of its own, as in Hindi ("پینتیس", 35); "بہتر" (72) is also "better" and "اسی" (80) "this
# very": left out
NUMBER_WORDS |= {
    "اکتیس": 31, "بتیس": 32, "بتّیس": 32, "تینتیس": 33, "چونتیس": 34, "پینتیس": 35, "چھتیس": 36, "سینتیس": 37,
    "اڑتیس": 38, "انتالیس": 39, "اکتالیس": 41, "بیالیس": 42, "تینتالیس": 43, "چوالیس": 44, "پینتالیس": 45,
    "چھیالیس": 46, "سینتالیس": 47, "اڑتالیس": 48, "انچاس": 49, "اکیاون": 51, "باون": 52, "ترپن": 53, "پچپن": 55,
    "چھپن": 56, "ستاون": 57, "اٹھاون": 58, "انسٹھ": 59, "اکسٹھ": 61, "باسٹھ": 62, "ترسٹھ": 63, "چونسٹھ": 64,
    "پینسٹھ": 65, "چھیاسٹھ": 66, "سڑسٹھ": 67, "اڑسٹھ": 68, "انہتر": 69, "اکہتر": 71, "تہتر": 73, "چوہتر": 74,
    "پچہتر": 75, "چھہتر": 76, "ستتر": 77, "اٹھہتر": 78, "اناسی": 79, "اکیاسی": 81, "بیاسی": 82, "تراسی": 83,
    "چوراسی": 84, "پچاسی": 85, "چھیاسی": 86, "ستاسی": 87, "اٹھاسی": 88, "نواسی": 89, "اکانوے": 91, "بانوے": 92,
    "ترانوے": 93, "چورانوے": 94, "پچانوے": 95, "چھیانوے": 96, "ستانوے": 97, "اٹھانوے": 98, "ننانوے": 99,
}  # fmt: skip
# A number and a half before a scale word: "ڈیڑھ ہزار" (1500), "ڈھائی سو" (250); "ساڑھے تین ہزار" (3500)
FRACTIONS = {"ڈیڑھ": 1.5, "ڈھائی": 2.5}
FRACTION_BEFORE = {"ساڑھے": 0.5, "سوا": 0.25}
TRIGGERS = {
    "killed": (
        # the relative 'that killed N' of a look back (test_four_forms43)
        "کی جان لینے والے", "کی جانیں لینے والے",
        # took the lives of ('... took the lives of 57'): the dead
        "کی جان لے لی", "کی جانیں لے لیں", "کی جان لے گیا",
        "ہلاک",
        "جاں بحق",
        "جان بحق",
        "مارے گئے",
        "ہلاکتیں",
        "ہلاکتوں",
        "جان کی بازی",
        "لاشیں",
        "موت",
        "اموات",  # deaths: "اموات کی تعداد"
        "لقمہ اجل",  # "became death's morsel": died
        "زندگی کی بازی",  # "lost the game of life"
        # martyred, the press's word for the dead of an attack ("5 فوجی شہید ہو گئے"), the verb shared with the
        # next count ("5 فوجی شہید اور 3 زخمی"), the active after its object ("7 افراد کو شہید کر دیا"); not
        # "شہید" alone, which names streets, airports and hospitals
        "شہید ہو",
        "شہید ہوئے",
        "شہید اور",
        "شہید کر",
        "شہداء",
    ),
    "wounded": ("زخمی",),
    "missing": ("لاپتہ",),
    "displaced": ("بے گھر", "نقل مکانی"),
    "arrested": ("گرفتار",),
}
QUALIFIERS_BEFORE = {"کم از کم": "at_least", "تقریباً": "about", "تقریبا": "about", "قریب": "about", "لگ بھگ": "about"}
QUALIFIERS_AFTER = {"سے زائد": "more_than", "سے زیادہ": "more_than", "سے تجاوز": "more_than"}  # "1,000 سے تجاوز کر گئی"
# "زخمیوں میں سے 3" (of the injured, 3): a part of a group named before the number
SUBSET_BEFORE = ("جن میں", "ان میں", "میں سے")
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "درجنوں": (12, 12, 99),
    "سینکڑوں": (100, 100, 999),
    "سیکڑوں": (100, 100, 999),
    "ہزاروں": (1000, 1000, 9999),
    "دسیوں ہزار": (10_000, 10_000, 99_999),
}
# Ranges: "20 سے 30 افراد" (from 20 to 30 people)
RANGES = (("", "سے", ""),)
# The toll revised down ("ہلاکتوں کی تعداد کم کر کے 18 کر دی")
REVISED_DOWN = ("کم کر کے", "کم کرکے", "گھٹ کر", "کم ہو کر")
# Markers of an earlier figure shortly before the number ("اس سے قبل 25 ہلاکتوں کی اطلاع")
EARLIER_BEFORE = ("اس سے قبل", "اس سے پہلے", "ابتدائی طور پر")
# A word right before the number that adds to the toll ("مزید 3 لاشیں")
INCREMENT_BEFORE = ("مزید",)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("اب بھی", "ابھی تک", "تاحال")
CARE_WORDS = ("ہسپتال", "اسپتال", "زیر علاج")
NOT_COUNTS_AFTER = (
    "بار",  # "counted twice": how often, not how many
    "سال", "کلومیٹر", "میٹر", "%", "فیصد", "گھنٹے", "دن", "روپے", "ڈالر", "منزل")
COUNT_NOUNS = ("تعداد",)

# Places (core.extract.world_places): everyday words that are also a town's name in this script somewhere
# ('اور' "and": Evere, 'اب' "now": Ibb, 'دو' "two"; 'کھانا', 'کھانے' "food, eating": Khanna in India).
NOT_PLACES = ("اور", "اب", "دو", "کھانا", "کھانے")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("PK",)
# Long-vowel letters a transliterated foreign name is written with or without ('كاتمندو', 'كاتماندو'): a big town
# at the head of the text spelled with one more or one less is still that town (core.extract.world_places).
VOWEL_LETTERS = ("ا", "و", "ی")
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# the day before, last night (dateparser has "گزشتہ کل" only)
DAYS_BACK = {"گزشتہ روز": 1, "گزشتہ رات": 1}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("ملک بھر", "پورے ملک")
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("دارالحکومت",)
# Division words written before a name (core.extract.world_places): the name is a province's,
# state's or governorate's, not a town's (صوبہ سندھ)
PROVINCE_WORDS_BEFORE = ("صوبہ", "صوبے", "ریاست")  # "ریاست گجرات": the state of Gujarat
# Division words written after a name (core.extract.world_places): the name is a province's,
# state's or governorate's, not a town's (سندھ صوبے)
PROVINCE_WORDS = ("صوبے", "صوبہ")
# Places (core.extract.world_places): locative words, before a name or after it ('لندن میں'): the town is
# where the figure stands, even in a report that names only another country (the victims' or the attacker's)
LOCATIVES_AFTER = ("میں",)
# A people's adjective (core.extract.world_places): a country's name with a suffix hints at the country
# ('پاکستانی', 'افغانی')
ADJECTIVE_SUFFIXES = ("ی", "یوں")
NOT_ADJECTIVES = ("مالی", "مالیوں")  # a gardener, financial; not Malian
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("زلزلہ", "زلزلے"),
    "water": (
        "سیلاب", "بارش", "طوفان", "لینڈ سلائیڈنگ", "بادل پھٹ", "تودہ", "تودے", "سیلابی", "ڈیم ٹوٹ", "طوفانی بارش",
        "موسلا دھار",
    ),
    "fire": ("آتشزدگی", "آگ لگ", "دھماکہ", "دھماکے", "آگ بھڑک", "آگ سے"),
    "air": ("طیارہ", "طیارے", "ہیلی کاپٹر"),
    "rail": ("ٹرین", "ریلوے", "پٹری سے اتر", "ٹرین حادثہ", "بوگیاں"),
    "road": (
        "بس حادثہ", "ٹرک", "ٹریفک حادثہ", "ٹریفک حادثے", "سڑک حادثہ", "سڑک حادثے", "بس کو حادثہ", "کھائی میں گر",
        "گاڑی",
    ),
    "ship": ("کشتی", "کشتی الٹ", "کشتی ڈوب", "لانچ ڈوب"),
    "attack": (
        "حملہ", "حملے", "دھماکہ", "دھماکے", "فائرنگ", "دہشت", "گھات", "خودکش", "بم دھماکے", "بم دھماکہ", "مسلح",
        "دہشت گرد", "فائرنگ سے",
    ),
    "crowd": ("بھگدڑ", "ہنگامے", "فسادات"),
    "collapse": ("منہدم", "پل گر", "عمارت گر", "چھت گر", "مکان گر", "دیوار گر", "زمین بوس"),
    "weather": (
        "آسمانی بجلی", "ہیٹ ویو", "گرمی کی لہر", "طوفان", "شدید گرمی", "گرمی کی شدت", "گرمی سے", "ہیٹ اسٹروک",
        "لو لگنے", "سردی سے", "شدید سردی", "گرمی کی وجہ", "بجلی گرنے",
    ),
    "volcano": ("آتش فشاں", "آتش فشاں پھٹ"),
    "mine": ("کوئلے کی کان", "کان کن"),
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution): "پولیس کے مطابق", "ترجمان نے بتایا"
ACCORDING_AFTER = ("کے مطابق", "کے بقول",
    "کے حوالے سے",
)
SPEECH_VERBS = ("نے کہا", "نے بتایا", "نے تصدیق کی", "نے اعلان کیا", "کا کہنا ہے", "کا کہنا تھا",
    "نے میڈیا کو بتایا",
    "تصدیق کی ہے",
    "تصدیق کی",
    "بتایا ہے",
    "اعلان کیا ہے",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "پولیس": "police",
    "وزارت": "ministry",
    "وزیر": "minister",
    "حکومت": "government",
    "حکام": "officials",
    "ترجمان": "spokesperson",
    "این ڈی ایم اے": "ndma",
    "پی ڈی ایم اے": "pdma",
    "ریسکیو": "rescuers",
    "ہسپتال": "hospital",
    "اسپتال": "hospital",
    "انتظامیہ": "administration",
    "فوج": "army",
    "رپورٹ": "report",
    "ڈپٹی کمشنر": "deputy commissioner",
    "کمشنر": "commissioner",
    "میئر": "mayor",
    "گورنر": "governor",
    "وزیر اعلیٰ": "chief minister",
    "ڈاکٹر": "doctors",
    "فائر بریگیڈ": "fire brigade",
    "امدادی": "rescuers",
    "ایدھی": "edhi",
    "میڈیا": "media",
    "سرکاری ٹی وی": "state television",
    "خبر رساں ادارے": "news agency",
    "ذرائع": "sources",
    "اہلکار": "officials",
    "افسر": "officer",
}
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# 'Last' beside a weekday ('گزشتہ پیر'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("گزشتہ",)
# The ergative particle after the subject ("पुलिस ने", "پولیس نے") is no part of the source
SOURCE_TRAILING = ("نے",)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# دن پہلے", "ایک ہفتہ پہلے", "ایک ہفتے پہلے", "گزشتہ ہفتے", "پچھلے ہفتے", "گزشتہ ماہ", "پچھلے ماہ",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("پاکستانی", "پاکستانیوں")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("نماز جنازہ", "جنازہ", "جنازے", "تدفین", "فاتحہ خوانی", "تعزیتی")
# the words that may stand between the dead's word and the mourning word: postpositions and the rest of the dead's
# participle phrase ("ہلاک شدگان کی نماز جنازہ", "جاں بحق ہونے والوں کی تدفین": the funeral of the dead)
MOURNED_LINKS = ("کی", "کے", "کا", "شدگان", "ہونے", "والوں", "افراد")
# Weekdays told with the word for 'day' (core.extract.world_dates): 'ہفتے کے روز' is on Saturday, where 'ہفتے'
# alone is also 'week' ('گزشتہ ہفتے', last week), so dateparser's 'ہفتہ' does not find it
WEEKDAYS = {"ہفتے کے روز": 5, "ہفتے کے دن": 5, "ہفتے کی صبح": 5, "ہفتے کی رات": 5}
