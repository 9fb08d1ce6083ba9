""" ", though" opens a contrasted clause as ", although" does: a period stated in it (a
yardstick's, or a span of its own) is that clause's, not the figure's before it; ",
though," is an aside and breaks nothing.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 9)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "The charity supported 5,300 carers in the year to March.\n\nWomen made up 61% "
            "of carers, though the number of men fell from 2,300 in 2024/25.",
            61,
            ("2025-04-01", "2026-03-31"),
            id="yardstick-in-the-though-clause",
        ),
        pytest.param(
            "Staffordshire Police answered 81,000 calls in 2025. Around 40% came at night, "
            "though in 2023 the figure was lower.",
            40,
            ("2025-01-01", "2025-12-31"),
            id="year-of-the-though-clause",
        ),
        pytest.param(
            "Wardens issued 410 fines in 2025. Most were for littering, though 96 fines "
            "were for dog fouling in the first half of 2024.",
            96,
            ("2024-01-01", "2024-06-30"),
            id="the-clause-keeps-its-own",
        ),
    ],
)
def test_though_opens_a_clause(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    value: float,
    expected: tuple[str, str],
) -> None:
    assert periods_of(nlp, text, P)[value] == expected


def test_though_as_an_aside_breaks_nothing(nlp: Language, periods_of: PeriodsOf) -> None:
    # near miss: ", though," is an aside inside one clause, whose period stays the figure's
    text = "Thefts of bikes, though, rose to 212 in the first half of 2024."
    assert periods_of(nlp, text, P)[212] == ("2024-01-01", "2024-06-30")
