"""Figures in the reporters' own languages (sentences of our own): number words whose scale comes before its
multiplier (Hausa, Swahili)."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput


def _figures(text: str, language: str, metric: str) -> set[tuple[int | None, str]]:
    claims = extract(ArticleInput(text=text, language=language)).claims
    return {(c.value, c.qualifier.value) for c in claims if c.metric == metric}


@pytest.mark.parametrize(
    ("language", "text", "metric", "figure"),
    [
        # the hundred or thousand first, its multiplier after it: "dari biyu" is 200, "elfu mbili" 2000
        ("ha", "Akalla mutane dari biyu ne suka mutu a harin.", "killed", (200, "at_least")),
        ("ha", "Mutane dari uku da hamsin sun jikkata.", "wounded", (350, "exact")),
        ("ha", "Mutane dubu biyu da dari biyar sun jikkata.", "wounded", (2500, "exact")),
        # ... with no joiner between: "dari da hamsin" is a hundred and fifty
        ("ha", "Mutane dari da hamsin sun mutu.", "killed", (150, "exact")),
        ("sw", "Watu mia mbili wamefariki dunia.", "killed", (200, "exact")),
        ("sw", "Watu elfu mbili mia tano wamejeruhiwa.", "wounded", (2500, "exact")),
        ("sw", "Takriban watu mia moja na hamsini wamefariki.", "killed", (150, "about")),
    ],
)
def test_a_scale_before_its_multiplier(language: str, text: str, metric: str, figure: tuple[int, str]) -> None:
    assert _figures(text, language, metric) == {figure}


def test_one_alone_is_no_swahili_number() -> None:
    # "moja" is a number only after another number word ("mia moja"); "mmoja" is one person
    assert _figures("Mtu mmoja amefariki dunia.", "sw", "killed") == {(1, "exact")}


@pytest.mark.parametrize(
    ("language", "text", "metric", "figure"),
    [
        # a scale written short with a full stop ends no sentence before a lowercase word
        ("pl", "Ponad 6,5 tys. osób zostało rannych.", "wounded", (6500, "more_than")),
        ("ru", "Более 2 тыс. человек получили ранения.", "wounded", (2000, "more_than")),
        ("cs", "Přes 2 tis. lidí bylo zraněno.", "wounded", (2000, "more_than")),
        # the bodies recovered are a stage of the death toll, as "brought 36 bodies to the surface" in English
        ("tr", "Kurtarma ekipleri madenden 78 ceset çıkardı.", "killed", (78, "exact")),
        ("tr", "Enkazdan 78 kişinin cesedi çıkarıldı.", "killed", (78, "exact")),
        ("ru", "Спасатели подняли на поверхность 78 тел.", "killed", (78, "exact")),
        ("uk", "Рятувальники дістали з-під завалів 78 тіл.", "killed", (78, "exact")),
        ("nl", "Reddingswerkers hebben 78 lichamen uit de mijn gehaald.", "killed", (78, "exact")),
        ("sv", "Räddningsarbetare har hittat 78 kroppar i gruvan.", "killed", (78, "exact")),
        ("cs", "Záchranáři vytáhli z dolu 78 těl.", "killed", (78, "exact")),
        ("da", "Redningsfolk har fundet 78 lig i minen.", "killed", (78, "exact")),
        ("no", "Redningsmannskaper har funnet 78 lik i gruven.", "killed", (78, "exact")),
        ("it", "I soccorritori hanno estratto 78 salme dalla miniera.", "killed", (78, "exact")),
        ("ca", "Els rescatadors han recuperat 78 cossos de la mina.", "killed", (78, "exact")),
        # an update verb with its count noun after the number
        ("pt", "A Defesa Civil atualizou para 23 o número de mortos.", "killed", (23, "exact")),
        ("es", "Protección Civil actualizó a 23 la cifra de muertos.", "killed", (23, "exact")),
        # Dutch "zeker": at least
        ("nl", "Zeker 40 mensen kwamen om het leven.", "killed", (40, "at_least")),
    ],
)
def test_figures_newsrooms_write(language: str, text: str, metric: str, figure: tuple[int, str]) -> None:
    assert _figures(text, language, metric) == {figure}


def test_a_body_noun_counts_only_the_number_right_before_it() -> None:
    # "3 tělocvičny" (three gyms) begins like "těl" (bodies) and is no toll
    assert _figures("Ve škole jsou 3 tělocvičny a 40 zraněných.", "cs", "killed") == set()


@pytest.mark.parametrize(
    ("language", "text", "metric", "figure"),
    [
        # Korean native numbers, with the people's counter and its particle
        ("ko", "스물세 명이 숨지고 두 명이 다쳤다.", "killed", (23, "exact")),
        ("ko", "이 사고로 한 명이 숨지고 세명이 다쳤다.", "wounded", (3, "exact")),
        # Nepali twenties are words of their own; six with its counter
        ("ne", "तेइस जनाको मृत्यु भएको छ भने दुई जना घाइते भएका छन्।", "killed", (23, "exact")),
        ("ne", "छ जनाको मृत्यु भएको छ।", "killed", (6, "exact")),
    ],
)
def test_number_words_with_their_counter(language: str, text: str, metric: str, figure: tuple[int, str]) -> None:
    assert _figures(text, language, metric) == {figure}


def test_the_nepali_verb_is_is_no_six() -> None:
    # "छ" is six and the verb "is": "a death has occurred" states no figure
    assert _figures("घटनामा परी एक व्यक्तिको मृत्यु भएको छ।", "ne", "killed") <= {(1, "exact")}
    assert _figures("घटनामा परी मृत्यु भएको छ।", "ne", "killed") == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # number words that are also other words: "năm" the year, "ده" a village, "نه" no
        ("vi", "Vụ tai nạn năm ngoái làm chết người."),
        ("fa", "در این ده چند نفر کشته شدند."),
    ],
)
def test_a_number_word_in_its_other_sense_is_no_figure(language: str, text: str) -> None:
    assert _figures(text, language, "killed") == set()


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("vi", "Năm người thiệt mạng trong vụ cháy.", (5, "exact")),
        ("fa", "ده نفر کشته شدند.", (10, "exact")),
        ("fa", "بیست و نه نفر کشته شدند.", (29, "exact")),
        ("fa", "نه تنها خانه‌ها ویران شد، بلکه ۲۳ نفر کشته شدند.", (23, "exact")),
    ],
)
def test_the_same_words_as_numbers(language: str, text: str, figure: tuple[int, str]) -> None:
    assert _figures(text, language, "killed") == {figure}


@pytest.mark.parametrize(
    ("language", "text", "metric", "figure"),
    [
        # figures reported missed, read already: "more than" as a suffix on the count ("100多人"), a toll that rose
        # to a figure with "their number" pointing back, bodies brought up from a mine
        ("zh", "事故造成5人死亡，另有100多人受伤。", "wounded", (100, "more_than")),
        ("bg", "При катастрофата загинаха 12 души. По-късно броят им нарасна до 18.", "killed", (18, "exact")),
        ("fr", "Les secouristes ont remonté 78 corps et 246 survivants de la mine.", "killed", (78, "exact")),
    ],
)
def test_figures_reported_missed(language: str, text: str, metric: str, figure: tuple[int, str]) -> None:
    claims = extract(ArticleInput(text=text, language=language)).claims
    values = [(c.value, c.qualifier.value) for c in claims if c.metric == metric]
    assert figure in values
