"""An ambulance trust named for its region stands for that region in the area rules
(``named_bodies.NAMED_FOR_RULES``, rule ``ambulance-service``), as a fire and rescue
service does. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Paramedics in England reported 2,904 assaults last year. The Yorkshire "
            "Ambulance Service recorded 388 of them.",
            [(2904, "England"), (388, "Yorkshire")],
            id="region-of-a-trust",
        ),
        pytest.param(
            "Crews in England were attacked 3,100 times in 2023. The London Ambulance Service "
            "recorded the most assaults, 702, followed by the North East Ambulance Service "
            "with 215.",
            [(3100, "England"), (702, "London"), (215, "North East")],
            id="ranked-trusts",
        ),
        pytest.param(
            "Staff at the East of England Ambulance Service NHS Trust were assaulted on 431 "
            "occasions in 2023.",
            [(431, "East of England")],
            id="full-trust-name",
        ),
        # near miss: an ambulance service named with no place keeps the sentence's area
        pytest.param(
            "In Wales, the ambulance service recorded 540 assaults in 2023.",
            [(540, "Wales")],
            id="no-place-in-the-name",
        ),
    ],
)
def test_an_ambulance_trust_stands_for_its_region(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
