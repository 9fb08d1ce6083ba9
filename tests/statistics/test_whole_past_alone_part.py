"""Rule ``whole_past_alone_part`` (``period_alone_parts.past_singled_out_parts``, used by
``referred_figures.named_whole``): a share or part "of the <noun>" after a count dated by a
span singled out with "alone" is of the whole's count stated before it, not of the part's,
and takes the whole's period. Near misses: no "alone", no whole counted before the part,
and a whole of another noun. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)

SUMMER = ("2025-06-01", "2025-08-31")
JULY = ("2025-07-01", "2025-07-31")
Q3 = ("2025-07-01", "2025-09-30")
SEPT = ("2025-09-01", "2025-09-30")

ROWS = [
    pytest.param(
        "Detectives charged 204 suspects between June and August. In July alone, 88 suspects "
        "were charged. About a third of the suspects were under 25.",
        {204.0: SUMMER, 88.0: JULY, 33.3: SUMMER},
        id="a-share-of-the-whole-after-a-lead-part",
    ),
    pytest.param(
        "Wardens seized 1,420 cans of alcohol between July and September, and 610 cans were "
        "taken in September alone.\n\nNearly half of the cans were found in parks.",
        {1420.0: Q3, 610.0: SEPT, 50.0: Q3},
        id="a-share-a-paragraph-later",
    ),
    # near misses: no "alone"; no whole before the part; a whole of another noun
    pytest.param(
        "Detectives charged 204 suspects between June and August. In July, 88 suspects were "
        "charged. About a third of the suspects were under 25.",
        {204.0: SUMMER, 88.0: JULY, 33.3: JULY},
        id="no-alone-the-nearest-count",
    ),
    pytest.param(
        "In July alone, 88 suspects were charged. About a third of the suspects were under 25.",
        {88.0: JULY, 33.3: JULY},
        id="no-whole-before-the-part",
    ),
    pytest.param(
        "Detectives made 204 arrests between June and August. In July alone, 88 suspects "
        "were charged. About a third of the suspects were under 25.",
        {204.0: SUMMER, 88.0: JULY, 33.3: JULY},
        id="a-whole-of-another-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_whole_past_alone_part(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
