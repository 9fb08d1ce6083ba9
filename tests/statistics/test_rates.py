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
]


@pytest.mark.parametrize(("after", "expected"), ROWS)
def test_stated_rate(after: str, expected: str | None) -> None:
    assert stated_rate(after) == expected
