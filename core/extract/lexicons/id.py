"""Indonesian lexicon (shared shape, see `es.py` for the names): data only. Affixes wrap stems
("menewaskan", "korban tewas"): triggers match anywhere in a word (MATCH "any"). Malay ("ms") reads it too
(`core.extract.lexicons.ALIASES`): its own words are listed beside the Indonesian ones ("maut", "terkorban",
"sekurang-kurangnya", "lapan", "hospital", "polis")."""

from __future__ import annotations

LANGUAGE = "id"
MATCH = "any"
DIGIT_GROUPS = "."
DECIMAL = ","
SCALES = {"ribu": 1000, "juta": 1_000_000}
NUMBER_WORDS = {
    "satu": 1,
    "seorang": 1,  # one person: "seorang warga tewas"
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "lapan": 8,  # Malay
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "belas": 10,
    "puluh": 10,
    "seratus": 100,
    "ratus": 100,
    "seribu": 1000,
    "ribu": 1000,
    "juta": 1_000_000,
}
MULTIPLIERS = ("puluh", "ratus")
APPROXIMATE = {"selusin": 12}  # a dozen
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "puluhan": (12, 12, 99),
    "belasan": (12, 11, 19),  # ten-odd ("Belasan orang tewas"), coded as a dozen
    "ratusan": (100, 100, 999),
    "ribuan": (1000, 1000, 9999),
    "puluhan ribu": (10_000, 10_000, 99_999),
    "ratusan ribu": (100_000, 100_000, 999_999),
    "beberapa ratus": (100, 100, 999),
    "beberapa ribu": (1000, 1000, 9999),
    "beberapa puluh": (12, 12, 99),
}
TRIGGERS = {
    "killed": (
        "maut",  # ms "seorang maut" (one died), id "korban maut"
        "tewas",
        "meninggal",
        "korban jiwa",
        "korban meninggal",
        "kematian",
        "terbunuh",
        "dibunuh",
        "membunuh",  # "didakwa membunuh tujuh orang" (not after ATTEMPTED: "mencoba membunuh")
        "jenazah",
        "mayat",
        "jasad",  # a body ("Tiga jasad ditemukan di sungai")
        "korban tewas",
        "wafat",
        "menewaskan",
        "merenggut nyawa",
        # Malay
        "maut",
        "terkorban",
        "korban nyawa",
        "meragut nyawa",
    ),
    "wounded": (
        "luka",
        "terluka",
        "cedera",
        "korban luka",
        "melukai",
        "dilarikan ke rumah sakit",
        "dirawat di rumah sakit",
        "dibawa ke rumah sakit",
        # Malay
        "dikejarkan ke hospital",
        "dirawat di hospital",
        "dimasukkan ke hospital",
        "dibawa ke hospital",
    ),
    "missing": ("hilang", "dalam pencarian", "masih dicari"),
    "displaced": ("mengungsi", "pengungsi", "dievakuasi", "kehilangan tempat tinggal",
        # "2.500 warga terpaksa meninggalkan rumah": those who had to leave their homes (not "meninggal", died)
        "meninggalkan rumah", "meninggalkan tempat tinggal",
        # Malay: flood victims moved to a relief centre ("2,000 mangsa banjir dipindahkan ke pusat pemindahan")
        "dipindahkan ke pusat pemindahan", "ditempatkan di pusat pemindahan",
    ),
    # Malay (and Indonesian) with the police as subject: "Polis menahan tujuh orang" (the police detained seven)
    "arrested": ("ditangkap", "ditahan", "diamankan", "menahan", "menangkap"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "tewas dan luka",
    "meninggal dan luka",
    "tewas atau luka",
    "meninggal atau luka",
    "tewas maupun luka",
    "meninggal dan hilang",
    "tewas dan hilang",
    "meninggal atau hilang",
    "tewas atau hilang",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("kritis",),
    "severe": ("luka berat", "berat", "luka serius", "parah"),
    "moderate": ("luka sedang", "sedang"),
    "light": ("luka ringan", "ringan"),
}
COORDINATORS = ("dan", "serta", "sementara", "sedangkan")
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("antara", "hingga", ""),
    ("antara", "sampai", ""),
    ("antara", "dan", ""),
)
QUALIFIERS_BEFORE = {
    "sekurang-kurangnya": "at_least",  # Malay
    "lebih daripada": "more_than",  # Malay
    "lebih": "more_than",  # Malay, and Indonesian news: "lebih 2,000 mangsa", "lebih 100 orang"
    "sedikitnya": "at_least",
    "setidaknya": "at_least",
    "paling sedikit": "at_least",
    "minimal": "at_least",
    "lebih dari": "more_than",
    "hingga": "up_to",
    "sampai": "up_to",
    "hampir": "nearly",
    "nyaris": "nearly",
    "sekitar": "about",
    "kurang lebih": "about",
    "kira-kira": "about",
    "melampaui": "more_than",
    "melebihi": "more_than",
}
QUALIFIERS_AFTER = {"lebih": "more_than"}
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "direvisi turun",
    "turun menjadi",
    "berkurang menjadi",
    "dikoreksi menjadi",
    "direvisi menjadi",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "awalnya",
    "sebelumnya",
    "semula",
    "pada awalnya",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "teroris",
    "pelaku",
    "penyerang",
    "pengebom",
)
# A toll noun alone counts the dead ('الحصيلة ارتفعت إلى 46')
TOLL_NOUNS = ("korban",)
SUBSET_BEFORE = ("di antaranya", "diantaranya", "termasuk", "di antara mereka", "dari korban luka")
SUBSET_AFTER = ("di antaranya", "diantaranya")
NOT_COUNTS_AFTER = (
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    "rumah sakit",
    "kali",  # "counted twice", "dos veces": how often, not how many
    "tahun",
    "km",
    "kilometer",
    "meter",
    "%",
    "persen",
    "jam ",  # a space after: "12 jamaah" (pilgrims) begins like "jam" (hour)
    "jam.",
    "jam,",
    "hari",
    "menit",
    "rumah",
    "unit",
    "derajat",
    "sr",
    "magnitudo",
    "rupiah",
    "dolar",
    "bangunan",
    "hektare",
    "kecamatan",
    "desa",
    "kabupaten",
    "provinsi",
    "kota",
    "lokasi",
    "titik",
    # the dead and the wounded together: neither metric's count
    "korban tewas dan luka",
    "korban meninggal dan luka",
    "orang tewas dan luka",
    "orang meninggal dan luka",
)
COUNT_NOUNS = ("jumlah",)
# "its number", "that number" after a kind of victims named: that kind ("Sebelumnya dilaporkan 8 orang meninggal,
# kini jumlahnya menjadi 10 orang")
COUNT_ANAPHORS = ("jumlahnya", "jumlah tersebut", "jumlah itu", "angka tersebut", "angka itu")
# "lima lagi mayat ditemui", "3 lagi korban meninggal" (five more bodies found, three more died): 'more' after the
# number, a figure added to the toll, not the toll
INCREMENT_AFTER = ("lagi",)
PROJECTION_BEFORE = ("bisa mencapai", "dapat mencapai", "diperkirakan bisa", "bisa bertambah")
FROM_TO = (("dari", "menjadi"),)  # "from N to M": N is superseded
UPDATE_BEFORE = (
    "menjadi",
    "mencapai",
    "bertambah menjadi",
    "meningkat menjadi",
    "naik menjadi",
    # Malay's 'to' after a toll verb ("korban meningkat kepada 21 orang")
    "meningkat kepada",
    "bertambah kepada",
    "naik kepada",
    # a toll that passed a figure: the count noun's latest update, more than the figure ("melampaui 900 orang")
    "melampaui",
    "melebihi",
)  # toll verbs: the number after them is the toll's latest update
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = ("sejak awal", "sejak perang", "sejak dimulainya", "tahun ini", "perang", "konflik")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "sejak awal perang",
    "sejak perang dimulai",
    "sejak awal konflik",
    "sejak awal tahun",
    "sepanjang tahun ini",
    "selama tahun ini",
    "sejak awal musim",
    "sejak awal musim hujan",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "paling mematikan",
    "terparah",
    "terburuk",
    "paling berdarah",
)
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_BEFORE = (
    "menurut",
    "berdasarkan data",
    "berdasarkan",
    "mengutip",
    "dikutip dari",
    "seperti dilansir",
    "dilansir",
    "sebagaimana disampaikan",
    "seperti disampaikan",
    "seperti dikatakan",
)
SPEECH_VERBS = (
    "kata",
    "ujar",
    "ucap",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "mencatat",
    "melaporkan",
    "menyebutkan",
    "menyebut",
    "mengungkapkan",
    "menuturkan",
    "merilis",
    "mengumumkan",
    "memastikan",
    "menyampaikan",
    "menerangkan",
    "membenarkan",
    "mengonfirmasi",
    "mengkonfirmasi",
    "merinci",
    "menambahkan",
    "tutur",
    "imbuhnya",
    "disampaikan",
    "dikatakan",
    "diungkapkan",
    "dijelaskan",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "badan": "agency",
    "bnpb": "bnpb",
    "bpbd": "bpbd",
    "basarnas": "basarnas",
    "kementerian": "ministry",
    "menteri": "minister",
    "pemerintah": "government",
    "polisi": "police",
    "polis": "police",  # Malay
    "polri": "police",
    "polda": "police",
    "kepala": "head",
    "gubernur": "governor",
    "bupati": "regent",
    "wali kota": "mayor",
    "walikota": "mayor",
    "juru bicara": "spokesperson",
    "jubir": "spokesperson",
    "presiden": "president",
    "tim sar": "rescuers",
    "petugas": "officials",
    "pejabat": "officials",
    "otoritas": "authorities",
    "rumah sakit": "hospital",
    "kantor berita": "news agency",
    "tni": "military",
    "pusat": "centre",
    "dokter": "doctors",
    "tim medis": "medical team",
    "damkar": "fire service",
    "pemadam kebakaran": "fire service",
    "tim penyelamat": "rescuers",
    "relawan": "volunteers",
    "kapol": "police chief",
    "camat": "district head",
    "media": "media",
    "tentara": "army",
    "pmi": "red cross",
    "dinas": "agency",
    "kemenkes": "health ministry",
    "kepolisian": "police",
}
# A sentence opening that points back at what was told before it: its source gave those figures
SAID_OF_BEFORE = ("hal itu", "hal tersebut", "hal ini",
    "hal itu disampaikan",
    "hal tersebut disampaikan",
    "hal itu dikatakan",
    "demikian disampaikan",
    "hal itu diungkapkan",
    "hal itu dikonfirmasi",
    "hal itu dibenarkan",
)
SOURCE_LEADING = ("para", "sang", "pihak")

