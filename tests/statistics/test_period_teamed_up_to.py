"""What partners have teamed up or joined forces to do ("has teamed up with the council to
run 12 sessions between September and November") is still to come
(``period_future.FUTURE_WORDS``, wording ``teamed_up_to``): the months of P's year still
ahead, not the last ones past. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The PSNI has teamed up with Mid Ulster District Council to run 14 drop-in clinics "
            "between September and November.",
            {14: ("2026-09-01", "2026-11-30")},
            id="teamed-up-with-to-run",
        ),
        pytest.param(
            "Fife Council has joined forces with Victim Support Scotland to host 9 open days "
            "between August and October.",
            {9: ("2026-08-01", "2026-10-31")},
            id="joined-forces-to-host",
        ),
        pytest.param(
            "Officers have linked up with Neighbourhood Watch groups to hold 20 street "
            "surgeries in October.",
            {20: ("2026-10-01", "2026-10-31")},
            id="linked-up-to-hold-one-month",
        ),
        # near misses: what partners did together, with no infinitive of doing
        pytest.param(
            "Police teamed up with Mid Ulster District Council between September and November "
            "and ran 14 drop-in clinics.",
            {14: ("2025-09-01", "2025-11-30")},
            id="teamed-up-then-ran",
        ),
        pytest.param(
            "Officers ran 20 street surgeries in October, after teaming up with the council.",
            {20: ("2025-10-01", "2025-10-31")},
            id="ran-after-teaming-up",
        ),
    ],
)
def test_what_partners_teamed_up_to_do_is_to_come(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
