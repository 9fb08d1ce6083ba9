"""A finding reported with "show" or "reveal" and no "that", right after the comma closing
an aside on its subject, takes the finding's own period, not the aside's date of when the
figures were obtained, compiled or published (rule ``finding_after_aside`` of
``finding_clauses.FINDING_CLAUSE``), and so do the sentences after it that point back; a
finding with no period of its own still falls back to the aside's. Sentences invented; P
is Thursday 14 May 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The figures, obtained by the BBC in March, reveal 38% of victims waited more "
            "than a year in 2024/25. In Swansea, 212 victims waited.",
            {38: ("2024-04-01", "2025-03-31"), 212: ("2024-04-01", "2025-03-31")},
        ),
        (
            "The figures, obtained under the Freedom of Information Act in January, show "
            "2,310 reports were made in 2024. Cardiff accounted for 940 of them.",
            {2310: ("2024-01-01", "2024-12-31"), 940: ("2024-01-01", "2024-12-31")},
        ),
        (
            "The figures, compiled by Lincolnshire Police on Wednesday, show 640 drivers were "
            "caught in the year to June 2026. Almost half were in Lincoln.",
            {640: ("2025-07-01", "2026-06-30"), 50: ("2025-07-01", "2026-06-30")},
        ),
        (
            "The data, collected by the council in April, shows 14% of residents felt "
            "unsafe in 2025/26.",
            {14: ("2025-04-01", "2026-03-31")},
        ),
        # near misses: no period after the verb (the aside's date stays); a "that" finding
        # (rule finding_clause, as before); no comma before the verb
        (
            "The survey, carried out in April, shows 14% of residents felt unsafe.",
            {14: ("2026-04-01", "2026-04-30")},
        ),
        (
            "The survey, carried out in April, found that 22% felt unsafe in 2025.",
            {22: ("2025-01-01", "2025-12-31")},
        ),
        (
            "Officers showed 40 pupils round the station in April.",
            {40: ("2026-04-01", "2026-04-30")},
        ),
    ],
)
def test_period_finding_after_aside(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected
