"""A range of months across the new year, no year stated, that its sentence speaks of as to
come and whose last month is before the release's, begins in the release's year (rule
``new_year_range_to_come`` of ``period_ranges``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The grant will pay for 600 bike locks, to be given out across Preston from "
            "November to January.",
            dt.date(2026, 11, 5),
            {600: ("2026-11-01", "2027-01-31")},
            id="starts-in-p-s-month",
        ),
        pytest.param(
            "Wardens will carry out 90 patrols in Lancaster between October and February.",
            dt.date(2026, 11, 5),
            {90: ("2026-10-01", "2027-02-28")},
            id="began-before-p-ends-next-year",
        ),
        # near misses: told in the past; still under way at P
        pytest.param(
            "Wardens carried out 90 patrols in Lancaster between October and February.",
            dt.date(2026, 11, 5),
            {90: ("2025-10-01", "2026-02-28")},
            id="told-in-the-past",
        ),
        pytest.param(
            "Wardens will carry out 90 patrols in Lancaster between December and March.",
            dt.date(2026, 2, 5),
            {90: ("2025-12-01", "2026-03-31")},
            id="under-way-at-p",
        ),
    ],
)
def test_new_year_range_to_come(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, object],
) -> None:
    assert periods_of(nlp, text, published) == expected
