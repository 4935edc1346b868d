"""Hausa lexicon (shared shape, see `es.py` for the names): data only. The count follows its noun ("mutum 106",
"mutane bakwai"); verbs take a person-aspect word before them ("sun mutu", "suka rasa rayukansu", "an kashe") and
a few endings ("jikkatar", "rayukansu"): triggers are word beginnings (MATCH "prefix"). News writes the hooked
letters (ɓ, ɗ, ƙ) or plain ones; both are listed."""

from __future__ import annotations

LANGUAGE = "ha"
MATCH = "prefix"
LATIN_PLACES = True  # Latin script: names are capitalised words
# Names take no case ending (the linker "-n"/"-r" goes on the noun before them: "Jihar Ondo", "garin Kano"), so a
# name is read whole, never a stem and an ending ("St Francis" is no "Franc-" of France)
PLACE_ENDINGS = 0
DIGIT_GROUPS = ","
DECIMAL = "."
# "dubu" (thousand) and "ɗari" (hundred) come before their multiplier ("dubu biyu", 2000): not read as scales
# but as number words written first (SCALE_FIRST: "ɗari uku da hamsin" = 350, "ɗari da hamsin" = 150)
SCALES: dict[str, int] = {}
SCALE_FIRST = ("ɗari", "dari", "dubu")
# Number words; teens with "sha" ("goma sha biyu" = 12), tens and units joined by "da" ("ashirin da biyar" = 25)
NUMBER_WORDS = {
    "ɗaya": 1, "daya": 1, "biyu": 2, "uku": 3, "huɗu": 4, "hudu": 4, "biyar": 5, "shida": 6, "bakwai": 7,
    "takwas": 8, "tara": 9, "goma": 10, "ashirin": 20, "talatin": 30, "arba'in": 40, "arbain": 40, "hamsin": 50,
    "sittin": 60, "saba'in": 70, "sabain": 70, "tamanin": 80, "casa'in": 90, "casain": 90, "ɗari": 100, "dari": 100,
    "dubu": 1000,
}  # fmt: skip
NUMBER_JOINERS = ("sha", "da")
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "ɗaruruwa": (100, 100, 999),
    "daruruwa": (100, 100, 999),
    "dubban": (1000, 1000, 9999),
    "dubbai": (1000, 1000, 9999),
    "da dama": (12, 12, 99),
}
TRIGGERS = {
    "killed": (
        "sun mutu", "suka mutu", "su ka mutu", "ya mutu", "ta mutu", "mutuwa", "mutuwar", "rasa rayuka", "rasa ransu",
        "rasa ransa", "rasu", "rasuwa",
        # "kashe" with its person-aspect word: bare, it would begin "kashegari" (the next day)
        "an kashe", "aka kashe", "sun kashe", "suka kashe", "ya kashe", "ta kashe", "kashe-kashe", "kashe mutane",
        "kashe mutum",
        "kisan", "halaka", "hallaka", "gawarwaki", "gawawwaki", "gawa",
    ),
    "wounded": ("jikkata", "raunata", "rauni", "raunuka", "ji rauni", "samu rauni", "asibiti"),
    "missing": ("ɓace", "bace", "ba a san inda", "ba a gan su ba"),
    "displaced": ("rasa matsugun", "rasa muhall", "gudun hijira", "'yan gudun hijira", "sun yi hijira"),
    "arrested": ("an kama", "kama mutane", "cafke", "kamo"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("mutu da jikkata", "mutu ko jikkata", "mutu da kuma jikkata", "kashe da jikkata")
INJURY_GRADES = {
    "critical": ("rai hannun allah", "mawuyacin hali"),
    "severe": ("munanan raunuka", "mummunan rauni", "munana"),
    "light": ("ƙananan raunuka", "kananan raunuka", "sauƙaƙa"),
}
COORDINATORS = ("da", "yayin da", "kuma", "sannan", "tare da")
# The people's noun between a toll verb and its count ("sun kashe mutane bakwai", "jikkata wasu goma")
LABEL_LINKS = ("mutane", "mutum", "wasu", "wasu mutane")
RANGES = (("tsakanin", "zuwa", ""), ("tsakanin", "da", ""))
# also before the people's noun, which comes before its count ("akalla mutum 106", "fiye da mutane 20")
QUALIFIERS_BEFORE = {
    "akalla mutane": "at_least", "aƙalla mutane": "at_least", "akalla mutum": "at_least",
    "aƙalla mutum": "at_least", "a ƙalla mutane": "at_least", "a kalla mutane": "at_least",
    "fiye da mutane": "more_than", "sama da mutane": "more_than", "fiye da mutum": "more_than",
    "sama da mutum": "more_than", "kimanin mutane": "about", "kimanin mutum": "about", "kusan mutane": "nearly",
    "kusan mutum": "nearly", "akalla": "at_least", "aƙalla": "at_least", "a kalla": "at_least",
    "a ƙalla": "at_least", "fiye da": "more_than", "sama da": "more_than", "kimanin": "about", "kusan": "nearly",
    "har zuwa": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("ya kai", "ya karu zuwa", "ya ƙaru zuwa", "ya haura", "ya tashi zuwa", "ya kai ga")
REVISED_DOWN = ("ya ragu zuwa", "ya sauka zuwa")
EARLIER_BEFORE = ("da farko", "a baya", "tun farko")
SUBSET_BEFORE = ("ciki har da", "daga cikinsu", "a cikinsu")
SUBSET_AFTER = ("daga cikinsu",)
NOT_COUNTS_AFTER = (
    "sau", "shekara", "shekaru", "kilomita", "km", "mita", "%", "kashi", "awa", "sa'o'i", "sa'a", "kwana",
    "kwanaki", "minti", "naira", "dala", "gidaje",
)  # fmt: skip
COUNT_NOUNS = ("adadin",)
PROJECTION_BEFORE = ("ana fargabar", "zai iya", "ka iya")
ACCORDING_BEFORE = ("a cewar", "kamar yadda", "bisa ga")
SPEECH_VERBS = ("in ji", "inji", "ya ce", "ta ce", "sun ce", "ya bayyana", "ta bayyana", "ya tabbatar", "ta tabbatar")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "'yan sanda": "police", "rundunar 'yan sanda": "police", "ma'aikatar": "ministry", "minista": "minister",
    "gwamnati": "government", "gwamnatin": "government", "hukumar": "agency", "hukumomi": "authorities",
    "gwamna": "governor", "shugaban ƙasa": "president", "shugaban kasa": "president", "kakaki": "spokesperson",
    "mai magana da yawun": "spokesperson", "nema": "emergency agency", "sema": "emergency agency",
    "asibiti": "hospital", "sojoji": "army", "rundunar soji": "army",
    "yan sanda": "police",
}  # fmt: skip
LOCATIVES = ("a", "a garin", "a jihar", "a ƙauyen", "a kauyen", "a birnin", "a yankin", "cikin")
# A division's word before its name ("a Jihar Ondo", the state of Ondo; "Karamar Hukumar Owo", Owo local government)
PROVINCE_WORDS_BEFORE = ("jihar", "karamar hukumar", "ƙaramar hukumar")
HOME_COUNTRIES = ("NG", "NE")
DAYS_BACK = {"jiya": 1, "shekaranjiya": 2}
STILL_IN_CARE = ("har yanzu", "ana ci gaba da")
CARE_WORDS = ("asibiti*", "jinya")
HAZARD_FAMILIES = {
    "quake": ("girgizar ƙasa", "girgizar kasa"),
    "water": (
        "ambaliya*", "ruwan sama", "guguwa*", "zaftarewar ƙasa", "zaftarewar kasa", "ruwan sama mai ƙarfi",
        "ambaliyar ruwa",
    ),
    "fire": ("gobara*", "fashewa*", "tashin bam"),
    "air": ("jirgin sama", "jirgi mai saukar ungulu"),
    "rail": ("jirgin ƙasa", "jirgin kasa"),
    "road": ("hatsarin mota", "motar bas", "tirela*"),
    "ship": ("jirgin ruwa", "kwale-kwale"),
    "attack": (
        "harin", "hare-hare*", "harbe-harbe*", "'yan bindiga", "tashin bam", "kwanton bauna", "'yan ta'adda",
        "bindiga",
    ),
    "crowd": ("turmutsutsu", "tirmitsitsi"),
    "collapse": ("rushewa*", "ruftawa*"),
    "mine": ("hakar ma'adinai", "mahaƙa*", "mahaka*"),
    "weather": ("walƙiya", "walkiya"),
}  # fmt: skip

# Date words: a headline counting years since an event ('Shekara guda bayan harin', one year after the attack;
# 'shekaru goma kenan', ten years now; `core.extract.look_back`)
YEARS_ON = ("shekara {n} bayan", "shekaru {n} bayan", "shekara {n} kenan", "shekaru {n} kenan")
YEAR_COUNTS = {"guda": 1, "ɗaya": 1, "biyu": 2, "uku": 3, "hudu": 4, "huɗu": 4, "biyar": 5, "goma": 10, "ashirin": 20}
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("shekaru", "shekara", "kwanaki", "watanni")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("bindiga", "mahara", "ta'adda", "ta’adda", "'yan fashi", "yan fashi")
