"""A ranked name's "of <body>" set off by a comma gives the rank its body, whatever follows
the comma: "Assistant Chief Officer Mel Dean of Essex Police, and …", "PC Ann Ray of
Surrey Police, who led the search, said" (the appositive's ``org_tail`` may end at a
comma, as at a full stop or a verb of saying). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

Role = tuple[str, str | None]
CASES: list[tuple[str, str, list[Role]]] = [
    (
        "Assistant Chief Officer Mel Dean of Essex Police, and two inspectors, attended.",
        "Mel Dean",
        [("Assistant Chief Officer", "force:essex-police")],
    ),
    (
        "PC Ann Ray of Surrey Police, who led the search, said it was over.",
        "Ann Ray",
        [("Police Constable", "force:surrey-police")],
    ),
    (
        "Officers including Sergeant Tom Ward of Kent Police, Inspector Jo Bell and two PCSOs.",
        "Tom Ward",
        [("Sergeant", "force:kent-police")],
    ),
    # near miss: a verb of saying still ends it
    (
        "Inspector Jo Bell of Kent Police said it was over.",
        "Jo Bell",
        [("Inspector", "force:kent-police")],
    ),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_a_rank_of_a_body_set_off_by_a_comma(
    nlp: Language, text: str, name: str, roles: list[Role]
) -> None:
    assert [(r.title, r.organisation) for r in people(nlp, text)[name].roles] == roles
