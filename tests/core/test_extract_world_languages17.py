"""Languages that outlets near big events write in, read by the one pipeline from their lexicons (sentences of our
own): Czech, Slovak, Croatian/Bosnian/Serbian in both scripts, Bulgarian, Hebrew, Hausa, Malay. Killed, wounded and
missing; qualifiers; number words; digit grouping; the language detected when not given."""

from __future__ import annotations

import pytest
from world_kit import claims, headlines

from core.extract.language import detect_language

CASES = [
    # Czech: a toll verb before its count, another count after 'a' with its own verb after it
    ("cs", "Při výbuchu v továrně zemřelo nejméně 15 lidí a 24 dalších bylo zraněno, uvedla v pondělí policie.",
     ("15:at_least", "24")),
    ("cs", "Po nehodě autobusu zahynulo dvacet čtyři cestujících a přes 30 jich bylo zraněno.", ("24", "30:more_than")),
    ("cs", "Útočník zabil pět lidí a zranil dvanáct dalších, z toho tři vážně.", ("5", "12")),
    ("cs", "Povodně si vyžádaly 1 250 obětí, dalších 340 lidí se pohřešuje.", ("1250", "-")),
    # units before tens as one word ("pětadvacet", "čtyřiadvacet"); "tři a dva" stays two counts
    ("cs", "Zemřelo čtyřiadvacet lidí a sedmnáct bylo zraněno.", ("24", "17")),
    ("cs", "Zemřeli tři a dva byli zraněni.", ("3", "2")),
    # Slovak
    ("sk", "Zomrelo dvadsaťpäť ľudí, sedemnásť je zranených.", ("25", "17")),
    ("sk", "Pri zemetrasení zomrelo najmenej 15 ľudí a 24 ďalších bolo zranených, uviedla polícia.",
     ("15:at_least", "24")),
    ("sk", "Pri nehode autobusu zahynulo päť ľudí, vyše 20 utrpelo zranenia.", ("5", "20:more_than")),
    ("sk", "Počet obetí záplav stúpol na 1 430, nezvestných je ešte 250 ľudí.", ("1430", "-")),
    # Croatian, Bosnian, Serbian (Latin and Cyrillic): one lexicon
    ("hr", "U požaru u bolnici poginulo je najmanje dvadeset pet osoba, a više od 40 ih je ozlijeđeno.",
     ("25:at_least", "40:more_than")),
    ("sr", "Napadač je u školi ubio devet osoba, a ranio sedam, saopštila je policija.", ("9", "7")),
    ("sr", "Нападач је у школи убио девет особа, а ранио седам, саопштила је полиција.", ("9", "7")),
    ("bs", "Broj poginulih u zemljotresu porastao je na 1.450, a povrijeđeno je oko 3.000 ljudi.",
     ("1450", "3000:about")),
    # Bulgarian: "души" counts people; tens and units joined by "и"
    ("bg", "При земетресението загинаха най-малко 15 души, а 24 са ранени, съобщи полицията.", ("15:at_least", "24")),
    ("bg", "Двадесет и петима души загинаха при катастрофата на автобуса, а над 30 са ранени.", ("25", "30:more_than")),
    ("bg", "Нападателят уби петима души и рани седем, съобщи МВР.", ("5", "7")),
    # Hebrew: "and" written onto the next word or number ("ו-24", "ועשרים וחמישה", "ויותר מ-")
    ("he", "לפחות 15 בני אדם נהרגו ו-24 נפצעו ברעידת האדמה, כך מסרה המשטרה.", ("15:at_least", "24")),
    ("he", "שלושה אנשים נהרגו ושנים עשר נפצעו בפיצוץ במפעל, כך מסרו הכבאים.", ("3", "12")),
    ("he", "מספר ההרוגים ברעידת האדמה עלה ל-1,250, ויותר מ-3,000 נפצעו.", ("1250", "3000:more_than")),
    ("he", "בפיגוע נרצחו חמישה בני אדם ועשרים וחמישה נפצעו, שלושה מהם באורח קשה.", ("5", "25")),
    # Hausa: the count after its noun ("mutum 106"), the noun between the verb and the count
    ("ha", "Akalla mutum 106 ne suka rasa rayukansu sakamakon ambaliyar ruwa a jihar Neja, in ji hukumar agaji.",
     ("106:at_least", "-")),
    ("ha", "'Yan bindiga sun kashe mutane bakwai tare da jikkata wasu goma sha biyu a kauyen.", ("7", "12")),
    ("ha", "Mutane 25 sun mutu yayin da wasu 40 suka jikkata a hatsarin mota.", ("25", "40")),
    # Malay, read with the Indonesian lexicon and its own words
    ("ms", "Sekurang-kurangnya 15 orang maut dan 24 lagi cedera dalam kemalangan bas itu, kata polis.",
     ("15:at_least", "24")),
    ("ms", "Lebih daripada 1.200 orang terkorban dalam gempa bumi itu, manakala lapan orang masih hilang.",
     ("1200:more_than", "-")),
    # Somali: the count before its noun and the focus particle; units before tens ("shan iyo labaatan")
    ("so", "Ugu yaraan 15 qof ayaa ku dhintay, 24 kalena waa ay ku dhaawacmeen qaraxa ka dhacay magaalada, sida ay "
     "sheegeen booliska.", ("15:at_least", "24")),
    ("so", "Tirada dadka ku dhintay fatahaadda ayaa gaartay 120, halka in ka badan 300 qof ay ku dhaawacmeen.",
     ("120", "300:more_than")),
    ("so", "Weerarka ayaa lagu dilay shan iyo labaatan qof, waxaana la dhaawacay toban kale.", ("25", "10")),
    # Amharic: Ethiopic sentence ends ("።") and commas ("፣"); "more than" as "ከ100 በላይ"
    ("am", "በአዲስ አበባ በደረሰው የእሳት አደጋ ቢያንስ 15 ሰዎች ሞተዋል። ሌሎች 24 ሰዎች ቆስለዋል ሲል ፖሊስ ገልጿል።",
     ("15:at_least", "24")),
    ("am", "በጎርፉ ከ100 በላይ ሰዎች ሕይወታቸው አልፏል፣ 30 ሰዎች የደረሱበት አልታወቀም።", ("100:more_than", "-")),
    ("am", "በጥቃቱ ሃያ አምስት ሰዎች ተገድለዋል።", ("25", "-")),
    # Pashto: Persian-style digits, "more than" as "له ۳۰۰۰ ډېر", a toll verb after the number
    ("ps", "په کابل کې د یوې چاودنې له امله لږ تر لږه ۱۵ کسان وژل شوي او ۲۴ نور ټپيان شوي دي، پولیسو وویل.",
     ("15:at_least", "24")),
    ("ps", "په زلزله کې د مړو شمېر ۱۲۰۰ ته ورسېد او له ۳۰۰۰ ډېر کسان ټپيان شوي دي.", ("1200", "3000:more_than")),
    ("ps", "په برید کې پنځه کسان ووژل شول او لس نور ټپيان شول.", ("5", "10")),
    # Burmese: Myanmar digits with a counter of people, qualifiers after the number, sentences ending in "။"
    ("my", "မန္တလေးတိုင်းတွင် ငလျင်လှုပ်ခတ်မှုကြောင့် လူ ၁၄၄ ဦး သေဆုံးပြီး ၇၃၂ ဦး ဒဏ်ရာရရှိကြောင်း စစ်ကောင်စီက "
     "ထုတ်ပြန်ခဲ့သည်။", ("144", "732")),
    ("my", "ရေကြီးမှုကြောင့် အနည်းဆုံး လူ ၂၀ သေဆုံးပြီး ၁၀၀ ကျော် ပျောက်ဆုံးနေသည်။", ("20:at_least", "-")),
    ("my", "သေဆုံးသူ ဦးရေ ၂,၀၀၀ ကျော်အထိ မြင့်တက်လာသည်။", ("2000:more_than", "-")),
    # Azerbaijani: a case ending after a hyphen keeps the number a count ("300-dən çox", "1 500-ə çatıb")
    ("az", "Türkiyədə baş verən zəlzələ nəticəsində ən azı 120 nəfər həlak olub, 300-dən çox insan yaralanıb, AFAD "
     "məlumat verib.", ("120:at_least", "300:more_than")),
    ("az", "Zəlzələdə ölənlərin sayı 1 500-ə çatıb, yaralananların sayı isə 5 min nəfərdir.", ("1500", "5000")),
    ("az", "Yol qəzasında üç nəfər ölüb, yeddi nəfər xəsarət alıb.", ("3", "7")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_killed_and_wounded_in_the_reporters_language(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "missing"),
    [
        ("cs", "Hasiči uvedli, že v troskách zůstává nezvěstných 12 lidí; počet mrtvých stoupl na 48.", 12),
        ("sk", "Počet obetí záplav stúpol na 1 430, nezvestných je ešte 250 ľudí.", 250),
        ("sr", "У поплавама је погинуло 12 људи, а 1.200 је евакуисано, док се седморо води као нестало.", 7),
        ("bg", "Броят на жертвите на наводненията достигна 1 200, а 350 души са в неизвестност.", 350),
        ("ha", "Fiye da mutane 200 ne suka bace bayan ambaliyar, in ji 'yan sanda.", 200),
        ("ms", "Lebih daripada 1.200 orang terkorban dalam gempa bumi itu, manakala lapan orang masih hilang.", 8),
        ("am", "በጎርፉ ከ100 በላይ ሰዎች ሕይወታቸው አልፏል፣ 30 ሰዎች የደረሱበት አልታወቀም።", 30),
    ],
)  # fmt: skip
def test_the_missing_are_their_own_count(language: str, text: str, missing: int) -> None:
    assert {c.value for c in claims(text, language) if c.metric == "missing"} == {missing}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Při výbuchu v továrně zemřelo nejméně 15 lidí a 24 dalších bylo zraněno, uvedla v pondělí policie.", "cs"),
        ("Pri zemetrasení zomrelo najmenej 15 ľudí a 24 ďalších bolo zranených, uviedla polícia.", "sk"),
        ("Нападач је у школи убио девет особа, а ранио седам, саопштила је полиција.", "sr"),
        ("Napadač je u školi ubio devet osoba, a ranio sedam, saopštila je policija.", "hr"),
        ("При земетресението загинаха най-малко 15 души, а 24 са ранени, съобщи полицията.", "bg"),
        ("לפחות 15 בני אדם נהרגו ו-24 נפצעו ברעידת האדמה, כך מסרה המשטרה.", "he"),
        ("Akalla mutum 106 ne suka rasa rayukansu sakamakon ambaliyar ruwa a jihar Neja, in ji hukumar agaji.", "ha"),
        ("Ugu yaraan 15 qof ayaa ku dhintay, 24 kalena waa ay ku dhaawacmeen qaraxa ka dhacay magaalada.", "so"),
        ("በአዲስ አበባ በደረሰው የእሳት አደጋ ቢያንስ 15 ሰዎች ሞተዋል። ሌሎች 24 ሰዎች ቆስለዋል ሲል ፖሊስ ገልጿል።", "am"),
        ("په کابل کې د یوې چاودنې له امله لږ تر لږه ۱۵ کسان وژل شوي او ۲۴ نور ټپيان شوي دي، پولیسو وویل.", "ps"),
    ],
)  # fmt: skip
def test_the_language_is_detected_and_read(text: str, code: str) -> None:
    from core.extract.lexicons import ALIASES

    assert ALIASES.get(detect_language(text), detect_language(text)) == code
    assert headlines(text, None) != ("-", "-")


