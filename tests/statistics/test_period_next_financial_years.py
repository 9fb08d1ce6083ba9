""" "over the next two financial years": the N whole financial years after the one P lies
in (``period_fiscal`` rule ``next_financial_years``; sentences invented for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The commissioner will fund two rural officers with £80,000 over the next two "
         "financial years.", dt.date(2026, 2, 24),
         [("the next two financial years", "2026-04-01", "2028-03-31")]),
        ("The council has set aside £1.5m for the coming three financial years.",
         dt.date(2025, 6, 10), [("the coming three financial years", "2026-04-01", "2029-03-31")]),
        # near misses: the past ones; "the following" counts from a span stated before
        ("Thefts rose over the past three financial years.", dt.date(2026, 2, 24),
         [("the past three financial years", "2022-04-01", "2025-03-31")]),
        ("It spent £40,000 in 2024/25 and more over the following two financial years.",
         dt.date(2026, 2, 24), [("2024/25", "2024-04-01", "2025-03-31")]),
    ],
)  # fmt: skip
def test_next_financial_years(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, published) == expected
