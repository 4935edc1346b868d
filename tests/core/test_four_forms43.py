"""Round 43 (langs51): four forms of a toll in every language read, each a sentence of our own written from the
language's grammar: the passive ("12 people were killed"), the active ("gunmen killed 7 people", the attackers the
subject, the victims the object), the toll that rose ("the toll rose to 35"), and the look back ("10 years after the
earthquake that killed 150 people": the toll is 150, never the years). Before this round 97 of the 416 gave a wrong
killed figure: most lexicons listed only the passive or intransitive verbs ("were killed", "died"), not the active
past ("убили", "waliua", "öltek meg", "zabili") nor the relative clause of a look back ("lililoua", "chinapha",
"ಬಲಿ ತೆಗೆದುಕೊಂಡ"); where a number follows its noun ("Miaka 10", "Ọdun 10", "Imyaka 10") the years were the toll.

Also: the attackers counted where a number follows its noun ("'Yan bindiga biyu sun kashe mutane hudu": lexicon
PERPETRATORS_BEFORE), dates written month first in Kannada, Odia, Assamese and Mongolian and the Kyrgyz and Xhosa day
with its month's case or class, Kannada and Odia person counts with their case endings, and Chichewa's place as the
subject of "died" ("Ku Mangochi kwafa anthu 12"). And Māori, which had no lexicon: its number words ("e ono", "rua
tekau mā rima", "tokowhā"), its verbs ("kua mate", "i patua", "i whara") and its months (`TABLE43`)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.lexicons import LANGUAGES, WORLD_LANGUAGES
from core.extract.world_language import language
from core.models import ArticleInput
from tests.core.world_kit import form_cases, headlines, number_table_cases

_KILLED = {"passive": "12", "active": "7", "toll rose": "35", "years after": "150"}
_FORMS: dict[str, tuple[str, str, str, str]] = {
    "en": (
        "12 people were killed in the attack on Monday.",
        "Gunmen killed 7 people in the village on Monday.",
        "The death toll rose to 35 on Monday.",
        "10 years after the earthquake that killed 150 people, survivors remembered the victims.",
    ),
    "de": (
        "12 Menschen wurden bei dem Angriff getötet.",
        "Bewaffnete töteten 7 Menschen in dem Dorf.",
        "Die Zahl der Toten stieg auf 35.",
        "10 Jahre nach dem Erdbeben, bei dem 150 Menschen starben, gedachten die Überlebenden der Opfer.",
    ),
    "fr": (
        "12 personnes ont été tuées dans l'attaque.",
        "Des hommes armés ont tué 7 personnes dans le village.",
        "Le bilan s'est alourdi à 35 morts.",
        "10 ans après le séisme qui a fait 150 morts, les survivants se souviennent des victimes.",
    ),
    "es": (
        "12 personas fueron asesinadas en el ataque.",
        "Hombres armados asesinaron a 7 personas en el pueblo.",
        "La cifra de muertos ascendió a 35.",
        "10 años después del terremoto que mató a 150 personas, los sobrevivientes recordaron a las víctimas.",
    ),
    "it": (
        "12 persone sono state uccise nell'attacco.",
        "Uomini armati hanno ucciso 7 persone nel villaggio.",
        "Il bilancio delle vittime è salito a 35.",
        "10 anni dopo il terremoto che uccise 150 persone, i sopravvissuti ricordano le vittime.",
    ),
    "pt": (
        "12 pessoas foram mortas no ataque.",
        "Homens armados mataram 7 pessoas na aldeia.",
        "O número de mortos subiu para 35.",
        "10 anos depois do terremoto que matou 150 pessoas, os sobreviventes lembram as vítimas.",
    ),
    "ro": (
        "12 oameni au fost uciși în atac.",
        "Bărbați înarmați au ucis 7 oameni în sat.",
        "Bilanțul morților a crescut la 35.",
        "La 10 ani după cutremurul care a ucis 150 de oameni, supraviețuitorii își amintesc de victime.",
    ),
    "ca": (
        "12 persones han estat assassinades en l'atac.",
        "Homes armats han matat 7 persones al poble.",
        "El nombre de morts ha augmentat fins a 35.",
        "10 anys després del terratrèmol que va matar 150 persones, els supervivents recorden les víctimes.",
    ),
    "gl": (
        "12 persoas foron asasinadas no ataque.",
        "Homes armados mataron 7 persoas na aldea.",
        "O número de mortos ascendeu a 35.",
        "10 anos despois do terremoto que matou 150 persoas, os superviventes lembran as vítimas.",
    ),
    "nl": (
        "12 mensen werden gedood bij de aanval.",
        "Gewapende mannen doodden 7 mensen in het dorp.",
        "Het dodental is gestegen tot 35.",
        "10 jaar na de aardbeving waarbij 150 mensen omkwamen, herdenken de overlevenden de slachtoffers.",
    ),
    "af": (
        "12 mense is in die aanval doodgemaak.",
        "Gewapende mans het 7 mense in die dorp doodgemaak.",
        "Die dodetal het tot 35 gestyg.",
        "10 jaar ná die aardbewing wat 150 mense gedood het, onthou die oorlewendes die slagoffers.",
    ),
    "fy": (
        "12 minsken waarden by de oanfal fermoarde.",
        "Wapene manlju hawwe 7 minsken yn it doarp fermoarde.",
        "It tal deaden is oprûn ta 35.",
        "10 jier nei de ierdbeving dêr't 150 minsken by omkamen, betinke de oerlibbers de slachtoffers.",
    ),
    "sv": (
        "12 personer dödades i attacken.",
        "Beväpnade män dödade 7 personer i byn.",
        "Dödssiffran har stigit till 35.",
        "10 år efter jordbävningen som dödade 150 personer minns de överlevande offren.",
    ),
    "da": (
        "12 personer blev dræbt i angrebet.",
        "Bevæbnede mænd dræbte 7 personer i landsbyen.",
        "Dødstallet er steget til 35.",
        "10 år efter jordskælvet, der dræbte 150 mennesker, mindes de overlevende ofrene.",
    ),
    "no": (
        "12 personer ble drept i angrepet.",
        "Væpnede menn drepte 7 personer i landsbyen.",
        "Dødstallet har steget til 35.",
        "10 år etter jordskjelvet som drepte 150 mennesker, minnes de overlevende ofrene.",
    ),
    "is": (
        "12 manns voru drepnir í árásinni.",
        "Vopnaðir menn drápu 7 manns í þorpinu.",
        "Tala látinna er komin upp í 35.",
        "10 árum eftir jarðskjálftann sem varð 150 manns að bana minnast eftirlifendur fórnarlambanna.",
    ),
    "fi": (
        "Iskussa tapettiin 12 ihmistä.",
        "Aseistetut miehet tappoivat 7 ihmistä kylässä.",
        "Kuolonuhrien määrä on noussut 35:een.",
        "10 vuotta maanjäristyksen jälkeen, jossa kuoli 150 ihmistä, eloonjääneet muistivat uhreja.",
    ),
    "et": (
        "Rünnakus tapeti 12 inimest.",
        "Relvastatud mehed tapsid külas 7 inimest.",
        "Hukkunute arv tõusis 35-ni.",
        "10 aastat pärast maavärinat, milles hukkus 150 inimest, mälestasid ellujäänud ohvreid.",
    ),
    "lv": (
        "Uzbrukumā tika nogalināti 12 cilvēki.",
        "Bruņoti vīri ciematā nogalināja 7 cilvēkus.",
        "Bojāgājušo skaits pieauga līdz 35.",
        "10 gadus pēc zemestrīces, kurā gāja bojā 150 cilvēku, izdzīvojušie pieminēja upurus.",
    ),
    "lt": (
        "Išpuolio metu buvo nužudyti 12 žmonių.",
        "Ginkluoti vyrai kaime nužudė 7 žmones.",
        "Žuvusiųjų skaičius išaugo iki 35.",
        "Praėjus 10 metų po žemės drebėjimo, kuris nusinešė 150 žmonių gyvybes, išgyvenusieji prisiminė aukas.",
    ),
    "pl": (
        "12 osób zostało zabitych w ataku.",
        "Uzbrojeni mężczyźni zabili 7 osób we wsi.",
        "Liczba ofiar śmiertelnych wzrosła do 35.",
        "10 lat po trzęsieniu ziemi, w którym zginęło 150 osób, ocaleni wspominali ofiary.",
    ),
    "cs": (
        "Při útoku bylo zabito 12 lidí.",
        "Ozbrojenci ve vesnici zabili 7 lidí.",
        "Počet obětí stoupl na 35.",
        "10 let po zemětřesení, které zabilo 150 lidí, vzpomínali přeživší na oběti.",
    ),
    "sk": (
        "Pri útoku bolo zabitých 12 ľudí.",
        "Ozbrojenci v dedine zabili 7 ľudí.",
        "Počet obetí stúpol na 35.",
        "10 rokov po zemetrasení, ktoré zabilo 150 ľudí, si pozostalí pripomenuli obete.",
    ),
    "sl": (
        "V napadu je bilo ubitih 12 ljudi.",
        "Oboroženi moški so v vasi ubili 7 ljudi.",
        "Število mrtvih se je povzpelo na 35.",
        "10 let po potresu, v katerem je umrlo 150 ljudi, so se preživeli spomnili žrtev.",
    ),
    "hr": (
        "U napadu je ubijeno 12 ljudi.",
        "Naoružani muškarci ubili su 7 ljudi u selu.",
        "Broj mrtvih porastao je na 35.",
        "10 godina nakon potresa u kojem je poginulo 150 ljudi, preživjeli su se sjetili žrtava.",
    ),
    "sr": (
        "У нападу је убијено 12 људи.",
        "Наоружани мушкарци убили су 7 људи у селу.",
        "Број погинулих порастао је на 35.",
        "10 година након земљотреса у којем је погинуло 150 људи, преживели су се сетили жртава.",
    ),
    "mk": (
        "Во нападот беа убиени 12 луѓе.",
        "Вооружени мажи убија 7 луѓе во селото.",
        "Бројот на загинати се зголеми на 35.",
        "10 години по земјотресот во кој загинаа 150 луѓе, преживеаните се сетија на жртвите.",
    ),
    "bg": (
        "12 души бяха убити при нападението.",
        "Въоръжени мъже убиха 7 души в селото.",
        "Броят на жертвите се увеличи до 35.",
        "10 години след земетресението, при което загинаха 150 души, оцелелите си спомниха за жертвите.",
    ),
    "ru": (
        "12 человек были убиты в результате нападения.",
        "Боевики убили 7 человек в деревне.",
        "Число погибших возросло до 35.",
        "Спустя 10 лет после землетрясения, в котором погибли 150 человек, выжившие вспомнили жертв.",
    ),
    "uk": (
        "12 людей були вбиті внаслідок нападу.",
        "Бойовики вбили 7 людей у селі.",
        "Кількість загиблих зросла до 35.",
        "Через 10 років після землетрусу, в якому загинули 150 людей, ті, хто вижив, згадали жертв.",
    ),
    "be": (
        "12 чалавек былі забітыя ў выніку нападу.",
        "Баевікі забілі 7 чалавек у вёсцы.",
        "Колькасць загінулых вырасла да 35.",
        "Праз 10 гадоў пасля землятрусу, у якім загінулі 150 чалавек, тыя, хто выжыў, успомнілі ахвяр.",
    ),
    "el": (
        "12 άνθρωποι σκοτώθηκαν στην επίθεση.",
        "Ένοπλοι σκότωσαν 7 ανθρώπους στο χωριό.",
        "Ο αριθμός των νεκρών αυξήθηκε σε 35.",
        "10 χρόνια μετά τον σεισμό που σκότωσε 150 ανθρώπους, οι επιζώντες θυμήθηκαν τα θύματα.",
    ),
    "hu": (
        "A támadásban 12 embert öltek meg.",
        "Fegyveresek 7 embert öltek meg a faluban.",
        "A halálos áldozatok száma 35-re emelkedett.",
        "10 évvel a földrengés után, amelyben 150 ember halt meg, a túlélők megemlékeztek az áldozatokról.",
    ),
    "tr": (
        "Saldırıda 12 kişi öldürüldü.",
        "Silahlı kişiler köyde 7 kişiyi öldürdü.",
        "Ölü sayısı 35'e yükseldi.",
        "150 kişinin öldüğü depremden 10 yıl sonra hayatta kalanlar kurbanları andı.",
    ),
    "az": (
        "Hücumda 12 nəfər öldürülüb.",
        "Silahlı şəxslər kənddə 7 nəfəri öldürüb.",
        "Ölənlərin sayı 35-ə çatıb.",
        "150 nəfərin həlak olduğu zəlzələdən 10 il sonra sağ qalanlar qurbanları yad edib.",
    ),
    "kk": (
        "Шабуыл кезінде 12 адам өлтірілді.",
        "Қарулы адамдар ауылда 7 адамды өлтірді.",
        "Қаза тапқандар саны 35-ке жетті.",
        "150 адам қаза тапқан жер сілкінісінен 10 жыл өткен соң аман қалғандар құрбандарды еске алды.",
    ),
    "ky": (
        "Кол салууда 12 адам өлтүрүлдү.",
        "Куралдуу адамдар айылда 7 адамды өлтүрүштү.",
        "Каза болгондордун саны 35ке жетти.",
        "150 адам каза болгон жер титирөөдөн 10 жыл өткөндөн кийин аман калгандар курмандыктарды эскеришти.",
    ),
    "uz": (
        "Hujumda 12 kishi o'ldirildi.",
        "Qurolli shaxslar qishloqda 7 kishini o'ldirdi.",
        "Halok bo'lganlar soni 35 nafarga yetdi.",
        "150 kishi halok bo'lgan zilziladan 10 yil o'tib, omon qolganlar qurbonlarni yod etdi.",
    ),
    "tt": (
        "Һөҗүм вакытында 12 кеше үтерелде.",
        "Коралланган кешеләр авылда 7 кешене үтерде.",
        "Һәлак булучылар саны 35кә җитте.",
        "150 кеше һәлак булган җир тетрәүдән соң 10 ел узгач, исән калучылар корбаннарны искә алды.",
    ),
    "mn": (
        "Халдлагын улмаас 12 хүн алагдсан.",
        "Зэвсэглэсэн этгээдүүд тосгонд 7 хүнийг хөнөөжээ.",
        "Нас барагсдын тоо 35-д хүрчээ.",
        "150 хүний амийг авсан газар хөдлөлтөөс хойш 10 жилийн дараа амьд үлдэгсэд хохирогчдыг дурсав.",
    ),
    "tg": (
        "Дар ҳамла 12 нафар кушта шуданд.",
        "Афроди мусаллаҳ дар деҳа 7 нафарро куштанд.",
        "Шумори ҳалокшудагон ба 35 нафар расид.",
        "10 сол пас аз заминларзае, ки 150 нафарро кушт, наҷотёфтагон қурбониёнро ёд карданд.",
    ),
    "fa": (
        "12 نفر در این حمله کشته شدند.",
        "افراد مسلح 7 نفر را در روستا کشتند.",
        "شمار کشته‌شدگان به 35 نفر رسید.",
        "10 سال پس از زلزله‌ای که 150 نفر را کشت، بازماندگان یاد قربانیان را گرامی داشتند.",
    ),
    "ps": (
        "په برید کې 12 کسان ووژل شول.",
        "وسله والو په کلي کې 7 کسان ووژل.",
        "د مړو شمېر 35 ته ورسېد.",
        "له هغې زلزلې 10 کاله وروسته چې 150 کسان یې ووژل، ژوندي پاتې شویو قربانیان یاد کړل.",
    ),
    "ur": (
        "حملے میں 12 افراد ہلاک کر دیے گئے۔",
        "مسلح افراد نے گاؤں میں 7 افراد کو ہلاک کر دیا۔",
        "ہلاکتوں کی تعداد 35 ہو گئی۔",
        "150 افراد کی جان لینے والے زلزلے کے 10 سال بعد بچ جانے والوں نے متاثرین کو یاد کیا۔",
    ),
    "ckb": (
        "12 کەس لە هێرشەکەدا کوژران.",
        "چەکدارەکان 7 کەسیان لە گوندەکەدا کوشت.",
        "ژمارەی کوژراوان گەیشتە 35.",
        "10 ساڵ دوای ئەو بوومەلەرزەیەی 150 کەسی کوشت، ڕزگاربووان یادی قوربانییەکانیان کردەوە.",
    ),
    "ku": (
        "Di êrîşê de 12 kes hatin kuştin.",
        "Çekdaran li gund 7 kes kuştin.",
        "Hejmara miriyan gihîşt 35an.",
        "10 sal piştî erdhejê ku 150 kes kuştin, rizgarbûyan qurbanî bi bîr anîn.",
    ),
    "ar": (
        "قتل 12 شخصا في الهجوم.",
        "قتل مسلحون 7 أشخاص في القرية.",
        "ارتفعت حصيلة القتلى إلى 35.",
        "بعد 10 سنوات على الزلزال الذي أودى بحياة 150 شخصا، أحيا الناجون ذكرى الضحايا.",
    ),
    "he": (
        "12 בני אדם נהרגו בפיגוע.",
        "חמושים רצחו 7 בני אדם בכפר.",
        "מספר ההרוגים עלה ל-35.",
        "10 שנים לאחר רעידת האדמה שבה נהרגו 150 בני אדם, הניצולים זכרו את הקורבנות.",
    ),
    "am": (
        "በጥቃቱ 12 ሰዎች ተገድለዋል።",
        "ታጣቂዎች በመንደሩ 7 ሰዎችን ገድለዋል።",
        "የሟቾች ቁጥር ወደ 35 ከፍ ብሏል።",
        "150 ሰዎችን ከገደለው የመሬት መንቀጥቀጥ 10 ዓመታት በኋላ የተረፉት ተጎጂዎችን አስበዋል።",
    ),
    "ti": (
        "ኣብቲ መጥቃዕቲ 12 ሰባት ተቐቲሎም።",
        "ዕጡቓት ኣብቲ ዓዲ 7 ሰባት ቐቲሎም።",
        "በዝሒ ምዉታት ናብ 35 ደይቡ።",
        "150 ሰባት ካብ ዝቐተለ ምንቅጥቓጥ መሬት 10 ዓመት ድሕሪኡ፡ ዝደሓኑ ንግዳያት ዘኪሮም።",
    ),
    "so": (
        "12 qof ayaa lagu dilay weerarka.",
        "Niman hubeysan ayaa tuulada ku dilay 7 qof.",
        "Tirada dhimashada ayaa kor u kacday 35.",
        "10 sano kadib dhulgariirkii dilay 150 qof, kuwii ka badbaaday ayaa xusay dhibbanayaasha.",
    ),
    "ha": (
        "An kashe mutane 12 a harin.",
        "'Yan bindiga sun kashe mutane 7 a kauyen.",
        "Adadin wadanda suka mutu ya karu zuwa 35.",
        "Shekaru 10 bayan girgizar kasa da ta kashe mutane 150, wadanda suka tsira sun tuna da wadanda suka mutu.",
    ),
    "sw": (
        "Watu 12 waliuawa katika shambulio hilo.",
        "Watu wenye silaha waliua watu 7 kijijini.",
        "Idadi ya waliofariki imeongezeka hadi 35.",
        "Miaka 10 baada ya tetemeko la ardhi lililoua watu 150, manusura waliwakumbuka waathiriwa.",
    ),
    "yo": (
        "Eniyan 12 ni won pa ninu ikọlu naa.",
        "Awọn agbebọn pa eniyan 7 ni abule naa.",
        "Iye awọn to ku ti ga soke si 35.",
        "Ọdun 10 lẹyin ile-riri to pa eniyan 150, awọn to ye ranti awọn to ku.",
    ),
    "ig": (
        "E gburu mmadụ 12 n'ọgụ ahụ.",
        "Ndị omekome gburu mmadụ 7 n'obodo ahụ.",
        "Ọnụ ọgụgụ ndị nwụrụ anwụ arịgoola 35.",
        "Afọ 10 mgbe ala ọma jijiji gburu mmadụ 150 gasịrị, ndị lanarịrị chetara ndị nwụrụ.",
    ),
    "zu": (
        "Abantu abangu-12 babulawa ekuhlaselweni.",
        "Izigebengu zibulale abantu abangu-7 esigodini.",
        "Isibalo sabashonile sikhuphukele ku-35.",
        "Eminyakeni eyi-10 ngemuva kokuzamazama komhlaba okwabulala abantu abangu-150, abasindile bakhumbula izisulu.",
    ),
    "xh": (
        "Abantu aba-12 babulawa kuhlaselo.",
        "Imigulukudu ibulale abantu aba-7 elalini.",
        "Inani labaswelekileyo linyuke laya kuma-35.",
        "Kwiminyaka eli-10 emva kwenyikima eyabulala abantu aba-150, abasindileyo bakhumbula amaxhoba.",
    ),
    "sn": (
        "Vanhu 12 vakaurayiwa pakurwiswa.",
        "Makororo akauraya vanhu 7 mumusha.",
        "Nhamba yevakafa yakwira kusvika 35.",
        "Makore 10 mushure mekudengenyeka kwenyika kwakauraya vanhu 150, vakapona vakarangarira vakafa.",
    ),
    "ny": (
        "Anthu 12 anaphedwa pa chiwembucho.",
        "Zigawenga zapha anthu 7 m'mudzi.",
        "Chiwerengero cha anthu omwe amwalira chakwera kufika 35.",
        "Zaka 10 pambuyo pa chivomezi chomwe chinapha anthu 150, opulumuka anakumbukira omwe anamwalira.",
    ),
    "rw": (
        "Abantu 12 bishwe mu gitero.",
        "Abitwaje intwaro bishe abantu 7 mu mudugudu.",
        "Umubare w'abapfuye wazamutse ugera kuri 35.",
        "Imyaka 10 nyuma y'umutingito wahitanye abantu 150, abarokotse bibutse abawuguyemo.",
    ),
    "lg": (
        "Abantu 12 battiddwa mu bulumbaganyi.",
        "Abazigu batta abantu 7 mu kyalo.",
        "Omuwendo gw'abafudde gulinnye okutuuka ku 35.",
        "Emyaka 10 oluvannyuma lwa musisi eyatta abantu 150, abaawonawo bajjukidde abaafa.",
    ),
    "ln": (
        "Bato 12 babomamaki na bobundisi.",
        "Bato ya bibundeli babomaki bato 7 na mboka.",
        "Motango ya bakufi emati kino 35.",
        "Mibu 10 sima ya koningana ya mabele oyo ebomaki bato 150, babikaki bakanisi bakufi.",
    ),
    "om": (
        "Namoonni 12 haleellaa kana keessatti ajjeefaman.",
        "Namoonni hidhatan namoota 7 gandicha keessatti ajjeesan.",
        "Lakkoofsi du'aa 35 ga'eera.",
        "Waggaa 10 booda kichuu lafaa namoota 150 ajjeese sanaa, warri lubbuun hafan yaadatan.",
    ),
    "mg": (
        "Olona 12 no novonoina tamin'ny fanafihana.",
        "Jiolahy mitam-piadiana no namono olona 7 tao an-tanàna.",
        "Nitombo ho 35 ny isan'ny maty.",
        "10 taona taorian'ny horohoron-tany nahafatesana olona 150, nahatsiaro ireo maty ireo sisa velona.",
    ),
    "wo": (
        "12 nit lañu rey ci songu bi.",
        "Ay xarekat rey nañu 7 nit ci dëkk bi.",
        "Limu ñi dee yokku na ba 35.",
        "10 at ginnaaw yëngu-yënguk suuf si reyoon 150 nit, ñi mucc fàttaliku nañu ñi dee.",
    ),
    "bm": (
        "Mɔgɔ 12 fagara binkanni na.",
        "Marifatigiw ye mɔgɔ 7 faga dugu kɔnɔ.",
        "Salenw hakɛ sera 35 ma.",
        "San 10 dugukolo yɛrɛyɛrɛ min ye mɔgɔ 150 faga o kɔfɛ, kisibagaw ye salenw hakili jigin.",
    ),
    "kri": (
        "12 pipul dɛn kil na di atak.",
        "Gunmɛn dɛn kil 7 pipul na di vilej.",
        "Di nɔmba fɔ di wan dɛn we day dɔn go ap to 35.",
        "10 ia afta di atkwek we kil 150 pipul, di wan dɛn we sev mɛmba di wan dɛn we day.",
    ),
    "ht": (
        "12 moun te touye nan atak la.",
        "Bandi ame touye 7 moun nan bouk la.",
        "Bilan an monte a 35 mò.",
        "10 an apre tranblemanntè ki te touye 150 moun, sivivan yo sonje viktim yo.",
    ),
    "bi": (
        "12 man oli ded long atak.",
        "Ol man we oli holem gan oli kilim 7 man long vilej.",
        "Namba blong ol man we oli ded i go antap long 35.",
        "10 yia afta long graon seksek we i kilim 150 man, ol man we oli laef oli tingbaot ol man we oli ded.",
    ),
    "tl": (
        "12 katao ang napatay sa pag-atake.",
        "Pinatay ng mga armadong lalaki ang 7 katao sa nayon.",
        "Umakyat sa 35 ang bilang ng mga nasawi.",
        "10 taon matapos ang lindol na pumatay sa 150 katao, inalala ng mga nakaligtas ang mga biktima.",
    ),
    "ceb": (
        "12 ka tawo ang napatay sa pag-atake.",
        "Gipatay sa mga armadong lalaki ang 7 ka tawo sa baryo.",
        "Misaka sa 35 ang ihap sa mga namatay.",
        "10 ka tuig human sa linog nga mipatay sa 150 ka tawo, gihinumdoman sa mga naluwas ang mga biktima.",
    ),
    "id": (
        "12 orang dibunuh dalam serangan itu.",
        "Orang bersenjata membunuh 7 orang di desa itu.",
        "Jumlah korban tewas bertambah menjadi 35 orang.",
        "10 tahun setelah gempa yang menewaskan 150 orang, para penyintas mengenang para korban.",
    ),
    "vi": (
        "12 người đã bị giết trong vụ tấn công.",
        "Các tay súng đã giết 7 người tại ngôi làng.",
        "Số người chết đã tăng lên 35.",
        "10 năm sau trận động đất làm 150 người thiệt mạng, những người sống sót tưởng nhớ các nạn nhân.",
    ),
    "th": (
        "มีผู้ถูกสังหาร 12 คนในการโจมตี",
        "มือปืนสังหารผู้คน 7 คนในหมู่บ้าน",
        "ยอดผู้เสียชีวิตเพิ่มขึ้นเป็น 35 คน",
        "10 ปีหลังแผ่นดินไหวที่คร่าชีวิตผู้คน 150 คน ผู้รอดชีวิตได้รำลึกถึงผู้เสียชีวิต",
    ),
    "lo": (
        "ມີຄົນ 12 ຄົນຖືກຂ້າຕາຍໃນການໂຈມຕີ.",
        "ຄົນຖືປືນໄດ້ຂ້າຄົນ 7 ຄົນໃນບ້ານ.",
        "ຈຳນວນຜູ້ເສຍຊີວິດເພີ່ມຂຶ້ນເປັນ 35 ຄົນ.",
        "10 ປີຫຼັງຈາກແຜ່ນດິນໄຫວທີ່ຂ້າຄົນ 150 ຄົນ, ຜູ້ລອດຊີວິດໄດ້ລະນຶກເຖິງຜູ້ເສຍຊີວິດ.",
    ),
    "km": (
        "មនុស្ស 12 នាក់ត្រូវបានសម្លាប់ក្នុងការវាយប្រហារ។",
        "ខ្មាន់កាំភ្លើងបានសម្លាប់មនុស្ស 7 នាក់នៅក្នុងភូមិ។",
        "ចំនួនអ្នកស្លាប់បានកើនឡើងដល់ 35 នាក់។",
        "10 ឆ្នាំក្រោយរញ្ជួយដីដែលបានសម្លាប់មនុស្ស 150 នាក់ អ្នករស់រានមានជីវិតបានរំលឹកដល់ជនរងគ្រោះ។",
    ),
    "my": (
        "တိုက်ခိုက်မှုတွင် လူ 12 ဦး သတ်ဖြတ်ခံရသည်။",
        "သေနတ်သမားများက ရွာတွင် လူ 7 ဦးကို သတ်ဖြတ်ခဲ့သည်။",
        "သေဆုံးသူ ဦးရေ 35 ဦးအထိ မြင့်တက်လာသည်။",
        "လူ 150 ဦး သေဆုံးခဲ့သော ငလျင်ဖြစ်ပြီး 10 နှစ်အကြာတွင် အသက်ရှင်ကျန်ရစ်သူများက သေဆုံးသူများကို အောက်မေ့ဖွယ်ပြုခဲ့ကြသည်။",
    ),
    "hmn": (
        "12 tus neeg raug tua hauv qhov kev tawm tsam.",
        "Cov neeg tuav phom tua tuag 7 tus neeg hauv lub zos.",
        "Cov neeg tuag tau nce mus txog 35 tus.",
        "10 xyoo tom qab av qeeg uas tua tuag 150 tus neeg, cov neeg dim tau nco txog cov neeg tuag.",
    ),
    "zh": (
        "袭击中有12人被杀。",
        "枪手在村里杀死了7人。",
        "死亡人数上升至35人。",
        "在造成150人死亡的地震发生10年后，幸存者悼念遇难者。",
    ),
    "ja": (
        "攻撃で12人が殺害された。",
        "武装集団が村で7人を殺害した。",
        "死者数は35人に増えた。",
        "150人が死亡した地震から10年、生存者が犠牲者を追悼した。",
    ),
    "ko": (
        "공격으로 12명이 살해됐다.",
        "무장괴한들이 마을에서 7명을 살해했다.",
        "사망자 수가 35명으로 늘었다.",
        "150명이 숨진 지진 발생 10년 후 생존자들이 희생자들을 추모했다.",
    ),
    "hi": (
        "हमले में 12 लोग मारे गए।",
        "बंदूकधारियों ने गांव में 7 लोगों की हत्या कर दी।",
        "मृतकों की संख्या बढ़कर 35 हो गई।",
        "150 लोगों की जान लेने वाले भूकंप के 10 साल बाद बचे लोगों ने पीड़ितों को याद किया।",
    ),
    "mr": (
        "हल्ल्यात 12 जण ठार झाले.",
        "बंदूकधाऱ्यांनी गावात 7 जणांची हत्या केली.",
        "मृतांची संख्या 35 वर पोहोचली.",
        "150 जणांचा बळी घेणाऱ्या भूकंपाला 10 वर्षे झाल्यानंतर वाचलेल्यांनी मृतांना श्रद्धांजली वाहिली.",
    ),
    "ne": (
        "आक्रमणमा 12 जना मारिए।",
        "बन्दुकधारीहरूले गाउँमा 7 जनाको हत्या गरे।",
        "मृत्यु हुनेको संख्या 35 पुगेको छ।",
        "150 जनाको ज्यान लिएको भूकम्पको 10 वर्षपछि बाँचेकाहरूले पीडितहरूलाई सम्झिए।",
    ),
    "bn": (
        "হামলায় 12 জন নিহত হয়েছেন।",
        "বন্দুকধারীরা গ্রামে 7 জনকে হত্যা করেছে।",
        "নিহতের সংখ্যা বেড়ে 35 জনে দাঁড়িয়েছে।",
        "150 জনের প্রাণ কেড়ে নেওয়া ভূমিকম্পের 10 বছর পর বেঁচে যাওয়া মানুষেরা নিহতদের স্মরণ করেছেন।",
    ),
    "as": (
        "আক্ৰমণত 12 জন নিহত হৈছে।",
        "বন্দুকধাৰীয়ে গাঁওখনত 7 জনক হত্যা কৰে।",
        "মৃতকৰ সংখ্যা বৃদ্ধি পাই 35 জন হৈছে।",
        "150 জনৰ প্ৰাণ লোৱা ভূমিকম্পৰ 10 বছৰৰ পিছত জীৱিতসকলে নিহতসকলক স্মৰণ কৰে।",
    ),
    "or": (
        "ଆକ୍ରମଣରେ 12 ଜଣ ନିହତ ହୋଇଛନ୍ତି।",
        "ବନ୍ଧୁକଧାରୀମାନେ ଗାଁରେ 7 ଜଣଙ୍କୁ ହତ୍ୟା କରିଛନ୍ତି।",
        "ମୃତକଙ୍କ ସଂଖ୍ୟା 35କୁ ବୃଦ୍ଧି ପାଇଛି।",
        "150 ଜଣଙ୍କ ଜୀବନ ନେଇଥିବା ଭୂମିକମ୍ପର 10 ବର୍ଷ ପରେ ବଞ୍ଚିଥିବା ଲୋକମାନେ ମୃତକଙ୍କୁ ସ୍ମରଣ କଲେ।",
    ),
    "gu": (
        "હુમલામાં 12 લોકો માર્યા ગયા.",
        "બંદૂકધારીઓએ ગામમાં 7 લોકોની હત્યા કરી.",
        "મૃતકોની સંખ્યા વધીને 35 થઈ ગઈ.",
        "150 લોકોના જીવ લેનારા ભૂકંપના 10 વર્ષ પછી બચી ગયેલા લોકોએ મૃતકોને યાદ કર્યા.",
    ),
    "pa": (
        "ਹਮਲੇ ਵਿੱਚ 12 ਲੋਕ ਮਾਰੇ ਗਏ।",
        "ਬੰਦੂਕਧਾਰੀਆਂ ਨੇ ਪਿੰਡ ਵਿੱਚ 7 ਲੋਕਾਂ ਦਾ ਕਤਲ ਕਰ ਦਿੱਤਾ।",
        "ਮ੍ਰਿਤਕਾਂ ਦੀ ਗਿਣਤੀ ਵਧ ਕੇ 35 ਹੋ ਗਈ।",
        "150 ਲੋਕਾਂ ਦੀ ਜਾਨ ਲੈਣ ਵਾਲੇ ਭੂਚਾਲ ਦੇ 10 ਸਾਲ ਬਾਅਦ ਬਚੇ ਲੋਕਾਂ ਨੇ ਮ੍ਰਿਤਕਾਂ ਨੂੰ ਯਾਦ ਕੀਤਾ।",
    ),
    "ta": (
        "தாக்குதலில் 12 பேர் கொல்லப்பட்டனர்.",
        "துப்பாக்கிதாரிகள் கிராமத்தில் 7 பேரைக் கொன்றனர்.",
        "உயிரிழந்தோர் எண்ணிக்கை 35 ஆக உயர்ந்தது.",
        "150 பேரைக் கொன்ற நிலநடுக்கம் நிகழ்ந்து 10 ஆண்டுகளுக்குப் பிறகு உயிர் பிழைத்தவர்கள் பாதிக்கப்பட்டவர்களை நினைவுகூர்ந்தனர்.",
    ),
    "te": (
        "దాడిలో 12 మంది హత్యకు గురయ్యారు.",
        "సాయుధులు గ్రామంలో 7 మందిని చంపారు.",
        "మృతుల సంఖ్య 35కు పెరిగింది.",
        "150 మందిని బలిగొన్న భూకంపం జరిగి 10 ఏళ్ల తర్వాత ప్రాణాలతో బయటపడినవారు మృతులను స్మరించుకున్నారు.",
    ),
    "kn": (
        "ದಾಳಿಯಲ್ಲಿ 12 ಜನರು ಹತ್ಯೆಯಾಗಿದ್ದಾರೆ.",
        "ಬಂದೂಕುಧಾರಿಗಳು ಗ್ರಾಮದಲ್ಲಿ 7 ಜನರನ್ನು ಕೊಂದಿದ್ದಾರೆ.",
        "ಮೃತರ ಸಂಖ್ಯೆ 35ಕ್ಕೆ ಏರಿಕೆಯಾಗಿದೆ.",
        "150 ಜನರನ್ನು ಬಲಿ ತೆಗೆದುಕೊಂಡ ಭೂಕಂಪದ 10 ವರ್ಷಗಳ ನಂತರ ಬದುಕುಳಿದವರು ಮೃತರನ್ನು ಸ್ಮರಿಸಿದರು.",
    ),
    "ml": (
        "ആക്രമണത്തിൽ 12 പേർ കൊല്ലപ്പെട്ടു.",
        "തോക്കുധാരികൾ ഗ്രാമത്തിൽ 7 പേരെ കൊലപ്പെടുത്തി.",
        "മരിച്ചവരുടെ എണ്ണം 35 ആയി ഉയർന്നു.",
        "150 പേരുടെ ജീവനെടുത്ത ഭൂകമ്പത്തിന് 10 വർഷത്തിന് ശേഷം അതിജീവിച്ചവർ ഇരകളെ അനുസ്മരിച്ചു.",
    ),
    "si": (
        "ප්‍රහාරයෙන් 12 දෙනෙකු ඝාතනය විය.",
        "තුවක්කුකරුවන් ගමේදී 7 දෙනෙකු ඝාතනය කළහ.",
        "මියගිය සංඛ්‍යාව 35 දක්වා ඉහළ ගොස් ඇත.",
        "150 දෙනෙකුගේ ජීවිත බිලිගත් භූමිකම්පාවෙන් 10 වසරකට පසු දිවි ගලවා ගත් අය වින්දිතයින් සිහිපත් කළහ.",
    ),
    "ka": (
        "თავდასხმისას 12 ადამიანი მოკლეს.",
        "შეიარაღებულმა პირებმა სოფელში 7 ადამიანი მოკლეს.",
        "დაღუპულთა რიცხვი 35-მდე გაიზარდა.",
        "მიწისძვრიდან, რომელმაც 150 ადამიანი იმსხვერპლა, 10 წლის შემდეგ გადარჩენილებმა მსხვერპლები გაიხსენეს.",
    ),
    "hy": (
        "Հարձակման հետևանքով սպանվել է 12 մարդ։",
        "Զինված անձինք գյուղում սպանել են 7 մարդու։",
        "Զոհերի թիվը հասել է 35-ի։",
        "150 մարդու կյանք խլած երկրաշարժից 10 տարի անց վերապրածները հիշեցին զոհերին։",
    ),
    "sq": (
        "12 persona u vranë në sulm.",
        "Persona të armatosur vranë 7 persona në fshat.",
        "Numri i të vdekurve u rrit në 35.",
        "10 vjet pas tërmetit që vrau 150 persona, të mbijetuarit kujtuan viktimat.",
    ),
    "eu": (
        "12 pertsona hil zituzten erasoan.",
        "Gizon armatuek 7 pertsona hil zituzten herrian.",
        "Hildakoen kopurua 35era igo da.",
        "150 pertsona hil zituen lurrikaratik 10 urtera, bizirik atera zirenek biktimak gogoratu zituzten.",
    ),
    "cy": (
        "Cafodd 12 o bobl eu lladd yn yr ymosodiad.",
        "Lladdodd dynion arfog 7 o bobl yn y pentref.",
        "Mae nifer y meirw wedi codi i 35.",
        "10 mlynedd ar ôl y daeargryn a laddodd 150 o bobl, cofiodd y goroeswyr am y dioddefwyr.",
    ),
    "ga": (
        "Maraíodh 12 duine san ionsaí.",
        "Mharaigh fir armtha 7 nduine sa sráidbhaile.",
        "D'ardaigh líon na marbh go 35.",
        "10 mbliana tar éis na crith talún a mharaigh 150 duine, chuimhnigh na marthanóirí ar na híospartaigh.",
    ),
    # Māori names the agent in the passive ("i patua e ngā kaipūhia", were killed by the gunmen), its usual form
    "mi": (
        "12 ngā tāngata i patua i te whakaeke.",
        "I patua e ngā kaipūhia e 7 ngā tāngata i te kāinga.",
        "Kua piki ki te 35 te tokomaha o te hunga kua mate.",
        "10 tau i muri i te rū whenua i mate ai e 150 ngā tāngata, i maumahara ngā mōrehu ki te hunga i mate.",
    ),
    "mt": (
        "12-il persuna nqatlu fl-attakk.",
        "Irġiel armati qatlu 7 persuni fir-raħal.",
        "L-għadd ta' mejtin tela' għal 35.",
        "10 snin wara t-terremot li qatel 150 persuna, is-superstiti ftakru fil-vittmi.",
    ),
    "sm": (
        "E 12 tagata na fasiotia i le osofaiga.",
        "Na fasiotia e ni alii faaauupegaina tagata e 7 i le nuu.",
        "Ua siitia le aofaiga o e maliliu i le 35.",
        "10 tausaga talu ona fasiotia e le mafuie tagata e 150, na manatua e i latou na sao ia i latou na maliliu.",
    ),
    "to": (
        "Na'e tāmate'i 'a e kakai 'e 12 'i he 'ohofi.",
        "Na'e tāmate'i 'e ha kau tangata mo e me'atau 'a e kakai 'e 7 'i he kolo.",
        "Kuo a'u 'a e lau 'o e mate ki he 35.",
        "Ta'u 'e 10 hili 'a e mofuike na'e tāmate'i ai 'a e kakai 'e 150, na'e manatu'i 'e he kau hao 'a e kau mate.",
    ),
    "qu": (
        "12 runakuna wañuchisqa karqanku atacaypi.",
        "Armasniyuq runakuna 7 runakunata wañuchirqanku llaqtapi.",
        "Wañuqkunaq yupaynin 35 kama wiñarqan.",
        "150 runakunata wañuchiq pacha kuyuymanta 10 wata qhipaman, kawsaqkuna wañuqkunata yuyarirqanku.",
    ),
}
# the forms a language's lexicon still misses (langs52 closed the Spanish, Romanian and Catalan ones)
_OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("code", "form", "text"), form_cases(_FORMS, list(_KILLED), _OPEN))
def test_four_forms(code: str, form: str, text: str) -> None:
    assert headlines(text, code)[0] == _KILLED[form]


def test_every_language_has_its_four_forms() -> None:
    assert set(_FORMS) == set(LANGUAGES) | set(WORLD_LANGUAGES)


@pytest.mark.parametrize(
    ("code", "text", "killed"),
    [
        # the attackers' noun, then their number, then the verb and the victims' count
        ("ha", "'Yan bindiga biyu sun kashe mutane hudu a kauyen.", "4"),
        ("ha", "'Yan bindiga 3 sun kashe mutane 9 a kauyen.", "9"),
        ("sw", "Washambuliaji wawili waliua watu wanne kijijini.", "4"),
        ("sw", "Watu wenye silaha 3 waliua watu 9 kijijini.", "9"),
        ("yo", "Awọn agbebọn 2 pa eniyan 4 ni abule naa.", "4"),
        ("ig", "Ndị omekome 2 gburu mmadụ 4.", "4"),
        ("rw", "Abagizi ba nabi babiri bishe abantu bane.", "4"),
        ("ny", "Zigawenga ziwiri zapha anthu anayi.", "4"),
        ("sn", "Makororo 2 akauraya vanhu 4.", "4"),
        ("lg", "Abazigu babiri batta abantu bana.", "4"),
        ("mg", "Jiolahy telo no namono olona efatra.", "4"),
        ("om", "Namoonni hidhatan lama namoota afur ajjeesan.", "4"),
        ("th", "คนร้าย 2 คนยิงชาวบ้านเสียชีวิต 4 คน", "4"),
        # ... but the attackers' own dead stay theirs when no count of victims follows
        ("ha", "An kashe 'yan bindiga 3 a artabu da sojoji.", "3"),
    ],
)
def test_attackers_counted_after_their_noun(code: str, text: str, killed: str) -> None:
    assert headlines(text, code)[0] == killed


@pytest.mark.parametrize(
    ("code", "text", "killed", "wounded"),
    [
        ("kn", "ಬಂದೂಕುಧಾರಿಗಳು ಮೂವರನ್ನು ಕೊಂದಿದ್ದಾರೆ.", "3", "-"),  # accusative
        ("kn", "ಅಪಘಾತದಲ್ಲಿ ಮೂವರ ಸಾವು.", "3", "-"),  # genitive
        ("kn", "ಅಪಘಾತದಲ್ಲಿ ಇಬ್ಬರ ಸಾವು, ನಾಲ್ವರಿಗೆ ಗಾಯ.", "2", "4"),  # dative, and "ಗಾಯ" as a word
        ("kn", "ಅಪಘಾತದಲ್ಲಿ ಐವರಿಗೆ ಗಾಯಗಳಾಗಿವೆ.", "-", "5"),
        ("kn", "ಖ್ಯಾತ ಗಾಯಕ ಮೂವರು ಮಕ್ಕಳೊಂದಿಗೆ ಹಾಡಿದರು.", "-", "-"),  # a singer ("ಗಾಯಕ") hurts nobody
        ("or", "ଦୁର୍ଘଟଣାରେ ଦୁଇଜଣଙ୍କର ମୃତ୍ୟୁ ଓ ଚାରିଜଣ ଆହତ।", "2", "4"),
        ("or", "ଦୁର୍ଘଟଣାରେ ବାରଜଣଙ୍କର ମୃତ୍ୟୁ।", "12", "-"),
        ("ny", "Ku Mangochi kwafa anthu 12.", "12", "-"),
        ("ny", "Kolera yapha anthu 40 m'boma la Nsanje.", "40", "-"),
        ("ny", "Matenda a kolera apha anthu 40 m'boma la Nsanje.", "40", "-"),
    ],
)
def test_case_endings_and_class_subjects(code: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, code) == (killed, wounded)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("kn", "ಮೇ 12ರಂದು ನಡೆದ ಅಪಘಾತದಲ್ಲಿ 4 ಜನರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ."),
        ("or", "ମେ 12 ତାରିଖରେ ଦୁର୍ଘଟଣାରେ 4 ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି।"),
        ("or", "ମେ 12ରେ ଦୁର୍ଘଟଣାରେ 4 ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି।"),
        ("as", "মে 12 তাৰিখে দুৰ্ঘটনাত 4 জনৰ মৃত্যু হৈছে।"),
        ("mn", "Тавдугаар сарын 12-нд 4 хүн нас барсан."),
        ("ky", "12-майда 4 адам каза болду."),
        ("ky", "12-май күнү 4 адам каза болду."),
        ("xh", "Ngomhla we-12 kweyeMeyi, abantu aba-4 basweleka."),
    ],
)
def test_the_day_of_a_month_written_its_own_way(code: str, text: str) -> None:
    found = extract(ArticleInput(text=text, language=code, published_at=datetime(2024, 5, 20, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, date(2024, 5, 12))]


@pytest.mark.parametrize(
    ("code", "text", "killed"),
    [
        # an anniversary's headline counts years, its toll is the old event's
        ("ru", "10 лет со дня теракта, в котором погибли 150 человек.", "150"),
        ("ru", "Десять лет трагедии в Беслане, где погибли 150 человек.", "150"),
        ("ru", "Десять лет со дня гибели заложников. Выжившие вспоминают погибших.", "-"),
        ("uk", "10 років трагедії, у якій загинули 150 людей.", "150"),
        ("uk", "П'ять років з дня загибелі шахтарів", "-"),
        ("sr", "10 година од злочина у којем је убијено 150 људи.", "150"),
        ("sr", "Годину дана од несреће у којој је погинуло 150 људи.", "150"),
        ("be", "Дзесяць гадоў з дня гібелі шахцёраў", "-"),
        ("bg", "Десет години от гибелта на миньорите", "-"),
        ("sw", "Siku 3 baada ya mafuriko yaliyoua watu 20, waokoaji bado wanatafuta.", "20"),
        ("ha", "Shekaru 5 bayan hatsarin jirgin da ya kashe mutane 30, iyalai sun yi addu'a.", "30"),
    ],
)
def test_years_since_are_no_toll(code: str, text: str, killed: str) -> None:
    assert headlines(text, code)[0] == killed


# Māori number words (read by `tests.core.test_number_words41`'s coverage test with the other rounds' tables)
TABLE43 = {
    "mi": (
        "u:tahi rua toru whā rima ono whitu waru iwa tekau; kotahi=1; wha=4; tekau mā rima=15; rua tekau=20; "
        "rua tekau mā whā=24; toru tekau mā rima=35; iwa tekau mā iwa=99; kotahi rau=100; rua rau=200; "
        "kotahi mano=1000; tokorua=2; tokowhā=4; tokorima=5; tokotekau=10"
    ),
}


def _number_cases() -> list[tuple[str, str, int]]:
    return number_table_cases(TABLE43)


@pytest.mark.parametrize(("code", "phrase", "value"), _number_cases())
def test_number_words(code: str, phrase: str, value: int) -> None:
    found = language(code)
    assert found is not None
    assert [n.value for n in found.numbers.read(phrase, phrase.lower(), 0, len(phrase))] == [value]


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("E ono ngā tāngata kua mate i te ahi i te whare noho, e ai ki ngā pirihimana.", "6", "-"),
        ("Kua mate e rua tekau mā rima ngā tāngata, ā, tokowhā i whara.", "25", "4"),
        ("Neke atu i te 30 ngā tāngata kua mate i te waipuke.", "30:more_than", "-"),
        ("E whā ngā tāngata kei te hōhipera i te mate korona.", "-", "-"),  # an illness ("te mate"), no dead
    ],
)
def test_maori(text: str, killed: str, wounded: str) -> None:
    assert headlines(text, "mi") == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("E toru ngā tāngata kua ngaro i te waipuke.", "missing", 3),
        ("E rima ngā tāngata kua mauheretia e ngā pirihimana.", "arrested", 5),
    ],
)
def test_maori_missing_and_arrested(text: str, metric: str, value: int) -> None:
    assert [(c.metric, c.value) for c in extract(ArticleInput(text=text, language="mi")).claims] == [(metric, value)]


@pytest.mark.parametrize(
    "text", ["I te 12 o Haratua, e 4 ngā tāngata i mate.", "I te 12 o Mei, e 4 ngā tāngata i mate."]
)
def test_maori_months(text: str) -> None:
    found = extract(ArticleInput(text=text, language="mi", published_at=datetime(2024, 5, 20, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, date(2024, 5, 12))]
