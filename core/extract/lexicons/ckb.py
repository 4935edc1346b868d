"""Central Kurdish (Sorani, in Arabic letters) lexicon (shared shape, see `es.py` for the names): data only.
Endings and clitics are written onto words ("کوژران", were killed; "بریندارەکان", the injured; "گیانیان
لەدەستدا", they lost their lives): triggers match anywhere in a word (MATCH "any"). The count comes before its
people's word ("١٢ کەس", 12 people), tens and units joined by "و" ("بیست و سێ", 23). py3langid has no Sorani and
reads it as Southern Kurdish ("sdh", read by this lexicon: `ALIASES`), sure of it: its own letters (ە, ێ, ۆ, ڕ)
keep it apart from Persian and Arabic."""

from __future__ import annotations

LANGUAGE = "ckb"
MATCH = "any"
LATIN_PLACES = False
DIGIT_GROUPS = ",٬"
DECIMAL = "٫"
SCALES = {"هەزار": 1000, "ملیۆن": 1_000_000}
NUMBER_WORDS = {
    "یەک": 1, "دوو": 2, "سێ": 3, "چوار": 4, "پێنج": 5, "شەش": 6, "حەوت": 7, "هەشت": 8, "نۆ": 9, "دە": 10,
    "یازدە": 11, "دوازدە": 12, "سیانزە": 13, "چواردە": 14, "پازدە": 15, "شازدە": 16, "حەڤدە": 17, "هەژدە": 18,
    "نۆزدە": 19, "بیست": 20, "سی": 30, "چل": 40, "پەنجا": 50, "شەست": 60, "حەفتا": 70, "هەشتا": 80, "نەوەد": 90,
    "سەد": 100,
}  # fmt: skip
MULTIPLIERS = ("سەد",)  # "سێ سەد" (300)
NUMBER_JOINERS = ("و",)  # "بیست و سێ" (23)
VAGUE_QUANTITIES = {"دەیان": (12, 12, 99), "سەدان": (100, 100, 999), "هەزاران": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        "کوژران", "کوژرا", "کوژراو", "گیانیان لەدەستدا", "گیانی لەدەستدا", "گیانیان لە دەستدا", "مردن", "مردوو",
        "تەرمی", "تەرم",
        # perished ("١٠ کەس تیاچوون"), 'were martyred' (a victim of an attack or a disaster, as the press writes
        # it), the active 'killed' after its object ("٩ کەسی کوشت")
        "تیاچوون", "تیاچوو", "شەهید بوون", "شەهیدبوون", "شەهید کران", "شەهیدکران", "کوشت",
        "خنکان",  # drowned
    ),
    "wounded": ("بریندار", "برینداربوون", "بریندارکران", "زامدار", "گوازرانەوە بۆ نەخۆشخانە"),
    "missing": ("بێسەروشوێن", "ون بوون", "ونبوون"),
    "displaced": ("ئاوارە", "بێ لانە", "چۆڵکران"),
    "arrested": ("دەستگیرکران", "دەستگیر کران", "دەستگیرکرا", "گیران"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("کوژراو و بریندار", "کوژران و بریندار")
INJURY_GRADES = {"critical": ("مەترسیدار",), "severe": ("سەخت", "بە سەختی"), "light": ("سووک", "بە سووکی")}
COORDINATORS = ("و", "بەڵام", "هەروەها")
QUALIFIERS_BEFORE = {
    "لانیکەم": "at_least", "لانی کەم": "at_least", "زیاتر لە": "more_than", "زیاتر لە ": "more_than",
    "نزیکەی": "about", "نزیکەی ": "about", "کەمتر لە": "up_to",
}  # fmt: skip
UPDATE_BEFORE = ("گەیشتە", "بەرزبووەوە بۆ", "بەرز بووەوە بۆ")
COUNT_NOUNS = ("ژمارەی",)
EARLIER_BEFORE = ("پێشتر", "سەرەتا")
INCREMENT_BEFORE = ("تر",)
SUBSET_BEFORE = ("لەوانە", "لە نێوانیاندا")
NOT_COUNTS_AFTER = (
    "ساڵ", "کیلۆمەتر", "مەتر", "%", "لەسەد", "کاتژمێر", "ڕۆژ", "خولەک", "دۆلار", "دینار", "خانوو", "جار",
)  # fmt: skip
ACCORDING_BEFORE = ("بەپێی", "بە پێی", "بەگوێرەی")
SPEECH_VERBS = ("ڕایگەیاند", "وتی", "گوتی", "ئاشکرای کرد", "پشتڕاستی کردەوە")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "پۆلیس": "police", "ئاسایش": "police", "حکومەت": "government", "وەزارەت": "ministry", "وەزیر": "minister",
    "نەخۆشخانە": "hospital", "پارێزگار": "governor", "بەرگری شارستانی": "emergency service",
    "تەندروستی": "health ministry",
}  # fmt: skip
HOME_COUNTRIES = ("IQ", "IR")
LOCATIVES = ("لە", "لە شاری", "لە شارۆچکەی")
DAYS_BACK = {"دوێنێ": 1, "دوێنی": 1}
STILL_IN_CARE = ("هێشتا",)
CARE_WORDS = ("نەخۆشخانە",)
HAZARD_FAMILIES = {
    "quake": ("بوومەلەرزە",),
    "water": ("لافاو",),
    "fire": ("ئاگرکەوتنەوە", "تەقینەوە"),
    "road": ("ڕووداوی هاتوچۆ",),
    "attack": ("هێرش", "تەقینەوە"),
}  # fmt: skip
NEGATIONS = ("نە", "هیچ کەس")
