"""The rate words after a figure (:func:`pressfacts.statistics.rates.stated_rate`)."""

from __future__ import annotations

import pytest

from pressfacts.statistics.rates import stated_rate

ROWS: list[tuple[str, str | None]] = [
    (" calls every month to the helpline", "month"),
    (" pounds a year for a band D home", "year"),
    (" referrals per week across the county", "week"),
    (" patrols are carried out daily", "day"),
    (" officers took part in a week of action", None),  # "a week of": no rate
    (" arrests were made. Every day counts", None),  # past the clause end
    (" arrests in the last year", None),
    # rule time_shift_not_rate: "a <unit> earlier/later/ago" is a shift in time
    (" in the spring, up from 41 a year earlier", None),
    (" calls, and 60 a month later", None),
    (" reports, compared with 12 a week ago", None),
    (" vehicles, the same as a year previously", None),
    (" pounds a year before tax", "year"),  # near miss: "before" keeps the rate
    (" pounds a year on parking permits", "year"),
    (" arrests a week after the launch", "week"),
    (" checks a day, earlier than planned", "day"),
]


@pytest.mark.parametrize(("after", "expected"), ROWS)
def test_stated_rate(after: str, expected: str | None) -> None:
    assert stated_rate(after) == expected
