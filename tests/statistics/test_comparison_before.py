"""A change with no period of its own takes the nearest comparison stated not far before
it (``comparison-before`` in ``period_comparisons``): an anchored one, or two spans of one
sentence a whole number of years apart; not the document's first comparison further on.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "Cumbria Police logged 44 thefts of trailers between May and August, against 61 "
            "between May and August last year. Thefts of sheep, by contrast, rose by 17%.\n\n"
            "The force took 300 calls in the 12 months to the end of June, up from 250 the "
            "year before.",
            17,
            ("2024-05-01", "2025-08-31"),
            id="year-apart-pair-before",
        ),
        pytest.param(
            "Norfolk Police seized 12 dogs in 2024, compared with 30 in 2022. Reports of "
            "coursing fell by 40%.\n\nThe unit made 80 visits in the 12 months to September, "
            "up from 70 the year before.",
            40,
            ("2022-01-01", "2024-12-31"),
            id="two-years-apart",
        ),
        pytest.param(
            "Gwent Police recorded 90 thefts between June and August, against 70 in the "
            "same period last year. Thefts of tools rose by 8%.",
            8,
            ("2024-06-01", "2025-08-31"),
            id="anchored-before",
        ),
    ],
)
def test_a_change_takes_the_comparison_before(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[value] == expected


def test_spans_not_a_year_apart_are_no_comparison(nlp: Language, periods_of: PeriodsOf) -> None:
    # near miss: two spans of one sentence of different lengths compare nothing; the change
    # takes the document's comparison
    text = (
        "Lincolnshire Police logged 44 thefts between May and August, and 300 in 2024. "
        "Thefts of sheep rose by 17%.\n\nThe force took 300 calls in the 12 months to the "
        "end of June, up from 250 the year before."
    )
    assert periods_of(nlp, text, P)[17] == ("2023-07-01", "2025-06-30")


def test_a_comparison_far_back_is_not_the_change_s(nlp: Language, periods_of: PeriodsOf) -> None:
    # near miss: beyond the reach, the document's comparison is taken as before
    filler = "Officers visited farms across the county and spoke to owners about security. " * 6
    text = (
        "Cumbria Police logged 44 thefts between May and August, against 61 between May and "
        f"August last year. {filler}Thefts of sheep rose by 17%.\n\nThe force took 300 calls "
        "in the 12 months to the end of June, up from 250 the year before."
    )
    assert periods_of(nlp, text, P)[17] == ("2023-07-01", "2025-06-30")
