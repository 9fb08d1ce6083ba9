"""A sentence opening on what officers found, a count (or the parts or items of one) right
after the verb, is the haul of the raid just dated (rule part ``haul_found`` of rule
``haul_seized``, :data:`pressfacts.statistics.back_reference_openings.HAUL_SEIZED`).
Sentences invented; P is Thursday 4 December 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 12, 4)
TUESDAY = ("2025-12-02", "2025-12-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four men were arrested after raids on three units in Swindon on Tuesday. Officers "
         "found parts from at least 19 stolen cars.", {4: TUESDAY, 3: TUESDAY, 19: TUESDAY}),
        ("Two women were arrested after raids on a farm near Ely on Tuesday. Officers found "
         "36 stolen quad bikes.", {2: TUESDAY, 36: TUESDAY}),
        ("Five people were held after raids on two flats in Hull on Tuesday. Police found "
         "items from 12 burglaries.", {5: TUESDAY, 2: TUESDAY, 12: TUESDAY}),
        # near misses: no count after the verb; the present perfect
        ("Four men were arrested after raids on three units in Swindon on Tuesday. Officers "
         "found that 19 of the cars had false plates.", {4: TUESDAY, 3: TUESDAY, 19: None}),
        ("Four men were arrested after raids on three units in Swindon on Tuesday. Officers "
         "have found 19 stolen cars since the spring.", {4: TUESDAY, 3: TUESDAY,
                                                           19: ("2025-03-01", "2025-12-04")}),
    ],
)  # fmt: skip
def test_period_haul_found(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
