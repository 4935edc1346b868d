"""Figures: phenomena that recur in every language (round 41; sentences of our own).

A correction inside one text, the martyred as the dead, bystanders hit by stray fire as the hurt, deaths among the
hurt and a poisoning's sick as no injured total, literary and past tenses of dying, 'cost N lives', and ordinals
written with a full stop."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures


# A correction inside one text: the figure set right is the headline, not the one it replaces.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor told reporters the death toll had risen to 48, but later said the correct number was 41 "
            "because some victims had been counted twice.",
            41,
        ),
        ("Officials said the toll had risen to 48, but later said the correct number was 41.", 41),
        ("The mayor first said the death toll stood at 30, but later said the correct figure was 27.", 27),
        ("The army put the toll at 30 but later said the real figure was 26.", 26),
        ("The governor said 48 people had died, but later said the correct number was 41.", 41),
        ("The ministry revised the death toll from the bus crash from 48 to 41.", 41),
        ("Forty-one people, not 48 as first reported, died in the bus crash, police said.", 41),
    ],
)
def test_a_figure_set_right_in_the_same_text_is_the_headline(text: str, expected: int) -> None:
    assert headline_figures(text)[0] == expected


def test_a_figure_set_right_counts_the_injured_too() -> None:
    text = "Police said 20 people were injured, but later said the correct number was 17."
    assert headline_figures(text) == (None, 17)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El gobernador dijo que el número de muertos había subido a 48, pero luego aclaró que la cifra correcta "
            "era 41.",
            "es",
        ),
        ("Le gouverneur a d'abord parlé de 48 morts, avant de corriger: le bon chiffre est de 41.", "fr"),
        ("Le gouverneur a d'abord parlé de 48 morts. Il a ensuite précisé que le bon chiffre était de 41.", "fr"),
        ("Il governatore aveva parlato di 48 morti, ma poi ha detto che la cifra corretta era 41.", "it"),
        ("O governador falou em 48 mortos, mas depois disse que o número correto era 41.", "pt"),
        ("Der Gouverneur sprach zunächst von 48 Toten. Später sagte er, die richtige Zahl sei 41.", "de"),
    ],
)
def test_a_figure_set_right_in_other_languages(text: str, language: str) -> None:
    assert headline_figures(text, language=language)[0] == 41


def test_a_real_figure_told_without_a_number_sets_nothing() -> None:
    text = "Las autoridades hablan de 12 muertos, pero los vecinos creen que la cifra real es mayor."
    assert headline_figures(text, language="es")[0] == 12


# "N soldiers were martyred", "N martyrs": the dead, as the press of the region counts them.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Six soldiers were martyred when militants attacked a checkpoint in the north, the army said.",
            "en",
            (6, None),
        ),
        ("The attack left 12 martyrs and 20 wounded, the army said.", "en", (12, 20)),
        ("Five policemen were martyred and three others injured in the blast, the police said.", "en", (5, 3)),
        ("در این حمله ۵ سرباز شهید و ۳ نفر زخمی شدند.", "fa", (5, 3)),
        ("در این حمله ۵ سرباز شهید شدند.", "fa", (5, None)),
        ("حملے میں 5 فوجی شہید اور 3 زخمی ہو گئے۔", "ur", (5, 3)),
        ("حملے میں 5 فوجی شہید ہو گئے۔", "ur", (5, None)),
        ("Di êrîşê de 5 leşker şehîd bûn û 3 kes birîndar bûn.", "ku", (5, 3)),
        ("Saldırıda 5 asker şehit oldu, 3 asker yaralandı.", "tr", (5, 3)),
        ("استشهد 5 جنود وأصيب 3 آخرون في الهجوم.", "ar", (5, 3)),
    ],
)
def test_the_martyred_are_the_dead(text: str, language: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


def test_a_place_named_for_a_martyr_is_no_death() -> None:
    text = "شہید بینظیر بھٹو ہسپتال میں 3 زخمیوں کو لایا گیا۔"  # a hospital's name, its three injured
    assert headline_figures(text, language="ur") == (None, 3)


# Bystanders hit by stray bullets are the hurt; not when their death is told with it. (English "caught in the
# crossfire" stays unread: local news tells so of a bystander whose death it gives in another sentence.)
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "At least 12 people were killed on Friday in a police raid on a gang hideout, officials said. Three bus "
            "passengers were hit by stray bullets.",
            "en",
            (12, 3),
        ),
        (
            "At least 12 people were killed on Friday in a police raid. Three bus passengers were struck by stray "
            "bullets.",
            "en",
            (12, 3),
        ),
        (
            "A 10-year-old girl was hit by a stray bullet on Tuesday night and is in critical condition.",
            "en",
            (None, 1),
        ),
        ("Dos pasajeros fueron alcanzados por balas perdidas durante el tiroteo.", "es", (None, 2)),
        (
            "Al menos 12 personas murieron en el operativo policial. Dos pasajeros fueron alcanzados por balas "
            "perdidas.",
            "es",
            (12, 2),
        ),
        ("Deux passants ont été touchés par des balles perdues lors de la fusillade.", "fr", (None, 2)),
        ("Dois passageiros foram atingidos por balas perdidas durante o tiroteio.", "pt", (None, 2)),
        ("Due passanti sono stati colpiti da proiettili vaganti durante la sparatoria.", "it", (None, 2)),
        ("Bei der Schießerei wurden zwei Passanten von Querschlägern getroffen.", "de", (None, 2)),
    ],
)
def test_bystanders_hit_by_stray_fire_are_the_hurt(
    text: str, language: str, expected: tuple[int | None, int | None]
) -> None:
    assert headline_figures(text, language=language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two passengers were hit by stray bullets and killed.",
        "A woman was killed when she was hit by a stray bullet.",
        "A 10-year-old girl was struck by a stray bullet and died at the hospital.",
    ],
)
def test_stray_fire_told_with_a_death_counts_no_hurt(text: str) -> None:
    assert headline_figures(text)[1] is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Une fillette est morte, touchée par une balle perdue.", "fr"),
        ("Un niño murió alcanzado por una bala perdida en el barrio.", "es"),
        ("Uma criança morreu atingida por uma bala perdida.", "pt"),
    ],
)
def test_a_death_by_a_stray_bullet_is_one_dead(text: str, language: str) -> None:
    assert headline_figures(text, language=language) == (1, None)


# "After the death of two injured people in hospital": deaths among the hurt, no injured total.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "L'explosion de la raffinerie a fait 38 morts, après le décès de deux blessés à l'hôpital, selon les "
            "autorités.",
            "fr",
        ),
        ("La explosión dejó 38 muertos, tras la muerte de dos heridos en el hospital, según las autoridades.", "es"),
        ("A explosão deixou 38 mortos, após a morte de dois feridos no hospital.", "pt"),
        ("L'esplosione ha causato 38 morti, dopo la morte di due feriti in ospedale.", "it"),
    ],
)
def test_the_death_of_injured_people_is_no_injured_total(text: str, language: str) -> None:
    assert headline_figures(text, language=language) == (38, None)


def test_a_toll_of_dead_and_injured_keeps_both() -> None:
    assert headline_figures("Le bilan: 12 morts et 30 blessés.", language="fr") == (12, 30)


# A poisoning's sick taken to hospital are not the wounded unless the text calls them injured.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Une trentaine de personnes ont été hospitalisées après avoir bu de l'alcool frelaté, cinq sont mortes.",
            "fr",
        ),
        ("Una treintena de personas fueron hospitalizadas tras beber alcohol adulterado; cinco murieron.", "es"),
        ("Trinta pessoas foram hospitalizadas após beber cachaça adulterada; cinco morreram.", "pt"),
        ("Trenta persone sono state ricoverate dopo aver bevuto vino al metanolo; cinque sono morte.", "it"),
        ("About 30 people were hospitalised after drinking bootleg liquor; five died.", "en"),
    ],
)
def test_a_poisonings_sick_are_not_the_wounded(text: str, language: str) -> None:
    assert headline_figures(text, language=language) == (5, None)


def test_a_poisoning_with_the_injured_named_keeps_them() -> None:
    text = "Tras beber alcohol adulterado, cinco personas murieron y 12 resultaron heridas al caer por una escalera."
    assert headline_figures(text, language="es") == (5, 12)


# Dying told in the literary and past tenses: the dead.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Il y a dix ans, 11 mineurs périrent dans l'effondrement de la galerie de Lens.", "fr", 11),
        ("Ce soir-là, douze passagers périssaient dans le naufrage du ferry.", "fr", 12),
        ("12 personnes moururent dans l'incendie du théâtre.", "fr", 12),
        ("12 personnes perdirent la vie dans l'incendie du théâtre.", "fr", 12),
        ("Hace veinte años, 43 personas perecieron en el incendio de la discoteca.", "es", 43),
        ("Dieci anni fa, 29 persone perirono nel crollo del ponte.", "it", 29),
        ("12 persone persero la vita nel crollo.", "it", 12),
        ("29 pessoas pereceram no naufrágio.", "pt", 29),
        ("12 persones periren en l'incendi.", "ca", 12),
        ("În incendiu au pierit 12 oameni.", "ro", 12),
        ("Twelve miners perished in the blast.", "en", 12),
    ],
)
def test_dying_in_the_literary_and_past_tenses(text: str, language: str, expected: int) -> None:
    assert headline_figures(text, language=language)[0] == expected


# "Cost N people their lives", "claimed N lives": the dead, in many languages.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The landslide cost 9 people their lives.", "en", 9),
        ("The fire claimed 14 lives, the fire department said.", "en", 14),
        ("L'avalanche a coûté la vie à six skieurs.", "fr", 6),
        ("El incendio se cobró la vida de 14 personas.", "es", 14),
        ("Der Brand kostete 6 Menschen das Leben.", "de", 6),
        ("Yangın 14 can aldı.", "tr", 14),
        ("Požár si vyžádal 14 lidských životů.", "cs", 14),
        ("Incendiul a costat viața a 6 persoane.", "ro", 6),
    ],
)
def test_lives_taken_are_the_dead(text: str, language: str, expected: int) -> None:
    assert headline_figures(text, language=language)[0] == expected


# An ordinal written with a full stop ("im 3. Stock", "3. katta") ends no sentence and is no count.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Bei dem Brand starben im 3. Stock 4 Menschen.", "de", (4, None)),
        ("Verletzt wurden im 2. Obergeschoss 5 Bewohner.", "de", (None, 5)),
        ("Getötet wurden beim 2. Angriff 7 Soldaten.", "de", (7, None)),
        ("Yangında ölenlerin sayısı 3. günde 45'e yükseldi.", "tr", (45, None)),
        ("Zemřeli ve 3. patře 2 lidé.", "cs", (2, None)),
        ("Zginęły na 3. piętrze 2 osoby.", "pl", (2, None)),
        ("Kuoli 3. kerroksessa 2 ihmistä.", "fi", (2, None)),
        ("Meghalt a 3. emeleten 2 ember.", "hu", (2, None)),
        ("Das Feuer brach im 3. Stock aus. 2 Menschen starben.", "de", (2, None)),
        ("Die Zahl der Toten stieg auf 4. Die Polizei ermittelt.", "de", (4, None)),
    ],
)
def test_an_ordinals_full_stop_is_no_count(text: str, language: str, expected: tuple[int | None, int | None]) -> None:
    assert headline_figures(text, language=language) == expected


def test_a_rank_told_with_an_ordinals_dot_is_no_toll() -> None:
    assert headline_figures("Bu yıl iş kazalarında ölen 45. işçi oldu.", language="tr")[0] != 45
