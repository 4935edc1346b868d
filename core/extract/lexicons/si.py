"""Sinhala lexicon (shared shape, see `es.py` for the names): data only. Case endings are written onto their word
and onto digits ("100කට වැඩි", more than 100; "12ක්"): stems take endings (MATCH "prefix"). People are counted with
"දෙනා"/"දෙනෙකු" ("12 දෙනෙකු", 12 persons), written onto small numbers ("තිදෙනෙකු", three persons); the verb
closes the sentence ("... මිය ගොස් ඇත", have died)."""

from __future__ import annotations

LANGUAGE = "si"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"දහස": 1000, "දහසක්": 1000, "දහසකට": 1000, "දහසකට අධික": 1000, "ලක්ෂ": 100_000, "මිලියන": 1_000_000}
NUMBER_WORDS = {
    "දෙක": 2, "තුන": 3, "හතර": 4, "පහ": 5, "හය": 6, "හත": 7, "අට": 8, "නවය": 9, "දහය": 10, "විස්ස": 20,
    "සියය": 100,
    # small numbers of people as one word ("තිදෙනෙකු මිය ගොස්", three persons died)
    "දෙදෙනෙකු": 2, "දෙදෙනා": 2, "දෙදෙනෙක්": 2, "දෙදෙනාම": 2, "තිදෙනෙකු": 3, "තිදෙනා": 3, "තිදෙනෙක්": 3,
    "සිව්දෙනෙකු": 4, "සිව්දෙනා": 4, "හතරදෙනෙකු": 4, "පස්දෙනෙකු": 5, "පස්දෙනා": 5, "පස් දෙනෙකු": 5,
    "සදෙනෙකු": 6, "හය දෙනෙකු": 6, "හත්දෙනෙකු": 7, "සත්දෙනෙකු": 7, "අටදෙනෙකු": 8, "අට දෙනෙකු": 8,
    "නවදෙනෙකු": 9, "නව දෙනෙකු": 9, "දසදෙනෙකු": 10, "දහදෙනෙකු": 10, "දස දෙනෙකු": 10,
}  # fmt: skip
# the teens and the tens ("පහළොව", 15; "තිහ", 30)
NUMBER_WORDS |= {
    "එකොළහ": 11, "දොළහ": 12, "දහතුන": 13, "දහහතර": 14, "පහළොව": 15, "දහසය": 16, "දහහත": 17, "දහඅට": 18,
    "දහනවය": 19, "තිහ": 30, "හතළිහ": 40, "පනහ": 50, "හැට": 60, "හැත්තෑව": 70, "අසූව": 80, "අනූව": 90,
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {"දුසිම් ගණනක්": (12, 12, 99), "සිය ගණනක්": (100, 100, 999), "දහස් ගණනක්": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "ජීවිත බිලි ගත්", "ජීවිත බිලිගත්",
        # "12 දෙනෙකු මිය ගොස් ඇත" (12 persons have died), "ජීවිතක්ෂයට පත් විය" (lost their lives)
        "මිය ගිය", "මිය ගොස්", "මියගිය", "මියගොස්", "මිය යාම", "මිය ගියා", "මරණ", "ජීවිතක්ෂයට", "ජීවිත අහිමි",
        "ජීවිතය අහිමි", "දිවි අහිමි", "දිවි ගලවා ගැනීමට නොහැකි", "ඝාතනය", "මළ සිරුරු", "මළසිරුරු", "මෘත දේහ",
        "මරුමුවට", "මරුට",  # headlines: "5ක් මරුට" (five to their death)
    ),
    "wounded": ("තුවාල", "රෝහල්ගත", "රෝහලට ඇතුළත්", "රෝහල් වෙත ඇතුළත්"),
    "missing": ("අතුරුදහන්", "අතුරුදන්", "අස්ථානගත"),
    "displaced": ("අවතැන්", "ආරක්ෂිත ස්ථාන වෙත", "නිවාස අහිමි", "ඉවත් කරන ලද"),
    "arrested": ("අත්අඩංගුවට", "අත් අඩංගුවට", "රඳවා ගෙන"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("මිය ගිය සහ තුවාල", "මියගිය හා තුවාල", "මරණ හා තුවාල")
INJURY_GRADES = {"critical": ("බරපතළ තත්ත්වයේ", "අසාධ්‍ය"), "severe": ("බරපතළ", "බරපතල"), "light": ("සුළු",)}
COORDINATORS = ("සහ", "හා", "අතර", "ද")
QUALIFIERS_BEFORE = {
    "අවම වශයෙන්": "at_least", "අවම තරමින්": "at_least", "අඩුම තරමින්": "at_least", "අඩු තරමින්": "at_least",
    "ආසන්න වශයෙන්": "about", "දළ වශයෙන්": "about", "පමණ": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {
    "කට වැඩි": "more_than", "ට වැඩි": "more_than", "කට අධික": "more_than", "ට අධික": "more_than",
    "ක් පමණ": "about", "පමණ": "about",
}  # fmt: skip
QUALIFIERS_AFTER_NOUN = {"පමණ": "about", "කට වැඩි": "more_than"}
# Toll verbs after the number (verb-final): "මරණ සංඛ්‍යාව 15 දක්වා ඉහළ ගොස් ඇත" (the toll has risen to 15)
UPDATE_AFTER = ("දක්වා ඉහළ", "දක්වා වැඩි", "දක්වා ඉහළ ගොස්")
REVISED_DOWN = ("දක්වා අඩු",)
EARLIER_BEFORE = ("මුලින්", "මීට පෙර", "කලින්")
SUBSET_BEFORE = ("ඔවුන් අතර", "ඉන්", "ඔවුන්ගෙන්", "ඒ අතර")
NOT_COUNTS_AFTER = (
    "වතාවක්", "වාරයක්", "වසර", "අවුරුදු", "කිලෝමීටර", "කි.මී", "මීටර", "%", "ප්‍රතිශත", "පැය", "දින", "මිනිත්තු",
    "රුපියල්", "ඩොලර්", "නිවාස", "ගොඩනැගිලි",
)  # fmt: skip
COUNT_NOUNS = ("සංඛ්‍යාව", "ගණන")
ACCORDING_AFTER = ("පවසන පරිදි", "ට අනුව", "අනුව", "සඳහන් කළ පරිදි")
SPEECH_VERBS = (
    "පවසයි", "පැවසීය", "පැවසුවා", "පවසා සිටියේය", "සඳහන් කළේය", "සඳහන් කරයි", "තහවුරු කළේය", "නිවේදනය කළේය",
    "වාර්තා කරයි", "පැවසුවේය",
)  # fmt: skip
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "පොලිසිය": "police", "පොලිස්": "police", "අමාත්‍යාංශ": "ministry", "ඇමති": "minister", "රජය": "government",
    "බලධාරීන්": "authorities", "ආපදා කළමනාකරණ මධ්‍යස්ථානය": "disaster management centre", "රෝහල": "hospital",
    "ප්‍රකාශක": "spokesperson", "නිලධාරීන්": "officials", "ජනාධිපති": "president", "අගමැති": "prime minister",
}  # fmt: skip
HOME_COUNTRIES = ("LK",)
CAPITAL_WORDS = ("අගනුවර",)
DAYS_BACK = {"ඊයේ": 1, "ඊයේ රාත්‍රී": 1, "පෙරේදා": 2}
STILL_IN_CARE = ("තවමත්",)
CARE_WORDS = ("රෝහල",)
HAZARD_FAMILIES = {
    "quake": ("භූ කම්පන*", "භූකම්පන*", "සුනාමි*"),
    "water": ("ගංවතුර*", "නායයෑම*", "නාය යෑම*", "කුණාටු*", "සුළි සුළං*", "අධික වර්ෂා*", "ජලගැලීම*"),
    "fire": ("ගින්න*", "ගිනි*", "පිපිරීම*"),
    "air": ("ගුවන් යානය*", "හෙලිකොප්ටර*", "ගුවන් අනතුර*"),
    "rail": ("දුම්රිය*",),
    "road": ("බස් රථය*", "බස්*", "ලොරිය*", "රිය අනතුර*", "මාර්ග අනතුර*"),
    "ship": ("බෝට්ටු*", "යාත්‍රා*", "නැව*"),
    "attack": ("ප්‍රහාර*", "වෙඩි තැබීම*", "බෝම්බ*", "පිපිරීම*", "ත්‍රස්ත*"),
    "crowd": ("තෙරපීම*",),
    "collapse": ("කඩා වැටී*", "කඩාවැටී*"),
    "mine": ("පතල*",),
    "weather": ("අකුණු*", "උෂ්ණ*"),
}  # fmt: skip
