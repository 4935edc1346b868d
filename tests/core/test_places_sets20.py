"""Places found by probing with own sets a101-a112: sentences of our own for each rule."""

from __future__ import annotations

from datetime import date

from core.models import KILLED, ArticleFacts
from core.places import main_location, resolve_location
from core.places.reading import _text_context
from core.similarity import fingerprint
from tests.core.eventkit import make_claim
from tests.core.places_kit import place_label as place


def test_a_capitals_dateline_over_a_town_of_another_province_is_the_bureau() -> None:
    # Naivasha lies some 90 km from Nairobi, in another county: the wire's bureau, not the scene.
    text = "NAIROBI (Wire) - A flash flood swept away homes, killing 17 people in Naivasha, police said."
    assert place(text) == "Naivasha, KE"
    tr = "YENİ DELHİ - Hindistan'ın Uttar Pradeş eyaletindeki Aligarh'ta bir düğün salonunun çökmesi 9 kişiyi öldürdü."
    assert place(tr, "tr") == "Alīgarh, IN"


def claimed(where: str, text: str, title: str | None = None) -> tuple[str, str | None] | None:
    """The main place's label and region, when a claim of the text names `where`."""
    claim = make_claim(KILLED, 12, location=where, incident_date=date(2031, 3, 4))
    article = ArticleFacts("a", "outlet", (claim,), None, title, fingerprint(text, title), text)
    loc = main_location(article)
    return (loc.label, loc.region) if loc is not None else None


def test_a_district_known_only_by_its_division_word_is_read_with_it_in_its_provinces_country() -> None:
    # Kandhamal is a district of Odisha and no town: read with the word the text writes after it, in the country
    # of the province its possessive names.
    text = "Lightning killed 12 people in two hamlets near Sarangagada in Odisha's Kandhamal district, police said."
    assert claimed("Kandhamal", text) == ("Kandhamal", "IN-21")


def test_a_state_named_after_its_capital_is_the_state_beside_its_division_word() -> None:
    # "Rio de Janeiro state" in the headline and the body is the state; the wire's dateline in the capital of that
    # name is the bureau, the town the body places the mudslides in is the scene.
    title = "Mudslides in Brazil's Rio de Janeiro state kill 12"
    text = ("RIO DE JANEIRO (Wire) - Mudslides killed 12 people in Angra dos Reis in Rio de Janeiro state on "
            "Tuesday, officials said.")  # fmt: skip
    assert place(text, title=title) == "Angra dos Reis, BR"
    assert place(text.replace("in Angra dos Reis ", ""), title=title) == "Rio de Janeiro"
    # "state of" after a country's name is the country's state of another name, not a state named after it
    quake = "An earthquake in the Mexican state of Oaxaca killed 3 people."
    assert place(quake, title="Quake hits Mexico state of Oaxaca") == "Oaxaca"


def test_a_region_by_its_own_languages_name_is_the_region() -> None:
    # 'Wallonie' (French) is Wallonia, which GeoNames names only in English; ISO's inverted 'Murcia, Región de' is
    # 'Región de Murcia' as Spanish news writes it.
    assert place("Des orages ont fait 3 morts en Wallonie dimanche, selon les pompiers.", "fr") == "Wallonia"
    assert resolve_location("Región de Murcia").region == "ES-31"


def test_a_district_after_a_provinces_possessive_and_before_a_comma_is_in_that_province() -> None:
    text = "A jeep skidded off a mountain road in Himachal Pradesh's Kullu district, killing 9 people, police said."
    assert place(text) == "Kulu, IN"


def test_a_dateline_in_greek_or_cyrillic_capitals_is_read() -> None:
    # Greek capitals drop the accents ('ΘΕΣΣΑΛΟΝΙΚΗ' is 'Θεσσαλονίκη'); Cyrillic capitals are the name's too.
    greek = "ΘΕΣΣΑΛΟΝΙΚΗ. Δύο εργάτες έχασαν τη ζωή τους όταν κατέρρευσε σκαλωσιά σε εργοτάξιο."
    assert _text_context(greek).dateline == "Thessaloníki"
    assert place(greek, "el") == "Thessaloníki, GR"
    assert _text_context("ОДЕСА - Двоє людей загинули внаслідок нічної атаки дронів.").dateline == "Odesa"
    # A sentence's first capitalised word is no dateline, nor a Latin one read twice.
    assert _text_context("Δύο εργάτες έχασαν τη ζωή τους.").dateline is None
