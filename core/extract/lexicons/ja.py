"""Japanese lexicon (shared shape, see `es.py` for the names): data only (no spaces: MATCH "any")."""

from __future__ import annotations

LANGUAGE = "ja"
MATCH = "any"
SPACED = False
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
# Letters Chinese never writes: the kana, and kanji in the forms Japanese writes and Chinese writes neither
# simplified nor traditional (県 for 县/縣, 駅, 発, 戦). A headline that py3langid gives to Chinese is Japanese by
# them ('韓国 務安空港で旅客機事故 179人死亡', '熊本県地震 死者9人').
OWN_LETTERS = "".join(map(chr, [*range(0x3041, 0x3097), *range(0x30A1, 0x30FB)])) + (
    "県駅発戦撃歳鉄転売読対気図団広辺沢円焼児続険検関営専様拡壊弾両経乗"
)
SCALES = {"万": 10_000, "億": 100_000_000, "千": 1000}  # "1万5千人": 15,000
NUMBER_WORDS = {
    "一": 1,
    "二": 2,
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
}
MULTIPLIERS = ("十", "百")
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "数十": (12, 12, 99),
    "数百": (100, 100, 999),
    "数千": (1000, 1000, 9999),
    "数万": (10_000, 10_000, 99_999),
    "数十万": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    # "殺害": killing, as a charge tells it ("7人を殺害した罪"; not ATTEMPTED "殺害しようとした")
    "killed": ("命を奪", "命が奪われ", "死亡", "死者", "亡くな", "犠牲", "遺体", "死去", "殺害"),
    "wounded": ("けが", "負傷", "重傷", "軽傷", "重軽傷", "病院に搬送", "病院へ搬送"),
    "missing": ("行方不明", "安否不明"),
    "displaced": ("避難",),
    "arrested": ("逮捕",),
}
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {"critical": ("重体", "意識不明"), "severe": ("重傷",), "light": ("軽傷",)}
QUALIFIERS_BEFORE = {"少なくとも": "at_least", "約": "about", "およそ": "about", "最大": "up_to"}
QUALIFIERS_AFTER = {"以上": "at_least", "超": "more_than", "余り": "more_than", "近く": "nearly", "あまり": "more_than"}
# Toll verbs after the number (verb-final): the number before them is the toll's latest update
UPDATE_AFTER = (
    "に増え",
    "に上っ",
    "に上る",
    "に達し",
    "に増加",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = ("当初",)
SUBSET_BEFORE = ("うち",)
NOT_COUNTS_AFTER = (
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "つの病院", "か所の病院", "カ所の病院", "ヶ所の病院", "病院",
    "歳",
    "年",
    "周年",  # an anniversary ('10周年'), no count
    "月",
    "日",
    "時",
    "分",
    "キロ",
    "メートル",
    "%",
    "棟",
    "戸",
    "円",
    "ドル",
    "階",
    "便",
    "号",
)
COUNT_NOUNS = ("数",)
FROM_TO = (("", "から"),)  # "from N to M": N is superseded
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("によると", "によれば",
    "によりますと",
    "の発表では",
    "の調べでは",
    "の話では",
)
SPEECH_VERBS = ("発表した", "明らかにした", "述べた", "伝えた", "語った",
    "発表しました",
    "明らかにしました",
    "述べました",
    "伝えました",
    "語りました",
    "確認した",
    "確認しました",
    "話した",
    "話しました",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "政府": "government",
    "当局": "authorities",
    "警察": "police",
    "消防": "fire service",
    "市長": "mayor",
    "知事": "governor",
    "関係者": "official",
    "通信": "news agency",
    "メディア": "media",
    "県警": "police",
    "府警": "police",
    "道警": "police",
    "警視庁": "police",
    "外務省": "foreign ministry",
    "厚生労働省": "health ministry",
    "国土交通省": "ministry",
    "省": "ministry",
    "病院": "hospital",
    "救助隊": "rescuers",
    "国営メディア": "state media",
    "国営テレビ": "state television",
    "赤十字": "red cross",
    "大統領": "president",
    "首相": "prime minister",
    "報道官": "spokesperson",
    "担当者": "official",
    "災害対策本部": "disaster headquarters",
    "気象庁": "weather agency",
    "ロイター": "reuters",
    "軍当局": "military",
    "国軍": "military",
    "医師": "doctors",
}
# What the source gave or a particle, written onto its end ("警察の発表によると", "県警は"): taken off
SOURCE_ENDINGS = (
    "の発表", "の調べ", "は", "が",
)
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("JP",)
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# last night
DAYS_BACK = {"昨夜": 1, "昨晩": 1}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("全国", "国全体", "全土")
# Written after a place name (core.extract.world_places): a prefecture's, a town's, a district's, an island's or the
# offshore word, or a particle ("カフラマンマラシュ県", "珍島沖で"); a long foreign name is found before one of them
SUFFIX_PARTICLES = ("県", "市", "町", "村", "区", "州", "郡", "島", "沖", "港", "で", "の", "に")
# Places the gazetteer has no Japanese name for, as English news names them (core.extract.world_places)
PLACE_NAMES = {"珍島": ("Jindo", "KR")}
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("首都",)
# As of (core.extract.world_dates): right after a date: the count's date, not the incident's
AS_OF_AFTER = ("現在",)
# Division words written after a name (core.extract.world_places): the name is a province's,
# state's or governorate's, not a town's (ハタイ県)
PROVINCE_WORDS = ("県", "府", "省", "州")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "戦争開始以来",
    "開戦以来",
    "侵攻開始以来",
    "侵攻以来",
    "戦闘開始以来",
    "今年に入って",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "最悪",
    "最大規模",
    "最も",
)
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_AFTER = ("行き", "へ向か", "に向か", "を出港", "を出発")
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("地震", "津波", "余震"),
    "water": (
        "洪水", "豪雨", "台風", "土砂崩れ", "大雨", "水害", "ハリケーン", "サイクロン", "竜巻", "雪崩", "土石流",
        "鉄砲水", "決壊", "浸水", "大雪", "氾濫", "冠水", "暴風雨",
    ),
    "fire": ("火災", "爆発", "火事", "山火事", "森林火災"),
    "air": ("墜落", "旅客機", "航空機", "飛行機", "ヘリ"),
    "rail": ("列車", "脱線", "電車", "地下鉄", "脱線事故", "鉄道"),
    "road": ("バス", "トラック", "交通事故", "乗用車", "高速道路", "玉突き", "正面衝突"),
    "ship": ("沈没", "転覆", "フェリー", "客船", "漁船", "船舶", "座礁"),
    "attack": (
        "テロ", "銃撃", "空爆", "攻撃", "ミサイル", "爆撃", "爆発", "待ち伏せ", "銃乱射", "乱射", "襲撃", "爆弾",
        "殺傷事件", "刺傷", "暴動", "空襲",
    ),
    "crowd": ("雑踏", "将棋倒し", "群衆", "圧死", "暴動"),
    "collapse": ("倒壊", "崩落", "崩壊", "陥没"),
    "mine": ("炭鉱", "鉱山"),
    "weather": ("落雷", "熱中症", "猛暑", "熱波", "寒波", "暴風", "酷暑", "熱射病", "低体温症", "凍死"),
    "volcano": ("噴火", "火山", "溶岩", "火砕流"),
}  # fmt: skip

