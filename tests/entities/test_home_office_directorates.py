"""A Home Office directorate named after its department is one ORG entity, the directorate
(``organisations.jsonl`` aliases "Home Office Immigration Enforcement" of Immigration
Enforcement and "Home Office Border Force" of Border Force): the department's name in front
is no second entity. Sentences invented for the test; near misses name the department on its
own, in a possessive before the directorate, or beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Home Office Immigration Enforcement officers visited six takeaways in Luton.",
        {("ORG", "Immigration Enforcement")},
    ),
    (
        "Essex Police and Home Office Border Force stopped the van at Harwich.",
        {("FORCE", "Essex Police"), ("ORG", "Border Force")},
    ),
    (
        "The raid was led by Home Office Immigration Enforcement with Cleveland Police.",
        {("ORG", "Immigration Enforcement"), ("FORCE", "Cleveland Police")},
    ),
    # near misses: the department alone, possessive, or beside the directorate
    (
        "A Home Office spokesperson said the checks would continue.",
        {("ORG", "Home Office")},
    ),
    (
        "The Home Office's Immigration Enforcement teams made nine arrests.",
        {("ORG", "Home Office"), ("ORG", "Immigration Enforcement")},
    ),
    (
        "The Home Office and Border Force said the port was safe.",
        {("ORG", "Home Office"), ("ORG", "Border Force")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_home_office_directorates(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
