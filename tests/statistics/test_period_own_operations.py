"""An issuer's own operation of a stated length, told with "its" or "their" ("during its
month-long festive campaign"), is dated by the span of that length stated after it, as "a
three-month operation" is (rule ``an_operation`` of ``period_events.AN_OPERATION_RULES``).
Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 10)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "Surrey Police arrested 140 drivers during its month-long summer campaign.\n\n"
            "Between 1 June and 30 June, officers carried out 2,000 roadside tests.",
            140,
            ("2026-06-01", "2026-06-30"),
            id="its-month-long-campaign",
        ),
        pytest.param(
            "Kent Police made 60 arrests during their two-week crackdown. From 1 to 14 March, "
            "officers stopped 900 vehicles.",
            60,
            ("2026-03-01", "2026-03-14"),
            id="their-two-week-crackdown",
        ),
        pytest.param(  # near miss: a span of another length is no date of the operation
            "Kent Police made 60 arrests during its two-week crackdown. Between January and "
            "June, officers stopped 900 vehicles.",
            60,
            None,
            id="its-two-week-crackdown-then-a-half-year",
        ),
        pytest.param(  # near miss: no length stated
            "Surrey Police arrested 140 drivers during its summer campaign. Between 1 June and "
            "30 June, officers carried out 2,000 roadside tests.",
            140,
            None,
            id="its-campaign-of-no-length",
        ),
    ],
)
def test_an_own_operation_is_dated_after(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    value: float,
    expected: tuple[str, str] | None,
) -> None:
    assert periods_of(nlp, text, P).get(value, "absent") == expected
