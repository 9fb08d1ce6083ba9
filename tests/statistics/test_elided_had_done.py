"""A count opening a clause about what was done to the people or things just counted,
told with "had their … <participle>" ("…, while ten had their orders revoked"), counts
the things of the count before it (elided rule ``clause_had_done``). Every sentence is
invented for the test; the near misses have no participle or a noun of their own."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 3, 20)
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In 2024, 40 people breached their curfew, while 12 had their orders revoked.",
            [(40, "people", Y2024), (12, "people", Y2024)],
            id="while-had-revoked",
        ),
        pytest.param(
            "Officers in Derby arrested 41 drivers in 2024, and 16 have had their licences "
            "suspended.",
            [(41, "drivers", Y2024), (16, "drivers", Y2024)],
            id="and-have-had-suspended",
        ),
        pytest.param(
            "In 2024, the council served 64 notices, but only nine had their deadlines extended.",
            [(64, "notices", Y2024), (9, "notices", Y2024)],
            id="but-only-had-extended",
        ),
        # near misses: no participle; a noun of its own
        pytest.param(
            "Officers arrested 42 people in 2024, while 14 had their own solicitor.",
            [(42, "people", Y2024)],
            id="no-participle",
        ),
        pytest.param(
            "The scheme helped 43 families in 2024, and 15 had their first child.",
            [(43, "families", Y2024)],
            id="no-participle-first-child",
        ),
        pytest.param(
            "Officers stopped 44 drivers in 2024, while 17 officers had their cameras switched on.",
            [(44, "drivers", Y2024), (17, "officers", Y2024)],
            id="noun-of-its-own",
        ),
    ],
)
def test_elided_had_done(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
