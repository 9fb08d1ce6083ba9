""" " and that" with no comma before it opens the next of two reported clauses, whose place
is its own, not the figure's before it (rule ``and_that_unpunctuated`` of
``clause_breaks.AND_THAT_CLAUSE``); "and that of …" (a comparison) is no clause. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = "Medway Council has put £90,000 into street patrols across the borough. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Sergeant Jo Hart said officers had made 31 arrests for theft since May and "
         "that patrols in Gillingham would be stepped up.", [(90000, "Medway"), (31, "Medway")]),
        ("Sussex Police said officers had seized 40 bikes in Brighton and that 12 people had "
         "been charged in Hove.", [(40, "Brighton"), (12, "Hove")]),
        # near misses: a place of the figure's own clause; "and that of" (a comparison)
        (_LEAD + "Sergeant Jo Hart said officers had made 31 arrests in Chatham and that "
         "patrols would be stepped up.", [(90000, "Medway"), (31, "Chatham")]),
        ("The rate of 14 burglaries per 1,000 homes was higher than the rate in Leeds and "
         "that of York.", [(14, "Leeds")]),
    ],
)  # fmt: skip
def test_and_that_opens_a_clause_of_its_own(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
