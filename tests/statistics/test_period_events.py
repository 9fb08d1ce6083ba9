"""An event dated in the figure's own sentence by a relative clause dates the figure
(pressfacts.statistics.period_events.event_clause_period); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 3, 20)

# (text, {value: period}); a period is its ISO start and end, or None
EVENT_CLAUSE_ROWS = [
    pytest.param(
        "Cumbria Police officers visited 640 farms during the operation, which ran from "
        "3 February to 2 March.",
        {640: ("2025-02-03", "2025-03-02")},
        id="during-the-operation-which-ran",
    ),
    pytest.param(
        "Around 900 (874) drivers were stopped during the campaign, which took place between "
        "6 and 19 January.",
        {874: ("2025-01-06", "2025-01-19")},
        id="a-glossed-count-in-a-campaign",
    ),
    pytest.param(
        "Officers made 31 arrests as part of a week of action that lasted from 10 to 16 February.",
        {31: ("2025-02-10", "2025-02-16")},
        id="as-part-of-a-week-of-action-that-lasted",
    ),
    pytest.param(
        "Police in Luton arrested 90 drivers during their winter drink and drug-drive "
        "campaign.\n\nThe campaign ran from 1 to 31 December.",
        {90: ("2024-12-01", "2024-12-31")},
        id="an-event-of-four-words-dated-after",
    ),
    # near misses: the figure's own period first; no dating verb in the clause
    pytest.param(
        "Officers made 12 arrests in January during the crackdown, which ran from 6 January "
        "to 2 March.",
        {12: ("2025-01-01", "2025-01-31")},
        id="own-period-first",
    ),
    pytest.param(
        "Officers seized 15 knives during the operation, which led to charges.",
        {15: None},
        id="no-dating-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_CLAUSE_ROWS)
def test_an_event_dated_in_the_figures_sentence_dates_it(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
