"""A regional counter terrorism policing unit speaks for its region in the area rules
(``speaks_for`` of its ``forces.jsonl`` entry), as a force speaks for its area; the national
network speaks for none. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Counter Terrorism Policing West Midlands arrested 41 people in 2024. Nearly half "
            "of them were under 21.",
            [(41, "West Midlands"), (50, "West Midlands")],
            id="unit-speaks-for-its-region",
        ),
        pytest.param(
            "Counter Terrorism Policing East Midlands made 23 arrests in 2024, and 9 of them "
            "were in Leicester.",
            [(23, "East Midlands"), (9, "Leicester")],
            id="a-place-in-the-sentence-wins",
        ),
        # near miss: the national network speaks for no region
        pytest.param(
            "Counter Terrorism Policing made 250 arrests in 2024.",
            [(250, None)],
            id="national-network",
        ),
    ],
)
def test_a_counter_terrorism_unit_speaks_for_its_region(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
