"""Thai lexicon (shared shape, see `es.py` for the names): data only. Written without spaces between words (spaces part
phrases and sentences): triggers match anywhere (MATCH "any"). The count follows its noun and takes a counter
("ผู้เสียชีวิต 3 ราย", "บาดเจ็บ 26 คน", "3 ศพ"); newsrooms write figures in digits, Thai or Arabic (digits of any
script are digits). Number words alone are left out (NUMBER_WORDS: only with a counter written on): written without
spaces they sit inside everyday words ("สาม", three, in "สามารถ", can)."""

from __future__ import annotations

LANGUAGE = "th"
MATCH = "any"
SPACED = False
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"พัน": 1000, "หมื่น": 10_000, "แสน": 100_000, "ล้าน": 1_000_000}
# the counter after a count of people ("3 ราย", "26 คน", "3 ศพ"): the count (core.extract.multilingual)
PERSON_COUNTERS = ("ราย", "คน", "ศพ")
# A number word (two to twenty) is read only with the counter of people written on it ("เก้าคน", nine persons): alone
# it sits inside everyday words ("สาม" of "สามารถ"); one with its counter is mostly "a person"
_units = ("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ")
_one_to_twenty = {word: n for n, word in enumerate(_units, start=1)} | {
    "สิบเอ็ด": 11, "ยี่สิบ": 20, **{"สิบ" + word: 10 + n for n, word in enumerate(_units[1:9], start=2)},
}  # fmt: skip
NUMBER_WORDS = {word + counter: n for word, n in _one_to_twenty.items() if n > 1 for counter in PERSON_COUNTERS}
TRIGGERS = {
    "killed": (
        # 'slain', 'slew' ('ถูกสังหาร', test_four_forms43)
        "สังหาร",
        "เสียชีวิต",  # "ผู้เสียชีวิต" (the dead), "เสียชีวิตแล้ว"
        "ศพ",  # bodies, and the counter of the dead ("พบอีก 3 ศพ")
        "สังเวย",  # headline: "claims N lives"
        "คร่าชีวิต",
        "ตาย",
    ),
    "wounded": ("บาดเจ็บ", "ได้รับบาดเจ็บ", "เจ็บสาหัส"),
    "missing": ("สูญหาย",),
    "displaced": ("อพยพ", "ไร้ที่อยู่อาศัย", "ไร้บ้าน"),
    "arrested": ("จับกุม", "ถูกจับ", "ควบคุมตัว"),
}
# The dead and the wounded counted together ("ผู้เสียชีวิตและบาดเจ็บรวม 40 ราย"): neither metric counts it
DEAD_AND_WOUNDED = ("เสียชีวิตและบาดเจ็บ", "เสียชีวิตหรือบาดเจ็บ", "เสียชีวิตและสูญหาย", "ผู้บาดเจ็บและเสียชีวิต")
# The injured by severity, and the words that coordinate two counts
INJURY_GRADES = {"critical": ("อาการสาหัส", "สาหัส", "อาการวิกฤต"), "light": ("เล็กน้อย", "อาการไม่รุนแรง")}
COORDINATORS = ("และ", "ขณะที่")
# Ranges: 'ระหว่าง 20 ถึง 30' (between 20 and 30)
RANGES = (("ระหว่าง", "ถึง", ""), ("ระหว่าง", "-", ""))
QUALIFIERS_BEFORE = {
    "อย่างน้อย": "at_least",
    "ไม่ต่ำกว่า": "at_least",
    "ไม่น้อยกว่า": "at_least",
    "มากกว่า": "more_than",
    "กว่า": "more_than",
    "เกิน": "more_than",
    "เกือบ": "nearly",
    "ประมาณ": "about",
    "ราว": "about",
    "ราวๆ": "about",
    "สูงสุด": "up_to",
}
# Toll verbs before the number: the number after them is the toll's latest update ("ยอดผู้เสียชีวิตเพิ่มขึ้นเป็น
# 1,644 ราย", "พุ่งเป็น")
UPDATE_BEFORE = (
    "เพิ่มขึ้นเป็น", "เพิ่มเป็น", "พุ่งขึ้นเป็น", "พุ่งเป็น", "รวมเป็น", "ขยับเป็น", "ล่าสุดอยู่ที่", "อยู่ที่",
)  # fmt: skip
# The toll revised down ("ปรับลดเหลือ 18 ราย")
REVISED_DOWN = ("ปรับลด", "ลดลงเหลือ")
# Markers of an earlier figure shortly before the number ("เบื้องต้น", at first; "ก่อนหน้านี้", earlier)
EARLIER_BEFORE = ("เบื้องต้น", "ก่อนหน้านี้", "ในตอนแรก", "ช่วงแรก")
# A word right before the number that adds to the toll ("พบเพิ่มอีก 3 ศพ", three more)
INCREMENT_BEFORE = ("อีก", "เพิ่มอีก")
SUBSET_BEFORE = ("ในจำนวนนี้", "ในจำนวนดังกล่าว", "รวมถึง", "ในนั้น")
NOT_COUNTS_AFTER = (
    "ปี",
    "ชั้น",  # storeys: "อาคาร 30 ชั้น"
    "กม.",
    "กิโลเมตร",
    "เมตร",
    "%",
    "เปอร์เซ็นต์",
    "ชั่วโมง",
    "วัน",
    "นาที",
    "บาท",
    "ริกเตอร์",
    "แมกนิจูด",
    "องศา",
    "หลัง",  # houses
    "คัน",  # vehicles
    "จังหวัด",
    "อำเภอ",
    "ครั้ง",  # times
)
COUNT_NOUNS = ("ยอด", "จำนวน")
PROJECTION_BEFORE = ("อาจเพิ่มขึ้น", "คาดว่าจะ", "อาจสูงถึง", "อาจถึง")
# Who opens a clause of their own between a count and the trigger after it ("ครู 3 ราย ตำรวจควบคุมตัวคนขับรถ",
# 3 teachers; the police detained the driver): the trigger is their verb, not the count's
CLAUSE_SUBJECTS = ("ตำรวจ", "เจ้าหน้าที่")
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("ตามรายงานของ", "จากข้อมูลของ", "ตามข้อมูลของ", "อ้างอิงจาก")
SPEECH_VERBS = ("เปิดเผยว่า", "กล่าวว่า", "แถลงว่า", "ระบุว่า", "รายงานว่า")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "ตำรวจ": "police",
    "กระทรวง": "ministry",
    "รัฐบาล": "government",
    "ผู้ว่าราชการ": "governor",
    "ผู้ว่าฯ": "governor",
    "นายกรัฐมนตรี": "prime minister",
    "กรมป้องกันและบรรเทาสาธารณภัย": "disaster prevention department",
    "ปภ.": "disaster prevention department",
    "โรงพยาบาล": "hospital",
    "โฆษก": "spokesperson",
    "เจ้าหน้าที่": "officials",
    "กองทัพ": "military",
    "สื่อของรัฐ": "state media",
}

