"""A plain-text release's first line read as its headline: a figure in it is a mention
of the body's figure of the same value (with its unit, area and period), or none at all;
a lead sentence, a list or a long first line is read as any sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.headlines import headline_end


def values(nlp: Language, text: str) -> list[tuple[float, str, int]]:
    """(value, unit, start) of each figure the pipeline reads in ``text``."""
    return sorted((f.value, f.unit, f.start) for f in nlp(text)._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline, then the body restating its figure: the body's unit for both
        (
            "Drink-drive crackdown nets 41 arrests\n\nPolice arrested 41 people last week.",
            [(41, "people", 27), (41, "people", 55)],
        ),
        (
            "Burglaries fall by 12% in Harrogate\n3 March 2024\n\nBurglaries fell by 12% in "
            "the town last year.",
            [(12, "percent", 19), (12, "percent", 69)],
        ),
        # a headline's figure the body does not state is no figure
        (
            "Crackdown nets more than 40 arrests\n\nPolice arrested 43 people last week.",
            [(43, "people", 53)],
        ),
        # near misses: a lead sentence, a list item, one line alone, a long first line
        (
            "Police arrested 41 people last week.\n\nThe crackdown ran for seven days.",
            [(41, "people", 16)],
        ),
        ("- 41 arrests made\n- 12 knives seized", [(12, "knives", 20), (41, "arrests", 2)]),
        ("Police arrested 41 people last week", [(41, "people", 16)]),
        (
            "Officers from the roads policing unit arrested 41 people in a week of checks "
            "across the county\nThe force said more would follow.",
            [(41, "people", 47)],
        ),
    ],
)
def test_a_headline_figure_is_a_mention_of_the_body_figure(
    nlp: Language, text: str, expected: list[tuple[float, str, int]]
) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Knife amnesty collects 300 blades\n\nOfficers said …", 33),
        ("  \nKnife amnesty collects 300 blades\nOfficers said …", 36),
        ("Key figures:\n- 300 blades", 0),
        ("Is the amnesty working?\nOfficers said …", 0),
        ("Amnesty\nOfficers said …", 0),
        ("Knife amnesty collects 300 blades", 0),
    ],
)
def test_headline_end(text: str, end: int) -> None:
    assert headline_end(text) == end
