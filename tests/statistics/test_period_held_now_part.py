"""A part or share that points back to the count before it, of a whole its sentence
describes as current by a relative clause holding "now" or "currently", in a sentence that
states no period, keeps no period of that count (rule ``held-now-part`` of
``period_now``): "Around one in eight of the children we now work with has been moved
here" tells how things stand at the release. Sentences invented; P is 12 June 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 12)
FY = ("2024-04-01", "2025-03-31")
_LEAD = "Suffolk County Council supported 140 children at risk of exploitation in 2024/25. "
_REFERRED = "Derbyshire Police referred 60 young people to the scheme in 2024/25. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + '"About one in five of the children we now see has been excluded," she said.',
         {140: FY, 20: None}),
        (_LEAD + "About one in five of the children we now see has been excluded from school.",
         {140: FY, 20: None}),
        (_LEAD + "A quarter of the children who now attend the hub have been reported missing.",
         {140: FY, 25: None}),
        # near misses: "now" in the main clause; no "now"; a perfect ("have now been")
        (_LEAD + "Around a third of those children now attend a pupil referral unit.",
         {140: FY, 33.3: FY}),
        (_REFERRED + "Twelve of them had been excluded from school.", {60: FY, 12: FY}),
        (_REFERRED + "Of those, 12 have now been charged.", {60: FY, 12: FY}),
    ],
)  # fmt: skip
def test_held_now_part(nlp: Language, periods_of: PeriodsOf, text: str, expected: object) -> None:
    assert periods_of(nlp, text, P) == expected
