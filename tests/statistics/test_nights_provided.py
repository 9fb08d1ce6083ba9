"""Nights of shelter, accommodation or respite provided are a count, not a duration
(``duration_guards.NOT_WORK_HOURS``, as "40 nights on patrol"): "1,630 nights of shelter",
"900 nights of emergency accommodation"; a stretch of nights one person spends stays a
duration. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 10)
    return [(f.value, f.unit) for f in nlp(doc)._.statistics]


ROWS = [
    pytest.param(
        "In Leeds, the shelter provided 1,630 nights of shelter last year.",
        [(1630, "nights")],
        id="nights-of-shelter",
    ),
    pytest.param(
        "In Leeds, the council funded 900 nights of emergency accommodation last year.",
        [(900, "nights")],
        id="nights-of-emergency-accommodation",
    ),
    pytest.param(
        "The hostel in York gave 120 nights of respite to carers in 2024.",
        [(120, "nights")],
        id="nights-of-respite",
    ),
    # near misses: a stretch of nights stays a duration
    pytest.param("In Leeds, he spent 12 nights in a cell last year.", [], id="nights-in-a-cell"),
    pytest.param(
        "The shelter in Leeds opened for three nights of the cold snap.", [], id="three-nights-of"
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_nights_provided(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert figures(nlp, text) == expected
