"""Who a figure counts: the attackers beside their victims, the poisoned in hospital, a people's name before a
plural. Sentences of our own, in several languages."""

from __future__ import annotations

import pytest

from tests.core.figures_kit import headline_figures

# The number next to the attackers counts the subject of the verb, not the dead it killed (its object).
ATTACKERS_AND_THEIR_VICTIMS = [
    ("fr", "Les trois assaillants ont tué cinq personnes dans un bar du centre samedi soir.", 5),
    ("fr", "Deux hommes armés ont tué sept villageois à l'aube.", 7),
    ("es", "Dos pistoleros mataron a seis personas en una cantina de la ciudad.", 6),
    ("es", "Tres hombres armados mataron a cuatro campesinos el domingo.", 4),
    ("pt", "Dois atiradores mataram quatro pessoas numa padaria.", 4),
    ("pt", "Três homens armados mataram cinco pessoas num bar.", 5),
    ("it", "Due uomini armati hanno ucciso tre persone in un bar di periferia.", 3),
    ("de", "Zwei Schützen haben am Sonntag vier Menschen getötet.", 4),
    ("tr", "İki saldırgan dört kişiyi öldürdü.", 4),
    ("id", "Dua penyerang menewaskan empat orang di sebuah pasar.", 4),
    ("pl", "Dwóch napastników zabiło czterech ludzi w sklepie.", 4),
    ("ro", "Trei atacatori au ucis cinci persoane într-un restaurant.", 5),
    ("sv", "Två gärningsmän dödade fem personer på en restaurang.", 5),
    ("da", "To gerningsmænd dræbte tre personer på en café.", 3),
    ("cs", "Dva útočníci zabili pět lidí v restauraci.", 5),
    ("sk", "Dvaja útočníci zabili troch ľudí v obchode.", 3),
    ("el", "Δύο ένοπλοι σκότωσαν πέντε ανθρώπους σε ένα εστιατόριο.", 5),
    ("vi", "Hai tay súng đã giết chết năm người tại một nhà hàng.", 5),
    ("fi", "Kaksi hyökkääjää tappoi viisi ihmistä ravintolassa.", 5),
    ("en", "Two gunmen killed a guard outside the bank on Friday.", 1),
    ("en", "Three militants killed Sergeant Ola Brandt at the checkpoint.", 1),
    ("en", "Four attackers killed a teacher and two pupils at the school gate.", 3),
]


@pytest.mark.parametrize(("language", "text", "killed"), ATTACKERS_AND_THEIR_VICTIMS)
def test_the_attackers_number_is_the_subject_not_the_toll(language: str, text: str, killed: int) -> None:
    assert headline_figures(text, language=language)[0] == killed


# "killed X near A and Y in B": the verb unsaid before the second group, the two added when no total is told.
VICTIMS_TOLD_BY_PLACE = [
    ("Two gunmen killed a detective near the cemetery and three people in the market on Sunday.", 4),
    ("A year after two attackers killed Officer Dana Pike near the depot and two clerks inside the shop, the town "
     "held a vigil.", 3),
    ("The bomber killed a guard at the gate and four worshippers inside the hall.", 5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed"), VICTIMS_TOLD_BY_PLACE)
def test_victims_told_place_by_place_are_added(text: str, killed: int) -> None:
    assert headline_figures(text, language="en")[0] == killed


# A second group with a verb of its own is its own figure, not more of the first verb's dead.
def test_a_group_with_its_own_verb_is_not_added() -> None:
    assert headline_figures("A gunman killed a guard at the gate and two customers were wounded.", language="en") == (
        1,
        2,
    )


# Attackers who died stay the attackers' own count (no object after the verb).
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Deux hommes armés ont été tués par la police et quatre passants ont été blessés."),
        ("es", "Dos sicarios murieron en el tiroteo y cuatro policías resultaron heridos."),
    ],
)
def test_attackers_dead_without_an_object_keep_their_reading(language: str, text: str) -> None:
    assert headline_figures(text, language=language)[1] == 4


# The sick after a poisoned drink, dirty water or an outbreak are treated in hospital, not wounded.
POISONED_IN_HOSPITAL = [
    ("en", "Forty people died after drinking poisoned beer at a wedding. About 150 are being treated in hospital.", 40),
    ("en", "A cholera outbreak has killed 23 people in the camp, and 310 are being treated in hospital.", 23),
    ("fr", "Douze personnes sont mortes après avoir bu une bière empoisonnée ; plus de 90 ont été hospitalisées.", 12),
    ("es", "El brote de cólera dejó 14 muertos y 200 personas fueron hospitalizadas.", 14),
    ("pt", "Nove pessoas morreram após beber cerveja envenenada e 60 foram hospitalizadas.", 9),
    ("it", "Sei persone sono morte dopo aver bevuto birra avvelenata e 40 sono state ricoverate.", 6),
]


@pytest.mark.parametrize(("language", "text", "killed"), POISONED_IN_HOSPITAL)
def test_the_poisoned_in_hospital_are_no_wounded(language: str, text: str, killed: int) -> None:
    assert headline_figures(text, language=language) == (killed, None)


# After a blast or a shooting the hospitalised are the hurt: the kind of event decides.
@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        ("en", "The blast killed 12 people and 40 were hospitalized.", (12, 40)),
        ("fr", "L'explosion a fait 12 morts et 40 personnes ont été hospitalisées.", (12, 40)),
    ],
)
def test_after_a_blast_the_hospitalised_are_the_wounded(language: str, text: str, figures: tuple[int, int]) -> None:
    assert headline_figures(text, language=language) == figures


# A people's name (or a side's, a town's) before a plural noun is no victim's name: no count of one.
@pytest.mark.parametrize(
    "title",
    [
        "Old shells still kill Afghan children",
        "Floods kill Pakistani farmers in Sindh",
        "Shelling kills Ukrainian civilians in Kharkiv",
        "Gunmen kill Christian villagers in a raid",
        "Gunman kills Detroit teens at a party",
        "Bombing kills Afghans at a mosque",
        "Strike kills Yemenis at a wedding",
    ],
)
def test_a_demonym_before_a_plural_counts_no_one(title: str) -> None:
    assert headline_figures("", title=title, language="en")[0] is None


@pytest.mark.parametrize(
    ("title", "killed"), [("Blast kills Afghan child near Kabul", 1), ("Strike kills Hamas commander", 1)]
)
def test_a_demonym_before_a_singular_is_one_person(title: str, killed: int) -> None:
    assert headline_figures("", title=title, language="en")[0] == killed


def test_a_look_back_toll_in_words_beside_a_demonym() -> None:
    text = "A year ago nine children died in the valley when a shell they had found exploded."
    assert headline_figures(text, title="A year on, old shells still kill Afghan children", language="en")[0] == 9


# One person and a count of others joined by 'and', in the reporters' languages: one more than the count.
@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("fr", "L'explosion a tué un gendarme et quatre commerçants.", 5),
        ("it", "L'esplosione ha ucciso un carabiniere e due passanti.", 3),
        ("de", "Der Anschlag tötete einen Polizisten und drei Kunden.", 4),
        ("es", "La explosión mató a un policía y tres clientes.", 4),
        ("es", "El pistolero mató a un vigilante y a dos clientes del banco.", 3),
        ("fr", "Les deux assaillants ont tué un policier et trois clients.", 4),
    ],
)
def test_one_person_and_others_are_added(language: str, text: str, killed: int) -> None:
    assert headline_figures(text, language=language)[0] == killed
