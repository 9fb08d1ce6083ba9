"""Entity roles in the knowledge set: each title with its organisation and area."""

from __future__ import annotations

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
