""" "over the same two years" takes the nearest span stated before that is that many whole
years, past a shorter span stated between (rule ``same_years_back``); with no span of that
length before, the phrase is no period and the figure reads as before. Sentences invented;
P is Tuesday 10 February 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lead thefts in Suffolk fell from 58 in 2022 to 30 in 2023, costing £600,000 over "
            "the two years. Since March 2023, 40 chapels have been fitted with alarms. Heritage "
            "crime fell by 15% over the same two years.",
            {
                58: ("2022-01-01", "2022-12-31"),
                30: ("2023-01-01", "2023-12-31"),
                600000: ("2022-01-01", "2023-12-31"),
                40: ("2023-03-01", "2026-02-10"),
                15: ("2022-01-01", "2023-12-31"),
            },
        ),
        (
            "Between 2021 and 2023 officers recorded 210 hare coursing reports. In June 2024, "
            "12 dogs were seized. Reports of poaching rose by 30% during the same three years.",
            {
                210: ("2021-01-01", "2023-12-31"),
                12: ("2024-06-01", "2024-06-30"),
                30: ("2021-01-01", "2023-12-31"),
            },
        ),
        # near misses: no span of that length before (the figure reads as without the
        # phrase), spans named before it in its own sentence (the two just named, as
        # without the phrase), and another span's years ("of the scheme")
        (
            "Poaching reports rose to 90 in 2024. Arrests fell by 5% over the same two years.",
            {90: ("2024-01-01", "2024-12-31"), 5: None},
        ),
        (
            "Between 2019 and 2020, 80 raids were made. Officers recorded 300 thefts in "
            "2024/25, down 5% on 2023/24, while assaults rose from 40 to 52 over the same two "
            "years.",
            {
                80: ("2019-01-01", "2020-12-31"),
                300: ("2024-04-01", "2025-03-31"),
                5: ("2023-04-01", "2025-03-31"),
                40: ("2023-04-01", "2024-03-31"),
                52: ("2024-04-01", "2025-03-31"),
            },
        ),
        (
            "Between 2020 and 2021, 75 nests were robbed. In 2024, 9 arrests were made, down "
            "4% in the same two years of the scheme.",
            {
                75: ("2020-01-01", "2021-12-31"),
                9: ("2024-01-01", "2024-12-31"),
                4: ("2024-01-01", "2024-12-31"),
            },
        ),
    ],
)
def test_same_years_back(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
