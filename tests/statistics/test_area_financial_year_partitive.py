"""A count "of the 2025/26 sessions" names a financial or school year, not a total of
2,025: it opens no part's clause, so the place that opens its sentence stays its place
(``clause_breaks.FINANCIAL_YEAR`` in ``PART_OF``); "40 of the 52" still is a part.
Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The NSPCC delivered 1,486 sessions in 2022/23.\n\nIn Wales, Childline delivered "
        "118 of the 2022/23 sessions.",
        [(1486, "UK"), (118, "Wales")],
        id="of-the-financial-year-slash",
    ),
    pytest.param(
        "The NSPCC delivered 1,486 sessions in 2022-23.\n\nIn Scotland, Childline "
        "delivered 134 of the 2022-23 sessions.",
        [(1486, "UK"), (134, "Scotland")],
        id="of-the-financial-year-dash",
    ),
    # near miss: a part of a numbered total is still a part's clause
    pytest.param(
        "The NSPCC delivered 1,486 sessions in 2022/23.\n\nIn Wales, Childline delivered "
        "118 of the 1,486 sessions.",
        [(1486, "UK"), (118, "UK"), (1486, "UK")],
        id="near-miss-of-the-numbered-total",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_of_the_financial_year_is_no_part(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
