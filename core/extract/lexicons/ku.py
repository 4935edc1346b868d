"""Kurdish (Kurmanji, in Latin letters) lexicon (shared shape, see `es.py` for the names): data only. Words take
endings ("birîndaran", of the injured; "miriyan", of the dead; "Amedê", of Diyarbakır): triggers are word
beginnings (MATCH "prefix"). The count comes before its noun ("12 kes mirin", 12 people died; "30 kes birîndar
bûn", 30 people were injured); tens and units are joined by "û" ("bîst û sê", 23); a day takes "ê" before its
month ("8ê Gulanê"), whose names dateparser does not have (`MONTHS`). Sorani, in Arabic letters, is read by `ckb`:
feeds label it "ku" too (`SCRIPT_TWINS`)."""

from __future__ import annotations

LANGUAGE = "ku"
MATCH = "prefix"
SCRIPT_TWINS = {"ARABIC": "ckb"}  # a text labelled "ku" in Arabic letters is Sorani
DIGIT_GROUPS = ".,"
DECIMAL = ","
SCALES = {"hezar": 1000, "milyon": 1_000_000}
NUMBER_WORDS = {
    "yek": 1, "du": 2, "sê": 3, "çar": 4, "pênc": 5, "şeş": 6, "heft": 7, "heşt": 8, "neh": 9, "deh": 10,
    "yazdeh": 11, "diwanzdeh": 12, "sêzdeh": 13, "çardeh": 14, "panzdeh": 15, "şanzdeh": 16, "hivdeh": 17,
    "hejdeh": 18, "nozdeh": 19, "bîst": 20, "sî": 30, "çil": 40, "pêncî": 50, "şêst": 60, "heftê": 70,
    "heştê": 80, "nod": 90, "sed": 100,
}  # fmt: skip
NUMBER_WORDS |= {"diwazdeh": 12, "duwazdeh": 12, "pazdeh": 15, "şazdeh": 16, "hevdeh": 17}  # spoken spellings
MULTIPLIERS = ("sed",)  # "sê sed" (300)
NUMBER_JOINERS = ("û",)  # "bîst û sê" (23)
VAGUE_QUANTITIES = {
    "bi dehan": (12, 12, 99), "dehan": (12, 12, 99), "bi sedan": (100, 100, 999), "bi hezaran": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        "mirin", "mir", "miriyan", "mirî", "hatin kuştin", "hat kuştin", "kuştin", "kuşt", "jiyana xwe ji dest",
        "canê xwe ji dest", "canê xwe da", "cenaze", "termê", "hatin qetilkirin", "qetilkirin",
        "xeniqîn", "xeniqî",  # drowned
        "şehîd bûn", "şehîd ketin", "şehîd bû", "şehîd kirin",  # martyred: "5 leşker şehîd bûn"
    ),
    "wounded": ("birîndar", "birîn", "hatin nexweşxaneyê", "rakirin nexweşxaneyê"),
    "missing": ("winda", "wenda", "windabû", "wendabû"),
    "displaced": ("koçber", "bêmal", "bê mal", "hatin valakirin", "derbider"),
    "arrested": ("hatin girtin", "hat girtin", "binçav", "hatin desteserkirin", "hatin girtî"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("mirin û birîndar", "miriyan û birîndaran")
INJURY_GRADES = {
    "critical": ("rewşa wan giran e", "rewşa krîtîk"),
    "severe": ("bi giranî", "giran"),
    "light": ("bi siviktî", "sivik"),
}
COORDINATORS = ("û", "lê", "jî")
QUALIFIERS_BEFORE = {
    "herî kêm": "at_least", "kêmtirîn": "at_least", "zêdetirî": "more_than", "zêdeyî": "more_than",
    "ji zêdetirî": "more_than", "nêzî": "nearly", "nêzîkî": "nearly", "bi qasî": "about", "derdora": "about",
    "hema bêje": "nearly",
}  # fmt: skip
QUALIFIERS_AFTER = {"zêdetir": "more_than"}
# verb-final: "hejmara miriyan gihîşt 15an" (the toll reached 15)
UPDATE_AFTER = ("gihîşt", "gihişt", "bilind bû", "zêde bû")
COUNT_NOUNS = ("hejmar",)
EARLIER_BEFORE = ("di destpêkê de", "berê")
INCREMENT_BEFORE = ("din",)
SUBSET_BEFORE = ("di nav wan de", "ji wan")
NOT_COUNTS_AFTER = (
    "sal", "salî", "km", "kîlometre", "metre", "%", "ji sedî", "saet", "roj", "deqîqe", "dolar", "lîre", "xanî",
    "avahî", "car",
)  # fmt: skip
ACCORDING_BEFORE = ("li gorî", "bi gotina")
ACCORDING_AFTER = ("daxuyand", "ragihand")
SPEECH_VERBS = ("got", "ragihand", "daxuyand", "piştrast kir", "diyar kir", "da zanîn")
VERB_FINAL = True
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polîs": "police", "walîtî": "governor", "walî": "governor", "hikûmet": "government", "wezaret": "ministry",
    "wezîr": "minister", "nexweşxane": "hospital", "şaredarî": "local authorities", "afad": "disaster agency",
    "parastina sivîl": "emergency service", "asayîş": "police",
}  # fmt: skip
HOME_COUNTRIES = ("TR", "IQ", "SY")
LOCATIVES = ("li", "li bajarê", "li gundê")
DAYS_BACK = {"duh": 1, "doh": 1}
STILL_IN_CARE = ("hê jî", "hîn jî")
CARE_WORDS = ("nexweşxane",)
HAZARD_FAMILIES = {
    "quake": ("erdhej*",),
    "water": ("lehî", "lehiyê", "lehiyan"),
    "fire": ("şewat*", "teqîn*"),
    "air": ("balafir*",),
    "road": ("otobûs*", "qezaya trafîkê"),
    "attack": ("êriş", "êrişa", "êrişek", "teqîn*"),
}  # fmt: skip
NEGATIONS = ("ne", "tu kes", "nîne")
# Dates (core.extract.world_dates): dateparser has no Kurmanji; "8ê Gulanê" (8 May)
MONTHS = {
    "kanûna paşîn": 1, "rêbendan": 1, "sibat": 2, "reşemî": 2, "adar": 3, "nîsan": 4, "gulan": 5, "hezîran": 6,
    "pûşper": 6, "tîrmeh": 7, "tebax": 8, "gelawêj": 8, "îlon": 9, "rezber": 9, "cotmeh": 10, "kewçêr": 10,
    "mijdar": 11, "sermawez": 11, "kanûna pêşîn": 12, "berfanbar": 12,
}  # fmt: skip
DAY_MONTH_LINKS = ("ê", "yê", "an")
