"""A change closing a like-for-like comparison of two counts of one place takes that place
(rule ``closing_change_of_comparison``); sentences invented for these tests, with near
misses that must not take it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = "Humberside Police said its officers had worked with the fire service.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers took 310 calls about fireworks in Hull last month, compared with 260 in "
            "the same month last year, a rise of 19%.",
            [(310, "Hull"), (260, "Hull"), (19, "Hull")],
        ),
        (
            "Crews attended 88 deliberate fires in Grimsby in October, up from 64 a year earlier, "
            "an increase of more than 35%.",
            [(88, "Grimsby"), (64, "Grimsby"), (35, "Grimsby")],
        ),
        (
            "Officers seized 420 fireworks in Scunthorpe in October, against 510 in October "
            "2023, down 18%.",
            [(420, "Scunthorpe"), (510, "Scunthorpe"), (18, "Scunthorpe")],
        ),
        # near misses: the change in a sentence of its own; one count before it
        (
            "Officers took 310 calls about fireworks in Hull last month, compared with 260 in "
            "the same month last year. Calls rose by 19%.",
            [(310, "Hull"), (260, "Hull"), (19, "Humberside")],
        ),
        (
            "Officers in Hull took 310 calls last month. In the same month last year they took "
            "260, a rise of 19%.",
            [(310, "Hull"), (260, "Humberside"), (19, "Humberside")],
        ),
    ],
)
def test_a_change_closing_a_comparison(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, _LEAD + text) == expected
