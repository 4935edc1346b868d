"""Round 42 (langs50): more of the world's newsrooms, each on sentences of our own, read through the public
extraction entry point: Chichewa, Kannada, Odia, Assamese, Mongolian, Belarusian, Kyrgyz, Tajik, Maltese, Irish,
Haitian Creole and Xhosa had no lexicon; Malay is read by the Indonesian one (py3langid's "ms" is its alias) and
gets the words it lacked. Per language the dead and the injured in digits and in words, a qualifier, the missing,
the displaced, the arrested, yesterday, a day of a month, and the language told from an unlabelled text, its
neighbours keeping theirs. And Amharic's one person: the singular verb ("አንድ ሰው ሞተ", "ሕይወቱ አልፏል", "ቆሰለ") and
"one" of a person ("የአንድ ሰው", "አንዲት ሴት") were not read."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.language import detect_language
from core.models import ArticleInput
from tests.core.world_kit import claims, headlines

_FIGURES = [
    ("ny", "Anthu 75 amwalira ku Chitima atamwa mowa pa maliro.", "75", "-"),
    ("ny", "Anthu khumi ndi awiri amwalira pa ngozi ya galimoto, ndipo ena makumi awiri avulala.", "12", "20"),
    ("ny", "Munthu mmodzi wamwalira ndipo anthu atatu avulala kwambiri.", "1", "3"),
    ("ny", "Anthu osachepera 8 anaphedwa pa chiwembu, malinga ndi apolisi.", "8:at_least", "-"),
    ("ny", "Anthu makumi atatu ndi asanu amwalira pamene ena oposa makumi anayi avulala.", "35", "40:more_than"),
    ("kn", "ಬಸ್ ಅಪಘಾತದಲ್ಲಿ 12 ಮಂದಿ ಮೃತಪಟ್ಟಿದ್ದಾರೆ ಮತ್ತು 25 ಜನರು ಗಾಯಗೊಂಡಿದ್ದಾರೆ.", "12", "25"),
    ("kn", "ಸ್ಫೋಟದಲ್ಲಿ ಕನಿಷ್ಠ 8 ಜನರು ಸಾವನ್ನಪ್ಪಿದ್ದು, 100ಕ್ಕೂ ಹೆಚ್ಚು ಜನರು ಗಾಯಗೊಂಡಿದ್ದಾರೆ.", "8:at_least", "100:more_than"),
    ("kn", "ಕಟ್ಟಡ ಕುಸಿದು ಮೂವತ್ತೈದು ಕಾರ್ಮಿಕರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ ಮತ್ತು ನಲವತ್ತೆರಡು ಮಂದಿ ಗಾಯಗೊಂಡಿದ್ದಾರೆ.", "35", "42"),
    ("kn", "ಮೃತರ ಸಂಖ್ಯೆ 35ಕ್ಕೆ ಏರಿಕೆಯಾಗಿದೆ.", "35", "-"),
    ("or", "ବସ ଦୁର୍ଘଟଣାରେ ୧୨ ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି ଏବଂ ୨୫ ଜଣ ଆହତ ହୋଇଛନ୍ତି।", "12", "25"),
    ("or", "ବିସ୍ଫୋରଣରେ ଅତି କମରେ 8 ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି ଏବଂ 100ରୁ ଅଧିକ ଲୋକ ଆହତ ହୋଇଛନ୍ତି।", "8:at_least", "100:more_than"),
    ("or", "ଅଗ୍ନିକାଣ୍ଡରେ ଦୁଇଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି ଓ ଚାରିଜଣ ଗୁରୁତର ଆହତ ହୋଇଛନ୍ତି।", "2", "4"),
    ("or", "ବନ୍ୟାରେ ପଞ୍ଚତିରିଶି ଜଣ ପ୍ରାଣ ହରାଇଛନ୍ତି।", "35", "-"),
    ("as", "বাছ দুৰ্ঘটনাত ১২ জনৰ মৃত্যু হৈছে আৰু ২৫ জন আহত হৈছে।", "12", "25"),
    ("as", "বিস্ফোৰণত কমেও 8 জনৰ মৃত্যু হৈছে আৰু 100তকৈ অধিক লোক আহত হৈছে।", "8:at_least", "100:more_than"),
    ("as", "অগ্নিকাণ্ডত দুজনৰ মৃত্যু হৈছে আৰু চাৰিজন গুৰুতৰভাৱে আহত হৈছে।", "2", "4"),
    ("as", "বানপানীত পঁয়ত্ৰিশ জনৰ মৃত্যু হৈছে।", "35", "-"),
    ("be", "У выніку аварыі загінулі 12 чалавек, яшчэ 25 атрымалі траўмы.", "12", "25"),
    ("be", "Пры пажары загінулі пяцёра людзей, трое паранены.", "5", "3"),
    ("be", "Не менш за 8 чалавек загінулі і больш за 100 паранены ў выніку выбуху.", "8:at_least", "100:more_than"),
    ("be", "Колькасць загінулых вырасла да 35.", "35", "-"),
    ("be", "Дваццаць адзін чалавек загінуў у выніку абвалу шахты.", "21", "-"),
    ("mn", "Зам тээврийн ослын улмаас 12 хүн нас барж, 25 хүн гэмтэж эмнэлэгт хэвтсэн.", "12", "25"),
    ("mn", "Түймрийн улмаас таван хүн амь үрэгдэж, гурван хүн шархаджээ.", "5", "3"),
    ("mn", "Дэлбэрэлтийн улмаас дор хаяж 8 хүн нас барж, 100 гаруй хүн шархадсан.", "8:at_least", "100:more_than"),
    ("mn", "Нас барагсдын тоо 35-д хүрчээ.", "35", "-"),
    ("mn", "Уурхайн ослоор хорин нэгэн уурхайчин нас барсан.", "21", "-"),
    ("ky", "Жол кырсыгынан 12 адам каза болуп, 25 адам жаракат алды.", "12", "25"),
    ("ky", "Өрттөн беш адам каза болду, үч киши жарадар болду.", "5", "3"),
    ("ky", "Жарылуудан кеминде 8 адам каза болуп, 100дөн ашык адам жаракат алды.", "8:at_least", "100:more_than"),
    ("ky", "Каза болгондордун саны 35ке жетти.", "35", "-"),
    ("tg", "Дар садамаи нақлиётӣ 12 нафар кушта шуданд ва 25 нафар захмӣ шуданд.", "12", "25"),
    ("tg", "Дар сӯхтор панҷ нафар ҳалок шуданд, се нафари дигар ҷароҳат бардоштанд.", "5", "3"),
    ("tg", "Дар натиҷаи таркиш ақаллан 8 нафар кушта ва беш аз 100 нафар захмӣ шуданд.", "8:at_least", "100:more_than"),
    ("tg", "Шумори ҳалокшудагон ба 35 нафар расид.", "35", "-"),
    ("tg", "Дар ноҳияи Рашт бисту як нафар ҳалок шуданд.", "21", "-"),
    ("xh", "Abantu aba-12 basweleke kwingozi yebhasi, kwaye abanye aba-25 bonzakele.", "12", "25"),
    ("xh", "Abantu abahlanu basweleke emlilweni, abathathu bonzakala.", "5", "3"),
    ("xh", "Ubuncinane abantu aba-8 babulawa kuqhushumbo, ngokutsho kwamapolisa.", "8:at_least", "-"),
    ("xh", "Abantu abalishumi elinesihlanu basweleke eMthatha.", "15", "-"),
    ("mt", "Tnax-il persuna mietu u 25 oħrajn weġgħu fl-inċident tax-xarabank.", "12", "25"),
    ("mt", "Ħames persuni mietu fin-nar, filwaqt li tlieta ndarbu gravi.", "5", "3"),
    ("mt", "Mill-inqas 8 persuni nqatlu u aktar minn 100 weġgħu fl-isplużjoni.", "8:at_least", "100:more_than"),
    ("mt", "Wieħed u għoxrin ħaddiem mietu fil-minjiera.", "21", "-"),
    ("ga", "Maraíodh 12 duine agus gortaíodh 25 duine eile sa timpiste bhóthair.", "12", "25"),
    ("ga", "Fuair cúigear bás sa dóiteán agus gortaíodh triúr go dona.", "5", "3"),
    (
        "ga",
        "Maraíodh ar a laghad 8 nduine agus gortaíodh níos mó ná 100 duine sa phléasc.",
        "8:at_least",
        "100:more_than",
    ),
    ("ga", "Fuair 21 oibrí bás sa mhianach.", "21", "-"),
    ("ht", "Douz moun mouri e 25 lòt moun blese nan aksidan kamyon an.", "12", "25"),
    ("ht", "Senk moun mouri nan dife a, twa lòt blese grav.", "5", "3"),
    ("ht", "Omwen 8 moun mouri e plis pase 100 moun blese nan eksplozyon an.", "8:at_least", "100:more_than"),
    ("ht", "Bilan an monte a 35 mò.", "35", "-"),
    ("ht", "Venteyen moun mouri nan tranblemanntè a.", "21", "-"),
    ("ms", "Seramai 12 orang terbunuh dan 25 lagi cedera dalam kemalangan bas itu.", "12", "25"),
    ("ms", "Lima orang maut manakala tiga lagi cedera parah dalam kebakaran tersebut.", "5", "3"),
    ("ms", "Sekurang-kurangnya 8 orang terkorban dan lebih daripada 100 orang cedera.", "8:at_least", "100:more_than"),
    ("ms", "Dua puluh satu pekerja maut dalam runtuhan lombong.", "21", "-"),
    # Amharic: one person, the verb in the singular
    ("am", "በመስቀል አደባባይ በተወረወረ ቦምብ አንድ ሰው ሞተ፤ 154 ቆሰሉ", "1", "154"),
    ("am", "በአደጋው አንድ ሰው ህይወቱ አልፏል፤ 20 ሰዎች ቆስለዋል።", "1", "20"),
    ("am", "በፍንዳታው አንድ ሰው ሲሞት 154 ሰዎች ቆስለዋል።", "1", "154"),
    ("am", "በአደጋው የአንድ ሰው ሕይወት ሲያልፍ ሁለት ሰዎች ቆስለዋል።", "1", "2"),
    ("am", "በእሳቱ አንዲት ሴት ህይወቷ አልፏል።", "1", "-"),
    ("am", "በመኪና አደጋ አንድ ህፃን ተገደለ፤ አንድ ሰው ቆሰለ።", "1", "1"),
    ("am", "የሞተር ብስክሌት አደጋ 3 ሰዎች ቆስለዋል።", "-", "3"),
]


@pytest.mark.parametrize(("code", "text", "killed", "wounded"), _FIGURES)
def test_dead_and_injured(code: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, code) == (killed, wounded)


_OTHER_METRICS = [
    ("ny", "Pafupifupi anthu 30 akusowa madzi osefukira atakokolola nyumba.", "missing", 30),
    ("ny", "Anthu zikwi zitatu alibe pokhala chifukwa cha chigumula.", "displaced", 3000),
    ("ny", "Anthu 12 amangidwa ndi apolisi.", "arrested", 12),
    ("kn", "ಪ್ರವಾಹದಲ್ಲಿ ಮೂವರು ನಾಪತ್ತೆಯಾಗಿದ್ದಾರೆ.", "missing", 3),
    ("kn", "ಭೂಕುಸಿತದಿಂದ ಎರಡು ಸಾವಿರ ಜನರು ನಿರಾಶ್ರಿತರಾಗಿದ್ದಾರೆ.", "displaced", 2000),
    ("kn", "ಪೊಲೀಸರು ಏಳು ಮಂದಿ ಆರೋಪಿಗಳನ್ನು ಬಂಧಿಸಿದ್ದಾರೆ.", "arrested", 7),
    ("or", "ବନ୍ୟାରେ ତିନିଜଣ ନିଖୋଜ ଅଛନ୍ତି।", "missing", 3),
    ("or", "ପୋଲିସ ସାତଜଣଙ୍କୁ ଗିରଫ କରିଛି।", "arrested", 7),
    ("as", "বানপানীত তিনিজন নিখোঁজ হৈ আছে।", "missing", 3),
    ("as", "আৰক্ষীয়ে সাতজনক গ্ৰেপ্তাৰ কৰিছে।", "arrested", 7),
    ("be", "Двое людзей зніклі без вестак пасля шторму.", "missing", 2),
    ("be", "Міліцыя затрымала сем чалавек.", "arrested", 7),
    ("mn", "Өчигдөр хоёр хүн сураггүй алга болсон.", "missing", 2),
    ("mn", "Үерийн улмаас хоёр мянган хүнийг нүүлгэн шилжүүлсэн.", "displaced", 2000),
    ("mn", "Цагдаа долоон хүнийг баривчилжээ.", "arrested", 7),
    ("ky", "Кечээ эки адам дайынсыз жоголду.", "missing", 2),
    ("ky", "Сел жүргөндөн кийин эки миң адам эвакуацияланды.", "displaced", 2000),
    ("ky", "Милиция жети адамды кармады.", "arrested", 7),
    ("tg", "Дирӯз ду нафар бедарак шуданд.", "missing", 2),
    ("tg", "Пас аз сел ду ҳазор нафар бехона монданд.", "displaced", 2000),
    ("tg", "Милиса ҳафт нафарро боздошт кард.", "arrested", 7),
    ("xh", "Abantu ababini balahlekile emva kwezikhukula.", "missing", 2),
    ("xh", "Abantu abasixhenxe babanjwa ngamapolisa.", "arrested", 7),
    ("mt", "Żewġ sajjieda għadhom neqsin wara l-maltempata.", "missing", 2),
    ("mt", "Elfejn persuna ġew evakwati minħabba l-għargħar.", "displaced", 2000),
    ("mt", "Il-pulizija arrestat seba' persuni.", "arrested", 7),
    ("ga", "Tá beirt iascairí ar iarraidh tar éis na stoirme.", "missing", 2),
    ("ga", "Gabhadh seachtar inné.", "arrested", 7),
    ("ht", "De moun disparèt apre siklòn nan.", "missing", 2),
    ("ht", "500 moun san kay nan Jeremi.", "displaced", 500),
    ("ht", "Lapolis arete sèt moun.", "arrested", 7),
    ("ms", "Polis menahan tujuh orang suspek.", "arrested", 7),
    ("ms", "Seramai 2,000 orang dipindahkan ke pusat pemindahan sementara.", "displaced", 2000),
]


@pytest.mark.parametrize(("code", "text", "metric", "value"), _OTHER_METRICS)
def test_missing_displaced_arrested(code: str, text: str, metric: str, value: int) -> None:
    assert [(c.metric, c.value) for c in claims(text, code)] == [(metric, value)]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ny", "Dzulo anthu 4 amwalira."),
        ("xh", "Izolo abantu aba-4 basweleka."),
        ("ky", "Кечээ 4 адам каза болду."),
        ("tg", "Дирӯз 4 нафар ҳалок шуданд."),
        ("mn", "Өчигдөр 4 хүн нас барсан."),
        ("be", "Учора загінулі 4 чалавекі."),
        ("kn", "ನಿನ್ನೆ 4 ಜನರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ."),
        ("or", "ଗତକାଲି 4 ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି।"),
        ("as", "যোৱাকালি 4 জনৰ মৃত্যু হৈছে।"),
        ("mt", "Ilbieraħ 4 persuni mietu."),
        ("ga", "Maraíodh 4 duine inné."),
        ("ht", "Yè, 4 moun mouri."),
    ],
)
def test_yesterday(code: str, text: str) -> None:
    found = extract(ArticleInput(text=text, language=code, published_at=datetime(2024, 5, 10, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, date(2024, 5, 9))]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ny", "Pa 12 Meyi, anthu 4 amwalira."),
        ("xh", "Ngomhla we-12 Meyi, abantu aba-4 basweleka."),
        ("ky", "12 май күнү 4 адам каза болду."),
        ("tg", "12 май 4 нафар ҳалок шуданд."),
        ("be", "12 мая загінулі 4 чалавекі."),
        ("kn", "12 ಮೇ ರಂದು 4 ಜನರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ."),
        ("or", "12 ମେ ରେ 4 ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି।"),
        ("as", "12 মে'ত 4 জনৰ মৃত্যু হৈছে।"),
        ("mt", "Fit-12 ta' Mejju, 4 persuni mietu."),
        ("ga", "Maraíodh 4 duine ar an 12 Bealtaine."),
        ("ht", "12 me, 4 moun mouri."),
        ("ms", "Pada 12 Mei, 4 orang maut."),
    ],
)
def test_a_day_of_a_month(code: str, text: str) -> None:
    found = extract(ArticleInput(text=text, language=code, published_at=datetime(2024, 5, 20, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, date(2024, 5, 12))]


def test_malay_months_that_are_not_indonesian() -> None:
    found = extract(ArticleInput(text="Pada 12 Ogos, 4 orang maut.", language="ms", published_at=datetime(2024, 8, 20)))
    assert [(c.value, c.incident_date) for c in found.claims] == [(4, date(2024, 8, 12))]


@pytest.mark.parametrize(
    ("code", "text", "place"),
    [
        ("ny", "Anthu 12 amwalira ku Lilongwe.", "Lilongwe"),
        ("ny", "Anthu 12 amwalira ku Mangochi.", "Mangochi"),
        ("xh", "Abantu aba-12 basweleke eMthatha.", "Mthatha"),
        ("ga", "Maraíodh 12 duine i nGaillimh.", "Galway"),
        ("ga", "Maraíodh 12 duine i gCorcaigh.", "Cork"),
        ("ga", "Maraíodh 12 duine i mBéal Feirste.", "Belfast"),
        ("ga", "Maraíodh 12 duine i Luimneach.", "Limerick, Ireland"),
        ("mt", "Mietu 12-il persuna f'Birkirkara.", "Birkirkara"),
        ("mt", "F'Ħal Qormi mietu 12-il persuna.", "Qormi"),
        ("ht", "12 moun mouri nan Gonayiv.", "Gonaïves"),
        ("ht", "12 moun mouri nan Pòtoprens.", "Port-au-Prince"),
        ("be", "У Мінску загінулі 12 чалавек.", "Minsk"),
        ("mn", "Улаанбаатарт 12 хүн нас барсан.", "Ulan Bator"),
        ("ky", "Бишкекте 12 адам каза болду.", "Bishkek"),
        ("tg", "Дар Хуҷанд 12 нафар ҳалок шуданд.", "Khujand"),
        ("as", "গুৱাহাটীত ১২ জনৰ মৃত্যু হৈছে।", "Guwahati"),
        ("or", "କଟକରେ ୧୨ ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି।", "Cuttack"),
    ],
)
def test_the_town_of_the_dead(code: str, text: str, place: str) -> None:
    assert [c.location for c in claims(text, code)] == [place]


_UNLABELLED = {
    # Malay: py3langid's "ms", read by the Indonesian lexicon (its alias); Indonesian keeps "id" (below)
    "ms": (
        "Seramai lima belas orang maut manakala ramai lagi cedera dalam kemalangan bas di Lebuhraya Utara-Selatan "
        "malam tadi. Polis berkata pemandu bas itu dipercayai memandu terlalu laju sebelum kemalangan berlaku."
    ),
    "ny": (
        "Anthu khumi ndi asanu amwalira pa ngozi ya galimoto yomwe inachitika dzulo ku Lilongwe, ndipo ena ambiri "
        "avulala kwambiri. Apolisi ati dalaivala anali kuthamanga kwambiri komanso kuti ena ali m'chipatala."
    ),
    "kn": (
        "ನಿನ್ನೆ ರಾತ್ರಿ ಬೆಂಗಳೂರು ಸಮೀಪ ನಡೆದ ಬಸ್ ಅಪಘಾತದಲ್ಲಿ ಹದಿನೈದು ಜನರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ ಮತ್ತು ಅನೇಕರು ಗಾಯಗೊಂಡಿದ್ದಾರೆ. "
        "ಚಾಲಕ ಅತಿ ವೇಗವಾಗಿ ಬಸ್ ಚಲಾಯಿಸುತ್ತಿದ್ದ ಎಂದು ಪೊಲೀಸರು ತಿಳಿಸಿದ್ದಾರೆ."
    ),
    "or": (
        "ଗତକାଲି ରାତିରେ ଭୁବନେଶ୍ୱର ନିକଟରେ ଘଟିଥିବା ବସ ଦୁର୍ଘଟଣାରେ ପନ୍ଦର ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି ଏବଂ ଅନେକ ଆହତ ହୋଇଛନ୍ତି। "
        "ଡ୍ରାଇଭର ଅତି ବେଗରେ ବସ ଚଳାଉଥିଲା ବୋଲି ପୋଲିସ କହିଛି।"
    ),
    "as": (
        "যোৱাকালি নিশা গুৱাহাটীৰ ওচৰত সংঘটিত বাছ দুৰ্ঘটনাত পোন্ধৰ জনৰ মৃত্যু হৈছে আৰু বহুতো লোক আহত হৈছে। "
        "চালকজনে অতি বেগেৰে বাছখন চলাইছিল বুলি আৰক্ষীয়ে জনাইছে।"
    ),
    "be": (
        "Учора ўвечары ў выніку аварыі аўтобуса пад Мінскам загінулі пятнаццаць чалавек, яшчэ шмат пасажыраў "
        "атрымалі траўмы. Паводле звестак міліцыі, вадзіцель перавысіў хуткасць, а параненыя знаходзяцца ў бальніцы."
    ),
    "mn": (
        "Өчигдөр орой Улаанбаатар хотын ойролцоо гарсан автобусны ослын улмаас арван таван хүн нас барж, олон хүн "
        "гэмтсэн байна. Жолооч хурд хэтрүүлсэн гэж цагдаагийн газраас мэдээллээ."
    ),
    "ky": (
        "Кечээ кечинде Бишкектин жанында болгон автобус кырсыгынан он беш адам каза болуп, көптөгөн жүргүнчүлөр "
        "жаракат алды. Милициянын маалыматы боюнча айдоочу ылдамдыкты ашырып айдаган."
    ),
    "tg": (
        "Дирӯз бегоҳ дар наздикии Душанбе дар садамаи автобус понздаҳ нафар ҳалок шуданд ва шумори зиёди "
        "мусофирон захмӣ шуданд. Ба гуфтаи милиса ронанда суръатро аз ҳад зиёд кардааст ва захмиён дар беморхона "
        "ҳастанд."
    ),
    "xh": (
        "Izolo ebusuku abantu abalishumi elinesihlanu basweleke kwingozi yebhasi kufutshane neMthatha, kwaye "
        "abaninzi bonzakele. Amapolisa athi umqhubi ebeqhuba ngesantya esiphezulu kakhulu kwaye abonzakeleyo "
        "basesibhedlele."
    ),
    "mt": (
        "Ilbieraħ filgħaxija ħmistax-il persuna mietu f'inċident tax-xarabank qrib il-Belt Valletta, filwaqt li "
        "ħafna passiġġieri oħrajn weġgħu. Il-pulizija qalet li x-xufier kien qed isuq b'veloċità eċċessiva."
    ),
    "ga": (
        "Maraíodh cúig dhuine dhéag i dtimpiste bus in aice le Gaillimh aréir, agus gortaíodh go leor paisinéirí "
        "eile. Dúirt na gardaí go raibh an tiománaí ag tiomáint ró-thapa agus go bhfuil na daoine gortaithe san "
        "ospidéal."
    ),
    "ht": (
        "Yè swa, kenz moun mouri nan yon aksidan otobis toupre Pòtoprens, e anpil lòt pasaje blese. Lapolis di "
        "chofè a t ap kondui twò vit e moun ki blese yo nan lopital kounye a."
    ),
}


@pytest.mark.parametrize("code", sorted(_UNLABELLED))
def test_the_language_is_told_from_an_unlabelled_text(code: str) -> None:
    assert detect_language(_UNLABELLED[code]) == code


@pytest.mark.parametrize("code", sorted(_UNLABELLED))
def test_an_unlabelled_text_is_read(code: str) -> None:
    text = _UNLABELLED[code]
    assert headlines(text, detect_language(text))[0] == "15"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("sw", "Jana jioni, ajali ya barabarani ilitokea katika barabara kuu ya Nairobi na Mombasa, watu kumi na "
               "watano walifariki na wengine wengi walijeruhiwa. Polisi walisema dereva alikuwa akiendesha kwa kasi."),
        ("sn", "Nezuro manheru, tsaona yemotokari yakaitika mumugwagwa weHarare neMutare, vanhu gumi nevashanu vakafa "
               "uye vamwe vakawanda vakakuvara. Mapurisa akati mutyairi akanga achimhanya zvakanyanya."),
        ("zu", "Izolo kusihlwa, kwenzeke ingozi yemoto emgwaqeni omkhulu waseThekwini, abantu abayishumi nanhlanu "
               "bashonile kwathi abanye abaningi balimala. Amaphoyisa athe umshayeli ubegijima ngejubane eliphezulu."),
        ("ru", "Вчера вечером в результате аварии автобуса под Москвой погибли пятнадцать человек, еще многие "
               "пассажиры получили травмы. По данным полиции, водитель превысил скорость."),
        ("uk", "Учора ввечері внаслідок аварії автобуса під Києвом загинули п'ятнадцять людей, ще багато пасажирів "
               "отримали травми. За даними поліції, водій перевищив швидкість."),
        ("kk", "Кеше кешке Алматы маңында болған автобус апатынан он бес адам қаза тауып, көптеген жолаушылар "
               "жарақат алды. Полицияның мәліметінше, жүргізуші жылдамдықты асырған."),
        ("bn", "গতকাল রাতে ঢাকার কাছে একটি বাস দুর্ঘটনায় পনেরো জন নিহত হয়েছেন এবং আরও অনেকে আহত হয়েছেন। পুলিশ "
               "জানিয়েছে চালক অতিরিক্ত গতিতে বাস চালাচ্ছিলেন।"),
        ("fr", "Hier soir, un accident de la route s'est produit sur la nationale, faisant quinze morts et de "
               "nombreux blessés. La police a indiqué que le conducteur roulait trop vite."),
        ("id", "Kemarin malam, kecelakaan bus terjadi di jalan tol dekat Jakarta, lima belas orang tewas dan banyak "
               "penumpang lainnya luka-luka. Polisi mengatakan sopir mengemudi terlalu kencang."),
        ("it", "Ieri sera un incidente stradale sulla statale ha causato quindici morti e numerosi feriti. La polizia "
               "ha detto che il conducente andava troppo veloce e che i feriti sono in ospedale."),
    ],
)  # fmt: skip
def test_neighbours_keep_their_language(code: str, text: str) -> None:
    assert detect_language(text) == code
