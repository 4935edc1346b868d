"""Who gave a figure, in the reporters' own languages (sentences of our own): the lexicons' speech verbs and
source nouns, read by one routine; the source noun's English kind joins claimants across languages."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from core.reconcile import claimant_key


def _sources(text: str, language: str, metric: str = "killed") -> set[str | None]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return {c.attribution for c in claims if c.metric == metric}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Al menos 31 personas murieron en el derrumbe, según el Ministerio de Vivienda.",
         "Ministerio de Vivienda"),
        ("es", "El gobernador Luis Arce dijo que 14 personas murieron en el incendio.", "gobernador Luis Arce"),
        ("fr", "L'explosion a fait 23 morts, a indiqué le préfet du Rhône.", "préfet du Rhône"),
        ("fr", "Selon un bilan établi par la Sécurité civile, 23 personnes sont mortes.", "Sécurité civile"),
        ("de", "Laut Polizei kamen mindestens 9 Menschen ums Leben.", "Polizei"),
        ("it", "Secondo la Protezione civile, 17 persone sono morte.", "Protezione civile"),
        ("pt", "Pelo menos 40 pessoas morreram, informou a Defesa Civil do estado.", "Defesa Civil do estado"),
        ("id", "Sebanyak 52 orang tewas, kata Kepala BPBD Agus Salim.", "Kepala BPBD Agus Salim"),
    ],
)  # fmt: skip
def test_the_source_a_sentence_names(language: str, text: str, expected: str) -> None:
    sources = _sources(text, language)
    assert len(sources) == 1
    (source,) = sources
    assert source is not None and source.startswith(expected)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("ar", "قال الدفاع المدني إن 18 شخصا قتلوا في الانفجار.", "civil defence"),
        ("uk", "Загинули 11 людей, повідомила поліція області.", "police"),
        ("hi", "पुलिस के अनुसार हादसे में 7 लोगों की मौत हो गई।", "police"),
        ("ko", "소방당국은 화재로 5명이 숨졌다고 밝혔다.", "fire authorities"),
    ],
)
def test_a_source_in_another_script_carries_its_english_kind(language: str, text: str, kind: str) -> None:
    (source,) = _sources(text, language)
    assert source is not None and source.endswith(f"({kind})")
    # the kind is what lets an English report of the same claimant meet this one
    assert claimant_key(source) & claimant_key(f"the {kind}")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Selon un premier bilan, 12 personnes sont mortes dans l'incendie."),
        ("es", "Al menos 12 personas murieron en el incendio de la fábrica."),
    ],
)
def test_no_source_when_the_text_names_none(language: str, text: str) -> None:
    assert _sources(text, language) == {None}


def test_the_next_sentence_may_name_the_source() -> None:
    text = "Das Feuer forderte 6 Todesopfer. Das teilte die Feuerwehr am Abend mit."
    claims = extract(ArticleInput(text=text, language="de")).claims
    assert claims and all(c.attribution and "Feuerwehr" in c.attribution for c in claims if c.metric == "killed")


def test_a_bengali_speaker_after_the_speech_verb() -> None:
    (source,) = _sources("আগুনে অন্তত ৭০ জনের মৃত্যু হয়েছে বলে জানিয়েছে ফায়ার সার্ভিস।", "bn")
    assert source is not None and source.startswith("ফায়ার সার্ভিস")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # French: the present of reporting, "évoque", a toll "communiqué par", a past perfect with "n'"
        ("fr", "Au moins 35 personnes ont péri dans l'effondrement, informe le ministère de l'Intérieur.",
         "ministère de l'Intérieur (ministry)"),
        ("fr", "Le préfet du Var évoque au moins 12 morts dans l'incendie.", "préfet du Var (prefect)"),
        ("fr", "Le bilan, communiqué par la préfecture, est de 14 morts.", "préfecture (prefecture)"),
        ("fr", "La gendarmerie n'avait confirmé que 4 décès à minuit.", "gendarmerie"),
        # German: nouns are capitalised, so the source ends before the verb after "laut" ("laut Feuerwehr | kamen")
        ("de", "Laut Feuerwehr kamen 6 Menschen ums Leben.", "Feuerwehr (fire service)"),
        ("de", "Nach Informationen des Senders NTV starben mindestens 15 Menschen.", "Senders NTV (broadcaster)"),
        ("de", "Laut einem Sprecher der Bergwacht starben 3 Wanderer.", "Sprecher der Bergwacht (spokesperson)"),
        # Italian: "come comunicato dalla ...", "lo ha reso noto"
        ("it", "Il bilancio resta fermo a 22 morti, come comunicato ieri dalla Prefettura di Napoli.",
         "Prefettura di Napoli (prefecture)"),
        # Arabic: a spokesman without the article; media that "estimated" the number of the dead
        ("ar", "قال متحدث باسم الدفاع المدني إن 14 شخصا قتلوا في الانفجار.",
         "متحدث باسم الدفاع المدني (spokesperson, civil defence)"),
        ("ar", "وقدرت وسائل الإعلام المحلية عدد القتلى بـ 40 شخصا.", "وسائل الإعلام المحلية (media)"),
        # Persian, Vietnamese, Nepali
        ("fa", "به گفته سخنگوی اورژانس، ۹ نفر در این حادثه کشته شدند.",
         "سخنگوی اورژانس (spokesperson, emergency services)"),
        ("vi", "Theo Bộ Y tế, 12 người đã thiệt mạng trong vụ cháy.", "Bộ Y tế (health ministry)"),
        ("vi", "Bộ Nội vụ cho biết 30 người đã thiệt mạng.", "Bộ Nội vụ (home ministry)"),
        ("ne", "बाढीमा परी १२ जनाको मृत्यु भएको जिल्ला प्रहरी कार्यालयले जनाएको छ ।", "जिल्ला प्रहरी"),
    ],
)  # fmt: skip
def test_usual_speakers_in_their_languages(language: str, text: str, expected: str) -> None:
    (source,) = _sources(text, language)
    assert source is not None and source.startswith(expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "theo dõi" is to follow (a situation): no source after it, though a place's name comes later
        ("vi", "Chính quyền đang theo dõi tình hình tại Hà Nội, nơi 5 người đã thiệt mạng."),
        ("de", "Bei dem Unglück in Bayern kamen 4 Menschen ums Leben."),
    ],
)
def test_no_speaker_from_a_place(language: str, text: str) -> None:
    assert _sources(text, language) == {None}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an outlet citing someone: the one cited gave the figure, not the outlet
        ("uk", "Загинули 12 людей, повідомляє агентство, посилаючись на голову обласної адміністрації.",
         "голову обласної адміністрації"),
        ("ru", "Погибли 12 человек, сообщает ТАСС со ссылкой на МЧС.", "МЧС"),
        ("de", "Mindestens 12 Menschen starben, meldete die Agentur unter Berufung auf die Polizei.", "Polizei"),
        ("fr", "Au moins 12 personnes sont mortes, rapporte la chaîne BFM citant la préfecture.", "préfecture"),
        # a headline opening with its source and a colon
        ("id", "BNPB: 120 Orang Meninggal Akibat Banjir", "BNPB"),
        ("de", "Polizei: Zahl der Toten steigt auf 12", "Polizei"),
        # "some" before the source
        ("ar", "وذكرت بعض المصادر الطبية أن 12 شخصا قتلوا في الانفجار.", "المصادر الطبية"),
    ],
)  # fmt: skip
def test_the_source_behind_a_citation_or_a_label(language: str, text: str, expected: str) -> None:
    (source,) = _sources(text, language)
    assert source is not None and source.startswith(expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Erdbeben in der Türkei: Zahl der Toten steigt auf 12"),
        ("es", "Sismo en México: 40 muertos en la capital"),
    ],
)
def test_a_headline_label_that_names_no_source(language: str, text: str) -> None:
    assert _sources(text, language) == {None}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ur", "پولیس کے مطابق دھماکے میں 12 افراد ہلاک ہوگئے۔", "پولیس (police)"),
        ("fi", "Poliisin mukaan onnettomuudessa kuoli 7 ihmistä.", "Poliisin (police)"),
        ("fi", "Onnettomuudessa kuoli 7 ihmistä, kertoi pelastuslaitos.", "pelastuslaitos (rescue service)"),
        ("no", "Ifølge politiet omkom 8 personer i brannen.", "politiet (police)"),
        ("no", "Minst 8 personer omkom i brannen, opplyser det greske brannvesenet.",
         "greske brannvesenet (fire service)"),
        ("lt", "Pasak policijos, avarijoje žuvo 6 žmonės.", "policijos (police)"),
        ("lt", "Avarijoje žuvo 6 žmonės, pranešė ugniagesiai.", "ugniagesiai (firefighters)"),
        ("tl", "Ayon sa pulisya, 15 katao ang nasawi sa sunog.", "pulisya (police)"),
        ("tl", "Umabot na sa 15 ang nasawi, sinabi ng NDRRMC.", "NDRRMC"),
    ],
)  # fmt: skip
def test_speakers_in_languages_that_had_none(language: str, text: str, expected: str) -> None:
    (source,) = _sources(text, language)
    assert source == expected


def test_the_other_sense_of_an_according_to_marker_names_no_one() -> None:
    # Finnish "mukaan lukien" is "including": the children are no source
    assert _sources("Onnettomuudessa kuoli 7 ihmistä, kolme lasta mukaan lukien.", "fi") == {None}
    # "according to provisional data" names no one; the police or an agency's acronym do
    assert _sources("Az ideiglenes adatok szerint 129 ember meghalt.", "hu") == {None}
    assert _sources("A rendőrség szerint 129 ember meghalt.", "hu") == {"rendőrség (police)"}
    assert _sources("Az MTI szerint 129 ember meghalt.", "hu") == {"MTI"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a sentence pointing back at what was told names its source, though it gives figures of its own
        ("it", "Sale a 30 il numero dei morti nel crollo. Lo ha reso noto il prefetto di Napoli, precisando che 12 "
         "persone sono morte nella prima ora.", "prefetto di Napoli (prefect)"),
        ("de", "Mindestens 20 Menschen kamen ums Leben. Das teilte die Polizei mit, die zuvor von 12 Toten gesprochen "
         "hatte.", "Polizei (police)"),
        ("es", "Al menos 20 personas murieron en el incendio. Así lo informó el alcalde, que habló de otros 13 muertos "
         "en la región.", "alcalde (mayor)"),
        # the next sentence past a page's line break, and a toll noun alone in it is no figure of its own
        ("fr", "Au moins cinq personnes sont mortes dans l'incendie.   \n\n   Lors d'un point de presse, les "
         "pompiers ont indiqué que le bilan restait inchangé.", "pompiers (firefighters)"),
    ],
)  # fmt: skip
def test_the_source_the_next_sentence_gives(language: str, text: str, expected: str) -> None:
    assert _sources(text, language) == {expected}


def test_a_next_sentence_with_figures_of_its_own_keeps_its_source() -> None:
    text = "Al menos 20 personas murieron en el incendio. El alcalde dijo que otras 13 murieron en la región."
    assert _sources(text, "es") == {None, "alcalde (mayor)"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German capitalises every noun: the clause before the comma is no speaker ("Menschen starben"), the
        # speaker comes after the verb, maybe after adjectives
        ("Mindestens 12 Menschen starben, teilte die griechische Feuerwehr mit.",
         "griechische Feuerwehr (fire service)"),
        ("Mindestens 12 Menschen starben, sagte ein örtlicher Sprecher.", "örtlicher Sprecher (spokesperson)"),
        ("Mindestens 15 Menschen starben, teilte die Feuerwehr am Montag mit.", "Feuerwehr (fire service)"),
    ],
)  # fmt: skip
def test_a_german_speaker_after_the_verb(text: str, expected: str) -> None:
    assert _sources(text, "de") == {expected}


def test_a_clause_before_a_comma_is_no_apposition() -> None:
    # the commas of an apposition ("el ministro de Salud, Juan Pérez, dijo"), not a number and a comma
    assert _sources("Mindestens 12 Menschen starben, sagte am Montag die Polizei.", "de") != {"Menschen starben"}
    assert _sources("El ministro de Salud, Juan Pérez, dijo que 12 personas murieron.", "es") == {"Juan Pérez"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the source's own words only: no speech verb written onto it, no comma, no figure's clause
        ("zh", "据中央电视台报道，事故造成12人死亡。", "中央电视台 (cctv)"),
        ("zh", "据新华社报道，事故已造成21人死亡。", "新华社 (xinhua)"),
        ("tr", "İçişleri Bakanlığı, 12 kişinin öldüğünü duyurdu.", "İçişleri Bakanlığı (ministry)"),
        ("ar", "أعلنت وزارة الصحة ارتفاع عدد القتلى إلى 47.", "وزارة الصحة (ministry)"),
        ("ar", "أعلنت وزارة الداخلية مقتل 12 شخصا في الهجوم.", "وزارة الداخلية (ministry)"),
    ],
)
def test_the_source_is_its_words_only(language: str, text: str, expected: str) -> None:
    assert _sources(text, language) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Bei dem Brand kamen zwölf Menschen ums Leben, sagte am Montag die Polizei.", "de", "Polizei (police)"),
        ("Doce personas murieron en el incendio, informó el lunes la policía.", "es", "policía (police)"),
    ],
)
def test_a_day_with_its_preposition_between_the_verb_and_the_speaker_is_passed_over(
    text: str, language: str, source: str
) -> None:
    assert _sources(text, language) == {source}
