"""Arabic lexicon (shared shape, see `es.py` for the names): data only. Prefixed articles and conjunctions
("والجرحى", "بمقتل") mean triggers are matched anywhere in a word (MATCH "any")."""

from __future__ import annotations

LANGUAGE = "ar"
MATCH = "any"
LATIN_PLACES = False
DIGIT_GROUPS = ",٬"
DECIMAL = "٫"
SCALES = {"ألف": 1000, "آلاف": 1000, "الف": 1000, "الاف": 1000, "مليون": 1_000_000, "ملايين": 1_000_000}
SCALE_JOINERS = ("و",)  # the 'and' between a scaled thousand and the digits below it
NUMBER_WORDS = {
    "شخصان": 2, "شخصين": 2,  # the dual: two persons
    # other duals of people ("قتل جنديان", two soldiers were killed); not those whose genitive is also a plural's
    # ("مدنيين", "فلسطينيين", "عاملين" are civilians, Palestinians, workers as often)
    "جنديان": 2, "جنديين": 2, "طفلان": 2, "طفلين": 2, "رجلان": 2, "رجلين": 2, "امرأتان": 2, "امرأتين": 2,
    "شقيقان": 2, "شقيقين": 2, "مدنيان": 2, "فلسطينيان": 2, "مواطنان": 2, "عاملان": 2, "شرطيان": 2,
    "واحد": 1, "واحدة": 1,  # one, before tens with the conjunction: 'واحد وعشرون' (21)
    # tens after a unit, with the conjunction written on: 'خمسة وعشرون' (25)
    "وعشرون": 20, "وعشرين": 20, "وثلاثون": 30, "وثلاثين": 30, "وأربعون": 40, "وأربعين": 40, "وخمسون": 50,
    "وخمسين": 50, "وستون": 60, "وستين": 60, "وسبعون": 70, "وسبعين": 70, "وثمانون": 80, "وثمانين": 80,
    "وتسعون": 90, "وتسعين": 90,
    "ألفا": 2000, "ألفي": 2000, "ألفان": 2000,
    "اثنان": 2, "اثنين": 2, "أحد عشر": 11, "إحدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12,
    "اثنتي عشرة": 12, "ثلاثون": 30, "أربعون": 40, "خمسون": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9,
    "عشرة": 10, "عشر": 10, "عشرون": 20, "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "خمسين": 50, "مئة": 100,
    "مائة": 100, "مئتين": 200, "مئتان": 200, "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400,
    "خمسمئة": 500, "خمسمائة": 500, "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700,
    "ثمانمئة": 800, "ثمانمائة": 800, "تسعمئة": 900, "تسعمائة": 900, "ألف": 1000, "ألفين": 2000,
    # the feminine units ('خمس سيدات'), and two hundred in the construct state ('مئتا شخص')
    "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "تسع": 9, "مئتا": 200, "مائتا": 200,
    "مئتي": 200, "مائتي": 200, "مائتين": 200, "مائتان": 200,
    # hundreds after thousands, with the conjunction written on: 'ألف ومئتا شخص' (1200), 'ثلاثة آلاف وخمسمئة' (3500)
    "ومئة": 100, "ومائة": 100, "ومئتا": 200, "ومائتا": 200, "ومئتان": 200, "ومائتان": 200, "ومئتين": 200,
    "ومائتين": 200, "ومئتي": 200, "ومائتي": 200, "وثلاثمئة": 300, "وثلاثمائة": 300, "وأربعمئة": 400,
    "وأربعمائة": 400, "وخمسمئة": 500, "وخمسمائة": 500, "وستمئة": 600, "وستمائة": 600, "وسبعمئة": 700,
    "وسبعمائة": 700, "وثمانمئة": 800, "وثمانمائة": 800, "وتسعمئة": 900, "وتسعمائة": 900,
}  # fmt: skip
# the feminine two ("اثنتان", "اثنتين") and eight in its construct form ("ثماني سنوات", "ثماني نساء")
NUMBER_WORDS |= {"اثنتان": 2, "اثنتين": 2, "ثماني": 8}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "عشرات": (12, 12, 99),
    "العشرات": (12, 12, 99),
    "مئات": (100, 100, 999),
    "المئات": (100, 100, 999),
    "الآلاف": (1000, 1000, 9999),
    "آلاف": (1000, 1000, 9999),
    "عشرات الآلاف": (10_000, 10_000, 99_999),
    "مئات الآلاف": (100_000, 100_000, 999_999),
    "بضع مئات": (100, 100, 999),
    "عدة مئات": (100, 100, 999),
    "بضعة آلاف": (1000, 1000, 9999),
    "عدة آلاف": (1000, 1000, 9999),
}
TRIGGERS = {
    "killed": (
        "أرواح",  # lives: "حصد أرواح 25 شخصا", "أودى بأرواح"
        "قتيل",
        "قتلى",
        "قتل",
        "وفاة",
        "وفيات",
        "توفي",
        "حتفهم",
        "حتفه",
        "شهيد",
        "شهداء",
        "استشهاد",
        "استشهد",
        "ضحية",
        "ضحايا",
        "مصرع",
        "مصرعه",  # his death, her death: one ("لقي شاب مصرعه"), where "مصرعهم" is theirs
        "مصرعها",
        "حتفها",
        "جثة",
        "جثث",
        "الموتى",
        "لقوا حتفهم",
        "فارقوا الحياة",
        "بحياة",
    ),
    "wounded": ("جريح", "جرحى", "مصاب", "إصابة", "إصابات", "اصابة", "اصابات", "أصيب", "اصيب", "جرح",
                "إلى المستشفى", "الى المستشفى"),  # taken to hospital: "نقل 7 أشخاص إلى المستشفى"
    "missing": ("مفقود", "مفقودين", "المفقودين", "في عداد المفقودين"),
    "displaced": ("نازح", "نزوح", "نزح", "مشرد", "تشريد", "إجلاء", "اجلاء",
        "مغادرة منازلهم", "ترك منازلهم", "غادروا منازلهم",  # "اضطر نحو 3000 شخص إلى مغادرة منازلهم"
    ),  # "ونزح أكثر من 5000 شخص"
    "arrested": ("اعتقال", "معتقل", "اعتقل", "توقيف", "القبض على"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "مقتل وإصابة", "مقتل واصابة",  # "أسفر الحادث عن مقتل وإصابة 15 شخصا": the dead and the hurt together
    "قتيلا وجريحا",
    "قتيل وجريح",
    "القتلى والجرحى",
    "قتلى وجرحى",
    "الشهداء والجرحى",
    "شهيد وجريح",
    "قتيلا ومفقودا",
    "قتيل ومفقود",
    "القتلى والمفقودين",
    "قتلى ومفقودين",
    "حتفهم أو فقدوا",
    "قتلوا أو فقدوا",
    "قتيلا أو مفقودا",
    "قتلى أو مفقودين",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("حرجة", "حالة حرجة"),
    "severe": ("خطيرة", "خطرة", "بالغة", "بليغة"),
    "moderate": ("متوسطة",),
    "light": ("طفيفة", "خفيفة"),
}
COORDINATORS = ("فيما", "بينما", "و")
# "قتل أربعة ... وأصاب سبعة أشخاص آخرين" (killed four and injured seven other people): the active verb of injuring,
# which also tells a thing hit ("أصابت القذيفة 3 منازل"), counts the injured only with a word for people after the
# number, or none
PEOPLE_TRIGGERS = {"wounded": ("أصاب", "اصاب")}
PEOPLE_NOUNS = (
    "أشخاص", "اشخاص", "شخص", "آخرين", "آخرون", "اخرين", "اخرون", "طلاب", "أطفال", "اطفال", "مدنيين", "مواطنين",
    "جنود", "عمال", "ركاب", "نساء", "رجال",
)  # fmt: skip
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("بين", "و", ""),
    ("ما بين", "و", ""),
)
FROM_TO = (("من", "إلى"),)  # "from N to M": N is superseded
# words of what may be or is feared: before the count, or between it and its death word ("70 آخرين ربما لقوا
# حتفهم": 70 more may have died)
PROJECTION_BEFORE = ("ربما", "يرجح أن", "يخشى أن", "يُخشى أن", "قد يرتفع", "قد تصل", "قد يصل")
QUALIFIERS_BEFORE = {
    "ما لا يقل عن": "at_least",
    "لا يقل عن": "at_least",
    "على الأقل": "at_least",
    "أكثر من": "more_than",
    "اكثر من": "more_than",
    "ما يزيد عن": "more_than",
    "ما يزيد على": "more_than",
    "يزيد على": "more_than",
    "يزيد عن": "more_than",
    "أزيد من": "more_than",
    "ما يربو على": "more_than",
    "حتى": "up_to",
    "قرابة": "nearly",
    "ما يقارب": "nearly",
    "ما يقرب من": "nearly",
    "نحو": "about",
    "حوالي": "about",
    "حوالى": "about",
    "زهاء": "about",
    "تجاوز": "more_than",
    "تجاوزت": "more_than",
    "يتجاوز": "more_than",
    "تتجاوز": "more_than",
    "تخطى": "more_than",
    "تخطت": "more_than",
    "فاق": "more_than",
    "يفوق": "more_than",
    "تعدى": "more_than",
}
QUALIFIERS_AFTER = {"على الأقل": "at_least", "على الاقل": "at_least"}
# Toll verbs before the number: the number after them is the toll's latest update
UPDATE_BEFORE = (
    "ارتفع",
    "ارتفعت",
    "يرتفع",
    "ترتفع",
    "ارتفاع",
    "بلغ",
    "بلغت",
    "يبلغ",
    "تبلغ",
    "وصل",
    "وصلت",
    "القتلى إلى",
    "الضحايا إلى",
    "الوفيات إلى",
    "الجرحى إلى",
    "المصابين إلى",
    "الإصابات إلى",
)
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "خفضت",
    "خفض",
    "خفّضت",
    "تراجع",
    "تراجعت",
    "انخفض",
    "انخفضت",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "في البداية",
    "في وقت سابق",
    "الحصيلة السابقة",
    "سابقا",
    "في حصيلة أولية",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "إرهابيين",
    "إرهابيا",
    "مهاجمين",
    "انتحاريين",
    "مسلحين",
)
# A toll noun alone counts the dead ('الحصيلة ارتفعت إلى 46')
TOLL_NOUNS = (
    "الحصيلة",
    "حصيلة",
)
# those who survived or were rescued: a count told with them is no victim ("ونجاة ثلاثة", "ونجا اثنان")
SURVIVED_WORDS = ("نجاة", "نجا", "نجت", "نجوا", "ناجين", "ناجيا", "إنقاذ", "انقاذ")
SUBSET_BEFORE = ("بينهم", "من بينهم", "منهم", "بينهن")
SUBSET_AFTER = ("منهم", "منهن")
NOT_COUNTS_AFTER = (
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "مستشفيات", "مستشفى",
    "مرات", "مرة", "مرتين",  # "counted twice", "dos veces": how often, not how many
    "عاما",
    "عامًا",
    "عام ",  # a space after: "عاملا" (a worker) begins like "عام" (year)
    "أعوام",
    "سنة",
    "سنوات",
    "كيلومتر",
    "كلم",
    "كم ",
    "متر",
    "%",
    "بالمئة",
    "بالمائة",
    "في المئة",
    "في المائة",
    "ساعة",
    "ساعات",
    "دقيقة",
    "دقائق",
    "يوم",
    "أيام",
    "درجة",
    "درجات",
    "دولار",
    "مبنى",
    "منزل",
    # the dead and the wounded together: neither metric's count
    "قتيلا وجريحا",
    "قتيل وجريح",
    "بين قتيل وجريح",
    "ما بين قتيل وجريح",
)
COUNT_NOUNS = ("عدد", "حصيلة")
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = ("منذ بدء", "منذ بداية", "منذ اندلاع", "منذ مطلع", "الحرب", "العدوان", "الصراع", "هذا العام")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "منذ بدء الحرب",
    "منذ بداية الحرب",
    "منذ اندلاع الحرب",
    "منذ بدء العدوان",
    "منذ بداية العدوان",
    "منذ بدء الصراع",
    "منذ اندلاع الصراع",
    "منذ بداية العام",
    "منذ بداية موسم",
    "منذ مطلع العام",
    "منذ بداية السنة",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "الأكثر دموية",
    "الأعنف",
    "الأسوأ",
    "الأكبر",
    # the construct form, no article ("في أعنف هجوم تشهده البلاد منذ", in the most violent attack since)
    "أعنف", "أسوأ", "أكثر دموية",
)
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("وفقا ل", "وفقاً ل", "وفقا لـ", "وفقاً لـ", "بحسب", "حسب", "طبقا ل", "نقلا عن", "نقلاً عن",
    "وفق",
    "وفقا لما أعلنته",
    "حسب ما أعلنت",
)
SPEECH_VERBS = (
    "قال",
    "قالت",
    "أعلن",
    "أعلنت",
    "اعلن",
    "اعلنت",
    "أفاد",
    "أفادت",
    "افادت",
    "ذكر",
    "ذكرت",
    "أكد",
    "أكدت",
    "أوضح",
    "أوضحت",
    "صرح",
    "صرحت",
    # "وقدرت وسائل الإعلام ... أن", "أشار المتحدث إلى", "أرقام نشرتها وزارة": estimated, pointed out, published
    "قدرت",
    "أشار",
    "أشارت",
    "نشرتها",
    "أوردت",
    "نقلت",
    "أضاف",
    "أضافت",
    "كشف",
    "كشفت",
    "أحصت",
    "أحصى",
    "وثقت",
    "أبلغ",
    "أبلغت",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "وزارة": "ministry",
    "وزير": "minister",
    "الحكومة": "government",
    "السلطات": "authorities",
    "الشرطة": "police",
    "الدفاع المدني": "civil defence",
    "الإنقاذ": "rescuers",
    "المتحدث": "spokesperson",
    "الناطق": "spokesperson",
    "محافظ": "governor",
    "رئيس": "head",
    "مصادر": "sources",
    "وكالة": "agency",
    "التلفزيون الرسمي": "state television",
    "الهلال الأحمر": "red crescent",
    "الصليب الأحمر": "red cross",
    "مستشفى": "hospital",
    "المستشفى": "hospital",
    "الجيش": "army",
    "مسؤولون": "officials",
    "مسؤول": "official",
    "وسائل الإعلام": "media",
    "متحدث": "spokesperson",
    "ناطق": "spokesperson",
    "الإطفاء": "fire service",
    "الاطفاء": "fire service",
    "الطوارئ": "emergency services",
    "مصدر": "source",
    "مسؤولين": "officials",
    "المصادر": "sources",
    "مصادر طبية": "medical sources",
    "المحافظ": "governor",
    "عمدة": "mayor",
    "رئيس البلدية": "mayor",
    "البلدية": "municipality",
    "الأطباء": "doctors",
    "طبيب": "doctor",
    "مصادر أمنية": "security sources",
    "مدير": "director",
    "المدير": "director",
    "فرق الإنقاذ": "rescuers",
    "المسعفون": "paramedics",
    "المسعفين": "paramedics",
    "الوزارة": "ministry",
    "الوزير": "minister",
    "المسؤول": "official",
    "المسؤولون": "officials",
    "الوكالة": "agency",
    "الرئيس": "president",
    "التلفزيون": "television",
    "الإعلام الرسمي": "state media",
    "منظمة الصحة العالمية": "who",
    "مديرية": "directorate",
    "هيئة": "authority",
    "الهيئة": "authority",
    "الحاكم": "governor",
    "المتحدثة": "spokesperson",
}
# Sources who are not the authorities counting the harm (organisers, residents, witnesses, ...), each with its
# English kind: told beside an official source's other figure, theirs is an alternative, not the headline
# (`core.competing_claimants`); read as source nouns too (`core.extract.world_attribution`).
UNOFFICIAL_SOURCES = {
    "المنظمون": "organisers",
    "المنظمين": "organisers",
    "السكان": "residents",
    "الأهالي": "residents",
    "سكان": "residents",
    "شهود": "witnesses",
    "الشهود": "witnesses",
    "ناشطون": "activists",
    "ناشطين": "activists",
    "الناشطون": "activists",
    "المحتجون": "protesters",
    "المتظاهرون": "protesters",
    "ذوو": "relatives",
    "أقارب": "relatives",
    "المعارضة": "opposition",
    "الناجون": "survivors",
}
# Words opening a clause set against the one before it: a source the clause names is its figures' own,
# not the sentence's first source (`core.extract.multilingual`): "بينما قال المنظمون إن عدد المصابين 20"
CONTRAST_CLAUSES = ("بينما", "في حين",)  # fmt: skip
SOURCE_LEADING = ("بعض",
    "ذلك",
    "هذا",
    "هذه",
)  # "بعض وسائل الإعلام" (some media): the media

