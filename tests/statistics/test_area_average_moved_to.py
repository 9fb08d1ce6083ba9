"""An average that moved to its new level with an adverb or a comma before "to" ("the
average amount demanded rose sharply, to £4,900") is the mean of the release's own count,
not a yardstick: it keeps the area of its clause or document (``place_wording.AN_AVERAGE``
with ``measured_times.MOVED_TO_LEVEL``); it had had no area. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Surrey Police dealt with 90 cases. The average amount demanded rose sharply, to £3,100.",
        (3100, "Surrey"),
        id="adverb-comma",
    ),
    pytest.param(
        "Norfolk Police logged 80 scams. The average loss has fallen steadily to £2,050.",
        (2050, "Norfolk"),
        id="perfect-adverb",
    ),
    pytest.param(
        "Essex Police logged 75 scams. The average loss rose, to £1,900.",
        (1900, "Essex"),
        id="comma",
    ),
    # near miss: a yardstick average stays of no area
    pytest.param(
        "Essex Police logged 75 scams, against the national average of 12%.",
        (12, None),
        id="national-average",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_area_average_moved_to(
    nlp: Language, areas: AreasOf, text: str, expected: tuple[float, str | None]
) -> None:
    value, area = expected
    assert dict(areas(nlp, text))[value] == area
