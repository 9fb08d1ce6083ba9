""" "In the capital" (also "within" it, and "from" it but not "from the capital to …") is
the capital city named last before it (``place_phrases``
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
    pytest.param(
        "Solace, the London charity, supported 640 women in 2025. A third of them lived in"
        " Newham. Referrals from the capital made up 72% of its caseload.",
        [(640.0, "London"), (33.3, "Newham"), (72.0, "London")],
        id="from-the-capital",
    ),
    pytest.param(
        "Shelter Scotland helped 310 families in Edinburgh last year. Within the capital, 18"
        " families were placed in hotels.",
        [(310.0, "Edinburgh"), (18.0, "Edinburgh")],
        id="within-the-capital",
    ),
    # near misses: no capital named before; money; a journey from the capital
    pytest.param(
        "Police Scotland made 70 arrests in Edinburgh. Officers found 12 women moved from the"
        " capital to Dundee.",
        [(70.0, "Edinburgh"), (12.0, "Dundee")],
        id="journey-from-the-capital",
    ),
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
