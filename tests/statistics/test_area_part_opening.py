"""A sentence opening on a part of what was counted before ("Most of the reports came from
Headingley …") locates that part: its places are neither a later clause's figure's area
(rule ``part-opening-clause``, ``part_places.PART_OPENING_CLAUSE``, read by
``figure_areas._in_parts_before``) nor, with no figure of its own, a lead-in for the next
sentence's figures (rule ``part-opening-no-lead-in``, ``part_places.PART_OPENING_SENTENCE``,
read by the statistics reader). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leeds City Council received 140 noise complaints in 2023. Most of the complaints "
            "came from Headingley and Hyde Park, and around a third were made after midnight.",
            [(140, "Leeds"), (33.3, "Leeds")],
            id="part-opening-clause",
        ),
        pytest.param(
            "West Yorkshire Police recorded 96 reports of spiking in Leeds in 2023. Most of the "
            "reports came from Headingley. On one night alone, officers dealt with 11 reports.",
            [(96, "Leeds"), (11, "Leeds")],
            id="part-opening-no-lead-in",
        ),
        # near misses: the same place told on in a "where" clause; a share placed in its own
        # clause; a sentence naming a place with no part opening still leads in
        pytest.param(
            "Most of the arrests were made in Headingley, where 40 students were stopped.",
            [(40, "Headingley")],
            id="near-miss-where-clause",
        ),
        pytest.param(
            "Officers made 52 arrests in Leeds, and around a third were in Headingley.",
            [(52, "Leeds"), (33.3, "Headingley")],
            id="near-miss-share-placed",
        ),
        pytest.param(
            "Kent Police recorded 400 thefts in 2023. The team focused on Margate. Officers "
            "made 31 arrests.",
            [(400, "Kent"), (31, "Margate")],
            id="near-miss-lead-in",
        ),
    ],
)
def test_a_part_opening_locates_the_part(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
