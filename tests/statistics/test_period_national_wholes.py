"""A share whose whole is placed in the nation ("a factor in one in eight deaths on UK
roads") is no back-reference to the local figures just stated (guard ``national_whole`` of
rule ``share_in_part``, ``period_back_references.NATIONAL_WHOLE``): it takes no period from
them. Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 8, 20)
JULY = ("2026-07-01", "2026-07-31")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "Officers in Ipswich made 44 arrests in July.\n\nThe charity said speed was a "
            "factor in one in six deaths on UK roads.",
            16.7,
            None,
            id="one-in-six-deaths-on-uk-roads",
        ),
        pytest.param(
            "Officers in Swansea stopped 260 drivers in July.\n\nThe RAC said drink was a "
            "factor in around one in ten crashes nationally.",
            10,
            None,
            id="one-in-ten-crashes-nationally",
        ),
        pytest.param(
            "Officers in Truro tested 310 drivers in July.\n\nThe council said fatigue played "
            "a part in one in five collisions across Great Britain.",
            20,
            None,
            id="one-in-five-collisions-across-great-britain",
        ),
        pytest.param(  # near miss: a share of the figures just stated
            "Officers in Ipswich stopped 200 drivers in July. Cannabis was found in one in "
            "four stops.",
            25,
            JULY,
            id="one-in-four-stops-local",
        ),
        pytest.param(  # near miss: the release's own nation
            "Police Scotland recorded 3,100 thefts in 2025/26. Bikes were taken in around one "
            "in ten thefts in Scotland.",
            10,
            ("2025-04-01", "2026-03-31"),
            id="one-in-ten-thefts-in-its-own-nation",
        ),
        pytest.param(  # near miss: a local place after the whole is no nation
            "Officers in Ipswich stopped 200 drivers in July. Cannabis was found in one in "
            "four stops in Ipswich.",
            25,
            JULY,
            id="one-in-four-stops-in-the-town",
        ),
    ],
)
def test_a_national_whole_is_no_back_reference(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    value: float,
    expected: tuple[str, str] | None,
) -> None:
    assert periods_of(nlp, text, P).get(value, "absent") == expected
