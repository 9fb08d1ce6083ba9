"""A weekday named as the busiest (quietest, worst) day of a short span stated before is
that day of the span (rule ``busiest_weekday``, read as ``weekday_in_span`` reads "on
Sunday"): "412 incidents over the bank holiday weekend. The busiest day was Sunday, when …
61", "Saturday was the busiest day". Not a dated day (the day rules'), nor a superlative
day with no weekday named. Sentences invented; P is Tuesday 12 August 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 8, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The festival ran from Friday 8 August to Sunday 10 August, and stewards "
            "dealt with 210 incidents. The busiest day was Saturday, when 96 people "
            "were treated for heat exhaustion.",
            {210: ("2025-08-08", "2025-08-10"), 96: ("2025-08-09", "2025-08-09")},
        ),
        (
            "Lifeguards helped 530 swimmers between Friday 8 August and Sunday 10 August. "
            "Sunday was the busiest day, with 240 of them helped in Newquay.",
            {530: ("2025-08-08", "2025-08-10"), 240: ("2025-08-10", "2025-08-10")},
        ),
        (
            "The fair ran from Friday 8 August to Sunday 10 August. Its quietest day fell "
            "on Friday, when 14 people were ejected.",
            {14: ("2025-08-08", "2025-08-08")},
        ),
        # near misses: a dated day (the day rules date it), no weekday named
        (
            "The fair ran from Friday 8 August to Sunday 10 August. The busiest day was "
            "Sunday 10 August, with 55 arrests.",
            {55: ("2025-08-10", "2025-08-10")},
        ),
        (
            "The fair ran from Friday 8 August to Sunday 10 August. The busiest day was "
            "the last, with 55 arrests.",
            {55: ("2025-08-08", "2025-08-10")},
        ),
    ],
)
def test_period_busiest_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
