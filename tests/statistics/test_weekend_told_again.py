""" "Over the weekend" told again after a first one that a span stated later dated exactly
(``period_weeks.weekends_stated_later``, rule ``weekend_told_again``) is that span again,
however far on; sentences invented for these tests, with near misses that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 8, 4)  # a Monday after the weekend of Friday 1 to Sunday 3 August 2025
_FILLER = (
    "Stewards, paramedics and volunteers worked across the site, and organisers said the "
    "new entrance layout had cut queues at the gates on the busiest evening by an hour. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first weekend told exactly after it; the second, far on, is that span again
        (
            "Sussex Police made 40 arrests at the carnival over the weekend. The event ran "
            "from Friday 1 August to Sunday 3 August. "
            + _FILLER * 2
            + "Officers seized 12 knives over the weekend.",
            {40: ("2025-08-01", "2025-08-03"), 12: ("2025-08-01", "2025-08-03")},
        ),
        (
            "Medics treated 310 people at the festival over the weekend, Kent Police said. "
            "It ran between Friday 1 and Sunday 3 August. "
            + _FILLER * 2
            + "Officers took nine reports of spiking during the weekend.",
            {310: ("2025-08-01", "2025-08-03"), 9: ("2025-08-01", "2025-08-03")},
        ),
        # near misses: no span tells the first weekend exactly (both the latest Saturday
        # and Sunday); "last weekend" is no "the weekend" told again
        (
            "Sussex Police made 40 arrests at the carnival over the weekend. "
            + _FILLER * 2
            + "Officers seized 12 knives over the weekend.",
            {40: ("2025-08-02", "2025-08-03"), 12: ("2025-08-02", "2025-08-03")},
        ),
        (
            "Sussex Police made 40 arrests at the carnival over the weekend. The event ran "
            "from Friday 1 August to Sunday 3 August. "
            + _FILLER * 2
            + "Officers seized 12 knives in Brighton last weekend.",
            {40: ("2025-08-01", "2025-08-03"), 12: ("2025-08-02", "2025-08-03")},
        ),
    ],
)
def test_weekend_told_again(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
