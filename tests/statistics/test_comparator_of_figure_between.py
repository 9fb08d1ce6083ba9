"""A share is the yardstick of a change only when its comparator ("average", "more than
the") belongs to it: an "average" that names a figure stated between them is that
figure's, and the share is no change (``checks`` rule ``comparator_of_figure_between``).
Every sentence is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scam reports rose 11% last year. The average loss was £7,400, and one in four "
         "victims was a man.",
         [(11.0, "percent", "increase"), (7400.0, "pounds", None), (25.0, "percent", None)]),
        ("Thefts went up by 6% in 2024. The average bike cost £900, while 30% of the bikes "
         "were never found.",
         [(6.0, "percent", "increase"), (900.0, "pounds", None), (30.0, "percent", None)]),
        # near misses: the comparator is the share's own, right before it
        ("Burglary in Halton increased by 46 per cent. That is more than the regional "
         "average, which is just over 30 per cent.",
         [(46.0, "percent", "increase"), (30.0, "percent", "increase")]),
        ("Arrests rose by 20% in Bury, above the national average of 12%.",
         [(20.0, "percent", "increase"), (12.0, "percent", "increase")]),
    ],
)  # fmt: skip
def test_comparator_of_figure_between(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
