"""The Crown Prosecution Service is a national body of England and Wales
(:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`, rule ``prosecutor-remit``):
its own figures where no place is named, and the "national average" its regional release
sets a region against, are England and Wales's. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

AREAS = [
    pytest.param(
        "The Crown Prosecution Service charged 3,100 people with stalking last year.",
        [(3100, "England and Wales")],
        id="own-figures",
    ),
    pytest.param(
        "The Crown Prosecution Service in the South West charged 212 rape cases in 2024, and "
        "its conviction rate of 61% was below the national average of 64%.",
        [(212, "South West"), (61, "South West"), (64, "England and Wales")],
        id="national-average",
    ),
    # near miss: a force's release naming the CPS keeps the force's area
    pytest.param(
        "Kent Police charged 40 people in May after the Crown Prosecution Service agreed.",
        [(40, "Kent")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_prosecutor_remit(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
