"""A title linked to its organisation by "to" ("a clinical adviser to the NSPCC", "special
adviser to the Home Office", "a consultant to Barnardo's") drops the connector with the
organisation (``CONNECTORS`` in ``title_cleaning``); "to" inside a title stays.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> dict[str, list[str]]:
    """Person name -> titles, for every person the pipeline finds in ``text``."""
    doc = nlp(text)
    return {info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"}


CASES = {
    "adviser_to_the_charity": (
        "Dr Jane Hollis, a clinical adviser to the NSPCC, said the service was busy.",
        {"Jane Hollis": ["Clinical Adviser"]},
    ),
    "special_adviser_to_a_department": (
        "Amy Lowe, special adviser to the Home Office, said the law would change.",
        {"Amy Lowe": ["Special Adviser"]},
    ),
    "consultant_to_a_possessive_name": (
        "Mark Dean, a consultant to Barnardo's, said the figures were worrying.",
        {"Mark Dean": ["Consultant"]},
    ),
    "adviser_to_a_council": (
        "Tom Reed, adviser to Kent County Council, said the scheme would go on.",
        {"Tom Reed": ["Adviser"]},
    ),
    # near miss: "to" inside the title, before no organisation
    "to_inside_a_portfolio": (
        "Sarah Pike, Deputy Mayor for Policing, said the plan would go to the board.",
        {"Sarah Pike": ["Deputy Mayor for Policing"]},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_adviser_to_titles(nlp: Language, case: str) -> None:
    text, expected = CASES[case]
    assert found(nlp, text) == expected
