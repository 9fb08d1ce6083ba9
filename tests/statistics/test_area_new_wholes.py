"""A partitive opening's whole that restates no earlier figure, counts another noun and opens
a later paragraph than the figure before (pressfacts.statistics.part_wholes.new_whole) is a
new whole: it and its parts take no area from the figure before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Humberside Police recorded 4,300 thefts in 2025. Volunteers also cleaned 38 "
            "underpasses in Hull.\n\nTraining improved. Of the 1,260 officers who sat the "
            "course, 74% passed.",
            [(4300, "Humberside"), (38, "Hull"), (1260, "Humberside"), (74, "Humberside")],
        ),
        (
            "Cleveland Police made 610 arrests last year. Staff also visited 45 schools in "
            "Hartlepool.\n\nOf the 220 referrals that closed, 150 were resolved.",
            [(610, "Cleveland"), (45, "Hartlepool"), (220, "Cleveland"), (150, "Cleveland")],
        ),
        # the same noun after a breakdown by place: its last member is no whole
        (
            "Humberside Police made 400 arrests in 2025.\n\nOfficers tagged 143 people, with 31 "
            "in Hull and 27 in Goole.\n\nOf the 96 people who had worn a tag, 58 found work.",
            [
                (400, "Humberside"),
                (143, "Humberside"),
                (31, "Hull"),
                (27, "Goole"),
                (96, "Humberside"),
                (58, "Humberside"),
            ],
        ),
        # near miss: the same paragraph, a part of the figure before
        (
            "Cleveland Police made 610 arrests last year. Officers made 90 arrests in "
            "Hartlepool. Of the 40 people charged, 12 were remanded.",
            [(610, "Cleveland"), (90, "Hartlepool"), (40, "Hartlepool"), (12, "Hartlepool")],
        ),
    ],
)
def test_a_new_whole_takes_no_area_from_the_figure_before(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
