"""Danish lexicon (shared shape, see `es.py` for the names): data only."""

from __future__ import annotations

LANGUAGE = "da"
MATCH = "word"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"tusind": 1000, "millioner": 1_000_000}
NUMBER_WORDS = {
    "en": 1,
    "et": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "tyve": 20,
    "tredive": 30,
    "fyrre": 40,
    "halvtreds": 50,
    "hundrede": 100,
    # teens and the vigesimal tens; a unit before the tens with 'og' ('enogtyve' = 21)
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tres": 60,
    "halvfjerds": 70,
    "firs": 80,
    "halvfems": 90,
}
COMPOUND_NUMBERS = True  # "enogtyve", "femogtredive": written as one word
NUMBER_JOINERS = ("og",)
TRIGGERS = {
    "killed": (
        "dræbt",
        "dræbte",
        "døde",
        "død",
        "omkom",
        "omkommet",
        "omkomne",
        "dødsofre",
        "dødstal*",
        "mistede livet",
        "dødsfald",
    ),
    "wounded": ("sårede", "såret", "kvæstede", "kvæstet", "skadede", "tilskadekomne"),
    "missing": ("savnede", "savnet", "forsvundne"),
    "displaced": ("evakueret", "evakuerede", "hjemløse"),
    "arrested": ("anholdt", "anholdte", "arresteret", "anholdelser"),
}
QUALIFIERS_BEFORE = {
    "mindst": "at_least",
    "i hvert fald": "at_least",
    "mere end": "more_than",
    "over": "more_than",
    "flere end": "more_than",
    "op til": "up_to",
    "op mod": "up_to",
    "næsten": "nearly",
    "knap": "nearly",
    "omkring": "about",
    "cirka": "about",
    "ca.": "about",
}
SUBSET_BEFORE = ("heriblandt", "blandt dem", "herunder", "inklusive")
NOT_COUNTS_AFTER = (
    "år",
    "km",
    "kilometer",
    "meter",
    "%",
    "procent",
    "timer",
    "dage",
    "minutter",
    "kroner",
    "dollar",
    "grader",
)
COUNT_NOUNS = ("antallet",)
PROJECTION_BEFORE = ("kan stige", "frygter")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("i", "ved")
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("DK",)
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("jordskælv*", "tsunami"),
    "water": ("oversvømmelse*", "uvejr*", "orkan*", "tyfon*", "jordskred*", "skybrud*"),
    "fire": ("branden", "brande", "*brand", "eksplosion*"),  # not "brand" alone: an English word and name
    "air": ("flyet", "flystyrt*", "flyulykke*", "helikopter*"),
    "rail": ("toget", "togulykke*", "jernbane*", "afsporing*"),
    "road": ("bus", "busser", "busulykke*", "lastbil*"),
    "ship": ("skib*", "færge*", "båd*", "forlis*", "kæntr*"),
    "attack": ("angreb*", "terror*", "bombe", "bomben", "bombeangreb*", "skyderi*", "massakre*", "raket*"),
    "crowd": ("trængsel*",),
    "collapse": ("kollaps*", "sammenstyrt*"),
}  # fmt: skip

# A weekday with a part of the day or a case ending written onto it ("torsdagen", "torsdagsaften"):
# read by core.extract.world_dates
WEEKDAY_SUFFIXES = ("en", "s", "saften", "smorgen", "snat")
