"""Khmer lexicon (shared shape, see `es.py` for the names): data only. Written without spaces between words (spaces part
phrases): triggers match anywhere (MATCH "any"). The count takes the counter of people "នាក់" ("12 នាក់បានស្លាប់", 12
persons died); newsrooms write figures in Khmer or Arabic digits (digits of any script are digits); the sentence ends
with "។" (read as a full stop). Number words alone are left out (NUMBER_WORDS: only with a counter written on):
written without spaces they sit inside everyday words, as in Thai."""

from __future__ import annotations

LANGUAGE = "km"
MATCH = "any"
SPACED = False
LATIN_PLACES = False
DIGIT_GROUPS = "."
DECIMAL = ","
SCALES = {"ពាន់": 1000, "ម៉ឺន": 10_000, "សែន": 100_000, "លាន": 1_000_000}
# the counter after a count of people ("12 នាក់"): the count (core.extract.multilingual)
PERSON_COUNTERS = ("នាក់",)
# A number word (two to twenty) is read only with the counter of people written on it ("ប្រាំបួននាក់", nine
# persons): alone it sits inside everyday words
_units = ("មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន", "ដប់")
_two_to_twenty = {word: n for n, word in enumerate(_units, start=1) if n > 1} | {
    "ម្ភៃ": 20, **{"ដប់" + word: 10 + n for n, word in enumerate(_units[:9], start=1)},
}  # fmt: skip
NUMBER_WORDS = {word + counter: n for word, n in _two_to_twenty.items() for counter in PERSON_COUNTERS}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {"រាប់សិប": (12, 12, 99), "រាប់រយ": (100, 100, 999), "រាប់ពាន់": (1000, 1000, 9999)}
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "ឆក់យកជីវិត",
        "ស្លាប់",  # "អ្នកស្លាប់" (the dead), "បានស្លាប់" (died)
        "ស្លាប់មនុស្ស",  # "បណ្តាលឱ្យស្លាប់មនុស្ស 3 នាក់" (caused the death of 3 people): the count right after
        "បាត់បង់ជីវិត",  # lost their life
        "សាកសព",  # bodies
        "សម្លាប់",  # killed
        "សម្លាប់មនុស្ស",  # "បានសម្លាប់មនុស្ស 7 នាក់" (killed 7 people)
        "មរណភាព",
        "ពលីជីវិត",
        "គ្មានជីវិត",
    ),
    "wounded": ("របួស", "របួសមនុស្ស", "ត្រូវបានបញ្ជូនទៅមន្ទីរពេទ្យ", "សម្រាកព្យាបាលនៅមន្ទីរពេទ្យ"),
    "missing": ("បាត់ខ្លួន",),
    "displaced": ("ជម្លៀស", "ភៀសខ្លួន", "គ្មានទីជម្រក", "បាត់បង់ទីលំនៅ"),
    "arrested": ("ចាប់ខ្លួន", "ឃាត់ខ្លួន"),
}
# The dead and the wounded counted together ("អ្នកស្លាប់និងរបួសសរុប 40 នាក់"): neither metric counts it
DEAD_AND_WOUNDED = ("ស្លាប់និងរបួស", "ស្លាប់ និងរបួស", "ស្លាប់ ឬរបួស", "ស្លាប់និងបាត់ខ្លួន")
INJURY_GRADES = {"severe": ("របួសធ្ងន់", "ធ្ងន់ធ្ងរ"), "light": ("របួសស្រាល", "ស្រាល")}
COORDINATORS = ("និង", "ខណៈដែល", "ខណៈ", "ហើយ")
RANGES = (("ចន្លោះពី", "ទៅ", ""), ("ពី", "ដល់", ""))
QUALIFIERS_BEFORE = {
    "យ៉ាងហោចណាស់": "at_least",
    "យ៉ាងតិច": "at_least",
    "យ៉ាងតិចបំផុត": "at_least",
    "ច្រើនជាង": "more_than",
    "ជាង": "more_than",
    "លើសពី": "more_than",
    "ជិត": "nearly",
    "ស្ទើរតែ": "nearly",
    "ប្រមាណ": "about",
    "ប្រហែល": "about",
    "ប្រមាណជា": "about",
    "រហូតដល់": "up_to",
}
# Toll verbs before the number: "ចំនួនអ្នកស្លាប់បានកើនឡើងដល់ 15 នាក់" (the number of the dead rose to 15)
UPDATE_BEFORE = ("កើនឡើងដល់", "កើនឡើងជា", "កើនដល់", "ឡើងដល់", "កើនឡើងរហូតដល់")
REVISED_DOWN = ("ថយចុះមកត្រឹម", "ធ្លាក់មកត្រឹម")
EARLIER_BEFORE = ("ដំបូង", "មុននេះ", "កាលពីមុន")
INCREMENT_BEFORE = ("ថែមទៀត", "បន្ថែម")
SUBSET_BEFORE = ("ក្នុងនោះ", "ក្នុងចំណោមនោះ", "រួមទាំង", "ក្នុងចំណោមពួកគេ")
NOT_COUNTS_AFTER = (
    "ឆ្នាំ", "ម៉ែត្រ", "គីឡូម៉ែត្រ", "គ.ម", "%", "ភាគរយ", "ម៉ោង", "ថ្ងៃ", "នាទី", "រៀល", "ដុល្លារ", "ខ្នង", "គ្រឿង",
    "ដង", "ខេត្ត", "ជាន់", "រ៉ិចទ័រ", "អង្សា", "តោន",
)  # fmt: skip
COUNT_NOUNS = ("ចំនួន",)
ACCORDING_BEFORE = ("នេះបើតាមប្រសាសន៍របស់", "បើតាមប្រសាសន៍របស់", "យោងតាមរបាយការណ៍របស់", "យោងតាម", "បើតាម")
SPEECH_VERBS = ("បានឱ្យដឹងថា", "បានអោយដឹងថា", "បានប្រាប់ថា", "បាននិយាយថា", "បានបញ្ជាក់ថា", "បានថ្លែងថា")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ប៉ូលីស": "police", "នគរបាល": "police", "ក្រសួង": "ministry", "រដ្ឋាភិបាល": "government",
    "អាជ្ញាធរ": "authorities", "អភិបាល": "governor", "នាយករដ្ឋមន្ត្រី": "prime minister", "មន្ទីរពេទ្យ": "hospital",
    "អ្នកនាំពាក្យ": "spokesperson", "មន្ត្រី": "officials", "គណៈកម្មាធិការជាតិគ្រប់គ្រងគ្រោះមហន្តរាយ": "disaster committee",
}  # fmt: skip
HOME_COUNTRIES = ("KH",)
CAPITAL_WORDS = ("រាជធានី",)
DAYS_BACK = {"កាលពីម្សិលមិញ": 1, "ម្សិលមិញ": 1, "កាលពីយប់មិញ": 1, "យប់មិញ": 1}
STILL_IN_CARE = ("នៅតែ", "កំពុងសម្រាក")
CARE_WORDS = ("មន្ទីរពេទ្យ", "ព្យាបាល")
HAZARD_FAMILIES = {
    "quake": ("រញ្ជួយដី", "រលកយក្សស៊ូណាមិ"),
    "water": ("ទឹកជំនន់", "ព្យុះ", "ដីបាក់", "ភ្លៀងធ្លាក់ខ្លាំង"),
    "fire": ("ភ្លើងឆេះ", "អគ្គិភ័យ", "ផ្ទុះ"),
    "air": ("យន្តហោះ", "ឧទ្ធម្ភាគចក្រ"),
    "rail": ("រថភ្លើង",),
    "road": ("ឡានក្រុង", "រថយន្តដឹកអ្នកដំណើរ", "គ្រោះថ្នាក់ចរាចរណ៍", "ឡានដឹកទំនិញ", "រថយន្តដឹកទំនិញ"),
    "ship": ("ទូកលិច", "កប៉ាល់", "ទូក"),
    "attack": ("វាយប្រហារ", "បាញ់", "គ្រាប់បែក", "ភេរវកម្ម"),
    "crowd": ("ជាន់គ្នា",),
    "collapse": ("រលំ", "បាក់ស្ពាន"),
    "mine": ("អណ្តូងរ៉ែ",),
    "weather": ("រន្ទះ", "កម្តៅខ្លាំង"),
}  # fmt: skip
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("ខ្មាន់កាំភ្លើង", "ជនល្មើស")
