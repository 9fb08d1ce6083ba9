"""Rule ``since_put_up`` (:data:`pressfacts.statistics.since_days._PUT_UP`, read by
``since_start_month``): cameras, signs or barriers that "went up", "were installed",
"were fitted", "were put up" or "were switched on" in a month start a span to P; not such a
verb with no month after it, nor outside a "since" span."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cameras have caught 27 drivers in Luton since they went up in May.",
            {27: ("2025-05-01", "2025-09-16")},
        ),
        (
            "Since the cameras were installed last November, Derby has recorded 64 dumpings.",
            {64: ("2024-11-01", "2025-09-16")},
        ),
        (
            "Wardens in Hull have issued 41 fines since the signs were put up in February.",
            {41: ("2025-02-01", "2025-09-16")},
        ),
        (
            "Reports in Bury fell to 18 since the new lights were switched on in April.",
            {18: ("2025-04-01", "2025-09-16")},
        ),
        (
            "Officers in Stoke have seized 12 vans since the barriers were fitted in June.",
            {12: ("2025-06-01", "2025-09-16")},
        ),
        # near misses: no "since" (the month alone); no month after the verb
        (
            "The cameras went up in May and caught 27 drivers in Luton.",
            {27: ("2025-05-01", "2025-05-31")},
        ),
        (
            "Since the cameras went up, Luton has recorded 27 dumpings in March.",
            {27: ("2025-03-01", "2025-03-31")},
        ),
    ],
)
def test_since_a_thing_was_put_up(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
