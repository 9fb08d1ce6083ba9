"""Staff absent or held from full duty on a day are a stock counted that day ("On 31 March
2025, 9,870 officers were on long-term sick leave", ``_HELD_STATES`` of
``snapshot_on_day``): one day, not an event.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 2, 20)


CASES = {
    "on_long_term_sick_leave": (
        "On 31 March 2024, 1,240 officers were on long-term sick leave in Kent.",
        {1240: ("2024-03-31", "2024-03-31")},
    ),
    "off_sick": (
        "On 30 September, 214 staff were off sick with stress.",
        {214: ("2024-09-30", "2024-09-30")},
    ),
    "on_restricted_duties": (
        "On 1 March 2024, 88 officers were on restricted duties in Essex.",
        {88: ("2024-03-01", "2024-03-01")},
    ),
    # near miss: an event on the day
    "assaulted_on_the_day_is_an_event": (
        "On 3 May, 12 officers were assaulted while on duty.",
        {12: None},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_snapshot_staff(nlp: Language, periods_of: PeriodsOf, case: str) -> None:
    text, expected = CASES[case]
    assert periods_of(nlp, text, P) == expected
