"""Rule ``event_part_not_event``: a sentence that names a part of the event ("the first
week of the campaign, from 1 to 7 March") dates that part, not the event, so a later
"during the campaign" looks further back for the event's own dates. Near misses: a
sentence naming the event itself ("The campaign, which ran …") still dates it. Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

ROWS = [
    pytest.param(
        "Gwent Police ran its spring campaign from 1 to 31 March. Most arrests came in the"
        " second week, compared with 16 in the first week of the campaign, from 1 to 7 March."
        " During the campaign, 35 drivers were banned.",
        dt.date(2025, 4, 10),
        35,
        ("2025-03-01", "2025-03-31"),
        id="first-week-of-the-campaign",
    ),
    pytest.param(
        "The operation ran from 1 to 27 July across the county. On the final weekend of the"
        " operation, from 26 to 27 July, officers seized nine cars. Throughout the"
        " operation, 140 vehicles were checked.",
        dt.date(2025, 8, 5),
        140,
        ("2025-07-01", "2025-07-27"),
        id="final-weekend-of-the-operation",
    ),
    # near misses: the sentence names the event itself
    pytest.param(
        "The campaign ran from 2 to 29 June. In the week from 9 to 15 June, officers made 30"
        " stops during the campaign's busiest spell. During the campaign, 61 drivers were"
        " arrested.",
        dt.date(2025, 7, 3),
        61,
        ("2025-06-09", "2025-06-15"),
        id="the-campaigns-spell-is-the-campaign",
    ),
    pytest.param(
        "Officers held a week of action from 3 to 9 May. During the week of action, 14 people"
        " were arrested.",
        dt.date(2025, 5, 20),
        14,
        ("2025-05-03", "2025-05-09"),
        id="week-of-action-itself",
    ),
]


@pytest.mark.parametrize(("text", "published", "value", "expected"), ROWS)
def test_event_part_not_event(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    value: float,
    expected: tuple[str, str],
) -> None:
    assert periods_of(nlp, text, published)[value] == expected
