""" "Croydon University Hospital" is a hospital, not a university named "Croydon
University": the ``org-head`` pattern does not match a name that runs on into "Hospital"
(``not_followed_by``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nurses at Wexham University Hospital treated 40 people.", []),
        ("Medics from Harbury College Hospitals met the team.", []),
        # near misses: a university or college on its own is an organisation
        ("Students at Wexham University took part.", [("Wexham University", "ORG")]),
        ("Harbury College said 40 students took part.", [("Harbury College", "ORG")]),
    ],
)
def test_no_university_inside_a_hospital(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans[ENTITY_SPAN_GROUP]] == expected
