"""Voluntary-sector infrastructure bodies named by their open-class form (rule
``charity-voluntary-sector`` of ``resources/organisation_patterns.jsonl``): a council or
association "for Voluntary Action/Service", a "Community and Voluntary Service", and
"Voluntary Action" with its place, and a county's "Rural Community Council" (or "Rural
Community Action") are charities, kept whole, never cut to an ORG "X Council".
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf

VOLUNTARY_SECTOR: list[tuple[str, Found]] = [
    (
        "Training was run by the Scottish Council for Voluntary Organisations in March.",
        [
            (
                "Scottish Council for Voluntary Organisations",
                "CHARITY",
                "charity:scottish-council-for-voluntary-organisations",
            )
        ],
    ),
    (
        "Treasurers can ask Mid Devon Council for Voluntary Service for a checklist.",
        [
            (
                "Mid Devon Council for Voluntary Service",
                "CHARITY",
                "charity:mid-devon-council-for-voluntary-service",
            )
        ],
    ),
    (
        "Wirral Community and Voluntary Service has warned its members.",
        [
            (
                "Wirral Community and Voluntary Service",
                "CHARITY",
                "charity:wirral-community-and-voluntary-service",
            )
        ],
    ),
    (
        "Groups were helped by Voluntary Action Leeds after the scam.",
        [("Voluntary Action Leeds", "CHARITY", "charity:voluntary-action-leeds")],
    ),
    (
        "Parish clerks were told by Durham and Darlington Rural Community Council in May.",
        [
            (
                "Durham and Darlington Rural Community Council",
                "CHARITY",
                "charity:durham-and-darlington-rural-community-council",
            )
        ],
    ),
    (
        "Village groups were helped by Rural Community Action Lincolnshire last spring.",
        [
            (
                "Rural Community Action Lincolnshire",
                "CHARITY",
                "charity:rural-community-action-lincolnshire",
            )
        ],
    ),
    (
        "Village halls were warned by Shropshire Rural Community Council on Friday.",
        [
            (
                "Shropshire Rural Community Council",
                "CHARITY",
                "charity:shropshire-rural-community-council",
            )
        ],
    ),
    (
        "Advice for parish groups came from North Yorkshire Rural Community Action.",
        [
            (
                "North Yorkshire Rural Community Action",
                "CHARITY",
                "charity:north-yorkshire-rural-community-action",
            )
        ],
    ),
    # near misses: a council with no voluntary-sector tail stays a council; lower case
    # and a bare "Voluntary Action" name nothing
    (
        "Powys County Council for its part said nothing.",
        [("Powys County Council", "ORG", "org:powys-county-council")],
    ),
    ("The local council for voluntary service gave advice.", []),
    (
        "Rutland County Council's rural community team gave advice.",
        [("Rutland County Council", "ORG", "org:rutland-county-council")],
    ),
    ("Our rural community council met in the church hall.", []),
    ("Voluntary Action is what the volunteers called it.", []),
    ("the community and voluntary sector in Kent was hit hard.", []),
]


@pytest.mark.parametrize(("text", "expected"), VOLUNTARY_SECTOR)
def test_voluntary_sector_bodies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
