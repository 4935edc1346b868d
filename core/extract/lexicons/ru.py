"""Russian lexicon (shared shape, see `es.py` for the names): data only (MATCH "prefix": inflected endings)."""

from __future__ import annotations

LANGUAGE = "ru"
MATCH = "prefix"
LATIN_PLACES = False
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"тысяч": 1000, "тысячи": 1000, "тыс.": 1000, "миллион": 1_000_000}
NUMBER_WORDS = {
    "один": 1,
    "одна": 1,
    "два": 2,
    "две": 2,
    "двое": 2,
    "три": 3,
    "трое": 3,
    "четыре": 4,
    "четверо": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "сто": 100,
    # teens, tens, hundreds, and the case forms newsrooms write ('двух', 'пятерых')
    "одного": 1,
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "четырёх": 4,
    "пяти": 5,
    "пятерых": 5,
    "пятеро": 5,
    "шести": 6,
    "шестеро": 6,
    "семи": 7,
    "семеро": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
    "десятерых": 10,
    "двоих": 2,
    "троих": 3,
    "одиннадцать": 11,
    "одиннадцати": 11,
    "двенадцать": 12,
    "двенадцати": 12,
    "тринадцать": 13,
    "тринадцати": 13,
    "четырнадцать": 14,
    "четырнадцати": 14,
    "пятнадцать": 15,
    "пятнадцати": 15,
    "шестнадцать": 16,
    "шестнадцати": 16,
    "семнадцать": 17,
    "семнадцати": 17,
    "восемнадцать": 18,
    "восемнадцати": 18,
    "девятнадцать": 19,
    "девятнадцати": 19,
    "двадцати": 20,
    "тридцати": 30,
    "пятидесяти": 50,
    "шестьдесят": 60,
    "шестидесяти": 60,
    "семьдесят": 70,
    "семидесяти": 70,
    "восемьдесят": 80,
    "восьмидесяти": 80,
    "девяносто": 90,
    "сорока": 40,
    "ста": 100,
    "двести": 200,
    "двухсот": 200,
    "триста": 300,
    "трехсот": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "шестьсот": 600,
    "семьсот": 700,
    "восемьсот": 800,
    "девятьсот": 900,
    "тысяча": 1000,
}
# Round amounts, about the figure: "полторы тысячи" (one and a half thousand)
APPROXIMATE = {
    "полторы тысячи": 1500, "полутора тысяч": 1500, "полтора десятка": 15, "полутора десятков": 15,
    "полторы сотни": 150, "полсотни": 50, "полусотни": 50,
    "десяток": 10, "десятка": 10, "дюжина": 12,  # "более десятка человек": more than ten
}  # fmt: skip
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "десятки": (12, 12, 99),
    "десятков": (12, 12, 99),
    "сотни": (100, 100, 999),
    "сотен": (100, 100, 999),
    "тысячи": (1000, 1000, 9999),
    "десятки тысяч": (10_000, 10_000, 99_999),
    "сотни тысяч": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43): 'убили', 'убила'
        "убил","погиб", "гибел", "убит", "смерт", "жертв", "умер", "скончал", "тела", "тел ", "тел.", "тел,", "утону",
               "унесло жизни", "унесла жизни", "унес жизни", "унёс жизни", "унесли жизни", "унеся жизни",
               "в убийстве", "за убийство"),  # "обвиняется в убийстве семи человек": the charge tells the dead
    "wounded": (
        "ранен",
        "пострадав",
        "травм",
        "госпитализирован",
        "медицинскую помощь оказали",
        "за медицинской помощью обратились",  # "за медицинской помощью обратились 30 человек"
        "обратились за медицинской помощью",
        "оказали медицинскую помощь",
        "медицинскую помощь получили",
        "получили медицинскую помощь",
    ),
    "missing": ("пропал", "без вести"),
    "displaced": ("эвакуир", "переселен", "без крова"),
    "arrested": ("задержан", "арестован"),
}
# Verbs that count victims only of people: "пострадали более 60 человек" (were hurt), not "пострадали 200 гектаров"
PEOPLE_TRIGGERS = {"wounded": ("пострадал",)}
PEOPLE_NOUNS = ("человек", "люд", "жител", "дет", "пассажир", "рабоч", "горожан", "сотрудник", "военн", "мирных")
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "погибли или",
    "погибших и раненых",
    "убитых и раненых",
    "погибших или раненых",
    "погибших и пропавших",
    "погибли или пропали",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("крайне тяжел", "крайне тяжёл", "критическ"),
    "severe": ("тяжел", "тяжёл", "тяжело"),
    "moderate": ("средней тяжести",),
    "light": ("легк", "легко"),
}
COORDINATORS = ("и", "а")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("от", "до", ""),
    ("между", "и", ""),
)
QUALIFIERS_BEFORE = {
    "не менее": "at_least",
    "по меньшей мере": "at_least",
    "как минимум": "at_least",
    "минимум": "at_least",
    "более": "more_than",
    "больше": "more_than",
    "свыше": "more_than",
    "почти": "nearly",
    "около": "about",
    "примерно": "about",
}
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "снизил",
    "уменьшил",
    "сократил",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "первоначально",
    "ранее",
    "сначала",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "террорист",
    "нападавш",
    "боевик",
)
SUBSET_BEFORE = ("среди них", "из них", "в том числе", "включая", "среди раненых", "среди погибших")
SUBSET_AFTER = ("из них",)
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("среди",)
NOT_COUNTS_AFTER = (
    # "в 2 смены", "на 3 этаже": a shift, a floor, no count of people
    "смен", "этаж",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "больниц*", "клиник*", "медучреждени*",
    "раза", "раз ",  # "counted twice", "dos veces": how often, not how many
    "лет",
    "год",
    "года",
    "км",
    "километр",
    "метр",
    "%",
    "процент",
    "час",
    "минут",
    "дней",
    "дня",
    "рубл",
    "доллар",
    "дом",
    "этаж",
    # the dead and the wounded together: neither metric's count
    "человек погибли или",
    "погибших и раненых",
    "убитых и раненых",
    "в день", "в сутки", "ежедневно",  # "до 600 в день": a rate, no toll
)
COUNT_NOUNS = ("число", "количество")
COUNT_ANAPHORS = (
    "их число", "их количество",
    "эта цифра", "эту цифру", "это число",  # "this figure" told on: "теперь эта цифра выросла до 15"
)  # fmt: skip
  # "their number": the count of the kind of victims named before
