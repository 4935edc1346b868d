"""Round 38 (langs45): thirteen languages that had no lexicon, the reporters' own (issue 13): Galician, Afrikaans,
Basque, Latvian, Estonian, Welsh, Zulu, Kinyarwanda, Kurdish (Kurmanji in Latin letters, Sorani in Arabic letters),
Yoruba, Krio and West Frisian, on sentences of our own, one matrix per phenomenon. Each row gives the headline
killed and wounded figure ('-' for none).
- the dead and the injured told with each language's words and endings: Basque 'hil dira' and 'zauritu', Latvian
  'gājuši bojā', Estonian 'hukkus' and 'sai vigastada', Welsh's verb before its count with its mutations ('bu farw
  pump o bobl', 'cafodd 12 o bobl eu hanafu'), Zulu's and Kinyarwanda's subject prefixes ('bashonile', 'bapfuye'),
  Zulu's class prefix written onto the digits ('abantu abangu-12': COUNT_PREFIXES), Yoruba's count after its noun
  and its numbers counted down from the next score ('márùndínlógójì', 35), with its tones written or not, Krio
  'pipul dɛn day', Frisian 'omkommen' and 'ferwûne';
- qualifiers before and after the number ('polo menos', 'minstens', 'gutxienez', 'vismaz', 'vähemalt', 'o leiaf',
  'okungenani', 'nibura', 'herî kêm'; Basque's '100 baino gehiago' after it), number words with tens ('vinte e
  tres', 'drie-en-twintig', 'hogeita hiru', 'divdesmit trīs', 'kakskümmend kolm', 'dau ddeg tri', 'bîst û sê');
- the missing and the arrested;
- yesterday and a day of a month: dateparser's months where it has them, Latvian's locative ('8. maijā') and
  Estonian's adessive ('8. mail') of a month, Basque's month before its day ('maiatzaren 8an'), Kurmanji's months,
  which dateparser lacks, and the 'ê' that joins a day to its month ('8ê Gulanê');
- a town in its locative case ('Rīgā', 'Tallinnas', 'Donostian', 'Amedê');
- each language detected when the article does not give it: py3langid knows eleven of them, and reads Sorani as
  Southern Kurdish ('sdh', read by Sorani's lexicon); Krio, which it does not know (it reads it as Nigerian Pidgin),
  by its share of its own function words (FUNCTION_WORDS); and their
  neighbours' texts keeping theirs: Portuguese and Spanish beside Galician, Dutch beside Afrikaans and Frisian,
  English beside Krio."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.extract.language import detect_language
from core.models import ArticleInput
from tests.core.world_kit import claims, headlines

_DEAD_AND_INJURED = [
    ("gl", "Tres persoas morreron e once resultaron feridas no incendio dunha nave en Ourense.", "3", "11"),
    ("gl", "O balance elévase a 15 mortos e 40 feridos.", "15", "40"),
    ("af", "Drie mense is dood en elf is beseer toe 'n taxi op die N2 omgeslaan het.", "3", "11"),
    ("af", "Vyf mense het gister in die brand gesterf.", "5", "-"),
    ("eu", "Hiru pertsona hil dira eta hamaika zauritu lantegi bateko sutean.", "3", "11"),
    ("eu", "Sei pertsona hil ziren errepide istripu batean.", "6", "-"),
    ("lv", "Trīs cilvēki gājuši bojā un 11 ievainoti sprādzienā daudzdzīvokļu mājā.", "3", "11"),
    ("et", "Kolm inimest hukkus ja 11 sai vigastada bussiõnnetuses.", "3", "11"),
    ("cy", "Bu farw tri o bobl a chafodd 11 o bobl eu hanafu mewn gwrthdrawiad ar yr A55.", "3", "11"),
    ("cy", "Bu farw pump o bobl mewn tân mewn fflatiau.", "5", "-"),
    ("zu", "Abantu abathathu bashonile kanti abangu-11 balimele engozini yetekisi.", "3", "11"),
    ("zu", "Abantu abangu-8 bashonile emlilweni.", "8", "-"),
    ("rw", "Abantu 3 bapfuye, abandi 11 barakomereka mu mpanuka ya bisi.", "3", "11"),
    ("rw", "Impanuka yahitanye abantu 7.", "7", "-"),
    ("ku", "Sê kes mirin û 11 kes birîndar bûn di qezaya trafîkê de.", "3", "11"),
    ("ku", "Hejmara miriyan gihîşt 15an.", "15", "-"),
    ("yo", "Èèyàn mẹ́ta ló kú, tí èèyàn mọ́kànlá sì farapa nínú ìjàmbá ọkọ̀.", "3", "11"),
    ("yo", "Eeyan meta lo ku, ti eeyan mokanla si farapa ninu ijamba oko.", "3", "11"),
    ("yo", "Àwọn arìnrìn-àjò márùndínlógójì ló kú.", "35", "-"),
    ("kri", "Tri pipul dɛn day ɛn lɛvin pipul dɛn wund we wan kar rɔl na di rod.", "3", "11"),
    ("kri", "Tri pipul den day en levin pipul den wund we wan kar rol na di rod.", "3", "11"),
    ("fy", "Trije minsken binne omkommen en alve waarden ferwûne by in ûngelok.", "3", "11"),
    ("ckb", "سێ کەس کوژران و یازدە کەس بریندار بوون.", "3", "11"),
    ("ckb", "١٢ کەس گیانیان لەدەستدا و ٣٠ کەسی تر بریندار بوون لە تەقینەوەیەکدا.", "12", "30"),
]

_QUALIFIED_AND_NUMBER_WORDS = [
    ("gl", "Polo menos 12 persoas morreron e arredor de 30 resultaron feridas.", "12:at_least", "30:about"),
    ("gl", "Vinte e tres persoas resultaron feridas, catro delas de gravidade.", "-", "23"),
    ("af", "Minstens 12 mense is dood en meer as 30 is beseer.", "12:at_least", "30:more_than"),
    ("af", "Drie-en-twintig mense is in die ongeluk beseer, volgens die polisie.", "-", "23"),
    ("eu", "Gutxienez 12 pertsona hil dira eta 30 zauritu.", "12:at_least", "30"),
    ("eu", "Hogeita hiru pertsona zauritu dira, lau larri.", "-", "23"),
    ("lv", "Vismaz 12 cilvēki gājuši bojā un vairāk nekā 30 ievainoti.", "12:at_least", "30:more_than"),
    ("lv", "Divdesmit trīs cilvēki guvuši traumas.", "-", "23"),
    ("et", "Vähemalt 12 inimest hukkus ja üle 30 sai vigastada.", "12:at_least", "30:more_than"),
    ("et", "Kakskümmend kolm inimest said viga.", "-", "23"),
    ("cy", "Bu farw o leiaf 12 o bobl a chafodd tua 30 o bobl eu hanafu.", "12:at_least", "30:about"),
    ("cy", "Cafodd dau ddeg tri o bobl eu hanafu.", "-", "23"),
    ("zu", "Okungenani abantu abangu-12 bashonile kanti abangu-30 balimele.", "12:at_least", "30"),
    ("rw", "Nibura abantu 12 bapfuye, abandi basaga 30 barakomereka.", "12:at_least", "30:more_than"),
    ("rw", "Abantu batanu bapfuye.", "5", "-"),
    ("ku", "Herî kêm 12 kes mirin û zêdetirî 30 kes birîndar bûn.", "12:at_least", "30:more_than"),
    ("ku", "Bîst û sê kes birîndar bûn.", "-", "23"),
    ("yo", "Ó kéré tán èèyàn 12 ló kú, èèyàn 30 sì farapa.", "12:at_least", "30"),
    ("yo", "Èèyàn méjìlélógún ló farapa.", "-", "22"),
    ("kri", "At list 12 pipul dɛn day ɛn mɔ pas 30 pipul dɛn wund.", "12:at_least", "30:more_than"),
    ("kri", "Twɛnti pipul dɛn get wund.", "-", "20"),
    ("fy", "Op syn minst 12 minsken binne stoarn en mear as 30 ferwûne.", "12:at_least", "30:more_than"),
    ("fy", "Trijentweintich minsken rekken ferwûne.", "-", "23"),
    ("ckb", "لانیکەم ١٢ کەس کوژران و زیاتر لە ٣٠ کەس بریندار بوون.", "12:at_least", "30:more_than"),
    ("ckb", "بیست و سێ کەس بریندار بوون.", "-", "23"),
]

_OTHER_HARMS = [
    ("gl", "Máis de 40 persoas están desaparecidas despois das inundacións.", "missing", 40),
    ("af", "Ses verdagtes is gearresteer.", "arrested", 6),
    ("eu", "100 pertsona baino gehiago desagertu dira uholdeetan.", "missing", 100),
    ("lv", "Pēc plūdiem bez vēsts pazuduši 9 cilvēki.", "missing", 9),
    ("et", "Politsei teatel vahistati 5 inimest.", "arrested", 5),
    ("cy", "Mae 9 o bobl ar goll ar ôl y llifogydd.", "missing", 9),
    ("zu", "Amaphoyisa athi abantu abahlanu baboshiwe.", "arrested", 5),
    ("rw", "Abantu basaga 40 baburiwe irengero nyuma y'imyuzure.", "missing", 40),
    ("ku", "Polîs ragihand ku pênc kes hatin girtin.", "arrested", 5),
    ("yo", "Ju èèyàn 40 lọ ló di àwátì lẹ́yìn omíyalé náà.", "missing", 40),
    ("kri", "Di pɔlis dɔn arɛst 5 pipul.", "arrested", 5),
    ("fy", "Likernôch 40 minsken wurde fermist.", "missing", 40),
    ("ckb", "پۆلیس ڕایگەیاند کە پێنج کەس دەستگیرکران.", "arrested", 5),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _DEAD_AND_INJURED)
def test_the_dead_and_injured_in_nine_more_languages(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _QUALIFIED_AND_NUMBER_WORDS)
def test_qualifiers_and_number_words(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)


@pytest.mark.parametrize(("language", "text", "metric", "value"), _OTHER_HARMS)
def test_the_missing_and_the_arrested(language: str, text: str, metric: str, value: int) -> None:
    assert [(c.metric, c.value) for c in claims(text, language)] == [(metric, value)]


_DATED = [
    ("gl", "Onte catro persoas morreron nun incendio en Lugo.", date(2024, 5, 9)),
    ("gl", "O 8 de maio catro persoas morreron nun incendio en Lugo.", date(2024, 5, 8)),
    ("af", "Vier mense is gister in 'n brand in Bloemfontein dood.", date(2024, 5, 9)),
    ("af", "Op 8 Mei is vier mense in 'n brand in Bloemfontein dood.", date(2024, 5, 8)),
    ("eu", "Atzo lau pertsona hil ziren Gasteizko sute batean.", date(2024, 5, 9)),
    ("eu", "Maiatzaren 8an lau pertsona hil ziren Gasteizko sute batean.", date(2024, 5, 8)),
    ("lv", "Vakar ugunsgrēkā Jelgavā gāja bojā četri cilvēki.", date(2024, 5, 9)),
    ("lv", "8. maijā ugunsgrēkā Jelgavā gāja bojā četri cilvēki.", date(2024, 5, 8)),
    ("et", "Eile hukkus Pärnus tulekahjus neli inimest.", date(2024, 5, 9)),
    ("et", "8. mail hukkus Pärnus tulekahjus neli inimest.", date(2024, 5, 8)),
    ("cy", "Bu farw pedwar o bobl mewn tân yn Abertawe ddoe.", date(2024, 5, 9)),
    ("cy", "Bu farw pedwar o bobl mewn tân yn Abertawe ar 8 Mai.", date(2024, 5, 8)),
    ("zu", "Abantu abane bashonile izolo emlilweni.", date(2024, 5, 9)),
    ("zu", "Ngomhla ka-8 Meyi abantu abane bashonile emlilweni.", date(2024, 5, 8)),
    ("rw", "Abantu bane bapfuye ejo hashize mu nkongi y'umuriro.", date(2024, 5, 9)),
    ("rw", "Ku wa 8 Gicurasi abantu bane bapfuye mu nkongi y'umuriro.", date(2024, 5, 8)),
    ("ku", "Duh çar kes di şewatê de mirin.", date(2024, 5, 9)),
    ("ku", "Di 8ê Gulanê de çar kes di şewatê de mirin.", date(2024, 5, 8)),
    ("yo", "Lánàá èèyàn mẹ́rin ló kú nínú iná.", date(2024, 5, 9)),
    ("kri", "Yɛstade fo pipul dɛn day na di faya.", date(2024, 5, 9)),
    ("kri", "Fo pipul dɛn day na di faya di 8 Me.", date(2024, 5, 8)),
    ("fy", "Juster binne fjouwer minsken omkommen by in brân.", date(2024, 5, 9)),
    ("fy", "Op 8 maaie binne fjouwer minsken omkommen by in brân.", date(2024, 5, 8)),
    ("ckb", "دوێنێ چوار کەس لە ئاگرکەوتنەوەیەکدا گیانیان لەدەستدا.", date(2024, 5, 9)),
]


@pytest.mark.parametrize(("language", "text", "day"), _DATED)
def test_yesterday_and_a_day_of_a_month(language: str, text: str, day: date) -> None:
    found = extract(ArticleInput(text=text, language=language, published_at=datetime(2024, 5, 10, 12))).claims
    assert [(c.metric, c.value, c.incident_date) for c in found] == [("killed", 4, day)]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("gl", "Catro persoas morreron nun incendio en Vigo.", "Vigo"),
        ("lv", "Ugunsgrēkā Rīgā gāja bojā četri cilvēki.", "Riga"),
        ("et", "Tallinnas hukkus tulekahjus neli inimest.", "Tallinn"),
        ("eu", "Lau pertsona hil ziren Donostian sute batean.", "Donostia / San Sebastián"),
        ("ku", "Çar kes li Amedê mirin.", "Diyarbakır"),
        ("rw", "Abantu bane bapfuye mu nkongi y'umuriro i Kigali.", "Kigali"),
        ("fy", "Fjouwer minsken binne omkommen by in brân yn Ljouwert.", "Leeuwarden"),
        ("ckb", "چوار کەس لە ئاگرکەوتنەوەیەکدا لە هەولێر گیانیان لەدەستدا.", "Erbil"),
    ],
)
def test_a_town_in_its_locative_case(language: str, text: str, place: str) -> None:
    assert [c.location for c in claims(text, language)] == [place]


_UNLABELLED = [
    ("gl", "Tres persoas morreron e once resultaron feridas este domingo no incendio dunha nave industrial no "
           "polígono de San Cibrao, segundo informou o servizo de emerxencias da Xunta de Galicia."),
    ("af", "Drie mense is dood en elf is beseer toe 'n minibustaxi Sondagoggend op die N2 naby Kaapstad "
           "omgeslaan het, het die polisie se woordvoerder bevestig."),
    ("eu", "Hiru pertsona hil dira eta hamaika zauritu igande goizean Bilboko industrialde bateko lantegi batean "
           "izandako sutean, Ertzaintzak jakinarazi duenez."),
    ("lv", "Svētdien ugunsgrēkā daudzdzīvokļu mājā Rīgā gājuši bojā trīs cilvēki un vienpadsmit ievainoti, "
           "pavēstīja Valsts ugunsdzēsības un glābšanas dienests."),
    ("et", "Pühapäeval hukkus Tallinnas kortermaja tulekahjus kolm inimest ja üksteist sai vigastada, teatas "
           "päästeamet."),
    ("cy", "Bu farw tri o bobl a chafodd un ar ddeg eu hanafu mewn tân mewn bloc o fflatiau yng Nghaerdydd fore "
           "Sul, meddai'r heddlu."),
    ("zu", "Abantu abathathu bashonile kanti abangu-11 balimele engozini yetekisi emgwaqweni u-N2 ngeSonto "
           "ekuseni, kusho okhulumela amaphoyisa."),
    ("rw", "Abantu batatu bapfuye abandi cumi n'umwe barakomereka mu mpanuka y'imodoka yabereye mu Karere ka "
           "Musanze ku cyumweru, nk'uko Polisi y'u Rwanda yabitangaje."),
    ("ku", "Di şewateke li Amedê de sê kes mirin û yazdeh kes birîndar bûn, walîtiyê ragihand. Birîndar hatin "
           "rakirin nexweşxaneyê."),
    ("yo", "Èèyàn mẹ́ta ló kú, tí èèyàn mọ́kànlá sì farapa nínú ìjàmbá ọkọ̀ tó ṣẹlẹ̀ ní Ibadan lánàá, gẹ́gẹ́ bí àwọn "
           "ọlọ́pàá ṣe sọ. Wọ́n ti gbé àwọn tó farapa lọ sí ilé ìwòsàn."),
    ("yo", "Eeyan meta lo ku, ti eeyan mokanla si farapa ninu ijamba oko to sele ni Ibadan lanaa, gege bi awon "
           "olopaa se so. Won ti gbe awon to farapa lo si ile iwosan."),
    ("kri", "Tri pipul dɛn day ɛn lɛvin pipul dɛn wund we wan poda-poda bin rɔl na di rod nia Waterloo, na so di "
            "pɔlis tɔk. Dɛn dɔn kɛr di wan dɛn we wund go na ɔspitul."),
    ("kri", "Tri pipul den day en levin pipul den wund we wan poda-poda bin rol na di rod nia Waterloo, na so di "
            "polis tok. Den don ker di wan den we wund go na ospitul."),
    ("fy", "Trije minsken binne sneon omkommen en alve waarden ferwûne doe't in bus op de A7 by Drachten "
           "omsloech, meldt de plysje. De bus wie ûnderweis fan Ljouwert nei Grins."),
    ("sdh", "لانیکەم ١٢ کەس گیانیان لەدەستدا و ٣٠ کەسی تر بریندار بوون لە تەقینەوەیەکدا لە شاری سلێمانی، بەپێی "
            "ڕاگەیەندراوی پۆلیس. بریندارەکان گوازرانەوە بۆ نەخۆشخانە."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), _UNLABELLED)
def test_each_language_told_when_the_article_does_not_give_it(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Três pessoas morreram e onze ficaram feridas no incêndio de um armazém em Porto, segundo os "
               "bombeiros, que continuam no local."),
        ("es", "Tres personas murieron y once resultaron heridas en el incendio de una nave en Vigo, según los "
               "bomberos, que siguen en el lugar."),
        ("nl", "Drie mensen zijn om het leven gekomen en elf raakten gewond toen een bus zondag op de A2 bij "
               "Utrecht kantelde, meldt de politie."),
        ("en", "Three people died and eleven were injured when a minibus overturned on the road near Waterloo, the "
               "police said. The injured were taken to hospital in Freetown."),
    ],
)  # fmt: skip
def test_the_neighbours_keep_their_language(language: str, text: str) -> None:
    assert detect_language(text) == language
