"""A charity that the lead names only as where a speaker works ("said Jo Reid, a youth
worker with the Ashdown Trust") does not issue the release (guard ``charity-staff-aside`` of
rule ``lead-unplaced-charity``): the body named after it keeps the document's area. Sentences
invented for these tests; the near misses name the charity's head or spokesperson, who speak
for it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.areas import Body


def document_area(nlp: Language, text: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    reader = nlp.get_pipe("pressfacts_numbers").reader.areas
    bodies = [Body(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["entities"]]
    first = next(iter(doc.sents))
    return reader.document_area(
        doc.text,
        (first.start_char, first.end_char),
        reader.places_and_bodies(doc.text, bodies),
        bodies,
    )


_QUOTE = '"Nobody carries a blade for fun," said Priya Shah, '
_LATER = " The scheme is paid for by Kent Police."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_QUOTE + "a mentor with the Ashdown Trust, who has visited 40 schools." + _LATER,
         ("Kent", "issuing-body")),
        (_QUOTE + "a volunteer at the Ashdown Trust." + _LATER, ("Kent", "issuing-body")),
        (_QUOTE + "a senior youth worker from Ashdown Trust." + _LATER,
         ("Kent", "issuing-body")),
        # near misses: the charity's head or spokesperson speaks for it
        (_QUOTE + "chief executive of the Ashdown Trust." + _LATER,
         (None, "lead-unplaced-charity")),
        (_QUOTE + "a spokeswoman for the Ashdown Trust." + _LATER,
         (None, "lead-unplaced-charity")),
        (_QUOTE + "a spokesman from the Ashdown Trust." + _LATER,
         (None, "lead-unplaced-charity")),
    ],
)  # fmt: skip
def test_charity_staff_aside(nlp: Language, text: str, expected: object) -> None:
    assert document_area(nlp, text) == expected
