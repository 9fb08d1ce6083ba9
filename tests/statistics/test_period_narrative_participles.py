"""A count after a participle of what was done (", stopping 164 vehicles"), in a past
sentence told after the lead's span, takes the lead's period as the sentence's other counts
do (rule ``narrative_participle``, ``period_narrative.NARRATIVE_PARTICIPLES``). Sentences
written for these tests; the near misses stay undated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 14)
APRIL_SEPTEMBER = ("2025-04-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hull City Council issued 400 fines between April and September. Officers worked "
            "with the council on 12 joint patrols, stopping 210 vans.",
            {400: APRIL_SEPTEMBER, 12: APRIL_SEPTEMBER, 210: APRIL_SEPTEMBER},
            id="stopping",
        ),
        pytest.param(
            "Kent Police made 90 arrests between April and September. Detectives worked with "
            "farmers near Ashford, recovering 35 stolen quad bikes.",
            {90: APRIL_SEPTEMBER, 35: APRIL_SEPTEMBER},
            id="recovering",
        ),
        # near miss: the participle in a sentence in the present
        pytest.param(
            "Kent Police made 90 arrests between April and September. Teams are now stopping "
            "35 vans, checking licences.",
            {90: APRIL_SEPTEMBER, 35: None},
            id="present",
        ),
    ],
)
def test_period_narrative_participles(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
