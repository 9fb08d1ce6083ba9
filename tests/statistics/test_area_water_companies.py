"""A water company named for its place (its ``areas`` in ``organisations.jsonl``: Yorkshire
Water, Scottish Water) speaks for that place in the area rules, as an IFCA does; one not
named for a place (Thames Water) speaks for none. Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Yorkshire Water rangers recorded 214 swimmers at its reservoirs in 2023.",
            [(214, "Yorkshire")],
            id="company-named-for-its-county",
        ),
        pytest.param(
            "Scottish Water said 57 people were found swimming in its lochs in 2023.",
            [(57, "Scotland")],
            id="company-named-for-its-nation",
        ),
        # near miss: a company not named for a place
        pytest.param(
            "Thames Water said 48 people were rescued from its reservoirs in 2023.",
            [(48, None)],
            id="company-named-for-no-place",
        ),
    ],
)
def test_a_water_company_speaks_for_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
