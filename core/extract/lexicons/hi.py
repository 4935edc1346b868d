"""Hindi lexicon (shared shape, see `es.py` for the names): data only. Devanagari digits are read as digits;
postpositions are separate words and stems take endings (MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "hi"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"हजार": 1000, "हज़ार": 1000, "लाख": 100_000, "करोड़": 10_000_000}
NUMBER_WORDS = {
    "एक": 1,
    "दो": 2,
    "तीन": 3,
    "चार": 4,
    "पांच": 5,
    "पाँच": 5,
    "छह": 6,
    "सात": 7,
    "आठ": 8,
    "नौ": 9,
    "दस": 10,
    "बीस": 20,
    "तीस": 30,
    "चालीस": 40,
    "पचास": 50,
    "सौ": 100,
    "ग्यारह": 11,
    "बारह": 12,
    "तेरह": 13,
    "चौदह": 14,
    "पंद्रह": 15,
    "पन्द्रह": 15,
    "सोलह": 16,
    "सत्रह": 17,
    "अठारह": 18,
    "उन्नीस": 19,
    "पच्चीस": 25,
    "साठ": 60,
    "सत्तर": 70,
    "अस्सी": 80,
    "नब्बे": 90,
    "इक्कीस": 21,
    "बाईस": 22,
    "तेईस": 23,
    "चौबीस": 24,
    "छब्बीस": 26,
    "सत्ताईस": 27,
    "अट्ठाईस": 28,
    "उनतीस": 29,
    "इकतीस": 31,
    "बत्तीस": 32,
    "तैंतीस": 33,
    "चौंतीस": 34,
    "पैंतीस": 35,
    "छत्तीस": 36,
    "सैंतीस": 37,
    "अड़तीस": 38,
    "उनतालीस": 39,
    "इकतालीस": 41,
    "बयालीस": 42,
    "तैंतालीस": 43,
    "चवालीस": 44,
    "पैंतालीस": 45,
    "छियालीस": 46,
    "सैंतालीस": 47,
    "अड़तालीस": 48,
    "उनचास": 49,
    "इक्यावन": 51,
    "बावन": 52,
    "तिरपन": 53,
    "चौवन": 54,
    "पचपन": 55,
    "छप्पन": 56,
    "सत्तावन": 57,
    "अट्ठावन": 58,
    "उनसठ": 59,
    "इकसठ": 61,
    "बासठ": 62,
    "तिरसठ": 63,
    "चौंसठ": 64,
    "पैंसठ": 65,
    "छियासठ": 66,
    "सड़सठ": 67,
    "अड़सठ": 68,
    "उनहत्तर": 69,
    "इकहत्तर": 71,
    "बहत्तर": 72,
    "तिहत्तर": 73,
    "चौहत्तर": 74,
    "पचहत्तर": 75,
    "छिहत्तर": 76,
    "सतहत्तर": 77,
    "अठहत्तर": 78,
    "उन्यासी": 79,
    "इक्यासी": 81,
    "बयासी": 82,
    "तिरासी": 83,
    "चौरासी": 84,
    "पचासी": 85,
    "छियासी": 86,
    "सत्तासी": 87,
    "अट्ठासी": 88,
    "नवासी": 89,
    "इक्यानवे": 91,
    "बानवे": 92,
    "तिरानवे": 93,
    "चौरानवे": 94,
    "पंचानवे": 95,
    "छियानवे": 96,
    "सत्तानवे": 97,
    "अट्ठानवे": 98,
    "निन्यानवे": 99,
}
# A number and a half before a scale word: "डेढ़ हजार" (1500), "ढाई सौ" (250); "साढ़े तीन हजार" (3500), "सवा लाख"
FRACTIONS = {"डेढ़": 1.5, "ढाई": 2.5}
FRACTION_BEFORE = {"साढ़े": 0.5, "सवा": 0.25}
# Round amounts, about the figure: "दो दर्जन से अधिक लोग घायल" (more than two dozen hurt), not "दो" (2)
APPROXIMATE = {
    "एक दर्जन": 12, "दो दर्जन": 24, "तीन दर्जन": 36, "चार दर्जन": 48, "पांच दर्जन": 60, "पाँच दर्जन": 60,
    "डेढ़ दर्जन": 18, "ढाई दर्जन": 30,
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "दर्जनों": (12, 12, 99),
    "सैकड़ों": (100, 100, 999),
    "हजारों": (1000, 1000, 9999),
    "हज़ारों": (1000, 1000, 9999),
    "लाखों": (100_000, 100_000, 999_999),
    "कई सौ": (100, 100, 999),
    "कई हजार": (1000, 1000, 9999),
    "कई हज़ार": (1000, 1000, 9999),
    "कई दर्जन": (12, 12, 99),
}
TRIGGERS = {
    "killed": (
        # 'the killing of N', 'that took the lives' (test_four_forms43)
        "की हत्या", "की जान लेने",
        "मारे गए",
        "मारे गये",
        "मौत",
        "मृत",
        "जान गंवा",
        "जान गँवा",
        "जान चली",
        "की जान गई",  # "45 लोगों की जान गई" (45 people's lives went); 'जान गई' alone is also 'came to know'
        "की जानें गईं",
        "की जान ले ली",
        "मौतें",
        "हताहत",
        "शव",
        "लाश",
        "मरने वाले",
        "मरने वालों",
        "मृतकों",
        "दम तोड़",
        "शहीद",
        "डूबकर मौत",
        "डूबने से",
        "मरे",
        "मर गए",
        "मर गये",
    ),
    "wounded": (
        "घायल", "जख्मी", "ज़ख्मी", "चोटिल", "अस्पताल में भर्ती", "अस्पताल ले जाया गया",
        # burned ("5 लोग झुलस गए"), by lightning or fire: hurt
        "झुलस गए", "झुलस गई", "झुलस गया", "झुलसे", "झुलसी",
    ),
    "missing": ("लापता",),
    "displaced": ("विस्थापित", "बेघर",
        "घर छोड़ने", "घर छोड़ना", "घर छोड़कर",  # "5,000 लोगों को अपने घर छोड़ने पड़े": had to leave their homes
    ),
    "arrested": ("गिरफ्तार", "गिरफ़्तार", "हिरासत"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "मारे गए या घायल",
    "मारे गये या घायल",
    "मृतकों और घायलों",
    "मृतकों व घायलों",
    "मरने वालों और घायलों",
    "मारे गए या लापता",
    "मृत या लापता",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("नाजुक", "नाज़ुक"),
    "severe": ("गंभीर", "गम्भीर", "बुरी तरह"),
    "light": ("मामूली", "हल्की", "हल्के", "हल्का"),
}
COORDINATORS = ("और", "तथा", "जबकि")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (("", "से", ""),)
FROM_TO = (
    ("", "से बढ़कर"), ("", "से घटकर"), ("", "से घटाकर"),
    ("", "से संशोधित कर"), ("", "से संशोधित करके"), ("", "से बढ़ाकर"),  # revised: "49 से संशोधित कर 41"
)  # "from N to M": N is superseded
QUALIFIERS_BEFORE = {"कम से कम": "at_least", "लगभग": "about", "करीब": "about", "क़रीब": "about", "तकरीबन": "about"}
QUALIFIERS_AFTER = {
    "से अधिक": "more_than",
    "से ज्यादा": "more_than",
    "से ज़्यादा": "more_than",
    "से ऊपर": "more_than",
    "के पार": "more_than",
    "पार कर": "more_than",
}
# Toll verbs before the number: the number after them is the toll's latest update
UPDATE_BEFORE = (
    "बढ़कर",
    "बढ़ कर",
)
# Toll verbs after the number (verb-final): the number before them is the toll's latest update
UPDATE_AFTER = (
    "पहुंच",
    "पहुँच",
)
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "घटाकर",
    "घटकर",
    "घटा कर",
    "कम करके",
    "कम कर",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "शुरुआत में",
    "शुरू में",
    "इससे पहले",
    "शुरुआती",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "आतंकवादी",
    "आतंकी",
    "हमलावर",
)
SUBSET_BEFORE = ("इनमें", "जिनमें", "उनमें", "घायलों में", "मृतकों में")
# One dead told by a singular noun and its possessive particle right before the trigger: "35 वर्षीय व्यक्ति की मौत हो
# गई" (a 35-year-old man died); the plural's oblique form ('लोगों की', 'युवकों की') is no singular
SINGULAR_NOUNS_BEFORE = (
    "व्यक्ति की", "युवक की", "युवती की", "महिला की", "पुरुष की", "किशोर की", "किशोरी की", "बच्चे की", "बच्ची की",
    "चालक की", "ड्राइवर की", "छात्र की", "छात्रा की", "बुजुर्ग की", "मजदूर की", "जवान की", "सिपाही की",
)  # fmt: skip
# Words that deny a death told by the verb's singular: "किसी व्यक्ति की मौत नहीं हुई"
NEGATIONS = ("नहीं",)
NOT_COUNTS_AFTER = (
    "बार",  # "counted twice": how often, not how many
    # "चार अस्पतालों में": a count of hospitals the hurt were taken to, no count of people (not "3 अस्पताल कर्मी",
    # hospital staff)
    "अस्पतालों", "अस्पताल में", "अस्पताल ले",
    "परगना",  # "उत्तर 24 परगना": the district's name, no count
    "साल", "वर्ष", "किलोमीटर", "मीटर", "%", "प्रतिशत", "घंटे", "दिन", "मिनट", "रुपये", "डॉलर", "मंजिल")
COUNT_NOUNS = ("संख्या",)
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("के अनुसार", "के मुताबिक", "के मुताबिक़",
    "के हवाले से",
    "की मानें तो",
    "के मानें तो",
)
SPEECH_VERBS = ("ने कहा", "ने बताया", "ने जानकारी दी", "ने पुष्टि की", "ने घोषणा की",
    "ने दावा किया",
    "ने सूचना दी",
    "ने एक बयान में",
    "ने बयान जारी",
    "का कहना है",
    "ने मीडिया को बताया",
    "पुष्टि की है",
    "पुष्टि की",
    "जानकारी दी है",
    "बताया है",
    "घोषणा की है",
    "ने की है",
    "ने की",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "मंत्रालय": "ministry",
    "मंत्री": "minister",
    "सरकार": "government",
    "अधिकारियों": "officials",
    "अधिकारी": "official",
    "पुलिस": "police",
    "प्रशासन": "administration",
    "दमकल": "fire service",
    "प्रवक्ता": "spokesperson",
    "राष्ट्रपति": "president",
    "प्रधानमंत्री": "prime minister",
    "एजेंसी": "agency",
    "एनडीआरएफ": "ndrf",
    "के पार": "more_than",
    "पार कर": "more_than",
    "जिलाधिकारी": "district magistrate",
    "डीएम": "district magistrate",
    "कलेक्टर": "collector",
    "एसपी": "police superintendent",
    "पुलिस अधीक्षक": "police superintendent",
    "मुख्यमंत्री": "chief minister",
    "राज्यपाल": "governor",
    "महापौर": "mayor",
    "अस्पताल": "hospital",
    "डॉक्टर": "doctors",
    "चिकित्सक": "doctors",
    "बचाव दल": "rescuers",
    "एसडीआरएफ": "sdrf",
    "मीडिया": "media",
    "सरकारी मीडिया": "state media",
    "प्राधिकरण": "authority",
    "आपदा प्रबंधन": "disaster management",
    "विभाग": "department",
    "सूत्रों": "sources",
    "अफसर": "officials",
}
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("IN",)
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("देश भर", "देशभर", "पूरे देश")
# Places the gazetteer has no Hindi name for (it lists "गाजा शहर" only), as English news names them
# (core.extract.world_places)
PLACE_NAMES = {"गाजा": ("Gaza", "PS")}
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("राजधानी",)
# Division words (or words beginning with one) written after a name (core.extract.world_places): the name is a
# province's, state's or governorate's, not a town's (सिंध प्रांत)
PROVINCE_WORDS = ("प्रांत", "राज्य", "सूबे", "सूबा")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "युद्ध की शुरुआत से",
    "युद्ध शुरू होने के बाद से",
    "जंग शुरू होने के बाद से",
    "इस साल अब तक",
    "इस साल की शुरुआत से",
    "साल की शुरुआत से",
    "इस वर्ष अब तक",
    "इस साल में अब तक",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "सबसे घातक",
    "सबसे बड़ा",
    "सबसे भीषण",
)
# Places (core.extract.world_places): locative words, before a name or after it ('लंदन में'): the town is
# where the figure stands, even in a report that names only another country (the victims' or the attacker's)
LOCATIVES_AFTER = ("में",)
# A sentence with these says where a quake was felt ('दिल्ली-एनसीआर में भी महसूस हुए झटके'): its towns are not where it
# struck (core.extract.world_places)
FELT_WORDS = ("महसूस",)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("अभी भी", "अब भी")
CARE_WORDS = (
    "अस्पताल",
    "भर्ती",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("भूकंप*", "भूकम्प*", "सुनामी*"),
    "water": (
        "बाढ़*", "बारिश*", "तूफान*", "तूफ़ान*", "चक्रवात*", "भूस्खलन*", "बादल फटने*", "बांध टूट*", "बादल फट*",
        "जलभराव*", "मूसलाधार*", "बाढ़ग्रस्त*", "सैलाब*",
    ),
    "fire": ("आग", "आगजनी*", "अग्निकांड*", "विस्फोट*", "धमाके*", "धमाका", "ब्लास्ट*", "जंगल की आग", "आग लग*"),
    "air": ("विमान*", "हेलीकॉप्टर*", "प्लेन"),
    "rail": ("ट्रेन*", "रेल*", "पटरी से उतर*", "रेलगाड़ी*", "मालगाड़ी*"),
    "road": (
        "बस", "बसों", "ट्रक*", "सड़क हादसे*", "सड़क दुर्घटना*", "सड़क हादसा*", "कार हादसे*", "जीप*", "ट्रैक्टर*",
        "हाईवे*", "एक्सप्रेसवे*",
    ),
    "ship": ("नाव*", "जहाज*", "फेरी", "नाव पलट*"),
    "attack": (
        "हमला", "हमले*", "आतंकी*", "आतंकवादी*", "बम*", "गोलीबारी*", "फायरिंग", "विस्फोट*", "धमाके*", "धमाका",
        "घात लगाकर", "हत्याकांड*", "नरसंहार*", "ब्लास्ट*", "एयरस्ट्राइक*", "मिसाइल*", "ड्रोन हमले*", "गोली मार*",
        "आत्मघाती*", "मुठभेड़*",
    ),
    "crowd": ("भगदड़*", "दंगा*", "दंगे*", "दंगों*"),
    "collapse": ("ढह*", "इमारत गिर*", "पुल गिर*", "छत गिर*", "मकान गिर*", "धंस*", "दीवार गिर*"),
    "mine": ("खदान*",),
    "weather": (
        "आकाशीय बिजली", "बिजली गिरने*", "वज्रपात*", "लू", "शीतलहर*", "तूफान*", "तूफ़ान*", "आंधी*", "गर्मी*",
        "हीटवेव*", "हीट स्ट्रोक*", "ठंड*", "ओलावृष्टि*",
    ),
    "volcano": ("ज्वालामुखी*",),
}  # fmt: skip
# A country's word (its people's adjective: 'नेपाली') right before these tells where a vehicle is registered, not
# where it is: 'नेपाली नंबर की बस', a Nepali-plated bus (core.extract.world_places)
OBJECT_WORDS_AFTER = ("नंबर", "नम्बर", "नंबरप्लेट")
# 'Last' beside a weekday ('पिछले सोमवार'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("पिछले",)
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("डॉ.", "श्री.", "प्रो.")
# The ergative particle after the subject ("पुलिस ने", "پولیس نے") is no part of the source
SOURCE_TRAILING = ("ने",)
# A statement's words, not who made it ("जिसकी पुष्टि पुलिस ने की": confirmed by the police)
REPORT_WORDS = (
    "पुष्टि", "जिसकी", "इसकी",
    # "शुरुआती जानकारी के अनुसार" (according to initial information): a statement, no one who made it
    "शुरुआती", "प्रारंभिक", "ताजा", "आधिकारिक", "जानकारी", "सूचना", "आंकड़ों", "आंकड़े", "रिपोर्ट", "रिपोर्टों", "खबर", "खबरों",
)  # fmt: skip

# 'this number', 'the figure' told on in a later sentence, a kind named before: that kind's updated count
# ("सोमवार को 9 लोगों की मौत हुई थी। मंगलवार को यह संख्या बढ़कर 25 हो गई")
COUNT_ANAPHORS = ("यह संख्या", "ये संख्या", "यह आंकड़ा", "यह आँकड़ा")
# A word right before a number that makes it no count: a highway's number ("राष्ट्रीय राजमार्ग 48 पर")
NOT_COUNTS_BEFORE = ("राजमार्ग", "हाईवे", "नंबर", "किलोमीटर")
# The past perfect tells the report's own toll as often as an older event's ("कुल 22 लोग घायल हुए थे"): an older
# event's only beside a word that sets it earlier (core.extract.world_roles)
PAST_PERFECT_TIMED = ("गए थे", "गई थी", "गयी थी", "गया था", "हुए थे", "हुई थी", "हुआ था", "ली थी", "दी थी")
LAST_YEAR = ("इससे पहले", "इसके पहले", "पिछले साल", "पिछले वर्ष", "पिछली बार", "गत वर्ष")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# दिन पहले", "एक सप्ताह पहले", "एक हफ्ते पहले", "एक महीने पहले", "पिछले सप्ताह", "पिछले हफ्ते", "पिछले महीने",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("भारतीय", "भारतीयों")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("अंतिम संस्कार", "अंत्येष्टि", "श्रद्धांजलि", "शोक सभा", "अंतिम यात्रा", "अंतिम विदाई")
# the words that may stand between the dead's word and the mourning word: postpositions ("मृतकों के अंतिम
# संस्कार", the funeral of the dead) and the rest of a participle's phrase ("मारे गए लोगों के अंतिम संस्कार")
MOURNED_LINKS = ("के", "की", "का", "गए", "गये", "लोगों")
# An outbreak of a disease (dengue, cholera) or a mass poisoning (stems, read anywhere in the text): those admitted to
# hospital are the sick, not the wounded, unless a word of injury (HURT_STEMS) is told with their count
# (core.extract.poisonings)
POISONED_BY = (
    "डेंगू", "डेंगी", "हैजा", "मलेरिया", "डायरिया", "चिकनगुनिया", "जहरीली शराब", "ज़हरीली शराब", "कच्ची शराब",
    "फूड पॉइजनिंग", "फूड पॉयजनिंग",
)  # fmt: skip
HURT_STEMS = ("घायल", "जख्मी", "ज़ख्मी", "चोटिल", "झुलस")
