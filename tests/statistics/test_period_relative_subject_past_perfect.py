"""A relative clause with a subject of its own before its past perfect ("found 46 cases
where information had not been properly assessed") describes the things counted, so its
"had" keeps no sentence out of the lead's span (rule ``relative_subject_past_perfect`` of
``period_narrative``). Near misses: the figure's own past perfect ("46 cases had been
closed"), a clause with a figure before its "had", and "when … had" (a time) stay undated.
Sentences invented; P is 24 February 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 24)
REVIEW = ("2025-03-01", "2025-12-31")
AUDIT = ("2025-04-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The review covered 3,412 people between March and December 2025. It found 46 "
            "cases where information had not been properly assessed.",
            {3412: REVIEW, 46: REVIEW},
        ),
        (
            "The audit, carried out between April and September 2025, looked at 900 files. It "
            "found 52 files in which evidence had been logged late.",
            {900: AUDIT, 52: AUDIT},
        ),
        (
            "The inspection covered 640 premises between March and December 2025. It found 31 "
            "premises that the owners had left unlocked.",
            {640: REVIEW, 31: REVIEW},
        ),
        # near misses: the figure's own past perfect, a figure inside the clause, a time
        (
            "The review covered 3,412 people between March and December 2025. By then, 46 "
            "cases had been closed.",
            {3412: REVIEW, 46: None},
        ),
        (
            "The review covered 3,412 people between March and December 2025. It found 46 "
            "homes where 12 people had been arrested.",
            {3412: REVIEW, 46: None, 12: None},
        ),
        (
            "The review covered 3,412 people between March and December 2025. It found 46 "
            "cases when the checks had ended.",
            {3412: REVIEW, 46: None},
        ),
    ],
)
def test_period_relative_subject_past_perfect(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
