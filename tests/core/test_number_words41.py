"""Round 41 (langs48): number words in every language we read, as one table written from each language's grammar (not
from its lexicon): the units (one left out where the lexicon keeps it out as the article or a pronoun), teens, the
tens, a hundred, a thousand and compounds (21, 35, 111), each read alone by the language's number reader; then a
killed and a wounded sentence in words per language whose numbers this round added; and the two languages added
this round, Hmong and Wolof, with their dead, injured, missing, qualifiers, yesterday and how they are told apart.

Gaps this table found and the lexicons now fill: Georgian 21-99 on the scores ("ოცდათხუთმეტი", 35), Armenian and
Slovene tens and units written as one word ("քսանմեկ", "petintrideset"), Welsh's count on twenty ("un ar ddeg",
"pymtheg ar hugain"), Amharic's "አስራ" before its unit, the teens of Tamil, Telugu, Malayalam and Sinhala, the
Spanish numbers of Cebuano ("onse", "baynte"), Croatian "tisuću", Somali "labo", Kurdish spellings, Zulu's
"amashumi amabili" (twenty), which the vague "amashumi" (tens) hid, and the numbers to 99 that Marathi, Gujarati,
Punjabi, Nepali and Urdu write each as a word of its own ("पस्तीस", "ਪੈਂਤੀ", "پینتیس", 35); and feminine forms: Spanish
"veintiuna", Romanian "douăzeci și una", Arabic "اثنتان", "ثماني"."""

from __future__ import annotations

from functools import cache

import pytest

from core.extract.language import detect_language
from core.extract.numerals import NumberReader
from core.extract.world_language import language
from tests.core.world_kit import claims, headlines, number_table_cases

