"""An average's time whose wording names a service number ("the average answer time for
101 calls fell to"), and the old level after its move ("fell to 94 seconds, from more
than six minutes"), are measured times (:data:`.measured_times._AVERAGE_BEFORE`); a
threshold or a count is not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

MEASURED_ROWS = [
    pytest.param(
        "In Gwent the average answer time for 101 calls fell to 71 seconds, from more than"
        " five minutes.",
        [71.0, 5.0],
        id="101-fell-to-from-more-than",
    ),
    pytest.param(
        "The average wait for a 111 call in Devon has fallen to 52 seconds, from almost three"
        " minutes.",
        [52.0, 3.0],
        id="111-fallen-to-from-almost",
    ),
    pytest.param(
        "The average answer time for 999 calls in Essex rose to 11 seconds.",
        [11.0],
        id="999-rose-to",
    ),
    pytest.param(
        "The average response time in Durham fell to nine minutes, from 14 minutes.",
        [9.0, 14.0],
        id="fell-to-from",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEASURED_ROWS)
def test_an_average_time_and_its_old_level_are_figures(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected


NOT_MEASURED_ROWS = [
    pytest.param(
        "In Kent 999 calls must be answered within ten seconds, from next April.",
        [],
        id="threshold-from",
    ),
    pytest.param(
        "Officers in Leeds waited for hours, from early morning, for a bed.",
        [],
        id="no-average",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_MEASURED_ROWS)
def test_a_threshold_or_a_wait_with_no_average_is_no_figure(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected
