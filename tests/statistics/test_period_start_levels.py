"""A level counted at a "since" span's start (``period_start_levels``): ", when it had N"
right after "since … in <month> <year>" dates N to that month (or year), while the
figures before it keep the span to P."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The unit has grown to 240 volunteers since it reopened in March 2022, "
            "when it had 85 volunteers.",
            {240: ("2022-03-01", "2025-05-14"), 85: ("2022-03-01", "2022-03-31")},
        ),
        (
            "Devon has 131 Watch groups since the network began in 2019, when there were 40.",
            {131: ("2019-01-01", "2025-05-14"), 40: ("2019-01-01", "2019-12-31")},
        ),
        (
            "Cadet numbers reached 610 since the scheme launched in October 2021, "
            "when the scheme numbered 95 cadets.",
            {610: ("2021-10-01", "2025-05-14"), 95: ("2021-10-01", "2021-10-31")},
        ),
        # near misses: ", when" after a year that is no "since" span keeps that year
        (
            "Essex had 300 specials in 2023, when it had 12 units.",
            {300: ("2023-01-01", "2023-12-31"), 12: ("2023-01-01", "2023-12-31")},
        ),
        # and a "when" clause far from the span is not its start
        (
            "Kent has 90 groups since the scheme began in 2020. It grew fastest in Ashford, "
            "when there were 14 new groups.",
            {90: ("2020-01-01", "2025-05-14"), 14: ("2020-01-01", "2025-05-14")},
        ),
    ],
)
def test_a_level_at_the_start_of_a_since_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
