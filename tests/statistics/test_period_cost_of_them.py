"""A sentence opening on what handling the things just counted cost ("Clearing them cost
the council around £310,000": rule ``cost_of_them`` of ``back_reference_openings``) takes
the span of the figures before it. Sentences invented; near misses: a cost to come, a noun
of its own, a cost that would be."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

FY24 = ("2024-04-01", "2025-03-31")
Y24 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rochdale Council dealt with 3,140 abandoned cars in 2024/25. Removing them cost "
            "the council about £220,000.",
            {3140: FY24, 220000: FY24},
            id="removing-them-cost",
        ),
        pytest.param(
            "Wardens found 412 graffiti tags in 2024. Cleaning them up cost £18,500.",
            {412: Y24, 18500: Y24},
            id="cleaning-them-up",
        ),
        pytest.param(
            "Staff logged 96 burst mains in 2024. Repairing these has cost the firm £1.2m.",
            {96: Y24, 1200000: Y24},
            id="repairing-these",
        ),
        # the gerunds of putting back what was taken or broken (found by held-out 276)
        pytest.param(
            "Thieves took 184 grave vases from cemeteries in 2024, more than double the 80 "
            "taken in 2023. Replacing them cost the parish £9,200.",
            {
                184: Y24,
                2: ("2023-01-01", "2024-12-31"),
                80: ("2023-01-01", "2023-12-31"),
                9200: Y24,
            },
            id="replacing-them-cost",
        ),
        pytest.param(
            "Vandals smashed 57 bus shelters in 2024/25. Fixing them has cost the county £41,000.",
            {57: FY24, 41000: FY24},
            id="fixing-them",
        ),
        pytest.param(
            "Lead was stripped from 12 chapels in 2024, up from five in 2023. Restoring "
            "these cost the diocese £310,000.",
            {12: Y24, 5: ("2023-01-01", "2023-12-31"), 310000: Y24},
            id="restoring-these",
        ),
        pytest.param(
            "Officers seized 640 illegal fireworks in 2024. Disposing of them cost the "
            "force £3,100.",
            {640: Y24, 3100: Y24},
            id="disposing-of-them",
        ),
        # near misses: a cost to come; a noun of its own; a cost that would be
        pytest.param(
            "Wardens found 412 graffiti tags in 2024. Clearing them will cost £18,500.",
            {412: Y24, 18500: None},
            id="cost-to-come",
        ),
        pytest.param(
            "Wardens found 412 graffiti tags in 2024. Clearing bins cost £18,500.",
            {412: Y24, 18500: None},
            id="noun-of-its-own",
        ),
        pytest.param(
            "Wardens found 412 graffiti tags in 2024. Clearing them would cost £18,500.",
            {412: Y24, 18500: None},
            id="would-cost",
        ),
        pytest.param(
            "Thieves took 184 grave vases in 2024. Replacing them will cost £9,200.",
            {184: Y24, 9200: None},
            id="replacing-cost-to-come",
        ),
        pytest.param(
            "Thieves took 184 grave vases in 2024. Replacing headstones cost £9,200.",
            {184: Y24, 9200: None},
            id="replacing-a-noun-of-its-own",
        ),
    ],
)
def test_the_cost_of_them_takes_their_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 10, 2)) == expected
