"""A list's lead line naming what a report, campaign or operation just stated holds, with
"in", "from" or "of" and its owner ("Highlights in the report include:", "Highlights from
his annual report:") refers back as "Highlights of the operation:" does (rule part
``results_in_report`` of ``results_list``, ``period_referring_lists``): the list takes the
period of the sentences before. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 7, 10)
FY = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Gwent commissioner published his annual report for 2024/25.\n\nHighlights in "
            "the report include:\n\n- 9,760 victims supported\n- 38 cameras installed",
            [(9760, "victims", FY), (38, "cameras", FY)],
            id="in-the-report",
        ),
        pytest.param(
            "The Gwent commissioner published his annual report for 2024/25.\n\nHighlights "
            "from his annual report:\n\n- 9,760 victims supported",
            [(9760, "victims", FY)],
            id="from-his-annual-report",
        ),
        # near miss: a lead line naming a year of its own dates its list by that year
        pytest.param(
            "The Gwent commissioner published his annual report for 2024/25.\n\nHighlights in "
            "2019 included:\n\n- 9,760 victims supported",
            [(9760, "victims", ("2019-01-01", "2019-12-31"))],
            id="near-miss-a-year-of-its-own",
        ),
    ],
)
def test_results_in_a_report_refer_back(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
