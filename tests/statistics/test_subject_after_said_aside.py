"""A level whose subject opens a "while" (or "as", "after", "when") clause after a long main
clause and a speaker's comma-closed aside counts that subject (rule
``main_clause_said_aside``, ``level_subjects.SAID_ASIDE``): "Reports of thefts from
parked vans in the north of the county fell by 12% in 2025 compared with 2024, the force
said, while reports of spiking reached about 1,130" had given the 1,130 no unit and so no
figure. Every sentence is invented; the near misses are a subject with no level verb, a
singular subject and an aside with no verb of saying."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2026, 3, 19)
YEAR_2025 = ("2025-01-01", "2025-12-31")
SPAN = ("2024-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "Reports of thefts from parked vans in the north of the county fell by 12% in 2025"
        " compared with 2024, the force said, while reports of spiking reached about 1,130 in"
        " 2025.",
        [(12.0, "percent", SPAN), (1130.0, "reports", YEAR_2025)],
        id="force-said-while",
    ),
    pytest.param(
        "Assaults on door staff at licensed venues across the whole of the city fell by 9% in"
        " 2025, Bristol City Council has said, as complaints about noise totalled 640.",
        [(9.0, "percent", YEAR_2025), (640.0, "complaints", YEAR_2025)],
        id="council-has-said-as",
    ),
    # near misses: no level verb after the subject; a singular subject; no verb of saying
    pytest.param(
        "Reports of thefts from parked vans in the north of the county fell by 12% in 2025"
        " compared with 2024, the force said, while reports of spiking were made by 1,130.",
        [(12.0, "percent", SPAN)],
        id="no-level-verb",
    ),
    pytest.param(
        "Reports of thefts from parked vans in the north of the county fell by 12% in 2025"
        " compared with 2024, the force said, while the total reached about 1,130.",
        [(12.0, "percent", SPAN)],
        id="singular-subject",
    ),
    pytest.param(
        # (a main clause over 100 characters: a shorter one is an opening clause of the
        # subject's own, rule long_opening_clause)
        "Reports of thefts from parked vans and work trucks in the north and the east of the"
        " county fell by 12% in 2025 compared with 2024, the force noted, while reports of"
        " spiking reached about 1,130.",
        [(12.0, "percent", SPAN)],
        id="no-verb-of-saying",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_subject_after_said_aside(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
