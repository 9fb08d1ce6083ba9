"""NHS trusts whose own names hold commas are gazetteer entries, found whole (no pattern's
capitalised run crosses a comma): "Tees, Esk and Wear Valleys NHS Foundation Trust",
"Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust". Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

Found = list[tuple[str, str, str]]
CASES: list[tuple[str, Found]] = [
    (
        "Nurses from Tees, Esk and Wear Valleys NHS Foundation Trust joined the patrols.",
        [
            (
                "Tees, Esk and Wear Valleys NHS Foundation Trust",
                "ORG",
                "org:tees-esk-and-wear-valleys-nhs-foundation-trust",
            )
        ],
    ),
    (
        "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust runs the service.",
        [
            (
                "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
                "ORG",
                "org:cumbria-northumberland-tyne-and-wear-nhs-foundation-trust",
            )
        ],
    ),
    (
        "Barnet, Enfield and Haringey Mental Health NHS Trust took the referrals.",
        [
            (
                "Barnet, Enfield and Haringey Mental Health NHS Trust",
                "ORG",
                "org:barnet-enfield-and-haringey-mental-health-nhs-trust",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_trust_named_with_commas_is_found_whole(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
