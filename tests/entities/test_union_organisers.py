"""UNISON is a named organisation (``org:unison`` in ``resources/organisations.jsonl``, in
capitals or as "Unison", never the lower-case phrase "in unison"), and a union organiser's
post is a title (``organiser`` and ``regional-organiser`` in ``resources/titles.jsonl``).

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> tuple[set[str], dict[str, list[str]]]:
    """The organisations' names and person name -> titles the pipeline finds in ``text``."""
    doc = nlp(text)
    infos = doc._.entity_info.values()
    orgs = {info.name for info in infos if info.type == "ORG"}
    people = {info.name: info.titles for info in infos if info.type == "PERSON"}
    return orgs, people


CASES = {
    "possessive_union_regional_organiser": (
        "Dawn Mercer, UNISON's North West regional organiser, said staff were at breaking point.",
        ({"UNISON"}, {"Dawn Mercer": ["Regional Organiser"]}),
    ),
    "regional_organiser_for_the_union": (
        "Lee Grant, regional organiser for Unison in Wales, said members would vote.",
        ({"UNISON"}, {"Lee Grant": ["Regional Organiser"]}),
    ),
    "organiser_before_the_name": (
        "GMB organiser Tom Hale said the union would ballot members.",
        ({"GMB"}, {"Tom Hale": ["Organiser"]}),  # GMB is an organisations.jsonl entry
    ),
    # near miss: the everyday phrase is no organisation
    "in_unison_is_no_union": (
        "The two choirs sang in unison at the vigil, police said.",
        (set(), {}),
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_union_organisers(nlp: Language, case: str) -> None:
    text, expected = CASES[case]
    assert found(nlp, text) == expected
