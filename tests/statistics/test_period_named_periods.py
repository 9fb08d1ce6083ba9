"""A period named before by its dates ("this year's bonfire period, which ran from 15
October to 10 November") and later by its name alone ("during the bonfire period", "in
last year's bonfire period"): the span named, or a year earlier (``named_period``);
sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales were licensed in the Christmas trading period, from 1 to 24 December. "
            "During the Christmas trading period, 40 checks were made.",
            [
                ("from 1 to 24 December", "2025-12-01", "2025-12-24"),
                ("During the Christmas trading period", "2025-12-01", "2025-12-24"),
            ],
        ),
        (
            "The amnesty period ran from 3 to 16 November. Some 212 knives came in during the "
            "amnesty period, against 190 in last year's amnesty period.",
            [
                ("from 3 to 16 November", "2025-11-03", "2025-11-16"),
                ("during the amnesty period", "2025-11-03", "2025-11-16"),
                ("in last year's amnesty period", "2024-11-03", "2024-11-16"),
            ],
        ),
        # near misses: a length is no name ("over the six-month period" points back as
        # "the same period" does); a period never named by its dates is not guessed
        (
            "Between 1 May and 31 October 30 vans were stopped. Over the six-month period, 12 "
            "fires.",
            [
                ("Between 1 May and 31 October", "2025-05-01", "2025-10-31"),
                ("Over the six-month period", "2025-05-01", "2025-10-31"),
            ],
        ),
        (
            "Between 1 and 9 May 30 vans were stopped. During the bonfire period, 12 fires.",
            [("Between 1 and 9 May", "2025-05-01", "2025-05-09")],
        ),
    ],
)
def test_a_period_named_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
