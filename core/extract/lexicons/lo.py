"""Lao lexicon (shared shape, see `es.py` for the names): data only. Written without spaces between words (spaces part
phrases and sentences), as Thai is: triggers match anywhere (MATCH "any"). The count takes a counter ("ເສຍຊີວິດ 3
ຄົນ", 3 persons died); newsrooms write figures in digits, Lao or Arabic (digits of any script are digits), grouped
with a dot or a comma ("6.600 ຄົນ"). Number words alone are left out (NUMBER_WORDS: only with a counter written on):
written without spaces they sit inside everyday words. Lao writes some letters two ways (the old 'ຫລ' and the new
'ຫຼ': "ຫລາຍ", "ຫຼາຍ", many; 'ຫນ' and 'ໜ'): words with them are listed each way."""

from __future__ import annotations

LANGUAGE = "lo"
MATCH = "any"
SPACED = False
LATIN_PLACES = False
DIGIT_GROUPS = ".,"
DECIMAL = ","
SCALES = {"ພັນ": 1000, "ໝື່ນ": 10_000, "ຫມື່ນ": 10_000, "ແສນ": 100_000, "ລ້ານ": 1_000_000}
# the counter after a count of people ("3 ຄົນ", "2 ລາຍ", "5 ສົບ"): the count (core.extract.multilingual)
PERSON_COUNTERS = ("ຄົນ", "ລາຍ", "ສົບ")
# A number word (two to twenty) is read only with the counter of people written on it ("ເກົ້າຄົນ", nine persons):
# alone it sits inside everyday words, as Thai's does
_units = ("ໜຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ", "ສິບ")
_two_to_twenty = {word: n for n, word in enumerate(_units, start=1) if n > 1} | {
    "ສິບເອັດ": 11, "ຊາວ": 20, **{"ສິບ" + word: 10 + n for n, word in enumerate(_units[1:9], start=2)},
}  # fmt: skip
NUMBER_WORDS = {word + counter: n for word, n in _two_to_twenty.items() for counter in PERSON_COUNTERS}
VAGUE_QUANTITIES = {
    "ຫຼາຍສິບ": (12, 12, 99), "ຫລາຍສິບ": (12, 12, 99), "ຫຼາຍຮ້ອຍ": (100, 100, 999), "ຫລາຍຮ້ອຍ": (100, 100, 999),
    "ຫຼາຍພັນ": (1000, 1000, 9999), "ຫລາຍພັນ": (1000, 1000, 9999),
}  # fmt: skip
TRIGGERS = {
    "killed": ("ເສຍຊີວິດ", "ຕາຍ", "ສົບ", "ຂ້າ"),  # "ຜູ້ເສຍຊີວິດ" (the dead); bodies; "ຖືກຂ້າ" (was killed)
    "wounded": ("ບາດເຈັບ", "ໄດ້ຮັບບາດເຈັບ"),
    "missing": ("ສູນຫາຍ", "ຫາຍສາບສູນ"),
    "displaced": ("ບໍ່ມີທີ່ຢູ່ອາໄສ", "ໄຮ້ທີ່ຢູ່ອາໄສ", "ອົບພະຍົບ"),
    "arrested": ("ຈັບກຸມ", "ຖືກຈັບ"),
}
DEAD_AND_WOUNDED = ("ເສຍຊີວິດ ແລະ ບາດເຈັບ", "ເສຍຊີວິດແລະບາດເຈັບ", "ເສຍຊີວິດ ແລະ ສູນຫາຍ")
COORDINATORS = ("ແລະ", "ຂະນະທີ່")
QUALIFIERS_BEFORE = {
    "ຢ່າງໜ້ອຍ": "at_least", "ຢ່າງຫນ້ອຍ": "at_least", "ບໍ່ຕ່ຳກວ່າ": "at_least", "ຫຼາຍກວ່າ": "more_than",
    "ຫລາຍກວ່າ": "more_than", "ກວ່າ": "more_than", "ເກີນ": "more_than", "ເກືອບ": "nearly", "ປະມານ": "about",
}  # fmt: skip
# "ຈຳນວນຜູ້ເສຍຊີວິດເພີ່ມຂຶ້ນເປັນ 40 ຄົນ": the number of the dead has risen to 40
UPDATE_BEFORE = ("ເພີ່ມຂຶ້ນເປັນ", "ເພີ່ມເປັນ", "ເພີ່ມຂຶ້ນຮອດ")
INCREMENT_BEFORE = ("ອີກ", "ເພີ່ມອີກ")
SUBSET_BEFORE = ("ໃນນັ້ນ", "ໃນຈຳນວນນີ້")
NOT_COUNTS_AFTER = (
    "ປີ", "ແມັດ", "ກິໂລແມັດ", "ກມ", "%", "ເປີເຊັນ", "ຊົ່ວໂມງ", "ວັນ", "ນາທີ", "ກີບ", "ໂດລາ", "ຫຼັງ", "ຫລັງ",
    "ບ້ານ", "ແຂວງ", "ເມືອງ", "ຄັ້ງ", "ລິກເຕີ", "ໂຕນ", "ຄັນ",
)  # fmt: skip
COUNT_NOUNS = ("ຈຳນວນ", "ຍອດ")
ACCORDING_BEFORE = ("ອີງຕາມ", "ຕາມການລາຍງານຂອງ")
SPEECH_VERBS = ("ກ່າວວ່າ", "ລາຍງານວ່າ", "ໃຫ້ຮູ້ວ່າ", "ເປີດເຜີຍວ່າ")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ຕຳຫຼວດ": "police", "ຕຳຫລວດ": "police", "ລັດຖະບານ": "government", "ກະຊວງ": "ministry",
    "ອຳນາດການປົກຄອງ": "authorities", "ເຈົ້າແຂວງ": "governor", "ໂຮງໝໍ": "hospital", "ນາຍົກລັດຖະມົນຕີ": "prime minister",
}  # fmt: skip
HOME_COUNTRIES = ("LA",)
# Written right after a place's name (core.extract.world_places): a space or a full stop closes it ("ແຂວງອັດຕະປື.")
SUFFIX_PARTICLES = (" ", ".", ",")
# Places the gazetteer has no Lao name for, as English news names them: the capital, provinces and districts
PLACE_NAMES = {
    "ວຽງຈັນ": ("Vientiane", "LA"), "ອັດຕະປື": ("Attapeu", "LA"),
    "ຫຼວງພະບາງ": ("Luang Prabang", "LA"), "ຫລວງພະບາງ": ("Luang Prabang", "LA"), "ສະຫວັນນະເຂດ": ("Savannakhet", "LA"),
    "ປາກເຊ": ("Pakse", "LA"), "ຈຳປາສັກ": ("Champasak", "LA"), "ບໍລິຄຳໄຊ": ("Bolikhamsai", "LA"),
    "ຄຳມ່ວນ": ("Khammouane", "LA"), "ອຸດົມໄຊ": ("Oudomxay", "LA"), "ຊຽງຂວາງ": ("Xiangkhouang", "LA"),
}  # fmt: skip
CAPITAL_WORDS = ("ນະຄອນຫຼວງ", "ນະຄອນຫລວງ")
DAYS_BACK = {"ມື້ວານນີ້": 1, "ມື້ວານ": 1, "ຄືນວານນີ້": 1}
STILL_IN_CARE = ("ຍັງ",)
CARE_WORDS = ("ໂຮງໝໍ", "ປິ່ນປົວ")
HAZARD_FAMILIES = {
    "quake": ("ແຜ່ນດິນໄຫວ",),
    "water": ("ນ້ຳຖ້ວມ", "ພາຍຸ", "ດິນເຈື່ອນ", "ເຂື່ອນແຕກ"),
    "fire": ("ໄຟໄໝ້", "ລະເບີດ"),
    "air": ("ເຮືອບິນ",),
    "road": ("ອຸບັດຕິເຫດທາງລົດ", "ລົດເມ", "ລົດໂດຍສານ"),
    "ship": ("ເຮືອລົ້ມ", "ເຮືອ"),
}  # fmt: skip
# Dates (core.extract.world_dates): "ວັນທີ 23 ກໍລະກົດ" (on 23 July)
MONTHS = {
    "ມັງກອນ": 1, "ກຸມພາ": 2, "ມີນາ": 3, "ເມສາ": 4, "ພຶດສະພາ": 5, "ມິຖຸນາ": 6, "ກໍລະກົດ": 7, "ສິງຫາ": 8, "ກັນຍາ": 9,
    "ຕຸລາ": 10, "ພະຈິກ": 11, "ທັນວາ": 12,
}  # fmt: skip
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("ຄົນຮ້າຍ", "ມືປືນ")