# Places (core.extract.world_places): the countries where the language is the main one
HOME_COUNTRIES = ("TH",)
# Everyday words that are a town's name in Thai script somewhere: "วาน" of "เมื่อวานนี้" (yesterday) is Van
NOT_PLACES = ("วาน",)
SUFFIX_PARTICLES = (" ", "เมื่อ")
# "The capital" (core.extract.world_places): the capital of the country the report names, else the language's
CAPITAL_WORDS = ("เมืองหลวง",)
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates)
DAYS_BACK = {"เมื่อวานนี้": 1, "เมื่อวาน": 1, "เมื่อคืนนี้": 1, "เมื่อคืน": 1}
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("ยังคง", "ยัง")
CARE_WORDS = ("โรงพยาบาล", "รักษาตัว", "พักรักษา")
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): found
# anywhere, in its own script (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("แผ่นดินไหว", "สึนามิ"),
    "water": ("น้ำท่วม", "อุทกภัย", "ดินถล่ม", "พายุ", "ไต้ฝุ่น", "น้ำป่า", "หิมะถล่ม"),
    "fire": ("ไฟไหม้", "เพลิงไหม้", "ระเบิด", "ไฟป่า"),
    "air": ("เครื่องบิน", "เฮลิคอปเตอร์"),
    "rail": ("รถไฟ",),
    "road": ("รถบัส", "รถทัวร์", "รถโดยสาร", "รถบรรทุก", "อุบัติเหตุทางถนน", "รถชน", "รถตู้"),
    "ship": ("เรือล่ม", "เรือ"),
    "attack": ("โจมตี", "ยิง", "ก่อการร้าย", "ลอบวางระเบิด", "ระเบิด", "ซุ่มโจมตี", "กราดยิง", "คาร์บอมบ์"),
    "crowd": ("เหยียบกัน", "จลาจล"),
    "collapse": ("ถล่ม", "พังถล่ม"),
    "mine": ("เหมือง",),
    "weather": ("ฟ้าผ่า", "คลื่นความร้อน", "ฮีทสโตรก", "พายุ", "อากาศร้อน", "ลมแดด"),
    "volcano": ("ภูเขาไฟ",),
}  # fmt: skip
# "ตามรายงานของตำรวจ มีผู้เสียชีวิต": the clause after the source opens with "there are", no part of it
SOURCE_TRAILING = ("มีผู้", "มี")
# Years are written in the Buddhist era, 543 years ahead of the Gregorian ('3 ธันวาคม 2569' is 3 December 2026)
ERA_YEARS = 543
# The attackers' noun right before their number, where a number follows its noun: they are the subject, and the
# count after the verb the victims' (test_four_forms43)
PERPETRATORS_BEFORE = ("คนร้าย", "มือปืน", "ผู้ก่อเหตุ")
