"""A force's custody count after "held" or "detained", closing its clause or followed by
another force's gapped count, elides the noun of the count before it ("Essex Police held
640 and Kent Police 512.": the elided rule ``level_at_end`` of
:mod:`pressfacts.statistics.elided_counts`, and a named subject's level,
``elided_subjects._NAMED_LEVEL``, when the noun is in the sentence before). Every sentence
is invented; near misses keep a noun of their own or count nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 1, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hampshire Constabulary detained 1,210 teenagers under the Act, while Dorset Police "
         "held 340 and Wiltshire Police 275.",
         [(1210, "teenagers"), (340, "teenagers"), (275, "teenagers")]),
        ("Across Wales, 2,480 children were kept in cells overnight. South Wales Police held "
         "1,102 and Gwent Police 418.",
         [(2480, "children"), (1102, "children"), (418, "children")]),
        ("Cumbria Constabulary held 96 young people in custody last year, and Lancashire "
         "Police detained 402.",
         [(96, "people"), (402, "people")]),
        # near misses: a noun of its own; a date-like number after "held"
        ("Cumbria Constabulary held 96 young people in custody, and Lancashire Police held "
         "402 adults.",
         [(96, "people"), (402, "adults")]),
        ("The youth court hearing was held on 12 March.", []),
    ],
)  # fmt: skip
def test_elided_custody_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
