""" "last" and a weekday alone, in a sentence told in the past, is the latest such weekday
before P (rule ``last_weekday``); a telling's or a court's day, a weekday to come, "since
last …" (``since_weekday``) and a dated weekday are not read by it. Sentences invented; P
is Tuesday 2 December 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers searched four homes in Grimsby last Friday and seized 17 bikes.",
         {4: ("2025-11-28", "2025-11-28"), 17: ("2025-11-28", "2025-11-28")}),
        ("Essex Police stopped 52 vans on the A12 last Wednesday.",
         {52: ("2025-11-26", "2025-11-26")}),
        # P itself a Tuesday: "last Tuesday" is the Tuesday a week before
        ("Volunteers marked 140 converters in Lincoln last Tuesday.",
         {140: ("2025-11-25", "2025-11-25")}),
        # near misses: a telling's day, a court's day, a day to come, "since last …"
        ("The force said last Friday that 12 cars had been stolen.", {12: None}),
        ("A man was jailed last Friday for 9 burglaries.", {9: None}),
        ("Officers will check 30 scrap yards next Friday.", {30: None}),
        ("Dorset Police have seized 12 cars since last Saturday.",
         {12: ("2025-11-29", "2025-12-02")}),
    ],
)  # fmt: skip
def test_period_last_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_last_weekday_undated_without_p(nlp: Language, periods_of: PeriodsOf) -> None:
    """No publication date: no Friday to count back from."""
    assert periods_of(nlp, "Officers seized 17 bikes last Friday.", None) == {17: None}
