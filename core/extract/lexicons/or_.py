"""Odia lexicon (shared shape, see `es.py` for the names): data only. Odia digits are read as digits; case endings
follow stems ("ମୃତ୍ୟୁରେ", "ଆହତଙ୍କୁ") and are written onto digits ("୧୦୦ରୁ ଅଧିକ", more than 100): triggers match word
starts (MATCH "prefix"). People are counted with "ଜଣ" ("୧୨ ଜଣଙ୍କ ମୃତ୍ୟୁ", the death of 12 persons); each number to 40
is a word of its own ("ପଞ୍ଚତିରିଶି", 35). The module is `or_` ("or" is a Python keyword)."""

from __future__ import annotations

LANGUAGE = "or"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"ହଜାର": 1000, "ଲକ୍ଷ": 100_000, "କୋଟି": 10_000_000}
NUMBER_WORDS = {
    "ଏକ": 1, "ଦୁଇ": 2, "ତିନି": 3, "ଚାରି": 4, "ପାଞ୍ଚ": 5, "ଛଅ": 6, "ସାତ": 7, "ଆଠ": 8, "ନଅ": 9, "ଦଶ": 10,
    "ଏଗାର": 11, "ବାର": 12, "ତେର": 13, "ଚଉଦ": 14, "ପନ୍ଦର": 15, "ଷୋହଳ": 16, "ସତର": 17, "ଅଠର": 18, "ଊଣେଇଶି": 19,
    "କୋଡ଼ିଏ": 20, "କୋଡିଏ": 20, "ଏକୋଇଶି": 21, "ବାଇଶି": 22, "ତେଇଶି": 23, "ଚବିଶି": 24, "ପଚିଶି": 25, "ଛବିଶି": 26,
    "ସତାଇଶି": 27, "ଅଠାଇଶି": 28, "ଅଣତିରିଶି": 29, "ତିରିଶି": 30, "ଏକତିରିଶି": 31, "ବତିଶି": 32, "ତେତିଶି": 33,
    "ଚଉତିରିଶି": 34, "ପଞ୍ଚତିରିଶି": 35, "ଛତିଶି": 36, "ସଇଁତିରିଶି": 37, "ଅଠତିରିଶି": 38, "ଅଣଚାଳିଶି": 39,
    "ଚାଳିଶି": 40, "ପଚାଶ": 50, "ଷାଠିଏ": 60, "ସତୁରି": 70, "ଅଶୀ": 80, "ନବେ": 90, "ଶହେ": 100, "ଶହ": 100,
}  # fmt: skip
# people counted: "ଦୁଇଜଣ", "ବାରଜଣ" (the counter written onto the number word), with its case ("ଦୁଇଜଣଙ୍କ", of two)
COMPOUND_NUMBERS = True
NUMBER_COUNTERS = ("ଜଣ", "ଜଣଙ୍କ", "ଜଣଙ୍କୁ", "ଜଣଙ୍କର", "ଜଣଙ୍କୁର", "ଟି")  # "ଦୁଇଜଣଙ୍କର ମୃତ୍ୟୁ": of two, genitive
# case endings written onto a number word: "ଶହେରୁ ଅଧିକ" (more than a hundred), "ହଜାରରୁ"
NUMBER_ENDINGS = ("ରୁ", "ରେ")
VAGUE_QUANTITIES = {"ଶହ ଶହ": (100, 100, 999), "ହଜାର ହଜାର": (1000, 1000, 9999), "ଶହାଧିକ": (100, 100, 999)}
TRIGGERS = {
    "killed": (
        # the relative 'that killed N' of a look back (test_four_forms43)
        "ଜୀବନ ନେଇ",
        # "୧୨ ଜଣଙ୍କ ମୃତ୍ୟୁ" (the death of 12), "ମୃତକଙ୍କ ସଂଖ୍ୟା" (the number of the dead), "ପ୍ରାଣ ହରାଇଛନ୍ତି" (lost
        # their lives), "ନିହତ" (killed)
        "ମୃତ୍ୟୁ", "ମୃତ", "ନିହତ", "ପ୍ରାଣ ହରାଇ", "ପ୍ରାଣହାନି", "ମରିଛନ୍ତି", "ମରିଗଲେ", "ଶବ", "ହତ୍ୟା", "ଜୀବନ୍ତ ଦଗ୍ଧ",
    ),
    "wounded": ("ଆହତ", "ଗୁରୁତର ଆହତ", "କ୍ଷତାକ୍ତ"),
    "missing": ("ନିଖୋଜ", "ଖୋଜ ମିଳିନାହିଁ"),
    "displaced": ("ଗୃହହୀନ", "ସ୍ଥାନାନ୍ତର", "ଆଶ୍ରୟସ୍ଥଳୀ", "ଆଶ୍ରୟ ଶିବିର"),
    "arrested": ("ଗିରଫ", "ଅଟକ"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("ମୃତାହତ",)
INJURY_GRADES = {"critical": ("ସଙ୍କଟଜନକ",), "severe": ("ଗୁରୁତର",), "light": ("ସାମାନ୍ୟ",)}
COORDINATORS = ("ଏବଂ", "ଓ", "ଆଉ")
QUALIFIERS_BEFORE = {"ଅତି କମରେ": "at_least", "କମ୍‌ସେକମ୍": "at_least", "ପ୍ରାୟ": "about", "ଆନୁମାନିକ": "about"}
QUALIFIERS_AFTER = {"ରୁ ଅଧିକ": "more_than", "ଅଧିକ": "more_than"}
QUALIFIERS_AFTER_NOUN = {"ରୁ ଅଧିକ": "more_than"}
# Toll verbs after the number (verb-final): "ମୃତ୍ୟୁସଂଖ୍ୟା ୧୫କୁ ବୃଦ୍ଧି" (the toll rose to 15)
UPDATE_AFTER = ("କୁ ବୃଦ୍ଧି", "କୁ ବଢ଼ିଛି", "ରେ ପହଞ୍ଚିଛି", "ବୃଦ୍ଧି")
EARLIER_BEFORE = ("ପୂର୍ବରୁ", "ପ୍ରଥମେ")
SUBSET_BEFORE = ("ସେମାନଙ୍କ ମଧ୍ୟରୁ", "ମୃତକଙ୍କ ମଧ୍ୟରେ", "ଏଥିମଧ୍ୟରୁ")
NOT_COUNTS_AFTER = ("ଥର", "ବର୍ଷ", "କିଲୋମିଟର", "କି.ମି", "ମିଟର", "%", "ପ୍ରତିଶତ", "ଘଣ୍ଟା", "ଦିନ", "ମିନିଟ", "ଟଙ୍କା", "ଘର")
COUNT_NOUNS = ("ସଂଖ୍ୟା",)
ACCORDING_AFTER = ("ଅନୁଯାୟୀ", "ସୂଚନା ଅନୁଯାୟୀ")
SPEECH_VERBS = ("କହିଛନ୍ତି", "ଜଣାଇଛନ୍ତି", "ସୂଚନା ଦେଇଛନ୍ତି", "ନିଶ୍ଚିତ କରିଛନ୍ତି")
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ପୋଲିସ": "police", "ସରକାର": "government", "ମନ୍ତ୍ରୀ": "minister", "ମୁଖ୍ୟମନ୍ତ୍ରୀ": "chief minister",
    "ଜିଲ୍ଲାପାଳ": "collector", "ଅଧିକାରୀ": "officials", "ହସପିଟାଲ": "hospital", "ଡାକ୍ତରଖାନା": "hospital",
    "ଅଗ୍ନିଶମ": "fire brigade",
}  # fmt: skip
HOME_COUNTRIES = ("IN",)
DAYS_BACK = {"ଗତକାଲି": 1, "ଗତ କାଲି": 1}
STILL_IN_CARE = ("ଏବେ ବି", "ବର୍ତ୍ତମାନ")
CARE_WORDS = ("ହସପିଟାଲ", "ଡାକ୍ତରଖାନା", "ଚିକିତ୍ସା")
HAZARD_FAMILIES = {
    "quake": ("ଭୂମିକମ୍ପ*",),
    "water": ("ବନ୍ୟା*", "ଭୂସ୍ଖଳନ*", "ବାତ୍ୟା*"),
    "fire": ("ଅଗ୍ନିକାଣ୍ଡ*", "ନିଆଁ*", "ବିସ୍ଫୋରଣ*"),
    "air": ("ବିମାନ*", "ହେଲିକପ୍ଟର*"),
    "rail": ("ଟ୍ରେନ*", "ରେଳ*"),
    "road": ("ବସ ଦୁର୍ଘଟଣା*", "ଟ୍ରକ*", "ସଡ଼କ ଦୁର୍ଘଟଣା*"),  # "ବସ" alone opens "ବସିବା" (to sit)
    "ship": ("ଡଙ୍ଗା*",),
    "attack": ("ଆକ୍ରମଣ*", "ଗୁଳି*", "ବୋମା*", "ବିସ୍ଫୋରଣ*"),
    "crowd": ("ଦଳାଚକଟା*",),
}  # fmt: skip
# Dates (core.extract.world_dates): the months as Odia writes the English ones
MONTHS = {
    "ଜାନୁଆରୀ": 1, "ଫେବୃଆରୀ": 2, "ମାର୍ଚ୍ଚ": 3, "ଏପ୍ରିଲ": 4, "ମେ": 5, "ଜୁନ": 6, "ଜୁଲାଇ": 7, "ଅଗଷ୍ଟ": 8,
    "ସେପ୍ଟେମ୍ବର": 9, "ଅକ୍ଟୋବର": 10, "ନଭେମ୍ବର": 11, "ଡିସେମ୍ବର": 12,
}  # fmt: skip
# Dates written month first as well ('ಮೇ 12ರಂದು', 'тавдугаар сарын 12-нд': May 12; test_four_forms43)
MONTH_FIRST = True
