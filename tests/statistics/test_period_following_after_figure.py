"""Rule ``following_after_figure`` of :mod:`pressfacts.statistics.period_choice`: a level
between a period stated before it and a span counted on from that period later in the same
run of words ("… in 2025, 82% had not reoffended in the following six months") covers the
counted-on span. Near misses: a figure before the period, and a figure with a comma or
another figure between it and the span, keep the period stated before."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 2)


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Of the 240 offenders who left the scheme in 2024, 71% had not reoffended in the "
         "following 12 months.", 71, ("2025-01-01", "2025-12-31")),
        ("Some 40 drivers were caught in March 2025, and 12 were caught again in the "
         "following six months.", 12, ("2025-04-01", "2025-09-30")),
        ("In the first quarter of 2026 the team closed 90 cases and reopened 14 cases in the "
         "following three months.", 14, ("2026-04-01", "2026-06-30")),
        # near misses: the figure before the period; a comma or a figure between
        ("Some 40 drivers were caught in March 2025, and 12 were caught again in the "
         "following six months.", 40, ("2025-03-01", "2025-03-31")),
        ("In 2025 the unit caught 12 drivers, and more in the following six months.",
         12, ("2025-01-01", "2025-12-31")),
        ("In 2025 the unit caught 12 drivers and 30 vans in the following six months.",
         12, ("2025-01-01", "2025-12-31")),
    ],
)  # fmt: skip
def test_following_after_figure(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, period: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == period
