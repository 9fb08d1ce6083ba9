"""The Loop, the drug-checking charity that tests drugs at festivals, in the gazetteer
(``charities.jsonl``): named with its "The", so a possessive ("The Loop's head of
operations") keeps the title clear of the name; the lower-case words "the loop" in
running text are no charity. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Testing at the festival was run by The Loop for the third year.",
            [("Loop", "CHARITY")],
        ),
        (
            "The council will fund a pilot with The Loop in the city centre.",
            [("Loop", "CHARITY")],
        ),
        # near misses: the ordinary words are no charity
        ("Officers kept the organisers in the loop all weekend.", []),
        ("Runners completed the loop of the park twice.", []),
    ],
)
def test_drug_checking_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_) for span in spans if span.label_ != "PERSON"] == found


def test_possessive_title_of_the_loop(nlp: Language) -> None:
    text = 'The Loop\'s head of testing, Dr Mina Holt, said: "Most people changed their plans."'
    titles = {name: sorted(info.titles) for name, info in people(nlp, text).items()}
    assert titles == {"Mina Holt": ["Head of Testing"]}
