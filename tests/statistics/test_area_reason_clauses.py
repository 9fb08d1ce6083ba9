"""A place in a clause giving the cause of the figure before it is the cause's, not the
figure's (place role ``reason-clause``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "North Wales Police published its call figures.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The force took 21,400 calls in August as tourist numbers peaked in Gwynedd.",
            [(21400, "North Wales")],
        ),
        (
            "Calls rose to 9,800 in July because crowds grew across Anglesey.",
            [(9800, "North Wales")],
        ),
    ],
)
def test_a_reason_clauses_place_is_not_the_figures(
    nlp: Language, areas: AreasOf, sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, LEAD + sentence) == expected


def test_a_place_of_the_figure_itself_stays(nlp: Language, areas: AreasOf) -> None:
    # near miss: no cause clause; the place is the calls'
    text = LEAD + "The force took 21,400 calls in Gwynedd in August."
    assert areas(nlp, text) == [(21400, "Gwynedd")]
