"""Round 44 (figs60): forms of a toll still open after langs53 and figs59, each in sentences of our own.

- An aside on who the counted were, between commas and with no number of its own, between a count and its verb
  ("nueve personas, en su mayoría niños, murieron"): the count is still the verb's (lexicon ASIDE_OPENERS, read by
  world_binding._closed_aside). A number inside the aside is a count of its own; an aside after the verb changes
  nothing.
- The kin of all the dead ("relatives of the 16 people who died"): 'the' and a noun of everyone harmed name the
  whole toll, while the kin of a kind or of a bare count ("parents of three students killed") tell of some of them.
- French one found or brought up dead ("a été remonté sans vie", "retrouvée morte"): one dead (SINGULAR_DEATHS).
- Italian treated = hurt ("sono state medicate") and the past remote "ferì": read already, kept here.
"""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines


@pytest.mark.parametrize(
    ("code", "text", "killed"),
    [
        ("de", "Neun Menschen, vor allem Kinder, kamen bei dem Erdrutsch ums Leben.", "9"),
        ("de", "Acht Menschen, überwiegend Frauen, starben bei dem Angriff auf den Markt.", "8"),
        ("es", "Nueve personas, en su mayoría niños, murieron en el derrumbe de la escuela.", "9"),
        ("es", "Siete personas, la mayoría mujeres, murieron en el ataque al mercado.", "7"),
        ("fr", "Neuf personnes, pour la plupart des enfants, sont mortes dans l'effondrement.", "9"),
        ("it", "Nove persone, per lo più bambini, sono morte nel crollo della scuola.", "9"),
        ("pt", "Nove pessoas, na sua maioria crianças, morreram no desabamento.", "9"),
        ("ca", "Nou persones, la majoria nens, van morir a l'incendi del col·legi.", "9"),
        ("ro", "Nouă oameni, majoritatea copii, au murit în incendiul de la școală.", "9"),
        ("ru", "Девять человек, в основном дети, погибли при обрушении школы.", "9"),
        ("uk", "Дев'ять людей, переважно діти, загинули під час пожежі у школі.", "9"),
        ("pl", "Dziewięć osób, głównie dzieci, zginęło w pożarze szkoły.", "9"),
        ("cs", "Devět lidí, převážně dětí, zemřelo při požáru školy.", "9"),
        ("nl", "Negen mensen, vooral kinderen, zijn om het leven gekomen bij de aardverschuiving.", "9"),
        ("sv", "Nio personer, främst barn, dog i branden på skolan.", "9"),
        ("en", "Nine people, most of them children, died when the school collapsed.", "9"),
        # an aside after the verb, and a count inside the aside, change nothing
        ("es", "Dos personas murieron, la mayoría niños, según la policía.", "2"),
        ("de", "Vor allem 5 Kinder starben bei dem Brand.", "5"),
    ],
)
def test_an_aside_between_the_count_and_its_verb(code: str, text: str, killed: str) -> None:
    assert headlines(text, code)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Relatives of the 16 people who died in the fire gathered outside the court on Monday.", "16"),
        ("Families of the 12 people killed in the crash met the minister.", "12"),
        # the kin of some of the dead: a kind of person, or a count with no 'the'
        ("Parents of three students killed in the sinking wailed at the port.", "-"),
        ("Parents of the three students killed in the sinking wailed at the port.", "-"),
    ],
)
def test_the_kin_of_all_the_dead(text: str, killed: str) -> None:
    assert headlines(text, "en")[0] == killed


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("fr", "Le corps du plongeur a été remonté sans vie par les secours.", ("1", "-")),
        ("fr", "Une randonneuse a été retrouvée morte au pied de la falaise.", ("1", "-")),
        ("fr", "Le pêcheur disparu a été repêché sans vie dans le port.", ("1", "-")),
        ("fr", "Trois corps ont été remontés sans vie du puits.", ("3", "-")),
        ("fr", "Le garçon a été remonté mort du puits dans la nuit, selon les autorités.", ("1", "-")),
        ("fr", "Le mineur a été remonté sain et sauf, trois de ses collègues sont morts.", ("3", "-")),
        ("it", "Circa venti persone sono state medicate sul posto dopo l'esplosione.", ("-", "20:about")),
        ("it", "14 persone sono state medicate dopo l'incidente in autostrada.", ("-", "14")),
        ("it", "Il terremoto ferì 24 persone e ne uccise tre.", ("3", "24")),
        ("it", "L'esplosione ferì 24 persone nel centro della città.", ("-", "24")),
    ],
)
def test_found_dead_and_treated(code: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, code) == expected


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # the people of the aside were saved or hurt; the dead are another count
        ("es", "Nueve personas, en su mayoría niños, fueron rescatadas; tres murieron.", ("3", "-")),
        ("de", "Zwölf Menschen, überwiegend Touristen, wurden verletzt, zwei starben.", ("2", "12")),
        ("fr", "Neuf personnes, surtout des femmes, ont été blessées.", ("-", "9")),
    ],
)
def test_an_aside_keeps_other_counts_apart(code: str, text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, code) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fans ("tifosi") are no typhus ("tifo"): the treated of a crowd crush are the hurt
        ("I tifosi saltavano sui gradini della scala. Una trentina di persone sono state medicate.", ("-", "30:about")),
        ("La scala mobile accelerò e ferì 24 tifosi in arrivo allo stadio.", ("-", "24")),
        # an outbreak of typhus: the treated are the sick
        ("Un'epidemia di tifo nel campo profughi: 40 persone sono state ricoverate.", ("-", "-")),
    ],
)
def test_fans_are_no_typhus(text: str, expected: tuple[str, str]) -> None:
    assert headlines(text, "it") == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # "yakın" (nearly) is a whole word: "yakınları" (their relatives) qualifies nothing
        ("Kazada ölen 12 kişinin yakınları valiliğin önünde bekledi.", "12"),
        ("Depremde 100'e yakın kişi öldü.", "100:nearly"),
        ("Selde 30'a yakın kişi hayatını kaybetti.", "30:nearly"),
    ],
)
def test_turkish_nearly_is_a_whole_word(text: str, killed: str) -> None:
    assert headlines(text, "tr")[0] == killed
