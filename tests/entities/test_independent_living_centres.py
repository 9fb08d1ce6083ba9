"""A disabled people's organisation named "<place> Centre for Independent / Integrated /
Inclusive Living" is a CHARITY (pattern ``independent-living-centre`` of
``organisation_patterns.jsonl``); near misses are no organisation. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reports can be made through the Wiltshire Centre for Independent Living.",
            [
                (
                    "Wiltshire Centre for Independent Living",
                    "CHARITY",
                    "charity:wiltshire-centre-for-independent-living",
                )
            ],
        ),
        (
            "Sam Lowe, director of Hull Centre for Integrated Living, said so.",
            [
                (
                    "Hull Centre for Integrated Living",
                    "CHARITY",
                    "charity:hull-centre-for-integrated-living",
                )
            ],
        ),
        (
            "Staff at the Greater Bristol Centre for Inclusive Living agreed.",
            [
                (
                    "Greater Bristol Centre for Inclusive Living",
                    "CHARITY",
                    "charity:greater-bristol-centre-for-inclusive-living",
                )
            ],
        ),
        # near misses: no "Living" after the word, a centre for another purpose
        ("Leeds Centre for Living agreed.", []),
        ("The Derby Centre for Independent Travel agreed.", []),
    ],
)
def test_independent_living_centres(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