# Places (core.extract.world_places): particles written joined to the next word ('بغزة', 'وغزة'), and
# everyday words that are also a town's name in Arabic script somewhere ('كان' "was": Cannes).
JOINED_PARTICLES = ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب")
NOT_PLACES = ("كان", "الات", "الخميس", "سيول")  # "الخميس" is Thursday, not Khemis Miliana; "سيول" floods, not Seoul
# Long-vowel letters a transliterated foreign name is written with or without ('كاتمندو', 'كاتماندو'): a big town
# at the head of the text spelled with one more or one less is still that town (core.extract.world_places).
VOWEL_LETTERS = ("ا", "و", "ي")
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# last night
DAYS_BACK = {"الليلة الماضية": 1, "ليلة أمس": 1}
# Places the gazetteer has no Arabic name for, as English news names them (core.extract.world_places): holy
# sites and districts of the Hajj around Mecca
PLACE_NAMES = {
    "منى": ("Mina", "SA"),
    "مشعر منى": ("Mina", "SA"),
    "عرفات": ("Arafat", "SA"),
    "مزدلفة": ("Muzdalifah", "SA"),
}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("جميع أنحاء البلاد", "أنحاء البلاد", "عموم البلاد")
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("العاصمة",)
# Division words written before a name (core.extract.world_places): the name is a province's,
# state's or governorate's, not a town's (محافظة إدلب)
PROVINCE_WORDS_BEFORE = ("محافظة", "ولاية", "إقليم", "مقاطعة")
# Places (core.extract.world_places): verbs a capital governs ("اتهمت موسكو"), making it the government, not the
# place
GOVERNMENT_VERBS = ("اتهمت", "اتهم", "أدانت", "أدان", "نددت", "ندد", "طالبت", "طالب")
# Places (core.extract.world_places): locative words, before a name or after it ('في مانشستر'): the town is
# where the figure stands, even in a report that names only another country (the victims' or the attacker's)
LOCATIVES = ("في",)
# ... and 'in' joined to the name ('بعمّان', 'وبالعقبة'): a town after it is placed as after 'في' (Amman, not Oman,
# whose name Amman's is written as without its shadda)
JOINED_LOCATIVES = ("ب", "وب", "فب")
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_BEFORE = (
    "متجهة إلى", "متجهة الى", "المتجهة إلى", "المتجهة الى", "متجها إلى", "متجهاً إلى", "المتجه إلى", "في طريقها إلى",
    "في طريقه إلى", "في طريقهم إلى", "قادمة من", "القادمة من", "القادم من", "أبحرت من", "انطلقت من",
)  # fmt: skip
# A people's adjective (core.extract.world_places): a country's name, less its article and a last letter in
# ADJECTIVE_DROP, with a prefix and a suffix ('كوريا' -> 'الكورية', 'الصين' -> 'الصيني'): hints at the country
ADJECTIVE_PREFIXES = ("ال",)
ADJECTIVE_DROP = ("ا", "ة", "ى")
ADJECTIVE_SUFFIXES = ("ية", "ي", "يون", "يين", "يان")
ADJECTIVE_JOINS = {"يي": "ي"}  # 'إندونيسي' + 'ية': 'الإندونيسية'
ADJECTIVE_STEMS = {"كوري": "KR", "أمريكي": "US", "أميركي": "US", "بريطاني": "GB", "سعودي": "SA", "أفغاني": "AF"}
NOT_ADJECTIVES = ("مالية", "المالية", "مالي", "المالي", "الماليون", "الماليين")  # financial, not Mali's
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("لا يزال", "لا تزال", "ما زال", "ما زالت", "ما يزال")
CARE_WORDS = (
    "المستشفى",
    "المستشفيات",
    "مستشفى",
    "العناية",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("زلزال", "زلازل", "هزة أرضية", "تسونامي"),
    "water": (
        "فيضان", "فيضانات", "سيول", "أمطار", "عاصفة", "إعصار", "انهيار أرضي", "انهيارات أرضية", "انزلاق", "انهيار سد",
        "انهيار السد", "الأمطار", "عواصف", "انجراف", "السد",
    ),
    "fire": ("حريق", "حرائق", "انفجار", "نيران", "النيران", "احتراق"),
    "air": ("طائرة", "مروحية", "تحطم طائرة"),
    "rail": ("قطار", "قطارات", "السكة الحديد", "سكة حديد"),
    "road": ("حافلة", "شاحنة", "حادث سير", "حادث مروري", "تصادم", "اصطدام", "سيارة", "طريق سريع"),
    "ship": ("سفينة", "القارب", "قوارب", "غرق عبارة", "غرق العبارة", "قارب", "غرق مركب", "غرق قارب", "زورق"),
    "attack": (
        "هجوم", "هجمات", "قصف", "غارة", "غارات", "تفجير", "انفجار", "إطلاق نار", "مجزرة", "انتحاري", "صاروخ",
        "صواريخ", "إرهاب", "كمين", "مسلح", "مسلحين", "رصاص", "إطلاق النار", "النار على", "الرصاص", "اشتباكات",
        "مذبحة", "غارة جوية", "قنبلة", "طائرة مسيرة",
    ),
    "crowd": ("تدافع", "أعمال شغب", "شغب"),
    "collapse": ("انهيار",),
    "mine": ("منجم", "مناجم", "عمال المنجم", "عمال مناجم"),
    "weather": (
        "صاعقة", "صواعق", "موجة حر", "موجة الحر", "موجة حارة", "ضربة شمس", "موجة برد", "عاصفة", "الحرارة",
        "الحر الشديد", "ضربات الشمس", "البرد القارس",
    ),
    "volcano": ("بركان", "براكين", "ثوران", "الحمم"),
}  # fmt: skip
# 'Last' beside a weekday ('يوم الاثنين الماضي'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("الماضي", "الماضية")
# Verbs by which a source puts the toll at a figure ("eleva a 23 la cifra"): its verbs of saying (world_attribution)
REPORTING_VERBS = ("رفعت", "حدثت")
SOURCE_TRAILING = ("حصيلة",)
# A singular noun right after a killed trigger tells one dead when no count is bound ("قتل شخص وأصيب ثلاثة آخرون");
# the dual and plural forms (شخصان, أشخاص) are other words
SINGULAR_NOUNS_AFTER = ("شخص", "رجل", "امرأة", "طفل", "شاب", "مواطن", "جندي", "سائق",
    # with the article: "توفي السائق على الفور" (the driver died)
    "السائق", "الرجل", "المرأة", "الطفل", "الشاب", "المواطن", "الجندي",
)  # fmt: skip
# A death told with a singular possessive and no number: one ("لقي شاب مصرعه في حادث سير"; "مصرعهم", theirs, is not)
SINGULAR_DEATHS = ("مصرعه", "مصرعها", "حتفه", "حتفها")

