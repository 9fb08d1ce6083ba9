"""A count told after the lead's span by a past verb of police or engineers' work
(disconnected, dismantled, raided, executed, uncovered, closed down) takes the lead's
period (rule ``narrative_count``, ``NARRATIVE_ACTIVES``). Sentences written for these
tests; the near misses stay undated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 15)
YEAR_2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Electricity North West found 418 cases of theft in 2024. Engineers disconnected "
            "97 meters in Leeds, 54 in Hull and 39 in York.",
            {418: YEAR_2024, 97: YEAR_2024, 54: YEAR_2024, 39: YEAR_2024},
        ),
        (
            "Officers found 300 cannabis farms in 2024. Detectives dismantled 12 gangs.",
            {300: YEAR_2024, 12: YEAR_2024},
        ),
        (
            "Durham Constabulary made 210 arrests in 2024. Officers raided 64 homes and "
            "uncovered 19 factories.",
            {210: YEAR_2024, 64: YEAR_2024, 19: YEAR_2024},
        ),
        (
            "Kent Police seized 900 plants in 2024. Teams closed down 23 farms.",
            {900: YEAR_2024, 23: YEAR_2024},
        ),
        # near misses: the present perfect, a state
        (
            "Officers found 300 cannabis farms in 2024. Detectives have dismantled 12 gangs.",
            {300: YEAR_2024, 12: None},
        ),
        (
            "Officers found 300 cannabis farms in 2024. The unit has 12 detectives.",
            {300: YEAR_2024, 12: None},
        ),
    ],
)
def test_period_narrative_actions(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
