"""A programme, service or project named after "its"/"our" is a CHARITY when its owner is
a charity: the organisation named last, or a reference to one said after it ("the
charity's head of policy", ``org_patterns.OWNER_REFERENCES``). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        (  # an ORG named last, then the charity referred to: the charity runs it
            "Blue Cross said so. Figures from the Home Office show 800 cases. "
            '"Act early," said Jo Pell, the charity\'s head of education. '
            "Its Pet Pals programme reached 9,000 pupils.",
            ["Blue Cross", "Pet Pals"],
        ),
        (  # a force named last, then "the charity said"
            "Dogs Trust works with Essex Police. The charity said its Safe Walks Project "
            "had grown.",
            ["Dogs Trust", "Safe Walks Project"],
        ),
        # near misses: an ORG named last and no reference after it; a force referred to
        (
            "Blue Cross said so. Figures from the Home Office show 800 cases. "
            "Its Pet Pals programme reached 9,000 pupils.",
            ["Blue Cross"],
        ),
        (
            "Blue Cross said so. Essex Police said the force would act. Its Safe Walks "
            "Project had grown.",
            ["Blue Cross"],
        ),
    ],
)
def test_owner_reference(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
