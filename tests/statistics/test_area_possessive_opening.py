"""Area rule ``possessive-opening``: a figure of a sentence opened by "Its"/"Their"
belongs to the body or place the sentence before spoke of, so it takes the place named
last (else the area of the figure before), not the document's; a place-only sentence
before leads in first. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "A man from Plymouth was jailed on Monday.\n\n"
        "The trust, which covers Devon and Cornwall, answered 72% of calls within a minute "
        "in 2025.\n\nIts outreach team reached 1,400 families in 2025.",
        [(72, "Devon and Cornwall"), (1400, "Devon and Cornwall")],
        id="its-unit-after-placed-figure",
    ),
    pytest.param(
        "Officers in Exeter made arrests on Friday.\n\n"
        "In Somerset, 410 people were referred to the two charities in 2025. Their "
        "helplines took 2,300 calls in the same year.",
        [(410, "Somerset"), (2300, "Somerset")],
        id="their-after-placed-figure",
    ),
    pytest.param(
        "Officers in Exeter made arrests on Friday.\n\n"
        "The charity works across Cornwall. Its helpline took 3,000 calls in 2025.",
        [(3000, "Cornwall")],
        id="place-only-sentence-leads-in-first",
    ),
    # the sentence before named a place as a share's owner: "Its" is that place's
    pytest.param(
        "Police Scotland recorded 900 thefts in 2025. Dundee accounted for 12% of them. "
        "Its rate of 6.1 thefts per 1,000 people was the highest.",
        [(900, "Scotland"), (12, "Dundee"), (6.1, "Dundee")],
        id="its-after-a-place-share",
    ),
    # "its" after an opening phrase and a comma
    pytest.param(
        "Officers in Exeter made arrests on Friday.\n\n"
        "Devon and Somerset Fire and Rescue Service put out 40 fires in Taunton in 2025. So "
        "far this year, its crews have been attacked 12 times.",
        [(40, "Taunton"), (12, "Taunton")],
        id="its-after-an-opening-phrase",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_possessive_opening(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
