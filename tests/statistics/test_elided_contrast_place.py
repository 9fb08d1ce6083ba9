"""Another named place's count after a contrast, with a verb of its own and its noun unsaid
("187 weapons were left at Southend, while Chelmsford collected 112"): it counts what the
count before counted (elided rule ``contrast_place_verbed``). Sentences invented for these
tests; the near misses keep a noun of their own, name no place as the subject or go on past
the count."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drivers handed in 260 knives at Truro, while Penzance collected 74.",
         [(260, "knives"), (74, "knives")]),
        ("Bins at Bangor took 58 knives, while Holyhead gathered 21, and Llangefni 9.",
         [(58, "knives"), (21, "knives"), (9, "knives")]),
        ("Teams seized 58 knives in Salford, but Bolton recovered nearly 30.",
         [(58, "knives"), (30, "knives")]),
        ("The amnesty bins in Wrexham took 133 blades, but Rhyl took in just over 50.",
         [(133, "blades"), (50, "blades")]),
        # near misses: a noun of its own; no named subject; a month; the clause goes on
        ("Drivers handed in 260 knives at Truro, while Penzance collected 74 swords.",
         [(260, "knives"), (74, "swords")]),
        ("Drivers handed in 260 knives at Truro, while officers collected 74.",
         [(260, "knives")]),
        ("Drivers handed in 260 knives at Truro, while Penzance officers collected 74.",
         [(260, "knives")]),
        ("Drivers handed in 260 knives at Truro, while Penzance collected 74 in cash.",
         [(260, "knives")]),
    ],
)  # fmt: skip
def test_contrast_place_verbed_units(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, P)] == expected
