"""A release's lead dated by a rolling span governs the paragraphs after it
(``release_lead_span`` in ``period_release_leads``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 10)
YEAR_TO_APRIL = ("2024-05-01", "2025-04-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's rolling span reaches the paragraphs after it that state none
        ("Avon and Somerset Police has dismantled 64 cannabis grows in the 12 months to "
         "April, the force said.\n\nOfficers removed 5,210 plants from the properties.\n\n"
         "A total of 41 people were arrested.",
         {64: YEAR_TO_APRIL, 5210: YEAR_TO_APRIL, 41: YEAR_TO_APRIL}),
        ("Durham Constabulary seized 37 firearms in the year ending April 2025.\n\n"
         "Detectives charged 19 people, up from 12 the year before.",
         {37: YEAR_TO_APRIL, 19: YEAR_TO_APRIL, 12: ("2023-05-01", "2024-04-30")}),
        # near miss: a paragraph stating its own period ends the reach
        ("Avon and Somerset Police has dismantled 64 cannabis grows in the 12 months to "
         "April.\n\nIn 2023, 22 grows were found.\n\nOfficers removed 5,210 plants.",
         {64: YEAR_TO_APRIL, 22: ("2023-01-01", "2023-12-31"), 5210: None}),
        # near miss: a quote speaks generally, not of the lead's year
        ("Durham Constabulary seized 37 firearms in the year ending April 2025.\n\n"
         "The inspector said: \"About a third of the guns we find are converted.\"",
         {37: YEAR_TO_APRIL, 33.3: None}),
        # near miss: a lead dated by a year, not a rolling span, is other rules' business
        ("Durham Constabulary seized 37 firearms in 2024.\n\nDetectives charged 19 people.",
         {37: ("2024-01-01", "2024-12-31"), 19: None}),
    ],
)  # fmt: skip
def test_release_lead_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
