"""Amharic lexicon (shared shape, see `es.py` for the names): data only. Ethiopic script; verbs carry their subject
and tense in the word ("ሞተዋል", "ቆስለዋል", "የሞቱ"): triggers are written forms matched anywhere in a word (MATCH
"any"), never a stem so short that it is in another word ("ሞተ" is in "ሞተር", a motor). News writes Western digits
("15 ሰዎች"); "more than" is "ከ" joined before the number and "በላይ" after it ("ከ100 በላይ")."""

from __future__ import annotations

LANGUAGE = "am"
MATCH = "any"
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"ሺህ": 1000, "ሺ": 1000, "ሚሊዮን": 1_000_000}
NUMBER_WORDS = {
    "አንድ": 1, "ሁለት": 2, "ሶስት": 3, "ሦስት": 3, "አራት": 4, "አምስት": 5, "ስድስት": 6, "ሰባት": 7, "ስምንት": 8,
    "ዘጠኝ": 9, "አስር": 10, "አሥር": 10, "ሃያ": 20, "ሀያ": 20, "ሰላሳ": 30, "ሠላሳ": 30, "አርባ": 40, "ሃምሳ": 50,
    "ሀምሳ": 50, "ስልሳ": 60, "ሰባ": 70, "ሰማንያ": 80, "ዘጠና": 90, "መቶ": 100,
    # with "የ" (of) written onto them: "የሶስት ሰዎች ህይወት" (the life of three people)
    "የሁለት": 2, "የሶስት": 3, "የሦስት": 3, "የአራት": 4, "የአምስት": 5, "የስድስት": 6, "የሰባት": 7, "የስምንት": 8,
    "የአንድ": 1, "አንዲት": 1, "የአንዲት": 1, "የዘጠኝ": 9, "የአስር": 10, "የአሥር": 10,
}  # fmt: skip
# "አስራ" (ten and: the form ten takes before its unit): "አስራ አንድ" (11), "አስራ አምስት" (15)
NUMBER_WORDS |= {"አስራ": 10, "አሥራ": 10}
VAGUE_QUANTITIES = {
    "በአስር የሚቆጠሩ": (12, 12, 99),
    "በመቶዎች የሚቆጠሩ": (100, 100, 999),
    "በሺዎች የሚቆጠሩ": (1000, 1000, 9999),
    "በአስር ሺዎች የሚቆጠሩ": (10_000, 10_000, 99_999),
}
TRIGGERS = {
    "killed": (
        # the relative 'that killed N' of a look back (test_four_forms43)
        "ገደለው", "የገደለ",
        # took the lives of ('... took the lives of 57'): the dead
        "ሕይወት ቀጠፈ", "ህይወት ቀጠፈ", "ሕይወት ቀጥፏል", "ህይወት ቀጥፏል",
        "ሞተዋል", "ሞቷል", "የሞቱ", "ሞቱ", "ተገድለዋል", "ተገድሏል", "የተገደሉ", "ተገደሉ", "ገድለዋል", "ገደሉ",
        "ሕይወታቸው አልፏል", "ህይወታቸው አልፏል", "ሕይወታቸው አለፈ", "ህይወታቸው አለፈ", "ሕይወታቸውን አጥተዋል",
        "ህይወታቸውን አጥተዋል", "ህይወታቸውን ያጡ", "ሕይወታቸውን ያጡ", "ሕይወታቸው ያለፈ", "ህይወታቸው ያለፈ",
        "የሟቾች", "ሟቾች", "አስከሬን",
        # "N ሰዎች ህይወታቸውን ካጡ በኋላ" (after N people lost their lives): the conditional-past form
        "ህይወታቸውን ካጡ", "ሕይወታቸውን ካጡ",
        # "የN ሰዎች ህይወት ማለፉን" (that the life of N people passed): life told in the singular, its owners' count
        # before it with "የ" (of) written onto it
        "ህይወት ማለፉ", "ሕይወት ማለፉ", "ህይወት አልፏል", "ሕይወት አልፏል", "ህይወት አለፈ", "ሕይወት አለፈ",
        # "N ሰዎች መገደላቸውን ... ገልጸዋል" (said that N people were killed): the verbal noun of reported speech
        "መገደላቸ", "መገደሉን", "መሞታቸ", "መሞቱን",
        # one person: the verb in the singular, his or her life ("ሕይወቱ", "ሕይወቷ") passed; "ሞተ" (he died) alone is
        # in "ሞተር" (a motor), so it is read after its noun ("አንድ ሰው ሞተ", one person died)
        "ሕይወቱ አልፏል", "ህይወቱ አልፏል", "ሕይወቷ አልፏል", "ህይወቷ አልፏል", "ሕይወቱ አለፈ", "ህይወቱ አለፈ", "ሕይወቷ አለፈ",
        "ህይወቷ አለፈ", "ሕይወቱ ያለፈ", "ህይወቱ ያለፈ", "ሕይወቱ ሲያልፍ", "ህይወቱ ሲያልፍ", "ሕይወቷ ሲያልፍ", "ህይወቷ ሲያልፍ",
        "ሕይወት ሲያልፍ", "ህይወት ሲያልፍ", "ሕይወቱን አጥቷል", "ህይወቱን አጥቷል", "ሕይወቷን አጥታለች", "ህይወቷን አጥታለች",
        "ሰው ሞተ", "ሰው ሲሞት", "ሞተች", "ተገደለ", "ተገደለች",
    ),
    "wounded": (
        "ቆስለዋል", "ቆስሏል", "የቆሰሉ", "ቆሰሉ", "ቁስለኛ", "ቁስለኞች", "ጉዳት ደርሶባቸዋል", "ጉዳት የደረሰባቸው",
        "ጉዳት ደርሷል", "ተጎድተዋል", "የተጎዱ", "መቁሰላቸ", "መቁሰሉን",
        # one person: "ቆሰለ" (he was wounded; "ቆሰለች", "የቆሰለ"), "ቆስላለች" (she is), "ጉዳት ደርሶበታል" (harm reached him)
        "ቆሰለ", "ቆስላለች", "ጉዳት ደርሶበታል", "ጉዳት ደርሶባታል", "ተጎድቷል", "ተጎድታለች",
    ),
    "missing": ("የደረሱበት አልታወቀም", "የደረሱበት ያልታወቀ", "ጠፍተዋል", "የጠፉ", "የገቡበት አልታወቀም"),
    "displaced": ("ተፈናቅለዋል", "የተፈናቀሉ", "ተፈናቃዮች", "ተፈናቃይ"),
    "arrested": ("ታስረዋል", "የታሰሩ", "በቁጥጥር ስር ውለዋል", "በቁጥጥር ስር የዋሉ"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("የሞቱና የቆሰሉ", "ሞትና ጉዳት", "የሞቱ እና የቆሰሉ")
INJURY_GRADES = {
    "severe": ("ከባድ ጉዳት", "በከባድ ሁኔታ", "ከባድ"),
    "light": ("ቀላል ጉዳት", "ቀላል"),
}
COORDINATORS = ("እና", "ሲሆን", "ሲሞቱ")
QUALIFIERS_BEFORE = {"ቢያንስ": "at_least", "እስከ": "up_to", "በግምት": "about"}
QUALIFIERS_AFTER = {"በላይ": "more_than", "ገደማ": "about", "የሚጠጉ": "nearly", "የሚደርሱ": "about"}
UPDATE_BEFORE = ("ደርሷል", "ከፍ ብሏል", "ወደ")
UPDATE_AFTER = ("ደርሷል", "ከፍ ብሏል")
EARLIER_BEFORE = ("ቀደም ሲል", "መጀመሪያ ላይ")
INCREMENT_BEFORE = ("ተጨማሪ",)
SUBSET_BEFORE = ("ከእነዚህ ውስጥ", "ከነዚህ ውስጥ", "ከእነሱ መካከል", "ጨምሮ")
NOT_COUNTS_AFTER = (
    "ጊዜ", "ዓመት", "አመት", "ኪሎ ሜትር", "ኪ.ሜ", "ሜትር", "%", "በመቶ", "ሰዓት", "ቀናት", "ቀን", "ደቂቃ", "ብር", "ዶላር",
    "ቤቶች", "ቶን",
)  # fmt: skip
COUNT_NOUNS = ("ቁጥር",)
PROJECTION_BEFORE = ("ሊጨምር ይችላል", "ሊጨምር እንደሚችል")
ACCORDING_BEFORE = ("እንደ",)
SPEECH_VERBS = ("ገልጸዋል", "ገልጿል", "ተናግረዋል", "ተናግሯል", "አስታውቋል", "አስታውቀዋል", "አረጋግጠዋል", "አረጋግጧል")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ፖሊስ": "police", "ሚኒስቴር": "ministry", "ሚኒስትር": "minister", "መንግስት": "government", "መንግሥት": "government",
    "ባለስልጣናት": "authorities", "አስተዳደር": "administration", "ፕሬዝዳንት": "president", "ቃል አቀባይ": "spokesperson",
    "ሆስፒታል": "hospital", "ቀይ መስቀል": "red cross", "ኮሚሽን": "commission",
}  # fmt: skip
HOME_COUNTRIES = ("ET",)
# Written onto the front of a place's name (core.extract.world_places): "በአዲስ አበባ" (in Addis Ababa), "ከመቀሌ" (from
# Mekele), "የጅማ" (of Jimma), "ለደሴ" (for Dessie)
JOINED_PARTICLES = ("በ", "ከ", "የ", "ለ")
# Where a ship, a flight or people were going: a town right after these is a route's end, not where it happened
# (core.extract.world_places): "ወደ ናይሮቢ ሲበር" (flying to Nairobi)
ROUTE_BEFORE = ("ወደ",)
DAYS_BACK = {"ትናንት": 1, "ትላንት": 1}
STILL_IN_CARE = ("አሁንም", "በአሁኑ ሰዓት")
CARE_WORDS = ("ሆስፒታል", "ህክምና", "ሕክምና")
HAZARD_FAMILIES = {
    "quake": ("የመሬት መንቀጥቀጥ", "መሬት መንቀጥቀጥ"),
    "water": ("ጎርፍ", "የጎርፍ", "የመሬት መንሸራተት", "መሬት መንሸራተት"),
    "fire": ("እሳት", "የእሳት", "ፍንዳታ"),
    "air": ("አውሮፕላን", "ሄሊኮፕተር"),
    "road": ("የትራፊክ አደጋ", "አውቶቡስ", "ተሽከርካሪ"),
    "ship": ("ጀልባ", "መርከብ"),
    "attack": ("ጥቃት", "የቦምብ", "ቦምብ", "ፍንዳታ", "ጥቃቱ", "ተኩስ"),
    "mine": ("የማዕድን", "ማዕድን"),
    "collapse": ("መደርመስ", "ፈረሰ"),
}  # fmt: skip
# "እንደ ፖሊስ ገለጻ" (according to the police's statement): the statement's word is no part of the source
SOURCE_TRAILING = ("ገለጻ", "መረጃ", "ገለፃ")
