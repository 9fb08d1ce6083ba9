"""London's airports are places of the gazetteer (``places.txt``, section "airports named
as places"): a figure at Stansted, Gatwick or Heathrow takes the airport as worded. A
figure with no airport in its clause keeps its own place. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Border Force officers made 96 seizures of cannabis at Gatwick in 2024.",
            [(96, "Gatwick")],
            id="gatwick",
        ),
        pytest.param(
            "Officers at London Stansted seized £380,000 in cash in 2024.",
            [(380000, "London Stansted")],
            id="london-stansted",
        ),
        pytest.param(
            "The airport unit made 140 arrests at Heathrow in the year to March.",
            [(140, "Heathrow")],
            id="heathrow",
        ),
        # near miss: the clause names another place
        pytest.param(
            "Officers in Crawley made 52 arrests in 2024.",
            [(52, "Crawley")],
            id="town-not-airport",
        ),
    ],
)
def test_an_airport_is_a_figure_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
