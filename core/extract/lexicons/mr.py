"""Marathi lexicon (shared shape, see `es.py` for the names): data only. Devanagari digits are read as digits;
case endings join their noun ("जणांचा", "पोलिसांनी") and stems take endings (MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "mr"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"हजार": 1000, "लाख": 100_000, "कोटी": 10_000_000, "शंभर": 100}
NUMBER_WORDS = {
    "एक": 1, "दोन": 2, "तीन": 3, "चार": 4, "पाच": 5, "सहा": 6, "सात": 7, "आठ": 8, "नऊ": 9, "दहा": 10,
    "अकरा": 11, "बारा": 12, "तेरा": 13, "चौदा": 14, "पंधरा": 15, "सोळा": 16, "सतरा": 17, "अठरा": 18, "एकोणीस": 19,
    "वीस": 20, "एकवीस": 21, "बावीस": 22, "तेवीस": 23, "चोवीस": 24, "पंचवीस": 25, "सव्वीस": 26, "सत्तावीस": 27,
    "अठ्ठावीस": 28, "एकोणतीस": 29, "तीस": 30, "चाळीस": 40, "पन्नास": 50, "साठ": 60, "सत्तर": 70, "ऐंशी": 80,
    "नव्वद": 90,
    # two, three and four people told as one word ("दोघांचा मृत्यू", two people's death; "तिघे जखमी")
    "दोघे": 2, "दोघांचा": 2, "दोघांना": 2, "दोघांचे": 2, "तिघे": 3, "तिघांचा": 3, "तिघांना": 3, "तिघांचे": 3,
    "चौघे": 4, "चौघांचा": 4, "चौघांना": 4, "चौघांचे": 4,
}  # fmt: skip
# 31-99, each a word of its own ("पस्तीस", 35)
NUMBER_WORDS |= {
    "एकतीस": 31, "बत्तीस": 32, "तेहेतीस": 33, "तेतीस": 33, "चौतीस": 34, "पस्तीस": 35, "छत्तीस": 36, "सदतीस": 37,
    "अडतीस": 38, "एकोणचाळीस": 39, "एक्केचाळीस": 41, "बेचाळीस": 42, "त्रेचाळीस": 43, "चव्वेचाळीस": 44,
    "पंचेचाळीस": 45, "सेहेचाळीस": 46, "सत्तेचाळीस": 47, "अठ्ठेचाळीस": 48, "एकोणपन्नास": 49, "एक्कावन्न": 51,
    "बावन्न": 52, "त्रेपन्न": 53, "चोपन्न": 54, "पंचावन्न": 55, "छप्पन्न": 56, "सत्तावन्न": 57, "अठ्ठावन्न": 58,
    "एकोणसाठ": 59, "एकसष्ठ": 61, "बासष्ठ": 62, "त्रेसष्ठ": 63, "चौसष्ठ": 64, "पासष्ठ": 65, "सहासष्ठ": 66,
    "सदुसष्ठ": 67, "अडुसष्ठ": 68, "एकोणसत्तर": 69, "एकाहत्तर": 71, "बाहत्तर": 72, "त्र्याहत्तर": 73,
    "चौऱ्याहत्तर": 74, "पंचाहत्तर": 75, "शहात्तर": 76, "सत्त्याहत्तर": 77, "अठ्ठ्याहत्तर": 78, "एकोणऐंशी": 79,
    "एक्याऐंशी": 81, "ब्याऐंशी": 82, "त्र्याऐंशी": 83, "चौऱ्याऐंशी": 84, "पंच्याऐंशी": 85, "शहाऐंशी": 86,
    "सत्त्याऐंशी": 87, "अठ्ठ्याऐंशी": 88, "एकोणनव्वद": 89, "एक्याण्णव": 91, "ब्याण्णव": 92, "त्र्याण्णव": 93,
    "चौऱ्याण्णव": 94, "पंच्याण्णव": 95, "शहाण्णव": 96, "सत्त्याण्णव": 97, "अठ्ठ्याण्णव": 98, "नव्व्याण्णव": 99,
}  # fmt: skip
# A number and a half before a scale word: "दीड हजार" (1500), "अडीच लाख" (250,000); "साडेतीन" is written joined
FRACTIONS = {"दीड": 1.5, "अडीच": 2.5}
FRACTION_BEFORE = {"साडे": 0.5}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "डझनभर": (12, 12, 99),
    "शेकडो": (100, 100, 999),
    "हजारो": (1000, 1000, 9999),
    "लाखो": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        # 'the killing of N', 'that took the lives' (test_four_forms43)
        "ची हत्या",
        # "25 जणांचा मृत्यू झाला" (25 people's death), "होरपळून मृत्यू" (burnt to death), "बुडून मृत्यू" (drowned)
        "मृत्यू", "मृत्यु", "मृत", "ठार", "बळी", "जीव गमाव", "प्राण गमाव", "प्राण गेले", "जीव गेला", "दगावले",
        "मृतदेह",
    ),
    "wounded": ("जखमी", "रुग्णालयात दाखल"),
    "missing": ("बेपत्ता",),
    "displaced": ("विस्थापित", "बेघर"),
    "arrested": ("अटक", "ताब्यात"),
}  # fmt: skip
# The injured by severity, and the words that coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {"severe": ("गंभीर",), "light": ("किरकोळ",)}
COORDINATORS = ("आणि", "व", "तर")
QUALIFIERS_BEFORE = {"किमान": "at_least", "सुमारे": "about", "जवळपास": "about", "अंदाजे": "about", "साधारण": "about"}
QUALIFIERS_AFTER = {
    "पेक्षा जास्त": "more_than", "पेक्षा अधिक": "more_than", "हून अधिक": "more_than", "हून जास्त": "more_than",
}  # fmt: skip
# Toll verbs after the number (verb-final): "मृतांचा आकडा 30 वर पोहोचला" (the toll reached 30)
UPDATE_AFTER = ("वर पोहोच", "पर्यंत पोहोच")
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = ("सुरुवातीला", "यापूर्वी")
SUBSET_BEFORE = ("त्यापैकी", "यापैकी", "ज्यामध्ये", "त्यामध्ये", "यामध्ये")
NOT_COUNTS_AFTER = (
    "वेळा",  # "twice": how often, not how many
    "वर्ष", "किलोमीटर", "किमी", "मीटर", "%", "टक्के", "तास", "दिवस", "मिनिट", "रुपये", "मजली",
)  # fmt: skip
COUNT_NOUNS = ("संख्या", "आकडा")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("यांच्या माहितीनुसार", "च्या माहितीनुसार", "यांच्या म्हणण्यानुसार")
SPEECH_VERBS = ("यांनी सांगितले", "नी सांगितले", "यांनी दिली", "यांनी माहिती दिली", "यांनी स्पष्ट केले")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "पोलीस": "police",
    "पोलिस": "police",
    "प्रशासन": "administration",
    "अधिकारी": "official",
    "मंत्री": "minister",
    "मुख्यमंत्री": "chief minister",
    "जिल्हाधिकारी": "collector",
    "रुग्णालय": "hospital",
    "डॉक्टर": "doctors",
    "अग्निशमन दल": "fire brigade",
    "सरकार": "government",
}
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("IN",)
# "The capital" (core.extract.world_places): the capital of the country the report names, else the language's
CAPITAL_WORDS = ("राजधानी",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("भूकंप*",),
    "water": ("पूर", "पुरात", "पुराच्या", "महापूर*", "अतिवृष्टी*", "मुसळधार*", "दरड*", "चक्रीवादळ*", "ढगफुटी*"),
    "fire": ("आग", "आगीत", "आगीच्या", "आगीमुळे", "स्फोट*"),
    "air": ("विमान*", "हेलिकॉप्टर*"),
    "rail": ("रेल्वे*", "ट्रेन*"),
    "road": ("बस", "बसचा", "बसच्या", "बसमधील", "ट्रक*", "एसटी*", "ट्रॅव्हल्स*"),
    "ship": ("बोट*", "नौका*", "होडी*"),
    "attack": ("हल्ला*", "हल्ल्या*", "गोळीबार*", "बॉम्ब*"),
    "crowd": ("चेंगराचेंगरी*",),
    "collapse": ("कोसळ*",),
}  # fmt: skip
# A country's word right before these tells where a vehicle is registered, not where it is
OBJECT_WORDS_AFTER = ("नंबर", "नंबरची")
ABBREVIATIONS = ("डॉ.", "श्री.", "प्रा.")