# The table: a language -> "phrase=value; ..."; "u:" opens the units from one, space-separated.
_TABLE = {
    "es": (
        "u:uno dos tres cuatro cinco seis siete ocho nueve diez; once=11; doce=12; quince=15; dieciséis=16; "
        "diecinueve=19; veinte=20; veintiuno=21; treinta=30; treinta y cinco=35; cuarenta=40; cincuenta=50; "
        "sesenta=60; setenta=70; ochenta=80; noventa=90; cien=100; ciento once=111; mil=1000"
    ),
    "fr": (
        "u:un deux trois quatre cinq six sept huit neuf dix; onze=11; douze=12; quinze=15; seize=16; "
        "dix-sept=17; dix-neuf=19; vingt=20; vingt et un=21; trente=30; trente-cinq=35; quarante=40; "
        "cinquante=50; soixante=60; soixante-dix=70; quatre-vingts=80; quatre-vingt-dix=90; cent=100; "
        "cent onze=111; mille=1000"
    ),
    "de": (
        "u:eins zwei drei vier fünf sechs sieben acht neun zehn; elf=11; zwölf=12; fünfzehn=15; sechzehn=16; "
        "siebzehn=17; neunzehn=19; zwanzig=20; einundzwanzig=21; dreißig=30; fünfunddreißig=35; vierzig=40; "
        "fünfzig=50; sechzig=60; siebzig=70; achtzig=80; neunzig=90; hundert=100; hundertelf=111; "
        "tausend=1000"
    ),
    "it": (
        "u:uno due tre quattro cinque sei sette otto nove dieci; undici=11; dodici=12; quindici=15; "
        "sedici=16; diciannove=19; venti=20; ventuno=21; trenta=30; trentacinque=35; quaranta=40; "
        "cinquanta=50; sessanta=60; settanta=70; ottanta=80; novanta=90; cento=100; centoundici=111; "
        "mille=1000"
    ),
    "pt": (
        "u:um dois três quatro cinco seis sete oito nove dez; onze=11; doze=12; quinze=15; dezesseis=16; "
        "dezanove=19; vinte=20; vinte e um=21; trinta=30; trinta e cinco=35; quarenta=40; cinquenta=50; "
        "sessenta=60; setenta=70; oitenta=80; noventa=90; cem=100; cento e onze=111; mil=1000"
    ),
    "nl": (
        "u:een twee drie vier vijf zes zeven acht negen tien; elf=11; twaalf=12; vijftien=15; zestien=16; "
        "negentien=19; twintig=20; eenentwintig=21; dertig=30; vijfendertig=35; veertig=40; vijftig=50; "
        "zestig=60; zeventig=70; tachtig=80; negentig=90; honderd=100; honderdelf=111; duizend=1000"
    ),
    "ca": (
        "u:un dos tres quatre cinc sis set vuit nou deu; onze=11; dotze=12; quinze=15; setze=16; dinou=19; "
        "vint=20; vint-i-un=21; trenta=30; trenta-cinc=35; quaranta=40; cinquanta=50; seixanta=60; "
        "setanta=70; vuitanta=80; noranta=90; cent=100; mil=1000"
    ),
    "gl": (
        "u:un dous tres catro cinco seis sete oito nove dez; once=11; doce=12; quince=15; dezaseis=16; "
        "dezanove=19; vinte=20; vinte e un=21; trinta=30; trinta e cinco=35; corenta=40; cincuenta=50; "
        "sesenta=60; setenta=70; oitenta=80; noventa=90; cen=100; mil=1000"
    ),
    "ro": (
        "u:unu doi trei patru cinci șase șapte opt nouă zece; unsprezece=11; doisprezece=12; "
        "cincisprezece=15; șaisprezece=16; nouăsprezece=19; douăzeci=20; douăzeci și unu=21; treizeci=30; "
        "treizeci și cinci=35; patruzeci=40; cincizeci=50; șaizeci=60; șaptezeci=70; optzeci=80; "
        "nouăzeci=90; o sută=100; o mie=1000"
    ),
    "sv": (
        "u:en två tre fyra fem sex sju åtta nio tio; elva=11; tolv=12; femton=15; sexton=16; nitton=19; "
        "tjugo=20; tjugoett=21; trettio=30; trettiofem=35; fyrtio=40; femtio=50; sextio=60; sjuttio=70; "
        "åttio=80; nittio=90; hundra=100; etthundraelva=111; tusen=1000"
    ),
    "da": (
        "u:en to tre fire fem seks syv otte ni ti; elleve=11; tolv=12; femten=15; seksten=16; nitten=19; "
        "tyve=20; enogtyve=21; tredive=30; femogtredive=35; fyrre=40; halvtreds=50; tres=60; halvfjerds=70; "
        "firs=80; halvfems=90; hundrede=100; tusind=1000"
    ),
    "no": (
        "u:en to tre fire fem seks sju åtte ni ti; elleve=11; tolv=12; femten=15; seksten=16; nitten=19; "
        "tjue=20; tjueen=21; tretti=30; trettifem=35; førti=40; femti=50; seksti=60; sytti=70; åtti=80; "
        "nitti=90; hundre=100; tusen=1000"
    ),
    "is": (
        "u:einn tveir þrír fjórir fimm sex sjö átta níu tíu; ellefu=11; tólf=12; fimmtán=15; sextán=16; "
        "nítján=19; tuttugu=20; þrjátíu=30; fjörutíu=40; fimmtíu=50; sextíu=60; sjötíu=70; áttatíu=80; "
        "níutíu=90; hundrað=100; þúsund=1000"
    ),
    "fi": (
        "u:yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen; yksitoista=11; "
        "kaksitoista=12; viisitoista=15; yhdeksäntoista=19; kaksikymmentä=20; kaksikymmentäyksi=21; "
        "kolmekymmentä=30; kolmekymmentäviisi=35; neljäkymmentä=40; viisikymmentä=50; sata=100; tuhat=1000"
    ),
    "et": (
        "u:üks kaks kolm neli viis kuus seitse kaheksa üheksa kümme; üksteist=11; kaksteist=12; "
        "viisteist=15; üheksateist=19; kakskümmend=20; kolmkümmend=30; nelikümmend=40; viiskümmend=50; "
        "sada=100; tuhat=1000"
    ),
    "hu": (
        "u:egy kettő három négy öt hat hét nyolc kilenc tíz; tizenegy=11; tizenkettő=12; tizenöt=15; "
        "tizenkilenc=19; húsz=20; huszonegy=21; harminc=30; harmincöt=35; negyven=40; ötven=50; hatvan=60; "
        "hetven=70; nyolcvan=80; kilencven=90; száz=100; ezer=1000"
    ),
    "pl": (
        "u:jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć; jedenaście=11; dwanaście=12; "
        "piętnaście=15; szesnaście=16; dziewiętnaście=19; dwadzieścia=20; dwadzieścia jeden=21; "
        "trzydzieści=30; trzydzieści pięć=35; czterdzieści=40; pięćdziesiąt=50; sześćdziesiąt=60; "
        "siedemdziesiąt=70; osiemdziesiąt=80; dziewięćdziesiąt=90; sto=100; sto jedenaście=111; tysiąc=1000"
    ),
    "cs": (
        "u:jeden dva tři čtyři pět šest sedm osm devět deset; jedenáct=11; dvanáct=12; patnáct=15; "
        "šestnáct=16; devatenáct=19; dvacet=20; dvacet jedna=21; třicet=30; třicet pět=35; čtyřicet=40; "
        "padesát=50; šedesát=60; sedmdesát=70; osmdesát=80; devadesát=90; sto=100; sto jedenáct=111; "
        "tisíc=1000"
    ),
    "sk": (
        "u:jeden dva tri štyri päť šesť sedem osem deväť desať; jedenásť=11; dvanásť=12; pätnásť=15; "
        "šestnásť=16; devätnásť=19; dvadsať=20; dvadsaťjeden=21; tridsať=30; tridsaťpäť=35; štyridsať=40; "
        "päťdesiat=50; šesťdesiat=60; sedemdesiat=70; osemdesiat=80; deväťdesiat=90; sto=100; tisíc=1000"
    ),
    "sl": (
        "u:ena dva tri štiri pet šest sedem osem devet deset; enajst=11; dvanajst=12; petnajst=15; "
        "šestnajst=16; devetnajst=19; dvajset=20; enaindvajset=21; trideset=30; petintrideset=35; "
        "štirideset=40; petdeset=50; šestdeset=60; sedemdeset=70; osemdeset=80; devetdeset=90; sto=100; "
        "tisoč=1000"
    ),
    "hr": (
        "u:jedan dva tri četiri pet šest sedam osam devet deset; jedanaest=11; dvanaest=12; petnaest=15; "
        "šesnaest=16; devetnaest=19; dvadeset=20; dvadeset i jedan=21; trideset=30; trideset i pet=35; "
        "četrdeset=40; pedeset=50; šezdeset=60; sedamdeset=70; osamdeset=80; devedeset=90; sto=100; "
        "tisuću=1000"
    ),
    "sr": (
        "u:један два три четири пет шест седам осам девет десет; једанаест=11; дванаест=12; петнаест=15; "
        "шеснаест=16; деветнаест=19; двадесет=20; двадесет и један=21; тридесет=30; тридесет и пет=35; "
        "четрдесет=40; педесет=50; шездесет=60; седамдесет=70; осамдесет=80; деведесет=90; сто=100; "
        "хиљаду=1000"
    ),
    "bg": (
        "u:един два три четири пет шест седем осем девет десет; единадесет=11; дванадесет=12; петнадесет=15; "
        "шестнадесет=16; деветнадесет=19; двадесет=20; двадесет и един=21; тридесет=30; тридесет и пет=35; "
        "четиридесет=40; петдесет=50; шестдесет=60; седемдесет=70; осемдесет=80; деветдесет=90; сто=100; "
        "хиляда=1000"
    ),
    "mk": (
        "u:еден два три четири пет шест седум осум девет десет; единаесет=11; дванаесет=12; петнаесет=15; "
        "шеснаесет=16; деветнаесет=19; дваесет=20; дваесет и еден=21; триесет=30; триесет и пет=35; "
        "четириесет=40; педесет=50; шеесет=60; седумдесет=70; осумдесет=80; деведесет=90; сто=100; "
        "илјада=1000"
    ),
    "ru": (
        "u:один два три четыре пять шесть семь восемь девять десять; одиннадцать=11; двенадцать=12; "
        "пятнадцать=15; шестнадцать=16; девятнадцать=19; двадцать=20; двадцать один=21; тридцать=30; "
        "тридцать пять=35; сорок=40; пятьдесят=50; шестьдесят=60; семьдесят=70; восемьдесят=80; "
        "девяносто=90; сто=100; сто одиннадцать=111; тысяча=1000"
    ),
    "uk": (
        "u:один два три чотири п'ять шість сім вісім дев'ять десять; одинадцять=11; дванадцять=12; "
        "п'ятнадцять=15; шістнадцять=16; дев'ятнадцять=19; двадцять=20; двадцять один=21; тридцять=30; "
        "тридцять п'ять=35; сорок=40; п'ятдесят=50; шістдесят=60; сімдесят=70; вісімдесят=80; дев'яносто=90; "
        "сто=100; сто одинадцять=111; тисяча=1000"
    ),
    "lt": (
        "u:vienas du trys keturi penki šeši septyni aštuoni devyni dešimt; vienuolika=11; dvylika=12; "
        "penkiolika=15; šešiolika=16; devyniolika=19; dvidešimt=20; dvidešimt vienas=21; trisdešimt=30; "
        "trisdešimt penki=35; keturiasdešimt=40; penkiasdešimt=50; šimtas=100; tūkstantis=1000"
    ),
    "lv": (
        "u:viens divi trīs četri pieci seši septiņi astoņi deviņi desmit; vienpadsmit=11; divpadsmit=12; "
        "piecpadsmit=15; deviņpadsmit=19; divdesmit=20; divdesmit viens=21; trīsdesmit=30; "
        "trīsdesmit pieci=35; četrdesmit=40; piecdesmit=50; simts=100; tūkstotis=1000"
    ),
    "el": (
        "u:ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα δέκα; έντεκα=11; δώδεκα=12; δεκαπέντε=15; "
        "δεκαέξι=16; δεκαεννέα=19; είκοσι=20; είκοσι ένα=21; τριάντα=30; τριάντα πέντε=35; σαράντα=40; "
        "πενήντα=50; εξήντα=60; εβδομήντα=70; ογδόντα=80; ενενήντα=90; εκατό=100; εκατόν έντεκα=111; "
        "χίλια=1000"
    ),
    "sq": (
        "u:një dy tre katër pesë gjashtë shtatë tetë nëntë dhjetë; njëmbëdhjetë=11; dymbëdhjetë=12; "
        "pesëmbëdhjetë=15; nëntëmbëdhjetë=19; njëzet=20; njëzet e një=21; tridhjetë=30; tridhjetë e pesë=35; "
        "dyzet=40; pesëdhjetë=50; njëqind=100; një mijë=1000"
    ),
    "tr": (
        "u:bir iki üç dört beş altı yedi sekiz dokuz on; on bir=11; on iki=12; on beş=15; on dokuz=19; "
        "yirmi=20; yirmi bir=21; otuz=30; otuz beş=35; kırk=40; elli=50; altmış=60; yetmiş=70; seksen=80; "
        "doksan=90; yüz=100; yüz on bir=111; bin=1000"
    ),
    "az": (
        "u:bir iki üç dörd beş altı yeddi səkkiz doqquz on; on bir=11; on iki=12; on beş=15; on doqquz=19; "
        "iyirmi=20; iyirmi bir=21; otuz=30; otuz beş=35; qırx=40; əlli=50; altmış=60; yetmiş=70; səksən=80; "
        "doxsan=90; yüz=100; min=1000"
    ),
    "uz": (
        "u:bir ikki uch to'rt besh olti yetti sakkiz to'qqiz o'n; o'n bir=11; o'n ikki=12; o'n besh=15; "
        "yigirma=20; yigirma bir=21; o'ttiz=30; o'ttiz besh=35; qirq=40; ellik=50; oltmish=60; yetmish=70; "
        "sakson=80; to'qson=90; yuz=100; ming=1000"
    ),
    "kk": (
        "u:бір екі үш төрт бес алты жеті сегіз тоғыз он; он бір=11; он екі=12; он бес=15; жиырма=20; "
        "жиырма бір=21; отыз=30; отыз бес=35; қырық=40; елу=50; алпыс=60; жетпіс=70; сексен=80; тоқсан=90; "
        "жүз=100; мың=1000"
    ),
    "tt": (
        "u:бер ике өч дүрт биш алты җиде сигез тугыз ун; унбер=11; унике=12; унбиш=15; егерме=20; "
        "егерме бер=21; утыз=30; утыз биш=35; кырык=40; илле=50; алтмыш=60; җитмеш=70; сиксән=80; туксан=90; "
        "йөз=100; мең=1000"
    ),
    "ka": (
        "u:ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა ათი; თერთმეტი=11; თორმეტი=12; თხუთმეტი=15; "
        "ცხრამეტი=19; ოცი=20; ოცდაერთი=21; ოცდაათი=30; ოცდათხუთმეტი=35; ორმოცი=40; ორმოცდაათი=50; სამოცი=60; "
        "ოთხმოცი=80; ასი=100; ათასი=1000"
    ),
    "hy": (
        "u:մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը տաս; տասնմեկ=11; տասներկու=12; տասնհինգ=15; քսան=20; "
        "քսանմեկ=21; երեսուն=30; երեսունհինգ=35; քառասուն=40; հիսուն=50; վաթսուն=60; յոթանասուն=70; "
        "ութսուն=80; իննսուն=90; հարյուր=100; հազար=1000"
    ),
    "he": (
        "u:אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה עשרה; אחד עשר=11; שנים עשר=12; חמישה עשר=15; "
        "עשרים=20; עשרים ואחד=21; שלושים=30; שלושים וחמישה=35; ארבעים=40; חמישים=50; שישים=60; שבעים=70; "
        "שמונים=80; תשעים=90; מאה=100; אלף=1000"
    ),
    "ar": (
        "u:واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة; أحد عشر=11; اثنا عشر=12; خمسة عشر=15; "
        "عشرون=20; واحد وعشرون=21; ثلاثون=30; خمسة وثلاثون=35; أربعون=40; خمسون=50; ستون=60; سبعون=70; "
        "ثمانون=80; تسعون=90; مئة=100; ألف=1000"
    ),
    "fa": (
        "u:یک دو سه چهار پنج شش هفت هشت; بیست و نه=29; صد و ده=110; یازده=11; دوازده=12; پانزده=15; "
        "شانزده=16; نوزده=19; بیست=20; بیست و یک=21; سی=30; سی و پنج=35; چهل=40; پنجاه=50; شصت=60; هفتاد=70; "
        "هشتاد=80; نود=90; صد=100; صد و یازده=111; هزار=1000"
    ),
    "ps": (
        "u:یو دوه درې څلور پنځه شپږ اووه اته نهه لس; یوولس=11; دولس=12; پنځلس=15; شل=20; دېرش=30; څلوېښت=40; "
        "پنځوس=50; سل=100; زر=1000"
    ),
    "ur": (
        "u:ایک دو تین چار پانچ چھ سات آٹھ نو دس; گیارہ=11; بارہ=12; پندرہ=15; سولہ=16; انیس=19; بیس=20; "
        "اکیس=21; تیس=30; پینتیس=35; چالیس=40; پچاس=50; ساٹھ=60; ستر=70; اسی=80; نوے=90; سو=100; ہزار=1000"
    ),
    "ckb": (
        "u:یەک دوو سێ چوار پێنج شەش حەوت هەشت نۆ دە; یازدە=11; دوازدە=12; پازدە=15; بیست=20; سی=30; چل=40; "
        "پەنجا=50; سەد=100; هەزار=1000"
    ),
    "ku": (
        "u:yek du sê çar pênc şeş heft heşt neh deh; yazdeh=11; duwazdeh=12; pazdeh=15; bîst=20; "
        "bîst û yek=21; sî=30; sî û pênc=35; çil=40; pêncî=50; şêst=60; heftê=70; heştê=80; nod=90; sed=100; "
        "hezar=1000"
    ),
    "hi": (
        "u:एक दो तीन चार पांच छह सात आठ नौ दस; ग्यारह=11; बारह=12; पंद्रह=15; सोलह=16; उन्नीस=19; बीस=20; "
        "इक्कीस=21; तीस=30; पैंतीस=35; चालीस=40; पचास=50; साठ=60; सत्तर=70; अस्सी=80; नब्बे=90; सौ=100; "
        "हजार=1000"
    ),
    "mr": (
        "u:एक दोन तीन चार पाच सहा सात आठ नऊ दहा; अकरा=11; बारा=12; पंधरा=15; सोळा=16; एकोणीस=19; वीस=20; "
        "एकवीस=21; तीस=30; पस्तीस=35; चाळीस=40; पन्नास=50; साठ=60; सत्तर=70; ऐंशी=80; नव्वद=90; शंभर=100; "
        "हजार=1000"
    ),
    "ne": (
        "u:एक दुई तीन चार पाँच छ सात आठ नौ दस; एघार=11; बाह्र=12; पन्ध्र=15; सोह्र=16; उन्नाइस=19; बीस=20; "
        "एक्काइस=21; तीस=30; पैंतीस=35; चालीस=40; पचास=50; साठी=60; सत्तरी=70; असी=80; नब्बे=90; सय=100; "
        "हजार=1000"
    ),
    "bn": (
        "u:এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ; এগারো=11; বারো=12; পনেরো=15; ষোলো=16; উনিশ=19; বিশ=20; "
        "একুশ=21; ত্রিশ=30; পঁয়ত্রিশ=35; চল্লিশ=40; পঞ্চাশ=50; ষাট=60; সত্তর=70; আশি=80; নব্বই=90; একশ=100; "
        "হাজার=1000"
    ),
    "gu": (
        "u:એક બે ત્રણ ચાર પાંચ છ સાત આઠ નવ દસ; અગિયાર=11; બાર=12; પંદર=15; ઓગણીસ=19; વીસ=20; એકવીસ=21; "
        "ત્રીસ=30; પાંત્રીસ=35; ચાળીસ=40; પચાસ=50; સાઠ=60; સિત્તેર=70; એંસી=80; નેવું=90; સો=100; હજાર=1000"
    ),
    "pa": (
        "u:ਇੱਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਦਸ; ਗਿਆਰਾਂ=11; ਬਾਰਾਂ=12; ਪੰਦਰਾਂ=15; ਉੱਨੀ=19; ਵੀਹ=20; ਇੱਕੀ=21; "
        "ਤੀਹ=30; ਪੈਂਤੀ=35; ਚਾਲੀ=40; ਪੰਜਾਹ=50; ਸੱਠ=60; ਸੱਤਰ=70; ਅੱਸੀ=80; ਨੱਬੇ=90; ਸੌ=100; ਹਜ਼ਾਰ=1000"
    ),
    "ta": (
        "u:ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது பத்து; பதினொன்று=11; பன்னிரண்டு=12; "
        "பதினைந்து=15; இருபது=20; முப்பது=30; நாற்பது=40; ஐம்பது=50; நூறு=100; ஆயிரம்=1000"
    ),
    "te": (
        "u:ఒకటి రెండు మూడు నాలుగు ఐదు ఆరు ఏడు ఎనిమిది తొమ్మిది పది; పదకొండు=11; పన్నెండు=12; పదిహేను=15; "
        "ఇరవై=20; ముప్పై=30; నలభై=40; యాభై=50; వంద=100; వెయ్యి=1000"
    ),
    "ml": (
        "u:ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് ആറ് ഏഴ് എട്ട് ഒൻപത് പത്ത്; പതിനൊന്ന്=11; പന്ത്രണ്ട്=12; "
        "പതിനഞ്ച്=15; ഇരുപത്=20; മുപ്പത്=30; നാൽപത്=40; അമ്പത്=50; നൂറ്=100; ആയിരം=1000"
    ),
    "si": (
        "u:එක දෙක තුන හතර පහ හය හත අට නවය දහය; එකොළහ=11; දොළහ=12; පහළොව=15; විස්ස=20; තිහ=30; හතළිහ=40; "
        "පනහ=50; සියය=100; දහස=1000"
    ),
    "zh": (
        "一=1; 二=2; 三=3; 四=4; 五=5; 六=6; 七=7; 八=8; 九=9; 十=10; 十一=11; 十二=12; 十五=15; "
        "二十=20; 二十一=21; 三十五=35; "
        "四十=40; 一百=100; 一百一十一=111; 一千=1000; 两=2"
    ),
    "ja": (
        "一=1; 二=2; 三=3; 四=4; 五=5; 六=6; 七=7; 八=8; 九=9; 十=10; 十一=11; 十二=12; 十五=15; "
        "二十=20; 二十一=21; 三十五=35; "
        "四十=40; 百=100; 百十一=111; 千=1000"
    ),
    "ko": (
        "두 명=2; 세 명=3; 네 명=4; 다섯 명=5; 여섯명=6; 일곱 명=7; 여덟 명=8; 아홉 명=9; "
        "열 명=10; 열한 명=11; 열두 명=12; "
        "열다섯 명=15; "
        "스무 명=20; 스물한 명=21; 서른다섯 명=35; 마흔 명=40; 3명=3; 35명=35; 100명=100; 1천명=1000"
    ),
    "vi": (
        "u:một hai ba bốn năm sáu bảy tám chín mười; mười một=11; mười hai=12; mười lăm=15; hai mươi=20; "
        "hai mươi mốt=21; ba mươi=30; ba mươi lăm=35; bốn mươi=40; năm mươi=50; một trăm=100; "
        "một trăm mười một=111; một nghìn=1000; một ngàn=1000"
    ),
    "th": (
        "หนึ่ง=1; สอง=2; สาม=3; สี่=4; ห้า=5; หก=6; เจ็ด=7; แปด=8; เก้า=9; สิบ=10; สิบเอ็ด=11; สิบสอง=12; "
        "สิบห้า=15; ยี่สิบ=20; ยี่สิบเอ็ด=21; สามสิบห้า=35; สี่สิบ=40; ร้อย=100; หนึ่งร้อย=100; พัน=1000"
    ),
    "lo": (
        "ໜຶ່ງ=1; ສອງ=2; ສາມ=3; ສີ່=4; ຫ້າ=5; ຫົກ=6; ເຈັດ=7; ແປດ=8; ເກົ້າ=9; ສິບ=10; ສິບເອັດ=11; ຊາວ=20; ສາມສິບ=30; ຮ້ອຍ=100; ພັນ=1000"
    ),
    "km": (
        "មួយ=1; ពីរ=2; បី=3; បួន=4; ប្រាំ=5; ប្រាំមួយ=6; ប្រាំពីរ=7; ប្រាំបី=8; ប្រាំបួន=9; ដប់=10; ម្ភៃ=20; សាមសិប=30; មួយរយ=100; មួយពាន់=1000"
    ),
    "my": ("တစ်=1; နှစ်=2; သုံး=3; လေး=4; ငါး=5; ခြောက်=6; ခုနစ်=7; ရှစ်=8; ကိုး=9; တစ်ဆယ်=10; နှစ်ဆယ်=20; တစ်ရာ=100; တစ်ထောင်=1000"),
    "id": (
        "u:satu dua tiga empat lima enam tujuh delapan sembilan sepuluh; sebelas=11; dua belas=12; "
        "lima belas=15; dua puluh=20; dua puluh satu=21; tiga puluh=30; tiga puluh lima=35; empat puluh=40; "
        "seratus=100; seratus sebelas=111; seribu=1000"
    ),
    "tl": (
        "u:isa dalawa tatlo apat lima anim pito walo siyam sampu; labing-isa=11; labindalawa=12; "
        "labinlima=15; dalawampu=20; dalawampu't isa=21; tatlumpu=30; tatlumpu't lima=35; apatnapu=40; "
        "limampu=50; isang daan=100; sandaan=100; isang libo=1000"
    ),
    "ceb": (
        "u:usa duha tulo upat lima unom pito walo siyam napulo; onse=11; dose=12; kinse=15; baynte=20; "
        "trayinta=30; kuwarenta=40; singkwenta=50; gatos=100; usa ka gatos=100; usa ka libo=1000"
    ),
    "sw": (
        "u:moja mbili tatu nne tano sita saba nane tisa kumi; kumi na moja=11; kumi na mbili=12; "
        "kumi na tano=15; ishirini=20; ishirini na moja=21; thelathini=30; thelathini na tano=35; "
        "arobaini=40; hamsini=50; sitini=60; sabini=70; themanini=80; tisini=90; mia moja=100; "
        "mia moja na kumi na moja=111; elfu moja=1000"
    ),
    "ha": (
        "u:ɗaya biyu uku huɗu biyar shida bakwai takwas tara goma; goma sha ɗaya=11; goma sha biyu=12; "
        "goma sha biyar=15; ashirin=20; ashirin da ɗaya=21; talatin=30; talatin da biyar=35; arba'in=40; "
        "hamsin=50; sittin=60; saba'in=70; tamanin=80; casa'in=90; ɗari=100; dubu=1000"
    ),
    "yo": (
        "u:ọ̀kan méjì mẹ́ta mẹ́rin márùn-ún mẹ́fà méje mẹ́jọ mẹ́sàn-án mẹ́wàá; mọ́kànlá=11; méjìlá=12; "
        "mẹ́ẹ̀ẹ́dógún=15; ogún=20; mọ́kànlélógún=21; ọgbọ̀n=30; márùndínlógójì=35; ogójì=40; àádọ́ta=50; "
        "ọgọ́ta=60; ọgọ́rùn-ún=100; ẹgbẹ̀rún=1000; meji=2; meta=3; merin=4; marun=5; mefa=6; meje=7; mejo=8; "
        "mesan=9; mewaa=10; mokanla=11; ogun=20; mokanlelogun=21; ogbon=30"
    ),
    "so": (
        "u:kow laba saddex afar shan lix toddoba siddeed sagaal toban; kow iyo toban=11; labo iyo toban=12; "
        "labaatan=20; soddon=30; afartan=40; konton=50; lixdan=60; boqol=100; kun=1000"
    ),
    "am": (
        "u:አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ አስር; አስራ አንድ=11; አስራ ሁለት=12; ሃያ=20; ሰላሳ=30; አርባ=40; "
        "ሃምሳ=50; መቶ=100; ሺህ=1000"
    ),
    "zu": (
        "ababili=2; abathathu=3; abane=4; abahlanu=5; abayisithupha=6; abayisikhombisa=7; "
        "abayisishiyagalombili=8; abayisishiyagalolunye=9; abayishumi=10; amashumi amabili=20; "
        "amashumi amathathu=30; ikhulu=100; inkulungwane=1000"
    ),
    "rw": (
        "babiri=2; batatu=3; bane=4; batanu=5; batandatu=6; barindwi=7; umunani=8; icyenda=9; icumi=10; "
        "cumi na babiri=12; makumyabiri=20; makumyabiri na batanu=25; mirongo itatu=30; "
        "mirongo itatu na batanu=35; ijana=100; magana abiri=200"
    ),
    "lg": (
        "u:emu bbiri ssatu nnya ttaano mukaaga musanvu munaana mwenda kkumi; amakumi abiri=20; "
        "amakumi asatu=30; kikumi=100; lukumi=1000"
    ),
    "af": (
        "u:een twee drie vier vyf ses sewe agt nege tien; elf=11; twaalf=12; vyftien=15; twintig=20; "
        "een-en-twintig=21; dertig=30; vyf-en-dertig=35; veertig=40; vyftig=50; honderd=100; duisend=1000"
    ),
    "fy": (
        "u:ien twa trije fjouwer fiif seis sân acht njoggen tsien; alve=11; tolve=12; fyftjin=15; "
        "tweintich=20; tritich=30; fjirtich=40; fyftich=50; hûndert=100; tûzen=1000"
    ),
    "cy": (
        "u:un dau tri pedwar pump chwech saith wyth naw deg; un ar ddeg=11; un ar hugain=21; "
        "pymtheg ar hugain=35; deugain=40; hanner cant=50; pedwar ugain=80; deuddeg=12; pymtheg=15; "
        "ugain=20; dau ddeg=20; tri deg=30; cant=100; mil=1000"
    ),
    "eu": (
        "u:bat bi hiru lau bost sei zazpi zortzi bederatzi hamar; hamaika=11; hamabi=12; hamabost=15; "
        "hogei=20; hogeita bat=21; hogeita hamar=30; hogeita hamabost=35; berrogei=40; ehun=100; mila=1000"
    ),
    "qu": (
        "u:huk iskay kimsa tawa pichqa suqta qanchis pusaq isqun chunka; chunka hukniyuq=11; "
        "iskay chunka=20; kimsa chunka=30; pachak=100; waranqa=1000"
    ),
    "sm": (
        "u:tasi lua tolu fā lima ono fitu valu iva sefulu; sefulu ma le tasi=11; luasefulu=20; "
        "tolusefulu=30; selau=100; afe=1000"
    ),
    "to": (
        "u:taha ua tolu fā nima ono fitu valu hiva hongofulu; hongofulu mā taha=11; uofulu=20; "
        "tolungofulu=30; teau=100; afe=1000"
    ),
    "bi": (
        "tri=3; faef=5; sikis=6; seven=7; eit=8; naen=9; ten=10; leven=11; twelef=12; twanti=20; "
        "twanti mo faef=25; teti=30; foti=40; fifti=50; wan handred=100"
    ),
    "kri": (
        "u:wan tu tri fo fayv siks sɛvin et nayn tɛn; lɛvin=11; twɛlv=12; fiftin=15; twɛnti=20; tati=30; "
        "fɔti=40; fifti=50; wan ɔndrɛd=100; tawzin=1000"
    ),
    "bm": (
        "u:kelen fila saba naani duuru wɔɔrɔ wolonwula seegin kɔnɔntɔn tan; tan ni kelen=11; "
        "tan ni duuru=15; mugan=20; mugan ni kelen=21; bisaba=30; bisaba ni duuru=35; binaani=40; kɛmɛ=100; "
        "kɛmɛ ni tan ni kelen=111; waa=1000"
    ),
    "hmn": (
        "u:ib ob peb plaub tsib rau xya yim cuaj kaum; kaum ib=11; kaum ob=12; kaum tsib=15; kaum cuaj=19; "
        "nees nkaum=20; nees nkaum ib=21; peb caug=30; peb caug tsib=35; plaub caug=40; tsib caug=50; "
        "rau caum=60; xya caum=70; yim caum=80; cuaj caum=90; ib puas=100; ib puas kaum ib=111; "
        "ib txhiab=1000"
    ),
    "wo": (
        "u:benn ñaar ñett ñeent juróom; juróom benn=6; juróom ñaar=7; juróom ñett=8; juróom ñeent=9; "
        "fukk=10; fukk ak benn=11; fukk ak ñaar=12; fukk ak juróom=15; ñaar fukk=20; ñaar fukk ak benn=21; "
        "fanweer=30; fanweer ak juróom=35; ñeent fukk=40; juróom fukk=50; juróom benn fukk=60; téeméer=100; "
        "téeméer ak fukk ak benn=111; junni=1000; naar=2; nyett=3; juroom=5; ñetti=3; fukki=10; juroom naar=7"
    ),
    "ln": (
        "u:moko mibale misato minei mitano motoba nsambo mwambe libwa zomi; zomi na moko=11; zomi na mibale=12; "
        "zomi na mitano=15; ntuku mibale=20; ntuku mibale na moko=21; ntuku misato=30; ntuku misato na mitano=35; "
        "ntuku minei=40; nkama=100; nkama moko=100; nkama moko na zomi na moko=111; nkoto moko=1000"
    ),
    "om": (
        "u:tokko lama sadii afur shan ja'a torba saddeet sagal kudhan; kudha tokko=11; kudha lama=12; kudha shan=15; "
        "digdama=20; digdamii tokko=21; soddoma=30; soddomii shan=35; afurtama=40; shantama=50; jaatama=60; "
        "torbaatama=70; saddeettama=80; sagaltama=90; dhibba=100; dhibba lama=200; dhibba fi kudha tokko=111; "
        "kuma=1000; kuma tokko=1000"
    ),
    "mg": (
        "roa=2; telo=3; efatra=4; dimy=5; enina=6; fito=7; valo=8; sivy=9; folo=10; iraika ambin'ny folo=11; "
        "roa ambin'ny folo=12; dimy ambin'ny folo=15; roapolo=20; iraika amby roapolo=21; telopolo=30; "
        "dimy amby telopolo=35; efapolo=40; dimampolo=50; zato=100; roanjato=200; arivo=1000; roa arivo=2000"
    ),
    "ig": (
        "u:otu abụọ atọ anọ ise isii asaa asatọ itoolu iri; iri na otu=11; iri na abụọ=12; iri na ise=15; "
        "iri abụọ=20; iri abụọ na otu=21; iri atọ=30; iri atọ na ise=35; iri anọ=40; otu narị=100; narị abụọ=200; "
        "otu narị na iri na otu=111; otu puku=1000; abuo=2; ato=3; iri ato na ise=35"
    ),
    "sn": (
        "vaviri=2; vatatu=3; vashanu=5; vatanhatu=6; vanomwe=7; vasere=8; vapfumbamwe=9; gumi=10; "
        "gumi nemumwe=11; gumi nevaviri=12; gumi nevashanu=15; makumi maviri=20; makumi maviri nemumwe=21; "
        "makumi matatu=30; makumi matatu nevashanu=35; makumi mana=40; zana=100; chiuru=1000"
    ),
    "ti": (
        "u:ሓደ ክልተ ሰለስተ ኣርባዕተ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ ትሽዓተ ዓሰርተ; ዓሰርተ ሓደ=11; ዓሰርተ ክልተ=12; "
        "ዓሰርተ ሓሙሽተ=15; ዕስራ=20; ዕስራን ሓደን=21; ሰላሳ=30; ሰላሳን ሓሙሽተን=35; ኣርብዓ=40; ሓምሳ=50; ሚእቲ=100; "
        "ሚእትን ዓሰርተን ሓደን=111; ሽሕ=1000"
    ),
}
# Languages whose lexicon reads digits only, by design: written without spaces, their number words sit inside
# everyday words (Thai "สาม", three, in "สามารถ", can)
_DIGITS_ONLY = frozenset({"th", "lo", "km", "my"})
# One, where the lexicon keeps it out: the article or a pronoun ("einn", "bat", "isa", "usa" alone), or a word with
# another sense the lexicon leaves out on purpose (ne "छ", is; ta "ஆறு", river; ur "اسی", this very)
_LEFT_OUT = frozenset({
    ("is", "einn"), ("ps", "یو"), ("sw", "moja"), ("tl", "isa"), ("si", "එක"), ("ceb", "usa"), ("lg", "emu"),
    ("eu", "bat"), ("yo", "ọ̀kan"), ("ne", "छ"), ("ta", "ஆறு"), ("ur", "اسی"),
})  # fmt: skip


