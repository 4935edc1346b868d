"""Nepali lexicon (shared shape, see `es.py` for the names): data only (Devanagari; MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "ne"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"हजार": 1000, "लाख": 100_000, "सय": 100}
NUMBER_WORDS = {
    # six, "छ", is also the verb "is" ("मृत्यु भएको छ", a death has occurred): six only with the people's counter
    "एक": 1, "दुई": 2, "तीन": 3, "चार": 4, "पाँच": 5, "छ जना": 6, "छ जनाको": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
    # teens, tens and the twenties (each a word of its own)
    "एघार": 11, "बाह्र": 12, "तेह्र": 13, "चौध": 14, "पन्ध्र": 15, "सोह्र": 16, "सत्र": 17, "अठार": 18,
    "उन्नाइस": 19, "बीस": 20, "एक्काइस": 21, "बाइस": 22, "तेइस": 23, "चौबीस": 24, "पच्चीस": 25, "छब्बीस": 26,
    "सत्ताइस": 27, "अट्ठाइस": 28, "तीस": 30, "चालीस": 40, "पचास": 50, "साठी": 60, "सत्तरी": 70, "असी": 80, "नब्बे": 90,
}  # fmt: skip
# 29 and 31-99, each a word of its own ("पैंतीस", 35)
NUMBER_WORDS |= {
    "उनन्तीस": 29, "एकतीस": 31, "बत्तीस": 32, "तेत्तीस": 33, "चौंतीस": 34, "पैंतीस": 35, "छत्तीस": 36, "सैंतीस": 37,
    "अठतीस": 38, "उनचालीस": 39, "एकचालीस": 41, "बयालीस": 42, "त्रिचालीस": 43, "चवालीस": 44, "पैंतालीस": 45,
    "छयालीस": 46, "सतचालीस": 47, "अठचालीस": 48, "उनन्चास": 49, "एकाउन्न": 51, "बाउन्न": 52, "त्रिपन्न": 53,
    "चउन्न": 54, "पचपन्न": 55, "छपन्न": 56, "सन्ताउन्न": 57, "अन्ठाउन्न": 58, "उनसाठी": 59, "एकसट्ठी": 61,
    "बयसट्ठी": 62, "त्रिसट्ठी": 63, "चौसट्ठी": 64, "पैंसट्ठी": 65, "छयसट्ठी": 66, "सतसट्ठी": 67, "अठसट्ठी": 68,
    "उनसत्तरी": 69, "एकहत्तर": 71, "बहत्तर": 72, "त्रिहत्तर": 73, "चौहत्तर": 74, "पचहत्तर": 75, "छयहत्तर": 76,
    "सतहत्तर": 77, "अठहत्तर": 78, "उनासी": 79, "एकासी": 81, "बयासी": 82, "त्रियासी": 83, "चौरासी": 84,
    "पचासी": 85, "छयासी": 86, "सतासी": 87, "अठासी": 88, "उनान्नब्बे": 89, "एकानब्बे": 91, "बयानब्बे": 92,
    "त्रियानब्बे": 93, "चौरानब्बे": 94, "पन्चानब्बे": 95, "छयानब्बे": 96, "सन्तानब्बे": 97, "अन्ठानब्बे": 98,
    "उनान्सय": 99,
}  # fmt: skip
# A number and a half before a scale word: "डेढ हजार" (1500), "अढाई सय" (250); "साढे तीन हजार" (3500)
FRACTIONS = {"डेढ": 1.5, "अढाई": 2.5}
FRACTION_BEFORE = {"साढे": 0.5}
TRIGGERS = {
    "killed": (
        # 'the killing of N' (test_four_forms43)
        "को हत्या",
        # took the lives of ('... took the lives of 57'): the dead
        "ज्यान लियो", "ज्यान लिए", "ज्यान लिएको",
        "मृत्यु", "मारिए", "ज्यान गुमाए", "ज्यान गएको", "मृतक", "मरेका", "मृत", "शव", "निधन"),
    "wounded": ("घाइते", "घायल"),
    "missing": ("बेपत्ता",),
    "displaced": ("विस्थापित", "घरबारविहीन"),
    "arrested": ("पक्राउ", "गिरफ्तार"),
}
QUALIFIERS_BEFORE = {"कम्तीमा": "at_least", "झन्डै": "nearly", "करिब": "about", "लगभग": "about"}
QUALIFIERS_AFTER = {"भन्दा बढी": "more_than", "भन्दा बढ्ता": "more_than"}
SUBSET_BEFORE = ("जसमध्ये", "तीमध्ये", "उनीहरूमध्ये")
NOT_COUNTS_AFTER = (
    "पटक",  # "counted twice": how often, not how many
    "वर्ष", "साल", "किलोमिटर", "मिटर", "%", "प्रतिशत", "घण्टा", "दिन", "रुपैयाँ", "तल्ला")
COUNT_NOUNS = ("संख्या",)
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("अनुसार", "का अनुसार")
SPEECH_VERBS = (
    "ले भने", "ले जनाएको", "ले जनायो", "ले बताए", "ले जानकारी दिए",
    # the agent's "ले" joined to its noun ("कार्यालयले जनाएको छ")
    "जनाएको छ", "बताएको छ", "जनाएको हो",
    "पुष्टि गरेको छ",
    "पुष्टि गरेको",
    "पुष्टि गर्‍यो",
)  # fmt: skip
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "मन्त्रालय": "ministry",
    "गृहमन्त्रालय": "home ministry",
    "मन्त्री": "minister",
    "सरकार": "government",
    "प्रहरी": "police",
    "अधिकारी": "official",
    "प्रवक्ता": "spokesperson",
    "प्रशासन": "administration",
    "प्राधिकरण": "authority",
    "कार्यालय": "office",
    "सेना": "army",
    "अस्पताल": "hospital",
    "उद्धार": "rescuers",
    "नगरप्रमुख": "mayor",
    "मुख्यमन्त्री": "chief minister",
    "सञ्चारमाध्यम": "media",
    "समाचार संस्था": "news agency",
    "डाक्टर": "doctors",
    "चिकित्सक": "doctors",
    "रेडक्रस": "red cross",
    "दमकल": "fire brigade",
}
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("NP",)
# The Bikram Sambat calendar Nepali news dates by ('वैशाख १२ गते', 'Baisakh 12'): its months, its new year (Baisakh 1,
# about 14 April), its era (2072 began in April 2015) and its months' usual lengths (they vary from year to year:
# a day or two off at most) (core.extract.world_dates).
LOCAL_CALENDAR = {
    "months": {
        "वैशाख": 1, "बैशाख": 1, "जेठ": 2, "जेष्ठ": 2, "असार": 3, "आषाढ": 3, "साउन": 4, "श्रावण": 4, "भदौ": 5,
        "भाद्र": 5, "असोज": 6, "आश्विन": 6, "कात्तिक": 7, "कार्तिक": 7, "मंसिर": 8, "मङ्सिर": 8, "पुस": 9,
        "पौष": 9, "माघ": 10, "फागुन": 11, "फाल्गुन": 11, "चैत": 12, "चैत्र": 12,
    },
    "day_words": ("गते",),
    "new_year": (4, 14),
    "era": -57,
    "month_days": (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
}  # fmt: skip
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("देशभर", "देशभरि")
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("राजधानी",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("भूकम्प*", "भूकंप*"),
    "water": ("बाढी*", "पहिरो*", "वर्षा*", "डुबान*", "भूस्खलन*", "बाढी पहिरो*"),
    "fire": ("आगलागी*", "विस्फोट*", "आगो*"),
    "air": ("विमान*", "हेलिकप्टर*"),
    "road": ("बस दुर्घटना*", "जिप दुर्घटना*", "सडक दुर्घटना*", "दुर्घटनामा*", "जिप*", "ट्रक*"),
    "attack": ("आक्रमण*", "हमला*", "विस्फोट*", "गोली*", "गोलीबारी*"),
    "collapse": ("भत्कि*",),
    "mine": ("खानी*",),
    "weather": ("चट्याङ*", "शीतलहर*", "हिमपात*"),
    "ship": ("डुङ्गा*",),
}  # fmt: skip
# A country's word (its people's adjective: 'भारतीय') right before these tells where a vehicle is registered, not
# where it is: 'भारतीय नम्बरको बस', an Indian-plated bus (core.extract.world_places)
OBJECT_WORDS_AFTER = ("नम्बर", "नम्बरको", "नम्बरका", "नम्बरप्लेट")
# The ergative ending on the subject ("प्रहरीले", "मन्त्रालयले") is no part of the source
SOURCE_ENDINGS = ("ले",)
