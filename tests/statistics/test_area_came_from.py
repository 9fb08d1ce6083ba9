"""In a sentence saying where its counts came from, the place right after a count's
"from" is the count's own (rule ``came-from``, ``own_places.FROM_PLACE``), in a list with
the verb elided too ("…, 3,150 from Swansea"): not the nearer place of the item before.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the calls that were answered, 12,400 came from Cardiff, 3,150 from Swansea "
            "and 870 from Newport.",
            [(12400, "Cardiff"), (3150, "Swansea"), (870, "Newport")],
            id="a-list-with-the-verb-elided",
        ),
        pytest.param(
            "Most of the 900 reports came from Leicester, 96 from Loughborough and 41 from "
            "Hinckley.",
            [(900, "Leicester"), (96, "Loughborough"), (41, "Hinckley")],
            id="after-a-whole-in-the-sentence",
        ),
        # near misses: no "came from" in the sentence ("from" an origin: the nearest place);
        # "from" before no place
        pytest.param(
            "Officers in Hull arrested 14 people, 12 from Leeds.",
            [(14, "Hull"), (12, "Hull")],
            id="no-came-from",
        ),
        pytest.param(
            "Most reports came from parents in Derby, and 41 reports from teachers in Buxton.",
            [(41, "Buxton")],
            id="from-before-no-place",
        ),
    ],
)
def test_came_from(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