def _cases() -> list[tuple[str, str, int]]:
    read = {code: spec for code, spec in _TABLE.items() if code not in _DIGITS_ONLY}
    return [(c, p, v) for c, p, v in number_table_cases(read) if (c, p) not in _LEFT_OUT]


@cache
def _reader(code: str) -> NumberReader:
    found = language(code)
    assert found is not None
    return found.numbers


def test_the_table_covers_every_language() -> None:
    from core.extract.lexicons import WORLD_LANGUAGES
    from tests.core.test_four_forms43 import TABLE43  # the language round 43 added
    from tests.core.test_number_words42 import TABLE as TABLE42  # the languages round 42 added

    assert set(WORLD_LANGUAGES) <= set(_TABLE) | set(TABLE42) | set(TABLE43)


@pytest.mark.parametrize(("code", "phrase", "value"), _cases())
def test_number_words(code: str, phrase: str, value: int) -> None:
    read = [n.value for n in _reader(code).read(phrase, phrase.lower(), 0, len(phrase))]
    assert read == [value]


@pytest.mark.parametrize(("code", "text", "killed", "wounded"), [
    ("ka", "ხანძარს ოცდათხუთმეტი ადამიანი ემსხვერპლა.", "35", "-"),
    ("hy", "Պայթյունից զոհվել է քսանմեկ մարդ։", "21", "-"),
    ("sl", "V nesreči je umrlo petintrideset ljudi, enaindvajset jih je bilo ranjenih.", "35", "21"),
    ("cy", "Cafodd un ar ddeg o bobl eu lladd a pymtheg ar hugain eu hanafu.", "11", "35"),
    ("am", "በአደጋው አስራ አምስት ሰዎች ሞተዋል።", "15", "-"),
    ("ta", "விபத்தில் பதினைந்து பேர் உயிரிழந்தனர்.", "15", "-"),
    ("te", "ప్రమాదంలో పదిహేను మంది మృతి చెందారు.", "15", "-"),
    ("ml", "അപകടത്തിൽ പതിനഞ്ച് പേർ മരിച്ചു.", "15", "-"),
    ("si", "අනතුරෙන් පහළොව දෙනෙකු මිය ගියහ.", "15", "-"),
    ("ceb", "Onse ka tawo ang namatay sa sunog.", "11", "-"),
    ("hr", "Više od tisuću ljudi je poginulo.", "1000:more_than", "-"),
    ("so", "Labo iyo toban qof ayaa ku dhintay.", "12", "-"),
    ("ur", "دھماکے میں پینتیس افراد ہلاک ہو گئے، بیالیس زخمی ہوئے۔", "35", "42"),
    ("mr", "अपघातात पस्तीस जणांचा मृत्यू झाला.", "35", "-"),
    ("gu", "અકસ્માતમાં પાંત્રીસ લોકોના મોત થયા.", "35", "-"),
    ("pa", "ਹਾਦਸੇ ਵਿੱਚ ਪੈਂਤੀ ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।", "35", "-"),
    ("ne", "दुर्घटनामा पैंतीस जनाको मृत्यु भयो।", "35", "-"),
])  # fmt: skip
def test_dead_and_injured_in_words(code: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, code) == (killed, wounded)


