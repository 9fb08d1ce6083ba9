"""A "since" clause whose subject is a long body's name, with its acronym in brackets, still
dates its span from the start's year to the release date: "since the Mayor's Office for
Policing and Crime (MOPAC) began funding the scheme in 2022" (rule ``since_event``, its
clause ``period_since_incident.SINCE_CLAUSE``: a bracketed acronym and up to 80 characters).
Sentences invented for the test; the near misses keep their own year."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_periods

P = dt.date(2025, 10, 20)

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Some 900 people have been helped since the Office of the Police and Crime "
        "Commissioner (OPCC) began funding the project in 2021",
        [("2021-01-01", "2025-10-20")],
    ),
    (
        "It has taken 4,000 calls since the National Crime Agency (NCA) set up the line in "
        "March 2022",
        [("2022-03-01", "2025-10-20")],
    ),
    (
        "More than 300 tags have been fitted since the Greater Manchester Combined Authority "
        "started paying for the tagging pilot in 2023",
        [("2023-01-01", "2025-10-20")],
    ),
    # near misses: a comma or a bracketed aside that is no acronym ends the clause
    (
        "Some 900 people were helped since the scheme, which the council began, in 2021",
        [("2021-01-01", "2021-12-31")],
    ),
    (
        "Some 900 people were helped since the scheme (run by the council) began in 2021",
        [("2021-01-01", "2021-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_long_subject_dates_its_since(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, P)]
    assert found == expected
