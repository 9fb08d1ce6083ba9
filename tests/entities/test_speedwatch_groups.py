"""A village's Community Speedwatch group named by its place is an ORG (rule
``speedwatch-group`` of ``organisation_patterns.jsonl``), as a named Pubwatch is; the national
scheme "Community Speedwatch" alone, or after a quantifier or a force, is no entity. Every
sentence is invented for this test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Members of Sawston Community Speedwatch logged 90 cars on Monday.",
            [("Sawston Community Speedwatch", "ORG", "org:sawston-community-speedwatch")],
            id="place-community-speedwatch",
        ),
        pytest.param(
            "The Cheddar SpeedWatch group meets at the village hall.",
            [("Cheddar SpeedWatch", "ORG", "org:cheddar-speedwatch")],
            id="camel-case",
        ),
        pytest.param(
            "Tarporley Speed Watch volunteers were out on the A49.",
            [("Tarporley Speed Watch", "ORG", "org:tarporley-speed-watch")],
            id="two-words",
        ),
        # near misses: the scheme alone, after a quantifier, a pronoun or a force
        pytest.param(
            "Community Speedwatch volunteers recorded 400 drivers.", [], id="scheme-alone"
        ),
        pytest.param("Many Community Speedwatch groups met in May.", [], id="quantifier"),
        pytest.param("Our Community Speedwatch teams are busy.", [], id="pronoun"),
        pytest.param(
            "Kent Police Community Speedwatch volunteers met.",
            [("Kent Police", "FORCE", "force:kent-police")],
            id="force-runs-the-scheme",
        ),
    ],
)
def test_speedwatch_groups(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
