"""A multiple of a yardstick stated with its own period ("nearly double the 680 seized in
2021-22"): the yardstick's period is the earlier half of the comparison, so the multiple
spans both and the yardstick count keeps its own; sentences invented for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2024, 6, 4)

ROWS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    ("Humberside Police seized 940 knives in 2023-24, nearly double the 480 handed in "
     "during 2021-22.",
     {940: ("2023-04-01", "2024-03-31"), 2: ("2021-04-01", "2024-03-31"),
      480: ("2021-04-01", "2022-03-31")}),
    ("Reports in Ripon rose to 120 in 2023, more than double the 55 recorded in 2020.",
     {120: ("2023-01-01", "2023-12-31"), 2: ("2020-01-01", "2023-12-31"),
      55: ("2020-01-01", "2020-12-31")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_multiple_of_a_dated_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
