"""A multiple of the same measure for other things ("twice the rate among other groups",
"more than double the figure for other types of fraud", "twice as many as in the East
Riding") is a ratio with no change (figure
rule ``multiple-of-other``); a multiple of an earlier period's count or of an average stays
a change. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "The average loss in Derby was £9,200, more than double the figure for other scams.",
        (2, "more than", None),
        id="double-the-figure",
    ),
    pytest.param(
        "The rate in Bolton was twice the rate among other age groups.", (2, None, None), id="twice"
    ),
    pytest.param(
        "Losses in Exeter were treble the level for the rest of Devon.",
        (3, None, None),
        id="treble-the-level",
    ),
    pytest.param(
        "In Hull, 31 drivers tested positive, almost twice as many as in the East Riding.",
        (2, "nearly", None),
        id="twice-as-many-as-in-place",
    ),
    pytest.param(
        "Swindon recorded 88 arrests, treble as many as at Chippenham.",
        (3, None, None),
        id="treble-as-many-as-at-place",
    ),
    pytest.param(
        "Dundee had 36.2 deaths per 100,000 people, more than twice the national rate.",
        (2, "more than", None),
        id="twice-the-national-rate",
    ),
    pytest.param(
        "The rate of thefts in Hull was double the England average.",
        (2, None, None),
        id="double-a-named-average",
    ),
    pytest.param(
        "Seizures in Ely were treble the county-wide average.",
        (3, None, None),
        id="treble-the-county-wide-average",
    ),
    # near misses: an earlier period's count, an average, and a verb, are changes
    pytest.param(
        "Fires in Leeds were more than double the five-year average of 31.",
        (2, "more than", "increase"),
        id="five-year-average",
    ),
    pytest.param(
        "Arrests in Leeds were double the number recorded the year before.",
        (2, None, "increase"),
        id="earlier-count",
    ),
    pytest.param("Thefts in Leeds doubled.", (2, None, "increase"), id="doubled"),
    pytest.param(
        "Leeds recorded 40 thefts in March, twice as many as in February.",
        (2, None, "increase"),
        id="twice-as-many-as-in-month",
    ),
    pytest.param(
        "Leeds recorded 40 thefts, twice as many as in 2024.",
        (2, None, "increase"),
        id="twice-as-many-as-in-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_multiple_of_other(
    nlp: Language, text: str, expected: tuple[float, str | None, str | None]
) -> None:
    found = [(f.value, f.qualifier, f.change) for f in nlp(text)._.statistics if f.unit == "times"]
    assert found == [expected]
