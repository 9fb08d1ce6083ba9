"""The rest of a court's sentence is dated by the hearing, not by the span of the offending
told before it: "He was also ordered to pay £750 in compensation" takes no period from the
paragraph before (rule ``also_sentenced`` of ``period_back_choice.ALSO_SENTENCED``, which
keeps ``continued_also`` off it; rule ``court_order_not_narrated`` of
``period_narrative.COURT_ORDER``, which keeps ``narrative_after_stated_span`` off it).
Near misses: what was done within the span keeps it. Every sentence is invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_back_choice import back_reference_names
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 10)
SPAN = ("2025-05-01", "2025-07-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between May and July 2025 Hale stole from 30 shops in Bury.\n\n"
            "Hale was also fined £400 and ordered to pay £85 in costs.",
            {30: SPAN, 400: None, 85: None},
        ),
        (
            "Between May and July 2025 Hale stole from 30 shops in Bury.\n\n"
            "He was also made subject to a criminal behaviour order and told to pay £250.",
            {30: SPAN, 250: None},
        ),
        (
            "Between May and July 2025 Hale sent 62 messages to the victim.\n\n"
            "He was ordered to pay £600 in compensation.",
            {62: SPAN, 600: None},
        ),
        # near misses: more of what was done in the span
        (
            "Between May and July 2025, officers seized 30 knives.\n\n"
            "Officers also arrested 14 people.",
            {30: SPAN, 14: SPAN},
        ),
        (
            "Between May and July 2025, officers seized 30 knives.\n\n"
            "Patel was also arrested with 12 phones.",
            {30: SPAN, 12: SPAN},
        ),
    ],
)
def test_a_court_order_keeps_no_period_of_the_offending(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("opening", "takes_also"),
    [
        ("He was also ordered to pay £750 in compensation.", False),
        ("Ward was also jailed for six months.", False),
        ("They were also given a criminal behaviour order.", False),
        ("Officers also seized 12 cars.", True),
        ("He was also arrested on suspicion of theft.", True),
    ],
)
def test_also_sentenced_is_no_continued_also(opening: str, takes_also: bool) -> None:
    assert ("continued_also" in back_reference_names(opening)) is takes_also
