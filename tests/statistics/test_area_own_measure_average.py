"""An average that names what it measures, with no comparison before it ("the average
loss per victim stood at £1,984"), is the release's own statistic: its area is found like
any figure's, not left empty as a yardstick's (rule ``own_measure_average`` of
:mod:`pressfacts.statistics.yardstick_areas`). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Fraud victims in the Cleveland Police area lost £2.1m between January and June. "

ROWS = [
    pytest.param(
        LEAD + "A total of 1,106 reports were made, with the average loss per victim standing "
        "at £1,899.",
        [(2100000.0, "Cleveland"), (1106.0, "Cleveland"), (1899.0, "Cleveland")],
        id="average-loss-per-victim",
    ),
    pytest.param(
        LEAD + "The average wait for a call back was 14 minutes.",
        [(2100000.0, "Cleveland"), (14.0, "Cleveland")],
        id="average-wait",
    ),
    # near misses: an average held up as a yardstick; a bare average of a number
    pytest.param(
        LEAD + "The average wait for a call back was 14 minutes, above the average wait of 9 "
        "minutes.",
        [(2100000.0, "Cleveland"), (14.0, "Cleveland"), (9.0, None)],
        id="above-the-average-wait",
    ),
    pytest.param(
        LEAD + "Some 12% of victims were over 80, against the average of 7%.",
        [(2100000.0, "Cleveland"), (12.0, "Cleveland"), (7.0, None)],
        id="against-the-average-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_own_measure_average(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
