"""A sentence stating an aim or a demand (rule ``aim_sentence``,
pressfacts.statistics.period_reach: "The charity wants every one of the 43 forces to …",
"is calling on all 12 councils to …", "urges the 30 schools to …") takes no lead-in period:
its count is of those asked, not of what was done in the span the lead-in opened.
Sentences invented; near misses: a narrated sentence after the lead-in keeps it, and so
does a first-person wish in a quote."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 9, 2)

ROWS = [
    pytest.param(
        "Since 2022, the Welsh Government has spent £4m on safer routes to school. The charity "
        "wants every one of the 22 councils in Wales to publish a plan.",
        {4000000: ("2022-01-01", "2025-09-02"), 22: None},
        id="wants-to",
    ),
    pytest.param(
        "Over the summer, volunteers gave out 900 safety alarms. The trust is calling on all "
        "12 universities in the region to hand them out.",
        {900: ("2025-06-01", "2025-08-31"), 12: None},
        id="calling-on",
    ),
    pytest.param(
        "In 2024, the force recorded 310 spiking reports. The commissioner urges the 40 "
        "licensed venues in the city to sign the charter.",
        {310: ("2024-01-01", "2024-12-31"), 40: None},
        id="urges",
    ),
    # near misses: a narrated sentence, and a first-person wish
    pytest.param(
        "Over the summer, volunteers gave out 900 safety alarms. They also trained 45 door staff.",
        {900: ("2025-06-01", "2025-08-31"), 45: ("2025-06-01", "2025-08-31")},
        id="narrated",
    ),
    pytest.param(
        "Over the summer, volunteers gave out 900 safety alarms. “We want 40 more venues to "
        "join,” said Inspector Jo Marsh.",
        {900: ("2025-06-01", "2025-08-31"), 40: ("2025-06-01", "2025-08-31")},
        id="first-person-wish",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_aim_sentences(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    """{value: period} of each figure."""
    assert periods_of(nlp, text, PUBLISHED) == expected
