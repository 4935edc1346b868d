"""Turkish lexicon (shared shape, see `es.py` for the names): data only. Suffixes follow stems
("hayatını kaybetti", "yaralandı", "50'den fazla"): triggers match word starts (MATCH "prefix")."""

from __future__ import annotations

LANGUAGE = "tr"
MATCH = "prefix"
DIGIT_GROUPS = ". "
DECIMAL = ","
SCALES = {"bin": 1000, "milyon": 1_000_000}
NUMBER_WORDS = {
    "bir": 1,
    "iki": 2,
    "üç": 3,
    "dört": 4,
    "beş": 5,
    "altı": 6,
    "yedi": 7,
    "sekiz": 8,
    "dokuz": 9,
    "on": 10,
    "yirmi": 20,
    "otuz": 30,
    "kırk": 40,
    "elli": 50,
    "altmış": 60,
    "yetmiş": 70,
    "seksen": 80,
    "doksan": 90,
    "yüz": 100,
    "bin": 1000,
    "milyon": 1_000_000,
    # with a case ending, as toll verbs want them: dative "altıya yükseldi" (rose to six), ablative "yirmiden fazla"
    # (more than twenty); not "ona", "ondan" (to him, from him), "yüzden" ("bu yüzden", therefore) or "bine"
    "ikiye": 2, "ikiden": 2, "üçe": 3, "üçten": 3, "dörde": 4, "dörtten": 4, "beşe": 5, "beşten": 5,
    "altıya": 6, "altıdan": 6, "yediye": 7, "yediden": 7, "sekize": 8, "sekizden": 8, "dokuza": 9, "dokuzdan": 9,
    "yirmiye": 20, "yirmiden": 20, "otuza": 30, "otuzdan": 30, "kırka": 40, "kırktan": 40, "elliye": 50,
    "elliden": 50, "altmışa": 60, "altmıştan": 60, "yetmişe": 70, "yetmişten": 70, "seksene": 80,
    "seksenden": 80, "doksana": 90, "doksandan": 90,
}
# A case-ended number word with 'more than' after it: more than the value. Read only with "fazla", as alone they
# are other words ("yüzden", in "bu yüzden", is 'therefore'; "ondan", 'from him')
ABOVE = {"yüzden fazla": 100, "ondan fazla": 10, "binden fazla": 1000, "bini aşkın": 1000, "yüzü aşkın": 100}
APPROXIMATE = {"bir düzine": 12}  # "Saldırıda bir düzine kişi öldü": about 12, not "bir" (1)
# Vague quantities, coded the way ACLED codes them, and the band each allows: (coded value, low, high)
VAGUE_QUANTITIES = {
    "onlarca": (12, 12, 99),
    "yüzlerce": (100, 100, 999),
    "binlerce": (1000, 1000, 9999),
    "on binlerce": (10_000, 10_000, 99_999),
    "yüz binlerce": (100_000, 100_000, 999_999),
    "birkaç yüz": (100, 100, 999),
    "birkaç bin": (1000, 1000, 9999),
    "birkaç düzine": (12, 12, 99),
    "birkaç on bin": (10000, 10000, 99999),
}
TRIGGERS = {
    "killed": (
        # took the lives of ('... took the lives of 57'): the dead
        "hayatını al", "canını al",
        "can aldı", "can alan",  # took N lives: "yangın 14 can aldı"
        "öldü",
        "ölmüş",  # the pluperfect of a day before ("Pazartesi günü 9 kişi ölmüştü")
        "ölü",
        "ölüm",
        "öldürül",
        "ölen",
        "hayatını kaybet",
        "hayatını kaybed",
        "hayatına mal ol",  # "Saldırı 45 kişinin hayatına mal oldu": cost 45 people their lives
        "yaşamını yitir",
        "can kaybı",
        "can verdi",
        "cansız",
        "vefat",
        "kaybımız",  # an official's "Hatay'da 20 kaybımız var" (we have 20 lost): the dead
        "vatandaşımızı kaybet",  # "12 vatandaşımızı kaybettik" (we lost 12 citizens)
        "hayatını kaybetti",
        "şehit",
        "boğularak",
        "boğuldu",
    ),
    "wounded": (
        "yaralı",
        "yaralan",
        "yaralandı",
        "yaraladı",
        "hastaneye kaldırıldı",
        "hastaneye kaldırılan",
        "hastanede tedavi",
    ),
    "missing": ("kayıp", "kayboldu", "haber alınamayan"),
    "displaced": ("evsiz", "tahliye", "yerinden edil", "yurtsuz",
        "evlerini terk",  # "10 bin kişi evlerini terk etmek zorunda kaldı": those who had to leave their homes
    ),
    "arrested": ("gözaltı", "tutuklan", "yakalandı"),
}
# The dead and the wounded counted together, before or after the number: neither metric counts it
DEAD_AND_WOUNDED = (
    "öldü ya da yaralandı",
    "öldü veya yaralandı",
    "ölü ve yaralı",
    "ölü ya da yaralı",
    "ölen ve yaralanan",
    "ölen ya da yaralanan", "ölen veya yaralanan",  # "ölen ya da yaralanan olmadı": none dead or hurt
    "öldü ya da kayboldu",
    "öldü veya kayboldu",
    "ölü ve kayıp",
    "ölü ya da kayıp",
)
# The injured by severity ("12 heridos graves y 20 leves" = 32, core.extract.world_grades), and the words that
# coordinate two counts (a severity word after a number stops there)
INJURY_GRADES = {
    "critical": ("kritik", "hayati tehlike"),
    "severe": ("ağır",),
    "light": ("hafif",),
}
COORDINATORS = ("ve",)
# Ranges: (word before the low figure, word between, word after the high one): 'between 20 and 30'
RANGES = (
    ("", "ile", "arasında"),
    ("", "ila", "arasında"),
    ("", "ile", ""),
    ("", "ila", ""),
)
QUALIFIERS_BEFORE = {
    "en az": "at_least",
    "en azından": "at_least",
    "yaklaşık": "about",
    "tahminen": "about",
    "neredeyse": "nearly",
    "yüzlerce": "about",
}
QUALIFIERS_AFTER = {
    "'den fazla": "more_than",
    "'dan fazla": "more_than",
    "'ten fazla": "more_than",
    "'tan fazla": "more_than",
    "den fazla": "more_than",
    "dan fazla": "more_than",
    "ten fazla": "more_than",
    "tan fazla": "more_than",
    "fazla": "more_than",
    "aşkın": "more_than",
    "civarında": "about",
    "yakın$": "nearly",  # a whole word: "yakınları" (their relatives) is none ("16 kişinin yakınları")
    "'e kadar": "up_to",
    "'a kadar": "up_to",
    # reached ("45'e ulaştı"): no 'aştı' (exceeded) read inside it
    "ulaştı": "exact", "ulaşarak": "exact", "ulaşan": "exact", "ulaşmış": "exact",
    "aştı": "more_than",
    "aşmış": "more_than",
    "aşarak": "more_than",
    "aşan": "more_than",
}
# Toll verbs after the number (verb-final): the number before them is the toll's latest update
UPDATE_AFTER = (
    "yüksel",
    "ulaş",
    "çıktı",
    "çıktığı",
    "çıkarak",
    "çıkmıştı",
)
# The toll revised down: the number is the latest update, though smaller (before it in its clause, or right after)
REVISED_DOWN = (
    "düşürdü", "indirdi", "indiril",
    "düşürül",
    "düştü",
    "düşerek",
    "gerile",
)
# Markers of an earlier figure shortly before the number ('initially'): the headline takes a later one
EARLIER_BEFORE = (
    "başlangıçta",
    "ilk belirlemelere göre",
    "ilk etapta",
    "daha önce",
    "önceki",
)
# The attackers, right after the number ('cuatro terroristas han muerto'): their own dead are no toll of the victims
PERPETRATORS = (
    "terörist",
    "saldırgan",
    "canlı bomba",
)
# A toll noun alone counts the dead ('الحصيلة ارتفعت إلى 46')
TOLL_NOUNS = ("bilanço",)
# "saldırgan dahil 5 kişi öldü": 'dahil' after the included, the number after it is the whole
# the participles that make a toll a relative clause of its event ("61 kişinin öldüğü yangın": the fire in which 61
# died)
EVENT_RELATIVES = ("öldüğü", "yaralandığı", "hayatını kaybettiği", "can verdiği", "yaşamını yitirdiği")
INCLUDING_AFTER = ("dahil", "dâhil")
SUBSET_BEFORE = (
    "aralarında",
    "bunlardan",
    "içlerinde",
    "dahil",
    "yaralılardan",
    "yaralılar arasında",
    "ölenler arasında",
    "hayatını kaybedenler arasında",
)
SUBSET_AFTER = ("dahil",)
NOT_COUNTS_AFTER = (
    # "saat 5'te", "2 vardiyada": a clock time, a shift, no count of people
    "vardiya",
    # the hospitals the hurt were taken to ("a cuatro hospitales"), no count of people
    # not "hastane" alone: "3 hastane çalışanı" (hospital staff) are people
    "hastaneye", "hastanelere", "hastanede", "hastanelerde", "farklı hastane", "ayrı hastane",
    "kez", "kere",  # "counted twice", "dos veces": how often, not how many
    "yaşında",  # not "yaş" alone: "12 yaşlı" (elderly) is a count
    "yaşındaki",
    "yaşlarında",
    "yaşlarındaki",
    "yaş ",
    "yaşında",
    "yıl",
    "km",
    "kilometre",
    "metre",
    "%",
    "saat",
    "gün",
    "dakika",
    "bina",
    "ev",
    "derece",
    "büyüklüğünde",
    "lira",
    "dolar",
    "şiddetinde",
    # the dead and the wounded together: neither metric's count
    "kişi öldü ya da yaralandı",
    "kişi öldü veya yaralandı",
    "ölü ve yaralı",
    "ölü ya da yaralı",
)
COUNT_NOUNS = ("sayısı", "sayı")
# "This number": the count of the kind of victims named before ("... ancak bu sayı 27'ye düşürüldü")
COUNT_ANAPHORS = ("bu sayı", "bu rakam")
PROJECTION_BEFORE = ("olabilir", "çıkabilir", "ulaşabilir")
FROM_TO = (("", "'dan"), ("", "'den"), ("", "'ten"), ("", "'tan"))  # "from N to M": N is superseded
# A toll over many incidents (a war's, a year's): a count noun or toll verb with these before the number
MANY_INCIDENTS = ("başından beri", "bu yıl", "savaş", "çatışma")
# A toll to date over a whole war, season or year, marked as such (core.extract.multilingual): any figure in the
# sentence is cumulative, never one event's total, whatever states it
SINCE_START = (
    "savaşın başından bu yana",
    "savaşın başından beri",
    "savaş başladığından bu yana",
    "savaşın başlamasından bu yana",
    "çatışmaların başından bu yana",
    "yılbaşından bu yana",
    "yılın başından bu yana",
    "bu yıl başından beri",
    "yıl başından beri",
)
# With a superlative ('the deadliest since the start of the war') the toll-to-date words measure the incident, the
# sentence's figures stay its own
SUPERLATIVES = (
    "en ölümcül",
    "en kanlı",
    "en ağır",
    "en büyük",
    "en kötü",
)
# Who gave a figure (read by core.extract.world_attribution)
ACCORDING_AFTER = (
    "'a göre",
    "'e göre",
    "'ya göre",
    "'ye göre",
    "’a göre",
    "’e göre",
    "göre",
    "açıklamasına göre",
    "verilerine göre",
    "bilgilere göre",
    "açıklamada",
    "açıklamasında",
)
# Words naming a statement, not who made it, before "göre" (core.extract.world_attribution): "Yapılan son
# açıklamaya göre" names no one, "Valilikten yapılan açıklamaya göre" the governorate
REPORT_WORDS = (
    "yapılan", "yaptığı", "son", "ilk", "yeni", "resmi", "güncel", "açıklama", "açıklamaya", "açıklamalara",
    "bilgiye", "bilgilere", "verilere", "rakamlara", "verilen", "edinilen", "alınan", "belirlemelere", "tespitlere",
    "raporuna", "rapora", "habere", "haberlere", "göre",
    "haberine",
    "açıklamasına",
    "açıklamalarına",
    "bilgilerine",
    "verilerine",
    "tespitlerine",
    "kayıtlarına",
    "bildirdiğine",
    "aktardığına",
    "verdiği",
    "paylaştığı",
    "raporlarına",
    "bilgiyi",
    "açıklamayı",
    "rakamı",
    "sayıyı",
    "bu",
    "yazılı",
)  # fmt: skip
SPEECH_VERBS = ("açıkladı", "dedi", "bildirdi", "söyledi", "duyurdu", "kaydetti", "belirtti", "ifade etti", "aktardı",
    "bilgisini verdi",
    "bilgi verdi",
    "paylaştı",
    "dile getirdi",
    "açıklama yaptı",
)
SOURCE_NOUNS = {  # source noun -> its English kind, so claimants meet across languages
    "bakanlığı": "ministry",
    "bakanlık": "ministry",
    "bakan": "minister",
    "bakanı": "minister",
    "hükümet": "government",
    "yetkililer": "authorities",
    "polis": "police",
    "itfaiye": "fire service",
    "afad": "afad",
    "valilik": "governorate",
    "vali": "governor",
    "valisi": "governor",
    "belediye başkanı": "mayor",
    "başkan": "head",
    "başkanı": "head",
    "cumhurbaşkanı": "president",
    "sözcüsü": "spokesperson",
    "sözcü": "spokesperson",
    "anadolu ajansı": "anadolu agency",
    "ajans": "agency",
    "kızılay": "red crescent",
    "sağlık bakanı": "health minister",
    "yardımcısı": "deputy",
    "kaynaklar": "sources",
    "hastane": "hospital",
    "doktor": "doctors",
    "sağlık ekipleri": "medical teams",
    "sağlık müdürlüğü": "health directorate",
    "müdürlüğü": "directorate",
    "kaymakam": "district governor",
    "belediye": "municipality",
    "jandarma": "gendarmerie",
    "emniyet": "police",
    "tsk": "army",
    "msb": "defence ministry",
    "kurtarma ekipleri": "rescuers",
    "umke": "rescuers",
    "medya": "media",
    "basın": "media",
    "trt": "trt",
    "yetkili": "official",
    "valiliğ": "governor",
    "bakanlığ": "ministry",
    "başkanlığ": "presidency",
}
# Sources who are not the authorities counting the harm (organisers, residents, witnesses, ...), each with its
# English kind: told beside an official source's other figure, theirs is an alternative, not the headline
# (`core.competing_claimants`); read as source nouns too (`core.extract.world_attribution`).
UNOFFICIAL_SOURCES = {
    "organizatör": "organisers",
    "düzenleyici": "organisers",
    "halk": "residents",
    "sakin": "residents",
    "tanık": "witnesses",
    "görgü tanık": "witnesses",
    "aktivist": "activists",
    "eylemci": "protesters",
    "göstericiler": "protesters",
    "yakınlar": "relatives",
    "aileler": "families",
    "köylüler": "villagers",
    "muhalefet": "opposition",
    "sendika": "union",
    "hayatta kalan": "survivors",
}
# Words opening a clause set against the one before it: a source the clause names is its figures' own,
# not the sentence's first source (`core.extract.multilingual`): "organizatörler ise ... söyledi"
CONTRAST_CLAUSES = ("ise",)  # fmt: skip
# A genitive ending written onto the source's last word after an apostrophe ("AFAD'ın açıklamasına göre"): taken off
SOURCE_ENDINGS = (
    "'ın", "'in", "'un", "'ün", "'nın", "'nin", "'nun", "'nün", "’ın", "’in", "’un", "’ün", "’nın", "’nin", "’nun",
    "’nün",
    # ... or an ablative one ("Sağlık Bakanlığı'ndan yapılan açıklamaya göre", from the ministry)
    "'dan", "'den", "'tan", "'ten", "'ndan", "'nden", "’dan", "’den", "’tan", "’ten", "’ndan", "’nden",
)
VERB_FINAL = True  # the speaker opens the sentence, the speech verb closes it
# The countries where the language is the main one: between towns of one name, theirs (core.extract.world_places).
HOME_COUNTRIES = ("TR",)
# A proper noun's case ending follows an apostrophe ("Ankara'da", "İzmir'deki"): such a word is a name even at the
# head of a sentence (core.extract.world_places).
APOSTROPHE_ENDINGS = True
# Facilities named after their town, the town first ("İstanbul Atatürk Havalimanı", "Ankara Üniversitesi"): the
# town is where it happened.
NAMED_FACILITIES = (
    "havalimanı", "havaalanı", "üniversitesi", "hastanesi", "limanı", "garı", "istasyonu", "stadyumu", "köprüsü",
    "valiliği", "belediyesi", "emniyet",
)  # fmt: skip
# Relative day words dateparser lacks, counted back from the publication (core.extract.world_dates):
# last night, the day before yesterday
DAYS_BACK = {"dün gece": 1, "evvelsi gün": 2}
# A figure of the whole country (core.extract.world_places): the sentence's place is the country
NATIONWIDE = ("ülke genelinde", "ülke çapında", "ülke genelindeki")
# "The capital" (core.extract.world_places): the capital of the country the report names, else the
# language's
CAPITAL_WORDS = ("başkent",)
# Division words (or words beginning with one) written after a name (core.extract.world_places): the name is a
# province's or state's, not a town's (Hatay ilinde, Sindh eyaletinde)
PROVINCE_WORDS = ("ilinde", "iline", "ilinin", "vilayet", "eyalet")
# Places (core.extract.world_places): words after a name that make it a town's or a village's ("Sivrice
# ilçesinde", "Kazan kentinde"); verbs a capital governs ("Ankara ... kınadı"), making it the government
TOWN_WORDS = ("ilçe", "köy", "kent", "kasaba", "belde", "mahalle", "şehr")
GOVERNMENT_VERBS = ("suçladı", "kınadı", "suçluyor", "kınıyor")
# A country's name in the genitive right before an attack's noun is the attacker's ("Rusya'nın füze saldırısında"),
# not where it happened (stems; core.extract.world_places)
ATTACK_AFTER = ("saldırı", "hava saldırı", "füze saldırı", "bombardıman", "insansız hava aracı saldırı")
# Where a ship, a flight or people were going or came from: a town right after (ROUTE_BEFORE) or before (ROUTE_AFTER)
# these is a route's end, not where it happened (core.extract.world_places)
ROUTE_AFTER = ("giden", "gitmekte olan", "gitmek üzere", "hareket eden", "kalkan", "seyir halindeki")
# Those still in care, a part of the injured, not their total (read with a wounded figure beside them)
# A mass poisoning by drink or food (stems, read anywhere in the text): those treated in hospital are the sick, not
# the wounded, unless a word of injury (HURT_STEMS) is told with their count (core.extract.poisonings)
POISONED_BY = (
    "sahte içki", "sahte alkol", "metil alkol", "metanol", "gıda zehirlenmesi", "zehirli içki",
    # a poisoned drink or water, a mass poisoning, an outbreak of a disease of dirty water: the sick, not the hurt
    "zehirli bira", "toplu zehirlenme", "kolera",
    # typhoid in its phrases and cases, never "tifo" alone: it opens "tifon" (typhoon), whose admitted are the hurt
    "tifo ", "tifo,", "tifo.", "tifo'", "tifodan", "tifoya", "tifoyu", "tifoya yakalan",
)  # fmt: skip
HURT_STEMS = ("yaral",)
STILL_IN_CARE = (
    "hâlâ", "hala", "halen", "tedavisi süren", "tedavileri süren", "tedavileri devam eden", "tedavisi devam eden",
    "şu anda", "halihazırda",
)  # fmt: skip
CARE_WORDS = (
    "hastane",
    "tedavi",
    "yoğun bakım",
)  # a hospital, being admitted: read with STILL_IN_CARE
# Kinds of disaster a headline names, by family (the families of the English lexicon's HAZARD_FAMILIES): a whole
# word, a stem with '*', a compound's end with a leading '*' (read by core.events.hazards)
HAZARD_FAMILIES = {
    "quake": ("deprem*", "artçı*", "tsunami*", "sarsıntı*"),
    "water": (
        "sel", "selde", "sele", "selin", "sellerde", "taşkın*", "su baskın*", "yağmur*", "yağış*", "sağanak*",
        "fırtına*", "kasırga*", "tayfun*", "hortum*", "heyelan*", "çığ", "baraj*", "siklon*", "sel felaketi",
        "sağanak yağış", "taşkın", "dolu yağışı", "baraj", "seli",
    ),
    "fire": ("yangın*", "patlama*", "alev*"),
    "air": ("uçak*", "helikopter*"),
    "rail": (
        "tren", "treni", "trenin", "trende", "trene", "tren kazası", "demiryolu*", "raydan", "raydan çıktı",
        "tramvay*",
    ),
    "road": (
        "otobüs*", "minibüs*", "kamyon*", "trafik kaza*", "zincirleme*", "şarampol*", "tır", "otomobil*",
        "trafik kazası", "kafa kafaya",
    ),
    "ship": ("gemi*", "tekne*", "feribot*", "alabora*", "battı", "alabora", "tekne", "batık", "göçmen teknesi"),
    "attack": (
        "saldırı*", "bombalı*", "bomba*", "terör*", "silahlı*", "füze*", "katliam*", "bombardıman*", "patlama*",
        "pusu*", "kurşun*", "çatışma*", "silahlı saldırı", "saldırgan*", "bıçaklı*", "rehine*", "bombalı saldırı",
    ),
    "crowd": ("izdiham*", "isyan*", "arbede*"),
    "collapse": ("çöktü", "çökme*", "göçük*", "çöken", "yıkıldı", "göçtü"),
    "mine": ("maden*", "grizu*"),
    "weather": (
        "sıcak hava dalgası", "sıcak çarpması", "fırtına*", "aşırı sıcak*", "sıcak hava", "kavurucu*",
        "yıldırım düş*", "yıldırım çarp*", "soğuk hava", "donarak",
    ),
    "volcano": ("yanardağ*", "volkan patlaması", "volkanik*", "lavlar"),
}  # fmt: skip
# 'Last' beside a weekday ('geçen pazartesi'; core.extract.world_dates): on the weekday it names, the one a week before
LAST_WEEKDAY = ("geçen", "geçtiğimiz")
# "78 ceset": the bodies recovered, the dead (only the number right before counts)
BODY_NOUNS = ("ceset", "cesed")
# Titles written short with a full stop, which ends no sentence ("Dr. Pérez"; core.extract.multilingual)
ABBREVIATIONS = ("dr.", "prof.", "doç.", "av.", "op.")
# Verbs by which a source puts the toll at a figure ("eleva a 23 la cifra"): its verbs of saying (world_attribution)
REPORTING_VERBS = ("yükseltti", "güncelledi")
# A verb or participle that tells the death of one with no number ("Kazada sürücü hayatını kaybetti", "Ölen
# sürücü"): read only when the sentence binds no number to the dead (Turkish verbs stay singular with a count), and
# not after a plural subject ("insanlar hayatını kaybetti")
SINGULAR_DEATHS = ("ölen", "hayatını kaybetti", "yaşamını yitirdi", "öldü", "boğuldu", "can verdi")
# "there was none" right after such a verb or participle: no death of one ("Kazada ölen olmadı")
# and the negations of a reported clause: "ölen olmadığını açıkladı" (said no one died)
NEGATIONS = (
    "olmadı", "yok", "bulunmuyor", "olmadığını", "olmadığı", "olmadığına", "bulunmadığını", "bulunmadığı", "yoktu",
    "olmamıştır", "bulunmamaktadır",
)  # fmt: skip
# ... and quantifiers of several before the noun ("Birkaç kişi hayatını kaybetti": several people, no count of one)
PLURAL_ENDINGS = ("lar", "ler", "birkaç", "bazı", "sayıda")
# A word right before a number that makes it no count: a kilometre post ("otoyolun 45. km"), a road's number
NOT_COUNTS_BEFORE = ("saat", "km", "no.")
# the past perfect of the toll verbs: "Mati'deki yangında 102 kişi hayatını kaybetmişti" (an older event's toll)
PAST_PERFECT = ("kaybetmişti", "kaybetmişlerdi", "ölmüştü", "ölmüşlerdi", "öldürmüştü", "yaralanmıştı", "neden olmuştu",
                "yol açmıştı")

