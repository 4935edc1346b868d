"""Uzbek lexicon (shared shape, see `es.py` for the names): data only. Words take endings ("halok bo'lganlar",
"yaralanganlar"): triggers are word beginnings (MATCH "prefix"). Uzbek is written in Latin letters and, by many
outlets still, in Cyrillic: both are listed. Its o' and g' are written with a turned comma, a left quote or an
apostrophe ("bo'ldi", "boʻldi", "bo‘ldi"); the text reads the quotes as "'", the turned comma stays, so a word
with one is listed both ways. A case ending may follow digits after a hyphen ("100-dan ortiq", more than 100;
"13-ga yetdi", reached 13): `HYPHEN_ENDINGS` keep such a number a count. Tens and units follow each other with no
joiner ("o'n ikki" = 12)."""

from __future__ import annotations

LANGUAGE = "uz"
MATCH = "prefix"
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"ming": 1000, "million": 1_000_000, "mln": 1_000_000, "минг": 1000, "миллион": 1_000_000}
NUMBER_WORDS = {
    "bir": 1, "ikki": 2, "uch": 3, "to'rt": 4, "toʻrt": 4, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8,
    "to'qqiz": 9, "toʻqqiz": 9, "o'n": 10, "oʻn": 10, "yigirma": 20, "o'ttiz": 30, "oʻttiz": 30, "qirq": 40,
    "ellik": 50, "oltmish": 60, "yetmish": 70, "sakson": 80, "to'qson": 90, "toʻqson": 90, "yuz": 100,
    "бир": 1, "икки": 2, "уч": 3, "тўрт": 4, "беш": 5, "олти": 6, "етти": 7, "саккиз": 8, "тўққиз": 9, "ўн": 10,
    "йигирма": 20, "ўттиз": 30, "қирқ": 40, "эллик": 50, "олтмиш": 60, "етмиш": 70, "саксон": 80, "тўқсон": 90,
    "юз": 100,
}  # fmt: skip
MULTIPLIERS = ("yuz", "юз")  # "uch yuz" = 300
HYPHEN_ENDINGS = (
    "ga", "ka", "qa", "dan", "tan", "ni", "ta", "gacha", "dan ortiq", "ga yaqin", "га", "ка", "қа", "дан", "ни",
    "та", "гача", "дан ортиқ", "га яқин",
)  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "o'nlab": (12, 12, 99), "oʻnlab": (12, 12, 99), "yuzlab": (100, 100, 999), "minglab": (1000, 1000, 9999),
    "ўнлаб": (12, 12, 99), "юзлаб": (100, 100, 999), "минглаб": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # "13 kishi halok bo'ldi" (13 people perished), "halok bo'lganlar soni" (the number of the dead)
        "halok bo'l", "halok boʻl", "halok", "vafot et", "hayotdan ko'z yum", "hayotdan koʻz yum", "jon ber",
        "o'ldiril", "oʻldiril", "o'ldi", "oʻldi", "o'lgan", "oʻlgan", "o'lim", "oʻlim", "nobud bo'l", "nobud boʻl",
        "jasad", "qurbon bo'l", "qurbon boʻl",
        "ҳалок бўл", "ҳалок", "халок", "вафот эт", "ҳаётдан кўз юм", "жон бер", "ўлдирил", "ўлди", "ўлган", "ўлим",
        "нобуд бўл", "жасад", "қурбон бўл",
    ),
    "wounded": (
        "yarador", "yaralan", "jarohat ol", "jarohatlan", "tan jarohati", "shikastlan", "kasalxonaga yotqizil",
        "shifoxonaga yotqizil",
        "ярадор", "яралан", "жароҳат ол", "жароҳатлан", "тан жароҳати", "шикастлан", "касалхонага ётқизил",
        "шифохонага ётқизил",
    ),
    "missing": ("bedarak yo'qol", "bedarak yoʻqol", "bedarak", "izsiz yo'qol", "izsiz yoʻqol", "бедарак", "изсиз"),
    "displaced": ("evakuatsiya", "ko'chiril", "koʻchiril", "boshpanasiz", "эвакуация", "кўчирил", "бошпанасиз"),
    "arrested": (
        "hibsga ol", "qo'lga ol", "qoʻlga ol", "ushlan", "ҳибсга ол", "қўлга ол", "ушлан",
    ),
}  # fmt: skip
DEAD_AND_WOUNDED = ("halok bo'lgan va yaralangan", "halok boʻlgan va yaralangan", "ҳалок бўлган ва яраланган")
INJURY_GRADES = {
    "critical": ("o'ta og'ir", "oʻta ogʻir", "ўта оғир"),
    "severe": ("og'ir", "ogʻir", "оғир"),
    "light": ("yengil", "енгил"),
}
COORDINATORS = ("va", "esa", "ва", "эса")
QUALIFIERS_BEFORE = {
    "kamida": "at_least", "eng kamida": "at_least", "taxminan": "about", "qariyb": "nearly", "deyarli": "nearly",
    "salkam": "nearly", "камида": "at_least", "тахминан": "about", "қарийб": "nearly", "деярли": "nearly",
}  # fmt: skip
QUALIFIERS_AFTER = {
    "-dan ortiq": "more_than", "dan ortiq": "more_than", "-dan ko'p": "more_than", "dan ko'p": "more_than",
    "-ga yaqin": "nearly", "ga yaqin": "nearly", "-дан ортиқ": "more_than", "дан ортиқ": "more_than",
    "-га яқин": "nearly", "га яқин": "nearly",
}  # fmt: skip
# Toll verbs after the number (verb-final): "halok bo'lganlar soni 15 taga yetdi" (the toll reached 15)
UPDATE_AFTER = (
    "-ga yetdi", "ga yetdi", "taga yetdi", "nafarga yetdi", "yetdi", "oshdi", "ko'tarildi", "koʻtarildi",
    "-га етди", "га етди", "тага етди", "нафарга етди", "етди", "ошди", "кўтарилди",
)  # fmt: skip
EARLIER_BEFORE = ("avvalroq", "dastlab", "аввалроқ", "дастлаб")
INCREMENT_BEFORE = ("yana", "яна")
SUBSET_BEFORE = ("shu jumladan", "ular orasida", "ulardan", "шу жумладан", "улар орасида", "улардан")
NOT_COUNTS_AFTER = (
    "marta", "yosh", "yoshli", "yil", "km", "kilometr", "metr", "%", "foiz", "soat", "kun", "daqiqa", "so'm",
    "soʻm", "dollar", "uy", "bino", "tonna", "qavat",
    "марта", "ёш", "ёшли", "йил", "км", "километр", "метр", "фоиз", "соат", "кун", "дақиқа", "сўм", "доллар", "уй",
    "бино", "тонна", "қават",
)  # fmt: skip
COUNT_NOUNS = ("soni", "сони")
ACCORDING_AFTER = (
    "ma'lumotiga ko'ra", "maʼlumotiga koʻra", "xabariga ko'ra", "xabariga koʻra", "ko'ra", "koʻra",
    "маълумотига кўра", "хабарига кўра", "кўра",
)  # fmt: skip
SPEECH_VERBS = (
    "deb xabar berdi", "xabar berdi", "ma'lum qildi", "maʼlum qildi", "dedi", "bildirdi", "aytdi", "tasdiqladi",
    "деб хабар берди", "хабар берди", "маълум қилди", "деди", "билдирди", "айтди", "тасдиқлади",
)  # fmt: skip
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "prokuratura": "prosecutor", "politsiya": "police", "ichki ishlar vazirligi": "police", "iiv": "police",
    "favqulodda vaziyatlar vazirligi": "emergency service", "fvv": "emergency service", "vazirlig": "ministry",
    "vazir": "minister", "hukumat": "government", "prezident": "president", "shifoxona": "hospital",
    "hokimlik": "local authorities", "hokim": "governor",
    "прокуратура": "prosecutor", "милиция": "police", "ички ишлар вазирлиги": "police",
    "фавқулодда вазиятлар вазирлиги": "emergency service", "вазирлиг": "ministry", "вазир": "minister",
    "ҳукумат": "government", "президент": "president", "шифохона": "hospital", "ҳоким": "governor",
}  # fmt: skip
HOME_COUNTRIES = ("UZ",)
CAPITAL_WORDS = ("poytaxt", "пойтахт")
DAYS_BACK = {"kecha": 1, "кеча": 1}
STILL_IN_CARE = ("hali ham", "hozirda", "ҳали ҳам", "ҳозирда")
CARE_WORDS = ("shifoxona", "kasalxona", "шифохона", "касалхона")
HAZARD_FAMILIES = {
    "quake": ("zilzila*", "yer silkin*", "зилзила*", "ер силкин*"),
    "water": ("suv toshqin*", "toshqin*", "sel", "сув тошқин*", "тошқин*"),
    "fire": ("yong'in*", "yongʻin*", "portlash*", "ёнғин*", "портлаш*"),
    "air": ("samolyot*", "aviahalokat*", "vertolyot*", "самолёт*", "авиаҳалокат*", "вертолёт*"),
    "rail": ("poyezd*", "поезд*"),
    "road": ("avtobus*", "avtohalokat*", "yo'l-transport*", "автобус*", "автоҳалокат*", "йўл-транспорт*"),
    "attack": ("hujum*", "portlash*", "terakt*", "otishma*", "ҳужум*", "портлаш*", "теракт*", "отишма*"),
    "collapse": ("qulab tush*", "қулаб туш*"),
    "mine": ("shaxta*", "шахта*"),
}  # fmt: skip
NEGATIONS = ("yo'q", "yoʻq", "emas", "йўқ", "эмас")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("dafn", "janoza", "xotirla", "motam marosim", "дафн", "жаноза", "хотирла")
# Places (core.extract.world_places): words after a name that make it a town's or a village's ("Toshkent
# shahrida", "Buxoro shahrida", "Oqqo'rg'on tumanida")
TOWN_WORDS = ("shahr", "tuman", "qishloq", "шаҳр", "шаҳар", "туман", "қишлоқ")
# Dates (core.extract.world_dates): dateparser's Uzbek is in Latin letters; its Cyrillic months, and the hyphen
# that joins a day to its month ("16-fevral", "16-феврал")
MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "май": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
DAY_MONTH_LINKS = ("-",)
