"""Round 39 (figs49): the word for one is also the indefinite article (nl een, de ein, fr un, es un, it un, pt um,
ro un, sv en, no en, tr bir): in a clause that says nobody was hurt or killed it is no count of one. Sentences of our
own. Each row gives the headline killed and wounded figure ('-' for none).

- "Bij een brand in een loods is niemand gewond geraakt": a stated zero (the perfect tense, the verb-second
  "skadades ingen", "ble ingen skadet", "não causou feridos" are in core/data/stated_zeros.tsv), never 1.
- A word that says no one (lexicon NOBODY) between the article and the harm's word, or right after a verb-second
  harm verb, makes that article no count of one even where no stated zero is read ("ble heldigvis ingen skadet").
- A real one hurt ("Een fietser raakte gewond") stays 1."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.extract import extract
from core.headline import main_incident_claims, pick_headline
from core.models import ArticleInput
from tests.core.world_kit import figure


def _heads(text: str, language: str) -> tuple[str, str]:
    article = ArticleInput(text=text, title=None, language=language, published_at=datetime(2024, 5, 3, tzinfo=UTC))
    main = main_incident_claims(extract(article).claims)
    return figure(pick_headline(main, "killed")), figure(pick_headline(main, "wounded"))


# The article and its noun, then a clause that says nobody was hurt or killed: a stated zero, never 1
_NOBODY = [
    ("nl", "Bij een brand in een loods in Zwolle is dinsdag niemand gewond geraakt.", "-", "0"),
    ("nl", "Bij een ongeluk met een bus is niemand om het leven gekomen.", "0", "-"),
    ("nl", "Een vrachtwagen is dinsdag in een sloot beland bij Zwolle. Er raakte niemand gewond.", "-", "0"),
    ("de", "Bei einem Brand in einer Scheune in Ulm ist am Dienstag niemand verletzt worden.", "-", "0"),
    ("de", "Bei einer Explosion in einer Garage ist niemand ums Leben gekommen.", "0", "-"),
    ("de", "Bei einem Feuer in einer Halle kam niemand zu Schaden.", "-", "0"),
    ("de", "Ein Lastwagen ist am Morgen bei Ulm umgekippt. Es wurde niemand verletzt.", "-", "0"),
    ("fr", "Dans un incendie dans un entrepôt à Lyon, personne n'a été blessé mardi.", "-", "0"),
    ("fr", "Un camion s'est renversé sur l'autoroute mardi. Personne n'a été blessé.", "-", "0"),
    ("es", "En un incendio en una nave de Sevilla nadie resultó herido el martes.", "-", "0"),
    ("es", "Una explosión en un garaje no dejó heridos.", "-", "0"),
    ("es", "Un incendio en una fábrica no causó víctimas.", "0", "0"),
    ("it", "In un incendio in un capannone a Torino nessuno è rimasto ferito martedì.", "-", "0"),
    ("it", "Un'esplosione in un garage non ha causato feriti.", "-", "0"),
    ("pt", "Uma explosão numa garagem não causou feridos.", "-", "0"),
    ("pt", "Num incêndio num armazém em Lisboa ninguém ficou ferido na terça-feira.", "-", "0"),
    ("ro", "Într-un incendiu la un depozit din Cluj nimeni nu a fost rănit marți.", "-", "0"),
    ("ro", "O explozie într-un garaj nu a făcut victime.", "0", "0"),
    ("tr", "Bir depoda çıkan yangında kimse yaralanmadı.", "-", "0"),
    ("sv", "Vid en brand i ett lager i Malmö skadades ingen på tisdagen.", "-", "0"),
    ("sv", "Vid en brand i ett lager skadades ingen människa.", "-", "0"),
    ("no", "I en brann i et lager i Bergen ble ingen skadet tirsdag.", "-", "0"),
    ("da", "Ved en brand i et lager i Aarhus kom ingen til skade tirsdag.", "-", "0"),
    ("ca", "En un incendi en una nau de Girona ningú no va resultar ferit dimarts.", "-", "0"),
    ("el", "Σε μια πυρκαγιά σε ένα αποθήκη στην Αθήνα κανείς δεν τραυματίστηκε.", "-", "0"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _NOBODY)
def test_an_article_before_nobody_is_no_one(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


# A word that says no one after the article, in a phrasing no stated zero reads: no figure, never 1
_NOBODY_UNREAD = [
    ("no", "I en brann i et lager ble heldigvis ingen skadet."),
    ("nl", "Bij een brand in een loods is dinsdagavond volgens de brandweer niemand gewond."),
    ("de", "Bei einem Brand in einer Scheune ist nach Angaben der Polizei niemand verletzt."),
]


@pytest.mark.parametrize(("language", "text"), _NOBODY_UNREAD)
def test_an_article_before_nobody_counts_no_one(language: str, text: str) -> None:
    assert "1" not in _heads(text, language)


# The word for one before a real one hurt: still one
_ONE_HURT = [
    ("nl", "Een fietser raakte gewond bij een aanrijding in Assen."),
    ("de", "Ein Radfahrer wurde bei dem Unfall in Ulm verletzt."),
    ("fr", "Un cycliste a été blessé dans l'accident."),
    ("es", "Un ciclista resultó herido en el accidente."),
    ("it", "Un ciclista è rimasto ferito nell'incidente."),
    ("pt", "Um ciclista ficou ferido no acidente."),
    ("ro", "Un biciclist a fost rănit în accident."),
    ("tr", "Bir bisikletli kazada yaralandı."),
    ("sv", "En man skadades vid en brand i ett lager."),
    ("no", "En mann ble skadet i en brann i Bergen."),
]


@pytest.mark.parametrize(("language", "text"), _ONE_HURT)
def test_a_real_one_hurt_stays_one(language: str, text: str) -> None:
    assert _heads(text, language) == ("-", "1")


def _heads_on(text: str, published: datetime) -> tuple[str, str]:
    article = ArticleInput(text=text, title=None, language="en", published_at=published)
    main = main_incident_claims(extract(article).claims)
    return figure(pick_headline(main, "killed")), figure(pick_headline(main, "wounded"))


# A year, its comma, then the count: the comma closes the date, the count is no age listed after digits
_YEAR_COMMA_COUNT = [
    ("In the landslide in May 2000, 23 people were killed and 947 people were injured.", ("23", "947")),
    ("During the storm of 2000, 14 people died and 60 were hurt.", ("14", "60")),
    ("Two men, 20 and 22, were wounded in the shooting.", ("-", "2")),
]


@pytest.mark.parametrize(("text", "heads"), _YEAR_COMMA_COUNT)
def test_a_count_after_a_years_comma(text: str, heads: tuple[str, str]) -> None:
    assert _heads_on(text, datetime(2000, 5, 20, tzinfo=UTC)) == heads
