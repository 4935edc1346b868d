"""Round 44 (langs53): more forms of a toll in every language read, each a sentence of our own written from the
language's grammar, after the newest dev batch showed tolls still missed in German, Yoruba, Italian, French and
Hindi. Three forms in all 105 languages: the relative clause ("relatives of the 16 people who died": the dead are
the complement of another noun, their count is still the toll), the perfect with the verb at the end of a long
clause where the language puts it ("23 Menschen sind seit ... gestorben", the verb far from its count), and a number
in words (nine) with the language's commonest death verb. A fourth, "14 people were taken to hospital", is the
wounded only where the language's lexicon lists being taken to or treated in hospital as hurt (news-dev counts
admissions presented as the injured; people still in hospital are not an injured total)."""

from __future__ import annotations

import pytest

from core.extract.lexicons import LANGUAGES, WORLD_LANGUAGES
from tests.core.world_kit import form_cases, headlines

_KILLED = {"relative clause": "16", "verb final": "23", "word number": "9"}
_FORMS: dict[str, tuple[str, str, str]] = {
    "en": (
        "Relatives of the 16 people who died in the fire gathered outside the court on Monday.",
        "In the fire that broke out in a crowded block of flats on Monday night, 23 people have died, officials said.",
        "Nine people died when the bus overturned on the mountain road.",
    ),
    "de": (
        "Angehörige der 16 Menschen, die bei dem Brand starben, versammelten sich vor dem Gericht.",
        "23 Menschen sind seit dem Ausbruch der Krankheit im Januar in der ganzen Region gestorben.",
        "Neun Menschen sind bei dem Busunglück ums Leben gekommen.",
    ),
    "fr": (
        "Les proches des 16 personnes qui sont mortes dans l'incendie se sont réunis devant le tribunal.",
        "23 personnes sont mortes dans l'incendie qui s'est déclaré lundi soir dans un immeuble du centre-ville.",
        "Neuf personnes sont mortes dans l'accident de bus.",
    ),
    "es": (
        "Los familiares de las 16 personas que murieron en el incendio se reunieron ante el tribunal.",
        "23 personas han muerto en el incendio que se declaró el lunes por la noche en un edificio del centro.",
        "Nueve personas murieron en el accidente de autobús.",
    ),
    "it": (
        "I parenti delle 16 persone che sono morte nell'incendio si sono riuniti davanti al tribunale.",
        "23 persone sono morte nell'incendio scoppiato lunedì sera in un palazzo del centro.",
        "Nove persone sono morte nell'incidente dell'autobus.",
    ),
    "pt": (
        "Os familiares das 16 pessoas que morreram no incêndio reuniram-se diante do tribunal.",
        "23 pessoas morreram no incêndio que começou na segunda-feira à noite num prédio do centro.",
        "Nove pessoas morreram no acidente de ônibus.",
    ),
    "ro": (
        "Rudele celor 16 oameni care au murit în incendiu s-au adunat în fața tribunalului.",
        "23 de oameni au murit în incendiul izbucnit luni seara într-un bloc din centrul orașului.",
        "Nouă oameni au murit în accidentul de autobuz.",
    ),
    "ca": (
        "Els familiars de les 16 persones que van morir a l'incendi es van reunir davant del jutjat.",
        "23 persones han mort a l'incendi que es va declarar dilluns a la nit en un edifici del centre.",
        "Nou persones han mort en l'accident d'autobús.",
    ),
    "gl": (
        "Os familiares das 16 persoas que morreron no incendio reuníronse diante do xulgado.",
        "23 persoas morreron no incendio que se declarou o luns pola noite nun edificio do centro.",
        "Nove persoas morreron no accidente de autobús.",
    ),
    "nl": (
        "Familieleden van de 16 mensen die bij de brand omkwamen, verzamelden zich bij de rechtbank.",
        "Bij de brand die maandagavond in een woning in het centrum uitbrak, zijn 23 mensen om het leven gekomen.",
        "Negen mensen zijn bij het busongeluk om het leven gekomen.",
    ),
    "af": (
        "Familielede van die 16 mense wat in die brand dood is, het by die hof bymekaargekom.",
        "By die brand wat Maandagaand in 'n woonstelblok in die middestad uitgebreek het, is 23 mense dood.",
        "Nege mense is in die busongeluk dood.",
    ),
    "fy": (
        "Famylje fan de 16 minsken dy't by de brân omkamen, kamen byinoar by de rjochtbank.",
        "By de brân dy't moandeitejûn yn in hûs yn it sintrum útbruts, binne 23 minsken om it libben kommen.",
        "Njoggen minsken binne by it busûngelok om it libben kommen.",
    ),
    "sv": (
        "Anhöriga till de 16 personer som dog i branden samlades utanför domstolen.",
        "23 personer har dött i branden som bröt ut i ett bostadshus i centrum på måndagskvällen.",
        "Nio personer dog i bussolyckan.",
    ),
    "da": (
        "Pårørende til de 16 mennesker, der døde i branden, samledes foran retten.",
        "23 mennesker er døde i branden, der brød ud i en boligblok i centrum mandag aften.",
        "Ni personer døde i busulykken.",
    ),
    "no": (
        "Pårørende til de 16 menneskene som døde i brannen, samlet seg utenfor retten.",
        "23 mennesker har omkommet i brannen som brøt ut i en boligblokk i sentrum mandag kveld.",
        "Ni personer døde i bussulykken.",
    ),
    "is": (
        "Aðstandendur þeirra 16 manna sem létust í brunanum komu saman fyrir utan dómhúsið.",
        "23 manns hafa látist í eldsvoðanum sem kom upp í fjölbýlishúsi í miðbænum á mánudagskvöld.",
        "Níu manns létust í rútuslysinu.",
    ),
    "fi": (
        "Tulipalossa kuolleiden 16 ihmisen omaiset kokoontuivat oikeustalon eteen.",
        "Maanantai-iltana keskustan kerrostalossa syttyneessä tulipalossa on kuollut 23 ihmistä.",
        "Yhdeksän ihmistä kuoli bussiturmassa.",
    ),
    "et": (
        "Tulekahjus hukkunud 16 inimese omaksed kogunesid kohtumaja ette.",
        "Esmaspäeva õhtul kesklinna kortermajas puhkenud tulekahjus on hukkunud 23 inimest.",
        "Bussiõnnetuses hukkus üheksa inimest.",
    ),
    "lv": (
        "To 16 cilvēku tuvinieki, kuri gāja bojā ugunsgrēkā, pulcējās pie tiesas.",
        "Ugunsgrēkā, kas pirmdienas vakarā izcēlās daudzdzīvokļu mājā pilsētas centrā, gājuši bojā 23 cilvēki.",
        "Autobusa avārijā gāja bojā deviņi cilvēki.",
    ),
    "lt": (
        "16 žmonių, kurie žuvo gaisre, artimieji susirinko prie teismo.",
        "Pirmadienio vakarą miesto centre esančiame daugiabutyje kilusiame gaisre žuvo 23 žmonės.",
        "Autobuso avarijoje žuvo devyni žmonės.",
    ),
    "pl": (
        "Bliscy 16 osób, które zginęły w pożarze, zebrali się przed sądem.",
        "W pożarze, który w poniedziałek wieczorem wybuchł w bloku w centrum miasta, zginęły 23 osoby.",
        "Dziewięć osób zginęło w wypadku autobusu.",
    ),
    "cs": (
        "Příbuzní 16 lidí, kteří zemřeli při požáru, se sešli před soudem.",
        "Při požáru, který v pondělí večer vypukl v bytovém domě v centru města, zemřelo 23 lidí.",
        "Při nehodě autobusu zemřelo devět lidí.",
    ),
    "sk": (
        "Príbuzní 16 ľudí, ktorí zomreli pri požiari, sa zišli pred súdom.",
        "Pri požiari, ktorý v pondelok večer vypukol v bytovom dome v centre mesta, zomrelo 23 ľudí.",
        "Pri nehode autobusu zomrelo deväť ľudí.",
    ),
    "sl": (
        "Svojci 16 ljudi, ki so umrli v požaru, so se zbrali pred sodiščem.",
        "V požaru, ki je v ponedeljek zvečer izbruhnil v stanovanjskem bloku v središču mesta, je umrlo 23 ljudi.",
        "V nesreči avtobusa je umrlo devet ljudi.",
    ),
    "hr": (
        "Obitelji 16 ljudi koji su poginuli u požaru okupile su se ispred suda.",
        "U požaru koji je u ponedjeljak navečer izbio u stambenoj zgradi u središtu grada poginulo je 23 ljudi.",
        "U nesreći autobusa poginulo je devet ljudi.",
    ),
    "sr": (
        "Породице 16 људи који су погинули у пожару окупиле су се испред суда.",
        "У пожару који је у понедељак увече избио у стамбеној згради у центру града погинуло је 23 људи.",
        "У несрећи аутобуса погинуло је девет људи.",
    ),
    "mk": (
        "Роднините на 16 луѓе кои загинаа во пожарот се собраа пред судот.",
        "Во пожарот што избувна во понеделник навечер во станбена зграда во центарот на градот загинаа 23 луѓе.",
        "Девет луѓе загинаа во несреќата со автобусот.",
    ),
    "bg": (
        "Близките на 16 души, които загинаха при пожара, се събраха пред съда.",
        "При пожара, избухнал в понеделник вечерта в жилищен блок в центъра на града, са загинали 23 души.",
        "Девет души загинаха при катастрофата с автобуса.",
    ),
    "ru": (
        "Родственники 16 человек, погибших при пожаре, собрались у здания суда.",
        "В результате пожара, вспыхнувшего в понедельник вечером в жилом доме в центре города, погибли 23 человека.",
        "Девять человек погибли в результате аварии автобуса.",
    ),
    "uk": (
        "Родичі 16 людей, які загинули під час пожежі, зібралися біля суду.",
        "Унаслідок пожежі, яка спалахнула в понеділок увечері в житловому будинку в центрі міста, загинули 23 людини.",
        "Дев'ять людей загинули внаслідок аварії автобуса.",
    ),
    "be": (
        "Сваякі 16 чалавек, якія загінулі падчас пажару, сабраліся каля суда.",
        "У выніку пажару, які ўспыхнуў у панядзелак увечары ў жылым доме ў цэнтры горада, загінулі 23 чалавекі.",
        "Дзевяць чалавек загінулі ў выніку аварыі аўтобуса.",
    ),
    "el": (
        "Οι συγγενείς των 16 ανθρώπων που πέθαναν στην πυρκαγιά συγκεντρώθηκαν έξω από το δικαστήριο.",
        "23 άνθρωποι έχουν χάσει τη ζωή τους στην πυρκαγιά που ξέσπασε τη Δευτέρα το βράδυ σε πολυκατοικία στο κέντρο.",
        "Εννέα άνθρωποι σκοτώθηκαν στο δυστύχημα με το λεωφορείο.",
    ),
    "hu": (
        "A tűzben meghalt 16 ember hozzátartozói a bíróság előtt gyűltek össze.",
        "A hétfő este egy belvárosi társasházban kitört tűzben 23 ember halt meg.",
        "Kilenc ember meghalt a buszbalesetben.",
    ),
    "tr": (
        "Yangında hayatını kaybeden 16 kişinin yakınları adliye önünde toplandı.",
        "Pazartesi akşamı şehir merkezindeki bir apartmanda çıkan yangında 23 kişi hayatını kaybetti.",
        "Otobüs kazasında dokuz kişi öldü.",
    ),
    "az": (
        "Yanğında həlak olan 16 nəfərin yaxınları məhkəmənin qarşısında toplaşıb.",
        "Bazar ertəsi axşam şəhər mərkəzindəki yaşayış binasında baş verən yanğında 23 nəfər həlak olub.",
        "Avtobus qəzasında doqquz nəfər ölüb.",
    ),
    "kk": (
        "Өртте қаза тапқан 16 адамның туыстары сот ғимаратының алдына жиналды.",
        "Дүйсенбі күні кешке қала орталығындағы тұрғын үйде болған өртте 23 адам қаза тапты.",
        "Автобус апатында тоғыз адам қаза тапты.",
    ),
    "ky": (
        "Өрттө каза болгон 16 адамдын туугандары соттун алдына чогулушту.",
        "Дүйшөмбү күнү кечинде шаардын борборундагы турак үйдө чыккан өрттө 23 адам каза болду.",
        "Автобус кырсыгында тогуз адам каза болду.",
    ),
    "uz": (
        "Yong'inda halok bo'lgan 16 kishining yaqinlari sud binosi oldida to'planishdi.",
        "Dushanba kuni kechqurun shahar markazidagi turar-joy binosida chiqqan yong'inda 23 kishi halok bo'ldi.",
        "Avtobus halokatida to'qqiz kishi halok bo'ldi.",
    ),
    "tt": (
        "Янгында һәлак булган 16 кешенең туганнары суд бинасы алдына җыелды.",
        "Дүшәмбе кичне шәһәр үзәгендәге торак йортта чыккан янгында 23 кеше һәлак булды.",
        "Автобус һәлакәтендә тугыз кеше һәлак булды.",
    ),
    "mn": (
        "Галд амь үрэгдсэн 16 хүний ар гэрийнхэн шүүхийн өмнө цугларав.",
        "Даваа гарагийн орой хотын төвийн орон сууцанд гарсан галд 23 хүн амь үрэгджээ.",
        "Автобусны ослоор есөн хүн нас баржээ.",
    ),
    "tg": (
        "Хешовандони 16 нафаре, ки дар сӯхтор ҳалок шуданд, назди бинои суд ҷамъ омаданд.",
        "Дар сӯхторе, ки рӯзи душанбе бегоҳ дар бинои истиқоматӣ дар маркази шаҳр рух дод, 23 нафар ҳалок шуданд.",
        "Дар садамаи автобус нӯҳ нафар ҳалок шуданд.",
    ),
    "fa": (
        "بستگان 16 نفری که در آتش‌سوزی جان باختند مقابل دادگاه تجمع کردند.",
        "در آتش‌سوزی که دوشنبه شب در یک ساختمان مسکونی در مرکز شهر رخ داد، 23 نفر جان باختند.",
        "در تصادف اتوبوس نه نفر کشته شدند.",
    ),
    "ps": (
        "د هغو 16 کسانو خپلوان چې په اور کې مړه شول، د محکمې مخې ته راټول شول.",
        "د دوشنبې په شپه د ښار په مرکز کې په یوه استوګنیزه ودانۍ کې په اور لګېدو کې 23 کسان مړه شول.",
        "د بس په پېښه کې نهه کسان مړه شول.",
    ),
    "ur": (
        "آگ میں ہلاک ہونے والے 16 افراد کے رشتہ دار عدالت کے باہر جمع ہوئے۔",
        "پیر کی شام شہر کے مرکز میں ایک رہائشی عمارت میں لگنے والی آگ میں 23 افراد ہلاک ہو گئے۔",
        "بس حادثے میں نو افراد ہلاک ہو گئے۔",
    ),
    "ckb": (
        "کەسوکاری ئەو 16 کەسەی لە ئاگرەکەدا گیانیان لەدەستدا لەبەردەم دادگا کۆبوونەوە.",
        "لە ئاگرکەوتنەوەی شەوی دووشەممە لە باڵەخانەیەکی نیشتەجێبوون لە ناوەندی شار 23 کەس گیانیان لەدەستدا.",
        "لە ڕووداوی پاسەکەدا نۆ کەس کوژران.",
    ),
    "ku": (
        "Malbatên 16 kesên ku di şewatê de mirin li ber dadgehê kom bûn.",
        "Di şewata ku êvara duşemê li avahiyeke niştecihbûnê ya navenda bajêr derket de 23 kes mirin.",
        "Di qezaya otobusê de neh kes mirin.",
    ),
    "ar": (
        "تجمع أقارب الـ16 شخصا الذين لقوا حتفهم في الحريق أمام المحكمة.",
        "لقي 23 شخصا حتفهم في الحريق الذي اندلع مساء الاثنين في مبنى سكني وسط المدينة.",
        "لقي تسعة أشخاص حتفهم في حادث الحافلة.",
    ),
    "he": (
        "בני משפחותיהם של 16 האנשים שנהרגו בשריפה התכנסו מול בית המשפט.",
        "בשריפה שפרצה ביום שני בערב בבניין מגורים במרכז העיר נהרגו 23 בני אדם.",
        "תשעה בני אדם נהרגו בתאונת האוטובוס.",
    ),
    "am": (
        "በእሳት አደጋው የሞቱት 16 ሰዎች ቤተሰቦች በፍርድ ቤቱ ፊት ተሰበሰቡ።",
        "ሰኞ ምሽት በከተማው መሃል በሚገኝ የመኖሪያ ሕንፃ ውስጥ በተነሳው የእሳት አደጋ 23 ሰዎች ሞተዋል።",
        "በአውቶቡስ አደጋው ዘጠኝ ሰዎች ሞተዋል።",
    ),
    "ti": (
        "ስድራቤታት እቶም ኣብቲ ሓዊ ዝሞቱ 16 ሰባት ኣብ ቅድሚ ቤት ፍርዲ ተኣኪቦም።",
        "ሰኑይ ምሸት ኣብ ማእከል ከተማ ኣብ ዝርከብ ናይ መንበሪ ህንጻ ኣብ ዝተላዕለ ሓዊ 23 ሰባት ሞይቶም።",
        "ኣብቲ ናይ ኣውቶቡስ ሓደጋ ትሽዓተ ሰባት ሞይቶም።",
    ),
    "so": (
        "Qaraabada 16-ka qof ee ku dhintay dabka ayaa isugu soo baxay maxkamadda horteeda.",
        "23 qof ayaa ku dhintay dabkii ka kacay habeenkii Isniinta dhismo ku yaal bartamaha magaalada.",
        "Sagaal qof ayaa ku dhintay shilka baska.",
    ),
    "ha": (
        "'Yan uwan mutane 16 da suka mutu a gobarar sun taru a gaban kotu.",
        "Mutane 23 sun mutu a gobarar da ta tashi a wani gida a tsakiyar birnin ranar Litinin da dare.",
        "Mutane tara sun mutu a hatsarin motar bas.",
    ),
    "sw": (
        "Jamaa wa watu 16 waliofariki katika moto huo walikusanyika nje ya mahakama.",
        "Watu 23 wamefariki katika moto uliozuka Jumatatu usiku katika jengo la makazi katikati ya jiji.",
        "Watu tisa wamefariki katika ajali ya basi.",
    ),
    "yo": (
        "Awọn ẹbi eniyan 16 to ku ninu ina naa pejọ siwaju ile-ẹjọ.",
        "Eniyan 23 lo ti ku ninu ina to ṣẹ yọ ni ile kan laarin ilu ni alẹ ọjọ Aje.",
        "Eniyan mẹsan-an ku ninu ijamba ọkọ akero naa.",
    ),
    "ig": (
        "Ndị ikwu mmadụ 16 nwụrụ n'ọkụ ahụ gbakọrọ n'ihu ụlọikpe.",
        "Mmadụ 23 anwụọla n'ọkụ gbara n'ụlọ obibi dị n'etiti obodo n'abalị Mọnde.",
        "Mmadụ itoolu nwụrụ n'ihe mberede ụgbọala ahụ.",
    ),
    "zu": (
        "Izihlobo zabantu abangu-16 abashone emlilweni zibuthane phambi kwenkantolo.",
        "Abantu abangu-23 bashonile emlilweni oqubuke ngoMsombuluko ebusuku esakhiweni sokuhlala enkabeni yedolobha.",
        "Abantu abayisishiyagalolunye bashonile engozini yebhasi.",
    ),
    "xh": (
        "Izalamane zabantu aba-16 abaswelekileyo emlilweni zihlanganisene phambi kwenkundla.",
        "Abantu aba-23 baswelekile emlilweni oqhambuke ngoMvulo ebusuku kwisakhiwo sokuhlala embindini wedolophu.",
        "Abantu abalithoba baswelekile kwingozi yebhasi.",
    ),
    "sn": (
        "Hama dzevanhu 16 vakafa mumoto dzakaungana pamberi pedare.",
        "Vanhu 23 vafa mumoto wakatanga muimba yekugara pakati peguta neMuvhuro manheru.",
        "Vanhu vapfumbamwe vafa mutsaona yebhazi.",
    ),
    "ny": (
        "Achibale a anthu 16 omwe anamwalira pa motowo anasonkhana kutsogolo kwa bwalo la milandu.",
        "Anthu 23 amwalira pa moto womwe unabuka Lolemba usiku m'nyumba yogona pakati pa mzinda.",
        "Anthu asanu ndi anayi amwalira pa ngozi ya basi.",
    ),
    "rw": (
        "Imiryango y'abantu 16 bapfuye mu nkongi y'umuriro yateraniye imbere y'urukiko.",
        "Abantu 23 bapfuye mu nkongi y'umuriro yadutse ku wa Mbere nijoro mu nzu y'amagorofa hagati mu mujyi.",
        "Abantu icyenda bapfuye mu mpanuka ya bisi.",
    ),
    "lg": (
        "Ab'enganda z'abantu 16 abaafiira mu muliro baakung'aanidde mu maaso ga kkooti.",
        "Abantu 23 bafiiridde mu muliro ogwakutte ennyumba wakati mu kibuga ku Bbalaza ekiro.",
        "Abantu mwenda bafiiridde mu kabenje ka bbaasi.",
    ),
    "ln": (
        "Bandeko ya bato 16 oyo bakufaki na mɔtɔ basanganaki liboso ya esambiselo.",
        "Bato 23 bakufi na mɔtɔ oyo epelaki na ndako moko na kati ya engumba na butu ya mokolo ya liboso.",
        "Bato libwa bakufi na likama ya bisi.",
    ),
    "om": (
        "Firoonni namoota 16 ibidda kanaan du'anii mana murtii duratti walitti qabaman.",
        "Namoonni 23 ibidda Wiixata galgala gamoo jireenyaa handhuura magaalaa keessatti ka'een du'aniiru.",
        "Namoonni sagal balaa konkolaataa awtobisii irratti du'an.",
    ),
    "mg": (
        "Nivory teo anoloan'ny fitsarana ny havan'ireo olona 16 maty tamin'ny afo.",
        "Olona 23 no maty tamin'ny afo nirehitra tamin'ny trano fonenana teo afovoan-tanàna ny alatsinainy alina.",
        "Olona sivy no maty tamin'ny lozam-piarakodia.",
    ),
    "wo": (
        "Mbokki 16 nit ñi dee ci safara si dajaloo nañu ci kanam attekaay bi.",
        "23 nit dee nañu ci safara si tàkk ci benn kër ci digg dëkk bi altine ci guddi.",
        "Juróom-ñeent nit dee nañu ci aksidaa bi.",
    ),
    "bm": (
        "Mɔgɔ 16 minnu sara tasuma na, olu somɔgɔw ye ɲɔgɔn kunbɛn kiritigɛso ɲɛ.",
        "Mɔgɔ 23 sara tasuma na min wulila so dɔ kɔnɔ dugu cɛmancɛ la ntɛnɛn su.",
        "Mɔgɔ kɔnɔntɔn sara mobili kasaara la.",
    ),
    "kri": (
        "Di famili dɛn fɔ di 16 pipul we day na di faya gɛda na kɔt.",
        "23 pipul dɔn day na di faya we bin bɔs na wan os na di sɛnta na di siti Mɔnde nɛt.",
        "Nayn pipul day na di bɔs aksidɛnt.",
    ),
    "ht": (
        "Fanmi 16 moun ki te mouri nan dife a te rasanble devan tribinal la.",
        "23 moun mouri nan dife ki te pete lendi swa nan yon bilding nan mitan vil la.",
        "Nèf moun mouri nan aksidan bis la.",
    ),
    "bi": (
        "Ol famli blong 16 man we oli ded long faea oli kam tugeta long fored blong kot.",
        "23 man oli ded finis long faea we i stat long Mande long naet long wan haos long medel blong taon.",
        "Naen man oli ded long aksiden blong bas.",
    ),
    "tl": (
        "Nagtipon sa harap ng korte ang mga kaanak ng 16 na taong namatay sa sunog.",
        "23 katao ang nasawi sa sunog na sumiklab noong Lunes ng gabi sa isang gusaling tirahan sa gitna ng lungsod.",
        "Siyam katao ang nasawi sa aksidente ng bus.",
    ),
    "ceb": (
        "Nagtigom atubangan sa korte ang mga kaparyentes sa 16 ka tawo nga namatay sa sunog.",
        "23 ka tawo ang namatay sa sunog nga misilaob niadtong Lunes sa gabii sa usa ka puy-anan sa sentro sa siyudad.",
        "Siyam ka tawo ang namatay sa aksidente sa bus.",
    ),
    "id": (
        "Keluarga 16 orang yang tewas dalam kebakaran itu berkumpul di depan pengadilan.",
        "Sebanyak 23 orang tewas dalam kebakaran yang terjadi di sebuah gedung di pusat kota pada Senin malam.",
        "Sembilan orang tewas dalam kecelakaan bus itu.",
    ),
    "vi": (
        "Người thân của 16 người thiệt mạng trong vụ cháy đã tập trung trước tòa án.",
        "23 người đã thiệt mạng trong vụ cháy xảy ra tối thứ Hai tại một tòa nhà chung cư ở trung tâm thành phố.",
        "Chín người thiệt mạng trong vụ tai nạn xe buýt.",
    ),
    "th": (
        "ญาติของผู้เสียชีวิต 16 คนในเหตุไฟไหม้รวมตัวกันหน้าศาล",
        "เหตุไฟไหม้อาคารที่พักอาศัยใจกลางเมืองเมื่อคืนวันจันทร์ทำให้มีผู้เสียชีวิต 23 คน",
        "มีผู้เสียชีวิตเก้าคนในอุบัติเหตุรถบัส",
    ),
    "lo": (
        "ຍາດພີ່ນ້ອງຂອງຜູ້ເສຍຊີວິດ 16 ຄົນໃນເຫດໄຟໄໝ້ໄດ້ເຕົ້າໂຮມກັນຢູ່ໜ້າສານ.",
        "ເຫດໄຟໄໝ້ອາຄານທີ່ພັກອາໄສໃຈກາງເມືອງໃນຄືນວັນຈັນເຮັດໃຫ້ມີຜູ້ເສຍຊີວິດ 23 ຄົນ.",
        "ມີຜູ້ເສຍຊີວິດເກົ້າຄົນໃນອຸບັດຕິເຫດລົດເມ.",
    ),
    "km": (
        "សាច់ញាតិរបស់មនុស្ស 16 នាក់ដែលបានស្លាប់ក្នុងអគ្គីភ័យបានជួបជុំគ្នានៅមុខតុលាការ។",
        "មនុស្ស 23 នាក់បានស្លាប់ក្នុងអគ្គីភ័យដែលបានឆេះអគារលំនៅដ្ឋានមួយនៅកណ្តាលទីក្រុងកាលពីយប់ថ្ងៃច័ន្ទ។",
        "មនុស្សប្រាំបួននាក់បានស្លាប់ក្នុងគ្រោះថ្នាក់ឡានក្រុង។",
    ),
    "my": (
        "မီးလောင်မှုတွင် သေဆုံးခဲ့သော လူ 16 ဦး၏ ဆွေမျိုးများသည် တရားရုံးရှေ့တွင် စုဝေးခဲ့ကြသည်။",
        "တနင်္လာနေ့ညက မြို့လယ်ရှိ နေအိမ်အဆောက်အဦတွင် ဖြစ်ပွားခဲ့သော မီးလောင်မှုတွင် လူ 23 ဦး သေဆုံးခဲ့သည်။",
        "ဘတ်စ်ကားမတော်တဆမှုတွင် လူ ကိုးဦး သေဆုံးခဲ့သည်။",
    ),
    "hmn": (
        "Cov txheeb ze ntawm 16 tus neeg uas tuag hauv qhov hluav taws kub tau sib sau ua ke ntawm tsev hais plaub.",
        "23 tus neeg tau tuag hauv qhov hluav taws kub lub tsev nyob hauv nruab nrab lub nroog hmo Monday.",
        "Cuaj tus neeg tuag hauv qhov xwm txheej tsheb npav.",
    ),
    "zh": (
        "在火灾中遇难的16人的家属聚集在法院门前。",
        "周一晚间市中心一栋居民楼发生火灾，已造成23人死亡。",
        "巴士事故造成九人死亡。",
    ),
    "ja": (
        "火災で死亡した16人の遺族が裁判所前に集まった。",
        "月曜夜に市中心部の集合住宅で発生した火災で、これまでに23人が死亡した。",
        "バス事故で九人が死亡した。",
    ),
    "ko": (
        "화재로 숨진 16명의 유족들이 법원 앞에 모였다.",
        "월요일 밤 도심의 한 주거용 건물에서 발생한 화재로 지금까지 23명이 숨졌다.",
        "버스 사고로 아홉 명이 숨졌다.",
    ),
    "hi": (
        "आग में मारे गए 16 लोगों के परिजन अदालत के बाहर जमा हुए।",
        "सोमवार रात शहर के बीचोंबीच एक रिहायशी इमारत में लगी आग में 23 लोगों की मौत हो गई है।",
        "बस दुर्घटना में नौ लोगों की मौत हो गई।",
    ),
    "mr": (
        "आगीत मृत्युमुखी पडलेल्या 16 जणांचे नातेवाईक न्यायालयाबाहेर जमले.",
        "सोमवारी रात्री शहराच्या मध्यभागी असलेल्या एका निवासी इमारतीला लागलेल्या आगीत 23 जणांचा मृत्यू झाला आहे.",
        "बस अपघातात नऊ जणांचा मृत्यू झाला.",
    ),
    "ne": (
        "आगलागीमा मृत्यु भएका 16 जनाका आफन्तहरू अदालत अगाडि जम्मा भए।",
        "सोमबार राति सहरको बीचमा रहेको एउटा आवासीय भवनमा लागेको आगलागीमा 23 जनाको मृत्यु भएको छ।",
        "बस दुर्घटनामा नौ जनाको मृत्यु भयो।",
    ),
    "bn": (
        "আগুনে নিহত ১৬ জনের স্বজনেরা আদালতের সামনে জড়ো হন।",
        "সোমবার রাতে শহরের কেন্দ্রে একটি আবাসিক ভবনে লাগা আগুনে 23 জনের মৃত্যু হয়েছে।",
        "বাস দুর্ঘটনায় নয় জনের মৃত্যু হয়েছে।",
    ),
    "as": (
        "জুইত নিহত 16 জনৰ আত্মীয়সকল আদালতৰ সন্মুখত গোট খালে।",
        "সোমবাৰে নিশা চহৰৰ মাজত থকা এটা আৱাসিক অট্টালিকাত লগা জুইত 23 জনৰ মৃত্যু হৈছে।",
        "বাছ দুৰ্ঘটনাত ন জনৰ মৃত্যু হৈছে।",
    ),
    "or": (
        "ଅଗ୍ନିକାଣ୍ଡରେ ମୃତ 16 ଜଣଙ୍କ ପରିବାର କୋର୍ଟ ସାମ୍ନାରେ ଏକାଠି ହେଲେ।",
        "ସୋମବାର ରାତିରେ ସହରର ମଝିରେ ଥିବା ଏକ ଆବାସିକ ଅଟ୍ଟାଳିକାରେ ଲାଗିଥିବା ନିଆଁରେ 23 ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି।",
        "ବସ ଦୁର୍ଘଟଣାରେ ନଅ ଜଣଙ୍କ ମୃତ୍ୟୁ ହୋଇଛି।",
    ),
    "gu": (
        "આગમાં મૃત્યુ પામેલા 16 લોકોના પરિવારજનો કોર્ટ બહાર એકઠા થયા.",
        "સોમવારે રાત્રે શહેરના મધ્યમાં આવેલી એક રહેણાંક ઇમારતમાં લાગેલી આગમાં 23 લોકોના મોત થયા છે.",
        "બસ અકસ્માતમાં નવ લોકોના મોત થયા.",
    ),
    "pa": (
        "ਅੱਗ ਵਿੱਚ ਮਾਰੇ ਗਏ 16 ਲੋਕਾਂ ਦੇ ਪਰਿਵਾਰ ਅਦਾਲਤ ਦੇ ਬਾਹਰ ਇਕੱਠੇ ਹੋਏ।",
        "ਸੋਮਵਾਰ ਰਾਤ ਸ਼ਹਿਰ ਦੇ ਵਿਚਕਾਰ ਇੱਕ ਰਿਹਾਇਸ਼ੀ ਇਮਾਰਤ ਵਿੱਚ ਲੱਗੀ ਅੱਗ ਵਿੱਚ 23 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ ਹੈ।",
        "ਬੱਸ ਹਾਦਸੇ ਵਿੱਚ ਨੌਂ ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।",
    ),
    "ta": (
        "தீ விபத்தில் உயிரிழந்த 16 பேரின் உறவினர்கள் நீதிமன்றம் முன் கூடினர்.",
        "திங்கள்கிழமை இரவு நகரின் மையத்தில் உள்ள குடியிருப்பு கட்டடத்தில் ஏற்பட்ட தீ விபத்தில் 23 பேர் உயிரிழந்துள்ளனர்.",
        "பேருந்து விபத்தில் ஒன்பது பேர் உயிரிழந்தனர்.",
    ),
    "te": (
        "అగ్నిప్రమాదంలో మృతి చెందిన 16 మంది కుటుంబ సభ్యులు కోర్టు ముందు గుమిగూడారు.",
        "సోమవారం రాత్రి నగరం మధ్యలోని ఓ నివాస భవనంలో జరిగిన అగ్నిప్రమాదంలో 23 మంది మృతి చెందారు.",
        "బస్సు ప్రమాదంలో తొమ్మిది మంది మృతి చెందారు.",
    ),
    "kn": (
        "ಬೆಂಕಿ ಅವಘಡದಲ್ಲಿ ಮೃತಪಟ್ಟ 16 ಜನರ ಕುಟುಂಬಸ್ಥರು ನ್ಯಾಯಾಲಯದ ಮುಂದೆ ಜಮಾಯಿಸಿದರು.",
        "ಸೋಮವಾರ ರಾತ್ರಿ ನಗರದ ಮಧ್ಯಭಾಗದ ವಸತಿ ಕಟ್ಟಡದಲ್ಲಿ ಸಂಭವಿಸಿದ ಬೆಂಕಿ ಅವಘಡದಲ್ಲಿ 23 ಜನರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ.",
        "ಬಸ್ ಅಪಘಾತದಲ್ಲಿ ಒಂಬತ್ತು ಜನರು ಮೃತಪಟ್ಟಿದ್ದಾರೆ.",
    ),
    "ml": (
        "തീപിടിത്തത്തിൽ മരിച്ച 16 പേരുടെ ബന്ധുക്കൾ കോടതിക്ക് മുന്നിൽ ഒത്തുകൂടി.",
        "തിങ്കളാഴ്ച രാത്രി നഗരമധ്യത്തിലെ ഒരു പാർപ്പിട കെട്ടിടത്തിലുണ്ടായ തീപിടിത്തത്തിൽ 23 പേർ മരിച്ചു.",
        "ബസ് അപകടത്തിൽ ഒൻപത് പേർ മരിച്ചു.",
    ),
    "si": (
        "ගින්නෙන් මියගිය 16 දෙනාගේ ඥාතීන් උසාවිය ඉදිරිපිට රැස් වූහ.",
        "සඳුදා රෑ නගර මැද නිවාස ගොඩනැගිල්ලක හටගත් ගින්නෙන් 23 දෙනෙකු මියගොස් ඇත.",
        "බස් අනතුරෙන් නව දෙනෙකු මියගියහ.",
    ),
    "ka": (
        "ხანძრის შედეგად დაღუპული 16 ადამიანის ნათესავები სასამართლოს წინ შეიკრიბნენ.",
        "ორშაბათს საღამოს ქალაქის ცენტრში საცხოვრებელ კორპუსში გაჩენილი ხანძრის შედეგად 23 ადამიანი დაიღუპა.",
        "ავტობუსის ავარიის შედეგად ცხრა ადამიანი დაიღუპა.",
    ),
    "hy": (
        "Հրդեհի հետևանքով զոհված 16 մարդկանց հարազատները հավաքվել էին դատարանի մոտ։",
        "Երկուշաբթի երեկոյան քաղաքի կենտրոնում գտնվող բնակելի շենքում բռնկված հրդեհի հետևանքով զոհվել է 23 մարդ։",
        "Ավտոբուսի վթարի հետևանքով զոհվել է ինը մարդ։",
    ),
    "sq": (
        "Të afërmit e 16 personave që vdiqën në zjarr u mblodhën para gjykatës.",
        "23 persona kanë vdekur në zjarrin që shpërtheu të hënën në mbrëmje në një pallat banimi në qendër të qytetit.",
        "Nëntë persona vdiqën në aksidentin e autobusit.",
    ),
    "eu": (
        "Sutean hildako 16 pertsonen senideak epaitegiaren aurrean bildu ziren.",
        "Astelehen gauean hiriaren erdiko etxebizitza-eraikin batean piztutako sutean 23 pertsona hil dira.",
        "Bederatzi pertsona hil ziren autobus istripuan.",
    ),
    "cy": (
        "Daeth perthnasau'r 16 o bobl a fu farw yn y tân ynghyd y tu allan i'r llys.",
        "Mae 23 o bobl wedi marw yn y tân a dorrodd allan nos Lun mewn bloc o fflatiau yng nghanol y ddinas.",
        "Bu farw naw o bobl yn y ddamwain bws.",
    ),
    "ga": (
        "Bhailigh gaolta an 16 duine a fuair bás sa tine os comhair na cúirte.",
        "Tá 23 duine tar éis bás a fháil sa tine a thosaigh oíche Luain in árasán i lár na cathrach.",
        "Fuair naoi nduine bás sa timpiste bus.",
    ),
    "mi": (
        "I huihui ngā whanaunga o ngā tāngata 16 i mate i te ahi ki mua i te kōti.",
        "E 23 ngā tāngata kua mate i te ahi i tīmata i te pō o te Mane i tētahi whare noho i waenganui o te tāone.",
        "E iwa ngā tāngata i mate i te aituā pahi.",
    ),
    "mt": (
        "Il-qraba tas-16-il persuna li mietu fin-nar inġabru quddiem il-qorti.",
        "23 persuna mietu fin-nar li faqqa' nhar it-Tnejn filgħaxija f'binja residenzjali fiċ-ċentru tal-belt.",
        "Disa' persuni mietu fl-inċident tal-karozza tal-linja.",
    ),
    "sm": (
        "Na potopoto aiga o tagata e 16 na maliliu i le afi i luma o le faamasinoga.",
        "Ua maliliu tagata e 23 i le afi na mu ai se fale nofo i le ogatotonu o le taulaga i le po o le Aso Gafua.",
        "E iva tagata na maliliu i le faalavelave o le pasi.",
    ),
    "to": (
        "Na'e fakataha 'a e ngaahi kāinga 'o e kakai 'e 16 na'e mate 'i he afi 'i he 'ao 'o e fale hopo.",
        "Kuo mate 'a e kakai 'e 23 'i he afi na'e hoko 'i ha fale nofo'anga 'i he loto kolo 'i he po Mōnite.",
        "Na'e mate 'a e kakai 'e hiva 'i he fakatu'utāmaki 'o e pasi.",
    ),
    "qu": (
        "Ninapi wañuq 16 runakunaq ayllunkuna taripay wasi ñawpaqpi huñukurqanku.",
        "Killachaw tuta llaqtaq chawpinpi huk wasipi ninapi 23 runakuna wañurqanku.",
        "Isqun runakuna wañurqanku bus ñak'ariypi.",
    ),
}
# 'N taken to / treated in hospital': the languages whose lexicon counts hospital care as hurt
_TAKEN_TO_HOSPITAL: dict[str, str] = {
    "af": "Na die ongeluk is 14 mense na die hospitaal geneem.",
    "ar": "نقل 14 شخصا إلى المستشفى بعد الحادث.",
    "bg": "14 души бяха откарани в болница след катастрофата.",
    "bn": "দুর্ঘটনার পর 14 জনকে হাসপাতালে ভর্তি করা হয়েছে।",
    "ca": "14 persones van ser traslladades a l'hospital després de l'accident.",
    "cs": "Po nehodě bylo 14 lidí převezeno do nemocnice.",
    "da": "14 personer blev bragt på hospitalet efter ulykken.",
    "de": "14 Menschen wurden nach dem Unfall im Krankenhaus behandelt.",
    "el": "14 άνθρωποι μεταφέρθηκαν στο νοσοκομείο μετά το δυστύχημα.",
    "es": "14 personas fueron trasladadas al hospital tras el accidente.",
    "et": "Pärast õnnetust toimetati haiglasse 14 inimest.",
    "eu": "14 pertsona ospitalera eraman zituzten istripuaren ondoren.",
    "fa": "پس از تصادف 14 نفر به بیمارستان منتقل شدند.",
    "fr": "14 personnes ont été hospitalisées après l'accident.",
    "gl": "14 persoas foron trasladadas ao hospital despois do accidente.",
    "ha": "An kai mutane 14 asibiti bayan hatsarin.",
    "hi": "हादसे के बाद 14 लोगों को अस्पताल में भर्ती कराया गया।",
    "hr": "Nakon nesreće 14 ljudi prevezeno je u bolnicu.",
    "id": "14 orang dilarikan ke rumah sakit setelah kecelakaan itu.",
    "ig": "E bugara mmadụ 14 n'ụlọ ọgwụ mgbe ihe mberede ahụ mechara.",
    "it": "14 persone sono state medicate dopo l'incidente.",
    "ja": "事故の後、14人が病院に搬送された。",
    "ko": "사고 후 14명이 병원으로 이송됐다.",
    "lv": "Pēc avārijas 14 cilvēki tika nogādāti slimnīcā.",
    "mk": "14 луѓе беа пренесени во болница по несреќата.",
    "nl": "14 mensen werden na het ongeluk naar het ziekenhuis gebracht.",
    "no": "14 personer ble fraktet til sykehus etter ulykken.",
    "om": "Namoonni 14 balaa kana booda hospitaala geeffaman.",
    "pl": "Po wypadku 14 osób trafiło do szpitala.",
    "pt": "14 pessoas foram levadas ao hospital após o acidente.",
    "ro": "14 oameni au primit îngrijiri medicale după accident.",
    "ru": "14 человек были госпитализированы после аварии.",
    "sk": "Po nehode previezli do nemocnice 14 ľudí.",
    "sl": "Po nesreči so 14 ljudi hospitalizirali.",
    "sr": "Након несреће 14 људи превезено је у болницу.",
    "sv": "14 personer fördes till sjukhus efter olyckan.",
    "tr": "Kazanın ardından 14 kişi hastaneye kaldırıldı.",
    "yo": "Wọn gbe eniyan 14 lọ si ile iwosan lẹyin ijamba naa.",
    "zh": "事故发生后，14人被送往医院。",
}
# the forms a language still misses (round 44 closed 18 of 26, round 45 the last 6: see the findings)
_OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("code", "form", "text"), form_cases(_FORMS, list(_KILLED), _OPEN))
def test_more_forms(code: str, form: str, text: str) -> None:
    assert headlines(text, code)[0] == _KILLED[form]


