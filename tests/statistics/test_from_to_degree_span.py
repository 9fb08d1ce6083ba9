"""Both levels of a change "from" one "to" another count the subject when the change verb
has a degree before it (rule ``from_to_degree``, ``level_subjects.CHANGE_DEGREE``: "more
than doubled", "nearly trebled") or its span between the verb and ", from" (rule
``from_to_after_span``, ``level_subjects.CHANGE_SPAN``: "rose between 2021 and 2024, from
…"). Before these, both levels were dropped (no noun after them).

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[[Language, str, dt.date | None], list[tuple[float, str, object]]]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2026, 2, 9)

CASES: dict[str, tuple[str, list[tuple[float, str]]]] = {
    "more_than_doubled": (
        "In Ceredigion, thefts more than doubled, from 140 to 305.",
        [(140.0, "thefts"), (305.0, "thefts")],
    ),
    "nearly_trebled": (
        "Across Somerset, callouts nearly trebled, from 92 to 261.",
        [(92.0, "callouts"), (261.0, "callouts")],
    ),
    "span_between_years": (
        "In Torbay, seizures rose between 2021 and 2024, from 64 to 118.",
        [(64.0, "seizures"), (118.0, "seizures")],
    ),
    "degree_and_span": (
        "In Gwynedd, referrals almost doubled since 2020, from 210 to 404.",
        [(210.0, "referrals"), (404.0, "referrals")],
    ),
    # near miss: an object between the verb and "from" (the change is done to something)
    "object_after_the_verb": (
        "In Exeter, volunteers more than doubled their rota, from 12 to 30 shifts.",
        [(30.0, "shifts")],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_from_to_degree_span(nlp: Language, unit_periods_of: UnitPeriodsOf, case: str) -> None:
    text, expected = CASES[case]
    found = [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)]
    assert [f for f in found if f[1] not in ("times", "percent")] == expected
