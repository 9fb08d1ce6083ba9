"""A count in a clause parallel to the one before it, its noun and its auxiliary left out,
may have an adverb before its participle (rule ``parallel_subject`` of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES`): "31 people were killed and 204
seriously injured" counts people twice. Sentences invented for these tests; the near
misses are a count with a noun of its own and a count with no participle after it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 3, 10)
Y25 = ("2025-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "In Cumbria, 31 people were killed and 204 seriously injured on the roads in 2025.",
        [(31, "people", Y25), (204, "people", Y25)],
        id="seriously-injured",
    ),
    pytest.param(
        "In 2025, 18 riders were killed and 96 badly injured in crashes in Powys.",
        [(18, "riders", Y25), (96, "riders", Y25)],
        id="badly-injured",
    ),
    pytest.param(
        "In 2025, 64 vehicles were seized and 23 subsequently crushed in Luton.",
        [(64, "vehicles", Y25), (23, "vehicles", Y25)],
        id="subsequently-crushed",
    ),
    # near misses: a noun of its own; no participle after the adverb
    pytest.param(
        "In 2025, 31 people were killed and 204 passengers seriously injured in Kent.",
        [(31, "people", Y25), (204, "passengers", Y25)],
        id="own-noun",
    ),
    pytest.param(
        "In 2025, 31 people were killed and 204 nearly all at night.",
        [(31, "people", Y25)],
        id="no-participle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_parallel_count_with_an_adverb_keeps_the_noun(
    nlp, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str, object]]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
