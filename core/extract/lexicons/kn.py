"""Kannada lexicon (shared shape, see `es.py` for the names): data only. Endings are written onto their word and
onto digits ("15ಕ್ಕೆ ಏರಿಕೆ", rose to 15; "100ಕ್ಕೂ ಹೆಚ್ಚು", more than 100): stems take endings (MATCH "prefix").
People are counted with "ಮಂದಿ" or "ಜನ" ("12 ಮಂದಿ ಮೃತಪಟ್ಟಿದ್ದಾರೆ", 12 persons died); small numbers of people are words
of their own ("ಮೂವರು", three persons). A ten and its unit are one word, the ten's last vowel giving way to the
unit's first ("ಇಪ್ಪತ್ತು" + "ಒಂದು" = "ಇಪ್ಪತ್ತೊಂದು", 21; "ಇಪ್ಪತ್ತು" + "ಮೂರು" = "ಇಪ್ಪತ್ಮೂರು", 23)."""

from __future__ import annotations

LANGUAGE = "kn"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"ಸಾವಿರ": 1000, "ಸಾವಿರದ": 1000, "ಸಾವಿರಕ್ಕೂ": 1000, "ಲಕ್ಷ": 100_000, "ಕೋಟಿ": 10_000_000}
_unit_words = (("ಒಂದು", 1), ("ಎರಡು", 2), ("ಮೂರು", 3), ("ನಾಲ್ಕು", 4), ("ಐದು", 5), ("ಆರು", 6), ("ಏಳು", 7), ("ಎಂಟು", 8),
          ("ಒಂಬತ್ತು", 9))  # fmt: skip
_ten_words = (("ಇಪ್ಪತ್ತು", 20), ("ಮೂವತ್ತು", 30), ("ನಲವತ್ತು", 40), ("ಐವತ್ತು", 50), ("ಅರವತ್ತು", 60), ("ಎಪ್ಪತ್ತು", 70),
         ("ಎಂಬತ್ತು", 80), ("ತೊಂಬತ್ತು", 90))  # fmt: skip
# a vowel-initial unit's vowel as the sign written onto the ten's last consonant ("ಇಪ್ಪತ್ತ" + "ೊಂದು")
_as_sign = {"ಒ": "ೊ", "ಎ": "ೆ", "ಐ": "ೈ", "ಆ": "ಾ", "ಏ": "ೇ"}
NUMBER_WORDS = dict(_unit_words) | dict(_ten_words)
NUMBER_WORDS |= {
    # the teens
    "ಹತ್ತು": 10, "ಹನ್ನೊಂದು": 11, "ಹನ್ನೆರಡು": 12, "ಹದಿಮೂರು": 13, "ಹದಿನಾಲ್ಕು": 14, "ಹದಿನೈದು": 15, "ಹದಿನಾರು": 16,
    "ಹದಿನೇಳು": 17, "ಹದಿನೆಂಟು": 18, "ಹತ್ತೊಂಬತ್ತು": 19, "ನೂರು": 100, "ಸಾವಿರ": 1000,
    # persons: "ಇಬ್ಬರು ಸಾವು" (two persons dead), "ಮೂವರು ನಾಪತ್ತೆ" (three missing)
    "ಒಬ್ಬ": 1, "ಒಬ್ಬರು": 1, "ಒಬ್ಬಳು": 1, "ಇಬ್ಬರು": 2, "ಮೂವರು": 3, "ನಾಲ್ವರು": 4, "ಐವರು": 5, "ಆರು ಮಂದಿ": 6,
    # hundreds: "ಇನ್ನೂರು" (200), "ಮುನ್ನೂರು" (300), "ನಾನೂರು" (400), "ಐನೂರು" (500)
    "ಇನ್ನೂರು": 200, "ಮುನ್ನೂರು": 300, "ನಾನೂರು": 400, "ಐನೂರು": 500, "ಆರುನೂರು": 600, "ಏಳುನೂರು": 700,
    "ಎಂಟುನೂರು": 800, "ಒಂಬೈನೂರು": 900, "ನೂರ": 100,
}  # fmt: skip
# the persons' words with their cases: "ಮೂವರನ್ನು ಕೊಂದರು" (killed three), "ಇಬ್ಬರ ಸಾವು" (two's death), "ನಾಲ್ವರಿಗೆ
# ಗಾಯ" (injury to four)
for _stem, _value in (("ಇಬ್ಬರ", 2), ("ಮೂವರ", 3), ("ನಾಲ್ವರ", 4), ("ಐವರ", 5)):
    for _case in ("", "ನ್ನು", "ಿಗೆ"):
        NUMBER_WORDS[_stem + _case] = _value
