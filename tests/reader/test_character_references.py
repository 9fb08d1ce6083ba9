"""HTML character references left in a plain text body are decoded, with a warning
(:mod:`pressfacts.reader.character_references`); a bare "&" and an unknown or unended
name stay as written. Texts invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts import extract_texts
from pressfacts.models.records import DocumentRecord, EntityRecord, QuoteRecord
from pressfacts.reader.character_references import decoded_references
from pressfacts.reader.read import documents_from_texts


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("&ldquo;We will act,&rdquo; she said.", "“We will act,” she said.", 2),
        ("Barnardo&#8217;s and Barnardo&#x2019;s", "Barnardo’s and Barnardo’s", 2),
        ("Kent Fire &amp; Rescue Service", "Kent Fire & Rescue Service", 1),
        ("cost&nbsp;£4m", "cost\u00a0£4m", 1),
        # near misses: no complete reference
        ("R&D and Hull & East Riding", "R&D and Hull & East Riding", 0),
        ("AT&T; and &foo; stay", "AT&T; and &foo; stay", 0),
        ("&copy 2025 and &amp no end", "&copy 2025 and &amp no end", 0),
        ("no ampersand at all", "no ampersand at all", 0),
    ],
    ids=["quotes", "numeric", "amp", "nbsp", "bare", "unknown", "unended", "none"],
)
def test_decoded_references(text: str, expected: str, count: int) -> None:
    decoded, warning = decoded_references(text)
    assert decoded == expected
    assert (warning is not None and warning.startswith(f"decoded {count} ")) == (count > 0)


def test_a_document_body_is_decoded_and_says_so() -> None:
    [document] = documents_from_texts(["---\ntitle: A &amp; B\n---\nSmith &amp; Co said."])
    assert document.text == "Smith & Co said."
    assert any("HTML character references" in warning for warning in document.warnings)


def test_an_escaped_release_reads_as_its_plain_original(nlp: Language) -> None:
    """The quote, its speaker and the charity of an escaped release are found, and every
    mention slices the decoded text."""
    body = (
        "Barnardo&#8217;s said 40 children were helped in Leeds last year.\n\n"
        "&ldquo;Every child deserves to feel safe,&rdquo; said Detective Inspector "
        "Amira Sethi of West Yorkshire Police."
    )
    records = extract_texts(["---\ntitle: Probe\npublished: 2025-05-10\n---\n" + body], nlp)
    [document] = (r for r in records if isinstance(r, DocumentRecord))
    quotes = [r for r in records if isinstance(r, QuoteRecord)]
    names = {r.name for r in records if isinstance(r, EntityRecord)}
    assert [q.text for q in quotes] == ["Every child deserves to feel safe"]
    assert {"Barnardo's", "Amira Sethi"} <= names
    for record in records:
        for mention in getattr(record, "mentions", []):
            assert document.text[mention.start : mention.end] == mention.text
