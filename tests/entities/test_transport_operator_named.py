"""A capitalised name right after "train operator", "rail operator", "bus operator", "tram
operator" or "ferry operator" is an organisation (pattern rule ``transport-operator-named``
of ``organisation_patterns.jsonl``): "Train operator Northern said …" names the operator by
its short name, which no gazetteer alias may hold on its own. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

Found = list[tuple[str, str, str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Train operator Northern said graffiti had cost it £2m.",
            [("Northern", "ORG", "org:northern")],
            id="train-operator",
        ),
        pytest.param(
            "The rail operator Southline has cleaned 30 carriages.",
            [("Southline", "ORG", "org:southline")],
            id="rail-operator",
        ),
        pytest.param(
            "Bus operator Coastal Connect reported 12 broken windows.",
            [("Coastal Connect", "ORG", "org:coastal-connect")],
            id="bus-operator-two-words",
        ),
        # near misses: no name after the descriptor, a lower-case word, another noun
        pytest.param("The train operator said 40 trains were tagged.", [], id="no-name"),
        pytest.param("The rail operator in Derby cleaned 30 trains.", [], id="lower-case"),
        pytest.param("Train driver Sam said he saw it.", [], id="not-an-operator"),
    ],
)
def test_transport_operator_named(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