# Feminine and case forms, and compounds with a hyphen or written together, where the language writes them
_FORMS = {
    "es": "una=1; veintiuna=21; treinta y una=31; doscientas=200; dos mil=2000",
    "pt": "uma=1; duas=2; vinte e duas=22; duzentas=200; trinta e uma=31",
    "ca": "una=1; dues=2; vint-i-dues=22; dos-cents=200; dues-centes=200",
    "gl": "unha=1; dúas=2; vinte e dúas=22; duascentas=200",
    "it": "una=1; ventuno=21; ventitré=23",
    "fr": "une=1; vingt-et-une=21; vingt et une=21; trente-deux=32; deux-cents=200",
    "ro": "două=2; douăzeci și două=22; douăzeci și una=21; doua=2",
    "ru": "одна=1; две=2; двадцать одна=21; двадцать две=22",
    "uk": "одна=1; дві=2; двадцять одна=21; двадцять дві=22",
    "pl": "dwie=2; dwadzieścia dwie=22; dwóch=2; trzech=3; pięciu=5; dwudziestu=20",
    "cs": "dvě=2; dvacet dvě=22; dvou=2; tří=3; pěti=5",
    "sk": "dve=2; dvaja=2; traja=3; štyria=4",
    "lt": "dvi=2; trys=3; dvidešimt dvi=22",
    "lv": "divas=2; trīs=3; četras=4; piecas=5",
    "he": "שתיים=2; שלוש=3; ארבע=4; חמש=5; שש=6; שבע=7; שמונה=8; תשע=9; עשר=10; שני=2; שתי=2; שלושה=3",
    "ar": "ثلاث=3; أربع=4; خمس=5; ست=6; سبع=7; ثماني=8; تسع=9; عشر=10; اثنتان=2",
    "hr": "dvije=2; jedna=1; dvadeset i dvije=22",
    "sl": "dve=2; ena=1; dvaindvajset=22",
    "bg": "една=1; две=2; двама=2; трима=3; двадесет и две=22",
    "mk": "една=1; две=2; двајца=2; тројца=3",
    "de": "einundzwanzig=21; ein-und-zwanzig=21; zweiundzwanzig=22",
    "is": "tvær=2; þrjár=3; fjórar=4; tvö=2; þrjú=3; fjögur=4",
    "no": "ett=1; tjueto=22; tjue-to=22",
    "da": "et=1; toogtyve=22",
    "sv": "ett=1; tjugotvå=22; tjugo-två=22",
    "nl": "tweeëntwintig=22; twee-en-twintig=22",
    "af": "twee-en-twintig=22; tweeentwintig=22",
    "cy": "dwy=2; tair=3; pedair=4",
    "el": "μία=1; μια=1; τρεις=3; τέσσερις=4; είκοσι μία=21; δύο=2",
    "fi": "kaksikymmentäkaksi=22; kaksikymmentä kaksi=22",
    "hu": "huszonkét=22; két=2; kettő=2",
    "et": "kakskümmend kaks=22",
    "eu": "hogeita bi=22",
    "sq": "dy=2; njëzet e dy=22",
    "tr": "yirmi iki=22",
}


