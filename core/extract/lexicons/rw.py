"""Kinyarwanda lexicon (shared shape, see `es.py` for the names): data only. Verbs take their subject and tense as
prefixes ("bapfuye", they died; "barakomeretse", they were injured; "yahitanye", it took the lives of): triggers
are stems matched anywhere in a word (MATCH "any"). The count follows its noun ("abantu 12", "abantu batanu"),
number words taking the people class's prefix; "basaga"/"barenga" (more than) and "nibura" (at least) come before
it."""

from __future__ import annotations

LANGUAGE = "rw"
MATCH = "any"
DIGIT_GROUPS = " .,"
DECIMAL = ","
SCALES = {"ibihumbi": 1000, "igihumbi": 1000, "miliyoni": 1_000_000}
NUMBER_WORDS = {
    "umwe": 1, "babiri": 2, "batatu": 3, "bane": 4, "batanu": 5, "batandatu": 6, "barindwi": 7, "umunani": 8,
    "icyenda": 9, "icumi": 10, "cumi": 10, "makumyabiri": 20, "mirongo itatu": 30, "mirongo ine": 40,
    "mirongo itanu": 50, "mirongo itandatu": 60, "mirongo irindwi": 70, "mirongo inani": 80,
    "mirongo icyenda": 90, "ijana": 100, "magana abiri": 200, "magana atatu": 300, "magana ane": 400,
    "magana atanu": 500, "magana atandatu": 600, "magana arindwi": 700, "magana inani": 800, "magana cyenda": 900,
}  # fmt: skip
NUMBER_JOINERS = ("na",)  # "makumyabiri na batanu" (25)
# ("babarirwa mu mirongo", counted in tens: dozens); "mirongo" alone opens a ten ("mirongo itatu", 30)
VAGUE_QUANTITIES = {
    "amagana": (100, 100, 999), "ibihumbi": (1000, 1000, 9999), "mu mirongo": (12, 12, 99),
    "muri mirongo": (12, 12, 99),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "bishe", "yabishe",
        "pfuye", "pfiriye", "hitanye", "hitana", "bishwe", "yishwe", "ishwe", "buze ubuzima", "bwabo buhatikirira",
        "hasize ubuzima", "urupfu", "imirambo", "umurambo", "baguye", "yaguye",
        # the active 'it killed' with its subject's class prefix ("inkangu yishe abantu 8", "imyuzure yishe",
        # "ibiza byishe"; the bare stem "ishe" is too short to match inside words), the passive of 'hitana'
        # ("bahitanywe n'imyuzure", they were killed by the floods), 'answered God' ("bitabye Imana", died), drowned
        "yishe", "zishe", "cyishe", "ryishe", "rwishe", "byishe", "hitanywe", "itabye imana", "rohamye",
    ),
    "wounded": (
        "komeretse", "komereka", "komerekeye", "komeretswe", "bajyanywe kwa muganga", "bajyanywe mu bitaro",
    ),
    "missing": ("buriwe irengero", "burirwe irengero", "baburiwe"),
    "displaced": ("bimuwe", "basizwe iheruheru", "batagira aho kuba", "bavanywe mu byabo"),
    "arrested": ("tawe muri yombi", "bafashwe", "yafashwe", "afunzwe", "bafunzwe"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("bapfuye n'abakomeretse", "abapfuye n'abakomeretse")
INJURY_GRADES = {
    "critical": ("bikabije cyane",),
    "severe": ("bikabije", "bikomeye", "bikomeye cyane"),
    "light": ("byoroheje", "byoroshye"),
}
COORDINATORS = ("naho", "mu gihe", "kandi")
QUALIFIERS_BEFORE = {
    "nibura": "at_least", "nibura abantu": "at_least", "basaga": "more_than", "barenga": "more_than",
    "basaga abantu": "more_than", "barenga abantu": "more_than", "hafi": "nearly", "bagera kuri": "about",
    "abagera kuri": "about", "bakabakaba": "nearly", "bagera": "about",
}  # fmt: skip
UPDATE_BEFORE = ("wageze kuri", "bageze kuri", "yazamutse igera kuri", "wazamutse ugera kuri")
COUNT_NOUNS = ("umubare",)
EARLIER_BEFORE = ("mbere", "ubwa mbere")
INCREMENT_BEFORE = ("abandi",)
SUBSET_BEFORE = ("barimo", "muri bo")
NOT_COUNTS_AFTER = (
    "imyaka", "km", "kilometero", "metero", "%", "ku ijana", "amasaha", "iminsi", "iminota", "amafaranga",
    "frw", "inzu", "hegitari",
)  # fmt: skip
ACCORDING_BEFORE = ("nk'uko", "nkuko", "ukurikije", "hakurikijwe")
SPEECH_VERBS = ("yavuze", "yatangaje", "yemeje", "yongeyeho", "bavuze", "batangaje")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polisi": "police", "rnp": "police", "leta": "government", "guverinoma": "government", "minisitiri": "minister",
    "minisiteri": "ministry", "minema": "disaster agency", "ibitaro": "hospital", "akarere": "local authorities",
    "umuyobozi": "officials", "umuvugizi": "spokesperson",
}  # fmt: skip
HOME_COUNTRIES = ("RW",)
LOCATIVES = ("i", "mu", "muri", "ku")
DAYS_BACK = {"ejo hashize": 1, "ejobundi": 2}
STILL_IN_CARE = ("baracyari", "bakiri")
CARE_WORDS = ("ibitaro", "kwa muganga")
HAZARD_FAMILIES = {
    "water": ("imyuzure", "umwuzure", "inkangu", "imvura nyinshi"),
    "fire": ("inkongi", "umuriro", "igisasu"),
    "air": ("indege",),
    "road": ("impanuka y'imodoka", "bisi", "imodoka"),
    "attack": ("igitero", "ibitero", "kurasa"),
    "mine": ("ikirombe", "ibirombe"),
    "collapse": ("inzu yaguye",),
}  # fmt: skip
NEGATIONS = ("nta", "ntawe", "ntabwo", "oya")
# A span of time before its number ('Miaka 10 baada ya ...', ten years after): the years of a look back, no count
NOT_COUNTS_BEFORE = ("imyaka", "umwaka", "iminsi", "umunsi", "amezi", "ukwezi")
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("abagizi ba nabi", "abitwaje intwaro")
