"""A change noun whose figure comes after a comma and "at" (rule ``noun-then-at``) or after
what it is in and "of" (rule ``noun-in-then-of``), with near misses that are no change.
Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 9, 9)

ROWS = [
    pytest.param(
        "Inverclyde and Renfrewshire saw the biggest rises, at 28% and 19% respectively.",
        [(28, "percent", "increase"), (19, "percent", "increase")],
        id="rises-at-respectively",
    ),
    pytest.param(
        "Shoplifting in Omagh showed the sharpest drop, at 31%.",
        [(31, "percent", "decrease")],
        id="drop-at",
    ),
    pytest.param(
        "Newry recorded the largest increase, of 14%, in the district.",
        [(14, "percent", "increase")],
        id="increase-of-after-a-comma",
    ),
    pytest.param(
        "The charity reported a rise in calls from Moray of about a third this summer.",
        [(33.3, "percent", "increase")],
        id="rise-in-from-of-a-proportion",
    ),
    pytest.param(
        "Wardens noted a fall in littering across Perth of 15% since May.",
        [(15, "percent", "decrease")],
        id="fall-in-across-of-percent",
    ),
    pytest.param(
        "The service saw an increase in referrals of more than double.",
        [(2, "times", "increase")],
        id="increase-in-of-a-multiplier",
    ),
    # near misses: no comma before "at"; the number of what is counted; a count after "of"
    pytest.param(
        "Paramedics attended falls at 14 care homes in Ayr.",
        [(14, "homes", None)],
        id="falls-at-a-count-of-places",
    ),
    pytest.param(
        "There was a rise in the number of 40 calls.",
        [(40, "calls", None)],
        id="the-number-of",
    ),
    pytest.param(
        "Officers noted a rise in reports of 40 thefts in Larne.",
        [(40, "thefts", None)],
        id="a-count-after-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_change_noun_before_a_comma_or_of(
    nlp: Language, changes_of: ChangesOf, text: str, expected: object
) -> None:
    assert changes_of(nlp, text, P) == expected
