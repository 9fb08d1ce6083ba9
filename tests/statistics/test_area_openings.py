"""A sentence's opening place as the area of figures whose clause names none
(``sentence-opening``), a clause's place never taken from the next clause, and a clause
opened by a place with an area word ("and Swale borough had …"); sentences invented for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS: list[tuple[str, list[tuple[float, str | None]]]] = [
    # the opening place is the scope of the figures of its sentence
    ("Cumbria Police said burglary fell. In Carlisle the fall was steeper, with 310 "
     "burglaries compared with 402 a year earlier.", [(310, "Carlisle"), (402, "Carlisle")]),
    ("Across Gwynedd the picture was different, with 95 thefts reported.", [(95, "Gwynedd")]),
    # a later clause naming its own place keeps it; the yardstick does not take it
    ("In Hull the fall was sharper, with 612 thefts compared with 700 a year earlier, "
     "while Grimsby recorded 97 and Scunthorpe 88.",
     [(612, "Hull"), (700, "Hull"), (97, "Grimsby"), (88, "Scunthorpe")]),
    # ", and" + a place with an area word + its verb opens a clause of that place
    ("Kent Police said 300 cars were stolen. Vans made up about a third of the vehicles "
     "stolen, and Swale borough had the most thefts, 41.",
     [(300, "Kent"), (33.3, "Kent"), (41, "Swale")]),
    # a "when" clause's place is its own figure's
    ("Northumbria Police ran 30 sweeps over the weekend, when 12 knives were found in "
     "Hexham.", [(30, "Northumbria"), (12, "Hexham")]),
    # a finding reported about another place is that clause's, not the figure's
    ("Essex Police said the plan builds on a £4.1m saving made in 2023, and follows an "
     "audit which found that waits in Basildon had grown.", [(4100000, "Essex")]),
    # a place of the figure's own clause wins over the opening place
    ("In Kent, officers made 40 arrests in Dover.", [(40, "Dover")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sentence_opening(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
