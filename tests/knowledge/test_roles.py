"""Entity roles in the knowledge set: each title with its organisation and area."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.models.records import Role
from pressfacts.reader.read import SourceDocument


def person_roles(nlp: Language, *texts: str) -> dict[str, list[Role]]:
    documents = [SourceDocument(source=f"{i}.txt", text=text) for i, text in enumerate(texts)]
    records = build_knowledge_set(documents, nlp)
    return {r.name: r.roles for r in records if r.kind == "entity" and r.type == "PERSON"}


def test_roles_carry_organisation_and_area(nlp: Language) -> None:
    roles = person_roles(
        nlp,
        "Merseyside Police's Chief Superintendent Ada Blythe said: “We act.” "
        "Cheshire Police and Crime Commissioner Tom Ruddle said: “We fund it.”",
    )
    assert roles == {
        "Ada Blythe": [Role(title="Chief Superintendent", organisation="force:merseyside-police")],
        "Tom Ruddle": [Role(title="Police and Crime Commissioner", area="Cheshire")],
    }


def test_every_title_is_in_a_role_across_documents(nlp: Language) -> None:
    texts = (
        "NSPCC chief executive Ada Blythe said: “Children must be heard.”",
        "Ada Blythe, director of policy, said: “We listen.”",
    )
    documents = [SourceDocument(source=f"{i}.txt", text=text) for i, text in enumerate(texts)]
    records = build_knowledge_set(documents, nlp)
    (person,) = [r for r in records if r.kind == "entity" and r.type == "PERSON"]
    assert set(person.titles) == {"Chief Executive", "Director of Policy"}
    assert {role.title for role in person.roles} == set(person.titles)
    assert Role(title="Chief Executive", organisation="charity:nspcc") in person.roles
    ids = {r.id for r in records if r.kind == "entity"}
    assert all(role.organisation in ids for role in person.roles if role.organisation)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a reprint's bare title goes beside the release's owned one
        (
            (
                "Chief Superintendent Ada Blythe, of Gwent Police, said: “We act.”",
                "“We act,” said Ch Supt Ada Blythe.",
            ),
            [Role(title="Chief Superintendent", organisation="force:gwent-police")],
        ),
        (
            (
                "“We fund it,” said Tom Ruddle, Police and Crime Commissioner.",
                "Dorset Police and Crime Commissioner Tom Ruddle said: “We fund it.”",
            ),
            [Role(title="Police and Crime Commissioner", area="Dorset")],
        ),
        # near miss: a bare title no other role pairs stays
        (
            (
                "Chief Superintendent Ada Blythe, of Gwent Police, said: “We act.”",
                "“We act,” said Ada Blythe, the force's race equality lead.",
            ),
            [
                Role(title="Chief Superintendent", organisation="force:gwent-police"),
                Role(title="Race Equality Lead"),
            ],
        ),
    ],
)
def test_a_bare_role_goes_beside_the_same_title_owned(
    nlp: Language, texts: tuple[str, ...], expected: list[Role]
) -> None:
    (roles,) = person_roles(nlp, *texts).values()
    assert roles == expected
