"""Kyrgyz lexicon (shared shape, see `es.py` for the names): data only. Cyrillic with "ң", "ө", "ү"; words take
endings ("каза болгондор", "жаракат алды"): triggers are word beginnings (MATCH "prefix"). Endings are written after
a hyphen onto digits ("15ке жетти", "15-ке жетти", reached 15; "100дөн ашык", more than 100): `HYPHEN_ENDINGS` keep
such a number a count. Tens and units follow each other with no joiner ("он эки" = 12, "жыйырма бир" = 21)."""

from __future__ import annotations

LANGUAGE = "ky"
MATCH = "prefix"
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
LATIN_PLACES = False
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"миң": 1000, "млн": 1_000_000, "миллион": 1_000_000}
NUMBER_WORDS = {
    "бир": 1, "эки": 2, "үч": 3, "төрт": 4, "беш": 5, "алты": 6, "жети": 7, "сегиз": 8, "тогуз": 9, "он": 10,
    "жыйырма": 20, "отуз": 30, "кырк": 40, "элүү": 50, "алтымыш": 60, "жетимиш": 70, "сексен": 80, "токсон": 90,
    "жүз": 100,
    # people counted as a group: "экөө" (the two of them), "үчөө", "төртөө", "бешөө"
    "экөө": 2, "үчөө": 3, "төртөө": 4, "бешөө": 5,
}  # fmt: skip
MULTIPLIERS = ("жүз",)  # "үч жүз" = 300
HYPHEN_ENDINGS = (
    "ке", "ге", "ка", "га", "ко", "гө", "кө", "го", "дөн", "дан", "ден", "тан", "тен", "тон", "төн", "дон", "ке чейин",
    "ге чейин", "дөн ашык", "дан ашык", "ден ашык", "тан ашык",
)  # fmt: skip
VAGUE_QUANTITIES = {"ондогон": (12, 12, 99), "жүздөгөн": (100, 100, 999), "миңдеген": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "өлтүрүшт", "өлтүрдү",
        # "12 адам каза болду" (12 people died), "каза болгондордун саны" (the number of the dead)
        "каза бол", "каза тап", "курман бол", "набыт бол", "өлдү", "өлгөн", "өлүп", "өлтүрүл", "мерт бол", "сөөгү",
        "сөөктөрү", "өмүрүн алды", "өмүрүн кыйды",
    ),
    "wounded": ("жарадар", "жаракат", "жабыркад", "ооруканага жеткирил", "ооруканага түш", "ооруканага жаткырыл"),
    "missing": ("дайынсыз", "из-түзсүз", "жоголуп кет", "издөө"),
    "displaced": ("эвакуацияла", "көчүрүл", "баш калкалоочу жайсыз", "үйсүз кал"),
    "arrested": ("кармал", "кармады", "камакка алын", "камалды"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("каза болгондор жана жарадарлар", "өлгөн жана жарадар болгон")
INJURY_GRADES = {"critical": ("өтө оор", "өмүрүнө коркунуч"), "severe": ("оор",), "light": ("жеңил",)}
COORDINATORS = ("жана", "менен", "ал эми")
QUALIFIERS_BEFORE = {"кеминде": "at_least", "жок дегенде": "at_least", "болжол менен": "about", "болжолу": "about"}
QUALIFIERS_AFTER = {
    "-дөн ашык": "more_than", "-дан ашык": "more_than", "-ден ашык": "more_than", "-тан ашык": "more_than",
    "дөн ашык": "more_than", "дан ашык": "more_than", "ден ашык": "more_than", "тан ашык": "more_than",
    "ашык": "more_than", "-га жакын": "nearly", "-ге жакын": "nearly", "га жакын": "nearly", "ге жакын": "nearly",
    "ка жакын": "nearly", "ке жакын": "nearly", "гө жакын": "nearly", "кө жакын": "nearly",
}  # fmt: skip
# Toll verbs after the number (verb-final): "каза болгондордун саны 15ке жетти" (the toll reached 15)
UPDATE_AFTER = ("жетти", "чейин өстү", "өстү", "көбөйдү")
EARLIER_BEFORE = ("алгач", "мурда", "буга чейин")
INCREMENT_BEFORE = ("дагы",)
SUBSET_BEFORE = ("анын ичинде", "алардын ичинде", "алардын")
NOT_COUNTS_AFTER = (
    "жолу", "жашта", "жаштагы", "жыл", "км", "чакырым", "метр", "%", "пайыз", "саат", "күн", "мүнөт", "сом",
    "доллар", "градус", "үй", "тонна",
)  # fmt: skip
COUNT_NOUNS = ("саны",)
ACCORDING_AFTER = ("маалыматы боюнча", "маалыматына караганда", "билдиришинче", "айтымында")
SPEECH_VERBS = ("деп билдирди", "билдирди", "маалымдады", "деди", "тастыктады", "кабарлады")
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "милиция": "police", "ички иштер министрлиги": "police", "иим": "police", "министрлик": "ministry",
    "министр": "minister", "өкмөт": "government", "бийлик": "authorities", "өкм": "emergency service",
    "өзгөчө кырдаалдар министрлиги": "emergency service", "куткаруучу": "rescuers", "мэр": "mayor",
    "президент": "president", "оорукана": "hospital", "саламаттык сактоо министрлиги": "ministry",
}  # fmt: skip
HOME_COUNTRIES = ("KG",)
DAYS_BACK = {"кечээ": 1, "мурдагы күнү": 2}
STILL_IN_CARE = ("дагы эле", "азыр")
CARE_WORDS = ("оорукана", "дарыланууда")
HAZARD_FAMILIES = {
    "quake": ("жер титирөө*",),
    "water": ("суу ташкын*", "көчкү*"),  # "сел" (mudflow) opens Russian "селу" (village): left out
    "fire": ("өрт*", "жарылуу*"),
    "air": ("учак*", "тик учак*", "авиакырсык*"),
    "rail": ("поезд*",),
    "road": ("автобус*", "жол кырсык*", "кырсык*"),
    "attack": ("кол салуу*", "атышуу*", "жарылуу*", "террор*"),
    "mine": ("шахта*",),
}  # fmt: skip
# Dates (core.extract.world_dates): "12-март" (12 March), "12-мартта"; the months as Kyrgyz writes them
MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9,
    "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    # the locative, written onto the month after a hyphen link ("12-майда", on 12 May)
    "январда": 1, "февралда": 2, "мартта": 3, "апрелде": 4, "майда": 5, "июнда": 6, "июлда": 7, "августта": 8,
    "сентябрда": 9, "октябрда": 10, "ноябрда": 11, "декабрда": 12,
}  # fmt: skip
# "12-майда", "12-май күнү": the day joined to its month by a hyphen
DAY_MONTH_LINKS = ("-",)
