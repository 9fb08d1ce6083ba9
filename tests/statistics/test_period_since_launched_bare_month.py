"""Rule ``since_it_launched`` with a start stated by its month alone in the same sentence
(``launched_bare_month``): "a helpline, opened in March, has taken 410 calls since it
launched" runs from the latest such March not after P's month to P. Near misses: a month
with no verb of starting, a month in another sentence, and no month at all stay undated; a
month with its year is ``_LAUNCH``'s. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)

ROWS = [
    pytest.param(
        "A confidential helpline for staff, opened in March, has taken 410 calls since it "
        "launched.",
        {410.0: ("2025-03-01", "2025-06-17")},
        id="opened-in-month-this-year",
    ),
    pytest.param(
        "The drop-in clinic in Rhyl, set up in November, has seen 86 patients since it opened.",
        {86.0: ("2024-11-01", "2025-06-17")},
        id="set-up-in-a-later-month-is-last-years",
    ),
    pytest.param(
        "Inspector Gwen Hale said the text service, which began in June, had received 23 "
        "reports since it launched.",
        {23.0: ("2025-06-01", "2025-06-17")},
        id="p-s-own-month",
    ),
    pytest.param(
        "The line opened in October 2023 and has taken 95 calls since it launched.",
        {95.0: ("2023-10-01", "2025-06-17")},
        id="with-its-year-launch-rule",
    ),
    # near misses: no verb of starting; a month in another sentence; no month
    pytest.param(
        "The unit will be reviewed in October and has dealt with 41 cases since it launched.",
        {41.0: None},
        id="month-without-a-start",
    ),
    pytest.param(
        "The hub opened in April. Staff say 57 people have visited since it opened.",
        {57.0: None},
        id="month-in-another-sentence",
    ),
    pytest.param(  # the phrase opening its sentence: the month stays the sentence before's
        "The patrols began in April. Since they started, 64 people have been moved on.",
        {64.0: None},
        id="month-before-a-sentence-opening-phrase",
    ),
    pytest.param(
        "The new reporting line has received 19 calls since it launched.",
        {19.0: None},
        id="no-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_since_launched_bare_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