# A time days, weeks or months back that opens a sentence ('#': a number in digits or words): the sentence's
# figures are an earlier event's when the text gives its own (core.extract.multilingual `_earlier_events`)
EARLIER_OPENINGS = (
    "# gün önce", "# hafta önce", "# ay önce", "bir hafta önce", "bir ay önce", "bir gün önce", "geçen hafta",
    "geçen ay", "geçtiğimiz hafta", "geçtiğimiz ay", "bir gün evvel",
)  # fmt: skip

# Words of trying or threatening before a killing verb (or written on it): the deed was not done, no one killed
# by it ('iki kişiyi öldürmeye teşebbüs', 'öldürmekle tehdit')
ATTEMPTED = (
    "öldürmeye teşebbüs", "öldürmeye çalış", "öldürmeye kalkış", "öldürme girişim", "öldürme teşebbüs",
    "öldürmekle tehdit", "öldürmeyi planla",
)  # fmt: skip
# the outlet's own nationals (a demonym, 'compatriots', 'citizens of'): named with a count beside a
# larger toll of the kind, a part of it (world_parts.nationals_beside_the_whole)
NATIONALS = ("türk vatandaş", "türk hacı", "türk turist", "türk işçi", "türk yolcu")
# A crowd gathered for the dead, not the dead: "thousands attended the funeral of the victims"
GATHERING_WORDS = ("cenaze", "uğurla", "anma", "taziye", "yas tut", "son yolculuğuna")

# Date words: a headline counting years since an event ('faciasının 10. yılında', 'üzerinden on yıl geçti';
# `core.extract.look_back`)
YEARS_ON = ("{n}. yılında", "{n}. yıl dönümü", "{n}. yıldönümü", "{n} yıl önce", "{n} yıl sonra",
            "üzerinden {n} yıl geçti")  # fmt: skip
YEAR_COUNTS = {"bir": 1, "beş": 5, "on": 10, "on beş": 15, "yirmi": 20, "otuz": 30}
# Words that say no one or none (NOBODY): the word for one, also the article, before one of them and the
# harm's word is the article of a clause that states none, no count of one (core.extract.world_binding)
NOBODY = ("kimse", "hiçbir")
# An ordinal is written with a full stop ("3. ..."): it ends no sentence before a lowercase word and is no count
# (core.extract.world_sentences, world_roles)
ORDINAL_DOT = True
