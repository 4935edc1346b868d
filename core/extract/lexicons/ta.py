"""Tamil lexicon (shared shape, see `es.py` for the names): data only (agglutinative: MATCH "any")."""

from __future__ import annotations

LANGUAGE = "ta"
MATCH = "any"
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"ஆயிரம்": 1000, "லட்சம்": 100_000}
# small numbers in words, and the words for one and two persons ("ஒருவர் உயிரிழந்தார்"); not "ஆறு" (six, also a
# river)
NUMBER_WORDS = {
    "ஒன்று": 1, "ஒருவர்": 1, "இரண்டு": 2, "இருவர்": 2, "மூன்று": 3, "நான்கு": 4, "ஐந்து": 5, "ஏழு": 7, "எட்டு": 8,
    "ஒன்பது": 9, "பத்து": 10,
}  # fmt: skip
# the teens and the tens ("பதினைந்து", 15; "முப்பது", 30), and a ten before its unit ("இருபத்து ஐந்து", 25)
NUMBER_WORDS |= {
    "பதினொன்று": 11, "பன்னிரண்டு": 12, "பதிமூன்று": 13, "பதினான்கு": 14, "பதினைந்து": 15, "பதினாறு": 16,
    "பதினேழு": 17, "பதினெட்டு": 18, "பத்தொன்பது": 19, "இருபது": 20, "முப்பது": 30, "நாற்பது": 40, "ஐம்பது": 50,
    "அறுபது": 60, "எழுபது": 70, "எண்பது": 80, "தொண்ணூறு": 90, "நூறு": 100, "இருபத்து": 20, "இருபத்தி": 20,
    "முப்பத்து": 30, "முப்பத்தி": 30, "நாற்பத்து": 40, "நாற்பத்தி": 40, "ஐம்பத்து": 50, "ஐம்பத்தி": 50,
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43) and the relative ('கொன்றனர்', 'கொன்ற')
        "கொன்ற",
        # took the lives of ('... took the lives of 57'): the dead
        "உயிரைப் பறித்த", "உயிர்களைப் பறித்த", "உயிரை பறித்த", "உயிர்களை பறித்த",
        "உயிரிழந்", "பலி", "உயிரிழப்பு", "இறந்த", "உயிர் இழந்", "மரணம", "சடல", "கொல்லப்பட்"),
    "wounded": ("காயமடைந்", "காயம்", "படுகாய", "மருத்துவமனையில் சிகிச்சை"),
    "missing": ("காணாமல்",),
    "displaced": ("வெளியேற்றப்பட்", "இடம்பெயர்ந்"),
    "arrested": ("கைது",),
}
QUALIFIERS_BEFORE = {"குறைந்தது": "at_least", "சுமார்": "about", "கிட்டத்தட்ட": "nearly"}
QUALIFIERS_AFTER = {
    "க்கும் மேற்பட்ட": "more_than", "க்கும் அதிகமான": "more_than", "மேற்பட்ட": "more_than",
    # a toll that passed the number: "4000ஐ தாண்டியுள்ளது" (has passed 4000)
    "ஐ தாண்டி": "more_than", "ஐத் தாண்டி": "more_than", "ஐ கடந்த": "more_than", "ஐக் கடந்த": "more_than",
}  # fmt: skip
SUBSET_BEFORE = ("இவர்களில்", "அவர்களில்")
# "உயிரிழந்தோரின் எண்ணிக்கை 26 ஆக உயர்ந்துள்ளது" (the number of the dead has risen to 26): the count noun between
# the trigger and the number, and the verb of rising after the number ('ஆக', "to"), the toll's latest update
COUNT_NOUNS = ("எண்ணிக்கை",)
UPDATE_AFTER = ("ஆக உயர்ந்து", "ஆக உயர்வு", "ஆக அதிகரித்து", "ஆக அதிகரிப்பு")
NOT_COUNTS_AFTER = ("வயது", "ஆண்டு", "கிலோமீட்டர்", "கி.மீ", "%", "சதவீத", "மணி", "நாள்", "ரூபாய்")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("IN", "LK")
# Case endings joined to a place name ('சிரியாவில்': in Syria), in characters.
PLACE_ENDINGS = 4
# Dates (core.extract.world_dates): the month is written before the day.
MONTH_FIRST = True
# "ஆக" (as, to: "26 ஆக உயர்வு", risen to 26) is also August's short form: the word, never the month here
NOT_MONTHS = ("ஆக",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("நிலநடுக்க", "சுனாமி"),
    "water": ("வெள்ள", "புயல்", "நிலச்சரிவு", "கனமழை", "மழை", "புயலால்"),
    "fire": ("தீ விபத்து", "வெடி"),
    "air": ("விமான", "ஹெலிகாப்டர்"),
    "rail": ("ரயில்",),
    "road": ("பேருந்து", "லாரி"),
    "ship": ("படகு", "கப்பல்"),
    "attack": ("தாக்குதல்", "குண்டு", "துப்பாக்கி", "வெடி",),
    "crowd": ("நெரிசல்", "கலவர"),
    "collapse": ("இடிந்து",),
    "mine": ("சுரங்க*",),
    "weather": ("மின்னல்", "வெப்ப அலை", "வெயில்"),
    "volcano": ("எரிமலை",),
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution): "according to" after the source, verbs of saying as stems
ACCORDING_AFTER = ("தகவலின்படி", "கூற்றுப்படி", "அறிக்கையின்படி", "தெரிவித்ததன்படி")
SPEECH_VERBS = ("தெரிவித்", "கூறின", "அறிவித்", "உறுதிப்படுத்")
SOURCE_NOUNS = {
    "போலீசார்": "police", "போலீஸ்": "police", "காவல்துறை": "police", "அதிகாரிகள்": "officials",
    "அதிகாரி": "official", "அமைச்சர்": "minister", "அமைச்சகம்": "ministry", "அரசு": "government",
    "மருத்துவமனை": "hospital", "மருத்துவர்கள்": "doctors", "தீயணைப்பு": "fire service",
    "மீட்புக் குழுவினர்": "rescuers", "மீட்பு": "rescuers", "ஆட்சியர்": "collector", "முதல்வர்": "chief minister",
    "முதலமைச்சர்": "chief minister", "ஆளுநர்": "governor", "மேயர்": "mayor", "செய்தித் தொடர்பாளர்": "spokesperson",
    "ராணுவம்": "army", "ஊடகங்கள்": "media", "செய்தி நிறுவனம்": "news agency",
    "பேரிடர் மேலாண்மை": "disaster management",
}  # fmt: skip
