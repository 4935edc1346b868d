"""Figures in languages that had no lexicon before round 25 (Macedonian, Albanian, Gujarati, Punjabi, Georgian,
Armenian, Sinhala, Khmer, Kazakh, Slovenian, Malayalam, Telugu): wire-news sentences of our own, one case list per
language, each with the headline figure of every metric it states ('12:at_least'; 'exact' is left out). The shapes
each language reports a toll in: a qualifier before the number or written after it ('100થી વધુ', '100-ზე მეტი',
'100-ից ավելի'), the toll rising to a number, number words (small, tens, hundreds, thousands), digits of the
language's own script, and the missing, displaced, evacuated and arrested."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput

_PUBLISHED = datetime(2024, 6, 1)


def _figures(text: str, language: str, metrics: list[str]) -> str:
    """The headline figure of each of `metrics` ('killed=12:at_least wounded=30', '-' for none)."""
    claims = extract(ArticleInput(text=text, language=language, published_at=_PUBLISHED)).claims
    main = main_incident_claims(list(claims))
    out = []
    for metric in metrics:
        claim = pick_headline(main, metric)
        value = "-" if claim is None else str(claim.value)
        if claim is not None and claim.qualifier.value != "exact":
            value += f":{claim.qualifier.value}"
        out.append(f"{metric}={value}")
    return " ".join(out)


def _check(language: str, text: str, expected: str) -> None:
    metrics = [part.split("=")[0] for part in expected.split()]
    assert _figures(text, language, metrics) == expected


MACEDONIAN = [
    ("Најмалку 12 лица загинаа, а над 30 се повредени во сообраќајната несреќа кај Велес, соопшти МВР.",
     "killed=12:at_least wounded=30:more_than"),
    ("Бројот на загинатите во пожарот се искачи на 17, соопштија од Министерството за здравство.", "killed=17"),
    ("Четиринаесет лица загинаа, а дваесет и две се повредени кога автобусот излета од патот.",
     "killed=14 wounded=22"),
    ("Во експлозијата загинаа тројца работници, а петмина се тешко повредени.", "killed=3 wounded=5"),
    ("Околу 300 жители беа евакуирани поради поплавите, а двајца рибари се водат за исчезнати.",
     "displaced=300:about missing=2"),
    ("Полицијата уапси четворица осомничени за нападот.", "arrested=4"),
    ("Над 2 илјади луѓе останаа без покрив над главата по земјотресот.", "displaced=2000:more_than"),
    ("Тешка несреќа кај Кичево: двајца загинати, тројца повредени", "killed=2 wounded=3"),
]  # fmt: skip
ALBANIAN = [
    ("Të paktën 12 persona humbën jetën dhe 30 të tjerë u plagosën në aksidentin rrugor pranë Durrësit.",
     "killed=12:at_least wounded=30"),
    ("Numri i viktimave nga zjarri u rrit në 17, njoftoi Ministria e Shëndetësisë.", "killed=17"),
    ("Pesë persona kanë humbur jetën dhe njëzet e tre janë plagosur gjatë shpërthimit.", "killed=5 wounded=23"),
    ("Mbi 100 persona u lënduan në përplasjen e dy trenave.", "wounded=100:more_than"),
    ("Rreth 2 mijë banorë u evakuuan nga fshatrat e përmbytura, ndërsa tre peshkatarë janë ende të zhdukur.",
     "displaced=2000:about missing=3"),
    ("Policia arrestoi katër persona të dyshuar për sulmin.", "arrested=4"),
    ("Dy persona vdiqën dhe dhjetë u dërguan në spital pas tërmetit.", "killed=2 wounded=10"),
    ("Aksident tragjik në autostradë, 3 të vdekur dhe 7 të plagosur", "killed=3 wounded=7"),
]  # fmt: skip
GUJARATI = [
    ("અમદાવાદ નજીક થયેલા અકસ્માતમાં ઓછામાં ઓછા 12 લોકોનાં મોત થયાં છે અને 30 લોકો ઘાયલ થયા છે, એમ પોલીસે જણાવ્યું હતું.",
     "killed=12:at_least wounded=30"),
    ("દુર્ઘટનામાં મૃત્યુઆંક વધીને 17 થયો છે.", "killed=17"),
    ("આગમાં ૭ લોકોનાં મોત થયાં અને ૧૦ લોકો દાઝી જતાં ઘાયલ થયા.", "killed=7 wounded=10"),
    ("પૂરમાં પાંચ લોકોનાં મોત થયાં છે, જ્યારે ત્રણ લોકો હજુ ગુમ છે.", "killed=5 missing=3"),
    ("2,500થી વધુ લોકોનું સલામત સ્થળે સ્થળાંતર કરવામાં આવ્યું છે.", "displaced=2500:more_than"),
    ("પોલીસે આ મામલે બે આરોપીઓની ધરપકડ કરી છે.", "arrested=2"),
    ("કુલ 265 લોકોનાં મોત થયાં છે અને 100થી વધુ ઘાયલ છે.", "killed=265 wounded=100:more_than"),
    ("પ્લેન ક્રેશ: 265નાં મોત", "killed=265"),
]  # fmt: skip
PUNJABI = [
    ("ਸੜਕ ਹਾਦਸੇ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ 12 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ ਅਤੇ 30 ਲੋਕ ਜ਼ਖ਼ਮੀ ਹੋ ਗਏ, ਪੁਲਿਸ ਨੇ ਦੱਸਿਆ।",
     "killed=12:at_least wounded=30"),
    ("ਧਮਾਕੇ ਵਿੱਚ ਮ੍ਰਿਤਕਾਂ ਦੀ ਗਿਣਤੀ ਵਧ ਕੇ 17 ਹੋ ਗਈ ਹੈ।", "killed=17"),
    ("ਅੱਗ ਲੱਗਣ ਕਾਰਨ ਦੋ ਲੋਕ ਮਾਰੇ ਗਏ ਅਤੇ ਦਸ ਜ਼ਖਮੀ ਹੋਏ।", "killed=2 wounded=10"),
    ("ਹੜ੍ਹ ਕਾਰਨ ਪੰਜ ਲੋਕ ਲਾਪਤਾ ਹਨ ਅਤੇ 2,000 ਤੋਂ ਵੱਧ ਲੋਕ ਬੇਘਰ ਹੋ ਗਏ ਹਨ।", "missing=5 displaced=2000:more_than"),
    ("ਪੁਲਿਸ ਨੇ ਤਿੰਨ ਮੁਲਜ਼ਮਾਂ ਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕਰ ਲਿਆ ਹੈ।", "arrested=3"),
    ("ਬੱਸ ਹਾਦਸੇ ਵਿੱਚ ੮ ਸ਼ਰਧਾਲੂਆਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।", "killed=8"),
    # the nukta letters written as one character ('ਜ਼' U+0A5B): read as the letter and its nukta
    ("ਇਮਾਰਤ ਡਿੱਗਣ ਨਾਲ 4 ਲੋਕ \u0a5c\u0a16\u0a3c\u0a2e\u0a40 ਹੋ ਗਏ।".replace("\u0a5c", "\u0a5b"), "wounded=4"),
    ("ਹਾਦਸੇ 'ਚ 5 ਦੀ ਮੌਤ, 12 ਜ਼ਖ਼ਮੀ", "killed=5 wounded=12"),
    ("ਮਰਨ ਵਾਲਿਆਂ ਦੀ ਗਿਣਤੀ 10 ਹੋ ਗਈ ਹੈ।", "killed=10"),
]  # fmt: skip
GEORGIAN = [
    ("ავტოსაგზაო შემთხვევას სულ მცირე 12 ადამიანი ემსხვერპლა, 30 კი დაშავდა, განაცხადეს შსს-ში.",
     "killed=12:at_least wounded=30"),
    ("დაღუპულთა რიცხვი 17-მდე გაიზარდა.", "killed=17"),
    ("ხანძრის შედეგად ხუთი ადამიანი დაიღუპა და ათი დაშავდა.", "killed=5 wounded=10"),
    ("აფეთქების შედეგად 100-ზე მეტი ადამიანი დაშავდა.", "wounded=100:more_than"),
    ("სამი ადამიანი კვლავ უგზო-უკვლოდ დაკარგულად ითვლება, 2 ათასზე მეტი მცხოვრები კი ევაკუირებულია.",
     "missing=3 displaced=2000:more_than"),
    ("პოლიციამ ორი ეჭვმიტანილი დააკავა.", "arrested=2"),
    ("წყალდიდობას 8 ადამიანის სიცოცხლე შეეწირა.", "killed=8"),
]  # fmt: skip
ARMENIAN = [
    ("Ավտովթարի հետևանքով առնվազն 12 մարդ զոհվել է, 30-ը վիրավորվել են, հայտնում են ոստիկանությունից։",
     "killed=12:at_least wounded=30"),
    ("Զոհերի թիվը հասել է 17-ի։", "killed=17"),
    ("Հրդեհի հետևանքով հինգ մարդ մահացել է, տասը վիրավորվել։", "killed=5 wounded=10"),
    ("100-ից ավելի մարդ տարհանվել է, երեք մարդ համարվում են անհայտ կորած։",
     "displaced=100:more_than missing=3"),
    ("Ոստիկանությունը ձերբակալել է երկու կասկածյալի։", "arrested=2"),
    ("Պայթյունի հետևանքով զոհվել է 7 մարդ, վիրավորվել՝ 23-ը։", "killed=7 wounded=23"),
    ("Երկրաշարժից հետո մոտ 2 հազար մարդ մնացել է անօթևան։", "displaced=2000:about"),
    ("Ավտովթար Երևանում. կա 3 զոհ, 5 վիրավոր", "killed=3 wounded=5"),
]  # fmt: skip
SINHALA = [
    ("රිය අනතුරෙන් අවම වශයෙන් 12 දෙනෙකු මිය ගොස් 30 දෙනෙකු තුවාල ලැබූ බව පොලිසිය පවසයි.",
     "killed=12:at_least wounded=30"),
    ("ගංවතුරෙන් සිදු වූ මරණ සංඛ්‍යාව 17 දක්වා ඉහළ ගොස් ඇත.", "killed=17"),
    ("ගංවතුර හේතුවෙන් පුද්ගලයින් 5 දෙනෙකු අතුරුදහන් වී ඇති අතර පවුල් 2,000කට වැඩි සංඛ්‍යාවක් අවතැන් වී ඇත.",
     "missing=5 displaced=2000:more_than"),
    ("සැකකරුවන් තිදෙනෙකු අත්අඩංගුවට ගෙන ඇත.", "arrested=3"),
    ("පිපිරීමෙන් තිදෙනෙකු මිය ගිය අතර දස දෙනෙකු තුවාල ලැබූහ.", "killed=3 wounded=10"),
    ("නායයෑමෙන් 8 දෙනෙකු ජීවිතක්ෂයට පත් විය.", "killed=8"),
    ("රිය අනතුරකින් 5ක් මරුට", "killed=5"),
]  # fmt: skip
KHMER = [
    ("មនុស្សយ៉ាងហោចណាស់ 12 នាក់បានស្លាប់ និង 30 នាក់ទៀតរងរបួស នៅក្នុងគ្រោះថ្នាក់ចរាចរណ៍ នេះបើតាមប្រសាសន៍របស់ប៉ូលីស។",
     "killed=12:at_least wounded=30"),
    ("ចំនួនអ្នកស្លាប់ដោយសារទឹកជំនន់បានកើនឡើងដល់ ១៧ នាក់។", "killed=17"),
    ("ទឹកជំនន់បានធ្វើឱ្យមនុស្ស ៥ នាក់បាត់ខ្លួន ហើយប្រជាពលរដ្ឋជាង ២,០០០ គ្រួសារត្រូវបានជម្លៀស។",
     "missing=5 displaced=2000:more_than"),
    ("ប៉ូលីសបានចាប់ខ្លួនជនសង្ស័យ ៣ នាក់។", "arrested=3"),
    ("អគ្គិភ័យបានសម្លាប់មនុស្ស ៧ នាក់ និងធ្វើឱ្យ ១០ នាក់ផ្សេងទៀតរងរបួស។", "killed=7 wounded=10"),
    ("ឧបទ្ទវហេតុនេះបណ្តាលឱ្យមនុស្ស ៤ នាក់ស្លាប់ និង ២ នាក់ទៀតរងរបួសធ្ងន់។", "killed=4 wounded=2"),
    # the toll verb and the word for people before the count: "caused the death of 3 people and hurt 5"
    ("គ្រោះថ្នាក់ចរាចរណ៍បណ្តាលឱ្យស្លាប់មនុស្ស ៣ នាក់ និងរបួស ៥ នាក់", "killed=3 wounded=5"),
    ("ការផ្ទុះបានសម្លាប់មនុស្ស ៧ នាក់ និងរបួសមនុស្ស ១០ នាក់ផ្សេងទៀត។", "killed=7 wounded=10"),
]  # fmt: skip


KAZAKH = [
    ("Жол-көлік оқиғасында кемінде 12 адам қаза тауып, 30 адам жараланды, деп хабарлады полиция.",
     "killed=12:at_least wounded=30"),
    ("Қаза тапқандар саны 17-ге жетті.", "killed=17"),
    ("Өрттен бес адам қаза тапты, он екі адам жарақат алды.", "killed=5 wounded=12"),
    ("Су тасқынына байланысты 2 мыңнан астам тұрғын эвакуацияланды, үш адам хабар-ошарсыз кетті.",
     "displaced=2000:more_than missing=3"),
    ("Полиция екі күдіктіні ұстады.", "arrested=2"),
    ("Жарылыс салдарынан 100-ден астам адам зардап шекті.", "wounded=100:more_than"),
]  # fmt: skip
SLOVENIAN = [
    ("V prometni nesreči na avtocesti je umrlo najmanj 12 ljudi, 30 pa jih je bilo ranjenih, so sporočili s policije.",
     "killed=12:at_least wounded=30"),
    ("Število mrtvih se je povzpelo na 17.", "killed=17"),
    ("V požaru so umrli trije ljudje, deset jih je bilo poškodovanih.", "killed=3 wounded=10"),
    ("Več kot 2000 ljudi so evakuirali, pet ljudi pa še pogrešajo.", "displaced=2000:more_than missing=5"),
    ("Policisti so prijeli dva osumljenca.", "arrested=2"),
    ("V eksploziji je bilo ranjenih več kot 100 ljudi.", "wounded=100:more_than"),
]  # fmt: skip
MALAYALAM = [
    ("ദേശീയപാതയിൽ ഉണ്ടായ വാഹനാപകടത്തിൽ കുറഞ്ഞത് 12 പേർ മരിക്കുകയും 30 പേർക്ക് പരിക്കേൽക്കുകയും ചെയ്തതായി പോലീസ് "
     "അറിയിച്ചു.", "killed=12:at_least wounded=30"),
    ("ദുരന്തത്തിലെ മരണസംഖ്യ 17 ആയി ഉയർന്നു.", "killed=17"),
    ("ഉരുൾപൊട്ടലിൽ മൂന്നുപേർ മരിച്ചു, അഞ്ചുപേരെ കാണാതായി.", "killed=3 missing=5"),
    ("2,000ലധികം പേരെ ദുരിതാശ്വാസ ക്യാമ്പുകളിലേക്ക് മാറ്റി.", "displaced=2000:more_than"),
    ("സംഭവത്തിൽ രണ്ടുപേരെ പോലീസ് അറസ്റ്റ് ചെയ്തു.", "arrested=2"),
    ("സ്ഫോടനത്തിൽ 100ലധികം പേർക്ക് പരിക്കേറ്റു.", "wounded=100:more_than"),
    ("ബസ് അപകടം: 12 മരണം, 30 പേർക്ക് പരിക്ക്", "killed=12 wounded=30"),
]  # fmt: skip
TELUGU = [
    ("జాతీయ రహదారిపై జరిగిన రోడ్డు ప్రమాదంలో కనీసం 12 మంది మృతి చెందగా, 30 మంది గాయపడ్డారని పోలీసులు తెలిపారు.",
     "killed=12:at_least wounded=30"),
    ("మృతుల సంఖ్య 17కు పెరిగింది.", "killed=17"),
    ("వరదల్లో ముగ్గురు మృతి చెందగా, ఐదుగురు గల్లంతయ్యారు.", "killed=3 missing=5"),
    ("2,000 మందికి పైగా పునరావాస కేంద్రాలకు తరలించారు.", "displaced=2000:more_than"),
    ("ఈ ఘటనలో ఇద్దరు నిందితులను పోలీసులు అరెస్టు చేశారు.", "arrested=2"),
    ("పేలుడులో 100 మందికి పైగా గాయపడ్డారు.", "wounded=100:more_than"),
    ("ఘోర రోడ్డు ప్రమాదం: 12 మంది మృతి, 20 మందికి గాయాలు", "killed=12 wounded=20"),
    ("రోడ్డు ప్రమాదంలో ఐదుగురు దుర్మరణం", "killed=5"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MACEDONIAN)
def test_macedonian(text: str, expected: str) -> None:
    _check("mk", text, expected)


@pytest.mark.parametrize(("text", "expected"), ALBANIAN)
def test_albanian(text: str, expected: str) -> None:
    _check("sq", text, expected)


@pytest.mark.parametrize(("text", "expected"), GUJARATI)
def test_gujarati(text: str, expected: str) -> None:
    _check("gu", text, expected)


@pytest.mark.parametrize(("text", "expected"), PUNJABI)
def test_punjabi(text: str, expected: str) -> None:
    _check("pa", text, expected)


@pytest.mark.parametrize(("text", "expected"), GEORGIAN)
def test_georgian(text: str, expected: str) -> None:
    _check("ka", text, expected)


@pytest.mark.parametrize(("text", "expected"), ARMENIAN)
def test_armenian(text: str, expected: str) -> None:
    _check("hy", text, expected)


@pytest.mark.parametrize(("text", "expected"), SINHALA)
def test_sinhala(text: str, expected: str) -> None:
    _check("si", text, expected)


@pytest.mark.parametrize(("text", "expected"), KHMER)
def test_khmer(text: str, expected: str) -> None:
    _check("km", text, expected)


@pytest.mark.parametrize(("text", "expected"), KAZAKH)
def test_kazakh(text: str, expected: str) -> None:
    _check("kk", text, expected)


@pytest.mark.parametrize(("text", "expected"), SLOVENIAN)
def test_slovenian(text: str, expected: str) -> None:
    _check("sl", text, expected)


@pytest.mark.parametrize(("text", "expected"), MALAYALAM)
def test_malayalam(text: str, expected: str) -> None:
    _check("ml", text, expected)


@pytest.mark.parametrize(("text", "expected"), TELUGU)
def test_telugu(text: str, expected: str) -> None:
    _check("te", text, expected)


# A plain news paragraph of our own in each language, sent without a language: py3langid names it and its lexicon
# reads its figures
PARAGRAPHS = [
    ("mk", "Најмалку 12 лица загинаа, а 30 се повредени во сообраќајната несреќа што се случи вчера попладне на "
           "автопатот кај Велес, соопшти полицијата. Повредените се пренесени во болница во Скопје."),
    ("sq", "Të paktën 12 persona kanë humbur jetën dhe 30 të tjerë janë plagosur në aksidentin rrugor që ndodhi dje "
           "pasdite pranë Durrësit, njoftoi policia. Të plagosurit janë dërguar në spital."),
    ("gu", "અમદાવાદ નજીક હાઇવે પર ગઈકાલે બપોરે થયેલા અકસ્માતમાં ઓછામાં ઓછા 12 લોકોનાં મોત થયાં છે અને 30 લોકો ઘાયલ "
           "થયા છે, એમ પોલીસે જણાવ્યું હતું. ઘાયલોને હોસ્પિટલમાં ખસેડવામાં આવ્યા છે."),
    ("pa", "ਅੰਮ੍ਰਿਤਸਰ ਨੇੜੇ ਹਾਈਵੇ 'ਤੇ ਕੱਲ੍ਹ ਦੁਪਹਿਰ ਵਾਪਰੇ ਸੜਕ ਹਾਦਸੇ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ 12 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ ਅਤੇ 30 ਲੋਕ ਜ਼ਖ਼ਮੀ "
           "ਹੋ ਗਏ, ਪੁਲਿਸ ਨੇ ਦੱਸਿਆ। ਜ਼ਖ਼ਮੀਆਂ ਨੂੰ ਹਸਪਤਾਲ ਵਿੱਚ ਦਾਖ਼ਲ ਕਰਵਾਇਆ ਗਿਆ ਹੈ।"),
    ("ka", "გუშინ თბილისის მახლობლად მომხდარ ავტოსაგზაო შემთხვევას სულ მცირე 12 ადამიანი ემსხვერპლა, 30 კი "
           "დაშავდა, განაცხადეს შინაგან საქმეთა სამინისტროში. დაშავებულები საავადმყოფოში გადაიყვანეს."),
    ("hy", "Երեկ Երևանի մոտակայքում տեղի ունեցած ավտովթարի հետևանքով առնվազն 12 մարդ զոհվել է, 30-ը վիրավորվել "
           "են, հայտնում են ոստիկանությունից։ Վիրավորները տեղափոխվել են հիվանդանոց։"),
    ("si", "කොළඹ අසල අධිවේගී මාර්ගයේ ඊයේ සවස සිදු වූ රිය අනතුරෙන් අවම වශයෙන් 12 දෙනෙකු මිය ගොස් 30 දෙනෙකු තුවාල "
           "ලැබූ බව පොලිසිය පවසයි. තුවාලකරුවන් රෝහලට ඇතුළත් කර ඇත."),
    ("km", "មនុស្សយ៉ាងហោចណាស់ 12 នាក់បានស្លាប់ និង 30 នាក់ទៀតរងរបួស នៅក្នុងគ្រោះថ្នាក់ចរាចរណ៍កាលពីម្សិលមិញ "
           "នៅជិតរាជធានីភ្នំពេញ នេះបើតាមប្រសាសន៍របស់ប៉ូលីស។ អ្នករបួសត្រូវបានបញ្ជូនទៅមន្ទីរពេទ្យ។"),
    ("kk", "Кеше Алматы маңындағы тас жолда болған жол-көлік оқиғасында кемінде 12 адам қаза тауып, 30 адам "
           "жараланды, деп хабарлады полиция. Жараланғандар ауруханаға жеткізілді."),
    ("sl", "V včerajšnji prometni nesreči na avtocesti pri Ljubljani je umrlo najmanj 12 ljudi, 30 pa jih je bilo "
           "ranjenih, so sporočili s policije. Ranjene so odpeljali v bolnišnico."),
    ("ml", "കൊച്ചിക്ക് സമീപം ദേശീയപാതയിൽ ഇന്നലെ ഉച്ചയ്ക്ക് ഉണ്ടായ വാഹനാപകടത്തിൽ കുറഞ്ഞത് 12 പേർ മരിക്കുകയും 30 "
           "പേർക്ക് പരിക്കേൽക്കുകയും ചെയ്തതായി പോലീസ് അറിയിച്ചു. പരിക്കേറ്റവരെ ആശുപത്രിയിലേക്ക് മാറ്റി."),
    ("te", "హైదరాబాద్ సమీపంలో జాతీయ రహదారిపై నిన్న మధ్యాహ్నం జరిగిన రోడ్డు ప్రమాదంలో కనీసం 12 మంది మృతి చెందగా, "
           "30 మంది గాయపడ్డారని పోలీసులు తెలిపారు. క్షతగాత్రులను ఆసుపత్రికి తరలించారు."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PARAGRAPHS)
def test_a_paragraph_sent_without_its_language_is_detected_and_read(language: str, text: str) -> None:
    result = extract(ArticleInput(text=text, published_at=_PUBLISHED))
    main = main_incident_claims(list(result.claims))
    killed, wounded = pick_headline(main, "killed"), pick_headline(main, "wounded")
    assert result.language == language
    assert (killed and (killed.value, killed.qualifier.value)) == (12, "at_least")
    assert wounded is not None and wounded.value == 30
