"""Persian lexicon (shared shape, see `es.py` for the names): data only. Persian digits are read as digits;
attached suffixes and the zero-width joiner mean triggers match anywhere (MATCH "any")."""

from __future__ import annotations

LANGUAGE = "fa"
MATCH = "any"
LATIN_PLACES = False
DIGIT_GROUPS = ",٬"
DECIMAL = "٫"
SCALES = {"هزار": 1000, "میلیون": 1_000_000}
SCALE_JOINERS = ("و",)  # the 'and' between a scaled thousand and the digits below it
NUMBER_WORDS = {
    "یک": 1,
    "دو": 2,
    "سه": 3,
    "چهار": 4,
    "پنج": 5,
    "شش": 6,
    "هفت": 7,
    "هشت": 8,
    # nine and ten are also "no" and "village" ("نه تنها", "در این ده"): alone, a number only with a counter or a
    # scale after them, or after another number word ("بیست و نه", NUMBER_WORDS_AFTER)
    "نه نفر": 9, "نه تن": 9, "نه هزار": 9000, "ده نفر": 10, "ده تن": 10, "ده هزار": 10_000,
    "صد": 100,
    # teens, tens and hundreds, joined by 'و' ("سی و پنج" = 35, "هزار و دویست" = 1200)
    "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16, "هفده": 17, "هجده": 18,
    "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80,
    "نود": 90, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "ششصد": 600, "هفتصد": 700,
    "هشتصد": 800, "نهصد": 900,
}  # fmt: skip
NUMBER_JOINERS = ("و",)
NUMBER_WORDS_AFTER = {"نه": 9, "ده": 10}  # "بیست و نه" (29): nine only after another number word
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "ده‌ها": (12, 12, 99),
    "دهها": (12, 12, 99),
    "صدها": (100, 100, 999),
    "هزاران": (1000, 1000, 9999),
    "ده‌ها هزار": (10_000, 10_000, 99_999),
    "صدها هزار": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43); not 'کشت' alone, which opens 'کشتی' (ship)
        "کشتند", "را کشت",
        "کشته",
        "جان باخت",
        "جان خود را از دست",
        "جان‌باخت",
        "فوت",
        "مرگ",
        "قربانی",
        "جان سپرد",
        "جانباختگان",
        "جان‌باختگان",
        "کشتار",
        "را کشت",  # the killer's verb after its object: "حمله ... ۱۰ عضو این خانواده را کشت"
        "جسد",
        "پیکر",  # a body ("پیکر ۱۲ نفر از زیر آوار بیرون کشیده شد")
        # martyred, the word of Iranian and Palestinian outlets for those killed in an attack; not "شهید" alone,
        # which names streets, hospitals and universities ("بیمارستان شهید رجایی")
        "شهید شد",
        "نفر شهید",
        "تن شهید",
        "به شهادت رسید",
        # the verb shared with the next count ("۵ سرباز شهید و ۳ نفر زخمی شدند"), the active after its object
        # ("۷ نفر را شهید کردند")
        "شهید و",
        "شهید کرد",
        "شهدا",
    ),
    "wounded": (
        "زخمی", "مجروح", "مصدوم", "آسیب دیده", "آسیب‌دیده", "آسیب دیدند",
        "به بیمارستان منتقل",  # taken to hospital, given as the injured ("نه نفر به بیمارستان منتقل شدند")
    ),
    "missing": ("مفقود", "ناپدید"),
    "displaced": ("آواره", "بی‌خانمان", "تخلیه"),
    "arrested": ("بازداشت", "دستگیر"),
}
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {"critical": ("وخیم",), "severe": ("شدید", "به شدت"), "light": ("سطحی", "جزئی")}
QUALIFIERS_BEFORE = {
    "دست‌کم": "at_least",
    "دستکم": "at_least",
    "دست کم": "at_least",
    "حداقل": "at_least",
    "بیش از": "more_than",
    "بیشتر از": "more_than",
    "بالغ بر": "more_than",
    "حدود": "about",
    "حدودا": "about",
    "تقریبا": "about",
    "تقریباً": "about",
    "نزدیک به": "nearly",
    "قریب به": "nearly",
}
# after the number (verb-final): a toll that passed it ("از ۳۰۰ نفر گذشت", "از ۳۰۰ نفر فراتر رفت")
QUALIFIERS_AFTER = {"گذشت": "more_than", "فراتر رفت": "more_than"}
SUBSET_BEFORE = ("از جمله", "که از این تعداد", "از این تعداد")
# Ranges: "بین ۲۰ تا ۳۰ نفر", "بین ۲۰ و ۳۰" (between 20 and 30)
RANGES = (("بین", "تا", ""), ("بین", "و", ""))
# Markers of an earlier figure shortly before the number ("پیش از این ۳۰ کشته گزارش شده بود")
EARLIER_BEFORE = ("پیش از این", "پیشتر", "قبلا", "قبلاً", "در ابتدا", "ابتدا")
NOT_COUNTS_AFTER = (
    "بار",  # "counted twice", "dos veces": how often, not how many
    "سال", "ساله", "کیلومتر", "متر", "%", "درصد", "ساعت", "روز", "دقیقه", "ریشتر", "تومان", "دلار",
    "ساختمان", "خانه", "منزل", "واحد", "روستا",  # buildings and villages damaged are no count of people
    # a school, mosque, hospital, vehicle or attack counted ("در حمله به یک مدرسه", in an attack on a school: 'یک' is
    # the indefinite article as often as 'one') is no count of people
    "مدرسه", "مسجد", "بیمارستان", "کلیسا", "بازار", "خودرو", "اتوبوس", "کامیون", "هواپیما", "قطار", "کشتی", "قایق",
    "حمله", "انفجار", "حادثه",
    "خانواده",  # "۱۰ عضو یک خانواده کشته شدند" (ten members of a family): a family counted is no count of people
)  # fmt: skip
COUNT_NOUNS = ("تعداد", "شمار", "آمار")
COUNT_ANAPHORS = ("این رقم", "این تعداد", "این آمار")  # "this figure" told on: "اکنون این رقم به ۱۵ نفر رسیده است"
# characters from a number to a trigger after it: verb-final, the participle ends the clause ("۴۰ نفر از مهاجران در
# غرق شدن یک قایق در نزدیکی سواحل لیبی جان باختند")
AFTER_WINDOW = 72
# The toll's verb after its number, verb-final ("شمار کشته‌شدگان به ۱۲۰۰ نفر رسید", the toll reached 1200): the
# number is the toll's latest update
UPDATE_AFTER = ("رسید", "رسیده است", "رسیده", "افزایش یافت", "افزایش یافته", "افزایش پیدا کرد")
# The toll revised down ("شمار کشته‌ها به ۱۹ نفر کاهش یافت")
REVISED_DOWN = ("کاهش یافت", "کاهش یافته", "کاهش پیدا کرد")
# The dead counted together with the wounded or the missing ("۶۰ کشته و زخمی"): neither metric counts it
DEAD_AND_WOUNDED = ("کشته و زخمی", "کشته و مجروح", "کشته و مفقود", "کشته یا زخمی", "کشته یا مجروح")
COORDINATORS = ("و", "در حالی که")
# The attackers, right after the number: their own dead are no toll of the victims
PERPETRATORS = ("مهاجم", "تروریست", "عامل انتحاری")
# A toll to date over a whole war, season or year: any figure in the sentence is cumulative
SINCE_START = (
    "از آغاز جنگ", "از ابتدای جنگ", "از شروع جنگ", "از آغاز درگیری", "از ابتدای درگیری", "از آغاز سال",
    "از ابتدای سال", "از ابتدای امسال", "از آغاز امسال", "از آغاز حمله", "از ابتدای حمله", "از آغاز تهاجم",
)  # fmt: skip
# With a superlative the toll-to-date words measure the incident, the sentence's figures stay its own
SUPERLATIVES = ("مرگبارترین", "خونین‌ترین", "خونین ترین", "بدترین")
PERSON_COUNTERS = ("نفر", "تن")  # a counter of people after a number: "به ۲۰۰۰ تن رسید" is a count, no year