# 'this number', 'the figure' told on in a later sentence, a kind named before: that kind's updated count
# ("قتل 9 أشخاص يوم الاثنين. وارتفع هذا العدد إلى 25")
COUNT_ANAPHORS = (
    "هذا العدد", "هذه الحصيلة",
    "يرتفع العدد", "ارتفع العدد",  # the number told on after an earlier figure ("قبل أن يرتفع العدد إلى 15")
)  # fmt: skip
# the past perfect: "وكان حريق ماتي قد أودى بحياة 102 شخص" (an older event's toll, after the text's own)
PAST_PERFECT = ("وكان", "وكانت", "كان قد", "كانت قد")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "قبل # أيام", "قبل # أسابيع", "قبل # أشهر", "قبل أسبوع", "قبل شهر", "قبل يومين", "وقبل # أيام", "وقبل أسبوع",
    "وقبل شهر", "وقبل يومين", "الأسبوع الماضي", "في الأسبوع الماضي", "وفي الأسبوع الماضي", "الشهر الماضي",
    "في الشهر الماضي", "وفي الشهر الماضي",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("مواطنين مصريين", "المصريين", "مصريين", "مصريون", "السعوديين", "الأردنيين", "المغاربة",
    "الجزائريين", "العراقيين", "السوريين", "اللبنانيين", "رعايا")
