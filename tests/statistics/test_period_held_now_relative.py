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
