"""A figure told beside a list of places is the whole's, in any language written with capitals: it stays with the
report's main place, not one of the list's. Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.extract.world_places import name_lists
from core.models import ArticleInput


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("La tormenta que azotó la Comunidad Valenciana, Andalucía y Castilla-La Mancha dejó 216 muertos.",
         ["Comunidad Valenciana, Andalucía y Castilla-La Mancha"]),
        ("Des frappes sur Kyiv, Lviv et Odessa ont tué 12 personnes.", ["Kyiv, Lviv et Odessa"]),
        ("Die Fluten trafen Ahrweiler, Schuld, Erftstadt und Hagen.", ["Ahrweiler, Schuld, Erftstadt und Hagen"]),
        ("Murieron 634 en Katmandú, 36 en India y 12 en China.", []),  # tolls of places, not a list of names
        ("Berlin und Hamburg meldeten fünf Tote.", []),  # two names: as often two places of two figures
        ("Hindi bababa sa 8 katao ang nasawi sa pag-atake ng Russia sa Odesa, Ukraine.", []),  # a town, its country
        # a town, its province and a day: no conjunction parts them ("pada", on; "dini", early)
        ("Sedikitnya 14 orang tewas di Kabupaten Sumedang, Jawa Barat, pada Sabtu malam.", []),
        ("Banjir melanda Kota Bandung, Jawa Barat, Selasa dini hari.", []),
    ],
)
def test_lists_of_three_names_or_more(sentence: str, listed: list[str]) -> None:
    assert [sentence[a:b] for a, b in name_lists(sentence)] == listed


def test_a_toll_told_beside_a_list_of_regions_is_placed_at_none_of_them() -> None:
    text = ("VALÈNCIA - La tormenta que azotó la Comunidad Valenciana, Andalucía y Castilla-La Mancha el 29 de "
            "octubre dejó 216 víctimas mortales, según el centro de datos.")
    claims = extract(ArticleInput(text=text, title=None, language="es")).claims
    killed = [c for c in claims if c.metric == "killed" and c.value == 216]
    assert killed and all(c.location != "Andalucía" for c in killed)
