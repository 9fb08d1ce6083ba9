"""A road safety body named "Road Safety" and a nation, or a region of one by its compass
points, is an ORG (organisation pattern ``road-safety-nation``); a road safety week, day,
officer or partnership named otherwise is not such a name. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS = [
    pytest.param(
        "The figures were published by Road Safety South West Scotland on Friday.",
        [
            (
                "Road Safety South West Scotland",
                "ORG",
                "org:road-safety-south-west-scotland",
            )
        ],
        id="region-of-nation",
    ),
    pytest.param(
        "Road Safety Wales said 41 riders had taken the course.",
        [("Road Safety Wales", "ORG", "org:road-safety-wales")],
        id="nation",
    ),
    pytest.param(
        "A campaign by Road Safety Northern Ireland starts in June.",
        [("Road Safety Northern Ireland", "ORG", "org:road-safety-northern-ireland")],
        id="northern-ireland",
    ),
    # near misses: a week, an officer, no nation after the words
    pytest.param("Schools marked Road Safety Week in Dundee.", [], id="week"),
    pytest.param("The Road Safety Officer visited 12 schools.", [], id="officer"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_road_safety_nation(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[object]
) -> None:
    """The body named with its nation or region, or nothing."""
    assert organisations(nlp, text) == expected
