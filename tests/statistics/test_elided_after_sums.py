"""A count that leaves its noun unsaid takes it from the last count before it, never from a
sum stated after that count ("68 cable thefts …, costing the railway £2.3m. In Cheshire alone
there were 19": thefts; ``elided_subjects.level_counts``). Every sentence is invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 2, 20)
Y24 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "There were 68 cable thefts in 2024, costing the railway £2.3m in repairs. In "
        "Cheshire alone there were 19, most of them near Crewe.",
        [(68.0, "thefts", Y24), (2_300_000.0, "pounds", Y24), (19.0, "thefts", Y24)],
        id="after-a-cost",
    ),
    pytest.param(
        "Officers made 40 arrests in 2024 and seized £12,000 in cash. A further 12 were charged.",
        [(40.0, "arrests", Y24), (12_000.0, "pounds", Y24), (12.0, "arrests", Y24)],
        id="after-a-seizure",
    ),
    # near misses: a sum alone gives no noun; a count with a noun of its own
    pytest.param(
        "Officers seized £40,000 in cash in 2024. In Kent alone there were 19.",
        [(40_000.0, "pounds", Y24)],
        id="a-sum-alone",
    ),
    pytest.param(
        "There were 68 thefts in 2024, costing £2.3m. In Cheshire there were 19 robberies.",
        # the place's part after the dated count takes its year (``place_there_were``)
        [(68.0, "thefts", Y24), (2_300_000.0, "pounds", Y24), (19.0, "robberies", Y24)],
        id="a-noun-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_elided_count_skips_a_sum(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
