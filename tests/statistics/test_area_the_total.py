"""A sentence opening on "The total" or "Of all the …" points back to the whole of the
counts just stated, not to the last of its parts (``part_wholes.THE_TOTAL``,
``part_wholes.OF_ALL_THE``); sentences invented for these tests."""

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
        # "Of all the …" before the figure: the whole's place too
        pytest.param(
            "The CPS charged 900 cases in England and Wales in the quarter. In London, "
            "prosecutors charged 140 cases, and in the North West 88. Of all the cases "
            "charged in the quarter, 120 involved offences from years before.",
            [
                (900, "England and Wales"),
                (140, "London"),
                (88, "North West"),
                (120, "England and Wales"),
            ],
            id="of-all-the-cases",
        ),
        pytest.param(
            "Kent Police took in 300 blades. Dover accounted for 80 of the blades and Margate "
            "for 45. Of all those handed in, around 60 were zombie knives.",
            [(300, "Kent"), (80, "Dover"), (45, "Margate"), (60, "Kent")],
            id="of-all-those",
        ),
        # near misses: a part of the last place's count, and "all" naming its own place
        pytest.param(
            "Kent Police took in 300 blades. Dover accounted for 80 of the blades and Margate "
            "for 45. Of those, 12 were machetes.",
            [(300, "Kent"), (80, "Dover"), (45, "Margate"), (12, "Margate")],
            id="of-those-is-the-last-part",
        ),
        pytest.param(
            "Kent Police took in 300 blades. Dover accounted for 80 of the blades and Margate "
            "for 45. Of all the blades handed in at Margate, 12 were machetes.",
            [(300, "Kent"), (80, "Dover"), (45, "Margate"), (12, "Margate")],
            id="of-all-with-a-place-of-its-own",
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
