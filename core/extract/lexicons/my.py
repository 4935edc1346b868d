"""Burmese lexicon (shared shape, see `es.py` for the names): data only. Myanmar script, written without spaces between
words (spaces part phrases): triggers match anywhere (MATCH "any", SPACED False). Counts are Myanmar digits ("၁၄၄")
with a counter of people after them ("လူ ၁၄၄ ဦး"); qualifiers follow the number ("၁၀၀ ကျော်", more than 100). The
digits' number words alone are left out (NUMBER_WORDS: only with a counter): "နှစ်" (two) is also a year, "လေး"
(four) also 'heavy'. Sentences end with "။", clauses with "၊"."""

from __future__ import annotations

LANGUAGE = "my"
MATCH = "any"
SPACED = False
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"ထောင်": 1000, "သောင်း": 10_000, "သိန်း": 100_000}
VAGUE_QUANTITIES = {
    "ဒါဇင်ပေါင်းများစွာ": (12, 12, 99),
    "ရာပေါင်းများစွာ": (100, 100, 999),
    "ထောင်ပေါင်းများစွာ": (1000, 1000, 9999),
}
TRIGGERS = {
    # with the person suffix "သူ" ("သေဆုံးသူ ၃၅၆၄ ဦး": the dead, 3564): the label right before its count
    "killed": (
        # the active past, 'they killed N' (test_four_forms43) ('သတ်ဖြတ်ခဲ့')
        "သတ်ဖြတ်","သေဆုံးသူ", "သေဆုံး", "အသက်ဆုံးရှုံး", "ကျဆုံး", "သတ်ဖြတ်ခံရ", "အလောင်း"),
    "wounded": ("ဒဏ်ရာရသူ", "ဒဏ်ရာရ", "ဒဏ်ရာ", "ထိခိုက်ဒဏ်ရာ"),
    "missing": ("ပျောက်ဆုံးသူ", "ပျောက်ဆုံး", "ပျောက်ဆုံးနေ"),
    "displaced": ("အိုးအိမ်မဲ့", "နေရပ်စွန့်ခွာ", "ဘေးလွတ်ရာ"),
    "arrested": ("ဖမ်းဆီး",),
}
DEAD_AND_WOUNDED = ("သေဆုံးဒဏ်ရာရ", "အသေအပျောက်")
COORDINATORS = ("နှင့်", "ပြီး")
QUALIFIERS_BEFORE = {"အနည်းဆုံး လူ": "at_least", "အနည်းဆုံး": "at_least"}  # also before the people's noun
QUALIFIERS_AFTER = {"ကျော်": "more_than", "ခန့်": "about", "နီးပါး": "nearly", "ထက်ပို": "more_than"}
PERSON_COUNTERS = ("ဦး", "ယောက်")
# A number word (two to twenty) is read only with the counter of people written on it ("ကိုးဦး", nine persons):
# alone "နှစ်" (two) is also a year, "လေး" (four) also 'heavy'
_units = ("တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး", "တစ်ဆယ်")
_two_to_twenty = {word: n for n, word in enumerate(_units, start=1) if n > 1} | {
    "ဆယ်": 10, "နှစ်ဆယ်": 20, **{"ဆယ့်" + word: 10 + n for n, word in enumerate(_units[:9], start=1)},
}  # fmt: skip
NUMBER_WORDS = {word + counter: n for word, n in _two_to_twenty.items() for counter in PERSON_COUNTERS}
UPDATE_AFTER = ("အထိ မြင့်တက်", "အထိ တိုးလာ", "မြင့်တက်", "တိုးလာ")
EARLIER_BEFORE = ("ယခင်က", "အစပိုင်းတွင်")
SUBSET_BEFORE = ("၎င်းတို့အနက်", "ယင်းတို့အနက်", "အပါအဝင်")
NOT_COUNTS_AFTER = (
    "ကြိမ်", "နှစ်", "ကီလိုမီတာ", "မီတာ", "%", "ရာခိုင်နှုန်း", "နာရီ", "ရက်", "မိနစ်", "ကျပ်", "ဒေါ်လာ", "အိမ်", "လုံး",
)  # fmt: skip
COUNT_NOUNS = ("အရေအတွက်", "ဦးရေ")
ACCORDING_AFTER = ("အဆိုအရ", "၏အဆိုအရ", "ကပြောသည်", "ထုတ်ပြန်ချက်အရ")
SPEECH_VERBS = ("ပြောကြားခဲ့", "ပြောသည်", "ထုတ်ပြန်", "အတည်ပြု")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ရဲ": "police", "စစ်ကောင်စီ": "military council", "အစိုးရ": "government", "ဝန်ကြီးဌာန": "ministry",
    "ကယ်ဆယ်ရေး": "rescuers", "မီးသတ်": "fire service", "ဆေးရုံ": "hospital", "အာဏာပိုင်": "authorities",
}  # fmt: skip
VERB_FINAL = True
HOME_COUNTRIES = ("MM",)
DAYS_BACK = {"မနေ့က": 1}
STILL_IN_CARE = ("ဆက်လက်",)
CARE_WORDS = ("ဆေးရုံ", "ဆေးကုသ")
HAZARD_FAMILIES = {
    "quake": ("ငလျင်",),
    "water": ("ရေကြီး", "မုန်တိုင်း", "မြေပြို"),
    "fire": ("မီးလောင်", "ပေါက်ကွဲ"),
    "air": ("လေယာဉ်", "ရဟတ်ယာဉ်"),
    "road": ("ယာဉ်တိုက်", "ကားမှောက်"),
    "ship": ("သင်္ဘော", "လှေမှောက်"),
    "attack": ("လေကြောင်းတိုက်ခိုက်", "တိုက်ခိုက်မှု", "ဗုံး", "ပေါက်ကွဲ"),
    "collapse": ("ပြိုကျ",),
    "mine": ("ကျောက်စိမ်းမိုင်း", "မိုင်းတွင်း"),
}  # fmt: skip
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("သေနတ်သမား",)
