"""A share reported in the present by a closing ", the force said" keeps no period carried
from before, as a share in a quote does (rule ``quoted-share``; sentences invented for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 7)
BEFORE = "Merseyside Police took 210,000 calls in the year to March.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "About one in eight calls to 999 are hoaxes, the force said.",
        "Nearly a third of callers to 101 are reporting fraud, the force said, and should "
        "go online instead.",
        "Around 40% of the people it helps are over 75, the charity warned.",
    ],
)
def test_a_present_reported_share_keeps_no_carried_period(
    nlp: Language, periods_of: PeriodsOf, sentence: str
) -> None:
    found = periods_of(nlp, BEFORE + sentence, P)
    assert [span for value, span in found.items() if value != 210000] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "About one in eight of the calls were hoaxes, the force said.",
        # rule quoted-share-irregular-past: an irregular past tells of the span too
        "About one in eight calls came from a mobile phone, the force said.",
        "About one in eight calls took longer than ten minutes to answer, the force said.",
        "About one in eight callers gave a false name, the force added.",
    ],
)
def test_a_past_reported_share_keeps_the_span(
    nlp: Language, periods_of: PeriodsOf, sentence: str
) -> None:
    # near misses: in the past, the share tells of the span reported
    assert periods_of(nlp, BEFORE + sentence, P)[12.5] == ("2024-04-01", "2025-03-31")
