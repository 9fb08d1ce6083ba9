"""A sentence whose figures were found during the activities just counted, named again
with a pointing word ("during those visits", "in these raids", a sentence opening "During
the raids,"), takes the span of the count before (back-reference rule
``during_those_counted``); a sentence with a period of its own keeps it, and "in those
suites" or "during the visit" point at no counted activity. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 6, 10)
FY = ("2025-04-01", "2026-03-31")
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volunteers made 148 visits to custody suites in Kent in 2025/26. The volunteers "
            "spoke to 1,032 detainees during those visits.",
            [(148.0, "visits", FY), (1032.0, "detainees", FY)],
        ),
        (
            "Inspectors made 12 inspections of stations in Hull in 2025. The team found 41 "
            "faults during those inspections.",
            [(12.0, "inspections", Y2025), (41.0, "faults", Y2025)],
        ),
        (
            "Officers carried out 40 raids in Kent in 2025. The teams found 300 knives in "
            "these raids.",
            [(40.0, "raids", Y2025), (300.0, "knives", Y2025)],
        ),
        # the activities named again where the sentence opens ("During the raids, …")
        (
            "Officers searched 12 homes in Hull on Tuesday. During the raids, they seized "
            "£6,200 in cash.",
            [
                (12.0, "homes", ("2026-06-09", "2026-06-09")),
                (6200.0, "pounds", ("2026-06-09", "2026-06-09")),
            ],
        ),
        (
            "Officers carried out 40 raids in Kent in 2025. In those raids, 300 knives were found.",
            [(40.0, "raids", Y2025), (300.0, "knives", Y2025)],
        ),
        # near misses: a period of its own; no counted activity pointed at
        (
            "Officers carried out 40 raids in Kent in 2025. Since January, 300 knives were "
            "seized during the raids.",
            [(40.0, "raids", Y2025), (300.0, "knives", ("2026-01-01", "2026-06-10"))],
        ),
        (
            "Volunteers made 148 visits to custody suites in Kent in 2025/26. The volunteers "
            "spoke to 1,032 detainees in those suites.",
            [(148.0, "visits", FY), (1032.0, "detainees", None)],
        ),
        (
            "Volunteers made 148 visits to custody suites in Kent in 2025/26. The volunteers "
            "spoke to 1,032 detainees during the visit.",
            [(148.0, "visits", FY), (1032.0, "detainees", None)],
        ),
    ],
)
def test_during_those_counted(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
