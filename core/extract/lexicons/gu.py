"""Gujarati lexicon (shared shape, see `es.py` for the names): data only. Gujarati digits are read as digits;
postpositions are written onto their word ("લોકોનાં", "100થી વધુ") and stems take endings (MATCH "prefix"). The
dead are told as a death ("12 લોકોનાં મોત થયાં", 12 people's deaths happened)."""

from __future__ import annotations

LANGUAGE = "gu"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"હજાર": 1000, "લાખ": 100_000, "કરોડ": 10_000_000}
NUMBER_WORDS = {
    "એક": 1, "બે": 2, "ત્રણ": 3, "ચાર": 4, "પાંચ": 5, "છ": 6, "સાત": 7, "આઠ": 8, "નવ": 9, "દસ": 10, "અગિયાર": 11,
    "બાર": 12, "તેર": 13, "ચૌદ": 14, "પંદર": 15, "સોળ": 16, "સત્તર": 17, "અઢાર": 18, "ઓગણીસ": 19, "વીસ": 20,
    "એકવીસ": 21, "બાવીસ": 22, "ત્રેવીસ": 23, "ચોવીસ": 24, "પચીસ": 25, "છવ્વીસ": 26, "સત્તાવીસ": 27, "અઠ્ઠાવીસ": 28,
    "ઓગણત્રીસ": 29, "ત્રીસ": 30, "ચાળીસ": 40, "પચાસ": 50, "સાઠ": 60, "સિત્તેર": 70, "એંસી": 80, "નેવું": 90,
    "સો": 100,
    # two, three and four people told as one word ("બંનેનાં મોત", both died; "ત્રણેયનાં")
    "બંને": 2, "બંનેનાં": 2, "બંનેના": 2, "ત્રણેય": 3, "ત્રણેયનાં": 3, "ચારેય": 4,
}  # fmt: skip
# A number and a half before a scale word: "દોઢ હજાર" (1500), "અઢી લાખ"; "સાડા ત્રણ હજાર" (3500)
FRACTIONS = {"દોઢ": 1.5, "અઢી": 2.5}
FRACTION_BEFORE = {"સાડા": 0.5}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "ડઝનબંધ": (12, 12, 99),
    "સેંકડો": (100, 100, 999),
    "હજારો": (1000, 1000, 9999),
    "લાખો": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        # "12 લોકોનાં મોત થયાં" (12 people's deaths), "મોતને ભેટ્યા" (met death), "જીવ ગુમાવ્યો" (lost their life)
        "મોત", "મૃત્યુ", "મૃતક", "મૃતદેહ", "માર્યા ગયા", "માર્યા ગયાં", "જીવ ગુમાવ", "જીવ ગયો", "જીવ ગયા",
        "લાશ", "ભોગ લીધો", "ભોગ લેવાયો", "ભોગ બન્યા", "ડૂબી ગયા", "ડૂબી જતાં", "દમ તોડ",
    ),
    "wounded": ("ઘાયલ", "ઇજાગ્રસ્ત", "ઈજાગ્રસ્ત", "ઇજા", "ઈજા", "હોસ્પિટલમાં દાખલ", "દવાખાને ખસેડ", "જખ્મી"),
    "missing": ("ગુમ", "લાપતા"),
    "displaced": ("સ્થળાંતર", "બેઘર", "સલામત સ્થળે ખસેડ", "વિસ્થાપિત"),
    "arrested": ("ધરપકડ", "અટકાયત"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("મૃતકો અને ઘાયલો", "મૃત અને ઘાયલ", "મોત અને ઘાયલ")
# The injured by severity, and the words that coordinate two counts
INJURY_GRADES = {"critical": ("નાજુક", "ગંભીર હાલત"), "severe": ("ગંભીર",), "light": ("નજીવી", "સામાન્ય ઈજા", "સામાન્ય ઇજા")}
COORDINATORS = ("અને", "તથા", "જ્યારે", "તો")
RANGES = (("", "થી", ""),)
QUALIFIERS_BEFORE = {
    "ઓછામાં ઓછા": "at_least", "ઓછામાં ઓછાં": "at_least", "ઓછામાં ઓછું": "at_least", "લગભગ": "about",
    "આશરે": "about", "અંદાજે": "about", "અંદાજિત": "about", "આશરે કુલ": "about", "કરીબ": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {
    "થી વધુ": "more_than", "થી વધારે": "more_than", "કરતાં વધુ": "more_than", "કરતા વધુ": "more_than",
    "કરતાં વધારે": "more_than", "જેટલા": "about", "જેટલાં": "about",
}  # fmt: skip
# Toll verbs before the number: "મૃત્યુઆંક વધીને 15 થયો" (the toll rose to 15)
UPDATE_BEFORE = ("વધીને",)
# Toll verbs after the number (verb-final): "મૃત્યુઆંક 30 પર પહોંચ્યો" (the toll reached 30)
UPDATE_AFTER = ("પર પહોંચ", "એ પહોંચ", "સુધી પહોંચ")
REVISED_DOWN = ("ઘટીને",)
EARLIER_BEFORE = ("શરૂઆતમાં", "અગાઉ", "પ્રાથમિક")
SUBSET_BEFORE = ("જેમાં", "તેમાં", "જેમાંથી", "તેમાંથી", "મૃતકોમાં", "ઘાયલોમાં")
NOT_COUNTS_AFTER = (
    "વખત", "વર્ષ", "કિલોમીટર", "કિમી", "મીટર", "%", "ટકા", "કલાક", "દિવસ", "મિનિટ", "રૂપિયા", "માળ", "ફૂટ",
)  # fmt: skip
COUNT_NOUNS = ("સંખ્યા", "આંક", "આંકડો")
ACCORDING_AFTER = ("ના જણાવ્યા અનુસાર", "ના જણાવ્યા મુજબ", "ના જણાવ્યાનુસાર", "ના કહેવા મુજબ", "અનુસાર", "મુજબ")
SPEECH_VERBS = ("એ જણાવ્યું", "જણાવ્યું હતું", "એ કહ્યું", "કહ્યું હતું", "એ પુષ્ટિ કરી", "એ માહિતી આપી")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "પોલીસ": "police", "સરકાર": "government", "અધિકારી": "official", "મંત્રી": "minister",
    "મુખ્યમંત્રી": "chief minister", "કલેક્ટર": "collector", "હોસ્પિટલ": "hospital", "ફાયર બ્રિગેડ": "fire brigade",
    "તંત્ર": "administration", "ડૉક્ટર": "doctors",
}  # fmt: skip
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
HOME_COUNTRIES = ("IN",)
CAPITAL_WORDS = ("રાજધાની",)
HAZARD_FAMILIES = {
    "quake": ("ભૂકંપ*",),
    "water": ("પૂર", "પૂરમાં", "પૂરના", "ભારે વરસાદ*", "વાવાઝોડ*", "ભૂસ્ખલન*", "વાદળ ફાટ*"),
    "fire": ("આગ", "આગમાં", "આગની", "આગને", "વિસ્ફોટ*", "બ્લાસ્ટ*"),
    "air": ("વિમાન*", "પ્લેન*", "હેલિકોપ્ટર*"),
    "rail": ("ટ્રેન*", "રેલ*"),
    "road": ("બસ", "બસમાં", "બસને", "ટ્રક*", "માર્ગ અકસ્માત*", "હાઇવે*"),
    "ship": ("બોટ*", "હોડી*", "જહાજ*"),
    "attack": ("હુમલ*", "ગોળીબાર*", "બોમ્બ*", "આતંકી*"),
    "crowd": ("ભાગદોડ*", "નાસભાગ*"),
    "collapse": ("ધરાશાયી*", "તૂટી પડ*", "પુલ તૂટ*"),
}  # fmt: skip
OBJECT_WORDS_AFTER = ("નંબર",)
