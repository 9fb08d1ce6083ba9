"""A sentence that opens on a named place and "made", "received", "handled", "sent" or
"submitted", its count closing the clause, counts what the sentence before counted
(``elided_subjects._NAMED_LEVEL``): "The service received 812 referrals in 2023. Medway
received 210, and Swale 96." Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 7, 22)
Y23 = ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The team took 812 referrals in 2023. Medway received 210, and Swale 96.",
            [(812, "referrals", Y23), (210, "referrals", Y23), (96, "referrals", Y23)],
            id="received-gapped",
        ),
        pytest.param(
            "The team took 812 referrals in 2023. Dartford handled 150.",
            [(812, "referrals", Y23), (150, "referrals", Y23)],
            id="handled",
        ),
        pytest.param(
            "Drivers sent in 4,100 clips in 2023. Gwynedd submitted 377.",
            [(4100, "clips", Y23), (377, "clips", Y23)],
            id="submitted",
        ),
        pytest.param(
            "Schools made 960 referrals in 2023. Bury made 301 and Rochdale 188.",
            [(960, "referrals", Y23), (301, "referrals", Y23), (188, "referrals", Y23)],
            id="made-gapped",
        ),
        # near misses: a noun of its own
        pytest.param(
            "The helpline received 2,410 calls in 2023. Kent Police made 64 arrests in 2022.",
            [(2410, "calls", Y23), (64, "arrests", ("2022-01-01", "2022-12-31"))],
            id="noun-of-its-own",
        ),
    ],
)
def test_named_level_made(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
