"""Activities dated in a sentence of their own after their figures ("The checks were
carried out between 1 and 14 September") date those figures, as an operation that "ran"
does (``period_events.EVENT_DATED``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 20)
SPAN = ("2025-09-01", "2025-09-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suffolk Police caught 140 drivers using phones on the A14.\n\nThe checks were "
         "carried out between 1 and 14 September.", {140: SPAN}),
        ("Trading standards officers found 9 shops selling knives to children.\n\nThe test "
         "purchases were carried out between 1 and 14 September.", {9: SPAN}),
        ("Officers seized 31 bikes in Ipswich.\n\nThe raids took place between 1 and 14 "
         "September.", {31: SPAN}),
        # near miss: no dating verb, the sentence tells a result of its own
        ("Suffolk Police caught 140 drivers using phones on the A14.\n\nThe checks found "
         "12 more on 14 September.", {140: None}),
    ],
)  # fmt: skip
def test_activities_dated_after_their_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
