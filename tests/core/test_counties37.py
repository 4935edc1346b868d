"""Places (round 37, places41): a US county named with no state is the most populous county of its name.

The gazetteer's US counties carry no population, so of the counties that share a name the first in code order was
taken: 'Clark County' alone was Arkansas's, a report of a shooting in Las Vegas told by Nevada's Clark County
sheriff stood apart from the reports naming Las Vegas. The biggest bearers of names several states share are data
(data/county_populations.tsv); a state the report names still decides. Sentences of our own."""

from __future__ import annotations

import pytest

from core.places import resolve_location
from tests.core.places_kit import placed


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Clark County", "Clark County, NV"),
        ("Orange County", "Orange County, CA"),
        ("Jefferson County", "Jefferson County, KY"),
        ("Clark County, Ohio", "Clark County, OH"),
        ("Orange County, Florida", "Orange County, FL"),
    ],
)
def test_a_county_alone_is_the_most_populous_of_its_name(written: str, label: str) -> None:
    assert resolve_location(written).label == label


def test_a_county_alone_is_still_read_with_the_reports_state() -> None:
    text = (
        "Two people were shot dead outside a bar in Clark County on Saturday. The Ohio State Highway Patrol said "
        "the gunman fled north."
    )
    loc = placed("en", text)
    assert loc is not None and loc.label == "Clark County, OH"


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        (
            "en",
            "Clark County Sheriff Jo Lane on Wednesday lowered the number of people hurt in the mass shooting to 40. "
            "The death toll stands at three.",
            "US-NV",
        ),
        (
            "es",
            "La sheriff del condado de Clark elevó a tres los muertos en el tiroteo del sábado en un concierto en "
            "Las Vegas.",
            "US-NV",
        ),
    ],
)
def test_a_sheriffs_county_without_its_state_is_the_big_one(language: str, text: str, region: str) -> None:
    loc = placed(language, text)
    assert loc is not None and loc.region == region
