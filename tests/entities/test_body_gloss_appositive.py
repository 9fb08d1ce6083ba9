"""A title's appositive may be followed by a gloss of the body it names, in commas ("said
Mair Lloyd, director of Roadsafe Gwent, the road safety charity."): the appositive closes
before the gloss (rule ``body_gloss``, ``body_phrases.BODY_GLOSS``) whether the verb of
saying comes before the name or after the gloss. Sentences invented for these tests; the
near misses are a gloss with no body noun and a possessive after the title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

ROWS = [
    pytest.param(
        "“Every crash is a family,” said Owen Pryce, chief executive of the Harbour Trust, "
        "the national charity for bereaved families.",
        {"Owen Pryce": ["Chief Executive"]},
        id="verb-before-closing-gloss",
    ),
    pytest.param(
        "Nia Bevan, manager of Safer Roads Humber, the county's road safety partnership, "
        "said the vans would return.",
        {"Nia Bevan": ["Manager"]},
        id="gloss-then-verb",
    ),
    pytest.param(
        "“We see it every week,” added Tomasz Nowak, head of services at Refuge, the "
        "domestic abuse charity, which runs the helpline.",
        {"Tomasz Nowak": ["Head of Services"]},
        id="gloss-then-which",
    ),
    # near misses: no body noun after "the"; a possessive noun is the person's, not a gloss
    pytest.param(
        "“We were there,” said Ffion Rees, director of Brake, the mother of two.",
        {"Ffion Rees": []},
        id="no-body-noun",
    ),
    pytest.param(
        "“We were there,” said Ffion Rees, director of Brake, the force said.",
        {"Ffion Rees": []},
        id="reported-by-another",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_title_before_a_gloss_of_its_body(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
