"""A month ranked among the others of a span ("The busiest month was July 2024") is a part
of the whole stated before it: its own figures keep the month, the sentences after it that
borrow a period take the whole's (``RANKED_PARTS``). Sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 3)
YEAR = ("2024-04-01", "2025-03-31")
JULY = ("2024-07-01", "2024-07-31")
JAN = ("2025-01-01", "2025-01-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Humberside Police logged 3,120 calls about missing people in the year to March "
            "2025. The busiest month was July 2024, with 341 calls. Officers also made 212 "
            "visits to care homes.",
            {3120: YEAR, 341: JULY, 212: YEAR},
            id="ranked-month-phrase-then-a-back-reference",
        ),
        pytest.param(
            "Humberside Police logged 3,120 calls about missing people in the year to March "
            "2025. July 2024 was the busiest, with 341 calls.\n\nHull accounted for 1,006 of "
            "the calls.",
            {3120: YEAR, 341: JULY, 1006: YEAR},
            id="ranking-after-the-month-then-a-part-count",
        ),
        pytest.param(
            "Gwent Police logged 3,120 calls about missing people in the year to March 2025. "
            "Its quietest month was January 2025, with 190 calls, while July 2024 was the "
            "busiest, with 341. Newport accounted for 1,006 of the calls, Cardiff for 804.",
            {3120: YEAR, 190: JAN, 341: JULY, 1006: YEAR, 804: YEAR},
            id="two-ranked-months-then-gapped-parts",
        ),
        # near miss: a month not ranked leads the sentences after it
        pytest.param(
            "Humberside Police logged 3,120 calls about missing people in the year to March "
            "2025. In July 2024, officers took 341 calls. Officers also made 212 visits to "
            "care homes.",
            {3120: YEAR, 341: JULY, 212: JULY},
            id="an-unranked-month-stays-a-lead",
        ),
    ],
)
def test_ranked_months(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
