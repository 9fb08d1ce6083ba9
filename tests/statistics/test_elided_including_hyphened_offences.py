"""A count led by "including" and followed by a hyphened offence ("for drug-driving",
"for fly-tipping") is a part of the count before, its noun left unsaid (elided rule
``including_part``, its offence wording): "arrested 30 drivers, including 12 for
drink-driving". Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 2, 9)
IN_2025 = ("2025-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "Cleveland Police arrested 53 motorists in 2025, including 19 for drug-driving.",
        [(53.0, "motorists", IN_2025), (19.0, "motorists", IN_2025)],
        id="drug-driving",
    ),
    pytest.param(
        "Wrexham Council issued 212 fines in 2025, including 37 for fly-tipping.",
        [(212.0, "fines", IN_2025), (37.0, "fines", IN_2025)],
        id="fly-tipping",
    ),
    pytest.param(
        "Officers in Powys stopped 88 drivers in 2025, including eleven for drink-driving, "
        "the force said.",
        [(88.0, "drivers", IN_2025), (11.0, "drivers", IN_2025)],
        id="words-drink-driving",
    ),
    # near miss: the hyphened compound goes on into a noun of its own
    pytest.param(
        "Cleveland Police attended 53 collisions in 2025, including 19 for drink-driving-related "
        "crashes.",
        [(53.0, "collisions", IN_2025)],
        id="compound-goes-on",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_including_part_by_a_hyphened_offence(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
