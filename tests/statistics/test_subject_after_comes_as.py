"""A level whose subject follows a short "… comes as" news clause with no comma
(``level_subjects.COMES_AS``, rule ``subject_after_comes_as``), or whose subject's head is
followed by an "among" phrase (rule ``subject_among_phrase``), counts that subject: "The
funding comes as admissions for knife wounds among under-25s fell to 118" had given no
unit and no figure. Every sentence is invented; the near misses are a count with a noun of
its own, a "came as" with no level verb after its subject, and a singular subject."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2025, 10, 15)
YEAR_2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "The announcement comes as knife robberies in Luton fell to 212 in 2024.",
        [(212.0, "robberies", YEAR_2024)],
        id="comes-as",
    ),
    pytest.param(
        "The grant came after assaults on paramedics in Kent rose to 96 in 2024.",
        [(96.0, "assaults", YEAR_2024)],
        id="came-after",
    ),
    pytest.param(
        "The new strategy comes amid reports of youth violence climbing to 430 in 2024.",
        [],
        id="comes-amid-no-level-verb",
    ),
    pytest.param(
        "Hospital admissions among teenagers in Swindon rose to 58 in 2024.",
        [(58.0, "admissions", YEAR_2024)],
        id="among-phrase",
    ),
    pytest.param(
        "The money comes as stabbings among young men in the county fell to 75 in 2024.",
        [(75.0, "stabbings", YEAR_2024)],
        id="comes-as-with-among-phrase",
    ),
    # near misses: a noun of its own after the count; a singular subject
    pytest.param(
        "The funding comes as officers made 40 arrests in 2024.",
        [(40.0, "arrests", YEAR_2024)],
        id="noun-after-the-count",
    ),
    pytest.param(
        "The review comes as the total fell to 310 in 2024.",
        [],
        id="no-plural-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_subject_after_comes_as(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
