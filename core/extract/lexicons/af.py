"""Afrikaans lexicon (shared shape, see `es.py` for the names): data only. Close to Dutch, yet its own words:
"gesterf" (died, nl "gestorven"), "beseer" (injured, nl "gewond"), "minstens"/"ten minste" (at least), "sowat"
(about), "gister" (yesterday), and its function words "die", "is", "het", "nie", "wat" that py3langid tells it by.
Tens follow their unit joined by "-en-" ("drie-en-twintig", 23)."""

from __future__ import annotations

LANGUAGE = "af"
MATCH = "word"
DIGIT_GROUPS = " ."
DECIMAL = ","
SCALES = {"duisend": 1000, "miljoen": 1_000_000}
NUMBER_WORDS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vyf": 5, "ses": 6, "sewe": 7, "agt": 8, "nege": 9, "tien": 10,
    "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vyftien": 15, "sestien": 16, "sewentien": 17,
    "agttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vyftig": 50, "sestig": 60,
    "sewentig": 70, "tagtig": 80, "negentig": 90, "honderd": 100, "honderde": 100,
}  # fmt: skip
MULTIPLIERS = ("honderd",)  # "drie honderd" (300), written as one word too ("tweehonderd")
COMPOUND_NUMBERS = True
NUMBER_JOINERS = ("en",)  # "drie-en-twintig" (23): the unit before its ten
VAGUE_QUANTITIES = {
    "dosyne": (12, 12, 99), "tientalle": (12, 12, 99), "honderde": (100, 100, 999), "duisende": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": (
        # 'killed', perfect: 'wat 150 mense gedood het' (test_four_forms43)
        "gedood",
        "dood", "dooie", "dooies", "gesterf", "sterf", "sterftes", "omgekom", "om die lewe gekom", "vermoor",
        "doodgemaak", "doodgeskiet", "lyke", "sterftetal", "dodetal", "noodlottig", "noodlottig beseer",
        # 'left life' (died), 'claimed the lives' ("die brand het sewe mense se lewe geëis"), drowned
        "die lewe gelaat", "se lewe geëis", "se lewens geëis", "verdrink", "verdrinkte",
    ),
    "wounded": ("beseer", "beserings", "gewond", "gewondes", "hospitaal opgeneem", "na die hospitaal geneem"),
    "missing": ("vermis", "vermiste", "word vermis"),
    "displaced": ("ontruim", "haweloos", "dakloos", "ontheem"),
    "arrested": ("gearresteer", "in hegtenis geneem", "aangehou", "arrestasies"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("dood en beseer", "dood of beseer", "dood of vermis")
INJURY_GRADES = {
    "critical": ("kritiek", "kritieke toestand"),
    "severe": ("ernstig", "ernstige", "ernstig beseer"),
    "light": ("lig", "ligte", "lig beseer"),
}
COORDINATORS = ("en", "terwyl")
RANGES = (("tussen", "en", ""),)
QUALIFIERS_BEFORE = {
    "minstens": "at_least", "ten minste": "at_least", "meer as": "more_than", "oor die": "more_than",
    "sowat": "about", "ongeveer": "about", "omtrent": "about", "byna": "nearly", "amper": "nearly",
    "tot": "up_to",
}  # fmt: skip
SUBSET_BEFORE = ("onder wie", "onder hulle", "insluitend", "waarvan")
NOT_COUNTS_AFTER = (
    "jaar", "km", "kilometer", "meter", "%", "persent", "uur", "dae", "minute", "rand", "huise", "hektaar", "keer",
)  # fmt: skip
COUNT_NOUNS = ("getal", "aantal")
TOLL_NOUNS = ("dodetal", "sterftetal")
UPDATE_BEFORE = ("gestyg tot", "styg tot", "het tot", "gestyg na", "toegeneem tot")
EARLIER_BEFORE = ("aanvanklik", "eers", "vroeër")
INCREMENT_BEFORE = ("nog", "nog eens")
ACCORDING_BEFORE = ("volgens",)
SPEECH_VERBS = ("het gesê", "gesê", "sê", "bevestig", "berig", "het bevestig", "meegedeel")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "polisie": "police", "saps": "police", "regering": "government", "minister": "minister",
    "departement": "ministry", "hospitaal": "hospital", "munisipaliteit": "local authorities",
    "burgemeester": "mayor", "nooddienste": "emergency service", "paramedici": "paramedics",
    "woordvoerder": "spokesperson",
}  # fmt: skip
SOURCE_LEADING = ("die",)
LOCATIVES = ("in", "naby", "by")
HOME_COUNTRIES = ("ZA", "NA")
DAYS_BACK = {"gister": 1, "eergister": 2}
STILL_IN_CARE = ("steeds", "nog")
CARE_WORDS = ("hospitaal",)
HAZARD_FAMILIES = {
    "quake": ("aardbewing*",),
    "water": ("vloed*", "oorstroming*"),
    "fire": ("veldbrand*", "huisbrand*", "ontploffing*"),
    "air": ("vliegtuig*", "helikopter*"),
    "rail": ("trein*",),
    "road": ("bus", "motorongeluk*", "padongeluk*", "botsing*"),
    "attack": ("skietery*", "aanval*"),
}  # fmt: skip
NEGATIONS = ("nie", "geen", "niemand")
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("niemand", "geen")
# A relative pronoun after a comma goes on with the counted people (core.extract.world_binding):
# "16 mense, wat dood is"
RELATIVES = ("wat",)
