"""A lean quote record writes the line the whole pydantic record would have made.

Mentions kept as (doc, start, end, text) tuples are validated and serialised one at
a time; the line must be the same bytes, whatever the characters in the texts.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from pressfacts.knowledge.quote_record import lean_quote_record
from pressfacts.knowledge.store import json_line
from pressfacts.models.records import Mention, QuoteRecord


class Run(NamedTuple):
    doc: str
    start: object
    end: int
    text: str


RUNS = [
    ("doc:0001", 10, 25, "We will not stop"),
    ("doc:0002", 3, 18, "We will not stop"),
]


@pytest.mark.parametrize(
    ("speaker", "text", "attribution", "runs"),
    [
        ("person:ann-bell", "We will not stop", "cue said", RUNS),
        (None, "We will not stop", None, RUNS),
        (
            "person:zoe-o-neill",
            "Café “open” — again\u2028now",
            "cue said",
            [("doc:0003", 0, 4, "Café")],
        ),
        (
            "org:kent-youth-trust",
            "A line\u2029break",
            "colon",
            [("doc:0004", 5, 11, "A\u0085line")],
        ),
        (None, "Nothing said", None, []),
    ],
)
def test_a_lean_record_writes_the_pydantic_line(
    speaker: str | None, text: str, attribution: str | None, runs: list[tuple[str, int, int, str]]
) -> None:
    whole = QuoteRecord(
        id="quote:0123456789abcdef",
        speaker=speaker,
        text=text,
        attribution=attribution,
        mentions=[Mention(doc=d, start=s, end=e, text=t) for d, s, e, t in runs],
    )
    lean = lean_quote_record(whole.id, speaker, text, attribution, [Run(*r) for r in runs])
    assert lean.json_line() == json_line(whole.model_dump(mode="json"))
    assert [m.doc for m in lean.mentions] == [m.doc for m in whole.mentions]


@pytest.mark.parametrize("run", [("doc:0001", -1, 4, "word"), ("doc:0001", 0, "x", "word")])
def test_a_bad_mention_is_still_rejected(run: tuple[object, ...]) -> None:
    lean = lean_quote_record("quote:0123456789abcdef", None, "word", None, [Run(*run)])
    with pytest.raises(ValueError, match="validation error"):
        lean.json_line()
