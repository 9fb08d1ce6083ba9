"""An average stated as a percentage, then the place it is for ("the average of 89%
across England and Wales", "the average of 65 per cent in Wales"), is that place's figure
(figure area rule ``yardstick``, :data:`.AVERAGE_PLACE_AFTER`): a "%" right before the
place no longer hides it. Every sentence is invented for the test; the near misses are an
average with no place after it and an average over time."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Compliance in Leeds stood at 78%, above the average of 75% across Yorkshire.",
            [(78, "Leeds"), (75, "Yorkshire")],
            id="percent-across",
        ),
        pytest.param(
            "In Swansea, 68% of orders were completed, against the average of 65% in Wales.",
            [(68, "Swansea"), (65, "Wales")],
            id="percent-in",
        ),
        pytest.param(
            "Compliance in Leeds stood at 58%, above the average of 55 per cent in Scotland.",
            [(58, "Leeds"), (55, "Scotland")],
            id="per-cent-in",
        ),
        pytest.param(
            "Compliance in Hull was 91%, slightly above the average of 89% across England "
            "and Wales.",
            [(91, "Hull"), (89, "England and Wales")],
            id="percent-across-two-nations",
        ),
        # near misses: no place after the average (none of its own); an average over time
        pytest.param(
            "Compliance in Leeds stood at 48%, above the average of 45%.",
            [(48, "Leeds"), (45, None)],
            id="no-place-after",
        ),
        pytest.param(
            "Compliance in Leeds stood at 38%, above the five-year average of 35%.",
            [(38, "Leeds"), (35, "Leeds")],
            id="time-average",
        ),
    ],
)
def test_area_average_percent_after(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
