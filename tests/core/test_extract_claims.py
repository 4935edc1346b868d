"""Metrics, roles, derived and perpetrator claims, attribution, place, date, title and noisy text.

All example sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.extract import extract
from core.models import ArticleInput, Claim, Qualifier, Role


def _claims(text: str, **kwargs: object) -> tuple[Claim, ...]:
    return extract(ArticleInput(text=text, **kwargs)).claims  # type: ignore[arg-type]


def _summary(text: str) -> set[tuple[str, int, str]]:
    return {(c.metric, c.value, c.role.value) for c in _claims(text)}


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Three people were killed in the blast.", "killed", 3),
        ("Officials said 12 were dead after the storm.", "killed", 12),
        ("Two residents died at the scene.", "killed", 2),
        ("The ministry reported 51 deaths overnight.", "killed", 51),
        ("Police counted four fatalities.", "killed", 4),
        ("The flood claimed 30 lives in the valley.", "killed", 30),
        ("Divers recovered the bodies of seven fishermen.", "killed", 7),
        ("Two men were fatally shot outside the bar.", "killed", 2),
        ("Six villagers were murdered last week.", "killed", 6),
        ("Five people were wounded by shrapnel.", "wounded", 5),
        ("Eight workers were injured in the collapse.", "wounded", 8),
        ("Two hikers were hurt when the bridge failed.", "wounded", 2),
        ("Nine passengers sustained injuries in the crash.", "wounded", 9),
        ("Three patients were hospitalised after the fire.", "wounded", 3),
        ("Two officers remain in critical condition.", "wounded", 2),
        ("Eleven sailors are still missing.", "missing", 11),
        ("About 2,000 residents were evacuated from the coast.", "displaced", 2000),
        ("Police arrested 14 protesters downtown.", "arrested", 14),
        ("The storm destroyed 120 houses in the district.", "houses destroyed", 120),
        ("The shelling killed nine people.", "killed", 9),
        ("A landslide buried the road, killing 11 villagers.", "killed", 11),
        ("The blast injured thirty-two people.", "wounded", 32),
    ],
)
def test_metrics(text: str, metric: str, value: int) -> None:
    assert (metric, value) in {(c.metric, c.value) for c in _claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The city of 330,000 residents lies 100 kilometers from the front.",
        "The ceasefire took effect at 9:30 am on September 27.",
        "A 23-year-old student spoke to reporters about the 2019 floods.",
        "Call 555-1234 to donate; the fund raised $5 million.",
    ],
)
def test_no_harm_claims_in_non_counts(text: str) -> None:
    assert not [c for c in _claims(text) if c.metric in ("killed", "wounded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A storm killed nine people, including four women.", {("killed", 9, "total"), ("killed", 4, "subset")}),
        (
            "Twenty people were hurt, among them six children and two teachers.",
            {("wounded", 20, "total"), ("wounded", 6, "subset"), ("wounded", 2, "subset")},
        ),
        ("Two more civilians were killed in the village.", {("killed", 2, "increment")}),
        ("Officials confirmed another three people were killed.", {("killed", 3, "increment")}),
        ("The death toll rose to 40 on Tuesday.", {("killed", 40, "total")}),
        ("The death toll in the country's civil war has risen to 40,000.", {("killed", 40000, "cumulative")}),
        ("So far 120 people have been killed in the unrest.", {("killed", 120, "cumulative")}),
        (
            "The civil war in the 1990s claimed 30,000 lives.",
            {("killed", 30000, "background")},
        ),
        (
            "A second rocket hit a market, injuring two people.",
            {("wounded", 2, "partial")},
        ),
    ],
)
def test_roles(text: str, expected: set[tuple[str, int, str]]) -> None:
    assert expected <= _summary(text)


def test_shot_one_fatally_derives_wounded() -> None:
    claims = _claims("Four people were shot, one fatally, near the park.")
    killed = [c for c in claims if c.metric == "killed"]
    wounded = [c for c in claims if c.metric == "wounded"]
    assert [c.value for c in killed] == [1]
    assert [(c.value, c.derivation) for c in wounded] == [(3, "derived")]


def test_gunman_death_is_a_separate_perpetrator_claim() -> None:
    claims = _claims("A gunman killed three coworkers before turning the gun on himself.")
    assert ("killed", 3, None) in {(c.metric, c.value, c.derivation) for c in claims}
    perpetrator = [c for c in claims if c.derivation == "perpetrator"]
    assert len(perpetrator) == 1 and perpetrator[0].value == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A man was shot and killed on Elm Street.", 1),
        ("Police said a teenager was killed in the crash.", 1),
        ("The explosion killed a civilian.", 1),
        ("Both victims died at the hospital.", 2),
    ],
)
def test_singular_and_word_counts(text: str, value: int) -> None:
    assert ("killed", value) in {(c.metric, c.value) for c in _claims(text)}


def test_attribution_per_claim() -> None:
    text = (
        "The health ministry said 12 people were killed. "
        "A rebel spokesman said 30 were killed. "
        "Eight others were wounded, it said. "
        "Five bodies were found in the river, according to police."
    )
    by_value = {c.value: c.attribution for c in _claims(text)}
    assert by_value[12] == "The health ministry"
    assert by_value[30] == "A rebel spokesman"
    assert by_value[8] == "A rebel spokesman"
    assert by_value[5] == "police"


def test_location_is_the_scene_not_the_source() -> None:
    text = "Officials in Baku said two more civilians were killed in shelling on the town of Beylagan."
    (claim,) = [c for c in _claims(text) if c.metric == "killed"]
    assert claim.location == "Beylagan"


def test_location_carries_from_previous_sentence() -> None:
    text = "Rockets struck Ganja overnight. One civilian was killed and 32 others were injured."
    assert {c.location for c in _claims(text)} == {"Ganja"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Three people were killed on Sunday in Ganja.", datetime(2020, 10, 12), date(2020, 10, 11)),
        ("Three people were killed on October 11, 2020 in Ganja.", None, date(2020, 10, 11)),
        (
            "Rescuers worked in Ganja on Sunday, October 11, 2020. "
            "A strike in the early hours of Sunday killed nine people.",
            None,
            date(2020, 10, 11),
        ),
        ("Three people were killed in Ganja.", None, None),
        # A date of a later step (a charge, a vigil, a page stamp) is not the incident's date ...
        ("A vigil was held on Sunday for the two teens killed in the shooting.", datetime(2016, 5, 3), None),
        (
            "Two people were shot dead on Friday night in Dayton. "
            "A man was arraigned on Tuesday in the shooting that killed both victims.",
            datetime(2016, 1, 20),
            date(2016, 1, 15),
        ),
        # ... and a claim whose sentence dates only a later step takes the date the text gives the incident.
        (
            "(Published Monday, Sept. 19, 2016) Police said a gunman opened fire on Friday. "
            "Nobody has been charged yet in the rampage that killed one woman.",
            datetime(2016, 9, 19),
            date(2016, 9, 16),
        ),
    ],
)
def test_incident_date(text: str, published: datetime | None, expected: date | None) -> None:
    claims = [c for c in _claims(text, published_at=published) if c.metric == "killed"]
    assert claims and all(c.incident_date == expected for c in claims)


def test_title_claims_use_title_offsets() -> None:
    article = ArticleInput(title="Storm kills 5, injures 12", text="The storm hit the coast on Monday.")
    claims = extract(article).claims
    assert {(c.field, c.metric, c.value) for c in claims} == {("title", "killed", 5), ("title", "wounded", 12)}
    for c in claims:
        assert article.title is not None and article.title[c.start : c.end] == c.quote


def test_noisy_text_offsets_and_boilerplate() -> None:
    text = (
        "[ad_1]\n"
        "READ MORE: Five people were killed in an unrelated storm\n"
        "Loading...\n"
        "At\u00a0least four people were killed in the \u201cworst\u201d flood.\n"
        "At\u00a0least four people were killed in the \u201cworst\u201d flood.\n"
        "We use cookies to improve your experience. Accept and continue reading.\n"
    )
    claims = _claims(text)
    assert [(c.value, c.qualifier) for c in claims] == [(4, Qualifier.AT_LEAST)]
    assert text[claims[0].start : claims[0].end] == claims[0].quote == "At\u00a0least four"


@pytest.mark.parametrize(
    ("text", "language", "supported"),
    [
        ("Drei Menschen wurden bei dem Angriff auf die Stadt getötet, teilten die Behörden mit.", None, True),
        ("Trois personnes ont été tuées dans l'attaque contre la ville, selon les autorités locales.", None, True),
        # Esperanto has no lexicon (Georgian, the example until round 25, Lao, until round 38, and Mongolian, until
        # round 42, have one now)
        (
            "Tri homoj mortis kaj kvin estis vunditaj en la atako kontraŭ la urbo, diris la polico. Ĝi okazis en la "
            "ĉefurbo.",
            None,
            False,
        ),
        ("Three people were killed in the attack.", "eo", False),
        ("Three people were killed in the attack on the city, officials said.", None, True),
        ("Three people were killed in the attack.", "en-GB", True),
        ("5 killed", None, True),
    ],
)
def test_language(text: str, language: str | None, supported: bool) -> None:
    result = extract(ArticleInput(text=text, language=language))
    assert ("unsupported_language" not in result.warnings) == supported
    if not supported:
        assert result.claims == ()


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Two men and a woman were killed in the attack.", "killed", 3),
        ("Police said 1 person is critically injured and 3 people are in serious condition.", "wounded", 4),
        ("A third person has died after the attack on the market.", "killed", 3),
        ("The two victims were taken to a hospital where they later died.", "killed", 2),
        ("The gunman shot three people to death at the plant.", "killed", 3),
        ("Three victims, a 25-year-old man and two teenagers, were taken to hospital.", "wounded", 3),
        ("Jane Roe, 31, of Springfield, was shot and killed on Friday.", "killed", 1),
        ("A 15-year-old boy was shot in the head and died hours later.", "killed", 1),
    ],
)
def test_coordination_ordinals_and_fates(text: str, metric: str, value: int) -> None:
    assert (metric, value) in {(c.metric, c.value) for c in _claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Two women, 19 and 20, were wounded.",
        "Four other teens, between the ages of 16-18, were also injured.",
        "Sam Doe Jr., 19, was wounded in the leg.",
        "Two teens, ages 16 and 20, were wounded.",
    ],
)
def test_ages_are_not_counts(text: str) -> None:
    values = {c.value for c in _claims(text) if c.metric == "wounded"}
    assert not values & {16, 18, 19, 20}


def test_glued_letters_are_not_counts() -> None:
    assert not [c for c in _claims("Police: 4yo accidentally shoots 2yo cousin") if c.value in (2, 4)]


def test_shot_without_any_death_is_wounded() -> None:
    claims = _claims("A girl was shot in the leg on Tuesday and is expected to recover.")
    assert ("wounded", 1) in {(c.metric, c.value) for c in claims}


def test_self_inflicted_wound_is_not_a_perpetrator_death() -> None:
    claims = _claims("The boy shot himself in the hand while playing with the pistol.")
    assert not [c for c in claims if c.derivation == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Three people are dead and another was hospitalized after the attack.", "wounded", 1),
        ("Officers found a man with a gunshot wound in the street; he is expected to recover.", "wounded", 1),
        ("The storm killed three men and injured two men and a 10-year-old girl.", "wounded", 3),
        ("The gunfire sent four others to hospitals.", "wounded", 4),
        ("Police arrested a man in the shooting death of 25-year-old Jane Roe.", "killed", 1),
        ("A fifth victim succumbed to her injuries on Monday.", "killed", 5),
    ],
)
def test_more_phrasings(text: str, metric: str, value: int) -> None:
    assert (metric, value) in {(c.metric, c.value) for c in _claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A teen was nearly killed in the crash.",
        "The clinic helps a child who is injured at school.",
        "The three victims were taken to hospitals.",
    ],
)
def test_not_new_harm(text: str) -> None:
    assert not [c for c in _claims(text) if c.metric in ("killed", "wounded") and c.value > 0]


def test_in_total_is_not_cumulative() -> None:
    (claim,) = [c for c in _claims("In total eight people were shot at the party.") if c.metric == "shot"]
    assert claim.role is Role.TOTAL


def test_running_total_clause_does_not_colour_the_incident_figures() -> None:
    text = "The blast left 9 dead and 40 injured, raising the number of victims of attacks this year to 120."
    roles = {(c.metric, c.value): c.role for c in _claims(text)}
    assert roles[("killed", 9)] is Role.TOTAL
    assert roles[("wounded", 40)] is Role.TOTAL


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("A man shot and killed his wife, son and daughter before killing himself.", "killed", 3),
        ("Three members of a family were shot dead on Sunday.", "killed", 3),
        ("Police are investigating a quadruple shooting downtown.", "shot", 4),
        ("Officers found four shooting victims near the park.", "shot", 4),
    ],
)
def test_lists_and_multiples(text: str, metric: str, value: int) -> None:
    assert (metric, value) in {(c.metric, c.value) for c in _claims(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police say a second body was found on Tuesday.", 2),
        ("An unidentified body was found in the burned room.", 1),
        ("Inside, his grandson lay dead.", 1),
        ("Among the dead were three children.", 3),
    ],
)
def test_bodies_and_among_the_dead(text: str, value: int) -> None:
    assert value in {c.value for c in _claims(text) if c.metric == "killed"}


def test_student_body_is_not_a_death() -> None:
    assert not _claims("The student body was found to be thriving.")


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Ava was fatally shot while her sister and mother were injured by gunfire.", "wounded", 2),
        ("A man and a woman were killed in the blast.", "killed", 2),
        ("Police: Baby wounded in attempted murder-suicide", "wounded", 1),
        ("Officers found two males with gunshot wounds near the store.", "shot", 2),
    ],
)
def test_pairs_headlines_and_gunshot_wounds(text: str, metric: str, value: int) -> None:
    assert (metric, value) in {(c.metric, c.value) for c in _claims(text)}


def test_named_pair_and_ordinal_victims() -> None:
    claims = _claims("Officers located four shooting victims, and Ann Roe and Bo Diaz died at the scene.")
    assert ("killed", 2) in {(c.metric, c.value) for c in claims}
    assert ("wounded", 2, "derived") in {(c.metric, c.value, c.derivation) for c in claims}
    ordinal = _claims("A fourth victim was critically injured.")
    assert ("shot", 4) in {(c.metric, c.value) for c in ordinal}


def test_one_of_the_victims_is_not_a_count_of_its_own() -> None:
    claims = _claims("Relatives of one of the shooting victims called police.")
    assert all(c.role is Role.SUBSET for c in claims if c.metric == "shot")
