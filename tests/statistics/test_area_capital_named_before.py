""" "In the capital" is the capital city named last before it (``place_phrases``
``CAPITAL_REFERENCE``, rule ``capital_named_before``); with no capital named before, or
"the capital" as money or a possessive, no place. Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Thames Reach met 900 people in London last year. A further 1,300 people were seen"
        " sleeping rough in the capital in 2023, up 10% on the year before.",
        [(900.0, "London"), (1300.0, "London"), (10.0, "London")],
        id="london",
    ),
    pytest.param(
        "Police Scotland made 90 arrests in Glasgow and 40 in Edinburgh. Across the capital,"
        " 25 knives were seized.",
        [(90.0, "Glasgow"), (40.0, "Edinburgh"), (25.0, "Edinburgh")],
        id="last-capital-named",
    ),
    # near misses: no capital named before; money
    pytest.param(
        "Police Scotland said 300 people slept rough in the capital in 2023.",
        [(300.0, "Scotland")],
        id="no-capital-named",
    ),
    pytest.param(
        "Police Scotland made 90 arrests in Edinburgh. In the capital budget, £2m was set"
        " aside for Glasgow.",
        [(90.0, "Edinburgh"), (2000000.0, "Glasgow")],
        id="capital-budget",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_capital_named_before(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
