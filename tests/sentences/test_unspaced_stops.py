"""A full stop a reprint printed with no space after it ends a sentence between a
lower-case word and a capitalised one (break rule ``unspaced stop``), except after an
abbreviation or inside a web or e-mail address. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from pressfacts.sentences.component import sentence_spans, sentence_starts

ABBREVIATIONS = frozenset({"det", "insp", "no"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two vans were seized.Officers also found cash.",
         ["Two vans were seized.", "Officers also found cash."]),
        ('"It took a year.We never gave up," she said.',
         ['"It took a year.', 'We never gave up," she said.']),
        ("The scheme runs in Hull.In Grimsby, it starts in May.",
         ["The scheme runs in Hull.", "In Grimsby, it starts in May."]),
        # near misses: a number, an abbreviation, an address
        ("The fund rose to £1.5m this year.", ["The fund rose to £1.5m this year."]),
        ("She met det.Insp Kerr on Friday.", ["She met det.Insp Kerr on Friday."]),
        ("Email help@police.Example.uk for advice.",
         ["Email help@police.Example.uk for advice."]),
        ("See gov.uk/Guidance for the rules.", ["See gov.uk/Guidance for the rules."]),
    ],
)  # fmt: skip
def test_unspaced_stop(text: str, expected: list[str]) -> None:
    spans = sentence_spans(sentence_starts(text, ABBREVIATIONS, ()), text)
    assert [text[start:end] for start, end in spans] == expected
