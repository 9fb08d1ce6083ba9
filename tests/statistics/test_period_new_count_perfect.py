"""Rule ``new_count_perfect_subject`` (pressfacts.statistics.period_count_clauses): a count
of a plural noun opening a clause of its own after ", and" with an active perfect verb is
dated by its own clause's period, not the clause's before it. Near misses: a share with no
noun of its own, and a clause with no period of its own (the sentence's stays). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 25)

ROWS = [
    pytest.param(
        "The manager said visitor numbers reached 8.2 million last year, and one in four "
        "market traders had joined the scheme since it opened in 2022.",
        {8200000.0: ("2025-01-01", "2025-12-31"), 25.0: ("2022-01-01", "2026-02-25")},
        id="a-share-of-a-noun-with-a-past-perfect",
    ),
    pytest.param(
        "Wardens issued 310 fines in 2024, and 46 landlords have appealed since September.",
        {310.0: ("2024-01-01", "2024-12-31"), 46.0: ("2025-09-01", "2026-02-25")},
        id="a-count-with-a-present-perfect",
    ),
    pytest.param(
        "The Swindon team recovered 74 bikes in 2023, and 19 owners have now collected them "
        "since January.",
        {74.0: ("2023-01-01", "2023-12-31"), 19.0: ("2026-01-01", "2026-02-25")},
        id="an-adverb-before-the-participle",
    ),
    # near misses: a share with no noun of its own; no period of its own in the clause
    pytest.param(
        "The manager said visitor numbers reached 8.2 million last year, and one in four had "
        "joined.",
        {8200000.0: ("2025-01-01", "2025-12-31"), 25.0: ("2025-01-01", "2025-12-31")},
        id="no-noun-the-same-list",
    ),
    pytest.param(
        "Wardens issued 310 fines in 2024, and 46 landlords have paid.",
        {310.0: ("2024-01-01", "2024-12-31"), 46.0: ("2024-01-01", "2024-12-31")},
        id="no-period-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_new_count_perfect_subject(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
