"""A place's count after "has"/"have", closing its clause or followed by another place's
gapped count, elides the noun of the count before it in its sentence ("3,870 people hold a
certificate, while Plymouth has 1,240 and Torbay 655": the elided rule ``level_at_end``
of :mod:`pressfacts.statistics.elided_counts`). Every sentence is invented; near misses
keep a noun of their own or count nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Cornwall, 3,870 people hold a shotgun certificate, while Plymouth has 1,240 and "
         "Torbay 655.", [(3870, "people"), (1240, "people"), (655, "people")]),
        ("Leeds recorded 412 burglaries, while Bradford has 390.",
         [(412, "burglaries"), (390, "burglaries")]),
        ("Kent employs 310 special constables, while Essex and Suffolk have 280 between them.",
         [(310, "constables"), (280, "constables")]),
        # near misses: a noun of its own after "has"; no count before in the sentence
        ("Leeds recorded 412 burglaries, while Bradford has 390 officers.",
         [(412, "burglaries"), (390, "officers")]),
    ],
)  # fmt: skip
def test_elided_has_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
