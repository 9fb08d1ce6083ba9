""" ", and" + a subject of one or two lower-case words placed by its own place (a
possessive's part too) + its verb, "rose", "fell" and "grew" among them, opens a clause of
that place: the figure before it does not take that place (rule ``placed_subject_phrase``
of :data:`pressfacts.statistics.clause_breaks.PLACED_SUBJECT`). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burglary in Leeds rose to 910 offences in 2025, up 8% on the year before, "
            "and robbery in Bradford fell to 300.",
            [(910, "Leeds"), (8, "Leeds"), (300, "Bradford")],
        ),
        (
            "Vehicle crime in Exeter reached 1,020 offences, up 6% on 2024, and shop theft "
            "in Torquay's harbour area rose to 415.",
            [(1020, "Exeter"), (6, "Exeter"), (415, "Torquay")],
        ),
        (
            "Thefts in Ipswich totalled 2,300 last year, down 4% on 2024, and violent crime in "
            "Lowestoft grew to 870.",
            [(2300, "Ipswich"), (4, "Ipswich"), (870, "Lowestoft")],
        ),
        # near miss: "while" already opens a clause of its own
        (
            "Thefts in Hull reached 1,200 last year, up 12% on 2024, while burglary in York "
            "fell by 4%.",
            [(1200, "Hull"), (12, "Hull"), (4, "York")],
        ),
    ],
)
def test_area_placed_subject_phrase(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
