"""The year of a report, a survey, a census or an election dates the figures it gives
(``yearly_report``, ``yearly_report_found``, ``election_year``), and a near miss does not."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2025, 4, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # yearly_report: a kind of survey between the year and the noun
        ("in their 2023 victims' survey, 48% felt supported", ("2023-01-01", "2023-12-31")),
        # yearly_report_found: an owner's report and what it found, anywhere in a sentence
        ("Its 2023 survey found that 61% of officers felt safe", ("2023-01-01", "2023-12-31")),
        ("The charity said its 2024 survey showed 312 callers were under 16",
         ("2024-01-01", "2024-12-31")),
        ("Our 2022 staff survey also found that one in four had been assaulted",
         ("2022-01-01", "2022-12-31")),
        # election_year: at/in/during an election of a year
        ("up from 41% at the 2021 elections", ("2021-01-01", "2021-12-31")),
        ("In the 2024 general election, 17 candidates reported threats",
         ("2024-01-01", "2024-12-31")),
        ("during the 2021 PCC elections 9 complaints were made", ("2021-01-01", "2021-12-31")),
        ("at the 2022 Scottish Parliament election 230 candidates stood",
         ("2022-01-01", "2022-12-31")),
    ],
)  # fmt: skip
def test_a_year_of_a_report_or_election(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a survey to come (no finding), a survey with no owner, a span since an
        # election, an election year with no preposition before it, a target's year
        "Its 2026 survey will ask 500 candidates",
        "A 2023 survey found that 61% of officers felt safe",
        "Since the 2022 elections, 44 threats have been reported",
        "The 2026 elections will see 90 seats contested",
        "The force met its 2024 target of 300 officers",
        # an aside's census: the population's year, not the span the sentence counts
        "Asian residents make up 6.3% of the county according to the 2021 census",
    ],
)
def test_no_year_of_a_report_or_election(text: str) -> None:
    assert find_period_phrases(text, P) == []
