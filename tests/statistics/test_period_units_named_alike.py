""" "During the six weeks" after a span stated in those words is that span, past a later
span as long stated otherwise (``same_words_units`` of ``the_units``); sentences
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Reports rose to 212 in the six weeks before polling day on 7 May. Since "
            "nominations closed on 9 April, 486 candidates were briefed. During the six "
            "weeks, officers made 17 arrests.",
            P,
            {
                212: ("2026-03-26", "2026-05-06"),
                486: ("2026-04-09", "2026-05-20"),
                17: ("2026-03-26", "2026-05-06"),
            },
            id="the-units-named-alike",
        ),
        # near miss: no span stated in those words: the span stated before
        pytest.param(
            "Reports reached 300 between January and March. During the three months, 40 "
            "people were charged.",
            P,
            {300: ("2026-01-01", "2026-03-31"), 40: ("2026-01-01", "2026-03-31")},
            id="the-units-previous-stays",
        ),
    ],
)
def test_the_units_named_alike(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date, expected: object
) -> None:
    found = periods_of(nlp, text, published)
    assert {value: found.get(value) for value in expected} == expected
