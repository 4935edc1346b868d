"""Round 39 (figs51): what figs49's nobody clauses left. Sentences of our own. Each row gives the headline killed and
wounded figure ('-' for none).

- An adverb or particle inside the nobody clause ("skadades lyckligtvis ingen", "ble heldigvis ingen skadet", "wurde
  glücklicherweise niemand verletzt", "raakte gelukkig niemand gewond"): still a stated zero, never 1 (the word for
  one before it is an article).
- The subordinate 'without anyone being hurt' clause ("sin que nadie resultara herido", "senza che nessuno rimanesse
  ferito", "sem que ninguém ficasse ferido", "sense que ningú resultés ferit", "sans que personne ne soit blessé",
  "fără ca cineva să fie rănit", "ohne dass jemand verletzt wurde", "zonder dat er iemand gewond raakte"): a stated
  zero.
- The plain nobody clauses of gl, af, fy and eu (their lexicons have NOBODY words): a stated zero.
All of them are rows of core/data/stated_zeros.tsv. A real one hurt stays 1."""

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


# An adverb between the verb and the word for nobody: a stated zero, never the article's 1
_ADVERB_INSIDE = [
    ("sv", "Vid en brand i ett lager i Malmö skadades lyckligtvis ingen.", "-", "0"),
    ("sv", "Vid en olycka med en buss dog dock ingen.", "0", "-"),
    ("no", "I en brann i et lager ble heldigvis ingen skadet.", "-", "0"),
    ("da", "Ved en brand i et lager blev heldigvis ingen skadet.", "-", "0"),
    ("de", "Bei einem Brand in einer Scheune wurde glücklicherweise niemand verletzt.", "-", "0"),
    ("nl", "Een loods in Zwolle brandde dinsdag af, niemand werd daarbij gewond.", "-", "0"),
    ("nl", "Bij een brand in een loods raakte gelukkig niemand gewond.", "-", "0"),
]

# 'Without anyone being hurt': a subordinate clause that says none
_WITHOUT_ANYONE = [
    ("es", "Un camión volcó en una autovía de Sevilla sin que nadie resultara herido.", "-", "0"),
    ("es", "Un incendio arrasó una nave sin que nadie resultase herido.", "-", "0"),
    ("es", "Un incendio arrasó una nave sin que hubiera que lamentar víctimas.", "0", "0"),
    ("it", "Un camion si è ribaltato in autostrada senza che nessuno rimanesse ferito.", "-", "0"),
    ("it", "Un incendio ha distrutto un capannone senza che nessuno restasse ferito.", "-", "0"),
    ("pt", "Um camião capotou na autoestrada sem que ninguém ficasse ferido.", "-", "0"),
    ("pt", "Um incêndio destruiu um armazém sem que houvesse feridos.", "-", "0"),
    ("ca", "Un camió va bolcar a l'autopista sense que ningú resultés ferit.", "-", "0"),
    ("gl", "Un camión envorcou na autoestrada sen que ninguén resultase ferido.", "-", "0"),
    ("fr", "Un camion s'est renversé sur l'autoroute sans que personne ne soit blessé.", "-", "0"),
    ("ro", "Un camion s-a răsturnat pe autostradă fără ca cineva să fie rănit.", "-", "0"),
    ("de", "Ein Lastwagen ist bei Ulm umgekippt, ohne dass jemand verletzt wurde.", "-", "0"),
    ("nl", "Een vrachtwagen is bij Zwolle gekanteld zonder dat er iemand gewond raakte.", "-", "0"),
]

# The plain nobody clause in gl, af, fy, eu
_PLAIN_NOBODY = [
    ("gl", "Nun incendio nunha nave en Lugo ninguén resultou ferido.", "-", "0"),
    ("af", "By 'n brand in 'n pakhuis in Pretoria is niemand beseer nie.", "-", "0"),
    ("fy", "By in brân yn in skuorre by Snits is nimmen ferwûne rekke.", "-", "0"),
    ("eu", "Bilboko biltegi batean izandako sute batean ez zen inor zauritu.", "-", "0"),
    ("eu", "Sute batean ez da inor zauritu.", "-", "0"),
]


@pytest.mark.parametrize(("language", "text", "killed", "wounded"), _ADVERB_INSIDE + _WITHOUT_ANYONE + _PLAIN_NOBODY)
def test_a_nobody_clause_is_a_stated_zero(language: str, text: str, killed: str, wounded: str) -> None:
    assert _heads(text, language) == (killed, wounded)


# The word for one before a real one hurt: still one
_ONE_HURT = [
    ("sv", "En kvinna skadades lindrigt vid en brand i ett lager."),
    ("es", "Un camión volcó en una autovía y su conductor resultó herido."),
    ("it", "Un uomo è rimasto ferito in un incidente in autostrada."),
    ("pt", "Um homem ficou ferido num acidente na autoestrada."),
    ("gl", "Un home resultou ferido nun incendio en Lugo."),
    ("no", "En kvinne ble lettere skadet i en brann i Bergen."),
]


@pytest.mark.parametrize(("language", "text"), _ONE_HURT)
def test_a_real_one_hurt_stays_one(language: str, text: str) -> None:
    assert _heads(text, language) == ("-", "1")