# Places (core.extract.world_places): words after which a capitalised name is where something happened.
LOCATIVES = ("di", "dekat", "Bandara", "Pelabuhan", "Stasiun")  # "di Bandara Kupang": the town of its facility
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("ID",)
# Dates (core.extract.world_dates): a date right after these words is the day a count stood at ('hasta ayer'),
# not the incident's.
AS_OF = ("hingga", "sampai")
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("seluruh negeri", "seluruh tanah air", "secara nasional")
# Capitalised words that are no town's name of their own (core.extract.world_places): 'Mina' of the Hajj is no Minna,
# Nigeria. ('Tanjung', a cape, is a coast word of core/places/data/coast_words.tsv: "perairan Tanjung Karawang" is
# Karawang's coast, not the town Tanjung)
NOT_PLACES = ("mina",)
# Places the gazetteer has no Indonesian name for, as English news names them (core.extract.world_places): holy sites
# of the Hajj around Mecca ("tragedi Mina" is no Minna, Nigeria)
PLACE_NAMES = {"Mina": ("Mina", "SA"), "Arafah": ("Arafat", "SA"), "Muzdalifah": ("Muzdalifah", "SA")}
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("ibu kota",)
# Places (core.extract.world_places): division words before a name ("Provinsi Jawa Barat", "Kabupaten Sumedang");
# words before a country's name that make it the people's origin ("warga negara Australia"), not the place
PROVINCE_WORDS_BEFORE = ("provinsi", "kabupaten", "kota", "kecamatan", "desa")
ORIGIN_BEFORE = (
    "jemaah haji", "jemaah",  # "jemaah haji Indonesia": the pilgrims' country, not where they died
    "warga negara", "warga", "wisatawan asal", "turis asal", "asal", "berkebangsaan", "kewarganegaraan",
)  # fmt: skip
# A name right after these (no preposition between) is a building's or a street's, not a town's: 'gedung Sate'
# (core.extract.world_places)
# A river's, a lake's or a mountain's word: the name after it is no town's (core.extract.world_places)
FEATURE_WORDS = ("sungai", "danau", "gunung")
BUILDING_WORDS = (
    "gedung", "menara", "hotel", "jembatan", "jalan", "pasar", "stadion", "rumah sakit", "mal", "apartemen", "sekolah",
)  # fmt: skip
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_BEFORE = (
    "menuju",
    "tujuan",
    "dengan tujuan",
    "rute",
    "bertolak dari",
    "berangkat dari",
    "dalam perjalanan ke",
    "dalam perjalanan menuju",
)
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
# A mass poisoning by drink or food (stems, read anywhere in the text): those treated in hospital are the sick, not
# the wounded, unless a word of injury (HURT_STEMS) is told with their count (core.extract.poisonings)
POISONED_BY = (
    "miras oplosan", "oplosan", "minuman keras oplosan", "metanol", "keracunan makanan",
    # a poisoned drink or water, a mass poisoning, an outbreak of a disease of dirty water: the sick, not the hurt
    "bir oplosan", "keracunan massal", "kolera", "tifus",
    # an outbreak of a disease a mosquito carries: the admitted are the sick
    "demam berdarah", "dengue",
    # the abbreviation as a word of its own, not letters inside a longer one
    " dbd", "(dbd", "\ndbd",
)  # fmt: skip
HURT_STEMS = ("luka",)
STILL_IN_CARE = ("masih", "saat ini")
CARE_WORDS = ("rumah sakit", "dirawat", "hospital")  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("gempa*", "tsunami*"),
    "water": (
        "banjir*", "longsor*", "hujan*", "badai*", "topan*", "siklon*", "puting beliung", "bendungan*", "tanggul*",
        "air bah", "banjir lahar", "jebol", "hujan lebat", "cuaca ekstrem", "angin kencang",
    ),
    "fire": ("kebakaran*", "terbakar*", "ledakan*", "meledak*", "karhutla", "kebakaran hutan"),
    "air": ("pesawat*", "helikopter*", "penerbangan*"),
    # 'kereta' alone is a train in Indonesian and a car in Malay (core/data/hazard_words.tsv: ms road); a train's own
    # phrase is the train's alone
    "rail": (
        "kereta*", "anjlok*", "=kereta api", "=kereta rel listrik", "=kereta listrik", "=kereta cepat",
        "=kereta komuter",
        "=kereta bandara", "krl", "gerbong*", "lokomotif*",
    ),
    "road": (
        "bus", "truk*", "minibus", "angkot", "kecelakaan lalu lintas", "jurang*", "tabrakan*", "kecelakaan beruntun",
        "kecelakaan bus", "jalan tol", "tronton",
    ),
    "ship": (
        "kapal*", "perahu*", "feri", "tenggelam*", "karam*", "kapal terbalik", "speedboat", "kapal motor", "kmp",
    ),
    "attack": (
        "serangan*", "bom", "pengeboman*", "bom bunuh diri", "penembakan*", "teror*", "teroris*", "pembantaian*",
        "rudal*", "ledakan*", "meledak*", "penyergapan*", "disergap", "sergapan", "ditembak*", "baku tembak",
        "bentrok*", "tembakan", "penikaman*", "penusukan*", "granat*", "kerusuhan*",
    ),
    "crowd": ("desak-desakan", "terinjak*", "kericuhan", "ricuh*", "kerusuhan*", "berdesakan*"),
    "collapse": ("runtuh*", "ambruk*", "roboh*", "ambles*", "ambrol*"),
    "mine": ("tambang*", "penambang*", "pertambangan*", "lubang tambang"),
    "weather": (
        "petir", "tersambar petir", "sambaran petir", "gelombang panas", "sengatan panas", "badai*", "panas ekstrem",
        "suhu panas", "cuaca panas", "heatstroke", "hipotermia",
    ),
    "volcano": (
        "erupsi*", "gunung api", "gunungapi", "letusan*", "lahar", "awan panas", "meletus", "lava", "vulkanik",
        "guguran lava",
    ),
}  # fmt: skip
# 'Last' beside a weekday ('Senin lalu'; core.extract.world_dates): on the weekday it names, the one a week before
LAST_WEEKDAY = ("lalu",)
# How the source told it, after its name ("en un comunicado"): the source ends before it (world_attribution)
SOURCE_CHANNELS = ("dalam keterangan", "dalam konferensi", "melalui", "lewat", "saat dikonfirmasi", "kepada wartawan")
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("dr.", "drs.", "ir.", "prof.", "h.", "hj.")
# Verbs by which a source puts the toll at a figure ("eleva a 23 la cifra"): its verbs of saying (world_attribution)
REPORTING_VERBS = ("memperbarui", "merevisi")
# A word right before a number that makes it no count: a kilometre post ("Tol Cipali KM 102"), a road's number
NOT_COUNTS_BEFORE = ("pukul", "km", "kilometer", "nomor", "no.", "magnitudo")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# hari sebelumnya", "# hari lalu", "# minggu lalu", "# pekan lalu", "sehari sebelumnya", "seminggu sebelumnya",
    "sepekan sebelumnya", "sebulan sebelumnya", "seminggu lalu", "sepekan lalu", "sebulan lalu", "pekan lalu",
    "minggu lalu", "bulan lalu",
)  # fmt: skip
# the news's incident told as coming a span of time after another:
# "Peristiwa itu terjadi empat hari setelah ledakan";
# the verbs of happening, and the spans with 'after'; the figures after them in the sentence are the earlier
# event's when the text tells its own
COMES_AFTER = ("terjadi", "berlangsung", "datang")
TIME_AFTER = ("hari setelah", "hari sesudah", "pekan setelah", "minggu setelah", "bulan setelah")

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('mencoba membunuh dua orang', 'mengancam akan membunuh')
ATTEMPTED = (
    "mencoba", "berusaha", "hendak", "berencana", "mengancam akan", "berniat",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("warga negara indonesia", "wni", "jemaah haji indonesia", "jemaah indonesia", "tki",
    "pekerja migran indonesia", "warga indonesia")
# The relative words that open the clause of an event's toll after its noun
# (multilingual._a_follow_ups_own_toll): "kebakaran 12 Juni 2004 yang menewaskan 57 orang"
EVENT_RELATIVES = ("yang",)
# 'took the lives of 57': the verb's object between its two parts, the second the trigger (world_language)
SEPARABLE_TRIGGERS = {"killed": ("meragut ... nyawa", "merenggut ... nyawa", "merengut ... nyawa")}
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("pemakaman", "melayat", "takziah", "upacara duka", "doa bersama", "pengantaran jenazah")

# Date words: a headline counting years since an event ('Sepuluh tahun tragedi', 'peringatan 20 tahun';
# `core.extract.look_back`)
YEARS_ON = ("{n} tahun tragedi", "{n} tahun setelah", "{n} tahun lalu", "{n} tahun silam", "peringatan {n} tahun")
YEAR_COUNTS = {"satu": 1, "lima": 5, "sepuluh": 10, "lima belas": 15, "dua puluh": 20, "tiga puluh": 30}
# Dates (core.extract.world_dates): Malay's months where they are not Indonesian's ("12 Mac", "3 Ogos"), which a
# Malay text read by this lexicon writes
MONTHS = {"mac": 3, "jun": 6, "julai": 7, "ogos": 8, "disember": 12}
