""" "Of those, …" (no participle) right after a sentence that states only shares points back
to the last share (rule ``share_as_whole`` of :func:`~pressfacts.statistics.part_wholes.
lead_whole`): its part takes the share's area and period, not those of the last count
further back. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, PeriodsOf

P = dt.date(2026, 6, 2)

ROWS = [
    pytest.param(
        "Cleveland Police recorded 2,310 thefts in 2025, and Hartlepool logged 402. A survey "
        "between February and April found one in four shop workers in Stockton had been "
        "threatened. Of those, nearly 60% said they had not told the police.",
        (60.0, "Stockton", ("2026-02-01", "2026-04-30")),
        id="share-then-of-those-share",
    ),
    # near misses: a count in the share's sentence is the whole; a participle names a count
    pytest.param(
        "Durham Constabulary took 7,400 calls in 2025. In a poll in March, men over 60 in "
        "Consett made up one in ten callers. Of these, 610 were passed to officers.",
        (610.0, "Durham", ("2025-01-01", "2025-12-31")),
        id="a-count-is-of-the-count-before",
    ),
    pytest.param(
        "Kent Police arrested 212 people in 2025, a third of them in Medway. Of those, 40 "
        "were charged.",
        (40.0, "Kent", ("2025-01-01", "2025-12-31")),
        id="count-beside-the-share",
    ),
    pytest.param(
        "Kent Police arrested 212 people in 2025. In a survey in March, a third of people in "
        "Dover said they felt unsafe. Of those arrested, 40 were charged.",
        (40.0, "Kent", ("2025-01-01", "2025-12-31")),
        id="participle-names-the-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_share_as_whole(
    nlp: Language,
    areas: AreasOf,
    periods_of: PeriodsOf,
    text: str,
    expected: tuple[float, str, tuple[str, str]],
) -> None:
    value, area, period = expected
    assert dict(areas(nlp, text)).get(value) == area
    assert periods_of(nlp, text, P).get(value) == period
