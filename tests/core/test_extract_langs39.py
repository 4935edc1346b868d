"""Round 35 (langs39): a count of one nationality's dead beside the whole event's toll, on sentences of our own.
Each row gives the headline killed and wounded figure ('-' for none).
- an outlet tells first how many of its own country's people died (pilgrims, tourists, workers named with a
  nationality), then the whole toll the host country gave, as 'the total of victims put at N' ('cifró el total de
  víctimas en 717', 'fixou o número total de vítimas em 717'). The whole toll is the report's headline, the nationals
  a part of it. In Spanish and Portuguese 'the total of victims' followed by 'at' and the number was read as no count
  at all (the words for victims alone name no kind), so the nationals' count stood as the headline. It now counts the
  kind of victims named before it, as 'the figure put at N' already did;
- the nationals' count told in the title and again in the body outvoted the whole toll told once (two votes to one).
  A count whose people noun carries the outlet's own nationality (lexicon NATIONALS: a demonym, 'compatriots',
  'nationals') beside a larger count of the kind in the text is now a part of it, so the whole toll is the headline;
- guards: a report whose only figure is its nationals keeps it (that is all it tells); 'the total of victims' with no
  kind named before stays no figure."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput
from tests.core.world_kit import figure, headlines

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


_NATIONALS_IN_THE_TITLE = [
    ("fa", "شمار کارگران ایرانی جان‌باخته در آتش‌سوزی به ۱۲ نفر رسید",
     "سخنگوی وزارت کار گفت شمار کارگران ایرانی جان‌باخته در آتش‌سوزی کارخانه به ۱۲ نفر رسیده است. مقامات ترکیه "
     "شمار کل قربانیان این آتش‌سوزی را ۴۵ نفر اعلام کرده‌اند.", "45"),
    ("es", "Ya son 12 los obreros bolivianos muertos en el incendio",
     "El cónsul dijo que ya son 12 los obreros bolivianos muertos en el incendio de la fábrica. Las autoridades "
     "argentinas elevaron el número total de muertos a 45.", "45"),
    ("pt", "Sobe para 12 o número de operários brasileiros mortos no incêndio",
     "O consulado disse que subiu para 12 o número de operários brasileiros mortos no incêndio da fábrica. As "
     "autoridades elevaram o número total de mortos para 45.", "45"),
    ("it", "Salgono a 12 i connazionali morti nell'incendio",
     "La Farnesina ha detto che salgono a 12 i connazionali morti nell'incendio della fabbrica. Le autorità locali "
     "hanno portato il bilancio complessivo a 45 morti.", "45"),
    # guards: the nationals are all the report tells, in title and body
    ("fa", "شمار کارگران ایرانی جان‌باخته در آتش‌سوزی به ۱۲ نفر رسید",
     "سخنگوی وزارت کار گفت شمار کارگران ایرانی جان‌باخته در آتش‌سوزی کارخانه به ۱۲ نفر رسیده است.", "12"),
    ("es", "Ya son 12 los obreros bolivianos muertos en el incendio",
     "El cónsul dijo que ya son 12 los obreros bolivianos muertos en el incendio de la fábrica.", "12"),
]


@pytest.mark.parametrize(("language", "title", "text", "killed"), _NATIONALS_IN_THE_TITLE)
def test_the_nationals_told_in_the_title_beside_the_whole(language: str, title: str, text: str, killed: str) -> None:
    article = ArticleInput(text=text, title=title, language=language, published_at=datetime(2024, 6, 1))
    assert figure(pick_headline(main_incident_claims(extract(article).claims), "killed")) == killed
