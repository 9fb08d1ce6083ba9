"""A festive period after a future verb in its clause is P's year's December, whole (rule
``festive_planned_before``, ``period_seasons.resolve_festive``); told as done, the latest
December begun by P. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, dated_phrases


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Around 800 drivers are set to be breath-tested over the festive period.",
         dt.date(2025, 11, 20), [("over the festive period", "2025-12-01", "2025-12-31")]),
        ("Cleveland Police will carry out 350 licensing checks during the Christmas period.",
         dt.date(2024, 11, 28), [("during the Christmas period", "2024-12-01", "2024-12-31")]),
        ("The £12,000 would pay for 40 taxi marshal shifts over the festive season.",
         dt.date(2025, 10, 30), [("over the festive season", "2025-12-01", "2025-12-31")]),
        # near misses: told as done; last year's
        ("Officers breath-tested 800 drivers over the festive period.", dt.date(2025, 11, 20),
         [("over the festive period", "2024-12-01", "2024-12-31")]),
        ("Officers made 61 arrests over last year's festive period.", dt.date(2025, 11, 20),
         [("over last year's festive period", "2024-12-01", "2024-12-31")]),
    ],
)  # fmt: skip
def test_festive_planned_before(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Around 800 drivers in Bedfordshire are set to be tested over the festive period.",
         dt.date(2025, 11, 20), {800: ("2025-12-01", "2025-12-31")}),
        # near miss: tested already, in a release of January
        ("Around 800 drivers in Bedfordshire were tested over the festive period.",
         dt.date(2026, 1, 9), {800: ("2025-12-01", "2025-12-31")}),
    ],
)  # fmt: skip
def test_festive_planned_figure(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, published) == expected
