"""Korean lexicon (shared shape, see `es.py` for the names): data only. Particles attach to words
("179명이 숨졌다", "사망자는"): triggers match anywhere (MATCH "any")."""

from __future__ import annotations

LANGUAGE = "ko"
MATCH = "any"
LATIN_PLACES = False
DIGIT_GROUPS = ","
DECIMAL = "."
SCALES = {"만": 10_000, "천": 1000, "백": 100, "억": 100_000_000}
# Native Korean numbers, which news writes for a few people ("두 명", "세명"), only with the people's counter:
# alone they are other words ("세" is also an age, "네" yes, "열" heat)
NUMBER_WORDS = {
    "한 명": 1, "한명": 1, "두 명": 2, "두명": 2, "세 명": 3, "세명": 3, "네 명": 4, "네명": 4, "다섯 명": 5,
    "다섯명": 5, "여섯 명": 6, "여섯명": 6, "일곱 명": 7, "일곱명": 7, "여덟 명": 8, "여덟명": 8, "아홉 명": 9,
    "아홉명": 9, "열 명": 10, "열명": 10, "열한 명": 11, "열두 명": 12, "열세 명": 13, "열네 명": 14, "열다섯 명": 15,
    "스무 명": 20, "스물한 명": 21, "스물두 명": 22, "스물세 명": 23,
    # the tens from twenty to fifty and their units before the counter ("마흔다섯 명": 45)
    **{
        f"{tens}{unit}{gap}명": value + one
        for tens, value in (("스물", 20), ("서른", 30), ("마흔", 40), ("쉰", 50))
        for one, unit in enumerate(("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"), start=1)
        for gap in (" ", "")
    },
    "서른 명": 30, "마흔 명": 40, "쉰 명": 50,
}  # fmt: skip
NUMBER_ENDINGS = ("이", "은", "는", "을", "과", "와", "의", "도", "씩")  # the particle after the counter ("두 명이")
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "수십": (12, 12, 99),
    "수백": (100, 100, 999),
    "수천": (1000, 1000, 9999),
    "수만": (10_000, 10_000, 99_999),
    "수십만": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    # "살해": killing, as a charge tells it ("7명을 살해한 혐의"; not ATTEMPTED "살해하려")
    # "숨져", "다쳐": the connective forms, a clause that goes on ("3명이 숨져 전체 사망자는 11명으로 늘었다")
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "목숨을 앗아", "목숨을 빼앗", "목숨을 앗",
        "사망", "숨졌", "숨진", "숨지", "숨져", "목숨을 잃", "희생자", "희생됐", "숨을 거", "시신", "사망자", "살해",
    ),
    "wounded": ("부상", "다쳤", "다친", "다쳐", "중상", "경상", "병원으로 이송", "병원에 이송", "병원으로 옮겨"),
    "missing": ("실종",),
    "displaced": ("이재민", "대피", "피난"),
    "arrested": ("체포", "검거", "구속"),
}
# The dead counted together with the missing or the wounded: neither metric counts it
DEAD_AND_WOUNDED = (
    "숨지거나 실종", "사망하거나 실종", "사망·실종", "사망 또는 실종",
    "사망 실종", "사망·부상", "사망 또는 부상",
)  # fmt: skip
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {"critical": ("위독", "중태"), "severe": ("중상",), "light": ("경상",)}
QUALIFIERS_BEFORE = {"최소": "at_least", "적어도": "at_least", "약": "about", "거의": "nearly", "최대": "up_to"}
QUALIFIERS_AFTER = {
    "이상": "at_least",
    "여 명": "more_than",
    "여명": "more_than",
    "여": "more_than",
    "넘": "more_than",
    "가까이": "nearly",  # "50명 가까이": close to 50
    "에 육박": "nearly",  # "50명에 육박": approaching 50
    "가량": "about",
    "정도": "about",
    "안팎": "about",
    "에 달": "exact",
}
# Toll verbs after the number (verb-final): the number before them is the toll's latest update
UPDATE_AFTER = (
    "늘었",
    "늘어",
    "증가했",
    "불어났",
    "불어나",
    "올라",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "당초",
    "앞서",
    "처음에는",
)
# "범인을 포함해 5명이 숨졌다": the included told before, the number after the phrase is the whole
INCLUDING_AFTER = ("포함해", "포함한", "포함하여", "포함해서")
SUBSET_BEFORE = ("이 중", "이중", "그중", "그 중", "포함", "부상자 가운데", "부상자 중", "사망자 가운데", "사망자 중")
NOT_COUNTS_AFTER = (
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "곳",
    "세",
    "살",
    "년",
    "월",
    "일",
    "시",
    "분",
    "초",
    "km",
    "킬로",
    "미터",
    "m",
    "%",
    "퍼센트",
    "개",
    "채",
    "가구",
    "시간",
    "원",
    "달러",
    "층",
    "도",
    "편",
    "호",
)
# After a number: the group a later count is taken from ("탑승객 475명 가운데 사망자가 25명"): the number takes no
# trigger after it, only one right before it ("숨진 179명 가운데": of the 179 dead)
GROUP_AFTER = ("명 가운데", "명 중 ", "명 중에")
COUNT_NOUNS = ("자 수", "자수", "자의 수", "인원 수", "인원수")  # "사망자 수"; not the "수" of "홍수" (flood)
PERSON_COUNTERS = ("명",)  # a counter of people after a number: "2000人" is a count, no year
# "from N to M": N is superseded; "7명이 아닌 6명": not 7 but 6
FROM_TO = (("", "에서"), ("", "이 아닌"), ("", "가 아닌"))
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = ("에 따르면", "따르면",
    "에 의하면",
)
# speech verbs as stems, so that every ending reads: the written "밝혔다", the broadcast "밝혔습니다", the joined
# "밝혔으며", "밝혔고"
SPEECH_VERBS = ("밝혔", "말했", "전했", "발표했", "집계했", "설명했", "알렸", "확인했",
    "보도했",
    "공개했",
    "추산했",
    "파악했",
    "언급했",
)
# Words naming a statement, not who made it, before "에 따르면" (core.extract.world_attribution): "최신 발표에
# 따르면" names no one
REPORT_WORDS = ("최신", "최근", "발표", "잠정", "공식", "집계", "자료", "통계", "이날", "현재")
# A particle written onto the source's last word, not part of its name ("소방당국은", "경찰이"): taken off
SOURCE_ENDINGS = ("측은", "측이", "은", "는", "이", "가")
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "당국": "authorities",
    "소방당국": "fire authorities",
    "소방": "fire service",
    "경찰": "police",
    "해경": "coast guard",
    "해양경찰": "coast guard",
    "중대본": "disaster headquarters",
    "행정안전부": "ministry",
    "외교부": "ministry",
    "국방부": "ministry",
    "보건복지부": "ministry",
    "국토교통부": "ministry",
    "기상청": "weather agency",
    "질병관리청": "health agency",
    "외신": "foreign media",
    "정부": "government",
    "대책본부": "headquarters",
    "중앙재난안전대책본부": "disaster headquarters",
    "장관": "minister",
    "시장": "mayor",
    "지사": "governor",
    "관계자": "official",
    "통신": "news agency",
    "언론": "media",
    "연합뉴스": "yonhap",
    "구조당국": "rescue authorities",
    "병원": "hospital",
    "구조대": "rescuers",
    "대변인": "spokesperson",
    "대통령": "president",
    "총리": "prime minister",
    "관영": "state media",
    "국영": "state media",
    "적십자": "red cross",
    "의료진": "medical staff",
    "시청": "city hall",
    "도청": "provincial government",
    "군청": "county office",
    "구청": "district office",
    "대사관": "embassy",
    "군 당국": "military",
    "관리청": "agency",
    "국토부": "ministry",
    "행안부": "ministry",
    "복지부": "ministry",
    "교육부": "ministry",
    "산업부": "ministry",
    "방송": "broadcaster",
    "신문": "newspaper",
}
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("KR",)
# Written onto the end of a place name (core.extract.world_places): case particles ("부산에서", "서울의"), and the
# words of a facility or district named after it ("무안국제공항", "진도군", "목포항"), up to two of them.
SUFFIX_PARTICLES = (
    "에서는", "에서도", "에서", "으로", "까지", "부터", "에는", "에", "의", "은", "는", "이", "가", "을", "를", "로",
    "과", "와", "도", "국제공항", "공항", "항", "역", "시", "군", "현", "구", "읍", "앞바다", "해상", "인근",
    # a university named after its town or state ("미시간주립대", Michigan State University; "부산대학교")
    "주립대학교", "주립대학", "주립대", "대학교", "대학", "캠퍼스",
)  # fmt: skip
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# last night, the day before yesterday
DAYS_BACK = {"지난밤": 1, "그저께": 2, "엊그제": 2}
# Places the gazetteer has no Korean name for (county towns under its size), as English news names them
# (core.extract.world_places); "진도군", "진도 앞바다": the name with a county's or a sea's word after it
PLACE_NAMES = {"진도": ("Jindo", "KR")}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("전국",)
# As of (core.extract.world_dates): right after a date: the count's date, not the incident's
AS_OF_AFTER = ("현재",)
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "전쟁 발발 이후",
    "전쟁이 시작된 이후",
    "개전 이후",
    "전쟁 발발 이래",
    "올해 들어",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "최악",
    "최대 규모",
    "가장 치명적",
)
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_AFTER = ("향하던", "향하는", "향해", "출발한", "출발해", "출발하", "가던", "가는")
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("아직", "여전히")
CARE_WORDS = (
    "병원",
    "입원",
    "치료",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("지진", "쓰나미", "여진"),
    "water": (
        "홍수", "폭우", "태풍", "산사태", "침수", "호우", "허리케인", "사이클론", "토네이도", "눈사태", "댐 붕괴",
        "폭설", "우박", "집중호우", "범람",
    ),
    "fire": ("화재", "산불", "폭발"),
    "air": ("여객기", "항공기", "비행기", "헬기", "헬리콥터"),
    "rail": ("열차", "기차", "탈선", "지하철", "전철", "철도"),
    "road": ("버스", "트럭", "교통사고", "추돌", "교통 사고", "승용차", "고속도로", "정면충돌"),
    "ship": ("여객선", "선박", "침몰", "세월호", "어선", "페리", "좌초"),
    "attack": (
        "테러", "총격", "폭격", "공습", "공격", "미사일", "폭탄", "폭발", "매복", "총기", "난사", "흉기", "폭동",
    ),
    "crowd": ("압사", "인파", "폭동", "군중"),
    "collapse": ("붕괴",),
    "mine": ("탄광", "광산"),
    "weather": ("낙뢰", "벼락", "폭염", "열사병", "한파", "폭풍", "무더위", "열대야", "온열질환", "저체온증"),
    "volcano": ("화산",),
}  # fmt: skip
# 'Of last week' right before a weekday ('지난주 금요일'; core.extract.world_dates): that weekday of the calendar week
# before the publication's, not the last one before it
LAST_WEEK = ("지난주", "지난 주")
# 'Last' beside a weekday ('지난 월요일'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("지난",)
# Ranges: (word before the low figure, word between, word after the high one): "20~30명"
RANGES = (("", "~", ""), ("", "∼", ""))
# the past perfect (the double past): "마티 화재 때는 102명이 숨졌었다" (an older event's toll, after the text's own)
PAST_PERFECT = ("었었", "았었", "졌었", "했었", "됐었")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "#일 전", "닷새 전", "나흘 전", "사흘 전", "이틀 전", "일주일 전", "#주 전",
    "한 달 전", "#개월 전", "하루 전", "지난주", "지난 주", "지난달", "지난 달",
)  # fmt: skip

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('2명을 살해하려 한 혐의', '살해 미수', '살해 협박')
ATTEMPTED = (
    "살해하려", "살해 미수", "살해미수", "살해 협박", "살해협박", "살해하겠", "살해 시도", "살해를 시도",
)  # fmt: skip
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("모두", "총", "통틀어")
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("한국인", "한국 국적", "교민", "한국 관광객")

# Date words: a headline counting years since an event ('참사 20주기', '10주년'; `core.extract.look_back`)
YEARS_ON = ("{n}주기", "{n}주년", "{n}년 전 오늘")
# The day of the incident counted since it, right before a date (core.extract.world_dates): '침몰 닷새째를 맞는
# 20일' is the fifth day of the sinking, which was on the 16th
DAY_OF_EVENT = {
    "이틀째": 2, "사흘째": 3, "나흘째": 4, "닷새째": 5, "엿새째": 6, "이레째": 7, "여드레째": 8, "열흘째": 10,
}  # fmt: skip