@pytest.mark.parametrize(
    ("code", "phrase", "value"),
    [
        (code, part.rsplit("=", 1)[0].strip(), int(part.rsplit("=", 1)[1]))
        for code, spec in _FORMS.items()
        for part in spec.split(";")
    ],
)
def test_feminine_case_and_hyphen_forms(code: str, phrase: str, value: int) -> None:
    read = [n.value for n in _reader(code).read(phrase, phrase.lower(), 0, len(phrase))]
    assert read == [value]


@pytest.mark.parametrize(
    ("code", "text", "killed"),
    [
        ("es", "Veintiuna personas murieron en el incendio.", "21"),
        ("ro", "Douăzeci și una de persoane au murit.", "21"),
        ("ar", "قتلت ثماني نساء في القصف.", "8"),
        ("pt", "Vinte e duas pessoas morreram no incêndio.", "22"),
        ("he", "שלוש נשים נהרגו בתאונה.", "3"),
    ],
)
def test_feminine_counts(code: str, text: str, killed: str) -> None:
    assert headlines(text, code)[0] == killed


def test_the_feminine_one_alone_is_a_pronoun() -> None:
    assert headlines("Una dintre victime a murit la spital.", "ro") == ("-", "-")


_HMONG = [
    ("Plaub tus neeg tuag, tsib tus raug mob hauv Sacramento.", "4", "5"),
    ("Muaj peb caug tsib tus neeg tuag thiab ib puas kaum ib tus raug mob.", "35", "111"),
    ("Tsawg kawg yog 12 tus neeg tuag vim dej nyab.", "12:at_least", "-"),
    ("Nees nkaum ib leeg raug tua tuag, kaum ob leeg raug mob hnyav.", "21", "12"),
    ("Hnub Rau muaj ob tus neeg tuag hauv tsheb sib tsoo.", "2", "-"),
    ("Tshaj 100 tus neeg tuag.", "100:more_than", "-"),
]


