"""Offenders under supervision on a day are a stock counted that day ("On 31 March 2024,
1,420 people were wearing an electronic tag", ``SUPERVISED_STATES`` of the held states of
``snapshot_on_day``): one day, not an event. Fitting a tag, a release on licence or a recall
on the day stays an event, which no figure takes.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 2, 20)


CASES = {
    "wearing_an_electronic_tag": (
        "On 31 March 2024, 1,420 people in Cumbria were wearing an electronic tag.",
        {1420: ("2024-03-31", "2024-03-31")},
    ),
    "on_licence": (
        "On 30 September, 612 men in Kent were on licence after leaving prison.",
        {612: ("2024-09-30", "2024-09-30")},
    ),
    "on_a_gps_tag": (
        "On 1 January 2025, 87 offenders in Leeds were on a GPS tag.",
        {87: ("2025-01-01", "2025-01-01")},
    ),
    "under_supervision": (
        "On 31 December, 2,300 people in Bolton were under probation supervision.",
        {2300: ("2024-12-31", "2024-12-31")},
    ),
    "subject_to_a_curfew": (
        "On 1 November 2024, 240 young people were subject to a curfew in Essex.",
        {240: ("2024-11-01", "2024-11-01")},
    ),
    # near misses: an event on the day
    "fitted_with_tags_is_an_event": (
        "On 3 May, 12 offenders were fitted with GPS tags in Hull.",
        {12: None},
    ),
    "released_on_licence_is_an_event": (
        "On 9 June, 31 prisoners were released on licence in Preston.",
        {31: None},
    ),
    "recalled_is_an_event": (
        "On 14 July, 8 men were recalled to prison in Salford.",
        {8: None},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_snapshot_supervision(nlp: Language, periods_of: PeriodsOf, case: str) -> None:
    text, expected = CASES[case]
    assert periods_of(nlp, text, P) == expected
