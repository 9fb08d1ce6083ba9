"""A name in apposition to "the <area>'s road safety partnership" (or casualty reduction,
safer roads or safety camera partnership) is an ORG (organisation pattern
``road-safety-partnership-appositive``), and is found again when named without it (rule
``named-again``). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS = [
    pytest.param(
        "Figures from Roadwise Gwent, the county's road safety partnership, show 900 drivers"
        " were caught.",
        [("Roadwise Gwent", "ORG", "org:roadwise-gwent")],
        id="county-road-safety",
    ),
    pytest.param(
        "The vans are run by Safer Routes Fenland, the area's casualty reduction partnership.",
        [("Safer Routes Fenland", "ORG", "org:safer-routes-fenland")],
        id="casualty-reduction",
    ),
    pytest.param(
        "Speedcheck Solent, a safety camera partnership, said 40 sites were visited.",
        [("Speedcheck Solent", "ORG", "org:speedcheck-solent")],
        id="safety-camera",
    ),
    pytest.param(
        "Roadwise Gwent, the local road safety partnership, met in May. A report by Roadwise"
        " Gwent followed.",
        [("Roadwise Gwent", "ORG", "org:roadwise-gwent")] * 2,
        id="named-again",
    ),
    # near miss: a place before the appositive is no partnership's name
    pytest.param(
        "In Wrexham, the county's road safety partnership bought two vans.",
        [],
        id="place-before-appositive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_road_safety_partnership_appositive(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[object]
) -> None:
    """The ORG named in apposition to a road safety partnership."""
    assert organisations(nlp, text) == expected
