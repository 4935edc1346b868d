"""Tigrinya lexicon (shared shape, see `es.py` for the names): data only. Whole words (MATCH "word"), in the Ge'ez
script as Amharic, whose words it does not share for the dead and the injured ("ሞይቶም", they died; "ቆሲሎም", they
were wounded; Amharic "ሞቱ", "ቆሰሉ"). The count comes before its noun ("ሰለስተ ሰባት ሞይቶም", three people died; "12
ሰባት"); a compound's parts each take "-ን" (and: "ዕስራን ሓሙሽተን", 25). py3langid has no Tigrinya and reads it as
Amharic: a text is told Tigrinya by its share of the language's own function words (`FUNCTION_WORDS`)."""

from __future__ import annotations

LANGUAGE = "ti"
MATCH = "word"
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"ሽሕ": 1000, "ሚልዮን": 1_000_000}
_plain = (
    ("ሓደ", 1), ("ክልተ", 2), ("ሰለስተ", 3), ("ኣርባዕተ", 4), ("ሓሙሽተ", 5), ("ሽዱሽተ", 6), ("ሸውዓተ", 7),
    ("ሸሞንተ", 8), ("ትሽዓተ", 9), ("ዓሰርተ", 10), ("ዕስራ", 20), ("ሰላሳ", 30), ("ኣርብዓ", 40), ("ሓምሳ", 50),
    ("ስሳ", 60), ("ሰብዓ", 70), ("ሰማንያ", 80), ("ቴስዓ", 90), ("ሚእቲ", 100),
)  # fmt: skip
# each number alone and with "-ን" (and) written onto it ("ዕስራን ሓደን", 21)
NUMBER_WORDS = {form: value for word, value in _plain for form in (word, word + "ን")}
NUMBER_WORDS |= {"ሽሕ": 1000, "ሽሕን": 1000, "ሚእትን": 100}  # "ሚእትን ዓሰርተን" (110)
VAGUE_QUANTITIES = {"ኣማኢት": (100, 100, 999), "ኣሽሓት": (1000, 1000, 9999), "ኣሰርተታት": (12, 12, 99)}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43), the relative, the dead ('በዝሒ ምዉታት')
        "ቐቲሎም", "ቀቲሎም", "ዝቐተለ", "ዝቐተሉ", "ምዉታት",
        "ሞይቶም", "ሞይቱ", "ሞይታ", "ሞቱ", "ተቐቲሎም", "ተቐቲሉ", "ሂወቶም ስኢኖም", "ህይወቶም ስኢኖም", "ሂወቶም ሓሊፉ",
        "ህይወቶም ሓሊፉ", "ሬሳ", "ዝሞቱ", "ጥሒሎም",  # drowned
    ),
    "wounded": ("ቆሲሎም", "ቆሲሉ", "ዝቖሰሉ", "ማህሰይቲ", "ሆስፒታል", "ተጎዲኦም"),
    "missing": ("ጠፊኦም", "ደሃይ ዘይብሎም", "ዝጠፍኡ"),
    "displaced": ("ተመዛቢሎም", "ተፈናቒሎም", "ገዛ ኣልቦ"),
    "arrested": ("ተኣሲሮም", "ተታሒዞም", "ተኣሲሩ"),
}  # fmt: skip
COORDINATORS = ("ከምኡ'ውን", "ድማ", "ግን")
QUALIFIERS_BEFORE = {"እንተወሓደ": "at_least", "ልዕሊ": "more_than", "ኣስታት": "about", "ዳርጋ": "nearly"}
UPDATE_BEFORE = ("በጺሑ", "ዓሪጉ")
COUNT_NOUNS = ("ቁጽሪ",)
INCREMENT_BEFORE = ("ተወሳኺ",)
SUBSET_BEFORE = ("ካብኣቶም",)
NOT_COUNTS_AFTER = ("ዓመት", "ዓመቱ", "መዓልቲ", "ሰዓት", "ደቒቕ", "ኪሎሜተር", "ሜተር", "%", "ናቕፋ", "ብር", "ዶላር", "ገዛ", "ኣዋርሕ")
ACCORDING_BEFORE = ("ከም ዝበሎ", "ብመሰረት")
SPEECH_VERBS = ("ኢሉ", "ገሊጹ", "ኣፍሊጡ", "ሓቢሩ", "ኢሎም", "ገሊጾም")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ፖሊስ": "police", "መንግስቲ": "government", "ሚኒስትሪ": "ministry", "ሆስፒታል": "hospital", "ሰራዊት": "army",
}  # fmt: skip
LOCATIVES = ("ኣብ", "ኣብቲ")
HOME_COUNTRIES = ("ER", "ET")
DAYS_BACK = {"ትማሊ": 1}
CARE_WORDS = ("ሆስፒታል",)
HAZARD_FAMILIES = {
    "water": ("ውሕጅ",),
    "fire": ("ሓዊ", "ባርዕ"),
    "road": ("ሓደጋ መኪና", "ናይ መኪና ሓደጋ"),
    "attack": ("መጥቃዕቲ",),
}  # fmt: skip
NEGATIONS = ("የለን", "ዋላ ሓደ")
# Words of its own a Tigrinya text is full of, none an Amharic word (`core.extract.language`): 'in' (ኣብ), 'from'
# (ካብ), 'of' (ናይ), 'with' (ምስ), 'is' (እዩ), 'the' (እቲ), 'also' (ድማ), its 'people' (ሰባት)
FUNCTION_WORDS = (
    "ኣብ", "ካብ", "ናይ", "ምስ", "እዩ", "እዮም", "ከም", "ድማ", "እቲ", "ነቲ", "ኣብቲ", "ካብቲ", "እዚ", "ኣሎ", "ኣለዉ",
    "ነይሩ", "ነይሮም", "ግን", "ሰባት", "ብዘይካ", "ኩሎም", "ናብ", "ናብቲ", "ምኽንያት", "ብምኽንያት", "ከምኡ'ውን", "እውን",
    "ዝኾኑ", "ዝበሉ", "ኢሉ", "እቶም",
)  # fmt: skip
