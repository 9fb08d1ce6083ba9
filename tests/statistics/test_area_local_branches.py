"""A charity's local branch named by its place after the parent's name ("Age UK Norfolk")
stands for that place as the document's issuing body, never as a sentence's place
(``named_bodies.named_place``, place role ``local-branch``; sentences invented for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.named_bodies import LOCAL_BRANCH, named_place
from tests.statistics.conftest import AreasOf

KNOWN = {"Norfolk", "North Yorkshire", "Yorkshire", "Dover", "Cornwall"}


def known(place: str) -> str | None:
    return place if place in KNOWN else None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Age UK Norfolk", ("Norfolk", LOCAL_BRANCH)),
        ("Citizens Advice North Yorkshire", ("North Yorkshire", LOCAL_BRANCH)),
        ("Victim Support Cornwall", ("Cornwall", LOCAL_BRANCH)),
        ("Dover Women's Aid", ("Dover", "council")),  # the place first, as before
        ("Crimestoppers Scotland", None),  # a nation: the national-branch rules' own
        ("Women's Aid Federation Northern Ireland", None),  # not "Ireland" alone
        ("Norfolk", None),  # the whole name is no branch
        ("Lucy Faithfull Foundation", None),  # no place after it
    ],
)
def test_named_place_of_a_local_branch(name: str, expected: tuple[str, str] | None) -> None:
    assert named_place("CHARITY", name, known) == expected


def test_a_force_is_no_local_branch() -> None:
    assert named_place("FORCE", "Devon and Cornwall", known) is None


def test_the_branch_is_the_issuing_bodys_area(nlp: Language, areas: AreasOf) -> None:
    text = (
        "A survey by Age UK Suffolk found older people were waiting too long.\n\n"
        "The charity asked 1,240 people about their contact with the police."
    )
    assert areas(nlp, text) == [(1240, "Suffolk")]


def test_a_partner_branch_is_no_sentence_place(nlp: Language, areas: AreasOf) -> None:
    # near miss: the force's release; the branch is a partner named in the sentence
    text = (
        "Essex Police ran a week of action against courier fraud.\n\n"
        "Volunteers from Age UK Suffolk also visited 240 older people."
    )
    assert areas(nlp, text) == [(240, "Essex")]
