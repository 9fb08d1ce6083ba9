"""A level right after a relative pronoun and a verb in the present simple ("the Diocese of
Ely, which looks after more than 330 churches") tells how things stand: it keeps no period
carried from another sentence (rule ``held-now-relative`` of
:mod:`pressfacts.statistics.period_now`). Sentences invented for the test, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 15)
SINCE_OCTOBER = ("2025-10-01", "2026-07-15")
SO_FAR = ("2026-01-01", "2026-07-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers carried out 46 checks since last October. The force has also joined a "
            "partnership with the Diocese of Ely, which looks after more than 330 churches.",
            {46: SINCE_OCTOBER, 330: None},
            id="which-looks-after",
        ),
        pytest.param(
            "So far this year, officers have visited 30 yards. They have also worked with "
            "Crimestoppers, which runs 12 local campaigns.",
            {30: SO_FAR, 12: None},
            id="which-runs",
        ),
        # held-now-relative-aside: the sentence's period stated after the clause closes
        pytest.param(
            "Sanctuary, which manages around 1,800 homes in Hull, said it had issued 64 "
            "warnings between January and June.",
            {1800: None, 64: ("2026-01-01", "2026-06-30")},
            id="which-manages-then-main-clause-period",
        ),
        pytest.param(
            "The charity, who supports 420 families across Devon, helped 75 of them so far "
            "this year.",
            {420: None, 75: SO_FAR},
            id="who-supports-then-main-clause-period",
        ),
        # near misses: the period inside the relative clause; a past verb, no state; a
        # verb of reporting; "that its" (no verb)
        pytest.param(
            "The board saw the annual report, which shows 5,210 thefts in Ulster in the year "
            "to March 2026, up 4% on 2024/25.",
            {5210: ("2025-04-01", "2026-03-31"), 4: ("2024-04-01", "2026-03-31")},
            id="which-shows-a-report",
        ),
        pytest.param(
            "Figures show that its 180 member shops reported 2,400 thefts between January "
            "and June, with most in the city.",
            {180: ("2026-01-01", "2026-06-30"), 2400: ("2026-01-01", "2026-06-30")},
            id="that-its-no-verb",
        ),
        pytest.param(
            "The trust, which runs 40 clinics in 2025, saw 900 patients.",
            {40: ("2025-01-01", "2025-12-31"), 900: ("2025-01-01", "2025-12-31")},
            id="period-inside-the-clause",
        ),
        pytest.param(
            "Officers, who stopped 40 cars in Hull, seized 6 vans between May and June.",
            {40: ("2026-05-01", "2026-06-30"), 6: ("2026-05-01", "2026-06-30")},
            id="past-verb-no-state",
        ),
        # near misses: a perfect of doing after the pronoun; the sentence's own period
        pytest.param(
            "So far this year, officers have visited 30 yards, which has led to 12 arrests.",
            {30: SO_FAR, 12: SO_FAR},
            id="which-has-led-to",
        ),
        pytest.param(
            "Officers carried out 46 checks since last October, which finds 9 dealers "
            "without records so far this year.",
            {46: SINCE_OCTOBER, 9: SO_FAR},
            id="own-period",
        ),
    ],
)
def test_a_present_relative_clause_keeps_no_carried_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
