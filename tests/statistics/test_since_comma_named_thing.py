"""A law or scheme whose name holds a list with commas ("since the Police, Crime,
Sentencing and Courts Act 2022 came into force in August 2022"): "since" its start runs from
that month to P (rule ``since_comma_named_thing`` of ``since_start_month`` and
``since_event_month_year``), as for a name without commas; not a comma before a lower-case
word, which is no list inside a name. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reports have fallen by 30% since the Police, Crime, Sentencing and Courts Act "
            "2022 came into force in June 2022.",
            {30: ("2022-06-01", "2025-06-10")},
        ),
        (
            "Essex Police has seized 41 dogs since the Anti-social Behaviour, Crime and "
            "Policing Act came into force last October.",
            {41: ("2024-10-01", "2025-06-10")},
        ),
        (
            "Since the Domestic Abuse, Stalking and Harassment Order was introduced in March "
            "2023, 55 men have been charged.",
            {55: ("2023-03-01", "2025-06-10")},
        ),
        # near misses: a comma before a lower-case word; no "since"
        (
            "Arrests rose to 62 since the ban, which came into force in August 2022.",
            {62: ("2022-08-01", "2022-08-31")},
        ),
        (
            "The Police, Crime, Sentencing and Courts Act came into force in June 2022, and "
            "18 men were charged in June 2022.",
            {18: ("2022-06-01", "2022-06-30")},
        ),
    ],
)
def test_since_a_comma_named_thing(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
