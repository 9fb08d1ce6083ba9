"""A run of weekdays with no dates inside a short span stated just before ("… over the
bank holiday weekend. Officers were called to 23 meets between Saturday and Monday"): that
span's days (``weekday_range_in_span``), not the latest such run before P; not when no
short span holds the whole run, nor when the span before is a month or longer."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 2)  # a Tuesday, eight days after the August bank holiday Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lancashire Police seized 31 cars over the bank holiday weekend. Officers dealt "
            "with 14 meets between Saturday and Monday.",
            {31: ("2025-08-23", "2025-08-25"), 14: ("2025-08-23", "2025-08-25")},
        ),
        (
            "During the air show from Thursday 21 to Sunday 24 August 2025, officers made 40 "
            "arrests in Bournemouth. Dorset Police seized 26 cars from Friday to Sunday.",
            {40: ("2025-08-21", "2025-08-24"), 26: ("2025-08-22", "2025-08-24")},
        ),
        # near misses: no span before; a month before (too long); a span without the run
        (
            "Officers dealt with 14 meets in Preston between Saturday and Monday.",
            {14: ("2025-08-30", "2025-09-01")},
        ),
        (
            "In August 2025 Lancashire Police seized 31 cars. Officers dealt with 14 meets "
            "between Friday and Sunday.",
            {31: ("2025-08-01", "2025-08-31"), 14: ("2025-08-29", "2025-08-31")},
        ),
    ],
)
def test_weekday_run_inside_a_stated_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