@pytest.mark.parametrize(("text", "killed", "wounded"), _HMONG)
def test_hmong_dead_and_injured(text: str, killed: str, wounded: str) -> None:
    assert headlines(text, "hmn") == (killed, wounded)


def test_hmong_missing() -> None:
    assert [(c.metric, c.value) for c in claims("Muaj xya tus neeg ploj lawm tom qab dej nyab.", "hmn")] == [
        ("missing", 7)
    ]


_WOLOF = [
    ("Fukki xale ak benn faatu nañu ci lakk bi.", "11", "-"),
    ("Ñaar fukk ak juróom ñaar ñoo faatu, téeméer ak fukk ak benn gaañu nañu.", "27", "111"),
    ("Nit ñu juróom ñett faatu nañu, fukk ak ñaar gaañu.", "8", "12"),
    ("Ñetti nit faatu nañu ci aksidaa bi.", "3", "-"),
    ("Lu ëpp 100 nit faatu nañu ci mbënn mi.", "100:more_than", "-"),
    ("Juroom benn fukki nit ak nyett faatu nanu.", "63", "-"),
]


@pytest.mark.parametrize(("text", "killed", "wounded"), _WOLOF)
def test_wolof_dead_and_injured(text: str, killed: str, wounded: str) -> None:
    assert headlines(text, "wo") == (killed, wounded)


