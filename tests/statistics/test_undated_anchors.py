"""With no publication date, a phrase that cannot be dated ("on Thursday", "since
January", "in the second quarter") gives no dates to what is counted from it: a weekday
after it, "the same period last year", "the same period" stay undated, and nothing
fails (a year-0 date had stopped the stage, a year-1 date leaked into records). With a
publication date the same texts are dated. Texts invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 12)

ROWS = [
    pytest.param(
        "Officers raided a flat in Goole on Thursday and found 40 plants.\n\n"
        "On Friday they arrested 3 men at a unit nearby.",
        None,
        {40: None, 3: None},
        id="weekday-after-an-undated-weekday",
    ),
    pytest.param(
        "Since January, the force has seized 900 plants, up from 610 in the same period last year.",
        None,
        {900: None, 610: None},
        id="same-period-last-year-after-an-undated-since",
    ),
    pytest.param(
        "Between April and June, 300 thefts were reported in Hull.\n\nIn Goole, thefts fell "
        "from 44 in the first quarter to 29 in the second. Officers recovered 18 vehicles "
        "over the same period.",
        None,
        {300: None, 44: None, 29: None, 18: None},
        id="quarters-after-an-undated-span",
    ),
    # near misses: with P, the same texts are dated
    pytest.param(
        "Officers raided a flat in Goole on Thursday and found 40 plants.\n\n"
        "On Friday they arrested 3 men at a unit nearby.",
        P,
        {40: ("2025-06-12", "2025-06-12"), 3: ("2025-06-06", "2025-06-06")},
        id="with-p-weekdays-dated",
    ),
    pytest.param(
        "Since January, the force has seized 900 plants, up from 610 in the same period last year.",
        P,
        {900: ("2025-01-01", "2025-06-12"), 610: ("2024-01-01", "2024-06-12")},
        id="with-p-same-period-last-year",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_nothing_is_counted_from_an_undated_phrase(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date | None,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, published) == expected
