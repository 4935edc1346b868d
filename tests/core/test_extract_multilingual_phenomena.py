"""Phenomena of toll reporting in the reporters' own languages (sentences of our own): toll verbs that give the
latest update, a toll noun alone, running tolls over many incidents, partitive subsets, number words."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput, Claim, Qualifier, Role


def _claims(text: str, language: str) -> list[Claim]:
    return list(extract(ArticleInput(text=text, language=language)).claims)


def _headline(text: str, language: str, metric: str = "killed") -> Claim | None:
    return pick_headline(main_incident_claims(_claims(text, language)), metric)


@pytest.mark.parametrize(
    ("language", "text", "value", "qualifier"),
    [
        # the count noun's head is far from the number, a toll verb ties them
        ("es", "El recuento de fallecidos por las riadas que anegaron los pueblos del interior de la provincia, "
               "según el último parte, se elevó a por lo menos 73.", 73, Qualifier.AT_LEAST),
        ("id", "Pemerintah daerah mencatat korban meninggal akibat longsor di tiga kecamatan di lereng gunung itu "
               "bertambah menjadi 2.105 jiwa.", 2105, Qualifier.EXACT),
        ("it", "Il bilancio delle vittime del crollo della diga nelle valli del nord, secondo la protezione civile, "
               "è salito a 61.", 61, Qualifier.EXACT),
    ],
)  # fmt: skip
def test_a_toll_verb_binds_the_number_to_the_count_noun_before_it(
    language: str, text: str, value: int, qualifier: Qualifier
) -> None:
    headline = _headline(text, language)
    assert headline is not None and (headline.value, headline.qualifier) == (value, qualifier)
    assert headline.update


def test_the_number_after_a_toll_verb_is_the_update_not_the_increment() -> None:
    # two more bodies found: the toll is now six (words, and the count noun after the number)
    text = "Deux corps ont été découverts dans les décombres, portant à six le nombre de morts, selon la police."
    headline = _headline(text, "fr")
    assert headline is not None and headline.value == 6


def test_a_headline_rounded_figure_gives_way_to_the_body_update() -> None:
    article = ArticleInput(
        title="Le bilan des inondations s'alourdit à plus de 300 morts",
        text="Le bilan des inondations dans le nord du pays s'est alourdi jeudi à 312 morts, selon le gouvernement.",
        language="fr",
    )
    headline = pick_headline(main_incident_claims(list(extract(article).claims)), "killed")
    assert headline is not None and headline.value == 312


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "El tornado fue el más destructivo de la década, con un saldo de 58.", 58),
        ("fr", "Selon la préfecture, le bilan est de 14.", 14),
    ],
)
def test_a_toll_noun_alone_counts_the_dead(language: str, text: str, value: int) -> None:
    assert {(c.metric, c.value) for c in _claims(text, language)} == {("killed", value)}


def test_a_toll_noun_with_a_metric_word_counts_that_metric() -> None:
    text = "Le bilan des blessés s'élève à 40."
    assert {(c.metric, c.value) for c in _claims(text, "fr")} == {("wounded", 40)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Pelo menos 35 pessoas morreram no bombardeio do mercado. O número de mortos desde o início da "
               "guerra subiu para 9.120."),
        ("es", "Al menos 35 personas murieron en el ataque al mercado. La cifra de muertos desde que comenzó la "
               "ofensiva asciende a 9.120."),
    ],
)  # fmt: skip
def test_a_running_toll_of_many_incidents_is_not_the_event_update(language: str, text: str) -> None:
    claims = _claims(text, language)
    roles = {c.value: c.role for c in claims if c.metric == "killed"}
    assert roles[9120] is Role.CUMULATIVE
    headline = pick_headline(main_incident_claims(claims), "killed")
    assert headline is not None and headline.value == 35


@pytest.mark.parametrize(
    ("language", "text", "part"),
    [
        ("fr", "L'explosion a fait 48 morts. 17 des personnes tuées étaient des ouvriers de l'usine.", 17),
        ("es", "El choque dejó 26 heridos; 9 de los heridos siguen en estado grave.", 9),
        ("it", "Il naufragio ha causato 64 morti: 20 dei morti erano bambini.", 20),
    ],
)
def test_a_part_of_a_group_named_right_after_the_number_is_a_subset(language: str, text: str, part: int) -> None:
    roles = {c.value: c.role for c in _claims(text, language)}
    assert roles[part] is Role.SUBSET
    assert any(role is Role.TOTAL for value, role in roles.items() if value != part)


def test_identified_victims_are_a_stage_of_the_count_not_the_toll() -> None:
    text = (
        "Le dernier bilan fait état de 57 morts. 41 victimes identifiées ont été rendues à leurs familles. "
        "41 victimes identifiées, c'est peu."
    )
    headline = _headline(text, "fr")
    assert headline is not None and headline.value == 57


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Legalább tizenketten meghaltak a vonatbalesetben.", 12, Qualifier.AT_LEAST),
        ("A gázrobbanásban negyvenöt ember meghalt.", 45, Qualifier.EXACT),
        ("A földrengés eddig 214 ember életét követelte.", 214, Qualifier.EXACT),
    ],
)
def test_hungarian_numbers_written_together_and_counted_people(text: str, value: int, qualifier: Qualifier) -> None:
    headline = _headline(text, "hu")
    assert headline is not None and (headline.value, headline.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "metric", "value", "qualifier"),
    [
        ("কারখানায় আগুনে মৃতের সংখ্যা বেড়ে ৬৫ জনে দাঁড়িয়েছে।", "killed", 65, Qualifier.EXACT),
        ("বন্যায় এ পর্যন্ত ১২০ জনের বেশি মানুষ মারা গেছেন।", "killed", 120, Qualifier.MORE_THAN),
        ("ভূমিধসে মৃতের সংখ্যা ৪০ ছাড়িয়েছে।", "killed", 40, Qualifier.MORE_THAN),
        ("বাস দুর্ঘটনায় বারোজন নিহত হয়েছেন।", "killed", 12, Qualifier.EXACT),
        ("বিস্ফোরণে পঁচিশ জন আহত হয়েছেন।", "wounded", 25, Qualifier.EXACT),
        ("সংঘর্ষে শতাধিক মানুষ আহত হয়েছেন।", "wounded", 100, Qualifier.MORE_THAN),
    ],
)
def test_bengali_tolls(text: str, metric: str, value: int, qualifier: Qualifier) -> None:
    headline = _headline(text, "bn", metric)
    assert headline is not None and (headline.value, headline.qualifier) == (value, qualifier)


def test_a_bengali_pronoun_is_not_a_number_word() -> None:
    # "তিনি" (he) begins like "তিন" (three): the vowel sign goes on with the word
    text = "তিনি বলেন, আগুনে ১৮ জন নিহত হয়েছেন।"
    assert {(c.metric, c.value) for c in _claims(text, "bn")} == {("killed", 18)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "আগুনে ৪০ জন নিহত হয়েছেন। রাতে হাসপাতালে আরও ৩ জনের মৃত্যু হয়েছে।"),
        ("de", "Bei dem Brand starben 40 Menschen. In der Nacht kamen weitere 3 Tote hinzu."),
    ],
)
def test_a_figure_added_to_the_toll_is_an_increment(language: str, text: str) -> None:
    claims = _claims(text, language)
    roles = {c.value: c.role for c in claims if c.metric == "killed"}
    assert roles == {40: Role.TOTAL, 3: Role.INCREMENT}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("vi", "Số người chết vì lũ quét ở các tỉnh miền núi phía bắc đã lên tới 1.204 người.", 1204),
        ("nl", "Het dodental van de overstromingen is gestegen tot 87.", 87),
    ],
)
def test_a_toll_verb_that_reads_like_up_to_is_the_update_not_a_qualifier(language: str, text: str, value: int) -> None:
    headline = _headline(text, language)
    assert headline is not None and (headline.value, headline.qualifier, headline.update) == (
        value,
        Qualifier.EXACT,
        True,
    )


def test_a_number_word_right_after_digits_is_their_unit() -> None:
    # "năm" is both "five" and "year": after "81" it is the year
    text = "Đây là trận lũ gây nhiều người chết nhất trong 81 năm qua."
    assert all(c.value != 5 for c in _claims(text, "vi"))


def test_a_count_noun_in_the_next_sentence_heads_nothing_here() -> None:
    text = "Trận lũ làm hơn 300 người bị thương. Con số thương vong có thể còn tăng."
    assert ("wounded", 300) in {(c.metric, c.value) for c in _claims(text, "vi")}


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Οι τραυματίες που νοσηλεύονται είναι δεκαοκτώ.", "wounded", 18),
        ("Τουλάχιστον σαράντα δύο άνθρωποι σκοτώθηκαν στην έκρηξη.", "killed", 42),
    ],
)
def test_greek_number_words(text: str, metric: str, value: int) -> None:
    headline = _headline(text, "el", metric)
    assert headline is not None and headline.value == value


def test_bengali_among_the_dead_is_a_subset() -> None:
    text = "আগুনে ৭০ জন নিহত হয়েছেন। নিহতদের মধ্যে ১০ জন শিশু রয়েছে।"
    roles = {c.value: c.role for c in _claims(text, "bn") if c.metric == "killed"}
    assert roles == {70: Role.TOTAL, 10: Role.SUBSET}


def test_people_still_in_hospital_are_a_part_of_the_wounded_not_their_total() -> None:
    text = "Внаслідок удару загинули 7 людей. У лікарнях продовжують лікування 15 постраждалих."
    roles = {(c.metric, c.value): c.role for c in extract(ArticleInput(text=text, language="uk")).claims}
    assert roles == {("killed", 7): Role.TOTAL, ("wounded", 15): Role.SUBSET}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("সাতাশি জন নিহত হয়েছেন।", 87),  # 31-99 are words of their own in Bengali
        ("বিস্ফোরণে বিয়াল্লিশ জন আহত হয়েছেন।", 42),
    ],
)
def test_bengali_number_words_beyond_thirty(text: str, value: int) -> None:
    assert [c.value for c in _claims(text, "bn")] == [value]


def test_a_precomposed_nukta_letter_reads_as_the_letter_and_its_nukta() -> None:
    # 'য়' may be written as one character (U+09DF) or as 'য' + nukta (U+09AF U+09BC), as the lexicon writes it;
    # Unicode's composed form (NFC) keeps the two.
    decomposed = "ঢাকায় আগুনে অন্তত ৭০ জন প্রাণ হারিয়েছেন।"  # the trigger 'প্রাণ হারিয়ে' has one too
    precomposed = decomposed.replace("\u09af\u09bc", "\u09df")
    assert precomposed != decomposed and len(precomposed) < len(decomposed)
    (claim,) = _claims(precomposed, "bn")
    assert (claim.metric, claim.value, claim.qualifier) == ("killed", 70, Qualifier.AT_LEAST)
    assert claim.location == "Dhaka, Bangladesh"  # Bengali's own country: the Dhaka of Bangladesh
    assert precomposed[claim.start : claim.end] == claim.quote and claim.quote.startswith("অন্তত")
    assert precomposed[claim.sentence_start : claim.sentence_end] == precomposed


def test_a_bengali_trigger_and_its_verb_take_the_number_after_them() -> None:
    # "killed were 12 people and wounded were more than 30": each trigger's verb stands before its number
    text = "গুলিতে নিহত হয়েছেন ১২ জন এবং আহত হয়েছেন ৩০ জনেরও বেশি।"
    got = {(c.metric, c.value, c.qualifier) for c in _claims(text, "bn")}
    assert got == {("killed", 12, Qualifier.EXACT), ("wounded", 30, Qualifier.MORE_THAN)}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Un incendie a tué 12 personnes dans la nuit.", 12),
        ("es", "Una explosión mató a 12 personas en la fábrica.", 12),
        ("pt", "Um incêndio matou 12 pessoas no prédio.", 12),
        ("it", "Un terremoto ha ucciso 40 persone.", 40),
    ],
)
def test_the_word_for_one_as_the_subjects_article_is_not_the_count(language: str, text: str, value: int) -> None:
    # 'Un', 'Una', 'Um' open the sentence as the article of its subject; the toll verb's count follows it
    assert [(c.metric, c.value) for c in _claims(text, language)] == [("killed", value)]


def test_one_victim_told_alone_is_still_one() -> None:
    assert [(c.metric, c.value) for c in _claims("Un homme a été tué et 12 autres blessés.", "fr")] == [
        ("killed", 1),
        ("wounded", 12),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "the number of dead rose to 64 and that of the wounded to 120": the first count is the head noun's
        ("es", "Tras el temporal, el número de muertos se elevó a 64 y el de heridos a 120."),
        ("fr", "Après la tempête, le nombre de morts s'élève à 64 et celui des blessés à 120."),
        ("pt", "Após o temporal, o número de mortos subiu para 64 e o de feridos para 120."),
        ("it", "Dopo il nubifragio, il numero dei morti è salito a 64 e quello dei feriti a 120."),
        ("ca", "Després del temporal, el nombre de morts s'ha elevat a 64 i el de ferits a 120."),
    ],
)
def test_an_updated_count_and_that_of_another_kind_in_one_sentence(language: str, text: str) -> None:
    killed, wounded = _headline(text, language, "killed"), _headline(text, language, "wounded")
    assert killed is not None and killed.value == 64
    assert wounded is not None and wounded.value == 120


@pytest.mark.parametrize(
    ("language", "text", "metric", "value", "qualifier"),
    [
        # Catalan number words: teens, tens, hundreds after their multiplier, 'i' inside a compound
        ("ca", "La riuada ha causat vint-i-dos morts a la comarca.", "killed", 22, Qualifier.EXACT),
        ("ca", "L'explosió ha deixat almenys dos-cents ferits.", "wounded", 200, Qualifier.AT_LEAST),
        ("ca", "Han mort setanta-vuit persones en l'incendi.", "killed", 78, Qualifier.EXACT),
        ("ca", "L'accident ha causat quinze morts.", "killed", 15, Qualifier.EXACT),
        # round-number nouns of fifty
        ("ca", "El balanç és de 17 morts i una cinquantena de ferits.", "wounded", 50, Qualifier.ABOUT),
        ("es", "El balance es de 17 muertos y una cincuentena de heridos.", "wounded", 50, Qualifier.ABOUT),
        # Romanian: admitted to hospital, presented as the injured
        ("ro", "Peste 100 de persoane au fost spitalizate după explozie.", "wounded", 100, Qualifier.MORE_THAN),
    ],
)
def test_more_number_words_and_wounded_phrasing(
    language: str, text: str, metric: str, value: int, qualifier: Qualifier
) -> None:
    headline = _headline(text, language, metric)
    assert headline is not None and (headline.value, headline.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a comma opening a relative clause of the counted people does not end the number's phrase (RELATIVES)
        ("uk", "До лікарень міста звернулися понад 80 мешканців, котрі отримали поранення.", 80),
        ("ru", "В больницы обратились 45 человек, которые получили ранения.", 45),
        ("es", "Unas 40 personas, que resultaron heridas, fueron trasladadas al hospital.", 40),
    ],
)
def test_the_counted_people_and_a_relative_clause_that_wounds_them(language: str, text: str, value: int) -> None:
    headline = _headline(text, language, "wounded")
    assert headline is not None and headline.value == value


def test_a_comma_without_a_relative_pronoun_still_ends_the_phrase() -> None:
    # "80 residents, the police wounded ...": no relative pronoun after the comma, no binding across it
    assert _headline("Евакуювали 80 мешканців, поліція повідомила про поранених.", "uk", "wounded") is None


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        ("uk", "Внаслідок землетрусу загинули понад 2000 людей.", Qualifier.MORE_THAN),
        ("fi", "Maanjäristyksessä on kuollut yli 2000 ihmistä.", Qualifier.MORE_THAN),
        ("bn", "ভূমিকম্পে অন্তত ২০০০ জন নিহত হয়েছেন।", Qualifier.AT_LEAST),
        ("fa", "در زلزله دست کم ۲۰۰۰ نفر کشته شدند.", Qualifier.AT_LEAST),
    ],
)
def test_a_year_shaped_number_after_more_than_or_at_least_is_a_count(
    language: str, text: str, qualifier: Qualifier
) -> None:
    # "more than 2000", "at least 2000": no year is written so; the count noun after it is a people's word, no trigger
    killed = [c for c in _claims(text, language) if c.metric == "killed"]
    assert [(c.value, c.qualifier) for c in killed] == [(2000, qualifier)]


def test_a_year_after_a_preposition_stays_a_year() -> None:
    # 'en 2000' dates: no count of 2000
    assert [c.value for c in _claims("En 2000 murieron 40 personas en la riada.", "es")] == [40]


def test_a_catalan_toll_lowered_is_a_revision_down() -> None:
    """"Sanitat rebaixa a 471 els morts": the toll lowered, as "revu à la baisse" in French; grouping reads a
    lowered toll as the revised count of the disaster it revises (`core.events.match.counts_on`)."""
    claims = _claims("Sanitat rebaixa a 471 els morts de l'explosió.", "ca")
    assert [(c.value, c.update, c.revised_down) for c in claims] == [(471, True, True)]
