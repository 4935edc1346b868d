"""Chinese lexicon (shared shape, see `es.py` for the names): data only, simplified and traditional. Written
without spaces: triggers and number words match anywhere (MATCH "any"); 十, 百 multiply, 千, 万, 亿 scale."""

from __future__ import annotations

LANGUAGE = "zh"
MATCH = "any"
SPACED = False
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
# Simplified letters Japanese does not write (县 for 県, 发 for 発, 战 for 戦): they keep a Chinese text Chinese
# when it also holds a Japanese form (a Japanese name quoted in it)
OWN_LETTERS = "县发战击岁铁转卖读对气图团广边这们个说时为会来后过伤员车门东场灾难袭报级"
SCALES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "千": 1000}  # "1万5千人": 15,000
NUMBER_WORDS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "百": 100,
    "千": 1000,
    "万": 10_000,
    "萬": 10_000,
}
MULTIPLIERS = ("十", "百")
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "数十": (12, 12, 99),
    "數十": (12, 12, 99),
    "几十": (12, 12, 99),
    "幾十": (12, 12, 99),
    "数百": (100, 100, 999),
    "數百": (100, 100, 999),
    "上百": (100, 100, 999),
    "数千": (1000, 1000, 9999),
    "數千": (1000, 1000, 9999),
    "上千": (1000, 1000, 9999),
    "数万": (10_000, 10_000, 99_999),
    "數萬": (10_000, 10_000, 99_999),
    "数十万": (100_000, 100_000, 999_999),
    "數十萬": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        # 'were killed' (test_four_forms43)
        "被杀", "被殺",
        "死亡",
        "遇难",
        "遇難",
        "罹难",
        "罹難",
        "丧生",
        "喪生",
        "身亡",
        "死者",
        "丧命",
        "喪命",
        "殉职",
        "遗体",
        "遺體",
        "尸体",  # bodies ("河中发现3具尸体")
        "屍體",
        "致死",
        "死",  # "3死17伤", "致9死": the headline's short form
        "杀害",  # "被控杀害7人" (not after ATTEMPTED: "企图杀害2人")
        "夺走",  # "夺走了45人的生命", "夺去12条生命": took the lives of
        "奪走",
        "夺去",
        "奪去",
    ),
    "wounded": (
        "送医",  # sent to hospital for treatment ("另有15人送医救治"): the injured
        "送醫",
        "送往医院",  # "12人被送往医院": taken to hospital
        "送往醫院",
        "就医",
        "就醫",
        "受伤",
        "受傷",
        "伤者",
        "傷者",
        "伤员",
        "傷員",
        "重伤",
        "重傷",
        "轻伤",
        "輕傷",
        "负伤",
        "負傷",
        "伤",
        "傷",
    ),
    "missing": ("失踪", "失蹤", "失联", "失聯", "下落不明"),
    "displaced": ("疏散", "撤离", "撤離", "转移安置", "无家可归", "無家可歸"),
    "arrested": ("逮捕", "拘留", "被捕", "刑拘"),
}
# The dead and the wounded counted together ("伤亡人数达300人", "死伤"): neither metric counts it
DEAD_AND_WOUNDED = (
    "伤亡", "傷亡", "死伤", "死傷", "死亡或失踪", "死亡或失蹤",
    "死亡和失踪", "死亡失踪", "遇难或失踪", "死亡或下落不明",
)  # fmt: skip
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {"critical": ("危重", "病危"), "severe": ("重伤", "重傷"), "light": ("轻伤", "輕傷")}
QUALIFIERS_BEFORE = {
    "至少": "at_least",
    "最少": "at_least",
    "超过": "more_than",
    "超過": "more_than",
    "逾": "more_than",
    "近": "nearly",
    "将近": "nearly",
    "將近": "nearly",
    "约": "about",
    "約": "about",
    "大约": "about",
    "大約": "about",
    "多达": "up_to",
    "多達": "up_to",
}
QUALIFIERS_AFTER = {"多": "more_than", "余": "more_than", "餘": "more_than", "以上": "more_than", "左右": "about"}
# Toll verbs before the number: the number after them is the toll's latest update
UPDATE_BEFORE = (
    "升至",
    "上升至",
    "上升到",
    "增至",
    "增加到",
    "增加至",
    "攀升至",
    "达到",
    "達到",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "此前",
    "早前",
    "最初",
    "之前",
)
# "包括歹徒在内5人死亡": the included told inside "包括 ... 在内", the number after it is the whole
INCLUDING_AFTER = ("在内", "在內")
SUBSET_BEFORE = ("其中", "包括", "伤者中", "死者中", "遇难者中")
NOT_COUNTS_AFTER = (
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    # the word for one inside a word of its own: "进一步" (further), "一直" (all along), "一些" (some)
    "步", "直", "些",
    "家医院", "所医院", "家醫院", "所醫院",
    "年",
    "周年",  # an anniversary ('十周年'), no count: it would block the look-back's dating
    "週年",
    "月",
    "日",
    "号",
    "號",
    "岁",
    "歲",
    "公里",
    "米",
    "%",
    "时",
    "時",
    "点",
    "點",
    "分",
    "天",
    "栋",
    "棟",
    "户",
    "戶",
    "级",
    "級",
    "元",
    "美元",
    "层",
    "層",
    "架",
    "辆",
    "輛",
)
COUNT_NOUNS = ("人数", "数字")
PERSON_COUNTERS = ("人", "名")  # a counter of people after a number: "2000人" is a count, no year
FROM_TO = (  # "from N to M": N is superseded ("由21人修正为18人")
    ("从", "上升到"), ("从", "升至"), ("由", "升至"), ("由", "为"), ("从", "为"), ("由", "至"), ("从", "至"),
    # the earlier figure named as such between 'from' and the number ("由此前公布的25人下调至22人")
    ("由此前的", "至"), ("由此前公布的", "至"), ("从此前的", "至"), ("从此前公布的", "至"), ("由原来的", "至"),
    ("从原来的", "至"), ("由此前的", "为"), ("由此前公布的", "为"),
)  # fmt: skip
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = ("据", "根据", "援引",
    "记者从",
)
SPEECH_VERBS = ("表示", "宣布", "通报", "称", "说", "指出", "报道", "透露",
    "证实",
    "介绍",
    "公布",
    "披露",
    "告诉",
    "发布消息说",
    "发布消息称",
    "通报说",
    "通报称",
    "发表声明说",
    "发表声明称",
    "获悉",
    "显示",
)
# The time comes before the verb ("减灾委员会16日说"): a speech verb right after a date makes it the day told
SPEECH_AFTER_TIME = True
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "政府": "government",
    "当局": "authorities",
    "警方": "police",
    "消防": "fire service",
    "卫健委": "health commission",
    "新华社": "xinhua",
    "官方": "officials",
    "市长": "mayor",
    "省长": "governor",
    "指挥部": "headquarters",
    "发言人": "spokesperson",
    "官员": "officials",
    "媒体": "media",
    "应急管理": "emergency management",
    "电视台": "television",
    "中央电视台": "cctv",
    "央视": "cctv",
    "中新社": "china news service",
    "通讯社": "news agency",
    "公安": "police",
    "卫生部": "health ministry",
    "医院": "hospital",
    "委员会": "commission",
    "减灾委": "disaster commission",
    "部门": "department",
    "地震局": "seismological bureau",
    "气象局": "weather bureau",
    "救援队": "rescuers",
    "救援人员": "rescuers",
    "搜救人员": "rescuers",
    "红十字会": "red cross",
    "红新月会": "red crescent",
    "民防": "civil defence",
    "卫生局": "health bureau",
    "外交部": "foreign ministry",
    "国务院": "state council",
    "部长": "minister",
    "总统": "president",
    "总理": "prime minister",
    "县长": "county head",
    "州长": "governor",
    "警察": "police",
    "军方": "military",
    "路透社": "reuters",
    "美联社": "ap",
    "法新社": "afp",
    "共同社": "kyodo",
    "韩联社": "yonhap",
    "塔斯社": "tass",
    "负责人": "official",
    "医生": "doctors",
    "急救中心": "emergency centre",
    "新闻办": "information office",
    "灾害管理局": "disaster management",
    "内政部": "interior ministry",
    "内务部": "interior ministry",
    "民政部": "civil affairs ministry",
    "卫计委": "health commission",
    "《": "media",
    "海警": "coast guard",
    "管理局": "authority",
    "救灾署": "disaster agency",
    "联合国": "united nations",
    "世界卫生组织": "who",
    "世卫组织": "who",
    "协调厅": "office",
}
# A word for what the source gave, written onto its end ("据应急管理部消息", "据卫健委数据"): taken off
SOURCE_ENDINGS = (
    "消息", "数据", "统计", "报告",
    "的话",
    "在新闻发布会上",
    "在发布会上",
    "发布的",
    "公布的",
    "提供的",
    "最新数据",
    "最新统计",
    "最新消息",
    "将",
)
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("CN", "TW")
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# yesterday, last night (dateparser has "昨天")
DAYS_BACK = {"昨日": 1, "昨晚": 1, "昨夜": 1}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("全国",)
# Written after a place name (core.extract.world_places): a province's, a county's, a town's, a district's or an
# island's word ("卡赫拉曼马拉什省", "珍岛郡"); a long foreign name is found before one of them
SUFFIX_PARTICLES = ("省", "市", "县", "縣", "区", "區", "州", "郡", "镇", "鎮", "岛", "島", "港")
# Places the gazetteer has no Chinese name for, as English news names them (core.extract.world_places)
PLACE_NAMES = {"珍岛": ("Jindo", "KR"), "珍島": ("Jindo", "KR")}
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("首都",)
# As of (core.extract.world_dates): a date right after it is the count's, not the incident's
AS_OF = ("截至", "截止", "截止到")
# As of (core.extract.world_dates): right after a date: the count's date, not the incident's
AS_OF_AFTER = ("为止", "為止")
# Division words written after a name (core.extract.world_places): the name is a province's,
# state's or governorate's, not a town's (四川省)
PROVINCE_WORDS = ("省", "自治区", "自治區")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "战争爆发以来",
    "开战以来",
    "冲突爆发以来",
    "战争开始以来",
    "入侵以来",
    "今年以来",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "最严重",
    "最致命",
    "最惨烈",
    "最大规模",
)
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_BEFORE = ("开往", "驶往", "飞往", "前往", "驶向")  # not "从" (from): "从天津爆炸看" reads the blast
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("仍", "尚有")
CARE_WORDS = (
    "医院",
    "醫院",
    "住院",
    "治疗",
    "治療",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("地震", "海啸", "海嘯", "余震", "餘震"),
    "water": (
        "洪水", "洪灾", "洪災", "暴雨", "台风", "颱風", "颶風", "飓风", "泥石流", "土石流", "滑坡", "水灾", "水災",
        "强降雨", "強降雨", "溃坝", "潰壩", "气旋", "氣旋", "龙卷风", "龍捲風", "雪崩", "山洪", "洪涝", "洪澇",
        "内涝", "內澇", "暴雪", "决堤", "決堤", "溃堤", "潰堤", "水库", "水庫", "特大暴雨", "大雨", "豪雨", "冰雹",
    ),
    "fire": ("火灾", "火災", "大火", "起火", "爆炸", "失火", "山火", "森林火灾", "森林火災", "着火"),
    "air": (
        "飞机", "飛機", "客机", "客機", "空难", "空難", "坠机", "墜機", "直升机",
        "直升機", "航班"
    ),
    "rail": (
        "列车", "列車", "火车", "火車", "高铁", "高鐵", "脱轨", "脫軌", "动车", "動車", "地铁", "地鐵", "铁路",
        "鐵路",
    ),
    "road": (
        "大巴", "巴士", "客车", "客車", "卡车", "卡車", "货车", "貨車", "车祸", "車禍", "交通事故", "翻车", "翻車",
        "侧翻", "側翻", "追尾", "公路", "高速公路", "面包车", "麵包車", "轿车", "轎車",
    ),
    "ship": (
        "沉船", "客轮", "客輪", "渡轮", "渡輪", "船只", "船隻", "翻沉", "沉没", "沉沒", "轮船", "輪船", "游船",
        "遊船", "翻船", "船难", "船難", "渔船", "漁船",
    ),
    "attack": (
        "袭击", "襲擊", "恐怖", "枪击", "槍擊", "空袭", "空襲", "炮击", "砲擊", "导弹", "導彈", "轰炸", "轟炸",
        "爆炸", "伏击", "伏擊", "枪手", "槍手", "屠杀", "屠殺", "砍人", "持刀", "刺杀", "刺殺", "炸弹", "炸彈",
        "恐袭", "恐襲", "枪战", "槍戰", "骚乱", "騷亂", "暴乱", "暴亂",
    ),
    "crowd": ("踩踏", "骚乱", "騷亂", "暴乱", "暴亂", "暴动", "暴動"),
    "collapse": ("坍塌", "倒塌", "垮塌", "塌方", "塌陷", "楼塌", "樓塌"),
    "mine": ("煤矿", "矿难", "矿井", "金矿", "矿山", "礦山", "煤礦", "礦難", "礦井", "金礦", "矿工", "礦工"),
    "weather": (
        "雷击", "雷擊", "雷电", "雷電", "热浪", "熱浪", "高温", "高溫", "寒潮", "暴风雪", "暴風雪", "暴风", "暴風",
        "酷热", "酷熱", "中暑", "严寒", "嚴寒", "低温", "低溫", "冻死", "凍死",
    ),
    "volcano": ("火山", "喷发", "噴發", "熔岩", "火山灰"),
}  # fmt: skip
# 'Of last week' right before a weekday ('上周五', '上个星期五'; core.extract.world_dates): that weekday of the
# calendar week before the publication's, not the last one before it
LAST_WEEK = ("上", "上个", "上個")
# Verbs by which a source puts the toll at a figure ("eleva a 23 la cifra"): its verbs of saying (world_attribution)
REPORTING_VERBS = ("上调", "更新")
# Ranges: (word before the low figure, word between, word after the high one): "20至30人"
RANGES = (("", "至", ""), ("", "到", ""), ("", "-", ""))
# "once caused": "马蒂火灾曾造成102人死亡" (an older event's toll, after the text's own)
PAST_PERFECT = ("曾造成", "曾导致", "曾致", "曾经造成", "曾经导致", "曾夺走", "曾造成了", "曾導致")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "#天前", "#日前", "#周前", "#個月前", "#个月前", "上周", "上週", "上个月", "上個月", "上月", "前一天",
)  # fmt: skip
# "后下调为25人": the count of the kind named before, revised (down, or to a figure told as a correction)
COUNT_ANAPHORS = ("下调为", "下调至", "修正为", "更正为", "修订为")
REVISED_DOWN = ("下调", "修正为", "更正为", "修订为")

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('企图杀害2人', '扬言杀害')
ATTEMPTED = (
    "企图", "企圖", "试图", "試圖", "意图", "意圖", "扬言", "揚言", "威胁", "威脅",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
# ("3名中国员工": three Chinese staff, the measure word before the country's name)
NATIONALS = ("中国公民", "中国籍", "中国游客", "中国人", "名中国", "名中國", "中國公民")

# Date words: a headline counting years since an event ('10周年', '事隔10年'; `core.extract.look_back`)
YEARS_ON = ("{n}周年", "事隔{n}年", "{n}年过去", "{n}年過去", "{n}年前的今天")
# the count in Chinese numerals ('十周年', '二十周年')
YEAR_COUNTS = {
    "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十五": 15,
    "二十": 20, "三十": 30,
}  # fmt: skip
