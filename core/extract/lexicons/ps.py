"""Pashto lexicon (shared shape, see `es.py` for the names): data only. Arabic script with Pashto's own letters;
Persian-style digits are read as digits; verbs are written as a participle and an auxiliary ("وژل شوي", "ټپيان
شوي") and words take attached endings, so triggers match anywhere (MATCH "any"), never a form so short that it is
in another word. "More than" is "له" before the number and "ډېر"/"زیات" after it ("له ۱۰۰ ډېر")."""

from __future__ import annotations

LANGUAGE = "ps"
MATCH = "any"
LATIN_PLACES = False
DIGIT_GROUPS = ",٬"
DECIMAL = "٫"
SCALES = {"زره": 1000, "زر": 1000, "میلیونه": 1_000_000, "ملیونه": 1_000_000}
NUMBER_WORDS = {
    "دوه": 2, "درې": 3, "دری": 3, "څلور": 4, "پنځه": 5, "شپږ": 6, "اووه": 7, "اوه": 7, "اته": 8,
    "نهه": 9, "لس": 10, "یوولس": 11, "دولس": 12, "دیارلس": 13, "څوارلس": 14, "پنځلس": 15, "شپاړس": 16,
    "اوولس": 17, "اتلس": 18, "نولس": 19, "شل": 20, "دېرش": 30, "دیرش": 30, "څلوېښت": 40, "څلویښت": 40,
    "پنځوس": 50, "شپېته": 60, "اویا": 70, "اتیا": 80, "نوي": 90, "سل": 100,
}  # fmt: skip
NUMBER_JOINERS = ("او",)
VAGUE_QUANTITIES = {"لسګونه": (12, 12, 99), "سلګونه": (100, 100, 999), "زرګونه": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        "وژل شوي", "ووژل شول", "ووژل", "وژل شوې", "وژونکي", "مړه شوي", "مړه شول", "مړي", "مړو", "ژوند یې له لاسه",
        # dead, its verb said once for two figures ("نهه کسان مړه او 14 نور ټپيان شول")
        "مړه او",
        "ژوند له لاسه", "د مړو", "جسدونه", "مړینه", "وژلي", "ووژل شوو", "شهیدان", "شهید شول", "شهيدان",
    ),
    "wounded": ("ټپيان", "ټپیان", "ټپي شوي", "ټپي شول", "ټپي", "زخمي", "ژوبل", "ژوبلې", "روغتون ته"),
    "missing": ("ورک دي", "ورک شوي", "ورک شول", "لا درک"),
    "displaced": ("بې ځایه", "بې کوره", "کډوال", "وتښتېدل"),
    "arrested": ("ونیول شول", "نیول شوي", "ګرفتار", "ونیول"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("مړه او ټپيان", "وژل شوي او ټپيان", "مړي او ټپيان", "تلفات", "مرګ ژوبله", "مرګ ژوبلې")
INJURY_GRADES = {
    "critical": ("حالت یې نازک", "حالت نازک"),
    "severe": ("سخت ټپي", "په سخته"),
    "light": ("سطحي", "لږ ټپي"),
}
COORDINATORS = ("او", "په داسې حال کې")
RANGES = (("له", "تر", ""), ("د", "تر", ""))
QUALIFIERS_BEFORE = {
    "لږ تر لږه": "at_least", "لږترلږه": "at_least", "نږدې": "nearly", "نږدی": "nearly", "شاوخوا": "about",
    "تر": "up_to", "تقریبا": "about", "تقریباً": "about", "کابو": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {"ډېر": "more_than", "ډیر": "more_than", "زیات": "more_than"}
UPDATE_BEFORE = ("ته ورسېد", "ته لوړه شوه", "ته رسېدلې")
UPDATE_AFTER = ("ته ورسېده", "ته ورسېد", "ته رسېدلې", "ته لوړه شوې", "ته لوړه شوه")
EARLIER_BEFORE = ("مخکې", "لومړی", "پخوا")
INCREMENT_BEFORE = ("نور",)
SUBSET_BEFORE = ("په دوی کې", "په دې کې", "پشمول", "په شمول")
NOT_COUNTS_AFTER = (
    "ځله", "کاله", "کلن", "کیلومتره", "کیلومتر", "متره", "%", "سلنه", "ساعته", "ورځې", "دقیقې", "افغانۍ",
    "ډالر", "کورونه", "ټنه",
)  # fmt: skip
COUNT_NOUNS = ("شمېر", "شمیر")
PROJECTION_BEFORE = ("ښايي", "احتمال لري", "ممکن")
ACCORDING_BEFORE = ("د راپور له مخې",)
ACCORDING_AFTER = ("په وینا", "له مخې")
SPEECH_VERBS = ("وویل", "ویلي", "وایي", "اعلان کړ", "تایید کړ", "تائید کړ", "خبر ورکړ", "ښودلې")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "پولیس": "police", "پولیسو": "police", "وزارت": "ministry", "وزیر": "minister", "حکومت": "government",
    "چارواکي": "officials", "چارواکو": "officials", "والي": "governor", "ولسمشر": "president", "ویاند": "spokesperson",
    "روغتون": "hospital", "طالبان": "taliban", "سره میاشت": "red crescent", "د پېښو مدیریت": "disaster agency",
}  # fmt: skip
HOME_COUNTRIES = ("AF", "PK")
JOINED_PARTICLES = ("په", "له", "د")
DAYS_BACK = {"پرون": 1, "تېره شپه": 1, "پرونۍ": 1}
STILL_IN_CARE = ("لا هم", "اوس هم")
CARE_WORDS = ("روغتون", "درملنه")
# Kinds of disaster a headline names (read by core.events.hazards, anywhere in any headline for a language of MATCH
# "any"): only words that are no part of a Persian or Urdu word of another sense ("اور" is Urdu's "and", "بس"
# Persian's "enough")
HAZARD_FAMILIES = {
    "quake": ("زلزله", "زلزلې", "زلزلو"),
    "water": ("سیلاب", "سېلاب", "توپان", "برفکوچ"),
    "fire": ("اورلګېدنه", "اورلګیدنه", "چاودنه", "چاودنې"),
    "air": ("الوتکه", "الوتکې"),
    "road": ("ترافیکي",),
    "ship": ("بېړۍ", "کښتۍ"),
    "attack": ("حمله", "چاودنه", "چاودنې", "ځانمرګي"),
    "collapse": ("نړېدل",),
}  # fmt: skip
SOURCE_LEADING = ("د",)  # "د پولیسو په وینا": the genitive particle before the source is no part of it
