"""A sentence opening "That is why" ("This is because", "That is how") tells a reason or an
aim, not the figures before it again: its own figures take no period from the sentence
before (back-reference ``that_is`` leaves those openings out). It had dated "That is why I
have funded two caseworkers" with the week of action told just before. "That is an
average of …" and "This means …" still point back. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers arrested 38 people between 3 and 9 November. That is why the "
            "commissioner has paid for six new youth workers.",
            {38: ("2025-11-03", "2025-11-09"), 6: None},
            id="that-is-why",
        ),
        pytest.param(
            "Calls rose to 1,400 between July and September. This is because 12 call "
            "handlers were off sick.",
            {1400: ("2025-07-01", "2025-09-30"), 12: None},
            id="this-is-because",
        ),
        # near misses: a restatement still points back
        pytest.param(
            "Officers arrested 42 people between 3 and 9 November. That is an average of "
            "six a day.",
            {42: ("2025-11-03", "2025-11-09"), 6: ("2025-11-03", "2025-11-09")},
            id="that-is-an-average",
        ),
        pytest.param(
            "Officers arrested 42 people between 3 and 9 November. This means 14 more "
            "people face charges.",
            {42: ("2025-11-03", "2025-11-09"), 14: ("2025-11-03", "2025-11-09")},
            id="this-means",
        ),
    ],
)
def test_a_reason_told_is_no_back_reference(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
