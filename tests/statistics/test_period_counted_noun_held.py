"""A sentence naming the things counted before as its subject, with a count of what they
held ("The episodes involved 318 children"), takes the period of the sentence that counted
them (``the_counted_noun_held``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 14)
FY = ("2024-04-01", "2025-03-31")
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Norfolk County Council recorded 912 missing episodes in 2024/25, a report shows. "
            "The episodes involved 204 children, and 33 of them were missing more than once.",
            {912: FY, 204: FY, 33: FY},
            id="the-episodes-involved",
        ),
        pytest.param(
            "Officers in Suffolk received 1,480 calls about vulnerable adults in 2024. These "
            "calls came from about 1,100 families.",
            {1480: Y2024, 1100: Y2024},
            id="these-calls-came-from",
        ),
        pytest.param(
            "Essex Police made 640 arrests for drug supply in 2024/25. The arrests led to 212 "
            "charges.",
            {640: FY, 212: FY},
            id="the-arrests-led-to",
        ),
        # near misses: no count after the verb; a noun not counted before
        pytest.param(
            "Norfolk County Council recorded 912 missing episodes in 2024/25. The episodes "
            "involved children from every district, and 204 families asked for help.",
            {912: FY, 204: None},
            id="no-count-after-the-verb",
        ),
        pytest.param(
            "Norfolk County Council recorded 912 missing episodes in 2024/25. The reviews "
            "involved 204 children.",
            {912: FY, 204: None},
            id="a-noun-not-counted-before",
        ),
    ],
)
def test_counted_noun_held(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