for _ten, _tens in _ten_words:
    for _unit, _value in _unit_words:
        _sign = _as_sign.get(_unit[0])
        # "ಇಪ್ಪತ್ತೊಂದು" (the ten without its last "ು", then the unit's vowel as a sign), "ಇಪ್ಪತ್ಮೂರು" (before a
        # consonant the ten's doubled "ತ್ತ" halves: "ಇಪ್ಪತ್" + "ಮೂರು")
        _joined = _ten[:-1] + _sign + _unit[1:] if _sign else _ten[:-2] + _unit
        NUMBER_WORDS[_joined] = _tens + _value
        NUMBER_WORDS[_ten[:-1] + _unit] = _tens + _value  # written apart of the sign: "ಇಪ್ಪತ್ತಮೂರು"
NUMBER_JOINERS = ("ಮತ್ತು",)
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {"ಹತ್ತಾರು": (12, 12, 99), "ನೂರಾರು": (100, 100, 999), "ಸಾವಿರಾರು": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43) and 'that took the lives'
        "ಕೊಂದ", "ಬಲಿ ತೆಗೆದುಕೊಂಡ",
        # "12 ಮಂದಿ ಮೃತಪಟ್ಟಿದ್ದಾರೆ" (12 persons died), "ಸಾವನ್ನಪ್ಪಿದ್ದಾರೆ" (met death), "ಮೃತರ ಸಂಖ್ಯೆ" (the number of
        # the dead), "ಬಲಿಯಾಗಿದ್ದಾರೆ" (fell victim), "ಪ್ರಾಣ ಕಳೆದುಕೊಂಡ" (lost their lives)
        "ಮೃತಪಟ್ಟ", "ಮೃತರ", "ಮೃತರು", "ಮೃತದೇಹ", "ಸಾವನ್ನಪ್ಪ", "ಸಾವಿಗೀಡಾ", "ಸಾವು", "ಸಾವಿನ", "ಸಾವಿಗೆ", "ಮರಣ",
        "ಕೊಲ್ಲಲ್ಪಟ್ಟ", "ಹತ್ಯೆ", "ಬಲಿಯಾ", "ಪ್ರಾಣ ಕಳೆದುಕೊಂಡ", "ಪ್ರಾಣ ತೆತ್ತ", "ಮೃತ್ಯು", "ಸಜೀವ ದಹನ", "ನೀರುಪಾಲಾ",
    ),
    "wounded": (
        "ಗಾಯಗೊಂಡ", "ಗಾಯಾಳು", "ಗಾಯಗಳಾಗ", "ಗಾಯವಾಗ", "ಗಾಯಾಳುಗಳ", "ಆಸ್ಪತ್ರೆಗೆ ದಾಖಲ",
        # the injury after a count ("ನಾಲ್ವರಿಗೆ ಗಾಯ", injury to four): "ಗಾಯ" as a word, not the start of "ಗಾಯಕ" (singer)
        "ಗಾಯ ", "ಗಾಯ.", "ಗಾಯ,",
    ),
    "missing": ("ನಾಪತ್ತೆ", "ಕಾಣೆಯಾ", "ಪತ್ತೆಯಾಗಿಲ್ಲ"),
    "displaced": ("ನಿರಾಶ್ರಿತ", "ಸ್ಥಳಾಂತರ", "ಕಾಳಜಿ ಕೇಂದ್ರ", "ಪರಿಹಾರ ಕೇಂದ್ರ"),
    "arrested": ("ಬಂಧಿಸಲಾಗಿದೆ", "ಬಂಧಿಸ", "ಬಂಧನ", "ಬಂಧಿತ", "ವಶಕ್ಕೆ ಪಡೆ"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("ಸಾವು-ನೋವು", "ಸಾವು ನೋವು")
INJURY_GRADES = {"critical": ("ಸ್ಥಿತಿ ಚಿಂತಾಜನಕ", "ಚಿಂತಾಜನಕ"), "severe": ("ಗಂಭೀರ", "ತೀವ್ರ"), "light": ("ಸಣ್ಣಪುಟ್ಟ",)}
COORDINATORS = ("ಮತ್ತು", "ಹಾಗೂ", "ಇನ್ನೂ")
QUALIFIERS_BEFORE = {"ಕನಿಷ್ಠ": "at_least", "ಸುಮಾರು": "about", "ಅಂದಾಜು": "about", "ಬಹುತೇಕ": "about"}
QUALIFIERS_AFTER = {"ಕ್ಕೂ ಹೆಚ್ಚು": "more_than", "ಕ್ಕಿಂತ ಹೆಚ್ಚು": "more_than", "ಹೆಚ್ಚು": "more_than"}
QUALIFIERS_AFTER_NOUN = {"ಕ್ಕೂ ಹೆಚ್ಚು": "more_than", "ಗೂ ಹೆಚ್ಚು": "more_than"}
# Toll verbs after the number (verb-final): "ಮೃತರ ಸಂಖ್ಯೆ 15ಕ್ಕೆ ಏರಿಕೆ" (the toll rose to 15)
UPDATE_AFTER = ("ಕ್ಕೆ ಏರಿಕೆ", "ಕ್ಕೆ ಏರಿದೆ", "ಏರಿಕೆ", "ಕ್ಕೆ ತಲುಪಿದೆ")
EARLIER_BEFORE = ("ಮೊದಲು", "ಆರಂಭದಲ್ಲಿ")
SUBSET_BEFORE = ("ಇವರಲ್ಲಿ", "ಅವರಲ್ಲಿ", "ಮೃತರಲ್ಲಿ", "ಗಾಯಾಳುಗಳಲ್ಲಿ")
NOT_COUNTS_AFTER = (
    "ಬಾರಿ", "ವರ್ಷ", "ಕಿಲೋಮೀಟರ್", "ಕಿ.ಮೀ", "ಮೀಟರ್", "%", "ಶೇಕಡ", "ಗಂಟೆ", "ದಿನ", "ನಿಮಿಷ", "ರೂಪಾಯಿ", "ಮನೆ",
)  # fmt: skip
COUNT_NOUNS = ("ಸಂಖ್ಯೆ",)
ACCORDING_AFTER = ("ಪ್ರಕಾರ", "ಮಾಹಿತಿ ಪ್ರಕಾರ")
SPEECH_VERBS = ("ತಿಳಿಸಿದ್ದಾರೆ", "ಹೇಳಿದ್ದಾರೆ", "ಮಾಹಿತಿ ನೀಡಿದ್ದಾರೆ", "ಖಚಿತಪಡಿಸಿದ್ದಾರೆ")
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ಪೊಲೀಸರು": "police", "ಪೊಲೀಸ್": "police", "ಸರ್ಕಾರ": "government", "ಸಚಿವ": "minister",
    "ಮುಖ್ಯಮಂತ್ರಿ": "chief minister", "ಜಿಲ್ಲಾಧಿಕಾರಿ": "collector", "ಅಧಿಕಾರಿಗಳು": "officials", "ಆಸ್ಪತ್ರೆ": "hospital",
    "ಅಗ್ನಿಶಾಮಕ": "fire brigade",
}  # fmt: skip
HOME_COUNTRIES = ("IN",)
DAYS_BACK = {"ನಿನ್ನೆ": 1, "ಮೊನ್ನೆ": 2}
STILL_IN_CARE = ("ಇನ್ನೂ", "ಈಗಲೂ")
CARE_WORDS = ("ಆಸ್ಪತ್ರೆ", "ಚಿಕಿತ್ಸೆ")
HAZARD_FAMILIES = {
    "quake": ("ಭೂಕಂಪ*",),
    "water": ("ಪ್ರವಾಹ*", "ಭೂಕುಸಿತ*", "ಚಂಡಮಾರುತ*", "ಭಾರಿ ಮಳೆ*"),
    "fire": ("ಬೆಂಕಿ*", "ಅಗ್ನಿ ಅವಘಡ*", "ಸ್ಫೋಟ*"),
    "air": ("ವಿಮಾನ*", "ಹೆಲಿಕಾಪ್ಟರ್*"),
    "rail": ("ರೈಲು*",),
    "road": ("ಬಸ್*", "ಲಾರಿ*", "ರಸ್ತೆ ಅಪಘಾತ*"),
    "ship": ("ದೋಣಿ*",),
    "attack": ("ದಾಳಿ*", "ಗುಂಡಿನ*", "ಬಾಂಬ್*", "ಸ್ಫೋಟ*"),
    "crowd": ("ಕಾಲ್ತುಳಿತ*",),
    "collapse": ("ಕುಸಿದು*",),
}  # fmt: skip
# "ಜನ", dateparser's short January, opens "ಜನರು" (people: "25 ಜನರು", 25 people): no month
NOT_MONTHS = ("ಜನ",)
# Dates (core.extract.world_dates): the months as Kannada writes the English ones
MONTHS = {
    "ಜನವರಿ": 1, "ಫೆಬ್ರವರಿ": 2, "ಮಾರ್ಚ್": 3, "ಏಪ್ರಿಲ್": 4, "ಮೇ": 5, "ಜೂನ್": 6, "ಜುಲೈ": 7, "ಆಗಸ್ಟ್": 8,
    "ಸೆಪ್ಟೆಂಬರ್": 9, "ಅಕ್ಟೋಬರ್": 10, "ನವೆಂಬರ್": 11, "ಡಿಸೆಂಬರ್": 12,
}  # fmt: skip
# Dates written month first as well ('ಮೇ 12ರಂದು', 'тавдугаар сарын 12-нд': May 12; test_four_forms43)
MONTH_FIRST = True
