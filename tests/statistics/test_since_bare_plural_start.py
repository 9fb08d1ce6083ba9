"""Rule ``since_bare_plural_start`` (:data:`pressfacts.statistics.since_days.
_BARE_PLURAL_STARTED`, read by ``since_start_month``): things named by a plural noun with no
article ("average speed cameras", "body cameras") that were switched on, introduced or went
live in a month start a span to P ("last March": the March of the year before P's, as
``since_last_month``); not such a start outside a "since" span, nor one with no month."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Speeds on the A38 have fallen by 6mph since average speed cameras were switched on "
         "in May.", {6: ("2025-05-01", "2025-09-16")}),
        ("Complaints in Derby have dropped by 17% since body cameras were introduced last "
         "March.", {17: ("2024-03-01", "2025-09-16")}),
        ("Wardens have issued 52 fines since new barriers went up in June.",
         {52: ("2025-06-01", "2025-09-16")}),
        ("Wardens have issued 31 fines since new signs were first put up in June.",
         {31: ("2025-06-01", "2025-09-16")}),  # "were first": the needs hold it too
        # near misses: no "since" (the month alone); no month after the start
        ("Average speed cameras were switched on in May and speeds fell by 6mph.",
         {6: ("2025-05-01", "2025-05-31")}),
        ("Speeds have fallen by 6mph in Leek since average speed cameras were switched on.",
         {6: None}),
    ],
)  # fmt: skip
def test_since_bare_plural_start(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
