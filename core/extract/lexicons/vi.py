"""Vietnamese lexicon (shared shape, see `es.py` for the names): data only (syllables are spaced)."""

from __future__ import annotations

LANGUAGE = "vi"
MATCH = "word"
LATIN_PLACES = True  # Latin script: names are capitalised words
DIGIT_GROUPS = "."
DECIMAL = ","
SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000}
NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "trăm": 100,
    # tens after their multiplier ('hai mươi' = 20); 'mốt', 'lăm', 'tư' after tens (NUMBER_WORDS_AFTER)
    "mươi": 10,
    "chục": 10,
}
MULTIPLIERS = ("mươi", "chục")
NUMBER_WORDS_AFTER = {"mốt": 1, "lăm": 5, "tư": 4}  # "hai mươi mốt" = 21
TRIGGERS = {
    "killed": (
        # 'were killed', 'killed' (test_four_forms43)
        "bị giết", "giết",
        # took the lives of ('... took the lives of 57'): the dead
        "cướp đi sinh mạng của", "cướp đi sinh mạng", "cướp đi mạng sống của", "cướp đi mạng sống",
        "cướp đi tính mạng của", "cướp đi tính mạng",
        "người chết",
        "chết",
        "thiệt mạng",
        "tử vong",
        "thiệt mạng",
        "thi thể",
        "tử nạn",
        "qua đời",
        "nạn nhân",
        "thương vong",
    ),
    "wounded": ("bị thương", "người bị thương"),
    "missing": ("mất tích",),
    "displaced": ("sơ tán", "mất nhà cửa", "di dời"),
    "arrested": ("bắt giữ", "bị bắt", "tạm giữ"),
}
QUALIFIERS_BEFORE = {
    "ít nhất": "at_least",
    "tối thiểu": "at_least",
    "hơn": "more_than",
    "trên": "more_than",
    "gần": "nearly",
    "khoảng": "about",
    "chừng": "about",
    "lên tới": "up_to",
    "tới": "up_to",
}
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high); "hàng chục
# người bị thương" (dozens injured) is no figure of ten
VAGUE_QUANTITIES = {
    "hàng chục": (12, 12, 99),
    "vài chục": (12, 12, 99),
    "hàng trăm": (100, 100, 999),
    "vài trăm": (100, 100, 999),
    "hàng nghìn": (1000, 1000, 9999),
    "hàng ngàn": (1000, 1000, 9999),
    "hàng chục nghìn": (10_000, 10_000, 99_999),
    "hàng chục ngàn": (10_000, 10_000, 99_999),
    "hàng trăm nghìn": (100_000, 100_000, 999_999),
}
# The dead and the missing or wounded counted together: neither metric counts it
DEAD_AND_WOUNDED = ("người chết và mất tích", "người chết và bị thương", "chết và mất tích", "thương vong")
# The injured by severity ("3 người bị thương nặng, 12 người bị thương nhẹ" = 15, core.extract.world_grades)
INJURY_GRADES = {"critical": ("nguy kịch",), "severe": ("nặng", "bị thương nặng"), "light": ("nhẹ", "bị thương nhẹ")}
COORDINATORS = ("và", "cùng", "trong khi")
# The toll revised down ("giảm xuống còn 18")
REVISED_DOWN = ("giảm xuống còn", "giảm xuống", "giảm còn", "điều chỉnh giảm")
# Markers of an earlier figure shortly before the number ("Trước đó, ... 10 người chết")
EARLIER_BEFORE = ("trước đó", "ban đầu", "trước đây", "lúc đầu")
# A word right before the number that adds to the toll ("thêm 3 người")
INCREMENT_BEFORE = ("thêm",)
# The attackers, right after the number ("two gunmen killed four"): the subject of the harm, and their own dead
# are no toll of the victims
PERPETRATORS = ("tay súng", "kẻ tấn công", "kẻ khủng bố", "kẻ đánh bom", "tên cướp", "đối tượng")
SUBSET_BEFORE = ("trong đó", "bao gồm")
NOT_COUNTS_AFTER = (
    "tuổi", "năm", "km", "mét", "%", "phần trăm", "giờ", "ngày", "phút", "đồng", "usd", "độ", "tháng",
    # "năm" is five and the year: "năm ngoái", "năm nay", "năm trước", "năm tới" (last, this, the previous, next year)
    "ngoái", "nay", "trước", "tới",
)  # fmt: skip
COUNT_NOUNS = ("số người", "con số")
PROJECTION_BEFORE = ("có thể",)
UPDATE_BEFORE = (
    "lên tới",
    "lên đến",
    "tăng lên",
    "tăng lên tới",
    "tăng lên đến",
)  # "số người chết đã lên tới": the latest update
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("VN",)
# "tỉnh Lào Cai": the province, not its chief town of the same name (core.extract.place_lexicon `division_before`)
PROVINCE_WORDS_BEFORE = ("tỉnh", "bang")  # "tỉnh Quảng Nam"; a federation's state: "bang Victoria"
# Dates (core.extract.world_dates): the word for a day, before a day and month in figures ('ngày 14/8'), and the
# parts of a day ('sáng 10/9': the morning of 10 September; 'rạng sáng', 'trưa', 'chiều', 'tối', 'đêm')
DAY_WORDS = ("ngày", "sáng", "rạng sáng", "trưa", "chiều", "tối", "đêm")
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("cả nước", "toàn quốc")
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("động đất", "sóng thần"),
    "water": (
        "lũ", "lũ lụt", "lũ quét", "ngập lụt", "mưa lớn", "bão", "sạt lở", "lốc xoáy", "áp thấp nhiệt đới", "vỡ đê",
        "vỡ đập", "lũ ống", "mưa lũ", "lũ lớn", "triều cường", "lở đất",
    ),
    "fire": ("cháy", "hỏa hoạn", "hoả hoạn", "nổ", "cháy rừng", "cháy nhà", "vụ cháy"),
    "air": ("máy bay", "trực thăng"),
    "rail": ("tàu hỏa", "tàu hoả", "đoàn tàu", "tàu lửa", "trật bánh", "tàu điện"),
    "road": (
        "xe buýt", "xe khách", "tai nạn giao thông", "xe tải", "ô tô", "xe container", "lao xuống vực",
        "tai nạn liên hoàn", "xe con",
    ),
    "ship": (
        "chìm tàu", "lật tàu", "phà", "chìm thuyền", "lật thuyền", "chìm ghe", "lật ghe", "đắm tàu", "tàu chìm",
        "thuyền", "tàu cá", "chìm sà lan",
    ),
    "attack": (
        "tấn công", "đánh bom", "xả súng", "nổ", "phục kích", "nổ súng", "bắn chết", "thảm sát", "đâm chết",
        "không kích",
    ),
    "crowd": ("giẫm đạp", "bạo loạn"),
    "collapse": ("sập", "đổ sập", "sập cầu", "sập nhà"),
    "mine": ("mỏ than", "mỏ vàng", "sập mỏ", "hầm mỏ"),
    "weather": (
        "sét đánh", "nắng nóng", "rét đậm", "rét hại", "bão", "rét", "giá rét", "nắng nóng gay gắt", "sốc nhiệt",
    ),
    "volcano": ("núi lửa", "phun trào"),
}  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution): "Bộ Y tế cho biết", "Theo Bộ Y tế"
ACCORDING_BEFORE = ("theo", "dẫn lời",
    "theo thống kê của",
    "theo báo cáo của",
    "theo thông tin từ",
    "theo thông báo của",
    "theo số liệu của",
    "theo thông tin của",
    "theo tin từ",
)
ACCORDING_ADJACENT = True  # the source right after "theo": "Theo Bộ Y tế", not "theo dõi tình hình tại Hà Nội"
SPEECH_VERBS = ("cho biết", "thông báo", "xác nhận", "loan tin", "đưa tin", "công bố",
    "cho hay",
    "khẳng định",
    "báo cáo",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "bộ y tế": "health ministry",
    "bộ nội vụ": "home ministry",
    "bộ ngoại giao": "foreign ministry",
    "cảnh sát": "police",
    "công an": "police",
    "chính quyền": "authorities",
    "nhà chức trách": "authorities",
    "giới chức": "officials",
    "quan chức": "officials",
    "người phát ngôn": "spokesperson",
    "hãng tin": "news agency",
    "thông tấn xã": "news agency",
    "truyền thông": "media",
    "bệnh viện": "hospital",
    "lực lượng cứu hộ": "rescuers",
    "chính phủ": "government",
    "thống đốc": "governor",
    "thị trưởng": "mayor",
    "ban chỉ đạo": "steering committee",
    "ủy ban": "committee",
    "uỷ ban": "committee",
    "sở y tế": "health department",
    "bác sĩ": "doctors",
    "chủ tịch": "chairman",
    "đài truyền hình": "television",
    "quân đội": "army",
    "cơ quan": "agency",
    "hội chữ thập đỏ": "red cross",
    "cứu hộ": "rescuers",
    "cảnh sát cứu hỏa": "fire service",
    "phòng cháy chữa cháy": "fire service",
}
SOURCE_LEADING = ("các", "những")
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("ts.", "ths.", "pgs.", "gs.", "bs.")
FROM_TO = (("từ", "xuống"), ("từ", "lên"), ("từ", "thành"))  # "from N to M" ("từ 21 xuống 18"): N is superseded
# Ranges: (word before the low figure, word between, word after the high one): "20 đến 30 người"
RANGES = (("", "đến", ""), ("", "-", ""))
# Words a source may take: a Vietnamese word is a syllable ("Ban Chỉ đạo Quốc gia về phòng chống thiên tai")
SOURCE_MAX_WORDS = 14

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# ngày trước", "# tuần trước", "một tuần trước", "một tháng trước", "tuần trước", "tháng trước",
    "ngày hôm trước",
)  # fmt: skip
# Those still in hospital, a part of the injured ("12 người bị thương vẫn đang điều trị tại bệnh viện"): a word of
# remaining (STILL_IN_CARE) and a word of care (CARE_WORDS) in the count's clause
STILL_IN_CARE = ("vẫn", "hiện vẫn", "vẫn còn")
CARE_WORDS = ("bệnh viện", "điều trị", "nhập viện", "cấp cứu")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("tang lễ", "lễ tang", "viếng", "tưởng niệm", "đưa tiễn", "tiễn đưa")
# "thứ" before a number makes it an ordinal, and the weekdays are named so ("Thứ Bảy", Saturday: 'the seventh';
# "lần thứ hai", the second time): no count
NOT_COUNTS_BEFORE = ("thứ", "Thứ")
# Date words: a headline counting years since an event ('Mười năm sau thảm họa', ten years after the disaster;
# 'tròn 5 năm', a full five years; `core.extract.look_back`)
YEARS_ON = ("{n} năm sau", "{n} năm kể từ", "{n} năm nhìn lại", "tròn {n} năm", "kỷ niệm {n} năm")
YEAR_COUNTS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10, "mười lăm": 15, "hai mươi": 20, "ba mươi": 30,
}  # fmt: skip
