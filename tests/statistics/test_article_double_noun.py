""" "double" as an adjective after an article ("a double blow") is a kind of thing, no
multiple (exclusion ``article-double-noun`` of
:data:`pressfacts.statistics.idiom_exclusions.IDIOM_EXCLUSIONS`).
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Losing your savings and your trust is a double blow," she said.', []),
        ("Detectives are investigating the double stabbing in Luton.", []),
        ('"Online dating is a double-edged sword for widowers," he said.', []),
        ("The family suffered a double loss within a year.", []),
        # near misses: a multiple that is a figure
        ("Reports of courier fraud doubled in Swindon last year.", [(2, "times")]),
        (
            "The bank stopped 40 transfers, almost double the number in 2024.",
            [(40, "transfers"), (2, "times")],
        ),
        ("Losses were double the figure recorded a year earlier.", [(2, "times")]),
    ],
)
def test_article_double_noun(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