PROJECTION_BEFORE = ("может вырасти", "может достичь", "опасаются", "опасаются, что")
FROM_TO = (("с", "до"),)  # "from N to M": N is superseded
# The number fronted before its toll verb ("До 14 выросло число погибших", to 14 rose the number of the dead): the
# number is the toll's latest update
UPDATE_AFTER = ("выросло", "возросло", "выросла", "возросла", "вырос", "возрос", "увеличилось", "увеличилась")
UPDATE_BEFORE = (
    "возросло до",
    "выросло до",
    "возросла до",
    "выросла до",
    "увеличилось до",
    "достигло",
    "достигла",
    # the verb left out, a dash in its place, in a list of counts ("... выросло до 12, пострадавших — до 30")
    "- до",
)  # toll verbs: the number after them is the toll's latest update
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = ("с начала", "с момента", "в этом году", "войны", "война", "конфликта")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "с начала войны",
    "с начала вторжения",
    "с начала конфликта",
    "с начала года",
    "с начала специальной военной операции",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "самы",
    "крупнейш",
    "наиболее",
)
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = (
    "по данным", "по словам", "как сообщает", "как сообщили", "согласно", "по информации",
    "ссылаясь на", "со ссылкой на",  # an outlet citing someone: the one cited gave the figure,
    "как сообщило",
    "как сообщают",
    "как заявили",
    "как заявил",
    "как заявила",
    "как передает",
    "как передаёт",
    "по сведениям",
    "по сообщению",
    "по оценкам",
    "по подсчетам",
    "по подсчётам",
)  # fmt: skip
SPEECH_VERBS = (
    "сообщил",
    "сообщила",
    "сообщили",
    "заявил",
    "заявила",
    "заявили",
    "сказал",
    "сказала",
    "написал",
    "написала",
    "уточнил",
    "уточнила",
    "рассказал",
    "рассказала",
    "сообщи",
    "сообща",
    "заяви",
    "уточни",
    "рассказа",
    "написа",
    "подтверди",
    "передае",
    "передаю",
    "информиру",
    "отмети",
    "добави",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "министерство": "ministry",
    "министр": "minister",
    "мчс": "emergency ministry",
    "правительство": "government",
    "власти": "authorities",
    "полиция": "police",
    "спасатели": "rescuers",
    "мэр": "mayor",
    "глава": "head",
    "губернатор": "governor",
    "прокуратура": "prosecutor",
    "представитель": "spokesperson",
    "президент": "president",
    "агентство": "agency",
    "минздрав": "health ministry",
    "медики": "medics",
    "спасател": "rescuers",
    "министерств": "ministry",
    "больниц": "hospital",
    "мвд": "police",
    "сми": "media",
    "госсми": "state media",
    "телевидени": "television",
    "риа новости": "ria novosti",
    "интерфакс": "interfax",
    "ведомств": "agency",
    "источник": "source",
    "оперштаб": "headquarters",
    "следственн": "investigators",
    "военн": "military",
    "минобороны": "defence ministry",
    "администраци": "administration",
    "властей": "authorities",
    "врачи": "doctors",
    "врачей": "doctors",
    "медиков": "medics",
    "пожарные": "firefighters",
    "пожарных": "firefighters",
    "полиции": "police",
    "полицию": "police",
    "государственные сми": "state media",
    "государственных сми": "state media",
}
# Sources who are not the authorities counting the harm (organisers, residents, witnesses, ...), each with its
# English kind: told beside an official source's other figure, theirs is an alternative, not the headline
# (`core.competing_claimants`); read as source nouns too (`core.extract.world_attribution`).
UNOFFICIAL_SOURCES = {
    "организаторы": "organisers",
    "организаторов": "organisers",
    "жители": "residents",
    "жителей": "residents",
    "жителям": "residents",
    "очевидцы": "witnesses",
    "очевидцев": "witnesses",
    "свидетели": "witnesses",
    "активисты": "activists",
    "активистов": "activists",
    "протестующие": "protesters",
    "родственники": "relatives",
    "родственников": "relatives",
    "оппозиция": "opposition",
    "профсоюз": "union",
    "выжившие": "survivors",
}
# verbs by which a source gives the figure, for sources only ("местные жители говорят о 120 погибших")
REPORTING_VERBS = ("говорят", "говорит")
# Words opening a clause set against the one before it: a source the clause names is its figures' own,
# not the sentence's first source (`core.extract.multilingual`): "а организаторы говорят о 20 пострадавших"
CONTRAST_CLAUSES = ("а", "тогда как", "в то время как",)  # fmt: skip
# A sentence opening that points back at what was told before it: its source gave those figures
SAID_OF_BEFORE = ("об этом",)
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("RU",)
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# "the day before" (the publication's): news' word for yesterday
DAYS_BACK = {"накануне": 1}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("по всей стране", "по стране")
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = (
    "которые",
    # or a participle, itself the relative clause's verb, with the place or cause after it ("16 человек, погибших
    # при пожаре"); never alone: "16 человек, погибших нет" is no one dead
    *(
        f"{participle} {after}"
        for participle in ("погибших", "погибшие", "пострадавших", "пострадавшие", "раненых", "раненые", "умерших",
                           "скончавшихся", "убитых", "получивших", "отравившихся")
        for after in ("при", "в", "во", "на", "от", "из-за", "после", "под", "в результате", "вследствие", "ранения",
                      "травмы", "тяжелые", "тяжёлые")
    ),
)  # fmt: skip
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("в основном", "преимущественно", "главным образом", "большинство из них", "большей частью")
# Division words (or words beginning with one) written after a name (core.extract.world_places): the name is a
# province's, state's or governorate's, not a town's (Хатай провинции)
PROVINCE_WORDS = ("област", "провинци", "штат")
# Division words (or words beginning with one) written before a name (core.extract.world_places): the name is a
# province's, state's or governorate's, not a town's (провинции Хатай)
PROVINCE_WORDS_BEFORE = ("провинци", "област", "штат")
# Places (core.extract.world_places): verbs a capital governs ("Москва обвинила"), making it the government, not the
# place
GOVERNMENT_VERBS = ("обвинил", "обвиняет", "осудил", "осуждает", "потребовал", "требует", "пригрозил", "призвал")
# Places (core.extract.world_places): locative words, before a name or after it ('в Лондоне'): the town is
# where the figure stands, even in a report that names only another country (the victims' or the attacker's)
LOCATIVES = ("в", "во", "на")
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = ("до сих пор", "остаются", "по-прежнему", "сейчас", "в настоящее время", "находятся", "находится")
CARE_WORDS = ("больниц", "госпитализ", "реанимац", "стационар")  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("землетрясени*", "цунами"),
    "water": (
        "наводнени*", "паводк*", "ливн*", "шторм*", "ураган*", "тайфун*", "оползн*", "лавин*", "смерч*", "циклон*",
        "селев*", "сель", "прорыв дамбы", "дамб*", "снегопад*", "метел*", "ливень", "наводнения",
    ),
    "fire": ("пожар*", "взрыв*", "возгорани*", "горит"),
    "air": ("самолет*", "самолёт*", "вертолет*", "вертолёт*", "авиакатастроф*"),
    "rail": (
        "поезд*", "железнодорожн*", "электричк*", "электропоезд*", "рельсов", "сошел с рельсов", "сошёл с рельсов",
        "трамва*",
    ),
    "road": (
        "автобус*", "грузовик*", "дтп", "автокатастроф*", "аварии на трассе", "на трассе", "маршрутк*",
        "лобовом столкновении", "столкновение автобуса",
    ),
    "ship": (
        "судно", "судна", "корабл*", "паром*", "лодк*", "затону*", "теплоход*", "катер", "катера", "крушение судна",
    ),
    "attack": (
        "обстрел*", "удар", "удара", "ударов", "атак*", "ракет*", "бомб*", "теракт*", "стрельб*", "взрыв*", "дрон*",
        "засад*", "расстрел*", "нападени*", "авиаудар*", "стрелок", "стрельбу", "резня", "резни", "теракта",
    ),
    "crowd": ("давк*", "беспорядк*", "бунт", "бунта", "массовые беспорядки"),
    "collapse": ("обрушени*", "обрушил*", "рухнул*", "обрушение"),
    "mine": ("шахт*", "рудник*", "горняк*"),
    "weather": (
        "молни*", "жара", "жары", "жару", "морозы", "морозов", "шторм*", "=удар молнии", "=удара молнии",
        "=ударом молнии", "=тепловой удар", "=теплового удара", "жарой", "зной", "мороза", "морозом",
        "переохлаждени*", "гроза", "грозы", "грозой", "аномальной жары",
    ),
    "volcano": ("вулкан*", "извержени*", "лава", "лавы", "лавой"),
}  # fmt: skip
# 'Last' beside a weekday ('в прошлую пятницу'; core.extract.world_dates): on the weekday it names, the one a week
# before
LAST_WEEKDAY = ("прошлый", "прошлую", "прошлое", "прошлой")
SOURCE_LEADING = ("в", "во", "у")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = (
    "в своем", "в своём", "в telegram", "в телеграм", "на брифинге", "в интервью", "журналистам", "в соцсетях",
    "в заявлении",
)  # fmt: skip
# A verb's singular form that tells the death of one, with no number ("the driver died"); not after a negation
SINGULAR_DEATHS = ("погиб", "погибла", "умер", "умерла", "скончался", "скончалась", "убит", "убита")
NEGATIONS = ("не",)
# A word between a count's noun and its number, the count's own: the dash of a verb left out ("пострадавших — до 30")
LABEL_LINKS = ("- до",)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# дней назад", "# дня назад", "# недели назад", "# месяца назад", "# месяцев назад", "неделю назад",
    "месяц назад", "неделей ранее", "месяцем ранее", "# днями ранее", "# дня спустя", "за # дней до этого",
    "за неделю до этого", "на прошлой неделе", "в прошлом месяце",
)  # fmt: skip
ATTEMPTED = (  # right before a killing word: the deed not done ("в покушении на убийство двух человек")
    "покушение на", "покушения на", "покушении на", "покушением на", "попытка", "попытки", "попытке", "попытку",
    "приготовление к", "приготовлении к",
)  # fmt: skip
# A charge names its victims after it ("acusado de matar a seis"): a count before it is the accused
CHARGE_WORDS = ("в убийстве", "за убийство")
# 'in all' right before a number: the total of the count told before it in the sentence, which is its part
TOTAL_BEFORE = ("всего", "в общей сложности")
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("соотечественник", "россиян", "российских", "российские", "граждан россии", "граждане россии")
# The relative words that open the clause of an event's toll after its noun
# (multilingual._a_follow_ups_own_toll): "пожар 2004 года, в результате которого погибли 57 человек"
EVENT_RELATIVES = ("котор",)
# A sentence dated to an earlier year that tells that event's toll as recalled: the gerund of the toll
# ("огонь охватил три здания, унеся жизни 57 человек")
RECALL_VERBS = ("унеся жизни",)

