"""Telugu lexicon (shared shape, see `es.py` for the names): data only. Endings are written onto their word and
onto digits ("15కు పెరిగింది", rose to 15; "100కు పైగా", more than 100): stems take endings (MATCH "prefix").
People are counted with "మంది" ("12 మంది మృతి చెందారు", 12 persons died); small numbers of people are words of
their own ("ముగ్గురు", three persons); "కాగా" (while) joins the dead and the hurt ("... మృతి చెందగా, 30 మంది
గాయపడ్డారు")."""

from __future__ import annotations

LANGUAGE = "te"
MATCH = "prefix"
LATIN_PLACES = False
DIGIT_GROUPS = ","
LAKH_GROUPS = True
DECIMAL = "."
SCALES = {"వేల": 1000, "వేలు": 1000, "వేయి": 1000, "లక్ష": 100_000, "లక్షల": 100_000, "కోట్ల": 10_000_000}
NUMBER_WORDS = {
    "ఒకటి": 1, "రెండు": 2, "మూడు": 3, "నాలుగు": 4, "ఐదు": 5, "ఆరు": 6, "ఏడు": 7, "ఎనిమిది": 8, "తొమ్మిది": 9,
    "పది": 10, "ఇరవై": 20, "ముప్పై": 30, "నలభై": 40, "యాభై": 50, "వంద": 100,
    # persons: "ఇద్దరు మృతి" (two persons died), "ముగ్గురు గల్లంతు" (three missing)
    "ఒకరు": 1, "ఇద్దరు": 2, "ముగ్గురు": 3, "నలుగురు": 4, "ఐదుగురు": 5, "ఆరుగురు": 6, "ఏడుగురు": 7,
    "ఎనిమిదిమంది": 8, "తొమ్మిదిమంది": 9, "పదిమంది": 10, "వందమంది": 100,
}  # fmt: skip
# the teens ("పదిహేను", 15) and a thousand ("వెయ్యి")
NUMBER_WORDS |= {
    "పదకొండు": 11, "పన్నెండు": 12, "పదమూడు": 13, "పద్నాలుగు": 14, "పదిహేను": 15, "పదహారు": 16, "పదిహేడు": 17,
    "పద్దెనిమిది": 18, "పందొమ్మిది": 19, "వెయ్యి": 1000,
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {"పదుల సంఖ్యలో": (12, 12, 99), "వందల సంఖ్యలో": (100, 100, 999), "వేల సంఖ్యలో": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # 'were killed', 'killed', 'that took' (test_four_forms43)
        "హత్యకు గుర", "చంప", "బలిగొన్న",
        # took the lives of ('... took the lives of 57'): the dead
        "ప్రాణాలను బలిగొ", "ప్రాణాలు బలిగొ", "ప్రాణాలను బలి తీసుకు",
        # "12 మంది మృతి చెందారు" (12 persons died), "మృతుల సంఖ్య" (the number of the dead), "దుర్మరణం" (died in an
        # accident), "ప్రాణాలు కోల్పోయారు" (lost their lives)
        "మృతి", "మృతు", "మృతదేహ", "మరణించ", "మరణా", "చనిపోయ", "ప్రాణాలు కోల్పోయ", "హతమ", "దుర్మరణ", "సజీవ దహన",
    ),
    "wounded": ("గాయప", "గాయాల", "గాయాలు", "క్షతగాత్రు", "ఆసుపత్రికి తరలించ", "ఆస్పత్రికి తరలించ"),
    "missing": ("గల్లంత", "కనిపించకుండా పోయ", "ఆచూకీ లభించ"),
    "displaced": ("నిరాశ్రయు", "పునరావాస కేంద్రాల", "సురక్షిత ప్రాంతాలకు తరలించ", "ఖాళీ చేయించ"),
    "arrested": ("అరెస్టు", "అరెస్ట్", "అదుపులోకి"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("మృతులు, క్షతగాత్రులు", "మృతులు మరియు క్షతగాత్రులు")
INJURY_GRADES = {"critical": ("పరిస్థితి విషమం", "విషమంగా"), "severe": ("తీవ్రంగా", "తీవ్ర"), "light": ("స్వల్ప",)}
COORDINATORS = ("మరియు", "కాగా", "అలాగే")
QUALIFIERS_BEFORE = {
    "కనీసం": "at_least", "సుమారు": "about", "సుమారుగా": "about", "దాదాపు": "about", "దాదాపుగా": "about",
    "ఇంచుమించు": "about",
}  # fmt: skip
QUALIFIERS_AFTER = {"కు పైగా": "more_than", "కి పైగా": "more_than", "పైగా": "more_than", "మందికి పైగా": "more_than"}
QUALIFIERS_AFTER_NOUN = {"కి పైగా": "more_than", "పైగా": "more_than"}
# Toll verbs after the number (verb-final): "మృతుల సంఖ్య 15కు పెరిగింది" (the toll rose to 15)
UPDATE_AFTER = ("కు పెరిగింది", "కి పెరిగింది", "పెరిగింది", "కు చేరింది", "కి చేరింది", "చేరింది")
EARLIER_BEFORE = ("మొదట", "ముందుగా", "తొలుత")
SUBSET_BEFORE = ("వీరిలో", "వారిలో", "మృతుల్లో", "క్షతగాత్రుల్లో")
NOT_COUNTS_AFTER = (
    "సార్లు", "ఏళ్ల", "సంవత్సర", "కిలోమీటర్", "కి.మీ", "మీటర్", "%", "శాతం", "గంటల", "రోజుల", "నిమిషాల",
    "రూపాయల", "అంతస్తుల",
)  # fmt: skip
COUNT_NOUNS = ("సంఖ్య",)
ACCORDING_AFTER = ("సమాచారం ప్రకారం", "ప్రకారం", "కథనం ప్రకారం")
SPEECH_VERBS = ("తెలిపారు", "చెప్పారు", "వెల్లడించారు", "ధ్రువీకరించారు", "పేర్కొన్నారు")
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "పోలీసులు": "police", "పోలీస్": "police", "ప్రభుత్వం": "government", "మంత్రి": "minister",
    "ముఖ్యమంత్రి": "chief minister", "కలెక్టర్": "collector", "అధికారులు": "officials", "ఆసుపత్రి": "hospital",
    "అగ్నిమాపక": "fire brigade",
}  # fmt: skip
HOME_COUNTRIES = ("IN",)
CAPITAL_WORDS = ("రాజధాని",)
HAZARD_FAMILIES = {
    "quake": ("భూకంప*",),
    "water": ("వరద*", "కొండచరియ*", "తుపాను*", "తుఫాను*", "భారీ వర్ష*"),
    "fire": ("అగ్నిప్రమాద*", "మంటల*", "పేలుడు*"),
    "air": ("విమాన*", "హెలికాప్టర్*"),
    "rail": ("రైలు*", "రైల్వే*"),
    "road": ("బస్సు*", "లారీ*", "రోడ్డు ప్రమాద*"),
    "ship": ("పడవ*", "బోటు*"),
    "attack": ("దాడి*", "కాల్పుల*", "బాంబు*", "ఉగ్రదాడి*"),
    "crowd": ("తొక్కిసలాట*",),
    "collapse": ("కుప్పకూల*",),
}  # fmt: skip
