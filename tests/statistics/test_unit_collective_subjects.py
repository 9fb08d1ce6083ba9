"""Counts whose subject is a collective noun (``collective_subjects``, unit rule
``collective-subject``): a population counts people, a workforce staff, a caseload cases.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change's amount and the level reached both count the collective
        ("The prison population has risen by 2,300 to 88,100 since January.",
         [(2300, "people"), (88100, "people")]),
        ("Cleveland Police's workforce fell by 120 to 3,400 last year.",
         [(120, "staff"), (3400, "staff")]),
        ("The youth offending team's caseload grew by nearly 60 to 410 in 2023.",
         [(60, "cases"), (410, "cases")]),
        # after a clause of its own, joined by "while"
        ("Reports have more than doubled, while the prison population has grown by nearly "
         "9,000 to 86,400.",
         [(2, "times"), (9000, "people"), (86400, "people")]),
        # a level verb
        ("The charity's membership reached 5,200 last year.", [(5200, "members")]),
        # collective-passed-level: a level passed
        ("The Welsh prison population passed 4,900 in the spring.", [(4900, "people")]),
        ("The probation caseload has topped 900 in Gwent.", [(900, "cases")]),
        # near misses: a noun of its own after the count; a percentage; a plural subject
        ("The population of the town is 86,400 people.", [(86400, "people")]),
        ("The prison population fell by 3% last year.", [(3, "percent")]),
        ("The crowd passed 20 stalls on its way to the square.", [(20, "stalls")]),
        ("Arrests in the city rose by 400 to 1,200 last year.",
         [(400, "arrests"), (1200, "arrests")]),
    ],
)  # fmt: skip
def test_collective_subject_units(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
