"""A level after "now" in a sentence that states a period only for another figure keeps no
span carried from the sentences before (rule ``held-now-carried`` of ``period_now``): "The
force now has 22 detectives, up from 15 in 2024" (2024 is the 15's). Sentences invented;
P is 12 June 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 12)
FY = ("2024-04-01", "2025-03-31")
Y2023 = ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the year to March 2025, Dorset Police recorded 640 knife offences. The force "
            "now has 31 knife surrender bins, up from 12 in 2023.",
            {640: FY, 31: None, 12: Y2023},
        ),
        (
            "Cheshire Police seized 215 blades in 2024/25. It now runs 18 youth clubs, "
            "compared with nine in 2023.",
            {215: FY, 18: None, 9: Y2023},
        ),
        # near misses: no "now" (the carried span stays); a share, not a holding; no "now"
        (
            "Kent Police recorded 9,000 crimes in 2024/25. Fraud now accounts for one in "
            "eight crimes in Kent, up from one in 20 in 2023.",
            {9000: FY, 12.5: FY, 5: Y2023},
        ),
        (
            "Cheshire Police seized 215 blades in 2024/25. It ran 18 youth clubs, compared "
            "with nine in 2023.",
            {215: FY, 18: FY, 9: Y2023},
        ),
        (
            "In 2024/25, Avon and Somerset Police recorded 870 knife offences, and 40 of them "
            "were near schools.",
            {870: FY, 40: FY},
        ),
    ],
)
def test_period_held_now_carried(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the year to March 2025, the charity took 5,200 calls about clubs. Its review "
            "found that 88 county sports partnerships now meet its standards, compared with "
            "52 in 2023.",
            {5200: FY, 88: None, 52: Y2023},
        ),
        (
            "Gwent Police trained 310 coaches in 2024/25. In total 1,450 clubs in the county "
            "currently have a welfare officer, against 900 in 2023.",
            {310: FY, 1450: None, 900: Y2023},
        ),
        # near misses: a perfect with "now" (a tally), what they said they would now do,
        # and no "now"
        (
            "The trust ran 420 sessions in Leeds in 2024/25. Nearly nine in ten of the pupils "
            "said they would now report a knife, up from 70% in 2023.",
            {420: FY, 90: FY, 70: Y2023},
        ),
        (
            "Officers arrested 40 people in 2024/25. Of those, 25 have now been charged, "
            "compared with 11 in 2023.",
            {40: FY, 25: FY, 11: Y2023},
        ),
        (
            "In the year to March 2025, the charity took 5,200 calls about clubs. Its review "
            "found that 88 county sports partnerships met its standards, compared with 52 in "
            "2023.",
            {5200: FY, 88: FY, 52: Y2023},
        ),
    ],
)
def test_period_held_now_subject(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    """Rule ``held-now-subject``: a level that is the subject of a verb after "now"."""
    assert periods_of(nlp, text, P) == expected
