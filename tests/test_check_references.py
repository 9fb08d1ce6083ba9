"""The reference check of a knowledge set: every id a record points at is in the set.

``check_references`` keeps only the references still unresolved when their record
passes, so the order of the records must not change its verdict: a mention read
before its document is fine, a mention of a document in error is not, whenever it
comes.
"""

from __future__ import annotations

import pytest

from pressfacts.models.records import (
    DocumentRecord,
    EntityRecord,
    Mention,
    QuoteRecord,
    check_references,
)

DOC_OK = DocumentRecord(id="doc:aaaa", sources=["a.txt"], text="Ann Bell said hello.", status="ok")
DOC_ERROR = DocumentRecord(id="doc:bbbb", sources=["b.txt"], text="", status="error", error="x")
ANN = EntityRecord(
    id="person:ann-bell",
    type="PERSON",
    name="Ann Bell",
    mentions=[Mention(doc="doc:aaaa", start=0, end=8, text="Ann Bell")],
)


def _quote(speaker: str | None, doc: str) -> QuoteRecord:
    return QuoteRecord(
        id="quote:0123456789abcdef",
        speaker=speaker,
        text="hello",
        mentions=[Mention(doc=doc, start=14, end=19, text="hello")],
    )


@pytest.mark.parametrize(
    ("records", "error"),
    [
        ([DOC_OK, ANN, _quote("person:ann-bell", "doc:aaaa")], None),
        ([_quote("person:ann-bell", "doc:aaaa"), ANN, DOC_OK], None),  # references first
        ([DOC_OK, DOC_ERROR, ANN, _quote(None, "doc:bbbb")], "not an ok document"),
        ([DOC_OK, ANN, _quote("person:cy-dunn", "doc:aaaa")], "is not an entity record"),
        ([_quote(None, "doc:cccc"), DOC_OK, ANN], "not an ok document"),
        # a dangling speaker is named before a dangling mention, whatever their order
        ([DOC_OK, ANN, _quote("person:cy-dunn", "doc:cccc")], "is not an entity record"),
    ],
)
def test_check_references(records: list[object], error: str | None) -> None:
    if error is None:
        check_references(records)  # type: ignore[arg-type]
    else:
        with pytest.raises(ValueError, match=error):
            check_references(records)  # type: ignore[arg-type]