# Places (core.extract.world_places): everyday words that are also a town's name in this script ('دو' "two").
# "دوشنبه" is Monday before it is Dushanbe; "خبر" news before Khobar; "مهاجران" (migrants) and "پناهجویان" (asylum
# seekers) are who a report counts before the Iranian village Mahājerān.
NOT_PLACES = ("دو", "دوشنبه", "خبر", "مهاجران", "پناهجویان")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("IR", "AF")
# Long-vowel letters a transliterated foreign name is written with or without ('كاتمندو', 'كاتماندو'): a big town
# at the head of the text spelled with one more or one less is still that town (core.extract.world_places).
VOWEL_LETTERS = ("ا", "و", "ی")
# The Solar Hijri calendar Iranian and Afghan news date by ('۱۵ مهر ۱۴۰۲'): its months, its new year (Farvardin 1,
# about 21 March), its era (1402 began in March 2023) and its months' lengths (core.extract.world_dates).
LOCAL_CALENDAR = {
    "months": {
        "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "شهریور": 6, "مهر": 7, "آبان": 8,
        "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
        # Dari (Afghanistan) names of the same months
        "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7, "عقرب": 8, "قوس": 9,
        "جدی": 10, "دلو": 11, "حوت": 12,
    },
    "new_year": (3, 21),
    "era": 621,
    "month_days": (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29),
}  # fmt: skip
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# last night
DAYS_BACK = {"دیشب": 1, "شب گذشته": 1}
# Places the gazetteer has no Persian name for, as English news names them (core.extract.world_places)
PLACE_NAMES = {"منا": ("Mina", "SA"), "منی": ("Mina", "SA"), "عرفات": ("Arafat", "SA")}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("سراسر کشور",)
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("پایتخت",)
# Division words written before a name (core.extract.world_places): the name is a province's,
# state's or governorate's, not a town's (استان سند)
PROVINCE_WORDS_BEFORE = ("استان", "ایالت", "ولایت", "ولسوالی")
# Places (core.extract.world_places): locative words, before a name or after it ('در لندن'): the town is
# where the figure stands, even in a report that names only another country (the victims' or the attacker's)
LOCATIVES = ("در",)
# A people's adjective (core.extract.world_places): a country's name with a suffix hints at the country
# ('ایرانی', 'ترکیه‌ای')
ADJECTIVE_SUFFIXES = ("ی", "ای", "\u200cای", "یان")
NOT_ADJECTIVES = ("مالی", "مالیان")  # financial, not Malian
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("همچنان", "هنوز")
CARE_WORDS = (
    "بیمارستان",
    "بستری",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("زلزله", "سونامی"),
    "water": (
        "سیلاب", "طوفان", "رانش زمین", "جاری شدن سیل", "سیل‌", "بارش شدید", "بارش سنگین", "گردباد", "طغیان رودخانه",
        "شکستن سد",
    ),
    "fire": ("آتش‌سوزی", "آتش سوزی", "انفجار"),
    "air": ("هواپیما", "بالگرد", "هلیکوپتر"),
    "rail": ("قطار", "خروج قطار"),
    "road": ("اتوبوس", "کامیون", "تصادف", "واژگونی", "جاده", "خودرو", "مینی‌بوس"),
    "ship": ("کشتی", "قایق", "لنج", "غرق شدن کشتی", "غرق شدن قایق"),
    "attack": (
        "حمله", "بمب", "تیراندازی", "انفجار", "موشک", "تروریست", "کمین", "انتحاری", "بمب‌گذاری", "کشتار",
        "حمله هوایی", "پهپاد",
    ),
    "crowd": ("ازدحام", "شورش", "زیر دست و پا"),
    "collapse": ("ریزش", "فروریخت", "آوار", "فرو ریخت", "فروریختن", "ریزش ساختمان"),
    "mine": ("معدن",),
    "weather": ("صاعقه", "موج گرما", "طوفان", "گرمای شدید", "گرمازدگی", "سرمای شدید", "یخبندان", "گرمای هوا"),
    "volcano": ("آتشفشان", "آتش‌فشان", "فوران"),
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution): "به گفته سخنگوی اورژانس", "به گزارش خبرگزاری ایرنا",
# "استاندار ... اعلام کرد"
ACCORDING_BEFORE = ("به گفته", "به گزارش", "طبق اعلام", "بنا بر اعلام", "براساس اعلام", "بر اساس اعلام", "به نقل از",
    "به اعلام",
    "طبق گزارش",
    "بر اساس گزارش",
    "براساس گزارش",
    "بنابر اعلام",
    "بنا به گزارش",
    "به نوشته",
    "بنا به اعلام",
)
SPEECH_VERBS = ("اعلام کرد", "اعلام کردند", "گفت", "اظهار داشت", "خبر داد", "تایید کرد", "تأیید کرد",
    "افزود",
    "گزارش داد",
    "تصریح کرد",
    "عنوان کرد",
    "اظهار کرد",
    "گفته است",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "سخنگو": "spokesperson",
    "وزارت": "ministry",
    "وزیر": "minister",
    "پلیس": "police",
    "اورژانس": "emergency services",
    "هلال احمر": "red crescent",
    "آتش‌نشانی": "fire service",
    "آتش نشانی": "fire service",
    "استاندار": "governor",
    "فرماندار": "governor",
    "شهردار": "mayor",
    "خبرگزاری": "news agency",
    "ایرنا": "irna",
    "مقامات": "authorities",
    "مسئولان": "officials",
    "رسانه‌ها": "media",
    "رسانه‌های": "media",
    "دادستان": "prosecutor",
    "پزشکی قانونی": "coroner",
    "سازمان مدیریت بحران": "disaster management",
    "ستاد": "headquarters",
    "بیمارستان": "hospital",
    "پزشکان": "doctors",
    "امدادگران": "rescuers",
    "امداد و نجات": "rescuers",
    "فرمانده": "commander",
    "رئیس": "head",
    "مدیرکل": "director general",
    "معاون": "deputy",
    "سپاه": "irgc",
    "ارتش": "army",
    "صدا و سیما": "state broadcaster",
    "تلویزیون دولتی": "state television",
    "تلویزیون": "television",
    "ایسنا": "isna",
    "تسنیم": "tasnim",
    "دولت": "government",
    "سازمان": "organisation",
    "فرمانداری": "governorate",
    "استانداری": "governorate",
}
# 'Last' beside a weekday ('دوشنبه گذشته'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("گذشته",)
SOURCE_TRAILING = ("از",)
# "اجساد ۲۰ نفر" (the bodies of 20): the bodies recovered are the dead, a number right next to the noun
BODY_NOUNS = ("اجساد",)
FROM_TO = (("از", "به"),)  # "from N to M" ("از ۲۱ به ۱۸"): N is superseded

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# روز پیش", "# روز قبل", "یک هفته پیش", "یک هفته قبل", "یک ماه پیش", "هفته گذشته", "هفته پیش", "ماه گذشته",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("ایرانی", "اتباع ایران")
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {"killed": ("جان ... را گرفت", "جان ... را گرفته است", "جان ... را گرفتند", "جان ... را گرفته‌است")}
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("تشییع", "سوگواری", "گرامیداشت", "بدرقه", "یادبود", "مراسم ختم")
# "ساعت 5 صبح": a clock time before a number, no count of people
NOT_COUNTS_BEFORE = ("ساعت",)
