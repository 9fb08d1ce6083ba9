"""A count led by "including" and followed by what became of it (charged, jailed,
remanded) is a part of the count before, its noun left unsaid (elided rule
``including_outcome``): "arrested 58 adults, including nine charged under the Modern
Slavery Act". Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 3, 12)
IN_2025 = ("2025-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "Durham Constabulary arrested 41 men in 2025, including seven charged with supplying "
        "Class A drugs.",
        [(41.0, "men", IN_2025), (7.0, "men", IN_2025)],
        id="charged",
    ),
    pytest.param(
        "Officers in Gwent arrested 23 suspects in 2025, including 5 jailed for robbery.",
        [(23.0, "suspects", IN_2025), (5.0, "suspects", IN_2025)],
        id="jailed",
    ),
    pytest.param(
        "Thames Valley Police detained 60 drivers in 2025, including twelve remanded in custody.",
        [(60.0, "drivers", IN_2025), (12.0, "drivers", IN_2025)],
        id="remanded",
    ),
    # near misses: a noun of its own after the count
    pytest.param(
        "Durham Constabulary arrested 41 men in 2025, including seven charges of supply.",
        [(41.0, "men", IN_2025), (7.0, "charges", IN_2025)],
        id="a-noun-charges",
    ),
    pytest.param(
        "Durham Constabulary arrested 41 men in 2025, including seven women charged with supply.",
        [(41.0, "men", IN_2025), (7.0, "women", IN_2025)],
        id="a-noun-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_including_part_by_its_outcome(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
