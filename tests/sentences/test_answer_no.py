""" "no." before a capital is the answer ending its sentence, not the abbreviation "No.",
which only holds before a figure (rule ``answer-no`` of the ``abbreviation`` keep rule;
:data:`pressfacts.lexicon.text.FIGURE_ABBREVIATIONS`). Sentences invented for these
tests."""

from __future__ import annotations

import pytest

from pressfacts.sentences.component import sentence_spans, sentence_starts

ABBREVIATIONS = frozenset({"no", "nos", "det", "insp"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cashiers in Ely were told to say no. A total of 40 calls were stopped.",
         ["Cashiers in Ely were told to say no.", "A total of 40 calls were stopped."]),
        ("Most victims said no. “They kept calling,” one said.",
         ["Most victims said no.", "“They kept calling,” one said."]),
        ("The answer is simply no. Never hand over your card.",
         ["The answer is simply no.", "Never hand over your card."]),
        # near misses: "No." before a figure, and the other abbreviations, keep it going
        ("The shop at No. 14 Bridge Street was raided.",
         ["The shop at No. 14 Bridge Street was raided."]),
        ("Flats Nos. 3 and 4 were searched.", ["Flats Nos. 3 and 4 were searched."]),
        ("Det. Insp. Kerr led the case.", ["Det. Insp. Kerr led the case."]),
    ],
)  # fmt: skip
def test_answer_no(text: str, expected: list[str]) -> None:
    spans = sentence_spans(sentence_starts(text, ABBREVIATIONS, ()), text)
    assert [text[start:end] for start, end in spans] == expected
