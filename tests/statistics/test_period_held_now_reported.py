"""A figure told after a verb of saying as holding now ("said more than 60% of calls were
now answered within ten seconds"), in a sentence that states no period, keeps no period of
the count before it (rule ``held-now-reported`` of ``period_now``): reported speech of how
things stand at the release. Sentences invented; P is 12 June 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 12)
FY = ("2024-04-01", "2025-03-31")
_LEAD = "Gwent Police received 930 calls about stalking in 2024/25. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Chief Inspector Rees said more than 60% of calls were now answered "
         "within ten seconds.", {930: FY, 60: None}),
        (_LEAD + "The force says 40% of the calls are currently handled by a specialist.",
         {930: FY, 40: None}),
        # near misses: a perfect ("had now been"); no "now"; "now" with no verb of saying
        (_LEAD + "Chief Inspector Rees said 60% of them had now been closed.",
         {930: FY, 60: FY}),
        (_LEAD + "Chief Inspector Rees said 60% of calls were answered within ten seconds.",
         {930: FY, 60: FY}),
    ],
)  # fmt: skip
def test_held_now_reported(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
