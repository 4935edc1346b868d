"""Round 35 (langs39): a count of one nationality's dead beside the whole event's toll, on sentences of our own.
Each row gives the headline killed and wounded figure ('-' for none).
- an outlet tells first how many of its own country's people died (pilgrims, tourists, workers named with a
  nationality), then the whole toll the host country gave, as 'the total of victims put at N' ('cifró el total de
  víctimas en 717', 'fixou o número total de vítimas em 717'). The whole toll is the report's headline, the nationals
  a part of it. In Spanish and Portuguese 'the total of victims' followed by 'at' and the number was read as no count
  at all (the words for victims alone name no kind), so the nationals' count stood as the headline. It now counts the
  kind of victims named before it, as 'the figure put at N' already did;
- guards: a report whose only figure is its nationals keeps it (that is all it tells); 'the total of victims' with no
  kind named before stays no figure."""

from __future__ import annotations

import pytest

from tests.core.world_kit import headlines

_NATIONALS_THEN_THE_WHOLE_TOLL = [
    ("es", "El número de turistas chilenos muertos en el derrumbe ha subido a 9. El Gobierno peruano cifró el total de "
     "víctimas en 312.", "312", "-"),
    ("es", "Murieron 6 obreros mexicanos en la explosión de la mina. Las autoridades cifraron el número total de "
     "víctimas en 58.", "58", "-"),
    ("pt", "O número de turistas portugueses mortos no naufrágio subiu para 9. A Grécia fixou o número total de "
     "vítimas em 312.", "312", "-"),
    ("pt", "Morreram 6 operários brasileiros na explosão. As autoridades fixaram o total de vítimas em 58.", "58", "-"),
    # already right: the whole toll told with a word for the dead, or the language's own 'total' phrasing
    ("fr", "Le nombre de touristes belges tués dans le naufrage est passé à 9. La Grèce a fixé le bilan total à "
     "312 morts.", "312", "-"),
    ("de", "Die Zahl der getöteten österreichischen Urlauber ist auf 9 gestiegen. Griechenland bezifferte die "
     "Gesamtzahl der Opfer auf 312.", "312", "-"),
    ("it", "Il numero dei turisti italiani morti nel naufragio è salito a 9. La Grecia ha fissato il numero totale "
     "delle vittime a 312.", "312", "-"),
    ("tr", "Kazada ölen Türk turistlerin sayısı 9'a yükseldi. Yunanistan toplam ölü sayısını 312 olarak açıkladı.",
     "312", "-"),
    ("ru", "Число погибших российских туристов возросло до 9. Греция оценила общее число жертв в 312 человек.",
     "312", "-"),
    ("es", "El número total de muertos en el naufragio asciende a 312.", "312", "-"),
    # guards: the nationals are all the report tells; 'the total of victims' with no kind named before it
    ("es", "El número de turistas chilenos muertos en el derrumbe ha subido a 9.", "9", "-"),
    ("pt", "O número de turistas portugueses mortos no naufrágio subiu para 9.", "9", "-"),
    ("es", "El Gobierno peruano cifró el total de víctimas en 312.", "-", "-"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NATIONALS_THEN_THE_WHOLE_TOLL)
def test_the_whole_toll_beside_the_nationals(language: str, text: str, killed: str, wounded: str) -> None:
    assert headlines(text, language) == (killed, wounded)
