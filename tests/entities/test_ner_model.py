"""The optional statistical layer (``ner_model`` / ``--ner-model``) with a tiny NER
pipeline trained inside the test: its spans become candidates the rules filter and type."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from pressfacts.cli import main
from pressfacts.extensions import ENTITY_SPAN_GROUP
from pressfacts.nlp import build_nlp

TRAINING = [
    ("Staff at Brackwell Works said the site was safe.", [(9, 24, "ORG")]),
    ("The Tallis Rowing Club opened a new hall.", [(4, 22, "ORG")]),
    ("Neighbours of Maria Lund called the police.", [(14, 24, "PERSON")]),
    ("A statement from Brackwell Works followed.", [(17, 32, "ORG")]),
    ("Maria Lund thanked everyone who helped.", [(0, 10, "PERSON")]),
    ("Operation Kestrel ended in May.", [(0, 17, "ORG")]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank English pipeline with an NER trained for a few iterations, on disk."""
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for label in ("ORG", "PERSON"):
        ner.add_label(label)
    examples = [
        Example.from_dict(nlp.make_doc(text), {"entities": ents}) for text, ents in TRAINING
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(30):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("ner") / "tiny"
    nlp.to_disk(path)
    return path


def _entities(nlp: spacy.language.Language, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(s.text, s.label_, s.id_) for s in doc.spans[ENTITY_SPAN_GROUP]}


def test_model_spans_are_candidates_the_rules_type(tiny_model: Path) -> None:
    text = "Staff at Brackwell Works said the site was safe."
    without = _entities(build_nlp(), text)
    with_model = _entities(
        build_nlp({"components.pressfacts_entities.ner_model": str(tiny_model)}), text
    )
    assert ("Brackwell Works", "ORG", "org:brackwell-works") not in without
    assert ("Brackwell Works", "ORG", "org:brackwell-works") in with_model


def test_model_spans_pass_the_rules_filters(tiny_model: Path) -> None:
    nlp = build_nlp({"components.pressfacts_entities.ner_model": str(tiny_model)})
    # a person span with a known given name is a person; an operation is never an entity
    found = _entities(nlp, "Neighbours of Maria Lund called the police.")
    assert ("Maria Lund", "PERSON", "person:maria-lund") in found
    assert not {e for e in _entities(nlp, "Operation Kestrel ended in May.") if e[1] != "PERSON"}


def test_cli_flag_takes_the_model(tiny_model: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("Staff at Brackwell Works said the site was safe.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(source), "--out", str(out), "--ner-model", str(tiny_model)]) == 0
    assert '"org:brackwell-works"' in (out / "knowledge.jsonl").read_text(encoding="utf-8")
