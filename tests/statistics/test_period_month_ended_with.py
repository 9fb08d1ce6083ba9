"""A count a body "ended/finished/closed" a month with is held at that month's end: the
month, whole, as "at the end of December" (``at_month_end``; sentences invented for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dyfed-Powys Police ended October with 1,312 officers, after hiring 96 since April.",
            {1312: ("2025-10-01", "2025-10-31")},
        ),
        (
            "The force finished March 2025 on 3,410 officers, its highest number.",
            {3410: ("2025-03-01", "2025-03-31")},
        ),
        (
            "Cleveland Police closed September at 1,488 officers.",
            {1488: ("2025-09-01", "2025-09-30")},
        ),
    ],
)
def test_a_month_ended_with_a_count(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    found = periods_of(nlp, text, P)
    assert {k: v for k, v in found.items() if k in expected} == expected


def test_a_month_ended_in_is_the_month_alone(nlp: Language, periods_of: PeriodsOf) -> None:
    # near miss: "ended in October with" is the bare month's, as before
    text = "The operation in Rhyl ended in October with 40 arrests."
    assert periods_of(nlp, text, P) == {40: ("2025-10-01", "2025-10-31")}