def test_a_kind_of_disaster_in_a_new_language_is_no_word_of_another() -> None:
    from core.events.hazards import headline_hazards

    assert headline_hazards("Los bomberos apagan el fuego en la fábrica") == {"fire"}  # no 'bomb*'
    assert headline_hazards("Bam earthquake toll rises") == {"quake"}  # the town, not a bomb
    assert headline_hazards("حکومت اور فوج کا اجلاس") == frozenset()  # Urdu 'and', not Pashto 'fire'
    assert headline_hazards("Terremoto a Lodi") == {"quake"}  # the town, not a boat
    assert headline_hazards("Zemětřesení v Turecku") == {"quake"}
    assert headline_hazards("ዛሬ ጠዋት በአዲስ አበባ የእሳት አደጋ ደረሰ") == {"fire"}


def test_the_dead_and_wounded_together_count_for_neither() -> None:
    assert headlines("Bilance nehody je 57 mrtvých a zraněných.", "cs") == ("-", "-")
    assert headlines("Взривът в склада остави 30 загинали и ранени.", "bg") == ("-", "-")


@pytest.mark.parametrize(
    ("language", "title", "text", "wounded"),
    [
        ("fr", "L'incendie a fait plus de 300 morts et près de 5 000 blessés",
         "Le bilan de l'incendie s'est alourdi jeudi à 312 morts et plus de 4 900 blessés, selon la préfecture.", 4900),
        ("es", "Casi 2.000 heridos por las inundaciones",
         "Las inundaciones dejaron más de 1.950 heridos en la provincia, informó Protección Civil.", 1950),
    ],
)  # fmt: skip
def test_a_rounded_figure_stands_for_a_more_than_count_just_under_it(
    language: str, title: str, text: str, wounded: int
) -> None:
    from core.extract import extract
    from core.headline import main_incident_claims, pick_headline
    from core.models import ArticleInput

    found = extract(ArticleInput(text=text, title=title, language=language)).claims
    head = pick_headline(main_incident_claims(list(found)), "wounded")
    assert head is not None and head.value == wounded


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a subset marker's phrase ends at a comma after words of its own: the next count is no part of it
        ("sk", "Pri streľbe v škole zahynulo osem ľudí vrátane strelca, ďalších desať bolo zranených.", ("8", "10")),
        ("he", "12 בני אדם נהרגו בתאונה, בהם שלושה ילדים, ו-20 נפצעו, חמישה מהם באורח קשה.", ("12", "20")),
        ("es", "Murieron 9 personas, entre ellas dos niños, y 14 resultaron heridas.", ("9", "14")),
        # ... but a comma right after the marker leaves it open
        ("es", "Murieron 9 personas; entre ellas, 4 niños.", ("9", "-")),
        # a dash for the verb 'are' between the count's word and its number
        ("bg", "Загиналите при пожара са 15, а ранените – 40, съобщиха от МВР.", ("15", "40")),
        # an age or a road's number before the number is no count; "and" on a vague quantity
        ("he", "גבר בן 45 נהרג בתאונת דרכים בכביש 6.", ("-", "-")),
        ("he", "עשרות הרוגים ומאות פצועים ברעידת האדמה.", ("12:vague", "100:vague")),
        # two units in a row are two numbers in any language, whatever joins them ("three, and two")
        ("bg", "Загинаха трима и двама са ранени.", ("3", "2")),
        ("hr", "Poginula su tri i dva su ranjena.", ("3", "2")),
        ("so", "Shan qof ayaa dhintay iyo saddex ayaa ku dhaawacmay.", ("5", "3")),
        # a month word right before a year dates it, though a toll verb follows ("in October 2023 were murdered")
        ("he", "ב-7 באוקטובר 2023 נרצחו כ-1,200 בני אדם.", ("1200:about", "-")),
        ("es", "El 14 de agosto 2021 murieron unas 2.200 personas en el sismo.", ("2200:about", "-")),
    ],
)  # fmt: skip
def test_how_counts_are_told(language: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Най-малко 15 души загинаха при земетресение в Турция, съобщиха властите.", "bg"),
        ("Při zemětřesení v Turecku zemřelo nejméně 15 lidí.", "cs"),
        ("לפחות 15 בני אדם נהרגו ברעידת אדמה בטורקיה.", "he"),
    ],
)
def test_the_new_languages_name_countries_in_their_own_words(text: str, language: str) -> None:
    """A country written in the report's own language is the country ("в Турция" is Turkey, not Tours): the
    places index holds what each supported language calls each country."""
    assert [(c.value, c.location) for c in claims(text, language)] == [(15, "Turkey")]
