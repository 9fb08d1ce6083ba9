"""A village's Community Speedwatch group named by its place ("Histon Community Speedwatch")
is an ORG (rule ``speedwatch-group`` of ``organisation_patterns.jsonl``), as a named Pubwatch
is; a group described ("the Histon Speedwatch group") and the national scheme "Community
Speedwatch" alone, or after a quantifier or a force, are no entity. Every sentence is
invented for this test."""

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
            "Cheddar Community SpeedWatch meets at the village hall.",
            [("Cheddar Community SpeedWatch", "ORG", "org:cheddar-community-speedwatch")],
            id="camel-case",
        ),
        pytest.param(
            "Tarporley Community Speed Watch volunteers were out on the A49.",
            [("Tarporley Community Speed Watch", "ORG", "org:tarporley-community-speed-watch")],
            id="two-words",
        ),
        # near misses: a village's group described ("the Pewsey Speedwatch group", no
        # "Community": a description, not a name), the scheme alone, after a quantifier, a
        # pronoun or a force
        pytest.param(
            "Ann Hale, who runs the Histon Speedwatch group, said it met weekly.",
            [],
            id="described-group",
        ),
        pytest.param(
            "Volunteers of the Histon Community Speedwatch group met.", [], id="group-after"
        ),
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
