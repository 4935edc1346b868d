"""Ukrainian lexicon (shared shape, see `es.py` for the names): data only. Inflected endings follow stems
("загинули", "загиблих"): triggers match word starts (MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "uk"
MATCH = "prefix"
LATIN_PLACES = False
CAPITALISED_NAMES = True  # a script with capitals: a source's name is its capitalised words
DIGIT_GROUPS = " "
DECIMAL = ","
SCALES = {"тисяч": 1000, "тисячі": 1000, "тис.": 1000, "мільйон": 1_000_000}
NUMBER_WORDS = {
    "один": 1,
    "одна": 1,
    "два": 2,
    "дві": 2,
    "двоє": 2,
    "три": 3,
    "троє": 3,
    "чотири": 4,
    "четверо": 4,
    "п'ять": 5,
    "шість": 6,
    "сім": 7,
    "вісім": 8,
    "дев'ять": 9,
    "десять": 10,
    "двадцять": 20,
    "тридцять": 30,
    "сорок": 40,
    "п'ятдесят": 50,
    "сто": 100,
    # teens, tens, hundreds, and the case forms newsrooms write after 'of' and with people ('двох', 'п'ятьох')
    "одинадцять": 11,
    "одинадцяти": 11,
    "одинадцятьох": 11,
    "дванадцять": 12,
    "дванадцяти": 12,
    "дванадцятьох": 12,
    "тринадцять": 13,
    "тринадцяти": 13,
    "тринадцятьох": 13,
    "чотирнадцять": 14,
    "чотирнадцяти": 14,
    "чотирнадцятьох": 14,
    "п'ятнадцять": 15,
    "п'ятнадцяти": 15,
    "п'ятнадцятьох": 15,
    "шістнадцять": 16,
    "шістнадцяти": 16,
    "шістнадцятьох": 16,
    "сімнадцять": 17,
    "сімнадцяти": 17,
    "сімнадцятьох": 17,
    "вісімнадцять": 18,
    "вісімнадцяти": 18,
    "вісімнадцятьох": 18,
    "дев'ятнадцять": 19,
    "дев'ятнадцяти": 19,
    "дев'ятнадцятьох": 19,
    "двадцяти": 20,
    "двадцятьох": 20,
    "тридцяти": 30,
    "тридцятьох": 30,
    "п'ятдесяти": 50,
    "п'ятдесятьох": 50,
    "шістдесят": 60,
    "шістдесяти": 60,
    "шістдесятьох": 60,
    "сімдесят": 70,
    "сімдесяти": 70,
    "сімдесятьох": 70,
    "вісімдесят": 80,
    "вісімдесяти": 80,
    "вісімдесятьох": 80,
    "сорока": 40,
    "дев'яносто": 90,
    "дев'яноста": 90,
    "ста": 100,
    "двісті": 200,
    "двохсот": 200,
    "триста": 300,
    "трьохсот": 300,
    "чотириста": 400,
    "п'ятсот": 500,
    "шістсот": 600,
    "сімсот": 700,
    "вісімсот": 800,
    "дев'ятсот": 900,
    "тисяча": 1000,
    "одного": 1,
    "одне": 1,
    "двох": 2,
    "двом": 2,
    "трьох": 3,
    "трьом": 3,
    "чотирьох": 4,
    "п'яти": 5,
    "п'ятьох": 5,
    "п'ятеро": 5,
    "шести": 6,
    "шістьох": 6,
    "шестеро": 6,
    "семи": 7,
    "сімох": 7,
    "семеро": 7,
    "восьми": 8,
    "вісьмох": 8,
    "восьмеро": 8,
    "дев'яти": 9,
    "дев'ятьох": 9,
    "дев'ятеро": 9,
    "десяти": 10,
    "десятьох": 10,
    "десятеро": 10,
    # the collective numerals of the teens ("ще дванадцятеро поранені")
    "одинадцятеро": 11, "дванадцятеро": 12, "тринадцятеро": 13, "чотирнадцятеро": 14, "п'ятнадцятеро": 15,
    "шістнадцятеро": 16, "сімнадцятеро": 17, "вісімнадцятеро": 18, "дев'ятнадцятеро": 19, "двадцятеро": 20,
}
# Round amounts, about the figure: "півтори тисячі" (one and a half thousand)
APPROXIMATE = {"півтори тисячі": 1500, "півтора десятка": 15, "півтори сотні": 150, "півсотні": 50,
               "десяток": 10, "десятка": 10, "дюжина": 12}  # "понад десяток людей": more than ten
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "десятки": (12, 12, 99),
    "десятків": (12, 12, 99),
    "сотні": (100, 100, 999),
    "сотень": (100, 100, 999),
    "тисячі": (1000, 1000, 9999),
    "десятки тисяч": (10_000, 10_000, 99_999),
    "сотні тисяч": (100_000, 100_000, 999_999),
}
TRIGGERS = {
    "killed": (
        # the active past, 'they killed N' (test_four_forms43)
        "вбили", "вбила",
        "загин", "загибл", "загибел", "вбит", "убит", "смерт", "жертв", "помер", "тіла", "тіл ", "тіл.", "тіл,",
        "вбив",
        "забрав життя", "забрала життя", "забрало життя", "забрали життя",  # "took the lives of"
    ),
    "wounded": (
        "поранен",
        "травмован",
        # the injured as a noun ("15 постраждалих"); the verb "постраждали" counts only people (PEOPLE_TRIGGERS)
        "постраждалих", "постраждалі", "постраждалий", "постраждалим", "постраждалому", "постраждала",
        "травм",
        "госпіталізован",
        "медичну допомогу надали",
        "надали медичну допомогу",
        "медичну допомогу отримали",
        "отримали медичну допомогу",
    ),
    "missing": ("зникл", "безвісти"),
    "displaced": ("евакуйован", "переселен", "без даху"),
    "arrested": ("затриман", "заарештован"),
}
# Verbs that count victims only of people: "постраждали понад 60 людей" (were hurt), not "200 гектарів"
PEOPLE_TRIGGERS = {"wounded": ("постраждали", "постраждав", "постраждало")}
PEOPLE_NOUNS = ("людей", "люди", "осіб", "особи", "жител", "дітей", "діти", "пасажир", "містян", "цивільн", "військов")
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "загинули або",
    "загиблих і поранених",
    "загиблих та поранених",
    "вбитих і поранених",
    "загиблих або поранених",
    "загиблих і зниклих",
    "загинули або зникли",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("критичн", "вкрай важк"),
    "severe": ("важк", "тяжк", "тяжких"),
    "moderate": ("середньої тяжкості", "середнього ступеня"),
    "light": ("легк", "легко"),
}
COORDINATORS = ("і", "та", "й", "а")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("від", "до", ""),
    ("між", "і", ""),
)
QUALIFIERS_BEFORE = {
    "щонайменше": "at_least",
    "принаймні": "at_least",
    "не менше": "at_least",
    "не менше ніж": "at_least",
    "понад": "more_than",
    "більше": "more_than",
    "більш ніж": "more_than",
    "більше ніж": "more_than",
    "майже": "nearly",
    "близько": "about",
    "приблизно": "about",
}
# ... and those still in hospital ("продовжують лікування 68 постраждалих"): a part of the wounded, not their total
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "знизил",
    "зменшил",
    "скоротил",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "спочатку",
    "раніше",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "терорист",
    "нападник",
)
SUBSET_BEFORE = (
    "серед них", "з них", "зокрема", "у тому числі", "в тому числі", "продовжують лікування", "перебувають у лікарн",
    "залишаються в лікарн", "серед поранених", "серед загиблих"
)  # fmt: skip
SUBSET_AFTER = ("з них",)
# 'among' right before the victims' word: those among them are a part of them
AMONG = ("серед",)
NOT_COUNTS_AFTER = (
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "лікарн*", "лікарень", "медзаклад*",
    "рази", "разів", "раз ",  # "counted twice", "dos veces": how often, not how many
    "років",
    "роки",
    "рік",
    "року",
    "км",
    "кілометр",
    "метр",
    "%",
    "відсот",
    "годин",
    "хвилин",
    "днів",
    "дні",
    "гривень",
    "доларів",
    "будин",
    "поверх",
    # the dead and the wounded together: neither metric's count
    "людей загинули або",
    "людини загинули або",
    "загиблих і поранених",
    "загиблих та поранених",
    "вбитих і поранених",
)
COUNT_NOUNS = ("кількість", "число")
COUNT_ANAPHORS = (
    "їх кількість", "їхня кількість", "їх число",  # "their number": the kind named before
    "ця цифра", "цю цифру", "це число", "ця кількість",  # "this figure" told on: "тепер ця цифра зросла до 15"
    # "the number rose" in a later sentence, the kind named before ("Згодом кількість зросла до 27")
    "кількість зросла", "кількість збільшилася", "число зросло", "число збільшилося",
)  # fmt: skip
PROJECTION_BEFORE = ("може зрости", "може сягнути")
FROM_TO = (("з", "до"),)  # "from N to M": N is superseded
# The number fronted before its toll verb ("До 14 выросло число погибших", to 14 rose the number of the dead): the
# number is the toll's latest update
UPDATE_AFTER = ("зросла", "зросло", "зріс", "збільшилася", "збільшилося")
UPDATE_BEFORE = (
    "зросла до",
    "зросло до",
    "зріс до",
    "збільшилася до",
    "сягнула",
    "досягла",
    # the verb left out, a dash in its place, in a list of counts ("... зросла до 12, поранених — до 30")
    "- до",
)  # toll verbs: the number after them is the toll's latest update
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = ("з початку", "від початку", "цього року", "війни", "війна", "конфлікту")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "з початку війни",
    "від початку війни",
    "з початку повномасштабного вторгнення",
    "від початку повномасштабного вторгнення",
    "з початку вторгнення",
    "з початку року",
    "від початку року",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "наймасованіш",
    "найсмертоносніш",
    "найкривавіш",
    "наймасштабніш",
    "найбільш",
)
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = (
    "за даними",
    "за словами",
    "як повідомляє",
    "як повідомили",
    "як повідомив",
    "як повідомила",
    "згідно з",
    "за інформацією",
    # an outlet citing someone: the one cited gave the figure ("повідомляє УНН, посилаючись на голову ОВА")
    "посилаючись на",
    "з посиланням на",
    "як повідомило",
    "як повідомляють",
    "як інформує",
    "як заявили",
    "як заявив",
    "як заявила",
    "як зазначили",
    "як зазначив",
    "за повідомленням",
    "за оцінками",
    "за підрахунками",
)
SPEECH_VERBS = (
    "повідомив",
    "повідомила",
    "повідомили",
    "заявив",
    "заявила",
    "заявили",
    "сказав",
    "сказала",
    "написав",
    "написала",
    "розповів",
    "розповіла",
    "уточнив",
    "уточнила",
    "зазначив",
    "зазначила",
    "інформує",
    "повідоми",
    "повідомля",
    "заяви",
    "підтверди",
    "уточни",
    "зазначи",
    "розпові",
    "написа",
    "сказа",
    "інформу",
    "поінформува",
    "оголоси",
    "додав",
    "додала",
    "додали",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "міністерство": "ministry",
    "міністр": "minister",
    "уряд": "government",
    "влада": "authorities",
    "поліція": "police",
    "поліції": "police",
    "дснс": "emergency service",
    "рятувальники": "rescuers",
    "мер": "mayor",
    "міський голова": "mayor",
    "голова": "head",
    "голови": "head",
    "голову": "head",
    "очільник": "head",
    "прокуратура": "prosecutor",
    "офіс": "office",
    "речник": "spokesperson",
    "речниця": "spokesperson",
    "президент": "president",
    "зеленський": "zelensky",
    "ова": "regional administration",
    "обласна військова адміністрація": "regional administration",
    "адміністрації": "administration",
    "лікарні": "hospital",
    "медики": "medics",
    "нацполіція": "national police",
    "начальник": "head",
    "рятувальник": "rescuers",
    "міністерств": "ministry",
    "лікарн": "hospital",
    "пожежн": "fire service",
    "змі": "media",
    "укрінформ": "ukrinform",
    "агентств": "agency",
    "військов": "military",
    "зсу": "army",
    "керівник": "head",
    "моз": "health ministry",
    "лікарі": "doctors",
    "лікарів": "doctors",
    "медиків": "medics",
    "поліцію": "police",
    "губернатор": "governor",
    "влади": "authorities",
    "державні змі": "state media",
    "державних змі": "state media",
}
# Sources who are not the authorities counting the harm (organisers, residents, witnesses, ...), each with its
# English kind: told beside an official source's other figure, theirs is an alternative, not the headline
# (`core.competing_claimants`); read as source nouns too (`core.extract.world_attribution`).
UNOFFICIAL_SOURCES = {
    "організатори": "organisers",
    "мешканці": "residents",
    "мешканців": "residents",
    "жителі": "residents",
    "очевидці": "witnesses",
    "очевидців": "witnesses",
    "свідки": "witnesses",
    "активісти": "activists",
    "родичі": "relatives",
    "опозиція": "opposition",
    "профспілка": "union",
    "вцілілі": "survivors",
}
# Words opening a clause set against the one before it: a source the clause names is its figures' own,
# not the sentence's first source (`core.extract.multilingual`): "а організатори заявили про 20 постраждалих"
CONTRAST_CLAUSES = ("а", "тоді як", "в той час як",)  # fmt: skip
# A sentence opening that points back at what was told before it: its source gave those figures
SAID_OF_BEFORE = ("про це",)
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("UA",)
NOT_PLACES = ("Сер",)  # Wednesday's short form, not Serres
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# "the day before" (the publication's): news' word for yesterday
DAYS_BACK = {"напередодні": 1}
# A stem's last vowel as the name writes it (core.extract.world_places): "Києві" is "Київ", "Харкові" "Харків",
# "Миколаєві" "Миколаїв" (і of a closed last syllable is о or е, ї is є, before an ending)
PLACE_STEM_VOWELS = {"є": "ї", "о": "і", "е": "і"}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("по всій країні", "по країні")
# A relative pronoun after a comma goes on with the counted people (core.extract.multilingual): "117 residents,
# who were wounded"
RELATIVES = (
    "котрі", "які",
    # or a participle, itself the relative clause's verb, with the place or cause after it ("16 людей, загиблих під
    # час пожежі"); never alone: "загиблих немає" is no one dead
    *(
        f"{participle} {after}"
        for participle in ("загиблих", "загиблі", "постраждалих", "постраждалі", "поранених", "поранені", "померлих",
                           "вбитих", "отримавши")
        for after in ("під час", "при", "в", "у", "на", "від", "через", "після", "внаслідок", "поранення", "травми")
    ),
)  # fmt: skip
# "nine people, mostly children, died": an aside on who the counted were, between commas, keeps the count
ASIDE_OPENERS = ("переважно", "здебільшого", "в основному", "більшість із них", "головним чином")
# Division words (or words beginning with one) written after a name (core.extract.world_places): the name is a
# province's, state's or governorate's, not a town's (Хатай провінції)
PROVINCE_WORDS = ("област", "провінці", "штат")
# Division words (or words beginning with one) written before a name (core.extract.world_places): the name is a
# province's, state's or governorate's, not a town's (провінції Хатай)
PROVINCE_WORDS_BEFORE = ("провінці", "област", "штат")
# Places (core.extract.world_places): verbs a capital governs ("Москва звинуватила"), making it the government, not
# the place
GOVERNMENT_VERBS = ("звинуватив", "звинуватил", "звинувачує", "засудив", "засудил", "засуджує", "вимагає", "закликав")
# Places (core.extract.world_places): locative words, before a name or after it ('у Лондоні'): the town is
# where the figure stands, even in a report that names only another country (the victims' or the attacker's)
LOCATIVES = ("у", "в", "на")
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
STILL_IN_CARE = (
    "досі",
    "залишаються",
    "залишається",
    "продовжують",
    "наразі",
    "зараз",
    "перебувають",
    "перебуває",
)
# a hospital, being admitted: read with STILL_IN_CARE
CARE_WORDS = ("лікарн", "госпіталіз", "реанімац", "стаціонар")
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("землетрус*", "цунамі"),
    "water": (
        "повін*", "паводк*", "паводок", "злив*", "шторм*", "ураган*", "тайфун*", "смерч*", "зсув*", "лавин*", "дамб*",
        "циклон*", "повен*", "снігопад*", "хуртовин*", "прорив дамби", "злива",
    ),
    "fire": ("пожеж*", "вибух*", "загоранн*"),
    "air": ("літак*", "гелікоптер*", "вертоліт*", "вертольот*", "авіакатастроф*"),
    "rail": ("потяг*", "поїзд*", "залізничн*", "зійшов з рейок", "рейок", "електричк*", "трамва*"),
    "road": (
        "автобус*", "маршрутк*", "вантажівк*", "дтп", "автокатастроф*", "аварії на трасі", "лобове зіткнення",
        "лобовому зіткненні",
    ),
    "ship": ("корабл*", "судно", "пором*", "човен", "човн*", "затону*", "теплохід*", "катер", "катера"),
    "attack": (
        "обстріл*", "удар", "удару", "ударів", "атак*", "ракет*", "бомб*", "вибух*", "теракт*", "дрон*", "шахед*",
        "засідк*", "стрілянин*", "стрілець", "розстріл*", "напад", "нападу", "нападі", "авіаудар*", "різанин*",
        "теракту",
    ),
    "crowd": ("тиснява*", "заворушенн*", "бунт", "бунту"),
    "collapse": ("обвал*", "обрушенн*", "обрушил*", "обрушив*", "завалил*", "завалив*", "обвалилась", "рухнув*"),
    "mine": ("шахт*", "копальн*", "гірник*"),
    "weather": (
        "блискавк*", "спека", "спеки", "спеку", "морози", "морозів", "шторм*", "=удар блискавки", "=удару блискавки",
        "=ударом блискавки", "=тепловий удар", "=теплового удару", "спекою", "морозу", "морозом", "переохолодженн*",
        "гроза", "грозою",
    ),
    "volcano": ("вулкан*", "виверженн*", "лава"),
}  # fmt: skip
# 'Last' beside a weekday ('минулої п'ятниці', 'у минулу п'ятницю'; core.extract.world_dates): on the weekday it names,
# the one a week before
LAST_WEEKDAY = ("минулого", "минулої", "минулий", "минулу")
SOURCE_LEADING = ("в", "у")
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = (
    "у своєму", "в своєму", "у telegram", "в telegram", "у телеграм", "в телеграм", "на брифінгу", "в ефірі",
    "у соцмережах", "журналістам",
)  # fmt: skip
# A verb's singular form that tells the death of one, with no number ("the driver died"); not after a negation
SINGULAR_DEATHS = ("загинув", "загинула", "помер", "померла")
NEGATIONS = ("не",)
# A word between a count's noun and its number, the count's own: the dash of a verb left out ("пострадавших — до 30")
LABEL_LINKS = ("- до",)

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# днів тому", "# дні тому", "# тижні тому", "тиждень тому", "місяць тому", "тижнем раніше", "місяцем раніше",
    "# днями раніше", "за # днів до цього", "за тиждень до цього", "минулого тижня", "минулого місяця",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("співвітчизник", "українців", "українських", "українські", "громадян україни",
    "громадяни україни")
# The relative words that open the clause of an event's toll after its noun
# (multilingual._a_follow_ups_own_toll): "пожежа 2004 року, внаслідок якої загинули 57 людей"
EVENT_RELATIVES = ("якої", "якого", "яких", "котр")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("похорон", "прощан", "попрощатися", "попрощалися", "жалобн", "вшанува", "останню путь")
# "третій постраждалий помер": an ordinal with a singular death is the toll so far (world_triggers); not 'другий'
# (also 'the other')
ORDINALS = {"третій": 3, "третя": 3, "четвертий": 4, "четверта": 4, "п'ятий": 5, "п'ята": 5, "шостий": 6,
            "шоста": 6, "сьомий": 7, "сьома": 7, "восьмий": 8, "восьма": 8, "дев'ятий": 9, "дев'ята": 9}  # fmt: skip
# after an ordinal, words that make it no person: "втретє", "на третій день", "третя частина"
ORDINAL_NOT_PERSON = ("раз", "день", "дня", "доб", "тижн", "місяц", "рок", "поверх", "частин", "хвил", "місц", "з")
