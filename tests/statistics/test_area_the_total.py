"""A sentence opening on "The total" points back to the whole of the counts just stated,
not to the last of its parts (``part_wholes.THE_TOTAL``); sentences invented for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole's place, not the last part's
        pytest.param(
            "Essex Police seized 420 knives in March. Basildon accounted for 96 of the knives, "
            "Colchester for 71 and Harlow for 40. The total was up by 18% on March last year.",
            [(420, "Essex"), (96, "Basildon"), (71, "Colchester"), (40, "Harlow"), (18, "Essex")],
            id="the-total-after-its-parts",
        ),
        pytest.param(
            "Kent Police took in 300 blades. Dover accounted for 80 of the blades and Margate "
            "for 45. The overall total rose by a third.",
            [(300, "Kent"), (80, "Dover"), (45, "Margate"), (33.3, "Kent")],
            id="the-overall-total",
        ),
        # near miss: "the total" inside a sentence that names its own place
        pytest.param(
            "Kent Police took in 300 blades. Dover accounted for 80 of the blades and Margate "
            "for 45. In Margate the total rose by 9%.",
            [(300, "Kent"), (80, "Dover"), (45, "Margate"), (9, "Margate")],
            id="a-place-of-its-own",
        ),
    ],
)
def test_the_total_points_to_the_whole(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
