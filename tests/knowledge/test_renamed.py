"""renamed_ids: each vanished record's new id is the record holding most of its mentions."""

from __future__ import annotations

import pytest

from pressfacts.knowledge.renamed import RENAMED_IDS_FILE, renamed_ids, renamed_lines
from pressfacts.models.records import EntityRecord, Mention, QuoteRecord


def quote(ident: str, *spans: tuple[str, int]) -> QuoteRecord:
    mentions = [Mention(doc=doc, start=start, end=start + 1, text="x") for doc, start in spans]
    return QuoteRecord(id=ident, speaker=None, text="x", mentions=mentions)


def person(ident: str, *spans: tuple[str, int]) -> EntityRecord:
    mentions = [Mention(doc=doc, start=start, end=start + 1, text="x") for doc, start in spans]
    return EntityRecord(id=ident, type="PERSON", name="X", mentions=mentions)


A1, A2, B1, B2 = ("doc:a", 1), ("doc:a", 2), ("doc:b", 1), ("doc:b", 2)

CASES = [
    # (what happened, old records, new records, renames expected)
    ("nothing changed", [quote("quote:1", A1)], [quote("quote:1", A1, B1)], []),
    (
        "a fuller reprint",
        [quote("quote:1", A1)],
        [quote("quote:2", A1, B1)],
        [("quote:1", "quote:2")],
    ),
    (
        "two quotes joined by a third",
        [quote("quote:1", A1), quote("quote:3", A2)],
        [quote("quote:2", A1, A2, B1)],
        [("quote:1", "quote:2"), ("quote:3", "quote:2")],
    ),
    ("a record whose mentions are gone", [quote("quote:1", A1)], [quote("quote:2", B1)], []),
    (
        "most mentions win",
        [quote("quote:1", A1, A2, B1)],
        [quote("quote:2", A1), quote("quote:3", A2, B1)],
        [("quote:1", "quote:3")],
    ),
    (
        "a tie goes to the smaller id",
        [quote("quote:1", A1, A2)],
        [quote("quote:3", A1), quote("quote:2", A2)],
        [("quote:1", "quote:2")],
    ),
    (
        "only a record of the same kind",
        [quote("quote:1", A1)],
        [person("person:x", A1), quote("quote:2", A1, B2)],
        [("quote:1", "quote:2")],
    ),
    (
        "a family name joins the full name",
        [person("person:rowe", A1), person("person:ann-rowe", B1)],
        [person("person:ann-rowe", A1, B1)],
        [("person:rowe", "person:ann-rowe")],
    ),
    (
        "sorted by old id",
        [quote("quote:9", A1), quote("quote:5", B1)],
        [quote("quote:7", A1), quote("quote:8", B1)],
        [("quote:5", "quote:8"), ("quote:9", "quote:7")],
    ),
]


@pytest.mark.parametrize(("case", "old", "new", "expected"), CASES)
def test_renamed_ids(case: str, old: list, new: list, expected: list) -> None:
    assert renamed_ids(old, new) == expected, case


def test_lines_keep_the_earlier_renames_first() -> None:
    earlier = [{"old": "quote:1", "new": "quote:2"}]
    assert renamed_lines(earlier, [("quote:2", "quote:3")]) == [
        {"old": "quote:1", "new": "quote:2"},
        {"old": "quote:2", "new": "quote:3"},
    ]


def test_the_file_is_the_one_load_reads() -> None:
    from pressfacts.load.knowledge import RENAMED_IDS_FILE as LOADED

    assert RENAMED_IDS_FILE == LOADED
