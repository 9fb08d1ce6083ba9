""" ", and" + a plural subject of its own + a perfect ("officers have asked websites to take
down 150 adverts", "volunteers have answered 120 letters") opens a clause with its own
period (rule ``plural_subject_perfect`` of ``period_own_clauses``): that period is not the
figure's before it, which keeps its own clause's. Not ", and officers have been …" (no
figure), nor a perfect with other words before its figure. Every sentence is invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_clauses import clause_breaks
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The council received 52 complaints since January, with an average loss of £90, "
            "and officers have asked websites to take down 150 adverts in the past two months.",
            {
                52.0: ("2026-01-01", "2026-07-02"),
                90.0: ("2026-01-01", "2026-07-02"),
                150.0: ("2026-05-01", "2026-06-30"),
            },
            id="asked-to-take-down",
        ),
        pytest.param(
            "The hub took 80 calls in March, worth £4,000 in all, and volunteers have answered "
            "120 letters over the summer.",
            {
                80.0: ("2026-03-01", "2026-03-31"),
                4000.0: ("2026-03-01", "2026-03-31"),
                120.0: ("2026-06-01", "2026-07-02"),
            },
            id="perfect-and-figure",
        ),
        pytest.param(
            "Wardens issued 64 fines in April, totalling £6,400, and the wardens have now "
            "removed 30 signs since June.",
            {
                64.0: ("2026-04-01", "2026-04-30"),
                6400.0: ("2026-04-01", "2026-04-30"),
                30.0: ("2026-06-01", "2026-07-02"),
            },
            id="the-plural-subject",
        ),
    ],
)
def test_plural_subject_perfect(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("sentence", "breaks"),
    [
        ("Staff logged 52 calls, and officers have asked sites to remove 150 adverts.", True),
        ("Staff logged 52 calls, and officers have removed 150 adverts.", True),
        # near misses: no figure; other words before the figure; a singular subject (with
        # "the", "its" …: ``clause_breaks.DETERMINED_SUBJECT``'s break, not this rule's)
        ("Staff logged 52 calls, and officers have been busy since.", False),
        ("Staff logged 52 calls, and officers have seized drugs worth £5,000.", False),
        ("Staff logged 52 calls, and everyone has removed 150 adverts.", False),
    ],
)
def test_plural_subject_perfect_breaks(sentence: str, breaks: bool) -> None:
    at = sentence.index(", and")
    assert any(start == at for start, _ in clause_breaks(sentence)) is breaks
