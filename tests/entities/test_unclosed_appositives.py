"""An appositive that nothing closes before its verb ("…, a spokesperson said") is read as
a person's only when the name's first word is a given name (rule
``unclosed_appositive_given``): "… worked with Turning Point, a spokesperson said" is a
clause of the sentence, said by someone unnamed, not a person called "Turning Point". A
closed appositive ("Harbour Lane, a spokesperson, said") keeps the title's vouching.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

ROWS = {
    "organisation_then_spokesperson_said": (
        "The force has worked closely with Turning Point, a spokesperson said.",
        {},
    ),
    "service_then_manager_said": (
        "Families were referred to Open Door Lives, the manager said.",
        {},
    ),
    # near misses: a given name keeps an unclosed appositive; a closed one needs none
    "given_name_unclosed": (
        "Jo Bell, a spokesperson for the charity said the figures were stark.",
        {"Jo Bell": ["Spokesperson"]},
    ),
    "closed_with_comma": (
        "Dale Moss, head of policy at the NSPCC, said the law must change.",
        {"Dale Moss": ["Head of Policy"]},
    ),
    "closed_with_dash": (
        "Idris Vaughan – chief executive of the Harbour Trust – said so.",
        {"Idris Vaughan": ["Chief Executive"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROWS.values(), ids=list(ROWS))
def test_unclosed_appositive_needs_a_given_name(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
