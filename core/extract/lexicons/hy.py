"""Armenian lexicon (shared shape, see `es.py` for the names): data only. Words take case endings and the article
at their end ("զոհերի", "վիրավորները"): triggers are word beginnings (MATCH "prefix"). Endings are written after
a hyphen onto digits ("30-ը", the 30; "15-ի", to 15; "100-ից ավելի", more than 100): `HYPHEN_ENDINGS` keep such a
number a count. The sentence ends with "։" (read as a full stop)."""

from __future__ import annotations

LANGUAGE = "hy"
MATCH = "prefix"
LATIN_PLACES = False
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
DIGIT_GROUPS = " ,"
DECIMAL = "."
SCALES = {"հազար": 1000, "միլիոն": 1_000_000}
NUMBER_WORDS = {
    "մեկ": 1, "երկու": 2, "երեք": 3, "չորս": 4, "հինգ": 5, "վեց": 6, "յոթ": 7, "յոթը": 7, "ութ": 8, "ութը": 8,
    "ինը": 9, "ինն": 9, "տաս": 10, "տասը": 10, "տասնմեկ": 11, "տասներկու": 12, "տասներեք": 13, "տասնչորս": 14,
    "տասնհինգ": 15, "տասնվեց": 16, "տասնյոթ": 17, "տասնութ": 18, "տասնինը": 19, "քսան": 20, "երեսուն": 30,
    "քառասուն": 40, "հիսուն": 50, "վաթսուն": 60, "յոթանասուն": 70, "ութսուն": 80, "իննսուն": 90, "հարյուր": 100,
    # the number with the article: "երկուսը" (the two), "երեքն" ("երեքն էլ", all three)
    "երկուսը": 2, "երկուսն": 2, "երեքը": 3, "երեքն": 3, "չորսը": 4, "հինգը": 5,
}  # fmt: skip
# 21-99 written as one word, the ten and its unit ("քսանմեկ", 21; "երեսունհինգ", 35)
NUMBER_WORDS |= {
    f"{ten}{unit}": tens + n
    for ten, tens in (("քսան", 20), ("երեսուն", 30), ("քառասուն", 40), ("հիսուն", 50), ("վաթսուն", 60),
                      ("յոթանասուն", 70), ("ութսուն", 80), ("իննսուն", 90))
    for n, unit in enumerate(("մեկ", "երկու", "երեք", "չորս", "հինգ", "վեց", "յոթ", "ութ", "ինը"), start=1)
}  # fmt: skip
MULTIPLIERS = ("հարյուր",)  # "երեք հարյուր" = 300
HYPHEN_ENDINGS = ("ը", "ն", "ի", "ից", "ով", "ում", "ին", "ից ավելի", "ից ավել", "ը վիրավոր", "ի չափով")
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "տասնյակ": (12, 12, 99),
    "տասնյակներ": (12, 12, 99),
    "հարյուրավոր": (100, 100, 999),
    "հազարավոր": (1000, 1000, 9999),
    "տասնյակ հազարավոր": (10_000, 10_000, 99_999),
}
TRIGGERS = {
    "killed": (
        # 'took the lives' ('կյանք խլած', test_four_forms43)
        "կյանք խլ",
        # took the lives of ('... took the lives of 57'): the dead
        "կյանք խլեց",
        # "12 մարդ զոհվել է" (12 people perished), "զոհերի թիվը" (the number of the victims), "մահացել են" (died)
        "զոհվ", "զոհ", "մահաց", "մահվան", "մահը", "սպանվ", "սպանված", "սպանել", "կյանքից զրկվ", "կյանքը կորցր",
        "դիակ", "դիեր", "խեղդամահ",
    ),
    "wounded": (
        "վիրավոր", "վնասվածք", "տուժել", "տուժած", "հոսպիտալաց", "հիվանդանոց տեղափոխվ", "հիվանդանոց են տեղափոխվել",
        "մարմնական վնասվածք",
    ),
    "missing": ("անհայտ կորած", "անհետ կորած", "որոնվում են", "համարվում են անհայտ"),
    "displaced": ("տարհանվ", "տարհանել", "տեղահանվ", "տեղահանված", "անօթևան"),
    "arrested": ("ձերբակալ", "բերման ենթարկ", "կալանավոր", "կալանք"),
}  # fmt: skip
DEAD_AND_WOUNDED = ("զոհեր և վիրավորներ", "զոհված և վիրավորված", "զոհերի և վիրավորների", "զոհված կամ վիրավոր")
INJURY_GRADES = {
    "critical": ("ծայրահեղ ծանր", "կրիտիկական", "կյանքին վտանգ"),
    "severe": ("ծանր",),
    "moderate": ("միջին ծանրության",),
    "light": ("թեթև",),
}
COORDINATORS = ("և", "ու", "իսկ", "մինչդեռ")
RANGES = (("", "-ից", "-ը"),)
QUALIFIERS_BEFORE = {
    "առնվազն": "at_least",
    "նվազագույնը": "at_least",
    "ավելի քան": "more_than",
    "ավելի, քան": "more_than",
    "մոտ": "about",
    "շուրջ": "about",
    "մոտավորապես": "about",
    "գրեթե": "nearly",
    "համարյա": "nearly",
}
QUALIFIERS_AFTER = {"-ից ավելի": "more_than", "-ից ավել": "more_than", "ից ավելի": "more_than"}
# Toll verbs before the number: "զոհերի թիվը հասել է 15-ի" (the toll has reached 15)
UPDATE_BEFORE = ("հասել է", "հասավ", "հասնում է", "աճել է մինչև", "աճեց մինչև", "ավելացել է մինչև", "կազմում է")
REVISED_DOWN = ("նվազել է մինչև", "նվազեց մինչև")
EARLIER_BEFORE = ("սկզբում", "ավելի վաղ", "նախապես", "նախնական")
INCREMENT_BEFORE = ("ևս",)
PERPETRATORS = ("հարձակվող", "ահաբեկիչ")
SUBSET_BEFORE = ("այդ թվում", "նրանց թվում", "որոնցից", "նրանցից")
SUBSET_AFTER = ("նրանցից",)
NOT_COUNTS_AFTER = (
    "անգամ", "տարեկան", "տարի", "տարվա", "կմ", "կիլոմետր", "մետր", "%", "տոկոս", "ժամ", "օր", "րոպե", "դրամ",
    "դոլար", "եվրո", "աստիճան", "տուն", "տներ", "շենք", "տոննա",
)  # fmt: skip
COUNT_NOUNS = ("թիվը", "թիվ", "քանակը")
ACCORDING_BEFORE = ("համաձայն", "ըստ")
ACCORDING_AFTER = ("տվյալներով", "հաղորդմամբ", "տեղեկություններով", "փոխանցմամբ")
SPEECH_VERBS = (
    "հայտնում են", "հայտնել է", "հայտնել են", "հայտնեց", "հայտնեցին", "ասել է", "ասաց", "հաղորդում է",
    "հաղորդում են", "հաստատել է", "հաստատեց", "տեղեկացնում է", "տեղեկացրել է", "հայտարարել է", "հայտարարեց",
)  # fmt: skip
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ոստիկանություն": "police", "ներքին գործերի նախարարություն": "police", "նախարարություն": "ministry",
    "նախարար": "minister", "կառավարություն": "government", "իշխանություններ": "authorities",
    "արտակարգ իրավիճակների նախարարություն": "emergency service", "փրկարար": "rescuers", "հրշեջ": "firefighters",
    "քաղաքապետ": "mayor", "նախագահ": "president", "վարչապետ": "prime minister", "խոսնակ": "spokesperson",
    "հիվանդանոց": "hospital", "առողջապահության նախարարություն": "ministry", "դատախազություն": "prosecutor",
    "քննչական կոմիտե": "investigators",
}  # fmt: skip
HOME_COUNTRIES = ("AM",)
CAPITAL_WORDS = ("մայրաքաղաք",)
DAYS_BACK = {"երեկ": 1, "երեկ երեկոյան": 1, "անցած գիշեր": 1}
STILL_IN_CARE = ("դեռևս", "շարունակում են", "մնում են")
CARE_WORDS = ("հիվանդանոց", "հոսպիտալաց")
SINCE_START = ("պատերազմի սկզբից", "տարեսկզբից", "տարվա սկզբից")
HAZARD_FAMILIES = {
    "quake": ("երկրաշարժ*", "ցունամի"),
    "water": ("ջրհեղեղ*", "հեղեղ*", "սողանք*", "սելավ*", "ձնահյուս*", "փոթորիկ*", "փոթորկ*", "տայֆուն*"),
    "fire": ("հրդեհ*", "պայթյուն*", "այրվ*"),
    "air": ("ինքնաթիռ*", "ուղղաթիռ*", "ավիավթար*"),
    "rail": ("գնացք*", "երկաթուղ*"),
    "road": ("ավտոբուս*", "բեռնատար*", "ավտովթար*", "ճանապարհատրանսպորտային*", "վթար*"),
    "ship": ("նավ*", "լաստանավ*", "նավակ*", "խորտակ*"),
    "attack": ("հարձակում*", "ահաբեկչ*", "պայթյուն*", "կրակոց*", "հրթիռ*", "ռմբակոծ*", "հրետակոծ*", "անօդաչու*"),
    "crowd": ("ջախջախ*", "խուճապ*"),
    "collapse": ("փլուզ*", "փլվ*"),
    "mine": ("հանք*", "հանքափոր*"),
    "weather": ("շոգ*", "կայծակ*", "ցուրտ*"),
    "volcano": ("հրաբուխ*", "ժայթք*", "լավա"),
}  # fmt: skip
SINGULAR_DEATHS = ("մահացել է", "զոհվել է")
NEGATIONS = ("չի", "չեն", "ոչ")
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {
    "killed": (
        "խլեց ... կյանք*",
    ),
}
