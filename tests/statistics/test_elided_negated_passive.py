"""A count after ", and" (", but", ", while") whose noun is left out and whose verb is a
negated passive ("and 212 were never claimed", "but 40 have not been charged") counts the
things just counted (elided rule ``clause_negated_passive``); it had been dropped, as only
passives with "then", "later", "also" or "since" were read. A negation with no participle
("and 12 were not there") is no such clause. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wardens in Salford collected 730 dogs in 2024, and 96 were never claimed.",
            [(730, "dogs"), (96, "dogs")],
            id="never",
        ),
        pytest.param(
            "Officers in Bury arrested 58 men, but 21 have not been charged.",
            [(58, "men"), (21, "men")],
            id="have-not-been",
        ),
        pytest.param(
            "The charity took in 410 cats in Leeds, while 37 were not yet rehomed.",
            [(410, "cats"), (37, "cats")],
            id="not-yet",
        ),
        # near misses: no participle after the negation; a noun of its own
        pytest.param(
            "Wardens in Salford collected 730 dogs in 2024, and 12 were not there.",
            [(730, "dogs")],
            id="no-participle",
        ),
        pytest.param(
            "Wardens in Salford collected 730 dogs in 2024, and 12 owners were never traced.",
            [(730, "dogs"), (12, "owners")],
            id="own-noun",
        ),
    ],
)
def test_negated_passive(nlp: Language, units_of: UnitsOf, text: str, expected: object) -> None:
    assert units_of(nlp, text, P) == expected
