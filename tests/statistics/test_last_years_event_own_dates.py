"""Last year's run of an event dated by the span told right after it: a range across the
new year began last year (rule ``last_years_event_across_new_year``,
``period_ranges.began_last_year``), and the event takes that span as its own (rule
``event_own_dates``, ``period_events.event_own_dates``), not a year earlier as when this
year's run is dated in a sentence of its own. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf, dated_phrases

P = dt.date(2025, 11, 28)
WINTER = ("2024-12-01", "2025-01-02")
DEC_24 = ("2024-12-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "During last year's campaign, from 1 December to 2 January, officers made 40 arrests.",
            ("from 1 December to 2 January", *WINTER),
            id="day-range-across-the-new-year",
        ),
        pytest.param(
            "In last year's crackdown, between November and January, officers made 40 arrests.",
            ("between November and January", "2024-11-01", "2025-01-31"),
            id="month-range-across-the-new-year",
        ),
        # near miss: a range within last year stays in it
        pytest.param(
            "In last year's summer campaign, between 1 June and 31 August, officers made 40 "
            "arrests.",
            ("between 1 June and 31 August", "2024-06-01", "2024-08-31"),
            id="near-miss-within-one-year",
        ),
    ],
)
def test_last_years_range_across_the_new_year(text: str, expected: tuple[str, ...]) -> None:
    assert expected in dated_phrases(text, P)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dyfed-Powys Police caught 212 drivers during last year's campaign, which ran from "
            "1 December to 2 January.",
            [(212, "drivers", WINTER)],
            id="which-ran-across-the-new-year",
        ),
        pytest.param(
            "Gwent Police caught 96 drivers during last year's campaign, which ran from 1 to 31 "
            "December.",
            [(96, "drivers", DEC_24)],
            id="which-ran-within-december",
        ),
        pytest.param(
            "Kent Police caught 96 drivers during last year's campaign, which ran from 1 "
            "December to 2 January. That was 8% fewer than in 2023.",
            [(96, "drivers", WINTER), (8, "percent", ("2023-01-01", "2025-01-02"))],
            id="a-comparison-after-keeps-the-own-dates",
        ),
        # near miss: this year's run dated in a sentence of its own: last year's a year earlier
        pytest.param(
            "Officers caught 90 drivers, up from 70 during last year's campaign. This year's "
            "campaign ran from 1 to 31 October.",
            [
                (90, "drivers", ("2025-10-01", "2025-10-31")),
                (70, "drivers", ("2024-10-01", "2024-10-31")),
            ],
            id="near-miss-a-sentence-of-its-own",
        ),
    ],
)
def test_last_years_event_takes_its_own_dates(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
