"""A day a superlative names as the night or evening of the counts ("The busiest night was
Saturday 20 December, when …") is the span its figures cover (rule ``busiest_night`` of
``period_figure_days.BUSIEST_NIGHT``), as a busiest day is (``busiest_day``); a day named
without one, or a superlative of a longer span, is an event's date, which no figure takes
(sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The busiest night was Friday 28 February, when door staff in Leeds made 19"
            " referrals to the welfare bus.",
            {19: ("2025-02-28", "2025-02-28")},
        ),
        (
            "The worst night of the month was Saturday 15 February, when officers in Newcastle"
            " dealt with 44 incidents.",
            {44: ("2025-02-15", "2025-02-15")},
        ),
        (
            "The busiest evening for the street pastors came on 14 February, with 63 people"
            " helped.",
            {63: ("2025-02-14", "2025-02-14")},
        ),
        (
            "The quietest single night fell on Sunday 2 March: the van treated eight people.",
            {8: ("2025-03-02", "2025-03-02")},
        ),
        # near misses: a superlative of a weekend (a span, not the day named); no superlative
        (
            "The busiest weekend was Saturday 15 February, when officers dealt with 44 incidents.",
            {44: None},
        ),
        (
            "A busy night on Saturday 15 February saw officers deal with 44 incidents.",
            {44: None},
        ),
        (
            "The last night of the campaign was Friday 28 February, when 19 people were stopped.",
            {19: None},
        ),
    ],
)
def test_a_busiest_night_is_the_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
