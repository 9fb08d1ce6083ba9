"""A year-less range of months (or a pair of months) whose last month comes before P's,
spoken of in its own clause as still to come, is next year's (rule
``ended_range_to_come``, ``period_future.ended_range_to_come``, asked by
``period_ranges.resolve_month_range`` and ``period_pairs.resolve_month_pair``; sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, dated_phrases


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The £64,000 will pay for targeted patrols from February to April.",
         dt.date(2025, 10, 15), [("from February to April", "2026-02-01", "2026-04-30")]),
        ("The money will be spent between March and May on 20 youth sessions.",
         dt.date(2025, 9, 2), [("between March and May", "2026-03-01", "2026-05-31")]),
        ("Officers are set to carry out 150 licensing visits in January and February.",
         dt.date(2024, 11, 20), [("in January and February", "2025-01-01", "2025-02-28")]),
        ("The grant will fund a mentoring scheme from April until June.",
         dt.date(2025, 8, 6), [("from April until June", "2026-04-01", "2026-06-30")]),
        # near misses: told in the past; a word to come in another clause; a past verb
        # after it; a range running at P
        ("Officers made 85 arrests from February to April.", dt.date(2025, 10, 15),
         [("from February to April", "2025-02-01", "2025-04-30")]),
        ("The report, which will go to the panel, shows 210 thefts between March and May.",
         dt.date(2025, 9, 2), [("between March and May", "2025-03-01", "2025-05-31")]),
        ("The force will say that 40 drivers were caught in January and February.",
         dt.date(2024, 11, 20), [("in January and February", "2024-01-01", "2024-02-29")]),
        ("Patrols will continue to run from August to October.", dt.date(2025, 9, 2),
         [("from August to October", "2025-08-01", "2025-10-31")]),
    ],
)  # fmt: skip
def test_ended_range_to_come(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Some £38,000 will pay for 90 extra patrols in Wrexham from January to March.",
         dt.date(2025, 11, 18), {38000: ("2026-01-01", "2026-03-31"),
                                 90: ("2026-01-01", "2026-03-31")}),
        # near miss: the patrols already ran
        ("Officers carried out 90 extra patrols in Wrexham from January to March.",
         dt.date(2025, 11, 18), {90: ("2025-01-01", "2025-03-31")}),
    ],
)  # fmt: skip
def test_ended_range_to_come_figure(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, published) == expected
