"""A named operation its subject ran, dated in its sentence, dates the figures after it
(lead-in rule ``ran_named_operation_lead_in`` of LEAD_IN_RULES), and near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 21)
WEEK = ("2025-11-10", "2025-11-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers ran Operation Sceptre between 10 and 16 November, putting bins in 19 "
            "police stations. In total 437 weapons were surrendered.",
            {19: WEEK, 437: WEEK},
        ),
        (
            "Essex Police held Operation Sceptre from 10 to 16 November. Officers seized 52 "
            "knives.",
            {52: WEEK},
        ),
        (
            "The force mounted Operation Viper in May. In total 120 knives were seized.",
            {120: ("2025-05-01", "2025-05-31")},
        ),
        # near misses: no named operation; a count of its own in the dated sentence
        (
            "Kent officers ran 40 checks in May. In total 437 weapons have been surrendered.",
            {40: ("2025-05-01", "2025-05-31"), 437: None},
        ),
        (
            "Officers ran a week of talks between 10 and 16 November. Later, 437 pupils signed up.",
            {437: None},
        ),
    ],
)
def test_a_named_operation_run_dates_what_follows(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
