"""Headline figures in less-covered languages (sentences of our own, invented).

- A text labelled "ku" (Kurdish) but written in Arabic letters is Sorani: read by the `ckb` lexicon
  (`SCRIPT_TWINS` of `ku`), not by Kurmanji's Latin one, which read nothing in it. Kurmanji in Latin letters keeps
  its own lexicon.
- A court follow-up (a verdict, an appeal, a trial: lexicon `COURT_WORDS`) whose lead tells its case's toll as plain
  news dated years back ("Bij de ramp in mei 2000 kwamen 23 mensen om het leven") tells its own event's toll: the
  figures are the report's headline. Without a court step in the headline, such a sentence stays background.
- The forms a reporter in the language also writes, beside the one a report used: the active verb with its
  subject's class prefix, the passive, 'answered God' (rw); 'died' with its prefix, shot dead, the separable
  'kamen ... om' (fy); 'perished', 'martyred', the active 'killed' (ckb); shot dead, 'found death', 'lost their
  lives' (nl); and drowned, a death as 'drowned' is in English, in the less-covered languages that had no word
  for it (af, cy, et, gl, kri, ckb, ku, lv, sw, tl).
- Number words not read: Kinyarwanda's tens from 60 and hundreds from 300, "mirongo" (which opens a ten) read as
  a vague 'tens'; Krio's teens; Tagalog's hundreds with the linker; Afrikaans hundreds written as one word.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bench.news import headline
from core.extract import extract
from core.extract.language import read_as
from core.models import ArticleInput


def _headline(text: str, language: str, title: str | None = None, published: str | None = None) -> tuple:
    at = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    result = extract(ArticleInput(text=text, title=title, language=language, published_at=at))
    got = headline(result.claims)
    return got["killed"].value, got["wounded"].value


SORANI_LABELLED_KU = [
    # fire at a hall: 'more than 40 people lost their lives and 65 others were injured'
    (
        "لە ئاگرکەوتنەوەی هۆڵێکی بازرگانی لە شاری کەرکووک، زیاتر لە 40 کەس گیانیان لەدەستدا و 65 کەسی تر بریندار بوون.",
        40,
        65,
    ),
    # passive: '12 people were killed and 30 were injured in a car bomb'
    ("لە تەقینەوەی ئۆتۆمبێلێکی بۆمبڕێژکراو لە هەولێر 12 کەس کوژران و 30 کەس بریندار بوون.", 12, 30),
    # number words: 'twenty-three people were killed'
    ("لە لافاوەکەی دوێنێ لە دهۆک بیست و سێ کەس کوژران و نۆ کەس بریندار بوون.", 23, 9),
    # Eastern Arabic digits
    ("بەهۆی بوومەلەرزەکە لە سلێمانی ١٥ کەس گیانیان لەدەستدا و ٤٠ کەس بریندار بوون.", 15, 40),
]  # fmt: skip


@pytest.mark.parametrize("label", ["ku", "KU", "ku-IQ", "ckb"])
@pytest.mark.parametrize(
    ("text", "killed", "wounded"), SORANI_LABELLED_KU, ids=["hall-fire", "car-bomb", "number-words", "arabic-digits"]
)
def test_sorani_labelled_kurdish_is_read(label: str, text: str, killed: int, wounded: int) -> None:
    assert _headline(text, label) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Li Amedê di teqînekê de 12 kes mirin û 30 kes birîndar bûn.", 12, 30),
        ("Di agirê li Wanê de bîst û sê kes mirin.", 23, None),
    ],
)
def test_kurmanji_in_latin_letters_keeps_its_lexicon(text: str, killed: int, wounded: int | None) -> None:
    assert read_as("ku", text) == "ku"
    assert _headline(text, "ku") == (killed, wounded)


@pytest.mark.parametrize(
    ("label", "text", "read"),
    [
        ("ku", "زیاتر لە 100 کەس کوژران لە Hamdaniya", "ckb"),  # a Latin name in it: the script of most letters
        ("ku", "Li Hewlêrê 5 kes birîndar bûn", "ku"),
        ("ar", "قتل 12 شخصا في انفجار", "ar"),  # a label without twins is kept as sent
        ("es", "Murieron 12 personas", "es"),
    ],
    ids=["sorani-with-a-latin-name", "kurmanji", "arabic", "spanish"],
)
def test_read_as_follows_the_script(label: str, text: str, read: str) -> None:
    assert read_as(label, text) == read


COURT_FOLLOW_UPS = [
    (
        "nl",
        "Eigenaren vuurwerkopslag veroordeeld",
        "De twee eigenaren van de opslag zijn in hoger beroep veroordeeld tot een celstraf. Bij de explosie in "
        "juni 2004 kwamen 14 mensen om het leven en raakten 310 mensen gewond.",
        (14, 310),
    ),
    (
        "nl",
        "Rechtszaak over instorting tribune",
        "De rechtbank heeft de aannemer vrijgesproken. Bij de instorting in april 2011 vielen negen doden en "
        "raakten 48 bezoekers gewond.",
        (9, 48),
    ),
    (
        "de",
        "Urteil im Prozess um Brand in Diskothek",
        "Das Landgericht hat den Betreiber zu vier Jahren Haft verurteilt. Bei dem Feuer im März 2015 starben "
        "31 Menschen, 85 wurden verletzt.",
        (31, 85),
    ),
    (
        "fr",
        "Effondrement d'un pont : deux ingénieurs condamnés en appel",
        "La cour a confirmé la peine des deux ingénieurs. Lors de l'effondrement d'août 2012, 27 personnes sont "
        "mortes et 64 ont été blessées.",
        (27, 64),
    ),
    (
        "es",
        "Condenados los responsables de la discoteca",
        "El tribunal condenó a tres años de prisión a los dueños del local. En el incendio de enero de 2013 "
        "murieron 19 personas y 40 resultaron heridas.",
        (19, 40),
    ),
    (
        "pt",
        "Réus do incêndio na boate vão a julgamento",
        "Os quatro réus começam a ser julgados nesta segunda-feira. No incêndio de janeiro de 2013 morreram "
        "242 pessoas e 636 ficaram feridas.",
        (242, 636),
    ),
    (
        "it",
        "Crollo della scuola, condannati i costruttori",
        "La corte d'appello ha confermato la sentenza per i due costruttori. Nel crollo dell'ottobre 2002 "
        "morirono 30 persone e 45 rimasero ferite.",
        (30, 45),
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "figures"), COURT_FOLLOW_UPS)
def test_a_court_follow_up_tells_its_cases_toll(language: str, title: str, text: str, figures: tuple) -> None:
    assert _headline(text, language, title, "2019-05-20") == figures


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "fr",
            "Hommage aux victimes de l'effondrement",
            "La ville a rendu hommage aux victimes samedi. Lors de l'effondrement d'août 2012, 27 personnes sont "
            "mortes et 64 ont été blessées.",
        ),
        (
            "nl",
            "Herdenking vuurwerkramp",
            "Honderden mensen herdachten zaterdag de slachtoffers. Bij de explosie in juni 2004 kwamen 14 mensen "
            "om het leven.",
        ),
    ],
)
def test_a_recalled_toll_without_a_court_step_stays_background(language: str, title: str, text: str) -> None:
    assert _headline(text, language, title, "2019-05-20") == (None, None)


# What a reporter in the language also writes, beside the forms the lexicons had: the active verb with its subject's
# class prefix and the passive (rw), 'answered God' and drowned (rw), the prefixed 'died', shot dead and the
# separable 'came ... om' (fy), 'perished', 'martyred' and the active 'killed' (ckb), shot dead, 'found death' and
# 'lost their lives' (nl).
OTHER_COMMON_FORMS = [
    ("rw", "Inkangu yishe abantu 8 mu karere ka Gakenke.", 8, None),
    ("rw", "Imyuzure yishe abantu barenga 100 mu ntara y'Iburengerazuba.", 100, None),
    ("rw", "Ibiza byishe abantu 14, abandi 30 barakomereka.", 14, 30),
    ("rw", "Abantu barenga 100 bahitanywe n'imyuzure mu Burengerazuba.", 100, None),
    ("rw", "Abantu 6 bitabye Imana muri iyo mpanuka y'imodoka.", 6, None),
    ("rw", "Abantu 9 bakomeretswe n'igisasu cyaturikiye mu isoko.", None, 9),
    ("rw", "Abana batatu barohamye mu kiyaga cya Kivu.", 3, None),
    ("fy", "By it ûngelok kamen fiif minsken om it libben en rekken tweintich minsken ferwûne.", 5, 20),
    ("fy", "Trije minsken binne ferstoarn nei de brân yn it doarp.", 3, None),
    ("fy", "Twa minsken binne deasketten yn Ljouwert.", 2, None),
    ("fy", "Yn de Waadsee binne fjouwer fiskers ferdronken.", 4, None),
    ("ckb", "لە تەقینەوەکەدا ١٠ کەس تیاچوون.", 10, None),
    ("ckb", "٧ کەس شەهید بوون و ١٢ کەس بریندار بوون.", 7, 12),
    ("ckb", "٢٠ کەس زامدار بوون.", None, 20),
    ("ckb", "هێرشەکە ٩ کەسی کوشت.", 9, None),
    ("nl", "Vijf mensen werden doodgeschoten in een café.", 5, None),
    ("nl", "Vier mensen vonden de dood bij de brand.", 4, None),
    ("nl", "Bij de overstroming verloren zes mensen het leven.", 6, None),
    ("nl", "Twee kinderen zijn verdronken in het kanaal.", 2, None),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), OTHER_COMMON_FORMS)
def test_other_common_forms(language: str, text: str, killed: int | None, wounded: int | None) -> None:
    assert _headline(text, language) == (killed, wounded)


# Drowned is a death, as 'drowned' is in English: the verb in each language (with a person's subject where the
# same verb tells a boat sinking: Swahili 'walizama', not 'ilizama'); and the other forms a reporter writes:
# 'left life' and 'claimed the lives' (af), 'caused the death of' and taken to hospital (gl), the hospital before
# the verb (lv).
DROWNED_AND_OTHER_FORMS = [
    ("lv", "Daugavā noslīka trīs cilvēki.", 3, None),
    ("lv", "Vasarā jau noslīkuši 12 cilvēki.", 12, None),
    ("et", "Järves uppus kaks inimest.", 2, None),
    ("et", "Sel suvel on uppunud juba 20 inimest.", 20, None),
    ("cy", "Mae dau o bobl wedi boddi yn yr afon.", 2, None),
    ("gl", "Tres mariñeiros morreron afogados no porto.", 3, None),
    ("gl", "Catro persoas afogaron no río Miño.", 4, None),
    ("kri", "Fayv pikin dɛn drɔwn na di riva.", 5, None),
    ("ckb", "٣ منداڵ لە ڕووبارەکە خنکان.", 3, None),
    ("ku", "Di Dîcleyê de 4 kes xeniqîn.", 4, None),
    ("sw", "Watu saba walizama ziwani.", 7, None),
    ("sw", "Watu 12 wamezama baada ya boti kupinduka.", 12, None),
    ("sw", "Meli ilizama ikiwa na abiria 50.", None, None),  # the boat sank: its load is no toll
    ("tl", "Walong katao ang nalunod sa ilog.", 8, None),
    ("af", "Twee kinders het in die dam verdrink.", 2, None),
    ("af", "Drie mense het die lewe gelaat in die ongeluk.", 3, None),
    ("af", "Die brand het sewe mense se lewe geëis.", 7, None),
    ("gl", "O incendio causou a morte de cinco persoas.", 5, None),
    ("gl", "Sete persoas foron trasladadas ao hospital.", None, 7),
    ("lv", "Slimnīcā nogādāti septiņi cilvēki.", None, 7),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), DROWNED_AND_OTHER_FORMS)
def test_drowned_and_other_forms(language: str, text: str, killed: int | None, wounded: int | None) -> None:
    assert _headline(text, language) == (killed, wounded)


# Number words the lexicons did not read: Kinyarwanda's tens from 60 and hundreds from 300 (and "mirongo" alone
# opens a ten, "mirongo itatu" 30; the vague 'tens' is "mu mirongo"), Krio's teens, Tagalog's hundreds with
# their linker ("isang daang", "limang daang"), Afrikaans hundreds written as one word ("tweehonderd").
NUMBER_WORDS_READ = [
    ("rw", "Abantu mirongo itatu na batanu bapfuye mu mpanuka.", 35, None),
    ("rw", "Abantu mirongo itandatu bapfuye.", 60, None),
    ("rw", "Abantu mirongo icyenda bakomeretse.", None, 90),
    ("rw", "Abantu magana atatu bakomeretse.", None, 300),
    ("kri", "Sikstin pipul dɔn day na di aksidɛnt.", 16, None),
    ("kri", "Fɔtin pipul dɛn wund.", None, 14),
    ("kri", "Nayntin pipul dɔn day.", 19, None),
    ("tl", "Isang daang katao ang nasawi sa lindol.", 100, None),
    ("tl", "Limang daang katao ang nasawi.", 500, None),
    ("tl", "Dalawang daang katao ang sugatan.", None, 200),
    ("af", "Tweehonderd mense is beseer.", None, 200),
    ("af", "Vyfhonderd mense is dood.", 500, None),
    ("af", "Agttien mense is dood.", 18, None),  # a word of its own, not 'agt' + 'tien'
    ("af", "Drie-en-twintig mense is dood.", 23, None),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), NUMBER_WORDS_READ)
def test_number_words_read(language: str, text: str, killed: int | None, wounded: int | None) -> None:
    assert _headline(text, language) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "metric", "value", "qualifier"),
    [
        ("Watu wasiopungua 12 wamefariki dunia katika ajali ya basi.", "killed", 12, "at_least"),
        ("Wanafunzi wasiopungua 30 wamejeruhiwa katika moto shuleni.", "wounded", 30, "at_least"),
        ("Watu wasiozidi 20 wamejeruhiwa.", "wounded", 20, "up_to"),
    ],
)
def test_swahili_not_fewer_than_after_the_noun(text: str, metric: str, value: int, qualifier: str) -> None:
    # 'not fewer than' written after the people's noun with its class prefix ("watu wasiopungua 12")
    claims = extract(ArticleInput(text=text, title=None, language="sw")).claims
    assert (metric, value, qualifier) in {(c.metric, c.value, c.qualifier.value) for c in claims}
