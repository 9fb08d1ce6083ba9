"""A figure after an average and a figure in words is no yardstick of that average
("callers waited an average of nine minutes, and almost one in five gave up": the share
keeps its clause's or document's area; ``yardstick_areas._AVERAGE``). A figure right after
the average ("the national average of twelve") still is. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Essex Police answered 86% of calls. Callers waited an average of nine minutes, and "
         "almost one in five gave up.", [(86, "Essex"), (9, "Essex"), (20, "Essex")]),
        ("Kent Police took 900 calls. Staff spent an average of four hours on each, and "
         "about one in three led to an arrest.", [(900, "Kent"), (4, "Kent"), (33.3, "Kent")]),
        # near miss: the figure right after the average is its yardstick, of no area
        ("Essex Police logged 75 scams, against the national average of twelve.",
         [(75, "Essex"), (12, None)]),
    ],
)  # fmt: skip
def test_no_average_past_a_figure_in_words(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
