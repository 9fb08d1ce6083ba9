"""A name in apposition to "the <area>'s business improvement district" is an ORG
(organisation pattern ``business-improvement-district-appositive``), also at the end of a
list after a known name (rule ``appositive_ends_a_list``). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

BID_ROWS = [
    pytest.param(
        "Shops joined Totally Truro, the city's business improvement district, last year.",
        [("Totally Truro", "ORG", "org:totally-truro")],
        id="city-bid",
    ),
    pytest.param(
        "Radios are paid for by Go Kendal, the town's business improvement district.",
        [("Go Kendal", "ORG", "org:go-kendal")],
        id="town-bid-at-sentence-end",
    ),
    pytest.param(
        "Wardens from Experience Ilkley, a business improvement district, walked the streets.",
        [("Experience Ilkley", "ORG", "org:experience-ilkley")],
        id="a-bid",
    ),
    # the appositive ends a list: it describes the last name, not the known one before
    pytest.param(
        "Radios are run by Cumbria Police and Go Kendal, the town's business improvement district.",
        [
            ("Cumbria Police", "FORCE", "force:cumbria-constabulary"),
            ("Go Kendal", "ORG", "org:go-kendal"),
        ],
        id="after-a-known-name-and",
    ),
    pytest.param(
        "Calls to Devon and Cornwall Police and Safer Torbay, the area's community safety "
        "partnership, rose.",
        [
            ("Devon and Cornwall Police", "FORCE", "force:devon-and-cornwall-police"),
            ("Safer Torbay", "ORG", "org:safer-torbay"),
        ],
        id="safety-partnership-after-a-known-name-and",
    ),
    # near miss: the known name itself before the appositive is no new name
    pytest.param(
        "Patrols by Cumbria Police, the town's business improvement district and traders began.",
        [("Cumbria Police", "FORCE", "force:cumbria-constabulary")],
        id="known-name-before-appositive",
    ),
    # near miss: a place before the appositive is no district's name
    pytest.param(
        "In Barnstaple, the town's business improvement district funded the wardens.",
        [],
        id="place-before-appositive",
    ),
    # near miss: a named district of a council is a place, not a business body
    pytest.param(
        "Thefts rose in Tewkesbury, the borough's busiest shopping district, last year.",
        [],
        id="shopping-district-is-no-bid",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BID_ROWS)
def test_business_improvement_district_appositive(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[object]
) -> None:
    """The ORG named in apposition to a business improvement district."""
    assert organisations(nlp, text) == expected
