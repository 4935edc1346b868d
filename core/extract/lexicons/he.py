"""Hebrew lexicon (shared shape, see `es.py` for the names): data only. Words take their prefixes ("and", "the",
"in": "וההרוגים", "בפיגוע") and endings ("נהרגו", "הרוגים"): triggers are word beginnings (MATCH "prefix"), with
the prefixed forms the news writes listed beside the bare ones. A number joined to "and" with a hyphen ("ו-24")
is read as the digits; "כ-" before a number is "about"."""

from __future__ import annotations

LANGUAGE = "he"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"אלף": 1000, "אלפים": 1000, "מיליון": 1_000_000}
# Number words in both genders ("שלושה", "שלוש"), with the prefix "and" written onto a unit after tens
# ("עשרים וחמישה" = 25) and the construct forms before a noun ("שלושת", "חמשת")
NUMBER_WORDS = {
    "אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שני": 2, "שתי": 2, "שלושה": 3, "שלוש": 3, "שלושת": 3,
    "ארבעה": 4, "ארבע": 4, "ארבעת": 4, "חמישה": 5, "חמש": 5, "חמשת": 5, "שישה": 6, "שש": 6, "ששת": 6,
    "שבעה": 7, "שבע": 7, "שבעת": 7, "שמונה": 8, "שמונת": 8, "תשעה": 9, "תשע": 9, "תשעת": 9, "עשרה": 10,
    "עשר": 10, "עשרת": 10, "עשרים": 20, "שלושים": 30, "ארבעים": 40, "חמישים": 50, "שישים": 60, "שבעים": 70,
    "שמונים": 80, "תשעים": 90, "מאה": 100, "מאות": 100, "מאתיים": 200,
    "שנים עשר": 12, "ושנים עשר": 12, "שתים עשרה": 12, "ושתים עשרה": 12,
    "ועשרים": 20, "ושלושים": 30, "וארבעים": 40, "וחמישים": 50, "ושישים": 60, "ושבעים": 70, "ושמונים": 80,
    "ותשעים": 90, "ומאה": 100, "ועשרה": 10,
    "ואחד": 1, "ואחת": 1, "ושניים": 2, "ושתיים": 2, "ושלושה": 3, "ושלוש": 3, "וארבעה": 4, "וארבע": 4,
    "וחמישה": 5, "וחמש": 5, "ושישה": 6, "ושש": 6, "ושבעה": 7, "ושבע": 7, "ושמונה": 8, "ותשעה": 9, "ותשע": 9,
    # with the joined "to" of a rising toll ("מספר ההרוגים עלה לעשרים ושלושה": 23)
    "לעשרים": 20, "לשלושים": 30, "לארבעים": 40, "לחמישים": 50, "לשישים": 60, "לשבעים": 70, "לשמונים": 80,
    "לתשעים": 90, "למאה": 100, "למאתיים": 200, "לשלושה": 3, "לארבעה": 4, "לחמישה": 5, "לשישה": 6, "לשבעה": 7,
    "לשמונה": 8, "לתשעה": 9, "לעשרה": 10,
}  # fmt: skip
MULTIPLIERS = ("מאות",)  # "שלוש מאות" = 300
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "ועשרות": (12, 12, 99),
    "ומאות": (100, 100, 999),
    "ואלפי": (1000, 1000, 9999),
    "אלפי": (1000, 1000, 9999),
    "עשרות": (12, 12, 99),
    "מאות": (100, 100, 999),
    "אלפים": (1000, 1000, 9999),
    "עשרות אלפים": (10_000, 10_000, 99_999),
    "מאות אלפים": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "רצחו",
        # took the lives of ('... took the lives of 57'): the dead
        "גבתה את חייהם של", "גבה את חייהם של", "גבו את חייהם של",
        "נהרג", "הרוג", "ההרוג", "והרוג", "נרצח", "נרצחו", "נספ", "קיפחו את חייהם", "קיפח את חייו",
        "מצאו את מותם", "מצא את מותו", "איבדו את חייהם", "גופות", "מתים", "המתים", "חללים", "הרג את", "הרגו",
        "קורבנות",
        # the relative "ש" written on the verb ("16 האנשים שנהרגו", the 16 people who were killed)
        "שנהרג", "שנרצחו", "שנספו", "שמצאו את מותם",
    ),
    "wounded": (
        "נפצע", "פצוע", "הפצוע", "ופצוע", "נפגע", "הנפגע", "ונפגע", "אושפז", "פונו לבית החולים", "פונו לבתי החולים",
        "שנפצע", "שנפגע",  # the relative "ש" written on the verb
    ),
    "missing": ("נעדר", "הנעדר", "ונעדר", "נעלמו", "עקבותיהם"),
    "displaced": ("פונו מבתיהם", "מפונים", "עקורים", "איבדו את בתיהם"),
    "arrested": ("נעצר", "עצור", "העצור", "נעצרו"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("הרוגים ופצועים", "נהרגו או נפצעו", "הרוגים ונעדרים")
INJURY_GRADES = {
    "critical": ("אנוש", "קשה מאוד", "מצב קריטי"),
    "severe": ("קשה", "קשות", "באורח קשה"),
    "moderate": ("בינוני", "בינונית"),
    "light": ("קל", "קלה", "קלות", "באורח קל"),
}
COORDINATORS = ("ו", "בעוד", "ואילו")
RANGES = (("בין", "ל", ""), ("בין", "ל-", ""), ("בין", "לבין", ""))
QUALIFIERS_BEFORE = {
    "לפחות": "at_least",
    "ולפחות": "at_least",
    "ויותר מ": "more_than",
    "ויותר מ-": "more_than",
    "ומעל": "more_than",
    "וכמעט": "nearly",
    "וכ-": "about",
    "לא פחות מ": "at_least",
    "לא פחות מ-": "at_least",
    "יותר מ": "more_than",
    "יותר מ-": "more_than",
    "מעל": "more_than",
    "למעלה מ": "more_than",
    "למעלה מ-": "more_than",
    "כמעט": "nearly",
    "קרוב ל": "nearly",
    "קרוב ל-": "nearly",
    "כ-": "about",
    "כ": "about",
    "בערך": "about",
    "עד": "up_to",
}
REVISED_DOWN = ("עודכן כלפי מטה", "ירד ל")
EARLIER_BEFORE = ("בתחילה", "קודם לכן", "לפני כן", "במקור")
INCREMENT_BEFORE = ("עוד",)
PERPETRATORS = ("מחבל", "המחבל", "מפגע", "המפגע", "תוקף")
SUBSET_BEFORE = ("ביניהם", "בהם", "מתוכם", "כולל")
SUBSET_AFTER = ("מהם", "מתוכם")
# "בין הפצועים גם שלושה שוטרים" (among the wounded also three policemen): a part of the victims, not their count
AMONG = ("בין ה", "בקרב ה", "בין", "בקרב")
NOT_COUNTS_AFTER = (
    "פעמים", "שנים", "שנה", "שנות", "ק\"מ", "קילומטר", "מטר", "%", "אחוז", "שעות", "ימים", "דקות", "שקל",
    "ש\"ח", "דולר", "מעלות", "בניינים", "בתים", "טון",
)  # fmt: skip
# An age before the number ("גבר בן 45", "אישה בת 30") or a road's number ("בכביש 6"): no count
# ... and the day: a weekday is "day two" ("ביום שני", on Monday), a date "day 7" (no count)
NOT_COUNTS_BEFORE = (
    "בן", "בת", "בני", "בנות", "כבן", "כבת", "כביש", "בכביש", "קו", "בקו", "יום", "ביום", "מיום", "ליום",
)  # fmt: skip
COUNT_NOUNS = ("מספר", "מניין")
PROJECTION_BEFORE = ("עלול לעלות", "צפוי לעלות", "עשוי לעלות")
FROM_TO = (("מ", "ל"), ("מ-", "ל-"))
UPDATE_BEFORE = ("עלה ל", "עלה ל-", "האמיר ל", "הגיע ל", "הגיע ל-", "עומד על", "עמד על", "מגיע ל")
ACCORDING_BEFORE = ("לפי", "על פי", "לדברי", "כך לפי", "כך על פי", "כך מסר", "כך מסרה", "כך נמסר")
SPEECH_VERBS = ("מסר", "מסרה", "מסרו", "אמר", "אמרה", "אמרו", "הודיע", "הודיעה", "הודיעו", "דיווח", "דיווחה", "נמסר")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "משרד הבריאות": "ministry", "המשרד": "ministry", "משרד": "ministry", "השר": "minister", "שר": "minister",
    "הממשלה": "government", "הרשויות": "authorities", "המשטרה": "police", "משטרת": "police",
    "כבאות והצלה": "fire service", "הכבאים": "firefighters", "מד\"א": "ambulance service",
    "מגן דוד אדום": "ambulance service", "ראש העיר": "mayor", "הנשיא": "president", "המושל": "governor",
    "הדובר": "spokesperson", "דובר": "spokesperson", "דוברת": "spokesperson", "צה\"ל": "army",
    "בית החולים": "hospital", "הצלה": "rescuers", "זק\"א": "rescuers",
    # "כך מסרו במשטרה" (so said in the police): the source with "in" written onto it
    "במשטרה": "police", "במשטרת": "police", "בשירותי ההצלה": "rescuers", "שירותי ההצלה": "rescuers",
    "במד\"א": "ambulance service", "בזק\"א": "rescuers", "במשרד הבריאות": "ministry", "בכבאות והצלה": "fire service",
    "בצה\"ל": "army", "בבית החולים": "hospital",
}  # fmt: skip
LOCATIVES = ("ב", "ב-", "ליד", "סמוך ל")
HOME_COUNTRIES = ("IL",)
# ... and "ש" (that, which) before them: "בנמל עקבה שבירדן" (in the port of Aqaba, which is in Jordan)
JOINED_PARTICLES = ("ב", "ו", "ה", "ל", "מ", "וב", "ול", "ומ", "ש", "שב", "שה", "שמ")
# A place's name takes its particles before it, no ending after it: a word is never a name with its last letters
# taken off ('במקום', in the place, is no 'במקו', Bamako; 'נתניהו', Netanyahu, is no 'נתניה', Netanya)
PLACE_ENDINGS = 0
RELATIVES = ("אשר", "ש")
SINCE_START = ("מתחילת המלחמה", "מאז תחילת המלחמה", "מתחילת השנה", "מאז תחילת השנה")
SUPERLATIVES = ("הקטלני ביותר", "הקשה ביותר", "החמור ביותר", "הגדול ביותר")
DAYS_BACK = {"אתמול": 1, "שלשום": 2}
STILL_IN_CARE = ("עדיין", "נותרו", "נשארו", "מאושפזים")
CARE_WORDS = ("בית החולים", "בבית החולים", "בתי החולים", "בבתי החולים", "מאושפז")
HAZARD_FAMILIES = {
    "quake": ("רעידת אדמה", "רעידת האדמה", "צונאמי"),
    "water": (
        "שיטפון", "שיטפונות", "הצפות", "הוריקן", "טייפון", "מפולת", "ציקלון", "סופה", "סופת", "גשמים", "מפולות",
        "שטפון",
    ),
    "fire": ("שריפה", "השריפה", "שריפת", "פיצוץ", "הפיצוץ"),
    "air": ("מטוס", "המטוס", "מסוק", "המסוק", "התרסקות"),
    "rail": ("רכבת", "הרכבת"),
    "road": ("אוטובוס", "האוטובוס", "משאית", "תאונת דרכים"),
    "ship": ("ספינה", "הספינה", "סירה", "הסירה", "מעבורת"),
    "attack": (
        "פיגוע", "הפיגוע", "מתקפה", "המתקפה", "פצצה", "ירי", "הירי", "רקטות", "טילים", "פיצוץ", "מארב", "טבח", "הטבח",
        "מחבל", "מחבלים", "יריות", "דקירה", "פיגוע דקירה", "פיגוע ירי",
    ),
    "crowd": ("אסון הדוחק", "דוחק", "מהומות", "מהומה"),
    "collapse": ("קריסת", "קריסה", "התמוטטות"),
    "mine": ("מכרה", "המכרה", "כורים"),
    "weather": ("גל חום", "שרב", "עומס חום", "גל קור"),
    "volcano": ("הר געש", "התפרצות"),
}  # fmt: skip
