"""A start said as a participle, with or without its object, dates a "since" span: "since
opening in May", "since its opening in May", "since opening in 2021", "since setting up
in March 2019", "since joining in 2019", "since taking office in May" run from that month
or year to the release date (``since_days.START_VERBS``
in rules ``since_start`` and ``since_event``; "opening" also a start noun). Sentences
invented for the test; the near misses keep what they had."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_periods

P = dt.date(2025, 10, 20)

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("The hub has seen 212 children since opening in May", [("2025-05-01", "2025-10-20")]),
    ("The hub has seen 212 children since its opening in May", [("2025-05-01", "2025-10-20")]),
    ("Since opening in 2021, the cafe has helped 40 people", [("2021-01-01", "2025-10-20")]),
    ("Since setting up in March 2019 it has helped 40 people", [("2019-03-01", "2025-10-20")]),
    ("Since launching the app in 2022 it has logged 900 reports", [("2022-01-01", "2025-10-20")]),
    # a person's or a group's own start: joining, becoming, forming, taking office
    ("He has given 2,000 hours since joining in 2019", [("2019-01-01", "2025-10-20")]),
    (
        "She has made 140 arrests since joining the force in March 2021",
        [("2021-03-01", "2025-10-20")],
    ),
    ("He has dealt with 60 cases since taking office in May", [("2025-05-01", "2025-10-20")]),
    ("The team has seized 12 guns since forming in 2022", [("2022-01-01", "2025-10-20")]),
    ("She has led 30 raids since becoming an inspector in 2023", [("2023-01-01", "2025-10-20")]),
    # near misses: a start that is no "since" span is its own month or year
    ("The centre, opening in May, will help 40 people", [("2025-05-01", "2025-05-31")]),
    ("After opening in 2021, the cafe helped 40 people", [("2021-01-01", "2021-12-31")]),
    ("She joined in 2019 and made 40 arrests", [("2019-01-01", "2019-12-31")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_start_participle_dates_its_since(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, P)]
    assert found == expected
