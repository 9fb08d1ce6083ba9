"""The shared devset (25 real releases) loads whole into both databases.

The knowledge set is made here by the pipeline (outputs/ holds the seeds only); the
devset lives beside the repository (``../shared/devset``) and this test skips where it
is absent, as the evaluation regression test does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.knowledge.store import write_knowledge_set
from pressfacts.load import load_knowledge_set
from pressfacts.reader.read import read_inputs

ROOT = Path(__file__).resolve().parents[2]
SHARED_DEVSET = next(
    (
        folder / "shared" / "devset" / "texts"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "devset" / "texts").is_dir()
    ),
    None,
)


@pytest.fixture(scope="module")
def devset_knowledge(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if SHARED_DEVSET is None:
        pytest.skip("../shared/devset is absent")
    records = build_knowledge_set(read_inputs([str(SHARED_DEVSET)]), nlp)
    return write_knowledge_set(records, tmp_path_factory.mktemp("devset"))


def test_shared_devset_every_record_and_mention_is_in_the_database(
    devset_knowledge: Path,
    database_url: str,
    open_database: Callable,
    expected_counts: Callable,
    records_of: Callable,
) -> None:
    load_knowledge_set(devset_knowledge, database_url)
    db = open_database(database_url)
    assert db.counts() == expected_counts(devset_knowledge)
    assert db.records() == records_of(devset_knowledge)
    assert not load_knowledge_set(devset_knowledge, database_url).changed
