"""The usual speakers of a toll, read with their sourcing construction in each language family (sentences of our
own): governors, mayors, hospitals, rescuers, state media, ministries and the fire service, after and before
their verb or according-to marker. The words are lexicon data; one routine reads them all."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput


def _sources(text: str, language: str) -> set[str | None]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return {c.attribution for c in claims if c.metric in ("killed", "wounded")}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # Romance
        ("fr", "L'hôpital a accueilli 40 blessés, selon son directeur.", "directeur (director)"),
        ("pt", "Morreram 23 pessoas, segundo informou a prefeitura.", "prefeitura (city hall)"),
        # Germanic: a verb of speaking with its object ("sprach von"), a subordinate clause's verb at its end
        ("de", "Der Bürgermeister sprach von 23 Toten.", "Bürgermeister (mayor)"),
        ("de", "Wie die Feuerwehr mitteilte, starben 23 Menschen.", "Feuerwehr (fire service)"),
        ("de", "Nach Angaben des Gesundheitsministeriums starben 23 Menschen.",
         "Gesundheitsministeriums (health ministry)"),
        # Slavic: "in the ministry they said" (the preposition is no part of the source), case forms of the noun
        ("ru", "Погибли 23 человека, сообщили в МВД.", "МВД (police)"),
        ("uk", "Загинули 23 людини, повідомили в ДСНС.", "ДСНС (emergency service)"),
        ("uk", "Загинули 23 людини, поранено 40, повідомив губернатор.", "губернатор (governor)"),
        ("pl", "Według straży pożarnej zginęło 23 osób.", "straży pożarnej (fire service)"),
        # Baltic, Tagalog
        ("lt", "Policijos teigimu, žuvo 23 žmonės.", "Policijos (police)"),
        ("tl", "23 katao ang nasawi, sabi ng pulisya.", "pulisya (police)"),
        # Turkic: the source after a comma closing the toll's clause; a genitive ending and a report's word
        ("tr", "23 kişi hayatını kaybetti, AFAD açıkladı.", "AFAD"),
        ("tr", "Anadolu Ajansı'nın haberine göre en az 23 kişi öldü.", "Anadolu Ajansı (anadolu agency)"),
        # Semitic: the governor with its article, a toll word with a joined preposition after the source
        ("ar", "أعلن المحافظ مقتل 23 شخصا.", "المحافظ (governor)"),
        ("ar", "أفادت وكالة الأنباء الرسمية بمقتل 23 شخصا.", "وكالة الأنباء الرسمية (agency)"),
        # Indic: the district magistrate; the source after a comma closing the toll's clause
        ("hi", "जिलाधिकारी ने बताया कि 23 लोगों की मौत हो गई।", "जिलाधिकारी (district magistrate)"),
        ("hi", "23 लोगों की मौत हो गई, अधिकारियों ने बताया।", "अधिकारियों (officials)"),
        ("bn", "ফায়ার সার্ভিস জানায়, ২৩ জন নিহত হয়েছেন।", "ফায়ার সার্ভিস (fire service)"),
        # Chinese, Japanese: a commission, the prefectural police, the polite "according to"
        ("zh", "国家减灾委员会说，23人死亡。", "减灾委员会 (disaster commission)"),
        ("ja", "警察によりますと、23人が死亡しました。", "警察 (police)"),
        ("ja", "県警は、23人の死亡を確認したと明らかにした。", "県警 (police)"),
        # what the source gave, written onto its name, is no part of it ("news of", "the announcement of")
        ("zh", "据应急管理部消息，目前已造成23人死亡。", "应急管理部 (emergency management)"),
        ("ja", "警察の発表によると、23人が死亡した。", "警察 (police)"),
        # the day it was told between the source and its verb is no figure ending the source
        ("zh", "菲律宾国家减灾委员会16日说，死亡人数已升至23人。", "减灾委员会 (disaster commission)"),
        ("zh", "尼泊尔内政部16日发布消息说，地震已造成23人死亡。", "内政部 (interior ministry)"),
        # a sentence's end in its script's own mark; the clause's verb after a source is no part of it
        ("bn", "২৩ জন নিহত হয়েছেন বলে জানিয়েছে পুলিশ।", "পুলিশ (police)"),
        ("fr", "Le dernier bilan communiqué par les autorités fait état de 23 morts.", "autorités (authorities)"),
        # an ablative ending ("from the ministry"), a linker ("that") after the source
        ("tr", "Sağlık Bakanlığı'ndan yapılan açıklamaya göre 23 kişi öldü.", "Sağlık Bakanlığı (ministry)"),
        ("tr", "Valilikten yapılan açıklamada, 23 kişinin hayatını kaybettiği belirtildi.", "Valilikten (governorate)"),
        ("tl", "Iniulat ng pulisya na 23 katao ang nasawi.", "pulisya (police)"),
        # languages that named no source at all: Icelandic (verb second), Tamil
        ("is", "Samkvæmt lögreglunni létust 23.", "lögreglunni (police)"),
        ("is", "23 létust, segir lögreglan.", "lögreglan (police)"),
        ("ta", "இந்த விபத்தில் 23 பேர் உயிரிழந்ததாக போலீசார் தெரிவித்தனர்.", "போலீசார் (police)"),
        ("ta", "காவல்துறையினர் தெரிவித்ததன்படி 23 பேர் உயிரிழந்தனர்.", "காவல்துறையினர் (police)"),
        # Dutch puts its verb second: the source after "volgens" ends before it
        ("nl", "Volgens de burgemeester kwamen 23 mensen om het leven.", "burgemeester (mayor)"),
        # a statement's word, a genitive particle, the next clause's "there are" are no part of the source
        ("am", "እንደ ፖሊስ ገለጻ 23 ሰዎች ሞተዋል።", "ፖሊስ (police)"),
        ("ps", "د پولیسو په وینا ۲۳ کسان وژل شوي دي.", "پولیسو (police)"),
        ("th", "ตามรายงานของตำรวจ มีผู้เสียชีวิต 23 ราย", "ตำรวจ (police)"),
        ("so", "23 qof ayaa ku dhintay, ayuu yiri guddoomiyaha gobolka.", "guddoomiyaha gobolka (governor)"),
        ("ha", "A cewar 'yan sanda, mutane 23 sun mutu.", "yan sanda (police)"),
    ],
)  # fmt: skip
def test_the_usual_speakers_are_read(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # declaring a state of emergency is no statement of a figure: the next sentence names no source
        ("es", "Más de 300 personas murieron en el sismo. El ministro Juan Pérez ha declarado la emergencia."),
    ],
)
def test_a_verb_of_no_statement_names_no_source(language: str, text: str) -> None:
    assert _sources(text, language) == {None}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # how the source told it (a statement, a social network, a briefing) is no part of its name
        ("es", "Al menos 23 personas murieron, informó la Protección Civil en un comunicado.",
         "Protección Civil (civil protection)"),
        ("fr", "Au moins 23 personnes sont mortes, a indiqué la préfecture dans un communiqué.",
         "préfecture (prefecture)"),
        ("de", "Mindestens 23 Menschen starben, teilte die Polizei in einer Mitteilung mit.", "Polizei (police)"),
        ("pt", "Pelo menos 23 pessoas morreram, informou a Defesa Civil em nota.", "Defesa Civil (civil defence)"),
        ("ru", "Погибли 23 человека, сообщил губернатор в своем Telegram-канале.", "губернатор (governor)"),
        ("uk", "Загинули 23 людини, повідомив голова ОВА у Telegram.", "голова ОВА (head, regional administration)"),
        # the sentence after the figure gives its source
        ("pt", "O terremoto deixou 23 mortos. A informação é da Defesa Civil.", "Defesa Civil (civil defence)"),
        ("tr", "Depremde 23 kişi öldü. Bu bilgiyi AFAD paylaştı.", "AFAD"),
        ("ar", "قتل 23 شخصا في الزلزال. وأعلنت ذلك وزارة الصحة.", "وزارة الصحة (ministry)"),
        # "the officials' words", "at a press conference", written onto a Chinese source, are no part of it
        ("zh", "新华社援引当地官员的话说，23人死亡。", "官员 (officials)"),
        ("zh", "当地政府在新闻发布会上表示，23人死亡。", "政府 (government)"),
        # a ministry by its short name
        ("ko", "국토부는 \"사망자가 23명으로 늘었다\"고 밝혔다.", "국토부 (ministry)"),
        # "the death of" as the toll's noun ("о гибели 23 человек")
        ("ru", "О гибели 23 человек сообщили в МЧС.", "МЧС (emergency ministry)"),
        ("uk", "Про загибель 23 людей повідомили в Нацполіції.", "Нацполіції"),
    ],
)  # fmt: skip
def test_the_source_without_its_channel(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


def test_a_quotation_over_several_sentences_is_its_speakers() -> None:
    # the figure's sentence stands inside a quotation; a sentence with a figure of its own follows before the
    # quotation closes on its speaker
    text = (
        '"Рятувальні роботи тривають. На жаль, 23 людини загинули. Ще 40 людей поранені. Пошуки тривають", '
        "- написав Моргунов у Telegram."
    )
    claims = extract(ArticleInput(text=text, language="uk")).claims
    assert {(c.metric, c.value, c.attribution) for c in claims} >= {("killed", 23, "Моргунов")}


def test_a_closed_quotation_gives_no_later_speaker() -> None:
    text = "El alcalde habló con la prensa. «Hasta ahora tenemos 23 muertos.» Luego se fue."
    assert _sources(text, "es") == {None}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # "in the words of", "by the estimates of", "as follows from the data of", "if we believe", "in the
        # assessment of": according-to markers of their own
        ("es", "A decir del gobernador, 23 personas murieron.", "gobernador (governor)"),
        ("fr", "Aux dires des secouristes, 23 personnes sont mortes.", "secouristes (rescuers)"),
        ("it", "A detta del sindaco, 23 persone sono morte.", "sindaco (mayor)"),
        ("ru", "По сообщению МЧС, погибли 23 человека.", "МЧС (emergency ministry)"),
        ("uk", "За оцінками влади, загинули 23 людини.", "влади (authorities)"),
        ("pl", "Jak wynika z danych policji, zginęło 23 osób.", "policji (police)"),
        ("ar", "وفق وزارة الصحة، قتل 23 شخصا.", "وزارة الصحة (ministry)"),
        ("ja", "警察の話では、23人が死亡した。", "警察 (police)"),
        ("hi", "पुलिस की मानें तो 23 लोगों की मौत हो गई।", "पुलिस (police)"),
        ("id", "Sebagaimana disampaikan Kapolda, 23 orang tewas.", "Kapolda (police chief)"),
        ("is", "Það er mat lögreglunnar að 23 hafi látist.", "lögreglunnar (police)"),
        ("zh", "根据当地政府发布的数据，23人死亡。", "政府 (government)"),
    ],
)
def test_more_ways_to_say_according_to(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # a title's full stop ends no sentence: the speaker stays in the figure's sentence
        ("bn", "ফায়ার সার্ভিসের কর্মকর্তা মো. শাহজাহান শিকদার জানান, আগুনে ২৩ জনের মৃত্যু হয়েছে।",
         "ফায়ার সার্ভিসের (fire service)"),
        ("es", "El director del hospital, Dr. Luis Pérez, dijo que 23 personas murieron.", "Luis Pérez"),
        # "in the report of ... it was said", a broadcaster, a written statement
        ("bn", "রয়টার্সের প্রতিবেদনে বলা হয়েছে, ২৩ জন নিহত হয়েছেন।", "রয়টার্সের"),
        ("bn", "স্থানীয় সংবাদমাধ্যমের খবরে বলা হয়েছে, ২৩ জন নিহত হয়েছেন।", "স্থানীয় সংবাদমাধ্যমের (media)"),
        ("ko", "CNN 방송은 23명이 숨졌다고 보도했다.", "CNN 방송 (broadcaster)"),
        ("tr", "İçişleri Bakanlığı'ndan yapılan yazılı açıklamada, 23 kişinin hayatını kaybettiği belirtildi.",
         "İçişleri Bakanlığı (ministry)"),
        # Chinese: a publication in its title marks, a short name, a data release
        ("zh", "据《人民日报》报道，地震已造成23人死亡。", "《人民日报》 (media)"),
        ("zh", "韩国海警称，截至目前，23人死亡。", "海警 (coast guard)"),
        ("zh", "巴基斯坦国家灾害管理局发布的最新数据显示，23人死亡。", "灾害管理局 (disaster management)"),
    ],
)  # fmt: skip
def test_sources_of_news_wires_and_officials(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # the source as the subject of the verb that puts the toll at a figure (REPORTING_VERBS)
        ("pt", "A Defesa Civil eleva para 23 o número de mortos.", "Defesa Civil (civil defence)"),
        ("fr", "La préfecture porte le bilan à 23 morts.", "préfecture (prefecture)"),
        ("it", "La prefettura ha aggiornato il bilancio a 23 morti.", "prefettura (prefecture)"),
        ("de", "Die Behörden korrigierten die Zahl der Toten auf 23.", "Behörden (authorities)"),
        ("tr", "AFAD, ölü sayısını 23'e yükseltti.", "AFAD"),
        ("zh", "当地政府将死亡人数上调至23人。", "政府 (government)"),
        ("id", "BNPB memperbarui jumlah korban tewas menjadi 23 orang.", "BNPB"),
        ("ar", "رفعت وزارة الصحة حصيلة القتلى إلى 23.", "وزارة الصحة (ministry)"),
    ],
)
def test_the_source_that_puts_the_toll_at_a_figure(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


def test_a_toll_noun_before_a_reporting_verb_is_no_source() -> None:
    assert _sources("Le bilan s'alourdit: 23 morts.", "fr") == {None}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # state media, and an outlet cited
        ("ru", "Как сообщили государственные СМИ, погибли 23 человека.", "государственные СМИ (state media)"),
        ("uk", "Як повідомили державні ЗМІ, загинули 23 людини.", "державні ЗМІ (state media)"),
        ("cs", "Podle státních médií zahynulo 23 lidí.", "státních médií (state media)"),
        ("hu", "Az állami média szerint 23 ember meghalt.", "állami média (media)"),
        ("el", "Σύμφωνα με τα κρατικά μέσα ενημέρωσης, 23 άνθρωποι σκοτώθηκαν.",
         "κρατικά μέσα ενημέρωσης (state media)"),
        ("bn", "রয়টার্সের বরাত দিয়ে জানা গেছে, ২৩ জন নিহত হয়েছেন।", "রয়টার্সের"),
    ],
)  # fmt: skip
def test_state_media_and_outlets_cited(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # the verb closes the sentence, its subject opens it, the figure stands between
        ("fa", "رئیس جمعیت هلال احمر از کشته شدن ۲۳ نفر خبر داد.", "رئیس جمعیت هلال احمر (head, red crescent)"),
    ],
)
def test_the_subject_that_opens_a_sentence_its_verb_closes(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no source opens the sentence: the toll's own words are none
        ("es", "Las lluvias dejaron 23 muertos, según se informó."),
        ("es", "23 personas murieron, dijo."),
    ],
)
def test_no_subject_opens_the_sentence(language: str, text: str) -> None:
    assert _sources(text, language) == {None}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # the ergative subject ("पुलिस ने", "پولیس نے", "प्रहरीले") opens the sentence its verb of confirming closes
        ("hi", "पुलिस ने 23 लोगों की मौत की पुष्टि की है।", "पुलिस (police)"),
        ("hi", "हादसे में 23 लोगों की मौत हो गई है, जिसकी पुष्टि पुलिस ने की है।", "पुलिस (police)"),
        ("ur", "پولیس نے 23 افراد کی ہلاکت کی تصدیق کی ہے۔", "پولیس (police)"),
        ("ne", "प्रहरीले २३ जनाको मृत्यु भएको पुष्टि गरेको छ।", "प्रहरी (police)"),
        ("ne", "गृह मन्त्रालयले २३ जनाको मृत्यु भएको जनाएको छ।", "गृह मन्त्रालय (ministry)"),
    ],
)
def test_the_ergative_subject_of_a_confirmation(language: str, text: str, source: str) -> None:
    assert _sources(text, language) == {source}
