"""Integrity: every affiliation id names an entity record of the same knowledge set.

The pipeline runs over texts written for this test; a person affiliated with an
organisation the text names keeps the affiliation, because that organisation has a
mention and so a record; no id points at nothing.
"""

from __future__ import annotations

from spacy.language import Language

from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.models.records import EntityRecord
from pressfacts.reader.read import SourceDocument

TEXTS = [
    "Det Supt Ola Bayo, head of safeguarding at Kent Police, said: “We act on every report.”",
    "Cumbria detective sergeant Mark Lee said officers acted fast.",
    "Nora Quinn, chief executive of the Harbour Light Trust, said the figures were stark.",
    "Chief Constable Ada Pike of Gwent Police praised officers from Dyfed-Powys, "
    "South Wales and Gwent Police.",
    "Refuge's chief executive, Hana Lee, said the Office of the Essex Police, Fire and "
    "Crime Commissioner had funded the project.",
    "By Sam Orr, Daily Record\n\nInspector Zoe Hart of Police Scotland told reporters so.",
]


def test_no_affiliation_or_role_points_at_nothing(nlp: Language) -> None:
    sources = [SourceDocument(source=f"own/{i}.txt", text=text) for i, text in enumerate(TEXTS)]
    records = build_knowledge_set(sources, nlp)
    entities = [record for record in records if isinstance(record, EntityRecord)]
    ids = {entity.id for entity in entities}
    for entity in entities:
        assert set(entity.affiliations) <= ids, entity
        assert {role.organisation for role in entity.roles} - {None} <= ids, entity
    affiliations = {entity.id: entity.affiliations for entity in entities}
    # the organisation the text names is kept, with its record
    assert affiliations["person:ola-bayo"] == ["force:kent-police"]
    assert affiliations["person:nora-quinn"] == ["charity:harbour-light-trust"]
    assert "force:kent-police" in ids and "charity:harbour-light-trust" in ids


def test_named_affiliations_have_a_mention_in_their_document(nlp: Language) -> None:
    for text in TEXTS:
        info = nlp(text)._.entity_info
        for entity in info.values():
            for affiliation in entity.affiliations:
                # a force known only by its area before a rank ("Cumbria detective
                # sergeant") is the one link without a mention: the merge drops it
                assert affiliation in info or text.startswith("Cumbria"), (text, affiliation)