def test_every_language_has_its_forms() -> None:
    assert set(_FORMS) == set(LANGUAGES) | set(WORLD_LANGUAGES)


def _hospital_cases() -> list[object]:
    out: list[object] = []
    for code, text in _TAKEN_TO_HOSPITAL.items():
        form = "hospital"
        marks = [pytest.mark.xfail(strict=True, reason=_OPEN[code, form])] if (code, form) in _OPEN else []
        out.append(pytest.param(code, text, id=code, marks=marks))
    return out


@pytest.mark.parametrize(("code", "text"), _hospital_cases())
def test_taken_to_hospital_are_the_hurt(code: str, text: str) -> None:
    assert headlines(text, code) == ("-", "14")


@pytest.mark.parametrize(
    ("code", "text", "killed", "wounded"),
    [
        # Yoruba written with the dots below and no tones: the number words in that spelling too
        ("yo", "Eniyan mẹrindinlogun lo ku ninu ijamba naa.", "16", "-"),
        ("yo", "Eniyan mẹta ku, eniyan mẹrin si farapa.", "3", "4"),
        ("yo", "Ju eniyan 40 lọ ni wọn gbe lọ si ile iwosan.", "-", "40:more_than"),
        # a number word with the counter of people written on it; alone it is no number ("สามารถ", can)
        ("th", "อุบัติเหตุครั้งนี้มีผู้เสียชีวิตสามราย และบาดเจ็บ 12 คน", "3", "12"),
        ("th", "เจ้าหน้าที่สามารถช่วยชีวิตผู้บาดเจ็บได้", "-", "-"),
        ("km", "មនុស្សបីនាក់បានស្លាប់ក្នុងអគ្គីភ័យ។", "3", "-"),
        ("lo", "ມີຜູ້ເສຍຊີວິດສາມຄົນ.", "3", "-"),
        ("my", "မီးလောင်မှုတွင် လူ ငါးဦး သေဆုံးခဲ့သည်။", "5", "-"),
        # the German participle at the end of a long clause
        (
            "de",
            "Zwölf Menschen sind nach dem schweren Unwetter am Wochenende in mehreren Dörfern im Süden gestorben.",
            "12",
            "-",
        ),
        (
            "de",
            "Nach Angaben der Feuerwehr wurden 8 Menschen bei dem Brand in der Nacht zum Sonntag im Altbau verletzt.",
            "-",
            "8",
        ),
        # the Croatian and Serbian auxiliary between the participle and the hospital
        ("hr", "Sedam osoba prevezeno je u bolnicu nakon sudara.", "-", "7"),
        ("sr", "Седам особа превезено је у болницу након судара.", "-", "7"),
        # Hebrew's Monday is "day two" ("ביום שני"): no count; Oromo's verb ends a long clause; Wolof's six to nine
        # with a hyphen
        ("he", "ביום שני נהרגו 4 בני אדם בתאונה.", "4", "-"),
        ("he", "ביום שלישי נפצעו שני בני אדם.", "-", "2"),
        ("om", "Namoonni 6 ibidda halkan kaleessaa mana jireenyaa magaalaa keessatti ka'een du'aniiru.", "6", "-"),
        ("wo", "Juróom-ñaar nit dee nañu ci safara si.", "7", "-"),
        # the relative clause after a comma
        ("sv", "Anhöriga till de 16 personer, som dog i branden, samlades.", "16", "-"),
        ("lt", "Gaisre žuvo 5 žmonės, kurie gyveno name.", "5", "-"),
    ],
)
def test_forms_closed_this_round(code: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, code) == (killed, wounded)


