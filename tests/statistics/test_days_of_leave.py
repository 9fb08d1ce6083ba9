"""Days of leave or absence taken are a count, not a duration (guard ``days-of-leave`` of
``duration_guards.NOT_WORK_HOURS``): "12,700 days of sick leave", "900 days of absence",
"3,100 days lost to stress"; a stretch of days stays a duration. Every sentence is invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 10)
    return [(f.value, f.unit) for f in nlp(doc)._.statistics]


ROWS = [
    pytest.param(
        "Officers in Gwent took 12,700 days of sick leave last year.",
        [(12700, "days")],
        id="days-of-sick-leave",
    ),
    pytest.param(
        "The council in Derby recorded 900 days of staff absence in 2024.",
        [(900, "days")],
        id="days-of-staff-absence",
    ),
    pytest.param(
        "Staff in the control room in Hull had 3,100 days lost to stress last year.",
        [(3100, "days")],
        id="days-lost",
    ),
    pytest.param(
        "Detectives in Leeds took 640 days off sick in 2024.",
        [(640, "days")],
        id="days-off-sick",
    ),
    # near misses: a stretch of days stays a duration
    pytest.param("Officers in Derby held 14 days of action in June.", [], id="days-of-action"),
    pytest.param("In Hull, he was signed off for 28 days in May.", [], id="for-days"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_days_of_leave(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert figures(nlp, text) == expected
