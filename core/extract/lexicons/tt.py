"""Tatar lexicon (shared shape, see `es.py` for the names): data only. Tatar is written in Cyrillic, with its
own letters (ә, ө, ү, җ, ң, һ). Words take endings ("һәлак булучылар", "яраланганнар"): triggers are word
beginnings (MATCH "prefix"). A case ending follows digits after a space or a hyphen ("100 гә җитте", reached 100;
"50 дән артык", more than 50). Tens and units follow each other with no joiner ("унике" = 12 is written as one
word)."""

from __future__ import annotations

LANGUAGE = "tt"
MATCH = "prefix"
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
LATIN_PLACES = False
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"мең": 1000, "миллион": 1_000_000, "млн": 1_000_000}
NUMBER_WORDS = {
    "бер": 1, "ике": 2, "өч": 3, "дүрт": 4, "биш": 5, "алты": 6, "җиде": 7, "сигез": 8, "тугыз": 9, "ун": 10,
    "унбер": 11, "унике": 12, "унөч": 13, "ундүрт": 14, "унбиш": 15, "егерме": 20, "утыз": 30, "кырык": 40,
    "илле": 50, "алтмыш": 60, "җитмеш": 70, "сиксән": 80, "туксан": 90, "йөз": 100,
    # the collective forms of people ("икесе һәлак булды", two of them died)
    "икесе": 2, "өчесе": 3, "дүртесе": 4, "бишесе": 5,
}  # fmt: skip
MULTIPLIERS = ("йөз",)  # "өч йөз" = 300
HYPHEN_ENDINGS = ("гә", "кә", "га", "ка", "дән", "тән", "нән", "дан", "тан", "нан", "не", "ны", "гә кадәр", "кә кадәр")
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "дистәләгән": (12, 12, 99), "унлаган": (12, 12, 99), "йөзләгән": (100, 100, 999), "меңләгән": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43): 'үтерде', 'үтерделәр'
        "үтерде",
        # "100 кеше һәлак булды" (100 people perished), "һәлак булучылар саны" (the number of the dead)
        "һәлак бул", "һәлак", "вафат бул", "үлде", "үлгән", "үлеп", "үлүче", "үлем", "үтерел", "гомерен өз", "мәет",
        "корбан бул",
    ),
    "wounded": (
        "яралан", "җәрәхәт ал", "җәрәхәтлән", "җәрәхәт", "имгән", "тән җәрәхәт", "хастаханәгә салын",
        "хастаханәгә эләк",
    ),
    "missing": ("хәбәрсез югал", "эзсез югал", "югалган", "эзләнә"),
    "displaced": ("эвакуацияла", "эвакуация", "күчерел", "торыксыз"),
    "arrested": ("кулга алын", "тоткарлан", "кулга алды"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("һәлак булучылар һәм яраланучылар", "үлгән һәм яраланган")
INJURY_GRADES = {"critical": ("бик авыр",), "severe": ("авыр",), "moderate": ("урта",), "light": ("җиңел",)}
COORDINATORS = ("һәм", "ә", "ә инде")
QUALIFIERS_BEFORE = {"ким дигәндә": "at_least", "кимендә": "at_least", "якынча": "about", "чамасы": "about"}
QUALIFIERS_AFTER = {
    "дән артык": "more_than", "тән артык": "more_than", "нән артык": "more_than", "дан артык": "more_than",
    "тан артык": "more_than", "нан артык": "more_than", "-дән артык": "more_than", "-дан артык": "more_than",
    "гә якын": "nearly", "кә якын": "nearly", "га якын": "nearly", "ка якын": "nearly", "-гә якын": "nearly",
    "-га якын": "nearly", "чамасы": "about",
}  # fmt: skip
# Toll verbs after the number (verb-final): "һәлак булучылар саны 100 гә җитте" (the toll reached 100)
UPDATE_AFTER = (
    "гә җитте", "кә җитте", "га җитте", "ка җитте", "-гә җитте", "-кә җитте", "-га җитте", "-ка җитте", "җитте",
    "гә кадәр артты", "артты", "үсте",
)  # fmt: skip
EARLIER_BEFORE = ("башта", "моңа кадәр", "элегрәк")
INCREMENT_BEFORE = ("тагын",)
SUBSET_BEFORE = ("шул исәптән", "алар арасында", "шулар арасында")
NOT_COUNTS_AFTER = (
    "тапкыр", "яшь", "яшьлек", "ел", "км", "километр", "метр", "%", "процент", "сәгать", "көн", "минут", "сум",
    "доллар", "йорт", "бина", "тонна",
)  # fmt: skip
COUNT_NOUNS = ("саны",)
ACCORDING_AFTER = ("мәгълүматларына караганда", "мәгълүматлары буенча", "хәбәр итүенчә", "сүзләренчә")
SPEECH_VERBS = ("дип хәбәр итте", "хәбәр итте", "белдерде", "диде", "раслады", "хәбәр итә", "дип белдерде")
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "гадәттән тыш хәлләр министрлыгы": "emergency service", "министрлык": "ministry", "министр": "minister",
    "полиция": "police", "эчке эшләр министрлыгы": "police", "хөкүмәт": "government", "президент": "president",
    "хастаханә": "hospital", "прокуратура": "prosecutor", "тикшерү комитеты": "investigators",
    "коткаручы": "rescuers",
}  # fmt: skip
HOME_COUNTRIES = ("RU",)
DAYS_BACK = {"кичә": 1}
STILL_IN_CARE = ("әле дә", "хәзерге вакытта")
CARE_WORDS = ("хастаханә", "дәвалан")
HAZARD_FAMILIES = {
    "quake": ("җир тетрә*",),
    "water": ("су басу*", "ташкын*"),
    "fire": ("янгын*", "шартлау*"),
    "air": ("очкыч*",),
    "road": ("юл-транспорт*",),
    "ship": ("теплоход*", "көймә*"),
    "attack": ("һөҗүм*", "теракт*", "шартлау*"),
    "mine": ("шахта*",),
}  # fmt: skip
NEGATIONS = ("юк", "түгел")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("җеназа", "соңгы юлга", "искә алу", "хушлаш")
# Dates (core.extract.world_dates): dateparser has no Tatar; a month of four letters or fewer is a whole word, so
# its locative is listed too ("8 майда", on 8 May)
MONTHS = {
    "гыйнвар": 1, "февраль": 2, "март": 3, "мартта": 3, "апрель": 4, "май": 5, "майда": 5, "июнь": 6, "июньдә": 6,
    "июль": 7, "июльдә": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}  # fmt: skip
