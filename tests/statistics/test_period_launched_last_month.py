"""A thing's start told as "began/launched/opened … last September", or with what it began
as ("began as a pilot in Colchester last September"), dates its life so far: "in its first
six months", "since it opened" run from the first day of that month of the year before P's
(rule ``launched_last_month`` and ``launched_object`` of ``period_spans_from._LAUNCH``).
Near miss: no thing that began ("Burglaries began to fall last May") leaves "its first six
months" undated. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 4, 22)

ROWS = [
    (
        "The scheme began as a pilot at the Jewson branch in Ipswich last September, and 960 "
        "tools were marked there in its first six months.",
        {960: ("2025-09-01", "2026-02-28")},
    ),
    (
        "The hub opened last May. In its first six months, it took 640 calls.",
        {640: ("2025-05-01", "2025-10-31")},
    ),
    (
        "The helpline launched last June. Since it launched, it has taken 1,240 calls.",
        {1240: ("2025-06-01", "2026-04-22")},
    ),
    # near miss: nothing that began, so no start
    (
        "Burglaries began to fall last May, and 640 calls were taken in its first six months.",
        {640: None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_launched_last_month(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
