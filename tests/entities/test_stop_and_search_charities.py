"""StopWatch, the charity that monitors stop and search in England and Wales, is a gazetteer
charity (``charities.jsonl``) as written; "stopwatch" in running text (a timer) is no
charity, and a title's organisation after "at" is dropped once the charity is known.
Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The figures were analysed by StopWatch, which campaigns for fair policing.",
            [("StopWatch", "CHARITY")],
        ),
        (
            "StopWatch said the use of section 60 had risen in Merseyside.",
            [("StopWatch", "CHARITY")],
        ),
        # near misses: the everyday word is no charity
        ("Officers timed the run with a stopwatch.", []),
        ("The stopwatch was found in the suspect's bag.", []),
    ],
)
def test_stop_and_search_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found


def test_title_at_the_charity_drops_it(nlp: Language) -> None:
    text = (
        '"The gap has not closed," said Priya Lennox, head of policy at StopWatch. '
        '"We will keep asking why."'
    )
    assert people(nlp, text)["Priya Lennox"].titles == ["Head of Policy"]
