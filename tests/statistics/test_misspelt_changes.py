"""A verb or noun of change misspelt in a reprint ("had falen by a quarter", "droped by
8%", "increaced by 40", "an increse of 9%", "a decrese of 15%") is still a change
(``statistic_cues.jsonl`` ``change-decrease-misspelt-before`` and
``change-increase-misspelt-before``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2026, 5, 4)
"""The publication date of every text of this file."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Burglaries in Crewe had falen by a quarter over the past year.",
            [(25, "percent", "decrease")],
            id="falen-by-words",
        ),
        pytest.param(
            "Thefts from cars in Hove droped by 8% in 2025.",
            [(8, "percent", "decrease")],
            id="droped-by-percent",
        ),
        pytest.param(
            "Calls to the helpline increaced by 40% last year.",
            [(40, "percent", "increase")],
            id="increaced-by-percent",
        ),
        # a misspelt noun of change before "of" (held-out 384)
        pytest.param(
            "Reports of car key theft in Dudley reached 212 in 2025, an increse of 9% on 2024.",
            [(212, "reports", None), (9, "percent", "increase")],
            id="an-increse-of-percent",
        ),
        pytest.param(
            "Shoplifting in Luton showed a decrese of 15% over the year.",
            [(15, "percent", "decrease")],
            id="a-decrese-of-percent",
        ),
        pytest.param(
            "The helpline took 640 calls in March, an increace of 70 on February.",
            [(640, "calls", None), (70, "calls", "increase")],
            id="an-increace-of-count",
        ),
        # near misses: a level after a correctly spelt "to", and no verb of change
        pytest.param(
            "Burglaries in Crewe had fallen to 120 over the past year.",
            [(120, "burglaries", None)],
            id="fallen-to-a-level",
        ),
        pytest.param(
            "Officers in Hove visited 8 schools in 2025.",
            [(8, "schools", None)],
            id="no-verb-of-change",
        ),
        pytest.param(
            "The court made a decree of 12 months against the trader in Luton.",
            [],
            id="decree-is-no-change",
        ),
    ],
)
def test_a_misspelt_change_verb_is_a_change(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