def test_wolof_ten_years_and_five_is_no_count() -> None:
    assert headlines("Fukki at ak juróom ci ginaaw, lakk bi faatu na.", "wo") == ("-", "-")


_UNLABELLED = {
    "hmn": (
        "Nag hmo muaj ib lub tsheb sib tsoo nyob hauv lub nroog, muaj peb tus neeg tuag thiab plaub tus raug mob. "
        "Tub ceev xwm hais tias lawv tseem tab tom nrhiav seb yog vim li cas, thiab cov neeg raug mob nyob hauv tsev "
        "kho mob."
    ),
    "wo": (
        "Démb ci guddi, lakk bu am ci benn kër ci dëkk bi, ñetti nit faatu nañu te ñeent gaañu nañu. Sapeer-pompiye "
        "yi dañu ñëw ci gaaw, waaye kër gi lakk na yépp. Waa dëkk bi ñoo ngi ci naqar."
    ),
}


@pytest.mark.parametrize("code", sorted(_UNLABELLED))
def test_told_by_their_function_words(code: str) -> None:
    assert detect_language(_UNLABELLED[code]) == code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("bm", "Kunun, mɔgɔ kɛmɛ ni bisaba fagara Mopti mara la, mɔgɔ mugan ni fila madimina. Marabaw ye so bɛɛ "
               "jeni ani u ye misiw faga fana, o kɔ u bolila."),
        ("fr", "Hier soir, un incendie a ravagé une maison du quartier, faisant trois morts et quatre blessés selon "
               "les pompiers, qui sont arrivés rapidement sur les lieux."),
        ("yo", "Àwọn èèyàn mẹ́ta ló kú nígbà tí iná jó ilé kan ní ìlú Ibadan ní àná, àwọn mẹ́rin míì sì farapa, "
               "gẹ́gẹ́ bí ọlọ́pàá ṣe sọ."),
        ("vi", "Tối qua, một vụ cháy nhà ở trung tâm thành phố khiến ba người chết và bốn người bị thương, theo "
               "cảnh sát địa phương."),
    ],
)  # fmt: skip
def test_neighbours_keep_their_language(code: str, text: str) -> None:
    assert detect_language(text) == code
