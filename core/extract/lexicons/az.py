"""Azerbaijani lexicon (shared shape, see `es.py` for the names): data only. Words take suffixes ("həlak olub",
"yaralanıb", "yaralananların"): triggers are word beginnings (MATCH "prefix"). A case ending is written onto digits
after a hyphen ("100-dən çox", more than 100; "52-yə çatıb", has reached 52): `HYPHEN_ENDINGS` keep such a number a
count."""

from __future__ import annotations

LANGUAGE = "az"
MATCH = "prefix"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"min": 1000, "milyon": 1_000_000}
NUMBER_WORDS = {
    "bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8, "doqquz": 9, "on": 10,
    "iyirmi": 20, "otuz": 30, "qırx": 40, "əlli": 50, "altmış": 60, "yetmiş": 70, "səksən": 80, "doxsan": 90,
    "yüz": 100, "min": 1000,
}  # fmt: skip
MULTIPLIERS = ("yüz",)  # "üç yüz" = 300
HYPHEN_ENDINGS = (
    "dən", "dan", "ə", "a", "yə", "ya", "ü", "u", "i", "ı", "nü", "nu", "ni", "nı", "dək", "ədək", "yədək", "adək",
    "yadək", "ə qədər", "a qədər",
)  # fmt: skip
VAGUE_QUANTITIES = {
    "onlarla": (12, 12, 99),
    "yüzlərlə": (100, 100, 999),
    "minlərlə": (1000, 1000, 9999),
    "on minlərlə": (10_000, 10_000, 99_999),
}
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "həyatına son qoy", "həyatını al",
        "həlak ol", "həlak", "ölüb", "öldü", "ölən", "ölü", "ölüm", "can itki", "canını itir", "qətlə yetiril",
        "öldürül", "meyit",
    ),
    "wounded": ("yaralan", "yaralı", "xəsarət al", "xəsarət", "xəstəxanaya yerləşdiril"),
    "missing": ("itkin düş", "itkin"),
    "displaced": ("evakuasiya", "təxliyə", "köçkün", "evsiz"),
    "arrested": ("həbs", "saxlanıl", "tutulub"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("ölən və yaralanan", "həlak olan və yaralanan", "ölü və yaralı")
INJURY_GRADES = {"critical": ("vəziyyəti ağır",), "severe": ("ağır",), "light": ("yüngül",)}
COORDINATORS = ("və", "isə")
QUALIFIERS_BEFORE = {
    "ən azı": "at_least", "azı": "at_least", "təxminən": "about", "təqribən": "about", "ən çox": "up_to",
}  # fmt: skip
QUALIFIERS_AFTER = {
    "-dən çox": "more_than", "-dan çox": "more_than", "-dən artıq": "more_than", "-dan artıq": "more_than",
    "-ə yaxın": "nearly", "-a yaxın": "nearly", "-yə yaxın": "nearly", "-ya yaxın": "nearly",
    "dən çox": "more_than", "dan çox": "more_than",
}  # fmt: skip
UPDATE_AFTER = ("-ə çatıb", "-a çatıb", "-yə çatıb", "-ya çatıb", "-ə yüksəlib", "-a yüksəlib", "-yə yüksəlib",
                "-ya yüksəlib", "çatıb", "yüksəlib", "artıb")  # fmt: skip
EARLIER_BEFORE = ("əvvəlcə", "ilkin olaraq", "daha əvvəl")
INCREMENT_BEFORE = ("daha",)
SUBSET_BEFORE = ("onlardan", "o cümlədən", "aralarında")
NOT_COUNTS_AFTER = (
    "dəfə", "yaş", "il", "km", "kilometr", "metr", "%", "faiz", "saat", "gün", "dəqiqə", "manat", "dollar", "ev",
    "bina", "ton",
)  # fmt: skip
COUNT_NOUNS = ("sayı",)
PROJECTION_BEFORE = ("arta bilər", "gözlənilir")
ACCORDING_AFTER = ("görə", "məlumatına görə", "açıqlamasına görə")
REPORT_WORDS = ("son", "ilkin", "rəsmi", "məlumata", "açıqlamaya", "verilən", "görə")
SPEECH_VERBS = ("bildirib", "açıqlayıb", "deyib", "məlumat verib", "xəbər verib", "qeyd edib", "təsdiqləyib")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "nazirliy": "ministry", "nazirlik": "ministry", "nazir": "minister",
    "fövqəladə hallar nazirliy": "emergency ministry",
    "fhn": "emergency ministry", "polis": "police", "hökumət": "government", "prezident": "president",
    "sözçü": "spokesperson", "səhiyyə": "health ministry", "xəstəxana": "hospital", "afad": "disaster agency",
    "valilik": "governorate", "hakimiyyət": "authorities", "rəsmilər": "officials",
}  # fmt: skip
HOME_COUNTRIES = ("AZ",)
DAYS_BACK = {"dünən": 1}
STILL_IN_CARE = ("hələ də", "hazırda")
CARE_WORDS = ("xəstəxana", "müalicə")
HAZARD_FAMILIES = {
    "quake": ("zəlzələ*", "zəlzələsi"),
    "water": ("daşqın*", "sürüşmə*", "sel", "leysan*", "yağış*", "daşqın"),
    "fire": ("yanğın*", "partlayış*"),
    "air": ("təyyarə*", "helikopter*"),
    "rail": ("qatarı", "qatarın", "qatar qəzası"),  # not 'qatar*': Qatar
    "road": ("avtobus*", "yol qəzası", "yol qəzasında", "avtomobil*", "yol-nəqliyyat*"),
    "ship": ("gəmi*", "bərə*"),
    "attack": ("hücum*", "partlayış*", "bomba*", "atəş*", "raket*", "terror*", "atışma*", "güllələn*"),
    "collapse": ("çökmə*", "uçqun*"),
    "mine": ("mədən*",),
    "volcano": ("vulkan*", "püskürmə*"),
}  # fmt: skip