# Date words: a headline counting years since an event (`core.extract.look_back`); {n} in figures or a word
YEARS_ON = ("{n} лет спустя", "спустя {n} лет", "{n} лет назад", "{n} лет со дня", "{n} лет с", "{n} годовщина",
            "{n} годовщину", "{n} год спустя", "спустя {n} год")  # fmt: skip
YEAR_COUNTS = {
    "один": 1, "пять": 5, "пятую": 5, "десять": 10, "десятую": 10, "десятая": 10, "двадцать": 20,
    "двадцатую": 20, "пятнадцать": 15,
}
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("похорон", "прощан", "проститься", "простились", "траурн", "панихид", "почтить", "последний путь")
# "третий пострадавший скончался": an ordinal with a singular death is the toll so far (world_triggers)
ORDINALS = {"второй": 2, "вторая": 2, "третий": 3, "третья": 3, "четвёртый": 4, "четвертый": 4, "четвёртая": 4,
            "четвертая": 4, "пятый": 5, "пятая": 5, "шестой": 6, "шестая": 6, "седьмой": 7, "седьмая": 7,
            "восьмой": 8, "восьмая": 8, "девятый": 9, "девятая": 9, "десятый": 10, "десятая": 10}  # fmt: skip
# after an ordinal, words that make it no person: "второй раз", "на третий день", "третья часть"
ORDINAL_NOT_PERSON = ("раз", "день", "дня", "сутк", "недел", "месяц", "год", "этаж", "част", "волн", "мест", "из")
# A day of mourning told right after a weekday or a date ('объявил воскресенье днём траура': the mourning's day, not
# the incident's; core.extract.world_dates)
MOURNING_WORDS = ("траур",)
