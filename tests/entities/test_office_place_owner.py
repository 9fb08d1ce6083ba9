"""An office named for a place that owns a title ("the Police and Crime Commissioner for
Kent's chief of staff") is no part of the title: the title is "Chief of Staff", its area
the office's place (rule ``office_for_place_owner``, ``title_tails.office_owner`` read by
the cleaning step ``proper_owner``). Near misses: an office for no known place keeps its
words, a named body's possessive takes the body. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Tom Hart, the Police and Crime Commissioner for Kent's chief of staff, said it was "
         "wrong.", "Tom Hart", [("Chief of Staff", None, "Kent")]),
        ("Sam Lee, the Children's Commissioner for Wales's policy adviser, said it was wrong.",
         "Sam Lee", [("Policy Adviser", None, "Wales")]),
        # near miss: no known place after "for"
        ("Ann Fox, the Minister for Policing's private secretary, said it was wrong.",
         "Ann Fox", [("Minister for Policing's Private Secretary", None, None)]),
    ],
)  # fmt: skip
def test_office_place_owner(
    nlp: Language, text: str, name: str, roles: list[tuple[str, str | None, str | None]]
) -> None:
    person = people(nlp, text)[name]
    assert [(r.title, r.organisation, r.area) for r in person.roles] == roles
