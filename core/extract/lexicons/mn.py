"""Mongolian lexicon (shared shape, see `es.py` for the names): data only. Cyrillic with "ө" and "ү"; words take
endings ("нас барсан", "шархадсан", "гэмтлээр"): triggers are word beginnings (MATCH "prefix"). A number before its
noun takes its joined form ("гурван хүн", three people; "арван хоёр", 12; "хорин нэг", 21; "зуун", a hundred of);
endings are written onto digits after a hyphen or none ("15-д хүрчээ", reached 15); "гаруй" after a number is "more
than" ("100 гаруй хүн")."""

from __future__ import annotations

LANGUAGE = "mn"
MATCH = "prefix"
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
LATIN_PLACES = False
DIGIT_GROUPS = " ,"
DECIMAL = "."
SCALES = {"мянга": 1000, "мянган": 1000, "сая": 1_000_000, "саяас": 1_000_000}
# each number alone and in its joined form before a noun ("тав", five; "таван хүн", five people); "ер" (90) alone is
# left out ("ер нь", in general): its joined "ерэн" is read
NUMBER_WORDS = {
    "нэг": 1, "хоёр": 2, "гурав": 3, "гурван": 3, "дөрөв": 4, "дөрвөн": 4, "тав": 5, "таван": 5, "зургаа": 6,
    "зургаан": 6, "долоо": 7, "долоон": 7, "найм": 8, "найман": 8, "ес": 9, "есөн": 9, "арав": 10, "арван": 10,
    "хорь": 20, "хорин": 20, "гуч": 30, "гучин": 30, "дөч": 40, "дөчин": 40, "тавь": 50, "тавин": 50, "жар": 60,
    "жаран": 60, "далан": 70, "ная": 80, "наян": 80, "ерэн": 90, "зуу": 100, "зуун": 100,
}  # fmt: skip
# "нэгэн" (one, also "a": "нэгэн хүн", a person) is a number only after another: "хорин нэгэн" (21)
NUMBER_WORDS_AFTER = {"нэгэн": 1}
MULTIPLIERS = ("зуу", "зуун")  # "гурван зуу" = 300
HYPHEN_ENDINGS = ("д", "т", "аас", "ээс", "оос", "өөс", "ыг", "ийг", "н", "аад", "ээд")
VAGUE_QUANTITIES = {"хэдэн арван": (12, 12, 99), "хэдэн зуун": (100, 100, 999), "хэдэн мянган": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # 'killed' (хөнөөжээ, хөнөөсөн), 'took the lives' (test_four_forms43)
        "хөнөө", "амийг авсан", "амь насыг авсан",
        # "12 хүн нас барсан" (12 people died), "амь үрэгдсэн" (lost their lives), "нас барагсдын тоо" (the number
        # of the dead)
        "нас бар", "амь үрэгд", "амиа алд", "амь насаа алд", "алагд", "амь эрсэд", "цогцос", "живж нас бар",
        "нас баралт",
    ),
    "wounded": ("шархад", "гэмтэж", "гэмтсэн", "гэмтэл ав", "бэртс", "эмнэлэгт хэвт"),
    "missing": ("сураггүй", "алга болс", "алга болоод"),
    "displaced": ("нүүлгэн шилжүүл", "орон гэргүй", "гэр оронгүй"),
    "arrested": ("баривчил", "баривчлагд", "саатуул"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("нас барж, шархадсан", "нас барсан болон шархадсан")
INJURY_GRADES = {"critical": ("хүнд байдалтай", "маш хүнд"), "severe": ("хүнд",), "light": ("хөнгөн",)}
COORDINATORS = ("ба", "болон", "харин", "мөн")
QUALIFIERS_BEFORE = {"дор хаяж": "at_least", "наад зах нь": "at_least", "ойролцоогоор": "about", "бараг": "nearly"}
QUALIFIERS_AFTER = {"гаруй": "more_than", "орчим": "about", "илүү": "more_than", "хүртэл": "up_to"}
QUALIFIERS_AFTER_NOUN = {"гаруй": "more_than"}
# Toll verbs after the number (verb-final): "нас барагсдын тоо 15-д хүрчээ" (the toll reached 15)
UPDATE_AFTER = ("хүрчээ", "хүрсэн", "хүрлээ", "болж өссөн", "өсчээ")
EARLIER_BEFORE = ("эхэндээ", "өмнө нь")
INCREMENT_BEFORE = ("дахин", "нэмж")
SUBSET_BEFORE = ("тэдний дунд", "үүнээс", "тэдгээрээс")
NOT_COUNTS_AFTER = (
    "удаа", "настай", "насны", "жил", "км", "метр", "%", "хувь", "цаг", "хоног", "минут", "төгрөг", "доллар",
    "градус", "байшин", "тонн",
)  # fmt: skip
COUNT_NOUNS = ("тоо",)
ACCORDING_AFTER = ("мэдээлснээр", "мэдээллээр", "хэлснээр")
SPEECH_VERBS = ("мэдээллээ", "мэдэгдлээ", "хэллээ", "мэдээлэв", "мэдэгдэв", "баталлаа")
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "цагдаа": "police", "засгийн газар": "government", "сайд": "minister", "онцгой байдлын": "emergency service",
    "эмнэлэг": "hospital", "яам": "ministry", "ерөнхийлөгч": "president", "аврагч": "rescuers",
}  # fmt: skip
HOME_COUNTRIES = ("MN",)
DAYS_BACK = {"өчигдөр": 1, "уржигдар": 2}
STILL_IN_CARE = ("одоо ч", "одоогоор")
CARE_WORDS = ("эмнэлэг", "эмчилгээ")
HAZARD_FAMILIES = {
    "quake": ("газар хөдлөл*",),
    "water": ("үер*", "шуурга*", "цасан шуурга*"),
    "fire": ("гал түймэр*", "түймэр*", "дэлбэрэлт*"),
    "air": ("онгоц*", "нисдэг тэрэг*"),
    "rail": ("галт тэрэг*",),
    "road": ("автобус*", "зам тээврийн осол*"),
    "attack": ("халдлага*", "буудлага*", "дэлбэрэлт*"),
    "mine": ("уурхай*",),
}  # fmt: skip
# Dates (core.extract.world_dates): the months are numbered ("гуравдугаар сарын 12", the 12th of the third month)
MONTHS = {
    "нэгдүгээр сарын": 1, "хоёрдугаар сарын": 2, "гуравдугаар сарын": 3, "дөрөвдүгээр сарын": 4,
    "тавдугаар сарын": 5, "зургаадугаар сарын": 6, "долоодугаар сарын": 7, "наймдугаар сарын": 8,
    "есдүгээр сарын": 9, "аравдугаар сарын": 10, "арван нэгдүгээр сарын": 11, "арван хоёрдугаар сарын": 12,
}  # fmt: skip
# Dates written month first as well ('ಮೇ 12ರಂದು', 'тавдугаар сарын 12-нд': May 12; test_four_forms43)
MONTH_FIRST = True
