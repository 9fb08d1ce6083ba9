"""The assembled pipeline: stage order, declared attributes, resources from the registry."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts import build_nlp
from pressfacts.models.resources import OrganisationEntry
from pressfacts.resources import ResourceError, load_organisations, load_titles, parse_jsonl


def test_stages_run_in_the_documented_order(nlp: Language) -> None:
    assert nlp.pipe_names[:2] == ["pressfacts_sentences", "pressfacts_entities"]


def test_overrides_reach_the_components() -> None:
    nlp = build_nlp({"components.pressfacts_sentences.abbreviations": ["zz"]})
    doc = nlp("See zz. Smith for details.")
    assert len(list(doc.sents)) == 1


def test_resources_load_once() -> None:
    assert load_organisations("forces") is load_organisations("forces")
    assert load_titles("titles") is load_titles("titles")


def test_bad_resource_line_names_file_line_and_field() -> None:
    text = '{"id": "force:a", "type": "FORCE", "name": "A"}\n{"id": "force:b", "type": "FORCE"}\n'
    with pytest.raises(ResourceError, match=r"^forces.jsonl:2 name: Field required$"):
        parse_jsonl(text, OrganisationEntry, "forces.jsonl")