# A sentence dated to an earlier year that tells that event's toll as recalled (multilingual._a_follow_ups_own_toll):
# what it resulted in ("..., ما أسفر عن مقتل 191 شخصا")
RECALL_VERBS = ("ما أسفر عن", "مما أدى إلى", "ما أدى إلى")
# The relative words that open the clause of an event's toll after its noun ("التفجيرات التي أودت بحياة 191 شخصا")
EVENT_RELATIVES = ("التي", "الذي", "الذين")

# Date words: a headline counting years since an event ('الذكرى العاشرة', the tenth anniversary;
# `core.extract.look_back`); {n} in figures or a word
YEARS_ON = ("الذكرى {n}", "بعد {n} سنوات", "بعد {n} عاما", "مرور {n} سنوات", "مرور {n} عاما", "{n} عاما على",
            "{n} سنوات على")  # fmt: skip
YEAR_COUNTS = {
    "الأولى": 1, "الاولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
    "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "العشرين": 20, "خمس": 5, "خمسة": 5, "عشر": 10, "عشرة": 10,
    "عشرين": 20, "عشرون": 20,
}
# The nouns whose complement the dead are, right before their word (an idafa: 'the funeral of the victims', 'the
# relatives of the dead'), words after a count: the count is not theirs ("شيع آلاف المواطنين جثامين القتلى",
# world_binding)
OF_THE_BEFORE = ("ذوي", "أهالي", "عائلات", "أسر", "أقارب", "جثامين", "تشييع", "جنازة", "جنازات", "ذكرى")
# Month names dateparser lacks (core.extract.world_dates): the Levant's and Iraq's ('١٢ تموز', 12 July) and the
# Maghreb's ('12 جويلية'), and the Egyptian names as news writes them without their hamza ('12 اكتوبر')
MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "ابريل": 4, "إبريل": 4, "اغسطس": 8, "اكتوبر": 10,
}  # fmt: skip
# "الساعة 5": a clock time before a number, no count of people
NOT_COUNTS_BEFORE = ("الساعة", "الساعه",)
# An outbreak of a disease (dengue, cholera) or a mass poisoning (stems, read anywhere in the text): those admitted to
# hospital are the sick, not the wounded, unless a word of injury (HURT_STEMS) is told with their count
# (core.extract.poisonings)
POISONED_BY = ("الكوليرا", "حمى الضنك", "الضنك", "التسمم الغذائي", "الكحول المغشوش", "الخمور المغشوشة")
HURT_STEMS = ("جرح", "جريح", "إصابات بجروح")
