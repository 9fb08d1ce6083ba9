"""A place that is the subject of a part ("Darlington accounted for 4,112 of the 9,870
searches") is the part's area, not the whole's: the whole takes the wider body's area
(rule ``part_subject_place``, ``figure_areas.PART_SUBJECT``); "of its 1,870" is the place's
own whole. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Durham Constabulary carried out 9,000 searches in 2023. Darlington accounted "
            "for 4,112 of the 9,870 searches carried out in 2023/24.",
            [(9000, "Durham"), (4112, "Darlington"), (9870, "Durham")],
        ),
        (
            "Durham Constabulary made 9,000 arrests in 2023. Hartlepool recorded 412 of the "
            "1,870 arrests made for drug offences.",
            [(9000, "Durham"), (412, "Hartlepool"), (1870, "Durham")],
        ),
        # near misses: the place's own whole; the place's own count
        (
            "Durham Constabulary made 9,000 arrests in 2023. Hartlepool recorded 1,870 "
            "arrests in 2023.",
            [(9000, "Durham"), (1870, "Hartlepool")],
        ),
        (
            "Durham Constabulary made 9,000 arrests in 2023. In Hartlepool, 412 of the 1,870 "
            "arrests were for drug offences.",
            [(9000, "Durham"), (412, "Hartlepool"), (1870, "Hartlepool")],
        ),
    ],
)
def test_part_subject_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
