"""A season after a hope or an aim earlier in its clause is the coming one, whole (rule
``season_hoped_before``, part of ``season_planned_before`` in
:mod:`pressfacts.statistics.period_seasons`): "She said the trust hoped to train 400
volunteers over the summer" (P in April) gives the summer to come, not the one before.
Found by held-out 410. Sentences invented for the test; near misses: "had hoped to" (a hope
told as past) and a season's deed done ("trained 400 volunteers over the summer")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 4, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She said the trust hoped to train 400 volunteers in Gwent over the summer.",
            {400: ("2026-06-01", "2026-08-31")},
        ),
        (
            "The club aims to coach 250 children in Barnsley during the summer.",
            {250: ("2026-06-01", "2026-08-31")},
        ),
        (
            "Mr Price said the force intends to fit 90 bikes in Ipswich with trackers over"
            " the summer.",
            {90: ("2026-06-01", "2026-08-31")},
        ),
        # near misses: a hope told as past; a deed done; an aim describing the body in a
        # relative clause, and one joined to a deed done by "and"
        (
            "The charity, which aims to support survivors, saw 400 referrals in Kent over"
            " the summer.",
            {400: ("2025-06-01", "2025-08-31")},
        ),
        (
            "Operation Shield aims to protect shops and saw 300 arrests in Leeds over the"
            " summer.",
            {300: ("2025-06-01", "2025-08-31")},
        ),
        (
            "She said the trust had hoped to train 400 volunteers in Gwent over the summer.",
            {400: ("2025-06-01", "2025-08-31")},
        ),
        (
            "She said the trust trained 400 volunteers in Gwent over the summer.",
            {400: ("2025-06-01", "2025-08-31")},
        ),
    ],
)  # fmt: skip
def test_season_hoped_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
