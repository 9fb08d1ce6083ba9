"""A count with no noun, opening its sentence after a sentence that names the thing counted
only in a trend ("Van thefts have risen. There were 90 last year."), counts that thing (rule
``trend_subject``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 2, 20)
Y24 = ("2024-01-01", "2024-12-31")
Y22 = ("2022-01-01", "2022-12-31")

ROWS = [
    pytest.param(
        "Figures from the council show that shed break-ins have risen steeply. There were "
        "318 in Basildon in 2024.",
        [(318.0, "shed break-ins", Y24)],
        id="there-were-place-and-year",
    ),
    pytest.param(
        "Van thefts have fallen. There were 96 last year, down from 140 in 2022.",
        [(96.0, "van thefts", Y24), (140.0, "van thefts", Y22)],
        id="there-were-and-a-yardstick",
    ),
    pytest.param(
        "Motorbike thefts have also dropped. In 2024, 54 were reported in Ipswich.",
        [(54.0, "motorbike thefts", Y24)],
        id="a-passive-count",
    ),
    # near misses: no rise or fall named, a noun of its own, a count in the sentence before
    pytest.param(
        "Officers have worked hard all winter. There were 318 in Basildon in 2024.",
        [],
        id="no-trend",
    ),
    pytest.param(
        "Van thefts have fallen. There were 96 arrests last year.",
        [(96.0, "arrests", Y24)],
        id="a-noun-of-its-own",
    ),
    pytest.param(
        "Officers made 40 arrests in 2024. Van thefts have fallen. There were 96 in 2024.",
        [(40.0, "arrests", Y24), (96.0, "van thefts", Y24)],
        id="an-older-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_count_after_a_trend_counts_its_subject(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
