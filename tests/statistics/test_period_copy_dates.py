"""A date borrowed from a dated copy places year-less calendar dates only
(``CALENDAR_RULES``); phrases relative to the publication date stay undated."""

from __future__ import annotations

import pytest

from pressfacts.findings import PartialDate
from pressfacts.statistics.period_table import PERIOD_RULES
from pressfacts.statistics.periods import CALENDAR_RULES, UNRESOLVED, find_period_phrases

COPY = PartialDate(2021, 11, 3, source="copy")


def test_the_calendar_rules_are_period_rules() -> None:
    assert {rule.name for rule in PERIOD_RULES} >= CALENDAR_RULES


# (text, the period of its first phrase with the copy's date: ISO span or None)
BORROWED: list[tuple[str, tuple[str, str] | None]] = [
    ("Officers logged 84 thefts between May and August.", ("2021-05-01", "2021-08-31")),
    ("The week of action ran from 4 to 10 October.", ("2021-10-04", "2021-10-10")),
    ("Calls rose during April.", ("2021-04-01", "2021-04-30")),
    ("There were 40 arrests in the six months to September.", ("2021-04-01", "2021-09-30")),
    ("Reports doubled from 28 February to 6 March.", ("2021-02-28", "2021-03-06")),
    ("Last year 40 thefts were reported.", None),  # relative to the reprint's own date
    ("There have been 12 arrests since March.", None),
    ("Officers made 9 arrests last month.", None),
]


@pytest.mark.parametrize(("text", "expected"), BORROWED)
def test_a_copy_s_date_places_calendar_dates_only(
    text: str, expected: tuple[str, str] | None
) -> None:
    [phrase] = find_period_phrases(text, None, copy_date=COPY)
    span = (phrase.start.isoformat(), phrase.end.isoformat())
    assert (None if phrase.kind == UNRESOLVED else span) == expected


@pytest.mark.parametrize(("text", "expected"), BORROWED)
def test_without_it_nothing_is_placed(text: str, expected: tuple[str, str] | None) -> None:
    assert {p.kind for p in find_period_phrases(text, None)} == {UNRESOLVED}
