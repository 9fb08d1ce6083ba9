"""BatchedStage.pipe: every Doc once, in order, a failing one to the error handler."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from pressfacts.batching import BatchedStage


class _Marker(BatchedStage):
    """Marks each Doc with the order it was called in; raises on the words in ``fails``."""

    def __init__(self, fails: set[str]) -> None:
        self.name = "marker"
        self.fails = fails
        self.calls: list[str] = []

    def __call__(self, doc: Doc) -> Doc:
        self.calls.append(doc.text)
        if doc.text in self.fails:
            raise ValueError(doc.text)
        return doc


# (behaviour, texts, failing texts, batch size, texts yielded)
ROWS = [
    ("all pass, one batch", ["a", "b", "c"], set(), 16, ["a", "b", "c"]),
    ("all pass, batches of two", ["a", "b", "c"], set(), 2, ["a", "b", "c"]),
    ("a failing Doc is left out", ["a", "b", "c"], {"b"}, 2, ["a", "c"]),
    ("every Doc fails", ["a", "b"], {"a", "b"}, 1, []),
    ("no Docs", [], set(), 4, []),
    ("batch size under one reads one at a time", ["a", "b"], set(), 0, ["a", "b"]),
]


@pytest.mark.parametrize(
    ("behaviour", "texts", "fails", "batch_size", "yielded"), ROWS, ids=[row[0] for row in ROWS]
)
def test_pipe_yields_in_order_and_hands_failures_on(
    behaviour: str, texts: list[str], fails: set[str], batch_size: int, yielded: list[str]
) -> None:
    blank = spacy.blank("en")
    stage = _Marker(fails)
    handled: list[str] = []

    def handler(name: str, proc: Any, docs: list[Doc], error: Exception) -> None:
        handled.extend(doc.text for doc in docs)

    stage.set_error_handler(handler)
    out = [doc.text for doc in stage.pipe((blank.make_doc(t) for t in texts), batch_size)]
    assert out == yielded
    assert handled == [text for text in texts if text in fails]
    assert stage.calls == texts


def test_a_whole_batch_runs_before_any_doc_is_handed_on() -> None:
    blank = spacy.blank("en")
    stage = _Marker(set())
    stream = stage.pipe((blank.make_doc(t) for t in ["a", "b", "c"]), batch_size=2)
    assert next(stream).text == "a"
    assert stage.calls == ["a", "b"]


def test_by_default_a_failure_is_raised() -> None:
    blank = spacy.blank("en")
    with pytest.raises(ValueError, match="b"):
        list(_Marker({"b"}).pipe(blank.make_doc(t) for t in ["a", "b"]))


def test_every_pressfacts_stage_runs_in_batches(nlp: spacy.language.Language) -> None:
    assert all(isinstance(proc, BatchedStage) for _, proc in nlp.pipeline)
