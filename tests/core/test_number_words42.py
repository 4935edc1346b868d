"""Round 42 (langs50): number words of the languages this round adds, one table written from each language's grammar
(not from its lexicon), as `test_number_words41.py` does for the others: the units from one (a unit left out where
it is also a common word: Irish "aon" any, "dó" to him, "trí" through, "sé" he; Assamese "ন" new; Mongolian "ер"
in general; Haitian "de" of), the teens, the tens, compounds (21, 35), a hundred, 111 where the language composes
it, 200, a thousand and thousands; each phrase read alone by the language's own number reader. And the forms a
report writes that the older tables lacked: Amharic "one" of a person ("የአንድ", "አንዲት")."""

from __future__ import annotations

from functools import cache

import pytest

from core.extract.numerals import NumberReader
from core.extract.world_language import language
from tests.core.world_kit import number_table_cases

# The table: a language -> "phrase=value; ..."; "u:" opens the units from one, space-separated.
TABLE = {
    # Chichewa: people's concord ("awiri"), six to nine as five and a unit, "ndi" (and) after a ten, the tens,
    # hundreds and thousands before their multiplier (class 5/6 "limodzi", class 8 "ziwiri")
    "ny": (
        "u:mmodzi awiri atatu anayi asanu; asanu ndi mmodzi=6; asanu ndi awiri=7; asanu ndi atatu=8; "
        "asanu ndi anayi=9; khumi=10; khumi ndi mmodzi=11; khumi ndi awiri=12; khumi ndi asanu=15; "
        "khumi ndi asanu ndi awiri=17; makumi awiri=20; makumi awiri ndi mmodzi=21; makumi atatu ndi asanu=35; "
        "makumi anayi=40; makumi asanu=50; makumi asanu ndi limodzi=60; makumi asanu ndi anayi=90; "
        "zana limodzi=100; zana limodzi ndi khumi ndi mmodzi=111; mazana awiri=200; chikwi chimodzi=1000; "
        "zikwi ziwiri=2000; zikwi zitatu=3000"
    ),
    # Kannada: a ten and its unit as one word, the ten's last vowel giving way to the unit's first; persons
    "kn": (
        "u:ಒಂದು ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು ಆರು ಏಳು ಎಂಟು ಒಂಬತ್ತು ಹತ್ತು; ಹನ್ನೊಂದು=11; ಹನ್ನೆರಡು=12; ಹದಿನೈದು=15; "
        "ಹತ್ತೊಂಬತ್ತು=19; ಇಪ್ಪತ್ತು=20; ಇಪ್ಪತ್ತೊಂದು=21; ಇಪ್ಪತ್ಮೂರು=23; ಇಪ್ಪತ್ನಾಲ್ಕು=24; ಮೂವತ್ತೈದು=35; "
        "ನಲವತ್ತೆರಡು=42; ಐವತ್ತು=50; ಅರವತ್ತಾರು=66; ಎಪ್ಪತ್ತೇಳು=77; ಎಂಬತ್ತೆಂಟು=88; ತೊಂಬತ್ತೊಂಬತ್ತು=99; ನೂರು=100; "
        "ನೂರ ಹನ್ನೊಂದು=111; ಇನ್ನೂರು=200; ಐನೂರು=500; ಸಾವಿರ=1000; ಎರಡು ಸಾವಿರ=2000; ಒಂದು ಸಾವಿರದ ಐನೂರು=1500; "
        "ಇಬ್ಬರು=2; ಮೂವರು=3; ನಾಲ್ವರು=4; ಐವರು=5"
    ),
    # Odia: each number to 40 a word of its own; the counter of persons written on ("ଦୁଇଜଣ")
    "or": (
        "u:ଏକ ଦୁଇ ତିନି ଚାରି ପାଞ୍ଚ ଛଅ ସାତ ଆଠ ନଅ ଦଶ; ଏଗାର=11; ବାର=12; ପନ୍ଦର=15; କୋଡ଼ିଏ=20; ଏକୋଇଶି=21; "
        "ପଞ୍ଚତିରିଶି=35; ଚାଳିଶି=40; ପଚାଶ=50; ଷାଠିଏ=60; ସତୁରି=70; ଅଶୀ=80; ନବେ=90; ଶହେ=100; ଏକ ଶହ ଏଗାର=111; "
        "ଦୁଇ ଶହ=200; ହଜାର=1000; ଏକ ହଜାର=1000; ଦୁଇ ହଜାର=2000; ଦୁଇଜଣ=2"
    ),
    # Assamese: Bengali script with "ৰ"; the short "দু" with the counter ("দুজন")
    "as": (
        "u:এক দুই তিনি চাৰি পাঁচ ছয় সাত আঠ; দহ=10; এঘাৰ=11; বাৰ=12; পোন্ধৰ=15; বিছ=20; একৈছ=21; পঁয়ত্ৰিশ=35; "
        "চল্লিশ=40; পঞ্চাশ=50; ষাঠি=60; সত্তৰ=70; আশী=80; নব্বৈ=90; এশ=100; এশ এঘাৰ=111; দুশ=200; হাজাৰ=1000; "
        "এহাজাৰ=1000; দুই হাজাৰ=2000; দুজন=2; নজন=9"
    ),
    # Belarusian: the case forms after "of" and the collective numbers of people
    "be": (
        "u:адзін два тры чатыры пяць шэсць сем восем дзевяць дзесяць; адзінаццаць=11; дванаццаць=12; "
        "пятнаццаць=15; дваццаць=20; дваццаць адзін=21; трыццаць пяць=35; сорак=40; пяцьдзясят=50; "
        "шэсцьдзясят=60; семдзесят=70; восемдзесят=80; дзевяноста=90; сто=100; сто адзінаццаць=111; "
        "дзвесце=200; тысяча=1000; дзве тысячы=2000; пяцёра=5; двух=2; дзвюх=2"
    ),
    # Mongolian: each number alone and joined before its noun ("гурван", "хорин"); "нэгэн" after another number
    "mn": (
        "u:нэг хоёр гурав дөрөв тав зургаа долоо найм ес арав; арван нэг=11; арван хоёр=12; арван тав=15; "
        "хорь=20; хорин нэг=21; хорин нэгэн=21; гучин тав=35; дөч=40; тавь=50; жар=60; далан=70; ная=80; ерэн=90; "
        "зуу=100; зуун арван нэг=111; хоёр зуу=200; мянга=1000; хоёр мянга=2000; гурван=3; таван=5"
    ),
    # Kyrgyz: tens and units with no joiner
    "ky": (
        "u:бир эки үч төрт беш алты жети сегиз тогуз он; он бир=11; он эки=12; он беш=15; жыйырма=20; "
        "жыйырма бир=21; отуз беш=35; кырк=40; элүү=50; алтымыш=60; жетимиш=70; сексен=80; токсон=90; жүз=100; "
        "жүз он бир=111; эки жүз=200; миң=1000; эки миң=2000; экөө=2"
    ),
    # Tajik: a ten and "-у" (and) before its unit
    "tg": (
        "u:як ду се чор панҷ шаш ҳафт ҳашт нӯҳ даҳ; ёздаҳ=11; дувоздаҳ=12; понздаҳ=15; бист=20; бисту як=21; "
        "сӣ=30; сиву панҷ=35; чил=40; панҷоҳ=50; шаст=60; ҳафтод=70; ҳаштод=80; навад=90; сад=100; саду ёздаҳ=111; "
        "дусад=200; ҳазор=1000; ду ҳазор=2000"
    ),
    # Xhosa: people's concord; the unit after a ten "that has" it ("elinesihlanu", "ananye")
    "xh": (
        "u:omnye ababini abathathu abane abahlanu abathandathu abasixhenxe abasibhozo abalithoba; ishumi=10; "
        "ishumi elinanye=11; ishumi elinesibini=12; ishumi elinesihlanu=15; amashumi amabini=20; "
        "amashumi amabini ananye=21; amashumi amathathu anesihlanu=35; ikhulu=100; ikhulu elinanye=101; "
        "amakhulu amabini=200; iwaka=1000; amawaka amabini=2000"
    ),
    # Maltese: a unit before its ten, "u" (and) between; the short forms before a noun and before "elef"
    "mt": (
        "u:wieħed tnejn tlieta erbgħa ħamsa sitta sebgħa tmienja disgħa għaxra; ħdax=11; tnax=12; ħmistax=15; "
        "għoxrin=20; wieħed u għoxrin=21; ħamsa u tletin=35; erbgħin=40; ħamsin=50; sittin=60; sebgħin=70; "
        "tmenin=80; disgħin=90; mija=100; mija u ħdax=111; mitejn=200; tliet mija=300; elf=1000; elfejn=2000; "
        "tlitt elef=3000; ħames=5"
    ),
    # Haitian Creole: French's numbers in their own spelling, written as one word; "de" two only with its noun
    "ht": (
        "youn=1; de moun=2; twa=3; kat=4; senk=5; sis=6; sèt=7; uit=8; nèf=9; dis=10; onz=11; douz=12; kenz=15; "
        "ven=20; venteyen=21; trannsenk=35; karant=40; senkant=50; swasant=60; swasanndis=70; katreven=80; "
        "katrevendis=90; san=100; san onz=111; de san=200; mil=1000; de mil=2000; twa mil=3000"
    ),
    # Irish: the people's numbers ("triúr"), the teens with "déag", tens with "a" and the unit's counting form
    "ga": (
        "beirt=2; triúr=3; ceathrar=4; cúigear=5; seisear=6; seachtar=7; ochtar=8; naonúr=9; deichniúr=10; "
        "ceathair=4; cúig=5; seacht=7; ocht=8; naoi=9; deich=10; aon déag=11; dó dhéag=12; trí déag=13; "
        "fiche=20; fiche a haon=21; tríocha a cúig=35; daichead=40; caoga=50; seasca=60; seachtó=70; ochtó=80; "
        "nócha=90; céad=100; dhá chéad=200; trí chéad=300; míle=1000; dhá mhíle=2000; trí mhíle=3000"
    ),
    # Malay, read by the Indonesian lexicon (py3langid's "ms" is an alias of "id")
    "ms": "u:satu dua tiga empat lima enam tujuh lapan sembilan sepuluh; sebelas=11; dua puluh satu=21",
    # Amharic: "one" of a person (feminine "አንዲት") and with "የ" (of) written on, as the other units have it
    "am": "የአንድ=1; አንዲት=1; የአንዲት=1",
}


def _cases() -> list[tuple[str, str, int]]:
    return number_table_cases(TABLE)


@cache
def _reader(code: str) -> NumberReader:
    found = language(code)
    assert found is not None
    return found.numbers


@pytest.mark.parametrize(("code", "phrase", "value"), _cases())
def test_number_words(code: str, phrase: str, value: int) -> None:
    read = [n.value for n in _reader(code).read(phrase, phrase.lower(), 0, len(phrase))]
    assert read == [value]


@pytest.mark.parametrize(
    ("code", "phrase"),
    [("ga", "sé"), ("ga", "trí"), ("ga", "dó"), ("ga", "aon"), ("as", "ন"), ("ht", "de"), ("mn", "нэгэн")],
)
def test_words_that_are_no_number_alone(code: str, phrase: str) -> None:
    assert [n.value for n in _reader(code).read(phrase, phrase.lower(), 0, len(phrase))] == []
