"""A place's part of the figures just stated, opened with "At … alone," as "In … alone,"
is (back-reference ``place_alone``), also in a paragraph of its own. Sentences invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The charity supported 5,200 families in the year to 31 March 2025.\n\nThat was "
            "8% more than in 2023/24. Its centres welcomed 40,000 visits over the same 12 "
            "months.\n\nAround one in four calls were about debt, compared with one in six "
            "the year before.\n\nAt HMP Leeds alone, the charity's centre welcomed 9,100 "
            "visits.",
            {
                5200.0: ("2024-04-01", "2025-03-31"),
                8.0: ("2023-04-01", "2025-03-31"),
                40000.0: ("2024-04-01", "2025-03-31"),
                25.0: ("2024-04-01", "2025-03-31"),
                16.7: ("2023-04-01", "2024-03-31"),
                9100.0: ("2024-04-01", "2025-03-31"),
            },
            id="at-a-prison-alone-paragraphs-after-the-lead",
        ),
        pytest.param(
            "Prison staff found 2,300 phones in the year to 31 March 2025. One in six was "
            "found on visits, compared with one in ten the year before.\n\nAt HMP Leeds "
            "alone, searches found 410 phones.",
            {
                2300.0: ("2024-04-01", "2025-03-31"),
                16.7: ("2024-04-01", "2025-03-31"),
                10.0: ("2023-04-01", "2024-03-31"),
                410.0: ("2024-04-01", "2025-03-31"),
            },
            id="at-a-prison-alone",
        ),
        pytest.param(
            "The charity helped 5,200 families in the year to 31 March 2025. Around one in "
            "four calls were about debt, compared with one in six the year before.\n\nAt HMP "
            "Leeds alone, the charity's centre welcomed 9,100 visits, and its staff "
            "supported 300 children on their first visit to a parent in prison.",
            {
                5200.0: ("2024-04-01", "2025-03-31"),
                25.0: ("2024-04-01", "2025-03-31"),
                16.7: ("2023-04-01", "2024-03-31"),
                9100.0: ("2024-04-01", "2025-03-31"),
                300.0: ("2024-04-01", "2025-03-31"),
            },
            id="at-a-prison-alone-after-a-comparison",
        ),
        pytest.param(
            "Officers seized 90 bikes between 1 and 7 May, up from 70 in the same week last "
            "year.\n\nAt Wigan alone, they seized 31.",
            {
                90.0: ("2025-05-01", "2025-05-07"),
                70.0: ("2024-05-01", "2024-05-07"),
                31.0: ("2025-05-01", "2025-05-07"),
            },
            id="at-a-town-alone",
        ),
    ],
)
def test_at_place_alone(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
