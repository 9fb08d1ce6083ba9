""" "Over the weekend" told exactly by a span stated close after it ("The order was in
force between 6pm on Friday and 6am on Sunday") takes that span, when it holds no day more
than one outside the weekend (``period_weeks.weekends_stated_later``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 5, 18)  # a Monday


def first(text: str) -> tuple[str, str] | None:
    """(start, end) of the first dated period phrase of ``text``."""
    found = dated_phrases(text, P)
    return (found[0][1], found[0][2]) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine people were arrested over the weekend. The dispersal order was in force "
            "between 6pm on Friday and 6am on Sunday.",
            ("2026-05-15", "2026-05-17"),
        ),
        (
            "Officers made 40 stops at the weekend. The checks ran from Saturday to Monday.",
            ("2026-05-16", "2026-05-18"),
        ),
        # near misses: a span further from the weekend, and none after it
        (
            "Nine people were arrested over the weekend. Thefts fell between 1 and 30 April.",
            ("2026-05-16", "2026-05-17"),
        ),
        ("Nine people were arrested over the weekend.", ("2026-05-16", "2026-05-17")),
    ],
)
def test_the_weekend_told_exactly(text: str, expected: tuple[str, str]) -> None:
    assert first(text) == expected
