"""An average whose measure holds an "of" ("the average number of people in each boat rose
to 53") is the mean of the release's own count, not a yardstick: it keeps the area of its
clause or document (``place_wording.AN_AVERAGE``); it had had no area. An "of" right after
"average" ("the average of 12%") stays a yardstick. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police found 300 people. The average number of people in each lorry rose "
         "to 6.", [(300, "Kent"), (6, "Kent")]),
        ("Essex Police logged 75 scams. The average value of each loss was £1,900.",
         [(75, "Essex"), (1900, "Essex")]),
        ("Surrey Police dealt with 90 cases. The average length of a stay fell to 12 days "
         "in 2023.", [(90, "Surrey"), (12, "Surrey")]),
        # near miss: a yardstick average stays of no area
        ("Essex Police logged 75 scams, against the national average of 12%.",
         [(75, "Essex"), (12, None)]),
    ],
)  # fmt: skip
def test_area_average_of_measure(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