PERSON_COUNTERS = ("人", "名")  # a counter of people after a number: "2000人" is a count, no year
# 'Of last week' right before a weekday ('先週の金曜日'; core.extract.world_dates): that weekday of the calendar week
# before the publication's, not the last one before it
LAST_WEEK = ("先週", "先週の")
# The dead counted together with the missing or the injured: neither metric counts it ("死者・行方不明者は計50人")
DEAD_AND_WOUNDED = (
    "死者・行方不明者", "死者・不明者", "死者と行方不明者", "死者・行方不明", "死傷者", "死者・負傷者", "死者・けが人",
)  # fmt: skip
# The past perfect tells the report's own toll as often as an older event's ("3人が死亡していたことがわかった"): an
# older event's only beside a word that sets it earlier (core.extract.world_roles)
PAST_PERFECT_TIMED = ("していた", "となっていた", "なっていた")
LAST_YEAR = ("前回", "昨年", "去年", "以前", "過去には", "前年")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "#日前", "#週間前", "#カ月前", "#か月前", "#ヶ月前", "先週", "先月", "その前日",
)  # fmt: skip
# Those still in hospital, a part of the injured ("負傷者12人が今も入院している"): a word of remaining (STILL_IN_CARE)
# and a word of care (CARE_WORDS) in the count's clause
STILL_IN_CARE = ("今も", "現在も", "依然", "いまだに", "今なお", "引き続き")
CARE_WORDS = ("入院", "病院", "治療中")

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('2人を殺害しようとした疑い', '殺害予告')
ATTEMPTED = (
    "殺害しよう", "殺害未遂", "殺害予告", "殺害すると",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("日本人", "邦人")

# Date words: a headline counting years since an event ('地震から10年', '22日で10年', '10周年';
# `core.extract.look_back`)
YEARS_ON = ("から{n}年", "日で{n}年", "{n}周年", "{n}年前の")
