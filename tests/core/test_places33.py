"""Places (round 30, places33): a dateline's town over a town named only in a clause on another event; a web page's
stamp is no place; datelines in scripts without capitals place a report that has no figure; a country at a border
names no scene; a village's capitalised name past a lexicon's stem; a town over its state's county in one sentence.
Sentences of our own."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.models import ArticleInput
from tests.core.places_kit import placed


def _claim_places(language: str, text: str, title: str | None = None) -> list[str | None]:
    return [c.location for c in extract(ArticleInput(text=text, title=title, language=language)).claims]


@pytest.mark.parametrize(
    "text",
    [
        "TOLEDO, Ohio - A gunman killed four people at a warehouse on Tuesday, police said. It was the deadliest "
        "shooting in the state since 2019, when nine people died in a bar shooting in Dayton.",
        "TOLEDO, Ohio - A gunman killed four people at a warehouse on Tuesday. It was the deadliest attack in the "
        "region since nine people were shot dead at a club in Detroit.",
        "TOLEDO, Ohio - A man opened fire at a warehouse late Tuesday, killing four co-workers, police said. It was "
        "the third mass shooting in the country in a week, after seven people were killed at a dance hall in Fresno.",
    ],
)
def test_a_datelines_town_is_the_place_over_a_town_named_only_for_another_event(text: str) -> None:
    loc = placed("en", text)
    assert loc is not None and loc.label == "Toledo, OH"


def test_a_bureaus_dateline_stays_a_bureau_when_the_body_tells_its_own_place_elsewhere() -> None:
    text = (
        "TOLEDO, Ohio (AP) - Four people were killed when a tour bus overturned on a highway in Arizona, officials "
        "said. The bus was carrying tourists to Flagstaff."
    )
    loc = placed("en", text)
    assert loc is not None and loc.label == "Arizona"


def test_an_earlier_stage_of_the_same_event_is_no_other_event() -> None:
    # (no toll of its own after "a day after": the flight's start, so the capital's dateline stays a bureau)
    text = (
        "LIMA: The wreckage of a small plane was found on a slope in Cusco region on Monday, a day after it lost "
        "contact shortly after take-off from Arequipa. All 14 people on board were killed, officials said."
    )
    loc = placed("en", text)
    assert loc is None or loc.label != "Lima, PE"


def test_a_web_pages_stamp_is_no_place() -> None:
    title = "Teen shot in arm, cousin turns himself in - Channel 7 News"
    text = (
        "Teen shot in arm, cousin turns himself in Posted: Friday, May 8, 2015 6:20 PM EDT Updated: Saturday, May 9, "
        "2015 8:00 AM EDT\n\nA teen is in the hospital after deputies say his cousin shot him in the arm by accident."
    )
    assert "Posted" not in _claim_places("en", text, title)
    loc = placed("en", text, title)
    assert loc is None or loc.label != "Posted"


def test_a_headline_place_before_a_colon_stays_a_place() -> None:
    assert "Denver" in _claim_places("en", "Two people were shot dead in Denver: Monday night, police said.")


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("hi", "प्रयागराज। संगम तट पर भगदड़ मचने से कई श्रद्धालु घायल हो गए।", "Prayagraj, IN"),
        ("hi", "लखनऊ। शहर के एक बाजार में आग लगने से कई दुकानें जल गईं।", "Lucknow, IN"),
        ("ar", "الموصل - أصيب عدد من الأشخاص في انفجار سيارة مفخخة صباح اليوم.", "Mosul, IQ"),
        ("ar", "بغداد - أصيب عدد من الأشخاص في انفجار سيارة مفخخة صباح اليوم.", "Iraq"),
        ("ko", "(부산=연합뉴스) 공장에서 불이 나 여러 명이 다쳤다.", "Busan, KR"),
    ],
)
def test_a_script_dateline_places_a_report_with_no_figure(language: str, text: str, label: str) -> None:
    # (a capital's dateline is a bureau as often as the scene: only its country is sure)
    loc = placed(language, text)
    assert loc is not None and loc.label == label


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("en", "A fire at a migrant detention center killed 39 people on Monday.", "Fire kills 39 near US border"),
        ("en", "A fire at a migrant shelter near the border with Mexico killed 12 people on Monday.", None),
        ("es", "Un incendio en un centro de migrantes cerca de la frontera con Estados Unidos dejó 39 muertos.", None),
        ("fr", "Un incendie dans un centre de migrants à la frontière avec les Etats-Unis a fait 39 morts.", None),
    ],
)
def test_a_country_at_a_border_names_no_scene(language: str, text: str, title: str | None) -> None:
    assert not {"US", "United States", "Mexico", "Etats-Unis"} & set(_claim_places(language, text, title))
    loc = placed(language, text, title)
    assert loc is None or loc.kind != "country"


def test_a_country_named_as_a_scene_stays_the_scene() -> None:
    loc = placed("es", "Un incendio en un centro de migrantes en México dejó 39 muertos.")
    assert loc is not None and loc.label == "Mexico"


def test_a_villages_capitalised_name_is_read_past_a_lexicons_stem() -> None:
    loc = placed("el", "Τρεις άνθρωποι σκοτώθηκαν στα Πολιτικά από τις πλημμύρες, ανακοίνωσε η Πολιτική Προστασία.")
    assert loc is not None and loc.label == "Politiká, GR"


def test_the_lexicons_word_capitalised_stays_no_place() -> None:
    loc = placed("el", "Η Πολιτική Προστασία ανακοίνωσε ότι τρεις άνθρωποι σκοτώθηκαν στη Λάρισα.")
    assert loc is not None and loc.label == "Lárisa, GR"


def test_a_town_is_the_finer_place_than_a_county_its_sentence_names() -> None:
    text = (
        "Las autoridades del condado de Los Ángeles hallaron un segundo cuerpo en una casa quemada de Calabasas, con "
        "lo que suben a dos los muertos por el incendio. Más al norte, otro incendio ya deja 20 muertos en Redding."
    )
    loc = placed("es", text)
    assert loc is not None and loc.label == "Calabasas, CA"
