"""A single letter written against a number before a full stop is a figure's unit, not an
initial nor a listed abbreviation ("c" for circa), so the stop ends the sentence (rule
``unit-letter-after-digit`` of the ``initial`` and ``abbreviation`` keep rules). Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from pressfacts.sentences.component import sentence_spans, sentence_starts

ABBREVIATIONS = frozenset({"c", "no"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures in Hull passed 31C. Nine people were rescued.",
         ["Temperatures in Hull passed 31C.", "Nine people were rescued."]),
        ("The pool is kept at 28c. Lessons start in May.",
         ["The pool is kept at 28c.", "Lessons start in May."]),
        ("She ran the 10K. Then she swam.", ["She ran the 10K.", "Then she swam."]),
        # near misses: an initial and an abbreviation after a space still keep it going
        ("The boat was named by DC R. Okoro in 2019.",
         ["The boat was named by DC R. Okoro in 2019."]),
        ("The mill was built c. 1820 beside the weir.",
         ["The mill was built c. 1820 beside the weir."]),
    ],
)  # fmt: skip
def test_unit_letter_after_digit(text: str, expected: list[str]) -> None:
    spans = sentence_spans(sentence_starts(text, ABBREVIATIONS, ()), text)
    assert [text[start:end] for start, end in spans] == expected
