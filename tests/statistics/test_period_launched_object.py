"""A thing's start stated with what was launched between the verb and the month.

"Cardiff Council launched its late-night safety scheme on Queen Street in March last
year. … 45 people have been banned since the scheme began." runs from 1 March of the year
before P to P: ``_LAUNCH`` reads a determiner and up to eight words between the launch verb
and "in <month>" (rule ``launched_object``). Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cardiff Council launched its late-night safety scheme on Queen Street in March "
            "last year. Inspector Huw Price said 45 people had been banned since the scheme "
            "began.",
            {45.0: ("2024-03-01", "2025-11-27")},
            id="its-scheme-on-a-street-relative-year",
        ),
        pytest.param(
            "The charity opened a new refuge in Bangor in June 2023. Since it opened, 130 "
            "women have stayed there.",
            {130.0: ("2023-06-01", "2025-11-27")},
            id="a-refuge-stated-year",
        ),
        pytest.param(
            "Gwent Police started the project in April this year. It has trained 64 staff "
            "since the project started.",
            {64.0: ("2025-04-01", "2025-11-27")},
            id="the-project-this-year",
        ),
        # near miss: no month stated with the launch: undated
        pytest.param(
            "Cardiff Council launched its late-night safety scheme on Queen Street last year. "
            "Inspector Huw Price said 45 people had been banned since the scheme began.",
            {45.0: None},
            id="no-month-stated",
        ),
    ],
)
def test_period_launched_object(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