@pytest.mark.parametrize(
    ("code", "text", "killed", "wounded"),
    [
        # an outbreak of a disease: those admitted to hospital are the sick, not the wounded (lexicon POISONED_BY)
        ("bn", "ডেঙ্গুতে এ বছর ১ হাজার ৬ জনের মৃত্যু হয়েছে, হাসপাতালে ভর্তি হয়েছেন ২ লাখ ৩০ হাজার রোগী।", "1006", "-"),
        ("hi", "डेंगू से इस साल 40 लोगों की मौत हो चुकी है, जबकि 12,000 मरीज अस्पताल में भर्ती हुए।", "40", "-"),
        (
            "de",
            "Dengue hat in diesem Jahr 1.006 Menschen getötet, mehr als 200.000 Patienten kamen ins Krankenhaus.",
            "1006",
            "-",
        ),
        (
            "id",
            "Demam berdarah telah menewaskan 1.006 orang, dan lebih dari 200.000 pasien dirawat di rumah sakit.",
            "1006",
            "-",
        ),
        ("ar", "أودت حمى الضنك بحياة 1006 أشخاص هذا العام، ونقل أكثر من 200 ألف مريض إلى المستشفى.", "1006", "-"),
        # ... an accident's admitted stay the hurt, and a word of injury keeps an outbreak's
        ("bn", "দুর্ঘটনার পর 14 জনকে হাসপাতালে ভর্তি করা হয়েছে।", "-", "14"),
        ("hi", "डेंगू के मौसम में सड़क हादसे में 3 लोगों की मौत हो गई और 6 लोग घायल हो गए।", "3", "6"),
        # Hindi: burned (by lightning, by fire) is hurt
        ("hi", "आकाशीय बिजली गिरने से 2 लोगों की मौत हो गई, जबकि 5 लोग झुलस गए।", "2", "5"),
        ("hi", "आग में चार लोग बुरी तरह झुलसे।", "-", "4"),
        ("hi", "झुलसा देने वाली गर्मी में 5 लोगों की मौत हो गई।", "5", "-"),
    ],
)
def test_the_sick_and_the_burned(code: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, code) == (killed, wounded)
