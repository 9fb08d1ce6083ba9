"""A sentence in the present perfect whose verb gives a sum of money ("has put £15,000
towards the campaign", "has provided more than £20,000 for patrols") states a
contribution, not a count of what was done over a "since" span told before: it takes no
period from it (rule ``money_given_perfect`` of ``period_to_date.to_date_reference``).
The same verbs with a count as their object, and other perfects, still take the span.
Sentences invented for the test; P is Tuesday 15 September 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 15)
SINCE_APRIL = ("2026-04-01", "2026-09-15")
LEAD = "Since April, officers in Bury have made 40 arrests.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "The college has put £12,000 towards the scheme.", {40: SINCE_APRIL, 12000: None}),
        (LEAD + "The council has provided more than £20,000 for patrols.",
         {40: SINCE_APRIL, 20000: None}),
        (LEAD + "A local firm has donated £5,000 to the charity.", {40: SINCE_APRIL, 5000: None}),
        # near misses: a count after the same verbs, another perfect verb
        (LEAD + "Officers have put 30 dealers behind bars.", {40: SINCE_APRIL, 30: SINCE_APRIL}),
        (LEAD + "Officers have provided 25 safety talks.", {40: SINCE_APRIL, 25: SINCE_APRIL}),
        (LEAD + "Officers have seized £9,000 in cash.", {40: SINCE_APRIL, 9000: SINCE_APRIL}),
    ],
)  # fmt: skip
def test_period_money_given_perfect(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
